#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace callrail::test {

/// callrail-export (`program`, the suite's CALLRAIL_EXPORT_PATH) run as a user runs it against the imitation
/// CallRail of ExtractionHarness: its key in CALLRAIL_API_KEY, a throwaway home and settings under `home`,
/// no session bus (the keychain is unreachable, as on a headless server), and `extra` variables
/// (PGPASSWORD, say: never a command-line argument).
class ExportProcess
{
public:
    ExportProcess(const QString &program, const QString &home, const QProcessEnvironment &extra = {});

    void start(const QStringList &arguments);
    /// Waits for the end with this process's event loop running (the imitation server lives here): false
    /// when it did not end within `timeoutMs` (it is killed then).
    bool finish(int timeoutMs = 90'000);
    /// SIGKILL, as a crash or a power cut would end it: no handler of its own runs.
    void kill();

    QProcess &process() { return m_process; }
    /// What it printed on both channels, for a failure's message.
    QString output();

private:
    QString m_program;
    QProcess m_process;
};

} // namespace callrail::test
