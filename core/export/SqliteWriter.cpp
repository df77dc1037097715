#include "SqliteWriter.h"

#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <sqlite3.h>

#include <charconv>
#include <optional>

namespace callrail {

namespace {

template <typename T>
std::optional<T> parseWhole(std::string_view text)
{
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// Binds one cell by its column's type; as text when the value drifted from the type, so that nothing is
/// lost (SQLite keeps it as such in the typed column). The text must live until the statement has run.
int bindCell(sqlite3_stmt *statement, int index, std::string_view text, ColumnType type)
{
    if (text.empty())
        return sqlite3_bind_null(statement, index); // null or absent: NULL
    switch (type) {
    case ColumnType::Integer:
        if (const auto integer = parseWhole<qint64>(text))
            return sqlite3_bind_int64(statement, index, *integer);
        if (const auto number = parseWhole<double>(text))
            return sqlite3_bind_double(statement, index, *number);
        break;
    case ColumnType::Number:
        if (const auto number = parseWhole<double>(text))
            return sqlite3_bind_double(statement, index, *number);
        break;
    case ColumnType::Boolean:
        if (text == "true" || text == "false")
            return sqlite3_bind_int64(statement, index, text == "true" ? 1 : 0);
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Timestamp:
    case ColumnType::Date:
    case ColumnType::Json:
        break;
    }
    // UTF-8 as it is: no UTF-16 round trip, and a leading U+FEFF (CallRail sends names that start with one)
    // is kept, where a UTF-16 bind would take it for a byte order mark and drop it.
    return sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

/// A prepared statement, finalized when it goes out of scope.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(handle); }
};

} // namespace

QString SqliteWriter::sqlType(ColumnType type)
{
    // SQLite has no boolean nor time type: BOOLEAN, TIMESTAMP and DATE have numeric affinity, which keeps 0/1
    // as integers and ISO 8601 text as text, and they tell schema-reading tools (DB Browser, SQLAlchemy,
    // pandas, ODBC drivers) a flag from a count and a time from a name.
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Boolean:
        return QStringLiteral("BOOLEAN");
    case ColumnType::Number:
        return QStringLiteral("REAL");
    case ColumnType::Timestamp:
        return QStringLiteral("TIMESTAMP");
    case ColumnType::Date:
        return QStringLiteral("DATE");
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

// SQLite's C API rather than Qt SQL: Qt 6.4's QSqlQuery::bindValue() builds a ":N" name with QString::arg and
// looks it up in a hash for every value, and each value is a QVariant; that cost more than SQLite's own work
// (docs/performance.md, benchmark 8). The writer has its own connection (not the Qt driver's handle, whose
// SQLite may be another copy than the one linked here, as in Qt's Windows and macOS builds).
struct SqliteWriter::State
{
    QString path;
    sqlite3 *db = nullptr;

    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    bool exec(const QString &sql, QString *error)
    {
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        *error = lastError();
        return false;
    }
    bool prepare(const QString &sql, Statement &statement, QString *error)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement.handle, nullptr) == SQLITE_OK)
            return true;
        *error = lastError();
        return false;
    }
    /// Creates the table, or adds the columns an older load did not have. Says whether the table is keyed by
    /// account too.
    bool prepareTable(const QString &table, const QStringList &columns, const QList<ColumnType> &types,
                      bool keyedByAccount, bool *byAccount, QString *error);
};

SqliteWriter::SqliteWriter(const QString &path)
    : m(std::make_unique<State>())
{
    m->path = path;
}

SqliteWriter::~SqliteWriter()
{
    // A transaction still open (it cannot be: loadTable() ends its own) would be rolled back by the close.
    sqlite3_close_v2(m->db);
}

bool SqliteWriter::open(QString *error)
{
    const int opened =
        sqlite3_open_v2(QFile::encodeName(m->path).constData(), &m->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        *error = tr("Could not open %1: %2")
                     .arg(QDir::toNativeSeparators(m->path),
                          m->db ? m->lastError() : QString::fromUtf8(sqlite3_errstr(opened)));
        return false;
    }
    // Another program reading the database holds its lock for a moment: wait for it, as Qt's driver did.
    sqlite3_busy_timeout(m->db, 5000);
    // Reading the header of a file that is not a database fails here rather than in the middle of a load.
    QString why;
    if (!m->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), &why)) {
        *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(m->path), why);
        return false;
    }
    return true;
}

