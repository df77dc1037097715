#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace callrail {

/// Faults queued for the imitation server. Each one applies to the next `count` requests for an
/// endpoint (catalogue name, or "" for any endpoint) and is used up request by request.
class ServerFaults
{
public:
    enum class Kind
    {
        None,
        Status,        ///< reply with an HTTP error status and a JSON error body
        MalformedJson, ///< 200 with a truncated JSON body
        Drop,          ///< close the connection without replying
        Delay          ///< reply normally, but only after `delayMs`
    };

    struct Fault
    {
        Kind kind = Kind::None;
        QString endpoint;
        int status = 0;
        int delayMs = 0;
        int remaining = 0;
    };

    void add(const Fault &fault);
    /// Takes one use of the first queued fault matching `endpoint` (Kind::None when none).
    Fault take(const QString &endpoint);
    void setForbidden(const QString &endpoint, bool forbidden);
    bool isForbidden(const QString &endpoint) const;
    void clear();

private:
    QList<Fault> m_faults;
    QSet<QString> m_forbidden;
};

} // namespace callrail
