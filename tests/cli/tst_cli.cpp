// Tests of the callrail-export program itself, run as a separate process the way a scheduler runs it.

#include "CliProcess.h"
#include "ImitationSetup.h"
#include "TestEnvironment.h"
#include "XlsxReadBack.h"

#include "api/EndpointCatalogue.h"
#include "engine/ExportManifest.h"
#include "export/ExportFolderLock.h"
#include "imitation/FakeCallRailServer.h"
#include "refresh/ExportRefresh.h"
#include "schedule/ScheduledRunRecord.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;

namespace {

const QString kKey = QStringLiteral("cli-test-key-91b2c3d4e5f6");

using Outcome = test::CliOutcome;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionNamesTheProduct();
    void badInputIsRejectedBeforeAnyRequest_data();
    void badInputIsRejectedBeforeAnyRequest();
    void missingKeyIsAUsageError();
    void demoWritesEveryListsFileAndASummary();
    void extractsFromAServerWithTheKeyFromTheEnvironment();
    void keyFromDotEnvFile();
    void rejectedKeyExitsWithThree();
    void listAccountsPrintsTheAccounts();
    void failedEndpointExitsWithOne();
    void xlsxFormatWritesAWorkbookBesideTheJsonLines();
    void sqliteFormatLoadsADatabaseBesideTheJsonLines();
    void refreshAddsWhatIsNewAndSurvivesAKill();
    void postgresqlFormatIsCheckedBeforeAnyRequest();

private:
    Outcome run(const QStringList &arguments, const QString &key = kKey, const QString &workDir = QString());

    std::unique_ptr<FakeCallRailServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    DatasetConfig config;
    config.calls = 400;
    config.formSubmissions = 60;
    config.conversations = 30;
    config.spanDays = 20;
    m_server = test::startImitation(config, kKey);
    m_dir = std::make_unique<QTemporaryDir>();
}

Outcome TestCli::run(const QStringList &arguments, const QString &key, const QString &workDir)
{
    return test::CliProcess(QStringLiteral(CALLRAIL_EXPORT_PATH), m_dir->path()).run(arguments, key, workDir);
}

void TestCli::xlsxFormatWritesAWorkbookBesideTheJsonLines()
{
    const Outcome help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("xlsx")), qPrintable(help.out));

    const QString out = m_dir->filePath(QStringLiteral("xlsx"));
    const Outcome o =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--output"), out,
             QStringLiteral("--endpoints"), QStringLiteral("calls,users"), QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--date-range"), QStringLiteral("last_30_days")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString workbook = QDir(out).filePath(QStringLiteral("callrail.xlsx"));
    QVERIFY(QFile::exists(workbook));
    QVERIFY(o.err.contains(QDir::toNativeSeparators(workbook))); // the report names it
    // The lossless staged files stay beside it.
    QCOMPARE(test::readAll(QDir(out).filePath(QStringLiteral("calls.jsonl"))).count('\n'), 400);
    QString error;
    const test::XlsxReadBack book = test::XlsxReadBack::read(workbook, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(book.sheetNames,
             (QStringList{QStringLiteral("Summary"), QStringLiteral("calls"), QStringLiteral("users")}));
    QCOMPARE(book.sheets.value(QStringLiteral("calls")).size(), 401);
}

