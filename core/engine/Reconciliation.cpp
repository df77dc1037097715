#include "Reconciliation.h"

#include "api/EndpointCatalogue.h"
#include "engine/RunTypes.h"

#include <QLocale>

namespace callrail {

QString Reconciled::text() const
{
    const QLocale locale;
    const QString reportedText = locale.toString(reported);
    const QString heldText = locale.toString(held);
    const bool forms = list == QLatin1String("form_submissions");
    if (agrees())
        return forms ? tr("CallRail reports %1 form submissions for this window; the export holds %2.")
                           .arg(reportedText, heldText)
                     : tr("CallRail reports %1 calls for this window; the export holds %2.")
                           .arg(reportedText, heldText);
    return forms
               ? tr("Warning: CallRail reports %1 form submissions for this window, but the export holds %2.")
                     .arg(reportedText, heldText)
               : tr("Warning: CallRail reports %1 calls for this window, but the export holds %2.")
                     .arg(reportedText, heldText);
}

QList<Reconciled> Reconciled::of(const RunSummary &summary)
{
    QList<Reconciled> found;
    for (const EndpointResult &report : summary.endpoints) {
        const EndpointSpec *spec = EndpointCatalogue::find(report.endpoint);
        if (!spec || !spec->isReport() || report.outcome != EndpointOutcome::Complete ||
            report.windowTotal < 0)
            continue;
        for (const EndpointResult &list : summary.endpoints) {
            if (list.accountId != report.accountId || list.endpoint != spec->report.counts ||
                list.outcome != EndpointOutcome::Complete || list.limitReached)
                continue;
            Reconciled r{report.accountId, list.endpoint, report.endpoint, report.windowTotal, list.records};
            const auto same = std::find_if(found.begin(), found.end(), [&](const Reconciled &other) {
                return other.accountId == r.accountId && other.list == r.list;
            });
            if (same == found.end())
                found.append(r);
            else if (spec->report.kind == ReportKind::Summary)
                *same = r; // the summary counts the window in one answer; the series adds up its slices
        }
    }
    return found;
}

} // namespace callrail
