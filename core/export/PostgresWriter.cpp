#include "PostgresWriter.h"

#include "export/PostgresConnection.h"
#include "export/PostgresValues.h"
#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <string>
#include <vector>

#include <libpq-fe.h>

namespace callrail {

namespace {

/// The staging table of one load, private to the session and dropped with its transaction.
const QString kStaging = QStringLiteral("pg_temp.callrail_load");

/// COPY data is sent in pieces of about this size: large enough that libpq's per-call cost vanishes, small
/// enough to stay out of the memory figures.
constexpr qsizetype kCopyChunk = 1 << 20;

} // namespace

struct PostgresWriter::State
{
    QString connInfo;
    QString password;
    QString schema;
    PGconn *conn = nullptr;

    /// The server's own words for the last failure of `result` (or of the connection): its primary message
    /// only, as the DETAIL of a refused row would quote the row's data into the summary and the log.
    QString why(const PGresult *result) const
    {
        const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).simplified();
        if (text.isEmpty())
            text = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        if (!password.isEmpty())
            text.replace(password, QStringLiteral("[redacted]"));
        return text;
    }
    /// Runs a statement (with text parameters). False with the server's message on failure; the SQLSTATE
    /// lands in `state` when asked for.
    bool exec(const QString &sql, QString *error, const QList<QByteArray> &params = {},
              QByteArray *state = nullptr, QList<QByteArray> *firstColumn = nullptr)
    {
        QList<const char *> values;
        for (const QByteArray &p : params)
            values << p.constData();
        PGresult *result = PQexecParams(conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                        values.constData(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok) {
            *error = why(result);
            if (state)
                *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        } else if (firstColumn) {
            for (int row = 0; row < PQntuples(result); ++row)
                *firstColumn << QByteArray(PQgetvalue(result, row, 0));
        }
        PQclear(result);
        return ok;
    }
    QString target(const QString &table) const { return quoted(schema) + QLatin1Char('.') + quoted(table); }
    /// A string as an SQL literal.
    QString literal(const QString &text) const
    {
        const QByteArray bytes = text.toUtf8();
        char *escaped = PQescapeLiteral(conn, bytes.constData(), size_t(bytes.size()));
        const QString result = QString::fromUtf8(escaped);
        PQfreemem(escaped);
        return result;
    }
    /// The key of a table, as ALTER TABLE adds it.
    static QString primaryKey(bool byAccount)
    {
        return QStringLiteral("ADD PRIMARY KEY (%1)").arg(keyColumns(byAccount).join(QStringLiteral(", ")));
    }
    /// Creates the table (`created`, without its key: loadTable() adds it once the rows are in, one sort
    /// rather than an index insertion per row), or adds the columns an older load did not have. Says whether
    /// the table is keyed by account too.
    bool prepareTable(const QString &table, const QStringList &columns, const QList<ColumnType> &types,
                      bool keyedByAccount, bool *byAccount, bool *created, QString *error);
    /// Streams the file's records into `destination` (its columns, then _unfitting). False with `error` (and
    /// the SQLSTATE in `state`) when the load must stop.
    bool copyRecords(QFile &file, const QString &destination, const QString &table,
                     const QStringList &columns, const QList<ColumnType> &types, int idColumn,
                     TableReport &report, QString *error, QByteArray *state);
};

PostgresWriter::PostgresWriter(const QString &connInfo, const QString &password, const QString &schema)
    : m(std::make_unique<State>())
{
    m->connInfo = connInfo;
    m->password = password;
    m->schema = schema;
}

PostgresWriter::~PostgresWriter()
{
    if (m->conn)
        PQfinish(m->conn);
}

bool PostgresWriter::open(QString *error)
{
    m->conn = PostgresConnection::open(m->connInfo, m->password, error);
    if (!m->conn)
        return false;
    // The staging table of a merge stays in memory up to this size (the default, 8 MB, is a few thousand
    // calls); taken only as the table grows, and given back when the connection ends.
    QString ignored;
    m->exec(QStringLiteral("SET temp_buffers = '128MB'"), &ignored);
    // Created only when missing: an existing schema needs no right to create one.
    QList<QByteArray> found;
    if (!m->exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"), error, {m->schema.toUtf8()},
                 nullptr, &found))
        return false;
    if (found.isEmpty() &&
        !m->exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(quoted(m->schema)), error)) {
        *error = tr("The schema %1 could not be created: %2").arg(m->schema, *error);
        return false;
    }
    return true;
}

