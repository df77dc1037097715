// End-to-end tests of the extraction engine against the imitation CallRail server on 127.0.0.1.

#include "ExtractionHarness.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "export/CsvReader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace callrail;
using namespace callrail::test;

namespace {

QString fileFor(const ExtractionOptions &options, const QString &endpoint)
{
    return QDir(options.outputDir).filePath(endpoint + QStringLiteral(".csv"));
}

/// Options for calls alone, one request at a time, few retries: for runs that break down after a few pages.
ExtractionOptions callsOneAtATime(const ExtractionHarness &harness)
{
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 100;
    options.concurrency = 1;
    options.maxRetries = 2;
    return options;
}

/// Lets `pages` calls requests through, then has `breakDown` make the server fail.
template <typename BreakDown>
void afterCallsPages(ExtractionHarness &harness, int pages, BreakDown breakDown)
{
    auto served = std::make_shared<int>(0);
    QObject::connect(&harness.server(), &FakeCallRailServer::requestServed, &harness.server(),
                     [served, pages, breakDown](const RequestRecord &record) {
                         if (record.endpoint == QStringLiteral("calls") && ++*served == pages)
                             breakDown();
                     });
}

bool hasDuplicates(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end()).size() != ids.size();
}

} // namespace

class TestExtraction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false")); }
    void everyEndpointIsExtractedCompletely();
    void rowsFollowTheServersAscendingOrder();
    void jsonLinesHoldTheRawRecords();
    void leadsAreWrittenOnceWithTheirColumns();
    void milestonesAreSpreadOverColumns();
    void rejectedKeyStopsTheRunAtOnce();
    void forbiddenEndpointIsNotAvailableWhileOthersComplete();
    void notFoundIsAnEmptyResultWithANote();
    void badRequestShowsCallRailsText();
    void transientFailuresAreRetried();
    void persistentFailureKeepsFetchedRowsInAPartialFile();
    void recordLimitIsApplied();
    void relativePaginationWithoutTotalsIsCountedThenReadInParallel();
    void relativeListFollowsItsLinksWhenItCannotBeCounted();
    void relativeTotalsWhenTheServerSendsThem();
    void liveInsertsCauseNoDuplicatesOrSkips();
    void budgetThatSufficesSeesNo429();
    void budgetThatDoesNotSufficeWaitsAndGoesOn();
    void resumeAfterCancelGivesIdenticalFiles();
    void perCompanyEndpointsFetchTheCompaniesThemselves();
    void allAccountsWritesOneFilePerAccount();
    void listAccountsReportsEveryAccount();
    void apiKeyAppearsInNoFileOrLog();
    void invalidOptionsAreRejectedBeforeAnyRequest();
    void earlierCompleteFileSurvivesAFailedRun();
    void gapBetweenRowsAndReportedTotalIsFlagged();
    void absurdPageCountStopsSafely();
    void nextPageLoopEnds();
    void accountsRunAtOnceEachOnItsOwnBudget();
    void corruptedAnswersNeverBecomeData_data();
    void corruptedAnswersNeverBecomeData();
    void pageThatNeverArrivesIntactFailsTheEndpoint();
};

void TestExtraction::everyEndpointIsExtractedCompletely()
{
    ExtractionHarness harness;
    const ExtractionOptions options = harness.options();
    const RunSummary summary = harness.run(options);

    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.endpoints.size(), EndpointCatalogue::all().size());
    QCOMPARE(summary.exitCode(), 0);
    QCOMPARE(summary.rateLimited, 0);
    // Text messages re-read their top pages at the end on purpose: that is not reported as duplicates.
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("text_messages"))->duplicatesDropped, 0);
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        const QStringList written = ExtractionHarness::idColumn(fileFor(options, spec.name));
        const QStringList expected = harness.serverIds(spec.name);
        QVERIFY2(!expected.isEmpty(), qPrintable(spec.name));
        QVERIFY2(!hasDuplicates(written), qPrintable(spec.name));
        QCOMPARE(QSet<QString>(written.begin(), written.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        const EndpointResult *result = ExtractionHarness::resultFor(summary, spec.name);
        QVERIFY(result);
        QCOMPARE(result->records, qint64(expected.size()));
        QCOMPARE(result->reported, qint64(expected.size()));
        QVERIFY(!QFile::exists(fileFor(options, spec.name) + QStringLiteral(".partial")));
    }
    // The summary is written beside the files, in the seed's terms.
    QFile summaryFile(QDir(options.outputDir).filePath(QStringLiteral("summary.json")));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("endpoints")).toInt(), int(EndpointCatalogue::all().size()));
    QCOMPARE(json.value(QStringLiteral("successful")).toInt(), int(EndpointCatalogue::all().size()));
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(qint64(json.value(QStringLiteral("records")).toDouble()), summary.records());
    QVERIFY(json.contains(QStringLiteral("total_time_seconds")));
    QVERIFY(json.contains(QStringLiteral("errors")));
    // A completed run leaves nothing to resume.
    QVERIFY(!QDir(QDir(options.outputDir).filePath(QStringLiteral(".callrail-resume"))).exists());
}

