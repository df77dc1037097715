#include "ScheduledRefreshes.h"

#include "schedule/ScheduledRunRecord.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace callrail {

ScheduledRefreshes::ScheduledRefreshes(QObject *parent)
    : QObject(parent)
    , m_jobs(ScheduledJobs::create())
{}

ScheduledRefreshes::~ScheduledRefreshes() = default;

QString ScheduledRefreshes::exportProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("callrail-export.exe");
#else
    const QString name = QStringLiteral("callrail-export");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed, the two programs sit side by side (bin/, the bundle's MacOS/); built, in app/cli.
    for (const QString &candidate : {here.filePath(name), here.filePath(QStringLiteral("../cli/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return here.filePath(name);
}

QStringList ScheduledRefreshes::takeUnseenFailures()
{
    ScheduledRunRecord record;
    const QList<ScheduledRun> failures = record.unseenFailures();
    QStringList lines;
    for (const ScheduledRun &run : failures)
        lines << QCoreApplication::translate("callrail::ScheduledRefreshes", "%1, %2: %3")
                     .arg(QLocale().toString(run.time.toLocalTime(), QLocale::ShortFormat),
                          QDir::toNativeSeparators(run.exportFolder), run.message);
    if (!failures.isEmpty())
        record.markSeen(failures.last().time);
    return lines;
}

} // namespace callrail
