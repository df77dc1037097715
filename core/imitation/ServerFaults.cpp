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
        used.where = m_generator.generate64();
        if (--f.remaining <= 0)
            m_faults.removeAt(i);
        return used;
    }
    return m_random ? takeRandom() : Fault{};
}

ServerFaults::Fault ServerFaults::takeRandom()
{
    Fault fault;
    fault.remaining = 1;
    fault.where = m_generator.generate64();
    int roll = int(m_generator.bounded(100));
    if ((roll -= m_random->malformedPercent) < 0) {
        fault.kind = Kind::MalformedJson;
        fault.status = 200;
        fault.damage = Damage(m_generator.bounded(kDamageKinds));
    } else if ((roll -= m_random->serverErrorPercent) < 0) {
        fault.kind = Kind::Status;
        fault.status = m_generator.bounded(2) == 0 ? 500 : 503;
    } else if ((roll -= m_random->dropPercent) < 0) {
        fault.kind = Kind::Drop;
    }
    return fault;
}

void ServerFaults::setRandom(const Random &random)
{
    m_random = random;
    m_generator.seed(quint32(random.seed ^ (random.seed >> 32)));
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
    m_random.reset();
}

} // namespace callrail