bool PostgresWriter::State::prepareTable(const QString &table, const QStringList &columns,
                                         const QList<ColumnType> &types, bool keyedByAccount, bool *byAccount,
                                         bool *created, QString *error)
{
    QList<QByteArray> names;
    if (!exec(
            QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 "
                           "AND NOT attisdropped"),
            error, {target(table).toUtf8()}, nullptr, &names))
        return false;
    QSet<QString> existing;
    for (const QByteArray &name : std::as_const(names))
        existing.insert(QString::fromUtf8(name));
    if (existing.isEmpty()) {
        QStringList definitions = newTableColumns(columns, types, keyedByAccount, [](ColumnType type) {
            return QString::fromLatin1(postgres::sqlType(type));
        });
        definitions << quoted(unfittingColumn()) + QStringLiteral(" json");
        *byAccount = keyedByAccount;
        *created = true;
        return exec(
            QStringLiteral("CREATE TABLE %1 (%2)").arg(target(table), definitions.join(QStringLiteral(", "))),
            error);
    }
    *byAccount = existing.contains(accountColumn());
    if (keyedByAccount && !*byAccount) {
        *error = tr("the table %1 holds one account (its key is id alone); load several accounts into "
                    "another schema.")
                     .arg(table);
        return false;
    }
    // A run with more fields than an older one: the new columns are added, the older rows have NULL there.
    QStringList added;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!existing.contains(columns.at(c)))
            added << QStringLiteral("ADD COLUMN %1 %2")
                         .arg(quoted(columns.at(c)), QString::fromLatin1(postgres::sqlType(types.value(c))));
    }
    if (!existing.contains(extractedAtColumn()))
        added << QStringLiteral("ADD COLUMN %1 timestamptz").arg(quoted(extractedAtColumn()));
    if (!existing.contains(unfittingColumn()))
        added << QStringLiteral("ADD COLUMN %1 json").arg(quoted(unfittingColumn()));
    return added.isEmpty() ||
           exec(QStringLiteral("ALTER TABLE %1 %2").arg(target(table), added.join(QStringLiteral(", "))),
                error);
}

