#pragma once

#include "PostgresServer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

typedef struct pg_conn PGconn;

namespace callrail::test {

/// Starts the suite's throwaway server with the machine's own PostgreSQL settings (PGPASSWORD, PGHOST, …,
/// ~/.pgpass) out of the way. Empty when it runs; else why not, with `skip` set when the suite should skip
/// rather than fail (no server programs, and not on CI).
QString startTestServer(PostgresServer &server, bool *skip);

/// A connection to the test server for the checks; every value comes back as PostgreSQL prints it.
class PostgresReadBack
{
public:
    explicit PostgresReadBack(const QString &connInfo);
    ~PostgresReadBack();
    PostgresReadBack(const PostgresReadBack &) = delete;
    PostgresReadBack &operator=(const PostgresReadBack &) = delete;

    bool isOpen() const { return m_conn != nullptr; }
    /// Every row, its values joined with "|" ("∅" for NULL); one "error: …" row when the query fails.
    QStringList rows(const QString &sql);
    QString value(const QString &sql) { return rows(sql).value(0); }
    /// Every row as its values' bytes (a null QByteArray for NULL).
    QList<QList<QByteArray>> table(const QString &sql);
    bool exec(const QString &sql);

private:
    PGconn *m_conn = nullptr;
};

} // namespace callrail::test
