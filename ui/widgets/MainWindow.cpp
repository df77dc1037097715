#include "MainWindow.h"

#include "AppIcons.h"
#include "Version.h"
#include "controller/MainController.h"
#include "controller/ScheduledRefreshes.h"
#include "engine/ExportManifest.h"
#include "widgets/KeyPage.h"
#include "widgets/PreviewPanel.h"
#include "widgets/PreviewTab.h"
#include "widgets/RunPanel.h"
#include "widgets/ScheduleDialog.h"
#include "widgets/SelectionPanel.h"
#include "widgets/StateText.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace callrail {

MainWindow::MainWindow(SecretStore *store, QSettings *settings, bool loadKey, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new MainController(store, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CallRail Extractor") + QStringLiteral("[*]"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_demoBanner =
        new QLabel(tr("Demo data: you are looking at an imitation CallRail account. Nothing is sent to "
                      "CallRail. Enter your API key (Key → Change key…) to extract your own data."),
                   central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    // The one hard-coded colour: dark text on amber reads well on light and dark palettes alike.
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background-color: #f2c94c; color: #1f1f1f; "
                                               "padding: 6px; border-radius: 3px; font-weight: bold; }"));
    m_demoBanner->setVisible(false);
    layout->addWidget(m_demoBanner);

    m_stack = new QStackedWidget(central);
    m_keyPage = new KeyPage(m_controller, m_stack);
    m_stack->addWidget(m_keyPage);

    m_workPage = new QWidget(m_stack);
    m_workPage->setObjectName(QStringLiteral("workPage"));
    auto *workLayout = new QVBoxLayout(m_workPage);
    workLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, m_workPage);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_selection = new SelectionPanel(m_controller, split);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(m_selection);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(420);
    m_rightTabs = new QTabWidget(split);
    m_rightTabs->setObjectName(QStringLiteral("mainTabs"));
    m_rightTabs->setAccessibleName(tr("Progress and preview"));
    m_run = new RunPanel(m_controller, m_rightTabs);
    m_preview = new PreviewPanel(m_controller, m_rightTabs);
    m_rightTabs->addTab(m_run, tr("&Progress"));
    m_rightTabs->addTab(m_preview, tr("Pre&view"));
    split->addWidget(scroll);
    split->addWidget(m_rightTabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setCollapsible(0, true);
    split->setCollapsible(1, false);
    split->setSizes({460, 820});
    m_split = split;
    m_settingsPane = scroll;
    workLayout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_settingsButton = new QPushButton(m_workPage);
    m_settingsButton->setObjectName(QStringLiteral("settingsToggleButton"));
    m_settingsButton->setCheckable(true);
    m_settingsButton->setChecked(true);
    buttons->addWidget(m_settingsButton);
    m_keyInfo = new QLabel(m_workPage);
    m_keyInfo->setObjectName(QStringLiteral("keyInfoLabel"));
    m_keyInfo->setAccessibleName(tr("Where the key is kept"));
    m_changeKeyButton = new QPushButton(tr("Change &key…"), m_workPage);
    m_changeKeyButton->setObjectName(QStringLiteral("changeKeyButton"));
    m_forgetKeyButton = new QPushButton(tr("&Forget key"), m_workPage);
    m_forgetKeyButton->setObjectName(QStringLiteral("forgetKeyButton"));
    m_startButton = new QPushButton(actionIcon(QStringLiteral("start")), tr("&Start"), m_workPage);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setToolTip(tr("Start the extraction (Ctrl+R)"));
    m_cancelButton = new QPushButton(actionIcon(QStringLiteral("cancel")), tr("&Cancel"), m_workPage);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop now and keep what was fetched (Esc)"));
    m_resumeButton = new QPushButton(tr("&Resume"), m_workPage);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setToolTip(tr("Continue the interrupted run where it stopped"));
    m_saveButton = new QPushButton(actionIcon(QStringLiteral("save")), tr("Sa&ve…"), m_workPage);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_refreshButton = new QPushButton(tr("Re&fresh an export…"), m_workPage);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Bring a folder saved earlier up to date with a few requests: new records "
                                   "added, edited ones updated, deleted ones marked"));
    m_saveFormat = new QComboBox(m_workPage);
    m_saveFormat->setObjectName(QStringLiteral("saveFormatCombo"));
    m_saveFormat->setAccessibleName(tr("Save as"));
    m_saveFormat->setToolTip(tr("What Save writes: files for a spreadsheet, a workbook, or a database"));
    for (const SaveFormat format : SaveFormats::all())
        m_saveFormat->addItem(SaveFormats::title(format), int(format));
    m_saveFormat->setCurrentIndex(m_saveFormat->findData(int(m_controller->saveFormat())));
    auto *saveAsLabel = new QLabel(tr("Save &as:"), m_workPage);
    saveAsLabel->setBuddy(m_saveFormat);
    buttons->addWidget(m_keyInfo);
    buttons->addWidget(m_changeKeyButton);
    buttons->addWidget(m_forgetKeyButton);
    buttons->addStretch();
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(saveAsLabel);
    buttons->addWidget(m_saveFormat);
    buttons->addWidget(m_saveButton);
    workLayout->addLayout(buttons);
    m_stack->addWidget(m_workPage);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildActions();
    buildMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));
    // QStatusBar paints its message itself, which assistive tools cannot read: the message is also the status
    // bar's accessible description, whose change they are told about.
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &text) { statusBar()->setAccessibleDescription(text); });

    connect(m_settingsButton, &QPushButton::toggled, m_settingsAction, &QAction::setChecked);
    // Dragging the splitter to the edge collapses the panel too: the button and the menu follow.
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        const bool shown = m_split->sizes().value(0) > 0;
        if (shown)
            m_settingsWidth = m_split->sizes().value(0);
        m_settingsAction->setChecked(shown);
    });
    setSettingsShown(true);
    connect(m_startButton, &QPushButton::clicked, m_startAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_resumeButton, &QPushButton::clicked, m_resumeAction, &QAction::trigger);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_refreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_saveFormat, &QComboBox::activated, this,
            [this] { m_controller->setSaveFormat(SaveFormat(m_saveFormat->currentData().toInt())); });
    connect(m_controller, &MainController::savingChanged, this, &MainWindow::updateUi);
    connect(m_controller, &MainController::saveProgress, this,
            [this](const QString &what, int done, int total) {
                if (!what.isEmpty())
                    statusBar()->showMessage(tr("Saving %1 (%2 of %3)…").arg(what).arg(done + 1).arg(total));
            });
    connect(m_controller->refreshes(), &RefreshController::refreshFinished, this, &MainWindow::updateUi);
    connect(m_changeKeyButton, &QPushButton::clicked, m_changeKeyAction, &QAction::trigger);
    connect(m_forgetKeyButton, &QPushButton::clicked, m_forgetKeyAction, &QAction::trigger);
    connect(m_keyPage, &KeyPage::backRequested, this, [this] {
        m_keyPageRequested = false;
        updateUi();
    });

    KeyController *keys = m_controller->keys();
    connect(keys, &KeyController::stateChanged, this, [this](KeyController::State state) {
        if (state == KeyController::State::Ready) {
            m_keyPageRequested = false;
            if (m_controller->isDemo() && !m_controller->run()->isRunning())
                m_controller->stopDemo();
        }
        updateUi();
    });
    connect(keys, &KeyController::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &MainController::demoChanged, this, [this] {
        m_keyPageRequested = false;
        updateUi();
    });
    connect(m_controller, &MainController::choiceChanged, this, &MainWindow::updateUi);
    connect(m_controller, &MainController::unsavedChanged, this, &MainWindow::updateUi);
    connect(m_controller, &MainController::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_controller, &MainController::status, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    RunController *run = m_controller->run();
    connect(run, &RunController::runningChanged, this, [this](bool running) {
        if (running) {
            m_preview->clear();
            m_rightTabs->setCurrentWidget(m_run);
            statusBar()->showMessage(tr("Extracting…"));
        }
        updateUi();
    });
    connect(run, &RunController::finished, this, &MainWindow::onRunFinished);

    installDialogHooks();
    m_scheduled = new ScheduledRefreshes(this);
    QTimer::singleShot(0, this, &MainWindow::tellOfFailedScheduledRuns);
    resize(1280, 800);
    const QByteArray geometry = m_controller->preferences().get<QByteArray>(Pref::WindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_controller->preferences().get<QByteArray>(Pref::WindowState);
    if (!state.isEmpty())
        restoreState(state);

    if (loadKey)
        keys->load();
    updateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_startAction = new QAction(actionIcon(QStringLiteral("start")), tr("&Start extraction"), this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    connect(m_startAction, &QAction::triggered, this, [this] {
        if (m_controller->start())
            statusBar()->showMessage(tr("Extracting…"));
    });
    m_cancelAction = new QAction(actionIcon(QStringLiteral("cancel")), tr("&Cancel extraction"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(tr("Ctrl+."))});
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_controller->run()->isRunning()) {
            m_controller->cancel();
            statusBar()->showMessage(tr("Cancelling… rows fetched so far are kept."));
        } else if (m_controller->isSaving()) {
            m_controller->cancelSave();
            statusBar()->showMessage(tr("Stopping the save after the file being written…"));
        }
    });
    m_resumeAction = new QAction(tr("&Resume interrupted run"), this);
    m_resumeAction->setObjectName(QStringLiteral("resumeAction"));
    connect(m_resumeAction, &QAction::triggered, this, [this] { m_controller->resume(); });
    m_saveAction = new QAction(actionIcon(QStringLiteral("save")), tr("&Save…"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { m_controller->save(); });
    m_refreshAction = new QAction(tr("Re&fresh an export…"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_controller->refreshes()->refresh(); });
    m_scheduleAction = new QAction(tr("Refresh &automatically…"), this);
    m_scheduleAction->setObjectName(QStringLiteral("scheduleAction"));
    connect(m_scheduleAction, &QAction::triggered, this, &MainWindow::showSchedules);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_demoAction = new QAction(actionIcon(QStringLiteral("demo")), tr("Try with &demo data"), this);
    connect(m_demoAction, &QAction::triggered, this, [this] { m_controller->startDemo(); });
    m_changeKeyAction = new QAction(tr("&Change key…"), this);
    connect(m_changeKeyAction, &QAction::triggered, this, [this] {
        m_keyPageRequested = true;
        updateUi();
    });
    m_forgetKeyAction = new QAction(tr("&Forget key"), this);
    m_forgetKeyAction->setObjectName(QStringLiteral("forgetKeyAction"));
    connect(m_forgetKeyAction, &QAction::triggered, this, [this] {
        if (m_controller->run()->isRunning())
            return;
        m_controller->keys()->forget();
    });
    m_settingsAction = new QAction(tr("Show the &settings panel"), this);
    m_settingsAction->setObjectName(QStringLiteral("toggleSettingsAction"));
    m_settingsAction->setCheckable(true);
    m_settingsAction->setChecked(true);
    m_settingsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_settingsAction, &QAction::toggled, this, &MainWindow::setSettingsShown);
    m_aboutAction = new QAction(tr("&About CallRail Extractor"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    // Window-wide shortcuts even when a table has focus.
    for (QAction *action : {m_startAction, m_cancelAction, m_saveAction, m_quitAction, m_settingsAction})
        addAction(action);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_saveAction);
    file->addAction(m_refreshAction);
    file->addAction(m_scheduleAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_startAction);
    run->addAction(m_cancelAction);
    run->addAction(m_resumeAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_settingsAction);
    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->addAction(m_changeKeyAction);
    key->addAction(m_forgetKeyAction);
    key->addSeparator();
    key->addAction(m_demoAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::updateUi()
{
    MainController *c = m_controller;
    KeyController *keys = c->keys();
    const bool running = c->run()->isRunning();
    const bool source = c->hasSource();
    const bool showKeyPage = !source || (m_keyPageRequested && !running);
    m_stack->setCurrentWidget(showKeyPage ? static_cast<QWidget *>(m_keyPage) : m_workPage);
    m_keyPage->setBackVisible(source);
    m_demoBanner->setVisible(c->isDemo());

    QString info;
    if (c->isDemo())
        info = tr("Using demo data");
    else if (keys->isSessionOnly())
        info = tr("Key: this session only");
    else if (keys->hasKey())
        info = tr("Key: in the system keychain");
    setStateText(m_keyInfo, info);
    m_forgetKeyButton->setEnabled(keys->hasKey() && !running);
    m_forgetKeyAction->setEnabled(keys->hasKey() && !running);

    const bool valid = source && c->validationProblem().isEmpty();
    m_startAction->setEnabled(source && valid && !running);
    m_startButton->setEnabled(m_startAction->isEnabled());
    // Cancel stops whichever is under way: the extraction, or the Save.
    const bool cancellable = running || c->isSaving();
    m_cancelAction->setEnabled(cancellable);
    m_cancelButton->setEnabled(cancellable);
    m_cancelButton->setToolTip(running || !c->isSaving()
                                   ? tr("Stop now and keep what was fetched (Esc)")
                                   : tr("Stop saving: the files saved so far stay whole (Esc)"));
    const bool canResume = c->run()->canResume() && source && !running;
    m_resumeAction->setEnabled(canResume);
    m_resumeButton->setEnabled(canResume);
    m_resumeButton->setVisible(canResume);
    const bool canSave = !running && !c->isSaving() && c->hasFilesToSave();
    m_saveAction->setEnabled(canSave);
    m_saveButton->setEnabled(canSave);
    m_saveFormat->setEnabled(!c->isSaving());
    const bool canRefresh = source && !running && !c->isSaving() && !c->refreshes()->isRefreshing();
    m_refreshAction->setEnabled(canRefresh);
    m_scheduleAction->setEnabled(!running);
    m_refreshButton->setEnabled(canRefresh);
    m_saveFormat->setCurrentIndex(m_saveFormat->findData(int(c->saveFormat())));
    m_saveButton->setToolTip(
        tr("Save the ticked lists as %1 (Ctrl+S)").arg(SaveFormats::title(c->saveFormat())));
    m_selection->setLocked(running);
    m_changeKeyButton->setEnabled(!running);
    setWindowModified(c->hasUnsavedResults());
}

void MainWindow::onRunFinished()
{
    if (m_controller->refreshes()->isRefreshing()) {
        // The re-read's files are merged into the export and removed: nothing here to preview or save.
        m_preview->clear();
        updateUi();
        return;
    }
    const RunSummary &summary = m_controller->run()->lastSummary();
    m_preview->reload();
    // What happened in one line, then what the user can do next.
    QString text = summary.oneLine();
    if (summary.keyRejected)
        text += QLatin1Char(' ') + tr("Enter a valid key, then Resume.");
    else if (summary.allComplete())
        text += QLatin1Char(' ') + tr("Preview them, then Save.");
    else if (m_controller->run()->canResume())
        text +=
            QLatin1Char(' ') + tr("Resume fetches what is missing; what arrived can be previewed and saved.");
    statusBar()->showMessage(text);
    updateUi();
}

void MainWindow::setSettingsShown(bool shown)
{
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (!shown && sizes.value(0) > 0)
        m_settingsWidth = sizes.value(0);
    if (total > 0 && (sizes.value(0) > 0) != shown)
        m_split->setSizes(shown ? QList<int>{m_settingsWidth, qMax(1, total - m_settingsWidth)}
                                : QList<int>{0, total});
    m_settingsButton->setChecked(shown);
    m_settingsButton->setText(shown ? tr("◀ Hide settings") : tr("Settings ▶"));
    m_settingsButton->setToolTip(shown ? tr("Give the progress and the preview the whole width (F9)")
                                       : tr("Show what to extract again (F9)"));
    m_settingsButton->setAccessibleName(shown ? tr("Hide the settings panel")
                                              : tr("Show the settings panel"));
}

bool MainWindow::showPreview(const QString &name)
{
    PreviewTab *tab = m_preview->tab(name);
    if (!tab)
        return false;
    m_rightTabs->setCurrentWidget(m_preview);
    m_preview->tabs()->setCurrentWidget(tab);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CallRail Extractor"),
                       tr("<h3>CallRail Extractor %1</h3>"
                          "<p>Extracts your CallRail API v3 data into CSV and JSON Lines files.</p>"
                          "<p>Built with Qt %2 (running on Qt %3), licensed under the GNU LGPL version 3. "
                          "The API key is kept with QtKeychain, under the BSD licence.</p>")
                           .arg(QStringLiteral(CALLRAIL_EXTRACTOR_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->run()->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Extraction running"),
            tr("An extraction is running. Stop it and quit? What was fetched is not saved."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_controller->cancel();
    } else if (!m_controller->confirmDiscardIfUnsaved()) {
        event->ignore();
        return;
    }
    m_controller->preferences().set(Pref::WindowGeometry, saveGeometry());
    m_controller->preferences().set(Pref::WindowState, saveState());
    m_controller->saveSettings();
    event->accept();
}

} // namespace callrail
