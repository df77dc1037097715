#include "config/DateWindow.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace callrail {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// CallRail's retention, in months (shared/callrail-api.md §5).
constexpr int kRetentionMonths = 25;

} // namespace

QString datePresetKey(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Last7Days:
        return QStringLiteral("last_7_days");
    case DatePreset::Last30Days:
        return QStringLiteral("last_30_days");
    case DatePreset::ThisMonth:
        return QStringLiteral("this_month");
    case DatePreset::LastMonth:
        return QStringLiteral("last_month");
    case DatePreset::ThisYear:
        return QStringLiteral("this_year");
    case DatePreset::AllAvailable:
        return QStringLiteral("all_available");
    case DatePreset::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

std::optional<DatePreset> parseDatePreset(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("all") || key == QLatin1String("all_time"))
        return DatePreset::AllAvailable;
    for (DatePreset preset : allDatePresets()) {
        if (key == datePresetKey(preset))
            return preset;
    }
    return std::nullopt;
}

QString datePresetLabel(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Last7Days:
        return QCoreApplication::translate("callrail::DateWindow", "Last 7 days");
    case DatePreset::Last30Days:
        return QCoreApplication::translate("callrail::DateWindow", "Last 30 days");
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("callrail::DateWindow", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("callrail::DateWindow", "Last month");
    case DatePreset::ThisYear:
        return QCoreApplication::translate("callrail::DateWindow", "This year");
    case DatePreset::AllAvailable:
        return QCoreApplication::translate("callrail::DateWindow", "All available (last 25 months)");
    case DatePreset::Custom:
        return QCoreApplication::translate("callrail::DateWindow", "Custom range");
    }
    return QString();
}

QList<DatePreset> allDatePresets()
{
    return {DatePreset::Last7Days, DatePreset::Last30Days,   DatePreset::ThisMonth, DatePreset::LastMonth,
            DatePreset::ThisYear,  DatePreset::AllAvailable, DatePreset::Custom};
}

DateRange DateWindow::resolve(const QDate &today) const
{
    if (preset == DatePreset::Custom)
        return {customStart, customEnd};
    if (!today.isValid())
        return {};
    switch (preset) {
    case DatePreset::Last7Days:
        return {today.addDays(-6), today};
    case DatePreset::Last30Days:
        return {today.addDays(-29), today};
    case DatePreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case DatePreset::LastMonth: {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        return {firstOfThisMonth.addMonths(-1), firstOfThisMonth.addDays(-1)};
    }
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case DatePreset::AllAvailable:
        return {oldestAvailable(today), today};
    case DatePreset::Custom:
        break;
    }
    return {customStart, customEnd};
}

QList<DateRange> DateWindow::slices(const QDate &today, int maxDays) const
{
    const DateRange range = resolve(today);
    QList<DateRange> result;
    if (!range.isValid())
        return result;
    const int step = std::max(1, maxDays);
    for (QDate start = range.start; start <= range.end;) {
        const QDate end = std::min(start.addDays(step - 1), range.end);
        result.append({start, end});
        start = end.addDays(1);
    }
    return result;
}

QString DateWindow::validate(const QDate &today) const
{
    if (!isKnownTimeZone(timeZone))
        return QCoreApplication::translate("callrail::DateWindow",
                                           "Unknown time zone \"%1\": use an IANA name such as "
                                           "America/New_York or UTC.")
            .arg(timeZone);
    if (!today.isValid())
        return QCoreApplication::translate("callrail::DateWindow", "Today's date is not known.");
    if (preset != DatePreset::Custom)
        return QString();
    if (!customStart.isValid() && !customEnd.isValid())
        return QCoreApplication::translate("callrail::DateWindow", "Enter a start date and an end date.");
    if (!customStart.isValid())
        return QCoreApplication::translate("callrail::DateWindow",
                                           "The start date is missing or not a valid date.");
    if (!customEnd.isValid())
        return QCoreApplication::translate("callrail::DateWindow",
                                           "The end date is missing or not a valid date.");
    if (customStart > customEnd)
        return QCoreApplication::translate("callrail::DateWindow",
                                           "The start date %1 is after the end date %2.")
            .arg(isoDate(customStart), isoDate(customEnd));
    if (customEnd > today)
        return QCoreApplication::translate("callrail::DateWindow",
                                           "The end date %1 is after today (%2 in %3).")
            .arg(isoDate(customEnd), isoDate(today), timeZone);
    const QDate oldest = oldestAvailable(today);
    if (customStart < oldest)
        return QCoreApplication::translate(
                   "callrail::DateWindow",
                   "The start date %1 is too old: CallRail keeps calls, form submissions "
                   "and text messages for 25 months, so the earliest start is %2.")
            .arg(isoDate(customStart), isoDate(oldest));
    return QString();
}

QString DateWindow::defaultTimeZone()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return QTimeZone(system).isValid() ? QString::fromUtf8(system) : QStringLiteral("UTC");
}

QDate DateWindow::todayIn(const QString &timeZone)
{
    return dateIn(timeZone, QDateTime::currentDateTimeUtc());
}

QDate DateWindow::dateIn(const QString &timeZone, const QDateTime &instant)
{
    const QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        return instant.toUTC().date();
    return instant.toTimeZone(zone).date();
}

bool DateWindow::isKnownTimeZone(const QString &timeZone)
{
    const QString id = timeZone.trimmed();
    return !id.isEmpty() && id == timeZone && QTimeZone(id.toUtf8()).isValid();
}

QDate DateWindow::oldestAvailable(const QDate &today)
{
    // One day of margin: CallRail measures its 25 months from "now" in its own clock and zone, so the very
    // first day of the window would be rejected in part of the day.
    return today.addMonths(-kRetentionMonths).addDays(1);
}

} // namespace callrail
