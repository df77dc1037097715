#include "LimitDelegate.h"

#include <QSpinBox>

namespace callrail {

QWidget *LimitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("limitEditor"));
    spin->setRange(0, 100'000'000);
    spin->setSingleStep(100);
    spin->setSpecialValueText(tr("No limit"));
    spin->setAccessibleName(tr("Record limit"));
    spin->setFrame(false);
    return spin;
}

void LimitDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(
            int(qBound<qint64>(qint64(0), index.data(Qt::EditRole).toLongLong(), qint64(spin->maximum()))));
}

void LimitDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, qint64(spin->value()), Qt::EditRole);
    }
}

} // namespace callrail
