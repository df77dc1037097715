// "Refresh automatically…" as a user meets it: choosing daily or weekly and a time schedules the export's
// refresh, every export's refreshes are listed and can be removed, and what each change came to (or what to
// run by hand) is said. The scheduler's tool is a stand-in; the job files go to a throwaway folder.

#include "widgets/ScheduleDialog.h"

#include "schedule/SystemdUnits.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace callrail;

namespace {

constexpr int kWaitMs = 30'000;
const QString kProgram = QStringLiteral("/opt/callrail/callrail-export");

template <typename T>
T *find(QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qWarning("no child %s", name);
    return child;
}

} // namespace

class TestScheduleDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schedulingWeeklyInstallsTheJobAndSaysSo();
    void jobsOfEveryExportAreListedAndTheOwnOneIsShown();
    void removeDeletesTheSelectedJob();
    void aSchedulerThatRefusesIsSaidWithWhatToRunByHand();
    void withoutAnExportOnlyTheListIsOffered();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    /// The installer, its tool the stand-in; `failOn` makes the stand-in fail when given that argument.
    void makeJobs(const QString &failOn = QString());
    std::unique_ptr<ScheduleDialog> openDialog(const QString &folder);
    QString exportFolder(const QString &name) const { return m_dir->filePath(name); }
    bool installDirectly(const RefreshSchedule &schedule);
    static RefreshSchedule daily(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScheduledJobs> m_jobs;
};

void TestScheduleDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeJobs();
}

void TestScheduleDialog::cleanup()
{
    m_jobs.reset();
    m_dir.reset();
}

void TestScheduleDialog::makeJobs(const QString &failOn)
{
    m_jobs = ScheduledJobs::create(ScheduledJobs::System::SystemdUser);
    m_jobs->setJobFolder(m_dir->filePath(QStringLiteral("systemd/user")));
    m_jobs->setToolPath(QStringLiteral("systemctl"), QStringLiteral(STANDIN_PATH));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STANDIN_LOG"), m_dir->filePath(QStringLiteral("calls.log")));
    if (!failOn.isEmpty()) {
        env.insert(QStringLiteral("STANDIN_FAIL_ON"), failOn);
        env.insert(QStringLiteral("STANDIN_SAY"),
                   QStringLiteral("Failed to connect to bus: No medium found"));
        env.insert(QStringLiteral("STANDIN_STATUS"), QStringLiteral("1"));
    }
    m_jobs->setProcessEnvironment(env);
}

std::unique_ptr<ScheduleDialog> TestScheduleDialog::openDialog(const QString &folder)
{
    auto dialog = std::make_unique<ScheduleDialog>(m_jobs.get(), folder, kProgram);
    dialog->show();
    dialog->activateWindow();
    // Active, not only shown: the keys typed below go to the widget with the focus.
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    return dialog;
}

RefreshSchedule TestScheduleDialog::daily(const QString &folder)
{
    RefreshSchedule schedule;
    schedule.exportFolder = folder;
    schedule.program = kProgram;
    schedule.time = QTime(5, 15);
    return schedule;
}

bool TestScheduleDialog::installDirectly(const RefreshSchedule &schedule)
{
    QSignalSpy finished(m_jobs.get(), &ScheduledJobs::finished);
    m_jobs->install(schedule);
    return (!finished.isEmpty() || finished.wait(kWaitMs)) &&
           finished.first().first().value<JobOutcome>().succeeded;
}

void TestScheduleDialog::schedulingWeeklyInstallsTheJobAndSaysSo()
{
    const QString folder = exportFolder(QStringLiteral("Weekly Españá 100%"));
    auto dialog = openDialog(folder);
    QVERIFY(dialog);
    auto *frequency = find<QComboBox>(dialog.get(), "scheduleFrequencyCombo");
    auto *weekday = find<QComboBox>(dialog.get(), "scheduleWeekdayCombo");
    auto *time = find<QTimeEdit>(dialog.get(), "scheduleTimeEdit");
    QVERIFY(!weekday->isEnabled()); // daily by default: no day to choose

    frequency->setFocus();
    QTest::keyClick(frequency, Qt::Key_Down);
    QCOMPARE(frequency->currentText(), QStringLiteral("Every week"));
    QVERIFY(weekday->isEnabled());
    weekday->setCurrentIndex(weekday->findData(int(Qt::Friday)));
    time->setFocus();
    // Up steps the section at the cursor by one, Page Up by ten: 06:00 → 18:00 → 18:30.
    QTest::keyClick(time, Qt::Key_Home);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(time, Qt::Key_Up);
    QTest::keyClick(time, Qt::Key_End);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(time, Qt::Key_PageUp);
    QCOMPARE(time->time(), QTime(18, 30));

    QSignalSpy changed(dialog.get(), &ScheduleDialog::jobChanged);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "scheduleButton"), Qt::LeftButton);
    QVERIFY(changed.wait(kWaitMs));
    QVERIFY(changed.first().first().value<JobOutcome>().succeeded);
    auto *result = find<QLabel>(dialog.get(), "scheduleResultLabel");
    QVERIFY2(result->text().contains(QStringLiteral("Every Friday at")) &&
                 result->text().contains(QDir::toNativeSeparators(folder)),
             qPrintable(result->text()));

    RefreshSchedule expected;
    expected.exportFolder = folder;
    expected.program = kProgram;
    expected.frequency = RefreshSchedule::Frequency::Weekly;
    expected.weekday = Qt::Friday;
    expected.time = QTime(18, 30);
    QCOMPARE(m_jobs->list(), QList<RefreshSchedule>{expected});
    auto *list = find<QTreeWidget>(dialog.get(), "scheduledJobsList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QDir::toNativeSeparators(folder));
    QCOMPARE(list->topLevelItem(0)->text(1), expected.whenText());
}

