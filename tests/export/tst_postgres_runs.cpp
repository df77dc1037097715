// The PostgreSQL database (--format postgresql) of whole extractions against the imitation CallRail, loaded
// into a real server (PostgresServer): every endpoint's table equals its records with PostgreSQL types, a
// second run merges without duplicating, a failed load is retried by resuming, a callrail-export killed while
// it loads leaves every table as it was or as the load made it (never a mix) and a rerun completes it, and a
// wrong password stops the run before any CallRail request and appears nowhere.

#include "ExportProcess.h"
#include "ExtractionHarness.h"
#include "LoadedTable.h"
#include "PostgresReadBack.h"
#include "PostgresServer.h"
#include "TestEnvironment.h"

#include "api/EndpointCatalogue.h"
#include "engine/DatabaseExport.h"
#include "export/JsonRecordCells.h"
#include "export/PostgresConnection.h"
#include "export/PostgresValues.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace callrail;
using namespace callrail::test;

namespace {

/// How PostgreSQL names the type of a column of this catalogue type (format_type()).
QString typeName(ColumnType type)
{
    const QString name = QString::fromLatin1(postgres::sqlType(type));
    return name == QLatin1String("timestamptz") ? QStringLiteral("timestamp with time zone") : name;
}

/// Compares one stored value (as PostgreSQL prints it; timestamps as epoch milliseconds) with the flattened
/// value of its record, by the column's type.
QString mismatch(const QByteArray &stored, const QString &text, ColumnType type)
{
    if (text.isEmpty())
        return stored.isNull() ? QString()
                               : QStringLiteral("expected NULL, got %1").arg(QString::fromUtf8(stored));
    if (stored.isNull())
        return QStringLiteral("expected %1, got NULL").arg(text);
    bool same = false;
    switch (type) {
    case ColumnType::Integer:
        same = stored.toLongLong() == text.toLongLong();
        break;
    case ColumnType::Number:
        same = stored.toDouble() == text.toDouble();
        break;
    case ColumnType::Boolean:
        same = stored == text.toUtf8(); // boolean::text is true or false

        break;
    case ColumnType::Timestamp:
        same = stored.toLongLong() == QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Date: // date::text is the ISO day CallRail's report window gives
    case ColumnType::Json:
        same = stored == text.toUtf8(); // byte for byte: a leading U+FEFF, a "+", leading zeros stay
        break;
    }
    return same ? QString() : QStringLiteral("expected %1, got %2").arg(text, QString::fromUtf8(stored));
}

/// Every message the process logs while it lives, to look for a password in.
QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog() << message;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEndpointLoadsAsItsRecords();
    void aSecondRunMergesWithoutDuplicates();
    void anAllAccountsRunKeepsEachAccountsRows();
    void aFailedLoadIsRetriedByResuming();
    void aKilledLoadLeavesEveryTableWhole();
    void aWrongPasswordStopsTheRunBeforeAnyRequest();

private:
    ExtractionOptions options(ExtractionHarness &harness, const QString &schema) const;
    PostgresServer m_server;
};

