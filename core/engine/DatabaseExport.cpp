#include "DatabaseExport.h"

#include "api/EndpointCatalogue.h"
#include "export/SqliteWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace callrail {

QString DatabaseExport::fileName()
{
    return QStringLiteral("callrail.sqlite");
}

void DatabaseExport::write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                           const Log &log)
{
    const QString path = QDir(options.outputDir).filePath(fileName());
    const auto note = [&](const QString &text, EndpointResult *r = nullptr) {
        if (r)
            r->notes << text;
        summary.outputNotes << text;
        log(LogLevel::Error, text);
    };
    SqliteWriter writer(path);
    QString error;
    if (!writer.open(&error)) {
        note(tr("The SQLite database could not be written: %1 The fetched data is in the JSON Lines files.")
                 .arg(error));
        return;
    }
    // One time for the whole load: the rows of one run share it, whatever endpoint they came from.
    const QString extractedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const bool keyedByAccount = plan.accounts.size() > 1;
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    for (EndpointResult &r : summary.endpoints) {
        if (!r.file.exists())
            continue;
        const EndpointSpec *spec = EndpointCatalogue::find(r.endpoint);
        if (!spec)
            continue;
        // The columns the file was written with, typed by the catalogue.
        const QList<ColumnType> types = spec->typesOfColumns(r.file.columns);
        const TableReport report = writer.loadTable(r.endpoint, r.file.path, r.file.columns, types,
                                                    keyedByAccount, r.accountId, extractedAt, &error);
        if (!error.isEmpty()) {
            if (!error.endsWith(QLatin1Char('.'))) // SQLite's own messages have no full stop
                error += QLatin1Char('.');
            note(tr("%1: not loaded into the SQLite database, its table is as it was: %2 The fetched data is "
                    "in %3.")
                     .arg(r.endpoint, error, QFileInfo(r.file.path).fileName()),
                 &r);
            error.clear();
            continue;
        }
        rows += report.rows;
        if (report.skipped > 0)
            note(tr("%1: %Ln line(s) of %2 were not JSON records with an id and are not in the database.",
                    nullptr, int(qMin<qint64>(report.skipped, INT_MAX)))
                     .arg(r.endpoint, QFileInfo(r.file.path).fileName()),
                 &r);
    }
    summary.databases << path;
    log(LogLevel::Info,
        tr("SQLite database written: %1 (%Ln row(s) merged in %2 s)", nullptr,
           int(qMin<qint64>(rows, INT_MAX)))
            .arg(QDir::toNativeSeparators(path), QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)));
}

} // namespace callrail
