#pragma once

#include "export/DatabaseTable.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace callrail {

/// Loads endpoints' staged JSON Lines files into one schema of a PostgreSQL database through libpq, one
/// table per endpoint, named as the endpoint, with the catalogue's columns typed (postgres::sqlType()):
/// identifiers, text and JSON as text (a "+" and leading zeros stay), counts as bigint, amounts as numeric
/// (exact, as CallRail wrote them), booleans as boolean and timestamps as timestamptz (the instant; the
/// offset CallRail sent stays in the JSON Lines file). The key and `_extracted_at` are SQLite's
/// (TableLoader).
///
/// PostgreSQL refuses a value that is not of its column's type, where SQLite keeps it as text: such a value
/// (rare: CallRail changing a field's type) is NULL in its column and kept whole, as text, in the row's
/// `_unfitting` column, a JSON object by column name (NULL when everything fitted). Nothing is dropped, and
/// the report counts them.
///
/// Each table loads in one transaction: COPY into a temporary table, then INSERT … ON CONFLICT DO UPDATE,
/// so that nothing is duplicated and rows only an older load had stay (a table the load creates takes the
/// COPY directly, its key added after the rows). A failure, or a process killed halfway, leaves the table
/// as it was.
class PostgresWriter : public TableLoader
{
    Q_DECLARE_TR_FUNCTIONS(callrail::PostgresWriter)

public:
    /// `password` may be empty: libpq then reads PGPASSWORD or ~/.pgpass.
    PostgresWriter(const QString &connInfo, const QString &password, const QString &schema);
    ~PostgresWriter() override;
    PostgresWriter(const PostgresWriter &) = delete;
    PostgresWriter &operator=(const PostgresWriter &) = delete;

    /// Connects and creates the schema when it is missing.
    bool open(QString *error) override;
    TableReport loadTable(const QString &table, const QString &jsonLinesPath, const QStringList &columns,
                          const QList<ColumnType> &types, bool keyedByAccount, const QString &accountId,
                          const QString &extractedAt, QString *error) override;

    /// Where the values that did not fit their column's type are kept.
    static QString unfittingColumn() { return QStringLiteral("_unfitting"); }
    /// The longest name PostgreSQL keeps whole (NAMEDATALEN - 1): it cuts longer ones.
    static constexpr qsizetype maxNameBytes() { return 63; }

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace callrail
