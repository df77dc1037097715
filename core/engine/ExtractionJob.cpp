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
    if (m_thread) {
        if (m_runner)
            QMetaObject::invokeMethod(m_runner, &ExtractionRunner::cancel, Qt::QueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
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
    m_runner = runner;
    // The runner and everything it creates (network, files) live and die in the worker thread.
    connect(m_thread, &QThread::finished, runner, &QObject::deleteLater);

    // The job's own bookkeeping first (connected first, so it runs first), then every event repeated here.
    connect(runner, &ExtractionRunner::runFinished, this, [this](const RunSummary &summary) {
        m_summary = summary;
        m_running = false;
        m_thread->quit();
    });
    RunEvents::forward(runner, this);

    m_thread->start();
    if (listOnly)
        QMetaObject::invokeMethod(runner, &ExtractionRunner::listAccounts, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(runner, &ExtractionRunner::run, Qt::QueuedConnection);
}

void ExtractionJob::cancel()
{
    if (m_runner && m_running)
        QMetaObject::invokeMethod(m_runner, &ExtractionRunner::cancel, Qt::QueuedConnection);
}

} // namespace callrail
