#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail {

/// The text form of a JSON id or scalar: strings as is, integral numbers without exponent or ".0"
/// (1932597 → "1932597", even above 2^31), other numbers shortest round-trip, bools "true"/"false",
/// null (and undefined) → "". Arrays and objects, which are not scalars, give their compact JSON text.
QString scalarToText(const QJsonValue &value);

/// Turns one CallRail record into cells for a fixed column list (from EndpointSpec::columns()).
///
/// Rules: a column "a" takes record["a"], a column "a.b" takes record["a"]["b"]. Scalars go through
/// scalarToText(); an array of scalars is joined with "; " (empty array → ""); anything deeper is kept
/// as compact JSON. Fields that no column holds are gathered into the `other_fields` column as one
/// compact JSON object (sub-keys dotted: {"brand_new":1,"company.extra":"x"}), so no data is lost.
/// The column paths are computed once here; flatten() does no hashing and no per-column searching
/// beyond QJsonObject's own binary search, because it runs for every record of an export.
class RecordFlattener
{
public:
    explicit RecordFlattener(const QStringList &columns);

    const QStringList &columns() const;

    /// One cell per column, in column order.
    QStringList flatten(const QJsonObject &record) const;

    /// Names of top-level fields (or sub-fields "a.b") in this record that no column holds; they went to
    /// other_fields. A dotted object that arrived as a non-object (e.g. a plain string) is named by itself.
    QStringList unexpectedFields(const QJsonObject &record) const;

    /// The cell text of one value: scalars via scalarToText(), arrays of scalars joined with "; ",
    /// empty arrays "", other arrays and objects compact JSON.
    static QString cellText(const QJsonValue &value);

private:
    struct SubColumn
    {
        QString key;
        int column = -1;
    };
    /// One top-level field of the record: either a plain column or an object spread over dotted columns.
    struct FieldPath
    {
        QString name;
        int column = -1;              ///< plain column index, -1 for a dotted object
        QList<SubColumn> subColumns;  ///< the dotted columns "name.key"
        QHash<QString, int> subIndex; ///< key → index in subColumns (only for the rare extra-key path)
    };

    /// Fills cells (when given) and collects the fields no column holds into extras / names.
    void walk(const QJsonObject &record, QStringList *cells, QJsonObject *extras, QStringList *names) const;

    QStringList m_columns;
    QList<FieldPath> m_fields;
    QHash<QString, int> m_fieldIndex; ///< top-level name → index in m_fields
    int m_otherColumn = -1;           ///< index of other_fields, -1 when the list has none
};

} // namespace callrail
