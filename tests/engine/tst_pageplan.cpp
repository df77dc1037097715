// The page plan on its own, without network or files: the URLs a run asks for, how totals size the
// segments, how the cursor moves past written pages (following links, empty pages, catch-up re-reads), what
// a resumed run asks for, and the request estimate.

#include "engine/DuplicateFilter.h"
#include "engine/PagePlan.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace callrail;

namespace {

const QUrl kListUrl(QStringLiteral("https://api.callrail.com/v3/a/ACC1/x.json"));
const QDate kToday(2026, 11, 30);

DateWindow lastThirtyDays()
{
    DateWindow window;
    window.preset = DatePreset::Last30Days;
    window.timeZone = QStringLiteral("America/New_York");
    return window;
}

PagePlan planFor(const QString &endpoint, int perPage = 250, qint64 limit = 0, const QStringList &fields = {},
                 const QStringList &companies = {})
{
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    Q_ASSERT(spec);
    PagePlan plan(*spec, EndpointSelection{endpoint, limit, fields}, kListUrl, perPage,
                  QStringLiteral("America/New_York"));
    plan.build(lastThirtyDays(), kToday, 30, companies);
    return plan;
}

QString queryOf(const QUrl &url)
{
    return url.query(QUrl::FullyDecoded);
}

/// Every request the plan has now, none pending.
QList<PagePlan::PageRequest> allRequests(PagePlan &plan, int room = 100)
{
    return plan.nextRequests(room, [](int, int) { return false; });
}

QJsonObject totals(qint64 records, int perPage, int page = 1)
{
    return QJsonObject{{QStringLiteral("page"), page},
                       {QStringLiteral("per_page"), perPage},
                       {QStringLiteral("total_pages"), (records + perPage - 1) / perPage},
                       {QStringLiteral("total_records"), records}};
}

} // namespace

