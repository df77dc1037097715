#include "FakeCallRailServer.h"

#include "api/EndpointCatalogue.h"
#include "imitation/BodyDamage.h"
#include "imitation/FakeServerReply.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

Q_LOGGING_CATEGORY(lcFakeServer, "callrail.demo.server")

namespace callrail {

namespace {

constexpr qsizetype kMaxLogEntries = 200000;

QString endpointForResource(const QString &resource)
{
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.scope == EndpointScope::Global)
            continue;
        QString bare = spec.path;
        bare.chop(5); // ".json"
        if (resource == spec.path || resource == bare)
            return spec.name;
    }
    return {};
}

QString errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 403:
        return QStringLiteral("You do not have permission to perform the requested action");
    case 404:
        return QStringLiteral("Not found");
    case 422:
        return QStringLiteral("Unprocessable entity");
    case 429:
        return QStringLiteral("The User or Agency has sent too many requests");
    case 502:
        return QStringLiteral("Bad gateway");
    case 503:
        return QStringLiteral("Service unavailable: CallRail is down for maintenance");
    default:
        return status >= 500
                   ? QStringLiteral("Internal server error: if this error persists, contact support")
                   : QStringLiteral("Request failed");
    }
}

} // namespace

FakeCallRailServer::FakeCallRailServer(const DatasetConfig &config, QObject *parent)
    : QObject(parent)
    , m_dataset(std::make_unique<ImitationDataset>(config))
    , m_apiKeys{demoApiKey()}
{
    qRegisterMetaType<callrail::RequestRecord>();
}

FakeCallRailServer::~FakeCallRailServer()
{
    stop();
}

QString FakeCallRailServer::demoApiKey()
{
    return QStringLiteral("demo-key-not-secret");
}

bool FakeCallRailServer::start(quint16 port)
{
    stop();
    m_http = new QHttpServer(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http->setMissingHandler(this,
                              [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                  handle(request, std::move(responder));
                              });
#else
    // No routes: every request lands here and is dispatched by path, which also covers the
    // next_page form without ".json".
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
#endif
    m_tcp = new QTcpServer(m_http);
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcFakeServer) << "cannot listen on port" << port << m_tcp->errorString();
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_http->bind(m_tcp);
    qCDebug(lcFakeServer) << "listening on" << baseUrl().toString();
    return true;
}

void FakeCallRailServer::stop()
{
    if (!m_http)
        return;
    if (m_tcp)
        m_tcp->close();
    // Deleting the server also deletes the open connections; replies still waiting on a timer
    // notice that their socket is gone.
    delete m_http;
    m_http = nullptr;
}

bool FakeCallRailServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 FakeCallRailServer::port() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QUrl FakeCallRailServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(port()));
}

void FakeCallRailServer::setApiKeys(const QStringList &keys)
{
    m_apiKeys = keys;
}

void FakeCallRailServer::setHourlyLimit(int limit)
{
    m_budget.setHourlyLimit(limit);
}

void FakeCallRailServer::setDailyLimit(int limit)
{
    m_budget.setDailyLimit(limit);
}

void FakeCallRailServer::setBudgetWindow(qint64 ms)
{
    m_budget.setWindowMs(ms);
}

void FakeCallRailServer::setReportedTotal(const QString &endpoint, qint64 totalRecords)
{
    if (totalRecords < 0)
        m_reportedTotals.remove(endpoint);
    else
        m_reportedTotals.insert(endpoint, totalRecords);
}

void FakeCallRailServer::setNextPageLoop(bool loop)
{
    m_nextPageLoop = loop;
}

void FakeCallRailServer::failWithStatus(const QString &endpoint, int status, int count)
{
    m_faults.add({ServerFaults::Kind::Status, endpoint, status, 0, count});
}

void FakeCallRailServer::sendMalformedJson(const QString &endpoint, int count, ServerFaults::Damage damage)
{
    m_faults.add({ServerFaults::Kind::MalformedJson, endpoint, 200, 0, count, damage});
}

void FakeCallRailServer::setRandomFaults(const ServerFaults::Random &random)
{
    m_faults.setRandom(random);
}

void FakeCallRailServer::dropConnection(const QString &endpoint, int count)
{
    m_faults.add({ServerFaults::Kind::Drop, endpoint, 0, 0, count});
}

