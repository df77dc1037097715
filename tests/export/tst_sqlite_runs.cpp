// The SQLite database over several loads: a table an older version declared (booleans INTEGER, times TEXT)
// takes today's loads.

#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "export/SqliteWriter.h"

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

} // namespace

class TestSqliteRuns : public QObject
{
    Q_OBJECT

private slots:
    void aTableOfTheOldDeclarationsTakesNewLoads();
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

QTEST_GUILESS_MAIN(TestSqliteRuns)
#include "tst_sqlite_runs.moc"