class TestPagePlan : public QObject
{
    Q_OBJECT

private slots:
    void firstRequestAsksForEverythingCallRailNeeds_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("query");
        const QString dates =
            QStringLiteral("&start_date=2026-11-01&end_date=2026-11-30&time_zone=America/New_York");
        QTest::newRow("offset, sorted by name")
            << QStringLiteral("users") << 250 << qint64(0) << QStringList()
            << QStringLiteral("page=1&per_page=250&sort=email&order=asc");
        QTest::newRow("relative: a 0-based page index")
            << QStringLiteral("calls") << 100 << qint64(0) << QStringList()
            << QStringLiteral("relative_pagination=true&offset=0&per_page=100&sort=start_time&order=asc") +
                   dates;
        QTest::newRow("the limit shrinks the page")
            << QStringLiteral("form_submissions") << 250 << qint64(7) << QStringList()
            << QStringLiteral("page=1&per_page=7&sort=submitted_at&order=asc") + dates;
        QTest::newRow("fields in the catalogue's order")
            << QStringLiteral("calls") << 250 << qint64(0)
            << QStringList{QStringLiteral("tags"), QStringLiteral("source")}
            << QStringLiteral("relative_pagination=true&offset=0&per_page=250&sort=start_time&order=asc"
                              "&fields=source,tags") +
                   dates;
        QTest::newRow("no stable order: no sort")
            << QStringLiteral("text_messages") << 250 << qint64(0) << QStringList()
            << QStringLiteral("page=1&per_page=250") + dates;
    }

    void firstRequestAsksForEverythingCallRailNeeds()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, perPage);
        QFETCH(qint64, limit);
        QFETCH(QStringList, fields);
        QFETCH(QString, query);
        PagePlan plan = planFor(endpoint, perPage, limit, fields);
        const QList<PagePlan::PageRequest> requests = allRequests(plan);
        // The size is not known before the first answer; a relative list (calls) is counted beside it, unless
        // the record limit fits in the first page.
        const bool counted = endpoint == QLatin1String("calls") && !(limit > 0 && limit <= perPage);
        QCOMPARE(requests.size(), counted ? 2 : 1);
        QCOMPARE(requests.first().page, 1);
        if (counted) {
            QVERIFY(requests.at(1).isCount());
            QVERIFY2(queryOf(requests.at(1).url).startsWith(QStringLiteral("sort=start_time&order=asc")),
                     qPrintable(queryOf(requests.at(1).url)));
            QVERIFY(queryOf(requests.at(1).url).contains(QStringLiteral("page=1&per_page=1")));
            QVERIFY(!queryOf(requests.at(1).url).contains(QStringLiteral("relative_pagination")));
        }
        QCOMPARE(requests.first().url.path(), kListUrl.path());
        QCOMPARE(queryOf(requests.first().url), query);
    }

    void perCompanyListsAskOncePerCompanyFirst()
    {
        PagePlan plan = planFor(QStringLiteral("integrations"), 250, 0, {},
                                {QStringLiteral("COM1"), QStringLiteral("COM2")});
        QCOMPARE(plan.segmentCount(), 2);
        const QList<PagePlan::PageRequest> requests = allRequests(plan);
        QCOMPARE(requests.size(), 2);
        QVERIFY(queryOf(requests.at(0).url).endsWith(QStringLiteral("company_id=COM1")));
        QVERIFY(queryOf(requests.at(1).url).endsWith(QStringLiteral("company_id=COM2")));
        QCOMPARE(requests.at(1).segment, 1);
    }

    void totalsSizeTheSegment_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QJsonObject>("envelope");
        QTest::addColumn<int>("pages"); // -1: unknown
        QTest::addColumn<qint64>("records");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("records and pages")
            << QStringLiteral("users") << totals(501, 250) << 3 << qint64(501) << true;
        QTest::newRow("records win over a wrong page count")
            << QStringLiteral("users")
            << QJsonObject{{QStringLiteral("total_pages"), 9}, {QStringLiteral("total_records"), 251}} << 2
            << qint64(251) << true;
        QTest::newRow("pages only") << QStringLiteral("users")
                                    << QJsonObject{{QStringLiteral("total_pages"), 4}} << 4 << qint64(-1)
                                    << true;
        QTest::newRow("offset without totals: read on")
            << QStringLiteral("users") << QJsonObject() << 2 << qint64(-1) << true;
        QTest::newRow("relative without totals: follow links")
            << QStringLiteral("calls") << QJsonObject{{QStringLiteral("has_next_page"), true}} << -1
            << qint64(-1) << true;
        QTest::newRow("implausible") << QStringLiteral("tags")
                                     << QJsonObject{{QStringLiteral("total_records"), 900'000'000'000.0}}
                                     << -1 << qint64(-1) << false;
    }

    void totalsSizeTheSegment()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, envelope);
        QFETCH(int, pages);
        QFETCH(qint64, records);
        QFETCH(bool, plausible);
        PagePlan plan = planFor(endpoint);
        allRequests(plan);
        QString error;
        QCOMPARE(plan.takeTotals(0, 1, envelope, &error), plausible);
        QCOMPARE(error.isEmpty(), plausible);
        QCOMPARE(plan.segment(0).totalPages, pages);
        QCOMPARE(plan.segment(0).totalRecords, records);
        QCOMPARE(plan.reportedTotal(), records);
    }

    void totalsOnlyGrow()
    {
        PagePlan plan = planFor(QStringLiteral("calls"));
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, totals(600, 250), &error));
        QVERIFY(plan.takeTotals(0, 2, totals(400, 250, 2), &error));
        QCOMPARE(plan.segment(0).totalPages, 3);
        QCOMPARE(plan.segment(0).totalRecords, 600);
    }

    void onceSizedEveryPageIsAskedInParallel()
    {
        PagePlan plan = planFor(QStringLiteral("users"), 100);
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, totals(450, 100), &error));
        const QList<PagePlan::PageRequest> requests = plan.nextRequests(3, [](int, int) { return false; });
        QCOMPARE(requests.size(), 3); // no more than the room
        QCOMPARE(requests.at(0).page, 2);
        QCOMPARE(requests.at(2).page, 4);
        QCOMPARE(allRequests(plan).size(), 1); // page 5, the last
        QCOMPARE(plan.estimatedRemainingRequests(0, 0), 5);
        QCOMPARE(plan.estimatedRemainingRequests(0, 120), 2); // the limit needs two pages
        QVERIFY(plan.sizesKnown());
    }

    void cursorWalksTheSegmentsInOrder()
    {
        PagePlan plan =
            planFor(QStringLiteral("integrations"), 100, 0, {}, {QStringLiteral("A"), QStringLiteral("B")});
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, totals(150, 100), &error));
        PagePlan::Advance step = plan.advance({0, 1, 100, false, {}, 150, false});
        QVERIFY(step.more && !step.segmentEnded);
        QCOMPARE(plan.writePage(), 2);
        step = plan.advance({0, 2, 50, false, {}, 150, false});
        QVERIFY(step.more && step.segmentEnded);
        QCOMPARE(plan.writeSegment(), 1);
        QCOMPARE(plan.writePage(), 1);
        QVERIFY(plan.takeTotals(1, 1, totals(0, 100), &error));
        step = plan.advance({1, 1, 0, false, {}, 0, false});
        QVERIFY(!step.more && step.segmentEnded);
        QVERIFY(plan.finished());
        QCOMPARE(plan.reportedTotal(), 150);
    }

    void emptyPageBeforeTheEndStopsWithANote()
    {
        PagePlan plan = planFor(QStringLiteral("users"), 100);
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, totals(300, 100), &error));
        plan.advance({0, 1, 100, false, {}, 300, false});
        const PagePlan::Advance step = plan.advance({0, 2, 0, false, {}, 300, false});
        QVERIFY(!step.more);
        QVERIFY2(step.note.contains(QStringLiteral("page 2 came back empty")), qPrintable(step.note));
    }

    void countedRelativeListIsAskedForByIndex()
    {
        PagePlan plan = planFor(QStringLiteral("calls"), 100);
        QCOMPARE(allRequests(plan).size(), 2); // page 1 and the count
        QString error;
        QVERIFY(plan.takeTotals(0, 1, {}, &error)); // page 1 says no totals
        const QUrl next(QStringLiteral("https://api.callrail.com/v3/a/ACC1/calls?offset=1&page=1"));
        QCOMPARE(plan.noteNextLink(0, 1, true, next), PagePlan::Link::Held);
        QVERIFY(plan.awaitingCount(0)); // page 1 waits: is it the last?
        QVERIFY(allRequests(plan).isEmpty());
        QVERIFY(plan.takeTotals(0, 0, QJsonObject{{QStringLiteral("total_records"), 450}}, &error));
        plan.countTaken(0);
        QVERIFY(!plan.awaitingCount(0));
        QCOMPARE(plan.reportedTotal(), 450);
        QCOMPARE(plan.recordsAtLeast(0, 5), 50); // the last page must hold the rest
        const QList<PagePlan::PageRequest> pages = allRequests(plan);
        QCOMPARE(pages.size(), 4); // pages 2 to 5, at once, by their 0-based index
        QVERIFY(queryOf(pages.last().url).contains(QStringLiteral("offset=4")));
    }

    void relativeListWithoutTotalsFollowsItsLinks()
    {
        // The count could not be taken: the pages are followed link by link, as the first page gave them.
        PagePlan plan = planFor(QStringLiteral("calls"), 100);
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, {}, &error));
        const QUrl next(QStringLiteral("https://api.callrail.com/v3/a/ACC1/calls?offset=1&page=1"));
        QCOMPARE(plan.noteNextLink(0, 1, true, next), PagePlan::Link::Held);
        plan.countFailed(0);
        const QList<PagePlan::PageRequest> second = allRequests(plan);
        QCOMPARE(second.size(), 1);
        QVERIFY(!plan.awaitingCount(0));
        QCOMPARE(second.first().url, next); // unmodified
        QCOMPARE(second.first().page, 2);
        QVERIFY(allRequests(plan).isEmpty()); // one link at a time
        QVERIFY(plan.advance({0, 1, 100, true, next, -1, false}).more);
        QCOMPARE(plan.noteNextLink(0, 2, true, next), PagePlan::Link::Loop);
        QVERIFY(!plan.advance({0, 2, 100, false, {}, -1, false}).more);
    }

    void listWithoutStableOrderRereadsItsTop()
    {
        // Text messages: newest activity first, so a conversation that changes during the run jumps to the
        // top. After the last page the top is read again while it shows records changed since the start.
        PagePlan plan = planFor(QStringLiteral("text_messages"), 100);
        allRequests(plan);
        QString error;
        QVERIFY(plan.takeTotals(0, 1, totals(150, 100), &error));
        QVERIFY(plan.advance({0, 1, 100, false, {}, 150, false}).more);
        QVERIFY(plan.advance({0, 2, 50, false, {}, 150, false}).more); // catch-up begins
        QCOMPARE(plan.segment(0).catchUpPages, 1);
        QVERIFY(plan.isCatchUpPage(0, 3));
        const QList<PagePlan::PageRequest> top =
            plan.nextRequests(10, [](int segment, int page) { return segment == 0 && page == 2; });
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().page, 3);
        QCOMPARE(top.first().urlPage, 1); // the URL asks for the top page
        QVERIFY(queryOf(top.first().url).startsWith(QStringLiteral("page=1&")));
        QVERIFY(plan.advance({0, 3, 100, false, {}, 150, true}).more);   // it held a recent record: read on
        QVERIFY(!plan.advance({0, 4, 100, false, {}, 150, false}).more); // nothing recent: done
    }

    void recordsDueFromThePagesOwnTotals_data()
    {
        QTest::addColumn<QJsonObject>("envelope");
        QTest::addColumn<int>("urlPage");
        QTest::addColumn<qint64>("due");
        QTest::newRow("a full page") << totals(450, 100, 2) << 2 << qint64(100);
        QTest::newRow("the last page") << totals(450, 100, 5) << 5 << qint64(50);
        QTest::newRow("past the end") << totals(450, 100, 6) << 6 << qint64(0);
        QTest::newRow("page from the URL")
            << QJsonObject{{QStringLiteral("total_records"), 120}} << 2 << qint64(20);
        QTest::newRow("no totals") << QJsonObject{{QStringLiteral("has_next_page"), true}} << 1 << qint64(-1);
    }

    void recordsDueFromThePagesOwnTotals()
    {
        QFETCH(QJsonObject, envelope);
        QFETCH(int, urlPage);
        QFETCH(qint64, due);
        QCOMPARE(planFor(QStringLiteral("users"), 100).recordsDue(envelope, urlPage), due);
    }

    void resumedPlanAsksOnlyForWhatIsLeft()
    {
        PagePlan first = planFor(QStringLiteral("users"), 100);
        allRequests(first);
        QString error;
        QVERIFY(first.takeTotals(0, 1, totals(450, 100), &error));
        first.advance({0, 1, 100, false, {}, 450, false});
        first.advance({0, 2, 100, false, {}, 450, false});
        const QJsonObject saved = first.saveState();

        PagePlan resumed = planFor(QStringLiteral("users"), 100);
        QVERIFY(resumed.restoreState(saved));
        QCOMPARE(resumed.writePage(), 3);
        const QList<PagePlan::PageRequest> requests = allRequests(resumed);
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.first().page, 3);
        QCOMPARE(resumed.estimatedRemainingRequests(200, 0), 3);

        PagePlan other =
            planFor(QStringLiteral("integrations"), 100, 0, {}, {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(!other.restoreState(saved)); // another plan: not continued
    }

    void duplicatesOfAStableListAreLookedForNearby()
    {
        // An ascending list repeats a record only across a page boundary: the filter keeps recent pages, and
        // a resumed run gets the last few.
        DuplicateFilter filter(false);
        for (int page = 0; page < 40; ++page)
            filter.pageWritten({QStringLiteral("P%1-a").arg(page), QStringLiteral("P%1-b").arg(page)});
        QVERIFY(filter.isDuplicate(QStringLiteral("P39-a")));
        QVERIFY(filter.isDuplicate(QStringLiteral("P8-b")));
        QVERIFY(!filter.isDuplicate(QStringLiteral("P7-b"))); // long gone: memory stays flat
        QVERIFY(!filter.isDuplicate(QString()));              // no id, never a duplicate
        DuplicateFilter resumed(false);
        resumed.restoreState(filter.saveState());
        QVERIFY(resumed.isDuplicate(QStringLiteral("P36-a")));
        QVERIFY(!resumed.isDuplicate(QStringLiteral("P35-a")));
    }

    void duplicatesOfAnUnorderedListAreAllRemembered()
    {
        DuplicateFilter filter(true);
        for (int page = 0; page < 40; ++page)
            filter.pageWritten({QStringLiteral("P%1").arg(page)});
        QVERIFY(filter.isDuplicate(QStringLiteral("P0")));
        DuplicateFilter resumed(true);
        resumed.restoreState(filter.saveState());
        QVERIFY(resumed.isDuplicate(QStringLiteral("P0")));
        filter.accept(QStringLiteral("new"));
        QVERIFY(filter.isDuplicate(QStringLiteral("new")));
    }
};

QTEST_GUILESS_MAIN(TestPagePlan)
#include "tst_pageplan.moc"
