#include "schedule/JobSystems.h"

#include "config/AppFolders.h"
#include "schedule/LaunchdPlist.h"
#include "schedule/SystemdUnits.h"
#include "schedule/TaskSchedulerXml.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace callrail {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// systemd's own rule for the user's unit folder: $XDG_CONFIG_HOME when set to a full path, else ~/.config.
QString systemdUserFolder()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

/// launchctl's domain of the logged-in user's agents.
QString guiDomain()
{
#ifdef Q_OS_UNIX
    return QStringLiteral("gui/") + QString::number(::getuid());
#else
    return QStringLiteral("gui/0"); // launchd exists only on macOS; this keeps its tests building elsewhere
#endif
}

} // namespace

std::unique_ptr<ScheduledJobs> ScheduledJobs::create(System system)
{
    switch (system) {
    case System::SystemdUser:
        return std::make_unique<SystemdJobs>();
    case System::TaskScheduler:
        return std::make_unique<TaskSchedulerJobs>();
    case System::Launchd:
        return std::make_unique<LaunchdJobs>();
    }
    return nullptr;
}

// --- systemd
// -------------------------------------------------------------------------------------------------

SystemdJobs::SystemdJobs(QObject *parent)
    : ScheduledJobs(systemdUserFolder(), parent)
{}

QString SystemdJobs::systemName() const
{
    return tr("systemd user timer");
}

QList<ScheduledJobs::JobFile> SystemdJobs::filesOf(const RefreshSchedule &schedule) const
{
    return {{systemd::serviceFileName(schedule.id()), systemd::serviceUnit(schedule).toUtf8()},
            {systemd::timerFileName(schedule.id()), systemd::timerUnit(schedule).toUtf8()}};
}

QStringList SystemdJobs::fileNamesOf(const QString &id) const
{
    // enable's link too: with no user manager to run `disable`, it would be left pointing at nothing.
    return {systemd::timerFileName(id), systemd::serviceFileName(id),
            QStringLiteral("timers.target.wants/") + systemd::timerFileName(id)};
}

QString SystemdJobs::idOfFile(const QString &fileName) const
{
    const QString suffix = systemd::timerFileName({});
    if (!fileName.startsWith(RefreshSchedule::idPrefix()) || !fileName.endsWith(suffix))
        return {};
    return fileName.chopped(suffix.size());
}

std::optional<RefreshSchedule> SystemdJobs::read(const QString &id) const
{
    return systemd::parseUnits(QString::fromUtf8(readFile(filePath(systemd::serviceFileName(id)))),
                               QString::fromUtf8(readFile(filePath(systemd::timerFileName(id)))));
}

QList<ScheduledJobs::Command> SystemdJobs::activation(const RefreshSchedule &schedule) const
{
    const QString systemctl = QStringLiteral("systemctl");
    const QString user = QStringLiteral("--user");
    return {
        {systemctl, {user, QStringLiteral("daemon-reload")}},
        {systemctl,
         {user, QStringLiteral("enable"), QStringLiteral("--now"), systemd::timerFileName(schedule.id())}}};
}

QList<ScheduledJobs::Command> SystemdJobs::deactivation(const QString &id) const
{
    return {{QStringLiteral("systemctl"),
             {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"),
              systemd::timerFileName(id)},
             Command::OnFailure::Report}};
}

QList<ScheduledJobs::Command> SystemdJobs::afterRemoval() const
{
    return {{QStringLiteral("systemctl"),
             {QStringLiteral("--user"), QStringLiteral("daemon-reload")},
             Command::OnFailure::Report}};
}

QString SystemdJobs::refusal(const RefreshSchedule &schedule) const
{
    return systemd::programProblem(schedule.program);
}

// --- Task Scheduler
// --------------------------------------------------------------------------------------------

TaskSchedulerJobs::TaskSchedulerJobs(QObject *parent)
    : ScheduledJobs(appDataFolder() + QStringLiteral("/scheduled-tasks"), parent)
{}

QString TaskSchedulerJobs::systemName() const
{
    return tr("Task Scheduler task");
}

