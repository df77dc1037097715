#pragma once

#include "schedule/ScheduledJobs.h"

namespace callrail {

/// Linux: a systemd user timer and its service in $XDG_CONFIG_HOME/systemd/user, enabled with
/// `systemctl --user daemon-reload` and `systemctl --user enable --now <id>.timer`.
class SystemdJobs : public ScheduledJobs
{
    Q_OBJECT

public:
    explicit SystemdJobs(QObject *parent = nullptr);
    System system() const override { return System::SystemdUser; }
    QString systemName() const override;

protected:
    QList<JobFile> filesOf(const RefreshSchedule &schedule) const override;
    QStringList fileNamesOf(const QString &id) const override;
    QString idOfFile(const QString &fileName) const override;
    std::optional<RefreshSchedule> read(const QString &id) const override;
    QList<Command> activation(const RefreshSchedule &schedule) const override;
    QList<Command> deactivation(const QString &id) const override;
    QList<Command> afterRemoval() const override;
    QString refusal(const RefreshSchedule &schedule) const override;
};

/// Windows: a task "CallRail Extractor\<id>" created with `schtasks /Create /XML`; the definition is kept in
/// the application's data folder, where list() reads it.
class TaskSchedulerJobs : public ScheduledJobs
{
    Q_OBJECT

public:
    explicit TaskSchedulerJobs(QObject *parent = nullptr);
    System system() const override { return System::TaskScheduler; }
    QString systemName() const override;

protected:
    QList<JobFile> filesOf(const RefreshSchedule &schedule) const override;
    QStringList fileNamesOf(const QString &id) const override;
    QString idOfFile(const QString &fileName) const override;
    std::optional<RefreshSchedule> read(const QString &id) const override;
    QList<Command> activation(const RefreshSchedule &schedule) const override;
    QList<Command> deactivation(const QString &id) const override;
    QString refusal(const RefreshSchedule &schedule) const override;
};

/// macOS: a launch agent ~/Library/LaunchAgents/<label>.plist, loaded with `launchctl bootstrap gui/<uid>`.
class LaunchdJobs : public ScheduledJobs
{
    Q_OBJECT

public:
    explicit LaunchdJobs(QObject *parent = nullptr);
    System system() const override { return System::Launchd; }
    QString systemName() const override;

protected:
    QList<JobFile> filesOf(const RefreshSchedule &schedule) const override;
    QStringList fileNamesOf(const QString &id) const override;
    QString idOfFile(const QString &fileName) const override;
    std::optional<RefreshSchedule> read(const QString &id) const override;
    QList<Command> activation(const RefreshSchedule &schedule) const override;
    QList<Command> deactivation(const QString &id) const override;
};

} // namespace callrail
