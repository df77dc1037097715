// fake-callrail: the benchmarks' server, the imitation CallRail API (core/imitation) in its own process, for
// benchmark 4 and manual runs (scripts/bench builds it: cmake --build build --target fake-callrail).
// Prints exactly one line "listening http://127.0.0.1:PORT/v3" and serves until SIGTERM/SIGINT,
// until stdin closes (when --exit-on-stdin-close is given or stdin is a pipe), or --exit-after-seconds.

#include "imitation/FakeCallRailServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void quitOnSignal(int)
{
    // Only async-signal-safe work here: a byte on the self-pipe wakes the event loop.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-callrail"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imitation CallRail API v3 server for tests and benchmarks"));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *description, const char *defaultValue) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description), QStringLiteral("N"),
                             QString::fromLatin1(defaultValue));
        parser.addOption(o);
        return o;
    };
    const auto port = option("port", "Port on 127.0.0.1 (0 = any free port)", "0");
    const auto calls = option("calls", "Calls per account", "1500");
    const auto forms = option("forms", "Form submissions per account", "300");
    const auto conversations = option("conversations", "Text conversations per account", "120");
    const auto companies = option("companies", "Companies per account", "3");
    const auto accounts = option("accounts", "Accounts the key sees", "1");
    const auto latency = option("latency", "Delay of every reply in ms", "0");
    const auto hourly = option("hourly-limit", "Requests per hour per account (0 = unlimited)", "1000");
    const auto daily = option("daily-limit", "Requests per day per account (0 = unlimited)", "10000");
    const auto window = option("budget-window-ms", "Length of the rate-limit hour in ms", "3600000");
    const auto seed = option("seed", "Data set seed", "20260302");
    const auto spanDays = option("span-days", "Days the records are spread over (<= 750)", "120");
    const auto exitAfter = option("exit-after-seconds", "Stop after this many seconds (0 = never)", "0");
    QCommandLineOption apiKey(QStringLiteral("api-key"),
                              QStringLiteral("Accepted API key (default: the demo key)"),
                              QStringLiteral("K"));
    parser.addOption(apiKey);
    QCommandLineOption retryAfter(QStringLiteral("retry-after"), QStringLiteral("Send Retry-After on 429"));
    parser.addOption(retryAfter);
    parser.process(app);

    auto number = [&](const QCommandLineOption &o) { return parser.value(o).toLongLong(); };
    callrail::DatasetConfig config;
    config.seed = quint64(number(seed));
    config.calls = number(calls);
    config.formSubmissions = number(forms);
    config.conversations = number(conversations);
    config.companies = int(number(companies));
    config.accounts = int(number(accounts));
    config.spanDays = int(number(spanDays));

    callrail::FakeCallRailServer server(config);
    if (parser.isSet(apiKey))
        server.setApiKeys({parser.value(apiKey)});
    server.setLatency(int(number(latency)));
    server.setHourlyLimit(int(number(hourly)));
    server.setDailyLimit(int(number(daily)));
    server.setBudgetWindow(number(window));
    server.readings().retryAfterHeader = parser.isSet(retryAfter);
    if (!server.start(quint16(number(port)))) {
        std::fprintf(stderr, "fake-callrail: cannot listen on port %lld\n", number(port));
        return 1;
    }
    std::printf("listening %s\n", server.baseUrl().toEncoded().constData());
    std::fflush(stdout);

#ifdef Q_OS_UNIX
    if (::pipe(g_signalPipe) == 0) {
        auto *signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, quitOnSignal);
        std::signal(SIGINT, quitOnSignal);
    }
#endif
    if (number(exitAfter) > 0)
        QTimer::singleShot(int(number(exitAfter) * 1000), &app, &QCoreApplication::quit);

#ifdef Q_OS_UNIX
    // When the parent holds our stdin as a pipe, its end closing means "stop" (no orphans after a
    // crashed benchmark). A terminal or /dev/null stdin is left alone.
    struct stat info
    {
    };
    if (fstat(STDIN_FILENO, &info) == 0 && S_ISFIFO(info.st_mode)) {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
#endif
    return app.exec();
}