void TestCli::sqliteFormatLoadsADatabaseBesideTheJsonLines()
{
    const Outcome help = run({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("sqlite")), qPrintable(help.out));

    const QString out = m_dir->filePath(QStringLiteral("sqlite"));
    const QStringList arguments{QStringLiteral("--base-url"),   m_server->baseUrl().toString(),
                                QStringLiteral("--output"),     out,
                                QStringLiteral("--endpoints"),  QStringLiteral("calls,users"),
                                QStringLiteral("--format"),     QStringLiteral("sqlite"),
                                QStringLiteral("--date-range"), QStringLiteral("last_30_days")};
    const Outcome o = run(arguments);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString database = QDir(out).filePath(QStringLiteral("callrail.sqlite"));
    QVERIFY(test::readAll(database).startsWith(QByteArrayLiteral("SQLite format 3")));
    QVERIFY(o.err.contains(QDir::toNativeSeparators(database))); // the report names it
    QCOMPARE(test::readAll(QDir(out).filePath(QStringLiteral("calls.jsonl"))).count('\n'), 400);
    // Again into the same folder: the rows merge (tst_sqlite checks them), the run succeeds.
    const Outcome again = run(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCli::refreshAddsWhatIsNewAndSurvivesAKill()
{
    const Outcome help = run({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("--refresh")) &&
                 help.out.contains(QStringLiteral("--look-back")),
             qPrintable(help.out));
    const QString out = m_dir->filePath(QStringLiteral("weekly"));
    const Outcome first =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--output"), out,
             QStringLiteral("--endpoints"), QStringLiteral("calls,tags"), QStringLiteral("--date-range"),
             QStringLiteral("all_available")},
            kKey);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString calls = QDir(out).filePath(QStringLiteral("calls.csv"));
    const QByteArray before = test::readAll(calls);
    const int firstRequests = m_server->requestCount();
    m_server->dataset().insertCalls(m_server->dataset().accountIds().first(), 5);

    // Killed in the middle of its re-read: the export is as it was.
    m_server->setLatency(150);
    QProcess process;
    test::CliProcess(QStringLiteral(CALLRAIL_EXPORT_PATH), m_dir->path())
        .start(process,
               {QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--refresh"),
                out, QStringLiteral("--per-page"), QStringLiteral("10"), QStringLiteral("--concurrency"),
                QStringLiteral("1")},
               kKey);
    const QString partial =
        QDir(out).filePath(ExportRefresh::stagingFolderName() + QStringLiteral("/calls.jsonl.partial"));
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo(partial).size() > 0; }, 30'000));
    process.kill();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(test::readAll(calls), before);
    // A kill -9 leaves the folder's lock behind, held by a process that is gone: the next run takes it over.
    const QString lock = QDir(out).filePath(ExportFolderLock::fileName());
    QVERIFY(QFileInfo::exists(lock));

    // The next refresh continues and adds exactly the new calls, for far fewer requests than the export.
    m_server->setLatency(0);
    const int beforeRefresh = m_server->requestCount();
    const Outcome refreshed =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--refresh"), out,
             QStringLiteral("--per-page"), QStringLiteral("10")},
            kKey);
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
    QVERIFY2(refreshed.err.contains(QStringLiteral("Calls: 5 new, 0 updated, 0 removed")),
             qPrintable(refreshed.err));
    QVERIFY(m_server->requestCount() - beforeRefresh < firstRequests);
    QCOMPARE(test::readAll(calls).count('\n'), before.count('\n') + 5);
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(ExportRefresh::stagingFolderName())));
    QVERIFY(!QFileInfo::exists(lock)); // released at the end

    // Started by the system's scheduler: the outcome is recorded for the window, a failure too.
    const Outcome scheduled = run({QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                   QStringLiteral("--refresh"), out, QStringLiteral("--scheduled")},
                                  kKey);
    QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
    const QString empty = m_dir->filePath(QStringLiteral("not-an-export"));
    QVERIFY(QDir().mkpath(empty));
    const Outcome failed = run({QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                QStringLiteral("--refresh"), empty, QStringLiteral("--scheduled")},
                               kKey);
    QCOMPARE(failed.exitCode, 2); // a folder that holds no export: a usage error, nothing was requested
    QVERIFY2(failed.err.contains(ExportManifest::fileName()), qPrintable(failed.err));
    QDirIterator found(m_dir->path(), {QStringLiteral("scheduled-runs.json")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(found.hasNext());
    const QList<ScheduledRun> runs = ScheduledRunRecord(found.next()).runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).outcome, ScheduledRun::Outcome::Succeeded);
    QCOMPARE(runs.at(0).exportFolder, out);
    QCOMPARE(runs.at(1).outcome, ScheduledRun::Outcome::Failed);
    QVERIFY2(runs.at(1).message.contains(ExportManifest::fileName()), qPrintable(runs.at(1).message));
}

