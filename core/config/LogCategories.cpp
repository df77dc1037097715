#include "config/LogCategories.h"

namespace callrail {

Q_LOGGING_CATEGORY(lcApi, "callrail.api")
Q_LOGGING_CATEGORY(lcBudget, "callrail.budget")
Q_LOGGING_CATEGORY(lcEngine, "callrail.engine")
Q_LOGGING_CATEGORY(lcExport, "callrail.export")
Q_LOGGING_CATEGORY(lcConfig, "callrail.config")
Q_LOGGING_CATEGORY(lcSecrets, "callrail.secrets")
Q_LOGGING_CATEGORY(lcDemo, "callrail.demo")

} // namespace callrail
