#include "PostgresReadBack.h"

#include "export/PostgresConnection.h"

#include <QDir>

#include <libpq-fe.h>

namespace callrail::test {

QString startTestServer(PostgresServer &server, bool *skip)
{
    *skip = false;
    for (const char *name :
         {"PGPASSWORD", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE"})
        qunsetenv(name);
    qputenv("PGPASSFILE", QDir::temp().filePath(QStringLiteral("no-such-pgpass")).toUtf8());
    QString why;
    if (PostgresServer::binDir(&why).isEmpty()) {
        *skip = !PostgresServer::required();
        return *skip ? why : QStringLiteral("CI=true, and ") + why;
    }
    return server.start(&why) ? QString() : why;
}

PostgresReadBack::PostgresReadBack(const QString &connInfo)
{
    QString error;
    m_conn = PostgresConnection::open(connInfo, PostgresServer::password(), &error);
    if (!m_conn)
        qWarning("%s", qPrintable(error));
}

PostgresReadBack::~PostgresReadBack()
{
    if (m_conn)
        PQfinish(m_conn);
}

QStringList PostgresReadBack::rows(const QString &sql)
{
    QStringList out;
    for (const QList<QByteArray> &row : table(sql)) {
        QStringList values;
        for (const QByteArray &value : row)
            values << (value.isNull() ? QStringLiteral("∅") : QString::fromUtf8(value));
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

QList<QList<QByteArray>> PostgresReadBack::table(const QString &sql)
{
    QList<QList<QByteArray>> out;
    if (!m_conn)
        return {QList<QByteArray>{"error: not connected"}};
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result); ++r) {
            QList<QByteArray> row;
            for (int c = 0; c < PQnfields(result); ++c)
                row << (PQgetisnull(result, r, c)
                            ? QByteArray()
                            : QByteArray(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
            out << row;
        }
    } else if (status != PGRES_COMMAND_OK) {
        out << QList<QByteArray>{"error: " + QByteArray(PQresultErrorMessage(result)).trimmed()};
    }
    PQclear(result);
    return out;
}

bool PostgresReadBack::exec(const QString &sql)
{
    const QStringList result = rows(sql);
    if (!result.isEmpty() && result.first().startsWith(QLatin1String("error:"))) {
        qWarning("%s", qPrintable(result.first()));
        return false;
    }
    return true;
}

} // namespace callrail::test
