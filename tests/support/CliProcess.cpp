#include "CliProcess.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSignalSpy>

namespace callrail::test {

CliProcess::CliProcess(const QString &program, const QString &home)
    : m_program(program)
    , m_home(home)
{}

QProcessEnvironment CliProcess::environment(const QString &home, const QString &key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLRAIL_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("CALLRAIL_API_KEY"), key);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("xdg-config")));
    return env;
}

bool CliProcess::waitForEnd(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    if (finished.wait(timeoutMs))
        return true;
    process.kill();
    process.waitForFinished(10'000);
    return false;
}

void CliProcess::start(QProcess &process, const QStringList &arguments, const QString &key,
                       const QString &workDir) const
{
    process.setProcessEnvironment(environment(m_home, key));
    process.setWorkingDirectory(workDir.isEmpty() ? m_home : workDir);
    process.start(m_program, arguments);
}

CliOutcome CliProcess::finish(QProcess &process)
{
    waitForEnd(process);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliOutcome CliProcess::run(const QStringList &arguments, const QString &key, const QString &workDir) const
{
    QProcess process;
    start(process, arguments, key, workDir);
    return finish(process);
}

} // namespace callrail::test
