#include "RunPanel.h"

#include "api/EndpointCatalogue.h"
#include "controller/MainController.h"
#include "models/LogModel.h"
#include "widgets/ProgressBarDelegate.h"
#include "widgets/StateText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace callrail {

namespace {
QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RunPanel::RunPanel(MainController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("runPanel"));
    RunController *run = controller->run();
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Progress per endpoint"));
    m_table->setModel(run->progressModel());
    m_table->setItemDelegateForColumn(RunProgressModel::ProgressColumn,
                                      new ProgressBarDelegate(RunProgressModel::FractionRole, m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // The columns before Details take what their texts need (in the language shown), so that Details, where
    // problems are said in plain words, keeps most of the width even at 1280×800.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const auto fit = [&](int column, const QStringList &texts, int extra = 0) {
        int width =
            metrics.horizontalAdvance(run->progressModel()->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        m_table->setColumnWidth(column, width + padding + extra);
    };
    const int checkBox = style()->pixelMetric(QStyle::PM_IndicatorWidth) + metrics.averageCharWidth();
    // Rows a line and a half high: every endpoint (lists and reports) stays in view at 1280×800 without a
    // scroll bar, and the progress bars keep room to be read.
    m_table->verticalHeader()->setDefaultSectionSize(metrics.lineSpacing() * 3 / 2 + 2);
    QStringList titles;
    for (const EndpointSpec &spec : EndpointCatalogue::all())
        titles.append(EndpointCatalogue::title(spec));
    fit(RunProgressModel::EndpointColumn, titles, checkBox);
    fit(RunProgressModel::StateColumn,
        {outcomeLabel(EndpointOutcome::NotAvailable), outcomeLabel(EndpointOutcome::Incomplete)});
    fit(RunProgressModel::ProgressColumn, {QStringLiteral("100%")}, metrics.averageCharWidth() * 4);
    fit(RunProgressModel::RecordsColumn,
        {tr("%1 of %2").arg(QLocale().toString(99'999), QLocale().toString(99'999))});
    fit(RunProgressModel::ErrorsColumn, {QStringLiteral("999")});

    auto *overallRow = new QHBoxLayout;
    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setAccessibleName(tr("Time taken and left"));
    overallRow->addWidget(m_overall, 1);
    overallRow->addWidget(m_time);

    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("budgetLabel"));
    m_budget->setAccessibleName(tr("Requests and budget"));
    m_budget->setWordWrap(true);
    m_wait = new QLabel(this);
    m_wait->setObjectName(QStringLiteral("budgetWaitLabel"));
    m_wait->setAccessibleName(tr("Waiting for the request limit"));
    m_wait->setWordWrap(true);
    m_wait->setVisible(false);
    // One line under the table (the table already shows every endpoint): it never squeezes the rows.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Run summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setVisible(false);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(overallRow);
    topLayout->addWidget(m_budget);
    topLayout->addWidget(m_wait);
    topLayout->addWidget(m_summary);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *logHeader = new QHBoxLayout;
    auto *logTitle = new QLabel(tr("&Log, showing:"), bottom);
    m_level = new QComboBox(bottom);
    m_level->setObjectName(QStringLiteral("logLevelCombo"));
    m_level->setAccessibleName(tr("Log level"));
    m_level->addItem(tr("Everything"), int(LogLevel::Debug));
    m_level->addItem(tr("Information and above"), int(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), int(LogLevel::Error));
    m_level->setCurrentIndex(1);
    logTitle->setBuddy(m_level);
    logHeader->addWidget(logTitle);
    logHeader->addWidget(m_level);
    logHeader->addStretch();
    m_logFilter = new LogFilterModel(this);
    m_logFilter->setSourceModel(run->logModel());
    m_log = new QTableView(bottom);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setModel(m_logFilter);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setColumnWidth(LogModel::TimeColumn, 80);
    m_log->setColumnWidth(LogModel::LevelColumn, 80);
    m_log->setWordWrap(false);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    bottomLayout->addLayout(logHeader);
    bottomLayout->addWidget(m_log, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("runSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &RunPanel::refresh);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_logFilter->setMinimumLevel(LogLevel(m_level->currentData().toInt())); });
    connect(run, &RunController::figuresChanged, this, &RunPanel::refresh);
    connect(run, &RunController::runningChanged, this, [this](bool running) {
        if (running) {
            m_ticker->start();
            m_summary->setVisible(false);
        } else {
            m_ticker->stop();
            showSummary();
        }
        refresh();
    });
    connect(run->logModel(), &QAbstractItemModel::rowsInserted, m_log, &QTableView::scrollToBottom);
    refresh();
}

void RunPanel::refresh()
{
    RunController *run = m_controller->run();
    const double fraction = run->overallFraction();
    const bool running = run->isRunning();
    if (running && fraction < 0) {
        m_overall->setRange(0, 0); // busy until CallRail reports totals
    } else {
        m_overall->setRange(0, 1000);
        m_overall->setValue(int(qBound(0.0, fraction < 0 ? 0.0 : fraction, 1.0) * 1000));
    }
    QString time;
    if (running || run->hasFinishedRun())
        time = tr("Elapsed %1").arg(duration(run->elapsedMs()));
    if (running) {
        const qint64 left = run->remainingMs();
        time += QStringLiteral(" · ") +
                (left < 0 ? tr("time left: estimating…") : tr("about %1 left").arg(duration(left)));
    }
    setStateText(m_time, time);

    QString budget;
    const QLocale locale;
    if (running || run->hasFinishedRun()) {
        budget = tr("Requests sent: %1").arg(locale.toString(run->requestsSpent()));
        if (run->estimatedRequests() >= 0)
            budget += tr(" of about %1 needed")
                          .arg(locale.toString(run->requestsSpent() + run->estimatedRequests()));
        if (run->budgetLeftThisHour() >= 0)
            budget +=
                tr(" · budget left: %1 this hour, %2 today")
                    .arg(locale.toString(run->budgetLeftThisHour()), locale.toString(run->budgetLeftToday()));
        if (run->estimatedRequests() > run->budgetLeftThisHour() && run->budgetLeftThisHour() >= 0 && running)
            budget += QLatin1Char(' ') +
                      tr("— more than is left this hour: the run will pause and go on by itself.");
    }
    setStateText(m_budget, budget);
    const QDateTime until = run->waitingUntil();
    m_wait->setVisible(until.isValid());
    if (until.isValid())
        setStateText(m_wait, tr("Waiting for CallRail's request limit: going on at %1.")
                                 .arg(locale.toString(until.toLocalTime().time(), QLocale::ShortFormat)));
}

void RunPanel::showSummary()
{
    RunController *run = m_controller->run();
    if (!run->hasFinishedRun())
        return;
    const RunSummary &summary = run->lastSummary();
    QString text = summary.oneLine();
    if (summary.keyRejected)
        text +=
            QLatin1Char(' ') + tr("Rows fetched so far are kept; the run can be resumed with a valid key.");
    else if (run->canResume())
        text += QLatin1Char(' ') + tr("Resume fetches what is missing.");
    setStateText(m_summary, text);
    m_summary->setVisible(true);
}

} // namespace callrail
