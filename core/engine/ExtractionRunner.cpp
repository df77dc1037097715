#include "ExtractionRunner.h"

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"
#include "config/LogCategories.h"
#include "engine/EndpointState.h"
#include "engine/EndpointTask.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimer>

namespace callrail {

namespace {
constexpr int kManifestVersion = 1;
const QString kAccounts = QStringLiteral("accounts");
const QString kCompanies = QStringLiteral("companies");

} // namespace

ExtractionRunner::ExtractionRunner(const ExtractionOptions &options, QObject *parent)
    : QObject(parent)
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
            const QJsonObject stored = m_resume->loadManifest(&error);
            if (stored.value(QStringLiteral("version")).toInt() != kManifestVersion)
                problem = tr("The interrupted run in \"%1\" cannot be read (%2).")
                              .arg(QDir::toNativeSeparators(m_options.outputDir), error);
            else
                applyManifest(stored);
        }
    }
    if (problem.isEmpty() && !m_listOnly)
        problem = m_options.validate();
    if (problem.isEmpty() && m_listOnly)
        problem = ApiClient::validateBaseUrl(m_options.baseUrl);
    if (problem.isEmpty() && m_options.apiKey.isEmpty())
        problem = tr("No API key: store one in the app, or set CALLRAIL_API_KEY.");
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
    config.backoffBaseMs = m_options.backoffBaseMs;
    m_client = new ApiClient(m_network, m_budget.get(), config, this);
    m_client->setApiKey(m_options.apiKey);

    connect(m_client, &ApiClient::retrying, this,
            [this](const QString &endpoint, const QString &page, int attempt, qint64 delayMs,
                   const QString &reason) {
                const QString account = m_accountIndex >= 0 && m_accountIndex < m_targets.size()
                                            ? m_targets[m_accountIndex].id
                                            : QString();
                log(LogLevel::Warning, tr("%1 Retrying %2 in %3 s (attempt %4).")
                                           .arg(reason, page)
                                           .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                           .arg(attempt + 1));
                emit retrying(account, endpoint, delayMs, reason);
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
    const bool accountsSelected = m_listOnly || m_options.selection(kAccounts) != nullptr;
    const bool needList = accountsSelected || m_options.allAccounts || m_options.accountId.isEmpty();
    if (!needList || (!m_accounts.isEmpty() && !accountsSelected)) {
        if (m_accounts.isEmpty())
            m_accounts.append(AccountInfo{m_options.accountId, QString(), false});
        onAccountsKnown();
        return;
    }
    const EndpointSpec *spec = EndpointCatalogue::find(kAccounts);
    EndpointSelection selection;
    selection.name = kAccounts;
    if (const EndpointSelection *chosen = m_options.selection(kAccounts))
        selection = *chosen;
    selection.limit =
        0; // the list is needed whole to choose accounts; the limit applies to nothing else here
    const bool writeFile = !m_listOnly && m_options.selection(kAccounts) != nullptr;

    if (writeFile && m_options.resume && m_resume) {
        const QJsonObject state = m_resume->endpointState(QString(), kAccounts);
        if (EndpointState::fromJson(state).isFinished() && !m_accounts.isEmpty()) {
            reportFinishedBefore(QString(), kAccounts, state);
            onAccountsKnown();
            return;
        }
    }

    // The list belongs to no account; its requests count against the chosen one, if any (see chargeAlso()).
    auto *task = new EndpointTask(*spec, selection, taskContext(QString(), m_options.accountId),
                                  writeFile ? outputPath(kAccounts, QString()) : QString(), this);
    task->setCollectRecords(true);
    m_accountsTask = task;
    connect(task, &EndpointTask::keyRejected, this, &ExtractionRunner::onKeyRejected);
    connect(task, &EndpointTask::logMessage, this, &ExtractionRunner::log);
    if (writeFile) {
        connect(task, &EndpointTask::progress, this, &ExtractionRunner::progress);
        connect(task, &EndpointTask::stateChanged, this, [this](const QJsonObject &state) {
            if (m_resume)
                m_resume->saveEndpointState(QString(), kAccounts, state, nullptr);
        });
        if (m_options.resume && m_resume)
            task->restoreState(m_resume->endpointState(QString(), kAccounts));
        emit endpointStarted(QString(), kAccounts);
    }
    connect(task, &EndpointTask::finished, this, [this, task, writeFile] {
        if (m_finished)
            return;
        const EndpointResult &result = task->result();
        if (writeFile) {
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
    });
    task->start();
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
    m_targets.clear();
    if (m_options.allAccounts) {
        m_targets = m_accounts;
    } else if (!m_options.accountId.isEmpty()) {
        bool found = false;
        for (const AccountInfo &account : std::as_const(m_accounts)) {
            if (account.id == m_options.accountId) {
                m_targets.append(account);
                found = true;
            }
        }
        if (!found && m_accounts.size() == 1 && m_accounts.first().name.isEmpty()) {
            m_targets = m_accounts; // the list was not fetched: trust the id given
        } else if (!found) {
            QStringList ids;
            for (const AccountInfo &account : std::as_const(m_accounts))
                ids.append(account.id);
            m_summary.fatalError = tr("This API key cannot see account %1. It can see: %2.")
                                       .arg(m_options.accountId, ids.join(QStringLiteral(", ")));
            log(LogLevel::Error, m_summary.fatalError);
            finishRun();
            return;
        }
    } else if (!m_accounts.isEmpty()) {
        m_targets.append(m_accounts.first());
        if (m_accounts.size() > 1)
            log(LogLevel::Warning,
                tr("This key can see %1 accounts; extracting the first, %2 (%3). Choose one with "
                   "--account, or all with --all-accounts.")
                    .arg(m_accounts.size())
                    .arg(m_accounts.first().name, m_accounts.first().id));
    }
    bool onlyAccounts = true;
    for (const EndpointSelection &s : std::as_const(m_options.endpoints))
        onlyAccounts = onlyAccounts && s.name == kAccounts;
    if (m_targets.isEmpty() && !onlyAccounts) {
        m_summary.fatalError = tr("This API key cannot see any account.");
        log(LogLevel::Error, m_summary.fatalError);
        finishRun();
        return;
    }
    if (onlyAccounts)
        m_targets.clear();

    if (m_resume) {
        QString error;
        if (!m_resume->saveManifest(manifest(), &error))
            log(LogLevel::Warning, tr("The run cannot be resumed if interrupted: %1").arg(error));
    }

    RunPlan plan;
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
    m_accountIndex = -1;
    runNextAccount();
}

QString ExtractionRunner::outputPath(const QString &endpoint, const QString &accountId) const
{
    const QString extension = fileExtension(m_options.exportOptions.format);
    // One file per endpoint; per account too when several accounts are extracted.
    const bool perAccount = !accountId.isEmpty() && m_targets.size() > 1;
    const QString stem = perAccount ? endpoint + QLatin1Char('_') + accountId : endpoint;
    return QDir(m_options.outputDir).filePath(stem + QLatin1Char('.') + extension);
}

EndpointTask::Context ExtractionRunner::taskContext(const QString &accountId,
                                                    const QString &budgetAccount) const
{
    EndpointTask::Context context;
    context.client = m_client;
    context.budget = m_budget.get();
    context.options = &m_options;
    context.accountId = accountId;
    context.budgetBucket = bucketFor(budgetAccount);
    context.today = m_today;
    context.runStartMs = m_runStartMs;
    return context;
}

void ExtractionRunner::reportFinishedBefore(const QString &accountId, const QString &endpoint,
                                            const QJsonObject &state)
{
    // Finished before the interruption: its file is final, nothing is asked again.
    EndpointResult done;
    done.accountId = accountId;
    done.endpoint = endpoint;
    done.outcome = EndpointOutcome::Complete;
    done.records = EndpointState::fromJson(state).rows;
    done.filePath = outputPath(endpoint, accountId);
    m_results.append(done);
    emit endpointFinished(done);
}

EndpointTask *ExtractionRunner::createTask(const QString &endpoint, const QString &accountId,
                                           const QString &filePath)
{
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    EndpointSelection selection{endpoint, 0, {}};
    if (const EndpointSelection *chosen = m_options.selection(endpoint))
        selection = *chosen;
    if (filePath.isEmpty())
        selection.limit = 0; // a look-up (companies for a fan-out) needs the whole list

    auto *task = new EndpointTask(*spec, selection, taskContext(accountId, accountId), filePath, this);
    connect(task, &EndpointTask::keyRejected, this, &ExtractionRunner::onKeyRejected);
    connect(task, &EndpointTask::logMessage, this, &ExtractionRunner::log);
    connect(task, &EndpointTask::finished, this, [this, task] { onTaskFinished(task); });
    if (!filePath.isEmpty()) {
        connect(task, &EndpointTask::progress, this, [this](const EndpointProgress &p) {
            emit progress(p);
            maybeEstimate();
        });
        connect(task, &EndpointTask::stateChanged, this,
                [this, accountId, endpoint](const QJsonObject &state) {
                    if (!m_resume)
                        return;
                    QString error;
                    if (!m_resume->saveEndpointState(accountId, endpoint, state, &error))
                        log(LogLevel::Warning, error);
                });
        if (m_options.resume && m_resume) {
            const QJsonObject state = m_resume->endpointState(accountId, endpoint);
            if (!state.isEmpty())
                task->restoreState(state);
        }
    }
    return task;
}

void ExtractionRunner::runNextAccount()
{
    if (m_finished)
        return;
    if (m_companiesProvider && !m_tasks.contains(m_companiesProvider))
        delete m_companiesProvider;
    m_companiesProvider = nullptr;
    qDeleteAll(m_tasks);
    m_tasks.clear();
    m_waitingForCompanies.clear();
    m_estimateSent = false;

    ++m_accountIndex;
    if (m_accountIndex >= m_targets.size()) {
        finishRun();
        return;
    }
    const QString accountId = m_targets[m_accountIndex].id;
    if (m_targets.size() > 1)
        log(LogLevel::Info, tr("Account %1 (%2 of %3): %4")
                                .arg(accountId)
                                .arg(m_accountIndex + 1)
                                .arg(m_targets.size())
                                .arg(m_targets[m_accountIndex].name));

    bool needCompanies = false;
    QList<EndpointTask *> toStart;
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.name == kAccounts || !m_options.selection(spec.name))
            continue;
        const QString path = outputPath(spec.name, accountId);
        if (m_options.resume && m_resume) {
            const QJsonObject state = m_resume->endpointState(accountId, spec.name);
            if (EndpointState::fromJson(state).isFinished()) {
                reportFinishedBefore(accountId, spec.name, state);
                if (spec.name == kCompanies && !m_companies.contains(accountId))
                    needCompanies = true; // the ids are needed again for a fan-out
                continue;
            }
        }
        EndpointTask *task = createTask(spec.name, accountId, path);
        m_tasks.append(task);
        if (spec.scope == EndpointScope::PerCompany) {
            m_waitingForCompanies.append(task);
            needCompanies = true;
        } else {
            toStart.append(task);
        }
        if (spec.name == kCompanies) {
            m_companiesProvider = task;
            task->setCollectRecords(true);
        }
    }
    if (needCompanies && m_companies.contains(accountId)) {
        for (EndpointTask *task : std::as_const(m_waitingForCompanies)) {
            task->setCompanies(m_companies.value(accountId));
            toStart.append(task);
        }
        m_waitingForCompanies.clear();
    } else if (needCompanies && !m_companiesProvider) {
        // The fan-out needs the company ids even when companies are not exported: a look-up without a file.
        m_companiesProvider = createTask(kCompanies, accountId, QString());
        m_companiesProvider->setCollectRecords(true);
        toStart.prepend(m_companiesProvider);
    }
    if (m_tasks.isEmpty() && !m_companiesProvider) {
        QTimer::singleShot(0, this, &ExtractionRunner::runNextAccount);
        return;
    }
    for (EndpointTask *task : std::as_const(toStart)) {
        if (!task->spec().name.isEmpty() && m_tasks.contains(task))
            emit endpointStarted(accountId, task->spec().name);
        task->start();
        if (m_finished)
            return;
    }
}

