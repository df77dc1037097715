#pragma once

#include "api/JsonRepair.h"

#include <QByteArray>
#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(callrail::JsonPage)

public:
    /// Parses a body strictly (RFC 8259). Null, with a translated reason in *error, when it is not one JSON
    /// object. Only a lone surrogate escape and an integer beyond 64 bits, both valid JSON that simdjson
    /// refuses, are rewritten (see JsonRepair and repairs()). A body whose capacity leaves room for
    /// simdjson's padding (see padded()) is parsed where it is, without a copy.
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
    /// What had to be rewritten for simdjson (usually nothing): to be said in the log.
    const JsonRepairs &repairs() const { return m_repairs; }

    struct Parsed;

private:
    JsonPage(QByteArray body, std::unique_ptr<Parsed> parsed, const JsonRepairs &repairs);

    QByteArray m_body;
    std::unique_ptr<Parsed> m_parsed;
    JsonRepairs m_repairs;
    QJsonObject m_envelope;
};

} // namespace callrail
