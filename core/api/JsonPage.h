#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <string_view>

namespace simdjson::dom {
class element;
} // namespace simdjson::dom

namespace callrail {

/// One answer of CallRail, parsed once (with simdjson, several times faster than QJsonDocument: the parse
/// was a third of the cost of a page) and kept parsed until its records have been encoded for the file.
///
/// The envelope's scalar members (page, total_records, has_next_page, next_page, …) are at hand as a small
/// QJsonObject; the records lists are read by PageEncoder straight from the parsed document.
class JsonPage
{
public:
    /// Parses a body. Null, with a reason in *error, when it is not one JSON object. A body whose capacity
    /// leaves room for simdjson's padding (see readPadded()) is parsed where it is, without a copy.
    static std::shared_ptr<const JsonPage> parse(const QByteArray &body, QString *error);
    /// A copy of `bytes` with the spare capacity simdjson needs after the end (to parse without a copy).
    static QByteArray padded(QByteArrayView bytes);
    /// Bytes to reserve after a body so that parse() needs no copy.
    static qsizetype paddingBytes();

    ~JsonPage();
    JsonPage(const JsonPage &) = delete;
    JsonPage &operator=(const JsonPage &) = delete;

    /// The members that are not arrays or objects.
    const QJsonObject &envelope() const { return m_envelope; }
    /// True when the member `key` is an array.
    bool hasArray(const QString &key) const;
    /// The member `key` of the parsed document (for PageEncoder); false when there is none.
    bool member(std::string_view key, simdjson::dom::element *value) const;
    /// The whole answer as a QJsonObject (slow: for small answers and tests).
    QJsonObject toJsonObject() const;
    /// The body as it arrived.
    const QByteArray &body() const { return m_body; }

private:
    struct Parsed;
    JsonPage(QByteArray body, std::unique_ptr<Parsed> parsed);

    QByteArray m_body;
    std::unique_ptr<Parsed> m_parsed;
    QJsonObject m_envelope;
};

} // namespace callrail
