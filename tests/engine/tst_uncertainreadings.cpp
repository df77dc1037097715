// The extractor against both readings of what shared/callrail-api.md leaves uncertain ([?]): the imitation's
// default (the less convenient reading) and its option (ImitationReadings). Every test runs a whole
// extraction and checks what a user relies on: every record exactly once, values as CallRail sent them.
// docs/imitation.md lists which test covers which reading.

#include "ExtractionHarness.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

QString pathOf(const ExtractionOptions &options, const QString &endpoint, const char *extension = "csv")
{
    return QDir(options.outputDir).filePath(endpoint + QLatin1Char('.') + QLatin1String(extension));
}

/// The readings a test row runs under: the imitation's defaults, or every convenient reading switched on.
ImitationReadings readingsFor(bool convenient)
{
    ImitationReadings readings;
    if (!convenient)
        return readings;
    readings.tagsAsNames = true;
    readings.callSummaryAsText = true;
    readings.recordingDurationAsText = true;
    readings.agentEmailOnRequest = true;
    readings.callerIdCompanyId = true;
    readings.maskedUserIds = true;
    readings.relativePerPage = true;
    readings.nextPageNullOnLastPage = true;
    readings.totalPagesEverywhere = true;
    readings.unauthorizedAsJson = true;
    readings.clockAlignedWindows = true;
    readings.retentionErrorIs400 = true;
    readings.callerIdsOnEveryPlan = true;
    return readings;
}

void addReadingRows()
{
    QTest::addColumn<bool>("convenient");
    QTest::newRow("less convenient (default)") << false;
    QTest::newRow("convenient (option)") << true;
}

/// The column of a CSV file by header name, by id.
QHash<QString, QString> columnById(const QString &path, const QString &column)
{
    const QList<QStringList> rows = ExtractionHarness::readCsv(path);
    QHash<QString, QString> cells;
    if (rows.isEmpty())
        return cells;
    const qsizetype index = rows.first().indexOf(column);
    for (qsizetype i = 1; i < rows.size() && index >= 0; ++i)
        cells.insert(rows[i].value(0), rows[i].value(index));
    return cells;
}

} // namespace

class TestUncertainReadings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false")); }
    void recordsArriveAsCallRailSentThem_data() { addReadingRows(); }
    void recordsArriveAsCallRailSentThem();
    void csvCellsHoldTheValuesEitherWay_data() { addReadingRows(); }
    void csvCellsHoldTheValuesEitherWay();
    void relativeEnvelopesOfEitherShape_data() { addReadingRows(); }
    void relativeEnvelopesOfEitherShape();
    void pageCountsOmittedOrZero_data() { addReadingRows(); }
    void pageCountsOmittedOrZero();
    void pageBeyondTheEnd_data();
    void pageBeyondTheEnd();
    void unauthorizedBody_data() { addReadingRows(); }
    void unauthorizedBody();
    void errorBodies_data();
    void errorBodies();
    void retentionError_data() { addReadingRows(); }
    void retentionError();
    void callerIdsOnAStandardPlan_data() { addReadingRows(); }
    void callerIdsOnAStandardPlan();
    void rateWindows_data() { addReadingRows(); }
    void rateWindows();
};

