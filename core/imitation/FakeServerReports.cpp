#include "imitation/FakeCallRailServer.h"

#include "api/EndpointCatalogue.h"
#include "imitation/FakeServerReply.h"
#include "imitation/ImitationReports.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

// The reports' answers: their parameters, read as CallRail reads them; the counting is ImitationReports'.

namespace callrail {

FakeCallRailServer::Reply FakeCallRailServer::reportEndpoint(const QString &endpoint,
                                                             const QString &accountId,
                                                             const QHttpServerRequest &request)
{
    const QUrlQuery params(request.url());
    const auto param = [&](const char *name) {
        return params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    imitation::ReportQuery query;
    query.endpoint = endpoint;
    query.accountId = accountId;
    query.grouping = param("group_by");
    query.interval = param("interval");
    for (const QString &raw : param("fields").split(QLatin1Char(','), Qt::SkipEmptyParts))
        query.fields.append(raw.trimmed());
    query.dates.startDate = param("start_date");
    query.dates.endDate = param("end_date");
    query.dates.dateRange = param("date_range");
    query.dates.timeZone = param("time_zone");
    int status = 400;
    QString error;
    const auto answer = imitation::reportAnswer(*m_dataset, query, &status, &error);
    return answer ? Reply::json(*answer) : errorReply(status, error);
}

} // namespace callrail
