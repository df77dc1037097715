// The SQLite database over several loads: a table an older version declared (booleans INTEGER, times TEXT)
// takes today's loads, and a callrail-export killed in the middle of loading leaves a sound database whose
// every table is as it was or as the load made it, never a mix, and a rerun completes it.

#include "ExportProcess.h"
#include "ExtractionHarness.h"
#include "LoadedTable.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "engine/DatabaseExport.h"
#include "export/SqliteWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace callrail;
using namespace callrail::test;

namespace {

/// A connection of the test's own to a database file, through SQLite's C API, as the writer has (Qt's driver
/// may bring another copy of SQLite).
class Database
{
public:
    explicit Database(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Database() { sqlite3_close_v2(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool exec(const QString &sql)
    {
        const bool ok = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), sqlite3_errmsg(m_db));
        return ok;
    }
    /// Every row of a query, its values joined by "|" (NULL as an empty value).
    QStringList rows(const QString &sql)
    {
        QStringList out;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return {QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db))};
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                values << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, c)));
            out << values.join(QLatin1Char('|'));
        }
        sqlite3_finalize(statement);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

/// A table's rows without their `_extracted_at` (each value quote()d, so that its SQLite type shows), and
/// the distinct `_extracted_at` values they have.
test::LoadedTable stateOf(Database &db, const QString &table)
{
    QStringList columns;
    for (const QString &name :
         db.rows(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table))) {
        if (name != TableLoader::extractedAtColumn())
            columns << QStringLiteral("quote(\"%1\")").arg(name);
    }
    return {
        db.rows(
            QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY id").arg(columns.join(QLatin1Char(',')), table)),
        db.rows(QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\"")
                    .arg(TableLoader::extractedAtColumn(), table))};
}

} // namespace

class TestSqliteRuns : public QObject
{
    Q_OBJECT

private slots:
    void aTableOfTheOldDeclarationsTakesNewLoads();
    void aKilledLoadLeavesEveryTableWhole();
};

void TestSqliteRuns::aTableOfTheOldDeclarationsTakesNewLoads()
{
    // A table as the versions before BOOLEAN and TIMESTAMP made it, with fewer columns than today's load: it
    // is merged into as it is, and the columns it lacks are added with today's declarations.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    {
        Database db(path);
        QVERIFY(db.exec(QStringLiteral(
            "CREATE TABLE calls (id TEXT NOT NULL, answered INTEGER, start_time TEXT, _extracted_at TEXT NOT "
            "NULL, PRIMARY KEY (id)); INSERT INTO calls VALUES ('CAL1', 0, '2026-03-01T08:00:00.000-05:00', "
            "'t0'), ('CAL9', 1, NULL, 't0')")));
    }
    const EndpointSpec &calls = *EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList columns = calls.columns({});
    const QString source = writeLines(
        dir.filePath(QStringLiteral("calls.jsonl")),
        {R"({"id":"CAL1","answered":true,"voicemail":false,"start_time":"2026-03-02T09:14:07.512-05:00"})",
         R"({"id":"CAL2","answered":false,"voicemail":true,"start_time":"2026-03-03T23:59:59Z"})"});
    {
        SqliteWriter writer(path);
        QString error;
        QVERIFY(writer.open(&error));
        const TableReport report =
            writer.loadTable(QStringLiteral("calls"), source, columns, calls.typesOfColumns(columns), false,
                             {}, QStringLiteral("t1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.rows, 2);
    }
    Database db(path);
    const QStringList expected{
        QStringLiteral("CAL1|integer|1|integer|0|text|2026-03-02T09:14:07.512-05:00|t1"),
        QStringLiteral("CAL2|integer|0|integer|1|text|2026-03-03T23:59:59Z|t1"),
        QStringLiteral("CAL9|integer|1|null||null||t0")};
    QCOMPARE(db.rows(QStringLiteral("SELECT id, typeof(answered), answered, typeof(voicemail), voicemail, "
                                    "typeof(start_time), start_time, _extracted_at FROM calls ORDER BY id")),
             expected);
    QCOMPARE(db.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('calls') WHERE name IN "
                                    "('answered', 'start_time', 'voicemail') ORDER BY name")),
             (QStringList{QStringLiteral("answered|INTEGER"), QStringLiteral("start_time|TEXT"),
                          QStringLiteral("voicemail|BOOLEAN")}));
}

