#include "engine/OptionLimits.h"

namespace callrail {

QString OptionLimits::outOfRange(const IntLimit &limit)
{
    return tr("%1 must be between %2 and %3.").arg(tr(limit.subject)).arg(limit.minimum).arg(limit.maximum);
}

QString OptionLimits::notAWholeNumberInRange(const QString &name, const IntLimit &limit, const QString &given)
{
    return tr("%1 must be a whole number from %2 to %3 (got \"%4\").")
        .arg(name)
        .arg(limit.minimum)
        .arg(limit.maximum)
        .arg(given);
}

} // namespace callrail
