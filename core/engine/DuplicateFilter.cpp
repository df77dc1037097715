#include "DuplicateFilter.h"

namespace callrail {

namespace {

/// Pages kept for duplicate detection on lists with a stable order.
constexpr size_t kRecentPages = 32;
/// Of those, the pages saved for a resumed run.
constexpr size_t kRecentPagesInState = 4;

} // namespace

DuplicateFilter::DuplicateFilter(bool keepEveryId)
    : m_keepEveryId(keepEveryId)
{}

void DuplicateFilter::accept(const QString &id)
{
    if (!id.isEmpty())
        m_seen.insert(id);
}

void DuplicateFilter::pageWritten(QStringList ids)
{
    for (const QString &id : std::as_const(ids))
        accept(id);
    if (m_keepEveryId)
        return;
    m_recentPages.push_back(std::move(ids));
    while (m_recentPages.size() > kRecentPages) {
        for (const QString &id : m_recentPages.front())
            m_seen.remove(id);
        m_recentPages.pop_front();
    }
}

void DuplicateFilter::clear()
{
    m_seen.clear();
    m_recentPages.clear();
}

QJsonArray DuplicateFilter::saveState() const
{
    QJsonArray pages;
    if (m_keepEveryId) {
        pages.append(QJsonArray::fromStringList(QStringList(m_seen.begin(), m_seen.end())));
        return pages;
    }
    // A shift at a page boundary repeats a record on a neighbouring page: the last few pages are enough.
    const size_t keep = std::min(m_recentPages.size(), kRecentPagesInState);
    for (auto it = m_recentPages.end() - qsizetype(keep); it != m_recentPages.end(); ++it)
        pages.append(QJsonArray::fromStringList(*it));
    return pages;
}

void DuplicateFilter::restoreState(const QJsonArray &pages)
{
    for (const QJsonValue &page : pages) {
        QStringList ids;
        for (const QJsonValue &id : page.toArray())
            ids.append(id.toString());
        pageWritten(ids);
    }
}

} // namespace callrail
