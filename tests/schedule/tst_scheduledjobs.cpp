// Installing, listing and removing scheduled refreshes in throwaway folders: for real with systemctl where no
// systemd user manager can be reached (the files stay, and the message says how to finish by hand), and
// against a stand-in for systemctl, schtasks and launchctl that records what it was asked.

#include "TestEnvironment.h"

#include "schedule/LaunchdPlist.h"
#include "schedule/ScheduledJobs.h"
#include "schedule/SystemdUnits.h"
#include "schedule/TaskSchedulerXml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace callrail;
using System = ScheduledJobs::System;

namespace {

constexpr int kWaitMs = 30'000;

RefreshSchedule unixSchedule(const QString &folder = QStringLiteral("/home/ana/My Exports/100% Españá"))
{
    RefreshSchedule s;
    s.exportFolder = folder;
    s.program = QStringLiteral("/usr/bin/callrail-export");
    s.frequency = RefreshSchedule::Frequency::Weekly;
    s.weekday = Qt::Wednesday;
    s.time = QTime(7, 30);
    return s;
}

/// A link as `systemctl enable` makes it (on Windows the stand-in's QFile::link makes a shortcut file).
bool present(const QString &path)
{
    return QFileInfo(path).isSymLink() || QFileInfo::exists(path);
}

RefreshSchedule windowsSchedule()
{
    RefreshSchedule s;
    s.exportFolder = QStringLiteral("C:\\Users\\Ana\\My Exports\\100% Españá");
    s.program = QStringLiteral("C:\\Program Files\\CallRail Extractor\\callrail-export.exe");
    return s;
}

} // namespace

class TestScheduledJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void systemdFolderFollowsXdgConfigHome();
    void systemdWithoutUserManagerKeepsTheFilesAndSaysWhatToRun();
    void systemdInstallsListsAndRemoves();
    void schedulingAFolderAgainReplacesItsJob();
    void listLeavesOutFilesItDidNotWrite();
    void failingToolIsQuotedWithWhatIsLeftToRun();
    void taskSchedulerInstallsListsAndRemoves();
    void taskSchedulerRefusesAFolderItWouldExpand();
    void launchdInstallsListsAndRemoves();
    void oneChangeAtATime();
    void unwritableFolderWritesNothingAndRunsNothing();
    void invalidScheduleIsRefusedInWords();

private:
    /// An installer of `system` writing into the throwaway folder, its tools replaced by the stand-in.
    std::unique_ptr<ScheduledJobs> jobs(System system, const QProcessEnvironment &extra = {});
    static JobOutcome waitFor(ScheduledJobs &jobs, const std::function<void()> &change);
    /// The stand-in's calls so far, one list of arguments each.
    QList<QStringList> calls() const;
    QString jobFolder() const { return m_dir->filePath(QStringLiteral("jobs")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScheduledJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ScheduledJobs> TestScheduledJobs::jobs(System system, const QProcessEnvironment &extra)
{
    auto jobs = ScheduledJobs::create(system);
    jobs->setJobFolder(jobFolder());
    for (const char *tool : {"systemctl", "schtasks", "launchctl"})
        jobs->setToolPath(QString::fromLatin1(tool), QStringLiteral(STANDIN_PATH));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STANDIN_LOG"), m_dir->filePath(QStringLiteral("calls.log")));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    jobs->setProcessEnvironment(env);
    return jobs;
}

JobOutcome TestScheduledJobs::waitFor(ScheduledJobs &jobs, const std::function<void()> &change)
{
    QSignalSpy finished(&jobs, &ScheduledJobs::finished);
    change();
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return {};
    return finished.first().first().value<JobOutcome>();
}

QList<QStringList> TestScheduledJobs::calls() const
{
    QList<QStringList> result;
    const QByteArray log = test::readAll(m_dir->filePath(QStringLiteral("calls.log")));
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            result.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    }
    return result;
}

void TestScheduledJobs::systemdFolderFollowsXdgConfigHome()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    const auto jobs = ScheduledJobs::create(System::SystemdUser);
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(jobs->jobFolder(), m_dir->filePath(QStringLiteral("config/systemd/user")));
    QCOMPARE(jobs->system(), System::SystemdUser);
}