void TestUncertainReadings::recordsArriveAsCallRailSentThem()
{
    // JSON Lines keep each record as it came: byte for byte what the server holds, under either reading
    // of tags, call_summary, recording_duration, agent_email, user ids and caller ids' company_id.
    QFETCH(bool, convenient);
    ExtractionHarness harness;
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    const QStringList callFields{QStringLiteral("call_summary"), QStringLiteral("tags")};
    const QStringList formFields{QStringLiteral("tags")};
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, callFields},
                         EndpointSelection{QStringLiteral("form_submissions"), 0, formFields},
                         EndpointSelection{QStringLiteral("users"), 0, {}},
                         EndpointSelection{QStringLiteral("notifications"), 0, {}},
                         EndpointSelection{QStringLiteral("outbound_caller_ids"), 0, {}}};
    options.exportOptions.format = OutputFormat::JsonLines;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    for (const EndpointSelection &selection : std::as_const(options.endpoints)) {
        const QMultiHash<QString, QByteArray> written =
            ExtractionHarness::jsonLinesById(pathOf(options, selection.name, "jsonl"));
        const QHash<QString, QByteArray> held = harness.serverRecordLines(selection.name, selection.fields);
        QCOMPARE(written.size(), held.size());
        QCOMPARE(written.uniqueKeys().size(), held.size()); // every record once
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            QCOMPARE(written.value(it.key()), it.value());
    }
    // The reading was really in effect.
    const QByteArray calls = readAll(pathOf(options, QStringLiteral("calls"), "jsonl"));
    QCOMPARE(calls.contains("\"tags\":[{\"id\":"), !convenient);
    QCOMPARE(calls.contains("\"call_summary\":[\""), !convenient);
    QCOMPARE(calls.contains("\"agent_email\":"), !convenient);
    const QByteArray users = readAll(pathOf(options, QStringLiteral("users"), "jsonl"));
    QCOMPARE(users.contains("\"id\":\"USR"), convenient);
}

void TestUncertainReadings::csvCellsHoldTheValuesEitherWay()
{
    QFETCH(bool, convenient);
    ExtractionHarness harness;
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {QStringLiteral("tags")}},
                         EndpointSelection{QStringLiteral("outbound_caller_ids"), 0, {}}};
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));

    const QString account = harness.accountId();
    const QString callsFile = pathOf(options, QStringLiteral("calls"));
    const QHash<QString, QString> durations = columnById(callsFile, QStringLiteral("recording_duration"));
    const QHash<QString, QString> tags = columnById(callsFile, QStringLiteral("tags"));
    const QHash<QString, QString> others = columnById(callsFile, QString::fromLatin1(kOtherFieldsColumn));
    const QHash<QString, QString> agentEmails = columnById(callsFile, QStringLiteral("agent_email"));
    const QList<qint64> indexes = [&] {
        QList<qint64> all;
        qint64 total = 0;
        QString error;
        harness.server().dataset().page(QStringLiteral("calls"), account,
                                        harness.queryFor(QStringLiteral("calls")), false, 0, 1 << 20, &all,
                                        &total, &error);
        return all;
    }();
    QCOMPARE(durations.size(), indexes.size());
    int tagged = 0;
    for (const qint64 index : indexes) {
        const QJsonObject call = harness.server().dataset().record(QStringLiteral("calls"), account, index,
                                                                   {QStringLiteral("tags")});
        const QString id = call.value(QStringLiteral("id")).toString();
        // A duration is the same number in the cell whether CallRail sent "179" or 179.
        const QJsonValue duration = call.value(QStringLiteral("recording_duration"));
        const QString expected = duration.isString() ? duration.toString()
                                 : duration.isNull() ? QString()
                                                     : QString::number(duration.toInteger());
        QCOMPARE(durations.value(id), expected);
        // Every tag's name is in the cell: names joined with "; " (as every array of scalars), {id,name}
        // objects kept whole as JSON.
        const QJsonArray sent = call.value(QStringLiteral("tags")).toArray();
        QStringList names;
        for (const QJsonValue tag : sent) {
            QCOMPARE(tag.isString(), convenient);
            names.append(tag.isString() ? tag.toString() : tag[QStringLiteral("name")].toString());
        }
        if (convenient)
            QCOMPARE(tags.value(id), names.join(QStringLiteral("; ")));
        else
            QCOMPARE(QJsonDocument::fromJson(tags.value(id).toUtf8()).array(), sent);
        tagged += int(names.size());
        // agent_email, sent without being asked for, is a scalar: it gets a column of its own after the
        // catalogue's, and other_fields (which keeps only what cannot be a column) does not hold it too.
        if (call.contains(QStringLiteral("agent_email")) &&
            call.value(QStringLiteral("agent_email")).isString()) {
            QCOMPARE(agentEmails.value(id), call.value(QStringLiteral("agent_email")).toString());
            QVERIFY2(!others.value(id).contains(QStringLiteral("agent_email")), qPrintable(others.value(id)));
        }
    }
    QVERIFY(tagged > 0);

    // Caller ids name their company whether CallRail sends company_id or the extractor adds it.
    const QHash<QString, QString> companies = columnById(
        pathOf(options, QStringLiteral("outbound_caller_ids")), QString::fromLatin1(kCompanyIdField));
    QCOMPARE(companies.size(), harness.serverIds(QStringLiteral("outbound_caller_ids")).size());
    const QStringList knownCompanies = harness.server().dataset().companyIds(account);
    for (const QString &company : companies)
        QVERIFY2(knownCompanies.contains(company), qPrintable(company));
}

