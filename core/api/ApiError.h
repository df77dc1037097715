#pragma once

#include <QMetaType>
#include <QString>

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
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString message; ///< user-facing, translated, never contains the API key

    bool isError() const { return kind != ApiErrorKind::None; }
    /// Whether another attempt may succeed.
    bool isRetryable() const;
    /// A short English name of the kind for logs and summary.json ("key_rejected", "forbidden", …).
    QString kindName() const;
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::ApiError)
