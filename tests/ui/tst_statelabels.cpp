// Every label that tells a state reaches a screen reader: walked through QAccessible, as an assistive
// technology reads the window, in each state an analyst meets (a key tested good and bad, a run, its end, the
// preview, a problem with the dates). A label with a fixed accessible name ("Key status") must carry its
// text in its description; one without a name of its own is read by its text.

#include "WindowFixture.h"

#include "config/DateWindow.h"
#include "controller/MainController.h"
#include "widgets/MainWindow.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>

using namespace callrail;
using test::WindowFixture;

namespace {

/// What a person reads on the label, as plain text (a mnemonic's & and rich text's tags are not read).
QString readText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.simplified();
}

/// The labels on screen whose text a screen reader would not hear, with what it hears instead.
QStringList unheardLabels(QWidget *root)
{
    QStringList unheard;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString shown = readText(label);
        if (shown.isEmpty() || !label->isVisibleTo(root))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(label);
        const QString name = face ? face->text(QAccessible::Name).simplified() : QString();
        const QString description = face ? face->text(QAccessible::Description).simplified() : QString();
        if (!name.contains(shown) && !description.contains(shown))
            unheard << QStringLiteral("%1 shows \"%2\" but is read as \"%3\" / \"%4\"")
                           .arg(label->objectName(), shown, name, description);
    }
    return unheard;
}

} // namespace

class TestStateLabels : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }

    void theKeyTestsVerdictIsHeard();
    void everyStateLabelIsHeardThroughARun();

private:
    WindowFixture m_fx;
};

void TestStateLabels::theKeyTestsVerdictIsHeard()
{
    auto w = m_fx.makeWindow(false);
    QTRY_VERIFY(WindowFixture::onKeyPage(w.get()));
    auto *edit = WindowFixture::find<QLineEdit>(w.get(), QStringLiteral("apiKeyEdit"));
    auto *test = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("testKeyButton"));
    auto *status = WindowFixture::find<QLabel>(w.get(), QStringLiteral("keyStatusLabel"));
    QVERIFY(edit && test && status);
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(status);
    QVERIFY(face);

    QTest::keyClicks(edit, QStringLiteral("not-a-key-0000000000000000"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("rejected")), 10'000);
    QCOMPARE(face->text(QAccessible::Name), QStringLiteral("Key status"));
    QCOMPARE(face->text(QAccessible::Description), status->text());
    QVERIFY2(unheardLabels(w.get()).isEmpty(), qPrintable(unheardLabels(w.get()).join(QLatin1Char('\n'))));

    edit->clear();
    QTest::keyClicks(edit, WindowFixture::goodKey());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("The key works")), 10'000);
    QCOMPARE(face->text(QAccessible::Description), status->text());
    QVERIFY2(unheardLabels(w.get()).isEmpty(), qPrintable(unheardLabels(w.get()).join(QLatin1Char('\n'))));
}

void TestStateLabels::everyStateLabelIsHeardThroughARun()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    const auto check = [&w](const char *state) {
        const QStringList unheard = unheardLabels(w.get());
        if (!unheard.isEmpty())
            qWarning("%s:\n%s", state, qPrintable(unheard.join(QLatin1Char('\n'))));
        return unheard.isEmpty();
    };
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("calls")}));
    QTRY_VERIFY(!WindowFixture::find<QLabel>(w.get(), QStringLiteral("estimateLabel"))->text().isEmpty());
    QVERIFY(check("ready to start"));

    QVERIFY(WindowFixture::startAndWait(w.get()));
    QVERIFY(check("after the run"));

    auto *tabs = WindowFixture::find<QTabWidget>(w.get(), QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->count() - 1); // the preview
    QTest::qWait(100);
    QVERIFY(check("previewing"));

    DateWindow wrong;
    wrong.preset = DatePreset::Custom;
    wrong.customStart = QDate::currentDate().addDays(-3);
    wrong.customEnd = QDate::currentDate().addDays(-10);
    w->controller()->setDateWindow(wrong);
    QTRY_VERIFY(WindowFixture::find<QLabel>(w.get(), QStringLiteral("dateProblemLabel"))->isVisible());
    QVERIFY(check("dates in the wrong order"));
}

QTEST_MAIN(TestStateLabels)
#include "tst_statelabels.moc"
