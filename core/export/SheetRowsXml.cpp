#include "SheetRowsXml.h"

#include <charconv>
#include <cmath>

namespace callrail {

namespace {

/// Bytes that text cannot hold as they are: the control characters (all below 0x20 but tab and newline),
/// XML's & < >, and the underscore that may start what Excel reads as an escape (looksLikeEscape()).
constexpr bool needsEscape(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == '&' || c == '<' || c == '>' || c == '_';
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

constexpr bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/// "_xHHHH_" at the start of `text`: Excel reads it as the character U+HHHH (OOXML's ST_Xstring escape), so
/// text that holds it literally has its underscore written as "_x005F_".
constexpr bool looksLikeEscape(std::string_view text)
{
    return text.size() >= 7 && text[0] == '_' && text[1] == 'x' && isHexDigit(text[2]) &&
           isHexDigit(text[3]) && isHexDigit(text[4]) && isHexDigit(text[5]) && text[6] == '_';
}

/// White space at either end of a text needs xml:space="preserve" (a CR included: it is written as &#13;).
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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

void SheetRowsXml::appendStyle(int style)
{
    if (style == 0)
        return;
    m_xml.append(" s=\"");
    char digits[24];
    m_xml.append(digits, size_t(std::to_chars(digits, digits + sizeof digits, style).ptr - digits));
    m_xml.push_back('"');
}

void SheetRowsXml::number(int column, double value, int style)
{
    startCell(column);
    appendStyle(style);
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

void SheetRowsXml::text(int column, std::string_view utf8, int style)
{
    startCell(column);
    appendStyle(style);
    if (isSpace(utf8.front()) || isSpace(utf8.back()))
        m_xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    else
        m_xml.append(" t=\"inlineStr\"><is><t>");
    size_t plain = 0;
    while (plain < utf8.size() && (!kEscape.escape[static_cast<unsigned char>(utf8[plain])] ||
                                   (utf8[plain] == '_' && !looksLikeEscape(utf8.substr(plain)))))
        ++plain;
    m_xml.append(utf8.substr(0, plain));
    if (plain < utf8.size())
        escapedText(utf8.substr(plain));
    m_xml.append("</t></is></c>");
}

void SheetRowsXml::escapedText(std::string_view utf8)
{
    for (size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const auto byte = static_cast<unsigned char>(c);
        if (!kEscape.escape[byte]) {
            m_xml.push_back(c);
        } else if (c == '_') {
            m_xml.append(looksLikeEscape(utf8.substr(i)) ? std::string_view("_x005F_")
                                                         : std::string_view("_"));
        } else if (c == '\r') {
            // A CR is legal XML, but a parser reads a raw one as a LF: a character reference keeps it, for
            // every reader (openpyxl and pandas show Excel's "_x000D_" as it is).
            m_xml.append("&#13;");
        } else if (byte < 0x20) {
            // XML 1.0 cannot hold these at all: Excel's escape, which Excel reads back as the character.
            static const char hex[] = "0123456789ABCDEF";
            m_xml.append("_x00");
            m_xml.push_back(hex[byte >> 4]);
            m_xml.push_back(hex[byte & 0xF]);
            m_xml.push_back('_');
        } else if (c == '&') {
            m_xml.append("&amp;");
        } else if (c == '<') {
            m_xml.append("&lt;");
        } else {
            m_xml.append("&gt;");
        }
    }
}

} // namespace callrail
