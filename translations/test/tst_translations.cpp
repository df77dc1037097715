// The Spanish and French catalogues (and the English plural forms): complete, consistent with the English
// source strings, embedded in the program, and actually used by the code that shows the text.

#include "Translations.h"

#include "api/EndpointCatalogue.h"
#include "config/DateWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace callrail;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one entry, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(CALLRAIL_TS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("callrail_*.ts")}, QDir::Files, QDir::Name))
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

/// "callrail_fr.ts" -> "fr"
QString languageOf(const QString &tsPath)
{
    const QString base = QFileInfo(tsPath).completeBaseName();
    return base.mid(base.indexOf(QLatin1Char('_')) + 1);
}

/// The numbered placeholders (%1 … %99) a text uses; .arg() silently misplaces values when they differ.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2})"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/// How many keyboard accelerators ("&x", not the literal "&&") a text has.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void languagesArePresent();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void embeddedCatalogueMatchesTheTsFile_data();
    void embeddedCatalogueMatchesTheTsFile();
    void installTranslationsPicksTheUsersLanguage();
    void coreTextComesOutTranslated();
    void numbersFollowTheLanguageShown();
};

void TestTranslations::cleanup()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::languagesArePresent()
{
    QStringList languages;
    for (const QString &path : tsFiles())
        languages.append(languageOf(path));
    QVERIFY2(languages.contains(QStringLiteral("es")), qPrintable(languages.join(QLatin1Char(' '))));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(QLatin1Char(' '))));
}

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(languageOf(path))) << path;
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = parseTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    if (languageOf(path) == QLatin1String("en")) {
        // English holds the plural forms only, and all of them: the same as the French catalogue's.
        QSet<QString> english, french;
        for (const TsMessage &m : ts.messages) {
            QVERIFY2(m.numerus, qPrintable(describe(m) + QStringLiteral(" is not a plural form")));
            english.insert(m.context + QLatin1Char('/') + m.source);
        }
        for (const TsMessage &m : parseTs(QStringLiteral(CALLRAIL_TS_DIR "/callrail_fr.ts")).messages) {
            if (m.numerus)
                french.insert(m.context + QLatin1Char('/') + m.source);
        }
        QCOMPARE(english, french);
    } else {
        // The CLI alone has over 50 strings: a nearly empty file means lupdate was run on the wrong folders.
        QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));
    }

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: ") + describe(m));
        else if (!m.type.isEmpty())
            problems.append(m.type + QStringLiteral(" (run scripts/update-translations): ") + describe(m));
        else if (m.translations.isEmpty())
            problems.append(QStringLiteral("no translation: ") + describe(m));
        // Spanish and French have two plural forms (Qt: 1 and "other"; French counts 0 as singular).
        if (m.numerus && m.translations.size() != 2)
            problems.append(QStringLiteral("expected 2 plural forms: ") + describe(m));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty translation: ") + describe(m));
                break;
            }
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(QFileInfo(path).fileName()) +
            problems.join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, path);
    const TsFile ts = parseTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(describe(m), t));
            if (m.numerus && !t.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%Ln")))
                problems.append(QStringLiteral("plural form without %n: %1 -> \"%2\"").arg(describe(m), t));
            if (accelerators(t) != accelerators(m.source))
                problems.append(QStringLiteral("keyboard accelerator (&) lost or added: %1 -> \"%2\"")
                                    .arg(describe(m), t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueMatchesTheTsFile_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::embeddedCatalogueMatchesTheTsFile()
{
    QFETCH(QString, path);
    const QString language = languageOf(path);
    const QString qm = QStringLiteral(":/i18n/callrail_%1.qm").arg(language);
    QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not embedded in callrail_translations")));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.language().left(2), language.left(2));

    const TsFile ts = parseTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            // 1 picks the singular form and 5 the plural one in both languages.
            const QString one =
                translator.translate(context.constData(), source.constData(), disambiguation, 1);
            const QString five =
                translator.translate(context.constData(), source.constData(), disambiguation, 5);
            if (m.translations.size() != 2 || one != m.translations.at(0) || five != m.translations.at(1))
                problems.append(describe(m));
        } else {
            const QString text =
                translator.translate(context.constData(), source.constData(), disambiguation);
            if (text != m.translations.value(0))
                problems.append(QStringLiteral("%1 -> \"%2\"").arg(describe(m), text));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("the embedded .qm is out of date:\n") +
                                            problems.join(QLatin1Char('\n'))));
}

void TestTranslations::installTranslationsPicksTheUsersLanguage()
{
    const char *context = "callrail::cli";
    const char *source = "Show the version.";

    const char *plural = "The key works. It can see %n account(s): %1.";
    QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
    QCOMPARE(QCoreApplication::translate("callrail::KeyController", plural, nullptr, 1),
             QStringLiteral("The key works. It can see 1 account: %1."));
    QCOMPARE(QCoreApplication::translate("callrail::KeyController", plural, nullptr, 3),
             QStringLiteral("The key works. It can see 3 accounts: %1."));
    cleanup();

    // A language without a catalogue stays English, with English plurals.
    QVERIFY(!installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("callrail::KeyController", plural, nullptr, 1),
             QStringLiteral("The key works. It can see 1 account: %1."));
    cleanup();

    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Mexico))); // falls back to plain "es"
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("Mostrar la versión."));
    cleanup();

    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::Canada)));
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("Afficher la version."));
    QCOMPARE(QCoreApplication::translate("callrail::KeyController",
                                         "The key works. It can see %n account(s): %1.", nullptr, 3),
             QStringLiteral("La clé fonctionne. Elle voit 3 comptes : %1."));
    QCOMPARE(QCoreApplication::translate("callrail::KeyController",
                                         "The key works. It can see %n account(s): %1.", nullptr, 1),
             QStringLiteral("La clé fonctionne. Elle voit 1 compte : %1."));
}

