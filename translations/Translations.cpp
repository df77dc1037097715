#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "callrail.app.translations", QtInfoMsg)

namespace callrail {

QLocale numberLocale(const QLocale &system, QLocale::Language shownLanguage)
{
    if (system.language() == shownLanguage)
        return system;
    return QLocale(shownLanguage);
}

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;

    // Qt's own strings (standard buttons, file dialogs, QCommandLineParser errors). Debian ships them in
    // qt6-translations-l10n; the Windows and macOS packages deploy them next to the program.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // QTranslator::load(QLocale, …) walks the locale's uiLanguages() (fr-CA, fr, …), so a French Canadian
    // user gets the French catalogue.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("callrail"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        qCDebug(lcTranslations) << "Loaded translation" << own->filePath();
        // French text with English number grouping ("9,805") reads wrong: numbers follow the language shown.
        const QLocale shown = numberLocale(locale, QLocale(own->language()).language());
        if (shown != locale)
            QLocale::setDefault(shown);
        return true;
    }
    // No catalogue for this language: the text stays English, with English plurals.
    if (own->load(QStringLiteral(":/i18n/callrail_en.qm"))) {
        QCoreApplication::installTranslator(own);
        qCDebug(lcTranslations) << "No translation for" << locale.name() << "- English plural forms loaded";
        return false;
    }
    delete own;
    return false;
}

} // namespace callrail
