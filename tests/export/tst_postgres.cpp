// The PostgreSQL output's pieces against a real server (PostgresServer): connection strings and the check
// made before a run, the values that fit their column's type, and PostgresWriter's loads: merged on the key,
// values that do not fit kept aside, a failed load leaving the table as it was. tst_postgres_runs runs whole
// extractions into it.

#include "PostgresReadBack.h"
#include "PostgresServer.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "export/ExportOptions.h"
#include "export/PostgresConnection.h"
#include "export/PostgresValues.h"
#include "export/PostgresWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const EndpointSpec &calls()
{
    return *EndpointCatalogue::find(QStringLiteral("calls"));
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesAndConnectionStrings();
    void valuesFitTheirTypesOrNot();
    void everyColumnNameIsAWholeIdentifier();
    void checkSaysWhatIsWrong();
    void aLaterLoadKeepsOlderRowsAndUpdatesOthers();
    void valuesThatDoNotFitAreKeptAside();
    void aFailedLoadLeavesTheTableAsItWas();
    void aTableKeyedByIdAloneRefusesSeveralAccounts();
    void loadSpeed();

private:
    PostgresServer m_server;
};

void TestPostgres::initTestCase()
{
    bool skip = false;
    const QString why = startTestServer(m_server, &skip);
    if (skip)
        QSKIP(qPrintable(why));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestPostgres::namesAndConnectionStrings()
{
    for (const char *name : {"postgresql", " PostgreSQL ", "postgres", "pg"})
        QCOMPARE(parseTypedOutput(QString::fromLatin1(name)), TypedOutput::PostgresDatabase);
    QCOMPARE(PostgresConnection::connInfo(QStringLiteral("db.example.com"), 5433, QStringLiteral("analytics"),
                                          QStringLiteral("ann")),
             QStringLiteral("host=db.example.com port=5433 dbname=analytics user=ann"));
    // Quoted and escaped as libpq reads them; empty values left to libpq's defaults.
    const QString odd =
        PostgresConnection::connInfo(QStringLiteral("/run/my sockets"), 0, QStringLiteral("it's"), QString());
    QCOMPARE(odd, QStringLiteral("host='/run/my sockets' dbname='it\\'s'"));
    QCOMPARE(PostgresConnection::describe(odd, QStringLiteral("s")),
             QStringLiteral("PostgreSQL host='/run/my sockets' dbname='it\\'s', schema s"));
    QCOMPARE(PostgresConnection::connInfoProblem(odd), QString());

    // A password in the string is refused, in either form, and never repeated.
    for (const char *withPassword :
         {"host=db password=hunter2-secret", "postgresql://ann:hunter2-secret@db/analytics",
          "postgresql://ann@db/analytics?password=hunter2-secret", "host=db password='hunter2-secret"}) {
        const QString problem = PostgresConnection::connInfoProblem(QString::fromLatin1(withPassword));
        QVERIFY2(!problem.isEmpty(), withPassword);
        QVERIFY2(!problem.contains(QLatin1String("hunter2")), qPrintable(problem));
        QVERIFY(!PostgresConnection::describe(QString::fromLatin1(withPassword), QStringLiteral("s"))
                     .contains(QLatin1String("hunter2")));
    }
    QVERIFY(PostgresConnection::connInfoProblem(QStringLiteral("host=db password=x"))
                .contains(QLatin1String("PGPASSWORD")));
    QVERIFY(!PostgresConnection::connInfoProblem(QString()).isEmpty());
    QCOMPARE(PostgresConnection::connInfoProblem(QStringLiteral("postgresql://ann@db:5432/analytics")),
             QString());
}

void TestPostgres::valuesFitTheirTypesOrNot()
{
    using postgres::fits;
    QVERIFY(fits("-42", ColumnType::Integer));
    QVERIFY(!fits("4.2", ColumnType::Integer));
    QVERIFY(!fits("99999999999999999999", ColumnType::Integer));
    QVERIFY(fits("12.50", ColumnType::Number));
    QVERIFY(fits("-1.5e-7", ColumnType::Number));
    QVERIFY(!fits("12,50", ColumnType::Number));
    QVERIFY(!fits("NaN", ColumnType::Number));
    QVERIFY(fits("true", ColumnType::Boolean));
    QVERIFY(!fits("1", ColumnType::Boolean));
    QVERIFY(fits("2026-03-02T09:14:07.512-05:00", ColumnType::Timestamp));
    QVERIFY(fits("2026-03-02T09:14:07Z", ColumnType::Timestamp));
    QVERIFY(fits("2026-03-02 09:14", ColumnType::Timestamp));
    QVERIFY(fits("2024-02-29", ColumnType::Timestamp));
    QVERIFY(!fits("2026-02-29T00:00:00Z", ColumnType::Timestamp));
    QVERIFY(!fits("2026-03-02T25:00:00Z", ColumnType::Timestamp));
    QVERIFY(!fits("yesterday", ColumnType::Timestamp));
    QVERIFY(fits("+014045550123", ColumnType::Identifier));
    QVERIFY(!fits(std::string_view("a\0b", 3), ColumnType::Text));

    QByteArray copy;
    postgres::appendCopyField(copy, "a\\b\tc\nd\re");
    QCOMPARE(copy, QByteArray("a\\\\b\\tc\\nd\\re"));
    QByteArray json;
    postgres::appendJsonString(json, std::string_view("q\"\\\0", 4));
    QCOMPARE(json, QByteArray("\"q\\\"\\\\\\u0000\""));
}

void TestPostgres::everyColumnNameIsAWholeIdentifier()
{
    // PostgreSQL cuts names at 63 bytes: two long columns could become one. None of the catalogue's is that
    // long, every optional field included (the writer refuses such a name rather than cut it).
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        for (const QString &column : spec.columns(spec.optionalFieldNames()))
            QVERIFY2(column.toUtf8().size() <= PostgresWriter::maxNameBytes(),
                     qPrintable(spec.name + QLatin1Char(' ') + column));
    }
}

