#pragma once

#include "schedule/ScheduledJobs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QTreeWidget;
class QVBoxLayout;

namespace callrail {

/// "Refresh automatically…": schedules `callrail-export --refresh` of one export folder daily or weekly at
/// a time of day, with the operating system's own scheduler, and lists the refreshes scheduled for every
/// export, each with Remove. What each change came to (and, when the scheduler would not take it, what to
/// run by hand) is said under the list.
///
/// `jobs` is not owned and must outlive the dialog: a change under way when the dialog closes still ends,
/// and jobChanged() is the caller's way to log it.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    /// `exportFolder` empty: only the list and Remove (there is no export to schedule yet).
    ScheduleDialog(ScheduledJobs *jobs, const QString &exportFolder, const QString &program,
                   QWidget *parent = nullptr);

    /// The schedule the controls describe, for the dialog's export folder.
    RefreshSchedule chosenSchedule() const;

signals:
    void jobChanged(const callrail::JobOutcome &outcome);

private:
    void buildChoice(QVBoxLayout *layout);
    void buildList(QVBoxLayout *layout);
    /// Reads the jobs again; the controls take the dialog's folder's schedule when it has one.
    void refreshList();
    void showSchedule(const RefreshSchedule &schedule);
    void onFinished(const JobOutcome &outcome);
    void updateEnabled();

    ScheduledJobs *m_jobs = nullptr;
    QString m_exportFolder;
    QString m_program;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_time = nullptr;
    QPushButton *m_schedule = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace callrail