bool SqliteWriter::State::prepareTable(const QString &table, const QStringList &columns,
                                       const QList<ColumnType> &types, bool keyedByAccount, bool *byAccount,
                                       QString *error)
{
    QSet<QString> existing;
    {
        Statement info;
        if (!prepare(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)), info, error))
            return false;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(info.handle)) == SQLITE_ROW)
            existing.insert(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.handle, 1))));
        if (step != SQLITE_DONE) {
            *error = lastError();
            return false;
        }
    }
    if (existing.isEmpty()) {
        const QStringList definitions = newTableColumns(columns, types, keyedByAccount, &sqlType);
        const QStringList key = keyColumns(keyedByAccount);
        *byAccount = keyedByAccount;
        return exec(
            QStringLiteral("CREATE TABLE %1 (%2, PRIMARY KEY (%3))")
                .arg(quoted(table), definitions.join(QStringLiteral(", ")), key.join(QStringLiteral(", "))),
            error);
    }
    *byAccount = existing.contains(accountColumn());
    if (keyedByAccount && !*byAccount) {
        *error = tr("the table %1 holds one account (its key is id alone); load several accounts into "
                    "another database file.")
                     .arg(table);
        return false;
    }
    // A run with more fields than an older one: the new columns are added, the older rows have NULL there.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!existing.contains(columns.at(c)) &&
            !exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                      .arg(quoted(table), quoted(columns.at(c)), sqlType(types.value(c))),
                  error))
            return false;
    }
    if (!existing.contains(extractedAtColumn()))
        return exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(quoted(table), quoted(extractedAtColumn()), sqlType(ColumnType::Timestamp)),
                    error);
    return true;
}

TableReport SqliteWriter::loadTable(const QString &table, const QString &jsonLinesPath,
                                    const QStringList &columns, const QList<ColumnType> &types,
                                    bool keyedByAccount, const QString &accountId, const QString &extractedAt,
                                    QString *error)
{
    TableReport report;
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    if (idColumn < 0) {
        *error = tr("%1 has no id column to key its rows.").arg(table);
        return report;
    }
    QFile file(jsonLinesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString());
        return report;
    }
    if (!m->exec(QStringLiteral("BEGIN"), error))
        return report;
    // Everything from here on is undone on any failure: the table stays as the last whole load left it.
    Statement insert; // finalized before the rollback or commit below, whatever the path
    const auto fail = [&](const QString &message) {
        sqlite3_finalize(std::exchange(insert.handle, nullptr));
        sqlite3_exec(m->db, "ROLLBACK", nullptr, nullptr, nullptr);
        *error = message;
        report.rows = 0;
        return report;
    };
    bool byAccount = false;
    QString why;
    if (!m->prepareTable(table, columns, types, keyedByAccount, &byAccount, &why))
        return fail(why);

    QStringList names;
    QStringList updates;
    const QStringList key = keyColumns(byAccount);
    if (byAccount)
        names << quoted(accountColumn());
    for (const QString &column : columns)
        names << quoted(column);
    names << quoted(extractedAtColumn());
    for (const QString &name : std::as_const(names)) {
        if (!key.contains(name))
            updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                            .arg(quoted(table), names.join(QStringLiteral(", ")),
                                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                                 key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    if (!m->prepare(sql, insert, &why))
        return fail(why);
    // Parameters count from 1. The account and the time are the same for every row: bound once, copied.
    const int first = byAccount ? 2 : 1;
    // "" for the accounts list, which belongs to no account (NULL would break the key).
    const QByteArray account = accountId.toUtf8();
    const QByteArray extracted = extractedAt.toUtf8();
    if (byAccount)
        sqlite3_bind_text(insert.handle, 1, account.constData(), int(account.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(insert.handle, first + int(columns.size()), extracted.constData(),
                      int(extracted.size()), SQLITE_TRANSIENT);

    RecordFlattener flattener(columns);
    QString failure;
    const JsonLinesEnd end = readFlattenedRecords(file, flattener, &report.skipped, [&] {
        if (flattener.cell(idColumn).empty()) {
            ++report.skipped; // no key: it could only be duplicated by the next load
            return true;
        }
        // The cells are bound without a copy: they stay as they are until the next record, after the step.
        int bound = SQLITE_OK;
        for (int c = 0; c < flattener.columnCount() && bound == SQLITE_OK; ++c) {
            const ColumnType type = c == idColumn ? ColumnType::Identifier : types.value(c);
            bound = bindCell(insert.handle, first + c, flattener.cell(c), type);
        }
        const int step = bound == SQLITE_OK ? sqlite3_step(insert.handle) : bound;
        if (step != SQLITE_DONE) {
            failure = tr("%1, record %2: %3")
                          .arg(table, QString::fromUtf8(flattener.cell(idColumn)), m->lastError());
            return false;
        }
        sqlite3_reset(insert.handle);
        ++report.rows;
        return true;
    });
    if (end == JsonLinesEnd::Stopped)
        return fail(failure);
    if (end == JsonLinesEnd::ReadFailed)
        return fail(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString()));
    sqlite3_finalize(std::exchange(insert.handle, nullptr));
    if (sqlite3_exec(m->db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("Could not save %1 (is the disk full?): %2")
                        .arg(QDir::toNativeSeparators(m->path), m->lastError()));
    return report;
}

} // namespace callrail