void ExtractionRunner::onCompaniesKnown(EndpointTask *provider)
{
    if (m_stopping)
        return;
    const QString accountId = m_targets[m_accountIndex].id;
    const EndpointResult &result = provider->result();
    const bool listed =
        result.outcome == EndpointOutcome::Complete || result.outcome == EndpointOutcome::Incomplete;
    if (listed) {
        m_companies.insert(accountId, provider->collectedIds());
        if (m_resume)
            m_resume->saveManifest(manifest(), nullptr);
    }
    const QList<EndpointTask *> waiting = m_waitingForCompanies;
    m_waitingForCompanies.clear();
    for (EndpointTask *task : waiting) {
        if (listed) {
            task->setCompanies(m_companies.value(accountId));
            emit endpointStarted(accountId, task->spec().name);
            task->start();
        } else {
            task->abort(tr("%1 needs the account's companies, which could not be listed: %2")
                            .arg(task->spec().name, result.message));
        }
        if (m_finished)
            return;
    }
}

void ExtractionRunner::onTaskFinished(EndpointTask *task)
{
    if (m_finished)
        return;
    const bool isFileTask = m_tasks.contains(task);
    if (isFileTask) {
        m_results.append(task->result());
        emit endpointFinished(task->result());
    }
    if (task == m_companiesProvider)
        onCompaniesKnown(task);
    if (m_finished || m_stopping)
        return;
    for (EndpointTask *t : std::as_const(m_tasks)) {
        if (!t->isFinished())
            return;
    }
    if (m_companiesProvider && !m_companiesProvider->isFinished())
        return;
    QTimer::singleShot(0, this, &ExtractionRunner::runNextAccount);
}

