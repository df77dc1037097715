#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QFile>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace callrail {

class JsonRecordCells;

/// A read-only table over one staged export file (CSV or JSON Lines) that stays fast with millions of rows:
/// open() scans the file once and remembers the byte offset of every kBlockRows-th row; cells are parsed on
/// demand, a block of rows at a time, with a small cache. Nothing else of the file is held in memory.
///
/// Sorting and filtering are done here rather than by a QSortFilterProxyModel, whose per-cell data() calls
/// would parse the file row by row many times: sort() and setFilterText() make one sequential pass over the
/// file and then keep only a row permutation (one int per row).
///
/// JSON Lines files are shown flattened into the same columns as the CSV export (the export's flattener over
/// the catalogue's columns for the fields asked for), parsed line by line on demand like the CSV.
class StagedFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        JsonLines
    };
    static constexpr int kBlockRows = 256;

    explicit StagedFileModel(QObject *parent = nullptr);
    ~StagedFileModel() override;

    /// Opens and indexes the file. jsonColumns: the columns to show for JSON Lines (ignored for CSV, which
    /// has its header row). False with a message when the file cannot be read.
    bool open(const QString &path, Format format, const QStringList &jsonColumns = {},
              QString *error = nullptr);
    QString path() const { return m_path; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keeps only rows with a cell containing text (case-insensitive); empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// Data rows in the file (without the CSV header).
    qint64 totalRows() const { return m_totalRows; }
    QStringList columns() const { return m_columns; }
    /// The cells of a data row of the file (file order, not view order).
    QStringList fileRow(qint64 fileRow) const;
    /// The file row shown at a view row.
    qint64 fileRowAt(int viewRow) const;

private:
    using Block = QList<QStringList>;
    bool buildIndex(QString *error);
    const Block *block(qint64 blockIndex) const;
    QStringList parseJsonLine(const QByteArray &line) const;
    /// Calls visit(fileRow, cells) for every data row, in file order, in one pass.
    template <typename Visit>
    void scan(Visit visit) const;
    void rebuildView();

    QString m_path;
    Format m_format = Format::Csv;
    QStringList m_columns;
    std::unique_ptr<JsonRecordCells> m_jsonCells;
    mutable QFile m_file;
    std::vector<qint64> m_blockOffsets; ///< offset of data row k*kBlockRows
    qint64 m_totalRows = 0;
    mutable QCache<qint64, Block> m_cache;

    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<std::vector<int>>
        m_view; ///< file rows in view order; empty optional = file order, all rows
};

} // namespace callrail
