#pragma once

#include <QJsonValue>
#include <QString>

namespace callrail {

/// The text form of a JSON id or scalar: strings as is, integral numbers without exponent or ".0"
/// (1932597 → "1932597", even above 2^31), other numbers shortest round-trip, bools "true"/"false",
/// null (and undefined) → "". Arrays and objects, which are not scalars, give their compact JSON text.
/// (Defined with the flattener, whose cells follow the same rules.)
QString scalarToText(const QJsonValue &value);

} // namespace callrail
