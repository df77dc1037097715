// The page encoder writes what a user opens: CSV rows and JSON Lines, straight from the parsed answer. It
// must give byte for byte what the files were first written with (Qt's JSON: keys sorted, Qt's number
// formats), checked here against a reference built on QJsonDocument over awkward values and the whole demo
// data set.
#include "api/EndpointCatalogue.h"
#include "api/JsonPage.h"
#include "export/CsvReader.h"
#include "export/CsvWriter.h"
#include "export/PageEncoder.h"
#include "export/RecordFlattener.h"
#include "imitation/ImitationDataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace callrail;

namespace {

const char *const kAwkwardValues[] = {
    // strings
    R"("plain")", R"("\"quoted\", with a comma")", R"("line\nbreak\r\n")", R"("tab\there")",
    R"("\u0001\u001f\u007f")", R"("é € 😀 中文")", R"("  spaced  ")", R"x("=SUM(A1)")x", R"("+14045550123")",
    R"("-12.5")", R"("@cmd")", R"("")", R"("back\\slash \/ slash")", R"("\u00e9 escaped")",
    // numbers
    "0", "-0", "-0.0", "1.0", "2.5", "1e300", "1e-7", "1e15", "1E5", "12345678901234567890",
    "9007199254740993", "-9223372036854775808", "9223372036854775807", "18446744073709551615", "0.1",
    "123456789.125", "1.5e-300", "-1e15", "4.35", "1.152921504606846976e18", "-4.611686018427387904e18",
    "1e19", "1.8446744073709552e19", "1e17",
    // others
    "true", "false", "null",
    // arrays
    "[]", R"([1,"a",null,true,2.5])", "[[1,2],[3]]", "[{}]", R"([{"b":1,"a":2}])", "[[]]", R"(["x; y","z"])",
    // objects: unsorted, repeated keys, non-ASCII keys in UTF-16 order, nesting
    "{}", R"({"b":1,"a":[1,{"d":null,"c":"x"}]})", R"({"a":1,"a":2})", R"({"z":{},"é":1,"e":2})",
    R"({"\u00e9":1,"\ud83d\ude00":2,"\uffff":3,"\ue000":4})", R"({"k":"v\"q, \n"})",
    R"({"n":[0,-0,1.0,1e15,12345678901234567890,0.1]})"};

/// A cell as the rules say, from Qt's parse of the value.
QString referenceCell(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (!value.isArray())
        return scalarToText(value);
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isArray() || item.isObject())
            return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    QStringList parts;
    for (const QJsonValue &item : array)
        parts.append(scalarToText(item));
    return parts.join(QLatin1String("; "));
}

/// The cells of a record as the rules say, computed from QJsonObject (the way the files were first written).
QStringList referenceCells(const QStringList &columns, const QJsonObject &record)
{
    QStringList cells(columns.size());
    // Every object a dotted column lies in: "a" and "a.b" for "a.b.c".
    QSet<QString> objects;
    for (const QString &column : columns) {
        for (qsizetype dot = column.indexOf(QLatin1Char('.')); dot >= 0;
             dot = column.indexOf(QLatin1Char('.'), dot + 1))
            objects.insert(column.left(dot));
    }
    QJsonObject extras;
    // The value at a dotted path goes to its column (a plain column holds it whole), is spread further when
    // an object holds dotted columns, or is an extra.
    const std::function<void(const QString &, const QJsonValue &)> place = [&](const QString &path,
                                                                               const QJsonValue &value) {
        const qsizetype column = path == QLatin1String(kOtherFieldsColumn) ? -1 : columns.indexOf(path);
        if (column >= 0) {
            cells[column] = referenceCell(value);
        } else if (!objects.contains(path) || !(value.isObject() || value.isNull())) {
            extras.insert(path, value);
        } else {
            const QJsonObject object = value.toObject(); // null: nothing
            for (auto it = object.begin(); it != object.end(); ++it)
                place(path + QLatin1Char('.') + it.key(), it.value());
        }
    };
    for (auto it = record.begin(); it != record.end(); ++it)
        place(it.key(), it.value());
    const qsizetype other = columns.indexOf(QLatin1String(kOtherFieldsColumn));
    if (other >= 0 && !extras.isEmpty())
        cells[other] = QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact));
    return cells;
}