void TestPostgres::checkSaysWhatIsWrong()
{
    const QString secret = PostgresServer::password();
    QCOMPARE(PostgresConnection::check(m_server.connInfo(), secret), QString());

    const QString wrong = QStringLiteral("not-the-password-5d1f");
    const QString refused = PostgresConnection::check(m_server.connInfo(), wrong);
    QVERIFY2(refused.contains(QLatin1String("refused the user name or the password")), qPrintable(refused));
    QVERIFY(!refused.contains(wrong));

    const QString none = PostgresConnection::check(m_server.connInfo(), QString());
    QVERIFY2(none.contains(QLatin1String("asks for a password")), qPrintable(none));

    const QString missing =
        PostgresConnection::check(m_server.connInfo(QStringLiteral("no_such_db")), secret);
    QVERIFY2(missing.contains(QLatin1String("no such database")), qPrintable(missing));

    QTemporaryDir nowhere;
    const QString unreachable = PostgresConnection::check(
        PostgresConnection::connInfo(nowhere.path(), 5432, QStringLiteral("postgres"),
                                     PostgresServer::user()),
        secret);
    QVERIFY2(unreachable.contains(QLatin1String("cannot be reached")), qPrintable(unreachable));
}

void TestPostgres::aLaterLoadKeepsOlderRowsAndUpdatesOthers()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    // Ids twice in each file: the last line of an id wins, into a new table as into an existing one.
    const QString first =
        writeLines(dir.filePath(QStringLiteral("a.jsonl")),
                   {R"({"id":"CAL1","customer_name":"Al"})", R"({"id":"CAL2","customer_name":"Bob"})",
                    "{\"id\":\"CAL1\",\"customer_name\":\"\xEF\xBB\xBF"
                    "Ann\",\"customer_phone_number\":\"+014045550123\"}"});
    const QString second =
        writeLines(dir.filePath(QStringLiteral("b.jsonl")),
                   {R"({"id":"CAL2","customer_name":"Bobby"})", R"({"id":"CAL3","customer_name":"Cy\tTab"})",
                    R"({"id":"CAL3","customer_name":"Cy\\Back"})"});
    QString error;
    for (const auto &[file, at] : {std::pair{first, QStringLiteral("2026-01-01T00:00:00Z")},
                                   std::pair{second, QStringLiteral("2026-01-02T00:00:00Z")}}) {
        PostgresWriter writer(m_server.connInfo(), PostgresServer::password(), QStringLiteral("later"));
        QVERIFY2(writer.open(&error), qPrintable(error));
        const TableReport report =
            writer.loadTable(QStringLiteral("calls"), file, columns, types, false, {}, at, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.rows, 3);
    }
    PostgresReadBack db(m_server.connInfo());
    const QStringList expected{QStringLiteral("CAL1|efbbbf416e6e|+014045550123|2026-01-01 00:00:00+00"),
                               QStringLiteral("CAL2|426f626279|∅|2026-01-02 00:00:00+00"),
                               QStringLiteral("CAL3|43795c4261636b|∅|2026-01-02 00:00:00+00")};
    QCOMPARE(db.rows(QStringLiteral("SELECT id, encode(convert_to(customer_name, 'UTF8'), 'hex'), "
                                    "customer_phone_number, _extracted_at FROM later.calls ORDER BY id")),
             expected);
}