void TestUncertainReadings::relativeEnvelopesOfEitherShape()
{
    // Relative answers with or without per_page, the last one with next_page absent or null; walked in
    // parallel after the count, and link by link when the count is refused.
    QFETCH(bool, convenient);
    for (const bool countRefused : {false, true}) {
        ExtractionHarness harness;
        harness.server().readings() = readingsFor(convenient);
        ExtractionOptions options = harness.options();
        options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
        options.perPage = 100;
        options.maxRetries = 0;
        if (countRefused) {
            options.concurrency = 1;
            auto served = std::make_shared<int>(0);
            QObject::connect(&harness.server(), &FakeCallRailServer::requestServed, &harness.server(),
                             [&harness, served](const RequestRecord &record) {
                                 // The second calls request is the count: refuse it.
                                 if (record.endpoint == QLatin1String("calls") && ++*served == 1)
                                     harness.server().failWithStatus(QStringLiteral("calls"), 400, 1);
                             });
        }
        const RunSummary summary = harness.run(options);
        QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
        const QStringList expected = harness.serverIds(QStringLiteral("calls"));
        QCOMPARE(ExtractionHarness::idColumn(pathOf(options, QStringLiteral("calls"))), expected);
        // One request a page, plus the count.
        QCOMPARE(harness.server().requestCount(QStringLiteral("calls")),
                 int((expected.size() + 99) / 100) + 1);
    }
}

void TestUncertainReadings::pageCountsOmittedOrZero()
{
    // Integrations and caller ids omit total_pages, notifications report 0 (the default), or all report it.
    QFETCH(bool, convenient);
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.notifications = 23;
    config.integrationsPerCompany = 12;
    config.callerIdsPerCompany = 11;
    ExtractionHarness harness(config);
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    const QStringList endpoints{QStringLiteral("notifications"), QStringLiteral("integrations"),
                                QStringLiteral("outbound_caller_ids")};
    options.endpoints.clear();
    for (const QString &endpoint : endpoints)
        options.endpoints.append(EndpointSelection{endpoint, 0, {}});
    options.perPage = 5;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const int companies = config.companies;
    const QHash<QString, int> minimumRequests{
        {QStringLiteral("notifications"), (23 + 4) / 5},
        {QStringLiteral("integrations"), companies * ((12 + 4) / 5)},
        {QStringLiteral("outbound_caller_ids"), companies * ((11 + 4) / 5)}};
    for (const QString &endpoint : endpoints) {
        const QStringList written = ExtractionHarness::idColumn(pathOf(options, endpoint));
        const QStringList expected = harness.serverIds(endpoint);
        QCOMPARE(written.size(), expected.size());
        QCOMPARE(QSet<QString>(written.begin(), written.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(ExtractionHarness::resultFor(summary, endpoint)->reported, qint64(expected.size()));
        QCOMPARE(harness.server().requestCount(endpoint), minimumRequests.value(endpoint));
    }
}

void TestUncertainReadings::pageBeyondTheEnd_data()
{
    QTest::addColumn<bool>("notFound");
    QTest::newRow("empty page with totals (default)") << false;
    QTest::newRow("404 (option)") << true;
}

void TestUncertainReadings::pageBeyondTheEnd()
{
    // A server that reports more users than it holds makes the extractor ask beyond the end: the records
    // there are kept once and the gap is flagged, whether that page is empty or a 404.
    QFETCH(bool, notFound);
    ExtractionHarness harness;
    harness.server().readings().pageBeyondEndNotFound = notFound;
    harness.server().setReportedTotal(QStringLiteral("users"), 9);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}}};
    options.perPage = 3;
    const RunSummary summary = harness.run(options);
    const EndpointResult *users = ExtractionHarness::resultFor(summary, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->outcome, EndpointOutcome::Incomplete);
    QCOMPARE(ExtractionHarness::idColumn(pathOf(options, QStringLiteral("users"))),
             harness.serverIds(QStringLiteral("users")));
    QCOMPARE(users->records, 6);
    QCOMPARE(users->reported, 9);
    QVERIFY2(users->message.contains(QStringLiteral("3 missing")), qPrintable(users->message));
}

