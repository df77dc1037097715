#pragma once

#include "export/ByteBuffer.h"

#include <string>
#include <string_view>

namespace simdjson::dom {
class element;
class object;
} // namespace simdjson::dom

/// Text of parsed JSON values (simdjson's DOM) as the exports write it, straight into UTF-8 bytes.
///
/// Everything here gives byte for byte what Qt gives for the same value parsed by QJsonDocument, which the
/// files were first written with (and which the tests check against): compact JSON with object keys sorted
/// as QJsonObject sorts them and a repeated key keeping its last value, numbers formatted as Qt formats them.
/// Internal to the core: simdjson stays out of the public headers.
namespace callrail::jsontext {

/// How JSON text is written: as it is, or as one finished CSV field (in quotes, its own quotes doubled), so
/// that a cell holding JSON (nested objects are most of a call's bytes) is not scanned and copied again.
enum class JsonForm
{
    Plain,
    CsvField
};

/// Compact JSON of a value, as QJsonDocument::toJson(QJsonDocument::Compact) writes it.
void appendCompactJson(ByteBuffer &out, const simdjson::dom::element &value, JsonForm form = JsonForm::Plain);

/// Compact JSON of an object with one more string member (key, value) that it does not have yet (the
/// company a per-company record was fetched for); extraKey empty: none.
void appendCompactObject(ByteBuffer &out, const simdjson::dom::object &object, std::string_view extraKey,
                         std::string_view extraValue, JsonForm form = JsonForm::Plain);

/// A member of an object that appendObject() writes: a parsed value, or (value null) a string.
struct JsonMember
{
    std::string_view key;
    const simdjson::dom::element *value = nullptr;
    std::string_view text; ///< the string, when value is null
};

/// Members as one compact JSON object in QJsonObject's order: keys sorted, a repeated key keeping its last
/// value. Reorders the members.
void appendObject(ByteBuffer &out, JsonMember *members, size_t count, JsonForm form = JsonForm::Plain);

/// The text of a scalar: strings as they are, integral numbers without exponent or ".0" (even above 2^53),
/// other numbers shortest round-trip, "true"/"false", null → nothing. Arrays and objects: compact JSON.
void appendScalarText(ByteBuffer &out, const simdjson::dom::element &value);

/// The text of a cell: a scalar as appendScalarText(); an array of scalars joined with "; " (an empty array
/// gives nothing); any other array, and objects, as compact JSON in `form`. True when it wrote JSON.
bool appendCellText(ByteBuffer &out, const simdjson::dom::element &value, JsonForm form = JsonForm::Plain);

/// A JSON string literal (quotes and escapes as Qt writes them) of UTF-8 text.
void appendJsonString(ByteBuffer &out, std::string_view text, JsonForm form = JsonForm::Plain);

/// keyLess() from byte i on (the bytes before are equal).
bool keyLessFrom(std::string_view a, std::string_view b, size_t i);

/// Orders keys as QJsonObject does (by UTF-16 code units). Inline for the common case, keys that differ in
/// their first (ASCII) byte: it runs for every pair of neighbouring keys of every nested object.
inline bool keyLess(std::string_view a, std::string_view b)
{
    if (!a.empty() && !b.empty() && a[0] != b[0]) {
        const auto x = static_cast<unsigned char>(a[0]);
        const auto y = static_cast<unsigned char>(b[0]);
        if (x < 0x80 && y < 0x80)
            return x < y;
    }
    return keyLessFrom(a, b, 0);
}

} // namespace callrail::jsontext
