#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace callrail::test {

/// A throwaway PostgreSQL server for the tests and the benchmark: a cluster made by initdb in a temporary
/// folder, with password authentication (SCRAM) for one user with a known password, listening only on a
/// Unix socket in that folder; stopped and removed with the object. The server dies with the process that
/// started it (setpriv --pdeathsig), so that a crashed test leaves none behind.
///
/// initdb and postgres refuse to run as root: as root (CI, containers) they run as `nobody` through setpriv,
/// the folder given to that user.
class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// The folder of PostgreSQL's server programs (initdb, postgres): $CALLRAIL_PG_BINDIR, else
    /// `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin, else Homebrew's postgresql@N, else
    /// the PATH. Empty, with `why` saying what was looked for, when there is none.
    static QString binDir(QString *why);

    /// Whether a missing server fails the test rather than skips it: on CI (CI=true) it must be there, except
    /// on Windows, where this class does not start one yet.
    static bool required()
    {
#ifdef Q_OS_WIN
        return false;
#else
        return qEnvironmentVariable("CI") == QLatin1String("true");
#endif
    }

    /// Makes the cluster and starts the server; false with `error` when it cannot. `durable` keeps
    /// PostgreSQL's default of syncing every commit to disk (the benchmark); the tests leave it off.
    bool start(QString *error, bool durable = false);
    void stop();

    static QString user()
    {
        return QStringLiteral("callrail_test");
    }
    static QString password()
    {
        return QStringLiteral("Pg-test-9c41e7b2");
    }
    /// Where the window's fields point: the socket folder (libpq takes it as the host) and the port.
    QString host() const
    {
        return m_dir.path();
    }
    static int port();
    /// The connection string of the running server (socket folder, port, database, user), no password.
    QString connInfo(const QString &database = QStringLiteral("postgres")) const;
    /// The server's log so far (for a failure message).
    QString log() const;
    /// The processor time the server's processes (the postmaster, its background workers and the connected
    /// backends) have used so far, in seconds; Linux only (/proc), else -1. The benchmark's
    /// machine-independent figure.
    double cpuSeconds() const;

private:
    /// Runs a server program (as `nobody` when this process is root). False with its output when it fails.
    bool run(const QString &program, const QStringList &arguments, QString *error);
    /// The command line that runs `program` as the right user, dying with this process.
    QStringList command(const QString &program, const QStringList &arguments) const;

    QString m_binDir;
    QTemporaryDir m_dir;
    QProcess m_server;
    bool m_asNobody = false;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
};

} // namespace callrail::test
