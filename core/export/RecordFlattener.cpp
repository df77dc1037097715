#include "RecordFlattener.h"

#include "api/EndpointCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace callrail {

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return scalarToText(value);
}

} // namespace

QString scalarToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Qt keeps JSON integers as 64-bit integers, so toInteger() is exact even above 2^53, while
        // toDouble() would round them. The comparison tells an integral value from a fraction.
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (static_cast<double>(i) == d)
            return QString::number(i);
        if (!std::isfinite(d))
            return QString();
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return compactJson(value);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString RecordFlattener::cellText(const QJsonValue &value)
{
    if (!value.isArray())
        return scalarToText(value);
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return QString();
    for (const QJsonValue &item : array) {
        if (item.isArray() || item.isObject())
            return compactJson(value);
    }
    QString text;
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!first)
            text += QLatin1String("; ");
        first = false;
        text += scalarToText(item);
    }
    return text;
}

RecordFlattener::RecordFlattener(const QStringList &columns)
    : m_columns(columns)
{
    const QString otherName = QString::fromLatin1(kOtherFieldsColumn);
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString &name = m_columns.at(column);
        if (name == otherName) {
            m_otherColumn = column;
            continue;
        }
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        const QString top = dot < 0 ? name : name.left(dot);
        auto it = m_fieldIndex.constFind(top);
        int index = 0;
        if (it == m_fieldIndex.constEnd()) {
            index = int(m_fields.size());
            m_fieldIndex.insert(top, index);
            FieldPath path;
            path.name = top;
            m_fields.append(path);
        } else {
            index = it.value();
        }
        FieldPath &path = m_fields[index];
        if (dot < 0) {
            // A plain column wins over dotted ones of the same name: it holds the whole value.
            path.column = column;
        } else {
            const QString key = name.mid(dot + 1);
            path.subIndex.insert(key, int(path.subColumns.size()));
            path.subColumns.append(SubColumn{key, column});
        }
    }
}

const QStringList &RecordFlattener::columns() const
{
    return m_columns;
}

void RecordFlattener::walk(const QJsonObject &record, QStringList *cells, QJsonObject *extras,
                           QStringList *names) const
{
    auto addExtra = [&](const QString &name, const QJsonValue &value) {
        if (extras)
            extras->insert(name, value);
        if (names)
            names->append(name);
    };

    qsizetype knownTopLevel = 0;
    for (const FieldPath &path : m_fields) {
        const QJsonValue value = record.value(path.name);
        if (value.isUndefined())
            continue;
        ++knownTopLevel;
        if (path.column >= 0) {
            if (cells)
                (*cells)[path.column] = cellText(value);
            continue;
        }
        if (!value.isObject()) {
            // Declared as an object but sent as something else: a null is simply empty, anything
            // else is kept whole in other_fields rather than lost.
            if (!value.isNull())
                addExtra(path.name, value);
            continue;
        }
        const QJsonObject object = value.toObject();
        qsizetype knownSub = 0;
        for (const SubColumn &sub : path.subColumns) {
            const QJsonValue subValue = object.value(sub.key);
            if (subValue.isUndefined())
                continue;
            ++knownSub;
            if (cells)
                (*cells)[sub.column] = cellText(subValue);
        }
        if (knownSub < object.size()) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!path.subIndex.contains(it.key()))
                    addExtra(path.name + QLatin1Char('.') + it.key(), it.value());
            }
        }
    }
    // Only when the record has more keys than the columns matched is it worth walking its keys.
    if (knownTopLevel < record.size()) {
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            if (!m_fieldIndex.contains(it.key()))
                addExtra(it.key(), it.value());
        }
    }
}

QStringList RecordFlattener::flatten(const QJsonObject &record) const
{
    QStringList cells;
    cells.resize(m_columns.size());
    QJsonObject extras;
    walk(record, &cells, m_otherColumn >= 0 ? &extras : nullptr, nullptr);
    if (m_otherColumn >= 0 && !extras.isEmpty())
        cells[m_otherColumn] = QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact));
    return cells;
}

QStringList RecordFlattener::unexpectedFields(const QJsonObject &record) const
{
    QStringList names;
    walk(record, nullptr, nullptr, &names);
    return names;
}

} // namespace callrail
