#pragma once

#include "api/EndpointCatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace callrail {

/// What one endpoint's table received.
struct TableReport
{
    qint64 rows = 0;      ///< records inserted or updated
    qint64 skipped = 0;   ///< lines of the staged file that were not a JSON object with an id
    qint64 unfitting = 0; ///< values that did not fit their column's type (PostgreSQL keeps them aside)
};

/// A database the staged JSON Lines files load into, one table per endpoint, merged on the key: the SQLite
/// file (SqliteWriter) and the PostgreSQL schema (PostgresWriter) share the table layout said here and the
/// loading DatabaseExport drives.
class TableLoader
{
public:
    virtual ~TableLoader() = default;

    /// The key column before `id` when the table holds several accounts ("" for the accounts list).
    static QString accountColumn() { return QStringLiteral("_account_id"); }
    /// When the run that loaded the row extracted it.
    static QString extractedAtColumn() { return QStringLiteral("_extracted_at"); }

    /// A column or table name as SQL writes it in both databases: in double quotes, a quote doubled.
    static QString quoted(const QString &name);
    /// The table's key, quoted: `_account_id` (when the table holds several accounts), then `id`.
    static QStringList keyColumns(bool byAccount);
    /// The columns of a new table, each with the type `typeName` gives it in this database: `_account_id`
    /// (when keyed by account) and `id` as text that is never NULL, then the endpoint's columns, then
    /// `_extracted_at`, a timestamp that is never NULL.
    static QStringList newTableColumns(const QStringList &columns, const QList<ColumnType> &types,
                                       bool keyedByAccount,
                                       const std::function<QString(ColumnType)> &typeName);

    /// Opens (or creates) the database. False with a message when it cannot.
    virtual bool open(QString *error) = 0;
    /// Merges one endpoint's JSON Lines file into `table`, keyed by id (and by `_account_id`, holding
    /// `accountId`, when `keyedByAccount`, a multi-account run, or when an older table has that column).
    /// `extractedAt` (ISO 8601, UTC) fills `_extracted_at` of every row loaded. In one transaction: on
    /// failure the table is as it was before and `error` says why.
    virtual TableReport loadTable(const QString &table, const QString &jsonLinesPath,
                                  const QStringList &columns, const QList<ColumnType> &types,
                                  bool keyedByAccount, const QString &accountId, const QString &extractedAt,
                                  QString *error) = 0;
};

} // namespace callrail
