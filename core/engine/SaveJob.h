#pragma once

#include "config/Logging.h"
#include "engine/ExportManifest.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"
#include "export/ResultSaver.h"
#include "export/SaveFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace callrail {

/// Where the files of a save are, which decides what a save does when its typed output cannot be written.
enum class SaveKind
{
    /// The window's Save: the run's staged files are copied (or made CSV) into the folder. A typed output
    /// not written stops the save: nothing else is written, and the analyst can try another folder.
    CopyStaged,
    /// The end of a command-line run, whose files were staged in the folder itself. summary.json and the note
    /// are written whatever became of the typed output, and say what did.
    RunFolder,
    /// A refresh that has swapped its merged files in: the typed output is rebuilt from them, then the
    /// manifest is saved, and nothing else. A typed output (or manifest) not written fails the save and keeps
    /// the old manifest, so that the next refresh tries again.
    RefreshedFolder,
};

/// One save of a finished run into a folder, in one format: everything it needs is copied in, so that it can
/// run on a worker thread while the window stays responsive (a million-row file takes seconds to write).
struct SaveRequest
{
    SaveKind kind = SaveKind::CopyStaged;
    SaveFormat format = SaveFormat::Csv;
    QString folder;
    RunPlan plan;
    RunSummary summary;        ///< the endpoints saved (the window: the ticked ones)
    ExtractionOptions options; ///< the run's, with the CSV choices (Excel-safe, BOM) of now
    QList<SaveItem> files;     ///< CopyStaged: the staged files and their target names
    /// A name as saved (the window's dated names: "summary_2026-12-07.json"); the name itself when unset.
    std::function<QString(const QString &)> dated;
    /// What the run wrote about its files, saved beside them (CopyStaged: under the names saved) so that the
    /// folder can be refreshed later. Nothing when the run wrote none.
    std::optional<ExportManifest> manifest;
};

/// What a save did.
struct SaveResult
{
    bool ok = false;
    bool cancelled = false;                   ///< stopped by its hooks (then `error` says where)
    QString error;                            ///< why nothing (more) was saved
    QStringList names;                        ///< what is in the folder now, as named there
    QList<QPair<LogLevel, QString>> messages; ///< for the log, in order: what the typed output said, warnings
    /// The request's summary, with what became of the typed output (workbooks, databases, outputNotes) and,
    /// RunFolder, where summary.json and the note are.
    RunSummary summary;
    /// False when some table was not loaded: a run stays resumable, and resuming loads the staged files
    /// again.
    bool databaseLoaded = true;
};

/// The one way an export is written into a folder, for the window's Save, the command line's run and a
/// refresh: the Excel workbook written or the database merged into (from the staged JSON Lines files, which
/// stay beside them as the lossless copy a refresh merges into), the files copied, then summary.json, the
/// export note and the export's manifest, naming what was saved.
class SaveJob
{
    Q_DECLARE_TR_FUNCTIONS(callrail::SaveJob)

public:
    /// The files of the request that already exist in its folder (asked about before replacing). A database
    /// is merged into, never replaced, so it is not one of them.
    static QStringList existing(const SaveRequest &request);
    /// Does the work; safe on any thread. `hooks` hears of each step and can stop the save between them.
    static SaveResult run(SaveRequest request, const SaveHooks &hooks = {});
    /// `name` with its extension replaced: "calls.jsonl" -> "calls.csv".
    static QString withExtension(const QString &name, const QString &extension);
};

} // namespace callrail
