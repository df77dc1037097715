#pragma once

#include <QJsonObject>
#include <QString>

namespace callrail {

/// What an interrupted run leaves behind so that it can be continued: a manifest with the run's resolved plan
/// (accounts, companies, dates, fields) and one state file per endpoint, in a hidden folder of the output
/// folder. Every file is written whole (QSaveFile). The folder is removed when a run completes.
class ResumeStore
{
public:
    explicit ResumeStore(const QString &outputDir);

    QString folder() const { return m_folder; }
    bool hasManifest() const;
    QJsonObject loadManifest(QString *errorMessage) const;
    bool saveManifest(const QJsonObject &manifest, QString *errorMessage) const;

    QJsonObject endpointState(const QString &accountId, const QString &endpoint) const;
    bool saveEndpointState(const QString &accountId, const QString &endpoint, const QJsonObject &state,
                           QString *errorMessage) const;
    /// Removes the folder (the run completed: nothing left to continue).
    void clear() const;

private:
    QString stateFile(const QString &accountId, const QString &endpoint) const;
    QString m_folder;
};

} // namespace callrail
