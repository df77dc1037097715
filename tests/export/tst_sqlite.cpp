// The SQLite database (--format sqlite): every endpoint's table equals its records with SQLite types, a
// second load merges without duplicating, and a failed load leaves the table as it was.

#include "ExtractionHarness.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "engine/DatabaseExport.h"
#include "export/JsonRecordCells.h"
#include "export/SqliteWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const EndpointSpec &calls()
{
    return *EndpointCatalogue::find(QStringLiteral("calls"));
}

/// A read-only view of a database file for the checks, closed with the object.
class Reader
{
public:
    explicit Reader(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Reader()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    /// Every row of a query, each as its values with their SQLite type: "integer:42", "text:+1404…", "null:".
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c)
                values << query.value(c).toString();
            out << values.join(QLatin1Char('|'));
        }
        return out;
    }
    qint64 count(const QString &table)
    {
        return rows(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value(0).toLongLong();
    }

private:
    QString m_name = QStringLiteral("tst_sqlite_reader");
    QSqlDatabase m_db;
};

/// Compares one stored value with the flattened value of its record, by the column's type. Text is compared
/// by its bytes (`hex`): Qt's driver drops a leading U+FEFF when it reads text back, the database keeps it.
QString mismatch(const QString &sqlType, const QVariant &value, const QString &hex, const QString &text,
                 ColumnType type)
{
    if (text.isEmpty())
        return sqlType == QLatin1String("null") ? QString()
                                                : QStringLiteral("expected NULL, got %1").arg(sqlType);
    bool numeric = false;
    const double number = text.toDouble(&numeric);
    switch (type) {
    case ColumnType::Integer:
        if (numeric && !text.contains(QLatin1Char('.')))
            return sqlType == QLatin1String("integer") && value.toLongLong() == text.toLongLong()
                       ? QString()
                       : QStringLiteral("expected the integer %1, got %2 %3")
                             .arg(text, sqlType, value.toString());
        break;
    case ColumnType::Number:
        if (numeric)
            return sqlType == QLatin1String("real") && value.toDouble() == number
                       ? QString()
                       : QStringLiteral("expected the real %1, got %2 %3")
                             .arg(text, sqlType, value.toString());
        break;
    case ColumnType::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return sqlType == QLatin1String("integer") &&
                           value.toLongLong() == (text == QLatin1String("true") ? 1 : 0)
                       ? QString()
                       : QStringLiteral("expected the boolean %1, got %2 %3")
                             .arg(text, sqlType, value.toString());
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Timestamp:
    case ColumnType::Date:
    case ColumnType::Json:
        break;
    }
    return sqlType == QLatin1String("text") && hex == QString::fromLatin1(text.toUtf8().toHex().toUpper())
               ? QString()
               : QStringLiteral("expected the text \"%1\", got %2 \"%3\"")
                     .arg(text, sqlType, value.toString());
}

/// The declared type a schema-reading tool (DB Browser, SQLAlchemy, pandas) sees for a column of this type.
QString declaredType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Number:
        return QStringLiteral("REAL");
    case ColumnType::Boolean:
        return QStringLiteral("BOOLEAN");
    case ColumnType::Timestamp:
        return QStringLiteral("TIMESTAMP");
    case ColumnType::Date:
        return QStringLiteral("DATE");
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

} // namespace

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void formatNamesParse();
    void everyEndpointLoadsAsItsRecords();
    void aSecondRunMergesWithoutDuplicates();
    void aLaterLoadKeepsOlderRowsAndUpdatesOthers();
    void aFailedLoadLeavesTheTableAsItWas();
    void severalAccountsAreKeyedByAccount();
    void anAllAccountsRunKeepsEachAccountsRows();
    void manyRowsLoadInOneGo();
};

void TestSqlite::formatNamesParse()
{
    QCOMPARE(parseTypedOutput(QStringLiteral(" SQLite ")), TypedOutput::SqliteDatabase);
    QCOMPARE(parseTypedOutput(QStringLiteral("sqlite3")), TypedOutput::SqliteDatabase);
}

