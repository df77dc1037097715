// Drives the real window (widgets found by objectName) against the imitation CallRail server and an in-memory
// keychain, and checks what the user sees and what lands on disk.

#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "api/EndpointCatalogue.h"
#include "api/RequestBudget.h"
#include "config/MemorySecretStore.h"
#include "controller/MainController.h"
#include "export/CsvFromJsonLines.h"
#include "export/CsvReader.h"
#include "imitation/FakeCallRailServer.h"
#include "models/RunProgressModel.h"
#include "models/StagedFileModel.h"
#include "widgets/MainWindow.h"
#include "widgets/PreviewPanel.h"
#include "widgets/PreviewTab.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace callrail;

using test::WindowFixture;

namespace {
constexpr int kRunTimeoutMs = WindowFixture::kRunTimeoutMs;
const QString kGoodKey = WindowFixture::goodKey();

/// The staged file of the last run whose name starts with `stem` ("calls").
StagedFile stagedFile(MainWindow *window, const QString &stem)
{
    for (const StagedFile &file : window->controller()->run()->savableFiles()->tickedFiles()) {
        if (file.stem() == stem)
            return file;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesTestsAndForgetsTheKey();
    void rejectedKeyIsSaidPlainly();
    void noKeychainOffersSessionOnly();
    void pendingKeychainSaysWaiting();
    void demoButtonRunsOnDemoData();
    void runPreviewSortFilterAndSave();
    void cancelKeepsFetchedRowsAndResumeFinishes();
    void rejectedKeyMidRunReopensThePrompt();
    void forbiddenEndpointIsNotAvailableOthersComplete();
    void invalidCustomDatesAreExplainedAndBlockStart();
    void settingsSurviveARestart();

private:
    std::unique_ptr<MainWindow> makeWindow(bool storeKey) { return m_fx.makeWindow(storeKey); }
    template <typename T>
    T *find(MainWindow *w, const QString &name)
    {
        return WindowFixture::find<T>(w, name);
    }
    static bool onKeyPage(MainWindow *w) { return WindowFixture::onKeyPage(w); }

    WindowFixture m_fx;
};

void TestMainWindow::init()
{
    QVERIFY(m_fx.setUp());
}

void TestMainWindow::cleanup()
{
    m_fx.tearDown();
}

void TestMainWindow::storesTestsAndForgetsTheKey()
{
    auto w = makeWindow(false);
    QTRY_VERIFY(onKeyPage(w.get()));
    auto *edit = find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, kGoodKey);

    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("testKeyButton")), Qt::LeftButton);
    auto *status = find<QLabel>(w.get(), QStringLiteral("keyStatusLabel"));
    const QString accountName = m_fx.server()
                                    .dataset()
                                    .record(QStringLiteral("accounts"), {}, 0)
                                    .value(QStringLiteral("name"))
                                    .toString();
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("works")), qPrintable(status->text()),
                              10'000);
    QVERIFY2(status->text().contains(accountName), qPrintable(status->text()));
    QVERIFY(!m_fx.store().contains(SecretStore::apiKeyName())); // testing does not store

    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("storeKeyButton")), Qt::LeftButton);
    QTRY_VERIFY(m_fx.store().contains(SecretStore::apiKeyName()));
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(edit->text().isEmpty()); // the key does not linger in the widget
    QVERIFY(
        find<QLabel>(w.get(), QStringLiteral("keyInfoLabel"))->text().contains(QStringLiteral("keychain")));
    // The window title and the settings file never hold the key.
    QVERIFY(!w->windowTitle().contains(kGoodKey));
    m_fx.settings().sync();
    QVERIFY(!test::readAll(m_fx.settings().fileName()).contains(kGoodKey.toUtf8()));

    // The accounts the key sees fill the picker.
    auto *accounts = w->findChild<QWidget *>(QStringLiteral("accountCombo"));
    QVERIFY(accounts);

    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("forgetKeyButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_fx.store().contains(SecretStore::apiKeyName()));
    QTRY_VERIFY(onKeyPage(w.get()));
    QVERIFY(!w->controller()->keys()->hasKey());
}