void TestPostgres::initTestCase()
{
    bool skip = false;
    const QString why = startTestServer(m_server, &skip);
    if (skip)
        QSKIP(qPrintable(why));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

ExtractionOptions TestPostgres::options(ExtractionHarness &harness, const QString &schema) const
{
    ExtractionOptions o = harness.options();
    o.exportOptions.format = OutputFormat::JsonLines;
    o.typedOutput = TypedOutput::PostgresDatabase;
    o.databaseConnection = m_server.connInfo();
    o.databaseSchema = schema;
    o.databasePassword = PostgresServer::password();
    return o;
}

void TestPostgres::everyEndpointLoadsAsItsRecords()
{
    ExtractionHarness harness;
    ExtractionOptions o = options(harness, QStringLiteral("every"));
    for (EndpointSelection &selection : o.endpoints) {
        if (selection.name == QLatin1String("calls") || selection.name == QLatin1String("form_submissions"))
            selection.fields = {QStringLiteral("milestones")}; // columns three levels deep
    }
    const RunSummary summary = harness.run(o);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QCOMPARE(summary.endpoints.size(), EndpointCatalogue::all().size());
    const QString where = PostgresConnection::describe(m_server.connInfo(), QStringLiteral("every"));
    QCOMPARE(summary.databases, QStringList{where});
    QVERIFY2(summary.outputNotes.isEmpty(), qPrintable(summary.outputNotes.join(QLatin1Char('\n'))));

    PostgresReadBack db(m_server.connInfo());
    QVERIFY(db.isOpen());
    qsizetype plusSeen = 0;
    qsizetype leadingZeroSeen = 0;
    for (const EndpointResult &r : summary.endpoints) {
        // The file's columns, then one for each scalar CallRail sent that the catalogue does not know (the
        // imitation sends calls' agent_email unasked).
        QString error;
        const QStringList columns =
            DatabaseExport::tableColumns(r.file.path, r.file.columns, &error).value_or(QStringList());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<ColumnType> types = EndpointCatalogue::find(r.endpoint)->typesOfColumns(columns);
        const QString table = QStringLiteral("every.\"%1\"").arg(r.endpoint);
        // Those columns with the catalogue's types, then _extracted_at and _unfitting; the key is id.
        QStringList expected;
        for (qsizetype c = 0; c < columns.size(); ++c)
            expected << columns.at(c) + QLatin1Char('|') +
                            (columns.at(c) == QLatin1String("id") ? QStringLiteral("text")
                                                                  : typeName(types.at(c)));
        expected << QStringLiteral("_extracted_at|timestamp with time zone")
                 << QStringLiteral("_unfitting|json");
        QCOMPARE(db.rows(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                                        "WHERE attrelid = to_regclass('%1') AND attnum > 0 AND NOT "
                                        "attisdropped ORDER BY attnum")
                             .arg(table)),
                 expected);
        QCOMPARE(
            db.value(QStringLiteral("SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a "
                                    "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE "
                                    "i.indrelid = to_regclass('%1') AND i.indisprimary")
                         .arg(table)),
            QStringLiteral("id"));
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE _unfitting IS NOT NULL").arg(table)),
                 QStringLiteral("0"));

        // Every stored value against its record, by id; timestamps as epoch milliseconds.
        QStringList select;
        for (qsizetype c = 0; c < columns.size(); ++c)
            select << (types.at(c) == ColumnType::Timestamp
                           ? QStringLiteral("(extract(epoch FROM \"%1\") * 1000)::bigint").arg(columns.at(c))
                           : QStringLiteral("\"%1\"::text").arg(columns.at(c)));
        QHash<QByteArray, QList<QByteArray>> stored;
        for (const QList<QByteArray> &row :
             db.table(QStringLiteral("SELECT %1 FROM %2").arg(select.join(QLatin1String(", ")), table)))
            stored.insert(row.value(int(columns.indexOf(QStringLiteral("id")))), row);
        QCOMPARE(qint64(stored.size()), r.records);
        QFile file(r.file.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        JsonRecordCells flatten(columns);
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const auto cells = flatten.cells(line);
            QVERIFY(cells);
            const QString id = cells->at(columns.indexOf(QStringLiteral("id")));
            QVERIFY2(stored.contains(id.toUtf8()), qPrintable(r.endpoint + QLatin1Char(' ') + id));
            const QList<QByteArray> row = stored.value(id.toUtf8());
            for (qsizetype c = 0; c < cells->size(); ++c) {
                const QString problem = mismatch(row.at(c), cells->at(c), types.at(c));
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("%1 %2 %3: %4").arg(r.endpoint, id, columns.at(c), problem)));
                if (types.at(c) == ColumnType::Identifier && cells->at(c).startsWith(QLatin1Char('+')))
                    ++plusSeen;
                if (types.at(c) == ColumnType::Identifier && cells->at(c).startsWith(QLatin1Char('0')))
                    ++leadingZeroSeen;
            }
        }
    }
    QVERIFY(plusSeen > 0);        // phone numbers kept their "+"
    QVERIFY(leadingZeroSeen > 0); // and codes their leading zeros
    // The milestones are columns of their own, typed.
    QCOMPARE(
        db.rows(
            QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE "
                           "attrelid = to_regclass('every.calls') AND attname IN "
                           "('milestones.lead_created.event_date', 'milestones.last_touch.url_utm_params') "
                           "ORDER BY attname")),
        QStringList({QStringLiteral("milestones.last_touch.url_utm_params|") + typeName(ColumnType::Json),
                     QStringLiteral("milestones.lead_created.event_date|timestamp with time zone")}));

    const QJsonObject json =
        QJsonDocument::fromJson(readAll(QDir(o.outputDir).filePath(QStringLiteral("summary.json")))).object();
    QCOMPARE(json.value(QStringLiteral("databases")).toVariant().toStringList(), QStringList{where});
    const QString note =
        QString::fromUtf8(readAll(QDir(o.outputDir).filePath(QStringLiteral("export-note.txt"))));
    QVERIFY2(note.contains(QStringLiteral("PostgreSQL database (") + where), qPrintable(note));
}

