#pragma once

#include "config/Logging.h"
#include "controller/ResultSaver.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"
#include "export/SaveFormat.h"
#include "engine/ExportManifest.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace callrail {

/// One Save of a finished run, in the format the analyst chose: everything it needs is copied in, so that it
/// runs on a worker thread while the window stays responsive (a million-row file takes seconds to write).
struct SaveRequest
{
    SaveFormat format = SaveFormat::Csv;
    QString folder;
    RunPlan plan;
    RunSummary summary;        ///< the ticked endpoints only
    ExtractionOptions options; ///< the run's, with the CSV choices (Excel-safe, BOM) of now
    QList<SaveItem> files;     ///< CSV / JSON Lines: the staged files and their target names
    std::function<QString(const QString &)> dated; ///< a name as saved (the date added when asked)
    /// What the run wrote about its staged files: saved beside the export, under the names saved, so that
    /// the folder can be refreshed later. Nothing when the run wrote none.
    std::optional<ExportManifest> manifest;
};

/// What a Save did.
struct SaveResult
{
    bool ok = false;
    QString error;                            ///< why nothing (more) was saved
    QStringList names;                        ///< what is in the folder now, as named there
    QList<QPair<LogLevel, QString>> messages; ///< for the log: what the typed output said
};

/// Writes a SaveRequest: CSV made from the staged JSON Lines files, JSON Lines copied, the Excel workbook
/// written or the SQLite database merged (with the JSON Lines files beside them, as the command line keeps
/// them: the lossless copy a refresh merges into), then summary.json, the export note and the export's
/// manifest, naming what was saved.
class SaveJob
{
    Q_DECLARE_TR_FUNCTIONS(callrail::SaveJob)

public:
    /// The files of the request that already exist in its folder (asked about before replacing). A database
    /// is merged into, never replaced, so it is not one of them.
    static QStringList existing(const SaveRequest &request);
    /// Does the work; safe on any thread.
    static SaveResult run(SaveRequest request);
    /// `name` with its extension replaced: "calls.jsonl" -> "calls.csv".
    static QString withExtension(const QString &name, const QString &extension);
};

} // namespace callrail
