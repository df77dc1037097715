#pragma once

#include <QDialog>

class QListWidget;

namespace callrail {

/// Lets the user tick the optional fields of one endpoint, a summary's groupings, or a time series' interval.
class FieldPickerDialog : public QDialog
{
    Q_OBJECT
public:
    FieldPickerDialog(const QString &endpoint, const QStringList &chosen, QWidget *parent = nullptr);
    QStringList chosenFields() const;
    void setChosenFields(const QStringList &fields);

private:
    QListWidget *m_list = nullptr;
    bool m_exclusive = false; ///< one choice at most (an interval)
};

} // namespace callrail
