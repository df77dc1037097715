// The imitation's reports (calls/summary.json, calls/timeseries.json, forms/summary.json): the shapes of
// CallRail's own examples (shared/callrail-api-examples/), counts that agree with the lists, and the less
// convenient readings where the documentation is silent.
#include "imitation/FakeCallRailServer.h"
#include "imitation/ImitationDataset.h"
#include "imitation/ImitationReports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace callrail;
using namespace callrail::imitation;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::utc());

DatasetConfig fixedConfig()
{
    DatasetConfig config;
    config.now = kNow;
    config.spanDays = 400;
    config.calls = 4000;
    return config;
}

ReportQuery queryFor(const ImitationDataset &dataset, const QString &endpoint, const QString &start,
                     const QString &end)
{
    ReportQuery query;
    query.endpoint = endpoint;
    query.accountId = dataset.accountIds().first();
    query.dates.startDate = start;
    query.dates.endDate = end;
    query.dates.timeZone = QStringLiteral("UTC");
    return query;
}

QJsonObject answerOf(const ImitationDataset &dataset, const ReportQuery &query)
{
    int status = 0;
    QString error;
    const auto answer = reportAnswer(dataset, query, &status, &error);
    if (!answer)
        qWarning("report refused: %d %s", status, qPrintable(error));
    return answer.value_or(QJsonObject());
}

qint64 listCount(const ImitationDataset &dataset, const QString &endpoint, const QString &start,
                 const QString &end)
{
    ImitationQuery query;
    query.dates.startDate = start;
    query.dates.endDate = end;
    query.dates.timeZone = QStringLiteral("UTC");
    return dataset.count(endpoint, dataset.accountIds().first(), query);
}

qint64 sumOf(const QJsonArray &rows, const QString &measure)
{
    qint64 sum = 0;
    for (const QJsonValue &row : rows)
        sum += qint64(row.toObject().value(measure).toDouble());
    return sum;
}

const QStringList kCallMeasures{QStringLiteral("total_calls"),      QStringLiteral("missed_calls"),
                                QStringLiteral("answered_calls"),   QStringLiteral("first_time_callers"),
                                QStringLiteral("average_duration"), QStringLiteral("leads")};

} // namespace