void TestPostgres::valuesThatDoNotFitAreKeptAside()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    const QString source = writeLines(
        dir.filePath(QStringLiteral("a.jsonl")),
        {R"({"id":"CAL1","duration":"12s","answered":"yes","start_time":"yesterday","customer_name":"A\u0000B"})",
         R"({"id":"CAL2","duration":12,"answered":true,"start_time":"2026-03-02T09:14:07.512-05:00"})",
         R"({"id":"CAL3","duration":"7 min"})"});
    PostgresWriter writer(m_server.connInfo(), PostgresServer::password(), QStringLiteral("unfit"));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    const TableReport report = writer.loadTable(QStringLiteral("calls"), source, columns, types, false, {},
                                                QStringLiteral("2026-01-01T00:00:00Z"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.unfitting, 5);
    PostgresReadBack db(m_server.connInfo());
    // A JSON object in column order; the NUL byte, which PostgreSQL's text cannot hold, as its JSON escape.
    const QStringList expected{
        QStringLiteral(
            "CAL1|∅|∅|∅|∅|{\"answered\":\"yes\",\"customer_name\":\"A\\u0000B\",\"duration\":\"12s\","
            "\"start_time\":\"yesterday\"}"),
        QStringLiteral("CAL2|12|t|2026-03-02 14:14:07.512+00|∅|∅"),
        QStringLiteral("CAL3|∅|∅|∅|∅|{\"duration\":\"7 min\"}")};
    QCOMPARE(
        db.rows(QStringLiteral("SELECT id, duration, answered, start_time, customer_name, _unfitting::text "
                               "FROM unfit.calls ORDER BY id")),
        expected);
    // Queried as JSON (but for a row holding a NUL, which PostgreSQL cannot turn into text).
    QCOMPARE(db.value(QStringLiteral("SELECT _unfitting->>'duration' FROM unfit.calls WHERE id = 'CAL3'")),
             QStringLiteral("7 min"));
}