void ExtractionRunner::maybeEstimate()
{
    if (m_estimateSent || m_accountIndex < 0 || m_accountIndex >= m_targets.size())
        return;
    int requests = 0;
    int made = 0;
    for (EndpointTask *task : std::as_const(m_tasks)) {
        if (m_waitingForCompanies.contains(task))
            return; // the fan-out's size is not known before the companies are
        if (!task->sizesKnown())
            return;
        requests += task->estimatedRemainingRequests();
        made += task->result().requests;
    }
    m_estimateSent = true;
    const QString bucket = bucketFor(m_targets[m_accountIndex].id);
    const int hourLeft = m_budget->remainingInWindow(bucket);
    const int dayLeft = m_budget->remainingInDay(bucket);
    emit estimateReady(m_targets[m_accountIndex].id, requests, hourLeft, dayLeft);
    log(LogLevel::Info,
        tr("This account needs about %n more request(s) (%1 made so far); it has %2 left this hour "
           "and %3 today.",
           nullptr, requests)
            .arg(made)
            .arg(hourLeft)
            .arg(dayLeft));
    if (requests > hourLeft || requests > dayLeft) {
        const QDateTime done =
            QDateTime::fromMSecsSinceEpoch(m_budget->earliestCompletion(bucket, requests)).toLocalTime();
        log(LogLevel::Warning,
            tr("That is more than CallRail allows now: the run will pause when the limit is "
               "reached and go on by itself; it should finish around %1.")
                .arg(QLocale().toString(done, QLocale::ShortFormat)));
    }
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
    for (EndpointTask *task : std::as_const(m_tasks))
        task->abort(stopped);
    if (m_companiesProvider)
        m_companiesProvider->abort(stopped);
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
    for (EndpointTask *task : std::as_const(m_tasks))
        task->cancel();
    if (m_companiesProvider)
        m_companiesProvider->cancel();
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
    for (int a = std::max(0, m_accountIndex); a < m_targets.size(); ++a) {
        for (const EndpointSelection &s : std::as_const(m_options.endpoints)) {
            if (s.name == kAccounts)
                continue;
            bool reported = false;
            for (const EndpointResult &r : std::as_const(m_summary.endpoints))
                reported = reported || (r.endpoint == s.name && r.accountId == m_targets[a].id);
            if (!reported) {
                EndpointResult r;
                r.accountId = m_targets[a].id;
                r.endpoint = s.name;
                r.outcome = m_cancelled ? EndpointOutcome::Cancelled : EndpointOutcome::Failed;
                r.message = m_summary.fatalError.isEmpty() ? tr("Not started.") : m_summary.fatalError;
                m_summary.endpoints.append(r);
            }
        }
    }
    // Report in a stable order: accounts as listed, endpoints as in the catalogue (not in the order they
    // ended).
    const QStringList catalogue = EndpointCatalogue::names();
    QStringList accountOrder;
    for (const AccountInfo &account : std::as_const(m_targets))
        accountOrder.append(account.id);
    std::stable_sort(m_summary.endpoints.begin(), m_summary.endpoints.end(),
                     [&](const EndpointResult &a, const EndpointResult &b) {
                         const auto key = [&](const EndpointResult &r) {
                             return std::pair(r.accountId.isEmpty() ? -1
                                                                    : int(accountOrder.indexOf(r.accountId)),
                                              int(catalogue.indexOf(r.endpoint)));
                         };
                         return key(a) < key(b);
                     });
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
        const QString path = QDir(m_options.outputDir).filePath(QStringLiteral("summary.json"));
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(m_summary.toJson()).toJson()) >= 0 &&
            file.commit())
            m_summary.summaryPath = path;
        else
            log(LogLevel::Warning,
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        if (m_summary.allComplete() && m_resume)
            m_resume->clear(); // nothing left to resume
    }
    if (!m_listOnly)
        log(m_summary.allComplete() ? LogLevel::Info : LogLevel::Warning, m_summary.text());
    emit runFinished(m_summary);
}

