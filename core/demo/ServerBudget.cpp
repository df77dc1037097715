#include "ServerBudget.h"

namespace callrail {

ServerBudget::ServerBudget()
{
    m_clock.start();
}

void ServerBudget::expire(std::deque<qint64> &stamps, qint64 now) const
{
    const qint64 day = 24 * m_windowMs;
    while (!stamps.empty() && stamps.front() <= now - day)
        stamps.pop_front();
}

qint64 ServerBudget::waitMs(const QString &accountId)
{
    auto it = m_stamps.find(accountId);
    if (it == m_stamps.end())
        return 0;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &stamps = it.value();
    expire(stamps, now);
    qint64 wait = 0;
    if (m_dailyLimit > 0 && qint64(stamps.size()) >= m_dailyLimit) {
        // The request that must age out for the count to drop below the limit.
        const qint64 oldest = stamps[stamps.size() - size_t(m_dailyLimit)];
        wait = std::max(wait, oldest + 24 * m_windowMs - now);
    }
    if (m_hourlyLimit > 0) {
        // Requests inside the hourly window are the newest ones, at the back of the queue.
        const auto firstInHour = std::lower_bound(stamps.begin(), stamps.end(), now - m_windowMs + 1);
        const qint64 inHour = stamps.end() - firstInHour;
        if (inHour >= m_hourlyLimit) {
            const qint64 oldest = *(stamps.end() - m_hourlyLimit);
            wait = std::max(wait, oldest + m_windowMs - now);
        }
    }
    return std::max<qint64>(0, wait);
}

void ServerBudget::charge(const QString &accountId)
{
    m_stamps[accountId].push_back(m_clock.elapsed());
}

void ServerBudget::reset()
{
    m_stamps.clear();
}

} // namespace callrail
