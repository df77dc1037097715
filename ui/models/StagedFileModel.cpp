#include "StagedFileModel.h"

#include "support/Background.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreview, "callrail.ui.preview")

namespace callrail {

namespace {
constexpr int kCacheRows = 4096; ///< a few screens of rows
} // namespace

StagedFileModel::StagedFileModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(kCacheRows)
{}

StagedFileModel::~StagedFileModel()
{
    // A running worker holds what it reads (StagedRows, its own RowReader): it stops at its next chunk.
    cancelRunning();
}

bool StagedFileModel::open(const QString &path, Format format, const QStringList &jsonColumns, QString *error)
{
    cancelRunning();
    beginResetModel();
    m_cache.clear();
    m_view.reset();
    m_shown = {};
    m_requested = {};
    m_matches.reset();
    m_matchesFilter.clear();
    m_rows = StagedRows::open(path, format, jsonColumns, error);
    m_reader = m_rows ? std::make_unique<RowReader>(m_rows) : nullptr;
    m_columnOrders.assign(size_t(m_rows ? m_rows->columns().size() : 0), nullptr);
    endResetModel();
    setActivity(Activity::Idle);
    if (m_rows)
        qCDebug(lcPreview) << "indexed" << m_rows->rowCount() << "rows of" << QFileInfo(path).fileName();
    return bool(m_rows);
}

QStringList StagedFileModel::fileRow(qint64 row) const
{
    if (!m_reader || row < 0 || row >= totalRows())
        return {};
    if (const QStringList *cached = m_cache.object(row))
        return *cached;
    // The raw bytes are read a block of rows at a time (scrolling in file order reads each block once) but
    // only the rows shown are split into cells: in a sorted view neighbouring rows come from all over the
    // file, and splitting whole blocks for them kept the GUI thread busy for tens of milliseconds.
    if (!m_reader->holds(row)) {
        const qint64 first = row - row % kBlockRows;
        if (!m_reader->load(first, qMin<qint64>(kBlockRows, totalRows() - first)))
            return {};
    }
    auto *cells = new QStringList(m_reader->cellTexts(m_reader->rowBytes(row)));
    const QStringList copy = *cells;
    m_cache.insert(row, cells);
    return copy;
}

qint64 StagedFileModel::fileRowAt(int viewRow) const
{
    if (m_view)
        return viewRow >= 0 && size_t(viewRow) < m_view->size() ? (*m_view)[size_t(viewRow)] : -1;
    return viewRow;
}

int StagedFileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_view ? int(m_view->size()) : int(qMin<qint64>(totalRows(), INT_MAX));
}

int StagedFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : int(m_rows->columns().size());
}

QVariant StagedFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QString cell = fileRow(fileRowAt(index.row())).value(index.column());
    if (role == Qt::ToolTipRole)
        return cell.size() > 60 ? cell : QVariant();
    return cell;
}

QVariant StagedFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return columns().value(section);
    // The row's number in the file, so that a sorted or filtered view still says where a row is.
    return QString::number(fileRowAt(section) + 1);
}

void StagedFileModel::sort(int column, Qt::SortOrder order)
{
    if (!m_rows || (column == m_requested.sortColumn && order == m_requested.order))
        return;
    m_requested.sortColumn = column;
    m_requested.order = order;
    startRequest(Activity::Sorting);
}

void StagedFileModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!m_rows || trimmed == m_requested.filter)
        return;
    m_requested.filter = trimmed;
    startRequest(Activity::Filtering);
}

void StagedFileModel::startRequest(Activity activity)
{
    cancelRunning();
    const quint64 generation = ++m_generation;
    const Query query = m_requested;
    PreviewRequest request;
    request.filter = query.filter;
    request.sortColumn = query.sortColumn;
    request.order = query.order;
    if (query.filter == m_matchesFilter)
        request.matches = m_matches;
    if (query.sortColumn >= 0 && size_t(query.sortColumn) < m_columnOrders.size())
        request.columnOrder = m_columnOrders[size_t(query.sortColumn)];
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    if (m_rows->dataBytes() < kInlineBytes) {
        apply(query, runPreviewRequest(m_rows, std::move(request), cancel, Threads::CallingThread));
        return;
    }
    setActivity(activity);
    runThenCallBack(
        this,
        [rows = m_rows, request = std::move(request), cancel]() mutable {
            return runPreviewRequest(rows, std::move(request), cancel, Threads::Pool);
        },
        [this, generation, query](PreviewResult result) {
            if (generation == m_generation) // not replaced (or cancelled) since
                apply(query, std::move(result));
        });
}

void StagedFileModel::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // a result still on its way is not applied
}

void StagedFileModel::apply(const Query &query, PreviewResult result)
{
    m_cancel.reset();
    if (!result.complete) {
        // The file could not be read again (removed, unreadable): the rows shown stay as they are.
        qCWarning(lcPreview) << "sorting or filtering" << QFileInfo(path()).fileName() << "failed";
    } else {
        if (result.matches) {
            m_matches = result.matches;
            m_matchesFilter = query.filter;
        }
        if (query.sortColumn >= 0 && size_t(query.sortColumn) < m_columnOrders.size() && result.columnOrder)
            m_columnOrders[size_t(query.sortColumn)] = result.columnOrder;
    }
    const bool rowsChanged = result.complete && query.filter != m_shown.filter;
    const bool orderChanged =
        result.complete && (query.sortColumn != m_shown.sortColumn || query.order != m_shown.order);
    if (result.complete) {
        m_shown = query;
        showView(std::move(result.view), rowsChanged);
    }
    setActivity(Activity::Idle);
    if (orderChanged || !result.complete)
        emit sortFinished();
    if (rowsChanged || !result.complete)
        emit filterFinished();
}

void StagedFileModel::showView(std::optional<std::vector<int>> view, bool rowsChanged)
{
    if (rowsChanged) {
        beginResetModel();
        m_view = std::move(view);
        endResetModel();
        return;
    }
    // The same rows in another order: keep selections and the current cell on the same file rows.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> fileRows;
    fileRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        fileRows.push_back(fileRowAt(index.row()));
    m_view = std::move(view);
    if (!before.isEmpty()) {
        std::vector<int> viewRowOf;
        if (m_view) {
            viewRowOf.assign(size_t(totalRows()), -1);
            for (size_t viewRow = 0; viewRow < m_view->size(); ++viewRow)
                viewRowOf[size_t((*m_view)[viewRow])] = int(viewRow);
        }
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const qint64 fileRow = fileRows[size_t(i)];
            const int viewRow = fileRow < 0 ? -1 : m_view ? viewRowOf[size_t(fileRow)] : int(fileRow);
            after.append(viewRow >= 0 ? createIndex(viewRow, before[i].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StagedFileModel::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    emit activityChanged(activity);
}

} // namespace callrail
