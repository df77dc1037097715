#pragma once

#include "engine/RunTypes.h"

#include <QList>
#include <QObject>
#include <QString>

namespace callrail {

/// The files a run staged, one per endpoint (and account), and whether the user ticked each for saving.
/// Owned by the RunController; the progress table shows the ticks, Save… writes the ticked files and the
/// preview opens them all.
class SavableFiles : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString accountId;
        QString endpoint;
        StagedFile file;
        bool ticked = true;
    };

    using QObject::QObject;

    void clear();
    /// The file an endpoint's result carries, if there is one worth saving (it exists, and holds rows or
    /// was meant to be written); ticked.
    void take(const EndpointResult &result);
    const Entry *find(const QString &accountId, const QString &endpoint) const;
    void setTicked(const QString &accountId, const QString &endpoint, bool ticked);
    const QList<Entry> &entries() const { return m_entries; }
    QList<StagedFile> tickedFiles() const;

signals:
    void changed(const QString &accountId, const QString &endpoint);

private:
    QList<Entry> m_entries;
};

} // namespace callrail
