// One run at a time in an export folder: callrail-export refreshes and extractions hold a lock on it, a
// second run waits or says who holds it, and a lock left by a killed run is taken over (tst_cli). Also the
// exit status of --refresh on a folder that is not an export.

#include "CliProcess.h"
#include "ImitationSetup.h"
#include "TestEnvironment.h"

#include "engine/ExportManifest.h"
#include "export/ExportFolderLock.h"
#include "imitation/FakeCallRailServer.h"
#include "refresh/ExportRefresh.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace callrail;

namespace {
const QString kKey = QStringLiteral("lock-test-key-5a6b7c8d9e0f");
}

class TestFolderLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoRefreshesOfOneFolderTakeTurns();
    void aHeldFolderStopsAnExtractionBeforeAnyRequest();
    void aScheduledRefreshWaitsForTheFolder();
    void badWaitIsAUsageError_data();
    void badWaitIsAUsageError();
    void aFolderWithoutAnExportIsAUsageError();

private:
    test::CliOutcome run(const QStringList &arguments) const;
    QStringList server() const { return {QStringLiteral("--base-url"), m_server->baseUrl().toString()}; }
    /// A finished export of calls and tags in `folder`.
    void exportInto(const QString &folder);

    std::unique_ptr<FakeCallRailServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::CliProcess> m_cli;
};

void TestFolderLock::init()
{
    DatasetConfig config;
    config.calls = 300;
    config.formSubmissions = 20;
    config.conversations = 10;
    config.spanDays = 20;
    m_server = test::startImitation(config, kKey);
    m_dir = std::make_unique<QTemporaryDir>();
    m_cli = std::make_unique<test::CliProcess>(QStringLiteral(CALLRAIL_EXPORT_PATH), m_dir->path());
}

test::CliOutcome TestFolderLock::run(const QStringList &arguments) const
{
    return m_cli->run(server() + arguments, kKey);
}

void TestFolderLock::exportInto(const QString &folder)
{
    const test::CliOutcome first =
        run({QStringLiteral("--output"), folder, QStringLiteral("--endpoints"), QStringLiteral("calls,tags"),
             QStringLiteral("--date-range"), QStringLiteral("all_available")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
}

void TestFolderLock::twoRefreshesOfOneFolderTakeTurns()
{
    const QString out = m_dir->filePath(QStringLiteral("weekly"));
    exportInto(out);
    const QString calls = QDir(out).filePath(QStringLiteral("calls.csv"));
    const qsizetype rowsBefore = test::readAll(calls).count('\n');
    m_server->dataset().insertCalls(m_server->dataset().accountIds().first(), 5);

    // The first refresh is slow: the second one starts while it re-reads.
    m_server->setLatency(150);
    QProcess first;
    m_cli->start(first,
                 server() << QStringLiteral("--refresh") << out << QStringLiteral("--per-page")
                          << QStringLiteral("10") << QStringLiteral("--concurrency") << QStringLiteral("1"),
                 kKey);
    const QString partial =
        QDir(out).filePath(ExportRefresh::stagingFolderName() + QStringLiteral("/calls.jsonl.partial"));
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo(partial).size() > 0; }, 30'000));

    // Asked not to wait (the default at a terminal): it says who is at work, and leaves the staging alone.
    const test::CliOutcome refused = run({QStringLiteral("--refresh"), out});
    QCOMPARE(refused.exitCode, 1);
    const QString holder = QStringLiteral("%1 is being updated by another run (pid %2, started ")
                               .arg(QDir::toNativeSeparators(out))
                               .arg(first.processId());
    QVERIFY2(refused.err.contains(holder), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(
                 QRegularExpression(QStringLiteral(R"(started \d\d:\d\d\); try again when it ends)"))),
             qPrintable(refused.err));
    QVERIFY(QFileInfo(partial).size() > 0);

    // Asked to wait: it starts when the first one ends, and finds nothing more to add.
    QProcess second;
    m_cli->start(second,
                 server() << QStringLiteral("--refresh") << out << QStringLiteral("--wait-for-lock")
                          << QStringLiteral("60"),
                 kKey);
    QTest::qWait(500);
    m_server->setLatency(0);
    const test::CliOutcome firstDone = test::CliProcess::finish(first);
    QVERIFY2(firstDone.exitCode == 0, qPrintable(firstDone.err));
    QVERIFY2(firstDone.err.contains(QStringLiteral("Calls: 5 new")), qPrintable(firstDone.err));
    const test::CliOutcome secondDone = test::CliProcess::finish(second);
    QVERIFY2(secondDone.exitCode == 0, qPrintable(secondDone.err));
    QVERIFY2(secondDone.err.contains(QStringLiteral("waiting up to 60 s")), qPrintable(secondDone.err));
    QVERIFY2(secondDone.err.contains(QStringLiteral("Calls: 0 new, 0 updated, 0 removed")),
             qPrintable(secondDone.err));

    QCOMPARE(test::readAll(calls).count('\n'), rowsBefore + 5);
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(ExportRefresh::stagingFolderName())));
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(ExportFolderLock::fileName())));
}

