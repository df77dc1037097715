// The run's choices that need no network: which accounts it extracts, and the manifest a resumed run
// repeats.

#include "engine/RunManifest.h"
#include "engine/TargetAccounts.h"

#include <QJsonObject>
#include <QTest>

using namespace callrail;

namespace {

QList<AccountInfo> visible(std::initializer_list<const char *> ids)
{
    QList<AccountInfo> accounts;
    for (const char *id : ids)
        accounts.append(
            AccountInfo{QString::fromLatin1(id), QStringLiteral("Name of ") + QLatin1String(id), false});
    return accounts;
}

QStringList idsOf(const QList<AccountInfo> &accounts)
{
    QStringList ids;
    for (const AccountInfo &account : accounts)
        ids.append(account.id);
    return ids;
}

} // namespace

class TestRunChoices : public QObject
{
    Q_OBJECT

private slots:
    void targetAccounts_data()
    {
        QTest::addColumn<QList<AccountInfo>>("accounts");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<bool>("all");
        QTest::addColumn<bool>("onlyAccountsList");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("error");   // a fragment; empty: none
        QTest::addColumn<QString>("warning"); // a fragment; empty: none
        const QList<AccountInfo> two = visible({"ACC1", "ACC2"});
        QTest::newRow("the first, said") << two << QString() << false << false << QStringList{"ACC1"}
                                         << QString() << QStringLiteral("can see 2 accounts");
        QTest::newRow("the one asked for") << two << QStringLiteral("ACC2") << false << false
                                           << QStringList{"ACC2"} << QString() << QString();
        QTest::newRow("all") << two << QString() << true << false << QStringList{"ACC1", "ACC2"} << QString()
                             << QString();
        QTest::newRow("one the key cannot see")
            << two << QStringLiteral("ACC9") << false << false << QStringList()
            << QStringLiteral("It can see: ACC1, ACC2") << QString();
        QTest::newRow("an id given, the list not fetched")
            << QList<AccountInfo>{AccountInfo{QStringLiteral("ACC7"), QString(), false}}
            << QStringLiteral("ACC7") << false << false << QStringList{"ACC7"} << QString() << QString();
        QTest::newRow("no account") << QList<AccountInfo>() << QString() << false << false << QStringList()
                                    << QStringLiteral("cannot see any account") << QString();
        QTest::newRow("only the accounts list")
            << QList<AccountInfo>() << QString() << false << true << QStringList() << QString() << QString();
    }

    void targetAccounts()
    {
        QFETCH(QList<AccountInfo>, accounts);
        QFETCH(QString, accountId);
        QFETCH(bool, all);
        QFETCH(bool, onlyAccountsList);
        QFETCH(QStringList, targets);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        const TargetAccounts chosen = TargetAccounts::choose(accounts, accountId, all, onlyAccountsList);
        QCOMPARE(idsOf(chosen.accounts), targets);
        QCOMPARE(chosen.error.isEmpty(), error.isEmpty());
        QVERIFY2(chosen.error.contains(error), qPrintable(chosen.error));
        QCOMPARE(chosen.warning.isEmpty(), warning.isEmpty());
        QVERIFY2(chosen.warning.contains(warning), qPrintable(chosen.warning));
    }

    void manifestRepeatsTheInterruptedPlan()
    {
        ExtractionOptions options;
        options.endpoints = {EndpointSelection{QStringLiteral("calls"), 50, {QStringLiteral("tags")}}};
        options.allAccounts = true;
        options.dates.preset = DatePreset::Custom;
        options.dates.customStart = QDate(2026, 1, 1);
        options.dates.customEnd = QDate(2026, 2, 1);
        options.dates.timeZone = QStringLiteral("Europe/Paris");
        options.sliceDays = 20;
        options.perPage = 99;
        options.exportOptions = ExportOptions{OutputFormat::JsonLines, false, true};
        const QHash<QString, QStringList> companies{{QStringLiteral("ACC1"), {QStringLiteral("COM1")}}};
        const QJsonObject saved = RunManifest::of(options, visible({"ACC1", "ACC2"}), visible({"ACC1"}),
                                                  companies, QDate(2026, 3, 4))
                                      .toJson();

        const std::optional<RunManifest> read = RunManifest::fromJson(saved);
        QVERIFY(read);
        ExtractionOptions resumed; // another day, other choices: the manifest's win
        read->applyTo(resumed);
        QCOMPARE(resumed.endpoints.size(), 1);
        QCOMPARE(resumed.endpoints.first().limit, 50);
        QCOMPARE(resumed.endpoints.first().fields, QStringList{QStringLiteral("tags")});
        QVERIFY(resumed.allAccounts);
        QCOMPARE(resumed.dates.customStart, QDate(2026, 1, 1));
        QCOMPARE(resumed.dates.timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(resumed.sliceDays, 20);
        QCOMPARE(resumed.perPage, 99);
        QCOMPARE(resumed.exportOptions.format, OutputFormat::JsonLines);
        QVERIFY(resumed.exportOptions.byteOrderMark);
        QCOMPARE(read->today, QDate(2026, 3, 4));
        QCOMPARE(read->companies, companies);
        QCOMPARE(idsOf(read->accounts), (QStringList{"ACC1", "ACC2"}));
        QCOMPARE(read->toJson(), saved);

        QJsonObject future = saved;
        future.insert(QStringLiteral("version"), RunManifest::kVersion + 1);
        QVERIFY(!RunManifest::fromJson(future)); // not read as if it were this version
    }
};

QTEST_GUILESS_MAIN(TestRunChoices)
#include "tst_runchoices.moc"
