#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <chrono>

namespace callrail {

/// One run at a time in an export folder. A refresh, a full extraction into the folder and the window's Save
/// each hold it while they work, so that two of them never share the refresh's staging folder or swap files
/// in under each other. It is a QLockFile in the folder; a lock left by a process that is gone (kill -9, a
/// crash, a reboot) is found stale by its pid, host and boot, and taken over. It has no age limit: a refresh
/// of a big account rightly holds it for an hour, and a lock taken from a live run would be worse than a
/// wait.
class ExportFolderLock
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ExportFolderLock)

public:
    enum class Outcome
    {
        Taken,
        Busy,  ///< another live run holds it (or the wait was called off)
        Failed ///< the lock file could not be made: failureMessage() says why
    };

    explicit ExportFolderLock(const QString &folder);
    /// Releases the lock when it is held.
    ~ExportFolderLock() = default;
    Q_DISABLE_COPY_MOVE(ExportFolderLock)

    static QString fileName() { return QStringLiteral(".callrail-export.lock"); }
    QString folder() const { return m_folder; }

    /// Takes the lock, waiting up to `wait` for another run to release it (blocking: the command line's
    /// choice; the window asks with no wait and polls). Never waits when `wait` is zero.
    Outcome take(std::chrono::milliseconds wait = {});
    bool isTaken() const { return m_lock.isLocked(); }
    void release() { m_lock.unlock(); }

    /// After Busy, who holds the folder: "DIR is being updated by another run (pid N, started HH:MM)".
    QString holderDescription() const;
    /// After Busy, for a run that gives up: the holder, then "; try again when it ends."
    QString busyMessage() const;
    /// After Failed: why the lock file could not be made in the folder.
    QString failureMessage() const;

private:
    QString m_folder;
    QLockFile m_lock;
};

} // namespace callrail
