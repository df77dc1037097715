#include "PostgresConnection.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace callrail {

namespace {

/// A libpq keyword=value pair, the value single-quoted (with \' and \\) when it holds what would end it.
QString pair(const QString &keyword, const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\');
    });
    if (plain)
        return keyword + QLatin1Char('=') + value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return keyword + QLatin1String("='") + escaped + QLatin1Char('\'');
}

struct ConninfoFree
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};
using Options = std::unique_ptr<PQconninfoOption, ConninfoFree>;

/// libpq's own words, on one line, with the password (should a server ever repeat it) taken out.
QString detail(const char *message, const QString &password)
{
    QString text = QString::fromUtf8(message).simplified();
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("[redacted]"));
    return text;
}

} // namespace

QString PostgresConnection::connInfo(const QString &host, int port, const QString &database,
                                     const QString &user)
{
    QStringList pairs;
    if (!host.trimmed().isEmpty())
        pairs << pair(QStringLiteral("host"), host.trimmed());
    if (port > 0)
        pairs << pair(QStringLiteral("port"), QString::number(port));
    if (!database.isEmpty())
        pairs << pair(QStringLiteral("dbname"), database);
    if (!user.isEmpty())
        pairs << pair(QStringLiteral("user"), user);
    return pairs.join(QLatin1Char(' '));
}

QString PostgresConnection::connInfoProblem(const QString &connInfo)
{
    if (connInfo.trimmed().isEmpty())
        return tr("No PostgreSQL database named: give a libpq connection string or URI, e.g. "
                  "\"host=localhost dbname=analytics\".");
    char *error = nullptr;
    const Options options(PQconninfoParse(connInfo.toUtf8().constData(), &error));
    if (!options) {
        // libpq's reason may quote part of the string: left out when that part could be a password.
        QString why = error ? QString::fromUtf8(error).simplified() : QString();
        PQfreemem(error);
        if (connInfo.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
            connInfo.contains(QLatin1Char('@')))
            why.clear();
        return why.isEmpty()
                   ? tr("The PostgreSQL connection is not a libpq connection string or URI.")
                   : tr("The PostgreSQL connection is not a libpq connection string or URI (%1).").arg(why);
    }
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            return tr("The PostgreSQL connection holds a password. Give it in PGPASSWORD or ~/.pgpass "
                      "instead (in the window, in its password field), so that no command line, log or "
                      "file shows it.");
    }
    return {};
}

QString PostgresConnection::describe(const QString &connInfo, const QString &schema)
{
    const Options options(PQconninfoParse(connInfo.toUtf8().constData(), nullptr));
    // The settings people recognise first, then any other that was given.
    const QList<QByteArray> first{"host", "hostaddr", "port", "dbname", "user"};
    QStringList pairs;
    QStringList others;
    for (const PQconninfoOption *o = options.get(); o && o->keyword; ++o) {
        const QByteArray keyword(o->keyword);
        if (!o->val || !*o->val || keyword == "password")
            continue;
        (first.contains(keyword) ? pairs : others)
            << pair(QString::fromUtf8(keyword), QString::fromUtf8(o->val));
    }
    std::sort(pairs.begin(), pairs.end(), [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &p) {
            return first.indexOf(p.section(QLatin1Char('='), 0, 0).toUtf8());
        };
        return rank(a) < rank(b);
    });
    pairs << others;
    const QString where = pairs.isEmpty() ? QStringLiteral("PostgreSQL")
                                          : QStringLiteral("PostgreSQL ") + pairs.join(QLatin1Char(' '));
    return tr("%1, schema %2").arg(where, schema);
}

PGconn *PostgresConnection::open(const QString &connInfo, const QString &password, QString *error)
{
    if (const QString problem = connInfoProblem(connInfo); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const QByteArray info = connInfo.toUtf8();
    const QByteArray secret = password.toUtf8();
    // In order: libpq keeps the last value of a keyword, and the connection string (expanded from dbname)
    // may set its own timeout; nothing may change the encoding the loading writes in, nor the password
    // given beside the string.
    QList<const char *> keywords{"connect_timeout", "fallback_application_name", "dbname", "client_encoding"};
    QList<const char *> values{"10", "callrail-extractor", info.constData(), "UTF8"};
    if (!password.isEmpty()) {
        keywords << "password";
        values << secret.constData();
    }
    keywords << nullptr;
    values << nullptr;
    PGconn *conn = PQconnectdbParams(keywords.constData(), values.constData(), 1);
    if (!conn) {
        *error = tr("Could not connect to PostgreSQL: out of memory.");
        return nullptr;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = detail(PQerrorMessage(conn), password);
        if (PQconnectionNeedsPassword(conn))
            *error = tr("The PostgreSQL server asks for a password and none was given: set PGPASSWORD or "
                        "add it to ~/.pgpass (in the window, type it in the password field). %1")
                         .arg(why);
        else if (why.contains(QLatin1String("authentication failed")))
            *error = tr("The PostgreSQL server refused the user name or the password. %1").arg(why);
        else if (why.contains(QLatin1String("does not exist")))
            *error = tr("The PostgreSQL server has no such database or user. %1").arg(why);
        else if (why.contains(QLatin1String("pg_hba.conf")))
            *error = tr("The PostgreSQL server does not accept this connection (pg_hba.conf). %1").arg(why);
        else
            *error = tr("The PostgreSQL server cannot be reached. %1").arg(why);
        PQfinish(conn);
        return nullptr;
    }
    // INSERT … ON CONFLICT needs 9.5.
    if (PQserverVersion(conn) < 90500) {
        *error = tr("The PostgreSQL server is version %1; loading needs 9.5 or later.")
                     .arg(QString::fromUtf8(PQparameterStatus(conn, "server_version")));
        PQfinish(conn);
        return nullptr;
    }
    // Timestamps without an offset are read as UTC, and the server's notices (IF NOT EXISTS …) stay quiet.
    PGresult *set = PQexec(conn, "SET TimeZone TO 'UTC'; SET DateStyle TO ISO, YMD; "
                                 "SET client_min_messages TO warning");
    const bool ok = PQresultStatus(set) == PGRES_COMMAND_OK;
    if (!ok)
        *error = tr("The PostgreSQL session could not be set up: %1")
                     .arg(detail(PQresultErrorMessage(set), password));
    PQclear(set);
    if (!ok) {
        PQfinish(conn);
        return nullptr;
    }
    return conn;
}

QString PostgresConnection::check(const QString &connInfo, const QString &password)
{
    QString error;
    PGconn *conn = open(connInfo, password, &error);
    if (conn)
        PQfinish(conn);
    return error;
}

} // namespace callrail
