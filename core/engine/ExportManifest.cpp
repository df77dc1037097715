#include "engine/ExportManifest.h"

#include "api/EndpointCatalogue.h"
#include "engine/RecordTimes.h"
#include "export/PostgresConnection.h"
#include "export/SaveFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace callrail {

ExportManifest ExportManifest::of(const RunManifest &choice, const ExtractionOptions &options,
                                  const RunSummary &summary)
{
    ExportManifest manifest;
    manifest.choice = choice;
    manifest.format = SaveFormats::name(SaveFormats::of(options.exportOptions.format, options.typedOutput));
    if (options.typedOutput == TypedOutput::PostgresDatabase) {
        manifest.databaseConnection = options.databaseConnection;
        manifest.databaseSchema = options.databaseSchema;
    }
    const DateRange window = choice.dates.resolve(choice.today);
    for (const EndpointResult &r : summary.endpoints) {
        if (r.outcome != EndpointOutcome::Complete || !r.file.exists())
            continue;
        const EndpointSpec *spec = EndpointCatalogue::find(r.endpoint);
        ExportedFile file;
        file.accountId = r.accountId;
        file.endpoint = r.endpoint;
        file.fileName = QFileInfo(r.file.path).fileName();
        file.columns = r.file.columns;
        file.addedColumns = r.file.addedColumns;
        file.lastFullRead = summary.finishedAt;
        if (spec && spec->dateFiltered) {
            file.windowStart = window.start;
            file.windowEnd = window.end;
            file.newest = RecordTimes::newestIn(r.file.path, r.file.format, spec->timestampField);
        }
        manifest.files.append(file);
    }
    return manifest;
}

QJsonObject ExportManifest::toJson() const
{
    QJsonArray fileList;
    for (const ExportedFile &f : files)
        fileList.append(QJsonObject{
            {QStringLiteral("account"), f.accountId},
            {QStringLiteral("endpoint"), f.endpoint},
            {QStringLiteral("file"), f.fileName},
            {QStringLiteral("columns"), QJsonArray::fromStringList(f.columns)},
            {QStringLiteral("addedColumns"), QJsonArray::fromStringList(f.addedColumns)},
            {QStringLiteral("windowStart"), f.windowStart.toString(Qt::ISODate)},
            {QStringLiteral("windowEnd"), f.windowEnd.toString(Qt::ISODate)},
            {QStringLiteral("newest"), f.newest.toString(Qt::ISODateWithMs)},
            {QStringLiteral("lastFullRead"), f.lastFullRead.toUTC().toString(Qt::ISODateWithMs)},
        });
    QJsonObject database;
    if (!databaseConnection.isEmpty())
        database = {{QStringLiteral("connection"), databaseConnection},
                    {QStringLiteral("schema"), databaseSchema}};
    return QJsonObject{{QStringLiteral("version"), kVersion},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("choice"), choice.toJson()},
                       {QStringLiteral("files"), fileList}};
}

std::optional<ExportManifest> ExportManifest::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    const auto choice = RunManifest::fromJson(json.value(QStringLiteral("choice")).toObject());
    if (!choice)
        return std::nullopt;
    ExportManifest manifest;
    manifest.choice = *choice;
    manifest.format = json.value(QStringLiteral("format")).toString();
    if (!SaveFormats::parse(manifest.format))
        return std::nullopt;
    const QJsonObject database = json.value(QStringLiteral("database")).toObject();
    manifest.databaseConnection = database.value(QStringLiteral("connection")).toString();
    manifest.databaseSchema = database.value(QStringLiteral("schema")).toString();
    // Never a password in a file: a manifest with one was not written by this program.
    if (!manifest.databaseConnection.isEmpty() &&
        !PostgresConnection::connInfoProblem(manifest.databaseConnection).isEmpty())
        return std::nullopt;
    const auto date = [](const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); };
    const auto time = [](const QJsonValue &v) {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    };
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        ExportedFile f;
        f.accountId = o.value(QStringLiteral("account")).toString();
        f.endpoint = o.value(QStringLiteral("endpoint")).toString();
        f.fileName = o.value(QStringLiteral("file")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
            f.columns << c.toString();
        for (const QJsonValue &c : o.value(QStringLiteral("addedColumns")).toArray())
            f.addedColumns << c.toString();
        f.windowStart = date(o.value(QStringLiteral("windowStart")));
        f.windowEnd = date(o.value(QStringLiteral("windowEnd")));
        f.newest = time(o.value(QStringLiteral("newest")));
        f.lastFullRead = time(o.value(QStringLiteral("lastFullRead")));
        // A name with a folder in it was not written by this program: never follow it out of the export.
        if (f.fileName.isEmpty() || f.fileName.contains(QLatin1Char('/')) ||
            f.fileName.contains(QLatin1Char('\\')) || !EndpointCatalogue::find(f.endpoint))
            return std::nullopt;
        manifest.files.append(f);
    }
    return manifest;
}

std::optional<ExportManifest> ExportManifest::load(const QString &folder, QString *error)
{
    const QString path = QDir(folder).filePath(fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                file.exists()
                    ? tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                    : tr("%1 is not an export made by this version of CallRail Extractor (it has no %2). Run "
                         "a full extraction into it once; later runs can refresh it.")
                          .arg(QDir::toNativeSeparators(folder), fileName());
        return std::nullopt;
    }
    const auto manifest = fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!manifest && error)
        *error = tr("%1 is damaged or from another version: run a full extraction into the folder again.")
                     .arg(QDir::toNativeSeparators(path));
    return manifest;
}

bool ExportManifest::isAbsentFrom(const QString &folder)
{
    return !QFileInfo::exists(QDir(folder).filePath(fileName()));
}

bool ExportManifest::save(const QString &folder, QString *error) const
{
    QSaveFile file(QDir(folder).filePath(fileName()));
    const QByteArray bytes = QJsonDocument(toJson()).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

const ExportedFile *ExportManifest::file(const QString &accountId, const QString &endpoint) const
{
    for (const ExportedFile &f : files) {
        if (f.accountId == accountId && f.endpoint == endpoint)
            return &f;
    }
    return nullptr;
}

} // namespace callrail
