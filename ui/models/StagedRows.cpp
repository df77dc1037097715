#include "StagedRows.h"

#include "api/Utf8Text.h"
#include "export/CsvReader.h"
#include "export/CsvRowIndex.h"
#include "export/CsvWriter.h"
#include "export/JsonRecordCells.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace callrail {

namespace {

QString cannotRead(const QString &path, const QString &why)
{
    return QCoreApplication::translate("callrail::StagedFileModel", "Cannot read %1: %2")
        .arg(QFileInfo(path).fileName(), why);
}

/// Reads the CSV field that starts at `pos` as CsvReader does (a quoted field unquoted, its doubled quotes
/// made single; a quote inside an unquoted field kept as text) and appends it to `out` unless it is null.
/// Returns where the next field starts, or npos after the row's last field.
size_t readCsvField(std::string_view row, size_t pos, std::string *out)
{
    constexpr auto npos = std::string_view::npos;
    if (pos < row.size() && row[pos] == '"') {
        ++pos;
        while (true) {
            const size_t quote = row.find('"', pos);
            if (quote == npos) { // unterminated: the field runs to the end of the row
                if (out)
                    out->append(row.substr(pos));
                return npos;
            }
            if (out)
                out->append(row.substr(pos, quote - pos));
            pos = quote + 1;
            if (pos < row.size() && row[pos] == '"') {
                if (out)
                    out->push_back('"');
                ++pos;
                continue;
            }
            break;
        }
    }
    // Unquoted, or what follows a closing quote up to the comma (kept as text, as CsvReader keeps it).
    const size_t comma = row.find(',', pos);
    if (out)
        out->append(row.substr(pos, comma == npos ? npos : comma - pos));
    return comma == npos ? npos : comma + 1;
}

void dropFormulaGuard(std::string &cell)
{
    if (CsvWriter::withoutFormulaGuard(cell).size() != cell.size())
        cell.erase(0, 1);
}

} // namespace

std::shared_ptr<const StagedRows> StagedRows::open(const QString &path, Format format,
                                                   const QStringList &jsonColumns, QString *error)
{
    QFile file(path);
    const bool csv = format == Format::Csv;
    CsvRowIndex index(csv ? CsvRowIndex::Format::Csv : CsvRowIndex::Format::JsonLines, kBlockRows);
    if (!file.open(QIODevice::ReadOnly) || !index.read(&file) || file.error() != QFileDevice::NoError) {
        if (error)
            *error = cannotRead(path, file.errorString());
        return nullptr;
    }
    auto rows = std::make_shared<StagedRows>();
    rows->m_path = path;
    rows->m_format = format;
    rows->m_columns = jsonColumns;
    rows->m_rowCount = index.rows();
    rows->m_blockStarts = index.takeBlockStarts();
    rows->m_dataEnd = file.size();
    if (csv) {
        file.seek(0);
        CsvReader reader(&file);
        QStringList header;
        reader.readRow(&header);
        rows->m_columns = header;
    }
    return rows;
}

RowReader::RowReader(std::shared_ptr<const StagedRows> rows)
    : m_rows(std::move(rows))
    , m_file(m_rows->path())
{
    if (m_rows->format() == StagedRows::Format::JsonLines)
        m_json = std::make_unique<JsonRecordCells>(m_rows->columns());
}

RowReader::~RowReader() = default;

bool RowReader::load(qint64 first, qint64 count)
{
    m_first = first;
    m_count = 0;
    m_buffer.resize(0); // keeps its memory for the next rows
    m_rowOffsets.clear();
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return false;
    const qint64 start = m_rows->blockStart(first);
    const qint64 size = m_rows->blockStart(first + count) - start;
    m_buffer.resize(size);
    if (!m_file.seek(start) || m_file.read(m_buffer.data(), size) != size) {
        m_buffer.resize(0);
        return false;
    }
    // Where each row starts, by the rules of the index that found the blocks (a scan at memchr speed). The
    // CSV index takes a file's first row for its header and leaves it out: here that is the first data row.
    const bool csv = m_rows->format() == StagedRows::Format::Csv;
    CsvRowIndex index(csv ? CsvRowIndex::Format::Csv : CsvRowIndex::Format::JsonLines, 1);
    index.feed(m_buffer.constData(), m_buffer.size(), 0);
    std::vector<qint64> starts = index.takeBlockStarts();
    if (csv)
        starts.insert(starts.begin(), 0);
    if (qint64(starts.size()) != count) // the file changed since it was opened
        return false;
    m_rowOffsets.assign(starts.begin(), starts.end());
    m_rowOffsets.push_back(m_buffer.size());
    m_count = count;
    return true;
}

std::string_view RowReader::rowBytes(qint64 row) const
{
    if (!holds(row))
        return {};
    std::string_view bytes =
        loadedBytes().substr(size_t(loadedOffset(row)), size_t(loadedOffset(row + 1) - loadedOffset(row)));
    // The row's line break: CRLF, LF or a lone CR (the last row may have none).
    if (bytes.ends_with("\r\n"))
        bytes.remove_suffix(2);
    else if (bytes.ends_with('\n') || bytes.ends_with('\r'))
        bytes.remove_suffix(1);
    return bytes;
}

void RowReader::cells(std::string_view row, std::vector<std::string> &cells)
{
    if (m_json) {
        const QStringList texts = jsonCells(row);
        cells.resize(size_t(texts.size()));
        for (qsizetype i = 0; i < texts.size(); ++i)
            cells[size_t(i)] = texts[i].toStdString();
        return;
    }
    size_t used = 0;
    size_t pos = 0;
    while (pos != std::string_view::npos) {
        if (used == cells.size())
            cells.emplace_back();
        std::string &cell = cells[used++];
        cell.clear();
        pos = readCsvField(row, pos, &cell);
        dropFormulaGuard(cell);
    }
    cells.resize(used);
}

void RowReader::cell(std::string_view row, int column, std::string &cell)
{
    cell.clear();
    if (m_json) {
        cell = jsonCells(row).value(column).toStdString();
        return;
    }
    size_t pos = 0;
    for (int skipped = 0; skipped < column && pos != std::string_view::npos; ++skipped)
        pos = readCsvField(row, pos, nullptr);
    if (pos == std::string_view::npos)
        return;
    readCsvField(row, pos, &cell);
    dropFormulaGuard(cell);
}

QStringList RowReader::cellTexts(std::string_view row)
{
    if (m_json)
        return jsonCells(row);
    std::vector<std::string> utf8;
    cells(row, utf8);
    QStringList texts;
    texts.reserve(qsizetype(utf8.size()));
    for (const std::string &cell : utf8)
        texts.append(textFromUtf8(cell));
    return texts;
}

QStringList RowReader::jsonCells(std::string_view row)
{
    if (std::optional<QStringList> cells = m_json->cells(QByteArrayView(row.data(), qsizetype(row.size()))))
        return *cells;
    // Not a record: shown as it is rather than hidden.
    QStringList cells(m_rows->columns().size());
    if (!cells.isEmpty())
        cells[0] = textFromUtf8(QByteArrayView(row.data(), qsizetype(row.size())).trimmed());
    return cells;
}

} // namespace callrail
