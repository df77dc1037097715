#include "EndpointSelectionModel.h"

#include "api/EndpointCatalogue.h"
#include "settings/Preferences.h"

#include <QLocale>

namespace callrail {

EndpointSelectionModel::EndpointSelectionModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(EndpointCatalogue::names())
{
    for (const QString &name : std::as_const(m_names))
        m_checked.insert(name);
}

int EndpointSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int EndpointSelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointSelectionModel::reportChoiceData(const EndpointSpec &spec, const QStringList &chosen,
                                                  int role)
{
    const bool summary = spec.report.kind == ReportKind::Summary;
    const QStringList effective =
        !chosen.isEmpty() ? chosen
                          : (summary ? spec.report.defaultGroupings : spec.report.intervals.mid(0, 1));
    if (role == Qt::DisplayRole) {
        if (summary)
            return chosen.isEmpty() ? tr("Default")
                                    : tr("%1 of %2").arg(chosen.size()).arg(spec.report.groupings.size());
        return tr("by %1").arg(effective.value(0));
    }
    if (role == Qt::EditRole)
        return chosen;
    if (role == Qt::ToolTipRole)
        return summary
                   ? tr("Grouped by %1. Double-click to choose.").arg(effective.join(QStringLiteral(", ")))
                   : tr("One row per %1. Double-click to choose.").arg(effective.value(0));
    return {};
}

QVariant EndpointSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    const EndpointSpec *spec = EndpointCatalogue::find(name);
    if (role == EndpointRole)
        return name;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return EndpointCatalogue::title(name);
        if (role == Qt::CheckStateRole)
            return m_checked.contains(name) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && spec)
            return tr("%1 (in the API and file names: %2)").arg(EndpointCatalogue::describe(*spec), name);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2").arg(EndpointCatalogue::title(name),
                                    m_checked.contains(name) ? tr("selected") : tr("not selected"));
        break;
    case LimitColumn: {
        const qint64 limit = m_limits.value(name);
        if (role == Qt::DisplayRole)
            return limit > 0 ? QLocale().toString(limit) : tr("No limit");
        if (role == Qt::EditRole)
            return limit;
        if (role == Qt::ToolTipRole)
            return tr(
                "The most records to extract for this endpoint (0 = no limit). Double-click to change.");
        break;
    }
    case FieldsColumn: {
        if (!spec)
            break;
        const int available = int(choices(*spec).size());
        const QStringList chosen = m_fields.value(name);
        if (spec->isReport())
            return reportChoiceData(*spec, chosen, role);
        if (role == Qt::DisplayRole) {
            if (available == 0)
                return tr("—");
            if (chosen.isEmpty())
                return tr("Default");
            // Short, so that the descriptions keep their room: the tooltip names the fields.
            return tr("+%1 of %2").arg(chosen.size()).arg(available);
        }
        if (role == Qt::EditRole)
            return chosen;
        if (role == Qt::ToolTipRole)
            return available == 0
                       ? tr("This endpoint has no optional fields.")
                       : tr("Optional fields: %1. Double-click to choose.")
                             .arg(chosen.isEmpty() ? tr("none") : chosen.join(QStringLiteral(", ")));
        break;
    }
    case DescriptionColumn:
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && spec)
            return EndpointCatalogue::describe(*spec);
        break;
    default:
        break;
    }
    return {};
}

bool EndpointSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = m_names.at(index.row());
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        setChecked(name, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == LimitColumn && role == Qt::EditRole) {
        bool ok = false;
        const qint64 limit = value.toLongLong(&ok);
        if (!ok || limit < 0)
            return false;
        setLimit(name, limit);
        return true;
    }
    if (index.column() == FieldsColumn && role == Qt::EditRole) {
        setFields(name, value.toStringList());
        return true;
    }
    return false;
}

Qt::ItemFlags EndpointSelectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == LimitColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EndpointSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == LimitColumn)
        return tr("The most records to extract (0 = no limit)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Data");
    case LimitColumn:
        // Short, so that no translation pushes the description out of view; the tooltip says more.
        return tr("Limit");
    case FieldsColumn:
        return tr("Fields");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QString EndpointSelectionModel::endpointAt(int row) const
{
    return m_names.value(row);
}

int EndpointSelectionModel::rowOf(const QString &endpoint) const
{
    return int(m_names.indexOf(endpoint));
}

