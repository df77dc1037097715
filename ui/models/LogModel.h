#pragma once

#include "config/Logging.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>

namespace callrail {

/// The run's log lines (time, level, text), newest last. Keeps at most maxLines() lines so that a long run
/// with many retries cannot grow without bound.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        TextColumn,
        ColumnCount
    };
    /// The LogLevel as an int, on every column.
    static constexpr int LevelRole = Qt::UserRole + 1;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends a line (already redacted by the engine; redacted again here as defence in depth).
    void append(LogLevel level, const QString &text, const QDateTime &time = QDateTime::currentDateTime());
    void clear();
    static constexpr int maxLines() { return 20000; }

private:
    struct Line
    {
        QDateTime time;
        LogLevel level;
        QString text;
    };
    QList<Line> m_lines;
};

/// Shows only the log lines at or above a level.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(QObject *parent = nullptr);
    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Info;
};

} // namespace callrail
