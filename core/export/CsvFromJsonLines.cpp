#include "export/CsvFromJsonLines.h"

#include "export/ByteBuffer.h"
#include "export/CsvAddedColumns.h"
#include "export/CsvWriter.h"
#include "export/PageEncoder.h"
#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>

namespace callrail {

namespace {
/// Written out once this much CSV has gathered: big enough for few writes, small enough to stay flat.
constexpr size_t kFlushBytes = 1 << 20;
} // namespace

bool CsvFromJsonLines::write(const QString &jsonLinesPath, const QStringList &columns,
                             const QStringList &added, const ExportOptions &options, QIODevice &out,
                             QString *error, qint64 *rows, qint64 *notRecords,
                             const std::function<bool()> &stop)
{
    ExportOptions csv = options;
    csv.format = OutputFormat::Csv;
    QFile in(jsonLinesPath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the extracted file %1: %2")
                         .arg(QDir::toNativeSeparators(jsonLinesPath), in.errorString());
        return false;
    }
    const auto writeFailed = [&] {
        if (error)
            *error = tr("Could not write the CSV file: %1").arg(out.errorString());
        return false;
    };
    // The header and rows a CSV run writes, spread as its EndpointFile spreads them (CsvAddedColumns).
    const AddedColumns spread(columns, added);
    const bool spreading = !spread.names().isEmpty();
    QByteArray header = PageEncoder(columns, csv).header();
    if (spreading) {
        ByteBuffer line;
        if (csv.byteOrderMark)
            line.append("\xEF\xBB\xBF");
        CsvWriter::appendRow(line, columns + spread.names(), false);
        header = QByteArray(line.data(), qsizetype(line.size()));
    }
    if (out.write(header) != header.size())
        return writeFailed();

    RecordFlattener flattener(columns);
    flattener.setCsvFields(true, csv.excelSafe);
    ByteBuffer buffer;
    bool written = true;
    qint64 count = 0;
    qint64 skipped = 0;
    bool stopped = false;
    const auto flush = [&] {
        const auto size = qint64(buffer.size());
        written = out.write(buffer.data(), size) == size;
        buffer.clear();
        return written;
    };
    std::vector<std::string> decoded(size_t(columns.size()));
    const auto plain = [&](int column) {
        decoded[size_t(column)] = CsvAddedColumns::decodeField(flattener.cell(column));
        return std::string_view(decoded[size_t(column)]);
    };
    const auto raw = [&](int column) { return flattener.cell(column); };
    AddedColumns::Row row;
    const JsonLinesEnd end = readFlattenedRecords(in, flattener, &skipped, [&] {
        if (spreading) {
            spread.spread(plain, row);
            CsvAddedColumns::appendRow(buffer, spread, row, raw, 0, {}, csv.excelSafe);
        } else {
            flattener.appendCsvRow(buffer);
        }
        ++count;
        if (buffer.size() < kFlushBytes)
            return true;
        // Asked once a flush, so that a cancel is heard within a megabyte of CSV.
        stopped = stop && stop();
        return flush() && !stopped;
    });
    if (stopped)
        return false; // the caller asked for it, and says so itself
    if (written && buffer.size() > 0)
        flush();
    if (!written)
        return writeFailed();
    if (end == JsonLinesEnd::ReadFailed) {
        if (error)
            *error = tr("Cannot read the extracted file %1: %2")
                         .arg(QDir::toNativeSeparators(jsonLinesPath), in.errorString());
        return false;
    }
    if (rows)
        *rows = count;
    if (notRecords)
        *notRecords = skipped;
    return true;
}

bool CsvFromJsonLines::write(const QString &jsonLinesPath, const QStringList &columns,
                             const ExportOptions &options, QIODevice &out, QString *error, qint64 *rows,
                             qint64 *notRecords, const std::function<bool()> &stop)
{
    const std::optional<QStringList> added = AddedColumns::ofJsonLines(jsonLinesPath, columns, {}, error);
    return added && write(jsonLinesPath, columns, *added, options, out, error, rows, notRecords, stop);
}

} // namespace callrail
