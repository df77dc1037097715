#include "SaveJob.h"

#include "engine/DatabaseExport.h"
#include "engine/ExportNote.h"
#include "engine/WorkbookExport.h"

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
QList<SaveItem> recordOfTheExport(const SaveRequest &request, const QHash<QString, QString> &savedNames)
{
    const QString summaryName = request.dated(QStringLiteral("summary.json"));
    const QString note =
        ExportNote::text(request.plan, request.summary, request.options,
                         [&](const EndpointResult &r) { return savedNames.value(r.file.path); });
    return {SaveItem{{}, summaryName, QJsonDocument(request.summary.toJson()).toJson()},
            SaveItem{{}, request.dated(ExportNote::fileName()), note.toUtf8()}};
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
    items += recordOfTheExport(request, {});
    return ResultSaver::existing(request.folder, items);
}

SaveResult SaveJob::run(SaveRequest request)
{
    SaveResult result;
    if (!QDir().mkpath(request.folder)) {
        result.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    request.options.outputDir = request.folder;
    request.options.typedOutput = SaveFormats::typedOutput(request.format);
    const auto log = [&result](LogLevel level, const QString &text) {
        result.messages.append({level, text});
    };
    QHash<QString, QString> savedNames; // staged path -> name in the folder
    // A typed output first: the workbook written, or the database merged into. Nothing of it written stops
    // the save, with what the output said.
    if (request.options.typedOutput != TypedOutput::None) {
        const bool workbook = request.options.typedOutput == TypedOutput::ExcelWorkbook;
        if (workbook)
            WorkbookExport::write(request.plan, request.summary, request.options, log);
        else
            DatabaseExport::write(request.plan, request.summary, request.options, log);
        const QStringList &written = workbook ? request.summary.workbooks : request.summary.databases;
        if (written.isEmpty()) {
            result.error = request.summary.outputNotes.join(QLatin1Char(' '));
            return result;
        }
        for (const QString &path : written)
            result.names << QFileInfo(path).fileName();
    }
    for (const SaveItem &item : std::as_const(request.files)) {
        savedNames.insert(item.source, item.targetName);
        result.names << item.targetName;
    }
    QList<SaveItem> items = request.files;
    const QList<SaveItem> record = recordOfTheExport(request, savedNames);
    items += record;
    if (!ResultSaver::save(request.folder, items, &result.error))
        return result;
    for (const SaveItem &item : record)
        result.names << item.targetName;
    result.ok = true;
    if (request.manifest) {
        // The files as saved: a later refresh finds them by these names, in this format.
        ExportManifest manifest = *request.manifest;
        manifest.format = SaveFormats::name(request.format);
        manifest.choice.exportOptions.excelSafe = request.options.exportOptions.excelSafe;
        manifest.choice.exportOptions.byteOrderMark = request.options.exportOptions.byteOrderMark;
        QList<ExportedFile> saved;
        for (ExportedFile f : std::as_const(manifest.files)) {
            for (const SaveItem &item : std::as_const(request.files)) {
                if (QFileInfo(item.source).fileName() == f.fileName) {
                    f.fileName = item.targetName;
                    saved << f;
                }
            }
        }
        manifest.files = saved;
        QString error;
        if (!manifest.save(request.folder, &error))
            result.messages.append({LogLevel::Warning, error});
        else
            result.names << ExportManifest::fileName();
    }
    return result;
}

} // namespace callrail