QJsonObject ExtractionRunner::manifest() const
{
    QJsonArray endpoints;
    for (const EndpointSelection &s : m_options.endpoints)
        endpoints.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("limit"), double(s.limit)},
                                     {QStringLiteral("fields"), QJsonArray::fromStringList(s.fields)}});
    QJsonArray accounts;
    for (const AccountInfo &a : m_accounts)
        accounts.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}});
    QJsonArray targets;
    for (const AccountInfo &a : m_targets)
        targets.append(a.id);
    QJsonObject companies;
    for (auto it = m_companies.begin(); it != m_companies.end(); ++it)
        companies.insert(it.key(), QJsonArray::fromStringList(it.value()));
    const DateWindow &d = m_options.dates;
    return QJsonObject{
        {QStringLiteral("version"), kManifestVersion},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("accountId"), m_options.accountId},
        {QStringLiteral("allAccounts"), m_options.allAccounts},
        {QStringLiteral("companies"), companies},
        {QStringLiteral("today"), m_today.toString(Qt::ISODate)},
        {QStringLiteral("datePreset"), datePresetKey(d.preset)},
        {QStringLiteral("customStart"), d.customStart.toString(Qt::ISODate)},
        {QStringLiteral("customEnd"), d.customEnd.toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), d.timeZone},
        {QStringLiteral("sliceDays"), m_options.sliceDays},
        {QStringLiteral("perPage"), m_options.perPage},
        {QStringLiteral("format"), fileExtension(m_options.exportOptions.format)},
        {QStringLiteral("excelSafe"), m_options.exportOptions.excelSafe},
        {QStringLiteral("bom"), m_options.exportOptions.byteOrderMark},
    };
}

