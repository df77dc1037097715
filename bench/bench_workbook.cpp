// bench_workbook: benchmark 7, the Excel workbook alone: WorkbookWriter reading a staged JSON Lines file of
// calls with the default fields and writing the typed sheet, the Summary and its chart, in constant-memory
// mode. The file is generated first (not timed). Prints "RESULT <key> <value>" lines for scripts/bench.
//
//   bench_workbook [--rows N]   (default 1,000,000)
//   bench_workbook --rows N --keep-source FILE, then bench_workbook --rows N --source FILE: the same file
//   read again, e.g. under perf record, without its generation in the profile; --output FILE keeps the
//   workbook

#include "api/EndpointCatalogue.h"
#include "export/WorkbookWriter.h"

#include "BenchOutput.h"
#include "StagedCalls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

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

double peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Calls to write."),
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
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QStringLiteral("Keep the workbook as FILE (to check it: unzip -t)."),
        QStringLiteral("FILE"));
    parser.addOption(outputOption);
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(keepOption))
        return bench::writeStagedCalls(parser.value(keepOption), rows) ? 0 : 1;

    QTemporaryDir dir;
    const QString source =
        parser.isSet(sourceOption) ? parser.value(sourceOption) : dir.filePath(QStringLiteral("calls.jsonl"));
    if (!parser.isSet(sourceOption) && !bench::writeStagedCalls(source, rows)) {
        std::fprintf(stderr, "bench_workbook: could not write %s\n", qPrintable(source));
        return 1;
    }
    const double residentBefore = peakResidentMb();

    const EndpointSpec &calls = *EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList columns = calls.columns({});
    const QString path = parser.isSet(outputOption) ? parser.value(outputOption)
                                                    : dir.filePath(QStringLiteral("callrail.xlsx"));
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = processCpuSeconds();
    WorkbookWriter writer(path);
    QString error;
    if (!writer.open(&error)) {
        std::fprintf(stderr, "bench_workbook: %s\n", qPrintable(error));
        return 1;
    }
    const SheetReport report = writer.addSheet(QStringLiteral("calls"), source, columns,
                                               calls.columnTypes({}), {}, calls.timestampField, &error);
    writer.setSummary({QStringLiteral("Benchmark")}, QStringLiteral("Date"), QStringLiteral("Calls"),
                      QStringLiteral("Calls per day"), report.perDay);
    if (!error.isEmpty() || !writer.close(&error)) {
        std::fprintf(stderr, "bench_workbook: %s\n", qPrintable(error));
        return 1;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuStart;
    const double peak = peakResidentMb();

    std::printf("[7] Excel workbook: %lld calls in %.2f s (%.0f rows/s, %.2f s CPU), %.0f MB file, peak "
                "resident %.1f MB (%.1f MB before writing)\n",
                static_cast<long long>(report.rows), seconds, double(report.rows) / seconds, cpu,
                double(QFileInfo(path).size()) / 1e6, peak, residentBefore);
    bench::printResult("workbook_rows_per_s", double(report.rows) / seconds);
    bench::printResult("workbook_cpu_rows_per_s", double(report.rows) / cpu);
    bench::printResult("workbook_peak_mb", peak);
    bench::printResult("workbook_rows", double(report.rows));
    return report.rows == rows ? 0 : 1;
}
