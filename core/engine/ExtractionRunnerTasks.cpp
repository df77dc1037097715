#include "ExtractionRunner.h"

// The endpoints of one account: their tasks (files, resume state, progress), the companies the per-company
// lists fan out over, and the request estimate. The run's set-up, its accounts and its end are in
// ExtractionRunner.cpp.

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"
#include "engine/EndpointState.h"
#include "engine/EndpointTask.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace callrail {

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
    // Finished before the interruption: its file is final, nothing is asked again. It is reported as that
    // run reported it (its outcome, the total CallRail gave, the gap), so a resumed run says no less.
    const EndpointState before = EndpointState::fromJson(state);
    EndpointResult done;
    done.accountId = accountId;
    done.endpoint = endpoint;
    done.outcome = before.outcome == outcomeName(EndpointOutcome::Incomplete) ? EndpointOutcome::Incomplete
                                                                              : EndpointOutcome::Complete;
    done.records = before.rows;
    done.reported = before.reported;
    done.limitReached = before.limitReached;
    done.message = before.message;
    done.duplicatesDropped = before.duplicates;
    done.file.path = outputPath(endpoint, accountId);
    done.file.format = m_options.exportOptions.format;
    const EndpointSelection *selection = m_options.selection(endpoint);
    done.file.columns =
        EndpointCatalogue::find(endpoint)->columns(selection ? selection->fields : QStringList());
    done.file.complete = true;
    done.file.finalName = QFileInfo(done.file.path).fileName();
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
    const bool global = spec->scope == EndpointScope::Global;
    // A look-up (companies for a fan-out) and the accounts list (to choose accounts) are needed whole.
    if (filePath.isEmpty() || global)
        selection.limit = 0;

    // The accounts list belongs to no account; its requests count against the chosen one, if any (see
    // RequestBudget::chargeAlso()).
    auto *task = new EndpointTask(
        *spec, selection, taskContext(accountId, global ? m_options.accountId : accountId), filePath, this);
    task->setCollectRecords(global || spec->fanOutSource);
    connect(task, &EndpointTask::keyRejected, this, &ExtractionRunner::onKeyRejected);
    connect(task, &EndpointTask::logMessage, this, &ExtractionRunner::log);
    connect(task, &EndpointTask::finished, this, [this, task] { onTaskFinished(task); });
    if (!filePath.isEmpty()) {
        connect(task, &EndpointTask::progress, this, [this, task](const EndpointProgress &p) {
            emit progress(p);
            if (AccountWork *work = workOf(task))
                maybeEstimate(*work);
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

void ExtractionRunner::startAccounts()
{
    m_work.clear();
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        m_work.push_back(std::make_unique<AccountWork>());
        m_work.back()->accountId = m_targets[i].id;
    }
    if (m_work.empty()) {
        QTimer::singleShot(0, this, &ExtractionRunner::finishRun);
        return;
    }
    for (size_t i = 0; i < m_work.size() && !m_finished; ++i)
        startAccount(*m_work[i], int(i));
}

ExtractionRunner::AccountWork *ExtractionRunner::workOf(const EndpointTask *task)
{
    for (const auto &work : m_work) {
        if (work->tasks.contains(task) || work->companiesProvider == task)
            return work.get();
    }
    return nullptr;
}

void ExtractionRunner::startAccount(AccountWork &work, int index)
{
    const QString &accountId = work.accountId;
    if (m_targets.size() > 1)
        log(LogLevel::Info, tr("Account %1 (%2 of %3): %4")
                                .arg(accountId)
                                .arg(index + 1)
                                .arg(m_targets.size())
                                .arg(m_targets[index].name));

    bool needCompanies = false;
    QList<EndpointTask *> toStart;
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.scope == EndpointScope::Global || !m_options.selection(spec.name))
            continue;
        const QString path = outputPath(spec.name, accountId);
        if (m_options.resume && m_resume) {
            const QJsonObject state = m_resume->endpointState(accountId, spec.name);
            if (EndpointState::fromJson(state).isFinished()) {
                reportFinishedBefore(accountId, spec.name, state);
                if (spec.fanOutSource && !m_companies.contains(accountId))
                    needCompanies = true; // the ids are needed again for a fan-out
                continue;
            }
        }
        EndpointTask *task = createTask(spec.name, accountId, path);
        work.tasks.append(task);
        if (spec.scope == EndpointScope::PerCompany) {
            work.waitingForCompanies.append(task);
            needCompanies = true;
        } else {
            toStart.append(task);
        }
        if (spec.fanOutSource)
            work.companiesProvider = task;
    }
    if (needCompanies && m_companies.contains(accountId)) {
        for (EndpointTask *task : std::as_const(work.waitingForCompanies)) {
            task->setCompanies(m_companies.value(accountId));
            toStart.append(task);
        }
        work.waitingForCompanies.clear();
    } else if (needCompanies && !work.companiesProvider) {
        // The fan-out needs the company ids even when companies are not exported: a look-up without a file.
        work.companiesProvider = createTask(EndpointCatalogue::fanOutSource().name, accountId, QString());
        toStart.prepend(work.companiesProvider);
    }
    if (work.tasks.isEmpty() && !work.companiesProvider) {
        accountDone(work);
        return;
    }
    for (EndpointTask *task : std::as_const(toStart)) {
        if (work.tasks.contains(task))
            emit endpointStarted(accountId, task->spec().name);
        task->start();
        if (m_finished)
            return;
    }
}

