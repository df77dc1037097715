#include "ExtractionRunner.h"

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"
#include "config/LogCategories.h"
#include "engine/EndpointState.h"
#include "engine/EndpointTask.h"
#include "engine/ExportManifest.h"
#include "engine/OptionLimits.h"
#include "engine/RunManifest.h"
#include "engine/SaveJob.h"
#include "engine/TargetAccounts.h"
#include "export/PostgresConnection.h"
#include "export/ScalarText.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>

namespace callrail {

ExtractionRunner::ExtractionRunner(const ExtractionOptions &options, QObject *parent)
    : RunEvents(parent)
    , m_options(options)
{}

ExtractionRunner::~ExtractionRunner() = default;

void ExtractionRunner::log(LogLevel level, const QString &text)
{
    const QString safe = Logging::redact(text);
    switch (level) {
    case LogLevel::Debug:
        qCDebug(lcEngine).noquote() << safe;
        break;
    case LogLevel::Info:
        qCInfo(lcEngine).noquote() << safe;
        break;
    case LogLevel::Warning:
        qCWarning(lcEngine).noquote() << safe;
        break;
    case LogLevel::Error:
        qCCritical(lcEngine).noquote() << safe;
        break;
    }
    emit logLine(level, safe);
}

QString ExtractionRunner::bucketFor(const QString &accountId) const
{
    return RequestBudget::bucketName(m_options.baseUrl, accountId);
}

bool ExtractionRunner::prepare()
{
    m_summary = {};
    m_summary.startedAt = QDateTime::currentDateTimeUtc();
    m_runStartMs = m_summary.startedAt.toMSecsSinceEpoch();

    QString problem;
    if (!m_options.outputDir.isEmpty())
        m_resume = std::make_unique<ResumeStore>(m_options.outputDir);
    if (m_options.resume && !m_listOnly) {
        if (!m_resume || !m_resume->hasManifest()) {
            problem = tr("There is no interrupted run to continue in \"%1\".")
                          .arg(QDir::toNativeSeparators(m_options.outputDir));
        } else {
            QString error;
            if (const auto manifest = RunManifest::fromJson(m_resume->loadManifest(&error))) {
                // A resumed run repeats the interrupted run's plan exactly (same dates even on another day,
                // same fields, same pages), so that its files equal those of an uninterrupted run.
                manifest->applyTo(m_options);
                m_accounts = manifest->accounts;
                m_companies = manifest->companies;
                m_today = manifest->today;
            } else {
                problem = tr("The interrupted run in \"%1\" cannot be read (%2).")
                              .arg(QDir::toNativeSeparators(m_options.outputDir), error);
            }
        }
    }
    if (problem.isEmpty() && !m_listOnly)
        problem = m_options.validate();
    if (problem.isEmpty() && m_listOnly)
        problem = ApiClient::validateBaseUrl(m_options.baseUrl);
    if (problem.isEmpty() && m_options.apiKey.isEmpty())
        problem = tr("No API key: store one in the app, or set CALLRAIL_API_KEY.");
    if (problem.isEmpty() && !m_listOnly && m_options.typedOutput == TypedOutput::PostgresDatabase) {
        // The password never reaches a log line, whichever way it came.
        Logging::addRedaction(m_options.databasePassword);
        Logging::addRedaction(qEnvironmentVariable("PGPASSWORD"));
        // A database that cannot take the data is said before any CallRail request is spent on it.
        if (const QString why =
                PostgresConnection::check(m_options.databaseConnection, m_options.databasePassword);
            !why.isEmpty())
            problem =
                tr("Nothing was asked of CallRail: the PostgreSQL database cannot be used. %1").arg(why);
    }
    if (!problem.isEmpty()) {
        m_summary.fatalError = problem;
        log(LogLevel::Error, problem);
        return false;
    }
    if (!m_today.isValid())
        m_today = DateWindow::todayIn(m_options.dates.timeZone);

    m_network = new QNetworkAccessManager(this);
    m_budget = std::make_unique<RequestBudget>(m_options.budget, m_options.budgetStoragePath);
    QString budgetError;
    if (!m_budget->load(&budgetError))
        log(LogLevel::Warning,
            tr("The saved request budget could not be read (%1); counting from zero.").arg(budgetError));

    ApiClientConfig config;
    config.baseUrl = m_options.baseUrl;
    config.maxRetries = m_options.maxRetries;
    config.timeoutMs = m_options.timeoutMs;
    config.concurrency = m_options.concurrency;
    // Each account has a budget of its own; together they share one cap on what is in flight.
    config.maxInFlight = int(OptionLimits::concurrency.maximum);
    config.backoffBaseMs = m_options.backoffBaseMs;
    m_client = new ApiClient(m_network, m_budget.get(), config, this);
    m_client->setApiKey(m_options.apiKey);

    connect(m_client, &ApiClient::retrying, this,
            [this](const QString &accountId, const QString &endpoint, const QString &page, int attempt,
                   qint64 delayMs, ApiErrorKind kind, const QString &reason) {
                log(LogLevel::Warning, tr("%1 Retrying %2 in %3 s (attempt %4).")
                                           .arg(reason, page)
                                           .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                           .arg(attempt + 1));
                emit retrying(RetryNotice{accountId, endpoint, page, attempt, delayMs, kind, reason});
            });
    connect(m_client, &ApiClient::waitingForBudget, this,
            [this](const QString &, qint64 resumeAtMs, const QString &reason) {
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(resumeAtMs).toLocalTime();
                log(LogLevel::Warning, tr("Waiting: %1. The run goes on by itself at %2.")
                                           .arg(reason, QLocale().toString(at.time(), QLocale::LongFormat)));
                emit waitingForBudget(at, reason);
            });
    return true;
}

void ExtractionRunner::run()
{
    if (!prepare()) {
        finishRun();
        return;
    }
    startAccountsPhase();
}

void ExtractionRunner::listAccounts()
{
    m_listOnly = true;
    if (!prepare()) {
        finishRun();
        return;
    }
    startAccountsPhase();
}

void ExtractionRunner::startAccountsPhase()
{
    const QString &accountsList = EndpointCatalogue::accountsList().name;
    const bool accountsSelected = m_listOnly || m_options.selection(accountsList) != nullptr;
    const bool needList = accountsSelected || m_options.allAccounts || m_options.accountId.isEmpty();
    if (!needList || (!m_accounts.isEmpty() && !accountsSelected)) {
        if (m_accounts.isEmpty())
            m_accounts.append(AccountInfo{m_options.accountId, QString(), false});
        onAccountsKnown();
        return;
    }
    const bool writeFile = !m_listOnly && m_options.selection(accountsList) != nullptr;
    if (writeFile && m_options.resume && m_resume) {
        const QJsonObject state = m_resume->endpointState(QString(), accountsList);
        if (EndpointState::fromJson(state).isFinished() && !m_accounts.isEmpty()) {
            reportFinishedBefore(QString(), accountsList, state);
            onAccountsKnown();
            return;
        }
    }
    m_accountsTask =
        createTask(accountsList, QString(), writeFile ? outputPath(accountsList, QString()) : QString());
    if (writeFile)
        emit endpointStarted(QString(), accountsList);
    m_accountsTask->start();
}

void ExtractionRunner::onAccountsListed(EndpointTask *task)
{
    const EndpointResult &result = task->result();
    const bool fileWritten = !m_listOnly && m_options.selection(task->spec().name) != nullptr;
    if (fileWritten) {
        m_results.append(result);
        emit endpointFinished(result);
    }
    if (result.outcome != EndpointOutcome::Complete && result.outcome != EndpointOutcome::Incomplete) {
        if (result.outcome == EndpointOutcome::Cancelled)
            return;
        if (m_options.accountId.isEmpty() || m_listOnly) {
            m_summary.fatalError =
                tr("The accounts this key can see could not be listed: %1").arg(result.message);
            log(LogLevel::Error, m_summary.fatalError);
            finishRun();
            return;
        }
        m_accounts = {AccountInfo{m_options.accountId, QString(), false}};
    } else {
        m_accounts.clear();
        for (const QJsonObject &record : task->collectedRecords()) {
            AccountInfo info;
            info.id = scalarToText(record.value(QStringLiteral("id")));
            info.name = record.value(QStringLiteral("name")).toString();
            info.hipaa = record.value(QStringLiteral("hipaa_account")).toBool();
            m_accounts.append(info);
        }
    }
    // CallRail may count the accounts list against every account the key sees: so does the budget.
    for (const AccountInfo &account : std::as_const(m_accounts))
        m_budget->chargeAlso(bucketFor(m_options.accountId), bucketFor(account.id));
    task->deleteLater();
    onAccountsKnown();
}

void ExtractionRunner::onAccountsKnown()
{
    if (m_finished)
        return;
    if (m_listOnly) {
        emit accountsListed(m_accounts);
        finishRun();
        return;
    }
    bool onlyAccounts = true;
    for (const EndpointSelection &s : std::as_const(m_options.endpoints))
        onlyAccounts = onlyAccounts && s.name == EndpointCatalogue::accountsList().name;
    const TargetAccounts targets =
        TargetAccounts::choose(m_accounts, m_options.accountId, m_options.allAccounts, onlyAccounts);
    if (!targets.warning.isEmpty())
        log(LogLevel::Warning, targets.warning);
    if (!targets.error.isEmpty()) {
        m_summary.fatalError = targets.error;
        log(LogLevel::Error, m_summary.fatalError);
        finishRun();
        return;
    }
    m_targets = targets.accounts;

    if (m_resume) {
        QString error;
        if (!m_resume->saveManifest(manifest(), &error))
            log(LogLevel::Warning, tr("The run cannot be resumed if interrupted: %1").arg(error));
    }

    RunPlan &plan = m_plan;
    plan = RunPlan{};
    plan.accounts = m_targets;
    for (const EndpointSelection &s : std::as_const(m_options.endpoints))
        plan.endpoints.append(s.name);
    plan.outputDir = m_options.outputDir;
    plan.resumed = m_options.resume;
    const DateRange range = m_options.dates.resolve(m_today);
    plan.dateRangeText = tr("%1 to %2 (%3)")
                             .arg(range.start.toString(Qt::ISODate), range.end.toString(Qt::ISODate),
                                  m_options.dates.timeZone);
    emit runStarted(plan);
    log(LogLevel::Info, tr("Extracting %1 into %2; calls, form submissions and text messages from %3.")
                            .arg(plan.endpoints.join(QStringLiteral(", ")),
                                 QDir::toNativeSeparators(plan.outputDir), plan.dateRangeText));
    startAccounts();
}

void ExtractionRunner::onKeyRejected(const QString &message)
{
    if (m_finished || m_summary.keyRejected)
        return;
    m_summary.keyRejected = true;
    m_stopping = true;
    m_summary.fatalError = message;
    log(LogLevel::Error, message);
    if (m_client)
        m_client->abortAll();
    const QString stopped = tr("Stopped: the API key was rejected.");
    if (m_accountsTask)
        m_accountsTask->abort(stopped);
    for (const auto &work : m_work) {
        for (EndpointTask *task : std::as_const(work->tasks))
            task->abort(stopped);
        if (work->companiesProvider)
            work->companiesProvider->abort(stopped);
    }
    finishRun();
}

void ExtractionRunner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_stopping = true;
    m_summary.cancelled = true;
    log(LogLevel::Warning, tr("Cancelled. The rows fetched so far are kept; the run can be resumed."));
    if (m_client)
        m_client->abortAll();
    if (m_accountsTask)
        m_accountsTask->cancel();
    for (const auto &work : m_work) {
        for (EndpointTask *task : std::as_const(work->tasks))
            task->cancel();
        if (work->companiesProvider)
            work->companiesProvider->cancel();
    }
    finishRun();
}

