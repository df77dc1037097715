#pragma once

#include "export/DatabaseTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace callrail {

/// Loads endpoints' staged JSON Lines files into one SQLite database (SQLite's C API), one table
/// per endpoint, named as the endpoint, with the catalogue's columns typed (sqlType()): identifiers, text and
/// JSON as TEXT, integers as INTEGER, numbers as REAL, booleans (0/1) as BOOLEAN, timestamps (as CallRail
/// sent them, ISO 8601 text with their offset) and `_extracted_at` as TIMESTAMP. A value that does not match
/// its column's type is stored as text rather than dropped (SQLite keeps each value's own type); a null or
/// absent value is NULL. A table an older version created (booleans INTEGER, timestamps TEXT) keeps its
/// declarations: SQLite cannot change a column's, and the values are the same either way.
///
/// The key is `id` (with `_account_id` before it when the table holds several accounts); loading again
/// merges on it (INSERT … ON CONFLICT DO UPDATE), so nothing is duplicated and rows only an older load had
/// stay. Each table loads in one transaction: a failure, or a process killed halfway, leaves it as it was.
class SqliteWriter : public TableLoader
{
    Q_DECLARE_TR_FUNCTIONS(callrail::SqliteWriter)

public:
    explicit SqliteWriter(const QString &path);
    ~SqliteWriter() override;
    SqliteWriter(const SqliteWriter &) = delete;
    SqliteWriter &operator=(const SqliteWriter &) = delete;

    /// Opens (or creates) the database. False with a message when it cannot.
    bool open(QString *error) override;
    /// Merges one endpoint's JSON Lines file into `table`. `accountId` (empty for the accounts list) goes in
    /// the
    /// `_account_id` column,
    /// which a new table has when `keyedByAccount` (a multi-account run) and an older table may have already.
    /// `extractedAt` fills `_extracted_at` of every row loaded. On failure the table is as it was before
    /// and `error` says why.
    TableReport loadTable(const QString &table, const QString &jsonLinesPath, const QStringList &columns,
                          const QList<ColumnType> &types, bool keyedByAccount, const QString &accountId,
                          const QString &extractedAt, QString *error) override;

    /// The declared type of a column type: "TEXT", "INTEGER", "REAL", "BOOLEAN" or "TIMESTAMP".
    static QString sqlType(ColumnType type);

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace callrail
