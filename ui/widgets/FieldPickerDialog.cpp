#include "FieldPickerDialog.h"

#include "api/EndpointCatalogue.h"
#include "models/EndpointSelectionModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace callrail {

FieldPickerDialog::FieldPickerDialog(const QString &endpoint, const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fieldPickerDialog"));
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    const ReportKind kind = spec ? spec->report.kind : ReportKind::None;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fieldList"));
    QStringList ticked = chosen;
    switch (kind) {
    case ReportKind::None:
        setWindowTitle(tr("Optional fields of %1").arg(endpoint));
        intro->setText(tr("CallRail sends these fields only when asked. Tick the ones you need; each adds a "
                          "column to the %1 file.")
                           .arg(endpoint));
        m_list->setAccessibleName(tr("Optional fields"));
        break;
    case ReportKind::Summary:
        setWindowTitle(tr("Groupings of %1").arg(endpoint));
        intro->setText(tr("CallRail counts the window once for each grouping you tick: one request each, "
                          "and a row for every source, campaign, … it finds."));
        m_list->setAccessibleName(tr("Groupings"));
        if (ticked.isEmpty())
            ticked = spec->report.defaultGroupings;
        break;
    case ReportKind::TimeSeries:
        setWindowTitle(tr("Interval of %1").arg(endpoint));
        intro->setText(tr("One row per period. CallRail sends at most 200 points a request, so a long window "
                          "at a fine interval takes a few more requests."));
        m_list->setAccessibleName(tr("Interval"));
        if (ticked.isEmpty())
            ticked = spec->report.intervals.mid(0, 1);
        m_exclusive = true;
        break;
    }
    intro->setAccessibleName(windowTitle());
    layout->addWidget(intro);
    if (spec) {
        for (const QString &field : EndpointSelectionModel::choices(*spec)) {
            auto *item = new QListWidgetItem(field, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(ticked.contains(field) ? Qt::Checked : Qt::Unchecked);
        }
    }
    layout->addWidget(m_list);
    if (m_exclusive) {
        // One interval: ticking one unticks the others, and the ticked one stays ticked.
        connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
            const QSignalBlocker blocker(m_list);
            for (int i = 0; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(m_list->item(i) == changed ? Qt::Checked : Qt::Unchecked);
        });
    } else {
        auto *row = new QHBoxLayout;
        auto *all = new QPushButton(tr("Select &all"), this);
        auto *none = new QPushButton(tr("Select &none"), this);
        row->addWidget(all);
        row->addWidget(none);
        row->addStretch();
        layout->addLayout(row);
        connect(all, &QPushButton::clicked, this, [this] {
            for (int i = 0; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(Qt::Checked);
        });
        connect(none, &QPushButton::clicked, this, [this] {
            for (int i = 0; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(Qt::Unchecked);
        });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 420);
}

QStringList FieldPickerDialog::chosenFields() const
{
    QStringList fields;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            fields.append(m_list->item(i)->text());
    }
    return fields;
}

void FieldPickerDialog::setChosenFields(const QStringList &fields)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(fields.contains(m_list->item(i)->text()) ? Qt::Checked
                                                                                : Qt::Unchecked);
}

} // namespace callrail
