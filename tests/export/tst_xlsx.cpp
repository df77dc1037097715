// The Excel workbook (--format xlsx): every endpoint read back equals its records, cells keep their types,
// Excel's limits are handled visibly, and text never becomes a formula.

#include "ExtractionHarness.h"
#include "SpreadReference.h"
#include "TestEnvironment.h"
#include "XlsxReadBack.h"

#include "api/EndpointCatalogue.h"
#include "engine/WorkbookExport.h"
#include "export/JsonRecordCells.h"
#include "export/WorkbookWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const EndpointSpec &calls()
{
    return *EndpointCatalogue::find(QStringLiteral("calls"));
}

/// Compares one cell read back with the flattened value of its record, by the column's type.
QString mismatch(const XlsxCell *cell, const QString &sent, ColumnType type)
{
    // A workbook's text ends at a NUL (as libxlsxwriter's C strings did): a form field may hold one.
    const QString text = sent.left(sent.indexOf(QChar(u'\0')));
    if (text.isEmpty())
        return cell ? QStringLiteral("expected a blank cell, got \"%1\"").arg(cell->value) : QString();
    if (!cell)
        return QStringLiteral("expected \"%1\", got a blank cell").arg(text);
    if (cell->formula)
        return QStringLiteral("a formula");
    bool numeric = false;
    const double number = text.toDouble(&numeric);
    const QDateTime time = QDateTime::fromString(text.left(19), Qt::ISODate);
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        if (numeric)
            return cell->kind == XlsxCell::Kind::Number && cell->value.toDouble() == number
                       ? QString()
                       : QStringLiteral("expected the number %1, got \"%2\"").arg(text, cell->value);
        break;
    case ColumnType::Boolean:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return cell->kind == XlsxCell::Kind::Boolean &&
                           cell->value ==
                               (text == QLatin1String("true") ? QLatin1String("1") : QLatin1String("0"))
                       ? QString()
                       : QStringLiteral("expected the boolean %1, got \"%2\"").arg(text, cell->value);
        break;
    case ColumnType::Timestamp:
        if (time.isValid()) {
            // The record's own local time: the wall-clock digits CallRail sent, offset dropped.
            const double milliseconds = text.size() > 20 && text.at(19) == QLatin1Char('.')
                                            ? QStringView(text).mid(20, 3).toDouble() / 1000.0
                                            : 0.0;
            const double expected = XlsxReadBack::serial(
                time.date().year(), time.date().month(), time.date().day(), time.time().hour(),
                time.time().minute(), time.time().second() + milliseconds);
            return cell->kind == XlsxCell::Kind::DateTime && qAbs(cell->value.toDouble() - expected) < 1e-7
                       ? QString()
                       : QStringLiteral("expected the date-time %1, got \"%2\"").arg(text, cell->value);
        }
        break;
    case ColumnType::Date:
        if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid()) {
            const double expected = XlsxReadBack::serial(day.year(), day.month(), day.day(), 0, 0, 0);
            return cell->kind == XlsxCell::Kind::DateTime && cell->value.toDouble() == expected
                       ? QString()
                       : QStringLiteral("expected the date %1, got \"%2\"").arg(text, cell->value);
        }
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return cell->kind == XlsxCell::Kind::Text && cell->value == text
               ? QString()
               : QStringLiteral("expected the text \"%1\", got \"%2\"").arg(text, cell->value);
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void catalogueTypesEveryColumnOnce();
    void everyEndpointReadsBackAsItsRecords();
    void typedCellsKeepWhatACsvLoses();
    void milestoneDatesAreDateTimes();
    void longTextIsCutVisibly();
    void rowsContinueOnANewSheet();
    void limitsReachedInARunAreReported();
    void unwritableFolderIsSaidAndNothingIsLeft();
};

