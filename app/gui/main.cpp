// The desktop application: a thin main() around callrail_ui's MainWindow.

#include "Version.h"
#include "config/KeychainSecretStore.h"
#include "config/Logging.h"
#include "controller/MainController.h"
#include "widgets/MainWindow.h"

#include "AppIcons.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace callrail;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Before any text is built: the window follows the system language (Spanish and French are included).
    installTranslations();
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.callrail_extractor.CallRailExtractor"));
    QApplication::setApplicationName(QStringLiteral(CALLRAIL_EXTRACTOR_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(CALLRAIL_EXTRACTOR_NAME));
    QApplication::setOrganizationName(QStringLiteral(CALLRAIL_EXTRACTOR_ORGANIZATION));
    QApplication::setOrganizationDomain(QStringLiteral(CALLRAIL_EXTRACTOR_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(CALLRAIL_EXTRACTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Extract CallRail API v3 data into CSV and JSON Lines files."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start on the built-in demo data."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Run a demo extraction, grab the window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption demoIfNoKey(
        QStringLiteral("demo-if-no-key"),
        QApplication::translate("main", "Start on the built-in demo data when no API key is stored."));
    parser.addOption(demo);
    parser.addOption(demoIfNoKey);
    parser.addOption(screenshot);
    parser.process(app);

    Logging::install(LogLevel::Info, Logging::defaultLogFilePath());

    const bool demoMode = parser.isSet(demo) || parser.isSet(screenshot);
    KeychainSecretStore store;
    MainWindow window(&store, nullptr, !demoMode);
    if (demoMode && !window.controller()->startDemo())
        return 1;
    if (!demoMode && parser.isSet(demoIfNoKey)) {
        // A newcomer's first look: with no key stored, the window opens on the demo account (the banner says
        // so, and "Change key…" is one click away).
        MainController *controller = window.controller();
        QObject::connect(controller->keys(), &KeyController::stateChanged, &window,
                         [controller](KeyController::State state) {
                             if (state == KeyController::State::Missing && !controller->isDemo())
                                 controller->startDemo();
                         });
        if (controller->keys()->state() == KeyController::State::Missing)
            controller->startDemo();
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = QFileInfo(parser.value(screenshot)).absoluteFilePath();
        MainController *controller = window.controller();
        // A deterministic picture: no dialogs, the remembered window size ignored, all endpoints ticked.
        controller->setHooks({});
        window.resize(1280, 760);
        window.move(0, 0);
        controller->selection()->setAllChecked(true);
        QObject::connect(controller->run(), &RunController::finished, &window, [&window, file] {
            // Let the window lay out the new preview tabs before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                window.showPreview(QStringLiteral("calls"));
                QTimer::singleShot(300, &window, [&window, file] {
                    QDir().mkpath(QFileInfo(file).absolutePath());
                    const bool ok = window.grab().save(file);
                    QApplication::exit(ok ? 0 : 2);
                });
            });
        });
        QTimer::singleShot(500, &window, [controller] {
            if (!controller->start())
                QApplication::exit(3);
        });
        QTimer::singleShot(120'000, &app, [] { QApplication::exit(4); }); // never hang a script
    }
    return QApplication::exec();
}
