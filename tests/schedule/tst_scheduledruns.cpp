// The record scheduled runs leave for the window: appended to by `--scheduled` runs, read at the window's
// start for failures not yet told of, marked seen; kept short, and safe when two writers meet.

#include "TestEnvironment.h"

#include "schedule/ScheduledRunRecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <vector>

using namespace callrail;

namespace {

ScheduledRun run(const QDateTime &time, ScheduledRun::Outcome outcome, const QString &message = QString())
{
    ScheduledRun r;
    r.time = time;
    r.exportFolder = QStringLiteral("/home/ana/Exports Españá");
    r.outcome = outcome;
    r.message = message.isEmpty() ? QStringLiteral("calls: 120 rows") : message;
    return r;
}

const QDateTime kMorning(QDate(2026, 11, 30), QTime(6, 0, 5), QTimeZone::utc());

} // namespace

class TestScheduledRuns : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaultPathIsInTheApplicationDataFolder();
    void missingRecordIsEmpty();
    void appendedRunsReadBackInOrder();
    void failuresAreToldOfUntilMarkedSeen();
    void onlyTheLatestRunsAreKept();
    void damagedRecordIsStartedAfresh();
    void unwritableRecordSaysWhy();
    void writersAtTheSameTimeLoseNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("app/scheduled-runs.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduledRuns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestScheduledRuns::defaultPathIsInTheApplicationDataFolder()
{
    QVERIFY(ScheduledRunRecord::defaultPath().endsWith(
        QStringLiteral("/CallRail Extractor/scheduled-runs.json")));
    QCOMPARE(ScheduledRunRecord().path(), ScheduledRunRecord::defaultPath());
}

void TestScheduledRuns::missingRecordIsEmpty()
{
    const ScheduledRunRecord record(path());
    QVERIFY(record.runs().isEmpty());
    QVERIFY(record.unseenFailures().isEmpty());
}

void TestScheduledRuns::appendedRunsReadBackInOrder()
{
    ScheduledRunRecord record(path());
    const ScheduledRun first = run(kMorning, ScheduledRun::Outcome::Succeeded);
    const ScheduledRun second =
        run(kMorning.addDays(1), ScheduledRun::Outcome::Failed, QStringLiteral("The API key was rejected."));
    QString error;
    QVERIFY2(record.append(first, &error), qPrintable(error));
    QVERIFY2(record.append(second, &error), qPrintable(error));
    QCOMPARE(ScheduledRunRecord(path()).runs(), (QList<ScheduledRun>{first, second}));
    QVERIFY(!QFile::exists(path() + QStringLiteral(".lock")));
}

void TestScheduledRuns::failuresAreToldOfUntilMarkedSeen()
{
    ScheduledRunRecord record(path());
    const ScheduledRun failed = run(kMorning, ScheduledRun::Outcome::Failed, QStringLiteral("calls failed"));
    QVERIFY(record.append(failed));
    QVERIFY(record.append(run(kMorning.addSecs(60), ScheduledRun::Outcome::Succeeded)));
    QCOMPARE(record.unseenFailures(), QList<ScheduledRun>{failed});

    // A failure recorded after the window read the record is told of next time.
    const QList<ScheduledRun> told = record.unseenFailures();
    const ScheduledRun later =
        run(kMorning.addDays(1), ScheduledRun::Outcome::Failed, QStringLiteral("later"));
    QVERIFY(record.append(later));
    QVERIFY(record.markSeen(told.last().time));
    QCOMPARE(record.unseenFailures(), QList<ScheduledRun>{later});
    QVERIFY(record.runs().first().seen);
    QVERIFY(record.markSeen(later.time));
    QVERIFY(record.unseenFailures().isEmpty());
    QCOMPARE(record.runs().size(), 3);
}

void TestScheduledRuns::onlyTheLatestRunsAreKept()
{
    ScheduledRunRecord record(path());
    for (int i = 0; i < ScheduledRunRecord::kKeptRuns + 5; ++i)
        QVERIFY(record.append(run(kMorning.addDays(i), ScheduledRun::Outcome::Succeeded)));
    const QList<ScheduledRun> runs = record.runs();
    QCOMPARE(runs.size(), ScheduledRunRecord::kKeptRuns);
    QCOMPARE(runs.first().time, kMorning.addDays(5));
    QCOMPARE(runs.last().time, kMorning.addDays(ScheduledRunRecord::kKeptRuns + 4));
}

void TestScheduledRuns::damagedRecordIsStartedAfresh()
{
    ScheduledRunRecord record(path());
    QVERIFY(record.append(run(kMorning, ScheduledRun::Outcome::Succeeded))); // makes the folder
    QVERIFY(!test::writeLines(path(), {QByteArray("{\"version\": 1, \"runs\": [tru")}).isEmpty());
    QVERIFY(record.runs().isEmpty());
    const ScheduledRun failed = run(kMorning, ScheduledRun::Outcome::Failed);
    QVERIFY(record.append(failed));
    QCOMPARE(record.runs(), QList<ScheduledRun>{failed});
}

void TestScheduledRuns::unwritableRecordSaysWhy()
{
    // A file where the record's folder should be.
    QVERIFY(!test::writeLines(m_dir->filePath(QStringLiteral("app")), {}).isEmpty());
    ScheduledRunRecord record(path());
    QString error;
    QVERIFY(!record.append(run(kMorning, ScheduledRun::Outcome::Failed), &error));
    QVERIFY2(error.contains(QStringLiteral("could not be written")), qPrintable(error));
}

void TestScheduledRuns::writersAtTheSameTimeLoseNothing()
{
    constexpr int kWriters = 4;
    constexpr int kEach = 15;
    std::vector<std::unique_ptr<QThread>> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back(QThread::create([this, w] {
            ScheduledRunRecord record(path());
            for (int i = 0; i < kEach; ++i)
                record.append(run(kMorning.addSecs(w * 1000 + i), ScheduledRun::Outcome::Failed));
        }));
        writers.back()->start();
    }
    for (auto &writer : writers)
        QVERIFY(writer->wait(60'000));
    QCOMPARE(ScheduledRunRecord(path()).runs().size(), kWriters * kEach);
}

QTEST_GUILESS_MAIN(TestScheduledRuns)
#include "tst_scheduledruns.moc"