void TestUncertainReadings::unauthorizedBody()
{
    QFETCH(bool, convenient);
    ExtractionHarness harness;
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    options.apiKey = QStringLiteral("wrong-key-0000");
    const RunSummary summary = harness.run(options);
    QVERIFY(summary.keyRejected);
    QCOMPARE(summary.exitCode(), 3);
    QVERIFY2(summary.fatalError.contains(QStringLiteral("API key was rejected")),
             qPrintable(summary.fatalError));
    QVERIFY(harness.server().requestCount() <= 2);
}

void TestUncertainReadings::errorBodies_data()
{
    QTest::addColumn<bool>("errorsAsList");
    QTest::newRow("{\"error\":\"…\"} (default)") << false;
    QTest::newRow("{\"errors\":[\"…\"]} (option)") << true;
}

void TestUncertainReadings::errorBodies()
{
    // CallRail's own words reach the user in either body style.
    QFETCH(bool, errorsAsList);
    ExtractionHarness harness;
    harness.server().readings().errorsAsList = errorsAsList;
    harness.server().failWithStatus(QStringLiteral("users"), 422, 1);
    harness.server().setForbidden(QStringLiteral("tags"), true);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}},
                         EndpointSelection{QStringLiteral("tags"), 0, {}},
                         EndpointSelection{QStringLiteral("companies"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const EndpointResult *users = ExtractionHarness::resultFor(summary, QStringLiteral("users"));
    QCOMPARE(users->outcome, EndpointOutcome::Failed);
    QVERIFY2(users->message.contains(QStringLiteral("(422): Unprocessable entity")),
             qPrintable(users->message));
    const EndpointResult *tags = ExtractionHarness::resultFor(summary, QStringLiteral("tags"));
    QCOMPARE(tags->outcome, EndpointOutcome::NotAvailable);
    QVERIFY2(tags->message.contains(QStringLiteral("You do not have permission")), qPrintable(tags->message));
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("companies"))->outcome,
             EndpointOutcome::Complete);
}

void TestUncertainReadings::retentionError()
{
    // The server's clock runs three months ahead of the extractor's: a window the extractor accepts reaches
    // outside the server's 25 months. CallRail's request to revise the range reaches the user, with 422 or
    // 400, and is not retried.
    QFETCH(bool, convenient);
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.now = QDateTime::currentDateTimeUtc().addMonths(3);
    ExtractionHarness harness(config);
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.dates.customStart = options.dates.customEnd.addMonths(-24);
    const RunSummary summary = harness.run(options);
    const EndpointResult *calls = ExtractionHarness::resultFor(summary, QStringLiteral("calls"));
    QVERIFY(calls);
    QCOMPARE(calls->outcome, EndpointOutcome::Failed);
    QVERIFY2(calls->message.contains(convenient ? QStringLiteral("(400)") : QStringLiteral("(422)")),
             qPrintable(calls->message));
    QVERIFY2(calls->message.contains(QStringLiteral("revise your date range")), qPrintable(calls->message));
    QVERIFY(harness.server().requestCount(QStringLiteral("calls")) <= 2); // the first page and the count
}

