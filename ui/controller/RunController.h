#pragma once

#include "engine/ExtractionJob.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"
#include "models/LogModel.h"
#include "models/RunProgressModel.h"
#include "models/SavableFiles.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;

namespace callrail {

/// Runs one extraction at a time into a staging folder (never the user's folder) and turns the job's signals
/// into the progress and log models, the timing and the budget figures the window shows.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    RunProgressModel *progressModel() { return &m_progress; }
    /// The files the last run staged, and which are ticked for saving.
    const SavableFiles *savableFiles() const { return &m_savable; }
    LogModel *logModel() { return &m_log; }
    const RunProgressModel *progressModel() const { return &m_progress; }

    /// Starts a new run in a fresh staging folder (options.outputDir is replaced). False (and problem() is
    /// emitted) when a run is going on or the staging folder cannot be made.
    bool start(ExtractionOptions options);
    /// Starts a run in options.outputDir as it is (a refresh's staging folder inside the export): no
    /// staging folder of this controller's, nothing to resume here (the refresh resumes itself).
    bool startIn(const ExtractionOptions &options);
    /// Forgets the last run's files (they were merged into an export and removed).
    void forgetFiles();
    /// Continues the interrupted last run in the same staging folder (ExtractionOptions::resume).
    bool resume(ExtractionOptions options);
    /// Stops promptly; fetched rows stay in the staged partial files.
    void cancel();

    bool isRunning() const { return m_job != nullptr; }
    /// True when the last run stopped early (cancelled, failed endpoints, key rejected) and left state to
    /// resume from.
    bool canResume() const;
    /// The staging folder of the last run (empty before the first run).
    QString stagingDir() const;
    /// The options of the last run (its outputDir is the staging folder).
    const ExtractionOptions &lastOptions() const { return m_options; }
    const RunSummary &lastSummary() const { return m_summary; }
    /// What the last run announced when it started (accounts, endpoints, dates).
    const RunPlan &lastPlan() const { return m_plan; }
    bool hasFinishedRun() const { return m_finished; }

    /// The progress the window shows, 0..1 (-1 while nothing is known): it only goes up during a run, stays
    /// below 1 until the run has ended, is 1 when everything completed, and after a stop shows where it
    /// stopped.
    double overallFraction() const;
    qint64 elapsedMs() const;
    /// Estimated time left from the records rate so far; -1 when unknown.
    qint64 remainingMs() const;
    /// Requests this run has sent so far.
    int requestsSpent() const;
    /// From estimateReady (-1 until known).
    int estimatedRequests() const;
    int budgetLeftThisHour() const { return m_leftHour; }
    int budgetLeftToday() const { return m_leftDay; }
    /// When the run waits for the next budget window: until when (invalid when not waiting).
    QDateTime waitingUntil() const { return m_waitUntil; }
    /// Removes the staging folder (results discarded).
    void discard();

signals:
    void runningChanged(bool running);
    void started(const callrail::RunPlan &plan);
    /// Figures changed (progress, estimate, budget): the window refreshes its labels.
    void figuresChanged();
    void waitingForBudget(const QDateTime &until, const QString &reason);
    void finished(const callrail::RunSummary &summary);
    void problem(const QString &message);

private:
    bool launch(ExtractionOptions options);
    void onRunStarted(const RunPlan &plan);
    void onEndpointStarted(const QString &accountId, const QString &endpoint);
    void onProgress(const EndpointProgress &progress);
    void onEndpointFinished(const EndpointResult &result);
    void onRetrying(const RetryNotice &notice);
    void onWaitingForBudget(const QDateTime &until, const QString &reason);
    void onEstimateReady(const QString &accountId, int requests, int leftThisHour, int leftToday,
                         const QDateTime &budgetBoundFinish);
    void onFinished(const RunSummary &summary);
    void updateShownFraction();

    SavableFiles m_savable;
    RunProgressModel m_progress;
    LogModel m_log;
    std::unique_ptr<QTemporaryDir> m_staging;
    QPointer<ExtractionJob> m_job;
    ExtractionOptions m_options;
    RunSummary m_summary;
    RunPlan m_plan;
    bool m_finished = false;
    QElapsedTimer m_clock;
    qint64 m_finalElapsed = 0;
    QHash<QString, int> m_requests;  ///< per account/endpoint, from progress
    QHash<QString, int> m_estimates; ///< per account, from estimateReady
    int m_leftHour = -1;
    int m_leftDay = -1;
    QDateTime m_waitUntil;
    QDateTime m_budgetBoundFinish; ///< when the budget lets the run finish, if it cannot carry it at once
    double m_shownFraction = -1;   ///< the highest fraction shown during this run
};

} // namespace callrail
