// The wire contract with CallRail, written out independently of the code. The imitation server routes and
// answers by the client's own EndpointCatalogue, so a wrong path or records key in the catalogue would be
// copied by the server and every other suite would still pass. Here the list paths, records keys and required
// company_id parameters are literals taken from shared/callrail-api.md §4 (summary table, and §4.12 for the
// reports) and, for leads and the reports, from CallRail's examples (shared/callrail-api-examples/ and its
// README), and a real extraction of
// every endpoint is checked against them.
#include "ExtractionHarness.h"

#include "api/EndpointCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace callrail;
using namespace callrail::test;

namespace {

struct WireEndpoint
{
    const char *name; ///< the extractor's endpoint name (--endpoints)
    const char *path; ///< the real list path; {acct} stands for the account id
    const char *recordsKey;
    bool companyRequired; ///< company_id is a required query parameter (one request per company)
};

// shared/callrail-api.md §4, "Summary table (real paths vs. the seed)", and the leads example. Copy, do not
// derive.
constexpr WireEndpoint kContract[] = {
    {"accounts", "/v3/a.json", "accounts", false},
    {"calls", "/v3/a/{acct}/calls.json", "calls", false},
    {"companies", "/v3/a/{acct}/companies.json", "companies", false},
    {"form_submissions", "/v3/a/{acct}/form_submissions.json", "form_submissions", false},
    {"leads", "/v3/a/{acct}/leads.json", "leads", false}, // shared/callrail-api-examples/leads.json
    {"integrations", "/v3/a/{acct}/integrations.json", "integrations", true},
    {"tags", "/v3/a/{acct}/tags.json", "tags", false},
    {"trackers", "/v3/a/{acct}/trackers.json", "trackers", false},
    {"users", "/v3/a/{acct}/users.json", "users", false},
    {"text_messages", "/v3/a/{acct}/text-messages.json", "conversations", false},
    {"notifications", "/v3/a/{acct}/notifications.json", "notifications", false},
    {"outbound_caller_ids", "/v3/a/{acct}/caller_ids.json", "caller_ids", true},
    // §4.12 and shared/callrail-api-examples/calls-summary.json, calls-timeseries-day.json,
    // forms-summary.json.
    {"calls_summary", "/v3/a/{acct}/calls/summary.json", "grouped_results", false},
    {"calls_timeseries", "/v3/a/{acct}/calls/timeseries.json", "data", false},
    {"forms_summary", "/v3/a/{acct}/forms/summary.json", "grouped_results", false},
};

QString pathFor(const WireEndpoint &endpoint, const QString &accountId)
{
    return QString::fromLatin1(endpoint.path).replace(QLatin1String("{acct}"), accountId);
}

/// The path the client builds from a catalogue entry, below the API root.
QString cataloguePath(const EndpointSpec &spec, const QString &accountId)
{
    return spec.scope == EndpointScope::Global ? QStringLiteral("/v3/") + spec.path
                                               : QStringLiteral("/v3/a/%1/%2").arg(accountId, spec.path);
}

} // namespace

class TestWireContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false")); }
    void catalogueMatchesTheContract_data();
    void catalogueMatchesTheContract();
    void catalogueHasNoOtherEndpoint();
    void extractionRequestsOnlyTheContractsPaths();
    void serverAnswersUnderTheContractsRecordsKeys();
};

void TestWireContract::catalogueMatchesTheContract_data()
{
    QTest::addColumn<int>("row");
    for (int row = 0; row < int(std::size(kContract)); ++row)
        QTest::newRow(kContract[row].name) << row;
}

void TestWireContract::catalogueMatchesTheContract()
{
    QFETCH(int, row);
    const WireEndpoint &wire = kContract[row];
    const EndpointSpec *spec = EndpointCatalogue::find(QString::fromLatin1(wire.name));
    QVERIFY2(spec, wire.name);
    const QString account = QStringLiteral("ACC0123");
    QCOMPARE(cataloguePath(*spec, account), pathFor(wire, account));
    QCOMPARE(spec->recordsKey, QString::fromLatin1(wire.recordsKey));
    QCOMPARE(spec->scope == EndpointScope::PerCompany, wire.companyRequired);
}

void TestWireContract::catalogueHasNoOtherEndpoint()
{
    QStringList contract;
    for (const WireEndpoint &wire : kContract)
        contract.append(QString::fromLatin1(wire.name));
    QStringList catalogue = EndpointCatalogue::names();
    contract.sort();
    catalogue.sort();
    QCOMPARE(catalogue, contract);
}

void TestWireContract::extractionRequestsOnlyTheContractsPaths()
{
    ExtractionHarness harness;
    const RunSummary summary = harness.run(harness.options());
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));

    const QString account = harness.accountId();
    const QStringList companyList = harness.server().dataset().companyIds(account);
    const QSet<QString> companies(companyList.begin(), companyList.end());
    QHash<QString, const WireEndpoint *> byPath;
    for (const WireEndpoint &wire : kContract)
        byPath.insert(pathFor(wire, account), &wire);

    QHash<QString, int> requests;                 // by endpoint name
    QHash<QString, QSet<QString>> companiesAsked; // by endpoint name, for the per-company ones
    for (const RequestRecord &request : harness.server().requestLog()) {
        // Matched by path, not by the server's own routing: the server reads the catalogue too.
        const WireEndpoint *wire = byPath.value(request.path);
        QVERIFY2(wire,
                 qPrintable(QStringLiteral("request to a path outside the contract: %1").arg(request.path)));
        ++requests[QString::fromLatin1(wire->name)];
        if (wire->companyRequired) {
            const QString company = QUrlQuery(request.query).queryItemValue(QStringLiteral("company_id"));
            QVERIFY2(companies.contains(company),
                     qPrintable(QStringLiteral("%1 without a company_id of the account: ?%2")
                                    .arg(request.path, request.query)));
            companiesAsked[QString::fromLatin1(wire->name)].insert(company);
        }
    }
    for (const WireEndpoint &wire : kContract) {
        const QString name = QString::fromLatin1(wire.name);
        QVERIFY2(requests.value(name) > 0, qPrintable(QStringLiteral("%1 was never requested").arg(name)));
        if (wire.companyRequired)
            QCOMPARE(companiesAsked.value(name), companies); // one fan-out over every company
    }
}

void TestWireContract::serverAnswersUnderTheContractsRecordsKeys()
{
    // The other half of the wire: what the imitation server sends on these paths has its records under the
    // contract's key, so a catalogue key copied into both client and server cannot hide a wrong one.
    ExtractionHarness harness;
    const QString account = harness.accountId();
    const QString company = harness.server().dataset().companyIds(account).value(0);
    QNetworkAccessManager nam;
    for (const WireEndpoint &wire : kContract) {
        QUrl url = harness.server().baseUrl();
        url.setPath(pathFor(wire, account));
        if (wire.companyRequired)
            url.setQuery(QUrlQuery{{QStringLiteral("company_id"), company}});
        if (QByteArrayView(wire.recordsKey) == "grouped_results") // a summary is grouped by something
            url.setQuery(QUrlQuery{{QStringLiteral("group_by"), QStringLiteral("source")}});
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Token token=\"" + ExtractionHarness::apiKey().toUtf8() + '"');
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const QJsonValue records = page.value(QLatin1String(wire.recordsKey));
        QVERIFY2(records.isArray() && !records.toArray().isEmpty(), wire.path);
    }
}

QTEST_GUILESS_MAIN(TestWireContract)
#include "tst_wirecontract.moc"
