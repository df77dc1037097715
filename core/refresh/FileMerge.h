#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace callrail {

/// What a refresh did to one exported file.
struct MergeCounts
{
    qint64 added = 0;     ///< records CallRail has now that the export did not
    qint64 updated = 0;   ///< records re-read whose content changed (or that came back after a removal)
    qint64 removed = 0;   ///< records of the re-read window that CallRail no longer returns, marked now
    qint64 unchanged = 0; ///< records re-read as they were
    qint64 kept = 0;      ///< records older than the re-read window: not asked for, left as they were
    QDateTime newest;     ///< the newest record time in the merged file (date-filtered lists)

    qint64 total() const { return added + updated + removed + unchanged + kept; }
};

/// One exported file and the records a refresh re-read for it.
struct MergeInput
{
    QString exportedPath; ///< the file as the export holds it (CSV or JSON Lines)
    OutputFormat format = OutputFormat::Csv;
    QStringList columns;      ///< the catalogue's columns of the file (without the removal column)
    ExportOptions csvOptions; ///< how new CSV rows are written (Excel-safe, as the export was)
    QString fetchedPath;      ///< the re-read records, JSON Lines as the run staged them
    QString timestampField;   ///< the record's own time; empty for the small lists
    /// Records at or after this time were re-read; older ones are kept as they are. Invalid: the whole list
    /// was re-read (the small lists).
    QDateTime windowStart;
    QString removedAt;  ///< the time written into the removal column of records found gone now
    QString mergedPath; ///< where the merged file is written (whole, through QSaveFile)
    /// Optional: a JSON Lines file of the records that changed (added, updated, removed now), for a
    /// database to merge only those. Only for JSON Lines exports.
    QString changesPath;
};

/// Merges a refresh's re-read records into an exported file by id: new records are added at the end, changed
/// ones replaced where they stand, and records of the re-read window that CallRail no longer returns are kept
/// with the removal column set (never deleted: the analyst decides). Records older than the window are copied
/// as they are. Memory holds the re-read records only; the exported file is streamed.
///
/// The removal column is the last CSV column (added to an older file's header), or a "_removed_at" member at
/// the end of a JSON Lines record.
class FileMerge
{
    Q_DECLARE_TR_FUNCTIONS(callrail::FileMerge)

public:
    static bool merge(const MergeInput &input, MergeCounts *counts, QString *error);
};

} // namespace callrail