void TestFolderLock::aHeldFolderStopsAnExtractionBeforeAnyRequest()
{
    const QString out = m_dir->filePath(QStringLiteral("held"));
    QVERIFY(QDir().mkpath(out));
    ExportFolderLock held(out); // held by this (live) process, as the window's Save would
    QCOMPARE(held.take(), ExportFolderLock::Outcome::Taken);
    const QStringList extraction{QStringLiteral("--output"), out, QStringLiteral("--endpoints"),
                                 QStringLiteral("users")};

    const int requests = m_server->requestCount();
    const test::CliOutcome refused = run(extraction);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(QStringLiteral("(pid %1, started ").arg(QCoreApplication::applicationPid())),
        qPrintable(refused.err));
    QCOMPARE(m_server->requestCount(), requests);
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("users.csv"))));

    // A wait that runs out gives up the same way.
    const test::CliOutcome gaveUp =
        run(extraction + QStringList{QStringLiteral("--wait-for-lock"), QStringLiteral("1")});
    QCOMPARE(gaveUp.exitCode, 1);
    QVERIFY2(gaveUp.err.contains(QStringLiteral("try again when it ends")), qPrintable(gaveUp.err));

    // Released while it waits: it goes ahead.
    QTimer::singleShot(1500, this, [&held] { held.release(); });
    const test::CliOutcome waited =
        run(extraction + QStringList{QStringLiteral("--wait-for-lock"), QStringLiteral("30")});
    QVERIFY2(waited.exitCode == 0, qPrintable(waited.err));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("users.csv"))));
}

void TestFolderLock::aScheduledRefreshWaitsForTheFolder()
{
    const QString out = m_dir->filePath(QStringLiteral("scheduled"));
    exportInto(out);
    ExportFolderLock held(out);
    QCOMPARE(held.take(), ExportFolderLock::Outcome::Taken);
    // No --wait-for-lock: a scheduled run waits by default, where one at a terminal gives up at once.
    QTimer::singleShot(2000, this, [&held] { held.release(); });
    const test::CliOutcome scheduled = run({QStringLiteral("--refresh"), out, QStringLiteral("--scheduled")});
    QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
    QVERIFY2(scheduled.err.contains(QStringLiteral("waiting up to 600 s")), qPrintable(scheduled.err));
}

void TestFolderLock::badWaitIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString folder = QDir::tempPath();
    QTest::newRow("negative") << QStringList{QStringLiteral("--refresh"), folder,
                                             QStringLiteral("--wait-for-lock"), QStringLiteral("-1")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("--refresh"), folder,
                                                 QStringLiteral("--wait-for-lock"), QStringLiteral("soon")};
    QTest::newRow("over a day") << QStringList{QStringLiteral("--refresh"), folder,
                                               QStringLiteral("--wait-for-lock"), QStringLiteral("86401")};
    QTest::newRow("nothing to lock") << QStringList{QStringLiteral("--list-accounts"),
                                                    QStringLiteral("--wait-for-lock"), QStringLiteral("5")};
}

void TestFolderLock::badWaitIsAUsageError()
{
    QFETCH(QStringList, arguments);
    const int requests = m_server->requestCount();
    const test::CliOutcome o = run(arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QStringLiteral("--wait-for-lock")), qPrintable(o.err));
    QCOMPARE(m_server->requestCount(), requests);
}

void TestFolderLock::aFolderWithoutAnExportIsAUsageError()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const int requests = m_server->requestCount();
    const test::CliOutcome none = run({QStringLiteral("--refresh"), empty});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("is not an export made by this version")),
             qPrintable(none.err));
    QCOMPARE(m_server->requestCount(), requests);

    // A damaged manifest is not a usage error: the folder is an export that needs a full run again.
    QFile manifest(QDir(empty).filePath(ExportManifest::fileName()));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"version\": 1, \"files\": [tru");
    manifest.close();
    const test::CliOutcome damaged = run({QStringLiteral("--refresh"), empty});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(QStringLiteral("is damaged")), qPrintable(damaged.err));
}

QTEST_GUILESS_MAIN(TestFolderLock)
#include "tst_folderlock.moc"
