#include "PreviewTab.h"

#include "widgets/StateText.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>
#include <utility>

namespace callrail {

PreviewTab::PreviewTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setAccessibleName(tr("Filter rows"));
    m_search->setPlaceholderText(tr("Filter rows…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    // Hiding columns, findable without knowing about the header's context menu.
    m_columns = new QToolButton(this);
    m_columns->setObjectName(QStringLiteral("previewColumnsButton"));
    m_columns->setText(tr("Columns…"));
    m_columns->setAccessibleName(tr("Show or hide columns"));
    m_columns->setToolTip(tr("Choose the columns to show"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    auto *columnsMenu = new QMenu(m_columns);
    columnsMenu->setObjectName(QStringLiteral("previewColumnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] { fillColumnsMenu(columnsMenu); });
    m_columns->setMenu(columnsMenu);
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("previewActivityLabel"));
    m_activity->setAccessibleName(tr("Preview activity"));
    m_activity->setVisible(false);
    // The count carries the file's completeness, which can be a long sentence after a failure: it wraps
    // rather than widen the window (its minimum width is then that of a word, not of the whole text).
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("previewCountLabel"));
    m_count->setAccessibleName(tr("Rows and completeness"));
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(m_search, 1);
    top->addWidget(m_columns);
    top->addWidget(m_activity);
    top->addWidget(m_count, 2);
    layout->addLayout(top);

    m_model = new StagedFileModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setAccessibleName(tr("Extracted rows"));
    m_view->setModel(m_model);
    // No sort until the user asks: the file's own order first.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Rows all have the same height: never measure a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setWordWrap(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_view, 1);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &PreviewTab::copySelection);

    // Typing is not searching: wait for a pause. A newer filter or sort cancels one still running.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text()); });
    connect(m_model, &StagedFileModel::activityChanged, this, &PreviewTab::showActivity);
    connect(m_model, &StagedFileModel::filterFinished, this, &PreviewTab::updateCount);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &PreviewTab::showHeaderMenu);
}

bool PreviewTab::open(const QString &path, StagedFileModel::Format format, const QStringList &jsonColumns,
                      const QString &status, QString *error)
{
    m_status = status;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_pending = PendingFile{path, format, jsonColumns};
    if (isVisible())
        openPending();
    return true;
}

StagedFileModel *PreviewTab::model()
{
    openPending();
    return m_model;
}

void PreviewTab::openPending()
{
    if (!m_pending)
        return;
    const PendingFile file = *std::exchange(m_pending, std::nullopt);
    QString error;
    if (!m_model->open(file.path, file.format, file.jsonColumns, &error))
        m_status = error;
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Measuring the columns reads rows: each tab fits its columns when it is first shown.
    m_columnsFitted = false;
    if (isVisible())
        fitColumns();
    updateCount();
}

void PreviewTab::fitColumns()
{
    m_columnsFitted = true;
    // Fit the columns to the first rows only (never measure a whole large file), within reason.
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, qBound(60, m_view->columnWidth(column) + 8, 320));
}

void PreviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    openPending();
    if (!m_columnsFitted)
        fitColumns();
}

void PreviewTab::updateCount()
{
    const QLocale locale;
    QString text;
    if (m_model->filterText().isEmpty())
        text = tr("%1 rows").arg(locale.toString(m_model->totalRows()));
    else
        text = tr("%1 of %2 rows match")
                   .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalRows()));
    if (!m_status.isEmpty())
        text += QStringLiteral(" · ") + m_status;
    setStateText(m_count, text);
    m_count->setToolTip(text);
}

void PreviewTab::showActivity(StagedFileModel::Activity activity)
{
    QString text;
    switch (activity) {
    case StagedFileModel::Activity::Idle:
        break;
    case StagedFileModel::Activity::Sorting:
        text = tr("Sorting…");
        break;
    case StagedFileModel::Activity::Filtering:
        text = tr("Filtering…");
        break;
    }
    setStateText(m_activity, text);
    m_activity->setVisible(!text.isEmpty());
    m_view->setAccessibleDescription(text);
}

QString PreviewTab::selectedText() const
{
    const QModelIndexList indexes =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return {};
    // Rows and columns in the order they are shown (columns may have been moved), hidden columns left out.
    std::map<int, std::map<int, QString>> grid;
    QList<int> visualColumns;
    for (const QModelIndex &index : indexes) {
        if (m_view->isColumnHidden(index.column()))
            continue;
        const int visual = m_view->horizontalHeader()->visualIndex(index.column());
        grid[index.row()][visual] = index.data().toString();
        if (!visualColumns.contains(visual))
            visualColumns.append(visual);
    }
    std::sort(visualColumns.begin(), visualColumns.end());
    QStringList lines;
    for (const auto &[row, cells] : grid) {
        QStringList line;
        for (int column : std::as_const(visualColumns)) {
            QString cell = cells.count(column) ? cells.at(column) : QString();
            // A tab or line break inside a cell would break the grid when pasted.
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cell.remove(QLatin1Char('\r'));
            line.append(cell);
        }
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void PreviewTab::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void PreviewTab::fillColumnsMenu(QMenu *menu)
{
    menu->clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    }
    menu->addSeparator();
    menu->addAction(tr("Show all columns"), this, [this] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnHidden(column, false);
    });
}

void PreviewTab::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

} // namespace callrail