void TestExtraction::rowsFollowTheServersAscendingOrder()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}},
                         EndpointSelection{QStringLiteral("form_submissions"), 0, {}}};
    options.perPage = 100; // many pages, answered out of order with 4 in flight
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))),
             harness.serverIds(QStringLiteral("calls")));
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("form_submissions"))),
             harness.serverIds(QStringLiteral("form_submissions")));
}

void TestExtraction::jsonLinesHoldTheRawRecords()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("trackers"), 0, {}}};
    options.exportOptions.format = OutputFormat::JsonLines;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QByteArray content = readAll(QDir(options.outputDir).filePath(QStringLiteral("trackers.jsonl")));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    const QStringList ids = harness.serverIds(QStringLiteral("trackers"));
    QCOMPARE(lines.size(), ids.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject record = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(record.value(QStringLiteral("id")).toString(), ids[i]);
        // Nested objects stay whole in JSON Lines.
        QVERIFY(record.value(QStringLiteral("company")).isObject());
    }
}

void TestExtraction::leadsAreWrittenOnceWithTheirColumns()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("leads"), 0, {}}};
    options.perPage = 100; // several pages
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QList<QStringList> rows = ExtractionHarness::readCsv(fileFor(options, QStringLiteral("leads")));
    // CallRail's example (shared/callrail-api-examples/leads.json), in its order, then other_fields.
    QCOMPARE(rows.value(0), QStringList({"id", "name", "phone", "email", "created_at", "company_id",
                                         "company_name", "other_fields"}));
    const QStringList ids = ExtractionHarness::idColumn(fileFor(options, QStringLiteral("leads")));
    QVERIFY(!hasDuplicates(ids));
    QCOMPARE(ids, harness.serverIds(QStringLiteral("leads"))); // no documented order: the server's
    QVERIFY(ids.size() > 250);
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("leads"))->reported, qint64(ids.size()));
    // Phone numbers keep their "+", nothing is left over for other_fields.
    for (qsizetype row = 1; row < rows.size(); ++row) {
        QVERIFY2(rows[row].at(2).startsWith(QLatin1Char('+')), qPrintable(rows[row].join(QLatin1Char(','))));
        QVERIFY(rows[row].at(7).isEmpty());
    }
}

void TestExtraction::milestonesAreSpreadOverColumns()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {QStringLiteral("milestones")}}};
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QList<QStringList> rows = ExtractionHarness::readCsv(fileFor(options, QStringLiteral("calls")));
    const QStringList header = rows.value(0);
    QVERIFY(!header.contains(QStringLiteral("milestones")));
    const QString milestoneKeys[] = {"event_date",
                                     "ad_position",
                                     "campaign",
                                     "device",
                                     "keywords",
                                     "landing",
                                     "landing_page_url_params",
                                     "match_type",
                                     "medium",
                                     "referrer",
                                     "referrer_url_params",
                                     "session_browser",
                                     "url_utm_params",
                                     "source"};
    for (const char *milestone : {"first_touch", "lead_created", "qualified", "last_touch"}) {
        for (const QString &key : milestoneKeys) {
            const QString column = QStringLiteral("milestones.%1.%2").arg(QLatin1String(milestone), key);
            QVERIFY2(header.contains(column), qPrintable(column));
        }
    }
    // Each cell holds what the server sent in that place of the record; url_params stay JSON.
    const auto at = [&header](const QStringList &row, const char *column) {
        return row.value(header.indexOf(QLatin1String(column)));
    };
    const QHash<QString, QByteArray> sent =
        harness.serverRecordLines(QStringLiteral("calls"), {QStringLiteral("milestones")});
    int unqualified = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        const QJsonObject milestones = QJsonDocument::fromJson(sent.value(row.value(0)))
                                           .object()
                                           .value(QStringLiteral("milestones"))
                                           .toObject();
        const QJsonObject first = milestones.value(QStringLiteral("first_touch")).toObject();
        QCOMPARE(at(row, "milestones.first_touch.source"), first.value(QStringLiteral("source")).toString());
        QCOMPARE(at(row, "milestones.first_touch.event_date"),
                 first.value(QStringLiteral("event_date")).toString());
        QCOMPARE(QJsonDocument::fromJson(at(row, "milestones.first_touch.url_utm_params").toUtf8()).object(),
                 first.value(QStringLiteral("url_utm_params")).toObject());
        if (milestones.value(QStringLiteral("qualified")).isNull()) {
            ++unqualified;
            QVERIFY(at(row, "milestones.qualified.source").isEmpty());
            QVERIFY(at(row, "milestones.qualified.event_date").isEmpty());
        }
        QVERIFY(!at(row, "other_fields").contains(QStringLiteral("milestones"))); // agent_email may be there
    }
    QVERIFY(unqualified > 0);
}