void TestCli::versionNamesTheProduct()
{
    const Outcome o = run({QStringLiteral("--version")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.startsWith(QStringLiteral("callrail-export ")));
}

void TestCli::postgresqlFormatIsCheckedBeforeAnyRequest()
{
    const Outcome help = run({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("postgresql")) &&
                 help.out.contains(QStringLiteral("--database")) &&
                 help.out.contains(QStringLiteral("--schema")),
             qPrintable(help.out));
    const QStringList base{QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                           QStringLiteral("--output"),   m_dir->filePath(QStringLiteral("pg")),
                           QStringLiteral("--format"),   QStringLiteral("postgresql")};
    // A password on the command line is refused, in either form, and not repeated.
    for (const QString &withPassword :
         {QStringLiteral("host=db.example.com password=hunter2-cli"),
          QStringLiteral("postgresql://ann:hunter2-cli@db.example.com/analytics")}) {
        const Outcome o = run(base + QStringList{QStringLiteral("--database"), withPassword});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("holds a password")), qPrintable(o.err));
        QVERIFY2(!o.err.contains(QStringLiteral("hunter2")) && !o.out.contains(QStringLiteral("hunter2")),
                 qPrintable(o.err));
    }
    const Outcome none = run(base);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("needs --database")), qPrintable(none.err));
    // A server that is not there is said before any CallRail request is spent (tst_postgres_runs: a wrong
    // password).
    QTemporaryDir nowhere;
    const Outcome unreachable =
        run(base + QStringList{QStringLiteral("--database"),
                               QStringLiteral("host=%1 dbname=analytics").arg(nowhere.path())});
    QVERIFY(unreachable.exitCode != 0);
    QVERIFY2(unreachable.err.contains(QStringLiteral("cannot be reached")), qPrintable(unreachable.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::badInputIsRejectedBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown endpoint")
        << QStringList{QStringLiteral("--endpoints"), QStringLiteral("calls,phonecalls")}
        << QStringLiteral("Unknown endpoint \"phonecalls\"");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--start-date"), QStringLiteral("2026-13-01")}
                              << QStringLiteral("--start-date must be a date");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit must be a whole number");
    QTest::newRow("negative limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("-5")}
                                    << QStringLiteral("--limit must be a whole number");
    QTest::newRow("per-page too big") << QStringList{QStringLiteral("--per-page"), QStringLiteral("500")}
                                      << QStringLiteral("--per-page must be a whole number from 1 to 250");
    QTest::newRow("per-page zero") << QStringList{QStringLiteral("--per-page"), QStringLiteral("0")}
                                   << QStringLiteral("--per-page must be a whole number from 1 to 250");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("--fields"), QStringLiteral("calls:nope")}
                                   << QStringLiteral("not an optional field of calls");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xls")}
                                    << QStringLiteral("Unknown format");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--api-key"), QStringLiteral("abc")}
                                    << QStringLiteral("Unknown option");
    QTest::newRow("start after end") << QStringList{QStringLiteral("--start-date"),
                                                    QStringLiteral("2026-11-10"),
                                                    QStringLiteral("--end-date"),
                                                    QStringLiteral("2026-11-01")}
                                     << QStringLiteral("");
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("--output"), QStringLiteral("/proc/x/y")}
                                       << QStringLiteral("output folder");
    QTest::newRow("look-back alone") << QStringList{QStringLiteral("--look-back"), QStringLiteral("5")}
                                     << QStringLiteral("--look-back goes with --refresh");
    QTest::newRow("look-back negative") << QStringList{QStringLiteral("--refresh"), QStringLiteral("."),
                                                       QStringLiteral("--look-back"), QStringLiteral("-3")}
                                        << QStringLiteral("--look-back must be a number of days");
    QTest::newRow("refresh with its own choice")
        << QStringList{QStringLiteral("--refresh"), QStringLiteral("."), QStringLiteral("--endpoints"),
                       QStringLiteral("calls")}
        << QStringLiteral("leave out --endpoints");
    QTest::newRow("http to a remote host")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://api.example.com/v3")}
        << QStringLiteral("https");
}

