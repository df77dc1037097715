// What the analyst saves as, after a run that staged JSON Lines (the window): the CSV made from the staged
// file is the CSV the run itself would have written, byte for byte, and every format is named once.

#include "ExtractionHarness.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "export/CsvFromJsonLines.h"
#include "export/SaveFormat.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

class TestSavedFormats : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatHasOneName();
    void csvFromStagedJsonLinesIsTheRunsCsv_data();
    void csvFromStagedJsonLinesIsTheRunsCsv();
    void anUnreadableFileIsSaid();
};

void TestSavedFormats::everyFormatHasOneName()
{
    QStringList names;
    for (const SaveFormat format : SaveFormats::all()) {
        const QString name = SaveFormats::name(format);
        QVERIFY(!names.contains(name));
        names << name;
        QCOMPARE(SaveFormats::parse(name), std::optional<SaveFormat>(format));
        QCOMPARE(SaveFormats::parse(QStringLiteral(" %1 ").arg(name.toUpper())),
                 std::optional<SaveFormat>(format));
        QVERIFY(!SaveFormats::title(format).isEmpty());
        QVERIFY(SaveFormats::namesInWords().contains(name));
    }
    QCOMPARE(SaveFormats::parse(QStringLiteral("excel")),
             std::optional<SaveFormat>(SaveFormat::ExcelWorkbook));
    QCOMPARE(SaveFormats::parse(QStringLiteral("ndjson")), std::optional<SaveFormat>(SaveFormat::JsonLines));
    QVERIFY(!SaveFormats::parse(QStringLiteral("pdf")));
    // A typed output is built from the lossless staged files.
    QCOMPARE(SaveFormats::fileFormat(SaveFormat::ExcelWorkbook), OutputFormat::JsonLines);
    QCOMPARE(SaveFormats::fileFormat(SaveFormat::Csv), OutputFormat::Csv);
}

void TestSavedFormats::csvFromStagedJsonLinesIsTheRunsCsv_data()
{
    QTest::addColumn<bool>("excelSafe");
    QTest::addColumn<bool>("bom");
    QTest::newRow("Excel-safe, BOM") << true << true;
    QTest::newRow("as sent, no BOM") << false << false;
}

void TestSavedFormats::csvFromStagedJsonLinesIsTheRunsCsv()
{
    QFETCH(bool, excelSafe);
    QFETCH(bool, bom);
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    // Every optional field too: nested objects, arrays and text that needs quoting or a formula guard.
    for (EndpointSelection &selection : options.endpoints) {
        for (const FieldSpec &field : EndpointCatalogue::find(selection.name)->optionalFields)
            selection.fields << field.name;
    }
    options.exportOptions.excelSafe = excelSafe;
    options.exportOptions.byteOrderMark = bom;
    QTemporaryDir csvRun;
    QTemporaryDir jsonRun;
    options.outputDir = csvRun.path();
    options.exportOptions.format = OutputFormat::Csv;
    const RunSummary csv = harness.run(options);
    QVERIFY(csv.allComplete());
    options.outputDir = jsonRun.path();
    options.exportOptions.format = OutputFormat::JsonLines;
    const RunSummary json = harness.run(options);
    QVERIFY(json.allComplete());
    QCOMPARE(json.endpoints.size(), EndpointCatalogue::all().size());

    int compared = 0;
    for (const EndpointResult &staged : json.endpoints) {
        const auto same =
            std::find_if(csv.endpoints.begin(), csv.endpoints.end(), [&](const EndpointResult &r) {
                return r.endpoint == staged.endpoint && r.accountId == staged.accountId;
            });
        QVERIFY(same != csv.endpoints.end());
        QByteArray made;
        QBuffer out(&made);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        qint64 rows = -1;
        QVERIFY2(CsvFromJsonLines::write(staged.file.path, staged.file.columns, options.exportOptions, out,
                                         &error, &rows),
                 qPrintable(error));
        QCOMPARE(rows, staged.records);
        const QByteArray written = readAll(same->file.path);
        QVERIFY2(made == written, qPrintable(staged.endpoint));
        QCOMPARE(made.startsWith("\xEF\xBB\xBF"), bom);
        ++compared;
    }
    QCOMPARE(compared, int(EndpointCatalogue::all().size()));
}

void TestSavedFormats::anUnreadableFileIsSaid()
{
    QByteArray made;
    QBuffer out(&made);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(!CsvFromJsonLines::write(QStringLiteral("/nonexistent/calls.jsonl"), {QStringLiteral("id")},
                                     ExportOptions(), out, &error));
    QVERIFY2(error.contains(QStringLiteral("calls.jsonl")), qPrintable(error));
}

QTEST_MAIN(TestSavedFormats)
#include "tst_savedformats.moc"
