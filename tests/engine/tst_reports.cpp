// CallRail's reports (calls_summary, calls_timeseries, forms_summary) extracted against the imitation server:
// the requests they send, the rows they give, and their totals against the lists of the same window.

#include "ExtractionHarness.h"

#include "api/EndpointCatalogue.h"
#include "api/JsonPage.h"
#include "engine/PagePlan.h"
#include "engine/ReportRows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace callrail;
using namespace callrail::test;

namespace {

/// The rows of a CSV file as maps of column → cell.
QList<QHash<QString, QString>> rowsOf(const QString &path)
{
    const QList<QStringList> cells = ExtractionHarness::readCsv(path);
    QList<QHash<QString, QString>> rows;
    for (qsizetype r = 1; r < cells.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < cells.first().size(); ++c)
            row.insert(cells.first().at(c), cells.at(r).value(c));
        rows.append(row);
    }
    return rows;
}

/// The query of each request the server received for an endpoint, in order.
QList<QUrlQuery> queriesFor(const FakeCallRailServer &server, const QString &endpoint)
{
    QList<QUrlQuery> queries;
    for (const RequestRecord &record : server.requestLog()) {
        if (record.endpoint == endpoint)
            queries.append(QUrlQuery(record.query));
    }
    return queries;
}

qint64 sumOf(const QList<QHash<QString, QString>> &rows, const QString &column)
{
    qint64 sum = 0;
    for (const auto &row : rows)
        sum += row.value(column).toLongLong();
    return sum;
}

DatasetConfig longDataset()
{
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.spanDays = 420;
    config.calls = 2100;
    return config;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false")); }
    void timeSeriesIsAskedInSlicesOf200Points();
    void hourlyPointsJoinAcrossSlices();
    void summaryIsGroupedAsChosen();
    void summaryDefaultsToTheCataloguesGroupings();
    void summaryTotalsEqualTheListOfTheSameWindow();
    void formsSummaryCountsTheFormsOfTheWindow();
    void reportsAskForEveryMeasure();
    void aGroupingAReportDoesNotOfferIsRefused();
    void theTotalsAreReconciledWithTheLists();
    void aDifferenceIsAWarningWithBothNumbers();
    void aKeyGivenTwiceKeepsBothRows();
};

void TestReports::timeSeriesIsAskedInSlicesOf200Points()
{
    ExtractionHarness harness(longDataset());
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls_timeseries")},
                         EndpointSelection{QStringLiteral("calls")}};
    const QDate today = DateWindow::todayIn(options.dates.timeZone);
    options.dates.customStart = today.addDays(-399); // 400 days: more than one answer can hold
    const RunSummary summary = harness.run(options);
    const EndpointResult *series = ExtractionHarness::resultFor(summary, QStringLiteral("calls_timeseries"));
    QVERIFY(series);
    QCOMPARE(series->outcome, EndpointOutcome::Complete);

    // Two requests of 200 days, the second starting the day after the first ends.
    const QList<QUrlQuery> queries = queriesFor(harness.server(), QStringLiteral("calls_timeseries"));
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.at(0).queryItemValue(QStringLiteral("start_date")),
             options.dates.customStart.toString(Qt::ISODate));
    QCOMPARE(queries.at(0).queryItemValue(QStringLiteral("end_date")),
             options.dates.customStart.addDays(199).toString(Qt::ISODate));
    QCOMPARE(queries.at(1).queryItemValue(QStringLiteral("start_date")),
             options.dates.customStart.addDays(200).toString(Qt::ISODate));
    QCOMPARE(queries.at(1).queryItemValue(QStringLiteral("end_date")), today.toString(Qt::ISODate));
    QCOMPARE(queries.at(0).queryItemValue(QStringLiteral("interval")), QStringLiteral("day"));

    // Every day of the window once, in order, with no gap: the imitation would have cut one long request
    // at 200 points without a word.
    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("calls_timeseries.csv")));
    QCOMPARE(rows.size(), 400);
    for (int i = 0; i < rows.size(); ++i) {
        const QString day = options.dates.customStart.addDays(i).toString(Qt::ISODate);
        QCOMPARE(rows.at(i).value(QStringLiteral("date")), day);
        QCOMPARE(rows.at(i).value(QStringLiteral("id")), QStringLiteral("day:") + day);
        QCOMPARE(rows.at(i).value(QStringLiteral("interval")), QStringLiteral("day"));
    }
    // The points count the calls the list holds for the same window.
    const qint64 listed = ExtractionHarness::resultFor(summary, QStringLiteral("calls"))->records;
    QVERIFY(listed > 1000);
    QCOMPARE(sumOf(rows, QStringLiteral("total_calls")), listed);
    QCOMPARE(sumOf(rows, QStringLiteral("answered_calls")) + sumOf(rows, QStringLiteral("missed_calls")) <=
                 listed,
             true);
}

