// bench_gui: benchmark 5, the desktop window (run it with QT_QPA_PLATFORM=offscreen).
//   --startup [--demo]   ms from process start to the first painted MainWindow, then exits
//   --responsiveness     the longest gap of a 5 ms QTimer in the GUI thread while the real window runs a
//                        100,000-call extraction (the imitation server on its own thread)
//   --preview FILE       time and memory to open a large staged CSV (or .jsonl) in StagedFileModel (shown in
//   a
//                        QTableView), then to sort it by a text and a number column and to filter it, with
//                        the longest GUI-thread block meanwhile; the file is generated first when it does not
//                        exist (--rows, default 1,000,000)
// Prints "RESULT <key> <value>" lines for scripts/bench.

#include "BenchServer.h"

#include "api/EndpointCatalogue.h"
#include "config/MemorySecretStore.h"
#include "controller/MainController.h"
#include "controller/RunController.h"
#include "export/EndpointFile.h"
#include "imitation/ImitationDataset.h"
#include "models/StagedFileModel.h"
#include "widgets/MainWindow.h"
#include "widgets/PreviewPanel.h"

#include "BenchOutput.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace callrail;
using namespace callrail::bench;

namespace {

/// Milliseconds since this process was started (from /proc/self/stat, in clock ticks since boot).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'; starttime is field 22.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

/// A /proc/self/status figure in MB (VmRSS, VmHWM).
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Calls `done` once, after the first paint event of `window` (or of one of its children) was handled.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> done)
        : m_window(window)
        , m_done(std::move(done))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            qApp->removeEventFilter(this);
            // After the whole paint pass (all widgets of this expose) has run.
            QTimer::singleShot(0, qApp, m_done);
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_done;
    bool m_seen = false;
};

