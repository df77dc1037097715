// bench_postgres: benchmark 9, the PostgreSQL database alone: PostgresWriter loading a staged JSON Lines file
// of calls with the default fields into a throwaway server on a local Unix socket (the tests' PostgresServer,
// with PostgreSQL's default durability: every commit synced), first into an empty table, then again into the
// full one (every row merged as an update). The file is generated first (not timed). Prints
// "RESULT <key> <value>" lines for scripts/bench.
//
//   bench_postgres [--rows N]   (default 1,000,000)

#include "api/EndpointCatalogue.h"
#include "export/PostgresWriter.h"

#include "BenchOutput.h"
#include "PostgresServer.h"
#include "StagedCalls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace callrail;

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Calls to load."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(rowsOption);
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("calls.jsonl"));
    if (!bench::writeStagedCalls(source, rows)) {
        std::fprintf(stderr, "bench_postgres: could not write %s\n", qPrintable(source));
        return 1;
    }
    test::PostgresServer server;
    QString error;
    if (!server.start(&error, true)) {
        std::fprintf(stderr, "bench_postgres: no PostgreSQL server: %s\n", qPrintable(error));
        return 1;
    }

    const EndpointSpec &calls = *EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList columns = calls.columns({});
    const QList<ColumnType> types = calls.typesOfColumns(columns);
    struct Timing
    {
        double wall = 0;
        double cpu = 0; ///< this process and the server's together: what a quiet machine would need
    };
    // Each load as a run makes it: its own connection, the schema made when missing, one transaction.
    const auto load = [&](Timing *timing) {
        QElapsedTimer wall;
        wall.start();
        const double cpuStart = processCpuSeconds() + server.cpuSeconds();
        PostgresWriter writer(server.connInfo(), test::PostgresServer::password(), QStringLiteral("bench"));
        TableReport report;
        if (writer.open(&error))
            report = writer.loadTable(QStringLiteral("calls"), source, columns, types, false, {},
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), &error);
        // Before the writer disconnects: its server process is counted while it lives.
        timing->cpu = processCpuSeconds() + server.cpuSeconds() - cpuStart;
        timing->wall = double(wall.nsecsElapsed()) / 1e9;
        return report;
    };
    Timing first;
    Timing again;
    const TableReport inserted = load(&first);
    const TableReport merged = error.isEmpty() ? load(&again) : TableReport{};
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_postgres: %s\n", qPrintable(error));
        return 1;
    }
    std::printf(
        "[9] PostgreSQL database: %lld calls in %.2f s into an empty table (%.0f rows/s, %.2f s CPU of "
        "client and server); again, every row merged as an update, in %.2f s (%.0f rows/s, %.2f s CPU)\n",
        static_cast<long long>(inserted.rows), first.wall, double(inserted.rows) / first.wall, first.cpu,
        again.wall, double(merged.rows) / again.wall, again.cpu);
    bench::printResult("postgres_rows_per_s", double(inserted.rows) / first.wall);
    bench::printResult("postgres_cpu_rows_per_s", double(inserted.rows) / first.cpu);
    bench::printResult("postgres_merge_rows_per_s", double(merged.rows) / again.wall);
    bench::printResult("postgres_rows", double(inserted.rows));
    return inserted.rows == rows && merged.rows == rows ? 0 : 1;
}
