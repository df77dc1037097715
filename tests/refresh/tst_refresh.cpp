// Refresh: an export is brought up to date with a few requests. New calls are added, calls edited after the
// export (tags, lead status, note) are updated in place, a call CallRail no longer returns is marked removed,
// and calls older than the look-back are not touched, in every format.

#include "ExtractionHarness.h"
#include "PostgresReadBack.h"
#include "TestEnvironment.h"
#include "XlsxReadBack.h"

#include "api/EndpointCatalogue.h"
#include "engine/ExportManifest.h"
#include "export/SaveFormat.h"
#include "refresh/ExportRefresh.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const QString kCalls = QStringLiteral("calls");
const QString kRemoved = EndpointCatalogue::removedAtColumn();

/// The suite's throwaway PostgreSQL server, for the PostgreSQL export (started once, in initTestCase()).
PostgresServer *g_postgres = nullptr;

/// The export of a test: calls with the fields that change after a call, and two small lists.
ExtractionOptions exportOptions(ExtractionHarness &harness, const QString &folder, SaveFormat format)
{
    ExtractionOptions options = harness.options(folder);
    options.endpoints = {
        EndpointSelection{
            kCalls, 0, {QStringLiteral("lead_status"), QStringLiteral("note"), QStringLiteral("tags")}},
        EndpointSelection{QStringLiteral("companies"), 0, {}},
        EndpointSelection{QStringLiteral("tags"), 0, {}}};
    options.exportOptions.format = SaveFormats::fileFormat(format);
    options.typedOutput = SaveFormats::typedOutput(format);
    if (format == SaveFormat::PostgresDatabase) {
        options.databaseConnection = g_postgres->connInfo();
        options.databasePassword = PostgresServer::password();
    }
    return options;
}

/// Runs a refresh of `folder` against the harness's server, as the command line does.
RefreshReport refresh(ExtractionHarness &harness, const QString &folder, int lookBack = 30)
{
    ExportRefresh refresher(folder, lookBack);
    refresher.setDatabasePassword(PostgresServer::password()); // used only by a PostgreSQL export
    ExtractionOptions options = harness.options(folder);
    QString error;
    const auto log = [](LogLevel, const QString &) {};
    if (!refresher.prepare(options, log, &error)) {
        RefreshReport failed;
        failed.error = error;
        return failed;
    }
    return refresher.finish(harness.run(options), log);
}

const RefreshedFile *fileReport(const RefreshReport &report, const QString &endpoint)
{
    for (const RefreshedFile &f : report.files) {
        if (f.endpoint == endpoint)
            return &f;
    }
    return nullptr;
}

/// A call as the export holds it: its cells by column name, whatever the format.
using Row = QHash<QString, QString>;

QHash<QString, Row> callsInExport(const QString &folder, SaveFormat format)
{
    QHash<QString, Row> rows;
    const QDir dir(folder);
    if (format == SaveFormat::Csv) {
        const QList<QStringList> csv = ExtractionHarness::readCsv(dir.filePath(QStringLiteral("calls.csv")));
        for (int r = 1; r < csv.size(); ++r) {
            Row row;
            for (int c = 0; c < csv.first().size(); ++c)
                row.insert(csv.first().at(c), csv.at(r).value(c));
            rows.insert(row.value(QStringLiteral("id")), row);
        }
    } else if (format == SaveFormat::ExcelWorkbook) {
        QString error;
        const XlsxReadBack book = XlsxReadBack::read(dir.filePath(QStringLiteral("callrail.xlsx")), &error);
        const QList<QHash<int, XlsxCell>> sheet = book.sheets.value(kCalls);
        for (int r = 1; r < sheet.size(); ++r) {
            Row row;
            for (auto it = sheet.first().cbegin(); it != sheet.first().cend(); ++it)
                row.insert(it->value, sheet.at(r).value(it.key()).value);
            rows.insert(row.value(QStringLiteral("id")), row);
        }
    } else if (format == SaveFormat::PostgresDatabase) {
        PostgresReadBack db(g_postgres->connInfo());
        const QStringList names =
            db.rows(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                   "table_schema = 'callrail' AND table_name = 'calls' "
                                   "ORDER BY ordinal_position"));
        for (const QList<QByteArray> &values : db.table(QStringLiteral("SELECT * FROM callrail.calls"))) {
            Row row;
            for (int c = 0; c < names.size(); ++c)
                row.insert(names.at(c), QString::fromUtf8(values.value(c)));
            rows.insert(row.value(QStringLiteral("id")), row);
        }
    } else if (format == SaveFormat::SqliteDatabase) {
        const QString name = QStringLiteral("refresh-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(QStringLiteral("callrail.sqlite")));
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT * FROM calls"), db);
                while (query.next()) {
                    Row row;
                    for (int c = 0; c < query.record().count(); ++c)
                        row.insert(query.record().fieldName(c), query.value(c).toString());
                    rows.insert(row.value(QStringLiteral("id")), row);
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        const auto lines = ExtractionHarness::jsonLinesById(dir.filePath(QStringLiteral("calls.jsonl")));
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            const QJsonObject record = QJsonDocument::fromJson(it.value()).object();
            Row row;
            for (auto field = record.begin(); field != record.end(); ++field)
                row.insert(field.key(),
                           field->isString()
                               ? field->toString()
                               : QString::fromUtf8(
                                     QJsonDocument(QJsonArray{*field}).toJson(QJsonDocument::Compact)));
            rows.insert(it.key(), row);
        }
    }
    return rows;
}

} // namespace

class TestRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newEditedAndRemovedCallsInEveryFormat_data();
    void newEditedAndRemovedCallsInEveryFormat();
    void aRefreshWithNothingNewChangesNoRow();
    void anInterruptedRefreshLeavesTheExportThenResumes();
    void aFolderWithoutAManifestIsSaid();
    void reportsAreBroughtUpToDate_data();
    void reportsAreBroughtUpToDate();
    void aKeyARefreshBringsIsAppendedAndTheColumnsKeepTheirPlace();

private:
    QString m_postgresProblem;
};

void TestRefresh::initTestCase()
{
    static PostgresServer server;
    bool skip = false;
    m_postgresProblem = startTestServer(server, &skip);
    if (skip)
        return; // the PostgreSQL row says why it skips
    QVERIFY2(m_postgresProblem.isEmpty(), qPrintable(m_postgresProblem));
    g_postgres = &server;
}

void TestRefresh::newEditedAndRemovedCallsInEveryFormat_data()
{
    QTest::addColumn<SaveFormat>("format");
    for (const SaveFormat format : SaveFormats::all())
        QTest::newRow(qPrintable(SaveFormats::name(format))) << format;
}

void TestRefresh::newEditedAndRemovedCallsInEveryFormat()
{
    QFETCH(SaveFormat, format);
    if (format == SaveFormat::PostgresDatabase && !g_postgres)
        QSKIP(qPrintable(m_postgresProblem));
    ExtractionHarness harness;
    QTemporaryDir folder;
    const RunSummary first = harness.run(exportOptions(harness, folder.path(), format));
    QVERIFY(first.allComplete());
    QVERIFY(QFileInfo::exists(QDir(folder.path()).filePath(ExportManifest::fileName())));

    // A week of CallRail life: three new calls, a recent call re-tagged and noted, one deleted as spam, and
    // an old call (before the look-back) edited too: out of reach, so left as it was.
    ImitationDataset &data = harness.server().dataset();
    const QString account = harness.accountId();
    const QStringList before = data.ids(kCalls, account, ImitationQuery{{}, {}, true});
    const qint64 recent = before.size() - 20;
    const qint64 deleted = before.size() - 10;
    const qint64 old = 5;
    const QJsonObject edit{{QStringLiteral("note"), QStringLiteral("Asked for a quote")},
                           {QStringLiteral("lead_status"), QStringLiteral("good_lead")}};
    data.editCall(account, recent, edit);
    data.editCall(account, old, edit);
    data.removeCall(account, deleted);
    data.insertCalls(account, 3);
    const QHash<QString, Row> exported = callsInExport(folder.path(), format);
    QCOMPARE(exported.size(), before.size());

    const int requestsBefore = harness.server().requestCount();
    const RefreshReport report = refresh(harness, folder.path());
    QVERIFY2(report.ok, qPrintable(report.error));
    const RefreshedFile *calls = fileReport(report, kCalls);
    QVERIFY(calls);
    QCOMPARE(calls->counts.added, 3);
    QCOMPARE(calls->counts.updated, 1);
    QCOMPARE(calls->counts.removed, 1);
    QVERIFY(calls->counts.kept > 0); // older than the look-back: not re-read
    QCOMPARE(calls->counts.total(), before.size() + 3);
    QVERIFY(report.text().contains(QStringLiteral("3 new, 1 updated, 1 removed")));
    // Far fewer requests than the export took.
    QVERIFY(harness.server().requestCount() - requestsBefore < first.requests);

    const QHash<QString, Row> now = callsInExport(folder.path(), format);
    QCOMPARE(now.size(), before.size() + 3); // nothing duplicated, nothing deleted
    const QString edited = before.at(recent);
    QCOMPARE(now.value(edited).value(QStringLiteral("note")), QStringLiteral("Asked for a quote"));
    QCOMPARE(now.value(edited).value(QStringLiteral("lead_status")), QStringLiteral("good_lead"));
    QVERIFY(now.value(edited).value(kRemoved).isEmpty());
    QVERIFY(!now.value(before.at(deleted)).value(kRemoved).isEmpty());
    const QString untouched = before.at(old);
    QCOMPARE(now.value(untouched).value(QStringLiteral("note")),
             exported.value(untouched).value(QStringLiteral("note")));
    QVERIFY(now.value(untouched).value(QStringLiteral("note")) != QStringLiteral("Asked for a quote"));
    for (const QString &id : data.ids(kCalls, account, ImitationQuery{{}, {}, true}).mid(before.size() - 1))
        QVERIFY2(now.contains(id) && now.value(id).value(kRemoved).isEmpty(), qPrintable(id));
    int removed = 0;
    for (const Row &row : now)
        removed += row.value(kRemoved).isEmpty() ? 0 : 1;
    QCOMPARE(removed, 1);
    // The staging folder is gone; the manifest knows the newest call now.
    QVERIFY(!QFileInfo::exists(QDir(folder.path()).filePath(ExportRefresh::stagingFolderName())));
    const auto manifest = ExportManifest::load(folder.path(), nullptr);
    QVERIFY(manifest && manifest->file(account, kCalls));
    QVERIFY(manifest->file(account, kCalls)->newest >=
            QDateTime::fromString(exported.value(before.last()).value(QStringLiteral("start_time")),
                                  Qt::ISODate));
}