void TestSqlite::everyEndpointLoadsAsItsRecords()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.exportOptions.format = OutputFormat::JsonLines;
    options.typedOutput = TypedOutput::SqliteDatabase;
    for (EndpointSelection &selection : options.endpoints) {
        if (selection.name == QLatin1String("calls") || selection.name == QLatin1String("form_submissions"))
            selection.fields = {QStringLiteral("milestones")}; // columns three levels deep
    }
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.endpoints.size(), EndpointCatalogue::all().size());
    const QString path = QDir(options.outputDir).filePath(DatabaseExport::fileName());
    QCOMPARE(summary.databases, QStringList{path});
    QVERIFY2(summary.outputNotes.isEmpty(), qPrintable(summary.outputNotes.join(QLatin1Char('\n'))));

    Reader reader(path);
    QVERIFY(reader.db().isOpen());
    qsizetype plusSeen = 0;
    QMap<ColumnType, qsizetype> declaredSeen;
    for (const EndpointResult &r : summary.endpoints) {
        const EndpointSpec &spec = *EndpointCatalogue::find(r.endpoint);
        // The file's columns, then one for each scalar CallRail sent that the catalogue does not know (the
        // imitation sends calls' agent_email unasked).
        QString error;
        const QStringList columns =
            DatabaseExport::tableColumns(r.file.path, r.file.columns, &error).value_or(QStringList());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<ColumnType> types = spec.typesOfColumns(columns);
        QCOMPARE(reader.count(r.endpoint), r.records);
        // The key is the id (one account), and the columns are those, then _extracted_at.
        QStringList declared =
            reader.rows(QStringLiteral("SELECT name, type, pk FROM pragma_table_info('%1')").arg(r.endpoint));
        QCOMPARE(declared.size(), columns.size() + 1);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const bool id = columns.at(c) == QLatin1String("id");
            QCOMPARE(declared.at(c),
                     QStringLiteral("%1|%2|%3")
                         .arg(columns.at(c), id ? QStringLiteral("TEXT") : declaredType(types.at(c)))
                         .arg(id ? 1 : 0));
            if (types.at(c) == ColumnType::Boolean || types.at(c) == ColumnType::Timestamp)
                ++declaredSeen[types.at(c)];
        }
        QVERIFY(declared.last().startsWith(QStringLiteral("_extracted_at|TIMESTAMP|0")));

        QStringList select;
        for (const QString &column : columns)
            select << QStringLiteral("typeof(\"%1\"), \"%1\", hex(\"%1\")").arg(column);
        QSqlQuery query(reader.db());
        QVERIFY(query.prepare(QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?")
                                  .arg(select.join(QLatin1String(", ")), r.endpoint)));
        QFile file(r.file.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        JsonRecordCells flatten(columns);
        qint64 rows = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            ++rows;
            const auto cells = flatten.cells(line);
            QVERIFY(cells);
            const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
            query.bindValue(0, cells->at(idColumn));
            QVERIFY2(query.exec() && query.next(),
                     qPrintable(r.endpoint + QLatin1Char(' ') + cells->at(idColumn)));
            for (qsizetype c = 0; c < cells->size(); ++c) {
                const QString problem =
                    mismatch(query.value(int(3 * c)).toString(), query.value(int(3 * c + 1)),
                             query.value(int(3 * c + 2)).toString(), cells->at(c), types.at(c));
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("%1 %2 %3: %4")
                                        .arg(r.endpoint, cells->at(idColumn), columns.at(c), problem)));
                if (types.at(c) == ColumnType::Identifier && cells->at(c).startsWith(QLatin1Char('+')))
                    ++plusSeen;
            }
        }
        QCOMPARE(rows, r.records);
    }
    QVERIFY(plusSeen > 0); // phone numbers kept their "+"
    QVERIFY(declaredSeen.value(ColumnType::Boolean) > 0 && declaredSeen.value(ColumnType::Timestamp) > 0);
    // The milestones are columns of their own, typed; the leads are keyed by their id (the person_id).
    for (const char *table : {"calls", "form_submissions"}) {
        QCOMPARE(reader.rows(QStringLiteral("SELECT name, type FROM pragma_table_info('%1') WHERE name IN "
                                            "('milestones.lead_created.event_date', "
                                            "'milestones.last_touch.url_utm_params') ORDER BY name")
                                 .arg(QLatin1String(table))),
                 QStringList({QStringLiteral("milestones.last_touch.url_utm_params|TEXT"),
                              QStringLiteral("milestones.lead_created.event_date|TIMESTAMP")}));
    }
    QCOMPARE(reader.count(QStringLiteral("leads")),
             qint64(harness.serverIds(QStringLiteral("leads")).size()));

    QFile summaryFile(QDir(options.outputDir).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("databases")).toArray().first().toString(),
             QStringLiteral("callrail.sqlite"));
    QFile note(QDir(options.outputDir).filePath(QStringLiteral("export-note.txt")));
    QVERIFY(note.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(note.readAll()).contains(QStringLiteral("SQLite database (callrail.sqlite")));
}

