#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"

#include <QStringList>

namespace callrail::cli {

/// What the command line asked for, after parsing and validation.
struct Invocation
{
    enum class Action
    {
        Extract,
        ListAccounts,
        Help,
        Version
    };
    Action action = Action::Extract;
    ExtractionOptions options;
    bool demo = false;
    bool quiet = false;
    LogLevel logLevel = LogLevel::Info;
    QString
        refreshFolder; ///< --refresh: the export to bring up to date (its own choice replaces the options')
    int lookBackDays = 0;   ///< --look-back, for --refresh
    bool scheduled = false; ///< --scheduled: started by the system's scheduler; the outcome is recorded
    QString text;           ///< the help or version text
};

/// Parses callrail-export's arguments with the environment (CALLRAIL_BASE_URL, LOG_LEVEL, DATA_DIR,
/// BATCH_SIZE, MAX_RETRIES, from the process or a .env file) beneath them. Returns an empty error when the
/// invocation may run; otherwise one line saying what is wrong (exit status 2). Makes no network request.
QString parseArguments(const QStringList &arguments, Invocation *invocation);

} // namespace callrail::cli