void TestScheduleDialog::jobsOfEveryExportAreListedAndTheOwnOneIsShown()
{
    QVERIFY(installDirectly(daily(exportFolder(QStringLiteral("other")))));
    RefreshSchedule own = daily(exportFolder(QStringLiteral("own")));
    own.frequency = RefreshSchedule::Frequency::Weekly;
    own.weekday = Qt::Tuesday;
    own.time = QTime(21, 45);
    QVERIFY(installDirectly(own));

    auto dialog = openDialog(own.exportFolder);
    QVERIFY(dialog);
    QCOMPARE(find<QTreeWidget>(dialog.get(), "scheduledJobsList")->topLevelItemCount(), 2);
    // The controls show the export's own schedule, so that changing it starts from what it is.
    QVERIFY(dialog->chosenSchedule() == own);
    QVERIFY(find<QPushButton>(dialog.get(), "removeScheduleButton")->isEnabled());
}

void TestScheduleDialog::removeDeletesTheSelectedJob()
{
    const RefreshSchedule other = daily(exportFolder(QStringLiteral("other")));
    QVERIFY(installDirectly(other));
    auto dialog = openDialog(exportFolder(QStringLiteral("own")));
    QVERIFY(dialog);
    auto *list = find<QTreeWidget>(dialog.get(), "scheduledJobsList");
    auto *remove = find<QPushButton>(dialog.get(), "removeScheduleButton");
    QVERIFY(!remove->isEnabled()); // nothing selected
    QCOMPARE(list->topLevelItemCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(0)).center());
    QVERIFY(list->topLevelItem(0)->isSelected());
    QVERIFY(remove->isEnabled());

    QSignalSpy changed(dialog.get(), &ScheduleDialog::jobChanged);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!remove->isEnabled()); // while the scheduler is asked
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(m_jobs->list().isEmpty());
    QVERIFY(!QFile::exists(m_jobs->jobFolder() + QLatin1Char('/') + systemd::timerFileName(other.id())));
    const QString said = find<QLabel>(dialog.get(), "scheduleResultLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("is removed")), qPrintable(said));
}

void TestScheduleDialog::aSchedulerThatRefusesIsSaidWithWhatToRunByHand()
{
    makeJobs(QStringLiteral("daemon-reload"));
    const QString folder = exportFolder(QStringLiteral("own"));
    auto dialog = openDialog(folder);
    QVERIFY(dialog);
    QSignalSpy changed(dialog.get(), &ScheduleDialog::jobChanged);
    QTest::mouseClick(find<QPushButton>(dialog.get(), "scheduleButton"), Qt::LeftButton);
    QVERIFY(changed.wait(kWaitMs));
    const QString said = find<QLabel>(dialog.get(), "scheduleResultLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("No medium found")) &&
                 said.contains(QStringLiteral("systemctl --user enable --now ")),
             qPrintable(said));
    // The files are written, so the job is listed: it can be removed from here.
    QCOMPARE(find<QTreeWidget>(dialog.get(), "scheduledJobsList")->topLevelItemCount(), 1);
}

void TestScheduleDialog::withoutAnExportOnlyTheListIsOffered()
{
    QVERIFY(installDirectly(daily(exportFolder(QStringLiteral("other")))));
    auto dialog = openDialog(QString());
    QVERIFY(dialog);
    QVERIFY(!find<QPushButton>(dialog.get(), "scheduleButton")->isEnabled());
    QVERIFY(!find<QComboBox>(dialog.get(), "scheduleFrequencyCombo")->isEnabled());
    QVERIFY(find<QLabel>(dialog.get(), "scheduleFolderLabel")->text().contains(QStringLiteral("No export")));
    QCOMPARE(find<QTreeWidget>(dialog.get(), "scheduledJobsList")->topLevelItemCount(), 1);
}

void TestScheduleDialog::everyInteractiveWidgetHasAnAccessibleName()
{
    auto dialog = openDialog(exportFolder(QStringLiteral("own")));
    QVERIFY(dialog);
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QComboBox *>(widget) || qobject_cast<QTimeEdit *>(widget) ||
                                 qobject_cast<QTreeWidget *>(widget);
        if (!interactive)
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
