#include "RunProgressModel.h"

#include "api/EndpointCatalogue.h"

#include <QCoreApplication>
#include <QLocale>

namespace callrail {

RunProgressModel::RunProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunProgressModel::setSavableFiles(SavableFiles *files)
{
    m_savable = files;
    connect(files, &SavableFiles::changed, this, [this](const QString &accountId, const QString &endpoint) {
        if (const int row = rowOf(accountId, endpoint); row >= 0)
            emitRow(row);
    });
}

const SavableFiles::Entry *RunProgressModel::savable(const Row &row) const
{
    return m_savable ? m_savable->find(row.accountId, row.endpoint) : nullptr;
}

int RunProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunProgressModel::label(const Row &row) const
{
    const QString title = EndpointCatalogue::title(row.endpoint);
    if (m_multiAccount && !row.accountId.isEmpty()) {
        const QString account = row.accountName.isEmpty() ? row.accountId : row.accountName;
        return tr("%1 (%2)").arg(title, account);
    }
    return title;
}

QVariant RunProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == OutcomeRole)
        return int(row.outcome);
    if (role == EndpointRole)
        return row.endpoint;
    const QLocale locale;
    switch (index.column()) {
    case EndpointColumn:
        if (role == Qt::DisplayRole)
            return label(row);
        if (role == Qt::CheckStateRole && savable(row))
            return savable(row)->ticked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return savable(row) ? tr("%1 (file %2). Ticked files are written when you save.")
                                      .arg(label(row), savable(row)->file.savedName())
                                : row.endpoint;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return outcomeLabel(row.outcome);
        break;
    case ProgressColumn:
        if (role == FractionRole) {
            if (row.outcome == EndpointOutcome::Complete)
                return 1.0;
            if (row.expected > 0)
                return qBound(0.0, double(row.records) / double(row.expected), 1.0);
            if (row.expected == 0)
                return row.outcome == EndpointOutcome::Running ? 0.0 : 1.0;
            return row.outcome == EndpointOutcome::Running ? -1.0 : 0.0;
        }
        if (role == Qt::DisplayRole) {
            if (row.expected > 0)
                return tr("%1%").arg(
                    qRound(100.0 * qBound(0.0, double(row.records) / double(row.expected), 1.0)));
            return row.outcome == EndpointOutcome::Complete ? tr("100%") : QString();
        }
        break;
    case RecordsColumn:
        if (role == Qt::DisplayRole) {
            if (row.expected >= 0)
                return tr("%1 of %2").arg(locale.toString(row.records), locale.toString(row.expected));
            return locale.toString(row.records);
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ErrorsColumn:
        if (role == Qt::DisplayRole)
            return row.errors;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case DetailsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.details;
        break;
    default:
        break;
    }
    return {};
}

