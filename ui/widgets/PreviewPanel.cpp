#include "PreviewPanel.h"

#include "controller/MainController.h"
#include "widgets/PreviewTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace callrail {

PreviewPanel::PreviewPanel(MainController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("previewPanel"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Run an extraction to preview its rows here before saving them."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setAccessibleName(tr("Extracted lists"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);
    m_tabs->setVisible(false);
}

void PreviewPanel::clear()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_tabs->setVisible(false);
    m_empty->setVisible(true);
}

void PreviewPanel::reload()
{
    clear();
    const RunController *run = m_controller->run();
    for (const RunProgressModel::Row &row : run->progressModel()->rows()) {
        const SavableFiles::Entry *staged = run->savableFiles()->find(row.accountId, row.endpoint);
        if (!staged)
            continue;
        const StagedFile &file = staged->file;
        auto *tab = new PreviewTab(m_tabs);
        const QString name = file.stem();
        tab->setObjectName(QStringLiteral("preview_") + name);
        // "Complete", or "Failed. Stopped: …": the details add to the state, never repeat it.
        QString status = outcomeLabel(row.outcome);
        if (!row.details.isEmpty())
            status = tr("%1. %2").arg(status, row.details);
        QString error;
        const bool json = file.format == OutputFormat::JsonLines;
        if (!tab->open(file.path, json ? StagedFileModel::Format::JsonLines : StagedFileModel::Format::Csv,
                       file.columns, status, &error)) {
            delete tab;
            continue;
        }
        // The name people use on the tab; the file's (or table's) own name in the tooltip: the extension is
        // the Save format's, chosen later.
        QString title = m_controller->run()->progressModel()->label(row);
        if (row.outcome != EndpointOutcome::Complete)
            title += QStringLiteral(" ⚠");
        m_tabs->addTab(tab, title);
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("%1 (%2): %3").arg(title, name, status));
    }
    m_tabs->setVisible(m_tabs->count() > 0);
    m_empty->setVisible(m_tabs->count() == 0);
}

PreviewTab *PreviewPanel::tab(const QString &name) const
{
    return m_tabs->findChild<PreviewTab *>(QStringLiteral("preview_") + name);
}

} // namespace callrail
