#include "JsonRepair.h"

#include <charconv>
#include <cstdint>
#include <system_error>

namespace callrail {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

/// The code unit of the escape "\uXXXX" at `at`, or -1 when there is none.
int escapedUnit(const QByteArray &text, qsizetype at)
{
    if (at + 6 > text.size() || text.at(at) != '\\' || text.at(at + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(text.at(i));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

/// Copies the string that starts at the quote at `i`, replacing lone surrogate escapes; returns the index
/// after its closing quote (or the end of the text).
qsizetype copyString(const QByteArray &text, qsizetype i, QByteArray &out, JsonRepairs *repairs)
{
    out.append(text.at(i++));
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == '"') {
            out.append(c);
            return i + 1;
        }
        if (c != '\\') {
            out.append(c);
            ++i;
            continue;
        }
        const int unit = escapedUnit(text, i);
        if (isHighSurrogate(unit) && isLowSurrogate(escapedUnit(text, i + 6))) {
            out.append(text.constData() + i, 12); // a whole pair
            i += 12;
        } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
            out.append("\\ufffd");
            ++repairs->loneSurrogates;
            i += 6;
        } else {
            // Any other escape: copied as it is, and its second character is not the start of another one.
            out.append(text.mid(i, 2));
            i += 2;
        }
    }
    return i;
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// Copies the number that starts at `i`, rewriting an integer beyond 64 bits as the nearest double.
qsizetype copyNumber(const QByteArray &text, qsizetype i, QByteArray &out, JsonRepairs *repairs)
{
    const qsizetype start = i;
    bool integer = true;
    while (i < text.size() && isNumberChar(text.at(i))) {
        const char c = text.at(i);
        integer = integer && c != '.' && c != 'e' && c != 'E';
        ++i;
    }
    const char *first = text.constData() + start;
    const char *last = text.constData() + i;
    if (integer) {
        std::int64_t asSigned = 0;
        std::uint64_t asUnsigned = 0;
        const bool fits = std::from_chars(first, last, asSigned).ec == std::errc() ||
                          std::from_chars(first, last, asUnsigned).ec == std::errc();
        double value = 0;
        const auto parsed = std::from_chars(first, last, value);
        if (!fits && parsed.ec == std::errc() && parsed.ptr == last) {
            // The exponent form: the plain form of a double this large is an integer again (2^64 is).
            char shortest[32];
            const auto written =
                std::to_chars(shortest, shortest + sizeof shortest, value, std::chars_format::scientific);
            out.append(shortest, written.ptr - shortest);
            ++repairs->wideIntegers;
            return i;
        }
    }
    out.append(first, last - first);
    return i;
}

} // namespace

QByteArray repairValidJson(const QByteArray &text, JsonRepairs *repairs)
{
    *repairs = {};
    QByteArray out;
    out.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == '"')
            i = copyString(text, i, out, repairs);
        else if (c == '-' || (c >= '0' && c <= '9'))
            i = copyNumber(text, i, out, repairs);
        else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

} // namespace callrail
