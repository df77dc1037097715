// Flattening CallRail records into CSV cells: the columns a user sees in a spreadsheet.
#include "api/EndpointCatalogue.h"
#include "export/RecordFlattener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace callrail;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList cols(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromUtf8(name));
    return list;
}

/// The cells of a record given as a QJsonObject (its JSON text, as CallRail would send it).
QStringList flatten(RecordFlattener &flattener, const QJsonObject &record)
{
    const std::optional<QStringList> cells =
        flattener.flattenJson(QJsonDocument(record).toJson(QJsonDocument::Compact));
    if (!cells)
        qFatal("not flattened");
    return *cells;
}

QStringList unexpected(RecordFlattener &flattener, const QJsonObject &record)
{
    flatten(flattener, record);
    QStringList names;
    for (const std::string &name : flattener.unexpectedFields())
        names.append(QString::fromStdString(name));
    return names;
}

QString cell(const RecordFlattener &flattener, const QStringList &cells, const char *column)
{
    const qsizetype index = flattener.columns().indexOf(QString::fromUtf8(column));
    if (index < 0)
        qFatal("no column %s", column);
    return cells.at(index);
}

/// Sets record[path[0]][path[1]]… to value, making the objects on the way.
void insertAtPath(QJsonObject &record, QStringList path, const QString &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        record.insert(key, value);
        return;
    }
    QJsonObject inner = record.value(key).toObject();
    insertAtPath(inner, path, value);
    record.insert(key, inner);
}

} // namespace

class TestFlattener : public QObject
{
    Q_OBJECT

private slots:
    void scalarToText_data();
    void scalarToText();
    void cellsFollowColumnOrder();
    void idsAreText();
    void timestampsKeptVerbatim();
    void arrays();
    void objectsWithoutSubColumnsAreJson();
    void dottedColumnsFromCatalogue();
    void otherFieldsCollectsUnknownFields();
    void dottedObjectSentAsScalar();
    void threeLevelColumns();
    void threeLevelUnexpectedFields();
    void noOtherFieldsColumn();
    void everyCatalogueEndpoint();
    void notARecord();
};

void TestFlattener::scalarToText_data()
{
    QTest::addColumn<QByteArray>("json"); // an array holding one value, as parsed from the wire
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QByteArray(R"(["CAL8154748ae6bd4e278a7cddd38a662f4f"])")
                            << QStringLiteral("CAL8154748ae6bd4e278a7cddd38a662f4f");
    QTest::newRow("small int") << QByteArray("[13]") << QStringLiteral("13");
    QTest::newRow("legacy id") << QByteArray("[1932597]") << QStringLiteral("1932597");
    QTest::newRow("above 2^31") << QByteArray("[3000000001]") << QStringLiteral("3000000001");
    QTest::newRow("above 2^53") << QByteArray("[9007199254740993]") << QStringLiteral("9007199254740993");
    QTest::newRow("negative") << QByteArray("[-42]") << QStringLiteral("-42");
    QTest::newRow("zero") << QByteArray("[0]") << QStringLiteral("0");
    QTest::newRow("integral double") << QByteArray("[27.0]") << QStringLiteral("27");
    QTest::newRow("fraction") << QByteArray("[12.5]") << QStringLiteral("12.5");
    QTest::newRow("shortest") << QByteArray("[0.1]") << QStringLiteral("0.1");
    QTest::newRow("negative fraction") << QByteArray("[-0.25]") << QStringLiteral("-0.25");
    QTest::newRow("true") << QByteArray("[true]") << QStringLiteral("true");
    QTest::newRow("false") << QByteArray("[false]") << QStringLiteral("false");
    QTest::newRow("null") << QByteArray("[null]") << QString();
    QTest::newRow("empty string") << QByteArray(R"([""])") << QString();
    QTest::newRow("unicode") << QByteArray(R"(["Café 中文 😀"])") << QStringLiteral("Café 中文 😀");
}

void TestFlattener::scalarToText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(callrail::scalarToText(array.at(0)), text);
    QVERIFY(callrail::scalarToText(QJsonValue(QJsonValue::Undefined)).isEmpty());
}

void TestFlattener::cellsFollowColumnOrder()
{
    RecordFlattener flattener(cols({"name", "id", "missing", "answered", "other_fields"}));
    QCOMPARE(flattener.columns(), cols({"name", "id", "missing", "answered", "other_fields"}));
    const QStringList cells = flatten(flattener, parse(R"({"id":"CAL1","answered":false,"name":"Kim"})"));
    QCOMPARE(cells, QStringList({QStringLiteral("Kim"), QStringLiteral("CAL1"), QString(),
                                 QStringLiteral("false"), QString()}));
    QVERIFY(unexpected(flattener, parse(R"({"id":"CAL1"})")).isEmpty());
    // An empty record still gives one (empty) cell per column.
    QCOMPARE(flatten(flattener, QJsonObject()).size(), 5);
}

