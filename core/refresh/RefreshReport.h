#pragma once

#include "refresh/FileMerge.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail {

/// What a refresh did to one file of the export.
struct RefreshedFile
{
    QString accountId;
    QString endpoint;
    QString fileName;
    MergeCounts counts;
};

/// The end of a refresh, in figures and in words.
struct RefreshReport
{
    Q_DECLARE_TR_FUNCTIONS(callrail::RefreshReport)

public:
    bool ok = false;
    QString error;                     ///< why the export was left as it was
    bool completedInterrupted = false; ///< an interrupted refresh's last step was finished instead
    QDate reReadFrom; ///< the first day re-read for calls, form submissions and text messages
    int requests = 0; ///< requests the re-read spent
    QList<RefreshedFile> files;
    QStringList notes; ///< what the workbook or database said

    /// "calls: 12 new, 3 updated, 1 removed, 4,980 unchanged (120 older kept). 27 requests."
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace callrail
