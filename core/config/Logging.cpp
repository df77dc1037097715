#include "config/Logging.h"

#include "config/AppFolders.h"

#include "config/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace callrail {

namespace {

/// Everything the message handler needs. One mutex guards it all: log lines come from worker threads, and
/// a line must never be interleaved with another or written while install() swaps the file.
struct LogState
{
    QMutex mutex;
    bool installed = false;
    LogLevel level = LogLevel::Info;
    bool console = true;
    QFile file;
    QtMessageHandler previous = nullptr;

    QMutex redactionMutex;  // separate so that redact() can be called from inside the handler
    QStringList redactions; // longest first, so that a secret containing another is replaced whole
};

LogState &state()
{
    static LogState s;
    return s;
}

LogLevel levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return LogLevel::Error;
    }
    return LogLevel::Error;
}

void applyFilterRules(LogLevel level)
{
    // Qt enables debug output of every category by default; keep ours quiet unless the user asked for DEBUG.
    QLoggingCategory::setFilterRules(level == LogLevel::Debug ? QStringLiteral("callrail.*.debug=true")
                                                              : QStringLiteral("callrail.*.debug=false"));
}

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    LogState &s = state();
    const LogLevel level = levelOf(type);
    // Formatting and redaction happen before taking the lock: they do not touch the shared file.
    const QString line = formatLogLine(QDateTime::currentDateTime(), level, Logging::redact(message));
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&s.mutex);
    if (level < s.level)
        return;
    if (s.console) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file.isOpen()) {
        s.file.write(bytes);
        // Flushed per line so that the log survives a crash and can be tailed while a run goes on.
        s.file.flush();
    }
}

} // namespace

std::optional<LogLevel> parseLogLevel(const QString &text)
{
    const QString name = text.trimmed().toUpper();
    if (name == QLatin1String("DEBUG"))
        return LogLevel::Debug;
    if (name == QLatin1String("INFO"))
        return LogLevel::Info;
    if (name == QLatin1String("WARNING") || name == QLatin1String("WARN"))
        return LogLevel::Warning;
    if (name == QLatin1String("ERROR") || name == QLatin1String("CRITICAL"))
        return LogLevel::Error;
    return std::nullopt;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warning:
        return QStringLiteral("WARNING");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    }
    return QStringLiteral("ERROR");
}

QString formatLogLine(const QDateTime &time, LogLevel level, const QString &message)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")) % QLatin1String(" - ") %
           QLatin1String("callrail_extractor") % QLatin1String(" - ") % logLevelName(level) %
           QLatin1String(" - ") % message;
}

void Logging::install(LogLevel level, const QString &logFilePath, bool console)
{
    LogState &s = state();
    QString fileProblem;
    {
        QMutexLocker lock(&s.mutex);
        s.level = level;
        s.console = console;
        if (s.file.isOpen())
            s.file.close();
        s.file.setFileName(QString());
        if (!logFilePath.isEmpty()) {
            const QFileInfo info(logFilePath);
            QDir().mkpath(info.absolutePath());
            s.file.setFileName(info.absoluteFilePath());
            if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
                fileProblem = s.file.errorString();
                s.file.setFileName(QString());
            }
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(messageHandler);
            s.installed = true;
        }
    }
    applyFilterRules(level);
    if (!fileProblem.isEmpty())
        qCWarning(lcConfig).noquote()
            << QCoreApplication::translate("callrail::Logging", "Cannot write the log file %1: %2")
                   .arg(QDir::toNativeSeparators(logFilePath), fileProblem);
}

void Logging::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    if (s.file.isOpen())
        s.file.close();
    s.file.setFileName(QString());
}

void Logging::setLevel(LogLevel level)
{
    {
        QMutexLocker lock(&state().mutex);
        state().level = level;
    }
    applyFilterRules(level);
}

LogLevel Logging::level()
{
    QMutexLocker lock(&state().mutex);
    return state().level;
}

QString Logging::logFilePath()
{
    QMutexLocker lock(&state().mutex);
    return state().file.isOpen() ? state().file.fileName() : QString();
}

void Logging::addRedaction(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.isEmpty())
        return;
    LogState &s = state();
    QMutexLocker lock(&s.redactionMutex);
    if (s.redactions.contains(trimmed))
        return;
    s.redactions.append(trimmed);
    std::stable_sort(s.redactions.begin(), s.redactions.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Logging::clearRedactions()
{
    QMutexLocker lock(&state().redactionMutex);
    state().redactions.clear();
}

QString Logging::redact(QString text)
{
    LogState &s = state();
    QMutexLocker lock(&s.redactionMutex);
    for (const QString &secret : std::as_const(s.redactions))
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

QString Logging::defaultLogFilePath()
{
    return appDataFolder() + QStringLiteral("/logs/callrail_extractor.log");
}

} // namespace callrail