bool PostgresWriter::State::copyRecords(QFile &file, const QString &destination, const QString &table,
                                        const QStringList &columns, const QList<ColumnType> &types,
                                        int idColumn, TableReport &report, QString *error, QByteArray *state)
{
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    names << quoted(unfittingColumn());
    const QByteArray copy =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(destination, names.join(QStringLiteral(", "))).toUtf8();
    PGresult *start = PQexec(conn, copy.constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying)
        *error = why(start);
    PQclear(start);
    if (!copying)
        return false;

    RecordFlattener flattener(columns);
    QByteArray buffer;
    buffer.reserve(kCopyChunk + 64 * 1024);
    // The column names as JSON keys, made once.
    std::vector<std::string> columnNames;
    for (const QString &column : columns)
        columnNames.push_back(column.toStdString());
    QByteArray unfitting;
    QString failure;
    const auto send = [&] {
        if (PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1) {
            failure = why(nullptr);
            return false;
        }
        buffer.clear();
        return true;
    };
    const JsonLinesEnd end = readFlattenedRecords(file, flattener, &report.skipped, [&] {
        const std::string_view id = flattener.cell(idColumn);
        if (id.empty() || !postgres::fits(id, ColumnType::Identifier)) {
            ++report.skipped; // no usable key: it could only be duplicated by the next load
            return true;
        }
        unfitting.clear();
        for (int c = 0; c < flattener.columnCount(); ++c) {
            if (c > 0)
                buffer.append('\t');
            const std::string_view text = flattener.cell(c);
            if (text.empty()) {
                buffer.append("\\N", 2);
            } else if (postgres::fits(text, types.value(c))) {
                postgres::appendCopyField(buffer, text);
            } else {
                // NULL in its column, whole beside it.
                buffer.append("\\N", 2);
                unfitting.append(unfitting.isEmpty() ? '{' : ',');
                postgres::appendJsonString(unfitting, columnNames[size_t(c)]);
                unfitting.append(':');
                postgres::appendJsonString(unfitting, text);
                ++report.unfitting;
            }
        }
        buffer.append('\t');
        if (unfitting.isEmpty()) {
            buffer.append("\\N", 2);
        } else {
            unfitting.append('}');
            postgres::appendCopyField(buffer,
                                      std::string_view(unfitting.constData(), size_t(unfitting.size())));
        }
        buffer.append('\n');
        ++report.rows;
        return buffer.size() < kCopyChunk || send();
    });
    if (end == JsonLinesEnd::Finished && !buffer.isEmpty())
        send();
    if (end == JsonLinesEnd::ReadFailed)
        failure =
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    // Ending the COPY with a message makes the server refuse it whole.
    const QByteArray reason = failure.toUtf8();
    const bool ended = PQputCopyEnd(conn, failure.isEmpty() ? nullptr : reason.constData()) == 1;
    bool ok = ended && failure.isEmpty();
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty()) {
            failure = tr("%1: %2").arg(table, why(result));
            *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            ok = false;
        }
        PQclear(result);
    }
    if (!ok)
        *error = failure.isEmpty() ? why(nullptr) : failure;
    return ok;
}

