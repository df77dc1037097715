#include "schedule/ScheduledJobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

namespace callrail {

namespace {

// A scheduler tool that has not answered in this time is stuck (a password prompt no one sees, say).
constexpr int kToolTimeoutMs = 60'000;
// What a tool said is quoted in the message up to this length: enough for its error line.
constexpr qsizetype kQuotedOutput = 400;

} // namespace

ScheduledJobs::ScheduledJobs(const QString &jobFolder, QObject *parent)
    : QObject(parent)
    , m_jobFolder(jobFolder)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    qRegisterMetaType<JobOutcome>();
}

ScheduledJobs::~ScheduledJobs()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

ScheduledJobs::System ScheduledJobs::thisSystem()
{
#if defined(Q_OS_WIN)
    return System::TaskScheduler;
#elif defined(Q_OS_MACOS)
    return System::Launchd;
#else
    return System::SystemdUser;
#endif
}

QString ScheduledJobs::filePath(const QString &name) const
{
    return QDir(m_jobFolder).filePath(name);
}

QList<RefreshSchedule> ScheduledJobs::list() const
{
    QList<RefreshSchedule> schedules;
    const QStringList names = QDir(m_jobFolder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString id = idOfFile(name);
        if (id.isEmpty())
            continue;
        // A file whose content names another folder was not written by install() (or was edited by hand):
        // its id would not find it again for remove(), so it is not listed as this program's.
        if (const auto schedule = read(id); schedule && schedule->id() == id)
            schedules.append(*schedule);
    }
    return schedules;
}

bool ScheduledJobs::isBusy() const
{
    return m_busy;
}

void ScheduledJobs::install(const RefreshSchedule &schedule)
{
    JobOutcome outcome;
    outcome.action = JobOutcome::Action::Install;
    outcome.id = schedule.id();
    outcome.schedule = schedule;
    QString problem = schedule.problem();
    if (problem.isEmpty())
        problem = refusal(schedule);
    if (!problem.isEmpty()) {
        outcome.message = problem;
        emit finished(outcome);
        return;
    }
    QList<Step> steps{{{}, [this, schedule] { return writeFiles(schedule); }}};
    for (const Command &command : activation(schedule))
        steps.append({command, {}});
    start(outcome, steps);
}

void ScheduledJobs::remove(const QString &id)
{
    JobOutcome outcome;
    outcome.action = JobOutcome::Action::Remove;
    outcome.id = id;
    if (const auto schedule = read(id))
        outcome.schedule = *schedule;
    QList<Step> steps;
    for (const Command &command : deactivation(id))
        steps.append({command, {}});
    steps.append({{}, [this, id] { return deleteFiles(id); }});
    for (const Command &command : afterRemoval())
        steps.append({command, {}});
    start(outcome, steps);
}

bool ScheduledJobs::start(JobOutcome outcome, const QList<Step> &steps)
{
    if (m_busy) {
        outcome.message =
            tr("Another change to the scheduled refreshes is still under way; try again when it "
               "has finished.");
        emit finished(outcome);
        return false;
    }
    m_busy = true;
    m_outcome = std::move(outcome);
    m_steps = steps;
    m_problems.clear();
    m_unfinished.clear();
    runNext();
    return true;
}

void ScheduledJobs::runNext()
{
    while (!m_steps.isEmpty() && m_steps.first().action) {
        const Step step = m_steps.takeFirst();
        if (const QString error = step.action(); !error.isEmpty()) {
            m_problems.append(error);
            finish(false);
            return;
        }
        m_outcome.filesChanged = true;
    }
    if (m_steps.isEmpty()) {
        finish(m_problems.isEmpty());
        return;
    }
    const Command command = m_steps.first().command;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A child of the process: it goes with it.
    auto *timeout = new QTimer(m_process);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, m_process, [this] {
        m_process->setProperty("timedOut", true);
        m_process->kill();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            commandEnded(false, tr("it could not be started (%1)").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_process->property("timedOut").toBool()) {
            commandEnded(false, tr("it did not answer within a minute"));
            return;
        }
        QString said = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        if (said.size() > kQuotedOutput)
            said = said.left(kQuotedOutput) + QStringLiteral("…");
        if (said.isEmpty())
            said =
                status == QProcess::NormalExit ? tr("it ended with status %1").arg(code) : tr("it crashed");
        commandEnded(status == QProcess::NormalExit && code == 0, said);
    });
    timeout->start(kToolTimeoutMs);
    m_process->start(m_toolPaths.value(command.tool, command.tool), command.arguments);
}