void TestPostgres::aSecondRunMergesWithoutDuplicates()
{
    ExtractionHarness harness;
    ExtractionOptions o = options(harness, QStringLiteral("merge"));
    for (EndpointSelection &e : o.endpoints)
        e.limit = 3;
    RunSummary summary = harness.run(o);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    PostgresReadBack db(m_server.connInfo());
    QHash<QString, QString> firstStamp;
    for (const EndpointResult &r : std::as_const(summary.endpoints)) {
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM merge.%1").arg(r.endpoint)).toLongLong(),
                 r.records);
        firstStamp.insert(
            r.endpoint, db.value(QStringLiteral("SELECT max(_extracted_at) FROM merge.%1").arg(r.endpoint)));
    }
    QTest::qWait(5); // a later _extracted_at

    for (EndpointSelection &e : o.endpoints)
        e.limit = 0;
    summary = harness.run(o);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    for (const EndpointResult &r : std::as_const(summary.endpoints)) {
        // Every record once: the three of the first load were updated, not added again.
        const qint64 rows =
            db.value(QStringLiteral("SELECT count(*) FROM merge.%1").arg(r.endpoint)).toLongLong();
        QCOMPARE(rows, qint64(harness.serverIds(r.endpoint).size()));
        QCOMPARE(
            db.value(QStringLiteral("SELECT count(DISTINCT id) FROM merge.%1").arg(r.endpoint)).toLongLong(),
            rows);
        QVERIFY(db.value(QStringLiteral("SELECT min(_extracted_at) FROM merge.%1").arg(r.endpoint)) >
                firstStamp.value(r.endpoint));
    }
}

void TestPostgres::anAllAccountsRunKeepsEachAccountsRows()
{
    DatasetConfig config = ExtractionHarness::defaultDataset();
    config.accounts = 2;
    config.calls = 300;
    ExtractionHarness harness(config);
    ExtractionOptions o = options(harness, QStringLiteral("agency"));
    o.allAccounts = true;
    o.endpoints = {EndpointSelection{QStringLiteral("accounts"), 0, {}},
                   EndpointSelection{QStringLiteral("calls"), 0, {}}};
    const RunSummary summary = harness.run(o);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QVERIFY2(summary.outputNotes.isEmpty(), qPrintable(summary.outputNotes.join(QLatin1Char('\n'))));
    PostgresReadBack db(m_server.connInfo());
    for (const QString &account : harness.server().dataset().accountIds()) {
        QStringList expected = harness.serverIds(QStringLiteral("calls"), account);
        expected.sort();
        QCOMPARE(db.rows(QStringLiteral(
                             "SELECT id FROM agency.calls WHERE _account_id = '%1' ORDER BY id COLLATE \"C\"")
                             .arg(account)),
                 expected);
    }
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM agency.accounts")), QStringLiteral("2"));
}

