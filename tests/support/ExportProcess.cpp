#include "ExportProcess.h"

#include "CliProcess.h"
#include "ExtractionHarness.h"

namespace callrail::test {

ExportProcess::ExportProcess(const QString &program, const QString &home, const QProcessEnvironment &extra)
    : m_program(program)
{
    QProcessEnvironment env = CliProcess::environment(home, ExtractionHarness::apiKey());
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
    return CliProcess::waitForEnd(m_process, timeoutMs);
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
