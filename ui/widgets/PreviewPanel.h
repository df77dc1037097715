#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace callrail {

class MainController;
class PreviewTab;

/// A tab per staged endpoint file of the last run, to look at the rows before saving.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(MainController *controller, QWidget *parent = nullptr);

    /// Rebuilds the tabs from the last run's staged files.
    void reload();
    void clear();
    QTabWidget *tabs() const { return m_tabs; }
    /// The tab of an endpoint ("calls"; "calls_ACC…" per account), or null.
    PreviewTab *tab(const QString &name) const;

private:
    MainController *m_controller;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace callrail