void TestFlattener::idsAreText()
{
    RecordFlattener flattener(cols({"id", "company_id", "tracker_id", "other_fields"}));
    // Mixed: modern string ids next to legacy numeric ones, as webhooks and old accounts send them.
    const QStringList cells = flatten(
        flattener,
        parse(
            R"({"id":4294967297,"company_id":"COM8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","tracker_id":354024023})"));
    QCOMPARE(cells.at(0), QStringLiteral("4294967297"));
    QCOMPARE(cells.at(1), QStringLiteral("COM8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"));
    QCOMPARE(cells.at(2), QStringLiteral("354024023"));
    QCOMPARE(cells.at(3), QString());
}

void TestFlattener::timestampsKeptVerbatim()
{
    RecordFlattener flattener(cols({"start_time", "created_at", "submitted_at", "last_message_at"}));
    const QStringList cells = flatten(
        flattener,
        parse(R"({"start_time":"2017-01-24T11:27:48.119-05:00","created_at":"2011-07-05T19:06:10Z",)"
              R"("submitted_at":"2016-10-10T00:00:00-0000","last_message_at":"2016-06-06T07:06:01.000Z"})"));
    QCOMPARE(cells, cols({"2017-01-24T11:27:48.119-05:00", "2011-07-05T19:06:10Z", "2016-10-10T00:00:00-0000",
                          "2016-06-06T07:06:01.000Z"}));
}

void TestFlattener::arrays()
{
    RecordFlattener flattener(
        cols({"tags", "tracking_numbers", "empty", "mixed", "objects", "nested", "other_fields"}));
    const QStringList cells = flatten(flattener, parse(R"({
        "tags":["New Client","VIP"],
        "tracking_numbers":["+14045550177","+14045550178"],
        "empty":[],
        "mixed":[1,"two",true,null,2.5],
        "objects":[{"id":"COM1","name":"Peachtree Dental"}],
        "nested":[[1,2],[3]]})"));
    QCOMPARE(cells.at(0), QStringLiteral("New Client; VIP"));
    QCOMPARE(cells.at(1), QStringLiteral("+14045550177; +14045550178"));
    QCOMPARE(cells.at(2), QString());
    QCOMPARE(cells.at(3), QStringLiteral("1; two; true; ; 2.5"));
    QCOMPARE(cells.at(4), QStringLiteral(R"([{"id":"COM1","name":"Peachtree Dental"}])"));
    QCOMPARE(cells.at(5), QStringLiteral("[[1,2],[3]]"));
    QCOMPARE(cells.at(6), QString());
}

void TestFlattener::objectsWithoutSubColumnsAreJson()
{
    RecordFlattener flattener(cols({"source", "form_data", "other_fields"}));
    const QStringList cells = flatten(
        flattener,
        parse(
            R"({"source":{"google":["paid","organic"]},"form_data":{"Name":"Dana, \"D\"","Budget":1500}})"));
    QCOMPARE(cells.at(0), QStringLiteral(R"({"google":["paid","organic"]})"));
    // The JSON text must parse back to the same object: nothing is lost in the cell.
    QCOMPARE(QJsonDocument::fromJson(cells.at(1).toUtf8()).object(),
             parse(R"({"Name":"Dana, \"D\"","Budget":1500})"));
    QCOMPARE(cells.at(2), QString());
}

