#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace callrail {

class JsonRecordCells;

/// Where the rows of a staged export file (CSV or JSON Lines) are: the number of data rows and the offset of
/// every kBlockRows-th one, found in one scan when the file is opened (8 bytes a block: 31 KB for a million
/// rows). Nothing else of the file is held. Never changed after open(), so the preview's worker threads share
/// it with the GUI thread without locks. The rows themselves are read with a RowReader.
class StagedRows
{
public:
    enum class Format
    {
        Csv,
        JsonLines
    };
    static constexpr int kBlockRows = 256;

    /// Scans the file. jsonColumns: the columns a JSON Lines file is shown in (a CSV file has its header).
    /// Null with a message when the file cannot be read.
    static std::shared_ptr<const StagedRows> open(const QString &path, Format format,
                                                  const QStringList &jsonColumns, QString *error);

    QString path() const { return m_path; }
    Format format() const { return m_format; }
    QStringList columns() const { return m_columns; }
    /// Data rows (without the CSV header).
    qint64 rowCount() const { return m_rowCount; }
    /// The file offset where data row `row` starts, for a multiple of kBlockRows up to rowCount() (the end of
    /// the data).
    qint64 blockStart(qint64 row) const
    {
        return row >= m_rowCount ? m_dataEnd : m_blockStarts[size_t(row / kBlockRows)];
    }
    /// Bytes of data rows (what a sort or filter has to read).
    qint64 dataBytes() const { return m_rowCount > 0 ? m_dataEnd - m_blockStarts.front() : 0; }

private:
    QString m_path;
    Format m_format = Format::Csv;
    QStringList m_columns;
    qint64 m_rowCount = 0;
    qint64 m_dataEnd = 0;
    std::vector<qint64> m_blockStarts;
};

/// Reads rows of a StagedRows file, a range at a time, and splits a row into the cells the preview shows:
/// CSV cells unquoted and without the Excel-safe guard the export added (CsvWriter::withoutFormulaGuard),
/// JSON Lines records flattened as the CSV export flattens them (JsonRecordCells). The display, the sort and
/// the filter all read cells through this one class, so what is sorted and searched is what is shown.
///
/// One reader per thread: it owns its file handle, its buffer and its JSON flattener.
class RowReader
{
public:
    explicit RowReader(std::shared_ptr<const StagedRows> rows);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    const StagedRows &rows() const { return *m_rows; }
    /// Reads data rows [first, first + count) in one go and finds where each starts; `first` is a multiple of
    /// kBlockRows and so is `count`, unless the range ends with the last row. False when the file cannot be
    /// read or no longer has those rows.
    bool load(qint64 first, qint64 count);
    bool holds(qint64 row) const { return row >= m_first && row < m_first + m_count; }
    /// The bytes of a loaded row, without its line break.
    std::string_view rowBytes(qint64 row) const;
    /// The loaded bytes and the offset in them where a loaded row starts (for a search over the raw bytes).
    std::string_view loadedBytes() const { return {m_buffer.constData(), size_t(m_buffer.size())}; }
    qsizetype loadedOffset(qint64 row) const { return m_rowOffsets[size_t(row - m_first)]; }

    /// The shown cells of a row, as UTF-8; `cells` keeps its capacity between rows.
    void cells(std::string_view row, std::vector<std::string> &cells);
    /// The shown cell of one column (empty when the row has fewer cells).
    void cell(std::string_view row, int column, std::string &cell);
    /// The shown cells of a row, as text.
    QStringList cellTexts(std::string_view row);

private:
    QStringList jsonCells(std::string_view row);

    std::shared_ptr<const StagedRows> m_rows;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_first = 0;
    qint64 m_count = 0;
    std::vector<qsizetype> m_rowOffsets; ///< in m_buffer, of each loaded row and of the end
    std::unique_ptr<JsonRecordCells> m_json;
};

} // namespace callrail
