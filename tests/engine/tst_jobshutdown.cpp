// An ExtractionJob destroyed the moment its run finishes, or in the middle of it: the caller sees runFinished
// exactly once, the destructor returns promptly, and the folder holds what a finished or a cancelled run
// leaves. Under ThreadSanitizer (scripts/sanitize) these runs also show whether the destructor touches
// anything of the run while the worker thread tears it down.

#include "ExtractionHarness.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace callrail;
using namespace callrail::test;

namespace {

// Far above what a destructor needs (it waits for a cancel to write its files), far below a hang.
constexpr int kPromptMs = 10'000;
constexpr int kRunLimitMs = 60'000;

QString callsFile(const ExtractionOptions &options)
{
    return QDir(options.outputDir).filePath(QStringLiteral("calls.csv"));
}

QJsonObject summaryJson(const ExtractionOptions &options)
{
    return QJsonDocument::fromJson(readAll(QDir(options.outputDir).filePath(QStringLiteral("summary.json"))))
        .object();
}

QStringList partialFiles(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("*.partial")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

/// Small enough that a whole run of every endpoint takes a fraction of a second.
DatasetConfig smallDataset()
{
    DatasetConfig config;
    config.calls = 40;
    config.formSubmissions = 10;
    config.conversations = 5;
    config.companies = 1;
    return config;
}

} // namespace

class TestJobShutdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*=false")); }
    void destroyedAsItsRunFinishes_data();
    void destroyedAsItsRunFinishes();
    void destroyedMidRun_data();
    void destroyedMidRun();
};

void TestJobShutdown::destroyedAsItsRunFinishes_data()
{
    QTest::addColumn<bool>("deleteLater");
    // The command line leaves its event loop on runFinished and the job goes out of scope right after.
    QTest::newRow("destroyed as the caller's loop ends") << false;
    // The window's controllers call deleteLater() from their runFinished slot.
    QTest::newRow("deleteLater from runFinished") << true;
}

void TestJobShutdown::destroyedAsItsRunFinishes()
{
    QFETCH(bool, deleteLater);
    ExtractionHarness harness(smallDataset());
    // The worker thread deletes the runner as it ends, a moment after runFinished: many short runs, so that
    // the destruction meets that moment at many points.
    for (int i = 0; i < 25; ++i) {
        QTemporaryDir dir;
        const ExtractionOptions options = harness.options(dir.path());
        auto *job = new ExtractionJob(options);
        const QPointer<ExtractionJob> alive(job); // read on this thread only, where the job lives
        int finished = 0;
        RunSummary summary;
        QEventLoop loop;
        QObject::connect(job, &ExtractionJob::runFinished, &loop, [&](const RunSummary &s) {
            ++finished;
            summary = s;
            if (deleteLater)
                job->deleteLater();
            loop.quit();
        });
        QTimer::singleShot(kRunLimitMs, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        QElapsedTimer destruction;
        destruction.start();
        if (deleteLater)
            QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), kPromptMs);
        else
            delete alive.data();
        QVERIFY(destruction.elapsed() < kPromptMs);
        QCOMPARE(finished, 1);
        QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
        const QJsonObject written = summaryJson(options);
        QCOMPARE(written.value(QStringLiteral("successful")).toInt(), summary.successful());
        QCOMPARE(written.value(QStringLiteral("cancelled")).toBool(true), false);
        QCOMPARE(ExtractionHarness::idColumn(callsFile(options)), harness.serverIds(QStringLiteral("calls")));
        QCOMPARE(partialFiles(dir.path()), QStringList());
    }
}

void TestJobShutdown::destroyedMidRun_data()
{
    QTest::addColumn<bool>("cancelFirst");
    QTest::newRow("cancelled, then destroyed") << true;
    QTest::newRow("destroyed while running") << false; // the destructor cancels
}

void TestJobShutdown::destroyedMidRun()
{
    QFETCH(bool, cancelFirst);
    ExtractionHarness harness;
    harness.server().setLatency(10); // the run lasts long enough to be stopped in the middle
    for (int records = 50; records <= 250; records += 50) {
        QTemporaryDir dir;
        ExtractionOptions options = harness.options(dir.path());
        options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
        options.perPage = 25;
        options.concurrency = 1; // the rows fetched so far are then the first ones, in order
        auto job = std::make_unique<ExtractionJob>(options);
        bool reached = false;
        QEventLoop loop;
        QObject::connect(job.get(), &ExtractionJob::progress, &loop, [&](const EndpointProgress &p) {
            if (p.records >= records) {
                reached = true;
                loop.quit();
            }
        });
        QTimer::singleShot(kRunLimitMs, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        QVERIFY(reached);
        QElapsedTimer destruction;
        destruction.start();
        if (cancelFirst)
            job->cancel();
        job.reset();
        QVERIFY(destruction.elapsed() < kPromptMs);

        // As a cancel leaves it: the report written, the rows fetched so far kept whole, resumable.
        QCOMPARE(summaryJson(options).value(QStringLiteral("cancelled")).toBool(), true);
        const QStringList kept = ExtractionHarness::idColumn(callsFile(options) + QStringLiteral(".partial"));
        const QStringList all = harness.serverIds(QStringLiteral("calls"));
        QVERIFY2(kept.size() >= records && kept.size() < all.size(),
                 qPrintable(QString::number(kept.size())));
        QCOMPARE(kept, all.mid(0, kept.size()));
        options.resume = true;
        const RunSummary resumed = harness.run(options);
        QVERIFY2(resumed.allComplete(), qPrintable(resumed.text()));
        QCOMPARE(ExtractionHarness::idColumn(callsFile(options)), all);
    }
}

QTEST_GUILESS_MAIN(TestJobShutdown)
#include "tst_jobshutdown.moc"