void TestReports::hourlyPointsJoinAcrossSlices()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    EndpointSelection series{QStringLiteral("calls_timeseries")};
    series.interval = QStringLiteral("hour");
    options.endpoints = {series};
    options.dates.timeZone = QStringLiteral("America/New_York");
    // The last day that ended daylight saving time (25 hours long), with days around it.
    const QTimeZone zone("America/New_York");
    const QDate today = DateWindow::todayIn(options.dates.timeZone);
    QDate longDay = today.addDays(-6);
    while (QDateTime(longDay, QTime(0, 0), zone).offsetFromUtc() <=
           QDateTime(longDay.addDays(1), QTime(0, 0), zone).offsetFromUtc())
        longDay = longDay.addDays(-1);
    options.dates.customStart = longDay.addDays(-5);
    options.dates.customEnd = longDay.addDays(4);
    const RunSummary summary = harness.run(options);
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("calls_timeseries"))->outcome,
             EndpointOutcome::Complete);

    // Ten days of hours (one of them 25 hours long) in two requests of 8 days or fewer.
    QCOMPARE(queriesFor(harness.server(), QStringLiteral("calls_timeseries")).size(), 2);
    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("calls_timeseries.csv")));
    QCOMPARE(rows.size(), 10 * 24 + 1);
    QSet<QString> ids;
    for (const auto &row : rows)
        ids.insert(row.value(QStringLiteral("id")));
    QCOMPARE(ids.size(), rows.size()); // no hour twice
    QCOMPARE(rows.first().value(QStringLiteral("date")),
             options.dates.customStart.toString(Qt::ISODate) + QStringLiteral("T00:00:00-0400"));
    QCOMPARE(rows.last().value(QStringLiteral("date")),
             options.dates.customEnd.toString(Qt::ISODate) + QStringLiteral("T23:00:00-0500"));
}

void TestReports::summaryIsGroupedAsChosen()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    EndpointSelection calls{QStringLiteral("calls_summary")};
    calls.groupings = {QStringLiteral("campaign"), QStringLiteral("source")};
    options.endpoints = {calls};
    const RunSummary summary = harness.run(options);
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("calls_summary"))->outcome,
             EndpointOutcome::Complete);

    // One request per grouping, in the catalogue's order, over the whole window.
    const QList<QUrlQuery> queries = queriesFor(harness.server(), QStringLiteral("calls_summary"));
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.at(0).queryItemValue(QStringLiteral("group_by")), QStringLiteral("source"));
    QCOMPARE(queries.at(1).queryItemValue(QStringLiteral("group_by")), QStringLiteral("campaign"));
    for (const QUrlQuery &query : queries) {
        QCOMPARE(query.queryItemValue(QStringLiteral("start_date")),
                 options.dates.customStart.toString(Qt::ISODate));
        QCOMPARE(query.queryItemValue(QStringLiteral("end_date")),
                 options.dates.customEnd.toString(Qt::ISODate));
        QCOMPARE(query.queryItemValue(QStringLiteral("time_zone")), options.dates.timeZone);
    }

    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("calls_summary.csv")));
    QSet<QString> sources, groupings;
    for (const auto &row : rows) {
        groupings.insert(row.value(QStringLiteral("group_by")));
        if (row.value(QStringLiteral("group_by")) == QLatin1String("source"))
            sources.insert(row.value(QStringLiteral("key")));
        QCOMPARE(row.value(QStringLiteral("id")),
                 QStringLiteral("%1:%2:%3/%4")
                     .arg(row.value(QStringLiteral("group_by")), row.value(QStringLiteral("key")),
                          options.dates.customStart.toString(Qt::ISODate),
                          options.dates.customEnd.toString(Qt::ISODate)));
        QCOMPARE(row.value(QStringLiteral("start_date")), options.dates.customStart.toString(Qt::ISODate));
    }
    QCOMPARE(groupings, (QSet<QString>{QStringLiteral("source"), QStringLiteral("campaign")}));
    QCOMPARE(sources, (QSet<QString>{QStringLiteral("Google Ads"), QStringLiteral("Direct"),
                                     QStringLiteral("Google Organic"), QStringLiteral("Facebook")}));
}

