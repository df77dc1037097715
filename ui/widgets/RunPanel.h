#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace callrail {

class LogFilterModel;
class MainController;

/// The run: a row per endpoint (state, progress bar, records of expected, errors, details), the overall bar
/// with elapsed and remaining time, the budget, the summary of a finished run, and the log with a level
/// filter.
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(MainController *controller, QWidget *parent = nullptr);

    /// Re-reads the figures from the controller (also done on a timer while running).
    void refresh();

private:
    void showSummary();

    MainController *m_controller;
    QTableView *m_table = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_wait = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_level = nullptr;
    QTableView *m_log = nullptr;
    LogFilterModel *m_logFilter = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace callrail
