#include "SpreadReference.h"

#include "export/ScalarText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callrail::test {

namespace {

QString cellText(const QJsonValue &value)
{
    if (!value.isArray())
        return scalarToText(value);
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isArray() || item.isObject())
            return scalarToText(value);
        items << scalarToText(item);
    }
    return items.join(QStringLiteral("; "));
}

} // namespace

QStringList spreadReference(const QStringList &columns, const QStringList &added, QStringList cells)
{
    QStringList extra(added.size());
    for (const QString &source :
         {QStringLiteral("form_data"), QStringLiteral("custom"), QStringLiteral("other_fields")}) {
        const qsizetype at = columns.indexOf(source);
        if (at < 0)
            continue;
        const bool other = source == QLatin1String("other_fields");
        // Qt's parser drops a U+FEFF that starts a string (taking it for a byte order mark); escaped, it
        // stays.
        QJsonObject object =
            QJsonDocument::fromJson(cells.value(at).toUtf8().replace("\xEF\xBB\xBF", "\\ufeff")).object();
        bool moved = false;
        for (qsizetype a = 0; a < added.size(); ++a) {
            const QString &name = added.at(a);
            const bool ofThis = other ? !name.startsWith(QLatin1String("form_data.")) &&
                                            !name.startsWith(QLatin1String("custom."))
                                      : name.startsWith(source + QLatin1Char('.'));
            const QString key = other ? name : name.mid(source.size() + 1);
            if (!ofThis || !object.contains(key))
                continue;
            const QJsonValue value = object.value(key);
            if (other && (value.isArray() || value.isObject()))
                continue; // nested: stays JSON
            extra[a] = cellText(value);
            object.remove(key);
            moved = true;
        }
        if (moved)
            cells[at] = object.isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return cells + extra;
}

} // namespace callrail::test
