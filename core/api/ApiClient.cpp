#include "ApiClient.h"

#include "Version.h"
#include "api/RequestBudget.h"
#include "config/LogCategories.h"
#include "config/Logging.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace callrail {

namespace {

/// The whole body, with room after it for the JSON parser's padding (so that it is parsed without a copy).
QByteArray readBody(QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    QByteArray body;
    body.reserve(qsizetype(available) + JsonPage::paddingBytes());
    body.resize(qsizetype(available));
    body.resize(qsizetype(std::max<qint64>(reply->read(body.data(), available), 0)));
    if (reply->bytesAvailable() > 0) // more than announced: read on (the padding may then cost a copy)
        body += reply->readAll();
    return body;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ApiCall::ApiCall(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{}

void ApiCall::abort()
{
    if (m_done)
        return;
    if (auto *client = qobject_cast<ApiClient *>(parent())) {
        ApiResult result;
        result.error = {ApiErrorKind::Cancelled, 0, ApiClient::tr("Cancelled")};
        result.attempts = m_attempts;
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(client);
            reply->abort();
            reply->deleteLater();
            // Its place is free for the next request.
            client->released(this);
            QMetaObject::invokeMethod(client, &ApiClient::dispatch, Qt::QueuedConnection);
        }
        client->finish(this, result);
    }
}

ApiClient::ApiClient(QNetworkAccessManager *network, RequestBudget *budget, const ApiClientConfig &config,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_budget(budget)
    , m_config(config)
    , m_budgetTimer(new QTimer(this))
{
    qRegisterMetaType<callrail::ApiResult>();
    m_budgetTimer->setSingleShot(true);
    connect(m_budgetTimer, &QTimer::timeout, this, &ApiClient::dispatch);
    m_config.concurrency = std::max(1, m_config.concurrency);
    m_config.maxInFlight = std::max(m_config.concurrency, m_config.maxInFlight);
}

ApiClient::~ApiClient() = default;

void ApiClient::setApiKey(const QString &key)
{
    // Registered before any request can fail, so that no log line or message can ever carry it.
    Logging::addRedaction(key);
    m_authorization = "Token token=\"" + key.toUtf8() + '"';
}

QUrl ApiClient::listUrl(const QString &path, const QString &accountId) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (accountId.isEmpty())
        url.setPath(base + QLatin1Char('/') + path);
    else
        url.setPath(base + QStringLiteral("/a/") + accountId + QLatin1Char('/') + path);
    return url;
}

bool ApiClient::isSameOrigin(const QUrl &url) const
{
    const QUrl &base = m_config.baseUrl;
    return url.isValid() && url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(base.scheme() == QLatin1String("https") ? 443 : 80) ==
               base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
}

QString ApiClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API address \"%1\" is not a valid URL.").arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr(
            "The API address must use https:// (http:// is accepted only for this computer, 127.0.0.1).");
    }
    return tr("The API address must start with https://.");
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("CallRailExtractor/" CALLRAIL_EXTRACTOR_VERSION " (Qt ") + qVersion() + ')';
}

ApiCall *ApiClient::get(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    m_queue.push_back(call);
    // Always asynchronous, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, &ApiClient::dispatch, Qt::QueuedConnection);
    return call;
}

void ApiClient::abortAll()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->abort();
    m_queue.clear();
}

