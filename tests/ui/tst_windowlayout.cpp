// What the window looks like where a first real use found it wrong: its width after a failed endpoint, the
// progress table's Details column at the default size, room for the data, and what assistive tools can read.

#include "Translations.h"
#include "WindowFixture.h"
#include "controller/MainController.h"
#include "models/RunProgressModel.h"
#include "widgets/PreviewPanel.h"
#include "widgets/PreviewTab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace callrail;
using test::WindowFixture;

namespace {
const QSize kDefaultSize(1280, 800);

/// The name an assistive tool reads for a widget, through the accessibility interface.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// True when `child` lies wholly inside the window horizontally.
bool fitsHorizontally(QWidget *child, QWidget *window)
{
    const QPoint left = child->mapTo(window, QPoint(0, 0));
    return left.x() >= 0 && left.x() + child->width() <= window->width();
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.setUp()); }
    void cleanup();

    void detailsColumnIsVisibleAtTheDefaultSize();
    void windowKeepsItsWidthAfterAFailedEndpoint();
    void settingsPanelMakesRoomForTheData();
    void frenchKeepsTheDescriptionsInView();
    void everyInteractiveWidgetHasAnAccessibleName();
    void statusMessagesReachAssistiveTools();

private:
    WindowFixture m_fx;
};

void TestWindowLayout::detailsColumnIsVisibleAtTheDefaultSize()
{
    auto w = m_fx.makeWindow(true);
    QCOMPARE(w->size(), kDefaultSize);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    EndpointSelectionModel *selection = w->controller()->selection();
    QStringList everything;
    for (int row = 0; row < selection->rowCount(); ++row)
        everything << selection->endpointAt(row);
    QVERIFY(WindowFixture::choose(w.get(), everything));
    QVERIFY(WindowFixture::startAndWait(w.get()));
    auto *table = WindowFixture::find<QTableView>(w.get(), QStringLiteral("progressTable"));
    QVERIFY(table->isVisible());
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 10);
    // Details, where problems are said in plain words, starts well inside the table and has real width.
    const int detailsX = table->columnViewportPosition(RunProgressModel::DetailsColumn);
    const int visible = table->viewport()->width() - detailsX;
    QVERIFY2(visible >= 200, qPrintable(QStringLiteral("Details shows %1 px").arg(visible)));
    // Every row is shown: the summary under the table is one line and does not squeeze it.
    const int rowsShown = table->viewport()->height() / table->rowHeight(0);
    QVERIFY2(rowsShown >= rows, qPrintable(QStringLiteral("%1 of %2 rows shown").arg(rowsShown).arg(rows)));
    auto *summary = WindowFixture::find<QLabel>(w.get(), QStringLiteral("summaryLabel"));
    QVERIFY(summary->isVisible());
    QVERIFY(!summary->text().contains(QLatin1Char('\n')));
    QVERIFY(summary->height() <= 3 * summary->fontMetrics().lineSpacing());
}

void TestWindowLayout::windowKeepsItsWidthAfterAFailedEndpoint()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("calls")}));
    // The server stops answering calls midway: a long message in plain words ends up beside the rows.
    m_fx.server().dropConnection(QStringLiteral("calls"), 1000);
    QVERIFY(WindowFixture::startAndWait(w.get()));
    QVERIFY(!w->controller()->run()->lastSummary().allComplete());
    QVERIFY(w->showPreview(QStringLiteral("companies")));
    PreviewTab *tab = w->previewPanel()->tab(QStringLiteral("calls"));
    if (tab) {
        w->showPreview(QStringLiteral("calls"));
        QVERIFY(tab->isVisible());
    }
    QTest::qWait(50);
    QCOMPARE(w->width(), kDefaultSize.width());
    QVERIFY2(w->minimumSizeHint().width() <= kDefaultSize.width(),
             qPrintable(QString::number(w->minimumSizeHint().width())));
    auto *save = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("saveButton"));
    QVERIFY(save->isVisible() && fitsHorizontally(save, w.get()));
    // The filter box keeps room to type in.
    const QList<QLineEdit *> searches = w->findChildren<QLineEdit *>(QStringLiteral("previewSearch"));
    for (QLineEdit *search : searches) {
        if (search->isVisible())
            QVERIFY2(search->width() >= 150, qPrintable(QString::number(search->width())));
    }
}

