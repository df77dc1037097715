#include "CsvWriter.h"

namespace callrail {

namespace {

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool CsvWriter::isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    const qsizetype n = cell.size();
    if (i < n && (cell[i] == u'+' || cell[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(cell[i].unicode())) {
        ++i;
        ++digits;
    }
    if (i < n && cell[i] == u'.') {
        ++i;
        while (i < n && isDigit(cell[i].unicode())) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (cell[i] == u'e' || cell[i] == u'E')) {
        ++i;
        if (i < n && (cell[i] == u'+' || cell[i] == u'-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isDigit(cell[i].unicode())) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

bool CsvWriter::needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return !isPlainNumber(cell);
    default:
        return false;
    }
}

bool CsvWriter::needsQuoting(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u' ' || cell.back() == u' ')
        return true;
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u',':
        case u'"':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

void CsvWriter::appendCell(QString &out, QStringView cell, bool excelSafe)
{
    const bool guard = excelSafe && needsFormulaGuard(cell);
    // The guard character goes first, so a leading space can no longer trigger quoting, but the
    // checks on the original text are still right: a guarded cell never starts with a space.
    const bool quote = needsQuoting(cell);
    if (!quote) {
        if (guard)
            out += QLatin1Char('\'');
        out += cell;
        return;
    }
    out += QLatin1Char('"');
    if (guard)
        out += QLatin1Char('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell[i] == u'"') {
            out += cell.mid(start, i + 1 - start); // up to and including the quote…
            out += QLatin1Char('"');               // …then the doubling one
            start = i + 1;
        }
    }
    out += cell.mid(start);
    out += QLatin1Char('"');
}

void CsvWriter::appendRow(QString &out, const QStringList &cells, bool excelSafe)
{
    bool first = true;
    for (const QString &cell : cells) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendCell(out, cell, excelSafe);
    }
    out += QLatin1String("\r\n");
}

} // namespace callrail
