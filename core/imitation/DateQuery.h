#pragma once

#include <QDateTime>
#include <QString>

namespace callrail {

/// CallRail's date parameters (start_date, end_date, date_range, time_zone) as the imitation server
/// reads them. Rules (shared/callrail-api.md §5):
/// - no parameter at all means date_range=recent: the last 7 days including today;
/// - start_date/end_date are `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` in the request time zone, both ends
///   inclusive (a date-only end covers the whole day, a minute end covers that whole minute);
///   a start without end runs to now; an end without start starts at the retention limit;
/// - explicit dates win over date_range; time_zone is IANA, default UTC here;
/// - a window reaching more than 25 months before now, and all_time, are rejected (retention).
struct DateQuery
{
    /// A half-open UTC window [from, to) in milliseconds since the epoch.
    struct Window
    {
        qint64 fromMsecs = 0;
        qint64 toMsecs = 0;
        bool contains(qint64 msecs) const { return msecs >= fromMsecs && msecs < toMsecs; }
    };

    QString startDate;
    QString endDate;
    QString dateRange;
    QString timeZone;

    bool isEmpty() const { return startDate.isEmpty() && endDate.isEmpty() && dateRange.isEmpty(); }

    /// Resolves into a UTC window relative to `now`. On failure returns false and sets `error` to
    /// the text of the 400 reply.
    bool resolve(const QDateTime &now, Window *window, QString *error) const;

    /// The error text of a window reaching outside retention (the server picks its status).
    static QString retentionError();

    /// The oldest instant CallRail still keeps: 25 months before `now`.
    static QDateTime retentionStart(const QDateTime &now);
};

} // namespace callrail
