// Benchmark 10: keeping an export current. A 1,000,000-call account (a year of calls) is exported once; a
// week later (a week of new calls) it is refreshed with the default 30-day look-back. Prints the requests the
// refresh spent against the fewest that can fetch its re-read window plus the small lists, and its wall time,
// against the requests of the full export.
//
//   bench_refresh [--calls N] [--look-back DAYS]

#include "BenchOutput.h"
#include "BenchServer.h"

#include "api/EndpointCatalogue.h"
#include "engine/ExtractionJob.h"
#include "refresh/ExportRefresh.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace callrail;
using namespace callrail::bench;

namespace {

RunSummary runToEnd(const ExtractionOptions &options)
{
    ExtractionJob job(options);
    RunSummary summary;
    QEventLoop loop;
    QObject::connect(&job, &ExtractionJob::runFinished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    job.start();
    loop.exec();
    return summary;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls in the account"),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption lookBackOpt(QStringLiteral("look-back"), QStringLiteral("Look-back in days"),
                                         QStringLiteral("DAYS"),
                                         QString::number(ExportRefresh::kDefaultLookBackDays));
    parser.addOptions({callsOpt, lookBackOpt});
    parser.process(app);
    const qint64 calls = parser.value(callsOpt).toLongLong();
    const int lookBack = parser.value(lookBackOpt).toInt();

    DatasetConfig config;
    config.calls = calls;
    config.formSubmissions = calls / 50;
    config.conversations = calls / 100;
    config.spanDays = 365;
    BenchServer server(config);
    server.call([](FakeCallRailServer &s) {
        s.setHourlyLimit(100'000'000); // the speed of the refresh, not CallRail's clock
        s.setDailyLimit(100'000'000);
    });
    ExtractionOptions options = server.wholeDataSetOptions();
    options.budget.hourly = 1'000'000;
    options.budget.daily = 1'000'000;
    options.budgetStoragePath.clear();
    options.exportOptions.format = OutputFormat::JsonLines;
    QTemporaryDir folder;
    options.outputDir = folder.path();

    QElapsedTimer timer;
    timer.start();
    const RunSummary exported = runToEnd(options);
    if (!exported.allComplete()) {
        std::fprintf(stderr, "bench_refresh: the export did not complete: %s\n",
                     qPrintable(exported.oneLine()));
        return 1;
    }
    std::fprintf(stderr, "export: %d requests, %.1f s\n", exported.requests, timer.elapsed() / 1000.0);

    // A week later: a week's share of a year of calls, forms and texts is new.
    const QString account = server.accountId();
    server.call([&](FakeCallRailServer &s) { s.dataset().insertCalls(account, int(calls * 7 / 365)); });

    ExportRefresh refresh(folder.path(), lookBack);
    ExtractionOptions again = options;
    QString error;
    timer.restart();
    if (!refresh.prepare(
            again, [](LogLevel, const QString &) {}, &error)) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(error));
        return 1;
    }
    const RunSummary reread = runToEnd(again);
    const RefreshReport report = refresh.finish(reread, [](LogLevel, const QString &) {});
    const double wall = timer.elapsed() / 1000.0;
    if (!report.ok) {
        std::fprintf(stderr, "bench_refresh: %s\n", qPrintable(report.error));
        return 1;
    }

    // The fewest requests for what the refresh had to read: every page of the re-read window of the dated
    // lists, and every small list whole (one list per company for the per-company ones).
    const int perPage = again.perPage;
    int minimum = 0;
    server.call([&](FakeCallRailServer &s) {
        const ImitationDataset &data = s.dataset();
        const auto pages = [perPage](qint64 n) { return std::max<qint64>(1, (n + perPage - 1) / perPage); };
        DateQuery window;
        window.startDate = again.dates.customStart.toString(Qt::ISODate);
        window.endDate = again.dates.customEnd.toString(Qt::ISODate);
        window.timeZone = again.dates.timeZone;
        for (const EndpointSpec &spec : EndpointCatalogue::all()) {
            const ImitationQuery all{{}, spec.dateFiltered ? window : DateQuery(), !spec.dateFiltered};
            if (spec.scope == EndpointScope::Global) {
                minimum += int(pages(data.count(spec.name, {}, all)));
            } else if (spec.scope == EndpointScope::PerCompany) {
                for (const QString &company : data.companyIds(account))
                    minimum += int(pages(
                        data.count(spec.name, account, ImitationQuery{company, all.dates, all.unbounded})));
            } else {
                minimum += int(pages(data.count(spec.name, account, all)));
            }
        }
    });
    std::fprintf(stderr, "%s\n", qPrintable(report.text()));
    std::fprintf(stderr, "refresh: %d requests (fewest possible %d), %.1f s\n", reread.requests, minimum,
                 wall);
    printResult("refresh_requests", reread.requests);
    printResult("refresh_min_requests", minimum);
    printResult("refresh_requests_ratio", double(reread.requests) / double(std::max(1, minimum)));
    printResult("refresh_wall_s", wall);
    printResult("refresh_full_export_requests", exported.requests);
    return 0;
}