void TestSqlite::aSecondRunMergesWithoutDuplicates()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.exportOptions.format = OutputFormat::JsonLines;
    options.typedOutput = TypedOutput::SqliteDatabase;
    for (EndpointSelection &e : options.endpoints)
        e.limit = 3;
    RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QString path = QDir(options.outputDir).filePath(DatabaseExport::fileName());
    QHash<QString, QString> firstStamp;
    {
        Reader reader(path);
        for (const EndpointResult &r : std::as_const(summary.endpoints)) {
            QCOMPARE(reader.count(r.endpoint), r.records);
            firstStamp.insert(
                r.endpoint,
                reader.rows(QStringLiteral("SELECT max(_extracted_at) FROM \"%1\"").arg(r.endpoint))
                    .value(0));
        }
    }
    QTest::qWait(5); // a later _extracted_at

    for (EndpointSelection &e : options.endpoints)
        e.limit = 0;
    summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    Reader reader(path);
    for (const EndpointResult &r : std::as_const(summary.endpoints)) {
        // Every record once: the three of the first load were updated, not added again.
        QCOMPARE(reader.count(r.endpoint), qint64(harness.serverIds(r.endpoint).size()));
        QCOMPARE(reader.rows(QStringLiteral("SELECT count(DISTINCT id) FROM \"%1\"").arg(r.endpoint))
                     .value(0)
                     .toLongLong(),
                 reader.count(r.endpoint));
        QVERIFY(
            reader.rows(QStringLiteral("SELECT min(_extracted_at) FROM \"%1\"").arg(r.endpoint)).value(0) >
            firstStamp.value(r.endpoint));
    }
}

void TestSqlite::aLaterLoadKeepsOlderRowsAndUpdatesOthers()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    const QString first = writeLines(dir.filePath(QStringLiteral("a.jsonl")),
                                     {"{\"id\":\"CAL1\",\"customer_name\":\"\xEF\xBB\xBF"
                                      "Ann\"}",
                                      R"({"id":"CAL2","customer_name":"Bob"})"});
    const QString second =
        writeLines(dir.filePath(QStringLiteral("b.jsonl")),
                   {R"({"id":"CAL2","customer_name":"Bobby"})", R"({"id":"CAL3","customer_name":"Cy"})"});
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    QString error;
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        QCOMPARE(writer
                     .loadTable(QStringLiteral("calls"), first, columns, types, false, {},
                                QStringLiteral("t1"), &error)
                     .rows,
                 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        QCOMPARE(writer
                     .loadTable(QStringLiteral("calls"), second, columns, types, false, {},
                                QStringLiteral("t2"), &error)
                     .rows,
                 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    Reader reader(path);
    // Hex: Qt's driver drops a leading U+FEFF when it reads text back, the database keeps it.
    const QStringList expected{QStringLiteral("CAL1|EFBBBF416E6E|t1"), QStringLiteral("CAL2|426F626279|t2"),
                               QStringLiteral("CAL3|4379|t2")};
    QCOMPARE(
        reader.rows(QStringLiteral("SELECT id, hex(customer_name), _extracted_at FROM calls ORDER BY id")),
        expected);
}

void TestSqlite::aFailedLoadLeavesTheTableAsItWas()
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
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    const QString all = QStringLiteral("SELECT id, duration, _extracted_at FROM calls ORDER BY id");
    QString error;
    QStringList before;
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        writer.loadTable(QStringLiteral("calls"), first, columns, types, false, {}, QStringLiteral("t1"),
                         &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Reader reader(path);
        before = reader.rows(all);
        QCOMPARE(before.size(), 10);
        // A failure halfway through the next load: SQLite refuses the seventh row.
        QSqlQuery trigger(reader.db());
        QVERIFY(
            trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON calls WHEN NEW.id = 'CAL7' "
                                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    }
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        const TableReport report = writer.loadTable(QStringLiteral("calls"), second, columns, types, false,
                                                    {}, QStringLiteral("t2"), &error);
        QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("CAL7")), qPrintable(error));
        QCOMPARE(report.rows, 0);
    }
    {
        Reader reader(path);
        QCOMPARE(reader.rows(all), before); // nothing of the failed load, nothing of the earlier lost
        QSqlQuery drop(reader.db());
        QVERIFY(drop.exec(QStringLiteral("DROP TRIGGER refuse")));
    }
    SqliteWriter writer(path);
    error.clear();
    QVERIFY(writer.open(&error));
    const TableReport report = writer.loadTable(QStringLiteral("calls"), second, columns, types, false, {},
                                                QStringLiteral("t2"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.rows, 10);
    QCOMPARE(report.skipped, 1);
}

