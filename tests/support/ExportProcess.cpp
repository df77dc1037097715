#include "ExportProcess.h"

#include "ExtractionHarness.h"

#include <QDir>
#include <QSignalSpy>

namespace callrail::test {

ExportProcess::ExportProcess(const QString &program, const QString &home, const QProcessEnvironment &extra)
    : m_program(program)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLRAIL_API_KEY"), ExtractionHarness::apiKey());
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(extra);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

void ExportProcess::start(const QStringList &arguments)
{
    m_process.start(m_program, arguments);
}

bool ExportProcess::finish(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&m_process, &QProcess::finished);
    if (finished.wait(timeoutMs))
        return true;
    kill();
    return false;
}

void ExportProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
}

QString ExportProcess::output()
{
    return QString::fromUtf8(m_process.readAll());
}

} // namespace callrail::test
