// The preview of a staged file: sort and filter give the right rows in the right order (numbers as numbers,
// text ignoring case and accents, ties in file order, both directions, filter and sort together, JSON Lines
// as CSV), run off the GUI thread for large files with a newer request cancelling an older one, show the
// values CallRail sent rather than the Excel-safe escapes, and the tab's widgets neither widen the window nor
// hide their features (the Columns… button).

#include "export/CsvWriter.h"
#include "models/StagedFileModel.h"
#include "widgets/PreviewTab.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace callrail;

namespace {

constexpr int kWaitMs = 60'000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A CSV file as the export writes it (Excel-safe), from rows of cells; the first row is the header.
QByteArray exportedCsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        CsvWriter::appendRow(text, row, true);
    return text.toUtf8();
}

QStringList column(const StagedFileModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

QList<qint64> fileRows(const StagedFileModel &model)
{
    QList<qint64> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.fileRowAt(row));
    return rows;
}

/// Rows with every case of a sort: numbers of different lengths, equal values, text in mixed case and with
/// accents, numbers inside text, empty cells.
QList<QStringList> sortSample()
{
    const QStringList cities{QStringLiteral("berlin"),  QStringLiteral("Zürich"), QStringLiteral("Atlanta"),
                             QStringLiteral("zebra"),   QStringLiteral("Berlin"), QString(),
                             QStringLiteral("atlanta"), QStringLiteral("Zurich")};
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("duration"), QStringLiteral("city"),
                             QStringLiteral("tracker")}};
    for (int i = 0; i < 40; ++i) {
        rows.append({QStringLiteral("CAL%1").arg(i), QString::number((i * 37) % 11 * (i % 3 == 0 ? 100 : 1)),
                     cities[i % cities.size()], QStringLiteral("TRK%1").arg(i % 12)});
    }
    return rows;
}

/// Many rows, so that sorting and filtering run on the thread pool (a file above kInlineBytes).
QByteArray largeCsv(int rows)
{
    QByteArray bytes = "id,duration,city,note\r\n";
    bytes.reserve(rows * 64);
    for (int i = 0; i < rows; ++i) {
        bytes += "CAL" + QByteArray::number(i).rightJustified(7, '0') + ',' +
                 QByteArray::number((i * 7919) % 3600) + ",City " + QByteArray::number(i % 97) + ",\"note, " +
                 QByteArray::number(i % 1000) + "\"\r\n";
    }
    return bytes;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortsNumbersAsNumbers();
    void sortsTextIgnoringCaseWithTiesInFileOrder();
    void filtersAndSortsTogether();
    void jsonLinesSortAndFilterLikeCsv();
    void showsTheValuesCallRailSent();
    void largeFileSortsOffTheGuiThread();
    void largeJsonLinesFileSortsAndFiltersInTheBackground();
    void newerRequestCancelsOlder();
    void countLabelDoesNotWidenTheWindow();
    void columnsButtonHidesAndShowsColumns();

private:
    QTemporaryDir m_dir;
    QString m_large;
    static constexpr int kLargeRows = 200'000;
};

void TestPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_large = m_dir.filePath(QStringLiteral("large.csv"));
    const QByteArray bytes = largeCsv(kLargeRows);
    QVERIFY(bytes.size() > StagedFileModel::kInlineBytes);
    QVERIFY(writeFile(m_large, bytes));
}

void TestPreview::sortsNumbersAsNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("numbers.csv"));
    QVERIFY(writeFile(path, exportedCsv(sortSample())));
    StagedFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(path, StagedFileModel::Format::Csv));
    model.sort(1, Qt::AscendingOrder);
    QVERIFY(!model.isBusy()); // a small file is sorted at once
    QList<int> durations;
    for (const QString &cell : column(model, 1))
        durations.append(cell.toInt());
    QVERIFY2(std::is_sorted(durations.begin(), durations.end()), "900 after 9, not between 8 and 9");
    // Equal durations keep their file order, ascending and descending.
    const QList<qint64> ascending = fileRows(model);
    for (int row = 1; row < model.rowCount(); ++row) {
        if (durations[row] == durations[row - 1])
            QVERIFY(ascending[row] > ascending[row - 1]);
    }
    model.sort(1, Qt::DescendingOrder);
    QList<int> descending;
    for (const QString &cell : column(model, 1))
        descending.append(cell.toInt());
    QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));
    const QList<qint64> descendingRows = fileRows(model);
    for (int row = 1; row < model.rowCount(); ++row) {
        if (descending[row] == descending[row - 1])
            QVERIFY(descendingRows[row] > descendingRows[row - 1]);
    }
    // Back to the file's order.
    model.sort(-1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CAL0"));
    QCOMPARE(model.index(39, 0).data().toString(), QStringLiteral("CAL39"));
}

