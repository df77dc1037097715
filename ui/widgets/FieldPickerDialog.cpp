#include "FieldPickerDialog.h"

#include "api/EndpointCatalogue.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace callrail {

FieldPickerDialog::FieldPickerDialog(const QString &endpoint, const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fieldPickerDialog"));
    setWindowTitle(tr("Optional fields of %1").arg(endpoint));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("CallRail sends these fields only when asked. Tick the ones you need; each adds a "
                      "column to the %1 file.")
                       .arg(endpoint),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setAccessibleName(tr("Optional fields"));
    if (const EndpointSpec *spec = EndpointCatalogue::find(endpoint)) {
        for (const QString &field : spec->optionalFieldNames()) {
            auto *item = new QListWidgetItem(field, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosen.contains(field) ? Qt::Checked : Qt::Unchecked);
        }
    }
    layout->addWidget(m_list);
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
