// bench_workbook: benchmark 7, the Excel workbook alone: WorkbookWriter reading a staged JSON Lines file of
// calls with the default fields and writing the typed sheet, the Summary and its chart, in constant-memory
// mode. The file is generated first (not timed). Prints "RESULT <key> <value>" lines for scripts/bench.
//
//   bench_workbook [--rows N]   (default 1,000,000)

#include "api/EndpointCatalogue.h"
#include "export/WorkbookWriter.h"

#include "BenchCalls.h"
#include "BenchOutput.h"

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
    parser.addOption(rowsOption);
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("calls.jsonl"));
    if (!bench::writeCalls(source, rows)) {
        std::fprintf(stderr, "bench_workbook: could not write %s\n", qPrintable(source));
        return 1;
    }
    const double residentBefore = peakResidentMb();

    const EndpointSpec &calls = *EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList columns = calls.columns({});
    const QString path = dir.filePath(QStringLiteral("callrail.xlsx"));
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
                                               calls.columnTypes({}), calls.timestampField, &error);
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
