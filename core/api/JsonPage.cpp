#include "JsonPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

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

QString notAnObject()
{
    return QCoreApplication::translate("callrail::JsonPage", "the body is not a JSON object");
}

QJsonValue toJsonValue(const simdjson::dom::element &value)
{
    using simdjson::dom::element_type;
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
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

/// Qt's compact JSON with each lone surrogate (which Qt writes as a \\uD800-\\uDFFF escape; real pairs it
/// writes as UTF-8) replaced by U+FFFD, which simdjson accepts: one broken character must not cost a page of
/// records.
QByteArray withoutLoneSurrogates(QByteArray json)
{
    for (qsizetype i = 0; i + 5 < json.size(); ++i) {
        if (json.at(i) != '\\')
            continue;
        if (json.at(i + 1) == 'u' && (json.at(i + 2) == 'd' || json.at(i + 2) == 'D')) {
            const char third = char(json.at(i + 3) | 0x20);
            if ((third >= '8' && third <= '9') || (third >= 'a' && third <= 'f'))
                json.replace(i, 6, "\\ufffd");
        }
        ++i; // the escaped character is not the start of another escape
    }
    return json;
}

} // namespace

JsonPage::JsonPage(QByteArray body, std::unique_ptr<Parsed> parsed)
    : m_body(std::move(body))
    , m_parsed(std::move(parsed))
{
    const simdjson::dom::object root = m_parsed->root.get_object().value_unsafe();
    for (const auto field : root) {
        const auto type = field.value.type();
        if (type == simdjson::dom::element_type::ARRAY || type == simdjson::dom::element_type::OBJECT)
            continue;
        m_envelope.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
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
    const bool roomAfter = body.capacity() - body.size() >= paddingBytes();
    simdjson::error_code code =
        threadParser()
            .parse_into_document(parsed->document, reinterpret_cast<const uint8_t *>(body.constData()),
                                 size_t(body.size()), !roomAfter)
            .get(parsed->root);
    if (code == simdjson::SUCCESS) {
        if (parsed->root.type() != simdjson::dom::element_type::OBJECT) {
            if (error)
                *error = notAnObject();
            return nullptr;
        }
        return std::shared_ptr<const JsonPage>(new JsonPage(body, std::move(parsed)));
    }

    // simdjson is stricter than Qt in a few places (integers beyond 64 bits, lone surrogates in escapes):
    // what Qt reads is read, through Qt's own compact text; what neither reads is reported in Qt's words.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : notAnObject();
        return nullptr;
    }
    const QByteArray normalised = padded(withoutLoneSurrogates(document.toJson(QJsonDocument::Compact)));
    code =
        threadParser()
            .parse_into_document(parsed->document, reinterpret_cast<const uint8_t *>(normalised.constData()),
                                 size_t(normalised.size()), false)
            .get(parsed->root);
    if (code != simdjson::SUCCESS) {
        if (error)
            *error = QString::fromLatin1(simdjson::error_message(code));
        return nullptr;
    }
    return std::shared_ptr<const JsonPage>(new JsonPage(body, std::move(parsed)));
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
