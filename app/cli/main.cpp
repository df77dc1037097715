// callrail-export: the command-line companion of CallRail Extractor, for scheduled and unattended runs.
// Everything it does goes through the same core as the desktop window.

#include "CommandLine.h"
#include "ProgressLine.h"

#include "Version.h"
#include "api/RequestBudget.h"
#include "config/Environment.h"
#include "config/KeychainSecretStore.h"
#include "config/Logging.h"
#include "demo/ShippedDemo.h"
#include "engine/ExtractionJob.h"
#include "export/ExportFolderLock.h"
#include "refresh/ExportRefresh.h"
#include "schedule/ScheduledRunRecord.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace callrail;

Q_LOGGING_CATEGORY(lcCli, "callrail.cli")

namespace {

std::atomic_bool g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

void printError(const QString &text)
{
    std::fprintf(stderr, "callrail-export: %s\n", qPrintable(text));
}

/// The key, from CALLRAIL_API_KEY, else .env, else the keychain entry the desktop app stores. Never from an
/// argument: arguments are visible to every user of the machine and end up in shell histories.
QString findApiKey(QString *problem)
{
    const Environment env;
    if (const auto key = env.value(QStringLiteral("CALLRAIL_API_KEY")))
        return *key;
    KeychainSecretStore keychain;
    SecretError error = SecretError::None;
    QString message;
    const auto stored = readSecretBlocking(keychain, SecretStore::apiKeyName(), 15'000, &error, &message);
    if (stored && !stored->isEmpty())
        return *stored;
    *problem =
        QCoreApplication::translate(
            "callrail::cli",
            "No API key. Set CALLRAIL_API_KEY, put it in a .env file here, or store it in the CallRail "
            "Extractor app (keychain: %1). To try without a key, use --demo.")
            .arg(error == SecretError::NotFound
                     ? QCoreApplication::translate("callrail::cli", "no key stored")
                     : message);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations();
    QCoreApplication::setOrganizationName(QStringLiteral(CALLRAIL_EXTRACTOR_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(CALLRAIL_EXTRACTOR_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(CALLRAIL_EXTRACTOR_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLRAIL_EXTRACTOR_VERSION));

    cli::Invocation invocation;
    if (const QString problem = cli::parseArguments(app.arguments(), &invocation); !problem.isEmpty()) {
        printError(problem);
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("callrail::cli", "Try 'callrail-export --help'.")));
        return 2;
    }
    if (invocation.action == cli::Invocation::Action::Help ||
        invocation.action == cli::Invocation::Action::Version) {
        std::fputs(qPrintable(invocation.text), stdout);
        return 0;
    }

    const LogLevel consoleLevel =
        invocation.quiet ? std::max(invocation.logLevel, LogLevel::Warning) : invocation.logLevel;
    // The handler writes the log file; the console gets the job's lines below, so they can share the terminal
    // with the progress line.
    Logging::install(invocation.logLevel, Logging::defaultLogFilePath(), false);

    cli::ProgressLine progressLine(stderr);
    progressLine.setEnabled(!invocation.quiet && cli::ProgressLine::isTerminal(stderr));
    int total = 0;
    const auto logLine = [&](LogLevel level, const QString &text) {
        if (level >= consoleLevel)
            progressLine.printLine(formatLogLine(QDateTime::currentDateTime(), level, text));
    };

    // A run the system's scheduler started leaves its outcome where the window reads it when it next opens
    // (the log has the details).
    const auto recordScheduled = [&](bool ok, const QString &message) {
        if (!invocation.scheduled)
            return;
        QString error;
        const ScheduledRun run{QDateTime::currentDateTimeUtc(), invocation.refreshFolder,
                               ok ? ScheduledRun::Outcome::Succeeded : ScheduledRun::Outcome::Failed,
                               message.section(QLatin1Char('\n'), 0, 0)};
        if (!ScheduledRunRecord().append(run, &error))
            qCWarning(lcCli).noquote() << error;
        const QString entry =
            QCoreApplication::translate("callrail::cli", "Scheduled refresh of %1: %2")
                .arg(QDir::toNativeSeparators(invocation.refreshFolder), message.simplified());
        // Into the log file (the console has had the report already).
        if (ok)
            qCInfo(lcCli).noquote() << entry;
        else
            qCCritical(lcCli).noquote() << entry;
    };

    ExtractionOptions options = invocation.options;
    std::unique_ptr<FakeCallRailServer> demoServer;
    if (invocation.demo) {
        demoServer = ShippedDemo::start();
        if (!demoServer) {
            printError(QCoreApplication::translate("callrail::cli",
                                                   "The demo server could not start on 127.0.0.1."));
            return 1;
        }
        options.baseUrl = demoServer->baseUrl();
        options.apiKey = FakeCallRailServer::demoApiKey();
        options.budgetStoragePath.clear(); // demo requests do not count against a real account
    } else {
        QString problem;
        options.apiKey = findApiKey(&problem);
        if (options.apiKey.isEmpty()) {
            printError(problem);
            recordScheduled(false, problem); // a keychain still locked at the scheduled hour, typically
            return 2;
        }
        options.budgetStoragePath = RequestBudget::defaultStoragePath();
    }

    // One run at a time in an export folder, taken before anything in it is read or written: a second run
    // never shares the refresh's staging folder. A scheduled run waits for the analyst's own
    // (--wait-for-lock).
    std::optional<ExportFolderLock> folderLock;
    if (const QString folder = !invocation.refreshFolder.isEmpty() ? invocation.refreshFolder
                               : invocation.action == cli::Invocation::Action::Extract ? options.outputDir
                                                                                       : QString();
        !folder.isEmpty()) {
        folderLock.emplace(folder);
        ExportFolderLock::Outcome taken = folderLock->take();
        if (taken == ExportFolderLock::Outcome::Busy && invocation.lockWaitSeconds > 0) {
            logLine(LogLevel::Info,
                    QCoreApplication::translate("callrail::cli", "%1; waiting up to %Ln s for it to end.",
                                                nullptr, invocation.lockWaitSeconds)
                        .arg(folderLock->holderDescription()));
            taken = folderLock->take(std::chrono::seconds(invocation.lockWaitSeconds));
        }
        if (taken != ExportFolderLock::Outcome::Taken) {
            const QString problem = taken == ExportFolderLock::Outcome::Busy ? folderLock->busyMessage()
                                                                             : folderLock->failureMessage();
            printError(problem);
            recordScheduled(false, problem);
            return 1;
        }
    }

    // --refresh: the export's manifest sets the options; the run re-reads into a folder inside the export.
    std::optional<ExportRefresh> refresh;
    if (!invocation.refreshFolder.isEmpty()) {
        refresh.emplace(invocation.refreshFolder, invocation.lookBackDays);
        QString problem;
        if (!refresh->prepare(options, logLine, &problem)) {
            printError(problem);
            recordScheduled(false, problem);
            // A folder that holds no export is a usage error (nothing was requested); a damaged one is not.
            return ExportManifest::isAbsentFrom(invocation.refreshFolder) ? 2 : 1;
        }
        if (refresh->completedInterrupted()) {
            std::fprintf(stderr, "%s\n", qPrintable(refresh->report().text()));
            recordScheduled(true, refresh->report().text());
            return 0;
        }
    }

    ExtractionJob job(options);
    QObject::connect(&job, &ExtractionJob::logLine, &app, logLine);
    QObject::connect(&job, &ExtractionJob::runStarted, &app, [&](const RunPlan &plan) {
        total = int(plan.endpoints.size()) * std::max(1, int(plan.accounts.size()));
        if (invocation.demo)
            progressLine.printLine(QCoreApplication::translate(
                "callrail::cli", "Demo data: an imitation CallRail account, not yours."));
    });
    QObject::connect(&job, &ExtractionJob::progress, &app,
                     [&](const EndpointProgress &p) { progressLine.update(p); });
    QObject::connect(&job, &ExtractionJob::endpointFinished, &app,
                     [&](const EndpointResult &r) { progressLine.finished(r, total); });
    QObject::connect(&job, &ExtractionJob::accountsListed, &app, [](const QList<AccountInfo> &accounts) {
        for (const AccountInfo &account : accounts)
            std::printf("%s\t%s\n", qPrintable(account.id), qPrintable(account.name));
        std::fflush(stdout);
    });
    QObject::connect(&job, &ExtractionJob::runFinished, &app, [&](const RunSummary &summary) {
        progressLine.clear();
        if (refresh) {
            // What changed in the export, in words; the re-read's own report only when it did not finish.
            const RefreshReport report = refresh->finish(summary, logLine);
            if (!summary.allComplete())
                std::fprintf(stderr, "%s\n", qPrintable(summary.text()));
            std::fprintf(stderr, "%s\n", qPrintable(report.text()));
            recordScheduled(report.ok,
                            report.ok ? report.text() : summary.oneLine() + QLatin1Char(' ') + report.text());
            app.exit(report.ok ? 0 : std::max(1, summary.exitCode()));
            return;
        }
        // The log has the summary in one line; the full report ends every extraction, --quiet too.
        if (invocation.action == cli::Invocation::Action::Extract)
            std::fprintf(stderr, "%s\n", qPrintable(summary.text()));
        app.exit(summary.exitCode());
    });

    // Ctrl-C cancels cleanly: what was fetched stays in partial files and --resume continues.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &app, [&] {
        if (g_interrupted.exchange(false))
            job.cancel();
    });
    interruptPoll.start(100);

    if (invocation.action == cli::Invocation::Action::ListAccounts)
        job.listAccounts();
    else
        job.start();
    return app.exec();
}