void TestMainWindow::rejectedKeyIsSaidPlainly()
{
    auto w = makeWindow(false);
    QTRY_VERIFY(onKeyPage(w.get()));
    QTest::keyClicks(find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")), QStringLiteral("wrong-key-123"));
    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("testKeyButton")), Qt::LeftButton);
    auto *status = find<QLabel>(w.get(), QStringLiteral("keyStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("rejected")), 10'000);
    QVERIFY(!status->text().contains(QStringLiteral("wrong-key-123")));
}

void TestMainWindow::noKeychainOffersSessionOnly()
{
    m_fx.store().setFailure(SecretError::NoBackend);
    auto w = makeWindow(false);
    auto *status = find<QLabel>(w.get(), QStringLiteral("keyStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("no keychain")));
    auto *session = find<QPushButton>(w.get(), QStringLiteral("sessionKeyButton"));
    QVERIFY(session->isVisible());

    QTest::keyClicks(find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")), kGoodKey);
    // Trying to store still fails plainly and does not use the key behind the user's back.
    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("storeKeyButton")), Qt::LeftButton);
    QTRY_VERIFY(w->controller()->keys()->state() == KeyController::State::Missing);
    QVERIFY(onKeyPage(w.get()));
    QVERIFY(!w->controller()->keys()->hasKey());

    QTest::mouseClick(session, Qt::LeftButton);
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(w->controller()->keys()->isSessionOnly());
    QVERIFY(
        find<QLabel>(w.get(), QStringLiteral("keyInfoLabel"))->text().contains(QStringLiteral("session")));
    QVERIFY(!m_fx.store().contains(SecretStore::apiKeyName()));
    m_fx.settings().sync();
    QVERIFY(!test::readAll(m_fx.settings().fileName()).contains(kGoodKey.toUtf8()));
}

void TestMainWindow::pendingKeychainSaysWaiting()
{
    m_fx.store().setHang(true);
    auto w = makeWindow(false);
    auto *waiting = find<QLabel>(w.get(), QStringLiteral("keychainWaitingLabel"));
    QTRY_VERIFY(waiting->isVisible());
    QVERIFY(waiting->text().contains(QStringLiteral("Waiting for the keychain")));
    // Still usable: the demo stays one click away.
    QVERIFY(find<QPushButton>(w.get(), QStringLiteral("demoButton"))->isEnabled());
}

void TestMainWindow::demoButtonRunsOnDemoData()
{
    auto w = makeWindow(false);
    QTRY_VERIFY(onKeyPage(w.get()));
    auto *banner = find<QLabel>(w.get(), QStringLiteral("demoBanner"));
    QVERIFY(!banner->isVisible());
    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("demoButton")), Qt::LeftButton);
    QTRY_VERIFY2(!onKeyPage(w.get()), qPrintable(w->statusBar()->currentMessage()));
    QVERIFY(banner->isVisible());
    QVERIFY(w->controller()->isDemo());
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("tags")}));
    QVERIFY(WindowFixture::startAndWait(w.get()));
    const RunSummary &summary = w->controller()->run()->lastSummary();
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    QVERIFY(w->previewPanel()->tab(QStringLiteral("companies")));
}