void TestExtraction::rejectedKeyStopsTheRunAtOnce()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.apiKey = QStringLiteral("wrong-key-0000");
    const RunSummary summary = harness.run(options);
    QVERIFY(summary.keyRejected);
    QCOMPARE(summary.exitCode(), 3);
    QVERIFY(summary.fatalError.contains(QStringLiteral("API key was rejected")));
    // One request told us; nothing else was attempted and nothing retried.
    QVERIFY2(harness.server().requestCount() <= 2,
             qPrintable(QString::number(harness.server().requestCount())));
    QVERIFY(!summary.fatalError.contains(options.apiKey));
}

void TestExtraction::forbiddenEndpointIsNotAvailableWhileOthersComplete()
{
    ExtractionHarness harness;
    harness.server().setForbidden(QStringLiteral("outbound_caller_ids"), true);
    const ExtractionOptions options = harness.options();
    const RunSummary summary = harness.run(options);
    const EndpointResult *forbidden =
        ExtractionHarness::resultFor(summary, QStringLiteral("outbound_caller_ids"));
    QVERIFY(forbidden);
    QCOMPARE(forbidden->outcome, EndpointOutcome::NotAvailable);
    QVERIFY(forbidden->message.contains(QStringLiteral("not available")));
    QCOMPARE(summary.successful(), int(EndpointCatalogue::all().size()) - 1);
    QCOMPARE(summary.exitCode(), 1);
    QVERIFY(!QFile::exists(fileFor(options, QStringLiteral("outbound_caller_ids"))));
}

void TestExtraction::notFoundIsAnEmptyResultWithANote()
{
    ExtractionHarness harness;
    harness.server().failWithStatus(QStringLiteral("tags"), 404, 1);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("tags"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const EndpointResult *tags = ExtractionHarness::resultFor(summary, QStringLiteral("tags"));
    QVERIFY(tags);
    QVERIFY(!tags->notes.isEmpty());
    QVERIFY(tags->notes.first().contains(QStringLiteral("404")));
    QCOMPARE(tags->records, 0);
    QVERIFY(QFile::exists(fileFor(options, QStringLiteral("tags"))));
}

void TestExtraction::badRequestShowsCallRailsText()
{
    ExtractionHarness harness;
    harness.server().failWithStatus(QStringLiteral("users"), 422, 1);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}},
                         EndpointSelection{QStringLiteral("tags"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const EndpointResult *users = ExtractionHarness::resultFor(summary, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->outcome, EndpointOutcome::Failed);
    QVERIFY2(users->message.contains(QStringLiteral("422")), qPrintable(users->message));
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("tags"))->outcome,
             EndpointOutcome::Complete);
    QCOMPARE(users->requests, 1); // a 422 is not retried
}

void TestExtraction::transientFailuresAreRetried()
{
    ExtractionHarness harness;
    harness.server().failWithStatus(QStringLiteral("calls"), 503, 1);
    harness.server().sendMalformedJson(QStringLiteral("form_submissions"), 1);
    harness.server().dropConnection(QStringLiteral("users"), 2); // Qt resends a GET once by itself
    harness.server().failWithStatus(QStringLiteral("tags"), 500, 2);
    const ExtractionOptions options = harness.options();
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(ExtractionHarness::resultFor(summary, QStringLiteral("tags"))->errors, 2);
    QVERIFY(ExtractionHarness::resultFor(summary, QStringLiteral("calls"))->errors >= 1);
    QVERIFY(ExtractionHarness::resultFor(summary, QStringLiteral("form_submissions"))->errors >= 1);
    QVERIFY(ExtractionHarness::resultFor(summary, QStringLiteral("users"))->errors >= 1);
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))),
             harness.serverIds(QStringLiteral("calls")));
}

