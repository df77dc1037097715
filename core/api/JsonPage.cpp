#include "JsonPage.h"

#include "api/Utf8Text.h"

#include <QJsonDocument>

#include <simdjson.h>

namespace callrail {

struct JsonPage::Parsed
{
    simdjson::dom::document document;
    simdjson::dom::element root;
};

namespace {

/// The parser's buffers are reused from page to page; each page keeps its own document.
simdjson::dom::parser &threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

/// Why simdjson refused a body, in words a user can act on.
QString reasonFor(simdjson::error_code code)
{
    switch (code) {
    case simdjson::EMPTY:
        return JsonPage::tr("the body is empty");
    case simdjson::UNESCAPED_CHARS:
        return JsonPage::tr("a text holds a raw control character, which JSON forbids");
    case simdjson::UTF8_ERROR:
        return JsonPage::tr("the body is not valid UTF-8");
    case simdjson::STRING_ERROR:
        return JsonPage::tr("a text holds a broken escape sequence");
    case simdjson::NUMBER_ERROR:
        return JsonPage::tr("a number is malformed");
    case simdjson::F_ATOM_ERROR:
    case simdjson::T_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return JsonPage::tr("a value is misspelt");
    default:
        return JsonPage::tr("the JSON text is broken (cut short, or with stray characters)");
    }
}

QJsonValue toJsonValue(const simdjson::dom::element &value)
{
    using simdjson::dom::element_type;
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        return textFromUtf8(QByteArrayView(text.data(), qsizetype(text.size())));
    }
    case element_type::INT64:
        return qint64(value.get_int64().value_unsafe());
    case element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    case element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case element_type::BOOL:
        return value.get_bool().value_unsafe();
    case element_type::NULL_VALUE:
    case element_type::ARRAY:
    case element_type::OBJECT:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

simdjson::error_code parseInto(JsonPage::Parsed &parsed, const QByteArray &bytes)
{
    const bool roomAfter = bytes.capacity() - bytes.size() >= JsonPage::paddingBytes();
    return threadParser()
        .parse_into_document(parsed.document, reinterpret_cast<const uint8_t *>(bytes.constData()),
                             size_t(bytes.size()), !roomAfter)
        .get(parsed.root);
}

} // namespace

JsonPage::JsonPage(QByteArray body, std::unique_ptr<Parsed> parsed, const JsonRepairs &repairs)
    : m_body(std::move(body))
    , m_parsed(std::move(parsed))
    , m_repairs(repairs)
{
    const simdjson::dom::object root = m_parsed->root.get_object().value_unsafe();
    for (const auto field : root) {
        const auto type = field.value.type();
        if (type == simdjson::dom::element_type::ARRAY || type == simdjson::dom::element_type::OBJECT)
            continue;
        m_envelope.insert(textFromUtf8(QByteArrayView(field.key.data(), qsizetype(field.key.size()))),
                          toJsonValue(field.value));
    }
}

JsonPage::~JsonPage() = default;

qsizetype JsonPage::paddingBytes()
{
    return qsizetype(simdjson::SIMDJSON_PADDING);
}

QByteArray JsonPage::padded(QByteArrayView bytes)
{
    QByteArray copy;
    copy.reserve(bytes.size() + paddingBytes());
    copy.append(bytes);
    return copy;
}

std::shared_ptr<const JsonPage> JsonPage::parse(const QByteArray &body, QString *error)
{
    auto parsed = std::make_unique<Parsed>();
    JsonRepairs repairs;
    simdjson::error_code code = parseInto(*parsed, body);
    if (code == simdjson::STRING_ERROR || code == simdjson::NUMBER_ERROR) {
        // Two things RFC 8259 allows and simdjson refuses: a lone surrogate escape and an integer beyond
        // 64 bits. Only those are rewritten, and the result is parsed as strictly as before.
        const QByteArray repaired = padded(repairValidJson(body, &repairs));
        if (repairs.any())
            code = parseInto(*parsed, repaired);
    }
    if (code != simdjson::SUCCESS) {
        if (error)
            *error = reasonFor(code);
        return nullptr;
    }
    if (parsed->root.type() != simdjson::dom::element_type::OBJECT) {
        if (error)
            *error = JsonPage::tr("the body is JSON, but not a JSON object");
        return nullptr;
    }
    return std::shared_ptr<const JsonPage>(new JsonPage(body, std::move(parsed), repairs));
}

bool JsonPage::hasArray(const QString &key) const
{
    simdjson::dom::element value;
    const QByteArray utf8 = key.toUtf8();
    return member(std::string_view(utf8.constData(), size_t(utf8.size())), &value) &&
           value.type() == simdjson::dom::element_type::ARRAY;
}

bool JsonPage::member(std::string_view key, simdjson::dom::element *value) const
{
    // The last of repeated keys, as QJsonObject would keep it.
    bool found = false;
    const simdjson::dom::object root = m_parsed->root.get_object().value_unsafe();
    for (const auto field : root) {
        if (field.key == key) {
            *value = field.value;
            found = true;
        }
    }
    return found;
}

QJsonObject JsonPage::toJsonObject() const
{
    return QJsonDocument::fromJson(m_body).object();
}

} // namespace callrail