class TestImitationReports : public QObject
{
    Q_OBJECT

private slots:
    void summaryHasTheExamplesShapeAndAddsUpToTheList()
    {
        const ImitationDataset dataset(fixedConfig());
        ReportQuery query = queryFor(dataset, QStringLiteral("calls_summary"), QStringLiteral("2026-02-01"),
                                     QStringLiteral("2026-02-28"));
        query.grouping = QStringLiteral("source");
        query.fields = kCallMeasures;
        const QJsonObject answer = answerOf(dataset, query);
        // shared/callrail-api-examples/calls-summary.json: offsets without a colon, grouped_results with a
        // key.
        QCOMPARE(answer.value(QStringLiteral("start_date")).toString(),
                 QStringLiteral("2026-02-01T00:00:00+0000"));
        QCOMPARE(answer.value(QStringLiteral("end_date")).toString(),
                 QStringLiteral("2026-02-28T23:59:59+0000"));
        QCOMPARE(answer.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(answer.value(QStringLiteral("grouped_by")).toString(), QStringLiteral("source"));
        const QJsonArray rows = answer.value(QStringLiteral("grouped_results")).toArray();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue &row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("key")).isString());
            for (const QString &measure : kCallMeasures)
                QVERIFY2(row.toObject().contains(measure), qPrintable(measure));
        }
        // Biggest first, and every call of the window in one group.
        QVERIFY(rows.first().toObject().value(QStringLiteral("total_calls")).toDouble() >=
                rows.last().toObject().value(QStringLiteral("total_calls")).toDouble());
        const qint64 listed = listCount(dataset, QStringLiteral("calls"), QStringLiteral("2026-02-01"),
                                        QStringLiteral("2026-02-28"));
        QVERIFY(listed > 100);
        QCOMPARE(sumOf(rows, QStringLiteral("total_calls")), listed);
        QCOMPARE(qint64(answer.value(QStringLiteral("total_results"))
                            .toObject()
                            .value(QStringLiteral("total_calls"))
                            .toDouble()),
                 listed);
    }

    void withoutFieldsAReportAnswersItsTotalAlone()
    {
        const ImitationDataset dataset(fixedConfig());
        ReportQuery query = queryFor(dataset, QStringLiteral("calls_summary"), QStringLiteral("2026-02-01"),
                                     QStringLiteral("2026-02-28"));
        query.grouping = QStringLiteral("campaign");
        const QJsonObject row =
            answerOf(dataset, query).value(QStringLiteral("grouped_results")).toArray().first().toObject();
        QCOMPARE(QStringList(row.keys()),
                 (QStringList{QStringLiteral("key"), QStringLiteral("total_calls")}));
    }

    void aSummaryMustBeGroupedByWhatCallRailOffers()
    {
        const ImitationDataset dataset(fixedConfig());
        ReportQuery query = queryFor(dataset, QStringLiteral("calls_summary"), QStringLiteral("2026-02-01"),
                                     QStringLiteral("2026-02-28"));
        query.grouping = QStringLiteral("form_name"); // a forms grouping
        int status = 0;
        QString error;
        QVERIFY(!reportAnswer(dataset, query, &status, &error));
        QCOMPARE(status, 400);
        query.endpoint = QStringLiteral("forms_summary");
        query.fields = {QStringLiteral("total_forms"), QStringLiteral("first_forms"),
                        QStringLiteral("leads")};
        const QJsonArray rows = answerOf(dataset, query).value(QStringLiteral("grouped_results")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(sumOf(rows, QStringLiteral("total_forms")),
                 listCount(dataset, QStringLiteral("form_submissions"), QStringLiteral("2026-02-01"),
                           QStringLiteral("2026-02-28")));
    }

    void timeSeriesHasEveryDayAndIsCutAt200Points()
    {
        const ImitationDataset dataset(fixedConfig());
        ReportQuery query = queryFor(dataset, QStringLiteral("calls_timeseries"),
                                     QStringLiteral("2025-03-01"), QStringLiteral("2026-02-28"));
        query.fields = kCallMeasures;
        const QJsonObject answer = answerOf(dataset, query);
        const QJsonArray points = answer.value(QStringLiteral("data")).toArray();
        // 365 days asked, 200 sent, without a word: the extractor must ask in slices.
        QCOMPARE(points.size(), 200);
        QCOMPARE(points.first().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-03-01"));
        QCOMPARE(points.last().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-09-16"));
        const qint64 all = listCount(dataset, QStringLiteral("calls"), QStringLiteral("2025-03-01"),
                                     QStringLiteral("2026-02-28"));
        QCOMPARE(qint64(answer.value(QStringLiteral("total_results"))
                            .toObject()
                            .value(QStringLiteral("total_calls"))
                            .toDouble()),
                 all);
        QVERIFY(sumOf(points, QStringLiteral("total_calls")) < all); // what the cut leaves out

        // A window of 200 days or fewer is whole, empty days included.
        query.dates.endDate = QStringLiteral("2025-03-10");
        const QJsonArray ten = answerOf(dataset, query).value(QStringLiteral("data")).toArray();
        QCOMPARE(ten.size(), 10);
        QCOMPARE(sumOf(ten, QStringLiteral("total_calls")),
                 listCount(dataset, QStringLiteral("calls"), QStringLiteral("2025-03-01"),
                           QStringLiteral("2025-03-10")));
    }

    void hoursCarryTheirOffsetWithoutAColon()
    {
        const ImitationDataset dataset(fixedConfig());
        ReportQuery query = queryFor(dataset, QStringLiteral("calls_timeseries"),
                                     QStringLiteral("2025-11-02"), QStringLiteral("2025-11-02"));
        query.interval = QStringLiteral("hour");
        query.dates.timeZone = QStringLiteral("America/New_York");
        const QJsonArray points = answerOf(dataset, query).value(QStringLiteral("data")).toArray();
        // The day daylight saving time ended: 25 hours, 01:00 twice with two offsets.
        QCOMPARE(points.size(), 25);
        QCOMPARE(points.at(0).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-11-02T00:00:00-0400"));
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-11-02T01:00:00-0400"));
        QCOMPARE(points.at(2).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-11-02T01:00:00-0500"));
    }

    void theServerAnswersReportsOnTheirPaths()
    {
        FakeCallRailServer server(fixedConfig());
        QVERIFY(server.start());
        const QString account = server.dataset().accountIds().first();
        QNetworkAccessManager nam;
        const auto get = [&](const QString &pathAndQuery) {
            QNetworkRequest request(QUrl(server.baseUrl().toString() + pathAndQuery));
            request.setRawHeader("Authorization", "Token token=" + FakeCallRailServer::demoApiKey().toUtf8());
            QNetworkReply *reply = nam.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            reply->deleteLater();
            return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QJsonDocument::fromJson(reply->readAll()).object()};
        };
        const auto [status, summary] = get(
            QStringLiteral("/a/%1/forms/summary.json?group_by=form_name&start_date=2026-02-01").arg(account));
        QCOMPARE(status, 200);
        QCOMPARE(summary.value(QStringLiteral("grouped_by")).toString(), QStringLiteral("form_name"));
        const auto [seriesStatus, series] = get(
            QStringLiteral("/a/%1/calls/timeseries.json?interval=week&start_date=2026-02-01").arg(account));
        QCOMPARE(seriesStatus, 200);
        QVERIFY(!series.value(QStringLiteral("data")).toArray().isEmpty());
        QCOMPARE(server.requestCount(QStringLiteral("calls_timeseries")), 1);
        QCOMPARE(get(QStringLiteral("/a/%1/calls/summary.json?group_by=nothing").arg(account)).first, 400);
    }
};

QTEST_GUILESS_MAIN(TestImitationReports)
#include "tst_imitationreports.moc"