void TestExtraction::persistentFailureKeepsFetchedRowsInAPartialFile()
{
    ExtractionHarness harness;
    const ExtractionOptions options = callsOneAtATime(harness);
    // Let the first pages through, then fail for good.
    afterCallsPages(harness, 3, [&] { harness.server().failWithStatus(QStringLiteral("calls"), 503, 1000); });
    const RunSummary summary = harness.run(options);
    const EndpointResult *calls = ExtractionHarness::resultFor(summary, QStringLiteral("calls"));
    QVERIFY(calls);
    QCOMPARE(calls->outcome, EndpointOutcome::Failed);
    QVERIFY2(calls->message.contains(QStringLiteral("gave up")), qPrintable(calls->message));
    const QString partial = fileFor(options, QStringLiteral("calls")) + QStringLiteral(".partial");
    QCOMPARE(calls->file.path, partial);
    const QStringList rows = ExtractionHarness::idColumn(partial);
    QCOMPARE(rows.size(), calls->records);
    QVERIFY(rows.size() >= 100);
    QCOMPARE(rows, harness.serverIds(QStringLiteral("calls")).mid(0, rows.size()));
    QVERIFY(!QFile::exists(fileFor(options, QStringLiteral("calls"))));
}

void TestExtraction::recordLimitIsApplied()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    for (EndpointSelection &s : options.endpoints)
        s.limit = 7;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    for (const EndpointResult &r : summary.endpoints) {
        // A report's rows are counts, all of them or none: the limit is for the lists.
        const bool report = EndpointCatalogue::find(r.endpoint)->isReport();
        QVERIFY2(report ? r.records > 7 : r.records <= 7, qPrintable(r.endpoint));
        QCOMPARE(ExtractionHarness::idColumn(fileFor(options, r.endpoint)).size(), r.records);
    }
    const EndpointResult *calls = ExtractionHarness::resultFor(summary, QStringLiteral("calls"));
    QCOMPARE(calls->records, 7);
    QVERIFY(calls->limitReached);
    QCOMPARE(calls->requests, 1); // per_page shrinks to the limit: one request is enough
}

void TestExtraction::relativePaginationWithoutTotalsIsCountedThenReadInParallel()
{
    // As documented, relative answers say nothing of the total: one offset-style request of one record counts
    // the calls, and the pages are then asked for several at a time by their documented offset index.
    ExtractionHarness harness;
    harness.server().setLatency(40);
    const QStringList expected = harness.serverIds(QStringLiteral("calls"));
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 50;
    ExtractionJob job(options);
    qint64 expectedWhileRunning = -1;
    QObject::connect(&job, &ExtractionJob::progress, &job, [&](const EndpointProgress &p) {
        if (p.endpoint == QLatin1String("calls") && p.records > 0 && p.records < expected.size() &&
            expectedWhileRunning < 0)
            expectedWhileRunning = p.expected;
    });
    QSignalSpy finished(&job, &ExtractionJob::runFinished);
    job.start();
    QVERIFY(finished.wait(60'000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))), expected);
    QCOMPARE(expectedWhileRunning, qint64(expected.size())); // the total was known from the first pages on
    // Every page once, plus the count.
    const int pages = int((expected.size() + 49) / 50);
    QCOMPARE(harness.server().requestCount(QStringLiteral("calls")), pages + 1);
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer slows the extractor's own work several times over, beyond the server's 40 ms.
    QSKIP("the timing bound is for builds without ThreadSanitizer (scripts/sanitize)");
#endif
    // In parallel: at 40 ms a request, one page after another would take pages × 40 ms at least.
    QVERIFY2(summary.seconds() < pages * 0.040 * 0.6, qPrintable(QString::number(summary.seconds())));
}

void TestExtraction::relativeListFollowsItsLinksWhenItCannotBeCounted()
{
    ExtractionHarness harness;
    ExtractionOptions options = callsOneAtATime(harness);
    options.maxRetries = 0;
    // The second calls request is the count: refuse it.
    afterCallsPages(harness, 1, [&] { harness.server().failWithStatus(QStringLiteral("calls"), 400, 1); });
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QStringList expected = harness.serverIds(QStringLiteral("calls"));
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))), expected);
    QCOMPARE(harness.server().requestCount(QStringLiteral("calls")), int((expected.size() + 99) / 100) + 1);
}

void TestExtraction::relativeTotalsWhenTheServerSendsThem()
{
    // The convenient reading of the documentation: relative answers that carry totals.
    ExtractionHarness harness;
    harness.server().readings().relativeTotals = true;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 50;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QStringList expected = harness.serverIds(QStringLiteral("calls"));
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))), expected);
    QCOMPARE(harness.server().requestCount(QStringLiteral("calls")), int((expected.size() + 49) / 50) + 1);
}

void TestExtraction::liveInsertsCauseNoDuplicatesOrSkips()
{
    ExtractionHarness harness;
    const QStringList before = harness.serverIds(QStringLiteral("calls"));
    harness.server().insertCallsDuringScan(harness.accountId(), 3);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 100;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QStringList written = ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls")));
    QVERIFY(!hasDuplicates(written));
    const QSet<QString> writtenSet(written.begin(), written.end());
    for (const QString &id : before)
        QVERIFY2(writtenSet.contains(id), qPrintable(id)); // nothing that existed at the start was skipped
    QVERIFY(written.size() > before.size());               // calls that arrived during the run are in too
}