void TestPostgres::aFailedLoadIsRetriedByResuming()
{
    ExtractionHarness harness;
    ExtractionOptions o = options(harness, QStringLiteral("retry"));
    o.endpoints = {EndpointSelection{QStringLiteral("calls"), 0, {}},
                   EndpointSelection{QStringLiteral("users"), 0, {}}};
    PostgresReadBack db(m_server.connInfo());
    // The calls table refuses every row this time.
    QVERIFY(db.exec(QStringLiteral(
        "CREATE SCHEMA retry; CREATE TABLE retry.calls (id text PRIMARY KEY, CHECK (id = 'none'))")));
    RunSummary summary = harness.run(o);
    QCOMPARE(summary.outputNotes.size(), 1);
    QVERIFY2(
        summary.outputNotes.first().contains(QLatin1String("calls: not loaded into the PostgreSQL database")),
        qPrintable(summary.outputNotes.first()));
    QVERIFY(summary.outputNotes.first().contains(QLatin1String("Resuming the run loads it again")));
    // The run stays resumable: its manifest and state files are there, and the password is in none of them.
    qsizetype files = 0;
    QDirIterator left(o.outputDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (left.hasNext()) {
        const QString path = left.next();
        ++files;
        QVERIFY2(!readAll(path).contains(PostgresServer::password().toUtf8()), qPrintable(path));
    }
    QVERIFY(files > 4); // two JSON Lines files, summary.json, the note, the manifest and states
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM retry.calls")), QStringLiteral("0"));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM retry.users")).toLongLong(),
             qint64(harness.serverIds(QStringLiteral("users")).size()));

    // Fixed, then resumed: the staged files load, and CallRail is asked nothing more.
    QVERIFY(db.exec(QStringLiteral("DROP TABLE retry.calls")));
    const int requests = harness.server().requestCount();
    o.resume = true;
    summary = harness.run(o);
    QVERIFY2(summary.outputNotes.isEmpty(), qPrintable(summary.outputNotes.join(QLatin1Char('\n'))));
    QCOMPARE(harness.server().requestCount(), requests);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM retry.calls")).toLongLong(),
             qint64(harness.serverIds(QStringLiteral("calls")).size()));
}