TableReport PostgresWriter::loadTable(const QString &table, const QString &jsonLinesPath,
                                      const QStringList &columns, const QList<ColumnType> &types,
                                      bool keyedByAccount, const QString &accountId,
                                      const QString &extractedAt, QString *error)
{
    TableReport report;
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    if (idColumn < 0) {
        *error = tr("%1 has no id column to key its rows.").arg(table);
        return report;
    }
    if (!m->conn) {
        *error = tr("The PostgreSQL database is not open.");
        return report;
    }
    // Cut to 63 bytes by the server, two long names could become one column.
    for (const QString &name : columns + QStringList{table}) {
        if (name.toUtf8().size() > maxNameBytes()) {
            *error = tr("the name %1 is longer than PostgreSQL's %2 bytes.").arg(name).arg(maxNameBytes());
            return report;
        }
    }
    QFile file(jsonLinesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString());
        return report;
    }
    QString why;
    if (!m->exec(QStringLiteral("BEGIN"), &why)) {
        *error = why;
        return report;
    }
    // Everything from here on is undone on any failure: the table stays as the last whole load left it.
    const auto fail = [&](const QString &message) {
        QString ignored;
        m->exec(QStringLiteral("ROLLBACK"), &ignored);
        *error = message;
        report = TableReport{};
        return report;
    };
    bool byAccount = false;
    bool created = false;
    if (!m->prepareTable(table, columns, types, keyedByAccount, &byAccount, &created, &why))
        return fail(why);
    QByteArray state;

    // A table this load made has nothing to merge with: the rows go straight into it, with the account and
    // the time as its columns' defaults for the length of the load, and the key is added after them. Only a
    // file holding an id twice (not one this program wrote: it drops duplicates) breaks the key, and then
    // takes the merging way below.
    if (created) {
        const QString account = quoted(accountColumn());
        const QString at = quoted(extractedAtColumn());
        QString defaults =
            QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2::timestamptz").arg(at, m->literal(extractedAt));
        if (byAccount)
            defaults +=
                QStringLiteral(", ALTER COLUMN %1 SET DEFAULT %2").arg(account, m->literal(accountId));
        if (!m->exec(QStringLiteral("SAVEPOINT direct"), &why) ||
            !m->exec(QStringLiteral("ALTER TABLE %1 %2").arg(m->target(table), defaults), &why))
            return fail(why);
        if (m->copyRecords(file, m->target(table), table, columns, types, idColumn, report, &why, &state)) {
            QString finished =
                State::primaryKey(byAccount) + QStringLiteral(", ALTER COLUMN %1 DROP DEFAULT").arg(at);
            if (byAccount)
                finished += QStringLiteral(", ALTER COLUMN %1 DROP DEFAULT").arg(account);
            if (m->exec(QStringLiteral("ALTER TABLE %1 %2").arg(m->target(table), finished), &why, {},
                        &state)) {
                if (!m->exec(QStringLiteral("COMMIT"), &why))
                    return fail(tr("%1 could not be saved: %2").arg(table, why));
                return report;
            }
        }
        if (state != "23505" || !m->exec(QStringLiteral("ROLLBACK TO SAVEPOINT direct"), &why) ||
            !m->exec(QStringLiteral("ALTER TABLE %1 %2").arg(m->target(table), State::primaryKey(byAccount)),
                     &why) ||
            !file.seek(0))
            return fail(why);
        report = TableReport{};
    }

    // The staging table has the file's columns, typed as the table's; the values were checked on the way
    // in (postgres::fits), so COPY cannot stop on a type.
    QStringList staged;
    QStringList names;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        staged << quoted(columns.at(c)) + QLatin1Char(' ') +
                      QString::fromLatin1(postgres::sqlType(types.value(c)));
        names << quoted(columns.at(c));
    }
    staged << quoted(unfittingColumn()) + QStringLiteral(" json");
    if (!m->exec(QStringLiteral("CREATE TEMPORARY TABLE callrail_load (%1) ON COMMIT DROP")
                     .arg(staged.join(QStringLiteral(", "))),
                 &why))
        return fail(why);
    if (!m->copyRecords(file, kStaging, table, columns, types, idColumn, report, &why, &state))
        return fail(why);

    // The account and the time are the same for every row of the file: parameters, not COPY data.
    QStringList targetNames;
    QStringList selected;
    const QStringList key = keyColumns(byAccount);
    if (byAccount) {
        targetNames << quoted(accountColumn());
        selected << QStringLiteral("$1::text");
    }
    targetNames << names << quoted(extractedAtColumn()) << quoted(unfittingColumn());
    selected << names << QStringLiteral("$%1::timestamptz").arg(byAccount ? 2 : 1)
             << quoted(unfittingColumn());
    QStringList updates;
    for (const QString &name : std::as_const(targetNames)) {
        if (!key.contains(name))
            updates << QStringLiteral("%1 = EXCLUDED.%1").arg(name);
    }
    QList<QByteArray> params;
    if (byAccount) // "" for the accounts list, which belongs to no account
        params << accountId.toUtf8();
    params << extractedAt.toUtf8();
    const auto merge = [&](const QString &from) {
        return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(m->target(table), targetNames.join(QStringLiteral(", ")), from,
                 key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    };
    const QString select =
        QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), kStaging);
    // A file holding an id twice (not written by this program, which drops duplicates) would make the merge
    // touch a row twice, which PostgreSQL refuses (21000): then the last line of each id wins, as in SQLite.
    if (!m->exec(QStringLiteral("SAVEPOINT merge"), &why))
        return fail(why);
    if (!m->exec(merge(select), &why, params, &state)) {
        if (state != "21000")
            return fail(tr("%1: %2").arg(table, why));
        const QString last = QStringLiteral("SELECT DISTINCT ON (id) %1 FROM %2 ORDER BY id, ctid DESC")
                                 .arg(selected.join(QStringLiteral(", ")), kStaging);
        if (!m->exec(QStringLiteral("ROLLBACK TO SAVEPOINT merge"), &why) ||
            !m->exec(merge(last), &why, params))
            return fail(tr("%1: %2").arg(table, why));
    }
    if (!m->exec(QStringLiteral("COMMIT"), &why))
        return fail(tr("%1 could not be saved: %2").arg(table, why));
    return report;
}

} // namespace callrail
