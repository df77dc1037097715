#pragma once

#include "imitation/FakeCallRailServer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callrail {

/// One answer of the imitation server, before it is written (or dropped).
struct FakeCallRailServer::Reply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QByteArray extraHeaderName;
    QByteArray extraHeaderValue;
    ServerFaults::Kind fault = ServerFaults::Kind::None;
    int delayMs = 0;

    static Reply json(const QJsonObject &object, int status = 200)
    {
        Reply r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static Reply error(int status, const QString &message)
    {
        return json(QJsonObject{{QStringLiteral("error"), message}}, status);
    }
};

} // namespace callrail
