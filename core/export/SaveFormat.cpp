#include "export/SaveFormat.h"

namespace callrail {

QList<SaveFormat> SaveFormats::all()
{
    return {SaveFormat::Csv, SaveFormat::JsonLines, SaveFormat::ExcelWorkbook, SaveFormat::SqliteDatabase,
            SaveFormat::PostgresDatabase};
}

QString SaveFormats::name(SaveFormat format)
{
    switch (format) {
    case SaveFormat::Csv:
        return fileExtension(OutputFormat::Csv);
    case SaveFormat::JsonLines:
        return fileExtension(OutputFormat::JsonLines);
    case SaveFormat::ExcelWorkbook:
        return QStringLiteral("xlsx");
    case SaveFormat::SqliteDatabase:
        return QStringLiteral("sqlite");
    case SaveFormat::PostgresDatabase:
        return QStringLiteral("postgresql");
    }
    return QString();
}

QString SaveFormats::title(SaveFormat format)
{
    switch (format) {
    case SaveFormat::Csv:
        return tr("CSV files");
    case SaveFormat::JsonLines:
        return tr("JSON Lines files");
    case SaveFormat::ExcelWorkbook:
        return tr("Excel workbook");
    case SaveFormat::SqliteDatabase:
        return tr("SQLite database");
    case SaveFormat::PostgresDatabase:
        return tr("PostgreSQL database");
    }
    return QString();
}

QString SaveFormats::namesInWords()
{
    QStringList names;
    for (const SaveFormat format : all())
        names << name(format);
    const QString last = names.takeLast();
    return tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

std::optional<SaveFormat> SaveFormats::parse(const QString &name)
{
    if (const auto file = parseOutputFormat(name))
        return *file == OutputFormat::Csv ? SaveFormat::Csv : SaveFormat::JsonLines;
    if (const auto typed = parseTypedOutput(name)) {
        for (const SaveFormat format : all()) {
            if (typedOutput(format) == *typed)
                return format;
        }
    }
    return std::nullopt;
}

OutputFormat SaveFormats::fileFormat(SaveFormat format)
{
    return format == SaveFormat::Csv ? OutputFormat::Csv : OutputFormat::JsonLines;
}

SaveFormat SaveFormats::of(OutputFormat files, TypedOutput typed)
{
    for (const SaveFormat each : all()) {
        if (typed != TypedOutput::None && typedOutput(each) == typed)
            return each;
    }
    return files == OutputFormat::Csv ? SaveFormat::Csv : SaveFormat::JsonLines;
}

TypedOutput SaveFormats::typedOutput(SaveFormat format)
{
    switch (format) {
    case SaveFormat::Csv:
    case SaveFormat::JsonLines:
        return TypedOutput::None;
    case SaveFormat::ExcelWorkbook:
        return TypedOutput::ExcelWorkbook;
    case SaveFormat::SqliteDatabase:
        return TypedOutput::SqliteDatabase;
    case SaveFormat::PostgresDatabase:
        return TypedOutput::PostgresDatabase;
    }
    return TypedOutput::None;
}

bool SaveFormats::isDatabase(SaveFormat format)
{
    return format == SaveFormat::SqliteDatabase || format == SaveFormat::PostgresDatabase;
}

} // namespace callrail
