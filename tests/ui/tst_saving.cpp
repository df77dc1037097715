// Saving as an analyst does it: the dialog opens on a folder that exists, and the folder gets, beside the
// files, the record of what was exported (summary.json and a note in words); dated names keep last week's
// export; CSV opens right in Excel by default.

#include "PostgresReadBack.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "XlsxReadBack.h"
#include "controller/MainController.h"
#include "engine/ExportNote.h"
#include "export/PostgresConnection.h"
#include "export/SaveFormat.h"
#include "schedule/ScheduledRunRecord.h"
#include "settings/Preferences.h"
#include "widgets/PostgresDialog.h"
#include "widgets/ScheduleDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>

using namespace callrail;
using namespace callrail::test;
using test::WindowFixture;

class TestSaving : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveDialogOpensOnAFolderThatExists();
    void savedFolderHoldsTheRecordOfTheExport();
    void datedNamesKeepLastWeeksExport();
    void cancelStopsASaveAndLeavesNoHalfFile();
    void theSameRunSavesAsAWorkbookAndADatabase();
    void aSavedExportRefreshesFromTheWindow();
    void failedScheduledRunsAreToldOfOnce();
    void savesIntoAPostgresDatabase();

private:
    /// A window after a run of companies and calls, with `target` as the folder the dialog answers.
    std::unique_ptr<MainWindow> runAndPrepareSave(const QString &target, QString *suggested = nullptr);

    WindowFixture m_fx;
    QByteArray m_home;
};

void TestSaving::init()
{
    QVERIFY(m_fx.setUp());
    // Documents is not redirected by Qt's test mode: a home of our own keeps the user's untouched.
    m_home = qgetenv("HOME");
    const QString home = m_fx.dir().filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", QFile::encodeName(home));
}

void TestSaving::cleanup()
{
    qputenv("HOME", m_home);
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestSaving::runAndPrepareSave(const QString &target, QString *suggested)
{
    auto w = m_fx.makeWindow(true);
    if (!QTest::qWaitFor([&] { return !WindowFixture::onKeyPage(w.get()); }, 5000) ||
        !WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("calls")}) ||
        !WindowFixture::startAndWait(w.get()))
        return nullptr;
    UiHooks hooks;
    hooks.chooseFolder = [target, suggested](const QString &start) {
        if (suggested)
            *suggested = start;
        return target;
    };
    w->controller()->setHooks(hooks);
    return w;
}

void TestSaving::saveDialogOpensOnAFolderThatExists()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    QString suggested;
    auto w = runAndPrepareSave(target, &suggested);
    QVERIFY(w);
    QVERIFY(!QFileInfo::exists(Preferences::defaultOutputFolder()));
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    // The suggested folder (Documents/CallRail Extractor) was made, so the dialog's Choose works at once.
    QCOMPARE(suggested, Preferences::defaultOutputFolder());
    QVERIFY(QFileInfo(suggested).isDir());
    QVERIFY(suggested.startsWith(QString::fromLocal8Bit(qgetenv("HOME"))));
}

void TestSaving::savedFolderHoldsTheRecordOfTheExport()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    const QDir out(target);
    QStringList names = out.entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, QStringList({QStringLiteral("callrail-export.json"), QStringLiteral("calls.csv"),
                                 QStringLiteral("companies.csv"), QStringLiteral("export-note.txt"),
                                 QStringLiteral("summary.json")}));

    // CSV for Excel on Windows by default: a UTF-8 byte order mark.
    QVERIFY(test::readAll(out.filePath(QStringLiteral("calls.csv"))).startsWith("\xEF\xBB\xBF"));
    auto *note = WindowFixture::find<QLabel>(w.get(), QStringLiteral("excelNoteLabel"));
    QVERIFY(note->isVisible() && note->text().contains(QStringLiteral("+14045550123")));

    const QJsonObject summary =
        QJsonDocument::fromJson(test::readAll(out.filePath(QStringLiteral("summary.json")))).object();
    QCOMPARE(summary.value(QStringLiteral("endpoints")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("successful")).toInt(), 2);

    const QString text = QString::fromUtf8(test::readAll(out.filePath(ExportNote::fileName())));
    const RunPlan &plan = w->controller()->run()->lastPlan();
    QVERIFY(!plan.accounts.isEmpty());
    for (const QString &expected :
         {plan.accounts.first().name, plan.accounts.first().id, plan.dateRangeText,
          w->controller()->dateWindow().timeZone, QStringLiteral("Calls: calls.csv"),
          QStringLiteral("Companies: companies.csv"), QStringLiteral("400 records"),
          QStringLiteral("complete: all 400 records CallRail reported"),
          QStringLiteral("customer_phone_number"), QStringLiteral("Extracted: ")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
    }
    QVERIFY(!text.contains(WindowFixture::goodKey()));
}

