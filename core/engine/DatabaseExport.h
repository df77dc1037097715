#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace callrail {

/// The SQLite database of a finished extraction (TypedOutput::SqliteDatabase): one file for the run, loaded
/// by SqliteWriter from the endpoints' staged JSON Lines files once every endpoint has ended, as
/// WorkbookExport does for the workbook. Each endpoint loads on its own: one that fails leaves its table as
/// it was and the others load; its fetched data stays in the JSON Lines file.
class DatabaseExport
{
    Q_DECLARE_TR_FUNCTIONS(callrail::DatabaseExport)

public:
    using Log = std::function<void(LogLevel, const QString &)>;

    /// "callrail.sqlite", whatever the accounts: a multi-account run keys its tables by account too.
    static QString fileName();
    /// Loads the staged files into options.outputDir/fileName() and records it in `summary` (databases,
    /// and outputNotes for what could not be loaded).
    static void write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                      const Log &log);
};

} // namespace callrail