void TestFlattener::dottedColumnsFromCatalogue()
{
    const EndpointSpec *trackers = EndpointCatalogue::find(QStringLiteral("trackers"));
    QVERIFY(trackers);
    RecordFlattener flattener(trackers->columns({}));
    QVERIFY(flattener.columns().contains(QStringLiteral("company.id")));
    const QJsonObject record = parse(R"({"id":"TRK3c4d","name":"Google Ads","type":"source","status":"active",
        "destination_number":"+14045550123","tracking_numbers":["+14045550177"],"whisper_message":null,
        "sms_enabled":true,"sms_supported":true,
        "company":{"id":"COM8d1e","name":"Peachtree Dental"},
        "call_flow":{"type":"advanced","recording_enabled":true,"initial_step_id":7,
                     "steps":[{"id":7,"type":"greeting"}]},
        "source":{"type":"search","search_engine":"google","search_type":"paid"},
        "created_at":"2024-05-14T13:30:02Z","disabled_at":null})");
    const QStringList cells = flatten(flattener, record);
    QCOMPARE(cells.size(), flattener.columns().size());
    QCOMPARE(cell(flattener, cells, "company.id"), QStringLiteral("COM8d1e"));
    QCOMPARE(cell(flattener, cells, "company.name"), QStringLiteral("Peachtree Dental"));
    QCOMPARE(cell(flattener, cells, "call_flow.type"), QStringLiteral("advanced"));
    QCOMPARE(cell(flattener, cells, "call_flow.recording_enabled"), QStringLiteral("true"));
    QCOMPARE(cell(flattener, cells, "call_flow.initial_step_id"), QStringLiteral("7"));
    QCOMPARE(cell(flattener, cells, "call_flow.steps"), QStringLiteral(R"([{"id":7,"type":"greeting"}])"));
    QCOMPARE(cell(flattener, cells, "call_flow.greeting_text"), QString());
    QCOMPARE(cell(flattener, cells, "tracking_numbers"), QStringLiteral("+14045550177"));
    QCOMPARE(cell(flattener, cells, "source"),
             QStringLiteral(R"({"search_engine":"google","search_type":"paid","type":"search"})"));
    QCOMPARE(cell(flattener, cells, "whisper_message"), QString());
    QCOMPARE(cell(flattener, cells, "other_fields"), QString());
    QVERIFY(unexpected(flattener, record).isEmpty());
}

void TestFlattener::otherFieldsCollectsUnknownFields()
{
    const EndpointSpec *trackers = EndpointCatalogue::find(QStringLiteral("trackers"));
    QVERIFY(trackers);
    RecordFlattener flattener(trackers->columns({}));
    const QJsonObject record = parse(
        R"({"id":"TRK1","brand_new":1,"company":{"id":"COM1","name":"A","extra":"x"},"zeta":{"k":[1]}})");
    const QStringList cells = flatten(flattener, record);
    QCOMPARE(cell(flattener, cells, "company.id"), QStringLiteral("COM1"));
    QCOMPARE(cell(flattener, cells, "other_fields"),
             QStringLiteral(R"({"brand_new":1,"company.extra":"x","zeta":{"k":[1]}})"));
    QStringList names = unexpected(flattener, record);
    names.sort();
    QCOMPARE(names, cols({"brand_new", "company.extra", "zeta"}));
}

void TestFlattener::dottedObjectSentAsScalar()
{
    RecordFlattener flattener(cols({"id", "company.id", "company.name", "other_fields"}));
    // A null object just leaves its columns empty…
    QCOMPARE(flatten(flattener, parse(R"({"id":"T1","company":null})")),
             QStringList({QStringLiteral("T1"), QString(), QString(), QString()}));
    // …but a value of another shape is kept whole rather than dropped.
    const QJsonObject record = parse(R"({"id":"T2","company":"COM9"})");
    QCOMPARE(flatten(flattener, record), QStringList({QStringLiteral("T2"), QString(), QString(),
                                                      QStringLiteral(R"({"company":"COM9"})")}));
    QCOMPARE(unexpected(flattener, record), cols({"company"}));
}

void TestFlattener::threeLevelColumns()
{
    RecordFlattener flattener(
        cols({"id", "milestones.first_touch.source", "milestones.first_touch.event_date",
              "milestones.first_touch.landing_page_url_params", "milestones.qualified.source",
              "milestones.last_touch.source", "other_fields"}));
    // The first touch as CallRail's example has it, the qualified milestone null, the last touch absent.
    const QJsonObject record = parse(R"({"id":"CAL1","milestones":{
        "first_touch":{"event_date":"2017-01-22T19:41:45.183-04:00","source":"Google Ads",
                       "landing_page_url_params":{"campaign":"US_branded","gclid":"12345abgdef"}},
        "qualified":null}})");
    QCOMPARE(flatten(flattener, record),
             QStringList({QStringLiteral("CAL1"), QStringLiteral("Google Ads"),
                          QStringLiteral("2017-01-22T19:41:45.183-04:00"),
                          QStringLiteral(R"({"campaign":"US_branded","gclid":"12345abgdef"})"), QString(),
                          QString(), QString()}));
    QVERIFY(unexpected(flattener, record).isEmpty());
    // milestones null, or a record without it: every milestone column empty.
    for (const char *json : {R"({"id":"CAL2","milestones":null})", R"({"id":"CAL3"})"}) {
        const QStringList cells = flatten(flattener, parse(json));
        QCOMPARE(cells.size(), 7);
        for (int i = 1; i < cells.size(); ++i)
            QVERIFY2(cells.at(i).isEmpty(), json);
    }
    // The hints of one record do not leak into the next: keys in another order still land in their cells.
    const QStringList reordered = flatten(
        flattener, parse(R"({"milestones":{"last_touch":{"source":"Direct"},"first_touch":{"source":"Bing",
            "event_date":null}},"id":"CAL4"})"));
    QCOMPARE(cell(flattener, reordered, "id"), QStringLiteral("CAL4"));
    QCOMPARE(cell(flattener, reordered, "milestones.first_touch.source"), QStringLiteral("Bing"));
    QCOMPARE(cell(flattener, reordered, "milestones.first_touch.event_date"), QString());
    QCOMPARE(cell(flattener, reordered, "milestones.last_touch.source"), QStringLiteral("Direct"));
}

