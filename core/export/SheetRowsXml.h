#pragma once

#include "export/ByteBuffer.h"
#include "export/HotPath.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace callrail {

/// The rows of a worksheet as SpreadsheetML, as libxlsxwriter 1.1's constant-memory mode writes them (inline
/// strings, numbers as "%.16G", booleans, date-times as styled numbers), for WorkbookWriter, which writes
/// every row of its sheets itself: through libxlsxwriter's calls, each cell cost a malloc, a copy, an escape
/// pass and an fprintf, and the whole sheet was deflated once more at the end (docs/performance.md,
/// benchmark 7). Byte for byte libxlsxwriter's but for text that libxlsxwriter gets wrong (text()): a
/// literal "_xHHHH_", which Excel would decode, and a CR, which other readers would show as "_x000D_".
class SheetRowsXml
{
public:
    explicit SheetRowsXml(int columns);

    /// Starts row `row` (0-based); its <row> element is opened by its first cell: a row without cells has
    /// none, as in libxlsxwriter.
    void startRow(quint32 row);
    void endRow();
    /// A number; `style` is a cell format's index (lxw_format_get_xf_index()), 0 for none.
    void number(int column, double value, int style = 0);
    void boolean(int column, bool value);
    /// Text (UTF-8, not empty) as an inline string, read back as it was by Excel and by XML readers alike:
    /// & < > as entities, a CR as &#13;, the control characters XML 1.0 cannot hold as Excel's _xHHHH_, the
    /// underscore of a literal "_xHHHH_" as _x005F_ (OOXML's escape of it), and xml:space="preserve" when it
    /// starts or ends with white space. `style` as for number().
    void text(int column, std::string_view utf8, int style = 0);

    /// The column's letters ("A", …, "AB").
    const std::string &columnName(int column) const { return m_columnLetters[size_t(column)]; }

    /// The XML so far; the caller takes it away (DeflatedFile::write()) when it has grown large.
    ByteBuffer &xml() { return m_xml; }

private:
    void startCell(int column);
    void appendStyle(int style);
    CALLRAIL_NOINLINE void escapedText(std::string_view utf8);

    std::vector<std::string> m_columnLetters;
    char m_row[12] = {};
    size_t m_rowLength = 0;
    bool m_rowOpen = false;
    ByteBuffer m_xml;
};

} // namespace callrail