void TestMainWindow::runPreviewSortFilterAndSave()
{
    auto w = makeWindow(true);
    QTRY_VERIFY(!onKeyPage(w.get()));
    RunProgressModel *progress = w->controller()->run()->progressModel();
    QAbstractItemModelTester progressTester(progress, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester selectionTester(w->controller()->selection(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(WindowFixture::choose(
        w.get(), {QStringLiteral("users"), QStringLiteral("companies"), QStringLiteral("calls")}));
    // A record limit of 120 on calls, typed into the limit editor.
    auto *view = find<QTableView>(w.get(), QStringLiteral("endpointList"));
    auto *selection = w->controller()->selection();
    const QModelIndex limitIndex =
        selection->index(selection->rowOf(QStringLiteral("calls")), EndpointSelectionModel::LimitColumn);
    QCOMPARE(limitIndex.data().toString(), QStringLiteral("No limit"));
    view->setCurrentIndex(limitIndex);
    view->edit(limitIndex);
    auto *spin = view->findChild<QSpinBox *>(QStringLiteral("limitEditor"));
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("120"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(selection->limit(QStringLiteral("calls")), qint64(120));

    // Rows update while running, and all end complete.
    QSignalSpy rowsChanged(progress, &QAbstractItemModel::dataChanged);
    QVERIFY(WindowFixture::startAndWait(w.get()));
    QVERIFY(rowsChanged.count() > 3);
    const RunSummary &summary = w->controller()->run()->lastSummary();
    QVERIFY2(summary.allComplete(), qPrintable(summary.text()));
    const int usersRow = progress->rowOf(summary.endpoints.value(0).accountId, QStringLiteral("users"));
    QVERIFY(usersRow >= 0);
    QCOMPARE(progress->index(usersRow, RunProgressModel::StateColumn).data().toString(),
             QStringLiteral("Complete"));
    QVERIFY(progress->index(usersRow, RunProgressModel::DetailsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Checked")));
    QVERIFY(find<QLabel>(w.get(), QStringLiteral("summaryLabel"))->isVisible());

    // Preview: exactly the server's rows, read from the staged file.
    const QString account = m_fx.server().dataset().accountIds().value(0);
    PreviewTab *users = w->previewPanel()->tab(QStringLiteral("users"));
    QVERIFY(users);
    QAbstractItemModelTester previewTester(users->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList serverIds =
        m_fx.server().dataset().ids(QStringLiteral("users"), account, ImitationQuery{{}, {}, true});
    QCOMPARE(users->model()->rowCount(), serverIds.size());
    const int idColumn = int(users->model()->columns().indexOf(QStringLiteral("id")));
    QVERIFY(idColumn >= 0);
    QStringList shownIds;
    for (int r = 0; r < users->model()->rowCount(); ++r)
        shownIds.append(users->model()->index(r, idColumn).data().toString());
    QStringList expectedIds = serverIds;
    std::sort(shownIds.begin(), shownIds.end());
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(shownIds, expectedIds);
    PreviewTab *calls = w->previewPanel()->tab(QStringLiteral("calls"));
    QVERIFY(calls);
    QCOMPARE(calls->model()->rowCount(), 120);
    // The staged file is JSON Lines: its CSV, cells as they are (no formula guard) and not spread into
    // added columns, is what the preview shows; Save writes it spread.
    const auto csvOf = [&](const QString &stem, const ExportOptions &options, bool spread = true) {
        const StagedFile file = stagedFile(w.get(), stem);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        if (spread)
            CsvFromJsonLines::write(file.path, file.columns, options, out, nullptr);
        else
            CsvFromJsonLines::write(file.path, file.columns, {}, options, out, nullptr);
        return bytes;
    };
    ExportOptions asSent;
    asSent.excelSafe = false;
    asSent.byteOrderMark = false;
    const QList<QStringList> staged = CsvReader::parseAll(csvOf(QStringLiteral("calls"), asSent, false));
    QCOMPARE(staged.size(), 121);
    for (int r = 0; r < 120; r += 17) {
        for (int c = 0; c < calls->model()->columnCount(); ++c)
            QCOMPARE(calls->model()->index(r, c).data().toString(), staged.at(r + 1).value(c));
    }

    // Sort by clicking the id header (descending after two clicks), then filter with the search box.
    w->showPreview(QStringLiteral("calls"));
    QTableView *table = calls->view();
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->sortByColumn(0, Qt::DescendingOrder); // what a click on the header does
    QStringList column0;
    for (int r = 0; r < calls->model()->rowCount(); ++r)
        column0.append(calls->model()->index(r, 0).data().toString());
    QStringList sortedDesc = column0;
    std::sort(sortedDesc.begin(), sortedDesc.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) > 0;
    });
    QCOMPARE(column0.first(), sortedDesc.first());
    QCOMPARE(column0.last(), sortedDesc.last());
    const QString needle = staged.at(5).value(0);
    auto *search = calls->findChild<QLineEdit *>(QStringLiteral("previewSearch"));
    QTest::keyClicks(search, needle);
    QTRY_COMPARE(calls->model()->rowCount(), 1);
    QCOMPARE(calls->model()->index(0, 0).data().toString(), needle);
    QVERIFY(calls->findChild<QLabel *>(QStringLiteral("previewCountLabel"))
                ->text()
                .contains(QStringLiteral("1 of 120")));
    // Copy the selected cells as tab-separated text.
    table->selectionModel()->select(QItemSelection(calls->model()->index(0, 0), calls->model()->index(0, 1)),
                                    QItemSelectionModel::Select);
    QCOMPARE(calls->selectedText(),
             needle + QLatin1Char('\t') + calls->model()->index(0, 1).data().toString());
    search->clear();
    QTRY_COMPARE(calls->model()->rowCount(), 120);

    // Save: the same bytes the core wrote, asking before overwriting.
    QVERIFY(w->controller()->hasUnsavedResults());
    const QString target = m_fx.dir().filePath(QStringLiteral("out"));
    QStringList askedAbout;
    bool replace = false;
    int savedCalls = 0;
    UiHooks &hooks = w->controller()->hooks();
    hooks.chooseFolder = [&](const QString &) { return target; };
    hooks.confirmOverwrite = [&](const QString &, const QStringList &names) {
        askedAbout = names;
        return replace;
    };
    hooks.saved = [&](const QString &, const QStringList &) { ++savedCalls; };
    auto *save = find<QPushButton>(w.get(), QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QCOMPARE(w->controller()->saveFormat(), SaveFormat::Csv);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(savedCalls, 1);
    QVERIFY(askedAbout.isEmpty());
    // CSV made from the staged records with the window's choices (Excel-safe, BOM), in the background.
    const ExportOptions chosen = w->controller()->exportOptions();
    for (const QString &name :
         {QStringLiteral("users"), QStringLiteral("companies"), QStringLiteral("calls")}) {
        const QByteArray savedBytes = test::readAll(QDir(target).filePath(name + QStringLiteral(".csv")));
        QVERIFY(!savedBytes.isEmpty());
        QCOMPARE(savedBytes, csvOf(name, chosen));
    }
    QVERIFY(!w->controller()->hasUnsavedResults());
    QCOMPARE(w->controller()->preferences().get<QString>(Pref::OutputFolder), target);
    QVERIFY(QDir(target)
                .entryList({QStringLiteral("*.tmp"), QStringLiteral("*.partial")}, QDir::Files)
                .isEmpty());

    // Saving again asks; "no" keeps the existing file untouched.
    QFile marker(QDir(target).filePath(QStringLiteral("users.csv")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("mine");
    marker.close();
    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(askedAbout.contains(QStringLiteral("users.csv")));
    QCOMPARE(test::readAll(marker.fileName()), QByteArray("mine"));
    QCOMPARE(savedCalls, 1);
    replace = true;
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(savedCalls, 2);
    QCOMPARE(test::readAll(marker.fileName()), csvOf(QStringLiteral("users"), chosen));
}

void TestMainWindow::cancelKeepsFetchedRowsAndResumeFinishes()
{
    {
        Preferences prefs(&m_fx.settings());
        prefs.set(Pref::PerPage, 20);
        prefs.setDateWindow(DateWindow{DatePreset::AllAvailable, {}, {}, QStringLiteral("UTC")});
    }
    m_fx.server().setLatency(60);
    auto w = makeWindow(true);
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("calls")}));
    auto *start = find<QPushButton>(w.get(), QStringLiteral("startButton"));
    QTRY_VERIFY(start->isEnabled());
    RunController *run = w->controller()->run();
    QSignalSpy finished(run, &RunController::finished);
    QTest::mouseClick(start, Qt::LeftButton);
    RunProgressModel *progress = run->progressModel();
    auto callsRecords = [progress] {
        for (const RunProgressModel::Row &row : progress->rows()) {
            if (row.endpoint == QLatin1String("calls"))
                return row.records;
        }
        return qint64(0);
    };
    // The overall bar as the user sees it, every time the figures change: it only goes up, and never shows
    // 100 % before the run has ended.
    auto *bar = find<QProgressBar>(w.get(), QStringLiteral("overallProgress"));
    QList<int> shown;
    const auto watch = connect(run, &RunController::figuresChanged, this, [&] {
        if (run->isRunning() && bar->maximum() > 0)
            shown.append(int(run->overallFraction() * 1000));
    });
    QTRY_VERIFY_WITH_TIMEOUT(callsRecords() >= 40, 20'000);
    QVERIFY(find<QPushButton>(w.get(), QStringLiteral("cancelButton"))->isEnabled());
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QVERIFY(run->lastSummary().cancelled);
    const qint64 kept = callsRecords();
    QVERIFY(kept > 0 && kept < 400);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(std::is_sorted(shown.begin(), shown.end()), qPrintable(QString::number(shown.size())));
    QVERIFY(shown.last() < 1000);
    // After Cancel the bar shows where the run stopped (the calls fetched of the calls counted so far), not
    // 0 % and not 100 %.
    const int stoppedAt = int(run->overallFraction() * 1000);
    QVERIFY2(stoppedAt > 0 && stoppedAt < 1000, qPrintable(QString::number(stoppedAt)));
    QTRY_COMPARE(bar->value(), stoppedAt);
    QCOMPARE(progress->rows().first().outcome, EndpointOutcome::Cancelled);
    PreviewTab *calls = w->previewPanel()->tab(QStringLiteral("calls"));
    QVERIFY2(calls, "the fetched rows can be previewed");
    QCOMPARE(qint64(calls->model()->rowCount()), kept);

    auto *resume = find<QPushButton>(w.get(), QStringLiteral("resumeButton"));
    QVERIFY(resume->isVisible() && resume->isEnabled());
    m_fx.server().setLatency(0);
    shown.clear();
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(kRunTimeoutMs));
    QVERIFY2(run->lastSummary().allComplete(), qPrintable(run->lastSummary().text()));
    // The resumed run counts what the first had done (it does not start again from 0 %), and ends at 100 %.
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.first() > 0, qPrintable(QString::number(shown.first())));
    QVERIFY(std::is_sorted(shown.begin(), shown.end()));
    QTRY_COMPARE(bar->value(), 1000);
    disconnect(watch);
    calls = w->previewPanel()->tab(QStringLiteral("calls"));
    QVERIFY(calls);
    QCOMPARE(calls->model()->rowCount(), 400);
}

void TestMainWindow::rejectedKeyMidRunReopensThePrompt()
{
    auto w = makeWindow(true);
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("calls")}));
    m_fx.server().failWithStatus(QStringLiteral("calls"), 401, 1);
    QVERIFY(WindowFixture::startAndWait(w.get()));
    QVERIFY(w->controller()->run()->lastSummary().keyRejected);
    QTRY_VERIFY(onKeyPage(w.get()));
    QVERIFY(
        find<QLabel>(w.get(), QStringLiteral("keyStatusLabel"))->text().contains(QStringLiteral("rejected")));
    QVERIFY(!w->controller()->keys()->hasKey());
}

void TestMainWindow::forbiddenEndpointIsNotAvailableOthersComplete()
{
    auto w = makeWindow(true);
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(
        w.get(), {QStringLiteral("companies"), QStringLiteral("users"), QStringLiteral("tags")}));
    m_fx.server().setForbidden(QStringLiteral("users"), true);
    QVERIFY(WindowFixture::startAndWait(w.get()));
    RunProgressModel *progress = w->controller()->run()->progressModel();
    int notAvailable = 0;
    int complete = 0;
    for (int r = 0; r < progress->rowCount(); ++r) {
        const QString endpoint = progress->index(r, 0).data(RunProgressModel::EndpointRole).toString();
        const QString state = progress->index(r, RunProgressModel::StateColumn).data().toString();
        const QString details = progress->index(r, RunProgressModel::DetailsColumn).data().toString();
        if (endpoint == QLatin1String("users")) {
            QVERIFY2(state.contains(QStringLiteral("Not available")), qPrintable(state));
            QVERIFY2(details.contains(QStringLiteral("Not available on your CallRail plan")),
                     qPrintable(details));
            ++notAvailable;
        } else {
            QCOMPARE(state, QStringLiteral("Complete"));
            ++complete;
        }
    }
    QCOMPARE(notAvailable, 1);
    QCOMPARE(complete, 2);
    QVERIFY(w->previewPanel()->tab(QStringLiteral("companies")));
    QVERIFY(!w->previewPanel()->tab(QStringLiteral("users")));
}