void TestPreview::sortsTextIgnoringCaseWithTiesInFileOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("text.csv"));
    QVERIFY(writeFile(path, exportedCsv(sortSample())));
    StagedFileModel model;
    QVERIFY(model.open(path, StagedFileModel::Format::Csv));
    model.sort(2, Qt::AscendingOrder);
    QStringList cities = column(model, 2);
    cities.removeDuplicates();
    // Empty first; case and accents ignored, so "Zürich" and "Zurich" tie and keep the file's order.
    QCOMPARE(cities, QStringList({QString(), QStringLiteral("Atlanta"), QStringLiteral("atlanta"),
                                  QStringLiteral("berlin"), QStringLiteral("Berlin"), QStringLiteral("zebra"),
                                  QStringLiteral("Zürich"), QStringLiteral("Zurich")}));
    const QList<qint64> rows = fileRows(model);
    const QStringList shown = column(model, 2);
    for (int row = 1; row < model.rowCount(); ++row) {
        if (shown[row].compare(shown[row - 1], Qt::CaseInsensitive) == 0)
            QVERIFY2(rows[row] > rows[row - 1], "ties stay in file order");
    }
    // Text that is not all numbers sorts by its characters, as ids must (TRK10 before TRK2).
    model.sort(3, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("TRK9"));
    QCOMPARE(model.index(model.rowCount() - 1, 3).data().toString(), QStringLiteral("TRK0"));
    const QStringList trackers = column(model, 3);
    QVERIFY(trackers.indexOf(QStringLiteral("TRK2")) < trackers.indexOf(QStringLiteral("TRK10")));
    // The first rows of a descending tie are the earliest in the file.
    QCOMPARE(model.fileRowAt(0), qint64(9));
}

void TestPreview::filtersAndSortsTogether()
{
    const QString path = m_dir.filePath(QStringLiteral("both.csv"));
    QVERIFY(writeFile(path, exportedCsv(sortSample())));
    StagedFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(path, StagedFileModel::Format::Csv));
    model.setFilterText(QStringLiteral("  BERLIN "));
    QCOMPARE(model.filterText(), QStringLiteral("BERLIN"));
    QCOMPARE(model.rowCount(), 10);
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 10);
    QList<int> durations;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 2).data().toString().toLower(), QStringLiteral("berlin"));
        durations.append(model.index(row, 1).data().toInt());
    }
    QVERIFY(std::is_sorted(durations.rbegin(), durations.rend()));
    // Another filter keeps the sort.
    model.setFilterText(QStringLiteral("TRK1"));
    QCOMPARE(model.rowCount(), 3 * 3 + 1); // TRK1, TRK10, TRK11 of 40 rows
    durations.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        durations.append(model.index(row, 1).data().toInt());
    QVERIFY(std::is_sorted(durations.rbegin(), durations.rend()));
    model.setFilterText(QStringLiteral("no such text"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 40);
}

void TestPreview::jsonLinesSortAndFilterLikeCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("calls.jsonl"));
    QByteArray bytes;
    for (int i = 0; i < 30; ++i) {
        const QJsonObject call{
            {QStringLiteral("id"), QStringLiteral("CAL%1").arg(i)},
            {QStringLiteral("duration"), (i * 7) % 10},
            {QStringLiteral("customer_name"),
             i % 2 ? QStringLiteral("Zoë \"Z\" Müller") : QStringLiteral("ann lee")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("new"), QStringLiteral("vip")}}};
        bytes += QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n';
    }
    QVERIFY(writeFile(path, bytes));
    StagedFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(path, StagedFileModel::Format::JsonLines,
                       {QStringLiteral("id"), QStringLiteral("duration"), QStringLiteral("customer_name"),
                        QStringLiteral("tags")}));
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(29, 1).data().toString(), QStringLiteral("9"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CAL0"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("CAL10")); // a tie, in file order
    // The filter sees the shown (flattened, unescaped) values, not the JSON text.
    model.setFilterText(QStringLiteral("\"z\" MÜLLER"));
    QCOMPARE(model.rowCount(), 15);
    model.setFilterText(QStringLiteral("new; vip"));
    QCOMPARE(model.rowCount(), 30);
    model.setFilterText(QStringLiteral("customer_name")); // a key, not a value
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QStringLiteral("ann"));
    QCOMPARE(model.rowCount(), 15);
    model.sort(2, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("ann lee"));
}

