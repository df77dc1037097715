#include "RunController.h"

#include "engine/ExtractionJob.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcRun, "callrail.ui.run")

namespace callrail {

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_progress.setSavableFiles(&m_savable);
}

RunController::~RunController()
{
    delete m_job; // cancels and waits for the worker thread
}

QString RunController::stagingDir() const
{
    return m_staging ? m_staging->path() : QString();
}

bool RunController::start(ExtractionOptions options)
{
    if (isRunning())
        return false;
    // The staging folder lives in the cache, not in the user's folder: nothing reaches the user's folder
    // before they looked at it and pressed Save.
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/staging");
    QDir().mkpath(base);
    auto staging = std::make_unique<QTemporaryDir>(base + QStringLiteral("/run-XXXXXX"));
    if (!staging->isValid()) {
        emit problem(tr("Cannot create a working folder in %1: %2")
                         .arg(QDir::toNativeSeparators(base), staging->errorString()));
        return false;
    }
    m_staging = std::move(staging);
    options.outputDir = m_staging->path();
    options.resume = false;
    m_log.clear();
    return launch(options);
}

bool RunController::startIn(const ExtractionOptions &options)
{
    if (isRunning())
        return false;
    m_staging.reset();
    m_log.clear();
    return launch(options);
}

void RunController::forgetFiles()
{
    m_savable.clear();
}

bool RunController::resume(ExtractionOptions options)
{
    if (isRunning() || !canResume())
        return false;
    options.outputDir = m_staging->path();
    options.resume = true;
    return launch(options);
}

bool RunController::canResume() const
{
    if (isRunning() || !m_finished || !m_staging)
        return false;
    if (m_summary.cancelled || m_summary.keyRejected)
        return true;
    for (const EndpointResult &r : m_summary.endpoints) {
        if (r.outcome == EndpointOutcome::Failed || r.outcome == EndpointOutcome::Cancelled)
            return true;
    }
    return false;
}

bool RunController::launch(ExtractionOptions options)
{
    m_options = options;
    m_summary = {};
    m_finished = false;
    m_requests.clear();
    m_estimates.clear();
    m_leftHour = -1;
    m_leftDay = -1;
    m_waitUntil = {};
    m_budgetBoundFinish = {};
    m_finalElapsed = 0;
    m_shownFraction = -1;
    QStringList names;
    for (const EndpointSelection &s : std::as_const(options.endpoints))
        names.append(s.name);
    m_progress.prepare(names);
    m_savable.clear();

    auto *job = new ExtractionJob(options, this);
    m_job = job;
    connect(job, &ExtractionJob::runStarted, this, &RunController::onRunStarted);
    connect(job, &ExtractionJob::endpointStarted, this, &RunController::onEndpointStarted);
    connect(job, &ExtractionJob::progress, this, &RunController::onProgress);
    connect(job, &ExtractionJob::endpointFinished, this, &RunController::onEndpointFinished);
    connect(job, &ExtractionJob::retrying, this, &RunController::onRetrying);
    connect(job, &ExtractionJob::waitingForBudget, this, &RunController::onWaitingForBudget);
    connect(job, &ExtractionJob::estimateReady, this, &RunController::onEstimateReady);
    connect(job, &ExtractionJob::logLine, this,
            [this](LogLevel level, const QString &text) { m_log.append(level, text); });
    connect(job, &ExtractionJob::runFinished, this, &RunController::onFinished);

    m_clock.start();
    qCInfo(lcRun) << "starting an extraction of" << names.size() << "endpoint(s), resume:" << options.resume;
    job->start();
    emit runningChanged(true);
    emit figuresChanged();
    return true;
}

void RunController::onRunStarted(const RunPlan &plan)
{
    m_plan = plan;
    m_progress.applyPlan(plan);
    emit started(plan);
    emit figuresChanged();
}

void RunController::onEndpointStarted(const QString &accountId, const QString &endpoint)
{
    m_progress.markStarted(accountId, endpoint);
    emit figuresChanged();
}