/// Qt's reading of a record, but for one thing Qt gets wrong: it drops U+FEFF at the start of a string
/// (taking it for a byte order mark), so it is given to Qt as an escape, which Qt keeps.
QJsonObject qtRead(const QByteArray &record)
{
    return QJsonDocument::fromJson(QByteArray(record).replace("\xEF\xBB\xBF", "\\ufeff")).object();
}

QByteArray referenceCsv(const QStringList &columns, const QList<QByteArray> &records, bool excelSafe)
{
    QString text;
    for (const QByteArray &record : records)
        CsvWriter::appendRow(text, referenceCells(columns, qtRead(record)), excelSafe);
    return text.toUtf8();
}

QByteArray referenceLines(const QList<QByteArray> &records)
{
    QByteArray lines;
    for (const QByteArray &record : records)
        lines += QJsonDocument(qtRead(record)).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

QByteArray pageOf(const QList<QByteArray> &records, const QByteArray &key = "records")
{
    QByteArray body =
        "{\"page\":1,\"total_records\":" + QByteArray::number(records.size()) + ",\"" + key + "\":[";
    for (qsizetype i = 0; i < records.size(); ++i)
        body += (i > 0 ? "," : "") + records.at(i);
    return body + "]}";
}

EncodedPage encode(PageEncoder &encoder, const QByteArray &body, const QString &companyId = QString())
{
    QString error;
    const auto page = JsonPage::parse(body, &error);
    if (!page)
        qFatal("page not parsed: %s", qPrintable(error));
    EncodedPage encoded;
    if (!encoder.encode(*page, QStringLiteral("records"), companyId, &encoded))
        qFatal("no records list");
    return encoded;
}

QByteArray bytesOf(const EncodedPage &page)
{
    return page.rowBytes(0, page.rows.size()).toByteArray();
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromUtf8(name));
    return result;
}

} // namespace

class TestPageEncoder : public QObject
{
    Q_OBJECT

private slots:
    void awkwardValuesAsQtWritesThem_data();
    void awkwardValuesAsQtWritesThem();
    void everyEndpointOfTheDemoData();
    void unknownFieldsGoToOtherFields();
    void rowsIdsAndSkippedEntries();
    void companyIdAddedWhenMissing();
    void largeIntegersAsQtReadsThem();
    void loneSurrogatesDoNotLoseThePage();
    void everyStringSurvivesByteForByte();
    void envelopeAndErrors();
};

void TestPageEncoder::awkwardValuesAsQtWritesThem_data()
{
    QTest::addColumn<bool>("excelSafe");
    QTest::newRow("excel-safe") << true;
    QTest::newRow("raw") << false;
}

void TestPageEncoder::awkwardValuesAsQtWritesThem()
{
    QFETCH(bool, excelSafe);
    // Every awkward value in a plain column, in a dotted one and inside other_fields, each in its own record.
    const QStringList columns = names({"id", "value", "obj.a", "obj.b", "other_fields"});
    QList<QByteArray> records;
    int n = 0;
    for (const char *value : kAwkwardValues) {
        const QByteArray v(value);
        const QByteArray id = "\"R" + QByteArray::number(++n) + "\"";
        records.append("{\"id\":" + id + ",\"value\":" + v + ",\"obj\":{\"b\":" + v + ",\"a\":" + v + "}}");
        records.append("{\"obj\":{\"zz\":" + v + ",\"a\":1},\"id\":" + id + ",\"extra\":" + v + "}");
    }
    PageEncoder csv(columns, ExportOptions{OutputFormat::Csv, excelSafe, false});
    const EncodedPage csvPage = encode(csv, pageOf(records));
    QCOMPARE(csvPage.rows.size(), records.size());
    const QList<QByteArray> expectedRows = referenceCsv(columns, records, excelSafe).split('\n');
    const QList<QByteArray> actualRows = bytesOf(csvPage).split('\n');
    QCOMPARE(actualRows.size(), expectedRows.size());
    for (qsizetype i = 0; i < expectedRows.size(); ++i)
        QCOMPARE(actualRows.at(i), expectedRows.at(i)); // row by row, so that a failure names the value

    PageEncoder lines(columns, ExportOptions{OutputFormat::JsonLines, false, false});
    QCOMPARE(bytesOf(encode(lines, pageOf(records))), referenceLines(records));

    // The preview of JSON Lines files flattens one line at a time: the same cells as the CSV.
    RecordFlattener preview(columns);
    for (const QByteArray &record : std::as_const(records))
        QCOMPARE(*preview.flattenJson(record), referenceCells(columns, qtRead(record)));
}

