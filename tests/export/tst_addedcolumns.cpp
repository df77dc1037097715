// Fields as columns (AddedColumns): form_data.<key> and custom.<key> columns in first-appearance order, the
// 60-key cap and its note, unknown scalar fields as columns while nested ones stay in other_fields; the same
// bytes from a CSV run (EndpointFile) as from the window's Save (CsvFromJsonLines); a refresh's merge that
// appends a new key and keeps the rest in place; the workbook's sheet; form_fields in SQLite and PostgreSQL.
#include "PostgresReadBack.h"
#include "PostgresServer.h"
#include "TestEnvironment.h"
#include "XlsxReadBack.h"
#include "api/EndpointCatalogue.h"
#include "engine/DatabaseExport.h"
#include "engine/ExportNote.h"
#include "export/AddedColumns.h"
#include "export/CsvAddedColumns.h"
#include "export/CsvFromJsonLines.h"
#include "export/CsvReader.h"
#include "export/EndpointFile.h"
#include "export/WorkbookWriter.h"
#include "refresh/FileMerge.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const EndpointSpec &spec(const char *name)
{
    return *EndpointCatalogue::find(QString::fromLatin1(name));
}

QJsonObject form(const QString &id, const QJsonObject &formData, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("submitted_at"), QStringLiteral("2026-03-02T09:00:00.000Z"));
    o.insert(QStringLiteral("form_data"), formData);
    return o;
}

bool writeJsonLines(const QString &path, const QList<QJsonObject> &records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QJsonObject &o : records)
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

QByteArray csvOf(const QString &jsonLines, const QStringList &columns)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvFromJsonLines::write(jsonLines, columns, ExportOptions{}, out, &error))
        qWarning() << error;
    return bytes;
}

QList<QJsonObject> threeForms()
{
    using O = QJsonObject;
    return {form(QStringLiteral("FOR1"), O{{QStringLiteral("your_name"), QStringLiteral("Ann")},
                                           {QStringLiteral("email_address"), QStringLiteral("a@x.example")}}),
            form(QStringLiteral("FOR2"), O{{QStringLiteral("best time to call"), QStringLiteral("Morning")},
                                           {QStringLiteral("your_name"), QStringLiteral("=Bo")}}),
            form(QStringLiteral("FOR3"), O{})};
}

} // namespace

class TestAddedColumns : public QObject
{
    Q_OBJECT

private slots:
    void formDataColumnsInFirstAppearanceOrder();
    void aCsvRunWritesTheBytesTheWindowSaves();
    void moreKeysThanTheCapStayJsonAndTheNoteSaysSo();
    void customFieldsOfCalls();
    void unknownScalarsGetColumnsNestedOnesStay();
    void aMergeAppendsANewKeyAndKeepsTheRest();
    void theWorkbookSheetHasTheColumns();
    void formFieldsInSqliteMergedOnASecondLoad();
    void formFieldsInPostgresMergedOnASecondLoad();

private:
    QTemporaryDir m_dir;
};

void TestAddedColumns::formDataColumnsInFirstAppearanceOrder()
{
    const QStringList columns = spec("form_submissions").columns({});
    const QString path = m_dir.filePath(QStringLiteral("order.jsonl"));
    QVERIFY(writeJsonLines(path, threeForms()));
    const QList<QStringList> rows = CsvReader::parseAll(csvOf(path, columns));
    QCOMPARE(rows.size(), 4);
    // Keys of one record in its JSON's (alphabetical) order, then what later records add.
    const QStringList added{QStringLiteral("form_data.email_address"), QStringLiteral("form_data.your_name"),
                            QStringLiteral("form_data.best time to call")};
    QCOMPARE(rows.at(0), columns + added);
    const int base = int(columns.size());
    const int formData = int(columns.indexOf(QStringLiteral("form_data")));
    QCOMPARE(rows.at(1).mid(base), QStringList({QStringLiteral("a@x.example"), QStringLiteral("Ann"), {}}));
    QCOMPARE(rows.at(2).mid(base), QStringList({{}, QStringLiteral("'=Bo"), QStringLiteral("Morning")}));
    QCOMPARE(rows.at(3).mid(base), QStringList({{}, {}, {}})); // missing fields: empty cells
    QCOMPARE(rows.at(1).at(formData), QString());              // nothing stays in the JSON cell
    QCOMPARE(rows.at(3).at(formData), QStringLiteral("{}"));   // an empty form keeps its cell as it was
}

