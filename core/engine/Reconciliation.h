#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace callrail {

struct RunSummary;

/// CallRail's own count of a window beside the rows the export holds for it: a summary (or a time series)
/// of calls against the calls list, of form submissions against that list ("am I getting all the rows?").
struct Reconciled
{
    Q_DECLARE_TR_FUNCTIONS(callrail::Reconciled)

public:
    QString accountId;
    QString list;   ///< the list counted: calls, form_submissions
    QString report; ///< the report that counted it
    qint64 reported = -1;
    qint64 held = -1;

    bool agrees() const { return reported == held; }
    /// "CallRail reports 20,292 calls for this window; the export holds 20,292." A difference is said as a
    /// warning with both numbers.
    QString text() const;

    /// Every list of the run that one of its reports counted over the same window, complete and without a
    /// record limit: one per account and list, a summary rather than a time series.
    static QList<Reconciled> of(const RunSummary &summary);
};

} // namespace callrail