void TestSaving::cancelStopsASaveAndLeavesNoHalfFile()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    auto *cancel = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("cancelButton"));
    QVERIFY(!cancel->isEnabled());
    // The Save waits behind a task of the test's in the thread pool, so the click surely comes first. Nothing
    // may run the event loop until the gate opens: painting shares that pool and would wait behind it too.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });
    QSignalSpy finished(w->controller(), &MainController::saveFinished);
    QVERIFY(w->controller()->save());
    QVERIFY(cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(QStringLiteral("Stop saving")), qPrintable(cancel->toolTip()));
    cancel->click();
    gate.release();
    const bool ended = finished.wait(30'000);
    pool->setMaxThreadCount(threads);
    QVERIFY(ended);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString said = w->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("Saving was stopped")), qPrintable(said));
    // Nothing at all in the folder: no half file, no temporary file, no lock.
    QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden), QStringList{});
    // The results are still there to save, and Save works again.
    QVERIFY(!cancel->isEnabled());
    QVERIFY(w->controller()->hasUnsavedResults());
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    QVERIFY(QFile::exists(QDir(target).filePath(QStringLiteral("calls.csv"))));
}

void TestSaving::datedNamesKeepLastWeeksExport()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    auto *dated = WindowFixture::find<QCheckBox>(w.get(), QStringLiteral("datedNamesCheck"));
    QVERIFY(dated && !dated->isChecked());
    dated->click();
    QVERIFY(w->controller()->datedFileNames());
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    const QString date =
        w->controller()->run()->lastSummary().finishedAt.toLocalTime().date().toString(Qt::ISODate);
    const QDir out(target);
    for (const QString &name : {QStringLiteral("calls_%1.csv"), QStringLiteral("companies_%1.csv"),
                                QStringLiteral("summary_%1.json"), QStringLiteral("export-note_%1.txt")})
        QVERIFY2(out.exists(name.arg(date)), qPrintable(name.arg(date)));
    // The note names the files as they are saved.
    QVERIFY(QString::fromUtf8(test::readAll(out.filePath(QStringLiteral("export-note_%1.txt").arg(date))))
                .contains(QStringLiteral("calls_%1.csv").arg(date)));
    // Remembered for next time.
    m_fx.settings().sync();
    QVERIFY(Preferences(&m_fx.settings()).get<bool>(Pref::DatedFileNames));
}

