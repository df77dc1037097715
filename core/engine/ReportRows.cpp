#include "ReportRows.h"

#include "api/JsonPage.h"
#include "export/ScalarText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callrail {

QString ReportRows::summaryId(const QString &grouping, const QString &key, const DateRange &range)
{
    return grouping + QLatin1Char(':') + key + QLatin1Char(':') + range.start.toString(Qt::ISODate) +
           QLatin1Char('/') + range.end.toString(Qt::ISODate);
}

QString ReportRows::pointId(const QString &interval, const QString &date)
{
    return interval + QLatin1Char(':') + date;
}

std::shared_ptr<const JsonPage> ReportRows::rows(const EndpointSpec &spec, const QString &grouping,
                                                 const DateRange &range, const JsonPage &answer,
                                                 QString *error)
{
    // A report answer is small (a row per key, at most 200 points): the convenience of QJson costs nothing.
    const QJsonArray list = answer.toJsonObject().value(spec.recordsKey).toArray();
    const bool summary = spec.report.kind == ReportKind::Summary;
    QJsonArray rows;
    QHash<QString, int> seen; // ids given so far: two companies of one name, or keys null and ""
    for (const QJsonValue &value : list) {
        if (!value.isObject()) {
            *error = tr("%1: the report holds an entry that is not a row.").arg(spec.name);
            return nullptr;
        }
        const QJsonObject row = value.toObject();
        QJsonObject out;
        if (summary) {
            out.insert(QStringLiteral("id"),
                       summaryId(grouping, scalarToText(row.value(QStringLiteral("key"))), range));
            out.insert(QStringLiteral("group_by"), grouping);
            out.insert(QStringLiteral("start_date"), range.start.toString(Qt::ISODate));
            out.insert(QStringLiteral("end_date"), range.end.toString(Qt::ISODate));
        } else {
            out.insert(QStringLiteral("id"),
                       pointId(grouping, scalarToText(row.value(QStringLiteral("date")))));
            out.insert(QStringLiteral("interval"), grouping);
        }
        // A key CallRail gives twice in one answer keeps both rows: the second is "…#2".
        const QString id = out.value(QStringLiteral("id")).toString();
        if (const int n = ++seen[id]; n > 1)
            out.insert(QStringLiteral("id"), QString(id + QLatin1Char('#') + QString::number(n)));
        // Sorted by key, as QJsonDocument writes them and so as every record of a JSON Lines file is written.
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
        }
        rows.append(out);
    }
    const QByteArray body =
        JsonPage::padded(QJsonDocument(QJsonObject{{recordsKey(), rows}}).toJson(QJsonDocument::Compact));
    return JsonPage::parse(body, error);
}

qint64 ReportRows::reportedTotal(const EndpointSpec &spec, const JsonPage &answer)
{
    const QJsonValue total = answer.toJsonObject()
                                 .value(QStringLiteral("total_results"))
                                 .toObject()
                                 .value(spec.report.measures.value(0));
    return total.isDouble() && total.toDouble() >= 0 ? qint64(total.toDouble()) : -1;
}

bool ReportRows::groupsEveryRecord(const EndpointSpec &spec, const QString &grouping)
{
    return spec.report.kind == ReportKind::TimeSeries || grouping == QLatin1String("source") ||
           grouping == QLatin1String("company") || grouping == QLatin1String("company_id");
}

qint64 ReportRows::rowsTotal(const EndpointSpec &spec, const JsonPage &answer)
{
    qint64 sum = 0;
    for (const QJsonValue &row : answer.toJsonObject().value(spec.recordsKey).toArray()) {
        const QJsonValue total = row.toObject().value(spec.report.measures.value(0));
        if (!total.isDouble())
            return -1;
        sum += qint64(total.toDouble());
    }
    return sum;
}

} // namespace callrail