void FakeCallRailServer::setLatency(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void FakeCallRailServer::delayReply(const QString &endpoint, int ms, int count)
{
    m_faults.add({ServerFaults::Kind::Delay, endpoint, 0, ms, count});
}

void FakeCallRailServer::setForbidden(const QString &endpoint, bool forbidden)
{
    m_faults.setForbidden(endpoint, forbidden);
}

void FakeCallRailServer::insertCallsDuringScan(const QString &accountId, int perRequest)
{
    if (perRequest > 0)
        m_insertPerRequest.insert(accountId, perRequest);
    else
        m_insertPerRequest.remove(accountId);
}

void FakeCallRailServer::clearFaults()
{
    m_faults.clear();
    m_latencyMs = 0;
    m_insertPerRequest.clear();
}

int FakeCallRailServer::requestCount(const QString &endpoint) const
{
    return endpoint.isEmpty() ? m_totalRequests : m_requestCounts.value(endpoint);
}

int FakeCallRailServer::tooManyRequestsCount() const
{
    return m_tooManyRequests;
}

QList<RequestRecord> FakeCallRailServer::requestLog() const
{
    return m_log;
}

void FakeCallRailServer::resetCounters()
{
    m_totalRequests = 0;
    m_tooManyRequests = 0;
    m_requestCounts.clear();
    m_log.clear();
    m_budget.reset();
}

QString FakeCallRailServer::redact(QString text) const
{
    for (const QString &key : m_apiKeys) {
        if (!key.isEmpty())
            text.replace(key, QStringLiteral("[redacted]"));
    }
    return text;
}

FakeCallRailServer::Reply FakeCallRailServer::errorReply(int status, const QString &message) const
{
    if (!readings().errorsAsList)
        return Reply::error(status, message);
    return Reply::json(QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}}, status);
}

bool FakeCallRailServer::onStandardPlan(const QString &accountId) const
{
    return !readings().callerIdsOnEveryPlan && m_dataset->accountIds().indexOf(accountId) % 2 == 1;
}

bool FakeCallRailServer::authorised(const QHttpServerRequest &request) const
{
    // Rails token auth: `Token token="KEY"`, and unquoted `Token token=KEY` works as well.
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.startsWith("Token "))
        return false;
    QByteArray rest = header.mid(6).trimmed();
    if (!rest.startsWith("token="))
        return false;
    QByteArray value = rest.mid(6);
    const qsizetype comma = value.indexOf(',');
    if (comma >= 0)
        value.truncate(comma);
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return !value.isEmpty() && m_apiKeys.contains(QString::fromUtf8(value));
}

void FakeCallRailServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // The latency counts from the request's arrival, as a real server's does: building the page happens
    // within it, not before it (the benchmarks compare runs against latency × requests).
    QElapsedTimer sinceArrival;
    sinceArrival.start();
    RequestRecord record;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    record.method = QString::fromLatin1(methods.valueToKey(int(request.method()))).toUpper();
    record.path = redact(request.url().path());
    record.query = redact(request.url().query(QUrl::FullyDecoded));
    record.time = QDateTime::currentDateTimeUtc();
    ++m_totalRequests;

    Reply reply = route(request, record);
    if (!record.endpoint.isEmpty())
        ++m_requestCounts[record.endpoint];

    Pending pending;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Taken now, while the socket surely exists: Qt 6.4's responder keeps a raw pointer that
    // dangles once the client goes away (toolchain notes, pitfall 8).
    pending.socket = responder.socket();
#endif
    pending.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    const int delay = m_latencyMs + reply.delayMs - int(sinceArrival.elapsed());
    if (delay > 0) {
        // A timer, not a sleep: other requests are served meanwhile.
        QTimer::singleShot(delay, this, [this, pending, reply, record] { finish(pending, reply, record); });
    } else {
        finish(pending, reply, record);
    }
}

void FakeCallRailServer::finish(const Pending &pending, const Reply &reply, RequestRecord record)
{
    record.status = reply.status;
    const auto code = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    QHttpServerResponder *responder = pending.responder.get();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Writing to a responder whose client has gone is a use-after-free in Qt 6.4, so check first.
    QTcpSocket *socket = pending.socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        record.status = 0;
    } else if (reply.fault == ServerFaults::Kind::Drop) {
        record.status = 0;
        socket->abort();
    } else if (reply.extraHeaderName.isEmpty()) {
        responder->write(reply.body, {{"Content-Type", reply.contentType}}, code);
    } else {
        responder->write(
            reply.body,
            {{"Content-Type", reply.contentType}, {reply.extraHeaderName, reply.extraHeaderValue}}, code);
    }
