// What the window remembers: defaults, round trips, bad values, the keys on users' disks, and no secrets.
#include "engine/OptionLimits.h"
#include "export/SaveFormat.h"
#include "settings/Preferences.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <iterator>
#include <memory>

using namespace callrail;

namespace {

Pref prefAt(int index)
{
    return Pref(index);
}

/// A value of the setting's type that is not its default and that the table accepts back.
QVariant otherThanDefault(const PrefInfo &info)
{
    const QVariant fallback = info.defaultValue;
    for (const QVariant &choice : info.choices) {
        if (choice != fallback)
            return choice;
    }
    switch (info.type.id()) {
    case QMetaType::Bool:
        return !fallback.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: {
        QVariant number =
            info.range->minimum != fallback.toLongLong() ? info.range->minimum : info.range->maximum;
        number.convert(info.type);
        return number;
    }
    case QMetaType::QString:
        return QStringLiteral("round-trip");
    case QMetaType::QStringList:
        return QStringList{QStringLiteral("first"), QStringLiteral("second")};
    case QMetaType::QDate:
        return QDate(2024, 2, 29);
    case QMetaType::QUrl:
        return QUrl(QStringLiteral("http://127.0.0.1:8123/v3"));
    case QMetaType::QByteArray:
        return QByteArray("\x00\x01geometry", 10);
    default:
        return {};
    }
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<QSettings> newSettings(const QString &fileName = QString())
    {
        const QString name = fileName.isEmpty() ? QStringLiteral("prefs-%1.ini").arg(++m_counter) : fileName;
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

    /// Sets every preference to a non-default value.
    static void setEverything(Preferences &p)
    {
        p.set(Pref::Endpoints, QStringList{QStringLiteral("calls"), QStringLiteral("companies")});
        p.set(Pref::RecordLimit, QStringLiteral("calls"), qint64(5000));
        p.set(Pref::Fields, QStringLiteral("calls"),
              QStringList{QStringLiteral("gclid"), QStringLiteral("tags")});
        p.set(Pref::AccountId, QStringLiteral("ACC123"));
        p.setDateWindow(
            {DatePreset::Custom, QDate(2024, 2, 29), QDate(2024, 3, 31), QStringLiteral("America/New_York")});
        p.set(Pref::OutputFormat, SaveFormat::JsonLines);
        p.set(Pref::ExcelSafe, false);
        p.set(Pref::ByteOrderMark, true);
        p.set(Pref::OutputFolder, QStringLiteral("/data/exports"));
        p.set(Pref::DatedFileNames, true);
        p.set(Pref::PostgresHost, QString()); // libpq's default, not "localhost"
        p.set(Pref::PostgresPort, 5433);
        p.set(Pref::PostgresDatabase, QStringLiteral("analytics"));
        p.set(Pref::PostgresUser, QStringLiteral("analyst"));
        p.set(Pref::PostgresSchema, QStringLiteral("crm"));
        p.set(Pref::LookBackDays, 0); // a legitimate choice: re-read nothing before the newest record
        p.set(Pref::BaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        p.set(Pref::PerPage, 100);
        p.set(Pref::Concurrency, 2);
        p.set(Pref::MaxRetries, 5);
        p.set(Pref::TimeoutSeconds, 60);
        p.set(Pref::HourlyBudget, 500);
        p.set(Pref::DailyBudget, 2000);
        p.set(Pref::WindowGeometry, QByteArray("\x01\x02geometry", 10));
        p.set(Pref::WindowState, QByteArray("state"));
        p.set(Pref::Language, QStringLiteral("de"));
    }

    /// What setEverything() set, read back.
    static void checkEverything(const Preferences &p)
    {
        QCOMPARE(p.get<QStringList>(Pref::Endpoints),
                 (QStringList{QStringLiteral("calls"), QStringLiteral("companies")}));
        QCOMPARE(p.get<qint64>(Pref::RecordLimit, QStringLiteral("calls")), 5000);
        QCOMPARE(p.get<qint64>(Pref::RecordLimit, QStringLiteral("companies")), 0);
        QCOMPARE(p.get<QStringList>(Pref::Fields, QStringLiteral("calls")),
                 (QStringList{QStringLiteral("gclid"), QStringLiteral("tags")}));
        QCOMPARE(p.get<QString>(Pref::AccountId), QStringLiteral("ACC123"));
        const DateWindow w = p.dateWindow();
        QCOMPARE(w.preset, DatePreset::Custom);
        QCOMPARE(w.customStart, QDate(2024, 2, 29));
        QCOMPARE(w.customEnd, QDate(2024, 3, 31));
        QCOMPARE(w.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(p.get<SaveFormat>(Pref::OutputFormat), SaveFormat::JsonLines);
        QCOMPARE(p.get<bool>(Pref::ExcelSafe), false);
        QCOMPARE(p.get<bool>(Pref::ByteOrderMark), true);
        QCOMPARE(p.get<QString>(Pref::OutputFolder), QStringLiteral("/data/exports"));
        QCOMPARE(p.get<bool>(Pref::DatedFileNames), true);
        QCOMPARE(p.get<QString>(Pref::PostgresHost), QString());
        QCOMPARE(p.get<int>(Pref::PostgresPort), 5433);
        QCOMPARE(p.get<QString>(Pref::PostgresDatabase), QStringLiteral("analytics"));
        QCOMPARE(p.get<QString>(Pref::PostgresUser), QStringLiteral("analyst"));
        QCOMPARE(p.get<QString>(Pref::PostgresSchema), QStringLiteral("crm"));
        QCOMPARE(p.get<int>(Pref::LookBackDays), 0);
        QCOMPARE(p.get<QUrl>(Pref::BaseUrl), QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        QCOMPARE(p.get<int>(Pref::PerPage), 100);
        QCOMPARE(p.get<int>(Pref::Concurrency), 2);
        QCOMPARE(p.get<int>(Pref::MaxRetries), 5);
        QCOMPARE(p.get<int>(Pref::TimeoutSeconds), 60);
        QCOMPARE(p.get<int>(Pref::HourlyBudget), 500);
        QCOMPARE(p.get<int>(Pref::DailyBudget), 2000);
        QCOMPARE(p.get<QByteArray>(Pref::WindowGeometry), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(p.get<QByteArray>(Pref::WindowState), QByteArray("state"));
        QCOMPARE(p.get<QString>(Pref::Language), QStringLiteral("de"));
    }

private slots:
    void defaults()
    {
        // Stated here independently of the table, so that a changed default is a deliberate change.
        auto settings = newSettings();
        const Preferences p(settings.get());
        QVERIFY(p.get<QStringList>(Pref::Endpoints).isEmpty());
        QVERIFY(!p.isStored(Pref::Endpoints));
        QCOMPARE(p.get<qint64>(Pref::RecordLimit, QStringLiteral("calls")), 0);
        QVERIFY(p.get<QStringList>(Pref::Fields, QStringLiteral("calls")).isEmpty());
        QVERIFY(p.get<QString>(Pref::AccountId).isEmpty());
        QCOMPARE(p.get<DatePreset>(Pref::DatePreset), DatePreset::Last30Days);
        QVERIFY(!p.get<QDate>(Pref::CustomStart).isValid());
        QVERIFY(!p.get<QDate>(Pref::CustomEnd).isValid());
        // The computer's zone, as on the command line (not UTC).
        QCOMPARE(p.get<QString>(Pref::TimeZone), DateWindow::defaultTimeZone());
        QCOMPARE(p.get<SaveFormat>(Pref::OutputFormat), SaveFormat::Csv);
        QCOMPARE(p.get<bool>(Pref::ExcelSafe), true);
        QCOMPARE(p.get<bool>(Pref::ByteOrderMark), true); // CSV for Excel on Windows by default in the window
        QCOMPARE(p.get<bool>(Pref::DatedFileNames), false);
        QCOMPARE(p.get<QString>(Pref::OutputFolder), Preferences::defaultOutputFolder());
        QVERIFY(Preferences::defaultOutputFolder().endsWith(QLatin1String("/CallRail Extractor")));
        QCOMPARE(p.get<QString>(Pref::PostgresHost), QStringLiteral("localhost"));
        QCOMPARE(p.get<int>(Pref::PostgresPort), 5432);
        QVERIFY(p.get<QString>(Pref::PostgresDatabase).isEmpty());
        QVERIFY(p.get<QString>(Pref::PostgresUser).isEmpty());
        QCOMPARE(p.get<QString>(Pref::PostgresSchema), QStringLiteral("callrail"));
        QCOMPARE(p.get<int>(Pref::LookBackDays), 30);
        QCOMPARE(p.get<QUrl>(Pref::BaseUrl), QUrl(QStringLiteral("https://api.callrail.com/v3")));
        QCOMPARE(p.get<int>(Pref::PerPage), 250);
        QCOMPARE(p.get<int>(Pref::Concurrency), 4);
        QCOMPARE(p.get<int>(Pref::MaxRetries), 3);
        QCOMPARE(p.get<int>(Pref::TimeoutSeconds), 30);
        QCOMPARE(p.get<int>(Pref::HourlyBudget), 1000);
        QCOMPARE(p.get<int>(Pref::DailyBudget), 10000);
        QVERIFY(p.get<QByteArray>(Pref::WindowGeometry).isEmpty());
        QVERIFY(p.get<QByteArray>(Pref::WindowState).isEmpty());
        QVERIFY(p.get<QString>(Pref::Language).isEmpty());
        QCOMPARE(p.dateWindow().preset, DatePreset::Last30Days);
        QVERIFY(settings->allKeys().isEmpty()); // reading wrote nothing
    }

    void everySettingRoundTrips()
    {
        const QString endpoint = QStringLiteral("calls");
        for (int i = 0; i < kPrefCount; ++i) {
            const PrefInfo info = Preferences::info(prefAt(i));
            const QString key = info.perEndpoint ? info.key + endpoint : info.key;
            const QString on = info.perEndpoint ? endpoint : QString();
            QVERIFY2(info.defaultValue.metaType() == info.type, qPrintable(key));
            const QString file = QStringLiteral("every-%1.ini").arg(i);
            {
                auto settings = newSettings(file);
                Preferences p(settings.get());
                // A fresh file reads as the table's default, of the table's type.
                QVERIFY2(!p.isStored(prefAt(i), on), qPrintable(key));
                QCOMPARE(p.value(prefAt(i), on), info.defaultValue);
                // The default written reads back as itself.
                p.setValue(prefAt(i), on, info.defaultValue);
                QCOMPARE(p.value(prefAt(i), on), info.defaultValue);
                // So does another value, under the table's key.
                const QVariant other = otherThanDefault(info);
                QVERIFY2(other.isValid() && other != info.defaultValue, qPrintable(key));
                p.setValue(prefAt(i), on, other);
                QVERIFY2(settings->contains(key), qPrintable(key));
                p.sync();
            }
            auto settings = newSettings(file);
            const Preferences reread(settings.get());
            QCOMPARE(reread.value(prefAt(i), on), otherThanDefault(info));
            if (info.range) {
                // Just outside the range, either way, is the default again.
                settings->setValue(key, info.range->maximum + 1);
                QCOMPARE(reread.value(prefAt(i), on), info.defaultValue);
                settings->setValue(key, info.range->minimum - 1);
                QCOMPARE(reread.value(prefAt(i), on), info.defaultValue);
            }
        }
    }

    void roundTripThroughTheFile()
    {
        const QString file = QStringLiteral("roundtrip.ini");
        {
            auto settings = newSettings(file);
            Preferences p(settings.get());
            setEverything(p);
            p.sync();
        }
        auto settings = newSettings(file);
        const Preferences p(settings.get());
        checkEverything(p);
    }

    void keysAreTheDocumentedOnes()
    {
        // The keys are on users' disks: each is written out here, so that renaming one fails this test.
        const char *const expected[] = {"extraction/endpoints",
                                        "extraction/limits/",
                                        "extraction/fields/",
                                        "extraction/accountId",
                                        "dates/preset",
                                        "dates/start",
                                        "dates/end",
                                        "dates/timeZone",
                                        "output/format",
                                        "output/excelSafe",
                                        "output/bom",
                                        "output/folder",
                                        "output/datedNames",
                                        "postgres/host",
                                        "postgres/port",
                                        "postgres/database",
                                        "postgres/user",
                                        "postgres/schema",
                                        "refresh/lookBackDays",
                                        "network/baseUrl",
                                        "network/perPage",
                                        "network/concurrency",
                                        "network/maxRetries",
                                        "network/timeoutSeconds",
                                        "budget/hourly",
                                        "budget/daily",
                                        "ui/geometry",
                                        "ui/state",
                                        "ui/language"};
        QCOMPARE(kPrefCount, int(std::size(expected)));
        for (int i = 0; i < kPrefCount; ++i)
            QCOMPARE(Preferences::info(prefAt(i)).key, QString::fromLatin1(expected[i]));

        auto settings = newSettings();
        Preferences p(settings.get());
        setEverything(p);
        QCOMPARE(settings->value(QStringLiteral("dates/preset")).toString(), QStringLiteral("custom"));
        QCOMPARE(settings->value(QStringLiteral("dates/start")).toString(), QStringLiteral("2024-02-29"));
        QCOMPARE(settings->value(QStringLiteral("output/format")).toString(), QStringLiteral("jsonl"));
        QCOMPARE(settings->value(QStringLiteral("network/perPage")).toInt(), 100);
        QCOMPARE(settings->value(QStringLiteral("extraction/limits/calls")).toLongLong(), 5000);
        QVERIFY(!settings->contains(QStringLiteral("extraction/limits/companies")));
        QVERIFY(settings->contains(QStringLiteral("extraction/fields/calls")));
        QVERIFY(settings->contains(QStringLiteral("budget/hourly")));
        QVERIFY(settings->contains(QStringLiteral("ui/geometry")));
    }

    void aFileFromAnEarlierVersionStillReads()
    {
        // As QSettings wrote it before the settings became one table; nothing on disk may need migrating.
        const QString path = m_dir.filePath(QStringLiteral("earlier.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[extraction]\n"
            "endpoints=calls, companies\n"
            "limits\\calls=5000\n"
            "fields\\calls=gclid, tags\n"
            "accountId=ACC123\n"
            "\n[dates]\n"
            "preset=custom\nstart=2024-02-29\nend=2024-03-31\ntimeZone=America/New_York\n"
            "\n[output]\n"
            "format=jsonl\nexcelSafe=false\nbom=true\nfolder=/data/exports\ndatedNames=true\n"
            "\n[postgres]\n"
            "host=\nport=5433\ndatabase=analytics\nuser=analyst\nschema=crm\n"
            "\n[refresh]\nlookBackDays=0\n"
            "\n[network]\n"
            "baseUrl=http://127.0.0.1:8123/v3\nperPage=100\nconcurrency=2\nmaxRetries=5\ntimeoutSeconds=60\n"
            "\n[budget]\nhourly=500\ndaily=2000\n"
            "\n[ui]\n"
            "geometry=@ByteArray(\\x1\\x2geometry)\nstate=@ByteArray(state)\nlanguage=de\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        checkEverything(Preferences(&settings));
    }

    void noSecretIsEverStored()
    {
        // There is no setting for a key or password; make sure no stored key even looks like one.
        auto settings = newSettings();
        Preferences p(settings.get());
        setEverything(p);
        p.sync();
        const QStringList keys = settings->allKeys();
        QCOMPARE(keys.size(), kPrefCount); // one of each, the per-endpoint ones for "calls"
        for (const QString &key : keys) {
            const QString lower = key.toLower();
            for (const char *word : {"key", "secret", "token", "password", "auth"})
                QVERIFY2(!lower.contains(QLatin1String(word)), qPrintable(key));
        }
    }

    void badStoredValuesReadAsDefaults()
    {
        auto settings = newSettings();
        settings->setValue(QStringLiteral("network/perPage"), 0);
        settings->setValue(QStringLiteral("network/concurrency"), 1000);
        settings->setValue(QStringLiteral("network/maxRetries"), QStringLiteral("many"));
        settings->setValue(QStringLiteral("network/timeoutSeconds"), -5);
        settings->setValue(QStringLiteral("network/baseUrl"), QStringLiteral("ftp://example.com/v3"));
        settings->setValue(QStringLiteral("budget/hourly"), 0);
        settings->setValue(QStringLiteral("budget/daily"), QStringLiteral("3000000000"));
        settings->setValue(QStringLiteral("dates/preset"), QStringLiteral("next_week"));
        settings->setValue(QStringLiteral("dates/start"), QStringLiteral("2024-02-30"));
        settings->setValue(QStringLiteral("output/format"), QStringLiteral("pdf"));
        settings->setValue(QStringLiteral("extraction/limits/calls"), -3);
        settings->setValue(QStringLiteral("extraction/limits/tags"), QStringLiteral("3000000000")); // > int32
        settings->setValue(QStringLiteral("dates/timeZone"), QStringLiteral("  "));
        settings->setValue(QStringLiteral("postgres/port"), 70000);
        settings->setValue(QStringLiteral("postgres/schema"), QStringLiteral(" "));
        settings->setValue(QStringLiteral("refresh/lookBackDays"), 801);
        const Preferences p(settings.get());
        QCOMPARE(p.get<int>(Pref::PerPage), 250);
        QCOMPARE(p.get<int>(Pref::Concurrency), 4);
        QCOMPARE(p.get<int>(Pref::MaxRetries), 3);
        QCOMPARE(p.get<int>(Pref::TimeoutSeconds), 30);
        QCOMPARE(p.get<QUrl>(Pref::BaseUrl), QUrl(QStringLiteral("https://api.callrail.com/v3")));
        QCOMPARE(p.get<int>(Pref::HourlyBudget), 1000);
        QCOMPARE(p.get<int>(Pref::DailyBudget), 10000);
        QCOMPARE(p.get<DatePreset>(Pref::DatePreset), DatePreset::Last30Days);
        QVERIFY(!p.get<QDate>(Pref::CustomStart).isValid());
        QCOMPARE(p.get<SaveFormat>(Pref::OutputFormat), SaveFormat::Csv);
        QCOMPARE(p.get<qint64>(Pref::RecordLimit, QStringLiteral("calls")), 0);
        QCOMPARE(p.get<qint64>(Pref::RecordLimit, QStringLiteral("tags")), 0);
        QCOMPARE(p.get<QString>(Pref::TimeZone), DateWindow::defaultTimeZone());
        QCOMPARE(p.get<int>(Pref::PostgresPort), 5432);
        QCOMPARE(p.get<QString>(Pref::PostgresSchema), QStringLiteral("callrail"));
        QCOMPARE(p.get<int>(Pref::LookBackDays), 30);
        // Zero retries is a legitimate choice, not a bad value.
        settings->setValue(QStringLiteral("network/maxRetries"), 0);
        QCOMPARE(p.get<int>(Pref::MaxRetries), 0);
        // Names are read as the command line reads them: any case, and the other spellings it takes.
        settings->setValue(QStringLiteral("output/format"), QStringLiteral(" Excel "));
        settings->setValue(QStringLiteral("dates/preset"), QStringLiteral("ALL-TIME"));
        QCOMPARE(p.get<SaveFormat>(Pref::OutputFormat), SaveFormat::ExcelWorkbook);
        QCOMPARE(p.get<DatePreset>(Pref::DatePreset), DatePreset::AllAvailable);
    }

    void listsAreCleaned()
    {
        auto settings = newSettings();
        Preferences p(settings.get());
        p.set(Pref::Endpoints, QStringList{QStringLiteral(" calls "), QString(), QStringLiteral("calls"),
                                           QStringLiteral("tags")});
        QCOMPARE(p.get<QStringList>(Pref::Endpoints),
                 (QStringList{QStringLiteral("calls"), QStringLiteral("tags")}));
        p.set(Pref::RecordLimit, QStringLiteral("calls"), qint64(10));
        p.set(Pref::RecordLimit, QStringLiteral("calls"), qint64(0)); // "no limit" removes the entry
        QVERIFY(!settings->contains(QStringLiteral("extraction/limits/calls")));
    }

    void theDefaultBaseUrlIsNotWritten()
    {
        // So that people who never chose another follow CallRail's if it ever moves.
        auto settings = newSettings();
        Preferences p(settings.get());
        p.set(Pref::BaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        QVERIFY(settings->contains(QStringLiteral("network/baseUrl")));
        p.set(Pref::BaseUrl, QUrl(QStringLiteral("https://api.callrail.com/v3")));
        QVERIFY(!settings->contains(QStringLiteral("network/baseUrl")));
        p.set(Pref::BaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        p.set(Pref::BaseUrl, QUrl());
        QVERIFY(!settings->contains(QStringLiteral("network/baseUrl")));
    }

    void noEndpointsTickedIsRemembered()
    {
        auto settings = newSettings();
        Preferences p(settings.get());
        QVERIFY(!p.isStored(Pref::Endpoints)); // never chosen: the window ticks everything
        p.set(Pref::Endpoints, QStringList());
        p.sync();
        const Preferences reread(settings.get());
        QVERIFY(reread.isStored(Pref::Endpoints)); // chosen, and the choice was "none"
        QVERIFY(reread.get<QStringList>(Pref::Endpoints).isEmpty());
    }

    void defaultConstructorUsesApplicationSettings()
    {
        // The test support points the application's QSettings at a throwaway folder.
        {
            Preferences p;
            p.set(Pref::Concurrency, 7);
            p.sync();
            QVERIFY(!p.settings().fileName().isEmpty());
        }
        const Preferences again;
        QCOMPARE(again.get<int>(Pref::Concurrency), 7);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