void ExtractionRunner::onCompaniesKnown(AccountWork &work, EndpointTask *provider)
{
    if (m_stopping)
        return;
    const QString &accountId = work.accountId;
    const EndpointResult &result = provider->result();
    const bool listed =
        result.outcome == EndpointOutcome::Complete || result.outcome == EndpointOutcome::Incomplete;
    if (listed) {
        m_companies.insert(accountId, provider->collectedIds());
        if (m_resume)
            m_resume->saveManifest(manifest(), nullptr);
    }
    const QList<EndpointTask *> waiting = work.waitingForCompanies;
    work.waitingForCompanies.clear();
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
    if (task == m_accountsTask) {
        onAccountsListed(task);
        return;
    }
    AccountWork *work = workOf(task);
    if (!work)
        return;
    if (work->tasks.contains(task)) {
        m_results.append(task->result());
        emit endpointFinished(task->result());
    }
    if (task == work->companiesProvider)
        onCompaniesKnown(*work, task);
    if (m_finished || m_stopping)
        return;
    for (EndpointTask *t : std::as_const(work->tasks)) {
        if (!t->isFinished())
            return;
    }
    if (work->companiesProvider && !work->companiesProvider->isFinished())
        return;
    accountDone(*work);
}

void ExtractionRunner::accountDone(AccountWork &work)
{
    if (work.done)
        return;
    work.done = true;
    const bool allDone = std::all_of(m_work.begin(), m_work.end(),
                                     [](const std::unique_ptr<AccountWork> &w) { return w->done; });
    if (allDone)
        QTimer::singleShot(0, this, &ExtractionRunner::finishRun);
}

void ExtractionRunner::maybeEstimate(AccountWork &work)
{
    if (work.estimateSent)
        return;
    int requests = 0;
    int made = 0;
    for (EndpointTask *task : std::as_const(work.tasks)) {
        if (work.waitingForCompanies.contains(task))
            return; // the fan-out's size is not known before the companies are
        if (!task->sizesKnown())
            return;
        requests += task->estimatedRemainingRequests();
        made += task->result().requests;
    }
    work.estimateSent = true;
    const QString bucket = bucketFor(work.accountId);
    const int hourLeft = m_budget->remainingInWindow(bucket);
    const int dayLeft = m_budget->remainingInDay(bucket);
    // When the budget cannot carry the run, it decides when the run ends, not the speed of the requests.
    const QDateTime budgetBound =
        requests > hourLeft || requests > dayLeft
            ? QDateTime::fromMSecsSinceEpoch(m_budget->earliestCompletion(bucket, requests))
            : QDateTime();
    emit estimateReady(work.accountId, requests, hourLeft, dayLeft, budgetBound);
    log(LogLevel::Info,
        tr("This account needs about %n more request(s) (%1 made so far); it has %2 left this hour "
           "and %3 today.",
           nullptr, requests)
            .arg(made)
            .arg(hourLeft)
            .arg(dayLeft));
    if (budgetBound.isValid())
        log(LogLevel::Warning,
            tr("That is more than CallRail allows now: the run will pause when the limit is "
               "reached and go on by itself; it should finish around %1.")
                .arg(QLocale().toString(budgetBound.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace callrail
