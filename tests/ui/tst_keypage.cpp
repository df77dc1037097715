// The key page as a user meets it: a key that failed its test never replaces a working one, closing the
// keychain's own prompt is said as such, and the "show the key" eye is there without an icon theme.

#include "WindowFixture.h"
#include "controller/MainController.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace callrail;
using test::WindowFixture;

namespace {
const QString kWrongKey = QStringLiteral("wrong-key-0000");

QString storedKey(MemorySecretStore &store)
{
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(SecretStore::apiKeyName());
    if (!read.wait(5000))
        return {};
    return read.first().at(1).toString();
}
} // namespace

class TestKeyPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }

    void keyThatFailedItsTestNeverReplacesTheWorkingKey();
    void untestedKeyIsCheckedBeforeReplacingTheWorkingKey();
    void closingTheKeychainPromptIsSaidAsSuch();
    void keychainErrorsAreNotWrappedTwice();
    void showTheKeyEyeIsVisibleWithoutAnIconTheme();

private:
    /// A window with the good key stored, on the key page as after "Change key…", `key` typed in.
    std::unique_ptr<MainWindow> changeKeyTo(const QString &key);
    QLabel *status(MainWindow *w) { return WindowFixture::find<QLabel>(w, QStringLiteral("keyStatusLabel")); }
    QPushButton *button(MainWindow *w, const char *name)
    {
        return WindowFixture::find<QPushButton>(w, QString::fromLatin1(name));
    }

    WindowFixture m_fx;
};

std::unique_ptr<MainWindow> TestKeyPage::changeKeyTo(const QString &key)
{
    auto w = m_fx.makeWindow(true);
    if (!QTest::qWaitFor([&] { return !WindowFixture::onKeyPage(w.get()); }, 5000))
        return nullptr;
    QTest::mouseClick(button(w.get(), "changeKeyButton"), Qt::LeftButton);
    if (!WindowFixture::onKeyPage(w.get()))
        return nullptr;
    auto *edit = WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit"));
    QTest::keyClicks(edit, key);
    return w;
}

void TestKeyPage::keyThatFailedItsTestNeverReplacesTheWorkingKey()
{
    auto w = changeKeyTo(kWrongKey);
    QVERIFY(w);
    QTest::mouseClick(button(w.get(), "testKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status(w.get())->text().contains(QStringLiteral("rejected")), 10'000);

    // Save key, then Enter in the field: neither stores the rejected key, and the working key stays in use.
    QTest::mouseClick(button(w.get(), "storeKeyButton"), Qt::LeftButton);
    QVERIFY2(status(w.get())->text().contains(QStringLiteral("not saved")),
             qPrintable(status(w.get())->text()));
    QTest::keyClick(WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(storedKey(m_fx.store()), WindowFixture::goodKey());
    QVERIFY(w->controller()->keys()->hasKey());
    QVERIFY(button(w.get(), "keyBackButton")->isVisible());
    QVERIFY(!status(w.get())->text().contains(kWrongKey));

    // Only the explicit second choice stores it.
    QPushButton *anyway = button(w.get(), "storeAnywayButton");
    QVERIFY(anyway->isVisible() && anyway->isEnabled());
    QVERIFY(!anyway->isDefault());
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_COMPARE(storedKey(m_fx.store()), kWrongKey);
}

void TestKeyPage::untestedKeyIsCheckedBeforeReplacingTheWorkingKey()
{
    auto w = changeKeyTo(kWrongKey);
    QVERIFY(w);
    QSignalSpy refused(w->controller()->keys(), &KeyController::storeRefused);
    QTest::mouseClick(button(w.get(), "storeKeyButton"), Qt::LeftButton);
    QVERIFY(refused.wait(10'000));
    QVERIFY2(status(w.get())->text().contains(QStringLiteral("rejected")),
             qPrintable(status(w.get())->text()));
    QCOMPARE(storedKey(m_fx.store()), WindowFixture::goodKey());
    QVERIFY(w->controller()->keys()->hasKey());
    QVERIFY(button(w.get(), "storeAnywayButton")->isVisible());
    // Correcting the key hides "Save anyway" again.
    QTest::keyClick(WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")), Qt::Key_Backspace);
    QVERIFY(!button(w.get(), "storeAnywayButton")->isVisible());
}

void TestKeyPage::closingTheKeychainPromptIsSaidAsSuch()
{
    auto w = m_fx.makeWindow(false);
    QTRY_VERIFY(w->controller()->keys()->state() == KeyController::State::Missing);
    m_fx.store().setFailure(SecretError::Cancelled);
    QTest::keyClicks(WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")),
                     WindowFixture::goodKey());
    QTest::mouseClick(button(w.get(), "storeKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!status(w.get())->text().isEmpty());
    const QString text = status(w.get())->text();
    QVERIFY2(text.contains(QStringLiteral("prompt was closed")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("no keychain"), Qt::CaseInsensitive), qPrintable(text));
    // Saving again asks again; going on without storing is offered too.
    QVERIFY(button(w.get(), "storeKeyButton")->isEnabled());
    QVERIFY(button(w.get(), "sessionKeyButton")->isVisible());
    m_fx.store().setFailure(SecretError::None);
    QTest::mouseClick(button(w.get(), "storeKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    QCOMPARE(storedKey(m_fx.store()), WindowFixture::goodKey());
}

void TestKeyPage::keychainErrorsAreNotWrappedTwice()
{
    auto w = m_fx.makeWindow(false);
    QTRY_VERIFY(w->controller()->keys()->state() == KeyController::State::Missing);
    m_fx.store().setFailure(SecretError::Other);
    QTest::keyClicks(WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit")),
                     WindowFixture::goodKey());
    QTest::mouseClick(button(w.get(), "storeKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!status(w.get())->text().isEmpty());
    const QString text = status(w.get())->text();
    QCOMPARE(text.count(QStringLiteral("keychain reported")), 1);
}

void TestKeyPage::showTheKeyEyeIsVisibleWithoutAnIconTheme()
{
    QIcon::setThemeName(QString()); // as on Windows, macOS and a bare Linux desktop
    auto w = m_fx.makeWindow(false);
    QTRY_VERIFY(WindowFixture::onKeyPage(w.get()));
    auto *edit = WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit"));
    auto *reveal = edit->findChild<QAction *>(QStringLiteral("revealKeyAction"));
    QVERIFY(reveal);
    QVERIFY(!reveal->icon().isNull());
    QVERIFY(!reveal->icon().pixmap(16, 16).isNull());
    // The line edit draws the action as a tool button; it must be on screen and say what it does.
    QToolButton *eye = nullptr;
    for (QToolButton *b : edit->findChildren<QToolButton *>()) {
        if (b->defaultAction() == reveal)
            eye = b;
    }
    QVERIFY(eye && eye->isVisible());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(eye, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(reveal->text(), QStringLiteral("Hide the key"));
    QTest::mouseClick(eye, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestKeyPage)
#include "tst_keypage.moc"
