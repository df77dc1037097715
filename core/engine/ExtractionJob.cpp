#include "ExtractionJob.h"

#include "engine/ExtractionRunner.h"

#include <QThread>

namespace callrail {

namespace {
void registerMetaTypes()
{
    qRegisterMetaType<callrail::AccountInfo>();
    qRegisterMetaType<QList<callrail::AccountInfo>>();
    qRegisterMetaType<callrail::EndpointProgress>();
    qRegisterMetaType<callrail::EndpointResult>();
    qRegisterMetaType<callrail::RunPlan>();
    qRegisterMetaType<callrail::RunSummary>();
    qRegisterMetaType<callrail::LogLevel>();
    qRegisterMetaType<callrail::RetryNotice>();
}
} // namespace

ExtractionJob::ExtractionJob(const ExtractionOptions &options, QObject *parent)
    : RunEvents(parent)
    , m_options(options)
{
    registerMetaTypes();
}

ExtractionJob::~ExtractionJob()
{
    if (!m_thread)
        return;
    // The order matters. (1) A run still going is cancelled: the cancel writes summary.json and keeps the
    // partial files resumable. (2) Its runFinished quits the worker's loop from the worker thread (see
    // launch), so the wait needs no event loop here. (3) As the worker thread ends, Qt 6 sends its deferred
    // deletes: the runner and everything it owns are deleted there, before wait() returns. Only then does
    // ~QObject delete m_thread and drop the run's events still queued to this job.
    if (m_running)
        emit cancelRequested(QPrivateSignal());
    m_thread->wait();
}

void ExtractionJob::start()
{
    launch(false);
}

void ExtractionJob::listAccounts()
{
    launch(true);
}

void ExtractionJob::launch(bool listOnly)
{
    if (m_used)
        return;
    m_used = true;
    m_running = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("callrail-extraction"));
    auto *runner = new ExtractionRunner(m_options);
    runner->moveToThread(m_thread);
    // The runner and everything it creates (network, files) live and die in the worker thread. The job keeps
    // no pointer to it: after runFinished the worker thread may delete it at any moment.
    connect(m_thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(this, &ExtractionJob::cancelRequested, runner, &ExtractionRunner::cancel, Qt::QueuedConnection);
    // Direct: QThread::quit() is thread-safe, and this way the loop ends even while this thread is blocked
    // in the destructor's wait().
    connect(runner, &ExtractionRunner::runFinished, m_thread, &QThread::quit, Qt::DirectConnection);

    // The job's own bookkeeping first (connected first, so it runs first), then every event repeated here.
    connect(runner, &ExtractionRunner::runFinished, this, [this](const RunSummary &summary) {
        m_summary = summary;
        m_running = false;
    });
    RunEvents::forward(runner, this);

    // Queued before the thread starts, the last use of the pointer.
    if (listOnly)
        QMetaObject::invokeMethod(runner, &ExtractionRunner::listAccounts, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(runner, &ExtractionRunner::run, Qt::QueuedConnection);
    m_thread->start();
}

void ExtractionJob::cancel()
{
    if (m_running)
        emit cancelRequested(QPrivateSignal());
}

} // namespace callrail
