#pragma once

#include "imitation/ServerFaults.h"

#include <QByteArray>

namespace callrail {

/// A reply body of the imitation server, damaged on purpose (ServerFaults::Damage).
struct DamagedBody
{
    QByteArray body;
    QByteArray contentType;
};

/// Damages `body`, a compact JSON list page whose records list is `recordsKey`. `where` picks the spot
/// (the record, the string, the position in it), so that a seeded run damages the same bytes each time.
/// A damage that finds nothing to strike (a page without records, say) cuts the body in half instead.
DamagedBody damageBody(const QByteArray &body, ServerFaults::Damage damage, const QString &recordsKey,
                       quint64 where);

} // namespace callrail
