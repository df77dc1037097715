#include "ExportOptions.h"

namespace callrail {

QString fileExtension(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::JsonLines:
        return QStringLiteral("jsonl");
    }
    return QString();
}

std::optional<OutputFormat> parseOutputFormat(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (key == QLatin1String("jsonl") || key == QLatin1String("json-lines") ||
        key == QLatin1String("jsonlines") || key == QLatin1String("ndjson"))
        return OutputFormat::JsonLines;
    return std::nullopt;
}

std::optional<TypedOutput> parseTypedOutput(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("xlsx") || key == QLatin1String("excel"))
        return TypedOutput::ExcelWorkbook;
    if (key == QLatin1String("sqlite") || key == QLatin1String("sqlite3"))
        return TypedOutput::SqliteDatabase;
    if (key == QLatin1String("postgresql") || key == QLatin1String("postgres") || key == QLatin1String("pg"))
        return TypedOutput::PostgresDatabase;
    return std::nullopt;
}

} // namespace callrail