void TestExtraction::budgetThatSufficesSeesNo429()
{
    ExtractionHarness harness;
    harness.server().setHourlyLimit(1000);
    const RunSummary summary = harness.run(harness.options());
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(harness.server().tooManyRequestsCount(), 0);
    QCOMPARE(summary.rateLimited, 0);
}

void TestExtraction::budgetThatDoesNotSufficeWaitsAndGoesOn()
{
    // An hour scaled down to 1.5 s with 12 requests per window: the run needs about 20 requests, so it must
    // wait for the next window instead of failing, and its own budget keeps it from ever seeing a 429.
    ExtractionHarness harness;
    harness.server().setHourlyLimit(12);
    harness.server().setBudgetWindow(1500);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 60;
    options.budget.hourly = 12;
    options.budget.windowMs = 1500;
    ExtractionJob job(options);
    QSignalSpy finished(&job, &ExtractionJob::runFinished);
    QSignalSpy waiting(&job, &ExtractionJob::waitingForBudget);
    QSignalSpy estimate(&job, &ExtractionJob::estimateReady);
    QStringList warnings;
    QObject::connect(&job, &ExtractionJob::logLine, &job, [&](LogLevel level, const QString &text) {
        if (level == LogLevel::Warning && text.contains(QStringLiteral("more than CallRail allows")))
            warnings.append(text);
    });
    QElapsedTimer timer;
    timer.start();
    job.start();
    QVERIFY(finished.wait(30'000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    // The size was known from the first answers (the calls were counted), so the run said up front that it
    // needs more than this hour's budget and when it should finish, before it had to wait.
    QCOMPARE(estimate.size(), 1);
    const int pages = int((harness.serverIds(QStringLiteral("calls")).size() + 59) / 60);
    QVERIFY2(estimate.first().at(1).toInt() >= pages - 2, qPrintable(estimate.first().at(1).toString()));
    QVERIFY(estimate.first().at(1).toInt() > estimate.first().at(2).toInt());
    const QDateTime finishAround = estimate.first().at(4).toDateTime(); // when the budget lets it finish
    QVERIFY(finishAround.isValid());
    QVERIFY(finishAround > summary.startedAt.addMSecs(1500)); // at least one more window
    QCOMPARE(warnings.size(), 1);
    QVERIFY(!waiting.isEmpty());
    QVERIFY(timer.elapsed() >= 1500); // it really waited for the window
    QCOMPARE(harness.server().tooManyRequestsCount(), 0);
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls"))),
             harness.serverIds(QStringLiteral("calls")));
}

void TestExtraction::resumeAfterCancelGivesIdenticalFiles()
{
    ExtractionHarness harness;
    QTemporaryDir whole;
    QTemporaryDir interrupted;
    harness.server().setLatency(15);
    ExtractionOptions options = harness.options(interrupted.path());
    options.perPage = 50;
    ExtractionOptions wholeSmallPages = harness.options(whole.path());
    wholeSmallPages.perPage = 50;
    {
        ExtractionJob job(options);
        QSignalSpy finished(&job, &ExtractionJob::runFinished);
        QObject::connect(&job, &ExtractionJob::progress, &job, [&job](const EndpointProgress &p) {
            if (p.endpoint == QStringLiteral("calls") && p.records >= 400)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(60'000));
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.exitCode(), 1);
        const EndpointResult *calls = ExtractionHarness::resultFor(summary, QStringLiteral("calls"));
        QVERIFY(calls && calls->outcome == EndpointOutcome::Cancelled);
        QVERIFY(calls->records >= 400);
        QVERIFY(QFile::exists(fileFor(options, QStringLiteral("calls")) + QStringLiteral(".partial")));
    }
    harness.server().setLatency(0);
    QVERIFY(harness.run(wholeSmallPages).allComplete());

    ExtractionOptions resumed = harness.options(interrupted.path());
    resumed.resume = true;
    const RunSummary summary = harness.run(resumed);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        const QByteArray expected = readAll(fileFor(wholeSmallPages, spec.name));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readAll(fileFor(resumed, spec.name)), expected);
    }
}

void TestExtraction::perCompanyEndpointsFetchTheCompaniesThemselves()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("integrations"), 0, {}}};
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const QList<QStringList> rows =
        ExtractionHarness::readCsv(fileFor(options, QStringLiteral("integrations")));
    QVERIFY(rows.size() > 1);
    const qsizetype companyColumn = rows.first().indexOf(QStringLiteral("company_id"));
    QVERIFY(companyColumn > 0);
    const QStringList companies = harness.server().dataset().companyIds(harness.accountId());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(companies.contains(rows[i][companyColumn])); // every row says which company it belongs to
    QVERIFY(!QFile::exists(fileFor(options, QStringLiteral("companies"))));
    QStringList written = ExtractionHarness::idColumn(fileFor(options, QStringLiteral("integrations")));
    QStringList expected = harness.serverIds(QStringLiteral("integrations"));
    written.sort();
    expected.sort();
    QCOMPARE(written, expected); // companies are visited in name order, so compare as sets
}