void TestMainWindow::invalidCustomDatesAreExplainedAndBlockStart()
{
    auto w = makeWindow(true);
    QTRY_VERIFY(!onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("calls")}));
    auto *start = find<QPushButton>(w.get(), QStringLiteral("startButton"));
    QTRY_VERIFY(start->isEnabled());
    DateWindow window;
    window.preset = DatePreset::Custom;
    window.customStart = QDate::currentDate().addDays(-3);
    window.customEnd = QDate::currentDate().addDays(-10);
    w->controller()->setDateWindow(window);
    auto *dateProblem = find<QLabel>(w.get(), QStringLiteral("dateProblemLabel"));
    QVERIFY(!dateProblem->text().isEmpty());
    QVERIFY(dateProblem->isVisible());
    // Said once, next to the dates: not again in the line under the panel.
    auto *validation = find<QLabel>(w.get(), QStringLiteral("validationLabel"));
    QVERIFY(!validation->isVisible() || !validation->text().contains(dateProblem->text()));
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(find<QPushButton>(w.get(), QStringLiteral("selectNoneButton")), Qt::LeftButton);
    QVERIFY(find<QLabel>(w.get(), QStringLiteral("validationLabel"))
                ->text()
                .contains(QStringLiteral("endpoint")));
}

void TestMainWindow::settingsSurviveARestart()
{
    {
        auto w = makeWindow(true);
        QTRY_VERIFY(!onKeyPage(w.get()));
        QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("calls"), QStringLiteral("tags")}));
        auto *selection = w->controller()->selection();
        selection->setLimit(QStringLiteral("calls"), 250);
        const EndpointSpec *spec = EndpointCatalogue::find(QStringLiteral("calls"));
        QVERIFY(spec && !spec->optionalFields.isEmpty());
        selection->setFields(QStringLiteral("calls"), {spec->optionalFields.first().name});
        DateWindow dates;
        dates.preset = DatePreset::Last7Days;
        dates.timeZone = QStringLiteral("America/New_York");
        w->controller()->setDateWindow(dates);
        w->controller()->setSaveFormat(SaveFormat::ExcelWorkbook);
        ExportOptions out;
        out.excelSafe = false;
        out.byteOrderMark = true;
        w->controller()->setExportOptions(out);
        w->resize(1000, 700);
        QVERIFY(w->close());
    }
    auto w = makeWindow(false);
    auto *selection = w->controller()->selection();
    QCOMPARE(selection->checkedEndpoints(), QStringList({QStringLiteral("calls"), QStringLiteral("tags")}));
    QCOMPARE(selection->limit(QStringLiteral("calls")), qint64(250));
    QCOMPARE(selection->fields(QStringLiteral("calls")).size(), 1);
    QCOMPARE(w->controller()->dateWindow().preset, DatePreset::Last7Days);
    QCOMPARE(w->controller()->dateWindow().timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(w->controller()->saveFormat(), SaveFormat::ExcelWorkbook);
    QCOMPARE(find<QComboBox>(w.get(), QStringLiteral("saveFormatCombo"))->currentText(),
             SaveFormats::title(SaveFormat::ExcelWorkbook));
    QCOMPARE(w->controller()->exportOptions().byteOrderMark, true);
    QCOMPARE(w->controller()->exportOptions().excelSafe, false);
    QCOMPARE(w->size(), QSize(1000, 700));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
