#pragma once

#include "imitation/DateQuery.h"
#include "imitation/ImitationReadings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace callrail {

namespace imitation {
struct ImitationAccount;
}

/// Size and shape of the imitation data set. Counts are per account.
struct DatasetConfig
{
    quint64 seed = 20260302;
    /// The server's "current time". Invalid = current UTC time truncated to the minute.
    QDateTime now;
    int accounts = 1;
    int companies = 3;
    qint64 calls = 1500;
    qint64 formSubmissions = 300;
    qint64 conversations = 120;
    int trackersPerCompany = 3;
    int users = 6;
    int tagsPerCompany = 4;
    int accountTags = 2;
    int notifications = 8;
    int integrationsPerCompany = 2;
    int callerIdsPerCompany = 1;
    /// Calls, forms and conversations are spread evenly over the last `spanDays` days (<= 25 months).
    int spanDays = 120;
};

/// A filter as a list request carries it: optional company, and for the date-filtered endpoints
/// (calls, form_submissions, text_messages) CallRail's date parameters. With `unbounded` set the
/// date parameters are ignored and every record is included (a convenience for tests; the server
/// itself always applies a window, by default the last 7 days).
struct ImitationQuery
{
    QString companyId;
    DateQuery dates;
    bool unbounded = false;
};
using Query = ImitationQuery;

/// The imitation CallRail data: deterministic, generated lazily from (account, index).
///
/// Calls, form submissions and conversations are never stored: record i of an account is rebuilt
/// from the seed, and its timestamp grows with i, so a date window maps to an index range by binary
/// search and a million calls cost no memory. Companies are assigned round-robin (i % companies),
/// so a company filter is arithmetic too. The small endpoints (companies, users, tags, …) are built
/// once per account and kept.
class ImitationDataset
{
public:
    explicit ImitationDataset(const DatasetConfig &config = {});
    ~ImitationDataset();

    const DatasetConfig &config() const { return m_config; }
    /// How the records read where CallRail's documentation is uncertain; the server reads the rest of it.
    ImitationReadings &readings() { return m_readings; }
    const ImitationReadings &readings() const { return m_readings; }
    QDateTime now() const { return m_now; }

    QStringList accountIds() const;
    bool hasAccount(const QString &accountId) const;
    QStringList companyIds(const QString &accountId) const;
    bool hasCompany(const QString &accountId, const QString &companyId) const;

    /// Number of records the server holds for an endpoint (catalogue name) and filter.
    /// For "accounts" the accountId is ignored. -1 when the query's dates are invalid.
    qint64 count(const QString &endpoint, const QString &accountId, const Query &query) const;

    /// The ids in the order of an ascending full scan (by the endpoint's sort field; insertion order
    /// when it has none; oldest first for text messages). Empty for invalid dates.
    QStringList ids(const QString &endpoint, const QString &accountId, const Query &query) const;

    /// Record number `index` in generation order (for calls/forms/texts: time order, 0 = oldest),
    /// with the default fields plus the requested optional ones. Empty for an index out of range.
    QJsonObject record(const QString &endpoint, const QString &accountId, qint64 index,
                       const QStringList &fields = {}) const;

    /// Generation indexes of the records matching `query`, at positions [offset, offset+limit) of an
    /// ascending (or descending) scan. Used by the server to build one page without materialising
    /// the rest. Returns false and sets `error` when the query's dates are invalid.
    bool page(const QString &endpoint, const QString &accountId, const Query &query, bool descending,
              qint64 offset, qint64 limit, QList<qint64> *indexes, qint64 *total, QString *error) const;

    /// Appends n new calls with start_time = now (later than every existing call). These are stored.
    void insertCalls(const QString &accountId, int n);
    qint64 insertedCallCount(const QString &accountId) const;
    /// Changes fields of call number `index` as CallRail lets them change after a call (tags, lead status,
    /// note, value…): the record then carries these values for the fields it is asked with.
    void editCall(const QString &accountId, qint64 index, const QJsonObject &changes);
    /// Deletes call number `index` (marked as spam, deleted): no list or count shows it any more.
    void removeCall(const QString &accountId, qint64 index);

    /// True for calls, form_submissions and text_messages: generated on demand, time-ordered.
    static bool isStreamEndpoint(const QString &endpoint);

private:
    using Account = imitation::ImitationAccount;
    struct Range
    {
        qint64 first = 0; ///< first generation index (inclusive)
        qint64 last = 0;  ///< end (exclusive)
        int stride = 1;   ///< 1, or number of companies when filtered by company
        qint64 size() const { return last > first ? (last - first + stride - 1) / stride : 0; }
        qint64 at(qint64 position) const { return first + position * stride; }
    };

    const Account *account(const QString &accountId) const;
    Account *account(const QString &accountId);
    qint64 streamTime(const Account &acct, int kind, qint64 index) const;
    qint64 streamSize(const Account &acct, int kind) const;
    qint64 lowerBound(const Account &acct, int kind, qint64 msecs) const;
    bool streamRange(const Account &acct, int kind, const Query &query, Range *range, QString *error) const;
    QList<qint64> smallIndexes(const Account &acct, const QString &endpoint, const Query &query) const;

    DatasetConfig m_config;
    ImitationReadings m_readings;
    QDateTime m_now;
    QList<std::shared_ptr<Account>> m_accounts;
    QHash<QString, int> m_accountIndex;
};

} // namespace callrail