void TestXlsx::catalogueTypesEveryColumnOnce()
{
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        const QStringList columns = spec.columns(spec.optionalFieldNames());
        QCOMPARE(spec.columnTypes(spec.optionalFieldNames()).size(), columns.size());
        QCOMPARE(spec.columnType(QStringLiteral("id")), ColumnType::Identifier);
        QCOMPARE(spec.columnType(QString::fromLatin1(kOtherFieldsColumn)), ColumnType::Json);
    }
    QCOMPARE(calls().columnType(QStringLiteral("customer_phone_number")), ColumnType::Identifier);
    QCOMPARE(calls().columnType(QStringLiteral("duration")), ColumnType::Integer);
    QCOMPARE(calls().columnType(QStringLiteral("answered")), ColumnType::Boolean);
    QCOMPARE(calls().columnType(QStringLiteral("start_time")), ColumnType::Timestamp);
    QCOMPARE(calls().columnType(QStringLiteral("source")), ColumnType::Text);
    const EndpointSpec &trackers = *EndpointCatalogue::find(QStringLiteral("trackers"));
    QCOMPARE(trackers.columnType(QStringLiteral("source")), ColumnType::Json); // an object there
    QCOMPARE(trackers.columnType(QStringLiteral("company.id")), ColumnType::Identifier);
    QCOMPARE(trackers.columnType(QStringLiteral("call_flow.recording_enabled")), ColumnType::Boolean);
    // Three levels deep, by the milestone's own names.
    QCOMPARE(calls().columnType(QStringLiteral("milestones.first_touch.event_date")), ColumnType::Timestamp);
    QCOMPARE(calls().columnType(QStringLiteral("milestones.qualified.source")), ColumnType::Text);
    QCOMPARE(calls().columnType(QStringLiteral("milestones.last_touch.landing_page_url_params")),
             ColumnType::Json);
    // One cell of JSON in an export an earlier version made (a refresh keeps its columns).
    QCOMPARE(calls().columnType(QStringLiteral("milestones")), ColumnType::Json);
    const EndpointSpec &leads = *EndpointCatalogue::find(QStringLiteral("leads"));
    QCOMPARE(leads.columnType(QStringLiteral("phone")), ColumnType::Identifier);
    QCOMPARE(leads.columnType(QStringLiteral("email")), ColumnType::Text);
    QCOMPARE(leads.columnType(QStringLiteral("created_at")), ColumnType::Timestamp);
    QCOMPARE(columnTypeName(ColumnType::Timestamp), QStringLiteral("timestamp"));
}

void TestXlsx::everyEndpointReadsBackAsItsRecords()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.exportOptions.format = OutputFormat::JsonLines;
    options.typedOutput = TypedOutput::ExcelWorkbook;
    for (EndpointSelection &selection : options.endpoints) {
        if (selection.name == QLatin1String("calls") || selection.name == QLatin1String("form_submissions"))
            selection.fields = {QStringLiteral("milestones")}; // columns three levels deep
    }
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.endpoints.size(), EndpointCatalogue::all().size());
    const QString path = QDir(options.outputDir).filePath(WorkbookExport::fileName(QString(), false));
    QCOMPARE(summary.workbooks, QStringList{path});
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));

    QString error;
    const XlsxReadBack book = XlsxReadBack::read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(book.sheetNames.value(0), QStringLiteral("Summary"));
    QVERIFY(book.parts.contains(QStringLiteral("xl/charts/chart1.xml"))); // calls per day
    qsizetype plusSeen = 0;
    for (const EndpointResult &r : summary.endpoints) {
        QVERIFY2(book.sheets.contains(r.endpoint), qPrintable(r.endpoint));
        QVERIFY2(book.frozen.contains(r.endpoint) && book.filtered.contains(r.endpoint),
                 qPrintable(r.endpoint));
        const EndpointSpec &spec = *EndpointCatalogue::find(r.endpoint);
        // The catalogue's columns, then the added ones (text), spread from the JSON cells.
        const QStringList columns = r.file.columns + r.file.addedColumns;
        QList<ColumnType> types = spec.typesOfColumns(r.file.columns);
        types.append(QList<ColumnType>(r.file.addedColumns.size(), ColumnType::Text));
        const QList<QHash<int, XlsxCell>> &rows = book.sheets.value(r.endpoint);
        for (qsizetype c = 0; c < columns.size(); ++c)
            QCOMPARE(rows.value(0).value(int(c)).value, columns.at(c));
        if (r.endpoint == QLatin1String("form_submissions")) // the imitation's forms ask different questions
            QVERIFY2(r.file.addedColumns.contains(QStringLiteral("form_data.best time to call")),
                     qPrintable(r.file.addedColumns.join(QLatin1Char(','))));

        QFile file(r.file.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        JsonRecordCells flatten(r.file.columns);
        qsizetype row = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            ++row;
            const auto unspread = flatten.cells(line);
            QVERIFY(unspread);
            const std::optional<QStringList> cells =
                test::spreadReference(r.file.columns, r.file.addedColumns, *unspread);
            const QHash<int, XlsxCell> &read = rows.value(row);
            for (qsizetype c = 0; c < cells->size(); ++c) {
                const QString problem = mismatch(read.contains(int(c)) ? &*read.constFind(int(c)) : nullptr,
                                                 cells->at(c), types.at(c));
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 row %2 %3: %4")
                                                           .arg(r.endpoint)
                                                           .arg(row)
                                                           .arg(columns.at(c), problem)));
                if (types.at(c) == ColumnType::Identifier && cells->at(c).startsWith(QLatin1Char('+')))
                    ++plusSeen;
            }
        }
        QCOMPARE(row, qsizetype(r.records));
        QCOMPARE(rows.size(), row + 1);
    }
    QVERIFY(plusSeen > 0); // phone numbers kept their "+" as text

    // summary.json names the workbook; the Summary sheet says what the export note says.
    QFile summaryFile(QDir(options.outputDir).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("workbooks")).toArray().first().toString(),
             QStringLiteral("callrail.xlsx"));
    QStringList summaryText;
    for (const auto &cells : book.sheets.value(QStringLiteral("Summary")))
        summaryText << cells.value(0).value;
    QVERIFY(summaryText.join(QLatin1Char('\n')).contains(QStringLiteral("Excel workbook (callrail.xlsx)")));
    QVERIFY(summaryText.join(QLatin1Char('\n')).contains(QStringLiteral("local times")));
}