int startup(bool demo)
{
    const auto settingsDir = std::make_unique<QTemporaryDir>();
    QSettings settings(settingsDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore store;
    auto *window = new MainWindow(&store, &settings, !demo);
    if (demo)
        window->controller()->startDemo();
    FirstPaint paint(window, [] {
        const double ms = msSinceProcessStart();
        std::printf("[5] first paint %.0f ms after process start\n", ms);
        printResult("gui_first_paint_ms", ms);
        QApplication::exit(0);
    });
    window->show();
    QTimer::singleShot(30'000, qApp, [] { QApplication::exit(2); });
    const int code = QApplication::exec();
    delete window;
    return code;
}

int responsiveness(qint64 calls)
{
    DatasetConfig config;
    config.calls = calls;
    config.formSubmissions = 20'000;
    config.conversations = 10'000;
    config.companies = 25;
    config.spanDays = 365;
    BenchServer server(config);

    const auto settingsDir = std::make_unique<QTemporaryDir>();
    QSettings settings(settingsDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore store;
    MainWindow window(&store, &settings, false);
    window.resize(1280, 760);
    window.show();

    ExtractionOptions options = server.wholeDataSetOptions();
    options.budget.hourly = 100'000;
    options.budget.daily = 1'000'000;

    RunController *run = window.controller()->run();
    QElapsedTimer clock;
    qint64 last = -1, longest = 0, longestWhileRunning = 0, ticks = 0;
    bool finished = false;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        if (last >= 0) {
            longest = std::max(longest, now - last);
            if (!finished)
                longestWhileRunning = std::max(longestWhileRunning, now - last);
            if (now - last > 30 && qEnvironmentVariableIsSet("BENCH_GUI_TRACE"))
                std::fprintf(stderr, "gap of %lld ms ending at %lld ms (running: %d)\n", now - last, now,
                             int(run->isRunning()));
        }
        last = now;
        ++ticks;
    });
    QObject::connect(run, &RunController::runningChanged, &window, [&](bool running) {
        if (!running && !finished) {
            finished = true;
            if (qEnvironmentVariableIsSet("BENCH_GUI_TRACE")) {
                // Attribution: the window reloads every preview tab when a run ends; time it once more.
                QTimer::singleShot(500, &window, [&window] {
                    QElapsedTimer t;
                    t.start();
                    window.previewPanel()->reload();
                    std::fprintf(stderr, "PreviewPanel::reload() again: %lld ms\n", t.elapsed());
                });
            }
            // Keep ticking a little: the end of a run opens the preview tabs.
            QTimer::singleShot(1500, qApp, [] { QApplication::exit(0); });
        }
    });
    QTimer::singleShot(100, &window, [&] {
        clock.start();
        ticker.start();
        if (!run->start(options)) {
            std::fprintf(stderr, "bench: the run did not start\n");
            QApplication::exit(3);
        }
    });
    QTimer::singleShot(15 * 60'000, qApp, [] { QApplication::exit(4); });
    const int code = QApplication::exec();
    const bool complete = run->lastSummary().allComplete();
    std::printf("[5] %lld-call extraction in the window: %.1f s, %lld records, complete %s; longest gap of a "
                "5 ms timer in the GUI thread %lld ms (%lld ticks)\n",
                calls, clock.elapsed() / 1000.0, run->lastSummary().records(), complete ? "yes" : "NO",
                longest, ticks);
    printResult("gui_run_complete", complete ? 1 : 0);
    std::printf("[5] longest gap while the run was going: %lld ms (the rest is the end of the run)\n",
                longestWhileRunning);
    printResult("gui_longest_block_ms", double(longest));
    printResult("gui_longest_block_running_ms", double(longestWhileRunning));
    return code;
}

bool isJsonLines(const QString &path)
{
    return path.endsWith(QStringLiteral(".jsonl"));
}

/// A staged calls file as an extraction writes it: JSON Lines when the name ends in .jsonl, CSV otherwise.
bool generateCalls(const QString &path, qint64 rows)
{
    std::printf("generating %lld calls into %s …\n", rows, qPrintable(path));
    const EndpointSpec *spec = EndpointCatalogue::find(QStringLiteral("calls"));
    DatasetConfig config;
    config.calls = rows;
    ImitationDataset dataset(config);
    const QString account = dataset.accountIds().first();
    ExportOptions options;
    options.format = isJsonLines(path) ? OutputFormat::JsonLines : OutputFormat::Csv;
    EndpointFile file(path, spec->columns({}), options);
    QString error;
    if (!file.open(&error))
        return false;
    QList<QJsonObject> page;
    for (qint64 i = 0; i < rows; ++i) {
        page.append(dataset.record(QStringLiteral("calls"), account, i));
        if (page.size() == 250 || i + 1 == rows) {
            if (!file.writePage(page, &error))
                return false;
            page.clear();
        }
    }
    return file.commit(&error);
}

/// The longest gap between the ticks of a 5 ms timer in the GUI thread: how long the window could not react.
class GuiBlockMeter
{
public:
    GuiBlockMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(5);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            const qint64 now = m_clock.elapsed();
            if (m_last >= 0)
                m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_last = -1;
        m_clock.start();
        m_ticker.start();
    }
    /// The longest gap since start().
    qint64 stop()
    {
        m_ticker.stop();
        return m_longest;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longest = 0;
};

/// Runs one sort or filter of the preview as a click or the search box does, and waits until its rows are
/// shown (the model's signal, then the repaint). Returns the milliseconds it took; `block` gets the longest
/// GUI-thread block meanwhile.
template <typename Signal>
double timeRequest(StagedFileModel &model, QTableView &view, Signal finished,
                   const std::function<void()> &ask, qint64 *block)
{
    GuiBlockMeter meter;
    QEventLoop loop;
    const QMetaObject::Connection done = QObject::connect(&model, finished, &loop, &QEventLoop::quit);
    meter.start();
    QElapsedTimer timer;
    timer.start();
    ask();
    if (model.isBusy())
        loop.exec();
    view.viewport()->repaint();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    // A few more ticks, so that a block at the very end (applying the result) is counted too.
    QTimer::singleShot(30, &loop, &QEventLoop::quit);
    loop.exec();
    *block = meter.stop();
    QObject::disconnect(done);
    return ms;
}

int preview(const QString &path, qint64 rows)
{
    if (!QFileInfo::exists(path) && !generateCalls(path, rows))
        return 1;
    const double rssBefore = statusMb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    StagedFileModel model;
    QString error;
    const bool json = isJsonLines(path);
    const QStringList jsonColumns = EndpointCatalogue::find(QStringLiteral("calls"))->columns({});
    if (!model.open(path, json ? StagedFileModel::Format::JsonLines : StagedFileModel::Format::Csv,
                    jsonColumns, &error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    QTableView view;
    view.resize(1200, 700);
    view.setModel(&model);
    // Sorted by a click, as in the window: no sort until then (the indicator's default is column 0).
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    double openMs = -1;
    FirstPaint paint(&view, [&] {
        openMs = double(timer.elapsed());
        QApplication::exit(0);
    });
    view.show();
    QApplication::exec();
    // Scroll to the end, as a user checking the last rows would.
    view.scrollToBottom();
    QApplication::processEvents();
    const double rssAfter = statusMb("VmRSS:");
    std::printf("[5] preview of %lld rows (%.0f MB file): shown in %.0f ms; resident %.0f MB -> %.0f MB "
                "(+%.0f MB)\n",
                model.totalRows(), QFileInfo(path).size() / 1e6, openMs, rssBefore, rssAfter,
                rssAfter - rssBefore);
    printResult("preview_rows", double(model.totalRows()));
    printResult("preview_open_ms", openMs);
    printResult("preview_added_mb", rssAfter - rssBefore);

    // Sort and filter as the user does: a click on a text header, on a number header, then a filter.
    const int cityColumn = int(model.columns().indexOf(QStringLiteral("customer_city")));
    const int durationColumn = int(model.columns().indexOf(QStringLiteral("duration")));
    if (cityColumn < 0 || durationColumn < 0) {
        std::fprintf(stderr, "bench: %s has no customer_city or duration column\n", qPrintable(path));
        return 1;
    }
    view.scrollToTop();
    const QString city = model.index(0, cityColumn).data().toString();
    qint64 textBlock = 0, numberBlock = 0, filterBlock = 0, againBlock = 0;
    const double sortTextMs = timeRequest(
        model, view, &StagedFileModel::sortFinished,
        [&] { view.sortByColumn(cityColumn, Qt::AscendingOrder); }, &textBlock);
    const double sortNumberMs = timeRequest(
        model, view, &StagedFileModel::sortFinished,
        [&] { view.sortByColumn(durationColumn, Qt::DescendingOrder); }, &numberBlock);
    const double filterMs = timeRequest(
        model, view, &StagedFileModel::filterFinished, [&] { model.setFilterText(city); }, &filterBlock);
    const int filterRows = model.rowCount();
    // A column sorted before, the other way, on the filtered rows: its order is kept, only rows are placed.
    const double againMs = timeRequest(
        model, view, &StagedFileModel::sortFinished,
        [&] { view.sortByColumn(cityColumn, Qt::DescendingOrder); }, &againBlock);
    // The first letter typed: nearly every row holds an "a", so every row's cells are read and checked.
    qint64 broadBlock = 0;
    const double broadMs = timeRequest(
        model, view, &StagedFileModel::filterFinished, [&] { model.setFilterText(QStringLiteral("a")); },
        &broadBlock);
    const int broadRows = model.rowCount();
    const qint64 longestBlock = std::max({textBlock, numberBlock, filterBlock, againBlock, broadBlock});
    const double hwm = statusMb("VmHWM:");
    std::printf(
        "[5] sort by customer_city %.0f ms (GUI block %lld ms), by duration %.0f ms (%lld ms), filter "
        "\"%s\" %.0f ms (%lld ms, %d rows), customer_city again on them %.0f ms (%lld ms); peak %.0f MB\n",
        sortTextMs, textBlock, sortNumberMs, numberBlock, qPrintable(city), filterMs, filterBlock, filterRows,
        againMs, againBlock, hwm);
    printResult("preview_sort_text_ms", sortTextMs);
    printResult("preview_sort_number_ms", sortNumberMs);
    printResult("preview_filter_ms", filterMs);
    std::printf("[5] filter \"a\" %.0f ms (GUI block %lld ms, %d rows)\n", broadMs, broadBlock, broadRows);
    printResult("preview_sort_again_ms", againMs);
    printResult("preview_filter_broad_ms", broadMs);
    printResult("preview_gui_block_ms", double(longestBlock));
    printResult("preview_peak_mb", hwm);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The figures, not the product's own log lines (which would also cost time on the terminal).
    QLoggingCategory::setFilterRules(QStringLiteral("callrail.*.debug=false\ncallrail.*.info=false"));
    QApplication::setApplicationName(QStringLiteral("callrail-bench-gui"));
    QStandardPaths::setTestModeEnabled(true); // staging and caches in throwaway test locations
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption startupOpt(QStringLiteral("startup"), QStringLiteral("Measure the first paint"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Start on the demo data"));
    const QCommandLineOption respOpt(QStringLiteral("responsiveness"),
                                     QStringLiteral("Longest GUI block during an extraction"));
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls"), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption previewOpt(QStringLiteral("preview"), QStringLiteral("Open a staged CSV"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows to generate"),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({startupOpt, demoOpt, respOpt, callsOpt, previewOpt, rowsOpt});
    parser.process(app);
    if (parser.isSet(startupOpt))
        return startup(parser.isSet(demoOpt));
    if (parser.isSet(respOpt))
        return responsiveness(parser.value(callsOpt).toLongLong());
    if (parser.isSet(previewOpt))
        return preview(parser.value(previewOpt), parser.value(rowsOpt).toLongLong());
    parser.showHelp(1);
}
