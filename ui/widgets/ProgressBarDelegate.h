#pragma once

#include <QStyledItemDelegate>

namespace callrail {

/// Draws a progress bar in a table cell from the model's fraction role (0..1, or -1 for "busy, total not
/// known yet"), in the style's own look so that it follows the system palette.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int fractionRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace callrail