namespace {

/// Chooses a format in the Save as box with the keyboard, as a user does.
bool chooseSaveFormat(MainWindow *window, SaveFormat format)
{
    auto *combo = WindowFixture::find<QComboBox>(window, QStringLiteral("saveFormatCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toInt() != int(format); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return window->controller()->saveFormat() == format;
}

QStringList column(const QString &path, const QString &sql)
{
    QStringList values;
    const QString name = QStringLiteral("saved-%1").arg(quintptr(&values));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    values << query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace

void TestSaving::theSameRunSavesAsAWorkbookAndADatabase()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    int asked = 0;
    w->controller()->hooks().confirmOverwrite = [&](const QString &, const QStringList &) {
        ++asked;
        return true;
    };
    const QString customerPhone = QStringLiteral("customer_phone_number");
    const auto recordsOf = [&](const QString &endpoint) {
        for (const EndpointResult &r : w->controller()->run()->lastSummary().endpoints) {
            if (r.endpoint == endpoint)
                return r.records;
        }
        return qint64(-1);
    };
    const QString callCount = QString::number(recordsOf(QStringLiteral("calls")));
    QVERIFY(recordsOf(QStringLiteral("calls")) > 0);

    // The Excel workbook: typed cells, a phone number stays text with its +.
    QVERIFY(chooseSaveFormat(w.get(), SaveFormat::ExcelWorkbook));
    auto *save = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("saveButton"));
    QVERIFY(save->toolTip().contains(SaveFormats::title(SaveFormat::ExcelWorkbook)));
    QSignalSpy finished(w->controller(), &MainController::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    // Saved in the background: the window answers meanwhile, and Save cannot be pressed twice.
    QVERIFY(w->controller()->isSaving() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || !save->isEnabled());
    QVERIFY(finished.size() == 1 || finished.wait(WindowFixture::kRunTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QString error;
    const XlsxReadBack book =
        XlsxReadBack::read(QDir(target).filePath(QStringLiteral("callrail.xlsx")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(book.sheetNames.contains(QStringLiteral("calls")));
    const QList<QHash<int, XlsxCell>> &calls = book.sheets.value(QStringLiteral("calls"));
    QCOMPARE(calls.size(), 1 + recordsOf(QStringLiteral("calls")));
    int phoneColumn = -1;
    for (auto it = calls.first().cbegin(); it != calls.first().cend(); ++it) {
        if (it->value == customerPhone)
            phoneColumn = it.key();
    }
    QVERIFY(phoneColumn >= 0);
    const XlsxCell phone = calls.at(1).value(phoneColumn);
    QCOMPARE(phone.kind, XlsxCell::Kind::Text);
    QVERIFY2(phone.value.startsWith(QLatin1Char('+')), qPrintable(phone.value));
    QVERIFY(QString::fromUtf8(test::readAll(QDir(target).filePath(ExportNote::fileName())))
                .contains(QStringLiteral("callrail.xlsx")));
    QCOMPARE(asked, 0);

    // The SQLite database from the same run: saved twice, merged, never duplicated, never asked about.
    QVERIFY(chooseSaveFormat(w.get(), SaveFormat::SqliteDatabase));
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    const QString database = QDir(target).filePath(QStringLiteral("callrail.sqlite"));
    QCOMPARE(column(database, QStringLiteral("SELECT count(*) FROM calls")), QStringList{callCount});
    QCOMPARE(column(database, QStringLiteral("SELECT count(DISTINCT id) FROM calls")),
             QStringList{callCount});
    QVERIFY(column(database, QStringLiteral("SELECT %1 FROM calls").arg(customerPhone))
                .first()
                .startsWith(QLatin1Char('+')));
    QCOMPARE(column(database, QStringLiteral("SELECT count(*) FROM companies")),
             QStringList{QString::number(recordsOf(QStringLiteral("companies")))});
    QCOMPARE(asked, 0);
    // Remembered for the next time.
    m_fx.settings().sync();
    QCOMPARE(Preferences(&m_fx.settings()).get<SaveFormat>(Pref::OutputFormat), SaveFormat::SqliteDatabase);
}

void TestSaving::aSavedExportRefreshesFromTheWindow()
{
    const QString target = m_fx.dir().filePath(QStringLiteral("weekly"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    QVERIFY(WindowFixture::saveAndWait(w.get())); // CSV, the default
    QVERIFY(QFileInfo::exists(QDir(target).filePath(QStringLiteral("callrail-export.json"))));
    const QString calls = QDir(target).filePath(QStringLiteral("calls.csv"));
    const qsizetype rowsBefore = test::readAll(calls).count('\n');

    // A week later: new calls. The analyst opens the window and refreshes last week's folder.
    const QString account = m_fx.server().dataset().accountIds().first();
    m_fx.server().dataset().insertCalls(account, 4);
    auto *lookBack = WindowFixture::find<QSpinBox>(w.get(), QStringLiteral("lookBackSpin"));
    QVERIFY(lookBack && !lookBack->accessibleName().isEmpty());
    lookBack->setValue(7);
    QCOMPARE(w->controller()->refreshes()->lookBackDays(), 7);
    QString told;
    w->controller()->hooks().chooseExport = [&](const QString &) { return target; };
    w->controller()->hooks().refreshed = [&](bool ok, const QString &text) { told = ok ? text : QString(); };
    auto *refresh = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("refreshButton"));
    QVERIFY(refresh->isEnabled() && !refresh->text().isEmpty());
    QSignalSpy finished(w->controller()->refreshes(), &RefreshController::refreshFinished);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(finished.wait(WindowFixture::kRunTimeoutMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(told.contains(QStringLiteral("Calls: 4 new, 0 updated, 0 removed")), qPrintable(told));
    QCOMPARE(test::readAll(calls).count('\n'), rowsBefore + 4);
    // Nothing is left to save: the refresh wrote into the export itself.
    QVERIFY(!w->controller()->hasUnsavedResults());
    QVERIFY(!WindowFixture::find<QPushButton>(w.get(), QStringLiteral("saveButton"))->isEnabled());
}

void TestSaving::failedScheduledRunsAreToldOfOnce()
{
    // A refresh the system's scheduler started failed while the window was closed.
    ScheduledRunRecord record;
    QVERIFY(record.append(ScheduledRun{QDateTime::currentDateTimeUtc(), QStringLiteral("/exports/weekly"),
                                       ScheduledRun::Outcome::Failed,
                                       QStringLiteral("CallRail rejected the key.")}));
    auto w = m_fx.makeWindow(true);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (box = w->findChild<QMessageBox *>(QStringLiteral("scheduledFailuresBox"))); }, 5000));
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("CallRail rejected the key.")));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(QStringLiteral("/exports/weekly"))));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("rejected")));
    QVERIFY(record.unseenFailures().isEmpty()); // told once
    box->close();

    // Refresh automatically…: with no export chosen, the dialog lists every scheduled refresh, to remove one.
    w->controller()->hooks().chooseExport = [](const QString &) { return QString(); };
    auto *schedule = w->findChild<QAction *>(QStringLiteral("scheduleAction"));
    QVERIFY(schedule && schedule->isEnabled());
    schedule->trigger();
    auto *dialog = w->findChild<ScheduleDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->close();
    auto again = m_fx.makeWindow(true);
    QTest::qWait(100);
    QVERIFY(!again->findChild<QMessageBox *>(QStringLiteral("scheduledFailuresBox")));
}

void TestSaving::savesIntoAPostgresDatabase()
{
    static PostgresServer server;
    bool skip = false;
    if (const QString why = startTestServer(server, &skip); !why.isEmpty()) {
        if (skip)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
    // The dialog as the analyst fills it: a wrong password is said plainly, the right one connects.
    {
        PostgresDialog dialog;
        dialog.show();
        auto *test = WindowFixture::find<QPushButton>(&dialog, QStringLiteral("postgresTestButton"));
        QVERIFY(!test->isEnabled()); // no database named yet
        dialog.setLogin(server.host(), PostgresServer::port(), QStringLiteral("postgres"),
                        PostgresServer::user(), QStringLiteral("callrail"),
                        QStringLiteral("not-the-password"));
        QVERIFY(test->isEnabled());
        QSignalSpy tested(&dialog, &PostgresDialog::tested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.first().first().toBool(), false);
        auto *result = WindowFixture::find<QLabel>(&dialog, QStringLiteral("postgresResultLabel"));
        QVERIFY(!result->text().isEmpty() && !result->text().contains(QStringLiteral("not-the-password")));
        auto *password = WindowFixture::find<QLineEdit>(&dialog, QStringLiteral("postgresPassword"));
        password->clear();
        QTest::keyClicks(password, PostgresServer::password());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(15'000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(tested.last().at(1).toString()));
    }

    const QString target = m_fx.dir().filePath(QStringLiteral("pg"));
    auto w = runAndPrepareSave(target);
    QVERIFY(w);
    QVERIFY(chooseSaveFormat(w.get(), SaveFormat::PostgresDatabase));
    int asked = 0;
    w->controller()->hooks().choosePostgres = [&](PostgresChoice &choice) {
        ++asked;
        choice = PostgresChoice{server.host(),          PostgresServer::port(),   QStringLiteral("postgres"),
                                PostgresServer::user(), QStringLiteral("weekly"), PostgresServer::password()};
        return true;
    };
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    QCOMPARE(asked, 1);
    qint64 calls = 0;
    for (const EndpointResult &r : w->controller()->run()->lastSummary().endpoints)
        calls += r.endpoint == QLatin1String("calls") ? r.records : 0;
    PostgresReadBack db(server.connInfo());
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM weekly.calls")), QString::number(calls));
    // The password is in the keychain, under the connection's name, and in no file or setting.
    const QString connInfo = PostgresConnection::connInfo(server.host(), PostgresServer::port(),
                                                          QStringLiteral("postgres"), PostgresServer::user());
    QTRY_VERIFY(m_fx.store().contains(PostgresConnection::keychainName(connInfo)));
    m_fx.settings().sync();
    QVERIFY(!test::readAll(m_fx.settings().fileName()).contains(PostgresServer::password().toUtf8()));
    for (const QString &name : QDir(target).entryList(QDir::Files))
        QVERIFY2(!test::readAll(QDir(target).filePath(name)).contains(PostgresServer::password().toUtf8()),
                 qPrintable(name));
    // Remembered, so that the next Save starts from it (its password read back from the keychain).
    PostgresChoice offered;
    w->controller()->hooks().choosePostgres = [&](PostgresChoice &choice) {
        offered = choice;
        return false;
    };
    w->controller()->save();
    QTRY_COMPARE(offered.password, PostgresServer::password());
    QCOMPARE(offered.schema, QStringLiteral("weekly"));
}

QTEST_MAIN(TestSaving)
#include "tst_saving.moc"
