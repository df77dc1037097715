// The imitation CallRail's two readings of each uncertain point (ImitationReadings) on the wire: the default
// is the less convenient one, the flag gives the other. tests/engine/tst_uncertainreadings runs the extractor
// against both.

#include "imitation/FakeCallRailServer.h"
#include "imitation/ImitationDataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace callrail;

namespace {

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json;
};

} // namespace

class TestImitationReadings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCallRailServer> m_server;
    QNetworkAccessManager *m_network = nullptr;
    QString m_account;

    Answer get(const QString &resource, const QString &key = FakeCallRailServer::demoApiKey())
    {
        const QString path = resource.startsWith(QLatin1Char('/'))
                                 ? resource
                                 : QStringLiteral("/a/%1/%2").arg(m_account, resource);
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
        request.setRawHeader("Authorization", "Token token=\"" + key.toUtf8() + '"');
        QNetworkReply *reply = m_network->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10'000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        reply->deleteLater();
        return answer;
    }
    QJsonObject firstRecord(const QString &resource, const QString &key)
    {
        return get(resource).json.value(key).toArray().first().toObject();
    }
    QString company(int index = 0) const { return m_server->dataset().companyIds(m_account).value(index); }

private slots:
    void init()
    {
        DatasetConfig config;
        config.now = QDateTime(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc());
        config.accounts = 2;
        m_server = std::make_unique<FakeCallRailServer>(config);
        QVERIFY(m_server->start());
        m_network = new QNetworkAccessManager(m_server.get());
        m_account = m_server->dataset().accountIds().first();
    }
    void cleanup() { m_server.reset(); }

    void unauthorizedIsPlainTextOrJson()
    {
        const Answer text = get(QStringLiteral("/a.json"), QStringLiteral("wrong"));
        QCOMPARE(text.status, 401);
        QVERIFY(text.contentType.startsWith("text/plain"));
        QCOMPARE(text.body.trimmed(), QByteArray("HTTP Token: Access denied."));
        m_server->readings().unauthorizedAsJson = true;
        const Answer json = get(QStringLiteral("/a.json"), QStringLiteral("wrong"));
        QCOMPARE(json.status, 401);
        QCOMPARE(json.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("HTTP Token: Access denied."));
    }

    void errorBodiesNameTheirErrorOrList()
    {
        const Answer single = get(QStringLiteral("integrations.json"));
        QCOMPARE(single.status, 400);
        QCOMPARE(single.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("company_id is required"));
        m_server->readings().errorsAsList = true;
        const Answer list = get(QStringLiteral("integrations.json"));
        QCOMPARE(list.json.value(QStringLiteral("errors")).toArray(),
                 QJsonArray{QStringLiteral("company_id is required")});
        QVERIFY(!list.json.contains(QStringLiteral("error")));
    }

    void retentionErrorIs422Or400()
    {
        QCOMPARE(get(QStringLiteral("calls.json?date_range=all_time")).status, 422);
        QCOMPARE(get(QStringLiteral("calls.json?start_date=2026-13-45")).status,
                 400); // malformed: always 400
        m_server->readings().retentionErrorIs400 = true;
        QCOMPARE(get(QStringLiteral("calls.json?date_range=all_time")).status, 400);
    }

    void lastRelativePageOmitsOrNullsItsLink()
    {
        const QString last =
            QStringLiteral("calls.json?relative_pagination=true&date_range=today&per_page=250");
        const Answer absent = get(last);
        QCOMPARE(absent.json.value(QStringLiteral("has_next_page")).toBool(), false);
        QVERIFY(!absent.json.contains(QStringLiteral("next_page")));
        QVERIFY(!absent.json.contains(QStringLiteral("per_page")));
        m_server->readings().nextPageNullOnLastPage = true;
        m_server->readings().relativePerPage = true;
        const Answer null = get(last);
        QVERIFY(null.json.value(QStringLiteral("next_page")).isNull());
        QCOMPARE(null.json.value(QStringLiteral("per_page")).toInt(), 250);
    }

    void someListsOmitOrZeroTheirPageCount()
    {
        const QString integrations = QStringLiteral("integrations.json?company_id=") + company();
        QVERIFY(!get(integrations).json.contains(QStringLiteral("total_pages")));
        const Answer notifications = get(QStringLiteral("notifications.json"));
        QCOMPARE(notifications.json.value(QStringLiteral("total_pages")).toInt(-1), 0);
        QVERIFY(notifications.json.value(QStringLiteral("total_records")).toInt() > 0);
        QCOMPARE(get(QStringLiteral("users.json")).json.value(QStringLiteral("total_pages")).toInt(), 1);
        m_server->readings().totalPagesEverywhere = true;
        QCOMPARE(get(integrations).json.value(QStringLiteral("total_pages")).toInt(), 1);
        QCOMPARE(get(QStringLiteral("notifications.json")).json.value(QStringLiteral("total_pages")).toInt(),
                 1);
    }

    void pageBeyondTheEndIsEmptyOrNotFound()
    {
        const Answer empty = get(QStringLiteral("users.json?page=5"));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json.value(QStringLiteral("users")).toArray().isEmpty());
        QCOMPARE(empty.json.value(QStringLiteral("total_records")).toInt(), 6);
        m_server->readings().pageBeyondEndNotFound = true;
        QCOMPARE(get(QStringLiteral("users.json?page=5")).status, 404);
        QCOMPARE(get(QStringLiteral("users.json?page=1")).status, 200);
        QCOMPARE(get(QStringLiteral("calls.json?date_range=today&page=1")).status, 200); // even when empty
    }

    void unknownFieldNamesAreRefusedOrIgnored()
    {
        QCOMPARE(get(QStringLiteral("calls.json?fields=utma")).status, 400);
        m_server->readings().unknownFieldsIgnored = true;
        const Answer ignored = get(QStringLiteral("calls.json?fields=utma,tags"));
        QCOMPARE(ignored.status, 200);
        const QJsonObject call = ignored.json.value(QStringLiteral("calls")).toArray().first().toObject();
        QVERIFY(!call.contains(QStringLiteral("utma")));
        QVERIFY(call.contains(QStringLiteral("tags")));
    }

    void callRecordsTakeEitherShape()
    {
        const QString calls =
            QStringLiteral("calls.json?date_range=last_30_days&per_page=250&fields=tags,call_summary");
        auto find = [](const QJsonArray &records, auto predicate) {
            for (const QJsonValue &record : records) {
                if (predicate(record.toObject()))
                    return record.toObject();
            }
            return QJsonObject();
        };
        auto tagged = [](const QJsonObject &call) {
            return !call.value(QStringLiteral("tags")).toArray().isEmpty();
        };
        auto summarised = [](const QJsonObject &call) {
            return !call.value(QStringLiteral("call_summary")).isNull();
        };
        auto recorded = [](const QJsonObject &call) {
            return !call.value(QStringLiteral("recording_duration")).isNull();
        };
        QJsonArray records = get(calls).json.value(QStringLiteral("calls")).toArray();
        QVERIFY(find(records, tagged).value(QStringLiteral("tags"))[0].isObject());
        QVERIFY(find(records, tagged).value(QStringLiteral("tags"))[0][QStringLiteral("id")].isDouble());
        QVERIFY(find(records, summarised).value(QStringLiteral("call_summary")).isArray());
        QVERIFY(find(records, recorded).value(QStringLiteral("recording_duration")).isDouble());
        QVERIFY(records.first().toObject().contains(QStringLiteral("agent_email")));

        m_server->readings().tagsAsNames = true;
        m_server->readings().callSummaryAsText = true;
        m_server->readings().recordingDurationAsText = true;
        m_server->readings().agentEmailOnRequest = true;
        records = get(calls).json.value(QStringLiteral("calls")).toArray();
        QVERIFY(find(records, tagged).value(QStringLiteral("tags"))[0].isString());
        QVERIFY(find(records, summarised).value(QStringLiteral("call_summary")).isString());
        QVERIFY(find(records, recorded).value(QStringLiteral("recording_duration")).isString());
        QVERIFY(!records.first().toObject().contains(QStringLiteral("agent_email")));
    }

    void smallRecordsTakeEitherShape()
    {
        const QString callerIds = QStringLiteral("caller_ids.json?company_id=") + company();
        QVERIFY(!firstRecord(callerIds, QStringLiteral("caller_ids")).contains(QStringLiteral("company_id")));
        const QJsonObject user = firstRecord(QStringLiteral("users.json"), QStringLiteral("users"));
        QVERIFY(user.value(QStringLiteral("id")).isDouble());
        // A notification names its user by the same id the users list gives.
        QSet<qint64> userIds;
        for (const QJsonValue u :
             get(QStringLiteral("users.json")).json.value(QStringLiteral("users")).toArray())
            userIds.insert(u[QStringLiteral("id")].toInteger());
        for (const QJsonValue n : get(QStringLiteral("notifications.json"))
                                      .json.value(QStringLiteral("notifications"))
                                      .toArray()) {
            if (!n[QStringLiteral("user_id")].isNull())
                QVERIFY(userIds.contains(n[QStringLiteral("user_id")].toInteger()));
        }
        m_server->readings().callerIdCompanyId = true;
        m_server->readings().maskedUserIds = true;
        QCOMPARE(firstRecord(callerIds, QStringLiteral("caller_ids"))
                     .value(QStringLiteral("company_id"))
                     .toString(),
                 company());
        QVERIFY(firstRecord(QStringLiteral("users.json"), QStringLiteral("users"))
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QLatin1String("USR")));
    }

    void callerIdsAreForbiddenOnTheStandardPlan()
    {
        const QString second = m_server->dataset().accountIds().at(1);
        const QString secondCompany = m_server->dataset().companyIds(second).first();
        const QString path = QStringLiteral("/a/%1/caller_ids.json?company_id=%2").arg(second, secondCompany);
        QCOMPARE(get(QStringLiteral("caller_ids.json?company_id=") + company()).status, 200);
        QCOMPARE(get(path).status, 403);
        m_server->readings().callerIdsOnEveryPlan = true;
        QCOMPARE(get(path).status, 200);
    }

    void rateWindowsRollOrAlignToTheClock()
    {
        // Three requests a 600 ms window, sent late in a window of the clock. Rolling (default): the next one
        // waits until the first is 600 ms old. Aligned: the next window on the clock has a fresh budget.
        constexpr qint64 window = 600;
        const auto phase = [] { return QDateTime::currentMSecsSinceEpoch() % window; };
        for (const bool aligned : {false, true}) {
            m_server->resetCounters();
            m_server->readings().clockAlignedWindows = aligned;
            m_server->setHourlyLimit(3);
            m_server->setBudgetWindow(window);
            while (phase() < 380 || phase() > 420)
                QTest::qWait(2);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(get(QStringLiteral("users.json")).status, 200);
            QCOMPARE(get(QStringLiteral("users.json")).status, 429);
            while (phase() > 100 || phase() < 40) // just into the next window, long before 600 ms have passed
                QTest::qWait(2);
            QCOMPARE(get(QStringLiteral("users.json")).status, aligned ? 200 : 429);
        }
    }
};

QTEST_GUILESS_MAIN(TestImitationReadings)
#include "tst_imitationreadings.moc"
