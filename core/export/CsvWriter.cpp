#include "CsvWriter.h"

#include "export/ByteScan.h"

namespace callrail {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool CsvWriter::isPlainNumber(std::string_view cell)
{
    size_t i = 0;
    const size_t n = cell.size();
    if (i < n && (cell[i] == '+' || cell[i] == '-'))
        ++i;
    size_t digits = 0;
    while (i < n && isDigit(cell[i])) {
        ++i;
        ++digits;
    }
    if (i < n && cell[i] == '.') {
        ++i;
        while (i < n && isDigit(cell[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (cell[i] == 'e' || cell[i] == 'E')) {
        ++i;
        if (i < n && (cell[i] == '+' || cell[i] == '-'))
            ++i;
        size_t exponentDigits = 0;
        while (i < n && isDigit(cell[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

void CsvWriter::appendQuotedOrGuarded(ByteBuffer &out, std::string_view cell, bool excelSafe)
{
    const bool guard = excelSafe && needsFormulaGuard(cell);
    // The guard character goes first, so a leading space can no longer trigger quoting, but the
    // checks on the original text are still right: a guarded cell never starts with a space.
    if (!needsQuoting(cell)) {
        if (guard)
            out.push_back('\'');
        out.append(cell);
        return;
    }
    out.push_back('"');
    if (guard)
        out.push_back('\'');
    size_t start = 0;
    for (size_t quote = cell.find('"'); quote != std::string_view::npos; quote = cell.find('"', quote + 1)) {
        out.append(cell.substr(start, quote + 1 - start)); // up to and including the quote…
        out.push_back('"');                                // …then the doubling one
        start = quote + 1;
    }
    out.append(cell.substr(start));
    out.push_back('"');
}

void CsvWriter::appendRow(ByteBuffer &out, const QStringList &cells, bool excelSafe)
{
    bool first = true;
    for (const QString &cell : cells) {
        if (!first)
            out.push_back(',');
        first = false;
        appendCell(out, cell.toStdString(), excelSafe);
    }
    out.append("\r\n");
}

void CsvWriter::appendCell(QString &out, const QString &cell, bool excelSafe)
{
    ByteBuffer bytes;
    appendCell(bytes, cell.toStdString(), excelSafe);
    out += QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

void CsvWriter::appendRow(QString &out, const QStringList &cells, bool excelSafe)
{
    ByteBuffer bytes;
    appendRow(bytes, cells, excelSafe);
    out += QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace callrail