void TestReports::summaryDefaultsToTheCataloguesGroupings()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls_summary")},
                         EndpointSelection{QStringLiteral("forms_summary")}};
    harness.run(options);
    QStringList asked;
    for (const QUrlQuery &query : queriesFor(harness.server(), QStringLiteral("calls_summary")))
        asked.append(query.queryItemValue(QStringLiteral("group_by")));
    QCOMPARE(asked, EndpointCatalogue::find(QStringLiteral("calls_summary"))->report.defaultGroupings);
    QCOMPARE(asked, (QStringList{QStringLiteral("source"), QStringLiteral("campaign"),
                                 QStringLiteral("keywords"), QStringLiteral("landing_page"),
                                 QStringLiteral("referrer"), QStringLiteral("company")}));
    asked.clear();
    for (const QUrlQuery &query : queriesFor(harness.server(), QStringLiteral("forms_summary")))
        asked.append(query.queryItemValue(QStringLiteral("group_by")));
    QCOMPARE(asked, (QStringList{QStringLiteral("source"), QStringLiteral("campaign"),
                                 QStringLiteral("form_name"), QStringLiteral("company")}));
}

void TestReports::summaryTotalsEqualTheListOfTheSameWindow()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls")},
                         EndpointSelection{QStringLiteral("calls_summary")}};
    const RunSummary summary = harness.run(options);
    const qint64 listed = ExtractionHarness::resultFor(summary, QStringLiteral("calls"))->records;
    QCOMPARE(listed, qint64(harness.serverIds(QStringLiteral("calls")).size()));
    const EndpointResult *report = ExtractionHarness::resultFor(summary, QStringLiteral("calls_summary"));
    QCOMPARE(report->windowTotal, listed);

    // Each grouping's rows add up to the same total.
    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("calls_summary.csv")));
    QHash<QString, qint64> byGrouping;
    for (const auto &row : rows)
        byGrouping[row.value(QStringLiteral("group_by"))] +=
            row.value(QStringLiteral("total_calls")).toLongLong();
    QCOMPARE(byGrouping.size(), 6);
    for (auto it = byGrouping.cbegin(); it != byGrouping.cend(); ++it)
        QVERIFY2(it.value() == listed, qPrintable(it.key()));
}

void TestReports::formsSummaryCountsTheFormsOfTheWindow()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    EndpointSelection forms{QStringLiteral("forms_summary")};
    forms.groupings = {QStringLiteral("form_name")};
    options.endpoints = {EndpointSelection{QStringLiteral("form_submissions")}, forms};
    const RunSummary summary = harness.run(options);
    const qint64 listed = ExtractionHarness::resultFor(summary, QStringLiteral("form_submissions"))->records;
    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("forms_summary.csv")));
    QCOMPARE(rows.size(), 2); // the imitation's two forms
    QCOMPARE(sumOf(rows, QStringLiteral("total_forms")), listed);
    QVERIFY(sumOf(rows, QStringLiteral("first_forms")) > 0);
    QVERIFY(sumOf(rows, QStringLiteral("leads")) > 0);
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("forms_summary"))->windowTotal, listed);
}

void TestReports::reportsAskForEveryMeasure()
{
    // Without fields= a report may answer its total alone (the imitation does): the measures are named.
    const EndpointSpec &spec = *EndpointCatalogue::find(QStringLiteral("calls_summary"));
    PagePlan plan(spec, EndpointSelection{spec.name},
                  QUrl(QStringLiteral("http://127.0.0.1:1/v3/a/ACC1/calls/summary.json")), 250,
                  QStringLiteral("UTC"));
    DateWindow window;
    window.preset = DatePreset::Last7Days;
    window.timeZone = QStringLiteral("UTC");
    plan.build(window, QDate(2026, 12, 7), 31, {});
    QCOMPARE(plan.segmentCount(), 6);
    const QUrlQuery query(plan.pageUrl(plan.segment(0), 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(',')), spec.report.measures);
    QCOMPARE(query.queryItemValue(QStringLiteral("start_date")), QStringLiteral("2026-12-01"));
    QCOMPARE(query.queryItemValue(QStringLiteral("end_date")), QStringLiteral("2026-12-07"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("page")));

    // And every measure is a column of the rows.
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls_summary")}};
    harness.run(options);
    const auto rows = rowsOf(QDir(options.outputDir).filePath(QStringLiteral("calls_summary.csv")));
    QVERIFY(!rows.isEmpty());
    for (const QString &measure : spec.report.measures) {
        QVERIFY2(rows.first().contains(measure), qPrintable(measure));
        QVERIFY2(sumOf(rows, measure) > 0, qPrintable(measure));
    }
}

