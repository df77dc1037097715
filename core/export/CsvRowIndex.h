#pragma once

#include <QtGlobal>

#include <vector>

class QIODevice;

namespace callrail {

/// Finds where the rows of a staged file start, in one pass over its raw bytes, without parsing a cell: a
/// row ends at LF, CRLF or a lone CR outside a quoted field. This is what lets the preview open a file of
/// millions of rows at once: it remembers the offset of every blockRows-th data row and CsvReader parses a
/// block from there on demand.
///
/// CSV files have a header row, which is not counted, and quoted fields that may hold line breaks (a
/// doubled quote inside one needs no special case: it closes and reopens the field). JSON Lines files have
/// neither: a record never holds a raw line break.
class CsvRowIndex
{
public:
    enum class Format
    {
        Csv,
        JsonLines
    };

    CsvRowIndex(Format format, int blockRows);

    /// Indexes the device from its start to its end, skipping a UTF-8 byte order mark. False when reading
    /// fails (the device's errorString() says why).
    bool read(QIODevice *device);

    /// Scans the next bytes of the file; `offset` is the file offset of data[0]. The index does not depend
    /// on how the file is cut into pieces.
    void feed(const char *data, qsizetype size, qint64 offset);

    /// Data rows seen (without the CSV header).
    qint64 rows() const { return m_format == Format::Csv ? qMax<qint64>(0, m_rows - 1) : m_rows; }
    /// The file offset of data row k * blockRows, for every k up to the last row.
    const std::vector<qint64> &blockStarts() const { return m_blockStarts; }
    std::vector<qint64> takeBlockStarts() { return std::move(m_blockStarts); }

private:
    Format m_format;
    int m_blockRows;
    bool m_inQuotes = false;
    bool m_atRowStart = true;
    bool m_afterCr = false;
    qint64 m_rows = 0; ///< physical rows, the CSV header included
    std::vector<qint64> m_blockStarts;
};

} // namespace callrail
