#include "MainController.h"

#include "api/EndpointCatalogue.h"
#include "api/RequestBudget.h"
#include "config/SecretStore.h"
#include "support/Background.h"
#include "demo/ShippedDemo.h"
#include "engine/ExportNote.h"
#include "engine/ExtractionJob.h"
#include "export/PostgresConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMain, "callrail.ui.controller")

namespace callrail {

MainController::MainController(SecretStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_preferences(settings)
    , m_keys(store)
    , m_store(store)
{
    loadSettings();
    connect(&m_selection, &EndpointSelectionModel::selectionChanged, this, &MainController::choiceChanged);
    connect(&m_run, &RunController::finished, this, &MainController::onRunFinished);
    connect(&m_run, &RunController::problem, this, &MainController::problem);
    connect(&m_refreshes, &RefreshController::problem, this, &MainController::problem);
    connect(&m_refreshes, &RefreshController::status, this, &MainController::status);
    connect(&m_keys, &KeyController::stateChanged, this, [this](KeyController::State state) {
        if (state == KeyController::State::Ready && !isDemo())
            refreshAccounts();
    });
}

MainController::~MainController()
{
    // A Save under way writes from the staging folder: let it finish whole (the refresh's merge likewise).
    m_saving.waitForFinished();
    delete m_accountsJob;
}

void MainController::loadSettings()
{
    m_selection.load(m_preferences);
    m_dates = m_preferences.dateWindow();
    m_saveFormat = m_preferences.get<SaveFormat>(Pref::OutputFormat);
    m_export.excelSafe = m_preferences.get<bool>(Pref::ExcelSafe);
    m_export.byteOrderMark = m_preferences.get<bool>(Pref::ByteOrderMark);
    m_accountId = m_preferences.get<QString>(Pref::AccountId);
    m_allAccounts = m_accountId == QLatin1String("*");
    if (m_allAccounts)
        m_accountId.clear();
}

void MainController::saveSettings()
{
    m_selection.save(m_preferences);
    m_preferences.setDateWindow(m_dates);
    m_preferences.set(Pref::OutputFormat, m_saveFormat);
    m_preferences.set(Pref::ExcelSafe, m_export.excelSafe);
    m_preferences.set(Pref::ByteOrderMark, m_export.byteOrderMark);
    if (!isDemo())
        m_preferences.set(Pref::AccountId, m_allAccounts ? QStringLiteral("*") : m_accountId);
    m_preferences.sync();
}

bool MainController::startDemo()
{
    if (m_demo)
        return true;
    auto server = ShippedDemo::start();
    if (!server) {
        emit problem(tr("The demo data could not be started (no free local port)."));
        return false;
    }
    m_demo = std::move(server);
    qCInfo(lcMain) << "demo data on" << m_demo->baseUrl().toString();
    emit demoChanged(true);
    refreshAccounts();
    emit choiceChanged();
    return true;
}

void MainController::stopDemo()
{
    if (!m_demo || m_run.isRunning())
        return;
    m_demo.reset();
    m_accounts.clear();
    emit accountsChanged();
    emit demoChanged(false);
    if (m_keys.hasKey())
        refreshAccounts();
    emit choiceChanged();
}

QUrl MainController::baseUrl() const
{
    return m_demo ? m_demo->baseUrl() : m_preferences.get<QUrl>(Pref::BaseUrl);
}

void MainController::refreshAccounts()
{
    if (!hasSource())
        return;
    delete m_accountsJob;
    ExtractionOptions options;
    options.baseUrl = baseUrl();
    options.apiKey = isDemo() ? FakeCallRailServer::demoApiKey() : m_keys.key();
    options.timeoutMs = m_preferences.get<int>(Pref::TimeoutSeconds) * 1000;
    auto *job = new ExtractionJob(options, this);
    m_accountsJob = job;
    connect(job, &ExtractionJob::accountsListed, this, [this](const QList<AccountInfo> &accounts) {
        m_accounts = accounts;
        emit accountsChanged();
    });
    connect(job, &ExtractionJob::runFinished, this, [this, job](const RunSummary &summary) {
        job->deleteLater();
        if (summary.keyRejected && !isDemo())
            m_keys.reject(tr("CallRail rejected the stored API key. Enter a new one."));
        else if (!summary.fatalError.isEmpty())
            emit status(summary.fatalError);
    });
    job->listAccounts();
}

void MainController::setAccount(const QString &accountId, bool all)
{
    if (accountId == m_accountId && all == m_allAccounts)
        return;
    m_accountId = all ? QString() : accountId;
    m_allAccounts = all;
    emit choiceChanged();
}

void MainController::setDateWindow(const DateWindow &window)
{
    m_dates = window;
    emit choiceChanged();
}

void MainController::setExportOptions(const ExportOptions &options)
{
    m_export = options;
    emit choiceChanged();
}

ExtractionOptions MainController::buildOptions() const
{
    ExtractionOptions options;
    options.baseUrl = baseUrl();
    options.apiKey = isDemo() ? FakeCallRailServer::demoApiKey() : m_keys.key();
    options.endpoints = m_selection.selections();
    options.accountId = m_accountId;
    options.allAccounts = m_allAccounts;
    options.dates = m_dates;
    options.exportOptions = m_export;
    // Lossless staging: Save makes any format from it, chosen before or after the run.
    options.exportOptions.format = OutputFormat::JsonLines;
    options.perPage = m_preferences.get<int>(Pref::PerPage);
    options.concurrency = m_preferences.get<int>(Pref::Concurrency);
    options.maxRetries = m_preferences.get<int>(Pref::MaxRetries);
    options.timeoutMs = m_preferences.get<int>(Pref::TimeoutSeconds) * 1000;
    options.budget.hourly = m_preferences.get<int>(Pref::HourlyBudget);
    options.budget.daily = m_preferences.get<int>(Pref::DailyBudget);
    // The demo server keeps its own counts; the real budget is shared with earlier runs and the CLI.
    options.budgetStoragePath = isDemo() ? QString() : RequestBudget::defaultStoragePath();
    return options;
}

QString MainController::validationProblem() const
{
    if (!hasSource())
        return tr("Enter an API key, or try the demo data.");
    ExtractionOptions options = buildOptions();
    // The staging folder is made at start; validate against a folder that exists so that validate() does not
    // create anything.
    options.outputDir = QDir::tempPath();
    return options.validate();
}

QString MainController::dateProblem() const
{
    return m_dates.validate(DateWindow::todayIn(m_dates.timeZone));
}

int MainController::roughRequestEstimate() const
{
    const int perPage = qMax(1, m_preferences.get<int>(Pref::PerPage));
    int requests = 0;
    const int accounts = m_allAccounts ? qMax(1, int(m_accounts.size())) : 1;
    for (const EndpointSelection &s : m_selection.selections()) {
        const EndpointSpec *spec = EndpointCatalogue::find(s.name);
        const int pages = s.limit > 0 ? int((s.limit + perPage - 1) / perPage) : 1;
        const int perAccount = spec && spec->scope == EndpointScope::Global ? 0 : pages;
        requests += spec && spec->scope == EndpointScope::Global ? pages : perAccount * accounts;
    }
    return requests;
}

void MainController::budgetLeftNow(int *hour, int *day) const
{
    BudgetLimits limits;
    limits.hourly = m_preferences.get<int>(Pref::HourlyBudget);
    limits.daily = m_preferences.get<int>(Pref::DailyBudget);
    RequestBudget budget(limits, isDemo() ? QString() : RequestBudget::defaultStoragePath());
    budget.load();
    QString account = m_accountId;
    if (account.isEmpty() && !m_accounts.isEmpty())
        account = m_accounts.first().id;
    const QString bucket = RequestBudget::bucketName(baseUrl(), account);
    if (hour)
        *hour = budget.remainingInWindow(bucket);
    if (day)
        *day = budget.remainingInDay(bucket);
}

bool MainController::start()
{
    if (m_run.isRunning())
        return false;
    if (isSaving() || m_refreshes.isRefreshing()) {
        emit problem(isSaving() ? tr("Wait until the results are saved: a new run replaces them.")
                                : tr("Wait until the refresh has finished."));
        return false;
    }
    if (const QString problemText = validationProblem(); !problemText.isEmpty()) {
        emit problem(problemText);
        return false;
    }
    if (!confirmDiscardIfUnsaved())
        return false;
    saveSettings();
    m_unsaved = false;
    emit unsavedChanged(false);
    return m_run.start(buildOptions());
}

bool MainController::resume()
{
    if (!m_run.canResume() || !hasSource() || isSaving())
        return false;
    // The same choice as the interrupted run (the engine restores it from the staging folder's manifest);
    // only the key and where to send requests come from now.
    ExtractionOptions options = m_run.lastOptions();
    options.apiKey = isDemo() ? FakeCallRailServer::demoApiKey() : m_keys.key();
    options.baseUrl = baseUrl();
    return m_run.resume(options);
}

void MainController::cancel()
{
    m_run.cancel();
}

void MainController::onRunFinished(const RunSummary &summary)
{
    if (m_refreshes.takeRunEnd(summary))
        return;
    if (summary.keyRejected && !isDemo())
        m_keys.reject(
            tr("CallRail rejected the API key during the run. Enter a valid key; what was fetched is "
               "kept and the run can be resumed."));
    m_unsaved = hasFilesToSave();
    emit unsavedChanged(m_unsaved);
}

QString MainController::savedName(const QString &name) const
{
    if (!m_preferences.get<bool>(Pref::DatedFileNames))
        return name;
    // The date the data was extracted, in the user's calendar: "calls_2026-11-30.csv".
    const QDateTime when = m_run.lastSummary().finishedAt.isValid() ? m_run.lastSummary().finishedAt
                                                                    : QDateTime::currentDateTimeUtc();
    const QString date = when.toLocalTime().date().toString(Qt::ISODate);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return name + QLatin1Char('_') + date;
    return name.left(dot) + QLatin1Char('_') + date + name.mid(dot);
}

SaveRequest MainController::saveRequest(const QString &folder) const
{
    SaveRequest request;
    request.format = m_saveFormat;
    request.folder = folder;
    request.plan = m_run.lastPlan();
    request.options = m_run.lastOptions();
    request.options.exportOptions.excelSafe = m_export.excelSafe;
    request.options.exportOptions.byteOrderMark = m_export.byteOrderMark;
    request.summary = m_run.lastSummary();
    request.dated = [this](const QString &name) { return savedName(name); };
    const QList<StagedFile> ticked = m_run.savableFiles()->tickedFiles();
    QStringList tickedPaths;
    for (const StagedFile &file : ticked)
        tickedPaths << file.path;
    // The summary and the note speak of what is saved: the ticked endpoints.
    request.summary.endpoints.removeIf(
        [&](const EndpointResult &r) { return !r.file.exists() || !tickedPaths.contains(r.file.path); });
    request.manifest = ExportManifest::load(m_run.stagingDir(), nullptr);
    if (m_saveFormat == SaveFormat::PostgresDatabase) {
        request.options.databaseConnection = PostgresConnection::connInfo(
            m_postgres.host, m_postgres.port, m_postgres.database, m_postgres.user);
        request.options.databaseSchema = m_postgres.schema;
        request.options.databasePassword = m_postgres.password;
    }
    // A workbook or a database keeps the JSON Lines files beside it, as the command line does: the
    // lossless copy (a cut cell's whole text) and what a refresh merges into.
    for (const StagedFile &file : ticked) {
        SaveItem item{file.path, savedName(file.savedName()), {}};
        if (SaveFormats::typedOutput(m_saveFormat) != TypedOutput::None)
            item.targetName = file.savedName(); // the names a refresh and the database know
        if (m_saveFormat == SaveFormat::Csv && file.format == OutputFormat::JsonLines) {
            item.targetName =
                savedName(SaveJob::withExtension(file.savedName(), fileExtension(OutputFormat::Csv)));
            item.csv = request.options.exportOptions;
            item.columns = file.columns;
        }
        request.files.append(item);
    }
    return request;
}

QString MainController::suggestedFolder() const
{
    // The dialog must open on a folder that exists, or its Choose button stays disabled: the remembered
    // folder, else the default one (made now), else the home folder.
    const QString remembered = m_preferences.get<QString>(Pref::OutputFolder);
    if (QFileInfo(remembered).isDir())
        return remembered;
    if (remembered == Preferences::defaultOutputFolder() && QDir().mkpath(remembered))
        return remembered;
    return QDir::homePath();
}

bool MainController::save()
{
    if (!hasFilesToSave()) {
        emit problem(tr("There is nothing to save yet: run an extraction first."));
        return false;
    }
    if (m_saveFormat == SaveFormat::PostgresDatabase)
        return choosePostgresThenSave();
    const QString folder = m_hooks.chooseFolder ? m_hooks.chooseFolder(suggestedFolder()) : QString();
    if (folder.isEmpty())
        return false;
    return saveTo(folder);
}

bool MainController::saveTo(const QString &folder)
{
    if (!hasFilesToSave() || m_run.isRunning() || isSaving())
        return false;
    m_folderLock = takeFolder(folder);
    if (!m_folderLock)
        return false;
    const SaveRequest request = saveRequest(folder);
    const QStringList clash = SaveJob::existing(request);
    if (!clash.isEmpty() && !(m_hooks.confirmOverwrite && m_hooks.confirmOverwrite(folder, clash))) {
        m_folderLock.reset();
        emit status(tr("Nothing was saved."));
        return false;
    }
    emit status(
        tr("Saving as %1 in %2…").arg(SaveFormats::title(m_saveFormat), QDir::toNativeSeparators(folder)));
    m_stopSaving = std::make_shared<std::atomic_bool>(false);
    SaveHooks hooks;
    hooks.cancelled = [stop = m_stopSaving] { return stop->load(); };
    // Told on the worker's thread, shown on the window's; the destructor waits for the Save, so `this`
    // outlives it.
    hooks.progress = [this](const QString &what, int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, what, done, total] { emit saveProgress(what, done, total); }, Qt::QueuedConnection);
    };
    m_saving = runThenCallBack(
        this, [request, hooks] { return SaveJob::run(request, hooks); },
        [this, folder](const SaveResult &result) { onSaved(folder, result); });
    emit savingChanged(true);
    return true;
}

