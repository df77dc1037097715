#pragma once

#include "imitation/ImitationDataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace callrail::imitation {

/// One report request as the imitation reads it: which report, for which account, grouped or by which
/// interval, with which measures (fields=) and dates.
struct ReportQuery
{
    QString endpoint; ///< the catalogue name: calls_summary, calls_timeseries, forms_summary
    QString accountId;
    QString grouping;   ///< group_by (a summary)
    QString interval;   ///< a time series' interval; empty: day
    QStringList fields; ///< the measures asked for; empty: the total alone
    DateQuery dates;    ///< as a list request carries them
};

/// CallRail's answer to a report (shared/callrail-api.md §4.12 and the shapes of
/// shared/callrail-api-examples/calls-summary.json, calls-timeseries-*.json, forms-summary.json), counted
/// from the records the lists serve for the same window, so that a summary's total equals the list. Nothing,
/// with the error's status and text, for a request CallRail refuses.
///
/// Where the documentation is silent the less convenient reading is taken: without fields= a report answers
/// its total alone (as the examples' total_results show), and a time series longer than 200 points is cut
/// there without a word.
std::optional<QJsonObject> reportAnswer(const ImitationDataset &dataset, const ReportQuery &query,
                                        int *status, QString *error);

} // namespace callrail::imitation
