#include "EndpointCatalogue.h"

#include "api/EndpointCatalogueTable.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callrail {

namespace {

/// Calls `visit(column name, type)` for the columns of one field: itself, or its dotted sub-fields (and
/// theirs: "milestones.first_touch.source"). `prefix` is the dotted path of the object holding it.
template <typename Visit>
void forEachColumn(const FieldSpec &field, Visit &&visit, const QString &prefix = {})
{
    const QString name = prefix + field.name;
    if (field.subfields.isEmpty()) {
        visit(name, field.type);
        return;
    }
    for (const FieldSpec &sub : field.subfields)
        forEachColumn(sub, visit, name + QLatin1Char('.'));
}

/// Calls `visit` for every column of the spec with the given optional fields, in the fixed column order.
template <typename Visit>
void forEachColumn(const EndpointSpec &spec, const QStringList &requestedOptional, Visit &&visit)
{
    for (const FieldSpec &field : spec.defaultFields)
        forEachColumn(field, visit);
    // Optional fields keep the catalogue's order, whatever order the user listed them in,
    // so that two runs with the same selection give the same columns.
    for (const FieldSpec &field : spec.optionalFields) {
        if (requestedOptional.contains(field.name))
            forEachColumn(field, visit);
    }
    visit(QString::fromLatin1(kOtherFieldsColumn), ColumnType::Json);
}

} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Identifier:
        return QStringLiteral("identifier");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Json:
        return QStringLiteral("json");
    }
    return QString();
}

QStringList EndpointSpec::columns(const QStringList &requestedOptional) const
{
    QStringList result;
    forEachColumn(*this, requestedOptional,
                  [&](const QString &column, ColumnType) { result.append(column); });
    return result;
}

QList<ColumnType> EndpointSpec::columnTypes(const QStringList &requestedOptional) const
{
    QList<ColumnType> result;
    forEachColumn(*this, requestedOptional, [&](const QString &, ColumnType type) { result.append(type); });
    return result;
}

ColumnType EndpointSpec::columnType(const QString &column) const
{
    ColumnType found =
        column == EndpointCatalogue::removedAtColumn() ? ColumnType::Timestamp : ColumnType::Text;
    forEachColumn(*this, optionalFieldNames(), [&](const QString &each, ColumnType type) {
        if (each == column)
            found = type;
    });
    // An object spread over dotted columns that an export of an earlier version kept in one cell
    // (`milestones`): a refresh keeps the export's columns, and that cell is compact JSON.
    for (const QList<FieldSpec> *fields : {&defaultFields, &optionalFields}) {
        for (const FieldSpec &field : *fields) {
            if (field.name == column && !field.subfields.isEmpty())
                found = ColumnType::Json;
        }
    }
    return found;
}

QList<ColumnType> EndpointSpec::typesOfColumns(const QStringList &columns) const
{
    QList<ColumnType> types;
    for (const QString &column : columns)
        types << columnType(column);
    return types;
}

bool EndpointSpec::hasOptionalField(const QString &field) const
{
    for (const FieldSpec &f : optionalFields) {
        if (f.name == field)
            return true;
    }
    return false;
}

QStringList EndpointSpec::optionalFieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : optionalFields)
        names.append(f.name);
    return names;
}

QStringList EndpointSpec::defaultFieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : defaultFields)
        names.append(f.name);
    return names;
}

const QList<EndpointSpec> &EndpointCatalogue::all()
{
    static const QList<EndpointSpec> catalogue = buildEndpointCatalogue();
    return catalogue;
}

const EndpointSpec *EndpointCatalogue::find(const QString &name)
{
    for (const EndpointSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList EndpointCatalogue::names()
{
    QStringList names;
    for (const EndpointSpec &spec : all())
        names.append(spec.name);
    return names;
}

const EndpointSpec &EndpointCatalogue::accountsList()
{
    const auto &specs = all();
    return *std::find_if(specs.begin(), specs.end(),
                         [](const EndpointSpec &spec) { return spec.scope == EndpointScope::Global; });
}

const EndpointSpec &EndpointCatalogue::fanOutSource()
{
    const auto &specs = all();
    return *std::find_if(specs.begin(), specs.end(),
                         [](const EndpointSpec &spec) { return spec.fanOutSource; });
}

QString EndpointCatalogue::describe(const EndpointSpec &spec)
{
    return QCoreApplication::translate("callrail::Endpoints", spec.description);
}

QString EndpointCatalogue::title(const EndpointSpec &spec)
{
    return QCoreApplication::translate("callrail::Endpoints", spec.title);
}

QString EndpointCatalogue::title(const QString &name)
{
    const EndpointSpec *spec = find(name);
    return spec ? title(*spec) : name;
}

} // namespace callrail
