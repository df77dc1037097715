#include "ResumeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace callrail {

namespace {

constexpr const char *kFolderName = ".callrail-resume";

bool writeJson(const QString &path, const QJsonObject &object, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("callrail::ResumeStore", "Could not save %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QJsonObject readJson(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() && errorMessage)
        *errorMessage = parseError.errorString();
    return doc.object();
}

} // namespace

ResumeStore::ResumeStore(const QString &outputDir)
    : m_folder(QDir(outputDir).filePath(QString::fromLatin1(kFolderName)))
{}

bool ResumeStore::hasManifest() const
{
    return QFile::exists(QDir(m_folder).filePath(QStringLiteral("manifest.json")));
}

QJsonObject ResumeStore::loadManifest(QString *errorMessage) const
{
    return readJson(QDir(m_folder).filePath(QStringLiteral("manifest.json")), errorMessage);
}

bool ResumeStore::saveManifest(const QJsonObject &manifest, QString *errorMessage) const
{
    QDir().mkpath(m_folder);
    return writeJson(QDir(m_folder).filePath(QStringLiteral("manifest.json")), manifest, errorMessage);
}

QString ResumeStore::stateFile(const QString &accountId, const QString &endpoint) const
{
    const QString account = accountId.isEmpty() ? QStringLiteral("all") : accountId;
    return QDir(m_folder).filePath(account + QStringLiteral("__") + endpoint + QStringLiteral(".json"));
}

QJsonObject ResumeStore::endpointState(const QString &accountId, const QString &endpoint) const
{
    if (!QFile::exists(stateFile(accountId, endpoint)))
        return {};
    return readJson(stateFile(accountId, endpoint), nullptr);
}

bool ResumeStore::saveEndpointState(const QString &accountId, const QString &endpoint,
                                    const QJsonObject &state, QString *errorMessage) const
{
    QDir().mkpath(m_folder);
    return writeJson(stateFile(accountId, endpoint), state, errorMessage);
}

void ResumeStore::clear() const
{
    QDir(m_folder).removeRecursively();
}

} // namespace callrail