void TestPostgres::aFailedLoadLeavesTheTableAsItWas()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    QList<QByteArray> lines;
    for (int i = 1; i <= 10; ++i)
        lines << QStringLiteral(R"({"id":"CAL%1","duration":%1})").arg(i).toUtf8();
    const QString first = writeLines(dir.filePath(QStringLiteral("a.jsonl")), lines);
    for (int i = 1; i <= 10; ++i)
        lines[i - 1] = QStringLiteral(R"({"id":"CAL%1","duration":%2})").arg(i).arg(i * 100).toUtf8();
    lines.insert(3, R"({"id":"CAL4","dur)"); // a broken line in the middle: skipped, said
    const QString second = writeLines(dir.filePath(QStringLiteral("b.jsonl")), lines);
    const QString all = QStringLiteral("SELECT id, duration, _extracted_at FROM failed.calls ORDER BY id");
    const auto load = [&](const QString &file, const QString &at, QString *error) {
        PostgresWriter writer(m_server.connInfo(), PostgresServer::password(), QStringLiteral("failed"));
        return writer.open(error)
                   ? writer.loadTable(QStringLiteral("calls"), file, columns, types, false, {}, at, error)
                   : TableReport{};
    };
    QString error;
    load(first, QStringLiteral("2026-01-01T00:00:00Z"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PostgresReadBack db(m_server.connInfo());
    const QStringList before = db.rows(all);
    QCOMPARE(before.size(), 10);
    // A failure halfway through the next load: the server refuses the seventh row.
    QVERIFY(db.exec(QStringLiteral(
        "CREATE FUNCTION failed.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
        "'injected failure at %', NEW.id; END $$; CREATE TRIGGER refuse BEFORE UPDATE ON failed.calls FOR "
        "EACH "
        "ROW WHEN (NEW.id = 'CAL7') EXECUTE PROCEDURE failed.refuse()")));
    const TableReport report = load(second, QStringLiteral("2026-01-02T00:00:00Z"), &error);
    QVERIFY2(error.contains(QStringLiteral("injected failure at CAL7")), qPrintable(error));
    QCOMPARE(report.rows, 0);
    QCOMPARE(db.rows(all), before); // nothing of the failed load, nothing of the earlier lost

    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER refuse ON failed.calls")));
    error.clear();
    const TableReport again = load(second, QStringLiteral("2026-01-02T00:00:00Z"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again.rows, 10);
    QCOMPARE(again.skipped, 1);
    QCOMPARE(db.value(QStringLiteral("SELECT sum(duration) FROM failed.calls")), QStringLiteral("5500"));
}

void TestPostgres::aTableKeyedByIdAloneRefusesSeveralAccounts()
{
    // A table keyed by id alone cannot take several accounts: said, not mixed.
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QString source = writeLines(dir.filePath(QStringLiteral("a.jsonl")), {R"({"id":"CAL1"})"});
    PostgresWriter writer(m_server.connInfo(), PostgresServer::password(), QStringLiteral("agency"));
    QString error;
    QVERIFY(writer.open(&error));
    writer.loadTable(QStringLiteral("single"), source, columns, calls().typesOfColumns(columns), false, {},
                     QStringLiteral("2026-01-01T00:00:00Z"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    writer.loadTable(QStringLiteral("single"), source, columns, calls().typesOfColumns(columns), true,
                     QStringLiteral("ACC1"), QStringLiteral("2026-01-01T00:00:00Z"), &error);
    QVERIFY(error.contains(QStringLiteral("one account")));
}

void TestPostgres::loadSpeed()
{
    // Calls with the default fields, the loading alone; the figure is printed, not asserted (shared
    // machines; bench/bench_postgres measures 1,000,000).
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    QFile file(dir.filePath(QStringLiteral("calls.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int kRows = 50'000;
    for (int i = 0; i < kRows; ++i)
        file.write(
            QStringLiteral(
                R"({"id":"CAL%1","answered":true,"business_phone_number":"+14045550100",)"
                R"("customer_city":"Atlanta","customer_country":"US","customer_name":"Ann Example",)"
                R"("customer_phone_number":"+14045550123","customer_state":"GA","direction":"inbound",)"
                R"("duration":%2,"recording":"https://app.callrail.com/calls/CAL%1/recording",)"
                R"("start_time":"2026-03-02T09:14:07.512-05:00","tracking_phone_number":"+14045550111",)"
                R"("voicemail":false})"
                "\n")
                .arg(i)
                .arg(i % 600)
                .toUtf8());
    file.close();
    PostgresWriter writer(m_server.connInfo(), PostgresServer::password(), QStringLiteral("speed"));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const TableReport report =
        writer.loadTable(QStringLiteral("calls"), file.fileName(), columns, calls().typesOfColumns(columns),
                         false, {}, QStringLiteral("2026-01-01T00:00:00Z"), &error);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.rows, kRows);
    qInfo("PostgreSQL load: %d rows in %lld ms, %lld rows/s", kRows, ms, qint64(kRows) * 1000 / ms);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
