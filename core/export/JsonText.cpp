#include "JsonText.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace callrail::jsontext {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

void appendInteger(std::string &out, int64_t value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, size_t(result.ptr - digits));
}

/// True when d is a whole number that a qint64 holds exactly (Qt's convertDoubleTo<qint64>).
bool wholeInt64(double d)
{
    // 2^63 is exactly representable; anything at or above it does not fit.
    return std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d;
}

void appendQtDouble(std::string &out, double d, char format)
{
    const QByteArray text = QByteArray::number(d, format, QLocale::FloatingPointShortest);
    out.append(text.constData(), size_t(text.size()));
}

/// A double in a cell (QJsonValue::toInteger() when it is whole, else shortest round-trip).
void appendCellDouble(std::string &out, double d)
{
    if (wholeInt64(d))
        appendInteger(out, int64_t(d));
    else if (std::isfinite(d))
        appendQtDouble(out, d, 'g');
}

/// A double inside compact JSON, as Qt's JSON writer formats it: whole numbers up to 2^64 in fixed notation,
/// others shortest round-trip, non-finite as null.
void appendJsonDouble(std::string &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    const double magnitude = std::abs(d);
    if (std::trunc(d) == d && magnitude < 9007199254740992.0) // exact below 2^53: no need for Qt's digits
        appendInteger(out, int64_t(d));
    else
        appendQtDouble(out, d, std::trunc(d) == d && magnitude < 18446744073709551616.0 ? 'f' : 'g');
}

// Bytes that a JSON string cannot hold as they are.
constexpr auto kJsonEscapeTable = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = true;
    table[size_t('"')] = true;
    table[size_t('\\')] = true;
    return table;
}();

struct Member
{
    std::string_view key;
    element value;
    bool extra = false; ///< the added string member (value unused)
};

} // namespace

bool keyLess(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x == y)
            continue;
        // UTF-8 bytes sort like code points, UTF-16 units do not: U+E000…U+FFFF (lead bytes EE, EF) sort
        // after the surrogate pairs of U+10000 and above (lead bytes F0…F4) in UTF-16. Rare: let Qt decide.
        if (x >= 0xee || y >= 0xee)
            return QString::fromUtf8(a.data(), qsizetype(a.size())) <
                   QString::fromUtf8(b.data(), qsizetype(b.size()));
        return x < y;
    }
    return a.size() < b.size();
}

void appendJsonString(std::string &out, std::string_view text)
{
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!kJsonEscapeTable[c])
            continue;
        out.append(text.data() + start, i - start);
        start = i + 1;
        out.push_back('\\');
        switch (c) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case 0x08:
            out.push_back('b');
            break;
        case 0x0c:
            out.push_back('f');
            break;
        case 0x0a:
            out.push_back('n');
            break;
        case 0x0d:
            out.push_back('r');
            break;
        case 0x09:
            out.push_back('t');
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(text.data() + start, text.size() - start);
    out.push_back('"');
}

void appendCompactObject(std::string &out, const simdjson::dom::object &object, std::string_view extraKey,
                         std::string_view extraValue)
{
    QVarLengthArray<Member, 64> members;
    for (const auto field : object)
        members.append(Member{field.key, field.value});
    if (!extraKey.empty())
        members.append(Member{extraKey, element(), true});

    // QJsonObject keeps its keys sorted and a repeated key keeps its last value. CallRail's own order is not
    // sorted; a sorted object (the imitation server's) skips the sort.
    bool sorted = true;
    for (qsizetype i = 1; i < members.size() && sorted; ++i)
        sorted = keyLess(members[i - 1].key, members[i].key);
    if (!sorted) {
        std::stable_sort(members.begin(), members.end(),
                         [](const Member &a, const Member &b) { return keyLess(a.key, b.key); });
        // Of equal keys (adjacent now, in document order) keep the last.
        qsizetype kept = 0;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1].key == members[i].key)
                continue;
            members[kept++] = members[i];
        }
        members.resize(kept);
    }

    out.push_back('{');
    bool first = true;
    for (const Member &member : members) {
        if (!first)
            out.push_back(',');
        first = false;
        appendJsonString(out, member.key);
        out.push_back(':');
        if (member.extra)
            appendJsonString(out, extraValue);
        else
            appendCompactJson(out, member.value);
    }
    out.push_back('}');
}

void appendCompactJson(std::string &out, const element &value)
{
    switch (value.type()) {
    case element_type::ARRAY: {
        out.push_back('[');
        bool first = true;
        const simdjson::dom::array array =
            value.get_array().value_unsafe(); // a copy: the result is a temporary
        for (const element item : array) {
            if (!first)
                out.push_back(',');
            first = false;
            appendCompactJson(out, item);
        }
        out.push_back(']');
        break;
    }
    case element_type::OBJECT:
        appendCompactObject(out, value.get_object().value_unsafe(), {}, {});
        break;
    case element_type::INT64:
        appendInteger(out, value.get_int64().value_unsafe());
        break;
    case element_type::UINT64: // beyond qint64: Qt holds it as a double
        appendJsonDouble(out, double(value.get_uint64().value_unsafe()));
        break;
    case element_type::DOUBLE:
        appendJsonDouble(out, value.get_double().value_unsafe());
        break;
    case element_type::STRING:
        appendJsonString(out, value.get_string().value_unsafe());
        break;
    case element_type::BOOL:
        out.append(value.get_bool().value_unsafe() ? "true" : "false");
        break;
    case element_type::NULL_VALUE:
        out.append("null");
        break;
    }
}

void appendScalarText(std::string &out, const element &value)
{
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        out.append(text.data(), text.size());
        break;
    }
    case element_type::INT64:
        appendInteger(out, value.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        appendCellDouble(out, double(value.get_uint64().value_unsafe()));
        break;
    case element_type::DOUBLE:
        appendCellDouble(out, value.get_double().value_unsafe());
        break;
    case element_type::BOOL:
        out.append(value.get_bool().value_unsafe() ? "true" : "false");
        break;
    case element_type::NULL_VALUE:
        break;
    case element_type::ARRAY:
    case element_type::OBJECT:
        appendCompactJson(out, value);
        break;
    }
}

void appendCellText(std::string &out, const element &value)
{
    if (value.type() != element_type::ARRAY) {
        appendScalarText(out, value);
        return;
    }
    const simdjson::dom::array array = value.get_array().value_unsafe();
    for (const element item : array) {
        if (item.type() == element_type::ARRAY || item.type() == element_type::OBJECT) {
            appendCompactJson(out, value);
            return;
        }
    }
    bool first = true;
    for (const element item : array) {
        if (!first)
            out.append("; ");
        first = false;
        appendScalarText(out, item);
    }
}

} // namespace callrail::jsontext
