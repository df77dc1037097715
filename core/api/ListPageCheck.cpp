#include "ListPageCheck.h"

#include "api/JsonPage.h"

#include <QJsonObject>

#include <simdjson.h>

#include <cmath>

namespace callrail {

namespace {

/// Absent and null both mean "not reported"; anything else must be a whole number, 0 or more.
bool isCountOrAbsent(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number >= 0 && std::trunc(number) == number;
}

} // namespace

QString ListPageCheck::problem(const JsonPage &page, const ListPageShape &shape)
{
    using simdjson::dom::element_type;
    const QByteArray key = shape.recordsKey.toUtf8();
    simdjson::dom::element list;
    if (!page.member(std::string_view(key.constData(), size_t(key.size())), &list))
        return tr("the answer has no \"%1\" list").arg(shape.recordsKey);
    if (list.type() != element_type::ARRAY)
        return tr("\"%1\" is not a list").arg(shape.recordsKey);
    const simdjson::dom::array records = list.get_array().value_unsafe();
    qsizetype count = 0;
    for (const simdjson::dom::element record : records) {
        ++count;
        if (record.type() != element_type::OBJECT)
            return tr("entry %1 of the \"%2\" list is not a record").arg(count).arg(shape.recordsKey);
    }

    const QJsonObject &envelope = page.envelope();
    for (const char *name : {"page", "per_page", "total_pages", "total_records"}) {
        const QString field = QString::fromLatin1(name);
        if (!isCountOrAbsent(envelope.value(field)))
            return tr("\"%1\" is not a whole number").arg(field);
    }
    const QJsonValue hasNext = envelope.value(QStringLiteral("has_next_page"));
    if (!hasNext.isUndefined() && !hasNext.isNull() && !hasNext.isBool())
        return tr("\"has_next_page\" is not true or false");
    const QJsonValue next = envelope.value(QStringLiteral("next_page"));
    if (!next.isUndefined() && !next.isNull() && !next.isString())
        return tr("\"next_page\" is not a link");
    if (hasNext.toBool() && next.toString().isEmpty())
        return tr("it says another page follows but gives no link to it");

    // The page size the server used: what it says, else what was asked for.
    const QJsonValue perPageValue = envelope.value(QStringLiteral("per_page"));
    const qint64 perPage = perPageValue.isDouble() ? qint64(perPageValue.toDouble()) : shape.perPage;
    if (perPage > 0 && count > perPage)
        return tr("the page holds %1 records, more than the %2 of a page").arg(count).arg(perPage);
    if (perPage > 0 && hasNext.toBool() && count < perPage)
        return tr("the page holds %1 records where %2 were due (another page follows, so it is not the last)")
            .arg(count)
            .arg(perPage);
    return {};
}

} // namespace callrail