void TestCli::badInputIsRejectedBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!arguments.contains(QStringLiteral("--base-url")))
        arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString();
    const Outcome o = run(arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY2(o.err.trimmed().split(QLatin1Char('\n')).size() <= 2,
             qPrintable(o.err)); // one clear line + hint
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::missingKeyIsAUsageError()
{
    const Outcome o = run({QStringLiteral("--base-url"), m_server->baseUrl().toString()}, QString());
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QStringLiteral("CALLRAIL_API_KEY")), qPrintable(o.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::demoWritesEveryListsFileAndASummary()
{
    const QString out = m_dir->filePath(QStringLiteral("demo-data"));
    const Outcome o = run({QStringLiteral("--demo"), QStringLiteral("--output"), out}, QString());
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QCOMPARE(files.size(), EndpointCatalogue::all().size());
    QVERIFY2(files.contains(QStringLiteral("leads.csv")), qPrintable(files.join(QLatin1Char(' '))));
    QFile summary(QDir(out).filePath(QStringLiteral("summary.json")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summary.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("successful")).toInt(), int(EndpointCatalogue::all().size()));
    QVERIFY(json.value(QStringLiteral("records")).toDouble() > 100);
    QVERIFY(o.err.contains(QStringLiteral("Extraction summary")));
    // Beside them, the same record in words, naming every file as it is in the folder.
    QFile note(QDir(out).filePath(QStringLiteral("export-note.txt")));
    QVERIFY(note.open(QIODevice::ReadOnly));
    const QString noteText = QString::fromUtf8(note.readAll());
    for (const QString &file : files)
        QVERIFY2(noteText.contains(file), qPrintable(file));
    QVERIFY(noteText.contains(QStringLiteral("Dates: ")));
    QCOMPARE(m_server->requestCount(), 0); // the demo runs on its own built-in server
}

void TestCli::extractsFromAServerWithTheKeyFromTheEnvironment()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Outcome o =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--output"), out,
             QStringLiteral("--endpoints"), QStringLiteral("calls,users"), QStringLiteral("--format"),
             QStringLiteral("jsonl"), QStringLiteral("--date-range"), QStringLiteral("last_30_days")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QByteArray calls = test::readAll(QDir(out).filePath(QStringLiteral("calls.jsonl")));
    QCOMPARE(calls.count('\n'), 400);
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("users.jsonl"))));
    QVERIFY(!o.err.contains(kKey));
    QVERIFY(!o.out.contains(kKey));
    // Nowhere on disk either: not in the files, summary, resume state, log file or budget file (all under
    // this test's home folder).
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    bool sawLog = false;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        sawLog = sawLog || path.endsWith(QStringLiteral("callrail_extractor.log"));
        QVERIFY2(!test::readAll(path).contains(kKey.toUtf8()), qPrintable(path));
    }
    QVERIFY(files >= 4);
    QVERIFY(sawLog);
}

void TestCli::keyFromDotEnvFile()
{
    QFile dotEnv(m_dir->filePath(QStringLiteral(".env")));
    QVERIFY(dotEnv.open(QIODevice::WriteOnly));
    dotEnv.write("# CallRail settings\nCALLRAIL_API_KEY=\"" + kKey.toUtf8() + "\"\nBATCH_SIZE=100\n");
    dotEnv.close();
    const Outcome o =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--endpoints"),
             QStringLiteral("calls"), QStringLiteral("--date-range"), QStringLiteral("last_30_days")},
            QString());
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // BATCH_SIZE=100 from .env: 400 calls, 4 pages, and the request that counts them.
    QCOMPARE(m_server->requestCount(QStringLiteral("calls")), 4 + 1);
}

void TestCli::rejectedKeyExitsWithThree()
{
    const Outcome o = run({QStringLiteral("--base-url"), m_server->baseUrl().toString()},
                          QStringLiteral("not-the-right-key"));
    QCOMPARE(o.exitCode, 3);
    QVERIFY2(o.err.contains(QStringLiteral("API key was rejected")), qPrintable(o.err));
    QVERIFY(!o.err.contains(QStringLiteral("not-the-right-key")));
}

void TestCli::listAccountsPrintsTheAccounts()
{
    const Outcome o = run(
        {QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--list-accounts")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString account = m_server->dataset().accountIds().first();
    QVERIFY2(o.out.startsWith(account + QLatin1Char('\t')), qPrintable(o.out));
}

void TestCli::failedEndpointExitsWithOne()
{
    m_server->setForbidden(QStringLiteral("tags"), true);
    const Outcome o =
        run({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--endpoints"),
             QStringLiteral("tags,users"), QStringLiteral("--output"), m_dir->filePath(QStringLiteral("o"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("not available")), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
