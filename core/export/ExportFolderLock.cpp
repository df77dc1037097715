#include "export/ExportFolderLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace callrail {

using namespace std::chrono_literals;

ExportFolderLock::ExportFolderLock(const QString &folder)
    : m_folder(QDir(folder).absolutePath())
    , m_lock(QDir(m_folder).filePath(fileName()))
{
    // Stale only when its process is gone: by age, a long refresh would lose its lock to the next run.
    m_lock.setStaleLockTime(0ms);
}

ExportFolderLock::Outcome ExportFolderLock::take(std::chrono::milliseconds wait)
{
    if (m_lock.isLocked() || m_lock.tryLock(wait))
        return Outcome::Taken;
    return m_lock.error() == QLockFile::LockFailedError ? Outcome::Busy : Outcome::Failed;
}

QString ExportFolderLock::holderDescription() const
{
    const QString folder = QDir::toNativeSeparators(m_folder);
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return tr("%1 is being updated by another run").arg(folder);
    const QDateTime started = QFileInfo(m_lock.fileName()).lastModified();
    const QString when = started.date() == QDate::currentDate()
                             ? started.toString(QStringLiteral("HH:mm"))
                             : started.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 is being updated by another run (pid %2, started %3)").arg(folder).arg(pid).arg(when);
}

QString ExportFolderLock::busyMessage() const
{
    return tr("%1; try again when it ends.").arg(holderDescription());
}

QString ExportFolderLock::failureMessage() const
{
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (m_lock.error() == QLockFile::PermissionError)
        return tr("Cannot work in %1: no permission to create a file there.").arg(folder);
    return tr("Cannot work in %1: its lock file %2 could not be written (is the disk full?).")
        .arg(folder, fileName());
}

} // namespace callrail
