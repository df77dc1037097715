// A stand-in for systemctl, schtasks and launchctl in the scheduling tests, as a program rather than a
// script so that it runs on every system: it appends its arguments (one line, separated by tabs) to the file
// named by STANDIN_LOG, prints STANDIN_SAY, and exits with STANDIN_STATUS when its arguments contain
// STANDIN_FAIL_ON (else 0). STANDIN_LINK_WANTS, when set, is made the way `systemctl enable` makes its link.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QFile log(qEnvironmentVariable("STANDIN_LOG"));
    if (log.open(QIODevice::Append)) {
        log.write(arguments.join(QLatin1Char('\t')).toUtf8());
        log.write("\n");
    }
    const QString wants = qEnvironmentVariable("STANDIN_LINK_WANTS");
    if (!wants.isEmpty() && arguments.contains(QStringLiteral("enable"))) {
        QDir().mkpath(QFileInfo(wants).absolutePath());
        QFile::link(QFileInfo(wants).absolutePath() + QStringLiteral("/../") + arguments.last(), wants);
    }
    const QString failOn = qEnvironmentVariable("STANDIN_FAIL_ON");
    if (!failOn.isEmpty() && arguments.contains(failOn)) {
        std::fprintf(stderr, "%s\n", qPrintable(qEnvironmentVariable("STANDIN_SAY")));
        return qEnvironmentVariableIntValue("STANDIN_STATUS");
    }
    return 0;
}
