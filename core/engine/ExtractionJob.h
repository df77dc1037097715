#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QDateTime>
#include <QObject>

class QThread;

namespace callrail {

class ExtractionRunner;

/// The public face of an extraction: lives in the caller's thread (the window's or the command line's) and
/// runs the work on a worker thread of its own. Everything it reports arrives through its RunEvents signals,
/// queued, so a window stays responsive and never touches network or file objects. One job runs once.
class ExtractionJob : public RunEvents
{
    Q_OBJECT
public:
    explicit ExtractionJob(const ExtractionOptions &options, QObject *parent = nullptr);
    /// Cancels a running extraction and waits until its thread has ended: the run's files are then as a
    /// cancel leaves them, and nothing of the run outlives the job.
    ~ExtractionJob() override;

    /// Starts the extraction. Returns at once; runFinished() comes at the end, always exactly once.
    void start();
    /// Only lists the accounts the key can see: accountsListed(), then runFinished().
    void listAccounts();
    /// Stops promptly: requests in flight are aborted, rows already fetched stay in partial files, and the
    /// run can be resumed. runFinished() follows with cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    const RunSummary &summary() const { return m_summary; }

signals:
    /// The job's only way to the runner once the run has started: queued into the worker thread, and gone
    /// with the runner, so that it never needs a pointer the worker thread may be deleting.
    void cancelRequested(QPrivateSignal);

private:
    void launch(bool listOnly);

    ExtractionOptions m_options;
    QThread *m_thread = nullptr;
    RunSummary m_summary;
    bool m_running = false;
    bool m_used = false;
};

} // namespace callrail
