#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace callrail {

class KeyPage;
class MainController;
class ScheduledRefreshes;
class PreviewPanel;
class RunPanel;
class SecretStore;
class SelectionPanel;

/// The desktop window: a key page when there is no key, else the work page (what to extract on the left; the
/// run and the preview on the right; Start, Cancel, Resume and Save below). All logic is in MainController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `store` (not owned) keeps the API key; `settings` (not owned) replaces the application's QSettings.
    /// The stored key is read at once unless `loadKey` is false (demo start).
    explicit MainWindow(SecretStore *store, QSettings *settings = nullptr, bool loadKey = true,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    MainController *controller() const { return m_controller; }
    PreviewPanel *previewPanel() const { return m_preview; }
    /// Shows the preview tab of an endpoint ("calls"). False when there is none.
    bool showPreview(const QString &name);
    /// Installs the real dialogs as the controller's questions (tests replace them afterwards).
    void installDialogHooks();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void updateUi();
    void showAbout();
    void onRunFinished();
    /// Refresh automatically…: the scheduled refreshes of an export (chosen first), and of all.
    void showSchedules();
    /// At start: the scheduled runs that failed while the window was closed, said once.
    void tellOfFailedScheduledRuns();
    /// Shows or collapses the settings panel (what to extract), to give the preview the whole width.
    void setSettingsShown(bool shown);

    MainController *m_controller = nullptr;
    QLabel *m_demoBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    KeyPage *m_keyPage = nullptr;
    QWidget *m_workPage = nullptr;
    SelectionPanel *m_selection = nullptr;
    RunPanel *m_run = nullptr;
    PreviewPanel *m_preview = nullptr;
    QTabWidget *m_rightTabs = nullptr;
    QSplitter *m_split = nullptr;
    QWidget *m_settingsPane = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QAction *m_settingsAction = nullptr;
    int m_settingsWidth = 460; ///< the panel's width before it was collapsed
    QLabel *m_keyInfo = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QComboBox *m_saveFormat = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_changeKeyButton = nullptr;
    QPushButton *m_forgetKeyButton = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    ScheduledRefreshes *m_scheduled = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_changeKeyAction = nullptr;
    QAction *m_forgetKeyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    bool m_keyPageRequested = false;
};

} // namespace callrail
