#include "WorkbookExport.h"

#include "api/EndpointCatalogue.h"
#include "engine/ExportNote.h"
#include "export/AddedColumns.h"
#include "export/WorkbookWriter.h"

#include <QDir>
#include <QHash>
#include <QLocale>

namespace callrail {

QString WorkbookExport::fileName(const QString &accountId, bool perAccount)
{
    return perAccount ? QStringLiteral("callrail_%1.xlsx").arg(accountId) : QStringLiteral("callrail.xlsx");
}

void WorkbookExport::write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                           const Log &log)
{
    const bool perAccount = plan.accounts.size() > 1;
    for (const AccountInfo &account : plan.accounts)
        writeAccount(plan, summary, options, account, perAccount, log);
}

void WorkbookExport::writeAccount(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                                  const AccountInfo &account, bool perAccount, const Log &log)
{
    const QLocale locale;
    const QString path = QDir(options.outputDir).filePath(fileName(account.id, perAccount));
    const auto fail = [&](const QString &message) {
        const QString note =
            tr("The Excel workbook could not be written: %1 The fetched data is in the JSON Lines files.")
                .arg(message);
        summary.outputNotes << note;
        log(LogLevel::Error, note);
    };

    WorkbookWriter writer(path, options.workbookLimits);
    QString error;
    if (!writer.open(&error)) {
        fail(error);
        return;
    }
    QHash<QString, QStringList>
        sheetsOf; ///< endpoint → its sheets, for the Summary's "calls: calls, calls (2)"
    QMap<QDate, qint64> callsPerDay;
    // The accounts list belongs to no account (or to the one it was charged to): it goes in every workbook.
    const auto belongs = [&](const EndpointResult &r) {
        return r.accountId.isEmpty() || r.accountId == account.id;
    };
    for (EndpointResult &r : summary.endpoints) {
        if (!belongs(r) || !r.file.exists())
            continue;
        const EndpointSpec *spec = EndpointCatalogue::find(r.endpoint);
        if (!spec)
            continue;
        // The columns the file was written with, typed by the catalogue.
        const QList<ColumnType> types = spec->typesOfColumns(r.file.columns);
        const bool calls = spec->paging == PagingStyle::Relative; // the one list counted per day
        // The sheet's added columns: the earlier workbook's (a refresh), then what is new.
        const auto added =
            AddedColumns::ofJsonLines(r.file.path, r.file.columns, r.file.addedColumns, &error);
        if (!added) {
            fail(error);
            return;
        }
        r.file.addedColumns = *added;
        const SheetReport report = writer.addSheet(r.endpoint, r.file.path, r.file.columns, types, *added,
                                                   calls ? spec->timestampField : QString(), &error);
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        sheetsOf.insert(r.endpoint, report.sheets);
        if (calls)
            callsPerDay = report.perDay;
        if (report.sheets.size() > 1) {
            const QString note = tr("%1: more rows than an Excel sheet holds (%2), continued on %3.")
                                     .arg(r.endpoint, locale.toString(options.workbookLimits.rowsPerSheet),
                                          report.sheets.mid(1).join(QStringLiteral(", ")));
            r.notes << note;
            summary.outputNotes << note;
        }
        if (report.cutCells > 0) {
            const QString note =
                tr("%1: %Ln cell(s) longer than Excel's %2 characters cut in the workbook (marked \"%3\"); "
                   "the whole text is in %4.",
                   nullptr, int(qMin<qint64>(report.cutCells, INT_MAX)))
                    .arg(r.endpoint, locale.toString(options.workbookLimits.cellCharacters),
                         WorkbookWriter::cutMarker().left(12), QFileInfo(r.file.path).fileName());
            r.notes << note;
            summary.outputNotes << note;
        }
        if (report.unreadable > 0) {
            const QString note =
                tr("%1: %Ln line(s) of %2 were not JSON records and are not in the workbook.", nullptr,
                   int(qMin<qint64>(report.unreadable, INT_MAX)))
                    .arg(r.endpoint, QFileInfo(r.file.path).fileName());
            r.notes << note;
            summary.outputNotes << note;
        }
    }

    // The Summary sheet says what ExportNote says for this account, with each list's sheets as its "file".
    RunPlan accountPlan = plan;
    accountPlan.accounts = {account};
    RunSummary accountSummary = summary;
    accountSummary.workbooks = {path};
    accountSummary.endpoints.clear();
    for (const EndpointResult &r : std::as_const(summary.endpoints)) {
        if (belongs(r))
            accountSummary.endpoints << r;
    }
    QStringList lines = ExportNote::text(accountPlan, accountSummary, options, [&](const EndpointResult &r) {
                            return sheetsOf.value(r.endpoint).join(QStringLiteral(", "));
                        }).split(QLatin1Char('\n'));
    lines.insert(1,
                 tr("Times are local times as CallRail sent them, in each record's own time zone: Excel has "
                    "no time zones (the JSON Lines files keep the offsets)."));
    writer.setSummary(lines, tr("Date"), tr("Calls"), tr("Calls per day"), callsPerDay);

    if (!writer.close(&error)) {
        fail(error);
        return;
    }
    summary.workbooks << path;
    log(LogLevel::Info, tr("Excel workbook written: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace callrail