void TestWindowLayout::settingsPanelMakesRoomForTheData()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    auto *split = WindowFixture::find<QSplitter>(w.get(), QStringLiteral("mainSplitter"));
    auto *tabs = WindowFixture::find<QTabWidget>(w.get(), QStringLiteral("mainTabs"));
    auto *toggle = WindowFixture::find<QPushButton>(w.get(), QStringLiteral("settingsToggleButton"));
    QVERIFY(toggle->isVisible() && !accessibleName(toggle).isEmpty());
    const int before = tabs->width();
    QVERIFY(split->sizes().value(0) > 0);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(split->sizes().value(0), 0);
    QVERIFY2(tabs->width() > before + 300,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(tabs->width())));
    QVERIFY(!toggle->isChecked());

    // F9 brings it back at its width.
    QTest::keyClick(w.get(), Qt::Key_F9);
    QTRY_VERIFY(split->sizes().value(0) > 300);
    QVERIFY(toggle->isChecked());
    QCOMPARE(tabs->width(), before);
}

void TestWindowLayout::frenchKeepsTheDescriptionsInView()
{
    // French headers are longer ("Limite d'enregistrements" pushed the descriptions out of view).
    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::France)));
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    auto *list = WindowFixture::find<QTableView>(w.get(), QStringLiteral("endpointList"));
    const int x = list->columnViewportPosition(EndpointSelectionModel::DescriptionColumn);
    const int shown = list->viewport()->width() - x;
    QVERIFY2(shown >= 100, qPrintable(QStringLiteral("descriptions get %1 px").arg(shown)));
    // Wrapped, not cut: every description fits its cell.
    EndpointSelectionModel *selection = w->controller()->selection();
    // The item delegate's text margins, as QCommonStyle draws them.
    const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    for (int row = 0; row < selection->rowCount(); ++row) {
        const QModelIndex index = selection->index(row, EndpointSelectionModel::DescriptionColumn);
        const QRect cell = list->visualRect(index);
        const QRect needed = list->fontMetrics().boundingRect(QRect(0, 0, cell.width() - margins, 1000),
                                                              Qt::TextWordWrap, index.data().toString());
        QVERIFY2(needed.height() <= cell.height(), qPrintable(QStringLiteral("%1: %2x%3 in %4x%5")
                                                                  .arg(index.data().toString())
                                                                  .arg(needed.width())
                                                                  .arg(needed.height())
                                                                  .arg(cell.width())
                                                                  .arg(cell.height())));
    }
}

void TestWindowLayout::cleanup()
{
    // Back to English for the next test.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_fx.tearDown();
}

void TestWindowLayout::everyInteractiveWidgetHasAnAccessibleName()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("companies"), QStringLiteral("tags")}));
    QVERIFY(WindowFixture::startAndWait(w.get()));
    QStringList unnamed;
    const auto check = [&unnamed](QWidget *widget) {
        if (accessibleName(widget).isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
    };
    for (QWidget *widget : w->findChildren<QWidget *>()) {
        // Qt's own parts (scroll bars, the line edit's clear button, a combo box's list) are named by Qt.
        if (widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabWidget *>(widget))
            check(widget);
    }
    // Labels that carry a state.
    for (const char *name : {"keyInfoLabel", "summaryLabel", "timeLabel", "budgetLabel", "budgetWaitLabel",
                             "validationLabel", "estimateLabel", "dateProblemLabel", "previewCountLabel",
                             "keyStatusLabel", "keychainWaitingLabel", "demoBanner", "excelNoteLabel"}) {
        for (QLabel *label : w->findChildren<QLabel *>(QString::fromLatin1(name)))
            check(label);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestWindowLayout::statusMessagesReachAssistiveTools()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(), {QStringLiteral("tags")}));
    QVERIFY(WindowFixture::startAndWait(w.get()));
    const QString shown = w->statusBar()->currentMessage();
    QVERIFY(!shown.isEmpty());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w->statusBar());
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QCOMPARE(iface->text(QAccessible::Description), shown);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