void TestPostgres::aKilledLoadLeavesEveryTableWhole()
{
    ExtractionHarness harness;
    const ExtractionOptions o = options(harness, QStringLiteral("killed"));
    // Loaded in the catalogue's order: the stalled table, text messages, comes last, so that the killed load
    // has committed the others (calls grows from 20 rows to all of them) and is in the middle of it.
    const QStringList tables{QStringLiteral("calls"), QStringLiteral("companies"),
                             QStringLiteral("form_submissions"), QStringLiteral("users"),
                             QStringLiteral("text_messages")};
    const QString stalledTable = tables.last();
    QTemporaryDir home;
    const QStringList arguments{QStringLiteral("--base-url"),
                                o.baseUrl.toString(),
                                QStringLiteral("--output"),
                                home.filePath(QStringLiteral("out")),
                                QStringLiteral("--endpoints"),
                                tables.join(QLatin1Char(',')),
                                QStringLiteral("--time-zone"),
                                o.dates.timeZone,
                                QStringLiteral("--start-date"),
                                o.dates.customStart.toString(Qt::ISODate),
                                QStringLiteral("--format"),
                                QStringLiteral("postgresql"),
                                QStringLiteral("--database"),
                                m_server.connInfo(),
                                QStringLiteral("--schema"),
                                QStringLiteral("killed"),
                                QStringLiteral("-q")};
    QProcessEnvironment password;
    password.insert(QStringLiteral("PGPASSWORD"), PostgresServer::password());

    // A first, smaller load: what every table holds before the killed one.
    {
        ExportProcess first(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path(), password);
        first.start(arguments + QStringList{QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY(first.finish());
        QVERIFY2(first.process().exitCode() == 0, qPrintable(first.output()));
    }
    PostgresReadBack db(m_server.connInfo());
    // A table's rows without _extracted_at (as JSON, so that every value and its type shows), and the
    // distinct _extracted_at they have.
    const auto stateOf = [&](const QString &table) {
        return test::LoadedTable{
            db.rows(QStringLiteral(
                        "SELECT (to_jsonb(t) - '_extracted_at')::text FROM killed.\"%1\" t ORDER BY id")
                        .arg(table)),
            db.rows(QStringLiteral("SELECT DISTINCT _extracted_at FROM killed.\"%1\"").arg(table))};
    };
    QHash<QString, test::LoadedTable> before;
    for (const QString &table : tables) {
        before.insert(table, stateOf(table));
        QCOMPARE(before.value(table).stamps.size(), 1);
    }
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM killed.calls")), QStringLiteral("20"));
    // The next load of text messages stalls on a row in its middle, long enough to be killed there.
    const QStringList ids = harness.serverIds(stalledTable);
    QVERIFY(ids.size() > 40);
    QVERIFY(
        db.exec(QStringLiteral(
                    "CREATE FUNCTION killed.stall() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "PERFORM pg_sleep(3); RETURN NEW; END $$; CREATE TRIGGER stall BEFORE INSERT OR UPDATE "
                    "ON killed.\"%1\" FOR EACH ROW WHEN (NEW.id = '%2') EXECUTE PROCEDURE killed.stall()")
                    .arg(stalledTable, ids.at(ids.size() / 2))));

    ExportProcess killed(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path(), password);
    killed.start(arguments);
    const QString stalled =
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                       "'callrail-extractor' AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()");
    // The event loop runs while waiting: the imitation server lives in this process.
    QTRY_VERIFY_WITH_TIMEOUT(
        db.value(stalled) == QLatin1String("1") || killed.process().state() == QProcess::NotRunning, 90'000);
    QVERIFY2(killed.process().state() == QProcess::Running, qPrintable(killed.output()));
    killed.kill();
    // The server rolls the load back when it finds its client gone.
    QTRY_COMPARE_WITH_TIMEOUT(db.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                      "application_name = 'callrail-extractor' AND pid <> "
                                                      "pg_backend_pid()")),
                              QStringLiteral("0"), 30'000);
    QHash<QString, test::LoadedTable> left;
    for (const QString &table : tables) {
        left.insert(table, stateOf(table));
        // Every key index still finds every row (amcheck, heapallindexed).
        QCOMPARE(
            db.value(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck; SELECT count(*) FROM (SELECT "
                                    "bt_index_check(to_regclass('killed.\"%1_pkey\"'), true)) c")
                         .arg(table)),
            QStringLiteral("1"));
    }
    // The stalled table is as it was: nothing of its load, nothing of its rows lost.
    QCOMPARE(left.value(stalledTable), before.value(stalledTable));
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER stall ON killed.\"%1\"").arg(stalledTable)));

    // Run again, resuming: it completes, and every table holds every record once.
    ExportProcess rerun(QStringLiteral(CALLRAIL_EXPORT_PATH), home.path(), password);
    rerun.start(arguments + QStringList{QStringLiteral("--resume")});
    QVERIFY(rerun.finish());
    QVERIFY2(rerun.process().exitCode() == 0, qPrintable(rerun.output()));
    qsizetype whole = 0;
    for (const QString &table : tables) {
        QStringList expected = harness.serverIds(table);
        expected.sort();
        QCOMPARE(db.rows(QStringLiteral("SELECT id FROM killed.\"%1\" ORDER BY id COLLATE \"C\"").arg(table)),
                 expected);
        // Each table the killed run left is the earlier one or the finished one, never a part of each.
        bool loadedWhole = false;
        const QString mixed = test::mixedLoadProblem(table, before.value(table), left.value(table),
                                                     stateOf(table), &loadedWhole);
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed));
        whole += loadedWhole ? 1 : 0;
    }
    // The tables before the stalled one were loaded (the kill came in the stall).
    QVERIFY(whole > 0);
    qInfo("%lld of %lld tables were loaded whole before the kill, the others were as before", qint64(whole),
          qint64(tables.size()));
}

void TestPostgres::aWrongPasswordStopsTheRunBeforeAnyRequest()
{
    ExtractionHarness harness;
    ExtractionOptions o = options(harness, QStringLiteral("secret"));
    const QString wrong = QStringLiteral("wrong-password-0b9e4d");
    o.databasePassword = wrong;
    capturedLog().clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    RunSummary summary = harness.run(o);
    QVERIFY2(summary.fatalError.contains(QLatin1String("refused the user name or the password")),
             qPrintable(summary.fatalError));
    QVERIFY(summary.fatalError.contains(QLatin1String("Nothing was asked of CallRail")));
    QCOMPARE(harness.server().requestCount(), 0);

    // The right one, through a whole run: neither password is in any file, log line or summary.
    o.databasePassword = PostgresServer::password();
    summary = harness.run(o);
    qInstallMessageHandler(previous);
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QVERIFY(harness.server().requestCount() > 0);
    for (const QString &secret : {wrong, PostgresServer::password()}) {
        QVERIFY(!summary.text().contains(secret));
        QVERIFY(!capturedLog().join(QLatin1Char('\n')).contains(secret));
        QDirIterator files(o.outputDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!readAll(path).contains(secret.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY(!capturedLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres_runs.moc"