bool RunProgressModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &row = m_rows.at(index.row());
    if (index.column() != EndpointColumn || role != Qt::CheckStateRole || !savable(row))
        return false;
    m_savable->setTicked(row.accountId, row.endpoint, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RunProgressModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EndpointColumn && savable(m_rows.at(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RunProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ErrorsColumn)
        return tr("Requests to CallRail that failed, retried or not. Waiting for the hourly request limit is "
                  "not counted.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case RecordsColumn:
        return tr("Records");
    case ErrorsColumn:
        return tr("Failed attempts");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void RunProgressModel::prepare(const QStringList &endpoints)
{
    beginResetModel();
    m_rows.clear();
    m_accountNames.clear();
    m_multiAccount = false;
    for (const QString &endpoint : endpoints) {
        Row row;
        row.endpoint = endpoint;
        m_rows.append(row);
    }
    endResetModel();
}

void RunProgressModel::applyPlan(const RunPlan &plan)
{
    beginResetModel();
    const QList<Row> old = m_rows;
    m_rows.clear();
    m_multiAccount = plan.accounts.size() > 1;
    m_accountNames.clear();
    for (const AccountInfo &account : plan.accounts)
        m_accountNames.insert(account.id, account.name);
    // The accounts list is not per account: one row, kept as it is (it may already have finished).
    const QString &accountsList = EndpointCatalogue::accountsList().name;
    for (const Row &row : old) {
        if (row.endpoint == accountsList && plan.endpoints.contains(row.endpoint))
            m_rows.append(row);
    }
    for (const AccountInfo &account : plan.accounts) {
        for (const QString &endpoint : plan.endpoints) {
            if (endpoint == accountsList)
                continue;
            Row row;
            row.accountId = account.id;
            row.accountName = account.name;
            row.endpoint = endpoint;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int RunProgressModel::rowOf(const QString &accountId, const QString &endpoint) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.endpoint == endpoint && (row.accountId == accountId || row.accountId.isEmpty()))
            return i;
    }
    return -1;
}

int RunProgressModel::ensureRow(const QString &accountId, const QString &endpoint)
{
    int row = rowOf(accountId, endpoint);
    if (row >= 0) {
        if (m_rows[row].accountId.isEmpty() && !accountId.isEmpty()) {
            m_rows[row].accountId = accountId;
            m_rows[row].accountName = m_accountNames.value(accountId);
        }
        return row;
    }
    row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.accountId = accountId;
    r.accountName = m_accountNames.value(accountId);
    r.endpoint = endpoint;
    m_rows.append(r);
    endInsertRows();
    return row;
}

void RunProgressModel::emitRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunProgressModel::markStarted(const QString &accountId, const QString &endpoint)
{
    const int row = ensureRow(accountId, endpoint);
    m_rows[row].outcome = EndpointOutcome::Running;
    m_rows[row].details.clear();
    emitRow(row);
}

void RunProgressModel::applyProgress(const EndpointProgress &progress)
{
    const int row = ensureRow(progress.accountId, progress.endpoint);
    Row &r = m_rows[row];
    if (r.outcome == EndpointOutcome::Pending)
        r.outcome = EndpointOutcome::Running;
    r.records = progress.records;
    r.expected = progress.expected;
    // A retry message stays until data flows again.
    if (r.outcome == EndpointOutcome::Running && progress.records > 0)
        r.details.clear();
    emitRow(row);
}

void RunProgressModel::applyResult(const EndpointResult &result)
{
    const int row = ensureRow(result.accountId, result.endpoint);
    Row &r = m_rows[row];
    r.outcome = result.outcome;
    r.records = result.records;
    if (result.reported >= 0)
        r.expected = result.limitReached ? result.records : result.reported;
    r.errors = result.errors; // the whole count, the attempts that were still retrying when it stopped too
    r.completenessChecked = true;
    // Details add to the State column, never repeat it ("Complete: Complete.").
    QStringList details;
    switch (result.outcome) {
    case EndpointOutcome::Complete:
        if (result.limitReached)
            details.append(
                tr("Stopped at your limit of %1 records.").arg(QLocale().toString(result.records)));
        else if (result.reported >= 0)
            details.append(
                tr("Checked: all %1 records CallRail reported.").arg(QLocale().toString(result.reported)));
        break;
    case EndpointOutcome::Incomplete:
        details.append(tr("Only %1 of the %2 records CallRail reported arrived.")
                           .arg(QLocale().toString(result.records), QLocale().toString(result.reported)));
        break;
    case EndpointOutcome::NotAvailable:
        details.append(tr("Not available on your CallRail plan (or to this key)."));
        break;
    case EndpointOutcome::Failed:
        details.append(tr("Stopped: %1 Rows fetched so far are kept; Resume continues.").arg(result.message));
        break;
    case EndpointOutcome::Cancelled:
        details.append(tr("The %Ln row(s) fetched are kept; Resume continues.", nullptr,
                          int(qMin<qint64>(result.records, INT_MAX))));
        break;
    case EndpointOutcome::Pending:
    case EndpointOutcome::Running:
        break;
    }
    if (result.duplicatesDropped > 0)
        details.append(tr("%Ln duplicate(s) dropped.", nullptr, int(result.duplicatesDropped)));
    // A failed endpoint's message is already in its sentence; an incomplete one's gap is said above.
    if (result.outcome != EndpointOutcome::Failed && result.outcome != EndpointOutcome::Incomplete &&
        !result.message.isEmpty())
        details.append(result.message);
    r.details = details.join(QLatin1Char(' '));
    emitRow(row);
}

QString RunProgressModel::retryText(const RetryNotice &notice)
{
    const qint64 seconds = qMax<qint64>(1, (notice.delayMs + 999) / 1000);
    if (notice.kind == ApiErrorKind::RateLimited || notice.kind == ApiErrorKind::ServerError)
        return tr("CallRail is busy, retrying in %1 s").arg(seconds);
    return tr("Retrying in %1 s (%2)").arg(seconds).arg(notice.reason);
}

void RunProgressModel::applyRetry(const RetryNotice &notice)
{
    const int row = ensureRow(notice.accountId, notice.endpoint);
    Row &r = m_rows[row];
    // Counted as the engine counts failed attempts: a wait for CallRail's request budget is not one.
    if (notice.kind != ApiErrorKind::RateLimited)
        ++r.errors;
    r.details = retryText(notice);
    emitRow(row);
}

void RunProgressModel::markUnfinished(EndpointOutcome outcome, const QString &details)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.outcome == EndpointOutcome::Pending || r.outcome == EndpointOutcome::Running) {
            r.outcome = outcome;
            r.details = details;
            emitRow(i);
        }
    }
}

double RunProgressModel::overallFraction() const
{
    // Each row weighs the records it is expected to hold (1 while that is unknown). A row that ended counts
    // whole, unless it stopped early (cancelled, failed): then it counts what it got, so that the bar shows
    // where the run stopped.
    double done = 0;
    double weight = 0;
    bool anythingKnown = false;
    for (const Row &r : m_rows) {
        const double w = r.expected > 0 ? double(r.expected) : 1.0;
        double fraction = 0;
        switch (r.outcome) {
        case EndpointOutcome::Complete:
        case EndpointOutcome::Incomplete:
        case EndpointOutcome::NotAvailable:
            fraction = 1.0;
            anythingKnown = true;
            break;
        case EndpointOutcome::Running:
        case EndpointOutcome::Failed:
        case EndpointOutcome::Cancelled:
            if (r.expected > 0)
                fraction = qBound(0.0, double(r.records) / double(r.expected), 1.0);
            anythingKnown = anythingKnown || r.expected >= 0 || r.outcome != EndpointOutcome::Running;
            break;
        case EndpointOutcome::Pending:
            break;
        }
        done += w * fraction;
        weight += w;
    }
    if (!anythingKnown || weight <= 0)
        return -1.0;
    return done / weight;
}

qint64 RunProgressModel::totalRecords() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        total += r.records;
    return total;
}

int RunProgressModel::finishedCount() const
{
    int n = 0;
    for (const Row &r : m_rows) {
        if (r.outcome != EndpointOutcome::Pending && r.outcome != EndpointOutcome::Running)
            ++n;
    }
    return n;
}

} // namespace callrail