void TestTranslations::numbersFollowTheLanguageShown()
{
    // LANG=en_US with LANGUAGE=fr: French text must not come with English grouping ("9,805").
    const QLocale french = numberLocale(QLocale(QLocale::English, QLocale::UnitedStates), QLocale::French);
    QCOMPARE(french.language(), QLocale::French);
    QCOMPARE(french.toString(9805), QLocale(QLocale::French, QLocale::France).toString(9805));
    QVERIFY(french.toString(9805) != QStringLiteral("9,805"));
    // A system that speaks the language keeps its territory's ways.
    const QLocale canadian(QLocale::French, QLocale::Canada);
    QCOMPARE(numberLocale(canadian, QLocale::French), canadian);
    QCOMPARE(numberLocale(QLocale(QLocale::Spanish, QLocale::Mexico), QLocale::Spanish).territory(),
             QLocale::Mexico);
}

void TestTranslations::coreTextComesOutTranslated()
{
    // Through the functions the window and the CLI call, so that a context lupdate files a string under and
    // the context the code looks it up in cannot drift apart unnoticed.
    const EndpointSpec *calls = EndpointCatalogue::find(QStringLiteral("calls"));
    QVERIFY(calls);
    const QString english = EndpointCatalogue::describe(*calls);
    QCOMPARE(english, QStringLiteral("Inbound and outbound phone calls"));

    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    QCOMPARE(EndpointCatalogue::describe(*calls),
             QStringLiteral("Llamadas telefónicas entrantes y salientes"));
    QCOMPARE(datePresetLabel(DatePreset::LastMonth), QStringLiteral("El mes pasado"));
    cleanup();

    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(EndpointCatalogue::describe(*calls),
             QStringLiteral("Appels téléphoniques entrants et sortants"));
    QCOMPARE(datePresetLabel(DatePreset::LastMonth), QStringLiteral("Le mois dernier"));
    DateWindow window;
    window.preset = DatePreset::Custom;
    window.customStart = QDate(2026, 3, 10);
    window.customEnd = QDate(2026, 3, 1);
    QVERIFY2(window.validate(QDate(2026, 4, 1)).startsWith(QStringLiteral("La date de début")),
             qPrintable(window.validate(QDate(2026, 4, 1))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
