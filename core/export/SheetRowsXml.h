#pragma once

#include "export/ByteBuffer.h"
#include "export/HotPath.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace callrail {

/// The rows of a worksheet as SpreadsheetML, byte for byte as libxlsxwriter 1.1's constant-memory mode writes
/// them (inline strings with its escapes, numbers as "%.16G", booleans, date-times as styled numbers), for
/// WorkbookWriter, which writes the rows of its data sheets itself: through libxlsxwriter's calls, each cell
/// cost a malloc, a copy, an escape pass and an fprintf, and the whole sheet was deflated once more at the
/// end (docs/performance.md, benchmark 7).
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
    /// Text (UTF-8) as an inline string: control characters as Excel's _xHHHH_, & < > as entities, and
    /// xml:space="preserve" when it starts or ends with white space.
    void text(int column, std::string_view utf8);

    /// The XML so far; the caller takes it away (DeflatedFile::write()) when it has grown large.
    ByteBuffer &xml() { return m_xml; }

private:
    void startCell(int column);
    CALLRAIL_NOINLINE void escapedText(std::string_view utf8);

    std::vector<std::string> m_columnLetters;
    char m_row[12] = {};
    size_t m_rowLength = 0;
    bool m_rowOpen = false;
    ByteBuffer m_xml;
};

} // namespace callrail
