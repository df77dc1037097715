#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace callrail {

/// One file to save and the name it gets in the user's folder: a staged file copied byte for byte, or a
/// text made at saving time (the export note, which names the files as they are saved).
struct SaveItem
{
    QString source;          ///< the staged file, as the engine wrote it; empty when `content` is the file
    QString targetName;      ///< file name in the chosen folder (StagedFile::savedName())
    QByteArray content = {}; ///< the whole file, when there is no source
    /// Set when `source` is a staged JSON Lines file to save as CSV with these choices (CsvFromJsonLines).
    std::optional<ExportOptions> csv = {};
    QStringList columns = {}; ///< the staged file's columns, for the CSV
    /// The CSV's added columns (AddedColumns), when known already; found in the file when not.
    std::optional<QStringList> addedColumns = {};
};

/// How a save tells of its steps and learns that it should stop. Both are optional, and both are called on
/// the saving thread: a window hands them on to its own thread.
struct SaveHooks
{
    /// Before each step: what it writes (a file's name in the folder, or a workbook's or database's), the
    /// steps done and the steps in all.
    std::function<void(const QString &what, int done, int total)> progress;
    /// Asked before each step and after each block of a file: true stops the save. The files saved so far
    /// stay whole, the one being written is not left behind, and nothing after it is written.
    std::function<bool()> cancelled;

    bool isCancelled() const { return cancelled && cancelled(); }
    void step(const QString &what, int done, int total) const
    {
        if (progress)
            progress(what, done, total);
    }
};

/// Writes staged files into the user's folder whole: each goes through QSaveFile (a temporary name in the
/// target folder, renamed at the end), so a file of the final name is never half written; the bytes are
/// exactly the staged bytes, or the CSV made from them.
class ResultSaver
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ResultSaver)

public:
    /// The target names that already exist in `folder`.
    static QStringList existing(const QString &folder, const QList<SaveItem> &items);
    /// Copies every item; stops at the first failure, or when `hooks` says to, with a translated message in
    /// *error. `hooks` hears of the items as steps `firstStep`… of `totalSteps` (the whole save's count).
    static bool save(const QString &folder, const QList<SaveItem> &items, QString *error,
                     const SaveHooks &hooks = {}, int firstStep = 0, int totalSteps = -1);
    /// The message of a save stopped by its hooks before `name` was written.
    static QString cancelledBefore(const QString &name);
};

} // namespace callrail