void ScheduledJobs::commandEnded(bool ok, const QString &said)
{
    m_process->deleteLater();
    m_process = nullptr;
    const Step step = m_steps.takeFirst();
    if (!ok && step.command.onFailure != Command::OnFailure::Ignore) {
        QString reason = said;
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        m_problems.append(tr("“%1” failed: %2.").arg(commandText(step.command), reason));
        if (step.command.onFailure == Command::OnFailure::Stop) {
            m_unfinished = {step.command};
            for (const Step &rest : std::as_const(m_steps)) {
                if (!rest.action)
                    m_unfinished.append(rest.command);
            }
            m_steps.clear();
            finish(false);
            return;
        }
    }
    runNext();
}

void ScheduledJobs::finish(bool succeeded)
{
    JobOutcome outcome = std::move(m_outcome);
    outcome.succeeded = succeeded;
    const QString folder = QDir::toNativeSeparators(outcome.schedule.exportFolder);
    const QString problems = m_problems.join(QLatin1Char(' '));
    const bool install = outcome.action == JobOutcome::Action::Install;
    if (install && succeeded) {
        outcome.message = tr("%1, the export in %2 is refreshed (%3).")
                              .arg(outcome.schedule.whenText(), folder, systemName());
    } else if (install && outcome.filesChanged) {
        outcome.message =
            tr("The job files are written in %1, but the job is not turned on: %2 To turn it on "
               "by hand, run: %3")
                .arg(QDir::toNativeSeparators(m_jobFolder), problems, byHand(m_unfinished));
    } else if (install) {
        outcome.message = tr("Nothing was scheduled: %1").arg(problems);
    } else if (succeeded) {
        outcome.message =
            tr("The scheduled refresh of %1 is removed.").arg(folder.isEmpty() ? outcome.id : folder);
    } else if (outcome.filesChanged) {
        outcome.message = tr("The job files of %1 are deleted, but: %2")
                              .arg(folder.isEmpty() ? outcome.id : folder, problems);
    } else {
        outcome.message = tr("The scheduled refresh was not removed: %1").arg(problems);
    }
    m_steps.clear();
    m_busy = false;
    emit finished(outcome);
}

QString ScheduledJobs::writeFiles(const RefreshSchedule &schedule) const
{
    for (const JobFile &file : filesOf(schedule)) {
        const QString path = filePath(file.name);
        QSaveFile out(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly) ||
            out.write(file.content) != file.content.size() || !out.commit())
            return tr("%1 could not be written (%2).").arg(QDir::toNativeSeparators(path), out.errorString());
    }
    return {};
}

QString ScheduledJobs::deleteFiles(const QString &id) const
{
    for (const QString &name : fileNamesOf(id)) {
        QFile file(filePath(name));
        // exists() follows links: a dangling link (enable's, to a file already gone) is still removed.
        if (QFileInfo(file.fileName()).isSymLink() || file.exists()) {
            if (!file.remove())
                return tr("%1 could not be deleted (%2).")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
    }
    return {};
}

QString ScheduledJobs::commandText(const Command &command)
{
    QStringList words{command.tool};
    for (const QString &argument : command.arguments)
        words.append(argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"')
                                                         : argument);
    return words.join(QLatin1Char(' '));
}

QString ScheduledJobs::byHand(const QList<Command> &commands)
{
    QStringList lines;
    for (const Command &command : commands)
        lines.append(commandText(command));
    return lines.join(QStringLiteral(" && "));
}

} // namespace callrail
