#pragma once

#include "schedule/RefreshSchedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QProcess;

namespace callrail {

/// What an install() or remove() came to, in words for the window.
struct JobOutcome
{
    enum class Action
    {
        Install,
        Remove,
    };

    Action action = Action::Install;
    QString id;
    RefreshSchedule schedule; ///< the schedule installed; for a removal, the one removed when it was known
    /// The operating system's scheduler took the change (install: the job will run; remove: it is gone).
    bool succeeded = false;
    /// The job files were written (install) or deleted (remove), whether or not the scheduler followed.
    bool filesChanged = false;
    /// One paragraph: what happened, and when something failed, what it said and what to run by hand.
    QString message;
};

/// The refresh jobs of this program in the operating system's own scheduler: a systemd user timer on Linux,
/// a Task Scheduler task on Windows, a launchd agent on macOS (one subclass each, in JobSystems.cpp). The
/// job's files are written first, then the scheduler's command-line tool is run (systemctl, schtasks,
/// launchctl), asynchronously: the window's thread never waits for it. One change at a time.
///
/// list() reads the schedules back from the files this program wrote (on Windows, its copies of the task
/// definitions in the application's data folder), so the files stay the one record of what is scheduled.
class ScheduledJobs : public QObject
{
    Q_OBJECT

public:
    enum class System
    {
        SystemdUser,
        TaskScheduler,
        Launchd,
    };

    /// The scheduler of the system this program runs on.
    static System thisSystem();
    /// Any system's installer (every one is tested on every system, against stand-in tools).
    static std::unique_ptr<ScheduledJobs> create(System system = thisSystem());
    ~ScheduledJobs() override;

    virtual System system() const = 0;
    /// What a job is called for people ("systemd user timer", "Task Scheduler task", "launchd agent").
    virtual QString systemName() const = 0;

    /// Where the job files are written: $XDG_CONFIG_HOME/systemd/user, ~/Library/LaunchAgents, or the
    /// application's data folder (Windows).
    QString jobFolder() const { return m_jobFolder; }
    /// Tests only: another folder, and the environment and programs the tools are run with ("systemctl" →
    /// a stand-in script, an environment in which no systemd user manager can be reached).
    void setJobFolder(const QString &folder) { m_jobFolder = folder; }
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setToolPath(const QString &tool, const QString &path) { m_toolPaths.insert(tool, path); }

    /// Every refresh this program scheduled, read back from the job files (a few small files: quick enough
    /// for the window's thread). Files that are not a refresh this program wrote are left out.
    QList<RefreshSchedule> list() const;
    bool isBusy() const;

    /// Writes the job (replacing the folder's earlier one), then has the scheduler take it; finished() tells.
    /// Refused at once (finished() with succeeded false, emitted before returning) when busy or invalid.
    void install(const RefreshSchedule &schedule);
    /// Has the scheduler drop the job, then deletes its files; finished() tells.
    void remove(const QString &id);

signals:
    void finished(const callrail::JobOutcome &outcome);

protected:
    /// One run of a tool, and what its failure means for the change.
    struct Command
    {
        enum class OnFailure
        {
            Stop,   ///< the change stops, unfinished
            Report, ///< the change goes on, and does not count as succeeded
            Ignore, ///< expected at times (unloading a job that is not loaded)
        };
        QString tool;
        QStringList arguments;
        OnFailure onFailure = OnFailure::Stop;
    };
    struct JobFile
    {
        QString name; ///< relative to jobFolder()
        QByteArray content;
    };

    explicit ScheduledJobs(const QString &jobFolder, QObject *parent);

    virtual QList<JobFile> filesOf(const RefreshSchedule &schedule) const = 0;
    /// Every file install() may leave for a job, for remove() to delete (those of enable too).
    virtual QStringList fileNamesOf(const QString &id) const = 0;
    /// The id whose main file this is, or empty.
    virtual QString idOfFile(const QString &fileName) const = 0;
    virtual std::optional<RefreshSchedule> read(const QString &id) const = 0;
    virtual QList<Command> activation(const RefreshSchedule &schedule) const = 0;
    virtual QList<Command> deactivation(const QString &id) const = 0;
    virtual QList<Command> afterRemoval() const { return {}; }
    /// Why this schedule cannot be given to this scheduler, or empty.
    virtual QString refusal(const RefreshSchedule &) const { return {}; }

    QProcessEnvironment environment() const { return m_environment; }
    QString filePath(const QString &name) const;
    /// A command as a person would type it, for messages.
    static QString commandText(const Command &command);
    /// What to type to finish `commands` by hand.
    static QString byHand(const QList<Command> &commands);

private:
    struct Step
    {
        Command command;
        std::function<QString()> action; ///< instead of a command: done at once, returns an error or empty
    };

    bool start(JobOutcome outcome, const QList<Step> &steps);
    void runNext();
    void commandEnded(bool ok, const QString &said);
    void finish(bool succeeded);
    QString writeFiles(const RefreshSchedule &schedule) const;
    QString deleteFiles(const QString &id) const;

    QString m_jobFolder;
    QProcessEnvironment m_environment;
    QHash<QString, QString> m_toolPaths;

    QList<Step> m_steps;
    QList<Command> m_unfinished; ///< the commands not yet run when a required one failed, for byHand()
    JobOutcome m_outcome;
    QStringList m_problems;
    QProcess *m_process = nullptr;
    bool m_busy = false;
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::JobOutcome)
