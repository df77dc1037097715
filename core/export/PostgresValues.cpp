#include "PostgresValues.h"

#include <QDate>

#include <charconv>
#include <cstdint>
#include <cstring>

namespace callrail::postgres {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads exactly `count` digits at `at` as a number; false when they are not all there.
bool digits(std::string_view text, size_t &at, size_t count, int *value)
{
    if (at + count > text.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!isDigit(text[at + i]))
            return false;
        v = v * 10 + (text[at + i] - '0');
    }
    at += count;
    *value = v;
    return true;
}

/// Skips one or more digits; false when there is none.
bool someDigits(std::string_view text, size_t &at, size_t most = std::string_view::npos)
{
    const size_t start = at;
    while (at < text.size() && isDigit(text[at]) && at - start < most)
        ++at;
    return at > start && (at == text.size() || !isDigit(text[at]));
}

/// A JSON number: -?digits(.digits)?([eE][+-]?digits)?, its exponent within numeric's ±1000.
bool isJsonNumber(std::string_view text)
{
    size_t at = 0;
    if (at < text.size() && text[at] == '-')
        ++at;
    if (!someDigits(text, at))
        return false;
    if (at < text.size() && text[at] == '.' && !someDigits(text, ++at))
        return false;
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-'))
            ++at;
        if (!someDigits(text, at, 3))
            return false;
    }
    return at == text.size();
}

/// YYYY-MM-DD, a valid day; `at` is moved past it.
bool isIsoDay(std::string_view text, size_t &at)
{
    int year = 0, month = 0, day = 0;
    return digits(text, at, 4, &year) && at < text.size() && text[at++] == '-' &&
           digits(text, at, 2, &month) && at < text.size() && text[at++] == '-' &&
           digits(text, at, 2, &day) && year >= 1 && QDate::isValid(year, month, day);
}

/// YYYY-MM-DD, optionally followed by T or a space and hh:mm[:ss[.fraction]], then optionally Z, ±hh,
/// ±hh:mm or ±hhmm: what CallRail sends, and what PostgreSQL's timestamptz reads the same way.
bool isIsoTimestamp(std::string_view text)
{
    size_t at = 0;
    if (!isIsoDay(text, at))
        return false;
    if (at == text.size())
        return true;
    if (text[at] != 'T' && text[at] != ' ')
        return false;
    ++at;
    int hour = 0, minute = 0, second = 0;
    if (!digits(text, at, 2, &hour) || at >= text.size() || text[at++] != ':' ||
        !digits(text, at, 2, &minute) || hour > 23 || minute > 59)
        return false;
    if (at < text.size() && text[at] == ':') {
        ++at;
        if (!digits(text, at, 2, &second) || second > 59)
            return false;
        if (at < text.size() && text[at] == '.' && !someDigits(text, ++at))
            return false;
    }
    if (at == text.size())
        return true;
    if (text[at] == 'Z')
        return at + 1 == text.size();
    if (text[at] != '+' && text[at] != '-')
        return false;
    ++at;
    int offsetHours = 0, offsetMinutes = 0;
    if (!digits(text, at, 2, &offsetHours) || offsetHours > 15)
        return false;
    if (at < text.size() && text[at] == ':')
        ++at;
    if (at < text.size() && (!digits(text, at, 2, &offsetMinutes) || offsetMinutes > 59))
        return false;
    return at == text.size();
}

} // namespace

const char *sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return "bigint";
    case ColumnType::Number:
        return "numeric";
    case ColumnType::Boolean:
        return "boolean";
    case ColumnType::Timestamp:
        return "timestamptz";
    case ColumnType::Date:
        return "date";
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return "text";
}

bool fits(std::string_view text, ColumnType type)
{
    if (std::memchr(text.data(), 0, text.size()))
        return false;
    switch (type) {
    case ColumnType::Integer: {
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        return error == std::errc() && end == text.data() + text.size();
    }
    case ColumnType::Number:
        return isJsonNumber(text);
    case ColumnType::Boolean:
        return text == "true" || text == "false";
    case ColumnType::Timestamp:
        return isIsoTimestamp(text);
    case ColumnType::Date: {
        size_t at = 0;
        return isIsoDay(text, at) && at == text.size();
    }
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return true;
}

void appendCopyField(QByteArray &out, std::string_view text)
{
    size_t from = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char *escape = c == '\\'   ? "\\\\"
                             : c == '\t' ? "\\t"
                             : c == '\n' ? "\\n"
                             : c == '\r' ? "\\r"
                                         : nullptr;
        if (!escape)
            continue;
        out.append(text.data() + from, qsizetype(i - from));
        out.append(escape, 2);
        from = i + 1;
    }
    out.append(text.data() + from, qsizetype(text.size() - from));
}

void appendJsonString(QByteArray &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20) {
            out.append("\\u00", 4);
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xF]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

} // namespace callrail::postgres
