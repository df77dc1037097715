// A report's choices in the window: the Fields… button of a summary picks its groupings, that of a time
// series its interval; the run asks for what was picked, and the choice is remembered.
#include "WindowFixture.h"

#include "controller/MainController.h"
#include "models/EndpointSelectionModel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace callrail;
using namespace callrail::test;

namespace {

/// Selects `endpoint`'s row, clicks Fields…, and has `answer` work the dialog that opens (then OK).
template <typename Answer>
bool pickWithFieldsButton(MainWindow *window, const QString &endpoint, Answer answer)
{
    auto *table = WindowFixture::find<QTableView>(window, QStringLiteral("endpointList"));
    auto *button = WindowFixture::find<QPushButton>(window, QStringLiteral("fieldsButton"));
    const int row = window->controller()->selection()->rowOf(endpoint);
    table->setCurrentIndex(table->model()->index(row, EndpointSelectionModel::NameColumn));
    if (!button->isEnabled())
        return false;
    bool answered = false;
    QTimer::singleShot(0, window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("fieldList"));
        answer(dialog, list);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    button->click();
    return answered;
}

QListWidgetItem *itemNamed(QListWidget *list, const QString &name)
{
    const auto found = list->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestReportChoices : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }
    void fieldsButtonPicksGroupingsAndAnInterval();

private:
    WindowFixture m_fx;
};

void TestReportChoices::fieldsButtonPicksGroupingsAndAnInterval()
{
    auto w = m_fx.makeWindow(true);
    QTRY_VERIFY(!WindowFixture::onKeyPage(w.get()));
    QVERIFY(WindowFixture::choose(w.get(),
                                  {QStringLiteral("calls_summary"), QStringLiteral("calls_timeseries")}));

    // The summary offers its groupings, its defaults ticked; keep campaign and company.
    QStringList offered;
    QVERIFY(pickWithFieldsButton(
        w.get(), QStringLiteral("calls_summary"), [&](QDialog *dialog, QListWidget *list) {
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Groupings")));
            QCOMPARE(list->accessibleName(), QStringLiteral("Groupings"));
            for (int i = 0; i < list->count(); ++i) {
                offered << list->item(i)->text();
                const bool keep = list->item(i)->text() == QLatin1String("campaign") ||
                                  list->item(i)->text() == QLatin1String("company");
                list->item(i)->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
            }
        }));
    QCOMPARE(offered.size(), 7);
    // The time series offers one interval at a time: ticking week unticks day.
    QVERIFY(
        pickWithFieldsButton(w.get(), QStringLiteral("calls_timeseries"), [&](QDialog *, QListWidget *list) {
            QCOMPARE(itemNamed(list, QStringLiteral("day"))->checkState(), Qt::Checked);
            itemNamed(list, QStringLiteral("week"))->setCheckState(Qt::Checked);
            QCOMPARE(itemNamed(list, QStringLiteral("day"))->checkState(), Qt::Unchecked);
        }));
    // The table says what was picked.
    EndpointSelectionModel *selection = w->controller()->selection();
    const auto cell = [&](const QString &endpoint) {
        return selection->index(selection->rowOf(endpoint), EndpointSelectionModel::FieldsColumn)
            .data()
            .toString();
    };
    QCOMPARE(cell(QStringLiteral("calls_timeseries")), QStringLiteral("by week"));
    QCOMPARE(cell(QStringLiteral("calls_summary")), QStringLiteral("2 of 7"));

    // The run asks for exactly that.
    m_fx.server().resetCounters();
    QVERIFY(WindowFixture::startAndWait(w.get()));
    QStringList groupings, intervals;
    for (const RequestRecord &r : m_fx.server().requestLog()) {
        const QUrlQuery query(r.query);
        if (r.endpoint == QLatin1String("calls_summary"))
            groupings << query.queryItemValue(QStringLiteral("group_by"));
        if (r.endpoint == QLatin1String("calls_timeseries"))
            intervals << query.queryItemValue(QStringLiteral("interval"));
    }
    QCOMPARE(groupings, (QStringList{QStringLiteral("campaign"), QStringLiteral("company")}));
    QVERIFY(!intervals.isEmpty());
    for (const QString &interval : std::as_const(intervals))
        QCOMPARE(interval, QStringLiteral("week"));

    // And the next start of the window remembers it.
    w.reset();
    auto again = m_fx.makeWindow(true);
    QCOMPARE(again->controller()->selection()->fields(QStringLiteral("calls_timeseries")),
             QStringList{QStringLiteral("week")});
    QCOMPARE(again->controller()->selection()->fields(QStringLiteral("calls_summary")),
             (QStringList{QStringLiteral("campaign"), QStringLiteral("company")}));
}

QTEST_MAIN(TestReportChoices)
#include "tst_reportchoices.moc"
