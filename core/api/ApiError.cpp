#include "ApiError.h"

namespace callrail {

bool ApiError::isRetryable() const
{
    switch (kind) {
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::ServerError:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Network:
    case ApiErrorKind::MalformedResponse:
        return true;
    case ApiErrorKind::None:
    case ApiErrorKind::KeyRejected:
    case ApiErrorKind::Forbidden:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::BadRequest:
    case ApiErrorKind::InsecureConnection:
    case ApiErrorKind::Cancelled:
        return false;
    }
    return false;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("none");
    case ApiErrorKind::KeyRejected:
        return QStringLiteral("key_rejected");
    case ApiErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ApiErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ApiErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiErrorKind::ServerError:
        return QStringLiteral("server_error");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::Network:
        return QStringLiteral("network");
    case ApiErrorKind::InsecureConnection:
        return QStringLiteral("insecure_connection");
    case ApiErrorKind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case ApiErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace callrail
