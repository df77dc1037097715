#pragma once

#include "config/DateWindow.h"
#include "controller/KeyController.h"
#include "controller/RefreshController.h"
#include "controller/RunController.h"
#include "controller/UiHooks.h"
#include "engine/SaveJob.h"
#include "export/ExportFolderLock.h"
#include "export/ExportOptions.h"
#include "export/ResultSaver.h"
#include "models/EndpointSelectionModel.h"
#include "refresh/ExportRefresh.h"
#include "settings/Preferences.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

class QSettings;

namespace callrail {

class FakeCallRailServer;
class SecretStore;

/// The window's logic, testable without pixels: the key, the demo, the choice of what to extract, the run,
/// and saving. The widgets only show its state and forward the user's actions.
class MainController : public QObject
{
    Q_OBJECT
public:
    /// `store` is not owned; `settings` (not owned) replaces the application's QSettings (tests).
    explicit MainController(SecretStore *store, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~MainController() override;

    KeyController *keys() { return &m_keys; }
    RunController *run() { return &m_run; }
    EndpointSelectionModel *selection() { return &m_selection; }
    Preferences &preferences() { return m_preferences; }
    void setHooks(const UiHooks &hooks) { m_hooks = hooks; }
    UiHooks &hooks() { return m_hooks; }

    // --- the source of data -------------------------------------------------------------------------
    /// Starts the built-in imitation CallRail and uses its demo key. False when it cannot listen.
    bool startDemo();
    /// Leaves the demo (stops the imitation server).
    void stopDemo();
    bool isDemo() const { return m_demo != nullptr; }
    FakeCallRailServer *demoServer() const { return m_demo.get(); }
    /// Where requests go: the demo server, or the remembered base URL (CallRail's).
    QUrl baseUrl() const;
    /// True when a run can get a key: demo, or a key in use.
    bool hasSource() const { return isDemo() || m_keys.hasKey(); }

    // --- what to extract ----------------------------------------------------------------------------
    /// Lists the accounts of the current key/demo: accountsChanged() follows.
    void refreshAccounts();
    QList<AccountInfo> accounts() const { return m_accounts; }
    QString accountId() const { return m_accountId; }
    bool allAccounts() const { return m_allAccounts; }
    /// Empty id with all=false: the key's first account.
    void setAccount(const QString &accountId, bool all);
    DateWindow dateWindow() const { return m_dates; }
    void setDateWindow(const DateWindow &window);
    ExportOptions exportOptions() const { return m_export; }
    void setExportOptions(const ExportOptions &options);

    /// The options a run would use now (outputDir is set by RunController).
    ExtractionOptions buildOptions() const;
    /// Empty when the current choice can run, else one translated line saying what to change.
    QString validationProblem() const;
    /// The problem with the date choice alone (shown next to the date controls), empty when fine.
    QString dateProblem() const;
    /// A rough minimum of requests before running (one per endpoint, more for limits that span pages).
    int roughRequestEstimate() const;
    /// What is left of the hourly and daily request budget for the chosen account now (from the persisted
    /// budget of earlier runs).
    void budgetLeftNow(int *hour, int *day) const;

    // --- running ------------------------------------------------------------------------------------
    /// Starts a run (asks before discarding unsaved results). False with problem() when it cannot start.
    bool start();
    bool resume();
    void cancel();

    // --- saving -------------------------------------------------------------------------------------
    /// What Save writes (remembered): the run stages lossless JSON Lines whatever it is, so it can change
    /// after the run.
    SaveFormat saveFormat() const { return m_saveFormat; }
    void setSaveFormat(SaveFormat format);
    /// A Save of the ticked files into `folder` in saveFormat() (empty files when none is ticked).
    SaveRequest saveRequest(const QString &folder) const;
    /// Whether any staged file is ticked for saving.
    bool hasFilesToSave() const;
    /// The folder the Save dialog opens on: one that exists.
    QString suggestedFolder() const;
    /// Whether Save adds the date to the file names (remembered).
    bool datedFileNames() const { return m_preferences.get<bool>(Pref::DatedFileNames); }
    void setDatedFileNames(bool on);
    /// Asks for a folder (hook), then saveTo(). True when saving started.
    bool save();
    /// Asks before overwriting, then saves on a worker thread: saveFinished() follows. True when started.
    bool saveTo(const QString &folder);
    bool isSaving() const { return m_saving.isRunning(); }
    /// Stops the Save under way after the file it is writing (which is not left behind); saveFinished(false)
    /// follows, and status() says what was not written.
    void cancelSave();
    /// Results of a finished run that have not been saved.
    bool hasUnsavedResults() const;
    /// Asks (hook) when there are unsaved results; true = fine to go on.
    bool confirmDiscardIfUnsaved();

    // --- refreshing an export and taking its folder ------------------------------------------------
    RefreshController *refreshes() { return &m_refreshes; }
    /// Takes the export folder for a Save or a refresh (another run may hold it: the user is offered to
    /// wait). Null, said in problem() or status(), when it could not be had.
    std::unique_ptr<ExportFolderLock> takeFolder(const QString &folder);
    /// The results are in an export now (saved, or merged by a refresh): nothing to lose on quitting.
    void markResultsSaved();
    /// Reads a keychain entry without blocking; `then` gets the secret (empty when there is none).
    void readSecret(const QString &name, const std::function<void(const QString &)> &then);

    /// Writes the selection, dates and output choices to the settings.
    void saveSettings();

signals:
    void demoChanged(bool demo);
    void accountsChanged();
    void choiceChanged();
    /// A problem for the status bar / a label; not a modal box.
    void problem(const QString &message);
    void status(const QString &message);
    void savedTo(const QString &folder, const QStringList &names);
    /// A Save ended, saved or not (problem() said why not).
    void saveFinished(bool saved);
    /// A Save's steps, on the window's thread: `what` is being written, `done` of `total` steps are done.
    void saveProgress(const QString &what, int done, int total);
    void savingChanged(bool saving);
    void unsavedChanged(bool unsaved);

private:
    /// `name` as saved: with the extraction date when the user asked for dated names.
    QString savedName(const QString &name) const;
    void loadSettings();
    void onRunFinished(const RunSummary &summary);
    void onSaved(const QString &folder, const SaveResult &result);
    /// Save as PostgreSQL: the database (hook), remembered, its password to the keychain, then the folder.
    bool choosePostgresThenSave();

    Preferences m_preferences;
    KeyController m_keys;
    RunController m_run;
    EndpointSelectionModel m_selection;
    UiHooks m_hooks;
    std::unique_ptr<FakeCallRailServer> m_demo;
    QPointer<QObject> m_accountsJob;
    QList<AccountInfo> m_accounts;
    QString m_accountId;
    bool m_allAccounts = false;
    DateWindow m_dates;
    ExportOptions m_export;
    SaveFormat m_saveFormat = SaveFormat::Csv;
    SecretStore *m_store = nullptr;
    PostgresChoice m_postgres;                      ///< the database of the Save under way
    QFuture<void> m_saving;                         ///< the Save under way
    std::shared_ptr<std::atomic_bool> m_stopSaving; ///< set to stop it; shared with its worker
    std::unique_ptr<ExportFolderLock> m_folderLock; ///< the folder of the Save under way
    bool m_unsaved = false;
    RefreshController m_refreshes{*this}; ///< last: destroyed first, letting its merge finish
};

} // namespace callrail
