#include "RecordFlattener.h"

#include "api/EndpointCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace callrail {

namespace {

// Compact JSON written straight into a QString, character for character what
// QString::fromUtf8(QJsonDocument(...).toJson(QJsonDocument::Compact)) gives. QJsonDocument goes through a
// UTF-8 QByteArray with a temporary per string and was most of the cost of a call with every optional field
// (milestones alone: four nested objects a record); see docs/performance.md.

inline QChar hexDigit(uint u)
{
    return QLatin1Char(char(u < 10 ? '0' + u : 'a' + u - 10));
}

void appendJsonString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    const QChar *p = text.data();
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1].unicode())) {
            ++i; // a valid pair is kept as it is
            continue;
        }
        out.append(p + start, i - start);
        start = i + 1;
        out += QLatin1Char('\\');
        switch (u) {
        case u'"':
            out += QLatin1Char('"');
            break;
        case u'\\':
            out += QLatin1Char('\\');
            break;
        case 0x08:
            out += QLatin1Char('b');
            break;
        case 0x0c:
            out += QLatin1Char('f');
            break;
        case 0x0a:
            out += QLatin1Char('n');
            break;
        case 0x0d:
            out += QLatin1Char('r');
            break;
        case 0x09:
            out += QLatin1Char('t');
            break;
        default: // other control characters, and a lone surrogate (as Qt writes them)
            out += QLatin1Char('u');
            out += hexDigit((u >> 12) & 0xf);
            out += hexDigit((u >> 8) & 0xf);
            out += hexDigit((u >> 4) & 0xf);
            out += hexDigit(u & 0xf);
        }
    }
    out.append(p + start, n - start);
    out += QLatin1Char('"');
}

void appendJson(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QJsonValue::Double: {
        // Integers and doubles are kept apart inside QJsonValue, and Qt writes them differently.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out += QString::number(number.toLongLong());
        } else {
            const double d = value.toDouble();
            if (std::isfinite(d))
                out += QString::number(d, 'g', QLocale::FloatingPointShortest);
            else
                out += QLatin1String("null");
        }
        break;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += QLatin1Char('[');
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            appendJson(out, item);
        }
        out += QLatin1Char(']');
        break;
    }
    case QJsonValue::Object: {
        out += QLatin1Char('{');
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            appendJsonString(out, it.key());
            out += QLatin1Char(':');
            appendJson(out, it.value());
        }
        out += QLatin1Char('}');
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        break;
    }
}

QString compactJson(const QJsonValue &value)
{
    if (!value.isObject() && !value.isArray())
        return scalarToText(value);
    QString text;
    appendJson(text, value);
    return text;
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
        cells[m_otherColumn] = compactJson(extras);
    return cells;
}

QStringList RecordFlattener::unexpectedFields(const QJsonObject &record) const
{
    QStringList names;
    walk(record, nullptr, nullptr, &names);
    return names;
}

} // namespace callrail