void TestPageEncoder::everyEndpointOfTheDemoData()
{
    DatasetConfig config;
    config.calls = 300;
    const ImitationDataset dataset(config);
    const QString account = dataset.accountIds().first();
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.isReport())
            continue; // not records of the data set but counts of them: tst_reports encodes them
        const QStringList fields = spec.optionalFieldNames();
        const QStringList columns = spec.columns(fields);
        QList<QByteArray> records;
        for (qint64 i = 0; i < 300; ++i) {
            const QJsonObject record = dataset.record(spec.name, account, i, fields);
            if (record.isEmpty())
                break;
            records.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
        }
        QVERIFY2(!records.isEmpty(), qPrintable(spec.name));
        PageEncoder csv(columns, ExportOptions{});
        QCOMPARE(bytesOf(encode(csv, pageOf(records))), referenceCsv(columns, records, true));
        PageEncoder lines(columns, ExportOptions{OutputFormat::JsonLines, false, false});
        QCOMPARE(bytesOf(encode(lines, pageOf(records))), referenceLines(records));
    }
}

void TestPageEncoder::unknownFieldsGoToOtherFields()
{
    const EndpointSpec *trackers = EndpointCatalogue::find(QStringLiteral("trackers"));
    QVERIFY(trackers);
    PageEncoder encoder(trackers->columns({}), ExportOptions{});
    const EncodedPage page =
        encode(encoder,
               pageOf({R"({"id":"TRK1","name":"A"})",
                       R"({"id":"TRK2","brand_new":1,"company":{"id":"COM1","extra":"x"},"zeta":{"k":[1]}})",
                       R"({"id":"TRK3","brand_new":2})"}));
    // Each new field once, in the order first seen, so that the log names it once.
    QCOMPARE(page.unexpectedFields, names({"brand_new", "company.extra", "zeta"}));
    const QByteArray rows = bytesOf(page);
    QVERIFY(rows.contains(R"("{""brand_new"":1,""company.extra"":""x"",""zeta"":{""k"":[1]}}")"));
    QVERIFY(rows.contains(R"("{""brand_new"":2}")"));
}