void TestXlsx::typedCellsKeepWhatACsvLoses()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({QStringLiteral("value")});
    const QString source = writeLines(
        dir.filePath(QStringLiteral("calls.jsonl")),
        {R"j({"id":"0071","customer_phone_number":"+14045550123","duration":42,)j"
         R"j("recording_duration":"27","answered":true,"voicemail":false,)j"
         R"j("start_time":"2026-03-02T09:14:07.512-05:00",)j"
         R"j("customer_name":"=HYPERLINK(\"http://x\",\"y\")","customer_city":"-2+3","value":12.5})j",
         R"j({"id":"0072","duration":null,"answered":null,"start_time":"2026-03-03T23:59:59Z",)j"
         R"j("customer_name":"@SUM(A1)","value":"not a number"})j"});
    WorkbookWriter writer(dir.filePath(QStringLiteral("t.xlsx")));
    QString error;
    QVERIFY(writer.open(&error));
    const SheetReport report =
        writer.addSheet(QStringLiteral("calls"), source, columns, calls().typesOfColumns(columns), {},
                        QStringLiteral("start_time"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.rows, 2);
    QCOMPARE(report.perDay.size(), 2);
    writer.setSummary({QStringLiteral("A summary")}, QStringLiteral("Date"), QStringLiteral("Calls"),
                      QStringLiteral("Calls per day"), report.perDay);
    QVERIFY2(writer.close(&error), qPrintable(error));

    const XlsxReadBack book = XlsxReadBack::read(dir.filePath(QStringLiteral("t.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto &rows = book.sheets.value(QStringLiteral("calls"));
    const auto cell = [&](int row, const char *column) {
        return rows.value(row).value(int(columns.indexOf(QLatin1String(column))));
    };
    QCOMPARE(cell(1, "id").kind, XlsxCell::Kind::Text);
    QCOMPARE(cell(1, "id").value, QStringLiteral("0071"));
    QCOMPARE(cell(1, "customer_phone_number").kind, XlsxCell::Kind::Text);
    QCOMPARE(cell(1, "customer_phone_number").value, QStringLiteral("+14045550123"));
    QCOMPARE(cell(1, "duration").kind, XlsxCell::Kind::Number);
    QCOMPARE(cell(1, "duration").value, QStringLiteral("42"));
    QCOMPARE(cell(1, "recording_duration").kind, XlsxCell::Kind::Number);
    QCOMPARE(cell(1, "value").value.toDouble(), 12.5);
    QCOMPARE(cell(1, "answered").kind, XlsxCell::Kind::Boolean);
    QCOMPARE(cell(1, "answered").value, QStringLiteral("1"));
    QCOMPARE(cell(1, "voicemail").value, QStringLiteral("0"));
    QCOMPARE(cell(1, "start_time").kind, XlsxCell::Kind::DateTime);
    QVERIFY(qAbs(cell(1, "start_time").value.toDouble() - XlsxReadBack::serial(2026, 3, 2, 9, 14, 7.512)) <
            1e-8);
    QVERIFY(qAbs(cell(2, "start_time").value.toDouble() - XlsxReadBack::serial(2026, 3, 3, 23, 59, 59)) <
            1e-8);
    // Formula-looking text stays text, exactly as sent.
    for (const char *column : {"customer_name", "customer_city"}) {
        QVERIFY(!cell(1, column).formula);
        QCOMPARE(cell(1, column).kind, XlsxCell::Kind::Text);
    }
    QCOMPARE(cell(1, "customer_name").value, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(cell(2, "customer_name").value, QStringLiteral("@SUM(A1)"));
    // Nulls are blank; a value that drifted from its type is kept as text rather than lost.
    QVERIFY(!rows.value(2).contains(int(columns.indexOf(QLatin1String("duration")))));
    QCOMPARE(cell(2, "value").kind, XlsxCell::Kind::Text);
    QCOMPARE(cell(2, "value").value, QStringLiteral("not a number"));
    QVERIFY(book.frozen.contains(QStringLiteral("calls")));
    QVERIFY(book.filtered.contains(QStringLiteral("calls")));
    QVERIFY(book.parts.contains(QStringLiteral("xl/charts/chart1.xml")));
    // The temporary files went in the folder and are gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestXlsx::milestoneDatesAreDateTimes()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({QStringLiteral("milestones")});
    // As CallRail's example (calls-single-milestones-keywords_spotted.json) has them, shortened; the
    // qualified milestone null, the last touch absent.
    const QString source = writeLines(
        dir.filePath(QStringLiteral("calls.jsonl")),
        {R"j({"id":"CAL1","start_time":"2017-01-24T11:27:48.119-05:00","milestones":{)j"
         R"j("first_touch":{"event_date":"2017-01-22T19:41:45.183-04:00","ad_position":null,)j"
         R"j("campaign":"US_branded","landing_page_url_params":{"gclid":"12345abgdef"},"source":"Google Ads"},)j"
         R"j("lead_created":{"event_date":"2017-01-24T11:27:48Z","url_utm_params":{}},"qualified":null}})j"});
    WorkbookWriter writer(dir.filePath(QStringLiteral("t.xlsx")));
    QString error;
    QVERIFY(writer.open(&error));
    const SheetReport report = writer.addSheet(QStringLiteral("calls"), source, columns,
                                               calls().typesOfColumns(columns), {}, QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.rows, 1);
    QVERIFY2(writer.close(&error), qPrintable(error));

    const XlsxReadBack book = XlsxReadBack::read(dir.filePath(QStringLiteral("t.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto &rows = book.sheets.value(QStringLiteral("calls"));
    const auto has = [&](const char *column) {
        return rows.value(1).contains(int(columns.indexOf(QLatin1String(column))));
    };
    const auto cell = [&](const char *column) {
        return rows.value(1).value(int(columns.indexOf(QLatin1String(column))));
    };
    QCOMPARE(
        rows.value(0).value(int(columns.indexOf(QLatin1String("milestones.first_touch.event_date")))).value,
        QStringLiteral("milestones.first_touch.event_date"));
    // The milestone's own local time, as start_time's.
    QCOMPARE(cell("milestones.first_touch.event_date").kind, XlsxCell::Kind::DateTime);
    QVERIFY(qAbs(cell("milestones.first_touch.event_date").value.toDouble() -
                 XlsxReadBack::serial(2017, 1, 22, 19, 41, 45.183)) < 1e-8);
    QCOMPARE(cell("milestones.lead_created.event_date").kind, XlsxCell::Kind::DateTime);
    QCOMPARE(cell("milestones.first_touch.source").kind, XlsxCell::Kind::Text);
    QCOMPARE(cell("milestones.first_touch.source").value, QStringLiteral("Google Ads"));
    QCOMPARE(cell("milestones.first_touch.landing_page_url_params").kind, XlsxCell::Kind::Text);
    QCOMPARE(cell("milestones.first_touch.landing_page_url_params").value,
             QStringLiteral(R"({"gclid":"12345abgdef"})"));
    QVERIFY(!has("milestones.first_touch.ad_position")); // null
    QCOMPARE(cell("milestones.lead_created.url_utm_params").value, QStringLiteral("{}"));
    QVERIFY(!has("milestones.qualified.event_date"));
    QVERIFY(!has("milestones.last_touch.source"));
    QVERIFY(!has("other_fields"));
}

void TestXlsx::longTextIsCutVisibly()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    const QString longName = QString(300, QChar(0x00E9)); // "é": two bytes, one character
    const QString source = writeLines(dir.filePath(QStringLiteral("calls.jsonl")),
                                      {QByteArray(R"({"id":"CAL1","customer_name":")") + longName.toUtf8() +
                                       R"(","customer_city":"short"})"});
    WorkbookLimits limits;
    limits.cellCharacters = 200;
    WorkbookWriter writer(dir.filePath(QStringLiteral("t.xlsx")), limits);
    QString error;
    QVERIFY(writer.open(&error));
    const SheetReport report = writer.addSheet(QStringLiteral("calls"), source, columns,
                                               calls().typesOfColumns(columns), {}, {}, &error);
    QVERIFY(writer.close(&error));
    QCOMPARE(report.cutCells, 1);
    const XlsxReadBack book = XlsxReadBack::read(dir.filePath(QStringLiteral("t.xlsx")), &error);
    const QString cut = book.sheets.value(QStringLiteral("calls"))
                            .value(1)
                            .value(int(columns.indexOf(QStringLiteral("customer_name"))))
                            .value;
    QCOMPARE(cut.size(), 200);
    QVERIFY(cut.endsWith(WorkbookWriter::cutMarker()));
    QVERIFY(cut.startsWith(longName.left(50)));
}

void TestXlsx::rowsContinueOnANewSheet()
{
    QTemporaryDir dir;
    const QStringList columns = calls().columns({});
    QList<QByteArray> lines;
    for (int i = 1; i <= 7; ++i)
        lines << QStringLiteral(R"({"id":"CAL%1"})").arg(i).toUtf8();
    const QString source = writeLines(dir.filePath(QStringLiteral("calls.jsonl")), lines);
    WorkbookLimits limits;
    limits.rowsPerSheet = 3;
    WorkbookWriter writer(dir.filePath(QStringLiteral("t.xlsx")), limits);
    QString error;
    QVERIFY(writer.open(&error));
    const SheetReport report = writer.addSheet(QStringLiteral("calls"), source, columns,
                                               calls().typesOfColumns(columns), {}, {}, &error);
    QVERIFY(writer.close(&error));
    const QStringList expected{QStringLiteral("calls"), QStringLiteral("calls (2)"),
                               QStringLiteral("calls (3)")};
    QCOMPARE(report.sheets, expected);
    const XlsxReadBack book = XlsxReadBack::read(dir.filePath(QStringLiteral("t.xlsx")), &error);
    QCOMPARE(book.sheetNames.mid(1), expected);
    QStringList ids;
    for (const QString &sheet : expected) {
        const auto &rows = book.sheets.value(sheet);
        QCOMPARE(rows.value(0).value(0).value, QStringLiteral("id")); // each part has its header
        QVERIFY(book.frozen.contains(sheet));
        for (qsizetype row = 1; row < rows.size(); ++row)
            ids << rows.at(row).value(0).value;
    }
    QCOMPARE(book.sheets.value(QStringLiteral("calls (3)")).size(), 2);
    QCOMPARE(ids.size(), 7);
    QCOMPARE(ids.last(), QStringLiteral("CAL7"));
}

void TestXlsx::limitsReachedInARunAreReported()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.exportOptions.format = OutputFormat::JsonLines;
    options.typedOutput = TypedOutput::ExcelWorkbook;
    options.workbookLimits.rowsPerSheet = 50;
    options.workbookLimits.cellCharacters = 60; // recording URLs are longer
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QVERIFY(summary.endpoints.constFirst().records > 50);
    QCOMPARE(summary.outputNotes.size(), 2);
    QVERIFY(summary.outputNotes.at(0).contains(QStringLiteral("continued on calls (2)")));
    QVERIFY(summary.outputNotes.at(1).contains(QStringLiteral("calls.jsonl")));
    QFile note(QDir(options.outputDir).filePath(QStringLiteral("export-note.txt")));
    QVERIFY(note.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(note.readAll()).contains(summary.outputNotes.at(1)));
    QFile summaryFile(QDir(options.outputDir).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("output_notes")).toArray().size(), 2);
}

void TestXlsx::unwritableFolderIsSaidAndNothingIsLeft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/t.xlsx"));
    WorkbookWriter writer(path);
    QString error;
    QVERIFY(!writer.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
