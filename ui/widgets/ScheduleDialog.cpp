#include "ScheduleDialog.h"

#include "widgets/StateText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callrail {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ScheduleDialog::ScheduleDialog(ScheduledJobs *jobs, const QString &exportFolder, const QString &program,
                               QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_exportFolder(exportFolder)
    , m_program(program)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Refresh automatically"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The computer's own scheduler can refresh an export by itself (as a %1), at a "
                      "time you choose, even when this window is closed. A run that fails is written in "
                      "the log, and the window tells you when it next opens.")
                       .arg(m_jobs->systemName()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildChoice(layout);
    buildList(layout);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("scheduleResultLabel"));
    m_result->setWordWrap(true);
    // The message may hold commands to run by hand: they can be selected and copied.
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Result of the last change"));
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_jobs, &ScheduledJobs::finished, this, &ScheduleDialog::onFinished);
    refreshList();
    updateEnabled();
    resize(620, 460);
}

void ScheduleDialog::buildChoice(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    auto *folder = new QLabel(m_exportFolder.isEmpty() ? tr("No export yet: run and save an export first.")
                                                       : QDir::toNativeSeparators(m_exportFolder),
                              this);
    folder->setObjectName(QStringLiteral("scheduleFolderLabel"));
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Export:"), folder);

    auto *when = new QHBoxLayout;
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("scheduleFrequencyCombo"));
    m_frequency->setAccessibleName(tr("How often"));
    m_frequency->addItem(tr("Every day"), int(RefreshSchedule::Frequency::Daily));
    m_frequency->addItem(tr("Every week"), int(RefreshSchedule::Frequency::Weekly));
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekdayCombo"));
    m_weekday->setAccessibleName(tr("Day of the week"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_time = new QTimeEdit(RefreshSchedule().time, this);
    m_time->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    when->addWidget(m_frequency);
    when->addWidget(m_weekday);
    when->addWidget(m_time);
    when->addStretch();
    form->addRow(tr("When:"), when);
    layout->addLayout(form);

    m_schedule = new QPushButton(tr("&Schedule"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_schedule->setAccessibleName(tr("Schedule the refresh"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_schedule);
    layout->addLayout(row);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateEnabled);
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        setStateText(m_result, tr("Scheduling…"));
        m_jobs->install(chosenSchedule());
        updateEnabled();
    });
}

void ScheduleDialog::buildList(QVBoxLayout *layout)
{
    auto *title = new QLabel(tr("Scheduled refreshes of every export:"), this);
    layout->addWidget(title);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("scheduledJobsList"));
    m_list->setAccessibleName(tr("Scheduled refreshes"));
    m_list->setHeaderLabels({tr("Export folder"), tr("When")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    title->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeScheduleButton"));
    m_remove->setAccessibleName(tr("Remove the selected scheduled refresh"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ScheduleDialog::updateEnabled);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        setStateText(m_result, tr("Removing…"));
        m_jobs->remove(item->data(0, kIdRole).toString());
        updateEnabled();
    });
}

RefreshSchedule ScheduleDialog::chosenSchedule() const
{
    RefreshSchedule schedule;
    schedule.exportFolder = m_exportFolder;
    schedule.program = m_program;
    schedule.frequency = RefreshSchedule::Frequency(m_frequency->currentData().toInt());
    schedule.weekday = Qt::DayOfWeek(m_weekday->currentData().toInt());
    schedule.time = QTime(m_time->time().hour(), m_time->time().minute());
    return schedule;
}

void ScheduleDialog::refreshList()
{
    m_list->clear();
    const QString ownId = m_exportFolder.isEmpty() ? QString() : RefreshSchedule::idFor(m_exportFolder);
    for (const RefreshSchedule &schedule : m_jobs->list()) {
        auto *item = new QTreeWidgetItem(
            m_list, {QDir::toNativeSeparators(schedule.exportFolder), schedule.whenText()});
        item->setData(0, kIdRole, schedule.id());
        item->setToolTip(0, item->text(0));
        if (schedule.id() == ownId) {
            showSchedule(schedule);
            m_list->setCurrentItem(item);
        }
    }
    updateEnabled();
}

void ScheduleDialog::showSchedule(const RefreshSchedule &schedule)
{
    m_frequency->setCurrentIndex(m_frequency->findData(int(schedule.frequency)));
    m_weekday->setCurrentIndex(m_weekday->findData(int(schedule.weekday)));
    m_time->setTime(schedule.time);
}

void ScheduleDialog::onFinished(const JobOutcome &outcome)
{
    setStateText(m_result, outcome.message);
    refreshList();
    emit jobChanged(outcome);
}

void ScheduleDialog::updateEnabled()
{
    const bool idle = !m_jobs->isBusy();
    const bool weekly = m_frequency->currentData().toInt() == int(RefreshSchedule::Frequency::Weekly);
    const bool hasFolder = !m_exportFolder.isEmpty();
    m_frequency->setEnabled(hasFolder);
    m_weekday->setEnabled(hasFolder && weekly);
    m_time->setEnabled(hasFolder);
    m_schedule->setEnabled(hasFolder && idle);
    m_remove->setEnabled(idle && m_list->currentItem() && m_list->currentItem()->isSelected());
}

} // namespace callrail
