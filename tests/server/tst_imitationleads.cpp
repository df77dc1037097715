// The imitation's leads and milestones against CallRail's own examples (shared/callrail-api-examples/
// leads.json and calls-single-milestones-keywords_spotted.json): the keys below are copied from them, not
// derived from the catalogue, so that a wrong key in the catalogue cannot hide in both client and server.
// And the leads are the people the calls and forms name: a lead's id is their person_id.

#include "imitation/FakeCallRailServer.h"
#include "imitation/ImitationDataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace callrail;

namespace {

// shared/callrail-api-examples/leads.json. Copy, do not derive.
const QStringList kEnvelopeKeys{"leads", "page", "per_page", "total_pages", "total_records"};
const QStringList kLeadKeys{"company_id", "company_name", "created_at", "email", "id", "name", "phone"};
// shared/callrail-api-examples/calls-single-milestones-keywords_spotted.json.
const QStringList kMilestones{"first_touch", "last_touch", "lead_created", "qualified"};
const QStringList kMilestoneKeys{"ad_position",
                                 "campaign",
                                 "device",
                                 "event_date",
                                 "keywords",
                                 "landing",
                                 "landing_page_url_params",
                                 "match_type",
                                 "medium",
                                 "referrer",
                                 "referrer_url_params",
                                 "session_browser",
                                 "source",
                                 "url_utm_params"};

DatasetConfig fixedConfig()
{
    DatasetConfig config;
    config.now = QDateTime(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc());
    return config;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class TestImitationLeads : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCallRailServer> m_server;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_account;

    /// GET below /v3/a/{account}/, with the demo key; the answer's JSON object (empty on any failure).
    QJsonObject get(const QString &resource)
    {
        QNetworkRequest request(
            QUrl(m_server->baseUrl().toString() + QStringLiteral("/a/%1/%2").arg(m_account, resource)));
        request.setRawHeader("Authorization",
                             "Token token=\"" + FakeCallRailServer::demoApiKey().toUtf8() + '"');
        QNetworkReply *reply = m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return {};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return status == 200 ? QJsonDocument::fromJson(body).object() : QJsonObject();
    }

    /// Every record of a stream (no date window), with the optional `fields`.
    QList<QJsonObject> everyRecord(const QString &endpoint, const QStringList &fields) const
    {
        const ImitationDataset &dataset = m_server->dataset();
        ImitationQuery all;
        all.unbounded = true;
        QList<QJsonObject> records;
        for (qint64 i = 0; i < dataset.count(endpoint, m_account, all); ++i)
            records.append(dataset.record(endpoint, m_account, i, fields));
        return records;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeCallRailServer>(fixedConfig());
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(m_server.get());
        m_account = m_server->dataset().accountIds().value(0);
    }
    void cleanup() { m_server.reset(); }

    void leadsAnswerHasTheExamplesShape();
    void leadsArePagedByOffset();
    void leadsAreThePeopleOfCallsAndForms();
    void milestonesHaveTheExamplesShape_data();
    void milestonesHaveTheExamplesShape();
};

void TestImitationLeads::leadsAnswerHasTheExamplesShape()
{
    const QJsonObject page = get(QStringLiteral("leads.json?per_page=25"));
    QCOMPARE(page.keys(), kEnvelopeKeys);
    QCOMPARE(page.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(page.value(QStringLiteral("per_page")).toInt(), 25);
    const QJsonArray leads = page.value(QStringLiteral("leads")).toArray();
    QCOMPARE(leads.size(), 25);
    const QRegularExpression id(QStringLiteral("^PER[0-9a-f]{32}$"));
    const QRegularExpression utc(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    const QSet<QString> companies = setOf(m_server->dataset().companyIds(m_account));
    int withEmail = 0;
    for (const QJsonValue &value : leads) {
        const QJsonObject lead = value.toObject();
        QCOMPARE(lead.keys(), kLeadKeys);
        QVERIFY2(id.match(lead.value(QStringLiteral("id")).toString()).hasMatch(),
                 qPrintable(lead.value(QStringLiteral("id")).toString()));
        QVERIFY(utc.match(lead.value(QStringLiteral("created_at")).toString()).hasMatch());
        QVERIFY(lead.value(QStringLiteral("phone")).toString().startsWith(QStringLiteral("+1")));
        QVERIFY(companies.contains(lead.value(QStringLiteral("company_id")).toString()));
        QVERIFY(!lead.value(QStringLiteral("company_name")).toString().isEmpty());
        withEmail += lead.value(QStringLiteral("email")).isString();
    }
    QVERIFY(withEmail > 0); // the people who sent a form
}

void TestImitationLeads::leadsArePagedByOffset()
{
    const QJsonObject first = get(QStringLiteral("leads.json?per_page=250"));
    const qint64 total = first.value(QStringLiteral("total_records")).toInteger();
    const qint64 pages = first.value(QStringLiteral("total_pages")).toInteger();
    // 1,500 calls and 300 forms name 997 people (the data set's record i names person i % 997).
    QCOMPARE(total, 997);
    QCOMPARE(pages, 4);
    QStringList ids;
    for (int p = 1; p <= pages; ++p) {
        const QJsonObject page = get(QStringLiteral("leads.json?per_page=250&page=%1").arg(p));
        QCOMPARE(page.value(QStringLiteral("page")).toInt(), p);
        QCOMPARE(page.value(QStringLiteral("total_records")).toInteger(), total);
        const QJsonArray leads = page.value(QStringLiteral("leads")).toArray();
        QCOMPARE(leads.size(), p < pages ? 250 : total - 750);
        for (const QJsonValue &lead : leads)
            ids.append(lead.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(setOf(ids).size(), total); // every lead once
    // The same answer every time: the data set is a function of its seed.
    QCOMPARE(get(QStringLiteral("leads.json?per_page=250")), first);
}

void TestImitationLeads::leadsAreThePeopleOfCallsAndForms()
{
    QHash<QString, QJsonObject> leads; // as the server sends them, by id
    for (int p = 1;; ++p) {
        const QJsonObject page = get(QStringLiteral("leads.json?per_page=250&page=%1").arg(p));
        for (const QJsonValue &value : page.value(QStringLiteral("leads")).toArray())
            leads.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
        if (p >= page.value(QStringLiteral("total_pages")).toInt())
            break;
    }
    QSet<QString> named;
    QHash<QString, QString> formEmail; // person → the email of a form they sent
    for (const QJsonObject &call : everyRecord(QStringLiteral("calls"), {QStringLiteral("person_id")}))
        named.insert(call.value(QStringLiteral("person_id")).toString());
    int anonymous = 0;
    for (const QJsonObject &form : everyRecord(QStringLiteral("form_submissions"), {})) {
        const QString person = form.value(QStringLiteral("person_id")).toString();
        if (person == QLatin1String("anonymous")) {
            ++anonymous;
            continue;
        }
        named.insert(person);
        formEmail.insert(person, form.value(QStringLiteral("customer_email")).toString());
    }
    QVERIFY(anonymous > 0);
    // Every person a call or form names is a lead, and every lead is named by one.
    QCOMPARE(setOf(leads.keys()), named);
    // A lead who sent a form has that form's email address; a caller alone has none.
    for (auto it = leads.cbegin(); it != leads.cend(); ++it) {
        const QJsonValue email = it.value().value(QStringLiteral("email"));
        if (formEmail.contains(it.key()))
            QCOMPARE(email.toString(), formEmail.value(it.key()));
        else
            QVERIFY(email.isNull());
    }
}

void TestImitationLeads::milestonesHaveTheExamplesShape_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("recordsKey");
    QTest::newRow("calls") << QStringLiteral(
                                  "calls.json?per_page=100&date_range=last_30_days&fields=milestones")
                           << QStringLiteral("calls");
    QTest::newRow("form_submissions")
        << QStringLiteral("form_submissions.json?per_page=100&date_range=last_30_days&fields=milestones")
        << QStringLiteral("form_submissions");
}

void TestImitationLeads::milestonesHaveTheExamplesShape()
{
    QFETCH(QString, resource);
    QFETCH(QString, recordsKey);
    const QJsonArray records = get(resource).value(recordsKey).toArray();
    QVERIFY(records.size() > 10);
    int nullMilestones = 0;
    for (const QJsonValue &record : records) {
        const QJsonObject milestones = record.toObject().value(QStringLiteral("milestones")).toObject();
        QCOMPARE(milestones.keys(), kMilestones);
        for (const QString &name : kMilestones) {
            const QJsonValue milestone = milestones.value(name);
            if (milestone.isNull()) {
                ++nullMilestones;
                continue;
            }
            const QJsonObject touch = milestone.toObject();
            QCOMPARE(touch.keys(), kMilestoneKeys);
            QVERIFY(touch.value(QStringLiteral("event_date")).isString());
            for (const char *params : {"landing_page_url_params", "referrer_url_params", "url_utm_params"})
                QVERIFY2(touch.value(QLatin1String(params)).isObject(), params);
        }
    }
    QVERIFY(nullMilestones > 0); // a call or form that was never qualified
}

QTEST_GUILESS_MAIN(TestImitationLeads)
#include "tst_imitationleads.moc"