void TestFlattener::threeLevelUnexpectedFields()
{
    RecordFlattener flattener(
        cols({"id", "milestones.first_touch.source", "milestones.last_touch.source", "other_fields"}));
    // Today's rule one level deeper: an unknown key is named by its dotted path, a declared object sent as
    // something else is kept whole under its own path.
    const QJsonObject record = parse(R"({"id":"CAL1","milestones":{
        "first_touch":{"source":"Google Ads","extra":2},
        "last_touch":"yesterday",
        "second_touch":{"source":"Bing"}}})");
    const QStringList cells = flatten(flattener, record);
    QCOMPARE(cell(flattener, cells, "milestones.first_touch.source"), QStringLiteral("Google Ads"));
    QCOMPARE(cell(flattener, cells, "milestones.last_touch.source"), QString());
    QCOMPARE(QJsonDocument::fromJson(cell(flattener, cells, "other_fields").toUtf8()).object(),
             parse(R"({"milestones.first_touch.extra":2,"milestones.last_touch":"yesterday",
                       "milestones.second_touch":{"source":"Bing"}})"));
    QStringList names = unexpected(flattener, record);
    names.sort();
    QCOMPARE(names,
             cols({"milestones.first_touch.extra", "milestones.last_touch", "milestones.second_touch"}));
    // In CSV form the cells are finished CSV fields: the nested JSON is quoted with its quotes doubled.
    flattener.setCsvFields(true);
    flatten(flattener, parse(R"({"id":"CAL2","milestones":{"first_touch":{"source":"Ads, \"paid\""}}})"));
    QCOMPARE(QString::fromStdString(std::string(flattener.cell(1))), QStringLiteral(R"("Ads, ""paid""")"));
}

void TestFlattener::noOtherFieldsColumn()
{
    // Without an other_fields column extra fields cannot be stored; they are still reported.
    RecordFlattener flattener(cols({"id"}));
    const QJsonObject record = parse(R"({"id":"X","brand_new":true})");
    QCOMPARE(flatten(flattener, record), cols({"X"}));
    QCOMPARE(unexpected(flattener, record), cols({"brand_new"}));
}

void TestFlattener::everyCatalogueEndpoint()
{
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        const QStringList columns = spec.columns(spec.optionalFieldNames());
        QCOMPARE(columns.last(), QString::fromLatin1(kOtherFieldsColumn));
        RecordFlattener flattener(columns);
        // A record with every column filled (dotted ones as objects, "a.b.c" as objects in objects)
        // flattens with nothing left over.
        QJsonObject record;
        for (const QString &column : columns) {
            if (column != QLatin1String(kOtherFieldsColumn))
                insertAtPath(record, column.split(QLatin1Char('.')), column + QLatin1String("-value"));
        }
        const QStringList cells = flatten(flattener, record);
        QCOMPARE(cells.size(), columns.size());
        QVERIFY2(unexpected(flattener, record).isEmpty(), qPrintable(spec.name));
        QCOMPARE(cells.last(), QString());
        for (int i = 0; i + 1 < columns.size(); ++i)
            QVERIFY2(!cells.at(i).isEmpty(), qPrintable(spec.name + QLatin1Char('/') + columns.at(i)));
    }
}

void TestFlattener::notARecord()
{
    // A JSON Lines preview line that is not a record is not turned into cells.
    RecordFlattener flattener(cols({"id", "other_fields"}));
    QVERIFY(!flattener.flattenJson("[1,2]"));
    QVERIFY(!flattener.flattenJson("{\"id\":"));
    QCOMPARE(*flattener.flattenJson(R"({"id":"A"})"), cols({"A", ""}));
}

QTEST_GUILESS_MAIN(TestFlattener)
#include "tst_flattener.moc"