void TestRefresh::aRefreshWithNothingNewChangesNoRow()
{
    ExtractionHarness harness;
    QTemporaryDir folder;
    QVERIFY(harness.run(exportOptions(harness, folder.path(), SaveFormat::JsonLines)).allComplete());
    const QString path = QDir(folder.path()).filePath(QStringLiteral("calls.jsonl"));
    const QByteArray before = readAll(path);
    const RefreshReport report = refresh(harness, folder.path());
    QVERIFY2(report.ok, qPrintable(report.error));
    for (const RefreshedFile &f : report.files) {
        QCOMPARE(f.counts.added, 0);
        QCOMPARE(f.counts.updated, 0);
        QCOMPARE(f.counts.removed, 0);
    }
    QCOMPARE(readAll(path), before);

    // CSV: the first refresh adds the (empty) removal column; every cell else is as it was.
    QTemporaryDir csvFolder;
    QVERIFY(harness.run(exportOptions(harness, csvFolder.path(), SaveFormat::Csv)).allComplete());
    const QHash<QString, Row> csvBefore = callsInExport(csvFolder.path(), SaveFormat::Csv);
    QVERIFY(refresh(harness, csvFolder.path()).ok);
    QHash<QString, Row> csvAfter = callsInExport(csvFolder.path(), SaveFormat::Csv);
    for (Row &row : csvAfter)
        QVERIFY(row.take(kRemoved).isEmpty());
    QCOMPARE(csvAfter, csvBefore);
    const QByteArray once = readAll(QDir(csvFolder.path()).filePath(QStringLiteral("calls.csv")));
    QVERIFY(refresh(harness, csvFolder.path()).ok);
    QCOMPARE(readAll(QDir(csvFolder.path()).filePath(QStringLiteral("calls.csv"))), once);
}

