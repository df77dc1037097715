#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace callrail {

/// One unattended refresh: which export folder `callrail-export --refresh` brings up to date, and when. The
/// operating system's scheduler runs it (see ScheduledJobs); the files it is given are written from this
/// value and read back into it, so this is the whole of what a scheduled job says.
struct RefreshSchedule
{
    enum class Frequency
    {
        Daily,
        Weekly,
    };

    QString exportFolder; ///< absolute; holds the export's manifest
    Frequency frequency = Frequency::Daily;
    Qt::DayOfWeek weekday = Qt::Monday; ///< only for Weekly
    QTime time = QTime(6, 0);           ///< local time of day, to the minute
    QString program;                    ///< the callrail-export executable, absolute

    /// The job's name with the operating system ("callrail-refresh-<12 hex digits>"): derived from the
    /// folder alone, so that scheduling a folder again replaces its job instead of adding a second one.
    QString id() const { return idFor(exportFolder); }
    static QString idFor(const QString &exportFolder);
    /// Every job this program writes has an id with this start; the installers list only those.
    static QString idPrefix();

    /// The arguments after the program: `--refresh FOLDER --scheduled` (the last so that the run knows no one
    /// is watching and records its outcome for the window).
    QStringList arguments() const;

    /// Empty when the schedule can be written for every scheduler, else why not, in words. Control characters
    /// are refused in paths because no scheduler's file format carries them the same way.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    /// The next time the job runs strictly after `after` (local time).
    QDateTime nextRunAfter(const QDateTime &after) const;
    /// "Every day at 06:00", "Every Monday at 18:30", translated.
    QString whenText() const;

    bool operator==(const RefreshSchedule &other) const = default;
};

} // namespace callrail
