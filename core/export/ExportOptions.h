#pragma once

#include <QString>

#include <optional>

namespace callrail {

/// The file format of an export.
enum class OutputFormat
{
    Csv,      ///< RFC 4180 CSV, UTF-8, one flattened row per record, header row of column names
    JsonLines ///< one raw CallRail record per line (compact JSON, LF), lossless
};

/// The file name extension of a format, without the dot: "csv" or "jsonl".
QString fileExtension(OutputFormat format);

/// Parses a user-given format name (case-insensitive, surrounding spaces ignored): "csv", "jsonl",
/// "json-lines", "jsonlines" or "ndjson". Empty when the name is not a known format.
std::optional<OutputFormat> parseOutputFormat(const QString &name);

/// An output that keeps the catalogue's column types (ColumnType), built from the staged JSON Lines files
/// once the extraction has finished, beside them.
enum class TypedOutput
{
    None,
    ExcelWorkbook,   ///< one .xlsx per account, one sheet per endpoint (WorkbookWriter)
    SqliteDatabase,  ///< one SQLite file, one table per endpoint, merged on the key (SqliteWriter)
    PostgresDatabase ///< one schema of a PostgreSQL database, a table per endpoint, merged (PostgresWriter)
};

/// Parses a user-given typed output name (case-insensitive, surrounding spaces ignored): "xlsx" or "excel",
/// "sqlite" or "sqlite3", "postgresql", "postgres" or "pg".
/// Empty when the name is not a typed output (it may still be a file format, see parseOutputFormat()).
std::optional<TypedOutput> parseTypedOutput(const QString &name);

/// Excel's limits, injectable so that tests can reach them with a few rows.
struct WorkbookLimits
{
    qint64 rowsPerSheet = 1'048'575;   ///< data rows under the header; more continue on "calls (2)"
    qsizetype cellCharacters = 32'767; ///< longer text is cut, visibly
};

/// How the files of an export are written.
struct ExportOptions
{
    OutputFormat format = OutputFormat::Csv;
    bool excelSafe = true;      ///< neutralise formula-looking cells (CSV only), see CsvWriter
    bool byteOrderMark = false; ///< UTF-8 BOM at the start of CSV files (for Excel)
};

} // namespace callrail
