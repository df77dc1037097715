#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
    /// Copies every item; stops at the first failure with a translated message in *error.
    static bool save(const QString &folder, const QList<SaveItem> &items, QString *error);
};

} // namespace callrail