void MainController::onSaved(const QString &folder, const SaveResult &result)
{
    m_folderLock.reset();
    m_postgres.password.clear(); // in the keychain; not kept in memory longer than the save
    for (const auto &[level, text] : result.messages)
        m_run.logModel()->append(level, text);
    emit savingChanged(false);
    if (result.cancelled) {
        emit status(result.error); // asked for: a line, not a box
        emit saveFinished(false);
        return;
    }
    if (!result.ok) {
        emit problem(result.error);
        emit saveFinished(false);
        return;
    }
    m_preferences.set(Pref::OutputFolder, folder);
    m_preferences.sync();
    qCInfo(lcMain) << "saved" << result.names.size() << "file(s) as" << SaveFormats::name(m_saveFormat);
    m_unsaved = false;
    emit unsavedChanged(false);
    emit status(tr("Saved %n file(s) in %1.", nullptr, int(result.names.size()))
                    .arg(QDir::toNativeSeparators(folder)));
    emit savedTo(folder, result.names);
    if (m_hooks.saved)
        m_hooks.saved(folder, result.names);
    emit saveFinished(true);
}

void MainController::cancelSave()
{
    if (isSaving() && m_stopSaving)
        m_stopSaving->store(true);
}

std::unique_ptr<ExportFolderLock> MainController::takeFolder(const QString &folder)
{
    QDir().mkpath(folder); // a Save makes the folder it was given; the lock lives in it
    auto lock = std::make_unique<ExportFolderLock>(folder);
    switch (lock->take()) {
    case ExportFolderLock::Outcome::Taken:
        return lock;
    case ExportFolderLock::Outcome::Failed:
        emit problem(lock->failureMessage());
        return nullptr;
    case ExportFolderLock::Outcome::Busy:
        break;
    }
    // Never a blocking wait here: the dialog tries again once a second while the window stays live.
    ExportFolderLock *pending = lock.get();
    const auto tryAgain = [pending] { return pending->take() == ExportFolderLock::Outcome::Taken; };
    if (m_hooks.waitForFolder && m_hooks.waitForFolder(lock->holderDescription(), tryAgain))
        return lock;
    emit status(lock->busyMessage());
    return nullptr;
}

void MainController::markResultsSaved()
{
    m_unsaved = false;
    emit unsavedChanged(false);
}

bool MainController::hasUnsavedResults() const
{
    return m_unsaved && hasFilesToSave();
}

bool MainController::hasFilesToSave() const
{
    return !m_run.savableFiles()->tickedFiles().isEmpty();
}

void MainController::setSaveFormat(SaveFormat format)
{
    if (format == m_saveFormat)
        return;
    m_saveFormat = format;
    m_preferences.set(Pref::OutputFormat, format); // remembered at once, like the folder
    emit choiceChanged();
}

void MainController::setDatedFileNames(bool on)
{
    if (on == m_preferences.get<bool>(Pref::DatedFileNames))
        return;
    m_preferences.set(Pref::DatedFileNames, on);
    emit choiceChanged();
}

bool MainController::confirmDiscardIfUnsaved()
{
    if (!hasUnsavedResults())
        return true;
    return m_hooks.confirmDiscard ? m_hooks.confirmDiscard() : false;
}

} // namespace callrail
