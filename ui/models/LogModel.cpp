#include "LogModel.h"

#include <QLocale>

namespace callrail {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == LevelRole)
        return int(line.level);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(line.time.time(), QStringLiteral("HH:mm:ss"));
    case LevelColumn:
        switch (line.level) {
        case LogLevel::Debug:
            return tr("Debug");
        case LogLevel::Info:
            return tr("Info");
        case LogLevel::Warning:
            return tr("Warning");
        case LogLevel::Error:
            return tr("Error");
        }
        return {};
    case TextColumn:
        return line.text;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case TextColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::append(LogLevel level, const QString &text, const QDateTime &time)
{
    if (m_lines.size() >= maxLines()) {
        // Drop the oldest tenth at once: one model signal instead of one per line.
        const int drop = maxLines() / 10;
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line{time, level, Logging::redact(text)});
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterModel::setMinimumLevel(LogLevel level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LogModel::LevelRole).toInt() >= int(m_minimum);
}

} // namespace callrail