void TestScheduledJobs::systemdWithoutUserManagerKeepsTheFilesAndSaysWhatToRun()
{
#ifndef Q_OS_LINUX
    QSKIP("systemd runs on Linux only");
#else
    // The real systemctl, in a throwaway XDG_CONFIG_HOME, with no way to a user manager: no session bus and
    // an empty runtime folder, as in a container or CI (and whatever this computer runs).
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    const auto jobs = ScheduledJobs::create(System::SystemdUser);
    qputenv("XDG_CONFIG_HOME", saved);
    const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    jobs->setProcessEnvironment(env);

    const RefreshSchedule schedule = unixSchedule();
    const JobOutcome installed = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY(!installed.succeeded);
    QVERIFY(installed.filesChanged);
    QCOMPARE(installed.id, schedule.id());
    const QString folder = m_dir->filePath(QStringLiteral("config/systemd/user"));
    QVERIFY(QFile::exists(folder + QLatin1Char('/') + systemd::serviceFileName(schedule.id())));
    QVERIFY(QFile::exists(folder + QLatin1Char('/') + systemd::timerFileName(schedule.id())));
    // What failed (or that systemctl is not there at all), and the commands that finish the job by hand.
    QVERIFY2(installed.message.contains(QStringLiteral("“systemctl --user daemon-reload” failed: ")),
             qPrintable(installed.message));
    QVERIFY2(installed.message.contains(
                 QStringLiteral("To turn it on by hand, run: systemctl --user daemon-reload && "
                                "systemctl --user enable --now ") +
                 systemd::timerFileName(schedule.id())),
             qPrintable(installed.message));
    QVERIFY(installed.message.contains(folder));
    QCOMPARE(jobs->list(), QList<RefreshSchedule>{schedule});

    const JobOutcome removed = waitFor(*jobs, [&] { jobs->remove(schedule.id()); });
    QVERIFY(removed.filesChanged);
    QVERIFY(!removed.succeeded); // systemctl could not be told
    QVERIFY2(removed.message.contains(QStringLiteral("are deleted, but")) &&
                 removed.message.contains(QStringLiteral("disable --now")),
             qPrintable(removed.message));
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    QVERIFY(jobs->list().isEmpty());
#endif
}

void TestScheduledJobs::systemdInstallsListsAndRemoves()
{
    const RefreshSchedule schedule = unixSchedule();
    const QString timer = systemd::timerFileName(schedule.id());
    const QString wants = jobFolder() + QStringLiteral("/timers.target.wants/") + timer;
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("STANDIN_LINK_WANTS"), wants);
    const auto jobs = this->jobs(System::SystemdUser, extra);

    const JobOutcome installed = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY2(installed.succeeded && installed.filesChanged, qPrintable(installed.message));
    QVERIFY2(installed.message.contains(schedule.whenText()) &&
                 installed.message.contains(schedule.exportFolder),
             qPrintable(installed.message));
    const QStringList user{QStringLiteral("--user")};
    QCOMPARE(calls(), (QList<QStringList>{
                          user + QStringList{QStringLiteral("daemon-reload")},
                          user + QStringList{QStringLiteral("enable"), QStringLiteral("--now"), timer}}));
    QCOMPARE(test::readAll(jobFolder() + QLatin1Char('/') + timer), systemd::timerUnit(schedule).toUtf8());
    QCOMPARE(jobs->list(), QList<RefreshSchedule>{schedule});
    QVERIFY(present(wants));

    const JobOutcome removed = waitFor(*jobs, [&] { jobs->remove(schedule.id()); });
    QVERIFY2(removed.succeeded && removed.filesChanged, qPrintable(removed.message));
    QCOMPARE(removed.schedule, schedule);
    QVERIFY2(removed.message.contains(schedule.exportFolder), qPrintable(removed.message));
    QCOMPARE(calls().mid(2), (QList<QStringList>{user + QStringList{QStringLiteral("disable"),
                                                                    QStringLiteral("--now"), timer},
                                                 user + QStringList{QStringLiteral("daemon-reload")}}));
    QVERIFY(!present(wants));
    QVERIFY(QDir(jobFolder()).entryList(QDir::Files).isEmpty());
    QVERIFY(jobs->list().isEmpty());
}

void TestScheduledJobs::schedulingAFolderAgainReplacesItsJob()
{
    const auto jobs = this->jobs(System::SystemdUser);
    RefreshSchedule schedule = unixSchedule();
    QVERIFY(waitFor(*jobs, [&] { jobs->install(schedule); }).succeeded);
    schedule.frequency = RefreshSchedule::Frequency::Daily;
    schedule.weekday = Qt::Monday;
    schedule.time = QTime(22, 0);
    QVERIFY(waitFor(*jobs, [&] { jobs->install(schedule); }).succeeded);
    const RefreshSchedule other = unixSchedule(QStringLiteral("/srv/other"));
    QVERIFY(waitFor(*jobs, [&] { jobs->install(other); }).succeeded);
    const QList<RefreshSchedule> listed = jobs->list();
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.contains(schedule) && listed.contains(other));
}

