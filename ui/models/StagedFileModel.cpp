#include "StagedFileModel.h"

#include "export/CsvReader.h"
#include "export/CsvRowIndex.h"
#include "export/JsonRecordCells.h"

#include <QCollator>
#include <QFileInfo>

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPreview, "callrail.ui.preview")

namespace callrail {

namespace {
constexpr int kCacheBlocks = 64;
} // namespace

StagedFileModel::StagedFileModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(kCacheBlocks)
{}

StagedFileModel::~StagedFileModel() = default;

bool StagedFileModel::open(const QString &path, Format format, const QStringList &jsonColumns, QString *error)
{
    beginResetModel();
    m_cache.clear();
    m_file.close();
    m_path = path;
    m_format = format;
    m_columns = format == Format::JsonLines ? jsonColumns : QStringList();
    m_jsonCells = format == Format::JsonLines ? std::make_unique<JsonRecordCells>(m_columns) : nullptr;
    m_blockOffsets.clear();
    m_totalRows = 0;
    m_filter.clear();
    m_sortColumn = -1;
    m_view.reset();
    m_file.setFileName(path);
    bool ok = m_file.open(QIODevice::ReadOnly);
    if (!ok) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString());
    } else {
        ok = buildIndex(error);
    }
    endResetModel();
    return ok;
}

bool StagedFileModel::buildIndex(QString *error)
{
    const bool csv = m_format == Format::Csv;
    CsvRowIndex index(csv ? CsvRowIndex::Format::Csv : CsvRowIndex::Format::JsonLines, kBlockRows);
    if (!index.read(&m_file) || m_file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QFileInfo(m_path).fileName(), m_file.errorString());
        return false;
    }
    m_totalRows = index.rows();
    m_blockOffsets = index.takeBlockStarts();
    if (csv) {
        m_file.seek(m_file.peek(3).startsWith("\xEF\xBB\xBF") ? 3 : 0);
        CsvReader reader(&m_file);
        QStringList header;
        reader.readRow(&header);
        m_columns = header;
    }
    qCDebug(lcPreview) << "indexed" << m_totalRows << "rows of" << QFileInfo(m_path).fileName();
    return true;
}

QStringList StagedFileModel::parseJsonLine(const QByteArray &line) const
{
    if (std::optional<QStringList> cells = m_jsonCells->cells(line))
        return *cells;
    // Not a record: shown as it is rather than hidden.
    QStringList cells(m_columns.size());
    if (!cells.isEmpty())
        cells[0] = QString::fromUtf8(line.trimmed());
    return cells;
}

const StagedFileModel::Block *StagedFileModel::block(qint64 blockIndex) const
{
    if (Block *cached = m_cache.object(blockIndex))
        return cached;
    if (blockIndex < 0 || blockIndex >= qint64(m_blockOffsets.size()))
        return nullptr;
    auto *rows = new Block;
    const qint64 first = blockIndex * kBlockRows;
    const qint64 count = qMin<qint64>(kBlockRows, m_totalRows - first);
    rows->reserve(count);
    m_file.seek(m_blockOffsets[size_t(blockIndex)]);
    if (m_format == Format::Csv) {
        CsvReader reader(&m_file);
        QStringList cells;
        while (rows->size() < count && reader.readRow(&cells))
            rows->append(cells);
    } else {
        while (rows->size() < count && !m_file.atEnd()) {
            QByteArray line = m_file.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            rows->append(parseJsonLine(line));
        }
    }
    m_cache.insert(blockIndex, rows);
    return rows;
}

QStringList StagedFileModel::fileRow(qint64 row) const
{
    if (row < 0 || row >= m_totalRows)
        return {};
    const Block *b = block(row / kBlockRows);
    if (!b)
        return {};
    return b->value(row % kBlockRows);
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
    return m_view ? int(m_view->size()) : int(qMin<qint64>(m_totalRows, INT_MAX));
}

int StagedFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StagedFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QStringList cells = fileRow(fileRowAt(index.row()));
    const QString cell = cells.value(index.column());
    if (role == Qt::ToolTipRole)
        return cell.size() > 60 ? cell : QVariant();
    return cell;
}

QVariant StagedFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    // The row's number in the file, so that a sorted or filtered view still says where a row is.
    return QString::number(fileRowAt(section) + 1);
}

template <typename Visit>
void StagedFileModel::scan(Visit visit) const
{
    // The first data row is the first block's start; a file without data rows has no block.
    if (!m_file.isOpen() || m_blockOffsets.empty())
        return;
    m_file.seek(m_blockOffsets.front());
    qint64 row = 0;
    if (m_format == Format::Csv) {
        CsvReader reader(&m_file);
        QStringList cells;
        while (row < m_totalRows && reader.readRow(&cells))
            visit(row++, cells);
    } else {
        while (row < m_totalRows && !m_file.atEnd()) {
            QByteArray line = m_file.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            visit(row++, parseJsonLine(line));
        }
    }
}

void StagedFileModel::rebuildView()
{
    std::vector<int> rows;
    if (m_filter.isEmpty() && m_sortColumn < 0) {
        m_view.reset();
        return;
    }
    std::vector<QString> keys;
    const bool sorting = m_sortColumn >= 0 && m_sortColumn < m_columns.size();
    scan([&](qint64 row, const QStringList &cells) {
        if (!m_filter.isEmpty()) {
            bool match = false;
            for (const QString &cell : cells) {
                if (cell.contains(m_filter, Qt::CaseInsensitive)) {
                    match = true;
                    break;
                }
            }
            if (!match)
                return;
        }
        rows.push_back(int(row));
        if (sorting)
            keys.push_back(cells.value(m_sortColumn));
    });
    if (sorting) {
        // Numbers sort as numbers (durations, ids), everything else in the user's language order.
        std::vector<double> numbers(keys.size());
        bool allNumeric = true;
        for (size_t i = 0; i < keys.size() && allNumeric; ++i) {
            if (keys[i].isEmpty()) {
                numbers[i] = -std::numeric_limits<double>::infinity();
                continue;
            }
            bool ok = false;
            numbers[i] = keys[i].toDouble(&ok);
            allNumeric = ok;
        }
        std::vector<int> order(rows.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        if (allNumeric) {
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return ascending ? numbers[size_t(a)] < numbers[size_t(b)]
                                 : numbers[size_t(b)] < numbers[size_t(a)];
            });
        } else {
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                const int c = collator.compare(keys[size_t(a)], keys[size_t(b)]);
                return ascending ? c < 0 : c > 0;
            });
        }
        std::vector<int> sorted(rows.size());
        for (size_t i = 0; i < order.size(); ++i)
            sorted[i] = rows[size_t(order[i])];
        rows = std::move(sorted);
    }
    m_view = std::move(rows);
}

void StagedFileModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> fileRows;
    for (const QModelIndex &i : before)
        fileRows.append(fileRowAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildView();
    // Keep selections and the current cell on the same file rows.
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        int viewRow = -1;
        if (!m_view) {
            viewRow = int(fileRows[i]);
        } else {
            const auto it = std::find(m_view->begin(), m_view->end(), int(fileRows[i]));
            if (it != m_view->end())
                viewRow = int(it - m_view->begin());
        }
        after.append(viewRow >= 0 ? createIndex(viewRow, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StagedFileModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    beginResetModel();
    m_filter = trimmed;
    rebuildView();
    endResetModel();
}

} // namespace callrail
