// Tests of the imitation CallRail server through a real HTTP client: what the extractor, the demo
// mode and the benchmarks rely on.

#include "api/EndpointCatalogue.h"
#include "imitation/DateQuery.h"
#include "imitation/FakeCallRailServer.h"
#include "imitation/ImitationDataset.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace callrail;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc());

DatasetConfig fixedConfig()
{
    DatasetConfig config;
    config.now = kNow;
    return config;
}

struct Response
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QHash<QByteArray, QByteArray> headers;
};

QByteArray quotedAuth(const QString &key = FakeCallRailServer::demoApiKey())
{
    return "Token token=\"" + key.toUtf8() + '"';
}

Response waitFor(QNetworkReply *reply)
{
    Response r;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonValid = parseError.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

QNetworkReply *startGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth,
                        int timeoutMs = 0)
{
    QNetworkRequest request(url);
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    return nam.get(request);
}

QStringList idsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue &v : records) {
        const QJsonValue id = v.toObject().value(QStringLiteral("id"));
        ids.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
    }
    return ids;
}

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCallRailServer> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_account;

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_server->baseUrl().toString() + pathAndQuery);
    }
    Response get(const QString &pathAndQuery, const QByteArray &auth = quotedAuth(), int timeoutMs = 0)
    {
        return waitFor(startGet(*m_nam, url(pathAndQuery), auth, timeoutMs));
    }
    QString acct(const QString &resource) const
    {
        return QStringLiteral("/a/") + m_account + QLatin1Char('/') + resource;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeCallRailServer>(fixedConfig());
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(m_server.get());
        m_account = m_server->dataset().accountIds().value(0);
        QVERIFY(!m_account.isEmpty());
    }
    void cleanup()
    {
        m_server.reset();
        m_nam = nullptr;
    }

    void listensOnLoopbackWithV3BaseUrl()
    {
        const QUrl base = m_server->baseUrl();
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(base.path(), QStringLiteral("/v3"));
        QVERIFY(base.port() > 0);
    }

    void acceptsQuotedAndUnquotedTokens()
    {
        QCOMPARE(get(QStringLiteral("/a.json"), quotedAuth()).status, 200);
        const Response unquoted =
            get(QStringLiteral("/a.json"), "Token token=" + FakeCallRailServer::demoApiKey().toUtf8());
        QCOMPARE(unquoted.status, 200);
        QCOMPARE(unquoted.json.value(QStringLiteral("accounts")).toArray().size(), 1);
    }

    void rejectsBadCredentialsWithPlainText_data()
    {
        QTest::addColumn<QByteArray>("auth");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong key") << quotedAuth(QStringLiteral("not-the-key"));
        QTest::newRow("bearer") << QByteArray("Bearer demo-key-not-secret");
        QTest::newRow("empty token") << QByteArray("Token token=\"\"");
    }
    void rejectsBadCredentialsWithPlainText()
    {
        QFETCH(QByteArray, auth);
        const Response r = get(acct(QStringLiteral("calls.json")), auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body.trimmed(), QByteArray("HTTP Token: Access denied."));
        QVERIFY(!r.jsonValid);
        QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Token realm=\"Application\""));
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    }

    void servesEveryEndpointOnItsRealPath()
    {
        // The envelope and fields as the tables document them; the uncertain readings are tst_readings'.
        m_server->readings().totalPagesEverywhere = true;
        m_server->readings().callerIdCompanyId = true;
        const QString company = m_server->dataset().companyIds(m_account).value(0);
        for (const EndpointSpec &spec : EndpointCatalogue::all()) {
            if (spec.isReport())
                continue; // not paged lists: tst_imitationreports
            QString path =
                spec.scope == EndpointScope::Global ? QStringLiteral("/") + spec.path : acct(spec.path);
            if (spec.scope == EndpointScope::PerCompany)
                path += QStringLiteral("?company_id=") + company;
            const Response r = get(path);
            QVERIFY2(r.status == 200,
                     qPrintable(spec.name + QStringLiteral(": ") + QString::number(r.status)));
            const QJsonArray records = r.json.value(spec.recordsKey).toArray();
            QVERIFY2(!records.isEmpty(), qPrintable(spec.name));
            for (const char *key : {"page", "per_page", "total_pages", "total_records"})
                QVERIFY2(r.json.contains(QLatin1String(key)), qPrintable(spec.name));
            // Every default field of the catalogue is in the record (integrations' company_id is
            // added by the extractor, not sent by CallRail).
            const QJsonObject first = records.first().toObject();
            for (const QString &field : spec.defaultFieldNames()) {
                if (spec.name == QLatin1String("integrations") && field == QLatin1String("company_id"))
                    continue;
                QVERIFY2(first.contains(field), qPrintable(spec.name + QLatin1Char('.') + field));
            }
        }
        QCOMPARE(get(QStringLiteral("/a/ACC00000000000000000000000000000000/calls.json")).status, 404);
        QCOMPARE(get(acct(QStringLiteral("nothing.json"))).status, 404);
    }

    void conversationsUseTheirRealKeyAndShortIds()
    {
        const Response r = get(acct(QStringLiteral("text-messages.json?date_range=last_30_days")));
        QCOMPARE(r.status, 200);
        const QJsonArray conversations = r.json.value(QStringLiteral("conversations")).toArray();
        QVERIFY(!conversations.isEmpty());
        const QJsonObject c = conversations.first().toObject();
        QCOMPARE(c.value(QStringLiteral("id")).toString().size(), 5);
        QVERIFY(c.value(QStringLiteral("recent_messages")).isArray());
        QVERIFY(c.value(QStringLiteral("last_message_at")).toString().endsWith(QLatin1Char('Z')));
    }

    void recordsHaveRealisticShapes()
    {
        const Response calls = get(acct(QStringLiteral("calls.json?per_page=5")));
        const QJsonObject call = calls.json.value(QStringLiteral("calls")).toArray().first().toObject();
        QVERIFY(call.value(QStringLiteral("id")).toString().startsWith(QLatin1String("CAL")));
        QCOMPARE(call.value(QStringLiteral("id")).toString().size(), 35);
        // Calls carry the company's offset, with milliseconds.
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$)"))
                    .match(call.value(QStringLiteral("start_time")).toString())
                    .hasMatch());
        const Response trackers = get(acct(QStringLiteral("trackers.json")));
        const QJsonObject tracker =
            trackers.json.value(QStringLiteral("trackers")).toArray().first().toObject();
        QVERIFY(tracker.value(QStringLiteral("company")).toObject().contains(QStringLiteral("id")));
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"))
                    .match(tracker.value(QStringLiteral("created_at")).toString())
                    .hasMatch());
        const Response tags = get(acct(QStringLiteral("tags.json")));
        QVERIFY(tags.json.value(QStringLiteral("tags"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("id"))
                    .isDouble());
    }

    void offsetPaginationCoversEveryRecordOnce()
    {
        const QString filter = QStringLiteral("start_date=2025-11-01&end_date=2026-03-02&order=asc");
        Query query;
        query.dates.startDate = QStringLiteral("2025-11-01");
        query.dates.endDate = QStringLiteral("2026-03-02");
        const QStringList expected = m_server->dataset().ids(QStringLiteral("calls"), m_account, query);
        QVERIFY(expected.size() > 500);
        QStringList seen;
        const int perPage = 97;
        const int pages = int((expected.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pages; ++page) {
            const Response r = get(
                acct(QStringLiteral("calls.json?%1&per_page=%2&page=%3").arg(filter).arg(perPage).arg(page)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("total_records")).toInteger(), expected.size());
            QCOMPARE(r.json.value(QStringLiteral("total_pages")).toInt(), pages);
            QCOMPARE(r.json.value(QStringLiteral("page")).toInt(), page);
            seen += idsOf(r.json.value(QStringLiteral("calls")).toArray());
        }
        QCOMPARE(seen, expected);

        const Response beyond = get(acct(
            QStringLiteral("calls.json?%1&per_page=%2&page=%3").arg(filter).arg(perPage).arg(pages + 5)));
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.json.value(QStringLiteral("calls")).toArray().isEmpty());
        QCOMPARE(beyond.json.value(QStringLiteral("total_records")).toInteger(), expected.size());

        // Newest first by default.
        const Response desc =
            get(acct(QStringLiteral("calls.json?start_date=2025-11-01&end_date=2026-03-02&per_page=3")));
        QCOMPARE(idsOf(desc.json.value(QStringLiteral("calls")).toArray()).value(0), expected.last());
    }

    void perPageIsValidatedAndClampedOnlyWhenAskedTo()
    {
        // Undocumented: refused by default (the less convenient reading), clamped as an option.
        const QString tooMany = acct(QStringLiteral("calls.json?start_date=2025-11-01&per_page=1000"));
        QCOMPARE(get(tooMany).status, 400);
        QCOMPARE(get(acct(QStringLiteral("calls.json?start_date=2025-11-01&per_page=250"))).status, 200);
        m_server->readings().clampPerPage = true;
        const Response big = get(tooMany);
        QCOMPARE(big.status, 200);
        QCOMPARE(big.json.value(QStringLiteral("per_page")).toInt(), 250);
        QCOMPARE(big.json.value(QStringLiteral("calls")).toArray().size(), 250);
        QCOMPARE(get(acct(QStringLiteral("calls.json?per_page=0"))).status, 400);
        QCOMPARE(get(acct(QStringLiteral("calls.json?per_page=-5"))).status, 400);
        QCOMPARE(get(acct(QStringLiteral("companies.json?page=abc"))).status, 400);
        QCOMPARE(get(acct(QStringLiteral("companies.json?order=sideways"))).status, 400);
    }

    void relativePaginationFollowsNextPageToTheEnd()
    {
        Query query;
        query.dates.startDate = QStringLiteral("2025-12-01");
        const QStringList expected = m_server->dataset().ids(QStringLiteral("calls"), m_account, query);
        QVERIFY(expected.size() > 200);
        QUrl next = url(acct(QStringLiteral(
            "calls.json?relative_pagination=true&per_page=60&start_date=2025-12-01&fields=tags")));
        QStringList seen;
        int requests = 0;
        bool hasNext = true;
        while (hasNext) {
            QVERIFY(++requests < 100);
            const Response r = waitFor(startGet(*m_nam, next, quotedAuth()));
            QCOMPARE(r.status, 200);
            const QJsonArray calls = r.json.value(QStringLiteral("calls")).toArray();
            QVERIFY(calls.first().toObject().contains(QStringLiteral("tags"))); // fields= survives next_page
            seen += idsOf(calls);
            hasNext = r.json.value(QStringLiteral("has_next_page")).toBool();
            if (hasNext) {
                next = QUrl(r.json.value(QStringLiteral("next_page")).toString());
                QCOMPARE(next.host(), QStringLiteral("127.0.0.1"));
                QCOMPARE(next.port(), int(m_server->port()));
                QVERIFY(!next.path().endsWith(QLatin1String(".json")));
            } else {
                QVERIFY(!r.json.contains(QStringLiteral("next_page")));
            }
        }
        QCOMPARE(seen.size(), expected.size());
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        QCOMPARE(requests, int((expected.size() + 59) / 60));
    }

    void relativeAnswersCarryTotalsOnlyWhenAskedTo()
    {
        // As documented: has_next_page, next_page and the calls; per_page and the totals are options.
        const QString path = acct(QStringLiteral("calls.json?relative_pagination=true&per_page=10"));
        const Response documented = get(path);
        QVERIFY(!documented.json.contains(QStringLiteral("total_records")));
        QVERIFY(!documented.json.contains(QStringLiteral("total_pages")));
        QVERIFY(!documented.json.contains(QStringLiteral("page")));
        QVERIFY(!documented.json.contains(QStringLiteral("per_page")));
        QVERIFY(documented.json.contains(QStringLiteral("has_next_page")));
        m_server->readings().relativeTotals = true;
        m_server->readings().relativePerPage = true;
        const Response convenient = get(path);
        QVERIFY(convenient.json.contains(QStringLiteral("total_records")));
        QVERIFY(convenient.json.contains(QStringLiteral("total_pages")));
        QCOMPARE(convenient.json.value(QStringLiteral("per_page")).toInt(), 10);
    }

    void fieldsAddOptionalColumnsAndRejectUnknownNames()
    {
        const Response plain = get(acct(QStringLiteral("calls.json?per_page=5")));
        QVERIFY(!plain.json.value(QStringLiteral("calls"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("milestones")));
        const Response extra =
            get(acct(QStringLiteral("calls.json?per_page=5&fields=milestones,tags,keypad_entries")));
        const QJsonObject call = extra.json.value(QStringLiteral("calls")).toArray().first().toObject();
        QVERIFY(call.value(QStringLiteral("milestones")).toObject().contains(QStringLiteral("first_touch")));
        QVERIFY(call.value(QStringLiteral("tags")).isArray());
        QVERIFY(call.value(QStringLiteral("keypad_entries")).isObject());

        const Response bad = get(acct(QStringLiteral("calls.json?fields=milestones,bogus")));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QStringLiteral("error")).toString(), QStringLiteral("Unknown field: bogus"));
    }

    void everyCatalogueOptionalFieldIsProduced()
    {
        const QString company = m_server->dataset().companyIds(m_account).value(0);
        for (const EndpointSpec &spec : EndpointCatalogue::all()) {
            if (spec.optionalFields.isEmpty())
                continue;
            QString path =
                spec.scope == EndpointScope::Global ? QStringLiteral("/") + spec.path : acct(spec.path);
            path += QStringLiteral("?fields=") + spec.optionalFieldNames().join(QLatin1Char(','));
            if (spec.scope == EndpointScope::PerCompany)
                path += QStringLiteral("&company_id=") + company;
            if (spec.dateFiltered)
                path += QStringLiteral("&date_range=last_30_days");
            const Response r = get(path);
            QCOMPARE(r.status, 200);
            const QJsonObject record = r.json.value(spec.recordsKey).toArray().first().toObject();
            for (const QString &field : spec.optionalFieldNames())
                QVERIFY2(record.contains(field), qPrintable(spec.name + QLatin1Char('.') + field));
        }
    }

    void perCompanyEndpointsRequireCompanyId()
    {
        for (const QString &path : {QStringLiteral("integrations.json"), QStringLiteral("caller_ids.json")}) {
            const Response r = get(acct(path));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
                     QStringLiteral("company_id is required"));
        }
        const QStringList companies = m_server->dataset().companyIds(m_account);
        const Response r = get(acct(QStringLiteral("integrations.json?company_id=") + companies.at(1)));
        QCOMPARE(r.json.value(QStringLiteral("total_records")).toInt(), 2);
    }

    void companyFilterMatchesDataset()
    {
        const QString company = m_server->dataset().companyIds(m_account).value(1);
        Query query;
        query.companyId = company;
        query.dates.dateRange = QStringLiteral("last_30_days");
        const QStringList expected = m_server->dataset().ids(QStringLiteral("calls"), m_account, query);
        QVERIFY(!expected.isEmpty());
        const Response r = get(acct(
            QStringLiteral(
                "calls.json?date_range=last_30_days&order=asc&per_page=250&fields=company_id&company_id=") +
            company));
        QCOMPARE(idsOf(r.json.value(QStringLiteral("calls")).toArray()), expected);
        for (const QJsonValue &v : r.json.value(QStringLiteral("calls")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("company_id")).toString(), company);
    }

    void defaultWindowIsTheLastSevenDays()
    {
        const Response r = get(acct(QStringLiteral("calls.json?per_page=250&order=asc")));
        QCOMPARE(r.status, 200);
        const QJsonArray calls = r.json.value(QStringLiteral("calls")).toArray();
        QVERIFY(calls.size() > 20);
        QVERIFY(calls.size() < 1500);
        const QDateTime from(kNow.date().addDays(-6), QTime(0, 0), QTimeZone::utc());
        for (const QJsonValue &v : calls) {
            const QDateTime t = QDateTime::fromString(
                v.toObject().value(QStringLiteral("start_time")).toString(), Qt::ISODateWithMs);
            QVERIFY(t.isValid());
            QVERIFY(t >= from);
            QVERIFY(t <= kNow);
        }
        QCOMPARE(r.json.value(QStringLiteral("total_records")).toInteger(),
                 m_server->dataset().count(QStringLiteral("calls"), m_account, Query{}));
        const Response explicitRecent = get(acct(QStringLiteral("calls.json?date_range=recent")));
        QCOMPARE(explicitRecent.json.value(QStringLiteral("total_records")),
                 r.json.value(QStringLiteral("total_records")));
    }

    void datesOutsideRetentionOrMalformedAreRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<int>("status");
        // Retention errors are 422 by default (ImitationReadings::retentionErrorIs400), malformed dates 400.
        QTest::newRow("all_time") << QStringLiteral("date_range=all_time")
                                  << QStringLiteral("revise your date range") << 422;
        QTest::newRow("26 months") << QStringLiteral("start_date=2024-01-01")
                                   << QStringLiteral("revise your date range") << 422;
        QTest::newRow("bad date") << QStringLiteral("start_date=2026-13-45") << QStringLiteral("start_date")
                                  << 400;
        QTest::newRow("bad end") << QStringLiteral("end_date=yesterday") << QStringLiteral("end_date") << 400;
        QTest::newRow("bad zone") << QStringLiteral("time_zone=Mars/Olympus") << QStringLiteral("time_zone")
                                  << 400;
        QTest::newRow("bad range") << QStringLiteral("date_range=forever") << QStringLiteral("date_range")
                                   << 400;
    }
    void datesOutsideRetentionOrMalformedAreRejected()
    {
        QFETCH(QString, query);
        QFETCH(QString, errorPart);
        QFETCH(int, status);
        for (const QString &resource : {QStringLiteral("calls.json"), QStringLiteral("form_submissions.json"),
                                        QStringLiteral("text-messages.json")}) {
            const Response r = get(acct(resource + QLatin1Char('?') + query));
            QCOMPARE(r.status, status);
            QVERIFY2(r.json.value(QStringLiteral("error")).toString().contains(errorPart),
                     qPrintable(r.json.value(QStringLiteral("error")).toString()));
        }
        // Within 25 months is fine.
        QCOMPARE(get(acct(QStringLiteral("calls.json?start_date=2024-03-05"))).status, 200);
    }

    void dateWindowsAreInclusiveInTheRequestZone()
    {
        DateQuery q;
        q.startDate = QStringLiteral("2026-02-10");
        q.endDate = QStringLiteral("2026-02-10");
        q.timeZone = QStringLiteral("America/New_York");
        DateQuery::Window w;
        QString error;
        QVERIFY(q.resolve(kNow, &w, &error));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(w.fromMsecs, QTimeZone::utc()),
                 QDateTime(QDate(2026, 2, 10), QTime(5, 0), QTimeZone::utc()));
        QCOMPARE(w.toMsecs - w.fromMsecs, qint64(24 * 3600 * 1000));
        q.endDate = QStringLiteral("2026-02-10T14:00");
        QVERIFY(q.resolve(kNow, &w, &error));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(w.toMsecs, QTimeZone::utc()),
                 QDateTime(QDate(2026, 2, 10), QTime(19, 1), QTimeZone::utc()));
        DateQuery yesterday;
        yesterday.dateRange = QStringLiteral("yesterday");
        QVERIFY(yesterday.resolve(kNow, &w, &error));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(w.fromMsecs, QTimeZone::utc()).date(), QDate(2026, 3, 1));
    }

    void hourlyLimitGives429AndRecoversAfterTheWindow()
    {
        m_server->setHourlyLimit(3);
        m_server->setBudgetWindow(1200);
        m_server->readings().retryAfterHeader = true;
        // Unauthenticated requests are not counted.
        QCOMPARE(get(acct(QStringLiteral("companies.json")), QByteArray()).status, 401);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(acct(QStringLiteral("companies.json"))).status, 200);
        const Response limited = get(acct(QStringLiteral("users.json")));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("too many requests")));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        QCOMPARE(m_server->tooManyRequestsCount(), 1);
        // The window slides: after it the account may send again (generous upper bound).
        QTRY_VERIFY_WITH_TIMEOUT(get(acct(QStringLiteral("users.json"))).status == 200, 8000);
    }

    void retryAfterIsOffByDefaultAndDailyLimitApplies()
    {
        m_server->setHourlyLimit(0);
        m_server->setDailyLimit(2);
        QCOMPARE(get(QStringLiteral("/a.json")).status, 200); // the accounts list counts too
        QCOMPARE(get(acct(QStringLiteral("companies.json"))).status, 200);
        const Response r = get(acct(QStringLiteral("companies.json")));
        QCOMPARE(r.status, 429);
        QVERIFY(!r.headers.contains("retry-after"));
    }

    void injectedStatusesAreJsonAndCountDown_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {500, 502, 503, 403, 404, 422})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void injectedStatusesAreJsonAndCountDown()
    {
        QFETCH(int, status);
        m_server->failWithStatus(QStringLiteral("calls"), status, 2);
        QCOMPARE(get(acct(QStringLiteral("companies.json"))).status, 200); // other endpoints unaffected
        for (int i = 0; i < 2; ++i) {
            const Response r = get(acct(QStringLiteral("calls.json")));
            QCOMPARE(r.status, status);
            QVERIFY(r.json.value(QStringLiteral("error")).isString());
        }
        QCOMPARE(get(acct(QStringLiteral("calls.json"))).status, 200);
    }

    void anyEndpointFaultAndMalformedJson()
    {
        m_server->failWithStatus(QString(), 500, 1);
        QCOMPARE(get(acct(QStringLiteral("users.json"))).status, 500);
        m_server->sendMalformedJson(QStringLiteral("users"), 1);
        const Response bad = get(acct(QStringLiteral("users.json")));
        QCOMPARE(bad.status, 200);
        QVERIFY(!bad.body.isEmpty());
        QVERIFY(!bad.jsonValid);
        QVERIFY(get(acct(QStringLiteral("users.json"))).jsonValid);
    }

    void droppedConnectionGivesNoReply()
    {
        // QNetworkAccessManager quietly resends a GET once when the connection dies before any
        // reply byte, so a client only sees the error from the second drop in a row.
        m_server->dropConnection(QStringLiteral("calls"), 4);
        const Response r = get(acct(QStringLiteral("calls.json")));
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QVERIFY(!m_server->requestLog().isEmpty());
        QCOMPARE(m_server->requestLog().constLast().status, 0);
        m_server->clearFaults();
        QCOMPARE(get(acct(QStringLiteral("calls.json"))).status, 200);
    }

    void slowReplyOutlastsClientTimeout()
    {
        m_server->delayReply(QStringLiteral("companies"), 3000, 1);
        const Response slow = get(acct(QStringLiteral("companies.json")), quotedAuth(), 300);
        QCOMPARE(slow.error, QNetworkReply::OperationCanceledError);
        // The server survives the client leaving before the reply (toolchain pitfall 8).
        QCOMPARE(get(acct(QStringLiteral("companies.json"))).status, 200);
        QTest::qWait(3200);
        QCOMPARE(get(acct(QStringLiteral("companies.json"))).status, 200);
    }

    void forbiddenEndpointAlwaysGives403()
    {
        m_server->setForbidden(QStringLiteral("outbound_caller_ids"), true);
        const QString company = m_server->dataset().companyIds(m_account).value(0);
        for (int i = 0; i < 2; ++i) {
            const Response r = get(acct(QStringLiteral("caller_ids.json?company_id=") + company));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
                     QStringLiteral("You do not have permission to perform the requested action"));
        }
        m_server->setForbidden(QStringLiteral("outbound_caller_ids"), false);
        QCOMPARE(get(acct(QStringLiteral("caller_ids.json?company_id=") + company)).status, 200);
    }

    void callsInsertedDuringScanAppearAsNewest()
    {
        const qint64 before = m_server->dataset().count(QStringLiteral("calls"), m_account, Query{});
        m_server->insertCallsDuringScan(m_account, 5);
        const Response first = get(acct(QStringLiteral("calls.json?per_page=5")));
        QCOMPARE(first.json.value(QStringLiteral("total_records")).toInteger(), before + 5);
        const Response second = get(acct(QStringLiteral("calls.json?per_page=5")));
        QCOMPARE(second.json.value(QStringLiteral("total_records")).toInteger(), before + 10);
        // Newest first: the page is made of the calls just inserted, none seen before.
        const QStringList a = idsOf(first.json.value(QStringLiteral("calls")).toArray());
        const QStringList b = idsOf(second.json.value(QStringLiteral("calls")).toArray());
        QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).intersect(QSet<QString>(b.cbegin(), b.cend())).size(),
                 0);
        QCOMPARE(m_server->dataset().insertedCallCount(m_account), 10);
    }

    void latencyIsServedConcurrently()
    {
        m_server->setLatency(200);
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(startGet(*m_nam, url(acct(QStringLiteral("companies.json"))), quotedAuth()));
        for (QNetworkReply *reply : replies)
            QCOMPARE(waitFor(reply).status, 200);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 190, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 700, qPrintable(QString::number(elapsed)));
    }

    void logAndCountersNeverHoldTheKey()
    {
        QSignalSpy served(m_server.get(), &FakeCallRailServer::requestServed);
        get(acct(QStringLiteral("calls.json?note=") + FakeCallRailServer::demoApiKey()));
        get(acct(QStringLiteral("companies.json")));
        get(acct(QStringLiteral("companies.json")), QByteArray());
        QCOMPARE(served.size(), 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->requestCount(QStringLiteral("companies")), 2);
        QCOMPARE(m_server->requestCount(QStringLiteral("calls")), 1);
        const QList<RequestRecord> log = m_server->requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(2).status, 401);
        QCOMPARE(log.at(0).endpoint, QStringLiteral("calls"));
        QCOMPARE(log.at(0).method, QStringLiteral("GET"));
        for (const RequestRecord &r : log) {
            QVERIFY(!r.path.contains(FakeCallRailServer::demoApiKey()));
            QVERIFY(!r.query.contains(FakeCallRailServer::demoApiKey()));
        }
        m_server->resetCounters();
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(m_server->requestLog().isEmpty());
    }

    void agencyKeySeesSeveralAccounts()
    {
        DatasetConfig config = fixedConfig();
        config.accounts = 3;
        FakeCallRailServer server(config);
        server.setApiKeys({QStringLiteral("agency-key")});
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        const Response r =
            waitFor(startGet(nam, QUrl(server.baseUrl().toString() + QStringLiteral("/a.json")),
                             quotedAuth(QStringLiteral("agency-key"))));
        QCOMPARE(r.json.value(QStringLiteral("total_records")).toInt(), 3);
        QCOMPARE(waitFor(startGet(nam, QUrl(server.baseUrl().toString() + QStringLiteral("/a.json")),
                                  quotedAuth()))
                     .status,
                 401);
    }

    void datasetIsDeterministicAndAwkward()
    {
        ImitationDataset a(fixedConfig());
        ImitationDataset b(fixedConfig());
        const QString account = a.accountIds().first();
        QCOMPARE(b.accountIds().first(), account);
        const QStringList fields{QStringLiteral("milestones"), QStringLiteral("note"),
                                 QStringLiteral("device_type")};
        QCOMPARE(a.record(QStringLiteral("calls"), account, 777, fields),
                 b.record(QStringLiteral("calls"), account, 777, fields));
        // A value does not depend on which other fields were requested.
        QCOMPARE(
            a.record(QStringLiteral("calls"), account, 777, {QStringLiteral("device_type")})
                .value(QStringLiteral("device_type")),
            a.record(QStringLiteral("calls"), account, 777, fields).value(QStringLiteral("device_type")));

        bool comma = false, quote = false, newline = false, nonAscii = false, emoji = false, formula = false,
             phone = false;
        for (qint64 i = 0; i < 1500; ++i) {
            const QJsonObject call = a.record(QStringLiteral("calls"), account, i, {QStringLiteral("note")});
            for (const QString &text : {call.value(QStringLiteral("customer_name")).toString(),
                                        call.value(QStringLiteral("note")).toString()}) {
                comma |= text.contains(QLatin1Char(','));
                quote |= text.contains(QLatin1Char('"'));
                newline |= text.contains(QLatin1Char('\n'));
                nonAscii |= text.contains(QStringLiteral("中文")) || text.contains(QStringLiteral("ü"));
                emoji |= text.contains(QStringLiteral("😀"));
                formula |= !text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0));
            }
            phone |= call.value(QStringLiteral("customer_phone_number")).toString() ==
                     QLatin1String("+14045550123");
        }
        QVERIFY(comma && quote && newline && nonAscii && emoji && formula && phone);
        // Calls are time-ordered by index.
        const QDateTime t1 = QDateTime::fromString(
            a.record(QStringLiteral("calls"), account, 10).value(QStringLiteral("start_time")).toString(),
            Qt::ISODateWithMs);
        const QDateTime t2 = QDateTime::fromString(
            a.record(QStringLiteral("calls"), account, 11).value(QStringLiteral("start_time")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(t1 < t2);
    }

    void millionCallsServeDeepPagesLazily()
    {
        DatasetConfig config = fixedConfig();
        config.calls = 1000000;
        config.spanDays = 700;
        FakeCallRailServer server(config);
        server.setHourlyLimit(0);
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        const QString account = server.dataset().accountIds().first();
        const QUrl deep(server.baseUrl().toString() + QStringLiteral("/a/") + account +
                        QStringLiteral("/calls.json?start_date=2024-04-01&order=asc&per_page=250&page=4000"));
        QElapsedTimer timer;
        timer.start();
        const Response r = waitFor(startGet(nam, deep, quotedAuth()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("calls")).toArray().size(), 250);
        QVERIFY(r.json.value(QStringLiteral("total_records")).toInteger() > 1000000 - 1000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
