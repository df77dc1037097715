#include "SheetRowsXml.h"

#include <charconv>
#include <cmath>

namespace callrail {

namespace {

/// Bytes that text cannot hold as they are: libxlsxwriter's control characters (all below 0x20 but tab and
/// newline) and XML's & < >.
constexpr bool needsEscape(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == '&' || c == '<' || c == '>';
}

struct EscapeTable
{
    bool escape[256] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 256; ++c)
            escape[c] = needsEscape(static_cast<unsigned char>(c));
    }
};
constexpr EscapeTable kEscape;

/// isspace() of the C locale, which libxlsxwriter tests on the escaped text's first and last byte (\v, \f
/// and \r are escaped by then).
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

} // namespace

SheetRowsXml::SheetRowsXml(int columns)
{
    for (int c = 0; c < columns; ++c) {
        std::string letters;
        for (int n = c + 1; n > 0; n = (n - 1) / 26)
            letters.insert(letters.begin(), char('A' + (n - 1) % 26));
        m_columnLetters.push_back(letters);
    }
    m_xml.reserve(1 << 20);
}

void SheetRowsXml::startRow(quint32 row)
{
    m_rowLength = size_t(std::to_chars(m_row, m_row + sizeof m_row, row + 1).ptr - m_row);
    m_rowOpen = false;
}

void SheetRowsXml::endRow()
{
    if (m_rowOpen)
        m_xml.append("</row>");
}

void SheetRowsXml::startCell(int column)
{
    if (!m_rowOpen) {
        m_xml.append("<row r=\"");
        m_xml.append(m_row, m_rowLength);
        m_xml.append("\">");
        m_rowOpen = true;
    }
    m_xml.append("<c r=\"");
    m_xml.append(m_columnLetters[size_t(column)]);
    m_xml.append(m_row, m_rowLength);
    m_xml.push_back('"');
}

void SheetRowsXml::number(int column, double value, int style)
{
    startCell(column);
    if (style != 0) {
        m_xml.append(" s=\"");
        char digits[24];
        m_xml.append(digits, size_t(std::to_chars(digits, digits + sizeof digits, style).ptr - digits));
        m_xml.push_back('"');
    }
    m_xml.append("><v>");
    char digits[40];
    char *end = nullptr;
    // Whole numbers below 10^15 print as their digits with "%.16G" too; the common case (durations, counts)
    // skips the general formatting.
    if (value == std::trunc(value) && std::fabs(value) < 1e15 && !(value == 0 && std::signbit(value))) {
        end = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(value)).ptr;
    } else {
        // "%.16G" of the C locale (libxlsxwriter uses the process's locale, which in some would write a
        // decimal comma that Excel cannot read).
        end = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::general, 16).ptr;
        for (char *c = digits; c != end; ++c) {
            if (*c == 'e')
                *c = 'E';
        }
    }
    m_xml.append(digits, size_t(end - digits));
    m_xml.append("</v></c>");
}

void SheetRowsXml::boolean(int column, bool value)
{
    startCell(column);
    m_xml.append(value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
}

void SheetRowsXml::text(int column, std::string_view utf8)
{
    startCell(column);
    bool plain = true;
    for (const char c : utf8) {
        if (kEscape.escape[static_cast<unsigned char>(c)]) {
            plain = false;
            break;
        }
    }
    if (!plain) {
        escapedText(utf8);
        return;
    }
    if (isSpace(utf8.front()) || isSpace(utf8.back()))
        m_xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    else
        m_xml.append(" t=\"inlineStr\"><is><t>");
    m_xml.append(utf8);
    m_xml.append("</t></is></c>");
}

void SheetRowsXml::escapedText(std::string_view utf8)
{
    std::string escaped;
    escaped.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n') {
            static const char hex[] = "0123456789ABCDEF";
            escaped += "_x00";
            escaped += hex[byte >> 4];
            escaped += hex[byte & 0xF];
            escaped += '_';
        } else if (c == '&') {
            escaped += "&amp;";
        } else if (c == '<') {
            escaped += "&lt;";
        } else if (c == '>') {
            escaped += "&gt;";
        } else {
            escaped += c;
        }
    }
    if (isSpace(escaped.front()) || isSpace(escaped.back()))
        m_xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    else
        m_xml.append(" t=\"inlineStr\"><is><t>");
    m_xml.append(escaped);
    m_xml.append("</t></is></c>");
}

} // namespace callrail