void TestPreview::showsTheValuesCallRailSent()
{
    const QStringList sent{QStringLiteral("+1 555 0100"),
                           QStringLiteral("=1+1"),
                           QStringLiteral("-2+3"),
                           QStringLiteral("@cmd"),
                           QStringLiteral("+14045550123"),
                           QStringLiteral("-12.5"),
                           QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                           QStringLiteral("plain")};
    QList<QStringList> rows{{QStringLiteral("value")}};
    for (const QString &value : sent)
        rows.append({value});
    const QByteArray bytes = exportedCsv(rows);
    QVERIFY2(bytes.contains("'+1 555 0100") && bytes.contains("'=1+1"), "the export guards them");
    const QString path = m_dir.filePath(QStringLiteral("guarded.csv"));
    QVERIFY(writeFile(path, bytes));
    StagedFileModel model;
    QVERIFY(model.open(path, StagedFileModel::Format::Csv));
    QCOMPARE(column(model, 0), sent);
    // Filtering and sorting see the same values.
    model.setFilterText(QStringLiteral("=1"));
    QCOMPARE(column(model, 0), QStringList{QStringLiteral("=1+1")});
    model.setFilterText(QStringLiteral("'"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("+1 555 0100"));
}

void TestPreview::largeFileSortsOffTheGuiThread()
{
    StagedFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(m_large, StagedFileModel::Format::Csv));
    QCOMPARE(model.rowCount(), kLargeRows);
    QSignalSpy activity(&model, &StagedFileModel::activityChanged);
    QSignalSpy sorted(&model, &StagedFileModel::sortFinished);
    // The event loop keeps turning while the sort runs: a timer ticks, the rows shown stay readable.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        QVERIFY(!model.index(ticks % 100, 0).data().toString().isEmpty());
    });
    ticker.start();
    model.sort(1, Qt::DescendingOrder);
    QVERIFY2(model.isBusy(), "a large file is sorted on the thread pool");
    QCOMPARE(model.activity(), StagedFileModel::Activity::Sorting);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CAL0000000")); // still the file's order
    QVERIFY(sorted.wait(kWaitMs));
    ticker.stop();
    QVERIFY(!model.isBusy());
    QCOMPARE(activity.count(), 2); // Sorting, then Idle
    QVERIFY2(ticks >= 1, qPrintable(QString::number(ticks)));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("3599"));
    QCOMPARE(model.index(kLargeRows - 1, 1).data().toString(), QStringLiteral("0"));
    // Filtering the sorted rows runs in the background too, and keeps the order.
    QSignalSpy filtered(&model, &StagedFileModel::filterFinished);
    model.setFilterText(QStringLiteral("city 42"));
    QCOMPARE(model.activity(), StagedFileModel::Activity::Filtering);
    QVERIFY(filtered.wait(kWaitMs));
    const int expected = kLargeRows / 97 + (kLargeRows % 97 > 42 ? 1 : 0);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 1).data().toInt() <= model.index(row - 1, 1).data().toInt());
}

void TestPreview::largeJsonLinesFileSortsAndFiltersInTheBackground()
{
    const QString path = m_dir.filePath(QStringLiteral("large.jsonl"));
    QByteArray bytes;
    const int rows = 20'000;
    for (int i = 0; i < rows; ++i) {
        const QJsonObject call{
            {QStringLiteral("id"), QStringLiteral("CAL%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("duration"), (i * 7919) % 3600},
            {QStringLiteral("note"), QStringLiteral("said \"hello\"; city %1").arg(i % 97)}};
        bytes += QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n';
    }
    QVERIFY(bytes.size() > StagedFileModel::kInlineBytes);
    QVERIFY(writeFile(path, bytes));
    StagedFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.open(path, StagedFileModel::Format::JsonLines,
                       {QStringLiteral("id"), QStringLiteral("duration"), QStringLiteral("note")}));
    QSignalSpy sorted(&model, &StagedFileModel::sortFinished);
    model.sort(1, Qt::DescendingOrder);
    QVERIFY(model.isBusy());
    QVERIFY(sorted.wait(kWaitMs));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("3599"));
    QSignalSpy filtered(&model, &StagedFileModel::filterFinished);
    model.setFilterText(QStringLiteral("\"HELLO\"; CITY 42"));
    QVERIFY(model.isBusy());
    QVERIFY(filtered.wait(kWaitMs));
    QCOMPARE(model.rowCount(), rows / 97 + (rows % 97 > 42 ? 1 : 0));
    QVERIFY(model.index(0, 2).data().toString().endsWith(QStringLiteral("city 42")));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 1).data().toInt() <= model.index(row - 1, 1).data().toInt());
}

