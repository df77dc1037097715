#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace callrail::test {

/// What a finished callrail-export said.
struct CliOutcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// callrail-export as a scheduler runs it: a process of its own, the key in CALLRAIL_API_KEY (none when
/// `key` is empty), no session bus (the keychain unreachable, as on a headless server), and `home` as its
/// home and data folders so that it touches nothing of the user's.
class CliProcess
{
public:
    CliProcess(const QString &program, const QString &home);

    /// Runs to the end (90 s at most), with the event loop running: the imitation server lives in the test.
    CliOutcome run(const QStringList &arguments, const QString &key,
                   const QString &workDir = QString()) const;
    /// Starts `process` the same way and returns at once.
    void start(QProcess &process, const QStringList &arguments, const QString &key,
               const QString &workDir = QString()) const;
    /// Waits for a started process, with the event loop running.
    static CliOutcome finish(QProcess &process);

    /// The environment described above.
    static QProcessEnvironment environment(const QString &home, const QString &key);
    /// Waits for the end with the event loop running: false (and killed) when it did not end in time.
    static bool waitForEnd(QProcess &process, int timeoutMs = 90'000);

private:
    QString m_program;
    QString m_home;
};

} // namespace callrail::test
