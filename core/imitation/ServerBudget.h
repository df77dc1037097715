#pragma once

#include "api/ApiFacts.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

namespace callrail {

/// CallRail's per-account request limits as the imitation server enforces them: an hourly and a
/// daily counter over rolling (sliding) windows, or over windows aligned to the clock (each starts at a
/// whole multiple of its length since the epoch). The hourly window length is configurable so tests
/// can scale an "hour" down to a second; a day is always 24 such windows.
class ServerBudget
{
public:
    ServerBudget();

    void setHourlyLimit(int limit) { m_hourlyLimit = limit; } ///< <= 0: unlimited
    void setDailyLimit(int limit) { m_dailyLimit = limit; }   ///< <= 0: unlimited
    void setWindowMs(qint64 ms) { m_windowMs = std::max<qint64>(1, ms); }
    void setClockAligned(bool aligned) { m_clockAligned = aligned; }
    int hourlyLimit() const { return m_hourlyLimit; }
    int dailyLimit() const { return m_dailyLimit; }
    qint64 windowMs() const { return m_windowMs; }

    /// Milliseconds until the account may send again; 0 when a request is allowed now.
    qint64 waitMs(const QString &accountId);
    /// Counts one request against the account.
    void charge(const QString &accountId);
    void reset();

private:
    void expire(std::deque<qint64> &stamps, qint64 now) const;
    /// Milliseconds since the epoch, on a clock that never steps back.
    qint64 now() const { return m_startEpochMs + m_clock.elapsed(); }
    /// The wait until `stamps` hold fewer than `limit` requests in the window of `windowMs` around `now`.
    qint64 waitFor(const std::deque<qint64> &stamps, int limit, qint64 windowMs, qint64 now) const;

    QElapsedTimer m_clock;
    qint64 m_startEpochMs = 0;
    bool m_clockAligned = false;
    int m_hourlyLimit = ApiFacts::kRequestsPerHour;
    int m_dailyLimit = ApiFacts::kRequestsPerDay;
    qint64 m_windowMs = ApiFacts::kRateWindowMs;
    QHash<QString, std::deque<qint64>> m_stamps; ///< request times (epoch ms) in the last day, per account
};

} // namespace callrail