void ExtractionRunner::applyManifest(const QJsonObject &stored)
{
    // A resumed run repeats the interrupted run's plan exactly (same dates even on another day, same fields,
    // same pages), so that its files equal those of an uninterrupted run.
    m_options.endpoints.clear();
    for (const QJsonValue &v : stored.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject o = v.toObject();
        EndpointSelection s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.limit = qint64(o.value(QStringLiteral("limit")).toDouble());
        for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray())
            s.fields.append(f.toString());
        m_options.endpoints.append(s);
    }
    m_accounts.clear();
    for (const QJsonValue &v : stored.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        m_accounts.append(AccountInfo{o.value(QStringLiteral("id")).toString(),
                                      o.value(QStringLiteral("name")).toString(), false});
    }
    m_options.accountId = stored.value(QStringLiteral("accountId")).toString();
    m_options.allAccounts = stored.value(QStringLiteral("allAccounts")).toBool();
    const QJsonArray targets = stored.value(QStringLiteral("targets")).toArray();
    if (!m_options.allAccounts && m_options.accountId.isEmpty() && !targets.isEmpty())
        m_options.accountId = targets.first().toString();
    const QJsonObject companies = stored.value(QStringLiteral("companies")).toObject();
    for (auto it = companies.begin(); it != companies.end(); ++it) {
        QStringList ids;
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toString());
        m_companies.insert(it.key(), ids);
    }
    m_today = QDate::fromString(stored.value(QStringLiteral("today")).toString(), Qt::ISODate);
    if (const auto preset = parseDatePreset(stored.value(QStringLiteral("datePreset")).toString()))
        m_options.dates.preset = *preset;
    m_options.dates.customStart =
        QDate::fromString(stored.value(QStringLiteral("customStart")).toString(), Qt::ISODate);
    m_options.dates.customEnd =
        QDate::fromString(stored.value(QStringLiteral("customEnd")).toString(), Qt::ISODate);
    m_options.dates.timeZone = stored.value(QStringLiteral("timeZone")).toString();
    m_options.sliceDays = stored.value(QStringLiteral("sliceDays")).toInt(m_options.sliceDays);
    m_options.perPage = stored.value(QStringLiteral("perPage")).toInt(m_options.perPage);
    if (const auto format = parseOutputFormat(stored.value(QStringLiteral("format")).toString()))
        m_options.exportOptions.format = *format;
    m_options.exportOptions.excelSafe = stored.value(QStringLiteral("excelSafe")).toBool(true);
    m_options.exportOptions.byteOrderMark = stored.value(QStringLiteral("bom")).toBool();
}

} // namespace callrail
