#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace callrail {

/// Severity of a log line, in increasing order.
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

/// Parses DEBUG, INFO, WARNING (or WARN), ERROR and CRITICAL (an alias of ERROR), case-insensitively and
/// ignoring surrounding spaces. Anything else gives std::nullopt.
std::optional<LogLevel> parseLogLevel(const QString &text);

/// "DEBUG", "INFO", "WARNING" or "ERROR": the names used in log lines and accepted by LOG_LEVEL.
QString logLevelName(LogLevel level);

/// "2025-07-23 10:05:13,047 - callrail_extractor - INFO - message" (local time, comma before millis; the seed
/// Python design's format).
QString formatLogLine(const QDateTime &time, LogLevel level, const QString &message);

/// The process-wide log: a Qt message handler that writes formatted lines to stderr and/or a log file.
class Logging
{
public:
    /// Installs a Qt message handler: lines at or above `level` go to stderr (if console) and are appended to
    /// logFilePath (if not empty; folder created). Applies QLoggingCategory filter rules so that callrail.*
    /// debug output is enabled only at Debug (a QT_LOGGING_RULES environment variable still wins, as Qt
    /// intends). Thread-safe (messages come from worker threads). Calling it
    /// again replaces the previous settings (and closes the previous file).
    static void install(LogLevel level, const QString &logFilePath = {}, bool console = true);

    /// Removes the handler installed by install() and closes the log file (restores Qt's previous handler).
    static void uninstall();

    /// Changes the threshold of the installed handler (and the callrail.* debug filter rules).
    static void setLevel(LogLevel level);
    static LogLevel level();

    /// The file lines are appended to, empty when there is none (or it could not be opened).
    static QString logFilePath();

    /// Defence in depth: any log line containing one of these strings has it replaced with "[redacted]"
    /// before it is written anywhere. The API key is registered here as soon as it is known. Empty strings
    /// are ignored; surrounding whitespace is removed.
    static void addRedaction(const QString &secret);

    /// Forgets every registered redaction (tests only; a real run keeps them for the life of the process).
    static void clearRedactions();

    /// Applies the registered redactions (also used for error messages).
    static QString redact(QString text);

    /// appDataFolder() + "/logs/callrail_extractor.log".
    static QString defaultLogFilePath();
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::LogLevel)
