#include "ServerFaults.h"

namespace callrail {

void ServerFaults::add(const Fault &fault)
{
    if (fault.remaining > 0 && fault.kind != Kind::None)
        m_faults.append(fault);
}

ServerFaults::Fault ServerFaults::take(const QString &endpoint)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.endpoint.isEmpty() && f.endpoint != endpoint)
            continue;
        Fault used = f;
        used.remaining = 1;
        if (--f.remaining <= 0)
            m_faults.removeAt(i);
        return used;
    }
    return {};
}

void ServerFaults::setForbidden(const QString &endpoint, bool forbidden)
{
    if (forbidden)
        m_forbidden.insert(endpoint);
    else
        m_forbidden.remove(endpoint);
}

bool ServerFaults::isForbidden(const QString &endpoint) const
{
    return m_forbidden.contains(endpoint) || (!endpoint.isEmpty() && m_forbidden.contains(QString()));
}

void ServerFaults::clear()
{
    m_faults.clear();
    m_forbidden.clear();
}

} // namespace callrail
