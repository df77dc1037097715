#pragma once

#include "imitation/ImitationDataset.h"
#include "imitation/ServerBudget.h"
#include "imitation/ServerFaults.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace callrail {

/// One request the imitation server answered (or dropped). Never contains the API key.
struct RequestRecord
{
    QString method;
    QString path;     ///< e.g. /v3/a/ACC…/calls.json
    QString query;    ///< the decoded query string, API keys redacted
    QString endpoint; ///< catalogue name, empty when the path is not an endpoint
    QString accountId;
    int status = 0; ///< 0 when the connection was dropped without a reply
    QDateTime time; ///< when the request arrived (UTC)
};

/// An imitation of the CallRail API v3 on 127.0.0.1, serving a ImitationDataset on the real paths with
/// the real envelopes, errors, pagination, date filters and rate limits (shared/callrail-api.md).
/// Used by the demo mode, by every network test and (as `fake-callrail`) by the benchmarks.
///
/// Everything runs on the thread that owns the server; delays use timers, so slow replies are served
/// concurrently.
class FakeCallRailServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeCallRailServer(const DatasetConfig &config = {}, QObject *parent = nullptr);
    ~FakeCallRailServer() override;

    /// The fixed key demo mode uses. Not a secret.
    static QString demoApiKey();

    /// Listens on 127.0.0.1 (`port` 0 = any free port). False when the port cannot be bound.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    /// http://127.0.0.1:<port>/v3
    QUrl baseUrl() const;

    ImitationDataset &dataset() { return *m_dataset; }
    const ImitationDataset &dataset() const { return *m_dataset; }

    /// Keys accepted in `Authorization: Token token="KEY"` (quoted or not). Default: demoApiKey().
    /// Every accepted key sees every account of the data set.
    void setApiKeys(const QStringList &keys);

    // Rate limits (per account; rolling windows unless ImitationReadings::clockAlignedWindows). Defaults are
    // CallRail's: 1,000/hour, 10,000/day.
    // The accounts list (/v3/a.json) is charged to every account the key can see, and refused with
    // 429 when any of them is over its limit. 401s are not counted, nor are requests refused with 429.
    void setHourlyLimit(int limit);
    void setDailyLimit(int limit);
    /// Length of the "hour" in milliseconds (default 3,600,000); a day is 24 of them.
    void setBudgetWindow(qint64 ms);

    /// How the imitation answers where CallRail's documentation is uncertain: the less convenient reading
    /// unless a flag is set (see ImitationReadings). Takes effect with the next request.
    ImitationReadings &readings() { return m_dataset->readings(); }
    const ImitationReadings &readings() const { return m_dataset->readings(); }

    // Faults: `endpoint` is a catalogue name ("calls") or "" for any request.
    /// The next `count` matching requests get `status` with a JSON error body.
    void failWithStatus(const QString &endpoint, int status, int count = 1);
    /// The next `count` matching requests get 200 with a damaged body (by default cut in half).
    void sendMalformedJson(const QString &endpoint, int count = 1,
                           ServerFaults::Damage damage = ServerFaults::Damage::Truncated);
    /// From now on, shares of the requests no queued fault claims fail at random (repeatably, from a seed):
    /// damaged bodies of every kind, 5xx and dropped connections.
    void setRandomFaults(const ServerFaults::Random &random);
    /// The next `count` matching requests get the connection closed without a reply.
    void dropConnection(const QString &endpoint, int count = 1);
    /// Every reply leaves `ms` after its request arrived (or at once, if building it took longer); requests
    /// are served concurrently.
    void setLatency(int ms);
    /// The next `count` matching replies are delayed by `ms` on top of the latency.
    void delayReply(const QString &endpoint, int ms, int count = 1);
    /// While set, every request for the endpoint gets 403 with CallRail's permission error.
    void setForbidden(const QString &endpoint, bool forbidden);
    /// Every calls request for the account first inserts `perRequest` new calls (0 = off).
    void insertCallsDuringScan(const QString &accountId, int perRequest);
    /// A broken server: the envelope of `endpoint` reports this many records (and the pages that follow from
    /// it), whatever it holds. -1 switches it off.
    void setReportedTotal(const QString &endpoint, qint64 totalRecords);
    /// A broken server: every relative page says there is a next one, and links back to the second page.
    void setNextPageLoop(bool loop);
    /// Removes every queued and random fault, forbidden endpoint, latency and live insertion.
    void clearFaults();

    // Observability.
    /// Requests received, in total or for one endpoint (catalogue name).
    int requestCount(const QString &endpoint = {}) const;
    int tooManyRequestsCount() const;
    QList<RequestRecord> requestLog() const;
    /// Clears the counters, the log and the rate-limit windows.
    void resetCounters();

signals:
    /// Emitted when a reply has been written (or the connection dropped).
    void requestServed(const callrail::RequestRecord &record);

private:
    struct Reply;
    struct Pending
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket; ///< unused from Qt 6.8, where the responder guards itself
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply route(const QHttpServerRequest &request, RequestRecord &record);
    Reply listEndpoint(const QString &endpoint, const QString &accountId, const QHttpServerRequest &request);
    /// A report's answer (FakeServerReports.cpp), counted from the records the lists serve.
    Reply reportEndpoint(const QString &endpoint, const QString &accountId,
                         const QHttpServerRequest &request);
    void finish(const Pending &pending, const Reply &reply, RequestRecord record);
    bool authorised(const QHttpServerRequest &request) const;
    QString redact(QString text) const;
    /// An error reply in the body style the readings choose.
    Reply errorReply(int status, const QString &message) const;
    /// Whether an account is on a plan without outbound caller ids (ImitationReadings::callerIdsOnEveryPlan).
    bool onStandardPlan(const QString &accountId) const;

    std::unique_ptr<ImitationDataset> m_dataset;
    QHttpServer *m_http = nullptr;
    QPointer<QTcpServer> m_tcp;
    QStringList m_apiKeys;
    ServerBudget m_budget;
    ServerFaults m_faults;
    bool m_nextPageLoop = false;
    QHash<QString, qint64> m_reportedTotals;
    int m_latencyMs = 0;
    QHash<QString, int> m_insertPerRequest;
    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
    int m_tooManyRequests = 0;
    QList<RequestRecord> m_log;
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::RequestRecord)
