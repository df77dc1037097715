#pragma once

#include <QLoggingCategory>

namespace callrail {

/// The project's logging categories. Debug output of every "callrail.*" category is switched on only when
/// the log level is Debug (see Logging::install).
Q_DECLARE_LOGGING_CATEGORY(lcApi)     ///< "callrail.api": HTTP requests, retries, API errors
Q_DECLARE_LOGGING_CATEGORY(lcBudget)  ///< "callrail.budget": the hourly/daily request budget
Q_DECLARE_LOGGING_CATEGORY(lcEngine)  ///< "callrail.engine": extraction runs
Q_DECLARE_LOGGING_CATEGORY(lcExport)  ///< "callrail.export": CSV / JSON Lines files
Q_DECLARE_LOGGING_CATEGORY(lcConfig)  ///< "callrail.config": settings, environment, .env, logging
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) ///< "callrail.secrets": the keychain (never the secret itself)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)    ///< "callrail.demo": the imitation CallRail server

} // namespace callrail