void TestSqlite::severalAccountsAreKeyedByAccount()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    const QString source = writeLines(dir.filePath(QStringLiteral("a.jsonl")), {R"({"id":"CAL1"})"});
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    QString error;
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        for (const QString &account :
             {QStringLiteral("ACC1"), QStringLiteral("ACC2"), QStringLiteral("ACC1")}) {
            writer.loadTable(QStringLiteral("calls"), source, columns, types, true, account,
                             QStringLiteral("t"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // A table keyed by id alone cannot take several accounts: said, not mixed.
        writer.loadTable(QStringLiteral("single"), source, columns, types, false, {}, QStringLiteral("t"),
                         &error);
        QVERIFY(error.isEmpty());
        writer.loadTable(QStringLiteral("single"), source, columns, types, true, QStringLiteral("ACC1"),
                         QStringLiteral("t"), &error);
        QVERIFY(error.contains(QStringLiteral("one account")));
    }
    Reader reader(path);
    const QStringList expected{QStringLiteral("ACC1|CAL1"), QStringLiteral("ACC2|CAL1")};
    QCOMPARE(reader.rows(QStringLiteral("SELECT _account_id, id FROM calls ORDER BY 1")), expected);
    QCOMPARE(
        reader.rows(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('calls') WHERE pk > 0")),
        QStringList{QStringLiteral("_account_id,id")});
}

void TestSqlite::anAllAccountsRunKeepsEachAccountsRows()
{
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 2;
    config.calls = 300;
    ExtractionHarness harness(config);
    ExtractionOptions options = harness.options();
    options.allAccounts = true;
    options.exportOptions.format = OutputFormat::JsonLines;
    options.typedOutput = TypedOutput::SqliteDatabase;
    options.endpoints = {EndpointSelection{QStringLiteral("accounts"), 0, {}},
                         EndpointSelection{QStringLiteral("calls"), 0, {}}};
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QVERIFY2(summary.outputNotes.isEmpty(), qPrintable(summary.outputNotes.join(QLatin1Char('\n'))));
    Reader reader(QDir(options.outputDir).filePath(DatabaseExport::fileName()));
    for (const QString &account : harness.server().dataset().accountIds()) {
        QStringList ids = reader.rows(
            QStringLiteral("SELECT id FROM calls WHERE _account_id = '%1' ORDER BY id").arg(account));
        QStringList expected = harness.serverIds(QStringLiteral("calls"), account);
        expected.sort();
        QCOMPARE(ids, expected);
    }
    QCOMPARE(reader.count(QStringLiteral("accounts")), 2);
}

void TestSqlite::manyRowsLoadInOneGo()
{
    // Calls with the default fields, as benchmark 8 loads them (bench/bench_database measures the speed; a
    // test does not): every row arrives, with its values typed.
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QList<ColumnType> types = calls().typesOfColumns(columns);
    QList<QByteArray> lines;
    constexpr int kRows = 5'000;
    for (int i = 0; i < kRows; ++i)
        lines << QStringLiteral(
                     R"({"id":"CAL%1","answered":true,"business_phone_number":"+14045550100",)"
                     R"("customer_city":"Atlanta","customer_country":"US","customer_name":"Ann Example",)"
                     R"("customer_phone_number":"+14045550123","customer_state":"GA","direction":"inbound",)"
                     R"("duration":%2,"recording":"https://app.callrail.com/calls/CAL%1/recording",)"
                     R"("start_time":"2026-03-02T09:14:07.512-05:00","tracking_phone_number":"+14045550111",)"
                     R"("voicemail":false})")
                     .arg(i)
                     .arg(i % 600)
                     .toUtf8();
    const QString source = writeLines(dir.filePath(QStringLiteral("calls.jsonl")), lines);
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    QString error;
    {
        SqliteWriter writer(path);
        QVERIFY(writer.open(&error));
        const TableReport report = writer.loadTable(QStringLiteral("calls"), source, columns, types, false,
                                                    {}, QStringLiteral("t"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.rows, kRows);
    }
    Reader reader(path);
    QCOMPARE(reader.count(QStringLiteral("calls")), kRows);
    QCOMPARE(reader.rows(QStringLiteral("SELECT typeof(duration), duration, typeof(answered), answered, "
                                        "start_time, _extracted_at FROM calls WHERE id = 'CAL4321'")),
             QStringList{QStringLiteral("integer|121|integer|1|2026-03-02T09:14:07.512-05:00|t")});
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