void TestScheduledJobs::listLeavesOutFilesItDidNotWrite()
{
    const auto jobs = this->jobs(System::SystemdUser);
    const RefreshSchedule schedule = unixSchedule();
    QVERIFY(waitFor(*jobs, [&] { jobs->install(schedule); }).succeeded);
    // Someone else's timer, a damaged one of ours, and ours copied under another folder's name.
    const QString copyId = RefreshSchedule::idFor(QStringLiteral("/elsewhere"));
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("backup.timer"), QByteArray("[Timer]\nOnCalendar=daily\n")},
        {RefreshSchedule::idFor(QStringLiteral("/damaged")) + QStringLiteral(".timer"), QByteArray("x")},
        {systemd::timerFileName(copyId), systemd::timerUnit(schedule).toUtf8()},
        {systemd::serviceFileName(copyId), systemd::serviceUnit(schedule).toUtf8()}};
    for (const auto &[name, content] : files) {
        QFile file(jobFolder() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QCOMPARE(jobs->list(), QList<RefreshSchedule>{schedule});
}

void TestScheduledJobs::failingToolIsQuotedWithWhatIsLeftToRun()
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("STANDIN_FAIL_ON"), QStringLiteral("enable"));
    extra.insert(QStringLiteral("STANDIN_SAY"), QStringLiteral("Failed to enable unit: Access denied."));
    extra.insert(QStringLiteral("STANDIN_STATUS"), QStringLiteral("1"));
    const auto jobs = this->jobs(System::SystemdUser, extra);
    const RefreshSchedule schedule = unixSchedule();
    const JobOutcome outcome = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY(!outcome.succeeded);
    QVERIFY(outcome.filesChanged);
    QVERIFY2(outcome.message.contains(QStringLiteral("failed: Failed to enable unit: Access denied.")),
             qPrintable(outcome.message));
    // daemon-reload went through: only what is left is to be run by hand.
    QVERIFY2(outcome.message.endsWith(QStringLiteral("run: systemctl --user enable --now ") +
                                      systemd::timerFileName(schedule.id())),
             qPrintable(outcome.message));
}

void TestScheduledJobs::taskSchedulerInstallsListsAndRemoves()
{
    const auto jobs = this->jobs(System::TaskScheduler);
    const RefreshSchedule schedule = windowsSchedule();
    const JobOutcome installed = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY2(installed.succeeded, qPrintable(installed.message));
    const QString file = jobFolder() + QLatin1Char('/') + schedule.id() + QStringLiteral(".xml");
    const QString name = QStringLiteral("CallRail Extractor\\") + schedule.id();
    QCOMPARE(calls(), (QList<QStringList>{{QStringLiteral("/Create"), QStringLiteral("/TN"), name,
                                           QStringLiteral("/XML"), QDir::toNativeSeparators(file),
                                           QStringLiteral("/F")}}));
    const QByteArray bytes = test::readAll(file);
    QVERIFY(bytes.startsWith("\xFF\xFE"));
    QVERIFY(taskscheduler::parseTask(bytes) == schedule);
    QCOMPARE(jobs->list(), QList<RefreshSchedule>{schedule});

    const JobOutcome removed = waitFor(*jobs, [&] { jobs->remove(schedule.id()); });
    QVERIFY2(removed.succeeded, qPrintable(removed.message));
    QCOMPARE(calls().last(),
             (QStringList{QStringLiteral("/Delete"), QStringLiteral("/TN"), name, QStringLiteral("/F")}));
    QVERIFY(!QFile::exists(file));
    QVERIFY(jobs->list().isEmpty());
}

void TestScheduledJobs::taskSchedulerRefusesAFolderItWouldExpand()
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("CALLRAIL_TEST_VARIABLE"), QStringLiteral("surprise"));
    const auto jobs = this->jobs(System::TaskScheduler, extra);
    RefreshSchedule schedule = windowsSchedule();
    schedule.exportFolder = QStringLiteral("C:\\Exports\\%CALLRAIL_TEST_VARIABLE%");
    const JobOutcome outcome = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY(!outcome.succeeded && !outcome.filesChanged);
    QVERIFY2(outcome.message.contains(QStringLiteral("%CALLRAIL_TEST_VARIABLE%")),
             qPrintable(outcome.message));
    QVERIFY(calls().isEmpty());
    QVERIFY(jobs->list().isEmpty());
}