void ExtractionRunner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_summary.finishedAt = QDateTime::currentDateTimeUtc();
    m_summary.endpoints = m_results;
    // Endpoints that never got to run (a rejected key, a cancel, an error before them) are reported too.
    QStringList endpoints;
    for (const EndpointSelection &s : std::as_const(m_options.endpoints)) {
        if (s.name != EndpointCatalogue::accountsList().name)
            endpoints.append(s.name);
    }
    m_summary.addNotStarted(m_targets, endpoints,
                            m_cancelled ? EndpointOutcome::Cancelled : EndpointOutcome::Failed,
                            m_summary.fatalError.isEmpty() ? tr("Not started.") : m_summary.fatalError);
    m_summary.sortEndpoints(m_targets);
    // The reports' totals beside the lists, when both were read over the same window (a refresh counts its
    // summaries over another one).
    if (!m_options.summariesFrom.isValid()) {
        m_summary.reconciled = Reconciled::of(m_summary);
        for (const Reconciled &r : std::as_const(m_summary.reconciled))
            log(r.agrees() ? LogLevel::Info : LogLevel::Warning, r.text());
    }
    if (m_client) {
        m_summary.requests = m_client->requestsSent();
        m_summary.rateLimited = m_client->rateLimitedResponses();
    }
    if (m_budget) {
        QString error;
        if (!m_budget->save(&error))
            log(LogLevel::Warning, tr("The request budget could not be saved: %1").arg(error));
    }
    if (!m_listOnly && !m_options.outputDir.isEmpty() && QDir(m_options.outputDir).exists()) {
        // The files were staged in the folder itself; what follows them is the window's Save's and a
        // refresh's too: the typed output, summary.json and the note (which say what became of it), and
        // the manifest a later refresh (--refresh) reads.
        SaveRequest request;
        request.kind = SaveKind::RunFolder;
        request.format = SaveFormats::of(m_options.exportOptions.format, m_options.typedOutput);
        request.folder = m_options.outputDir;
        request.plan = m_plan;
        request.summary = m_summary;
        request.options = m_options;
        const RunManifest choice = RunManifest::of(m_options, m_accounts, m_targets, m_companies, m_today);
        request.manifest = ExportManifest::of(choice, m_options, m_summary);
        const SaveResult saved = SaveJob::run(std::move(request));
        for (const auto &[level, text] : saved.messages)
            log(level, text);
        m_summary = saved.summary;
        // A database load that failed keeps the run resumable: resuming loads the staged files again.
        if (m_summary.allComplete() && saved.databaseLoaded && m_resume)
            m_resume->clear(); // nothing left to resume
    }
    if (!m_listOnly)
        // One line, like every other log entry; the command line prints the full report itself.
        log(m_summary.allComplete() ? LogLevel::Info : LogLevel::Warning, m_summary.oneLine());
    emit runFinished(m_summary);
}

QJsonObject ExtractionRunner::manifest() const
{
    return RunManifest::of(m_options, m_accounts, m_targets, m_companies, m_today).toJson();
}

} // namespace callrail