void ApiClient::dispatch()
{
    while (m_inFlight < m_config.maxInFlight && !m_queue.empty()) {
        // The first queued call whose account may send now: an account waiting for its budget does not hold
        // up the others, each of which has a budget of its own. Within an account the order stays.
        QHash<QString, qint64> delays;
        qint64 shortestWait = -1;
        ApiCall *call = nullptr;
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            ApiCall *queued = *it;
            if (!queued || queued->m_done) {
                it = m_queue.erase(it);
                continue;
            }
            const QString &bucket = queued->m_request.budgetBucket;
            if (m_inFlightPerBucket.value(bucket) >= m_config.concurrency) {
                ++it; // this account has its share in flight; another may go
                continue;
            }
            auto known = delays.constFind(bucket);
            if (known == delays.cend())
                known = delays.insert(bucket, m_budget ? m_budget->delayBeforeNext(bucket) : 0);
            if (*known <= 0) {
                call = queued;
                m_queue.erase(it);
                break;
            }
            shortestWait = shortestWait < 0 ? *known : std::min(shortestWait, *known);
            ++it;
        }
        for (auto it = delays.cbegin(); it != delays.cend(); ++it) {
            if (it.value() > 0)
                noteWaiting(it.key(), it.value());
        }
        if (!call) {
            if (shortestWait > 0 &&
                (!m_budgetTimer->isActive() || m_budgetTimer->remainingTime() > shortestWait))
                m_budgetTimer->start(int(std::min<qint64>(shortestWait, std::numeric_limits<int>::max())));
            return;
        }
        const QString &bucket = call->m_request.budgetBucket;
        m_waitingBuckets.remove(bucket);
        if (m_budget)
            call->m_sentAt = m_budget->recordRequest(bucket);
        sendAttempt(call);
    }
}

void ApiClient::noteWaiting(const QString &bucket, qint64 delay)
{
    if (m_waitingBuckets.contains(bucket))
        return; // said once per wait
    m_waitingBuckets.insert(bucket);
    const QString reason = m_budget->remainingInDay(bucket) == 0 ? tr("the daily request limit is used up")
                           : m_budget->remainingInWindow(bucket) == 0
                               ? tr("the hourly request limit is used up")
                               : tr("CallRail asked to slow down");
    emit waitingForBudget(bucket, m_budget->now() + delay, reason);
}

void ApiClient::sendAttempt(ApiCall *call)
{
    const ApiRequest &request = call->m_request;
    if (!isSameOrigin(request.url)) {
        // next_page URLs come from the server: never send the key anywhere but the configured API host.
        ApiResult result;
        result.error = {ApiErrorKind::BadRequest, 0,
                        tr("%1, %2: CallRail pointed to another server (%3); the request was not sent.")
                            .arg(request.endpoint, request.pageLabel, request.url.host())};
        finish(call, result);
        return;
    }
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setRawHeader("Request-From", "callrail_extractor");
    networkRequest.setTransferTimeout(m_config.timeoutMs);
    // A redirect must never carry the key to another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);

    ++call->m_attempts;
    ++m_inFlight;
    ++m_inFlightPerBucket[request.budgetBucket];
    ++m_requestsSent;
    qCDebug(lcApi) << "GET" << request.url.toString(QUrl::RemoveUserInfo) << "attempt" << call->m_attempts;
    QNetworkReply *reply = networkFor(request.budgetBucket)->get(networkRequest);
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReplyFinished(call, reply); });
    emit requestSent(request.endpoint);
}

QNetworkAccessManager *ApiClient::networkFor(const QString &bucket)
{
    // Qt keeps at most six HTTP/1.1 connections to a host per QNetworkAccessManager: each further account
    // gets one of its own, so that accounts running side by side do not queue behind each other's share.
    if (m_firstBucket.isEmpty() || m_firstBucket == bucket) {
        m_firstBucket = bucket;
        return m_network;
    }
    QNetworkAccessManager *&network = m_networks[bucket];
    if (!network)
        network = new QNetworkAccessManager(this);
    return network;
}

