#pragma once

#include "models/StagedFileModel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace callrail {

/// One endpoint's staged file as a table: sortable by clicking a header, filtered by the search box, columns
/// resizable and hideable (the Columns… button or the header's context menu), selected cells copied as
/// tab-separated text (Ctrl+C). While a large file is sorted or filtered in the background the table stays
/// usable and a label says what is running.
class PreviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewTab(QWidget *parent = nullptr);

    /// Takes the staged file; `status` is the completeness line shown beside the row count. The file is read
    /// (indexed) when the tab is first shown or its model is asked for, so that the end of a run does not
    /// scan every endpoint's file at once on the GUI thread. False (with a message) when it cannot be read.
    bool open(const QString &path, StagedFileModel::Format format, const QStringList &jsonColumns,
              const QString &status, QString *error);
    /// The table's model, with the staged file read.
    StagedFileModel *model();
    QTableView *view() const { return m_view; }
    /// The selected cells as tab-separated text, rows by line (what Ctrl+C puts on the clipboard).
    QString selectedText() const;
    void copySelection();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PendingFile
    {
        QString path;
        StagedFileModel::Format format = StagedFileModel::Format::Csv;
        QStringList jsonColumns;
    };
    /// Reads the file open() took, once.
    void openPending();
    void fitColumns();
    bool m_columnsFitted = false;

    void updateCount();
    void showActivity(StagedFileModel::Activity activity);
    /// Fills a menu with a checkable entry per column and "Show all columns".
    void fillColumnsMenu(QMenu *menu);
    void showHeaderMenu(const QPoint &pos);

    StagedFileModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_columns = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_status;
    std::optional<PendingFile> m_pending;
};

} // namespace callrail