void TestUncertainReadings::callerIdsOnAStandardPlan()
{
    // By default the second account is on a plan without outbound caller ids (403): not available there,
    // every other list of both accounts complete.
    QFETCH(bool, convenient);
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 2;
    config.calls = 200;
    ExtractionHarness harness(config);
    harness.server().readings() = readingsFor(convenient);
    ExtractionOptions options = harness.options();
    options.allAccounts = true;
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}},
                         EndpointSelection{QStringLiteral("outbound_caller_ids"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const QStringList accounts = harness.server().dataset().accountIds();
    for (const QString &account : accounts) {
        QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("users"), account)->outcome,
                 EndpointOutcome::Complete);
        const EndpointResult *callerIds =
            ExtractionHarness::resultFor(summary, QStringLiteral("outbound_caller_ids"), account);
        const bool standardPlan = !convenient && account == accounts.at(1);
        QCOMPARE(callerIds->outcome,
                 standardPlan ? EndpointOutcome::NotAvailable : EndpointOutcome::Complete);
        if (!standardPlan) {
            const QString file =
                QDir(options.outputDir).filePath(QStringLiteral("outbound_caller_ids_%1.csv").arg(account));
            const QStringList written = ExtractionHarness::idColumn(file);
            const QStringList held = harness.serverIds(QStringLiteral("outbound_caller_ids"), account);
            QCOMPARE(written.size(), held.size());
            QCOMPARE(QSet<QString>(written.begin(), written.end()), QSet<QString>(held.begin(), held.end()));
        }
    }
    QCOMPARE(summary.exitCode(), convenient ? 0 : 1);
}

void TestUncertainReadings::rateWindows()
{
    // A run larger than an "hour" (scaled to 1.5 s, 12 requests): with rolling windows (default) or windows
    // aligned to the clock, it sees no 429, finishes about when it said it would, and has every call.
    QFETCH(bool, convenient);
    ExtractionHarness harness;
    harness.server().readings() = readingsFor(convenient);
    harness.server().setHourlyLimit(12);
    harness.server().setBudgetWindow(1500);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 60;
    options.budget.hourly = 12;
    options.budget.windowMs = 1500;
    ExtractionJob job(options);
    QSignalSpy finished(&job, &ExtractionJob::runFinished);
    QSignalSpy estimate(&job, &ExtractionJob::estimateReady);
    job.start();
    QVERIFY(finished.wait(30'000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(harness.server().tooManyRequestsCount(), 0);
    QCOMPARE(ExtractionHarness::idColumn(pathOf(options, QStringLiteral("calls"))),
             harness.serverIds(QStringLiteral("calls")));
    QCOMPARE(estimate.size(), 1);
    const QDateTime finishAround = estimate.first().at(4).toDateTime();
    QVERIFY(finishAround.isValid());
    const QDateTime ended = QDateTime::currentDateTimeUtc();
    // Within a window of the time announced: the extractor's own budget paces it under either reading.
    QVERIFY2(
        qAbs(finishAround.msecsTo(ended)) <= 1500,
        qPrintable(QStringLiteral("announced %1, ended %2")
                       .arg(finishAround.toString(Qt::ISODateWithMs), ended.toString(Qt::ISODateWithMs))));
}

QTEST_GUILESS_MAIN(TestUncertainReadings)
#include "tst_uncertainreadings.moc"
