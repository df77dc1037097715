// bench_transform: benchmark 3, the work done for every page on one core: parse the JSON page
// (JsonPage), flatten the records into CSV rows (PageEncoder) and write them (EndpointFile), as the
// extraction does. Pages hold 250 calls with EVERY optional field. Prints "RESULT <key> <value>" lines for
// scripts/bench.

#include "api/EndpointCatalogue.h"
#include "api/JsonPage.h"
#include "export/EndpointFile.h"
#include "export/PageEncoder.h"
#include "imitation/ImitationDataset.h"

#include "BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace callrail;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

void result(const QByteArray &key, double value)
{
    bench::printResult(key.constData(), value);
}

struct PassFigures
{
    double cpuMs = 0;
    double parseMs = 0;
    double encodeMs = 0;
    double writeMs = 0;
    qint64 rows = 0;
    qint64 csvBytes = 0;
};

/// What the extraction does with each answer, for `pages` pages into a new CSV file at path: ApiClient
/// parses it, EndpointTask encodes its records as it arrives and writes them when its turn comes.
bool transformPass(const QString &path, const QStringList &columns, PageEncoder &encoder,
                   const QList<QByteArray> &bodies, int pages, PassFigures *figures, QString *error)
{
    EndpointFile file(path, columns, ExportOptions{});
    if (!file.open(error))
        return false;
    const double start = threadCpuMs();
    for (int p = 0; p < pages; ++p) {
        const double t0 = threadCpuMs();
        const auto page = JsonPage::parse(bodies.at(p % bodies.size()), error);
        const double t1 = threadCpuMs();
        EncodedPage encoded;
        if (!page || !encoder.encode(*page, QStringLiteral("calls"), QString(), &encoded))
            return false;
        const double t2 = threadCpuMs();
        if (!file.writeRows(encoded.rowBytes(0, encoded.rows.size()), encoded.rows.size(), error))
            return false;
        const double t3 = threadCpuMs();
        figures->parseMs += t1 - t0;
        figures->encodeMs += t2 - t1;
        figures->writeMs += t3 - t2;
        figures->csvBytes += encoded.bytes().size();
        figures->rows += encoded.rows.size();
    }
    figures->cpuMs = threadCpuMs() - start;
    return file.commit(error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The figures, not the product's own log lines (which would also cost time on the terminal).
    QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false\ncallrail.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pagesOpt(QStringLiteral("pages"), QStringLiteral("Pages to transform"),
                                      QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption defaultOpt(QStringLiteral("default-fields"),
                                        QStringLiteral("Only the default fields (for comparison)"));
    parser.addOption(pagesOpt);
    const QCommandLineOption fieldsOpt(QStringLiteral("fields"), QStringLiteral("Only these optional fields"),
                                       QStringLiteral("LIST"));
    parser.addOption(defaultOpt);
    parser.addOption(fieldsOpt);
    const QCommandLineOption sampleOpt(QStringLiteral("sample"),
                                       QStringLiteral("Print one record of a page and stop"));
    parser.addOption(sampleOpt);
    const QCommandLineOption noCheckOpt(
        QStringLiteral("no-check"), QStringLiteral("Skip the check against QJsonDocument (for profiling)"));
    parser.addOption(noCheckOpt);
    parser.process(app);
    const bool allFields = !parser.isSet(defaultOpt);
    const QByteArray prefix = allFields ? "transform" : "transform_default";
    const int pages = parser.value(pagesOpt).toInt();
    constexpr int kPerPage = 250;
    constexpr int kDistinctPages = 20;

    const EndpointSpec *spec = EndpointCatalogue::find(QStringLiteral("calls"));
    const QStringList fields = parser.isSet(fieldsOpt) ? parser.value(fieldsOpt).split(QLatin1Char(','))
                               : allFields             ? spec->optionalFieldNames()
                                                       : QStringList();
    DatasetConfig config;
    config.calls = kPerPage * kDistinctPages;
    ImitationDataset dataset(config);
    const QString account = dataset.accountIds().first();

    // Real envelopes as the server sends them (relative pagination), built before the clock starts.
    QList<QByteArray> bodies;
    qint64 bodyBytes = 0;
    for (int p = 0; p < kDistinctPages; ++p) {
        QJsonArray records;
        for (int i = 0; i < kPerPage; ++i)
            records.append(
                dataset.record(QStringLiteral("calls"), account, qint64(p) * kPerPage + i, fields));
        QJsonObject envelope{
            {QStringLiteral("page"), p + 1},
            {QStringLiteral("per_page"), kPerPage},
            {QStringLiteral("total_pages"), kDistinctPages},
            {QStringLiteral("total_records"), kPerPage * kDistinctPages},
            {QStringLiteral("has_next_page"), true},
            {QStringLiteral("next_page"), QStringLiteral("http://127.0.0.1/v3/a/x/calls.json")},
            {QStringLiteral("calls"), records}};
        // With room after the bytes for the parser's padding, as ApiClient reads an answer.
        bodies.append(JsonPage::padded(QJsonDocument(envelope).toJson(QJsonDocument::Compact)));
        bodyBytes += bodies.last().size();
    }

    if (parser.isSet(sampleOpt)) {
        const QJsonArray calls =
            QJsonDocument::fromJson(bodies.first()).object().value(QStringLiteral("calls")).toArray();
        std::printf("%s\n",
                    QJsonDocument(calls.first().toObject()).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    // The encoder writes JSON itself (for speed): it must give exactly what QJsonDocument gives.
    if (!parser.isSet(noCheckOpt)) {
        PageEncoder lines(spec->columns(fields), ExportOptions{OutputFormat::JsonLines, false, false});
        qint64 checked = 0;
        for (const QByteArray &body : std::as_const(bodies)) {
            QString error;
            const auto page = JsonPage::parse(body, &error);
            EncodedPage encoded;
            if (!page || !lines.encode(*page, QStringLiteral("calls"), QString(), &encoded)) {
                std::fprintf(stderr, "bench: page not parsed: %s\n", qPrintable(error));
                return 1;
            }
            // Qt drops U+FEFF at the start of a string (taking it for a byte order mark) unless it is
            // escaped.
            const QByteArray forQt = QByteArray(body).replace("\xEF\xBB\xBF", "\\ufeff");
            QByteArray expected;
            for (const QJsonValue &call :
                 QJsonDocument::fromJson(forQt).object().value(QStringLiteral("calls")).toArray())
                expected += QJsonDocument(call.toObject()).toJson(QJsonDocument::Compact) + '\n';
            if (encoded.rowBytes(0, encoded.rows.size()) != expected) {
                std::fprintf(stderr, "bench: JSON Lines differ from QJsonDocument's\n");
                return 1;
            }
            checked += encoded.rows.size();
        }
        std::printf("JSON Lines of %lld records identical to QJsonDocument's\n", checked);
    }

    // Two passes over the same pages in one process, each into a new file; the figures are the second's.
    // The first warms the allocator, the caches and, on a virtual machine, the guest's memory: this one
    // (Firecracker, virtio-balloon free page reporting) hands memory that stays free for a few seconds back
    // to the host, and the first write to it again costs a host page fault: `dd` of 275 MB into the page
    // cache ran at 0.9-1.2 GB/s after a 4 s pause and at 4.6 GB/s right after other memory was freed. The
    // first pass is printed too (cold), for reference.
    QTemporaryDir dir;
    PageEncoder encoder(spec->columns(fields), ExportOptions{});
    PassFigures cold;
    PassFigures warm;
    for (PassFigures *figures : {&cold, &warm}) {
        const QString path =
            dir.filePath(figures == &cold ? QStringLiteral("cold.csv") : QStringLiteral("calls.csv"));
        QString error;
        if (!transformPass(path, spec->columns(fields), encoder, bodies, pages, figures, &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 1;
        }
        QFile::remove(path); // its page cache is freed for the next pass
    }

    const auto perPage = [pages](double ms) { return ms / pages; };
    const auto recordsPerSecond = [](const PassFigures &f) { return f.rows * 1000.0 / f.cpuMs; };
    std::printf(
        "[3] %lld calls with %lld optional fields (%lld columns, %.0f KB of JSON, %.0f KB of CSV a page): "
        "%.0f records/s on one core, %.2f CPU ms a page (parse %.2f, flatten+CSV %.2f, file write %.2f); "
        "first pass %.0f records/s (file write %.2f)\n",
        warm.rows, qint64(fields.size()), qint64(spec->columns(fields).size()),
        bodyBytes / 1024.0 / kDistinctPages, warm.csvBytes / 1024.0 / pages, recordsPerSecond(warm),
        perPage(warm.cpuMs), perPage(warm.parseMs), perPage(warm.encodeMs), perPage(warm.writeMs),
        recordsPerSecond(cold), perPage(cold.writeMs));
    result(prefix + "_records_per_s", recordsPerSecond(warm));
    result(prefix + "_ms_per_page", perPage(warm.cpuMs));
    result(prefix + "_parse_ms_per_page", perPage(warm.parseMs));
    result(prefix + "_encode_ms_per_page", perPage(warm.encodeMs));
    result(prefix + "_write_ms_per_page", perPage(warm.writeMs));
    result(prefix + "_cold_records_per_s", recordsPerSecond(cold));
    result(prefix + "_cold_write_ms_per_page", perPage(cold.writeMs));
    return 0;
}
