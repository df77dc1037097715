#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace callrail {

/// The date choices offered for the date-filtered endpoints (calls, form submissions, text messages).
enum class DatePreset
{
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    ThisYear,
    AllAvailable,
    Custom
};

/// "last_7_days", "last_30_days", "this_month", "last_month", "this_year", "all_available", "custom".
QString datePresetKey(DatePreset preset);
/// Parses the keys of datePresetKey() case-insensitively ('-' works as '_'); "all" and "all_time" are read as
/// all_available.
std::optional<DatePreset> parseDatePreset(const QString &text);
/// Translated, for the window's combo box.
QString datePresetLabel(DatePreset preset);
/// Every preset in display order.
QList<DatePreset> allDatePresets();

/// An inclusive range of calendar days.
struct DateRange
{
    QDate start;
    QDate end;
    bool operator==(const DateRange &) const = default;
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    /// Number of days in the range (0 when invalid).
    qint64 days() const { return isValid() ? start.daysTo(end) + 1 : 0; }
};

/// What the user chose for the date-filtered endpoints, and how it turns into CallRail's start_date/end_date.
/// CallRail keeps calls, form submissions and texts for 25 months and rejects ranges reaching further back.
struct DateWindow
{
    DatePreset preset = DatePreset::Last30Days;
    QDate customStart, customEnd;         ///< for Custom
    QString timeZone = defaultTimeZone(); ///< IANA id the dates are read in; also sent to CallRail

    /// The inclusive range for `today` (the date in timeZone). Last 7/30 days include today (today and the
    /// 6/29 days before). ThisMonth/ThisYear end today. AllAvailable = the oldest day inside CallRail's
    /// 25-month retention plus one day of safety margin, to today. Custom is returned as entered.
    DateRange resolve(const QDate &today) const;

    /// The range cut into consecutive, non-overlapping slices of at most maxDays days, oldest first
    /// (AllAvailable is requested in slices, never as one all_time request). Empty when the range is invalid.
    QList<DateRange> slices(const QDate &today, int maxDays) const;

    /// Empty when valid, else a translated one-line reason (start after end, unknown time zone, a custom
    /// start older than 25 months, end after today, invalid dates).
    QString validate(const QDate &today) const;

    /// The zone dates are read in unless the user picks another, in the window and on the command line alike:
    /// the computer's own (its IANA id), or UTC when the system's zone has no valid id.
    static QString defaultTimeZone();
    /// The current date in that zone (the UTC date when the zone is unknown).
    static QDate todayIn(const QString &timeZone);
    /// The date of `instant` in that zone (the UTC date when the zone is unknown).
    static QDate dateIn(const QString &timeZone, const QDateTime &instant);
    /// True when `timeZone` is an IANA id this system knows.
    static bool isKnownTimeZone(const QString &timeZone);
    /// Today minus 25 months, plus one day.
    static QDate oldestAvailable(const QDate &today);
};

} // namespace callrail
