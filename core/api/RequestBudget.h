#pragma once

#include "api/ApiFacts.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>

namespace callrail {

/// CallRail's per-account request limits. 429 is the API's only signal, so the extractor keeps its own count.
struct BudgetLimits
{
    int hourly = ApiFacts::kRequestsPerHour;
    int daily = ApiFacts::kRequestsPerDay;
    /// Length of CallRail's hourly window; a day is 24 of them. Imitation servers scale time down.
    qint64 windowMs = ApiFacts::kRateWindowMs;

    qint64 dayMs() const { return windowMs * 24; }
};

/// A client-side request budget per account, with rolling windows.
///
/// Rolling windows are the safe choice because CallRail does not say whether its windows are rolling or
/// aligned to the clock: never more than `hourly` requests in ANY window of `windowMs` also means never more
/// than that in an aligned one. The sent-request times are persisted (JSON, written whole with QSaveFile) so
/// that a second run in the same hour knows what the first one spent.
///
/// Not thread-safe: owned and used by the thread that runs the extraction.
class RequestBudget
{
public:
    using Clock = std::function<qint64()>; ///< milliseconds since the epoch

    explicit RequestBudget(const BudgetLimits &limits = {}, const QString &storagePath = QString());

    const BudgetLimits &limits() const { return m_limits; }
    void setLimits(const BudgetLimits &limits) { m_limits = limits; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    /// Milliseconds to wait before the next request for this bucket may be sent; 0 when it may go now.
    qint64 delayBeforeNext(const QString &bucket) const;
    /// Counts a request as sent now; returns the time it was recorded at (for settleRequest()).
    qint64 recordRequest(const QString &bucket);
    /// Moves a request recorded at `sentAt` to now, when its answer arrived. CallRail counts a request when
    /// it arrives, somewhere between sending and answering; counting it from the answer keeps the client's
    /// window from ever opening before CallRail's does, whatever the network delay.
    void settleRequest(const QString &bucket, qint64 sentAt);
    /// Counts the requests already recorded for `from` against `to` as well (the accounts list is sent before
    /// the account is known, yet CallRail may count it against every account the key can see).
    void chargeAlso(const QString &from, const QString &to);
    /// After a 429: no request for this bucket before `untilMs`.
    void pauseUntil(const QString &bucket, qint64 untilMs);

    int usedInWindow(const QString &bucket) const;
    int usedInDay(const QString &bucket) const;
    int remainingInWindow(const QString &bucket) const;
    int remainingInDay(const QString &bucket) const;
    /// When `requests` more requests could all have been sent, if sent as fast as allowed from now
    /// (epoch ms). Used to tell the user when a run that does not fit the budget will finish waiting.
    qint64 earliestCompletion(const QString &bucket, int requests) const;

    /// Loads the persisted request times (a missing file is an empty budget). False with a message on error.
    bool load(QString *errorMessage = nullptr);
    bool save(QString *errorMessage = nullptr) const;
    QString storagePath() const { return m_storagePath; }
    /// The default place for the persisted budget (application data folder).
    static QString defaultStoragePath();
    /// The bucket name for an account on an API server (host and port): budgets of different servers never
    /// mix. An empty account is the key's own bucket (the accounts list, sent before an account is chosen).
    static QString bucketName(const QUrl &baseUrl, const QString &accountId);

private:
    struct Bucket
    {
        std::deque<qint64> sent; ///< request times, oldest first, at most one day old
        qint64 pausedUntil = 0;
    };
    void prune(Bucket &bucket, qint64 now) const;
    int countSince(const Bucket &bucket, qint64 since) const;

    BudgetLimits m_limits;
    QString m_storagePath;
    Clock m_clock;
    mutable QHash<QString, Bucket> m_buckets;
};

} // namespace callrail
