// bench_database: benchmark 8, the SQLite database alone: SqliteWriter reading a staged JSON Lines file of
// calls with the default fields and loading it into a new table (one transaction, the merge on the key
// included), then the same file again into that table, where every row is an update (a run repeated into the
// same folder). The file is generated first (not timed). Prints "RESULT <key> <value>" lines for
// scripts/bench.
//
//   bench_database [--rows N]   (default 1,000,000)
//   bench_database --rows N --keep-source FILE, then bench_database --rows N --source FILE: the same file
//   read again, e.g. under perf record, without its generation in the profile

#include "api/EndpointCatalogue.h"
#include "export/SqliteWriter.h"

#include "BenchOutput.h"
#include "StagedCalls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

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
    // For profiling the writing alone: a file written by an earlier run (--keep-source) instead of a new one.
    const QCommandLineOption sourceOption(QStringLiteral("source"), QStringLiteral("Staged calls to read."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep-source"),
                                        QStringLiteral("Write the staged calls to FILE and stop."),
                                        QStringLiteral("FILE"));
    parser.addOption(rowsOption);
    parser.addOption(sourceOption);
    parser.addOption(keepOption);
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(keepOption))
        return bench::writeStagedCalls(parser.value(keepOption), rows) ? 0 : 1;

    QTemporaryDir dir;
    const QString source =
        parser.isSet(sourceOption) ? parser.value(sourceOption) : dir.filePath(QStringLiteral("calls.jsonl"));
    if (!parser.isSet(sourceOption) && !bench::writeStagedCalls(source, rows)) {
        std::fprintf(stderr, "bench_database: could not write %s\n", qPrintable(source));
        return 1;
    }
    const EndpointSpec &calls = *EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList columns = calls.columns({});
    const QList<ColumnType> types = calls.typesOfColumns(columns);
    const QString path = dir.filePath(QStringLiteral("callrail.sqlite"));
    SqliteWriter writer(path);
    QString error;
    if (!writer.open(&error)) {
        std::fprintf(stderr, "bench_database: %s\n", qPrintable(error));
        return 1;
    }
    const auto load = [&](const char *what, const char *key, const char *cpuKey) {
        QElapsedTimer wall;
        wall.start();
        const double cpuStart = processCpuSeconds();
        const TableReport report = writer.loadTable(QStringLiteral("calls"), source, columns, types, false,
                                                    {}, QStringLiteral("2026-11-30T06:00:00.000Z"), &error);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = processCpuSeconds() - cpuStart;
        if (!error.isEmpty() || report.rows != rows) {
            std::fprintf(stderr, "bench_database: %lld rows loaded of %lld: %s\n",
                         static_cast<long long>(report.rows), static_cast<long long>(rows),
                         qPrintable(error));
            return false;
        }
        std::printf("[8] SQLite database, %s: %lld calls in %.2f s (%.0f rows/s, %.2f s CPU)\n", what,
                    static_cast<long long>(report.rows), seconds, double(report.rows) / seconds, cpu);
        bench::printResult(key, double(report.rows) / seconds);
        bench::printResult(cpuKey, double(report.rows) / cpu);
        return true;
    };
    if (!load("new table", "database_rows_per_s", "database_cpu_rows_per_s") ||
        !load("every row again (updates)", "database_update_rows_per_s", "database_update_cpu_rows_per_s"))
        return 1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("[8] database %.0f MB, peak resident %.1f MB\n", double(QFileInfo(path).size()) / 1e6,
                double(usage.ru_maxrss) / 1024.0);
    bench::printResult("database_peak_mb", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