void TestAddedColumns::aCsvRunWritesTheBytesTheWindowSaves()
{
    const QStringList columns = spec("form_submissions").columns({});
    const QString staged = m_dir.filePath(QStringLiteral("same.jsonl"));
    QVERIFY(writeJsonLines(staged, threeForms()));
    for (const bool bom : {false, true}) {
        ExportOptions options;
        options.byteOrderMark = bom;
        const QString target = m_dir.filePath(QStringLiteral("same_%1.csv").arg(bom));
        EndpointFile file(target, columns, options);
        QString error;
        QVERIFY2(file.open(&error), qPrintable(error));
        QVERIFY(file.writePage(threeForms().mid(0, 2), &error));
        QVERIFY(file.writePage(threeForms().mid(2), &error));
        QVERIFY2(file.commit(&error), qPrintable(error));
        QVERIFY(!QFile::exists(file.partialPath()));
        QByteArray saved;
        QBuffer out(&saved);
        out.open(QIODevice::WriteOnly);
        QVERIFY(CsvFromJsonLines::write(staged, columns, options, out, &error));
        QCOMPARE(readAll(target), saved);
        QVERIFY(saved.contains("form_data.best time to call"));
    }
}

void TestAddedColumns::moreKeysThanTheCapStayJsonAndTheNoteSaysSo()
{
    const QStringList columns = spec("form_submissions").columns({});
    QJsonObject many;
    for (int k = 0; k < AddedColumns::kMaxPerSource + 10; ++k)
        many.insert(QStringLiteral("q%1").arg(k, 3, 10, QLatin1Char('0')), k);
    const QString path = m_dir.filePath(QStringLiteral("many.jsonl"));
    QVERIFY(writeJsonLines(path, {form(QStringLiteral("FOR1"), many)}));
    QString error;
    const auto added = AddedColumns::ofJsonLines(path, columns, {}, &error);
    QVERIFY(added);
    QCOMPARE(added->size(), AddedColumns::kMaxPerSource);
    QCOMPARE(added->last(), QStringLiteral("form_data.q059"));
    const QList<QStringList> rows = CsvReader::parseAll(csvOf(path, columns));
    const QJsonObject rest =
        QJsonDocument::fromJson(rows.at(1).at(columns.indexOf(QStringLiteral("form_data"))).toUtf8())
            .object();
    QCOMPARE(rest.keys(), QStringList({QStringLiteral("q060"), QStringLiteral("q061"), QStringLiteral("q062"),
                                       QStringLiteral("q063"), QStringLiteral("q064"), QStringLiteral("q065"),
                                       QStringLiteral("q066"), QStringLiteral("q067"), QStringLiteral("q068"),
                                       QStringLiteral("q069")}));
    QCOMPARE(AddedColumns::fullSources(*added), QStringList{QStringLiteral("form_data")});

    RunSummary summary;
    EndpointResult r;
    r.endpoint = QStringLiteral("form_submissions");
    r.outcome = EndpointOutcome::Complete;
    r.file.columns = columns;
    r.file.addedColumns = *added;
    summary.endpoints = {r};
    const QString note = ExportNote::text(RunPlan{}, summary, ExtractionOptions{}, {});
    QVERIFY2(note.contains(QStringLiteral("form_data: only its first 60 keys have columns of their own")),
             qPrintable(note));
}

