// The window and an export folder another run is updating: it says who holds the folder, offers to wait, goes
// ahead by itself when the folder is free, and saves or refreshes nothing when the analyst gives up.

#include "WindowFixture.h"

#include "controller/MainController.h"
#include "export/ExportFolderLock.h"
#include "refresh/ExportRefresh.h"
#include "widgets/FolderBusyDialog.h"
#include "widgets/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace callrail;
using test::WindowFixture;

namespace {

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Description) : QString();
}

/// Runs `act` on the folder dialog once the window has opened it (it is modal: the caller is inside exec()).
void whenTheDialogOpens(QObject *context, const std::function<void(FolderBusyDialog *)> &act)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, act] {
        if (auto *dialog = qobject_cast<FolderBusyDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start(20);
}

} // namespace

class TestFolderBusy : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }

    void theDialogSaysWhoAndWaits();
    void cancelGivesUpWithoutTrying();
    void aSaveIntoAHeldFolderWaitsForIt();
    void aSaveOrRefreshGivenUpChangesNothing();

private:
    /// A window after a run of companies, with `folder` as the answer of the folder dialogs and the window's
    /// own dialog for a folder in use.
    std::unique_ptr<MainWindow> windowAfterARun(const QString &folder);

    WindowFixture m_fx;
};

std::unique_ptr<MainWindow> TestFolderBusy::windowAfterARun(const QString &folder)
{
    auto w = m_fx.makeWindow(true);
    if (!QTest::qWaitFor([&] { return !WindowFixture::onKeyPage(w.get()); }, 5000) ||
        !WindowFixture::choose(w.get(), {QStringLiteral("companies")}) ||
        !WindowFixture::startAndWait(w.get()))
        return nullptr;
    UiHooks &hooks = w->controller()->hooks();
    hooks.chooseFolder = [folder](const QString &) { return folder; };
    hooks.chooseExport = hooks.chooseFolder;
    hooks.confirmDiscard = [] { return true; };
    // The window's own question, the real modal dialog (the other hooks' boxes are left out).
    MainWindow *window = w.get();
    hooks.waitForFolder = [window](const QString &holder, const std::function<bool()> &tryAgain) {
        return FolderBusyDialog::askToWait(window, holder, tryAgain);
    };
    return w;
}

void TestFolderBusy::theDialogSaysWhoAndWaits()
{
    const QString holder =
        QStringLiteral("/data/weekly is being updated by another run (pid 4242, started 09:00)");
    int tries = 0;
    FolderBusyDialog dialog(holder, [&tries] { return ++tries >= 3; });
    dialog.show();
    auto *message = WindowFixture::find<QLabel>(&dialog, QStringLiteral("folderBusyMessage"));
    auto *wait = WindowFixture::find<QPushButton>(&dialog, QStringLiteral("folderBusyWait"));
    auto *waiting = WindowFixture::find<QProgressBar>(&dialog, QStringLiteral("folderBusyWaiting"));
    QVERIFY(message && wait && waiting);
    QVERIFY(message->text().startsWith(holder));
    QVERIFY(message->text().contains(QStringLiteral("Wait for it to end?")));
    QCOMPARE(accessibleDescription(message), message->text()); // a screen reader hears who holds it
    QVERIFY(!waiting->isVisible());
    QCOMPARE(tries, 0); // nothing tried before the analyst chose to wait

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(wait, Qt::LeftButton);
    QVERIFY(dialog.isWaiting());
    QVERIFY(waiting->isVisible());
    QVERIFY(!wait->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("Waiting for it to end")));
    QCOMPARE(accessibleDescription(message), message->text());
    QVERIFY(accepted.wait(10'000)); // the third try found the folder free
    QCOMPARE(tries, 3);
}

void TestFolderBusy::cancelGivesUpWithoutTrying()
{
    bool tried = false;
    FolderBusyDialog dialog(QStringLiteral("held"), [&tried] { return tried = true; });
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(WindowFixture::find<QPushButton>(&dialog, QStringLiteral("folderBusyCancel")),
                      Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!tried);
}

void TestFolderBusy::aSaveIntoAHeldFolderWaitsForIt()
{
    const QString folder = m_fx.dir().filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    auto w = windowAfterARun(folder);
    QVERIFY(w);
    // A scheduled refresh (here: this test, a live process) holds the folder when Save is pressed.
    ExportFolderLock scheduled(folder);
    QCOMPARE(scheduled.take(), ExportFolderLock::Outcome::Taken);

    QString said;
    whenTheDialogOpens(this, [&](FolderBusyDialog *dialog) {
        said = WindowFixture::find<QLabel>(dialog, QStringLiteral("folderBusyMessage"))->text();
        QTest::mouseClick(WindowFixture::find<QPushButton>(dialog, QStringLiteral("folderBusyWait")),
                          Qt::LeftButton);
        QTimer::singleShot(1500, dialog, [&scheduled] { scheduled.release(); }); // the other run ends
    });
    QVERIFY(WindowFixture::saveAndWait(w.get()));
    QVERIFY2(said.contains(QStringLiteral("%1 is being updated by another run (pid %2, started ")
                               .arg(QDir::toNativeSeparators(folder))
                               .arg(QCoreApplication::applicationPid())),
             qPrintable(said));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("companies.csv"))));
    // Released when the save ended: the next run can have the folder.
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(ExportFolderLock::fileName())));
    QCOMPARE(scheduled.take(), ExportFolderLock::Outcome::Taken);
}

void TestFolderBusy::aSaveOrRefreshGivenUpChangesNothing()
{
    const QString folder = m_fx.dir().filePath(QStringLiteral("weekly"));
    QVERIFY(QDir().mkpath(folder));
    auto w = windowAfterARun(folder);
    QVERIFY(w);
    QVERIFY(WindowFixture::saveAndWait(w.get())); // an export to refresh later
    const QStringList saved = QDir(folder).entryList(QDir::Files, QDir::Name);
    ExportFolderLock scheduled(folder);
    QCOMPARE(scheduled.take(), ExportFolderLock::Outcome::Taken);

    // Save: Cancel in the dialog, and the folder is as it was.
    whenTheDialogOpens(this, [](FolderBusyDialog *dialog) { dialog->reject(); });
    QVERIFY(!w->controller()->save());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("is being updated by another run")));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("try again when it ends")));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), saved);

    // Refresh: the same question, the same answer, no request spent and no staging folder made.
    const int requests = m_fx.server().requestCount();
    QSignalSpy finished(w->controller()->refreshes(), &RefreshController::refreshFinished);
    whenTheDialogOpens(this, [](FolderBusyDialog *dialog) { dialog->reject(); });
    w->controller()->refreshes()->refresh();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_fx.server().requestCount(), requests);
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(ExportRefresh::stagingFolderName())));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("is being updated by another run")));
}

QTEST_MAIN(TestFolderBusy)
#include "tst_folderbusy.moc"