void RunController::onProgress(const EndpointProgress &p)
{
    m_progress.applyProgress(p);
    updateShownFraction();
    m_requests.insert(p.accountId + QLatin1Char('/') + p.endpoint, p.requests);
    if (p.budgetLeftHour >= 0)
        m_leftHour = p.budgetLeftHour;
    if (p.budgetLeftDay >= 0)
        m_leftDay = p.budgetLeftDay;
    if (m_waitUntil.isValid() && p.records > 0)
        m_waitUntil = {};
    emit figuresChanged();
}

void RunController::onEndpointFinished(const EndpointResult &result)
{
    m_savable.take(result);
    m_progress.applyResult(result);
    updateShownFraction();
    m_requests.insert(result.accountId + QLatin1Char('/') + result.endpoint, result.requests);
    emit figuresChanged();
}

void RunController::onRetrying(const RetryNotice &notice)
{
    m_progress.applyRetry(notice);
    emit figuresChanged();
}

void RunController::onWaitingForBudget(const QDateTime &until, const QString &reason)
{
    m_waitUntil = until;
    emit waitingForBudget(until, reason);
    emit figuresChanged();
}

void RunController::onEstimateReady(const QString &accountId, int requests, int leftThisHour, int leftToday,
                                    const QDateTime &budgetBoundFinish)
{
    m_budgetBoundFinish = budgetBoundFinish;
    m_estimates.insert(accountId, requests);
    m_leftHour = leftThisHour;
    m_leftDay = leftToday;
    emit figuresChanged();
}

void RunController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RunController::onFinished(const RunSummary &summary)
{
    m_summary = summary;
    m_finished = true;
    m_finalElapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_waitUntil = {};
    if (summary.keyRejected)
        m_progress.markUnfinished(EndpointOutcome::Cancelled, tr("Stopped: CallRail rejected the API key."));
    else if (summary.cancelled)
        m_progress.markUnfinished(EndpointOutcome::Cancelled, tr("Cancelled before it started."));
    else if (!summary.fatalError.isEmpty())
        m_progress.markUnfinished(EndpointOutcome::Failed, summary.fatalError);
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    emit runningChanged(false);
    emit figuresChanged();
    emit finished(summary);
}

qint64 RunController::elapsedMs() const
{
    if (isRunning())
        return m_clock.elapsed();
    return m_finalElapsed;
}

double RunController::overallFraction() const
{
    if (!isRunning()) {
        const double fraction = m_progress.overallFraction();
        const bool allComplete = m_finished && m_summary.allComplete();
        return allComplete ? 1.0 : fraction;
    }
    return m_shownFraction;
}

void RunController::updateShownFraction()
{
    // It only goes up while the run goes on, and stays just short of the end: 100 % means done.
    constexpr double kBeforeTheEnd = 0.99;
    const double fraction = m_progress.overallFraction();
    if (fraction >= 0)
        m_shownFraction = std::max(m_shownFraction, std::min(fraction, kBeforeTheEnd));
}

qint64 RunController::remainingMs() const
{
    if (!isRunning())
        return m_finished ? 0 : -1;
    // The observed rate, unless the budget says the run must wait longer (now, or later in the run).
    const double fraction = overallFraction();
    const qint64 elapsed = m_clock.elapsed();
    qint64 remaining = -1;
    if (fraction > 0.02 && elapsed >= 1500)
        remaining = qint64(double(elapsed) * (1.0 - fraction) / fraction);
    const QDateTime now = QDateTime::currentDateTime();
    for (const QDateTime &bound : {m_waitUntil, m_budgetBoundFinish}) {
        if (bound.isValid())
            remaining = std::max(remaining, std::max<qint64>(0, now.msecsTo(bound)));
    }
    return remaining;
}

int RunController::estimatedRequests() const
{
    if (m_estimates.isEmpty())
        return -1;
    int total = 0;
    for (int requests : m_estimates)
        total += requests;
    return total;
}

int RunController::requestsSpent() const
{
    int total = 0;
    for (int n : m_requests)
        total += n;
    return qMax(total, m_summary.requests);
}

void RunController::discard()
{
    if (isRunning())
        return;
    m_staging.reset();
    m_finished = false;
    m_summary = {};
    m_progress.prepare({});
    m_savable.clear();
}

} // namespace callrail
