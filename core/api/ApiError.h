#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace callrail {

/// What went wrong with a request, in the classes the extractor reacts to differently.
enum class ApiErrorKind
{
    None,
    KeyRejected,        ///< 401: the whole run stops
    Forbidden,          ///< 403: this endpoint is not available to this key or plan; the run goes on
    NotFound,           ///< 404: an empty result with a note
    BadRequest,         ///< 400, 422 and other 4xx: CallRail's own error text is shown
    RateLimited,        ///< 429: wait and retry
    ServerError,        ///< 5xx: retried
    Timeout,            ///< no complete answer within the transfer timeout: retried
    Network,            ///< connection refused or dropped: retried
    InsecureConnection, ///< TLS failed: never ignored, never retried
    MalformedResponse,  ///< a 200 whose body is not the JSON envelope expected: retried
    Cancelled           ///< the user cancelled
};

struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ApiError)

public:
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString message; ///< user-facing, translated, never contains the API key

    bool isError() const { return kind != ApiErrorKind::None; }
    /// Whether another attempt may succeed.
    bool isRetryable() const;
    /// A short English name of the kind for logs and summary.json ("key_rejected", "forbidden", …).
    QString kindName() const;
};

/// What came back for one attempt, as plain values: all classifyReply() reads of a QNetworkReply.
struct ReplyFacts
{
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; ///< Qt's words for networkError
    bool timedOut = false;    ///< our transfer timeout fired
    QByteArray body;
};

/// Where the attempt went, for the message.
struct ReplyContext
{
    QString where; ///< "calls, page 3"
    QString host;  ///< the API's host, never its URL (the query may hold an account id, never the key)
    int timeoutMs = 0;
};

/// What an attempt's answer means: the kind the extractor reacts to (retry or not follows from it),
/// CallRail's status, and a translated message that names where it happened and never the key. A pure
/// function of its arguments, so that every case is tested as one table.
ApiError classifyReply(const ReplyFacts &reply, const ReplyContext &context);

/// How long a 429's Retry-After header asks to wait from `now`: seconds or an HTTP date; nothing when the
/// header is absent or unreadable (the client then backs off on its own).
std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now);

/// CallRail's own words from an error body: {"error":"…"}, {"errors":[…]} or shortened text (a 401 is plain
/// text). The request headers are never echoed.
QString errorTextFromBody(const QByteArray &body);

} // namespace callrail

Q_DECLARE_METATYPE(callrail::ApiError)
