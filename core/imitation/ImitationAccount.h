#pragma once

// Private to ImitationDataset's sources. The imitation data set is split by job: ImitationSmallEndpoints.cpp
// builds the records that are kept (companies, users, tags, …), ImitationStreams.cpp rebuilds the records
// that are not (calls, form submissions, conversations), ImitationLeads.cpp keeps the people those name
// (leads), and ImitationDataset.cpp maps queries and pages to record indexes. This header is what they share:
// one account's stored state.

#include "imitation/ImitationDataset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace callrail::imitation {

inline constexpr qint64 kDay = 86400000;

/// The endpoints whose records are generated on demand, in time order.
enum StreamKind
{
    Calls = 0,
    Forms = 1,
    Texts = 2
};

/// How many people the calls and form submissions name (person_id): record i names person i % kPersons.
inline constexpr qint64 kPersons = 997;

/// The StreamKind of a catalogue name, -1 for the small endpoints.
int streamKind(const QString &endpoint);

/// CallRail sends null, not an absent key, for a field without a value.
inline QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue();
}

struct ImitationAccount
{
    struct Company
    {
        QString id;
        QString name;
        QString timeZoneName;
        QTimeZone zone;
        int placeIndex = 0;
        QString businessPhone;
        QStringList trackerIds;
        QStringList trackerNumbers;
        QStringList tagNames;
        QList<qint64> tagIds; ///< the tags' ids, in the order of tagNames
    };

    int index = 0;
    quint64 salt = 0;
    QString id;
    QTimeZone zone; // the account owner's zone, for users/tags/caller ids timestamps
    QList<Company> companies;
    QHash<QString, int> companyIndex;
    QStringList userEmails;
    // Small endpoints: full records (every optional field present) in generation order,
    // the companies each record belongs to, and the ascending sort order.
    QHash<QString, QList<QJsonObject>> records;
    QHash<QString, QList<QList<int>>> recordCompanies;
    QHash<QString, QList<int>> sorted;
    QList<qint64> insertedCalls;            // start times (ms) of live-inserted calls, ascending
    QHash<qint64, QJsonObject> editedCalls; // generation index -> fields changed after the call (tests)
    QList<qint64> removedCalls;             // generation indexes of calls deleted since, ascending
};

/// Fills account number `accountIndex` with its id, companies and every small endpoint's records.
void buildAccount(ImitationAccount &acct, int a, const DatasetConfig &config, qint64 nowMs);

/// The person_id of person `recordIndex % kPersons`, as calls and forms name them and leads are keyed.
QString personId(const ImitationAccount &acct, qint64 recordIndex);
/// A form's person_id: personId(), or "anonymous" now and then.
QJsonValue formPersonId(const ImitationAccount &acct, qint64 formIndex);

/// A record's time on its stream's timeline (ms since the epoch), as ImitationDataset keeps it.
using StreamTime = std::function<qint64(int kind, qint64 index)>;
/// Adds the leads: one for each person the account's calls and form submissions name, dated and placed in a
/// company by the first record naming them, with a form's contact details where the person sent a form.
void addLeads(ImitationAccount &acct, const DatasetConfig &config, const StreamTime &timeOf,
              const ImitationReadings &readings);

/// A kept record of a small endpoint as `readings` shape it (user ids, caller ids' company_id).
QJsonObject shapedSmallRecord(const QString &endpoint, QJsonObject record, const ImitationReadings &readings);

/// A call's or form's tags, as names or as {id,name} objects.
QJsonArray tagList(const ImitationAccount::Company &company, const QList<int> &tagIndexes,
                   const ImitationReadings &readings);

/// The account's record on the accounts endpoint.
QJsonObject accountRecord(const ImitationAccount &acct, const QStringList &fields);

/// Record i of a stream with the default fields plus the requested optional ones, shaped as `readings` say
/// where the documentation is uncertain. Its time (ms since the epoch: a call's start, a form's submission, a
/// conversation's last message) comes from the stream's timeline, which ImitationDataset keeps.
QJsonObject callRecord(const ImitationAccount &acct, qint64 i, qint64 start, const QStringList &fields,
                       const ImitationReadings &readings);
QJsonObject formRecord(const ImitationAccount &acct, qint64 i, qint64 at, const QStringList &fields,
                       const ImitationReadings &readings);
QJsonObject conversationRecord(const ImitationAccount &acct, qint64 i, qint64 last,
                               const QStringList &fields);

} // namespace callrail::imitation
