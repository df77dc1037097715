#include "ExportNote.h"

#include "Version.h"
#include "api/EndpointCatalogue.h"
#include "export/AddedColumns.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace callrail {

QString ExportNote::fileName()
{
    return QStringLiteral("export-note.txt");
}

QString ExportNote::completeness(const EndpointResult &r)
{
    const QLocale locale;
    switch (r.outcome) {
    case EndpointOutcome::Complete:
        if (r.limitReached)
            return tr("complete up to your limit of %1 records").arg(locale.toString(r.records));
        if (r.reported >= 0)
            return tr("complete: all %1 records CallRail reported").arg(locale.toString(r.reported));
        return tr("complete");
    case EndpointOutcome::Incomplete:
        return tr("INCOMPLETE: %1 of the %2 records CallRail reported")
            .arg(locale.toString(r.records), locale.toString(r.reported));
    case EndpointOutcome::NotAvailable:
        return tr("not available on this CallRail plan or to this key");
    case EndpointOutcome::Failed:
        return tr("INCOMPLETE: stopped by an error (%1)").arg(r.message);
    case EndpointOutcome::Cancelled:
        return tr("INCOMPLETE: the run was cancelled");
    case EndpointOutcome::Pending:
    case EndpointOutcome::Running:
        break;
    }
    return tr("INCOMPLETE: not started");
}

QString ExportNote::text(const RunPlan &plan, const RunSummary &summary, const ExtractionOptions &options,
                         const std::function<QString(const EndpointResult &)> &savedName)
{
    const QLocale locale;
    QStringList lines;
    const QDateTime extracted = summary.finishedAt.isValid() ? summary.finishedAt : summary.startedAt;
    lines << tr("CallRail data exported by CallRail Extractor %1")
                 .arg(QStringLiteral(CALLRAIL_EXTRACTOR_VERSION));
    lines << tr("Extracted: %1 (%2)")
                 .arg(locale.toString(extracted.toLocalTime(), QLocale::LongFormat),
                      extracted.toUTC().toString(Qt::ISODate));
    QStringList accounts;
    for (const AccountInfo &account : plan.accounts)
        accounts << (account.name.isEmpty() ? account.id : tr("%1 (%2)").arg(account.name, account.id));
    if (!accounts.isEmpty())
        lines << tr("Account: %1").arg(accounts.join(QStringLiteral(", ")));
    // The range says its time zone: "2026-11-01 to 2026-11-30 (America/New_York)".
    lines << tr("Dates: %1, for calls, form submissions and text messages (the other lists are taken whole)")
                 .arg(plan.dateRangeText);
    QString format = options.exportOptions.format == OutputFormat::JsonLines ? tr("JSON Lines (UTF-8)")
                                                                             : tr("CSV (UTF-8)");
    if (options.exportOptions.format == OutputFormat::Csv) {
        if (options.exportOptions.byteOrderMark)
            format += QLatin1String(", ") + tr("with a byte order mark for Excel");
        if (options.exportOptions.excelSafe)
            format += QLatin1String(", ") +
                      tr("cells starting with = + - @ prefixed with ' so that spreadsheets do not run them");
    }
    if (options.typedOutput == TypedOutput::ExcelWorkbook) {
        QStringList workbooks;
        for (const QString &path : summary.workbooks)
            workbooks << QFileInfo(path).fileName();
        format =
            tr("Excel workbook (%1), from the JSON Lines files (UTF-8) beside it, which keep every value "
               "whole")
                .arg(workbooks.isEmpty() ? tr("not written") : workbooks.join(QStringLiteral(", ")));
    }
    if (options.typedOutput == TypedOutput::SqliteDatabase ||
        options.typedOutput == TypedOutput::PostgresDatabase) {
        QStringList databases;
        for (const QString &database : summary.databases)
            databases << RunSummary::databaseName(database);
        const QString where = databases.isEmpty() ? tr("not written") : databases.join(QStringLiteral(", "));
        format = options.typedOutput == TypedOutput::SqliteDatabase
                     ? tr("SQLite database (%1, a table per list, merged on the id with earlier loads), from "
                          "the JSON Lines files (UTF-8) beside it")
                           .arg(where)
                     : tr("PostgreSQL database (%1: a table per list, merged on the id with earlier loads), "
                          "from the JSON Lines files (UTF-8) beside it")
                           .arg(where);
    }
    lines << tr("Format: %1").arg(format);
    lines << QString();

    for (const EndpointResult &r : summary.endpoints) {
        const QString name = savedName ? savedName(r) : QString();
        const QString title = EndpointCatalogue::title(r.endpoint);
        QString head = name.isEmpty() ? tr("%1: no file").arg(title) : tr("%1: %2").arg(title, name);
        if (summary.endpoints.size() > 1 && plan.accounts.size() > 1 && !r.accountId.isEmpty())
            head += QStringLiteral(" [%1]").arg(r.accountId);
        lines << head;
        lines
            << tr("  %Ln record(s), %1", nullptr, int(qMin<qint64>(r.records, INT_MAX))).arg(completeness(r));
        if (!r.file.columns.isEmpty())
            lines << tr("  Fields: %1").arg(r.file.columns.join(QStringLiteral(", ")));
        if (!r.file.addedColumns.isEmpty())
            lines << tr("  Columns added for the fields found in the records: %1")
                         .arg(r.file.addedColumns.join(QStringLiteral(", ")));
        for (const QString &source : AddedColumns::fullSources(r.file.addedColumns))
            lines << tr("  %1: only its first %2 keys have columns of their own; any others stay in the %1 "
                        "column.")
                         .arg(source)
                         .arg(AddedColumns::kMaxPerSource);
    }
    lines << QString();
    for (const QString &note : summary.outputNotes)
        lines << note;
    QSet<QString> checkedAccounts;
    for (const Reconciled &r : summary.reconciled)
        checkedAccounts.insert(r.accountId);
    for (const Reconciled &r : summary.reconciled)
        lines << (checkedAccounts.size() > 1 ? r.accountId + QStringLiteral(": ") : QString()) + r.text();
    if (!summary.outputNotes.isEmpty() || !summary.reconciled.isEmpty())
        lines << QString();
    lines << tr("Requests to CallRail: %1; time taken: %2 s. The machine-readable record is summary.json.")
                 .arg(locale.toString(summary.requests), locale.toString(summary.seconds(), 'f', 1));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace callrail
