#include "JsonText.h"

#include "api/Utf8Text.h"
#include "export/ByteScan.h"
#include "export/HotPath.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace callrail::jsontext {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

void appendInteger(ByteBuffer &out, int64_t value)
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

/// Qt's shortest round-trip text of a double ('g': the shorter of the fixed and the exponent form).
void appendQtDouble(ByteBuffer &out, double d)
{
    const QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    out.append(text.constData(), size_t(text.size()));
}

/// A double as Qt writes it, in a cell and in JSON alike: Qt's parser keeps a whole number that fits a qint64
/// as that integer (written exactly); other numbers get the shorter of the fixed and the exponent form of the
/// shortest round-trip digits. Non-finite numbers (which JSON cannot hold) are an empty cell.
void appendCellDouble(ByteBuffer &out, double d)
{
    if (wholeInt64(d))
        appendInteger(out, int64_t(d));
    else if (std::isfinite(d))
        appendQtDouble(out, d);
}

/// A double inside compact JSON: as in a cell, non-finite as null.
void appendJsonDouble(ByteBuffer &out, double d)
{
    if (std::isfinite(d))
        appendCellDouble(out, d);
    else
        out.append("null");
}

} // namespace

bool keyLessFrom(std::string_view a, std::string_view b, size_t i)
{
    const size_t n = std::min(a.size(), b.size());
    for (; i < n; ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x == y)
            continue;
        // UTF-8 bytes sort like code points, UTF-16 units do not: U+E000…U+FFFF (lead bytes EE, EF) sort
        // after the surrogate pairs of U+10000 and above (lead bytes F0…F4) in UTF-16. Rare: let Qt decide.
        if (x >= 0xee || y >= 0xee)
            return textFromUtf8(QByteArrayView(a.data(), qsizetype(a.size()))) <
                   textFromUtf8(QByteArrayView(b.data(), qsizetype(b.size())));
        return x < y;
    }
    return a.size() < b.size();
}

namespace {

/// Writes compact JSON. DoubleQuotes: every quote character is written twice, which is how the text
/// stands inside a quoted CSV field (the callers add the field's own quotes).
template <bool DoubleQuotes>
struct Writer
{
    static void quote(ByteBuffer &out)
    {
        out.push_back('"');
        if constexpr (DoubleQuotes)
            out.push_back('"');
    }

    static void string(ByteBuffer &out, std::string_view text)
    {
        const size_t special = bytescan::findFirst<bytescan::JsonEscapes>(text.data(), text.size());
        if (special == text.size())
            plainString(out, text);
        else
            escapedString(out, text, special);
    }

