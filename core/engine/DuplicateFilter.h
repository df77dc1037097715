#pragma once

#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>

namespace callrail {

/// Drops a record whose id was already written. Lists with a stable ascending order can only repeat a record
/// across nearby pages (a shift at a page boundary), so a window of recent pages is enough and memory stays
/// flat however many records there are; lists without a stable order are small and keep every id.
class DuplicateFilter
{
public:
    explicit DuplicateFilter(bool keepEveryId);

    bool isDuplicate(const QString &id) const { return !id.isEmpty() && m_seen.contains(id); }
    /// A record is written: a repeat of it, even on the same page, is a duplicate from now on.
    void accept(const QString &id);
    /// A page is written (its ids accepted already, or restored from a saved state).
    void pageWritten(QStringList ids);
    void clear();

    /// The ids a resumed run needs to go on dropping duplicates.
    QJsonArray saveState() const;
    void restoreState(const QJsonArray &pages);

private:
    bool m_keepEveryId = false;
    QSet<QString> m_seen;
    std::deque<QStringList> m_recentPages;
};

} // namespace callrail
