#include "EndpointState.h"

#include "engine/RunTypes.h"

namespace callrail {

namespace {

/// The plan's members sit beside the others in the flat object.
const char *const kPlanKeys[] = {"segment", "page", "cursorUrl", "segments"};

} // namespace

QJsonObject EndpointState::toJson() const
{
    QJsonObject json{
        {QStringLiteral("endpoint"), endpoint},        {QStringLiteral("account"), account},
        {QStringLiteral("rows"), double(rows)},        {QStringLiteral("duplicates"), double(duplicates)},
        {QStringLiteral("requests"), requests},        {QStringLiteral("offset"), double(offset)},
        {QStringLiteral("recentIds"), recentIds},      {QStringLiteral("done"), done},
        {QStringLiteral("outcome"), outcome},          {QStringLiteral("reported"), double(reported)},
        {QStringLiteral("limitReached"), limitReached}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    for (const char *key : kPlanKeys) {
        const QString name = QString::fromLatin1(key);
        if (plan.contains(name))
            json.insert(name, plan.value(name));
    }
    return json;
}

EndpointState EndpointState::fromJson(const QJsonObject &json)
{
    EndpointState state;
    state.endpoint = json.value(QStringLiteral("endpoint")).toString();
    state.account = json.value(QStringLiteral("account")).toString();
    state.rows = qint64(json.value(QStringLiteral("rows")).toDouble());
    state.duplicates = qint64(json.value(QStringLiteral("duplicates")).toDouble());
    state.requests = json.value(QStringLiteral("requests")).toInt();
    state.offset = qint64(json.value(QStringLiteral("offset")).toDouble(-1));
    state.recentIds = json.value(QStringLiteral("recentIds")).toArray();
    state.done = json.value(QStringLiteral("done")).toBool();
    state.outcome = json.value(QStringLiteral("outcome")).toString();
    state.reported = qint64(json.value(QStringLiteral("reported")).toDouble(-1));
    state.limitReached = json.value(QStringLiteral("limitReached")).toBool();
    state.message = json.value(QStringLiteral("message")).toString();
    for (const char *key : kPlanKeys) {
        const QString name = QString::fromLatin1(key);
        if (json.contains(name))
            state.plan.insert(name, json.value(name));
    }
    return state;
}

bool EndpointState::isFinished() const
{
    return done && (outcome == outcomeName(EndpointOutcome::Complete) ||
                    outcome == outcomeName(EndpointOutcome::Incomplete));
}

} // namespace callrail
