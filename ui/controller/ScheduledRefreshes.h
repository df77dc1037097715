#pragma once

#include "schedule/ScheduledJobs.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

namespace callrail {

/// The window's side of unattended refreshes: the jobs in the system's scheduler (one instance for the
/// window's life, so that a change under way ends even when its dialog is closed), where callrail-export is,
/// and the failed scheduled runs the user has not been told of.
class ScheduledRefreshes : public QObject
{
    Q_OBJECT

public:
    explicit ScheduledRefreshes(QObject *parent = nullptr);
    ~ScheduledRefreshes() override;

    ScheduledJobs *jobs() { return m_jobs.get(); }
    /// The callrail-export program the jobs run: beside this one (installed), else in the build tree.
    static QString exportProgram();
    /// The failed scheduled runs not told of yet, one line each, now marked seen. Empty when there are none.
    static QStringList takeUnseenFailures();

private:
    std::unique_ptr<ScheduledJobs> m_jobs;
};

} // namespace callrail
