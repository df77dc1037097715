#include "engine/SaveJob.h"

#include "engine/DatabaseExport.h"
#include "engine/ExportNote.h"
#include "engine/WorkbookExport.h"
#include "export/AddedColumns.h"
#include "export/CsvAddedColumns.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace callrail {

QString SaveJob::withExtension(const QString &name, const QString &extension)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return (dot > 0 ? name.left(dot) : name) + QLatin1Char('.') + extension;
}

namespace {

QString datedName(const SaveRequest &request, const QString &name)
{
    return request.dated ? request.dated(name) : name;
}

/// The typed output's own files in the folder, as WorkbookExport names them.
QStringList workbookNames(const SaveRequest &request)
{
    QStringList names;
    const bool perAccount = request.plan.accounts.size() > 1;
    for (const AccountInfo &account : request.plan.accounts)
        names << WorkbookExport::fileName(account.id, perAccount);
    return names;
}

/// summary.json and the note, after the outputs: they say what became of them and name the files as saved.
/// A refresh keeps the record its first run wrote.
QList<SaveItem> recordOfTheExport(const SaveRequest &request, const RunSummary &summary,
                                  const QHash<QString, QString> &savedNames)
{
    if (request.kind == SaveKind::RefreshedFolder)
        return {};
    const auto nameOf = [&](const EndpointResult &r) {
        if (request.kind == SaveKind::CopyStaged)
            return savedNames.value(r.file.path);
        return r.file.exists() ? QFileInfo(r.file.path).fileName() : QString(); // staged where it is saved
    };
    return {SaveItem{{},
                     datedName(request, QStringLiteral("summary.json")),
                     QJsonDocument(summary.toJson()).toJson()},
            SaveItem{{},
                     datedName(request, ExportNote::fileName()),
                     ExportNote::text(request.plan, summary, request.options, nameOf).toUtf8()}};
}

/// The manifest of what the folder holds now. The window's files are found by the names they were saved
/// under, in the format chosen; a run's and a refresh's are named already.
std::optional<ExportManifest> manifestAsSaved(const SaveRequest &request)
{
    if (!request.manifest || request.kind != SaveKind::CopyStaged)
        return request.manifest;
    ExportManifest manifest = *request.manifest;
    manifest.format = SaveFormats::name(request.format);
    manifest.choice.exportOptions.excelSafe = request.options.exportOptions.excelSafe;
    manifest.choice.exportOptions.byteOrderMark = request.options.exportOptions.byteOrderMark;
    QList<ExportedFile> saved;
    for (ExportedFile f : std::as_const(manifest.files)) {
        for (const SaveItem &item : request.files) {
            if (QFileInfo(item.source).fileName() == f.fileName) {
                f.fileName = item.targetName;
                saved << f;
            }
        }
    }
    manifest.files = saved;
    return manifest;
}

/// The columns each CSV file adds after the catalogue's (AddedColumns), for the note and the manifest: read
/// from a CSV file's header, or found in a staged JSON Lines file about to be saved as CSV (and handed to
/// its SaveItem, so that it is read once). A workbook's are found by WorkbookExport, from the manifest's.
bool findAddedColumns(SaveRequest &request, RunSummary &summary, QString *error)
{
    for (EndpointResult &r : summary.endpoints) {
        if (!r.file.exists())
            continue;
        if (r.file.format == OutputFormat::Csv) {
            r.file.addedColumns = CsvAddedColumns::ofCsvHeader(r.file.path, r.file.columns);
            continue;
        }
        if (const ExportedFile *f =
                request.manifest ? request.manifest->file(r.accountId, r.endpoint) : nullptr;
            f && r.file.addedColumns.isEmpty())
            r.file.addedColumns = f->addedColumns; // a refresh's workbook keeps its order
        for (SaveItem &item : request.files) {
            if (item.source != r.file.path || !item.csv)
                continue;
            const auto added = AddedColumns::ofJsonLines(item.source, item.columns, {}, error);
            if (!added)
                return false;
            item.addedColumns = r.file.addedColumns = *added;
        }
    }
    return true;
}

/// The manifest's added columns as the folder holds them now: a CSV file's header says them (a refresh's
/// merge may have appended some), a workbook's come from the save.
void recordAddedColumns(ExportManifest &manifest, const QString &folder, const RunSummary &summary)
{
    const bool csv = manifest.format == SaveFormats::name(SaveFormat::Csv);
    const bool workbook = manifest.format == SaveFormats::name(SaveFormat::ExcelWorkbook);
    for (ExportedFile &f : manifest.files) {
        if (csv) {
            f.addedColumns = CsvAddedColumns::ofCsvHeader(QDir(folder).filePath(f.fileName), f.columns);
            continue;
        }
        if (!workbook)
            continue;
        for (const EndpointResult &r : summary.endpoints) {
            if (r.accountId == f.accountId && r.endpoint == f.endpoint && r.file.exists())
                f.addedColumns = r.file.addedColumns;
        }
    }
}

/// Whether a typed output that was not (wholly) written stops the save; see SaveKind.
bool outputFailureStops(const SaveRequest &request, const RunSummary &summary)
{
    const QStringList &written =
        request.options.typedOutput == TypedOutput::ExcelWorkbook ? summary.workbooks : summary.databases;
    switch (request.kind) {
    case SaveKind::CopyStaged:
        return written.isEmpty(); // a workbook of one account of several is still worth keeping
    case SaveKind::RunFolder:
        return false; // the run's files are in the folder already; the record says what failed
    case SaveKind::RefreshedFolder:
        return !summary.outputNotes.isEmpty(); // the manifest must not claim a database it does not hold
    }
    return true;
}

} // namespace

