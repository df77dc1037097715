#include "WorkbookText.h"

#include <algorithm>
#include <charconv>
#include <string>

namespace callrail::workbooktext {

std::optional<lxw_datetime> parseDate(std::string_view text)
{
    if (text.size() != 10)
        return std::nullopt;
    // The date part of a timestamp is read by the same rules, with a time of midnight appended.
    std::string withTime(text);
    withTime += "T00:00:00";
    return parseTimestamp(withTime);
}

std::optional<lxw_datetime> parseTimestamp(std::string_view text)
{
    if (text.size() == 10)
        return parseDate(text); // a report's day: its midnight
    const auto digits = [&](size_t at, size_t count, int *out) {
        if (at + count > text.size())
            return false;
        int value = 0;
        for (size_t i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            value = value * 10 + (text[i] - '0');
        }
        *out = value;
        return true;
    };
    lxw_datetime t{};
    int second = 0;
    if (!digits(0, 4, &t.year) || text.size() < 19 || text[4] != '-' || !digits(5, 2, &t.month) ||
        text[7] != '-' || !digits(8, 2, &t.day) || (text[10] != 'T' && text[10] != ' ') ||
        !digits(11, 2, &t.hour) || text[13] != ':' || !digits(14, 2, &t.min) || text[16] != ':' ||
        !digits(17, 2, &second))
        return std::nullopt;
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.min > 59 || second > 59)
        return std::nullopt;
    double fraction = 0;
    if (text.size() > 19 && text[19] == '.') {
        double scale = 0.1;
        for (size_t i = 20; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, scale /= 10)
            fraction += (text[i] - '0') * scale;
    }
    t.sec = second + fraction;
    return t;
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

qsizetype characterCount(std::string_view text)
{
    return std::count_if(text.begin(), text.end(), [](char c) { return (uchar(c) & 0xC0) != 0x80; });
}

size_t prefixBytes(std::string_view text, qsizetype characters)
{
    size_t at = 0;
    for (qsizetype seen = 0; at < text.size(); ++at) {
        if ((uchar(text[at]) & 0xC0) != 0x80 && seen++ == characters)
            break;
    }
    return at;
}

QByteArray sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name.left(31).toUtf8();
}

} // namespace callrail::workbooktext