void TestExtraction::allAccountsWritesOneFilePerAccount()
{
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 2;
    config.calls = 300;
    ExtractionHarness harness(config);
    ExtractionOptions options = harness.options();
    options.allAccounts = true;
    options.endpoints = {EndpointSelection{QStringLiteral("accounts"), 0, {}},
                         EndpointSelection{QStringLiteral("calls"), 0, {}},
                         EndpointSelection{QStringLiteral("users"), 0, {}}};
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.endpoints.size(), 5); // accounts + 2 × (calls, users)
    for (const QString &account : harness.server().dataset().accountIds()) {
        const QString calls = QDir(options.outputDir).filePath(QStringLiteral("calls_%1.csv").arg(account));
        QCOMPARE(ExtractionHarness::idColumn(calls), harness.serverIds(QStringLiteral("calls"), account));
    }
    QCOMPARE(ExtractionHarness::idColumn(fileFor(options, QStringLiteral("accounts"))).size(), 2);
}

void TestExtraction::listAccountsReportsEveryAccount()
{
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 3;
    ExtractionHarness harness(config);
    ExtractionJob job(harness.options());
    QSignalSpy listed(&job, &ExtractionJob::accountsListed);
    QSignalSpy finished(&job, &ExtractionJob::runFinished);
    job.listAccounts();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(listed.size(), 1);
    const auto accounts = listed.first().first().value<QList<AccountInfo>>();
    QCOMPARE(accounts.size(), 3);
    QSet<QString> ids;
    for (const AccountInfo &account : accounts) {
        ids.insert(account.id);
        QVERIFY(!account.name.isEmpty());
    }
    const QStringList expected = harness.server().dataset().accountIds();
    QCOMPARE(ids, QSet<QString>(expected.begin(), expected.end()));
}

void TestExtraction::apiKeyAppearsInNoFileOrLog()
{
    ExtractionHarness harness;
    harness.server().failWithStatus(QStringLiteral("calls"), 500, 1);
    harness.server().setForbidden(QStringLiteral("notifications"), true);
    ExtractionOptions options = harness.options();
    QStringList lines;
    {
        ExtractionJob job(options);
        QSignalSpy finished(&job, &ExtractionJob::runFinished);
        QObject::connect(&job, &ExtractionJob::logLine, &job,
                         [&lines](LogLevel, const QString &text) { lines.append(text); });
        job.start();
        QVERIFY(finished.wait(60'000));
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QVERIFY(!summary.text().contains(ExtractionHarness::apiKey()));
    }
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(!line.contains(ExtractionHarness::apiKey()), qPrintable(line));
    QDirIterator it(options.outputDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(!readAll(path).contains(ExtractionHarness::apiKey().toUtf8()), qPrintable(path));
    }
    QVERIFY(files >= 11);
    for (const RequestRecord &record : harness.server().requestLog())
        QVERIFY(!record.query.contains(ExtractionHarness::apiKey())); // never in a URL
}

void TestExtraction::invalidOptionsAreRejectedBeforeAnyRequest()
{
    ExtractionHarness harness;
    const auto expectRejected = [&](ExtractionOptions options, const QString &fragment) {
        const RunSummary summary = harness.run(options);
        QVERIFY2(summary.fatalError.contains(fragment, Qt::CaseInsensitive), qPrintable(summary.fatalError));
        QCOMPARE(summary.exitCode(), 1);
    };
    ExtractionOptions o = harness.options();
    o.perPage = 251;
    expectRejected(o, QStringLiteral("between 1 and 250"));
    o = harness.options();
    o.endpoints = {EndpointSelection{QStringLiteral("phone_calls"), 0, {}}};
    expectRejected(o, QStringLiteral("Unknown endpoint"));
    o = harness.options();
    o.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {QStringLiteral("no_such_field")}}};
    expectRejected(o, QStringLiteral("not an optional field"));
    o = harness.options();
    o.baseUrl = QUrl(QStringLiteral("http://api.example.com/v3"));
    expectRejected(o, QStringLiteral("https"));
    o = harness.options();
    o.outputDir = QStringLiteral("/proc/no-such-place/out");
    expectRejected(o, QStringLiteral("output folder"));
    QCOMPARE(harness.server().requestCount(), 0);
}

