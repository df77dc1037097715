#include "PostgresServer.h"

#include "export/PostgresConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

#include <libpq-fe.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace callrail::test {

namespace {

/// The port only names the socket file (.s.PGSQL.<port>) in the private folder: no other server can
/// collide with it.
constexpr int kPort = 5432;

#ifdef Q_OS_UNIX
bool hasServer(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(QStringLiteral("initdb"))).isExecutable() &&
           QFileInfo(QDir(dir).filePath(QStringLiteral("postgres"))).isExecutable();
}

/// The bin folders under `root` whose name matches `pattern`, newest version first.
QStringList versionedDirs(const QString &root, const QString &pattern, const QString &bin)
{
    QStringList dirs;
    QDir parent(root);
    QStringList names = parent.entryList({pattern}, QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto version = [](const QString &name) {
            return name.section(QLatin1Char('@'), -1).section(QLatin1Char('.'), 0, 0).toInt();
        };
        return version(a) > version(b);
    });
    for (const QString &name : names)
        dirs << parent.filePath(name + bin);
    return dirs;
}
#endif

} // namespace

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir(QString *why)
{
#ifndef Q_OS_UNIX
    // postgres refuses an administrator's account on Windows (CI's), and the server would need TCP there:
    // not done yet.
    *why = QStringLiteral("the throwaway PostgreSQL server is started on Linux and macOS only");
    return {};
#else
    QStringList candidates;
    if (const QString dir = qEnvironmentVariable("CALLRAIL_PG_BINDIR"); !dir.isEmpty())
        candidates << dir;
    if (const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        !pgConfig.isEmpty()) {
        QProcess config;
        config.start(pgConfig, {QStringLiteral("--bindir")});
        if (config.waitForFinished(10'000))
            candidates << QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
    }
    candidates << versionedDirs(QStringLiteral("/usr/lib/postgresql"), QStringLiteral("*"),
                                QStringLiteral("/bin"));
    for (const QString &prefix : {QStringLiteral("/opt/homebrew/opt"), QStringLiteral("/usr/local/opt")})
        candidates << versionedDirs(prefix, QStringLiteral("postgresql@*"), QStringLiteral("/bin"));
    if (const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb")); !initdb.isEmpty())
        candidates << QFileInfo(initdb).absolutePath();
    for (const QString &dir : std::as_const(candidates)) {
        if (hasServer(dir))
            return dir;
    }
    *why = QStringLiteral(
               "no PostgreSQL server programs (initdb and postgres) were found: set CALLRAIL_PG_BINDIR, "
               "or install them (Debian: apt-get install postgresql; scripts/bootstrap does). Looked in: %1")
               .arg(candidates.isEmpty() ? QStringLiteral("nothing") : candidates.join(QStringLiteral(", ")));
    return {};
#endif
}

QStringList PostgresServer::command(const QString &program, const QStringList &arguments) const
{
    const QString path = QDir(m_binDir).filePath(program);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return QStringList{path} + arguments;
    QStringList line{setpriv};
    if (m_asNobody)
        line << QStringLiteral("--reuid=%1").arg(m_uid) << QStringLiteral("--regid=%1").arg(m_gid)
             << QStringLiteral("--clear-groups");
    line << QStringLiteral("--pdeathsig") << QStringLiteral("TERM") << QStringLiteral("--") << path;
    return line + arguments;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error)
{
    const QStringList line = command(program, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(line.first(), line.mid(1));
    if (process.waitForFinished(120'000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    *error = QStringLiteral("%1 failed: %2 %3")
                 .arg(program, process.errorString(), QString::fromLocal8Bit(process.readAll()));
    return false;
}

bool PostgresServer::start(QString *error, bool durable)
{
    QString why;
    m_binDir = binDir(&why);
    if (m_binDir.isEmpty()) {
        *error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(password().toUtf8() + '\n') <= 0) {
            *error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
    }
#ifdef Q_OS_UNIX
    m_asNobody = ::geteuid() == 0;
    if (m_asNobody) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            *error = QStringLiteral("running as root, and there is no user \"nobody\" to run PostgreSQL as");
            return false;
        }
        m_uid = nobody->pw_uid;
        m_gid = nobody->pw_gid;
        for (const QString &path : {m_dir.path(), passwordFile}) {
            if (::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0) {
                *error = QStringLiteral("cannot give %1 to nobody").arg(path);
                return false;
            }
        }
    }
#endif
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
              QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + passwordFile,
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")},
             error))
        return false;

    QStringList arguments{QStringLiteral("-D"), data,
                          QStringLiteral("-k"), m_dir.path(),
                          QStringLiteral("-p"), QString::number(kPort),
                          QStringLiteral("-c"), QStringLiteral("listen_addresses=")};
    if (!durable)
        arguments << QStringLiteral("-c") << QStringLiteral("fsync=off") << QStringLiteral("-c")
                  << QStringLiteral("synchronous_commit=off");
    const QStringList line = command(QStringLiteral("postgres"), arguments);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server.setWorkingDirectory(m_dir.path());
    m_server.start(line.first(), line.mid(1));
    if (!m_server.waitForStarted(10'000)) {
        *error = QStringLiteral("postgres did not start: %1").arg(m_server.errorString());
        return false;
    }
    const QByteArray info = connInfo().toUtf8();
    const QDeadlineTimer deadline(60'000);
    while (PQping(info.constData()) != PQPING_OK) {
        if (m_server.state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = QStringLiteral("postgres did not come up: %1").arg(log());
            stop();
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

void PostgresServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    // SIGINT is PostgreSQL's fast shutdown: clients are cut, nothing is waited for.
    ::kill(pid_t(m_server.processId()), SIGINT);
#endif
    if (!m_server.waitForFinished(20'000)) {
        m_server.kill();
        m_server.waitForFinished(5'000);
    }
}

int PostgresServer::port()
{
    return kPort;
}

QString PostgresServer::connInfo(const QString &database) const
{
    return PostgresConnection::connInfo(m_dir.path(), kPort, database, user());
}

double PostgresServer::cpuSeconds() const
{
#ifdef Q_OS_LINUX
    const qint64 server = m_server.processId();
    if (server <= 0)
        return -1;
    double ticks = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // After the command's closing parenthesis: state, ppid, …; utime and stime are the 14th and 15th
        // fields of the line.
        const QByteArray stat = file.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12 && (pid.toLongLong() == server || fields.at(1).toLongLong() == server))
            ticks += fields.at(11).toDouble() + fields.at(12).toDouble();
    }
    return ticks / double(::sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

QString PostgresServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace callrail::test
