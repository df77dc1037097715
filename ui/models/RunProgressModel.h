#pragma once

#include "engine/RunTypes.h"
#include "models/SavableFiles.h"

#include <QAbstractTableModel>
#include <QHash>

namespace callrail {

/// One row per endpoint (per account when several are extracted) of the running or finished extraction:
/// state, progress, records fetched of expected, errors and what happened, in an analyst's words.
/// Fed by the ExtractionJob's signals through RunController.
class RunProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EndpointColumn,
        StateColumn,
        ProgressColumn,
        RecordsColumn,
        ErrorsColumn,
        DetailsColumn,
        ColumnCount
    };
    /// Progress column: a double 0..1, or -1 while the total is unknown (the delegate draws a busy bar).
    static constexpr int FractionRole = Qt::UserRole + 1;
    /// The EndpointOutcome as an int, on every column.
    static constexpr int OutcomeRole = Qt::UserRole + 2;
    /// The catalogue endpoint name, on every column.
    static constexpr int EndpointRole = Qt::UserRole + 3;

    struct Row
    {
        QString accountId;
        QString accountName;
        QString endpoint;
        EndpointOutcome outcome = EndpointOutcome::Pending;
        qint64 records = 0;
        qint64 expected = -1;
        int errors = 0;
        QString details;
        bool completenessChecked = false;
    };

    explicit RunProgressModel(QObject *parent = nullptr);
    /// The staged files whose save ticks the endpoint column shows (owned by the RunController).
    void setSavableFiles(SavableFiles *files);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Empties the table and adds a waiting row per endpoint (account not known yet).
    void prepare(const QStringList &endpoints);
    /// Rebuilds the rows for the accounts the run will extract.
    void applyPlan(const RunPlan &plan);
    void markStarted(const QString &accountId, const QString &endpoint);
    void applyProgress(const EndpointProgress &progress);
    void applyResult(const EndpointResult &result);
    void applyRetry(const RetryNotice &notice);
    /// Every row still waiting or running becomes Cancelled (the run stopped as a whole).
    void markUnfinished(EndpointOutcome outcome, const QString &details);

    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &accountId, const QString &endpoint) const;
    /// The share of the run's expected records that are done, rows weighed by their expected records; a
    /// row that stopped early counts what it got. -1 while nothing is known.
    double overallFraction() const;
    qint64 totalRecords() const;
    /// Rows that ended (any outcome other than Pending and Running).
    int finishedCount() const;

    /// Human wording of a retry: "CallRail is busy, retrying in 8 s".
    static QString retryText(const RetryNotice &notice);
    /// How a row is named in the window: "Calls", or "Calls (Acme)" when several accounts run.
    QString label(const Row &row) const;

private:
    const SavableFiles::Entry *savable(const Row &row) const;
    int ensureRow(const QString &accountId, const QString &endpoint);
    void emitRow(int row);

    QList<Row> m_rows;
    QHash<QString, QString> m_accountNames;
    bool m_multiAccount = false;
    SavableFiles *m_savable = nullptr;
};

} // namespace callrail