QList<ScheduledJobs::JobFile> TaskSchedulerJobs::filesOf(const RefreshSchedule &schedule) const
{
    const QDateTime firstRun = schedule.nextRunAfter(QDateTime::currentDateTime());
    return {{schedule.id() + QStringLiteral(".xml"),
             taskscheduler::fileBytes(taskscheduler::taskXml(schedule, firstRun))}};
}

QStringList TaskSchedulerJobs::fileNamesOf(const QString &id) const
{
    return {id + QStringLiteral(".xml")};
}

QString TaskSchedulerJobs::idOfFile(const QString &fileName) const
{
    if (!fileName.startsWith(RefreshSchedule::idPrefix()) || !fileName.endsWith(QStringLiteral(".xml")))
        return {};
    return fileName.chopped(4);
}

std::optional<RefreshSchedule> TaskSchedulerJobs::read(const QString &id) const
{
    return taskscheduler::parseTask(readFile(filePath(id + QStringLiteral(".xml"))));
}

QList<ScheduledJobs::Command> TaskSchedulerJobs::activation(const RefreshSchedule &schedule) const
{
    return {
        {QStringLiteral("schtasks"),
         {QStringLiteral("/Create"), QStringLiteral("/TN"), taskscheduler::taskName(schedule.id()),
          QStringLiteral("/XML"), QDir::toNativeSeparators(filePath(schedule.id() + QStringLiteral(".xml"))),
          QStringLiteral("/F")}}};
}

QList<ScheduledJobs::Command> TaskSchedulerJobs::deactivation(const QString &id) const
{
    return {{QStringLiteral("schtasks"),
             {QStringLiteral("/Delete"), QStringLiteral("/TN"), taskscheduler::taskName(id),
              QStringLiteral("/F")},
             Command::OnFailure::Report}};
}

QString TaskSchedulerJobs::refusal(const RefreshSchedule &schedule) const
{
    for (const QString &path : {schedule.exportFolder, schedule.program}) {
        if (const QString variable = taskscheduler::expandedVariable(path, environment());
            !variable.isEmpty())
            return tr("Task Scheduler would replace %1 in “%2” with the value of that environment variable, "
                      "and "
                      "it cannot be told not to: rename the folder so that it holds no %1.")
                .arg(variable, QDir::toNativeSeparators(path));
    }
    return {};
}

// --- launchd
// -------------------------------------------------------------------------------------------------

LaunchdJobs::LaunchdJobs(QObject *parent)
    : ScheduledJobs(QDir::homePath() + QStringLiteral("/Library/LaunchAgents"), parent)
{}

QString LaunchdJobs::systemName() const
{
    return tr("launchd agent");
}

QList<ScheduledJobs::JobFile> LaunchdJobs::filesOf(const RefreshSchedule &schedule) const
{
    return {{launchd::plistFileName(schedule.id()), launchd::plist(schedule).toUtf8()}};
}

QStringList LaunchdJobs::fileNamesOf(const QString &id) const
{
    return {launchd::plistFileName(id)};
}

QString LaunchdJobs::idOfFile(const QString &fileName) const
{
    const QString suffix = QStringLiteral(".plist");
    return fileName.endsWith(suffix) ? launchd::idOfLabel(fileName.chopped(suffix.size())) : QString();
}

std::optional<RefreshSchedule> LaunchdJobs::read(const QString &id) const
{
    return launchd::parsePlist(readFile(filePath(launchd::plistFileName(id))));
}

QList<ScheduledJobs::Command> LaunchdJobs::activation(const RefreshSchedule &schedule) const
{
    const QString launchctl = QStringLiteral("launchctl");
    // An agent already loaded for this folder (scheduled before) is unloaded first, or bootstrap refuses.
    return {{launchctl,
             {QStringLiteral("bootout"), guiDomain() + QLatin1Char('/') + launchd::label(schedule.id())},
             Command::OnFailure::Ignore},
            {launchctl,
             {QStringLiteral("bootstrap"), guiDomain(), filePath(launchd::plistFileName(schedule.id()))}}};
}

QList<ScheduledJobs::Command> LaunchdJobs::deactivation(const QString &id) const
{
    return {{QStringLiteral("launchctl"),
             {QStringLiteral("bootout"), guiDomain() + QLatin1Char('/') + launchd::label(id)},
             Command::OnFailure::Report}};
}

} // namespace callrail
