#pragma once

#include "export/ByteBuffer.h"
#include "export/ByteScan.h"
#include "export/HotPath.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace callrail {

/// Appends RFC 4180 CSV rows, as UTF-8 bytes.
///
/// Quoting: a cell is quoted when it contains a comma, a double quote, CR or LF, or when it starts or
/// ends with a space (which some readers trim); quotes inside are doubled. Rows end with CRLF.
///
/// Excel-safe mode guards against CSV/formula injection: spreadsheet programs execute a cell that
/// starts with `=`, `+`, `-` or `@` (and some treat a leading TAB or CR the same way), so such a cell
/// is prefixed with a single quote `'`, which Excel shows as text. The exception is a cell that is
/// a plain number as a whole (optional sign, digits, optional decimals, optional exponent), so that
/// phone numbers such as "+14045550123" and negative amounts such as "-12.5" stay intact: a number
/// cannot run a formula.
///
/// Every rule looks only at ASCII characters, so it works on the UTF-8 bytes directly (the hot path of an
/// export); the QString overloads are for the header row and for tests.
class CsvWriter
{
public:
    /// Appends one cell, quoted and guarded as needed.
    static void appendCell(ByteBuffer &out, std::string_view cell, bool excelSafe)
    {
        if (isFieldAsIs(cell, excelSafe))
            out.append(cell);
        else
            appendQuotedOrGuarded(out, cell, excelSafe);
    }
    /// Appends one row (cells separated by commas, CRLF at the end).
    static void appendRow(ByteBuffer &out, const QStringList &cells, bool excelSafe);

    static void appendCell(QString &out, const QString &cell, bool excelSafe);
    static void appendRow(QString &out, const QStringList &cells, bool excelSafe);

    /// True when appendCell() writes the cell as it is (no quotes, no guard).
    static bool isFieldAsIs(std::string_view cell, bool excelSafe)
    {
        return !needsQuoting(cell) && !(excelSafe && needsFormulaGuard(cell));
    }
    /// True when the cell must be quoted.
    static bool needsQuoting(std::string_view cell)
    {
        if (cell.empty())
            return false;
        if (cell.front() == ' ' || cell.back() == ' ')
            return true;
        return bytescan::containsAny<bytescan::CsvSpecials>(cell.data(), cell.size());
    }
    /// True when Excel-safe mode prefixes the cell with `'` (formula-looking and not a plain number).
    static bool needsFormulaGuard(std::string_view cell)
    {
        if (cell.empty())
            return false;
        switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return !isPlainNumber(cell);
        default:
            return false;
        }
    }
    /// The value a cell had before Excel-safe mode guarded it: the inverse of the guard above, for a reader
    /// that shows the values CallRail sent (the preview). A cell the writer could not have guarded is
    /// returned as it is. Only a value that itself started with `'` followed by a formula character is
    /// ambiguous: it is read as a guarded one.
    static std::string_view withoutFormulaGuard(std::string_view cell)
    {
        if (cell.size() >= 2 && cell.front() == '\'' && needsFormulaGuard(cell.substr(1)))
            return cell.substr(1);
        return cell;
    }
    /// True for an optional sign, digits with optional decimals, and an optional exponent ("-12.5", "+1e3").
    static bool isPlainNumber(std::string_view cell);

private:
    /// appendCell() for a cell that needs quotes or the guard (rare).
    CALLRAIL_NOINLINE static void appendQuotedOrGuarded(ByteBuffer &out, std::string_view cell,
                                                        bool excelSafe);
};

} // namespace callrail