void TestExtraction::earlierCompleteFileSurvivesAFailedRun()
{
    ExtractionHarness harness;
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}}};
    QVERIFY(harness.run(options).allComplete());
    const QByteArray before = readAll(fileFor(options, QStringLiteral("users")));
    QVERIFY(!before.isEmpty());
    harness.server().failWithStatus(QStringLiteral("users"), 503, 100);
    options.maxRetries = 1;
    const RunSummary failed = harness.run(options);
    QCOMPARE(ExtractionHarness::resultFor(failed, QStringLiteral("users"))->outcome, EndpointOutcome::Failed);
    QCOMPARE(readAll(fileFor(options, QStringLiteral("users"))), before);
}

void TestExtraction::gapBetweenRowsAndReportedTotalIsFlagged()
{
    ExtractionHarness harness;
    harness.server().setReportedTotal(QStringLiteral("users"), 9);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("users"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const EndpointResult *users = ExtractionHarness::resultFor(summary, QStringLiteral("users"));
    QCOMPARE(users->outcome, EndpointOutcome::Incomplete);
    QCOMPARE(users->records, 6);
    QCOMPARE(users->reported, 9);
    QVERIFY2(users->message.contains(QStringLiteral("3 missing")), qPrintable(users->message));
    QCOMPARE(summary.exitCode(), 1);
    QVERIFY(
        QFile::exists(fileFor(options, QStringLiteral("users")))); // the rows are kept, the gap is flagged
}

void TestExtraction::absurdPageCountStopsSafely()
{
    ExtractionHarness harness;
    harness.server().setReportedTotal(QStringLiteral("tags"), 900'000'000'000LL);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("tags"), 0, {}}};
    const RunSummary summary = harness.run(options);
    const EndpointResult *tags = ExtractionHarness::resultFor(summary, QStringLiteral("tags"));
    QCOMPARE(tags->outcome, EndpointOutcome::Failed);
    QVERIFY2(tags->message.contains(QStringLiteral("implausible")), qPrintable(tags->message));
    QVERIFY(harness.server().requestCount(QStringLiteral("tags")) <= 1);
}

void TestExtraction::nextPageLoopEnds()
{
    ExtractionHarness harness;
    harness.server().setNextPageLoop(true);
    ExtractionOptions options = harness.options();
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 100;
    const RunSummary summary = harness.run(options, 30'000);
    QVERIFY(summary.finishedAt.isValid());
    const QStringList written = ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls")));
    QVERIFY(!hasDuplicates(written));
    // The count and the pages it sizes, then the looping link once and its repeat.
    QVERIFY(harness.server().requestCount(QStringLiteral("calls")) <= (1200 + 99) / 100 + 3);
}

void TestExtraction::accountsRunAtOnceEachOnItsOwnBudget()
{
    // CallRail's budget is per account: with several accounts, a budget-bound run uses every account's budget
    // at once instead of one account after another.
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 3;
    config.calls = 400;
    ExtractionHarness harness(config);
    constexpr int kLimit = 8;
    constexpr int kWindowMs = 1500;
    harness.server().setHourlyLimit(kLimit);
    harness.server().setBudgetWindow(kWindowMs);
    ExtractionOptions options = harness.options();
    options.allAccounts = true;
    options.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}}};
    options.perPage = 50; // 8 pages and a count per account: more than one window's budget
    options.budget.hourly = kLimit;
    options.budget.windowMs = kWindowMs;
    const RunSummary summary = harness.run(options);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(harness.server().tooManyRequestsCount(), 0);
    const QStringList accounts = harness.server().dataset().accountIds();
    QCOMPARE(accounts.size(), 3);
    for (const QString &account : accounts) {
        const QString file = QDir(options.outputDir).filePath(QStringLiteral("calls_%1.csv").arg(account));
        QCOMPARE(ExtractionHarness::idColumn(file), harness.serverIds(QStringLiteral("calls"), account));
    }
    // In the first window every account spent (nearly) its whole budget: the accounts list is charged to
    // each, the rest went to its calls.
    const QList<RequestRecord> log = harness.server().requestLog();
    QVERIFY(!log.isEmpty());
    const QDateTime windowEnd = log.first().time.addMSecs(kWindowMs - 200);
    for (const QString &account : accounts) {
        const auto inFirstWindow = std::count_if(log.begin(), log.end(), [&](const RequestRecord &r) {
            return r.accountId == account && r.time < windowEnd && r.status == 200;
        });
        QVERIFY2(inFirstWindow >= kLimit - 2,
                 qPrintable(account + QLatin1Char(' ') + QString::number(inFirstWindow)));
    }
}