void TestReports::aGroupingAReportDoesNotOfferIsRefused()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    EndpointSelection calls{QStringLiteral("calls_summary")};
    calls.groupings = {QStringLiteral("form_name")};
    options.endpoints = {calls};
    QVERIFY(options.validate().contains(QStringLiteral("form_name")));
    EndpointSelection list{QStringLiteral("calls")};
    list.interval = QStringLiteral("week");
    options.endpoints = {list};
    QVERIFY(options.validate().contains(QStringLiteral("not a time series")));
}

void TestReports::theTotalsAreReconciledWithTheLists()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls")},
                         EndpointSelection{QStringLiteral("form_submissions")},
                         EndpointSelection{QStringLiteral("calls_summary")},
                         EndpointSelection{QStringLiteral("calls_timeseries")},
                         EndpointSelection{QStringLiteral("forms_summary")}};
    const RunSummary summary = harness.run(options);
    QVERIFY(summary.allComplete());
    // One line per list, from its summary.
    QCOMPARE(summary.reconciled.size(), 2);
    const QLocale locale;
    for (const Reconciled &r : summary.reconciled) {
        QVERIFY(r.agrees());
        QCOMPARE(r.held, ExtractionHarness::resultFor(summary, r.list)->records);
        QVERIFY(r.report.endsWith(QLatin1String("_summary")));
    }
    const QString calls =
        locale.toString(ExtractionHarness::resultFor(summary, QStringLiteral("calls"))->records);
    const QString expected =
        QStringLiteral("CallRail reports %1 calls for this window; the export holds %1.").arg(calls);
    QVERIFY2(summary.text().contains(expected), qPrintable(summary.text()));
    // In summary.json and in the export note too.
    QFile json(QDir(options.outputDir).filePath(QStringLiteral("summary.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray checks =
        QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("reconciliation")).toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.first().toObject().value(QStringLiteral("agrees")).toBool(), true);
    QVERIFY(!summary.notePath.isEmpty());
    QFile note(summary.notePath);
    QVERIFY(note.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(note.readAll()).contains(expected));

    // A record limit cuts the list: there is nothing to compare.
    options.endpoints[0].limit = 10;
    options.endpoints[1].limit = 10;
    QVERIFY(harness.run(options).reconciled.isEmpty());
}

void TestReports::aDifferenceIsAWarningWithBothNumbers()
{
    RunSummary summary;
    EndpointResult calls;
    calls.accountId = QStringLiteral("ACC1");
    calls.endpoint = QStringLiteral("calls");
    calls.outcome = EndpointOutcome::Complete;
    calls.records = 20290;
    EndpointResult report = calls;
    report.endpoint = QStringLiteral("calls_summary");
    report.records = 12;
    report.windowTotal = 20292;
    summary.endpoints = {calls, report};
    const QList<Reconciled> found = Reconciled::of(summary);
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.first().agrees());
    const QLocale locale;
    QCOMPARE(found.first().text(),
             QStringLiteral("Warning: CallRail reports %1 calls for this window, but the export holds %2.")
                 .arg(locale.toString(20292), locale.toString(20290)));
}

void TestReports::aKeyGivenTwiceKeepsBothRows()
{
    // Two companies of one name, grouped by company: two rows, two ids.
    const EndpointSpec &spec = *EndpointCatalogue::find(QStringLiteral("calls_summary"));
    QString error;
    const auto answer = JsonPage::parse(
        JsonPage::padded(R"({"total_results":{"total_calls":5},"grouped_by":"company","grouped_results":[)"
                         R"({"key":"Acme","total_calls":3},{"key":"Acme","total_calls":2}]})"),
        &error);
    QVERIFY2(answer, qPrintable(error));
    const DateRange window{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const auto rows = ReportRows::rows(spec, QStringLiteral("company"), window, *answer, &error);
    QVERIFY2(rows, qPrintable(error));
    const QJsonArray list = rows->toJsonObject().value(ReportRows::recordsKey()).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("company:Acme:2026-11-01/2026-11-30"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("company:Acme:2026-11-01/2026-11-30#2"));
    QCOMPARE(ReportRows::rowsTotal(spec, *answer), qint64(5));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