void TestRefresh::anInterruptedRefreshLeavesTheExportThenResumes()
{
    ExtractionHarness harness;
    QTemporaryDir folder;
    QTemporaryDir twin; // the same export, refreshed without interruption
    QVERIFY(harness.run(exportOptions(harness, folder.path(), SaveFormat::Csv)).allComplete());
    QVERIFY(harness.run(exportOptions(harness, twin.path(), SaveFormat::Csv)).allComplete());
    const QString account = harness.accountId();
    harness.server().dataset().insertCalls(account, 2);
    harness.server().dataset().removeCall(account, 1490);
    const QString calls = QDir(folder.path()).filePath(QStringLiteral("calls.csv"));
    const QByteArray before = readAll(calls);

    // The re-read stops before the calls (a server that keeps failing); the export is as it was.
    {
        ExportRefresh refresher(folder.path(), 30);
        ExtractionOptions options = harness.options(folder.path());
        options.perPage = 25;
        options.maxRetries = 0;
        QString error;
        QVERIFY(refresher.prepare(
            options, [](LogLevel, const QString &) {}, &error));
        harness.server().failWithStatus(kCalls, 500, 100);
        const RefreshReport report = refresher.finish(harness.run(options), [](LogLevel, const QString &) {});
        QVERIFY(!report.ok);
        QVERIFY(report.error.contains(QStringLiteral("again")));
        QCOMPARE(readAll(calls), before);
        harness.server().clearFaults();
    }
    // The next refresh continues the re-read and ends as an uninterrupted one.
    ExportRefresh resumed(folder.path(), 30);
    ExtractionOptions options = harness.options(folder.path());
    options.perPage = 25;
    QString error;
    QVERIFY(resumed.prepare(
        options, [](LogLevel, const QString &) {}, &error));
    QVERIFY(options.resume);
    QVERIFY(resumed.finish(harness.run(options), [](LogLevel, const QString &) {}).ok);
    QVERIFY(refresh(harness, twin.path()).ok);
    QHash<QString, Row> a = callsInExport(folder.path(), SaveFormat::Csv);
    QHash<QString, Row> b = callsInExport(twin.path(), SaveFormat::Csv);
    QCOMPARE(a.size(), b.size());
    for (auto it = a.begin(); it != a.end(); ++it) {
        Row left = it.value();
        Row right = b.value(it.key());
        QCOMPARE(left.take(kRemoved).isEmpty(), right.take(kRemoved).isEmpty()); // the times differ
        QCOMPARE(left, right);
    }
}

void TestRefresh::aFolderWithoutAManifestIsSaid()
{
    QTemporaryDir folder;
    ExportRefresh refresher(folder.path(), 30);
    ExtractionOptions options;
    QString error;
    QVERIFY(!refresher.prepare(
        options, [](LogLevel, const QString &) {}, &error));
    QVERIFY2(error.contains(ExportManifest::fileName()), qPrintable(error));
}

void TestRefresh::reportsAreBroughtUpToDate_data()
{
    QTest::addColumn<QString>("interval");
    QTest::newRow("day") << QStringLiteral("day");
    QTest::newRow("week") << QStringLiteral("week"); // a week begun before the look-back is counted whole
    QTest::newRow("month") << QStringLiteral("month");
}

