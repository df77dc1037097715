#include "DateQuery.h"

#include <QTimeZone>

namespace callrail {

namespace {

constexpr qint64 kMinute = 60 * 1000;

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` in `zone`. `isDateOnly` tells which form it was.
bool parseLocal(const QString &text, const QTimeZone &zone, QDateTime *result, bool *isDateOnly)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return false;
        *result = QDateTime(date, QTime(0, 0), zone);
        *isDateOnly = true;
        return true;
    }
    if (trimmed.size() == 16) {
        const QDateTime local = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!local.isValid())
            return false;
        *result = QDateTime(local.date(), local.time(), zone);
        *isDateOnly = false;
        return true;
    }
    return false;
}

QDateTime startOfDay(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone);
}

} // namespace

QString DateQuery::retentionError()
{
    return QStringLiteral(
        "The requested date range reaches beyond the 25 months of data CallRail keeps; please revise your "
        "date range.");
}

QDateTime DateQuery::retentionStart(const QDateTime &now)
{
    return now.toUTC().addMonths(-25);
}

bool DateQuery::resolve(const QDateTime &now, Window *window, QString *error) const
{
    QTimeZone zone = QTimeZone::utc();
    if (!timeZone.isEmpty()) {
        zone = QTimeZone(timeZone.toUtf8());
        if (!zone.isValid()) {
            *error = QStringLiteral("Invalid time_zone: %1").arg(timeZone);
            return false;
        }
    }
    const QDateTime localNow = now.toTimeZone(zone);
    const QDate today = localNow.date();
    const QString revise = retentionError();

    QDateTime from;
    QDateTime to;
    if (!startDate.isEmpty() || !endDate.isEmpty()) {
        bool dateOnly = false;
        if (!startDate.isEmpty()) {
            if (!parseLocal(startDate, zone, &from, &dateOnly)) {
                *error = QStringLiteral("Invalid start_date: %1").arg(startDate);
                return false;
            }
        } else {
            from = retentionStart(now);
        }
        if (!endDate.isEmpty()) {
            if (!parseLocal(endDate, zone, &to, &dateOnly)) {
                *error = QStringLiteral("Invalid end_date: %1").arg(endDate);
                return false;
            }
            // Inclusive end: the whole day, or the whole minute.
            to = dateOnly ? startOfDay(to.date().addDays(1), zone) : to.addMSecs(kMinute);
        } else {
            // Open end: also covers calls inserted after the data set's "now".
            to = now.addYears(100);
        }
    } else {
        const QString range = dateRange.isEmpty() ? QStringLiteral("recent") : dateRange;
        if (range == QLatin1String("recent")) {
            from = startOfDay(today.addDays(-6), zone);
            to = startOfDay(today.addDays(1), zone);
        } else if (range == QLatin1String("today")) {
            from = startOfDay(today, zone);
            to = startOfDay(today.addDays(1), zone);
        } else if (range == QLatin1String("yesterday")) {
            from = startOfDay(today.addDays(-1), zone);
            to = startOfDay(today, zone);
        } else if (range == QLatin1String("last_7_days")) {
            from = startOfDay(today.addDays(-7), zone);
            to = startOfDay(today, zone);
        } else if (range == QLatin1String("last_30_days")) {
            from = startOfDay(today.addDays(-30), zone);
            to = startOfDay(today, zone);
        } else if (range == QLatin1String("this_month")) {
            from = startOfDay(QDate(today.year(), today.month(), 1), zone);
            to = startOfDay(QDate(today.year(), today.month(), 1).addMonths(1), zone);
        } else if (range == QLatin1String("last_month")) {
            const QDate first(today.year(), today.month(), 1);
            from = startOfDay(first.addMonths(-1), zone);
            to = startOfDay(first, zone);
        } else if (range == QLatin1String("this_year")) {
            from = startOfDay(QDate(today.year(), 1, 1), zone);
            to = startOfDay(QDate(today.year() + 1, 1, 1), zone);
        } else if (range == QLatin1String("last_year")) {
            from = startOfDay(QDate(today.year() - 1, 1, 1), zone);
            to = startOfDay(QDate(today.year(), 1, 1), zone);
        } else if (range == QLatin1String("all_time")) {
            *error = revise;
            return false;
        } else {
            *error = QStringLiteral("Invalid date_range: %1").arg(range);
            return false;
        }
    }
    if (from < retentionStart(now)) {
        *error = revise;
        return false;
    }
    window->fromMsecs = from.toMSecsSinceEpoch();
    window->toMsecs = std::max(window->fromMsecs, to.toMSecsSinceEpoch());
    return true;
}

} // namespace callrail
