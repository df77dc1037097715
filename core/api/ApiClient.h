#pragma once

#include "api/ApiError.h"
#include "api/ApiFacts.h"
#include "api/JsonPage.h"
#include "api/ListPageCheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace callrail {

class RequestBudget;

struct ApiClientConfig
{
    QUrl baseUrl = ApiFacts::defaultBaseUrl();
    int maxRetries =
        3; ///< further attempts after the first, for 5xx, timeouts, dropped connections, bad JSON
    int timeoutMs = 30'000;   ///< per request: no complete answer in this time is a timeout
    int concurrency = 4;      ///< requests in flight at once for one account (budget bucket)
    int maxInFlight = 16;     ///< requests in flight at once over all accounts
    int backoffBaseMs = 1000; ///< first retry delay; doubles with each attempt (with jitter)
    int maxBackoffMs = 60'000;
    /// After a 429 without Retry-After: wait windowMs/60 (a minute for CallRail's hour), doubling, at most
    /// windowMs/4; this many 429s in a row for one request make it fail.
    int maxRateLimitWaits = 8;
};

/// One GET, as the extraction asks for it.
struct ApiRequest
{
    QUrl url;               ///< absolute
    QString endpoint;       ///< catalogue name, for messages and logs
    QString accountId;      ///< whose data it is (empty for the accounts list), for progress
    QString budgetBucket;   ///< RequestBudget bucket (host/account)
    QString pageLabel;      ///< "page 3", "page 2 of company COM…": for messages
    ListPageShape listPage; ///< when it names a records key, an answer that is not such a page is retried
};

struct ApiResult
{
    ApiError error;
    std::shared_ptr<const JsonPage> page; ///< the parsed answer when ok
    int attempts = 0;
    bool ok() const { return !error.isError(); }
};

/// One logical request with its retries. Deleted by its receiver (deleteLater) after finished().
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    /// Stops the request; finished() is emitted with a Cancelled error.
    void abort();

signals:
    void finished(const callrail::ApiResult &result);
    /// An attempt failed and will be retried (a wait for the request budget is no failed attempt). The last
    /// attempt's failure comes with finished().
    void attemptFailed();

private:
    friend class ApiClient;
    explicit ApiCall(const ApiRequest &request, QObject *parent);

    ApiRequest m_request;
    int m_attempts = 0;
    int m_rateLimitWaits = 0;
    qint64 m_sentAt = -1; ///< when the current attempt was counted in the budget; -1 when not in flight
    bool m_done = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
};

/// The CallRail API client on QNetworkAccessManager: authentication, concurrency, the request budget, retries
/// with exponential backoff and jitter, and error classification. Everything it says is safe to show: the API
/// key is sent only in the Authorization header and never appears in a message, a URL or a log.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *network, RequestBudget *budget, const ApiClientConfig &config,
              QObject *parent = nullptr);
    ~ApiClient() override;

    void setApiKey(const QString &key);
    const ApiClientConfig &config() const { return m_config; }

    /// Queues a GET. The call finishes through ApiCall::finished, exactly once.
    ApiCall *get(const ApiRequest &request);
    /// Aborts every queued and running call.
    void abortAll();

    /// The URL of a list endpoint below the base URL: "a.json" → <base>/a.json, else
    /// <base>/a/<account>/<path>.
    QUrl listUrl(const QString &path, const QString &accountId) const;
    /// Whether `url` may be requested with the key: same scheme, host and port as the base URL.
    bool isSameOrigin(const QUrl &url) const;

    int requestsSent() const { return m_requestsSent; }
    int rateLimitedResponses() const { return m_rateLimited; }

    /// Empty when the base URL may be used, else a translated reason: only https, or http to a loopback host.
    static QString validateBaseUrl(const QUrl &url);
    /// The User-Agent sent with every request: "CallRailExtractor/<version> (Qt <version>)".
    static QByteArray userAgent();

signals:
    /// A failed attempt that will be retried after delayMs.
    void retrying(const QString &accountId, const QString &endpoint, const QString &pageLabel, int attempt,
                  qint64 delayMs, callrail::ApiErrorKind kind, const QString &reason);
    /// Requests for this bucket wait for the budget until resumeAtMs (epoch ms).
    void waitingForBudget(const QString &bucket, qint64 resumeAtMs, const QString &reason);
    /// Emitted after each HTTP attempt (for counters).
    void requestSent(const QString &endpoint);

private:
    friend class ApiCall;
    void dispatch();
    void noteWaiting(const QString &bucket, qint64 delay);
    void released(const ApiCall *call);
    QNetworkAccessManager *networkFor(const QString &bucket);
    void sendAttempt(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void scheduleRetry(ApiCall *call, qint64 delayMs);
    void finish(ApiCall *call, const ApiResult &result);
    void settleBudget(ApiCall *call);
    qint64 backoffDelay(int attempt) const;
    qint64 rateLimitDelay(int wait, const QNetworkReply *reply) const;

    QNetworkAccessManager *m_network; ///< the first account's
    QString m_firstBucket;
    QHash<QString, QNetworkAccessManager *> m_networks; ///< the other accounts'

    RequestBudget *m_budget;
    ApiClientConfig m_config;
    QByteArray m_authorization;
    std::deque<QPointer<ApiCall>> m_queue;
    int m_inFlight = 0;
    QHash<QString, int> m_inFlightPerBucket;
    int m_requestsSent = 0;
    int m_rateLimited = 0;
    QTimer *m_budgetTimer;
    QSet<QString> m_waitingBuckets; ///< accounts whose wait for the budget was announced
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::ApiResult)
