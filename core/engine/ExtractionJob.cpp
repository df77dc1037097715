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
}
} // namespace

ExtractionJob::ExtractionJob(const ExtractionOptions &options, QObject *parent)
    : QObject(parent)
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

    connect(runner, &ExtractionRunner::runStarted, this, &ExtractionJob::runStarted);
    connect(runner, &ExtractionRunner::accountsListed, this, &ExtractionJob::accountsListed);
    connect(runner, &ExtractionRunner::endpointStarted, this, &ExtractionJob::endpointStarted);
    connect(runner, &ExtractionRunner::progress, this, &ExtractionJob::progress);
    connect(runner, &ExtractionRunner::endpointFinished, this, &ExtractionJob::endpointFinished);
    connect(runner, &ExtractionRunner::retrying, this, &ExtractionJob::retrying);
    connect(runner, &ExtractionRunner::waitingForBudget, this, &ExtractionJob::waitingForBudget);
    connect(runner, &ExtractionRunner::estimateReady, this, &ExtractionJob::estimateReady);
    connect(runner, &ExtractionRunner::logLine, this, &ExtractionJob::logLine);
    connect(runner, &ExtractionRunner::runFinished, this, [this](const RunSummary &summary) {
        m_summary = summary;
        m_running = false;
        m_thread->quit();
        emit runFinished(summary);
    });

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
