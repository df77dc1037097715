// What the window and the command line remember: defaults, round trips, bad values, and no secrets.
#include "config/Preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace callrail;

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
        p.setEndpoints({QStringLiteral("calls"), QStringLiteral("companies")});
        p.setLimit(QStringLiteral("calls"), 5000);
        p.setFields(QStringLiteral("calls"), {QStringLiteral("gclid"), QStringLiteral("tags")});
        p.setAccountId(QStringLiteral("ACC123"));
        p.setDatePreset(DatePreset::Custom);
        p.setCustomStart(QDate(2024, 2, 29));
        p.setCustomEnd(QDate(2024, 3, 31));
        p.setTimeZone(QStringLiteral("America/New_York"));
        p.setOutputFormat(QStringLiteral("jsonl"));
        p.setExcelSafe(false);
        p.setByteOrderMark(true);
        p.setOutputFolder(QStringLiteral("/data/exports"));
        p.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        p.setPerPage(100);
        p.setConcurrency(2);
        p.setMaxRetries(5);
        p.setTimeoutSeconds(60);
        p.setHourlyBudget(500);
        p.setDailyBudget(2000);
        p.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        p.setWindowState(QByteArray("state"));
        p.setLanguage(QStringLiteral("de"));
    }

private slots:
    void defaults()
    {
        auto settings = newSettings();
        const Preferences p(settings.get());
        QVERIFY(p.endpoints().isEmpty());
        QCOMPARE(p.limit(QStringLiteral("calls")), 0);
        QVERIFY(p.fields(QStringLiteral("calls")).isEmpty());
        QVERIFY(p.accountId().isEmpty());
        QCOMPARE(p.datePreset(), DatePreset::Last30Days);
        QVERIFY(!p.customStart().isValid());
        QVERIFY(!p.customEnd().isValid());
        // The computer's zone, as on the command line (not UTC).
        QCOMPARE(p.timeZone(), DateWindow::defaultTimeZone());
        QCOMPARE(p.outputFormat(), QStringLiteral("csv"));
        QCOMPARE(p.excelSafe(), true);
        QCOMPARE(p.byteOrderMark(), true); // CSV for Excel on Windows by default in the window
        QCOMPARE(p.datedFileNames(), false);
        QCOMPARE(p.outputFolder(), Preferences::defaultOutputFolder());
        QCOMPARE(p.baseUrl(), QUrl(QStringLiteral("https://api.callrail.com/v3")));
        QCOMPARE(p.perPage(), 250);
        QCOMPARE(p.concurrency(), 4);
        QCOMPARE(p.maxRetries(), 3);
        QCOMPARE(p.timeoutSeconds(), 30);
        QCOMPARE(p.hourlyBudget(), 1000);
        QCOMPARE(p.dailyBudget(), 10000);
        QVERIFY(p.windowGeometry().isEmpty());
        QVERIFY(p.windowState().isEmpty());
        QVERIFY(p.language().isEmpty());
        QCOMPARE(p.dateWindow().preset, DatePreset::Last30Days);
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
        QCOMPARE(p.endpoints(), (QStringList{QStringLiteral("calls"), QStringLiteral("companies")}));
        QCOMPARE(p.limit(QStringLiteral("calls")), 5000);
        QCOMPARE(p.limit(QStringLiteral("companies")), 0);
        QCOMPARE(p.fields(QStringLiteral("calls")),
                 (QStringList{QStringLiteral("gclid"), QStringLiteral("tags")}));
        QCOMPARE(p.accountId(), QStringLiteral("ACC123"));
        QCOMPARE(p.datePreset(), DatePreset::Custom);
        QCOMPARE(p.customStart(), QDate(2024, 2, 29));
        QCOMPARE(p.customEnd(), QDate(2024, 3, 31));
        QCOMPARE(p.timeZone(), QStringLiteral("America/New_York"));
        QCOMPARE(p.outputFormat(), QStringLiteral("jsonl"));
        QCOMPARE(p.excelSafe(), false);
        QCOMPARE(p.byteOrderMark(), true);
        QCOMPARE(p.outputFolder(), QStringLiteral("/data/exports"));
        QCOMPARE(p.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123/v3")));
        QCOMPARE(p.perPage(), 100);
        QCOMPARE(p.concurrency(), 2);
        QCOMPARE(p.maxRetries(), 5);
        QCOMPARE(p.timeoutSeconds(), 60);
        QCOMPARE(p.hourlyBudget(), 500);
        QCOMPARE(p.dailyBudget(), 2000);
        QCOMPARE(p.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(p.windowState(), QByteArray("state"));
        QCOMPARE(p.language(), QStringLiteral("de"));

        const DateWindow w = p.dateWindow();
        QCOMPARE(w.preset, DatePreset::Custom);
        QCOMPARE(w.customStart, QDate(2024, 2, 29));
        QCOMPARE(w.timeZone, QStringLiteral("America/New_York"));
    }

    void keysAreTheDocumentedOnes()
    {
        auto settings = newSettings();
        Preferences p(settings.get());
        setEverything(p);
        QCOMPARE(settings->value(QStringLiteral("dates/preset")).toString(), QStringLiteral("custom"));
        QCOMPARE(settings->value(QStringLiteral("dates/start")).toString(), QStringLiteral("2024-02-29"));
        QCOMPARE(settings->value(QStringLiteral("network/perPage")).toInt(), 100);
        QCOMPARE(settings->value(QStringLiteral("extraction/limits/calls")).toLongLong(), 5000);
        QVERIFY(settings->contains(QStringLiteral("extraction/fields/calls")));
        QVERIFY(settings->contains(QStringLiteral("budget/hourly")));
        QVERIFY(settings->contains(QStringLiteral("ui/geometry")));
    }

    void noSecretIsEverStored()
    {
        // There is no setter for a key; make sure no stored key even looks like one.
        auto settings = newSettings();
        Preferences p(settings.get());
        setEverything(p);
        p.sync();
        const QStringList keys = settings->allKeys();
        QVERIFY(keys.size() >= 20);
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
        settings->setValue(QStringLiteral("dates/preset"), QStringLiteral("next_week"));
        settings->setValue(QStringLiteral("dates/start"), QStringLiteral("2024-02-30"));
        settings->setValue(QStringLiteral("output/format"), QStringLiteral("pdf"));
        settings->setValue(QStringLiteral("extraction/limits/calls"), -3);
        settings->setValue(QStringLiteral("dates/timeZone"), QStringLiteral("  "));
        const Preferences p(settings.get());
        QCOMPARE(p.perPage(), 250);
        QCOMPARE(p.concurrency(), 4);
        QCOMPARE(p.maxRetries(), 3);
        QCOMPARE(p.timeoutSeconds(), 30);
        QCOMPARE(p.baseUrl(), Preferences::defaultBaseUrl());
        QCOMPARE(p.hourlyBudget(), 1000);
        QCOMPARE(p.datePreset(), DatePreset::Last30Days);
        QVERIFY(!p.customStart().isValid());
        QCOMPARE(p.outputFormat(), QStringLiteral("csv"));
        QCOMPARE(p.limit(QStringLiteral("calls")), 0);
        QCOMPARE(p.timeZone(), DateWindow::defaultTimeZone());
        // Zero retries is a legitimate choice, not a bad value.
        settings->setValue(QStringLiteral("network/maxRetries"), 0);
        QCOMPARE(p.maxRetries(), 0);
    }

    void listsAreCleaned()
    {
        auto settings = newSettings();
        Preferences p(settings.get());
        p.setEndpoints(
            {QStringLiteral(" calls "), QString(), QStringLiteral("calls"), QStringLiteral("tags")});
        QCOMPARE(p.endpoints(), (QStringList{QStringLiteral("calls"), QStringLiteral("tags")}));
        p.setLimit(QStringLiteral("calls"), 10);
        p.setLimit(QStringLiteral("calls"), 0); // "no limit" removes the entry
        QVERIFY(!settings->contains(QStringLiteral("extraction/limits/calls")));
    }

    void noEndpointsTickedIsRemembered()
    {
        auto settings = newSettings();
        Preferences p(settings.get());
        QVERIFY(!p.hasEndpoints()); // never chosen: the window ticks everything
        p.setEndpoints({});
        p.sync();
        const Preferences reread(settings.get());
        QVERIFY(reread.hasEndpoints()); // chosen, and the choice was "none"
        QVERIFY(reread.endpoints().isEmpty());
    }

    void defaultConstructorUsesApplicationSettings()
    {
        // The test support points the application's QSettings at a throwaway folder.
        {
            Preferences p;
            p.setConcurrency(7);
            p.sync();
            QVERIFY(!p.settings().fileName().isEmpty());
        }
        const Preferences again;
        QCOMPARE(again.concurrency(), 7);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