void TestPageEncoder::rowsIdsAndSkippedEntries()
{
    PageEncoder encoder(names({"id", "name", "other_fields"}), ExportOptions{});
    encoder.setKeepRecordJson(true);
    const EncodedPage page = encode(
        encoder, pageOf({R"({"id":"CAL1","name":"a"})", "17", R"({"id":4294967297,"name":"b"})",
                         R"({"name":"c"})", R"({"id":null})", "null", R"({"id":"CAL2","name":"x,y"})"}));
    QCOMPARE(page.skipped, 2);
    QCOMPARE(page.rows.size(), 5);
    QStringList ids;
    for (const EncodedPage::Row &row : page.rows)
        ids.append(row.id);
    QCOMPARE(ids, names({"CAL1", "4294967297", "", "", "CAL2"}));
    // Each row's bytes can be cut out on their own (duplicates and limits drop rows from a page).
    QCOMPARE(page.rowBytes(1, 2).toByteArray(), QByteArray("4294967297,b,\r\n"));
    QCOMPARE(page.rowBytes(4, 5).toByteArray(), QByteArray("CAL2,\"x,y\",\r\n"));
    QCOMPARE(page.rowBytes(0, 5).toByteArray(), bytesOf(page));
    QCOMPARE(page.rows.at(1).json, QByteArray(R"({"id":4294967297,"name":"b"})"));

    // Ids that the CSV quotes or guards against formulas are still the ids as sent (duplicates are found by
    // them, and a resumed run starts after them).
    const EncodedPage awkwardIds =
        encode(encoder, pageOf({R"({"id":"=1+2"})", R"({"id":"a,b"})", R"({"id":" x"})", R"({"id":"'q"})",
                                R"({"id":"q\"r"})", R"({"id":{"k":1}})", R"({"id":-5})"}));
    ids.clear();
    for (const EncodedPage::Row &row : awkwardIds.rows)
        ids.append(row.id);
    QCOMPARE(ids, names({"=1+2", "a,b", " x", "'q", "q\"r", R"({"k":1})", "-5"}));
    QCOMPARE(awkwardIds.rowBytes(0, 1).toByteArray(), QByteArray("'=1+2,,\r\n"));

    QString error;
    const auto noList = JsonPage::parse(R"({"page":1,"calls":{}})", &error);
    QVERIFY(noList);
    EncodedPage unused;
    QVERIFY(!encoder.encode(*noList, QStringLiteral("calls"), QString(), &unused));
    QVERIFY(!encoder.encode(*noList, QStringLiteral("records"), QString(), &unused));
}

void TestPageEncoder::companyIdAddedWhenMissing()
{
    const QStringList columns = names({"id", "company_id", "other_fields"});
    const QList<QByteArray> records = {R"({"id":"A"})", R"({"id":"B","company_id":null})",
                                       R"({"company_id":"COM9","id":"C"})"};
    PageEncoder csv(columns, ExportOptions{});
    QCOMPARE(bytesOf(encode(csv, pageOf(records), QStringLiteral("COM1"))),
             QByteArray("A,COM1,\r\nB,,\r\nC,COM9,\r\n"));
    PageEncoder lines(columns, ExportOptions{OutputFormat::JsonLines, false, false});
    QCOMPARE(bytesOf(encode(lines, pageOf(records), QStringLiteral("COM1"))),
             QByteArray(R"({"company_id":"COM1","id":"A"})"
                        "\n"
                        R"({"company_id":null,"id":"B"})"
                        "\n"
                        R"({"company_id":"COM9","id":"C"})"
                        "\n"));
    // Without a company_id column the added id still says whose the row is, in other_fields.
    PageEncoder noColumn(names({"id", "other_fields"}), ExportOptions{});
    QCOMPARE(bytesOf(encode(noColumn, pageOf({R"({"id":"A"})"}), QStringLiteral("COM1"))),
             QByteArray("A,\"{\"\"company_id\"\":\"\"COM1\"\"}\"\r\n"));
}

void TestPageEncoder::largeIntegersAsQtReadsThem()
{
    // simdjson refuses integers beyond 64 bits; JSON allows them, and they are read as Qt reads them (as
    // doubles), by rewriting only those numbers (JsonRepair), never by a more lenient parser.
    const QByteArray record =
        R"({"id":"A","value":123456789012345678901234567890,"obj":{"a":[123456789012345678901234567890,1]}})";
    PageEncoder csv(names({"id", "value", "obj", "other_fields"}), ExportOptions{});
    const QString expectedValue =
        scalarToText(QJsonDocument::fromJson(record).object().value(QStringLiteral("value")));
    QCOMPARE(expectedValue, QStringLiteral("1.2345678901234568e+29"));
    QCOMPARE(bytesOf(encode(csv, pageOf({record}))),
             referenceCsv(names({"id", "value", "obj", "other_fields"}), {record}, true));
}

void TestPageEncoder::loneSurrogatesDoNotLoseThePage()
{
    // JSON may escape half of a surrogate pair; simdjson refuses such text. The page is kept and the broken
    // character becomes U+FFFD; the rest is untouched (an escaped backslash before "ud800" is text).
    const QList<QByteArray> records = {R"({"id":"A","text":"x\ud800y"})",
                                       R"({"id":"B","text":"\\ud800 \ud83d\ude00"})"};
    PageEncoder csv(names({"id", "text", "other_fields"}), ExportOptions{});
    QCOMPARE(QString::fromUtf8(bytesOf(encode(csv, pageOf(records)))),
             QStringLiteral("A,x\uFFFDy,\r\nB,\\ud800 😀,\r\n"));
}

void TestPageEncoder::everyStringSurvivesByteForByte()
{
    // What CallRail sends is what the file holds: a leading U+FEFF (which QString::fromUtf8() would drop),
    // line and paragraph separators, an escaped NUL, emoji, combining marks; in values and in keys.
    const QStringList values = {QChar(0xFEFF) + QStringLiteral("Springfield"),
                                QStringLiteral(u"one\u2028two\u2029three"),
                                QStringLiteral("nul") + QChar(0) + QStringLiteral("byte"),
                                QStringLiteral(u"😀👩\u200D💻🇫🇷"),
                                QStringLiteral(u"Rene\u0301e n\u0303 a\u0308"),
                                QChar(0xFEFF) + QString(QChar(0xFEFF))};
    QList<QByteArray> records;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonObject record{{QStringLiteral("id"), QStringLiteral("R%1").arg(i)},
                                 {QStringLiteral("value"), values.at(i)},
                                 {QChar(0xFEFF) + QStringLiteral("key"), values.at(i)}};
        records.append(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    // JSON Lines: the very bytes Qt writes for these strings (U+FEFF and U+2028 raw, NUL as \u0000).
    PageEncoder lines(names({"id", "value", "other_fields"}),
                      ExportOptions{OutputFormat::JsonLines, false, false});
    QByteArray expectedLines;
    for (const QByteArray &record : std::as_const(records))
        expectedLines += record + '\n';
    QCOMPARE(bytesOf(encode(lines, pageOf(records))), expectedLines);
    QVERIFY(expectedLines.contains("\"\xEF\xBB\xBFSpringfield\""));
    QVERIFY(expectedLines.contains("nul\\u0000byte"));

    // CSV: each cell reads back as the very string, raw and Excel-safe alike.
    for (const bool excelSafe : {false, true}) {
        PageEncoder csv(names({"id", "value", "other_fields"}),
                        ExportOptions{OutputFormat::Csv, excelSafe, false});
        const QList<QStringList> rows = CsvReader::parseAll(bytesOf(encode(csv, pageOf(records))));
        QCOMPARE(rows.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QCOMPARE(rows.at(i).value(1), values.at(i));
            const QJsonObject other = qtRead(rows.at(i).value(2).toUtf8());
            QCOMPARE(other.value(QChar(0xFEFF) + QStringLiteral("key")).toString(), values.at(i));
        }
    }
}

void TestPageEncoder::envelopeAndErrors()
{
    QString error;
    const auto page = JsonPage::parse(
        R"({"page":2,"per_page":250,"total_pages":7,"total_records":1600,"has_next_page":true,)"
        R"("next_page":"https://api.callrail.com/v3/a/1/calls.json?page=3","calls":[{"id":"A"}],"meta":{}})",
        &error);
    QVERIFY(page);
    QCOMPARE(page->envelope().value(QStringLiteral("total_records")).toInteger(), 1600);
    QCOMPARE(page->envelope().value(QStringLiteral("has_next_page")).toBool(), true);
    QCOMPARE(page->envelope().value(QStringLiteral("next_page")).toString(),
             QStringLiteral("https://api.callrail.com/v3/a/1/calls.json?page=3"));
    QVERIFY(!page->envelope().contains(QStringLiteral("calls"))); // lists stay in the parsed page
    QVERIFY(page->hasArray(QStringLiteral("calls")));
    QVERIFY(!page->hasArray(QStringLiteral("meta")));
    QCOMPARE(page->toJsonObject().value(QStringLiteral("calls")).toArray().size(), 1);

    for (const QByteArray &bad : {QByteArray(R"({"calls":[)"), QByteArray("<html>502</html>"),
                                  QByteArray("[1,2]"), QByteArray(), QByteArray("{\"a\":\"\xff\"}")}) {
        error.clear();
        QVERIFY2(!JsonPage::parse(bad, &error), bad.constData());
        QVERIFY2(!error.isEmpty(), bad.constData());
    }
}

QTEST_GUILESS_MAIN(TestPageEncoder)
#include "tst_pageencoder.moc"
