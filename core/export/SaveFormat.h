#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace callrail {

/// What an export is saved as: the command line's --format and the window's "Save as" choice, one list for
/// both. Files are written while the run fetches (CSV, JSON Lines); the typed outputs are built from the
/// lossless JSON Lines files once it has ended.
enum class SaveFormat
{
    Csv,
    JsonLines,
    ExcelWorkbook,
    SqliteDatabase,
    PostgresDatabase
};

class SaveFormats
{
    Q_DECLARE_TR_FUNCTIONS(callrail::SaveFormats)

public:
    /// Every format, in the order the window offers them.
    static QList<SaveFormat> all();
    /// The name the command line takes and the settings keep: "csv", "jsonl", "xlsx", "sqlite",
    /// "postgresql".
    static QString name(SaveFormat format);
    /// The name an analyst reads: "CSV files", "Excel workbook", … (translated).
    static QString title(SaveFormat format);
    /// Every name, for a message: "csv, jsonl, xlsx or sqlite".
    static QString namesInWords();
    /// A user-given name (any of parseOutputFormat()'s and parseTypedOutput()'s spellings). Empty when
    /// unknown.
    static std::optional<SaveFormat> parse(const QString &name);
    /// The file format the run writes: a typed output is built from JSON Lines.
    static OutputFormat fileFormat(SaveFormat format);
    static TypedOutput typedOutput(SaveFormat format);
    /// The format a run's options describe (the inverse of fileFormat() and typedOutput()).
    static SaveFormat of(OutputFormat files, TypedOutput typed);
    /// A database the output is merged into (SQLite, PostgreSQL), rather than files written whole.
    static bool isDatabase(SaveFormat format);
};

} // namespace callrail
