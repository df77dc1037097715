// What an answer from CallRail means, as one table: the status, the Retry-After header, the body and the
// network error of an attempt, against the kind the extractor reacts to, whether it retries, and the exact
// message the analyst reads. classifyReply() is a pure function, so no server is needed here; tst_apiclient
// checks that the client acts on the kind (retries, gives up, waits) against the imitation.

#include "api/ApiError.h"

#include <QTest>
#include <QTimeZone>

using namespace callrail;

Q_DECLARE_METATYPE(callrail::ApiErrorKind)

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void classifiesEveryAnswer_data();
    void classifiesEveryAnswer();
    void retryAfterIsReadAsSecondsOrADate_data();
    void retryAfterIsReadAsSecondsOrADate();
};

void TestApiError::classifiesEveryAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<QString>("message");
    using E = QNetworkReply::NetworkError;
    using K = ApiErrorKind;
    const auto row = [](const char *name, int status, E error, bool timedOut, const QByteArray &body, K kind,
                        bool retried, const QString &message) {
        QTest::newRow(name) << status << error << timedOut << body << kind << retried << message;
    };
    row("200", 200, E::NoError, false, "{}", K::None, false, QString());
    row("204", 204, E::NoError, false, "", K::None, false, QString());
    row("401, plain text", 401, E::AuthenticationRequiredError, false, "HTTP Token: Access denied.\n",
        K::KeyRejected, false, QStringLiteral("The API key was rejected by CallRail (401)."));
    row("403 with CallRail's words", 403, E::ContentAccessDenied, false,
        R"({"error":"Your plan does not include this feature"})", K::Forbidden, false,
        QStringLiteral(
            "users, page 2: not available to this API key or CallRail plan (403: Your plan does not "
            "include this feature)."));
    row("403, no words", 403, E::ContentAccessDenied, false, "", K::Forbidden, false,
        QStringLiteral("users, page 2: not available to this API key or CallRail plan (403)."));
    row("404", 404, E::ContentNotFoundError, false, "", K::NotFound, false,
        QStringLiteral("users, page 2: CallRail found nothing at this address (404)."));
    row("400, a list of errors", 400, E::ProtocolInvalidOperationError, false,
        R"({"errors":["company_id is required",{"field":"date"}]})", K::BadRequest, false,
        QStringLiteral(
            R"(users, page 2: CallRail refused the request (400): company_id is required; {"field":"date"})"));
    row("422, an error object", 422, E::UnknownContentError, false, R"({"error":{"code":"bad_date"}})",
        K::BadRequest, false,
        QStringLiteral(R"(users, page 2: CallRail refused the request (422): {"code":"bad_date"})"));
    row("409, no reason", 409, E::ContentConflictError, false, "", K::BadRequest, false,
        QStringLiteral("users, page 2: CallRail refused the request (409): no reason given"));
    row("429", 429, E::UnknownContentError, false, R"({"error":"Too many requests"})", K::RateLimited, true,
        QStringLiteral(
            "users, page 2: CallRail's request limit was reached (429); waiting before going on."));
    row("500 with words", 500, E::InternalServerError, false, R"({"error":"Something went wrong"})",
        K::ServerError, true,
        QStringLiteral("users, page 2: CallRail had a problem (500): Something went wrong."));
    row("503, a long HTML page shortened", 503, E::ServiceUnavailableError, false,
        "<html>" + QByteArray(300, 'x') + "</html>", K::ServerError, true,
        QStringLiteral("users, page 2: CallRail had a problem (503): <html>") +
            QString(194, QLatin1Char('x')) + QStringLiteral("….")); // 200 characters, then an ellipsis
    row("timed out", 0, E::OperationCanceledError, true, "", K::Timeout, true,
        QStringLiteral("users, page 2: CallRail did not answer within 30 s."));
    row("connection refused", 0, E::ConnectionRefusedError, false, "", K::Network, true,
        QStringLiteral("users, page 2: the connection to api.callrail.com failed (Connection refused)."));
    row("connection dropped", 0, E::RemoteHostClosedError, false, "", K::Network, true,
        QStringLiteral("users, page 2: the connection to api.callrail.com failed (Connection refused)."));
    row("TLS failed", 0, E::SslHandshakeFailedError, false, "", K::InsecureConnection, false,
        QStringLiteral("users, page 2: the secure connection to api.callrail.com failed (Connection "
                       "refused); nothing was sent."));
    row("redirected to plain http", 0, E::InsecureRedirectError, false, "", K::InsecureConnection, false,
        QStringLiteral("users, page 2: the secure connection to api.callrail.com failed (Connection "
                       "refused); nothing was sent."));
    row("unknown protocol", 0, E::ProtocolUnknownError, false, "", K::BadRequest, false,
        QStringLiteral("users, page 2: Connection refused"));
}

void TestApiError::classifiesEveryAnswer()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(bool, timedOut);
    QFETCH(QByteArray, body);
    QFETCH(ApiErrorKind, kind);
    QFETCH(bool, retried);
    QFETCH(QString, message);
    // Qt's words for the network error are the same in every row: what is tested is where they go.
    const ReplyFacts facts{status, networkError, QStringLiteral("Connection refused"), timedOut, body};
    const ApiError error =
        classifyReply(facts, {QStringLiteral("users, page 2"), QStringLiteral("api.callrail.com"), 30'000});
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isRetryable(), retried);
    QCOMPARE(error.httpStatus, status >= 300 ? status : 0);
    QCOMPARE(error.message, message);
}

void TestApiError::retryAfterIsReadAsSecondsOrADate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: none, the client backs off by itself
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("seconds, padded") << QByteArray(" 7 ") << qint64(7'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("an HTTP date") << QByteArray("Mon, 07 Dec 2026 12:01:30 GMT") << qint64(90'000);
    QTest::newRow("a date gone by") << QByteArray("Mon, 07 Dec 2026 11:00:00 GMT") << qint64(-1);
    QTest::newRow("unreadable") << QByteArray("soon") << qint64(-1);
}

void TestApiError::retryAfterIsReadAsSecondsOrADate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
    const std::optional<qint64> wait = retryAfterMs(header, now);
    QCOMPARE(wait.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