void TestPreview::newerRequestCancelsOlder()
{
    StagedFileModel model;
    QVERIFY(model.open(m_large, StagedFileModel::Format::Csv));
    QList<int> shownCounts;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { shownCounts.append(model.rowCount()); });
    QSignalSpy filtered(&model, &StagedFileModel::filterFinished);
    // Typing quickly: only the last filter's rows are ever shown.
    model.setFilterText(QStringLiteral("c"));
    model.setFilterText(QStringLiteral("ca"));
    model.setFilterText(QStringLiteral("CAL0001234"));
    QVERIFY(filtered.wait(kWaitMs));
    QTRY_VERIFY(!model.isBusy());
    QTest::qWait(50); // a cancelled request's late answer would arrive now
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(shownCounts, QList<int>{1});
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CAL0001234"));
    // Clicking another header before the first sort ends: only the second order is shown.
    model.setFilterText(QString());
    QVERIFY(filtered.wait(kWaitMs));
    QSignalSpy sorted(&model, &StagedFileModel::sortFinished);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(1, Qt::AscendingOrder);
    model.sort(2, Qt::DescendingOrder);
    QVERIFY(sorted.wait(kWaitMs));
    QTest::qWait(50);
    QCOMPARE(sorted.count(), 1);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("City 96"));
}

void TestPreview::countLabelDoesNotWidenTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("partial.csv"));
    QVERIFY(writeFile(path, exportedCsv(sortSample())));
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *tab = new PreviewTab(&window);
    layout->addWidget(tab);
    const QString status =
        QStringLiteral("Failed: Stopped: calls, page 21: the connection to CallRail was lost and retried "
                       "five times without an answer; the 5,000 rows fetched before it are kept. ")
            .repeated(4);
    QString error;
    QVERIFY2(tab->open(path, StagedFileModel::Format::Csv, {}, status, &error), qPrintable(error));
    window.resize(700, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *count = tab->findChild<QLabel *>(QStringLiteral("previewCountLabel"));
    QVERIFY(count);
    QVERIFY(count->text().contains(status));
    QVERIFY(count->fontMetrics().horizontalAdvance(count->text()) > 1500);
    QVERIFY2(tab->minimumSizeHint().width() < 500,
             qPrintable(QString::number(tab->minimumSizeHint().width())));
    QVERIFY2(window.minimumSizeHint().width() < 500,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY2(tab->sizeHint().width() < 1000, qPrintable(QString::number(tab->sizeHint().width())));
    QCOMPARE(window.width(), 700);
    // The whole text for tooltips and assistive tools.
    QVERIFY(count->toolTip().contains(status));
    QVERIFY(count->accessibleDescription().contains(status));
    QVERIFY(!count->accessibleName().isEmpty());
    // The filter box keeps room to be read.
    auto *search = tab->findChild<QLineEdit *>(QStringLiteral("previewSearch"));
    QVERIFY(search->width() >= search->fontMetrics().horizontalAdvance(QStringLiteral("Filter rows")));
}

void TestPreview::columnsButtonHidesAndShowsColumns()
{
    const QString path = m_dir.filePath(QStringLiteral("columns.csv"));
    QVERIFY(writeFile(path, exportedCsv(sortSample())));
    PreviewTab tab;
    QVERIFY(tab.open(path, StagedFileModel::Format::Csv, {}, QString(), nullptr));
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *button = tab.findChild<QToolButton *>(QStringLiteral("previewColumnsButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QMenu *menu = button->menu();
    QVERIFY(menu);
    emit menu->aboutToShow(); // what opening it does
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 4 + 2); // the columns, a separator, "Show all columns"
    QCOMPARE(actions[2]->text(), QStringLiteral("city"));
    QVERIFY(actions[2]->isCheckable() && actions[2]->isChecked());
    actions[2]->setChecked(false);
    QVERIFY(tab.view()->isColumnHidden(2));
    emit menu->aboutToShow();
    QVERIFY(!menu->actions()[2]->isChecked());
    menu->actions().last()->trigger();
    QVERIFY(!tab.view()->isColumnHidden(2));
    // Every interactive widget of the tab can be named by assistive tools.
    for (QWidget *widget :
         {static_cast<QWidget *>(tab.view()), tab.findChild<QWidget *>(QStringLiteral("previewSearch")),
          static_cast<QWidget *>(button), tab.findChild<QWidget *>(QStringLiteral("previewActivityLabel")),
          tab.findChild<QWidget *>(QStringLiteral("previewCountLabel"))}) {
        QVERIFY(widget);
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
