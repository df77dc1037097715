#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace callrail {

/// What an interrupted run needs to continue one endpoint of one account at a page boundary: where the
/// ordered writing stands (the page plan's part), the rows and bytes of the partial file that are whole, and
/// the ids that keep a resumed run dropping duplicates. Saved in the resume folder (ResumeStore) as the flat
/// JSON object it has always been.
struct EndpointState
{
    QString endpoint;
    QString account;
    QJsonObject plan; ///< PagePlan::saveState()
    qint64 rows = 0;
    qint64 duplicates = 0;
    int requests = 0;
    qint64 offset = -1;   ///< bytes of the partial file that hold whole rows; -1: no file
    QJsonArray recentIds; ///< DuplicateFilter::saveState()
    bool done = false;
    QString outcome; ///< outcomeName() of the endpoint's outcome
    // What a resumed run reports for an endpoint the interrupted run had finished, as that run reported it:
    qint64 reported = -1;      ///< the total CallRail reported (-1: none)
    bool limitReached = false; ///< stopped at the user's record limit
    QString message;           ///< e.g. the gap of an incomplete endpoint

    QJsonObject toJson() const;
    static EndpointState fromJson(const QJsonObject &json);
    /// Whether the interrupted run had finished the endpoint, its file final (complete, or incomplete with
    /// the gap flagged): a resumed run reports it and does not ask again.
    bool isFinished() const;
};

} // namespace callrail