#else
    if (reply.fault == ServerFaults::Kind::Drop) {
        // Qt 6.8 gives no access to the socket: the responder is released unanswered.
        record.status = 0;
    } else {
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
        if (!reply.extraHeaderName.isEmpty())
            headers.append(reply.extraHeaderName, reply.extraHeaderValue);
        responder->write(reply.body, headers, code);
    }
#endif
    if (m_log.size() >= kMaxLogEntries)
        m_log.removeFirst();
    m_log.append(record);
    emit requestServed(record);
}

FakeCallRailServer::Reply FakeCallRailServer::route(const QHttpServerRequest &request, RequestRecord &record)
{
    const QString path = request.url().path();
    QString endpoint;
    QString accountId;
    if (path == QLatin1String("/v3/a.json") || path == QLatin1String("/v3/a")) {
        endpoint = QStringLiteral("accounts");
    } else if (path.startsWith(QLatin1String("/v3/a/"))) {
        const QStringList parts = path.mid(6).split(QLatin1Char('/'));
        if (parts.size() == 2 || parts.size() == 3) {
            // a/{account}/calls.json, or a report below its list: a/{account}/calls/summary.json
            accountId = parts.at(0);
            endpoint = endpointForResource(QStringList(parts.mid(1)).join(QLatin1Char('/')));
        }
    }
    record.endpoint = endpoint;
    record.accountId = accountId;
    if (!authorised(request)) {
        // Rails' token-auth answer is plain text, not JSON (ImitationReadings::unauthorizedAsJson).
        const QString denied = QStringLiteral("HTTP Token: Access denied.");
        Reply r = errorReply(401, denied);
        if (!readings().unauthorizedAsJson) {
            r.contentType = "text/plain; charset=utf-8";
            r.body = denied.toUtf8() + '\n';
        }
        r.extraHeaderName = "WWW-Authenticate";
        r.extraHeaderValue = "Token realm=\"Application\"";
        return r;
    }
    if (request.method() != QHttpServerRequest::Method::Get)
        return errorReply(405, QStringLiteral("Method not allowed"));
    if (endpoint.isEmpty())
        return errorReply(404, QStringLiteral("Not found"));
    if (!accountId.isEmpty() && !m_dataset->hasAccount(accountId))
        return errorReply(404, QStringLiteral("Account not found"));

    // Budget: the accounts list is charged to every account the key sees.
    const QStringList charged = accountId.isEmpty() ? m_dataset->accountIds() : QStringList{accountId};
    m_budget.setClockAligned(readings().clockAlignedWindows);
    qint64 wait = 0;
    for (const QString &acct : charged)
        wait = std::max(wait, m_budget.waitMs(acct));
    if (wait > 0) {
        ++m_tooManyRequests;
        Reply r = errorReply(429, errorForStatus(429));
        if (readings().retryAfterHeader) {
            r.extraHeaderName = "Retry-After";
            r.extraHeaderValue = QByteArray::number((wait + 999) / 1000);
        }
        return r;
    }
    for (const QString &acct : charged)
        m_budget.charge(acct);

    if (m_faults.isForbidden(endpoint) ||
        (endpoint == QLatin1String("outbound_caller_ids") && onStandardPlan(accountId)))
        return errorReply(403, errorForStatus(403));
    const ServerFaults::Fault fault = m_faults.take(endpoint);
    switch (fault.kind) {
    case ServerFaults::Kind::Status:
        return errorReply(fault.status, errorForStatus(fault.status));
    case ServerFaults::Kind::Drop: {
        Reply r;
        r.fault = ServerFaults::Kind::Drop;
        return r;
    }
    case ServerFaults::Kind::None:
    case ServerFaults::Kind::MalformedJson:
    case ServerFaults::Kind::Delay:
        break;
    }

    if (endpoint == QLatin1String("calls")) {
        const int inserts = m_insertPerRequest.value(accountId);
        if (inserts > 0)
            m_dataset->insertCalls(accountId, inserts);
    }

    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    Reply reply = spec->isReport() ? reportEndpoint(endpoint, accountId, request)
                                   : listEndpoint(endpoint, accountId, request);
    if (fault.kind == ServerFaults::Kind::Delay) {
        reply.delayMs = fault.delayMs;
    } else if (fault.kind == ServerFaults::Kind::MalformedJson && reply.status == 200) {
        const DamagedBody damaged = damageBody(reply.body, fault.damage, spec->recordsKey, fault.where);
        reply.body = damaged.body;
        reply.contentType = damaged.contentType;
    }
    return reply;
}

} // namespace callrail
