#pragma once

#include "engine/ExtractionOptions.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace callrail {

struct EndpointSpec;

class Preferences;

/// The endpoints as a checklist: one row per catalogue endpoint, ticked or not, with its record limit and
/// the optional fields asked for. The window's "what to extract" table shows it; the run is built from it.
class EndpointSelectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        LimitColumn,
        FieldsColumn,
        DescriptionColumn,
        ColumnCount
    };
    /// Role of the raw endpoint name ("form_submissions") on every column.
    static constexpr int EndpointRole = Qt::UserRole + 1;

    explicit EndpointSelectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Catalogue name of a row.
    QString endpointAt(int row) const;
    int rowOf(const QString &endpoint) const;

    bool isChecked(const QString &endpoint) const;
    void setChecked(const QString &endpoint, bool checked);
    void setAllChecked(bool checked);
    /// Ticked endpoints in catalogue order.
    QStringList checkedEndpoints() const;

    qint64 limit(const QString &endpoint) const;
    void setLimit(const QString &endpoint, qint64 limit);
    /// What the endpoint's Fields… button chooses: a list's optional fields, a summary's groupings, or a time
    /// series' interval (one name).
    static QStringList choices(const EndpointSpec &spec);
    /// The chosen ones among choices(), in their order; empty = the catalogue's default.
    QStringList fields(const QString &endpoint) const;
    void setFields(const QString &endpoint, const QStringList &fields);

    /// The ticked endpoints with their limits and fields, ready for ExtractionOptions::endpoints.
    QList<EndpointSelection> selections() const;

    /// Restores ticks, limits and fields (nothing remembered yet = every endpoint ticked).
    void load(const Preferences &preferences);
    void save(Preferences &preferences) const;

signals:
    /// Anything about the selection changed (tick, limit, fields).
    void selectionChanged();

private:
    void rowChanged(int row);
    /// The Fields column of a report: its groupings or interval.
    static QVariant reportChoiceData(const EndpointSpec &spec, const QStringList &chosen, int role);

    QStringList m_names;
    QSet<QString> m_checked;
    QHash<QString, qint64> m_limits;
    QHash<QString, QStringList> m_fields;
};

} // namespace callrail
