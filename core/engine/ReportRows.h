#pragma once

#include "api/EndpointCatalogue.h"
#include "config/DateWindow.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace callrail {

class JsonPage;

/// Turns one answer of a CallRail report (shared/callrail-api.md §4.12) into rows like a list's records.
///
/// A report's rows do not say which request they answer, and they have no id. Each row gets, first, the
/// columns that do: `group_by`, `start_date` and `end_date` for a summary, `interval` for a time series; and
/// an `id` made of them and the row's own key or date ("source:Google Ads:2026-11-01/2026-11-30",
/// "day:2026-11-03"), which is the (grouping, key, window) and (interval, date) key every output uses; a key
/// given twice in one answer (two companies of one name) makes its second row's id "…#2".
/// CallRail's own members are kept as they came.
class ReportRows
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ReportRows)

public:
    /// The rows' list in the page rows() returns.
    static QString recordsKey() { return QStringLiteral("records"); }

    /// The rows of `answer`, as a page whose recordsKey() list holds them. Null, with a translated reason,
    /// when the answer's list holds something that is not a row.
    static std::shared_ptr<const JsonPage> rows(const EndpointSpec &spec, const QString &grouping,
                                                const DateRange &range, const JsonPage &answer,
                                                QString *error);

    /// The id of a summary row or a time-series point.
    static QString summaryId(const QString &grouping, const QString &key, const DateRange &range);
    static QString pointId(const QString &interval, const QString &date);

    /// What CallRail's total_results says the window holds (total_calls, or total_forms); -1 when it does not
    /// say. The reconciliation compares it with the rows of the list.
    static qint64 reportedTotal(const EndpointSpec &spec, const JsonPage &answer);
    /// Whether every record of the window falls in one row of the report grouped (or timed) so: then its rows
    /// add up to its total. A time series' periods and the source or company of a record always exist; a
    /// record without keywords, landing page, referrer or form name may be in no group [?], so a shortfall
    /// there is believed once a second answer gives the same rows.
    static bool groupsEveryRecord(const EndpointSpec &spec, const QString &grouping);
    /// What the rows' own totals add up to; -1 when a row does not say.
    static qint64 rowsTotal(const EndpointSpec &spec, const JsonPage &answer);
};

} // namespace callrail
