// Date windows: what start_date/end_date the extractor sends CallRail for each preset.
#include "config/DateWindow.h"

#include <QTest>
#include <QTimeZone>

using namespace callrail;

Q_DECLARE_METATYPE(callrail::DateWindow)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

DateWindow window(DatePreset preset, const QString &zone = QStringLiteral("UTC"))
{
    DateWindow w;
    w.preset = preset;
    w.timeZone = zone;
    return w;
}

DateWindow custom(const QDate &start, const QDate &end)
{
    DateWindow w;
    w.preset = DatePreset::Custom;
    w.customStart = start;
    w.customEnd = end;
    return w;
}

} // namespace

class TestDateWindow : public QObject
{
    Q_OBJECT

private slots:
    void defaultZoneIsTheComputers()
    {
        // The window and the command line read dates in the computer's zone unless told otherwise.
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", "America/Chicago");
        const QString zone = DateWindow::defaultTimeZone();
        const QString member = DateWindow{}.timeZone;
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        QCOMPARE(zone, QStringLiteral("America/Chicago"));
        QCOMPARE(member, zone);
    }

    void presetKeysRoundTrip()
    {
        QSet<QString> keys;
        QSet<QString> labels;
        for (DatePreset preset : allDatePresets()) {
            const QString key = datePresetKey(preset);
            QVERIFY(!key.isEmpty());
            QCOMPARE(parseDatePreset(key), std::optional<DatePreset>(preset));
            QCOMPARE(parseDatePreset(key.toUpper()), std::optional<DatePreset>(preset));
            keys.insert(key);
            labels.insert(datePresetLabel(preset));
        }
        QCOMPARE(keys.size(), 7);
        QCOMPARE(labels.size(), 7); // the combo box must not show two identical entries
        QCOMPARE(datePresetKey(DatePreset::Last7Days), QStringLiteral("last_7_days"));
        QCOMPARE(datePresetKey(DatePreset::AllAvailable), QStringLiteral("all_available"));
        QCOMPARE(parseDatePreset(QStringLiteral(" last-30-days ")), std::optional(DatePreset::Last30Days));
        QCOMPARE(parseDatePreset(QStringLiteral("all_time")), std::optional(DatePreset::AllAvailable));
        QCOMPARE(parseDatePreset(QStringLiteral("yesterday")), std::nullopt);
        QCOMPARE(parseDatePreset(QString()), std::nullopt);
    }

