#include "imitation/ImitationReports.h"

#include "api/EndpointCatalogue.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace callrail::imitation {

namespace {

/// What one report counts: the records it reads and the field each grouping groups by.
struct ReportSource
{
    QString stream;        ///< the list the report counts ("calls", "form_submissions")
    QString timeField;     ///< the record's time
    QStringList askFields; ///< the optional fields the groupings and measures read
};

ReportSource sourceOf(const QString &endpoint)
{
    // The list counted and its record time are the catalogue's (ReportSpec::counts).
    const EndpointSpec &counted = *EndpointCatalogue::find(EndpointCatalogue::find(endpoint)->report.counts);
    if (counted.name == QLatin1String("form_submissions"))
        return {counted.name,
                counted.timestampField,
                {QStringLiteral("company_name"), QStringLiteral("form_name"), QStringLiteral("lead_status")}};
    return {counted.name,
            counted.timestampField,
            {QStringLiteral("source"), QStringLiteral("campaign"), QStringLiteral("keywords"),
             QStringLiteral("landing_page_url"), QStringLiteral("referrer_domain"),
             QStringLiteral("company_name"), QStringLiteral("company_id"), QStringLiteral("first_call"),
             QStringLiteral("lead_status")}};
}

/// The record field a group_by value groups by.
QString groupField(const QString &endpoint, const QString &grouping)
{
    const bool forms = endpoint == QLatin1String("forms_summary");
    if (grouping == QLatin1String("landing_page"))
        return QStringLiteral("landing_page_url");
    if (grouping == QLatin1String("referrer"))
        return forms ? QStringLiteral("referrer") : QStringLiteral("referrer_domain");
    if (grouping == QLatin1String("company"))
        return QStringLiteral("company_name");
    return grouping; // source, campaign, keywords, form_name, company_id
}

/// The measures of a set of records, as CallRail names them.
struct Tally
{
    qint64 total = 0, missed = 0, answered = 0, first = 0, leads = 0, durationSum = 0, durations = 0;

    void add(const QJsonObject &record, bool forms)
    {
        ++total;
        if (record.value(QStringLiteral("lead_status")).toString() == QLatin1String("good_lead"))
            ++leads;
        if (forms) {
            first += record.value(QStringLiteral("first_form")).toBool() ? 1 : 0;
            return;
        }
        first += record.value(QStringLiteral("first_call")).toBool() ? 1 : 0;
        // A call still in progress (answered null) is counted, but neither answered nor missed yet.
        const QJsonValue answeredValue = record.value(QStringLiteral("answered"));
        if (answeredValue.isBool())
            ++(answeredValue.toBool() ? answered : missed);
        if (const QJsonValue duration = record.value(QStringLiteral("duration")); duration.isDouble()) {
            durationSum += qint64(duration.toDouble());
            ++durations;
        }
    }

    QJsonObject measures(const QStringList &fields, bool forms) const
    {
        const qint64 average = durations ? qint64(std::llround(double(durationSum) / double(durations))) : 0;
        const QString formatted = average >= 60
                                      ? QStringLiteral("%1m %2s").arg(average / 60).arg(average % 60)
                                      : QStringLiteral("%1s").arg(average);
        const QMap<QString, QJsonValue> all =
            forms ? QMap<QString, QJsonValue>{{QStringLiteral("total_forms"), double(total)},
                                              {QStringLiteral("first_forms"), double(first)},
                                              {QStringLiteral("leads"), double(leads)}}
                  : QMap<QString, QJsonValue>{{QStringLiteral("total_calls"), double(total)},
                                              {QStringLiteral("missed_calls"), double(missed)},
                                              {QStringLiteral("answered_calls"), double(answered)},
                                              {QStringLiteral("first_time_callers"), double(first)},
                                              {QStringLiteral("average_duration"), double(average)},
                                              {QStringLiteral("formatted_average_duration"), formatted},
                                              {QStringLiteral("leads"), double(leads)}};
        QJsonObject out;
        out.insert(forms ? QStringLiteral("total_forms") : QStringLiteral("total_calls"), double(total));
        for (const QString &field : fields) {
            if (all.contains(field))
                out.insert(field, all.value(field));
        }
        return out;
    }
};

/// "2016-10-10T00:00:00-0500": CallRail's reports write offsets without a colon.
QString reportTime(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// The label of the period `time` falls in: an hour with its offset, or the first day of its day, week
/// (Monday), month or year.
QString periodOf(const QDateTime &time, const QString &interval)
{
    const QDate day = time.date();
    if (interval == QLatin1String("hour")) {
        // From the instant, not from the wall clock: the hour repeated when daylight saving time ends is two
        // hours, told apart by their offsets.
        const QTime clock = time.time();
        return reportTime(
            time.addMSecs(-qint64((clock.minute() * 60 + clock.second()) * 1000 + clock.msec())));
    }
    if (interval == QLatin1String("week"))
        return day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate);
    if (interval == QLatin1String("month"))
        return QDate(day.year(), day.month(), 1).toString(Qt::ISODate);
    if (interval == QLatin1String("year"))
        return QDate(day.year(), 1, 1).toString(Qt::ISODate);
    return day.toString(Qt::ISODate);
}

/// Every period of the window, in order, empty ones included (as the day example shows a day of zeros).
QStringList periodsOf(qint64 fromMsecs, qint64 toMsecs, const QTimeZone &zone, const QString &interval)
{
    QStringList periods;
    const qint64 step = interval == QLatin1String("hour") ? 3'600'000 : 86'400'000 / 2;
    for (qint64 at = fromMsecs; at < toMsecs; at += step) {
        const QString period = periodOf(QDateTime::fromMSecsSinceEpoch(at, zone), interval);
        if (periods.isEmpty() || periods.constLast() != period)
            periods.append(period);
    }
    return periods;
}

} // namespace

