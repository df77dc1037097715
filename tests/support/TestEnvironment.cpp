#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace callrail::test {

void isolateTestEnvironment()
{
    static QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name :
         {"CALLRAIL_API_KEY", "CALLRAIL_BASE_URL", "LOG_LEVEL", "DATA_DIR", "BATCH_SIZE", "MAX_RETRIES"})
        qunsetenv(name);
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("CallRailExtractorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QDir(home.path()).filePath(QStringLiteral("settings")));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return path;
}

} // namespace callrail::test

// The startup hook must name a function at global scope.
static void isolateTestEnvironmentAtStartup()
{
    callrail::test::isolateTestEnvironment();
}
Q_COREAPP_STARTUP_FUNCTION(isolateTestEnvironmentAtStartup)