    /// A string with something to escape from `special` on (rare).
    CALLRAIL_NOINLINE static void escapedString(ByteBuffer &out, std::string_view text, size_t special)
    {
        quote(out);
        size_t start = 0;
        while (true) {
            out.append(text.data() + start, special - start);
            if (special == text.size())
                break;
            start = special + 1;
            const auto c = static_cast<unsigned char>(text[special]);
            out.push_back('\\');
            switch (c) {
            case '"':
                quote(out);
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
            special =
                start + bytescan::findFirst<bytescan::JsonEscapes>(text.data() + start, text.size() - start);
        }
        quote(out);
    }

    /// A string with nothing to escape, in its quotes (one capacity check for the quotes and the text).
    static void plainString(ByteBuffer &out, std::string_view text)
    {
        const size_t n = text.size();
        constexpr size_t kQuote = DoubleQuotes ? 2 : 1;
        char *target = out.extend(n + 2 * kQuote);
        std::memset(target, '"', kQuote);
        ByteBuffer::copy(target + kQuote, text.data(), n);
        std::memset(target + kQuote + n, '"', kQuote);
    }

    static void object(ByteBuffer &out, const simdjson::dom::object &object, std::string_view extraKey,
                       std::string_view extraValue)
    {
        if (extraKey.empty()) {
            // Written in the document's order while the keys ascend (QJsonObject's order; the imitation
            // server sends that); at the first key out of order the text is taken back and the members
            // sorted.
            const size_t start = out.size();
            out.push_back('{');
            std::string_view previous;
            bool first = true;
            bool sorted = true;
            for (const auto field : object) {
                if (!first) {
                    if (!keyLess(previous, field.key)) {
                        sorted = false;
                        break;
                    }
                    out.push_back(',');
                }
                first = false;
                previous = field.key;
                string(out, field.key);
                out.push_back(':');
                member(out, field.value);
            }
            if (sorted) {
                out.push_back('}');
                return;
            }
            out.truncate(start);
        }
        QVarLengthArray<std::string_view, 64> keys;
        QVarLengthArray<element, 64> values;
        for (const auto field : object) {
            keys.append(field.key);
            values.append(field.value);
        }
        QVarLengthArray<JsonMember, 64> members;
        for (qsizetype i = 0; i < keys.size(); ++i)
            members.append(JsonMember{keys[i], &values[i], {}});
        if (!extraKey.empty())
            members.append(JsonMember{extraKey, nullptr, extraValue});
        objectOf(out, members.data(), size_t(members.size()));
    }

    /// Members as one object in QJsonObject's order: keys sorted, a repeated key keeping its last value.
    /// CallRail's own order is not sorted; members already in order skip the sort.
    static void objectOf(ByteBuffer &out, JsonMember *members, size_t count)
    {
        JsonMember *const end = members + count;
        const auto byKey = [](const JsonMember &a, const JsonMember &b) { return keyLess(a.key, b.key); };
        if (!std::is_sorted(members, end, byKey))
            std::stable_sort(members, end, byKey);
        out.push_back('{');
        bool first = true;
        for (const JsonMember *member = members; member != end; ++member) {
            // Of equal keys (adjacent once sorted, in their original order) the last is written.
            if (member + 1 != end && member[1].key == member->key)
                continue;
            if (!first)
                out.push_back(',');
            first = false;
            string(out, member->key);
            out.push_back(':');
            if (member->value)
                value(out, *member->value);
            else
                string(out, member->text);
        }
        out.push_back('}');
    }

    /// A member's value: strings (most of them) without the call and the switch of value().
    static void member(ByteBuffer &out, const element &item)
    {
        if (item.type() == element_type::STRING)
            string(out, item.get_string().value_unsafe());
        else
            value(out, item);
    }

    static void value(ByteBuffer &out, const element &item)
    {
        switch (item.type()) {
        case element_type::ARRAY: {
            out.push_back('[');
            bool first = true;
            const simdjson::dom::array array =
                item.get_array().value_unsafe(); // a copy: the result is a temporary
            for (const element entry : array) {
                if (!first)
                    out.push_back(',');
                first = false;
                value(out, entry);
            }
            out.push_back(']');
            break;
        }
        case element_type::OBJECT:
            object(out, item.get_object().value_unsafe(), {}, {});
            break;
        case element_type::INT64:
            appendInteger(out, item.get_int64().value_unsafe());
            break;
        case element_type::UINT64: // beyond qint64: Qt holds it as a double
            appendJsonDouble(out, double(item.get_uint64().value_unsafe()));
            break;
        case element_type::DOUBLE:
            appendJsonDouble(out, item.get_double().value_unsafe());
            break;
        case element_type::STRING:
            string(out, item.get_string().value_unsafe());
            break;
        case element_type::BOOL:
            out.append(item.get_bool().value_unsafe() ? "true" : "false");
            break;
        case element_type::NULL_VALUE:
            out.append("null");
            break;
        }
    }
};

/// Compact JSON in the form asked for (as a CSV field: in quotes, its own quotes doubled).
template <typename Write>
void appendInForm(ByteBuffer &out, JsonForm form, Write write)
{
    if (form == JsonForm::Plain) {
        write(Writer<false>());
        return;
    }
    out.push_back('"');
    write(Writer<true>());
    out.push_back('"');
}

} // namespace

void appendJsonString(ByteBuffer &out, std::string_view text, JsonForm form)
{
    appendInForm(out, form, [&](auto writer) { writer.string(out, text); });
}

void appendCompactObject(ByteBuffer &out, const simdjson::dom::object &object, std::string_view extraKey,
                         std::string_view extraValue, JsonForm form)
{
    appendInForm(out, form, [&](auto writer) { writer.object(out, object, extraKey, extraValue); });
}

void appendObject(ByteBuffer &out, JsonMember *members, size_t count, JsonForm form)
{
    appendInForm(out, form, [&](auto writer) { writer.objectOf(out, members, count); });
}

void appendCompactJson(ByteBuffer &out, const element &value, JsonForm form)
{
    appendInForm(out, form, [&](auto writer) { writer.value(out, value); });
}

void appendScalarText(ByteBuffer &out, const element &value)
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

bool appendCellText(ByteBuffer &out, const element &value, JsonForm form)
{
    const element_type type = value.type();
    if (type == element_type::OBJECT) {
        appendCompactJson(out, value, form);
        return true;
    }
    if (type != element_type::ARRAY) {
        appendScalarText(out, value);
        return false;
    }
    const simdjson::dom::array array = value.get_array().value_unsafe();
    for (const element item : array) {
        if (item.type() == element_type::ARRAY || item.type() == element_type::OBJECT) {
            appendCompactJson(out, value, form);
            return true;
        }
    }
    bool first = true;
    for (const element item : array) {
        if (!first)
            out.append("; ");
        first = false;
        appendScalarText(out, item);
    }
    return false;
}

} // namespace callrail::jsontext