std::optional<QJsonObject> reportAnswer(const ImitationDataset &dataset, const ReportQuery &request,
                                        int *status, QString *error)
{
    const EndpointSpec *spec = EndpointCatalogue::find(request.endpoint);
    const QString &endpoint = request.endpoint;
    const bool forms = endpoint == QLatin1String("forms_summary");
    const bool summary = spec->report.kind == ReportKind::Summary;
    *status = 400;
    const QStringList &fields = request.fields;
    for (const QString &name : fields) {
        if (!spec->report.measures.contains(name) && name != QLatin1String("formatted_average_duration") &&
            !dataset.readings().unknownFieldsIgnored) {
            *error = QStringLiteral("Unknown field: %1").arg(name);
            return std::nullopt;
        }
    }
    const QString &grouping = request.grouping;
    if (summary && !spec->report.groupings.contains(grouping)) {
        *error = QStringLiteral("group_by must be one of %1")
                     .arg(spec->report.groupings.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QString interval = request.interval.isEmpty() ? QStringLiteral("day") : request.interval;
    if (!summary && !spec->report.intervals.contains(interval) && interval != QLatin1String("year")) {
        *error = QStringLiteral("interval must be hour, day, week, month or year");
        return std::nullopt;
    }

    Query query;
    query.dates = request.dates;
    DateQuery::Window window;
    if (!query.dates.resolve(dataset.now(), &window, error)) {
        const bool retention = *error == DateQuery::retentionError();
        *status = retention && !dataset.readings().retentionErrorIs400 ? 422 : 400;
        return std::nullopt;
    }
    const ReportSource source = sourceOf(endpoint);
    QList<qint64> indexes;
    qint64 total = 0;
    if (!dataset.page(source.stream, request.accountId, query, false, 0, std::numeric_limits<qint64>::max(),
                      &indexes, &total, error))
        return std::nullopt;
    const QString zoneName = query.dates.timeZone.isEmpty() ? QStringLiteral("UTC") : query.dates.timeZone;
    const QTimeZone zone(zoneName.toUtf8());
    Tally all;
    QMap<QString, Tally> groups; // by key; a key CallRail has no value for is grouped under ""
    QMap<QString, Tally> points;
    for (qint64 index : std::as_const(indexes)) {
        const QJsonObject record = dataset.record(source.stream, request.accountId, index, source.askFields);
        all.add(record, forms);
        if (summary) {
            groups[record.value(groupField(endpoint, grouping)).toVariant().toString()].add(record, forms);
        } else {
            const QDateTime at =
                QDateTime::fromString(record.value(source.timeField).toString(), Qt::ISODateWithMs)
                    .toTimeZone(zone);
            points[periodOf(at, interval)].add(record, forms);
        }
    }

    QJsonObject answer{
        {QStringLiteral("start_date"), reportTime(QDateTime::fromMSecsSinceEpoch(window.fromMsecs, zone))},
        {QStringLiteral("end_date"), reportTime(QDateTime::fromMSecsSinceEpoch(window.toMsecs - 1000, zone))},
        {QStringLiteral("time_zone"), zoneName},
        {QStringLiteral("total_results"), all.measures(fields, forms)},
    };
    QJsonArray rows;
    if (summary) {
        QList<QString> keys = groups.keys();
        // Biggest first, as the examples list them.
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            return groups[a].total > groups[b].total;
        });
        for (const QString &key : std::as_const(keys)) {
            QJsonObject row{{QStringLiteral("key"), key.isEmpty() ? QJsonValue() : QJsonValue(key)}};
            const QJsonObject measures = groups[key].measures(fields, forms);
            for (auto it = measures.begin(); it != measures.end(); ++it)
                row.insert(it.key(), it.value());
            rows.append(row);
        }
        answer.insert(QStringLiteral("grouped_by"), grouping);
        answer.insert(QStringLiteral("grouped_results"), rows);
        return answer;
    }
    for (const QString &period : periodsOf(window.fromMsecs, window.toMsecs, zone, interval)) {
        if (rows.size() == kMaxTimeSeriesPoints)
            break; // CallRail's limit: the rest is not sent
        QJsonObject row{{QStringLiteral("date"), period}};
        const QJsonObject measures = points.value(period).measures(fields, forms);
        for (auto it = measures.begin(); it != measures.end(); ++it)
            row.insert(it.key(), it.value());
        rows.append(row);
    }
    answer.insert(QStringLiteral("data"), rows);
    return answer;
}

} // namespace callrail::imitation
