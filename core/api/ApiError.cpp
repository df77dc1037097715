#include "ApiError.h"

#include "config/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

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

namespace {

/// ": CallRail's words", or nothing.
QString withServerText(const QString &serverText)
{
    return serverText.isEmpty() ? QString() : QStringLiteral(": ") + serverText;
}

} // namespace

QString errorTextFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonValue error = object.value(QStringLiteral("error"));
        if (error.isString())
            return error.toString();
        if (error.isObject())
            return QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
        const QJsonValue errors = object.value(QStringLiteral("errors"));
        if (errors.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : errors.toArray())
                parts.append(v.isString() ? v.toString()
                                          : QString::fromUtf8(
                                                QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            return parts.join(QStringLiteral("; "));
        }
        if (errors.isString())
            return errors.toString();
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    if (const qint64 seconds = value.toLongLong(&isNumber); isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // An HTTP date ends in "GMT" (RFC 9110), which Qt's RFC 2822 reading does not take: say it as an offset.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid() || now.msecsTo(when) < 0)
        return std::nullopt;
    return now.msecsTo(when);
}

ApiError classifyReply(const ReplyFacts &reply, const ReplyContext &context)
{
    const QString &where = context.where;
    const int status = reply.httpStatus;
    if (status == 0) {
        if (reply.timedOut)
            return {ApiErrorKind::Timeout, 0,
                    ApiError::tr("%1: CallRail did not answer within %2 s.")
                        .arg(where)
                        .arg(context.timeoutMs / 1000.0)};
        switch (reply.networkError) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            return {ApiErrorKind::InsecureConnection, 0,
                    ApiError::tr("%1: the secure connection to %2 failed (%3); nothing was sent.")
                        .arg(where, context.host, reply.networkErrorText)};
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return {ApiErrorKind::BadRequest, 0, ApiError::tr("%1: %2").arg(where, reply.networkErrorText)};
        default:
            return {ApiErrorKind::Network, 0,
                    ApiError::tr("%1: the connection to %2 failed (%3).")
                        .arg(where, context.host, reply.networkErrorText)};
        }
    }
    if (status >= 200 && status < 300)
        return {};

    const QString serverText = Logging::redact(errorTextFromBody(reply.body));
    switch (status) {
    case 401:
        return {ApiErrorKind::KeyRejected, status,
                ApiError::tr("The API key was rejected by CallRail (401).")};
    case 403:
        return {ApiErrorKind::Forbidden, status,
                ApiError::tr("%1: not available to this API key or CallRail plan (403%2).")
                    .arg(where, withServerText(serverText))};
    case 404:
        return {ApiErrorKind::NotFound, status,
                ApiError::tr("%1: CallRail found nothing at this address (404)%2.")
                    .arg(where, withServerText(serverText))};
    case 429:
        return {ApiErrorKind::RateLimited, status,
                ApiError::tr("%1: CallRail's request limit was reached (429); waiting before going on.")
                    .arg(where)};
    default:
        break;
    }
    if (status >= 500)
        return {ApiErrorKind::ServerError, status,
                ApiError::tr("%1: CallRail had a problem (%2)%3.")
                    .arg(where)
                    .arg(status)
                    .arg(withServerText(serverText))};
    return {ApiErrorKind::BadRequest, status,
            ApiError::tr("%1: CallRail refused the request (%2): %3")
                .arg(where)
                .arg(status)
                .arg(serverText.isEmpty() ? ApiError::tr("no reason given") : serverText)};
}

} // namespace callrail
