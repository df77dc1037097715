// bench_transform: benchmark 3, the work done for every page on one core: parse the JSON page
// (QJsonDocument::fromJson), flatten the records and write them as CSV (EndpointFile, as the extraction
// does). Pages hold 250 calls with EVERY optional field. Prints "RESULT <key> <value>" lines for
// scripts/bench.

#include "api/EndpointCatalogue.h"
#include "demo/DemoDataset.h"
#include "export/EndpointFile.h"
#include "export/RecordFlattener.h"

#include "BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    DemoDataset dataset(config);
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
        bodies.append(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
        bodyBytes += bodies.last().size();
    }

    // The flattener writes nested objects and arrays as compact JSON itself (for speed): it must give exactly
    // what QJsonDocument gives. Checked on every nested value of the pages and on awkward cases.
    {
        QJsonArray awkward;
        awkward.append(QStringLiteral("quote \" backslash \\ slash / tab \t nl \n cr \r"));
        awkward.append(QString(QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QStringLiteral("é€😀")));
        awkward.append(QString(QString(QChar(0xd800)) + QStringLiteral("x") + QChar(0xdc00)));
        for (const double d : {0.0, -1.0, 2.5, 1e300, -0.0, 1e-7, 1e15})
            awkward.append(d);
        awkward.append(qint64(123456789012345678LL));
        awkward.append(true);
        awkward.append(QJsonValue());
        awkward.append(QJsonObject());
        awkward.append(QJsonArray());
        awkward.append(QJsonObject{{QStringLiteral("k\"ey"), QJsonArray{1, 2}}});
        // Numbers as the parser stores them (integers and doubles are kept apart).
        awkward.append(
            QJsonDocument::fromJson("[1, 1.0, 1e15, 1000000000000000, -0.0, 0.1, 12345678901234567890]")
                .array());
        QList<QJsonValue> nested{QJsonValue(awkward)};
        for (const QByteArray &body : std::as_const(bodies)) {
            const QJsonArray calls =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("calls")).toArray();
            for (const QJsonValue &call : calls) {
                const QJsonObject object = call.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (it.value().isObject() || it.value().isArray())
                        nested.append(it.value());
                }
            }
        }
        for (const QJsonValue &value : std::as_const(nested)) {
            const QString expected = QString::fromUtf8(
                value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            if (scalarToText(value) != expected) {
                std::fprintf(stderr, "bench: compact JSON differs from QJsonDocument:\n%s\n%s\n",
                             qPrintable(scalarToText(value)), qPrintable(expected));
                return 1;
            }
        }
        std::printf("compact JSON of %lld nested values identical to QJsonDocument's\n",
                    qint64(nested.size()));
    }

    QTemporaryDir dir;
    EndpointFile file(dir.filePath(QStringLiteral("calls.csv")), spec->columns(fields), ExportOptions{});
    QString error;
    if (!file.open(&error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }

    double parseMs = 0, writeMs = 0;
    const double start = threadCpuMs();
    qint64 rows = 0;
    for (int p = 0; p < pages; ++p) {
        const double t0 = threadCpuMs();
        const QJsonObject envelope = QJsonDocument::fromJson(bodies.at(p % kDistinctPages)).object();
        const QJsonArray array = envelope.value(QStringLiteral("calls")).toArray();
        QList<QJsonObject> records;
        records.reserve(array.size());
        for (const QJsonValue &value : array)
            records.append(value.toObject());
        const double t1 = threadCpuMs();
        if (!file.writePage(records, &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 1;
        }
        const double t2 = threadCpuMs();
        parseMs += t1 - t0;
        writeMs += t2 - t1;
        rows += records.size();
    }
    const double cpuMs = threadCpuMs() - start;
    file.commit(&error);

    std::printf(
        "[3] %lld calls with %lld optional fields (%lld columns, %.0f KB a page): %.0f records/s on one "
        "core, %.2f CPU ms a page (parse %.2f, flatten+CSV write %.2f)\n",
        rows, qint64(fields.size()), qint64(spec->columns(fields).size()),
        bodyBytes / 1024.0 / kDistinctPages, rows * 1000.0 / cpuMs, cpuMs / pages, parseMs / pages,
        writeMs / pages);
    result(prefix + "_records_per_s", rows * 1000.0 / cpuMs);
    result(prefix + "_ms_per_page", cpuMs / pages);
    result(prefix + "_parse_ms_per_page", parseMs / pages);
    result(prefix + "_write_ms_per_page", writeMs / pages);
    return 0;
}
