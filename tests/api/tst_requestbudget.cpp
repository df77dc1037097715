// The client-side request budget: rolling windows, persistence across runs, pauses after a 429.

#include "TestEnvironment.h"

#include "api/RequestBudget.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;

class TestRequestBudget : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    RequestBudget makeBudget(int hourly, int daily, qint64 window, const QString &path = QString())
    {
        RequestBudget budget(BudgetLimits{hourly, daily, window}, path);
        budget.setClock([this] { return m_now; });
        return budget;
    }

private slots:
    void init() { m_now = 1'000'000; }

    void requestsGoAtOnceWhileTheWindowHasRoom()
    {
        RequestBudget budget = makeBudget(3, 100, 1000);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(budget.delayBeforeNext(QStringLiteral("a")), 0);
            budget.recordRequest(QStringLiteral("a"));
            m_now += 10;
        }
        QCOMPARE(budget.remainingInWindow(QStringLiteral("a")), 0);
        // The first request was at 1,000,000: the fourth may go when it leaves the window.
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("a")), 1'001'000 - m_now);
        m_now = 1'001'000;
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("a")), 0);
    }

    void bucketsAreIndependent()
    {
        RequestBudget budget = makeBudget(1, 100, 1000);
        budget.recordRequest(QStringLiteral("a"));
        QVERIFY(budget.delayBeforeNext(QStringLiteral("a")) > 0);
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("b")), 0);
    }

    void dailyLimitHoldsAcrossWindows()
    {
        RequestBudget budget = makeBudget(10, 15, 1000);
        for (int i = 0; i < 15; ++i) {
            m_now += budget.delayBeforeNext(QStringLiteral("a"));
            budget.recordRequest(QStringLiteral("a"));
        }
        QCOMPARE(budget.remainingInDay(QStringLiteral("a")), 0);
        // The day is 24 windows: the 16th request waits for the first to be a day old.
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("a")), 1'000'000 + 24 * 1000 - m_now);
    }

    void neverMoreThanTheLimitInAnyWindow()
    {
        RequestBudget budget = makeBudget(7, 1000, 500);
        QList<qint64> sent;
        for (int i = 0; i < 60; ++i) {
            m_now += budget.delayBeforeNext(QStringLiteral("a")) + (i % 3); // sometimes later than allowed
            budget.recordRequest(QStringLiteral("a"));
            sent.append(m_now);
        }
        for (qint64 start : sent) {
            int inWindow = 0;
            for (qint64 t : sent)
                inWindow += (t >= start && t < start + 500) ? 1 : 0;
            QVERIFY(inWindow <= 7);
        }
    }

    void aSecondRunKnowsWhatTheFirstSpent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.json"));
        {
            RequestBudget first = makeBudget(5, 100, 3'600'000, path);
            QVERIFY(first.load());
            for (int i = 0; i < 4; ++i)
                first.recordRequest(QStringLiteral("api.callrail.com/ACC1"));
            QVERIFY(first.save());
        }
        m_now += 60'000; // a minute later, in another process
        RequestBudget second = makeBudget(5, 100, 3'600'000, path);
        QVERIFY(second.load());
        QCOMPARE(second.remainingInWindow(QStringLiteral("api.callrail.com/ACC1")), 1);
        QCOMPARE(second.usedInDay(QStringLiteral("api.callrail.com/ACC1")), 4);
    }

    void aDamagedFileIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        RequestBudget budget = makeBudget(5, 100, 1000, path);
        QString error;
        QVERIFY(!budget.load(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(budget.remainingInWindow(QStringLiteral("a")), 5);
    }

    void pauseAfterRateLimit()
    {
        RequestBudget budget = makeBudget(100, 1000, 1000);
        budget.pauseUntil(QStringLiteral("a"), m_now + 250);
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("a")), 250);
        QCOMPARE(budget.delayBeforeNext(QStringLiteral("b")), 0);
    }

    void accountsListIsChargedToTheAccounts()
    {
        RequestBudget budget = makeBudget(2, 100, 1000);
        budget.recordRequest(QStringLiteral("key"));
        budget.chargeAlso(QStringLiteral("key"), QStringLiteral("ACC1"));
        QCOMPARE(budget.remainingInWindow(QStringLiteral("ACC1")), 1);
    }

    void completionEstimateCoversTheWaits()
    {
        RequestBudget budget = makeBudget(10, 1000, 1000);
        QCOMPARE(budget.earliestCompletion(QStringLiteral("a"), 10), m_now);
        // 25 requests at 10 per window: two waits of one window.
        QCOMPARE(budget.earliestCompletion(QStringLiteral("a"), 25), m_now + 2000);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
