// The API client against the imitation CallRail server: every error class, retries, and the key's safety.

#include "TestEnvironment.h"

#include "api/ApiClient.h"
#include "api/RequestBudget.h"
#include "config/Logging.h"
#include "imitation/FakeCallRailServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace callrail;

namespace {
const QString kKey = QStringLiteral("client-test-key-5e6f7a8b");
}

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCallRailServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<ApiClient> m_client;
    QString m_account;

    ApiClient &client(int maxRetries = 3, int timeoutMs = 5000)
    {
        ApiClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.maxRetries = maxRetries;
        config.timeoutMs = timeoutMs;
        config.backoffBaseMs = 10;
        m_client = std::make_unique<ApiClient>(m_network.get(), m_budget.get(), config);
        m_client->setApiKey(kKey);
        return *m_client;
    }

    ApiRequest usersRequest()
    {
        ApiRequest request;
        request.url = m_client->listUrl(QStringLiteral("users.json"), m_account);
        request.endpoint = QStringLiteral("users");
        request.pageLabel = QStringLiteral("page 1");
        request.budgetBucket = m_account;
        return request;
    }

    /// The most requests in flight at once for 8 requests spread over `buckets` (accounts).
    int mostInFlight(const QStringList &buckets)
    {
        ApiClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.concurrency = 2; // per account
        config.maxInFlight = 3; // over all accounts
        m_client = std::make_unique<ApiClient>(m_network.get(), m_budget.get(), config);
        m_client->setApiKey(kKey);
        int inFlight = 0;
        int most = 0;
        connect(m_client.get(), &ApiClient::requestSent, this, [&] { most = std::max(most, ++inFlight); });
        QList<ApiCall *> calls;
        for (int i = 0; i < 8; ++i) {
            ApiRequest request = usersRequest();
            request.budgetBucket = buckets.at(i % buckets.size());
            calls.append(m_client->get(request));
            connect(calls.last(), &ApiCall::finished, this, [&] { --inFlight; });
        }
        QSignalSpy last(calls.last(), &ApiCall::finished);
        if (!last.wait(10'000))
            return -1;
        QTest::qWait(400);
        return most;
    }

    ApiResult fetch(const ApiRequest &request)
    {
        ApiCall *call = m_client->get(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(20'000))
            return {};
        const ApiResult result = finished.first().first().value<ApiResult>();
        call->deleteLater();
        return result;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false")); }

    void init()
    {
        m_server = std::make_unique<FakeCallRailServer>();
        m_server->setApiKeys({kKey});
        QVERIFY(m_server->start());
        m_account = m_server->dataset().accountIds().first();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_budget = std::make_unique<RequestBudget>(BudgetLimits{});
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void successReturnsTheEnvelope()
    {
        client();
        const ApiResult result = fetch(usersRequest());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.page);
        QVERIFY(result.page->hasArray(QStringLiteral("users")));
        QCOMPARE(result.page->envelope().value(QStringLiteral("page")).toInt(), 1);
        QVERIFY(!result.page->hasArray(QStringLiteral("page")));
        QCOMPARE(m_budget->usedInWindow(m_account), 1);
    }

    void refusedRequestsAreNotRetried()
    {
        // What each answer means and says is tst_apierror's table; here, that the client acts on it against
        // the imitation: a refusal is one attempt, and CallRail's own words reach the message.
        client();
        m_server->setForbidden(QStringLiteral("users"), true);
        const ApiResult forbidden = fetch(usersRequest());
        QCOMPARE(forbidden.error.kind, ApiErrorKind::Forbidden);
        QCOMPARE(forbidden.attempts, 1);
        m_server->setForbidden(QStringLiteral("users"), false);

        ApiRequest request = usersRequest();
        request.url = m_client->listUrl(QStringLiteral("integrations.json"), m_account); // company_id missing
        const ApiResult bad = fetch(request);
        QCOMPARE(bad.error.kind, ApiErrorKind::BadRequest);
        QCOMPARE(bad.attempts, 1);
        QVERIFY2(bad.error.message.contains(QStringLiteral("company_id")), qPrintable(bad.error.message));

        m_server->failWithStatus(QStringLiteral("users"), 404, 1);
        const ApiResult missing = fetch(usersRequest());
        QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
        QCOMPARE(missing.attempts, 1);

        client().setApiKey(QStringLiteral("wrong"));
        const ApiResult rejected = fetch(usersRequest());
        QCOMPARE(rejected.error.kind, ApiErrorKind::KeyRejected);
        QCOMPARE(rejected.error.httpStatus, 401);
        QCOMPARE(rejected.attempts, 1);
    }

    void serverErrorsAreRetriedThenSucceed()
    {
        client(3);
        m_server->failWithStatus(QStringLiteral("users"), 503, 2);
        QSignalSpy retrying(m_client.get(), &ApiClient::retrying);
        const ApiResult result = fetch(usersRequest());
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 3);
        QCOMPARE(retrying.size(), 2);
    }

    void givesUpAfterMaxRetries()
    {
        client(2);
        m_server->failWithStatus(QStringLiteral("users"), 500, 10);
        const ApiResult result = fetch(usersRequest());
        QCOMPARE(result.error.kind, ApiErrorKind::ServerError);
        QCOMPARE(result.attempts, 3);
        QVERIFY(result.error.message.contains(QStringLiteral("gave up after 3 attempt")));
    }

    void malformedJsonIsAFailedAttempt()
    {
        client(0);
        m_server->sendMalformedJson(QStringLiteral("users"), 1);
        const ApiResult result = fetch(usersRequest());
        QCOMPARE(result.error.kind, ApiErrorKind::MalformedResponse);
        QVERIFY(result.error.message.contains(QStringLiteral("users, page 1")));
        client(1);
        m_server->sendMalformedJson(QStringLiteral("users"), 1);
        QVERIFY(fetch(usersRequest()).ok());
    }

    void everyDamagedAnswerIsAFailedAttempt_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("reason");
        using Damage = ServerFaults::Damage;
        QTest::newRow("cut in half") << int(Damage::Truncated) << QStringLiteral("not valid JSON");
        QTest::newRow("an HTML page") << int(Damage::HtmlPage) << QStringLiteral("not valid JSON");
        QTest::newRow("garbage in a value")
            << int(Damage::GarbageInValue) << QStringLiteral("control character");
        QTest::newRow("garbage in a key") << int(Damage::GarbageInKey) << QStringLiteral("control character");
        QTest::newRow("not an object") << int(Damage::NotAnObject) << QStringLiteral("not a JSON object");
        QTest::newRow("no records list") << int(Damage::NoRecordsList) << QStringLiteral("no \"users\" list");
        QTest::newRow("records not a list") << int(Damage::RecordsNotAList) << QStringLiteral("not a list");
        QTest::newRow("total_records not a number")
            << int(Damage::TotalNotANumber) << QStringLiteral("\"total_records\" is not a whole number");
    }

    void everyDamagedAnswerIsAFailedAttempt()
    {
        QFETCH(int, damage);
        QFETCH(QString, reason);
        client(0);
        ApiRequest request = usersRequest();
        request.listPage = {QStringLiteral("users"), 100};
        m_server->sendMalformedJson(QStringLiteral("users"), 1, ServerFaults::Damage(damage));
        const ApiResult failed = fetch(request);
        QCOMPARE(failed.error.kind, ApiErrorKind::MalformedResponse);
        QVERIFY(!failed.page);
        QVERIFY2(failed.error.message.contains(QStringLiteral("users, page 1")),
                 qPrintable(failed.error.message));
        QVERIFY2(failed.error.message.contains(reason), qPrintable(failed.error.message));
        // Retried like a 5xx: the next attempt is sound.
        client(1);
        m_server->sendMalformedJson(QStringLiteral("users"), 1, ServerFaults::Damage(damage));
        const ApiResult retried = fetch(request);
        QVERIFY2(retried.ok(), qPrintable(retried.error.message));
        QCOMPARE(retried.attempts, 2);
    }

    void recordsCutFromAPageThatIsNotTheLastAreCaught()
    {
        // Records taken out of the list leave valid JSON. A relative page that says another follows must be
        // full.
        client(0);
        ApiRequest request = usersRequest();
        request.endpoint = QStringLiteral("calls");
        request.url = m_client->listUrl(QStringLiteral("calls.json"), m_account);
        request.url.setQuery(QStringLiteral("relative_pagination=true&per_page=50&date_range=last_30_days"));
        request.listPage = {QStringLiteral("calls"), 50};
        QVERIFY(fetch(request).ok());
        m_server->sendMalformedJson(QStringLiteral("calls"), 1, ServerFaults::Damage::RecordsCut);
        const ApiResult cut = fetch(request);
        QCOMPARE(cut.error.kind, ApiErrorKind::MalformedResponse);
        QVERIFY2(cut.error.message.contains(QStringLiteral("were due")), qPrintable(cut.error.message));
    }

    void contentLengthShorterThanTheBodyIsAFailedAttempt()
    {
        // A proxy that announces fewer bytes than it sends: the client reads what was announced, which is not
        // the whole JSON text.
        const QByteArray body = R"({"users":[{"id":"USR1","name":"A"}],"page":1,"per_page":100,)"
                                R"("total_pages":1,"total_records":1})";
        QTcpServer raw;
        QVERIFY(raw.listen(QHostAddress::LocalHost));
        connect(&raw, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = raw.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size() - 20) + "\r\n\r\n" + body);
            });
        });
        ApiClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(raw.serverPort()));
        config.maxRetries = 0;
        m_client = std::make_unique<ApiClient>(m_network.get(), m_budget.get(), config);
        m_client->setApiKey(kKey);
        ApiRequest request = usersRequest();
        request.url = m_client->listUrl(QStringLiteral("users.json"), m_account);
        request.listPage = {QStringLiteral("users"), 100};
        const ApiResult result = fetch(request);
        QCOMPARE(result.error.kind, ApiErrorKind::MalformedResponse);
        QVERIFY2(result.error.message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(result.error.message));
    }

    void droppedConnectionIsRetried()
    {
        client(3);
        m_server->dropConnection(QStringLiteral("users"), 3);
        const ApiResult result = fetch(usersRequest());
        QVERIFY(result.ok());
        QVERIFY(result.attempts >= 2);
    }

    void slowReplyTimesOut()
    {
        client(0, 1000);
        m_server->delayReply(QStringLiteral("users"), 3000, 1);
        const ApiResult result = fetch(usersRequest());
        QCOMPARE(result.error.kind, ApiErrorKind::Timeout);
        QVERIFY(result.error.message.contains(QStringLiteral("did not answer")));
    }

    void rateLimitWaitsAndHonoursRetryAfter()
    {
        m_budget = std::make_unique<RequestBudget>(BudgetLimits{1000, 10000, 60'000});
        client(0);
        m_server->setHourlyLimit(1);
        m_server->setBudgetWindow(1500);
        m_server->readings().retryAfterHeader = true;
        QVERIFY(fetch(usersRequest()).ok());
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = fetch(usersRequest()); // 429 first, then waits as told and succeeds
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(timer.elapsed() >= 500);
        QCOMPARE(m_client->rateLimitedResponses(), 1);
    }

    void concurrencyIsBounded()
    {
        ApiClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.concurrency = 2;
        m_client = std::make_unique<ApiClient>(m_network.get(), m_budget.get(), config);
        m_client->setApiKey(kKey);
        m_server->setLatency(150);
        int inFlight = 0;
        int maxInFlight = 0;
        connect(m_server.get(), &FakeCallRailServer::requestServed, this, [&] { --inFlight; });
        connect(m_client.get(), &ApiClient::requestSent, this,
                [&] { maxInFlight = std::max(maxInFlight, ++inFlight); });
        QList<ApiCall *> calls;
        for (int i = 0; i < 6; ++i)
            calls.append(m_client->get(usersRequest()));
        QSignalSpy last(calls.last(), &ApiCall::finished);
        QVERIFY(last.wait(10'000));
        QCOMPARE(maxInFlight, 2);
    }

    void eachAccountHasItsShareUnderTheSharedCap()
    {
        m_server->setLatency(150);
        QCOMPARE(mostInFlight({QStringLiteral("account-a")}), 2); // one account: its own share
        // Two accounts run side by side, up to the cap over all of them.
        QCOMPARE(mostInFlight({QStringLiteral("account-a"), QStringLiteral("account-b")}), 3);
    }

    void abortingFreesTheRequestsPlace()
    {
        ApiClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.concurrency = 1;
        m_client = std::make_unique<ApiClient>(m_network.get(), m_budget.get(), config);
        m_client->setApiKey(kKey);
        m_server->delayReply(QStringLiteral("users"), 2000, 1);
        ApiCall *slow = m_client->get(usersRequest());
        QSignalSpy sent(m_client.get(), &ApiClient::requestSent);
        QVERIFY(sent.wait(5000));
        QSignalSpy aborted(slow, &ApiCall::finished);
        slow->abort();
        QCOMPARE(aborted.size(), 1);
        QCOMPARE(aborted.first().first().value<ApiResult>().error.kind, ApiErrorKind::Cancelled);
        // With one place only, the next request runs only if the aborted one gave its place back.
        const ApiResult next = fetch(usersRequest());
        QVERIFY(next.ok());
    }

    void plainHttpOnlyForLoopback()
    {
        QVERIFY(ApiClient::validateBaseUrl(QUrl(QStringLiteral("https://api.callrail.com/v3"))).isEmpty());
        QVERIFY(ApiClient::validateBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/v3"))).isEmpty());
        QVERIFY(ApiClient::validateBaseUrl(QUrl(QStringLiteral("http://localhost/v3"))).isEmpty());
        QVERIFY(!ApiClient::validateBaseUrl(QUrl(QStringLiteral("http://api.callrail.com/v3"))).isEmpty());
        QVERIFY(!ApiClient::validateBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1/v3"))).isEmpty());
    }

    void keyIsNeverSentToAnotherOrigin()
    {
        client();
        ApiRequest request = usersRequest();
        request.url = QUrl(QStringLiteral("http://127.0.0.2:%1/v3/a/x/users.json").arg(m_server->port()));
        const ApiResult result = fetch(request);
        QCOMPARE(result.error.kind, ApiErrorKind::BadRequest);
        QVERIFY(result.error.message.contains(QStringLiteral("another server")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keyAppearsInNoMessage()
    {
        client(0);
        m_server->failWithStatus(QStringLiteral("users"), 500, 1);
        const ApiResult result = fetch(usersRequest());
        QVERIFY(!result.error.message.contains(kKey));
        QCOMPARE(Logging::redact(QStringLiteral("token ") + kKey), QStringLiteral("token [redacted]"));
        for (const RequestRecord &record : m_server->requestLog())
            QVERIFY(!record.query.contains(kKey));
    }

    void userAgentNamesTheProduct() { QVERIFY(ApiClient::userAgent().startsWith("CallRailExtractor/")); }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
