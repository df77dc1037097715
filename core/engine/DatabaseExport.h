#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace callrail {

/// The database of a finished extraction, loaded from the endpoints' staged JSON Lines files once every
/// endpoint has ended, as WorkbookExport does for the workbook: the SQLite file
/// (TypedOutput::SqliteDatabase, SqliteWriter) or a PostgreSQL schema (TypedOutput::PostgresDatabase,
/// PostgresWriter), one table per endpoint. Each endpoint loads on its own: one that fails leaves its table
/// as it was and the others load; its fetched data stays in the JSON Lines file, and resuming the run loads
/// it again.
class DatabaseExport
{
    Q_DECLARE_TR_FUNCTIONS(callrail::DatabaseExport)

public:
    using Log = std::function<void(LogLevel, const QString &)>;

    /// "callrail.sqlite", whatever the accounts: a multi-account run keys its tables by account too.
    static QString fileName();
    /// Loads the staged files into options.outputDir/fileName() or the PostgreSQL schema, and records it in
    /// `summary` (databases: the file's path, or PostgresConnection::describe(); outputNotes for what could
    /// not be loaded). False when some table was not loaded, so that the run stays resumable.
    static bool write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                      const Log &log);
    /// The columns a staged file's table has: the file's, then one of its own for each scalar CallRail sent
    /// that the catalogue does not know, in first-appearance order (nested values stay in other_fields;
    /// form_data and custom stay JSON, form_fields being their long layout). Nothing, with a message, when
    /// the file cannot be read.
    static std::optional<QStringList> tableColumns(const QString &jsonLinesPath,
                                                   const QStringList &fileColumns, QString *error);
};

} // namespace callrail
