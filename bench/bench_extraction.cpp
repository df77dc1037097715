// bench_extraction: benchmarks 1 (end-to-end extraction, and the speed-up over one request at a time) and 2
// (a run bound by a scaled-down request budget). The imitation CallRail runs on its own thread with a fixed
// latency per reply; the real ExtractionJob extracts every list (the reports aside) into a temporary folder.
// Prints human-readable lines and, for scripts/bench, "RESULT <key> <value>" lines.

#include "BenchServer.h"

#include "engine/ExtractionJob.h"

#include "BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace callrail;
using namespace callrail::bench;

namespace {

struct Measured
{
    RunSummary summary;
    qint64 wallMs = 0;
    int serverRequests = 0;
    int server429 = 0;
    double servedMs = 0; ///< mean arrival-to-reply time at the server
};

Measured runJob(BenchServer &server, const ExtractionOptions &options)
{
    server.call([](FakeCallRailServer &s) { s.resetCounters(); });
    server.resetServedTimes();
    Measured m;
    ExtractionJob job(options);
    QEventLoop loop;
    QObject::connect(&job, &ExtractionJob::runFinished, &loop, [&](const RunSummary &summary) {
        m.summary = summary;
        loop.quit();
    });
    QTimer guard; // never hang a benchmark script
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &job, &ExtractionJob::cancel);
    guard.start(20 * 60 * 1000);
    QElapsedTimer timer;
    timer.start();
    job.start();
    loop.exec();
    m.wallMs = timer.elapsed();
    m.servedMs = server.meanServedMs();
    server.call([&](FakeCallRailServer &s) {
        m.serverRequests = s.requestCount();
        m.server429 = s.tooManyRequestsCount();
    });
    if (!m.summary.allComplete())
        std::fprintf(stderr, "bench: the extraction did not complete:\n%s\n", qPrintable(m.summary.text()));
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The figures, not the product's own log lines (which would also cost time on the terminal).
    QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false\ncallrail.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Extraction benchmarks 1 and 2"));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *description, const char *defaultValue) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description), QStringLiteral("N"),
                             QString::fromLatin1(defaultValue));
        parser.addOption(o);
        return o;
    };
    const auto latencyOpt = option("latency", "Delay of every reply in ms", "100");
    const auto callsOpt = option("calls", "Calls", "100000");
    const auto formsOpt = option("forms", "Form submissions", "20000");
    const auto conversationsOpt = option("conversations", "Text conversations", "10000");
    const auto companiesOpt = option("companies", "Companies", "25");
    const auto concurrencyOpt = option("concurrency", "Requests in flight", "4");
    const auto spanOpt = option("span-days", "Days the records are spread over", "365");
    const auto windowOpt = option("budget-window-ms", "Scaled-down budget hour for benchmark 2", "10000");
    const auto accountsOpt = option("accounts", "Accounts of the agency in the accounts benchmark", "4");
    const auto accountCallsOpt =
        option("account-calls", "Calls per account in the accounts benchmark", "20000");
    const auto modeOpt = option("mode", "e2e, budget, accounts or all", "all");
    parser.process(app);
    const auto number = [&](const QCommandLineOption &o) { return parser.value(o).toLongLong(); };

    DatasetConfig config;
    config.accounts = 1;
    config.companies = int(number(companiesOpt));
    config.calls = number(callsOpt);
    config.formSubmissions = number(formsOpt);
    config.conversations = number(conversationsOpt);
    config.spanDays = int(number(spanOpt));
    const int latency = int(number(latencyOpt));
    const int concurrency = int(number(concurrencyOpt));
    const QString mode = parser.value(modeOpt);

    BenchServer server(config);
    server.call([latency](FakeCallRailServer &s) { s.setLatency(latency); });
    const int perPage = 250;
    const int minimum = server.minimumRequests(perPage);
    const qint64 records = server.totalRecords();
    std::printf("data set: %lld records in the lists, %d companies; minimum requests at %d a page: %d\n",
                records, config.companies, perPage, minimum);

    QTemporaryDir output;
    ExtractionOptions options = server.wholeDataSetOptions();
    options.perPage = perPage;
    options.concurrency = concurrency;
    options.timeoutMs = 60'000;
    options.budgetStoragePath.clear();

    if (mode == QLatin1String("e2e") || mode == QLatin1String("all")) {
        options.outputDir = output.path() + QStringLiteral("/e2e");
        const Measured m = runJob(server, options);
        const double ideal = double(minimum) * latency / concurrency;
        std::printf(
            "[1] concurrency %d, latency %d ms: %.2f s wall, ideal %.2f s (ratio %.3f); %d requests "
            "(server saw %d) for a minimum of %d (ratio %.3f); 429s %d; %.0f records/s; complete %s\n",
            concurrency, latency, m.wallMs / 1000.0, ideal / 1000.0, m.wallMs / ideal, m.summary.requests,
            m.serverRequests, minimum, double(m.serverRequests) / minimum, m.server429,
            m.summary.records() * 1000.0 / double(m.wallMs), m.summary.allComplete() ? "yes" : "NO");
        printResult("e2e_complete", m.summary.allComplete() ? 1 : 0);
        printResult("e2e_wall_s", m.wallMs / 1000.0);
        printResult("e2e_ideal_s", ideal / 1000.0);
        printResult("e2e_ratio", m.wallMs / ideal);
        printResult("e2e_requests", m.serverRequests);
        printResult("e2e_min_requests", minimum);
        printResult("e2e_requests_ratio", double(m.serverRequests) / minimum);
        printResult("e2e_429", m.server429);
        printResult("e2e_records", double(m.summary.records()));
        printResult("e2e_records_per_s", m.summary.records() * 1000.0 / double(m.wallMs));
        // What the imitation server itself adds to each request (building and encoding 250 records) is
        // inside the wall time but not in the latency-bound ideal.
        std::printf("[1] the imitation server took %.1f ms a request on average (latency %d ms included)\n",
                    m.servedMs, latency);
        printResult("e2e_server_ms_per_request", m.servedMs - latency);
        // The same bound with the time the imitation server really took per request instead of the bare
        // latency: what is left above it is the client's own overhead.
        printResult("e2e_ratio_server_adjusted", m.wallMs / (double(minimum) * m.servedMs / concurrency));

        ExtractionOptions serial = options;
        serial.concurrency = 1;
        serial.outputDir = output.path() + QStringLiteral("/serial");
        const Measured s = runJob(server, serial);
        std::printf(
            "[1] concurrency 1: %.2f s wall, %d requests, 429s %d; speed-up of concurrency %d: %.2f\n",
            s.wallMs / 1000.0, s.serverRequests, s.server429, concurrency,
            double(s.wallMs) / double(m.wallMs));
        printResult("serial_complete", s.summary.allComplete() ? 1 : 0);
        printResult("serial_wall_s", s.wallMs / 1000.0);
        printResult("serial_429", s.server429);
        printResult("speedup", double(s.wallMs) / double(m.wallMs));
    }

    if (mode == QLatin1String("budget") || mode == QLatin1String("all")) {
        // A limit that needs exactly two windows: 60 % of the requests fit in the first. The first window's
        // requests take less than the window at full speed, so the job must wait for the second window.
        const qint64 windowMs = number(windowOpt);
        const int limit = int(std::ceil(minimum * 0.6));
        server.call([&](FakeCallRailServer &s) {
            s.setHourlyLimit(limit);
            s.setDailyLimit(0);
            s.setBudgetWindow(windowMs);
        });
        ExtractionOptions budgeted = options;
        budgeted.budget.hourly = limit;
        budgeted.budget.daily = 1'000'000;
        budgeted.budget.windowMs = windowMs;
        budgeted.outputDir = output.path() + QStringLiteral("/budget");
        const Measured m = runJob(server, budgeted);
        // In a rolling window the first request's slot comes back windowMs after it was sent; from then on
        // slots come back as fast as they were used, so the rest goes at full speed.
        const int windows = (minimum + limit - 1) / limit;
        const double fullSpeedMs = double(latency) / concurrency;
        const double ideal = std::max(double(minimum) * fullSpeedMs,
                                      double(windowMs) * (windows - 1) +
                                          double(minimum - limit * (windows - 1)) * fullSpeedMs);
        std::printf("[2] budget %d per %lld ms window: %.2f s wall, ideal %.2f s (ratio %.3f); %d requests; "
                    "429s %d; complete %s\n",
                    limit, windowMs, m.wallMs / 1000.0, ideal / 1000.0, m.wallMs / ideal, m.serverRequests,
                    m.server429, m.summary.allComplete() ? "yes" : "NO");
        printResult("budget_complete", m.summary.allComplete() ? 1 : 0);
        printResult("budget_limit", limit);
        printResult("budget_wall_s", m.wallMs / 1000.0);
        printResult("budget_ideal_s", ideal / 1000.0);
        printResult("budget_ratio", m.wallMs / ideal);
        const double servedIdeal =
            std::max(double(minimum) * m.servedMs / concurrency,
                     double(windowMs) * (windows - 1) +
                         double(minimum - limit * (windows - 1)) * m.servedMs / concurrency);
        printResult("budget_ratio_server_adjusted", m.wallMs / servedIdeal);
        printResult("budget_requests", m.serverRequests);
        printResult("budget_429", m.server429);
    }
    if (mode == QLatin1String("accounts") || mode == QLatin1String("all")) {
        // An agency key: the same job for one account and for all of them. CallRail's budget is per account,
        // so all of them together should take about as long as one.
        DatasetConfig agency = config;
        agency.accounts = int(number(accountsOpt));
        agency.calls = number(accountCallsOpt);
        agency.formSubmissions = agency.calls / 5;
        agency.conversations = agency.calls / 10;
        agency.companies = 5;
        BenchServer agencyServer(agency);
        // Every account on a plan that lists outbound caller ids, so that each does the same job (by default
        // the imitation refuses them on every second account, which would make "all" lighter than "one" × 4).
        agencyServer.call([latency](FakeCallRailServer &s) {
            s.setLatency(latency);
            s.readings().callerIdsOnEveryPlan = true;
        });
        ExtractionOptions one = agencyServer.wholeDataSetOptions();
        one.perPage = perPage;
        one.concurrency = concurrency;
        one.timeoutMs = 60'000;
        one.budgetStoragePath.clear();
        one.accountId = agencyServer.accountId();
        one.outputDir = output.path() + QStringLiteral("/one-account");
        const Measured single = runJob(agencyServer, one);
        ExtractionOptions all = one;
        all.accountId.clear();
        all.allAccounts = true;
        all.outputDir = output.path() + QStringLiteral("/all-accounts");
        const Measured every = runJob(agencyServer, all);
        const bool complete = single.summary.allComplete() && every.summary.allComplete();
        std::printf(
            "[6] one account: %.2f s, %d requests; all %d accounts: %.2f s, %d requests (ratio %.2f); "
            "429s %d; complete %s\n",
            single.wallMs / 1000.0, single.serverRequests, agency.accounts, every.wallMs / 1000.0,
            every.serverRequests, double(every.wallMs) / double(single.wallMs), every.server429,
            complete ? "yes" : "NO");
        printResult("accounts_complete", complete ? 1 : 0);
        printResult("accounts_count", agency.accounts);
        printResult("accounts_one_s", single.wallMs / 1000.0);
        printResult("accounts_all_s", every.wallMs / 1000.0);
        printResult("accounts_ratio", double(every.wallMs) / double(single.wallMs));
        printResult("accounts_429", every.server429);
    }
    return 0;
}