void TestAddedColumns::customFieldsOfCalls()
{
    const QStringList columns = spec("calls").columns({QStringLiteral("custom")});
    const QString path = m_dir.filePath(QStringLiteral("custom.jsonl"));
    const auto call = [](const char *id, const QJsonObject &custom) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("start_time"), QStringLiteral("2026-03-02T09:00:00.000-05:00")},
                           {QStringLiteral("custom"), custom}};
    };
    QVERIFY(writeJsonLines(path, {call("CAL1", {{QStringLiteral("patient_type"), QStringLiteral("new")}}),
                                  call("CAL2", {{QStringLiteral("referred_by"), QStringLiteral("Dr. Who")},
                                                {QStringLiteral("tags"),
                                                 QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}})}));
    const QList<QStringList> rows = CsvReader::parseAll(csvOf(path, columns));
    const int base = int(columns.size());
    QCOMPARE(rows.at(0).mid(base),
             QStringList({QStringLiteral("custom.patient_type"), QStringLiteral("custom.referred_by"),
                          QStringLiteral("custom.tags")}));
    QCOMPARE(rows.at(2).mid(base), QStringList({{}, QStringLiteral("Dr. Who"), QStringLiteral("a; b")}));
}

void TestAddedColumns::unknownScalarsGetColumnsNestedOnesStay()
{
    const QStringList columns = spec("form_submissions").columns({});
    const QString path = m_dir.filePath(QStringLiteral("unknown.jsonl"));
    // form_name, as a real page sends it unasked; a nested field nobody documented.
    QVERIFY(writeJsonLines(
        path, {form(QStringLiteral("FOR1"), {},
                    QJsonObject{{QStringLiteral("form_name"), QStringLiteral("Contact Us")},
                                {QStringLiteral("brand_new"), QJsonObject{{QStringLiteral("a"), 1}}}}),
               form(QStringLiteral("FOR2"), {}, QJsonObject{{QStringLiteral("lead_score"), 42}})}));
    const QList<QStringList> rows = CsvReader::parseAll(csvOf(path, columns));
    const int base = int(columns.size());
    const int other = int(columns.indexOf(QStringLiteral("other_fields")));
    QCOMPARE(rows.at(0).mid(base), QStringList({QStringLiteral("form_name"), QStringLiteral("lead_score")}));
    QCOMPARE(rows.at(1).mid(base), QStringList({QStringLiteral("Contact Us"), {}}));
    QCOMPARE(rows.at(1).at(other), QStringLiteral(R"({"brand_new":{"a":1}})"));
    QCOMPARE(rows.at(2).mid(base), QStringList({{}, QStringLiteral("42")}));
    QCOMPARE(rows.at(2).at(other), QString());
}

void TestAddedColumns::aMergeAppendsANewKeyAndKeepsTheRest()
{
    const QStringList columns = spec("form_submissions").columns({});
    const QString exported = m_dir.filePath(QStringLiteral("refresh.csv"));
    EndpointFile file(exported, columns, ExportOptions{});
    QString error;
    QVERIFY(file.open(&error));
    QVERIFY(file.writePage(threeForms(), &error));
    QVERIFY(file.commit(&error));
    const QStringList before = CsvReader::parseAll(readAll(exported)).first();

    // The re-read: FOR2 now answers a question no form asked before, and a new submission asks another.
    QList<QJsonObject> fetched = threeForms();
    QJsonObject changed = fetched[1].value(QStringLiteral("form_data")).toObject();
    changed.insert(QStringLiteral("a_new_question"), QStringLiteral("yes"));
    fetched[1].insert(QStringLiteral("form_data"), changed);
    fetched.append(form(QStringLiteral("FOR4"), {{QStringLiteral("zip"), QStringLiteral("30301")}}));
    MergeInput input;
    input.exportedPath = exported;
    input.format = OutputFormat::Csv;
    input.columns = columns;
    input.fetchedPath = m_dir.filePath(QStringLiteral("refetched.jsonl"));
    QVERIFY(writeJsonLines(input.fetchedPath, fetched));
    input.mergedPath = m_dir.filePath(QStringLiteral("merged.csv"));
    input.removedAt = QStringLiteral("2026-03-03T00:00:00Z");
    MergeCounts counts;
    QVERIFY2(FileMerge::merge(input, &counts, &error), qPrintable(error));
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.unchanged, 2);
    QCOMPARE(counts.added, 1);
    const QList<QStringList> rows = CsvReader::parseAll(readAll(input.mergedPath));
    // The columns before stay where they were; the new keys follow them, in the merged file's order; the
    // removal column stays last.
    QCOMPARE(rows.at(0), QStringList(before)
                             << QStringLiteral("form_data.a_new_question") << QStringLiteral("form_data.zip")
                             << EndpointCatalogue::removedAtColumn());
    QCOMPARE(rows.at(2).at(before.size()), QStringLiteral("yes"));
    QCOMPARE(rows.at(2).at(before.indexOf(QStringLiteral("form_data.your_name"))), QStringLiteral("'=Bo"));
    QCOMPARE(rows.at(4).at(before.size() + 1), QStringLiteral("30301"));
    QVERIFY(!QFile::exists(input.mergedPath + QStringLiteral(".merging")));
    QCOMPARE(CsvAddedColumns::ofCsvHeader(input.mergedPath, columns).size(), 5);
}

