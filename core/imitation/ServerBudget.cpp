#include "ServerBudget.h"

#include <QDateTime>

#include <algorithm>

namespace callrail {

ServerBudget::ServerBudget()
    : m_startEpochMs(QDateTime::currentMSecsSinceEpoch())
{
    m_clock.start();
}

void ServerBudget::expire(std::deque<qint64> &stamps, qint64 now) const
{
    const qint64 day = 24 * m_windowMs;
    while (!stamps.empty() && stamps.front() <= now - day)
        stamps.pop_front();
}

qint64 ServerBudget::waitFor(const std::deque<qint64> &stamps, int limit, qint64 windowMs, qint64 now) const
{
    if (limit <= 0)
        return 0;
    if (m_clockAligned) {
        // The whole budget of a window comes back at once, when the next one starts.
        const qint64 windowStart = now - now % windowMs;
        const auto first = std::lower_bound(stamps.begin(), stamps.end(), windowStart);
        return stamps.end() - first >= limit ? windowStart + windowMs - now : 0;
    }
    // Rolling: requests inside the window are the newest ones, at the back of the queue; the request that
    // must age out for the count to drop below the limit says when.
    const auto first = std::lower_bound(stamps.begin(), stamps.end(), now - windowMs + 1);
    if (stamps.end() - first < limit)
        return 0;
    return *(stamps.end() - limit) + windowMs - now;
}

qint64 ServerBudget::waitMs(const QString &accountId)
{
    auto it = m_stamps.find(accountId);
    if (it == m_stamps.end())
        return 0;
    const qint64 t = now();
    std::deque<qint64> &stamps = it.value();
    expire(stamps, t);
    const qint64 wait = std::max(waitFor(stamps, m_dailyLimit, 24 * m_windowMs, t),
                                 waitFor(stamps, m_hourlyLimit, m_windowMs, t));
    return std::max<qint64>(0, wait);
}

void ServerBudget::charge(const QString &accountId)
{
    m_stamps[accountId].push_back(now());
}

void ServerBudget::reset()
{
    m_stamps.clear();
}

} // namespace callrail
