#include "DatabaseExport.h"

#include "api/EndpointCatalogue.h"
#include "export/AddedColumns.h"
#include "export/FormFields.h"
#include "export/PostgresConnection.h"
#include "export/PostgresWriter.h"
#include "export/SqliteWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace callrail {

QString DatabaseExport::fileName()
{
    return QStringLiteral("callrail.sqlite");
}

std::optional<QStringList> DatabaseExport::tableColumns(const QString &jsonLinesPath,
                                                        const QStringList &fileColumns, QString *error)
{
    const std::optional<QStringList> added = AddedColumns::ofJsonLines(jsonLinesPath, fileColumns, {}, error);
    if (!added)
        return std::nullopt;
    QStringList columns = fileColumns;
    for (const QString &name : *added) {
        if (AddedColumns::sourceOf(name) == QLatin1String(kOtherFieldsColumn))
            columns.append(name);
    }
    return columns;
}

bool DatabaseExport::write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                           const Log &log)
{
    const bool postgres = options.typedOutput == TypedOutput::PostgresDatabase;
    const QString what = postgres ? tr("PostgreSQL database") : tr("SQLite database");
    // Where it went, as the summary records it: the file, or the connection without its password.
    QString where;
    std::unique_ptr<TableLoader> writer;
    if (postgres) {
        where = PostgresConnection::describe(options.databaseConnection, options.databaseSchema);
        writer = std::make_unique<PostgresWriter>(options.databaseConnection, options.databasePassword,
                                                  options.databaseSchema);
    } else {
        where = QDir(options.outputDir).filePath(fileName());
        writer = std::make_unique<SqliteWriter>(where);
    }
    const auto note = [&](const QString &text, EndpointResult *r = nullptr) {
        if (r)
            r->notes << text;
        summary.outputNotes << text;
        log(LogLevel::Error, text);
    };
    const QString retry = tr("Resuming the run loads it again without asking CallRail anything.");
    QString error;
    if (!writer->open(&error)) {
        note(tr("The %1 could not be written: %2 The fetched data is in the JSON Lines files. %3")
                 .arg(what, error, retry));
        return false;
    }
    // One time for the whole load: the rows of one run share it, whatever endpoint they came from.
    const QString extractedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const bool keyedByAccount = plan.accounts.size() > 1;
    qint64 rows = 0;
    bool whole = true;
    QElapsedTimer timer;
    timer.start();
    for (EndpointResult &r : summary.endpoints) {
        if (!r.file.exists())
            continue;
        const EndpointSpec *spec = EndpointCatalogue::find(r.endpoint);
        if (!spec)
            continue;
        // The file's columns and its unknown scalars', typed by the catalogue.
        const QStringList columns = tableColumns(r.file.path, r.file.columns, &error).value_or(QStringList());
        const QList<ColumnType> types = spec->typesOfColumns(columns);
        const TableReport report = error.isEmpty()
                                       ? writer->loadTable(r.endpoint, r.file.path, columns, types,
                                                           keyedByAccount, r.accountId, extractedAt, &error)
                                       : TableReport();
        const QString file = QFileInfo(r.file.path).fileName();
        if (!error.isEmpty()) {
            if (!error.endsWith(QLatin1Char('.'))) // the databases' own messages have no full stop
                error += QLatin1Char('.');
            note(tr("%1: not loaded into the %2, its table is as it was: %3 The fetched data is in %4. %5")
                     .arg(r.endpoint, what, error, file, retry),
                 &r);
            error.clear();
            whole = false;
            continue;
        }
        rows += report.rows;
        if (r.endpoint == FormFields::parentEndpoint() &&
            r.file.columns.contains(QStringLiteral("form_data"))) {
            // The long layout of form_data beside the submissions, made from the same file and merged alike.
            const QString childRows = r.file.path + QStringLiteral(".form_fields.partial");
            TableReport child;
            if (FormFields::writeRows(r.file.path, childRows, &error))
                child =
                    writer->loadTable(FormFields::table(), childRows, FormFields::columns(),
                                      FormFields::types(), keyedByAccount, r.accountId, extractedAt, &error);
            QFile::remove(childRows);
            if (!error.isEmpty()) {
                if (!error.endsWith(QLatin1Char('.')))
                    error += QLatin1Char('.');
                note(
                    tr("%1: not loaded into the %2, its table is as it was: %3 The fetched data is in %4. %5")
                        .arg(FormFields::table(), what, error, file, retry),
                    &r);
                error.clear();
                whole = false;
            }
            rows += child.rows;
        }
        if (report.skipped > 0)
            note(tr("%1: %Ln line(s) of %2 were not JSON records with an id and are not in the database.",
                    nullptr, int(qMin<qint64>(report.skipped, INT_MAX)))
                     .arg(r.endpoint, file),
                 &r);
        if (report.unfitting > 0)
            note(tr("%1: %Ln value(s) did not fit their column's type: NULL there, and kept whole in the "
                    "column %2 of their row.",
                    nullptr, int(qMin<qint64>(report.unfitting, INT_MAX)))
                     .arg(r.endpoint, PostgresWriter::unfittingColumn()),
                 &r);
    }
    summary.databases << where;
    log(LogLevel::Info,
        tr("%1 written: %2 (%Ln row(s) merged in %3 s)", nullptr, int(qMin<qint64>(rows, INT_MAX)))
            .arg(what, postgres ? where : QDir::toNativeSeparators(where),
                 QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)));
    return whole;
}

} // namespace callrail