void TestScheduledJobs::launchdInstallsListsAndRemoves()
{
    // bootout fails when the agent is not loaded: expected before a first bootstrap, reported at removal.
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("STANDIN_FAIL_ON"), QStringLiteral("bootout"));
    extra.insert(QStringLiteral("STANDIN_SAY"), QStringLiteral("Boot-out failed: 3: No such process"));
    extra.insert(QStringLiteral("STANDIN_STATUS"), QStringLiteral("3"));
    const auto jobs = this->jobs(System::Launchd, extra);
    const RefreshSchedule schedule = unixSchedule();
    const JobOutcome installed = waitFor(*jobs, [&] { jobs->install(schedule); });
    QVERIFY2(installed.succeeded, qPrintable(installed.message));
#ifdef Q_OS_UNIX
    const QString domain = QStringLiteral("gui/") + QString::number(::getuid());
#else
    const QString domain = QStringLiteral("gui/0");
#endif
    const QString label = launchd::label(schedule.id());
    const QString plist = jobFolder() + QLatin1Char('/') + label + QStringLiteral(".plist");
    QCOMPARE(calls(), (QList<QStringList>{{QStringLiteral("bootout"), domain + QLatin1Char('/') + label},
                                          {QStringLiteral("bootstrap"), domain, plist}}));
    QVERIFY(launchd::parsePlist(test::readAll(plist)) == schedule);
    QCOMPARE(jobs->list(), QList<RefreshSchedule>{schedule});

    const JobOutcome removed = waitFor(*jobs, [&] { jobs->remove(schedule.id()); });
    QVERIFY(removed.filesChanged && !removed.succeeded);
    QVERIFY2(removed.message.contains(QStringLiteral("No such process")), qPrintable(removed.message));
    QVERIFY(!QFile::exists(plist));
    QVERIFY(jobs->list().isEmpty());
}

void TestScheduledJobs::oneChangeAtATime()
{
    const auto jobs = this->jobs(System::SystemdUser);
    QSignalSpy finished(jobs.get(), &ScheduledJobs::finished);
    jobs->install(unixSchedule());
    QVERIFY(jobs->isBusy());
    jobs->remove(unixSchedule().id());
    QCOMPARE(finished.size(), 1); // refused at once
    QVERIFY(finished.first().first().value<JobOutcome>().message.contains(QStringLiteral("still under way")));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.last().first().value<JobOutcome>().succeeded);
    QVERIFY(!jobs->isBusy());
    QCOMPARE(jobs->list().size(), 1);
}

void TestScheduledJobs::unwritableFolderWritesNothingAndRunsNothing()
{
    const auto jobs = this->jobs(System::SystemdUser);
    QFile blocker(jobFolder());
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    const JobOutcome outcome = waitFor(*jobs, [&] { jobs->install(unixSchedule()); });
    QVERIFY(!outcome.succeeded && !outcome.filesChanged);
    QVERIFY2(outcome.message.contains(QStringLiteral("could not be written")), qPrintable(outcome.message));
    QVERIFY(calls().isEmpty());
}

void TestScheduledJobs::invalidScheduleIsRefusedInWords()
{
    const auto jobs = this->jobs(System::SystemdUser);
    const JobOutcome outcome =
        waitFor(*jobs, [&] { jobs->install(unixSchedule(QStringLiteral("relative"))); });
    QVERIFY(!outcome.succeeded && !outcome.filesChanged);
    QVERIFY(outcome.message.contains(QStringLiteral("full path")));
    // A program path systemd would refuse to start is refused here, before a file is written.
    RefreshSchedule quoted = unixSchedule();
    quoted.program = QStringLiteral("/opt/say \"hi\"/callrail-export");
    const JobOutcome refused = waitFor(*jobs, [&] { jobs->install(quoted); });
    QVERIFY(!refused.succeeded && !refused.filesChanged);
    QVERIFY2(refused.message.contains(QStringLiteral("quote or a backslash")), qPrintable(refused.message));
    QVERIFY(!QFileInfo::exists(jobFolder()));
    QVERIFY(calls().isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduledJobs)
#include "tst_scheduledjobs.moc"