void TestExtraction::corruptedAnswersNeverBecomeData_data()
{
    QTest::addColumn<quint64>("seed");
    for (const quint64 seed : {11, 22, 33, 44})
        QTest::addRow("fault seed %llu", seed) << seed;
}

void TestExtraction::corruptedAnswersNeverBecomeData()
{
    // 15 % of the answers damaged (every kind: garbage in a value or a key, cut short, records taken out,
    // HTML, wrong envelopes), plus 5xx, dropped connections and calls arriving during the run: every record
    // of every endpoint must reach the file exactly once and exactly as the server holds it.
    QFETCH(quint64, seed);
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.calls = 500;
    config.formSubmissions = 120;
    config.conversations = 60;
    config.companies = 2;
    ExtractionHarness harness(config);
    const QStringList callsBefore = harness.serverIds(QStringLiteral("calls"));
    harness.server().setRandomFaults({seed, 15, 5, 3});
    harness.server().insertCallsDuringScan(harness.accountId(), 2);
    ExtractionOptions options = harness.options();
    options.exportOptions.format = OutputFormat::JsonLines;
    options.perPage = 40; // many pages, so that many are damaged
    options.maxRetries = 12;
    options.backoffBaseMs = 5;
    const RunSummary summary = harness.run(options, 120'000);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.exitCode(), 0);
    QVERIFY(summary.errors() > 0); // the faults did strike

    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        const QString file = QDir(options.outputDir).filePath(spec.name + QStringLiteral(".jsonl"));
        const QMultiHash<QString, QByteArray> written = ExtractionHarness::jsonLinesById(file);
        const QHash<QString, QByteArray> held = harness.serverRecordLines(spec.name);
        QVERIFY2(!written.isEmpty(), qPrintable(spec.name));
        QVERIFY2(written.size() == written.uniqueKeys().size(), qPrintable(spec.name)); // no duplicates
        // A report of calls counted the calls there were when it was asked, and more kept arriving: its rows
        // are all there, but their counts are those of their moment.
        const bool countsArrivingCalls = spec.isReport() && spec.path.startsWith(QLatin1String("calls/"));
        if (countsArrivingCalls)
            QCOMPARE(QSet<QString>(written.keyBegin(), written.keyEnd()),
                     QSet<QString>(held.keyBegin(), held.keyEnd()));
        for (auto it = written.cbegin(); it != written.cend() && !countsArrivingCalls; ++it) {
            QVERIFY2(held.contains(it.key()), qPrintable(spec.name + QLatin1Char(' ') + it.key()));
            QCOMPARE(it.value(), held.value(it.key())); // byte for byte as the server holds it
        }
        if (spec.name == QLatin1String("calls")) {
            // Calls kept arriving during the run: all that existed at the start are in, and some later ones.
            for (const QString &id : callsBefore)
                QVERIFY2(written.contains(id), qPrintable(id));
            QVERIFY(written.size() > callsBefore.size());
        } else {
            QCOMPARE(written.size(), held.size());
        }
    }
}

void TestExtraction::pageThatNeverArrivesIntactFailsTheEndpoint()
{
    // Damaged again and again: the endpoint fails (never "Complete"), names the page, keeps the rows it
    // had, and the run's exit status says so.
    ExtractionHarness harness;
    const ExtractionOptions options = callsOneAtATime(harness);
    afterCallsPages(harness, 3, [&] { // page 1, the count, page 2
        harness.server().sendMalformedJson(QStringLiteral("calls"), 1000,
                                           ServerFaults::Damage::GarbageInValue);
    });
    const RunSummary summary = harness.run(options);
    const EndpointResult *calls = ExtractionHarness::resultFor(summary, QStringLiteral("calls"));
    QVERIFY(calls);
    QCOMPARE(calls->outcome, EndpointOutcome::Failed);
    // Whichever damaged page ran out of attempts first is named (pages 3 and on are all damaged).
    QVERIFY2(QRegularExpression(QStringLiteral("^calls, page \\d+: ")).match(calls->message).hasMatch(),
             qPrintable(calls->message));
    QVERIFY2(calls->message.contains(QStringLiteral("control character")), qPrintable(calls->message));
    QCOMPARE(calls->records, 200);
    const QStringList rows =
        ExtractionHarness::idColumn(fileFor(options, QStringLiteral("calls")) + QStringLiteral(".partial"));
    QCOMPARE(rows, harness.serverIds(QStringLiteral("calls")).mid(0, 200));
    QCOMPARE(summary.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestExtraction)
#include "tst_extraction.moc"