void TestRefresh::reportsAreBroughtUpToDate()
{
    QFETCH(QString, interval);
    ExtractionHarness harness;
    QTemporaryDir folder;
    ExtractionOptions options = harness.options(folder.path());
    EndpointSelection summary{QStringLiteral("calls_summary")};
    summary.groupings = {QStringLiteral("source")};
    EndpointSelection series{QStringLiteral("calls_timeseries")};
    series.interval = interval;
    options.endpoints = {EndpointSelection{kCalls}, summary, series};
    QVERIFY(harness.run(options).allComplete());

    // New calls, and one from three days ago marked as a good lead.
    ImitationDataset &data = harness.server().dataset();
    const QString account = harness.accountId();
    const qint64 count = data.ids(kCalls, account, ImitationQuery{{}, {}, true}).size();
    data.editCall(account, count - 30, {{QStringLiteral("lead_status"), QStringLiteral("good_lead")}});
    data.insertCalls(account, 4);
    const RefreshReport report = refresh(harness, folder.path(), 10);
    QVERIFY2(report.ok, qPrintable(report.error));

    // What the refreshed export holds equals what a new export of the same window holds now.
    QTemporaryDir fresh;
    options.outputDir = fresh.path();
    QVERIFY(harness.run(options).allComplete());
    for (const QString &name :
         {QStringLiteral("calls_summary.csv"), QStringLiteral("calls_timeseries.csv")}) {
        const QList<QStringList> now = ExtractionHarness::readCsv(QDir(folder.path()).filePath(name));
        const QList<QStringList> expected = ExtractionHarness::readCsv(QDir(fresh.path()).filePath(name));
        QCOMPARE(now.size(), expected.size()); // no point or group twice
        QHash<QString, QStringList> byId;
        for (const QStringList &row : expected)
            byId.insert(row.value(0), row);
        const qsizetype removedColumn = now.first().indexOf(kRemoved);
        QVERIFY(removedColumn > 0);
        for (QStringList row : now.mid(1)) {
            QVERIFY2(row.value(removedColumn).isEmpty(), qPrintable(name + QLatin1Char(' ') + row.value(0)));
            row.removeAt(removedColumn);
            QCOMPARE(row, byId.value(row.value(0)));
        }
    }
}

void TestRefresh::aKeyARefreshBringsIsAppendedAndTheColumnsKeepTheirPlace()
{
    ExtractionHarness harness;
    QTemporaryDir folder;
    ExtractionOptions options = harness.options(folder.path());
    options.endpoints = {EndpointSelection{kCalls, 0, {QStringLiteral("custom")}}};
    QVERIFY(harness.run(options).allComplete());
    const QString path = QDir(folder.path()).filePath(QStringLiteral("calls.csv"));
    const QStringList before = ExtractionHarness::readCsv(path).value(0);
    QVERIFY2(before.contains(QStringLiteral("custom.patient_type")),
             qPrintable(before.join(QLatin1Char(','))));

    // A recent call gets a custom field no call had: a refresh brings it as a new column, at the end.
    ImitationDataset &data = harness.server().dataset();
    const QString account = harness.accountId();
    const QStringList ids = data.ids(kCalls, account, ImitationQuery{{}, {}, true});
    const QJsonObject custom{{QStringLiteral("patient_type"), QStringLiteral("new")},
                             {QStringLiteral("referral"), QStringLiteral("a friend")}};
    data.editCall(account, ids.size() - 3, {{QStringLiteral("custom"), custom}});
    const RefreshReport report = refresh(harness, folder.path());
    QVERIFY2(report.ok, qPrintable(report.error));

    const QList<QStringList> rows = ExtractionHarness::readCsv(path);
    QStringList after = rows.value(0);
    after.removeAll(kRemoved);
    QStringList expected = before;
    expected.append(QStringLiteral("custom.referral"));
    QCOMPARE(after, expected); // every earlier column where it was, the new one last
    const qsizetype referral = rows.first().indexOf(QStringLiteral("custom.referral"));
    const qsizetype id = rows.first().indexOf(QStringLiteral("id"));
    int filled = 0;
    for (const QStringList &row : rows.mid(1)) {
        if (!row.value(referral).isEmpty()) {
            ++filled;
            QCOMPARE(row.value(id), ids.at(ids.size() - 3));
            QCOMPARE(row.value(referral), QStringLiteral("a friend"));
        }
    }
    QCOMPARE(filled, 1);
    // The manifest records the order, so the next refresh keeps it.
    const auto manifest = ExportManifest::load(folder.path(), nullptr);
    QVERIFY(manifest && manifest->file(account, kCalls));
    QCOMPARE(manifest->file(account, kCalls)->addedColumns.constLast(), QStringLiteral("custom.referral"));
}

QTEST_MAIN(TestRefresh)
#include "tst_refresh.moc"