QStringList SaveJob::existing(const SaveRequest &request)
{
    if (SaveFormats::isDatabase(request.format))
        return {}; // merged into, with the latest run's files and notes beside it
    QList<SaveItem> items = request.files;
    if (request.format == SaveFormat::ExcelWorkbook) {
        for (const QString &name : workbookNames(request))
            items.append(SaveItem{{}, name});
    }
    items += recordOfTheExport(request, request.summary, {});
    return ResultSaver::existing(request.folder, items);
}

SaveResult SaveJob::run(SaveRequest request, const SaveHooks &hooks)
{
    SaveResult result;
    const auto stopped = [&](const QString &what) {
        result.cancelled = true;
        result.error = ResultSaver::cancelledBefore(what);
        return result;
    };
    if (!QDir().mkpath(request.folder)) {
        result.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    request.options.outputDir = request.folder;
    request.options.typedOutput = SaveFormats::typedOutput(request.format);
    result.summary = request.summary;
    const auto log = [&result](LogLevel level, const QString &text) {
        result.messages.append({level, text});
    };
    const bool typed = request.options.typedOutput != TypedOutput::None;
    const int recordSteps = request.kind == SaveKind::RefreshedFolder ? 0 : 2;
    const int total =
        int(typed) + int(request.files.size()) + recordSteps + int(request.manifest.has_value());
    int step = 0;

    if (!findAddedColumns(request, result.summary, &result.error))
        return result;

    // A typed output first: the workbook written, or the database merged into.
    if (typed) {
        const QString title = SaveFormats::title(request.format);
        if (hooks.isCancelled())
            return stopped(title);
        hooks.step(title, step++, total);
        if (request.options.typedOutput == TypedOutput::ExcelWorkbook)
            WorkbookExport::write(request.plan, result.summary, request.options, log);
        else
            result.databaseLoaded = DatabaseExport::write(request.plan, result.summary, request.options, log);
        if (outputFailureStops(request, result.summary)) {
            result.error = result.summary.outputNotes.join(QLatin1Char(' '));
            return result;
        }
        const bool workbook = request.options.typedOutput == TypedOutput::ExcelWorkbook;
        for (const QString &path :
             std::as_const(workbook ? result.summary.workbooks : result.summary.databases))
            result.names << QFileInfo(path).fileName();
    }

    QHash<QString, QString> savedNames; // staged path -> name in the folder
    for (const SaveItem &item : std::as_const(request.files))
        savedNames.insert(item.source, item.targetName);
    const QList<SaveItem> record = recordOfTheExport(request, result.summary, savedNames);
    if (request.kind == SaveKind::RunFolder) {
        // The run's files are there whatever happens here: each part of the record is tried on its own.
        QString *const pathOf[] = {&result.summary.summaryPath,
                                   &result.summary.notePath}; // the record's order
        for (qsizetype i = 0; i < record.size(); ++i) {
            const SaveItem &item = record.at(i);
            QString error;
            if (!ResultSaver::save(request.folder, {item}, &error, hooks, step++, total)) {
                if (hooks.isCancelled())
                    return stopped(item.targetName);
                log(LogLevel::Warning, error);
                continue;
            }
            result.names << item.targetName;
            *pathOf[i] = QDir(request.folder).filePath(item.targetName);
        }
    } else {
        if (!ResultSaver::save(request.folder, request.files + record, &result.error, hooks, step, total)) {
            result.cancelled = hooks.isCancelled();
            return result;
        }
        step += int(request.files.size() + record.size());
        for (const SaveItem &item : request.files + record)
            result.names << item.targetName;
    }

    if (std::optional<ExportManifest> manifest = manifestAsSaved(request)) {
        recordAddedColumns(*manifest, request.folder, result.summary);
        if (hooks.isCancelled())
            return stopped(ExportManifest::fileName());
        hooks.step(ExportManifest::fileName(), step++, total);
        QString error;
        if (manifest->save(request.folder, &error)) {
            result.names << ExportManifest::fileName();
        } else if (request.kind == SaveKind::RefreshedFolder) {
            result.error = error;
            return result;
        } else {
            log(LogLevel::Warning, error);
        }
    }
    hooks.step({}, total, total);
    result.ok = true;
    return result;
}

} // namespace callrail
