#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace callrail {

class MainController;

/// "What to extract": account, endpoints with limits and fields, dates, output format. Shows problems next to
/// the controls and the request estimate; every change goes straight to the controller.
class SelectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SelectionPanel(MainController *controller, QWidget *parent = nullptr);

    /// Refreshes the problem and estimate labels from the controller.
    void refresh();
    /// Disables editing while a run goes on.
    void setLocked(bool locked);
    QTableView *endpointView() const { return m_endpoints; }

private:
    void fillAccounts();
    void pushDates();
    void pushExport();
    void editFields(const QModelIndex &index);

    MainController *m_controller;
    QComboBox *m_account = nullptr;
    QTableView *m_endpoints = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
    QPushButton *m_fields = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_dateProblem = nullptr;
    QCheckBox *m_excelSafe = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_datedNames = nullptr;
    QSpinBox *m_lookBack = nullptr;
    QLabel *m_excelNote = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_estimate = nullptr;
    bool m_updating = false;
};

} // namespace callrail