void TestSqliteRuns::aKilledLoadLeavesEveryTableWhole()
{
    ExtractionHarness harness;
    const ExtractionOptions o = harness.options();
    // Loaded in the catalogue's order: the stalled table, text messages, comes last, so that the killed load
    // has committed the others (calls grows from 20 rows to all of them) and is in the middle of it.
    const QStringList tables{QStringLiteral("calls"), QStringLiteral("companies"),
                             QStringLiteral("form_submissions"), QStringLiteral("users"),
                             QStringLiteral("text_messages")};
    const QString stalledTable = tables.last();
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("out"));
    const QString path = QDir(out).filePath(DatabaseExport::fileName());
    const QStringList arguments{QStringLiteral("--base-url"),
                                o.baseUrl.toString(),
                                QStringLiteral("--output"),
                                out,
                                QStringLiteral("--endpoints"),
                                tables.join(QLatin1Char(',')),
                                QStringLiteral("--time-zone"),
                                o.dates.timeZone,
                                QStringLiteral("--start-date"),
                                o.dates.customStart.toString(Qt::ISODate),
                                QStringLiteral("--format"),
                                QStringLiteral("sqlite"),
                                QStringLiteral("-q")};

    // A first, smaller load: what every table holds before the killed one.
    {
        ExportProcess first(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path());
        first.start(arguments + QStringList{QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY(first.finish());
        QVERIFY2(first.process().exitCode() == 0, qPrintable(first.output()));
    }
    QHash<QString, test::LoadedTable> before;
    {
        Database db(path);
        for (const QString &table : tables) {
            before.insert(table, stateOf(db, table));
            QCOMPARE(before.value(table).stamps.size(), 1);
        }
        QCOMPARE(before.value(QStringLiteral("calls")).rows.size(), 20);
        // The next load of text messages stalls on a row in its middle, inside its transaction (a trigger
        // that counts a billion-row join: SQLite has no sleep), long enough to be killed there.
        const QStringList ids = harness.serverIds(stalledTable);
        QVERIFY(ids.size() > 40);
        QVERIFY(
            db.exec(QStringLiteral("CREATE TABLE stall (n INTEGER); INSERT INTO stall WITH RECURSIVE c(n) AS "
                                   "(SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000) SELECT n FROM c; "
                                   "CREATE TRIGGER stall BEFORE INSERT ON \"%1\" WHEN NEW.id = '%2' BEGIN "
                                   "SELECT count(*) FROM stall a, stall b, stall c; END")
                        .arg(stalledTable, ids.at(ids.size() / 2))));
    }

    // The larger load, killed while a table's transaction is open: its journal is there while it is.
    const QString journal = path + QStringLiteral("-journal");
    ExportProcess killed(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path());
    killed.start(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journal) || killed.process().state() == QProcess::NotRunning,
                             90'000);
    QTest::qWait(500); // past the tables before the stalled one, and its rows before the stalled row
    QVERIFY2(killed.process().state() == QProcess::Running && QFile::exists(journal),
             qPrintable(killed.output()));
    killed.kill();

    QHash<QString, test::LoadedTable> after;
    {
        // Opening it rolls the killed transaction back from its journal.
        Database db(path);
        QCOMPARE(db.rows(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        for (const QString &table : tables)
            after.insert(table, stateOf(db, table));
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER stall; DROP TABLE stall")));
    }
    QVERIFY(!QFile::exists(journal));
    // The stalled table is as it was: nothing of its load, nothing of its rows lost.
    QCOMPARE(after.value(stalledTable).rows, before.value(stalledTable).rows);
    QCOMPARE(after.value(stalledTable).stamps, before.value(stalledTable).stamps);

    // Run again, resuming: it completes, and every table holds every record once.
    ExportProcess rerun(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path());
    rerun.start(arguments + QStringList{QStringLiteral("--resume")});
    QVERIFY(rerun.finish());
    QVERIFY2(rerun.process().exitCode() == 0, qPrintable(rerun.output()));
    Database db(path);
    QCOMPARE(db.rows(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    qsizetype whole = 0;
    for (const QString &table : tables) {
        const test::LoadedTable done = stateOf(db, table);
        QStringList ids = harness.serverIds(table);
        ids.sort();
        QCOMPARE(db.rows(QStringLiteral("SELECT id FROM \"%1\" ORDER BY id").arg(table)), ids);
        // Each table the killed run left is the earlier one or the finished one, never a part of each.
        bool loadedWhole = false;
        const QString mixed =
            test::mixedLoadProblem(table, before.value(table), after.value(table), done, &loadedWhole);
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed));
        whole += loadedWhole ? 1 : 0;
    }
    // The tables before the stalled one were loaded (the kill did not come before the stall).
    QVERIFY(whole > 0);
    qInfo("%lld of %lld tables were loaded whole before the kill, the others were as before", qint64(whole),
          qint64(tables.size()));
}

QTEST_GUILESS_MAIN(TestSqliteRuns)
#include "tst_sqlite_runs.moc"
