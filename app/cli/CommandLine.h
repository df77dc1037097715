#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"

#include <QStringList>

namespace callrail::cli {

/// How long a scheduled run waits for another run in its export folder (--wait-for-lock's default there).
inline constexpr int kScheduledLockWaitSeconds = 600;
/// The longest --wait-for-lock: a day, past which the next scheduled run has come anyway.
inline constexpr int kMaxLockWaitSeconds = 86'400;

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
    int lookBackDays = 0;    ///< --look-back, for --refresh
    bool scheduled = false;  ///< --scheduled: started by the system's scheduler; the outcome is recorded
    int lockWaitSeconds = 0; ///< --wait-for-lock: how long to wait for another run in the export folder
    QString text;            ///< the help or version text
};

/// Parses callrail-export's arguments with the environment (CALLRAIL_BASE_URL, LOG_LEVEL, DATA_DIR,
/// BATCH_SIZE, MAX_RETRIES, from the process or a .env file) beneath them. Returns an empty error when the
/// invocation may run; otherwise one line saying what is wrong (exit status 2). Makes no network request.
QString parseArguments(const QStringList &arguments, Invocation *invocation);

} // namespace callrail::cli