void TestAddedColumns::theWorkbookSheetHasTheColumns()
{
    const QStringList columns = spec("form_submissions").columns({});
    const QString staged = m_dir.filePath(QStringLiteral("sheet.jsonl"));
    QVERIFY(writeJsonLines(staged, threeForms()));
    QString error;
    const auto added = AddedColumns::ofJsonLines(staged, columns, {}, &error);
    QVERIFY(added);
    const QString path = m_dir.filePath(QStringLiteral("sheet.xlsx"));
    WorkbookWriter writer(path);
    QVERIFY(writer.open(&error));
    writer.addSheet(QStringLiteral("form_submissions"), staged, columns,
                    spec("form_submissions").typesOfColumns(columns), *added, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    writer.setSummary({QStringLiteral("x")}, {}, {}, {}, {});
    QVERIFY2(writer.close(&error), qPrintable(error));
    const XlsxReadBack book = XlsxReadBack::read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QHash<int, XlsxCell>> &rows = book.sheets.value(QStringLiteral("form_submissions"));
    const int base = int(columns.size());
    QCOMPARE(rows.value(0).value(base + 2).value, QStringLiteral("form_data.best time to call"));
    QCOMPARE(rows.value(2).value(base + 2).value, QStringLiteral("Morning"));
    QCOMPARE(rows.value(2).value(base + 1).value, QStringLiteral("=Bo")); // text, never a formula
    QVERIFY(!rows.value(3).contains(base));
}

namespace {

/// A DatabaseExport of one form submissions file, as a run's end makes it.
bool loadForms(const ExtractionOptions &options, const QString &staged, QString *notes)
{
    RunPlan plan;
    plan.accounts = {AccountInfo{QStringLiteral("ACC1"), QStringLiteral("Acme")}};
    RunSummary summary;
    EndpointResult r;
    r.accountId = QStringLiteral("ACC1");
    r.endpoint = QStringLiteral("form_submissions");
    r.outcome = EndpointOutcome::Complete;
    r.file.path = staged;
    r.file.format = OutputFormat::JsonLines;
    r.file.columns = spec("form_submissions").columns({});
    r.file.complete = true;
    summary.endpoints = {r};
    const bool whole = DatabaseExport::write(plan, summary, options, [](LogLevel, const QString &) {});
    *notes = summary.outputNotes.join(QLatin1Char(' '));
    return whole;
}

QList<QJsonObject> secondLoad()
{
    QList<QJsonObject> forms = threeForms();
    forms[0].insert(QStringLiteral("form_data"),
                    QJsonObject{{QStringLiteral("your_name"), QStringLiteral("Ann B.")},
                                {QStringLiteral("email_address"), QStringLiteral("a@x.example")}});
    // A field the catalogue does not know arrives: a column of its own in the table, added to it; a nested
    // one stays in other_fields.
    forms[1].insert(QStringLiteral("lead_score"), 42);
    forms[1].insert(QStringLiteral("brand_new"), QJsonObject{{QStringLiteral("a"), 1}});
    return forms;
}

} // namespace

void TestAddedColumns::formFieldsInSqliteMergedOnASecondLoad()
{
    QTemporaryDir dir;
    ExtractionOptions options;
    options.outputDir = dir.path();
    options.typedOutput = TypedOutput::SqliteDatabase;
    const QString staged = dir.filePath(QStringLiteral("form_submissions.jsonl"));
    QString notes;
    QVERIFY(writeJsonLines(staged, threeForms()));
    QVERIFY2(loadForms(options, staged, &notes), qPrintable(notes));
    QVERIFY(writeJsonLines(staged, secondLoad()));
    QVERIFY2(loadForms(options, staged, &notes), qPrintable(notes));
    QVERIFY(!QFile::exists(staged + QStringLiteral(".form_fields.partial")));
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forms"));
        db.setDatabaseName(dir.filePath(DatabaseExport::fileName()));
        QVERIFY(db.open());
        QSqlQuery query(
            QStringLiteral("SELECT form_submission_id, field, value FROM form_fields ORDER BY id"), db);
        while (query.next())
            rows << QStringLiteral("%1|%2|%3")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        QSqlQuery unknown(
            QStringLiteral("SELECT id, lead_score, other_fields FROM form_submissions ORDER BY id"), db);
        QStringList scores;
        while (unknown.next())
            scores << QStringLiteral("%1|%2|%3")
                          .arg(unknown.value(0).toString(), unknown.value(1).toString(),
                               unknown.value(2).toString());
        QCOMPARE(scores,
                 QStringList({QStringLiteral("FOR1||"), QStringLiteral(R"(FOR2|42|{"brand_new":{"a":1}})"),
                              QStringLiteral("FOR3||")}));
        QSqlQuery json(QStringLiteral("SELECT form_data FROM form_submissions WHERE id = 'FOR2'"), db);
        QVERIFY(json.next());
        QVERIFY(json.value(0).toString().contains(QStringLiteral("Morning"))); // the JSON column stays
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forms"));
    QCOMPARE(rows,
             QStringList(
                 {QStringLiteral("FOR1|email_address|a@x.example"), QStringLiteral("FOR1|your_name|Ann B."),
                  QStringLiteral("FOR2|best time to call|Morning"), QStringLiteral("FOR2|your_name|=Bo")}));
}

void TestAddedColumns::formFieldsInPostgresMergedOnASecondLoad()
{
    PostgresServer server;
    bool skip = false;
    const QString why = startTestServer(server, &skip);
    if (skip)
        QSKIP(qPrintable(why));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTemporaryDir dir;
    ExtractionOptions options;
    options.outputDir = dir.path();
    options.typedOutput = TypedOutput::PostgresDatabase;
    options.databaseConnection = server.connInfo();
    options.databasePassword = PostgresServer::password();
    options.databaseSchema = QStringLiteral("forms");
    const QString staged = dir.filePath(QStringLiteral("form_submissions.jsonl"));
    QString notes;
    QVERIFY(writeJsonLines(staged, threeForms()));
    QVERIFY2(loadForms(options, staged, &notes), qPrintable(notes));
    QVERIFY(writeJsonLines(staged, secondLoad()));
    QVERIFY2(loadForms(options, staged, &notes), qPrintable(notes));
    PostgresReadBack db(server.connInfo());
    QVERIFY(db.isOpen());
    QCOMPARE(
        db.rows(QStringLiteral("SELECT form_submission_id, field, value FROM forms.form_fields ORDER BY id")),
        QStringList(
            {QStringLiteral("FOR1|email_address|a@x.example"), QStringLiteral("FOR1|your_name|Ann B."),
             QStringLiteral("FOR2|best time to call|Morning"), QStringLiteral("FOR2|your_name|=Bo")}));
    QCOMPARE(db.rows(QStringLiteral(
                 "SELECT id, lead_score, other_fields FROM forms.form_submissions ORDER BY id")),
             QStringList({QStringLiteral("FOR1|∅|∅"), QStringLiteral(R"(FOR2|42|{"brand_new":{"a":1}})"),
                          QStringLiteral("FOR3|∅|∅")})); // ∅: NULL, as PostgresReadBack prints it
}

QTEST_GUILESS_MAIN(TestAddedColumns)
#include "tst_addedcolumns.moc"
