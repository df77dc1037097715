#include "imitation/FakeCallRailServer.h"

#include "api/ApiFacts.h"
#include "api/EndpointCatalogue.h"
#include "imitation/FakeServerReply.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QMap>
#include <QUrlQuery>

// The list endpoints' answers: parameters, filters, order, pages and the envelope (shared/callrail-api.md
// §3, §4). The routing, authentication, budget and faults are in FakeCallRailServer.cpp.

namespace callrail {

namespace {

constexpr int kMaxPerPage = ApiFacts::kMaxPerPage;
constexpr int kDefaultPerPage = 100; ///< CallRail's per_page when none is asked for

bool parsePositive(const QString &text, int *value, bool allowZero)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < (allowZero ? 0 : 1))
        return false;
    *value = v;
    return true;
}

QByteArray percent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

FakeCallRailServer::Reply FakeCallRailServer::listEndpoint(const QString &endpoint, const QString &accountId,
                                                           const QHttpServerRequest &request)
{
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    Q_ASSERT(spec);
    QHash<QString, QString> params;
    const auto items = QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        params.insert(item.first, item.second);

    // fields=: optional names add columns; default names are accepted and change nothing.
    QStringList fields;
    const QStringList requested =
        params.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : requested) {
        const QString name = raw.trimmed();
        if (spec->hasOptionalField(name)) {
            if (!fields.contains(name))
                fields.append(name);
        } else if ((!spec->defaultFieldNames().contains(name) || name.isEmpty()) &&
                   !readings().unknownFieldsIgnored) {
            return errorReply(400, QStringLiteral("Unknown field: %1").arg(name));
        }
    }

    Query query;
    const QString companyId = params.value(QStringLiteral("company_id"));
    if (spec->scope == EndpointScope::PerCompany && companyId.isEmpty())
        return errorReply(400, QStringLiteral("company_id is required"));
    const bool companyFilter = endpoint != QLatin1String("accounts") &&
                               endpoint != QLatin1String("companies") &&
                               endpoint != QLatin1String("notifications");
    if (companyFilter && !companyId.isEmpty()) {
        if (!m_dataset->hasCompany(accountId, companyId))
            return errorReply(404, QStringLiteral("Company not found"));
        query.companyId = companyId;
    }
    if (spec->dateFiltered) {
        query.dates.startDate = params.value(QStringLiteral("start_date"));
        query.dates.endDate = params.value(QStringLiteral("end_date"));
        query.dates.dateRange = params.value(QStringLiteral("date_range"));
        query.dates.timeZone = params.value(QStringLiteral("time_zone"));
    } else {
        query.unbounded = true;
    }

    int perPage = kDefaultPerPage;
    if (params.contains(QStringLiteral("per_page")) &&
        !parsePositive(params.value(QStringLiteral("per_page")), &perPage, false)) {
        return errorReply(400, QStringLiteral("per_page must be a positive number"));
    }
    if (perPage > kMaxPerPage && !readings().clampPerPage)
        return errorReply(400, QStringLiteral("per_page must be at most %1").arg(kMaxPerPage));
    perPage = std::min(perPage, kMaxPerPage);
    int page = 1;
    if (params.contains(QStringLiteral("page")) &&
        !parsePositive(params.value(QStringLiteral("page")), &page, false)) {
        return errorReply(400, QStringLiteral("page must be a positive number"));
    }
    const bool relative = spec->paging == PagingStyle::Relative &&
                          params.value(QStringLiteral("relative_pagination")) == QLatin1String("true");
    int pageIndex = page - 1;
    if (relative) {
        pageIndex = 0;
        if (params.contains(QStringLiteral("offset")) &&
            !parsePositive(params.value(QStringLiteral("offset")), &pageIndex, true)) {
            return errorReply(400, QStringLiteral("offset must be a page number"));
        }
    }

    // Order: calls, forms and texts newest first by default (texts always), others ascending.
    QString order = params.value(QStringLiteral("order")).toLower();
    if (order.isEmpty() && !spec->sortField.isEmpty())
        order = params.value(QStringLiteral("api_sort[][%1]").arg(spec->sortField)).toLower();
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return errorReply(400, QStringLiteral("order must be asc or desc"));
    bool descending = ImitationDataset::isStreamEndpoint(endpoint);
    if (!order.isEmpty() && !spec->sortField.isEmpty())
        descending = order == QLatin1String("desc");

    QList<qint64> indexes;
    qint64 total = 0;
    QString error;
    if (!m_dataset->page(endpoint, accountId, query, descending, qint64(pageIndex) * perPage, perPage,
                         &indexes, &total, &error)) {
        const bool retention = error == DateQuery::retentionError();
        return errorReply(retention && !readings().retentionErrorIs400 ? 422 : 400, error);
    }
    if (readings().pageBeyondEndNotFound && pageIndex > 0 && qint64(pageIndex) * perPage >= total)
        return errorReply(404, QStringLiteral("Page %1 is beyond the last page").arg(pageIndex + 1));
    QJsonArray records;
    for (qint64 index : indexes)
        records.append(m_dataset->record(endpoint, accountId, index, fields));

    const qint64 reportedTotal =
        m_reportedTotals.value(endpoint, -1) >= 0 ? m_reportedTotals.value(endpoint) : total;
    const qint64 totalPages = (reportedTotal + perPage - 1) / perPage;
    QJsonObject envelope;
    if (!relative || readings().relativePerPage)
        envelope.insert(QStringLiteral("per_page"), perPage);
    if (!relative || readings().relativeTotals) {
        envelope.insert(QStringLiteral("page"), pageIndex + 1);
        envelope.insert(QStringLiteral("total_pages"), totalPages);
        envelope.insert(QStringLiteral("total_records"), reportedTotal);
    }
    if (!relative && !readings().totalPagesEverywhere) {
        // "Some endpoints omit [total_pages] or report 0" (shared/callrail-api.md §3): these do.
        if (spec->scope == EndpointScope::PerCompany)
            envelope.remove(QStringLiteral("total_pages"));
        else if (endpoint == QLatin1String("notifications"))
            envelope.insert(QStringLiteral("total_pages"), 0);
    }
    envelope.insert(spec->recordsKey, records);
    if (relative) {
        const bool hasNext = m_nextPageLoop || qint64(pageIndex + 1) * perPage < total;
        envelope.insert(QStringLiteral("has_next_page"), hasNext);
        if (hasNext) {
            // Rails-style absolute URL, as CallRail sends it: no ".json", parameters sorted by name.
            QMap<QString, QString> next;
            for (auto it = params.cbegin(); it != params.cend(); ++it)
                next.insert(it.key(), it.value());
            next.insert(QStringLiteral("action"), QStringLiteral("index"));
            next.insert(QStringLiteral("api_sort[][%1]").arg(spec->sortField),
                        descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            next.insert(QStringLiteral("api_sort[]"), spec->sortField);
            next.insert(QStringLiteral("controller"), QStringLiteral("api/v3/calls"));
            next.insert(QStringLiteral("format"), QStringLiteral("json"));
            next.insert(QStringLiteral("no_one_to_many_associations"), QStringLiteral("true"));
            next.insert(QStringLiteral("offset"), QString::number(m_nextPageLoop ? 1 : pageIndex + 1));
            next.insert(QStringLiteral("page"), QStringLiteral("1"));
            next.insert(QStringLiteral("per_page"), QString::number(perPage));
            next.insert(QStringLiteral("relative_pagination"), QStringLiteral("true"));
            QByteArray queryText;
            for (auto it = next.cbegin(); it != next.cend(); ++it) {
                if (!queryText.isEmpty())
                    queryText += '&';
                queryText += percent(it.key()) + '=' + percent(it.value());
            }
            QUrl url = baseUrl();
            url.setPath(QStringLiteral("/v3/a/%1/calls").arg(accountId));
            url.setQuery(QString::fromLatin1(queryText), QUrl::StrictMode);
            envelope.insert(QStringLiteral("next_page"), QString::fromUtf8(url.toEncoded()));
        } else if (readings().nextPageNullOnLastPage) {
            envelope.insert(QStringLiteral("next_page"), QJsonValue());
        }
    }
    return Reply::json(envelope);
}

} // namespace callrail
