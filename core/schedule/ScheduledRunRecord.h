#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace callrail {

/// One unattended refresh, as the `--scheduled` run that did it recorded it.
struct ScheduledRun
{
    enum class Outcome
    {
        Succeeded,
        Failed,
    };

    QDateTime time;       ///< when the run ended
    QString exportFolder; ///< the folder it refreshed
    Outcome outcome = Outcome::Succeeded;
    QString message;   ///< one line: the run's summary, or what went wrong
    bool seen = false; ///< the window has told the user about it

    bool operator==(const ScheduledRun &other) const = default;
};

/// The record of scheduled runs, in the application's data folder (scheduled-runs.json, beside the log): a
/// run started by the operating system's scheduler appends its outcome, and the window, when it next opens,
/// tells of the failures it has not told of yet and marks them seen. The log has the details; this is what
/// lets no one miss that a run failed while they were away.
///
/// A scheduled run and the window may touch the record at the same moment: every change reads, changes and
/// writes the file whole under a lock file, so neither loses the other's change. Only the latest kKeptRuns
/// runs are kept.
class ScheduledRunRecord
{
public:
    static constexpr int kKeptRuns = 200;

    /// `path` empty: defaultPath().
    explicit ScheduledRunRecord(const QString &path = QString());
    static QString defaultPath();
    QString path() const { return m_path; }

    /// Adds a run; false with `error` set when the record could not be written.
    bool append(const ScheduledRun &run, QString *error = nullptr);
    /// Every kept run, oldest first. A missing or unreadable file is an empty record.
    QList<ScheduledRun> runs() const;
    /// The failed runs not yet marked seen, oldest first.
    QList<ScheduledRun> unseenFailures() const;
    /// Marks seen every run that ended at or before `upTo`: the window passes the time of the last failure it
    /// told of, so that a run recorded in the meantime is still told of next time.
    bool markSeen(const QDateTime &upTo, QString *error = nullptr);

private:
    bool change(const std::function<void(QList<ScheduledRun> &)> &edit, QString *error);

    QString m_path;
};

} // namespace callrail