void ApiClient::released(const ApiCall *call)
{
    --m_inFlight;
    if (--m_inFlightPerBucket[call->m_request.budgetBucket] <= 0)
        m_inFlightPerBucket.remove(call->m_request.budgetBucket);
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    released(call);
    reply->deleteLater();
    settleBudget(call);
    if (call->m_reply != reply || call->m_done) {
        dispatch();
        return;
    }
    call->m_reply = nullptr;

    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    const QByteArray body = timedOut ? QByteArray() : readBody(reply);
    const ApiRequest &request = call->m_request;
    ApiResult result;
    result.attempts = call->m_attempts;
    const ReplyFacts facts{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                           reply->errorString(), timedOut, body};
    result.error = classifyReply(facts, {request.endpoint + QStringLiteral(", ") + request.pageLabel,
                                         request.url.host(), m_config.timeoutMs});

    if (!result.error.isError()) {
        QString detail;
        result.page = JsonPage::parse(body, &detail);
        if (!result.page) {
            result.error = {ApiErrorKind::MalformedResponse, 200,
                            tr("%1, %2: CallRail sent a response that is not valid JSON (%3).")
                                .arg(request.endpoint, request.pageLabel, detail)};
        } else if (!request.listPage.recordsKey.isEmpty()) {
            detail = ListPageCheck::problem(*result.page, request.listPage);
            if (!detail.isEmpty()) {
                result.page.reset();
                result.error = {ApiErrorKind::MalformedResponse, 200,
                                tr("%1, %2: CallRail's answer is not a list page as documented (%3).")
                                    .arg(request.endpoint, request.pageLabel, detail)};
            }
        }
    }

    if (result.error.isRetryable()) {
        if (result.error.kind == ApiErrorKind::RateLimited) {
            ++m_rateLimited;
            const qint64 delay = rateLimitDelay(++call->m_rateLimitWaits, reply);
            if (call->m_rateLimitWaits <= m_config.maxRateLimitWaits) {
                // The whole account waits, not only this request: the others would hit the same wall.
                if (m_budget)
                    m_budget->pauseUntil(request.budgetBucket, m_budget->now() + delay);
                qCWarning(lcApi).noquote() << result.error.message;
                emit retrying(request.accountId, request.endpoint, request.pageLabel, call->m_attempts, delay,
                              result.error.kind, result.error.message);
                --call->m_attempts; // waiting for the budget is not a failed attempt
                scheduleRetry(call, 0);
                dispatch();
                return;
            }
        } else if (call->m_attempts <= m_config.maxRetries) {
            const qint64 delay = backoffDelay(call->m_attempts);
            qCWarning(lcApi).noquote() << result.error.message << "- retrying in" << delay << "ms";
            emit call->attemptFailed();
            emit retrying(request.accountId, request.endpoint, request.pageLabel, call->m_attempts, delay,
                          result.error.kind, result.error.message);
            scheduleRetry(call, delay);
            dispatch();
            return;
        }
        result.error.message =
            tr("%1 (gave up after %n attempt(s))", nullptr, call->m_attempts).arg(result.error.message);
    }
    finish(call, result);
    dispatch();
}

void ApiClient::scheduleRetry(ApiCall *call, qint64 delayMs)
{
    if (!call->m_retryTimer) {
        call->m_retryTimer = new QTimer(call);
        call->m_retryTimer->setSingleShot(true);
        connect(call->m_retryTimer, &QTimer::timeout, this, [this, call] {
            if (call->m_done)
                return;
            m_queue.push_front(call); // a retry goes before new work, so pages complete in order
            dispatch();
        });
    }
    call->m_retryTimer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void ApiClient::settleBudget(ApiCall *call)
{
    if (m_budget && call->m_sentAt >= 0)
        m_budget->settleRequest(call->m_request.budgetBucket, call->m_sentAt);
    call->m_sentAt = -1;
}

void ApiClient::finish(ApiCall *call, const ApiResult &result)
{
    if (call->m_done)
        return;
    settleBudget(call);
    call->m_done = true;
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    if (result.error.isError() && result.error.kind != ApiErrorKind::Cancelled)
        qCWarning(lcApi).noquote() << Logging::redact(result.error.message);
    emit call->finished(result);
}

qint64 ApiClient::backoffDelay(int attempt) const
{
    // Exponential backoff with jitter: base·2^(attempt-1), scaled by a random factor in [0.5, 1.0) so that
    // several clients (or pages) that failed together do not retry in lockstep.
    const qint64 exponential =
        std::min<qint64>(qint64(m_config.backoffBaseMs) << std::min(attempt - 1, 20), m_config.maxBackoffMs);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble() * 0.5;
    return std::max<qint64>(1, qint64(double(exponential) * jitter));
}

qint64 ApiClient::rateLimitDelay(int wait, const QNetworkReply *reply) const
{
    const qint64 windowMs = m_budget ? m_budget->limits().windowMs : 3'600'000;
    if (const auto asked = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()))
        return std::clamp<qint64>(*asked, 1, windowMs);
    const qint64 base = std::max<qint64>(1, windowMs / 60);
    return std::min<qint64>(base << std::min(wait - 1, 20), std::max<qint64>(base, windowMs / 4));
}

} // namespace callrail
