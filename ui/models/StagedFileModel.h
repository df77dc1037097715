#pragma once

#include "models/PreviewQuery.h"
#include "models/StagedRows.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace callrail {

/// A read-only table over one staged export file (CSV or JSON Lines) that stays fast with millions of rows:
/// open() scans the file once for where its rows are (StagedRows); cells are read on demand (the bytes a
/// block of rows at a time), with a small cache of rows. Nothing else of the file is held in memory.
///
/// Sorting and filtering are done here rather than by a QSortFilterProxyModel, whose per-cell data() calls
/// would parse the file row by row many times. sort() and setFilterText() return at once: the work runs on
/// the thread pool (runPreviewRequest) and the result, a row permutation (one int per row), replaces the
/// view when it arrives; until then the previous view stays shown and usable, and busyChanged() tells the
/// view. A newer request cancels an older one, whose result is never shown. The order of a column is found
/// once and kept (ColumnOrder), so sorting it again, the other way or with another filter, only places the
/// rows; the rows matching the filter are kept, so that sorting does not search again. A file small enough to
/// be sorted or filtered in a few milliseconds is handled at once, which spares the table a flash of "busy".
///
/// CSV cells are shown as CallRail sent them, without the guard the Excel-safe export adds; JSON Lines files
/// are shown flattened into the same columns as the CSV export (RowReader).
class StagedFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Format = StagedRows::Format;
    static constexpr int kBlockRows = StagedRows::kBlockRows; ///< rows read from the file at once for display
    /// Files with fewer data bytes are sorted and filtered on the calling thread (a few milliseconds).
    static constexpr qint64 kInlineBytes = 1 << 20;

    /// What the model is busy with, for the view to say so.
    enum class Activity
    {
        Idle,
        Sorting,
        Filtering
    };
    Q_ENUM(Activity)

    explicit StagedFileModel(QObject *parent = nullptr);
    ~StagedFileModel() override;

    /// Opens and indexes the file. jsonColumns: the columns to show for JSON Lines (ignored for CSV, which
    /// has its header row). False with a message when the file cannot be read.
    bool open(const QString &path, Format format, const QStringList &jsonColumns = {},
              QString *error = nullptr);
    QString path() const { return m_rows ? m_rows->path() : QString(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Asks for the rows in the column's order (-1: file order); sortFinished() when they are shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Asks for only the rows with a cell containing text (case-insensitive; empty shows every row);
    /// filterFinished() when they are shown.
    void setFilterText(const QString &text);
    /// The filter of the rows shown (the one asked for may still be running).
    QString filterText() const { return m_shown.filter; }

    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle; }

    /// Data rows in the file (without the CSV header).
    qint64 totalRows() const { return m_rows ? m_rows->rowCount() : 0; }
    QStringList columns() const { return m_rows ? m_rows->columns() : QStringList(); }
    /// The cells of a data row of the file (file order, not view order).
    QStringList fileRow(qint64 fileRow) const;
    /// The file row shown at a view row.
    qint64 fileRowAt(int viewRow) const;

signals:
    void activityChanged(callrail::StagedFileModel::Activity activity);
    /// The rows shown are in the order asked for last.
    void sortFinished();
    /// The rows shown are those of the filter asked for last.
    void filterFinished();

private:
    struct Query
    {
        QString filter;
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    void startRequest(Activity activity);
    void cancelRunning();
    void apply(const Query &query, PreviewResult result);
    void setActivity(Activity activity);
    void showView(std::optional<std::vector<int>> view, bool rowsChanged);

    std::shared_ptr<const StagedRows> m_rows;
    std::unique_ptr<RowReader> m_reader;         ///< the GUI thread's, for data()
    mutable QCache<qint64, QStringList> m_cache; ///< cells by file row

    Query m_shown;                          ///< what the rows shown are
    Query m_requested;                      ///< what was asked for last
    std::optional<std::vector<int>> m_view; ///< file rows in view order; none: file order, all rows
    /// Kept between requests: the rows matching m_matchesFilter, and each column's order once found.
    QString m_matchesFilter;
    std::shared_ptr<const std::vector<int>> m_matches;
    std::vector<std::shared_ptr<const ColumnOrder>> m_columnOrders;

    Activity m_activity = Activity::Idle;
    quint64 m_generation = 0; ///< of the latest request; a result of an older one is dropped
    CancelFlag m_cancel;
};

} // namespace callrail
