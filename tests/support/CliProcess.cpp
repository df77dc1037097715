#include "CliProcess.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QSignalSpy>

namespace callrail::test {

CliProcess::CliProcess(const QString &program, const QString &home)
    : m_program(program)
    , m_home(home)
{}

void CliProcess::start(QProcess &process, const QStringList &arguments, const QString &key,
                       const QString &workDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLRAIL_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("CALLRAIL_API_KEY"), key);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath(QStringLiteral("xdg-config")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir.isEmpty() ? m_home : workDir);
    process.start(m_program, arguments);
}

CliOutcome CliProcess::finish(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(90'000)) {
            process.kill();
            process.waitForFinished();
        }
    }
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
