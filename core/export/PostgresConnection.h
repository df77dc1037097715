#pragma once

#include <QCoreApplication>
#include <QString>

// libpq's connection handle, forward-declared so that only .cpp files include libpq-fe.h.
typedef struct pg_conn PGconn;

namespace callrail {

/// How the PostgreSQL output (TypedOutput::PostgresDatabase) reaches its server: libpq connection strings
/// ("host=db.example.com dbname=analytics user=ann", or a postgresql:// URI) and the check made before a run
/// spends any CallRail request. The password never travels in the connection string: libpq reads it from
/// PGPASSWORD or ~/.pgpass, or the window passes the one its keychain holds beside it.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(callrail::PostgresConnection)

public:
    /// The schema the tables go in unless told otherwise.
    static QString defaultSchema() { return QStringLiteral("callrail"); }

    /// The keychain entry of a connection's password (the window's): named by the connection string, which
    /// never holds the password itself.
    static QString keychainName(const QString &connInfo) { return QStringLiteral("postgresql:") + connInfo; }

    /// A keyword=value connection string of these values, each quoted and escaped as libpq reads them;
    /// empty values (and a port ≤ 0) are left out, so that libpq's defaults apply to them.
    static QString connInfo(const QString &host, int port, const QString &database, const QString &user);

    /// Connects and disconnects (blocking, at most the connection timeout). Empty when the connection
    /// works; else a translated sentence saying what is wrong (the server cannot be reached, the password
    /// or the authentication was refused, the database or the user does not exist, …), never containing the
    /// password. An empty `password` leaves it to PGPASSWORD and ~/.pgpass.
    static QString check(const QString &connInfo, const QString &password);

    /// Empty when `connInfo` is a connection string or URI libpq can read and that holds no password; else
    /// why not, without repeating the string (which may hold one).
    static QString connInfoProblem(const QString &connInfo);

    /// Where a load went, for the summary and the note: the connection's settings without any password,
    /// and the schema, e.g. "PostgreSQL host=/run/postgresql dbname=analytics, schema callrail".
    static QString describe(const QString &connInfo, const QString &schema);

    /// An open connection with the session settings the loading relies on (UTF-8, UTC, no notices), or
    /// nullptr with `error` set as check() says it. The caller owns it (PQfinish).
    static PGconn *open(const QString &connInfo, const QString &password, QString *error);
};

} // namespace callrail