bool EndpointSelectionModel::isChecked(const QString &endpoint) const
{
    return m_checked.contains(endpoint);
}

void EndpointSelectionModel::setChecked(const QString &endpoint, bool checked)
{
    const int row = rowOf(endpoint);
    if (row < 0 || m_checked.contains(endpoint) == checked)
        return;
    if (checked)
        m_checked.insert(endpoint);
    else
        m_checked.remove(endpoint);
    rowChanged(row);
}

void EndpointSelectionModel::setAllChecked(bool checked)
{
    const QSet<QString> target = checked ? QSet<QString>(m_names.cbegin(), m_names.cend()) : QSet<QString>();
    if (target == m_checked)
        return;
    m_checked = target;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit selectionChanged();
}

QStringList EndpointSelectionModel::checkedEndpoints() const
{
    QStringList result;
    for (const QString &name : m_names) {
        if (m_checked.contains(name))
            result.append(name);
    }
    return result;
}

qint64 EndpointSelectionModel::limit(const QString &endpoint) const
{
    return m_limits.value(endpoint);
}

void EndpointSelectionModel::setLimit(const QString &endpoint, qint64 limit)
{
    const int row = rowOf(endpoint);
    if (row < 0 || limit < 0 || m_limits.value(endpoint) == limit)
        return;
    if (limit == 0)
        m_limits.remove(endpoint);
    else
        m_limits.insert(endpoint, limit);
    rowChanged(row);
}

QStringList EndpointSelectionModel::choices(const EndpointSpec &spec)
{
    switch (spec.report.kind) {
    case ReportKind::None:
        return spec.optionalFieldNames();
    case ReportKind::Summary:
        return spec.report.groupings;
    case ReportKind::TimeSeries:
        return spec.report.intervals;
    }
    return {};
}

QStringList EndpointSelectionModel::fields(const QString &endpoint) const
{
    return m_fields.value(endpoint);
}

void EndpointSelectionModel::setFields(const QString &endpoint, const QStringList &fields)
{
    const int row = rowOf(endpoint);
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (row < 0 || !spec)
        return;
    // Keep the catalogue's order and drop names the endpoint does not know (an old settings file).
    QStringList clean;
    for (const QString &field : choices(*spec)) {
        if (fields.contains(field))
            clean.append(field);
    }
    if (spec->report.kind == ReportKind::TimeSeries)
        clean = clean.mid(0, 1); // one interval
    if (m_fields.value(endpoint) == clean)
        return;
    if (clean.isEmpty())
        m_fields.remove(endpoint);
    else
        m_fields.insert(endpoint, clean);
    rowChanged(row);
}

QList<EndpointSelection> EndpointSelectionModel::selections() const
{
    QList<EndpointSelection> result;
    for (const QString &name : checkedEndpoints()) {
        const ReportKind kind = EndpointCatalogue::find(name)->report.kind;
        EndpointSelection selection{name, m_limits.value(name)};
        if (kind == ReportKind::Summary)
            selection.groupings = m_fields.value(name);
        else if (kind == ReportKind::TimeSeries)
            selection.interval = m_fields.value(name).value(0);
        else
            selection.fields = m_fields.value(name);
        result.append(selection);
    }
    return result;
}

void EndpointSelectionModel::load(const Preferences &preferences)
{
    beginResetModel();
    const QStringList remembered = preferences.get<QStringList>(Pref::Endpoints);
    m_checked.clear();
    for (const QString &name : std::as_const(m_names)) {
        if (!preferences.isStored(Pref::Endpoints) || remembered.contains(name))
            m_checked.insert(name);
    }
    m_limits.clear();
    m_fields.clear();
    for (const QString &name : std::as_const(m_names)) {
        if (const qint64 l = preferences.get<qint64>(Pref::RecordLimit, name); l > 0)
            m_limits.insert(name, l);
    }
    endResetModel();
    for (const QString &name : std::as_const(m_names))
        setFields(name, preferences.get<QStringList>(Pref::Fields, name));
    emit selectionChanged();
}

void EndpointSelectionModel::save(Preferences &preferences) const
{
    preferences.set(Pref::Endpoints, checkedEndpoints());
    for (const QString &name : m_names) {
        preferences.set(Pref::RecordLimit, name, m_limits.value(name));
        preferences.set(Pref::Fields, name, m_fields.value(name));
    }
}

void EndpointSelectionModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit selectionChanged();
}

} // namespace callrail
