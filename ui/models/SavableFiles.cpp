#include "SavableFiles.h"

#include <QFileInfo>

namespace callrail {

void SavableFiles::clear()
{
    m_entries.clear();
}

void SavableFiles::take(const EndpointResult &result)
{
    m_entries.removeIf([&](const Entry &entry) {
        return entry.accountId == result.accountId && entry.endpoint == result.endpoint;
    });
    // An endpoint the plan cannot reach (403) has no rows worth a preview tab or a file.
    const bool worthKeeping = !(result.outcome == EndpointOutcome::NotAvailable && result.records == 0);
    if (result.file.exists() && worthKeeping && QFileInfo::exists(result.file.path))
        m_entries.append(Entry{result.accountId, result.endpoint, result.file, true});
    emit changed(result.accountId, result.endpoint);
}

const SavableFiles::Entry *SavableFiles::find(const QString &accountId, const QString &endpoint) const
{
    for (const Entry &entry : m_entries) {
        if (entry.accountId == accountId && entry.endpoint == endpoint)
            return &entry;
    }
    return nullptr;
}

void SavableFiles::setTicked(const QString &accountId, const QString &endpoint, bool ticked)
{
    for (Entry &entry : m_entries) {
        if (entry.accountId == accountId && entry.endpoint == endpoint && entry.ticked != ticked) {
            entry.ticked = ticked;
            emit changed(accountId, endpoint);
        }
    }
}

QList<StagedFile> SavableFiles::tickedFiles() const
{
    QList<StagedFile> files;
    for (const Entry &entry : m_entries) {
        if (entry.ticked)
            files.append(entry.file);
    }
    return files;
}

} // namespace callrail