    void resolve_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        const int last7 = int(DatePreset::Last7Days), last30 = int(DatePreset::Last30Days),
                  thisMonth = int(DatePreset::ThisMonth), lastMonth = int(DatePreset::LastMonth),
                  thisYear = int(DatePreset::ThisYear), all = int(DatePreset::AllAvailable);
        QTest::newRow("last7 mid-month") << last7 << d("2024-03-15") << d("2024-03-09") << d("2024-03-15");
        QTest::newRow("last7 over Feb 29") << last7 << d("2024-03-01") << d("2024-02-24") << d("2024-03-01");
        QTest::newRow("last7 over new year")
            << last7 << d("2025-01-03") << d("2024-12-28") << d("2025-01-03");
        QTest::newRow("last30 leap year") << last30 << d("2024-03-15") << d("2024-02-15") << d("2024-03-15");
        QTest::newRow("last30 common year")
            << last30 << d("2023-03-15") << d("2023-02-14") << d("2023-03-15");
        QTest::newRow("last30 over new year")
            << last30 << d("2025-01-01") << d("2024-12-03") << d("2025-01-01");
        QTest::newRow("this month, first day")
            << thisMonth << d("2024-03-01") << d("2024-03-01") << d("2024-03-01");
        QTest::newRow("this month, Feb 29")
            << thisMonth << d("2024-02-29") << d("2024-02-01") << d("2024-02-29");
        QTest::newRow("last month is Feb (leap)")
            << lastMonth << d("2024-03-31") << d("2024-02-01") << d("2024-02-29");
        QTest::newRow("last month is Feb")
            << lastMonth << d("2023-03-01") << d("2023-02-01") << d("2023-02-28");
        QTest::newRow("last month over new year")
            << lastMonth << d("2025-01-15") << d("2024-12-01") << d("2024-12-31");
        QTest::newRow("last month from day 31")
            << lastMonth << d("2024-05-31") << d("2024-04-01") << d("2024-04-30");
        QTest::newRow("this year") << thisYear << d("2024-07-04") << d("2024-01-01") << d("2024-07-04");
        QTest::newRow("this year, Jan 1")
            << thisYear << d("2025-01-01") << d("2025-01-01") << d("2025-01-01");
        QTest::newRow("all available") << all << d("2026-03-15") << d("2024-02-16") << d("2026-03-15");
        // 2026-03-31 minus 25 months is clamped to 2024-02-29 (leap day), plus the day of margin.
        QTest::newRow("all available, clamped to Feb 29")
            << all << d("2026-03-31") << d("2024-03-01") << d("2026-03-31");
        QTest::newRow("all available, clamped Apr 30")
            << all << d("2025-05-31") << d("2023-05-01") << d("2025-05-31");
        QTest::newRow("all available from Feb 29")
            << all << d("2024-02-29") << d("2022-01-30") << d("2024-02-29");
    }

    void resolve()
    {
        QFETCH(int, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const DateRange range = window(DatePreset(preset)).resolve(today);
        QCOMPARE(range.start, start);
        QCOMPARE(range.end, end);
        QVERIFY(range.isValid());
        QVERIFY(window(DatePreset(preset)).validate(today).isEmpty());
    }

    void lastNDaysCountIncludesToday()
    {
        QCOMPARE(window(DatePreset::Last7Days).resolve(d("2024-03-15")).days(), 7);
        QCOMPARE(window(DatePreset::Last30Days).resolve(d("2024-03-15")).days(), 30);
    }

    void customIsReturnedAsEntered()
    {
        const DateWindow w = custom(d("2024-01-10"), d("2024-02-20"));
        QCOMPARE(w.resolve(d("2024-06-01")), (DateRange{d("2024-01-10"), d("2024-02-20")}));
    }

    void oldestAvailable()
    {
        QCOMPARE(DateWindow::oldestAvailable(d("2026-03-15")), d("2024-02-16"));
        QCOMPARE(DateWindow::oldestAvailable(d("2025-01-01")), d("2022-12-02"));
    }

    void slicesCoverRangeExactlyOnce_data()
    {
        QTest::addColumn<DateWindow>("w");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("maxDays");
        QTest::newRow("all available, 31-day slices")
            << window(DatePreset::AllAvailable) << d("2026-03-31") << 31;
        QTest::newRow("all available, 1-day slices")
            << window(DatePreset::AllAvailable) << d("2024-02-29") << 1;
        QTest::newRow("all available, 100 days")
            << window(DatePreset::AllAvailable) << d("2025-07-23") << 100;
        QTest::newRow("last 30, 7-day slices") << window(DatePreset::Last30Days) << d("2024-03-01") << 7;
        QTest::newRow("this year, one slice") << window(DatePreset::ThisYear) << d("2024-12-31") << 100000;
        QTest::newRow("custom, exact multiple")
            << custom(d("2024-01-01"), d("2024-01-30")) << d("2024-06-01") << 10;
        QTest::newRow("custom, one day") << custom(d("2024-02-29"), d("2024-02-29")) << d("2024-06-01") << 30;
    }

    void slicesCoverRangeExactlyOnce()
    {
        QFETCH(DateWindow, w);
        QFETCH(QDate, today);
        QFETCH(int, maxDays);
        const DateRange range = w.resolve(today);
        const QList<DateRange> slices = w.slices(today, maxDays);
        QVERIFY(!slices.isEmpty());
        QCOMPARE(slices.first().start, range.start);
        QCOMPARE(slices.last().end, range.end);
        qint64 total = 0;
        for (qsizetype i = 0; i < slices.size(); ++i) {
            const DateRange &s = slices.at(i);
            QVERIFY2(s.isValid(), qPrintable(s.start.toString(Qt::ISODate)));
            QVERIFY(s.days() <= maxDays);
            if (i > 0)
                QCOMPARE(s.start, slices.at(i - 1).end.addDays(1)); // no gap, no overlap, oldest first
            if (i + 1 < slices.size())
                QCOMPARE(s.days(), qint64(maxDays)); // only the last slice may be short
            total += s.days();
        }
        QCOMPARE(total, range.days());
    }

    void slicesConcrete()
    {
        const QList<DateRange> slices = window(DatePreset::Last7Days).slices(d("2024-03-15"), 3);
        const QList<DateRange> expected{{d("2024-03-09"), d("2024-03-11")},
                                        {d("2024-03-12"), d("2024-03-14")},
                                        {d("2024-03-15"), d("2024-03-15")}};
        QCOMPARE(slices, expected);
        // A nonsensical slice size still cuts the range rather than looping or returning nothing.
        QCOMPARE(window(DatePreset::Last7Days).slices(d("2024-03-15"), 0).size(), 7);
        QVERIFY(custom(d("2024-03-10"), d("2024-03-01")).slices(d("2024-06-01"), 10).isEmpty());
        QVERIFY(custom(QDate(), d("2024-03-01")).slices(d("2024-06-01"), 10).isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<DateWindow>("w");
        QTest::addColumn<QStringList>("mustContain"); // empty = valid
        const QDate today = d("2026-03-15");
        QTest::newRow("valid custom") << custom(d("2025-01-01"), d("2025-12-31")) << QStringList();
        QTest::newRow("end is today") << custom(d("2026-03-01"), today) << QStringList();
        QTest::newRow("start is the oldest day") << custom(d("2024-02-16"), d("2024-03-01")) << QStringList();
        QTest::newRow("start a day too old")
            << custom(d("2024-02-15"), d("2024-03-01"))
            << QStringList{QStringLiteral("2024-02-15"), QStringLiteral("2024-02-16"), QStringLiteral("25")};
        QTest::newRow("start after end")
            << custom(d("2025-03-02"), d("2025-03-01"))
            << QStringList{QStringLiteral("2025-03-02"), QStringLiteral("2025-03-01"),
                           QStringLiteral("after")};
        QTest::newRow("end after today")
            << custom(d("2026-03-01"), d("2026-03-16"))
            << QStringList{QStringLiteral("2026-03-16"), QStringLiteral("today")};
        QTest::newRow("no dates") << custom(QDate(), QDate()) << QStringList{QStringLiteral("date")};
        QTest::newRow("no start") << custom(QDate(), d("2026-03-01")) << QStringList{QStringLiteral("start")};
        QTest::newRow("invalid end") << custom(d("2026-03-01"), QDate(2026, 2, 30))
                                     << QStringList{QStringLiteral("end")};
        QTest::newRow("unknown zone") << window(DatePreset::Last7Days, QStringLiteral("Mars/Olympus_Mons"))
                                      << QStringList{QStringLiteral("Mars/Olympus_Mons")};
        QTest::newRow("empty zone") << window(DatePreset::Last7Days, QString())
                                    << QStringList{QStringLiteral("zone")};
        QTest::newRow("IANA zone") << window(DatePreset::AllAvailable, QStringLiteral("America/New_York"))
                                   << QStringList();
    }

    void validate()
    {
        QFETCH(DateWindow, w);
        QFETCH(QStringList, mustContain);
        const QString message = w.validate(d("2026-03-15"));
        if (mustContain.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message)); // one line
        for (const QString &part : mustContain)
            QVERIFY2(message.contains(part, Qt::CaseInsensitive),
                     qPrintable(message + QStringLiteral(" / ") + part));
    }

    void todayDependsOnTimeZone()
    {
        // 20:00 UTC on 15 March is already 16 March in Auckland and still 15 March in Los Angeles.
        const QDateTime evening(d("2024-03-15"), QTime(20, 0), QTimeZone::utc());
        QCOMPARE(DateWindow::dateIn(QStringLiteral("UTC"), evening), d("2024-03-15"));
        QCOMPARE(DateWindow::dateIn(QStringLiteral("Pacific/Auckland"), evening), d("2024-03-16"));
        QCOMPARE(DateWindow::dateIn(QStringLiteral("America/Los_Angeles"), evening), d("2024-03-15"));
        // 05:00 UTC on 16 March is still 15 March in Los Angeles (PDT, UTC-7).
        const QDateTime early(d("2024-03-16"), QTime(5, 0), QTimeZone::utc());
        QCOMPARE(DateWindow::dateIn(QStringLiteral("America/Los_Angeles"), early), d("2024-03-15"));
        QCOMPARE(DateWindow::dateIn(QStringLiteral("Asia/Kolkata"), early), d("2024-03-16"));
        // Unknown zones fall back to UTC (validate() reports them).
        QCOMPARE(DateWindow::dateIn(QStringLiteral("Nowhere/Town"), early), d("2024-03-16"));

        // The same instant gives a different "last month" at a month boundary.
        const QDateTime boundary(d("2024-03-31"), QTime(23, 30), QTimeZone::utc());
        const QDate inUtc = DateWindow::dateIn(QStringLiteral("UTC"), boundary);
        const QDate inTokyo = DateWindow::dateIn(QStringLiteral("Asia/Tokyo"), boundary);
        QCOMPARE(window(DatePreset::LastMonth).resolve(inUtc), (DateRange{d("2024-02-01"), d("2024-02-29")}));
        QCOMPARE(window(DatePreset::LastMonth, QStringLiteral("Asia/Tokyo")).resolve(inTokyo),
                 (DateRange{d("2024-03-01"), d("2024-03-31")}));
    }

    void todayInIsTheCurrentDate()
    {
        const QDate before = QDateTime::currentDateTimeUtc().date();
        const QDate today = DateWindow::todayIn(QStringLiteral("UTC"));
        const QDate after = QDateTime::currentDateTimeUtc().date();
        QVERIFY(today == before || today == after);
        const QDate kiritimati = DateWindow::todayIn(QStringLiteral("Pacific/Kiritimati")); // UTC+14
        QVERIFY(kiritimati == before || kiritimati == before.addDays(1) || kiritimati == after.addDays(1));
        QVERIFY(DateWindow::isKnownTimeZone(QStringLiteral("Europe/Berlin")));
        QVERIFY(!DateWindow::isKnownTimeZone(QStringLiteral("Europe/Atlantis")));
    }
};

QTEST_GUILESS_MAIN(TestDateWindow)
#include "tst_datewindow.moc"
