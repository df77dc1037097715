#include "SqliteWriter.h"

#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>
#include <optional>

namespace callrail {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

template <typename T>
std::optional<T> parseWhole(std::string_view text)
{
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// Whether a column's values are bound as their UTF-8 bytes and cast to TEXT by the statement (see
/// loadTable()).
bool isText(ColumnType type)
{
    return type == ColumnType::Text || type == ColumnType::Identifier || type == ColumnType::Timestamp ||
           type == ColumnType::Json;
}

/// The bound value of one cell by its column's type; text when the value drifted from the type, so that
/// nothing is lost.
QVariant valueOf(std::string_view text, ColumnType type)
{
    if (text.empty())
        return QVariant(); // null or absent: NULL
    switch (type) {
    case ColumnType::Integer:
        if (const auto integer = parseWhole<qint64>(text))
            return QVariant(qlonglong(*integer));
        if (const auto number = parseWhole<double>(text))
            return QVariant(*number);
        break;
    case ColumnType::Number:
        if (const auto number = parseWhole<double>(text))
            return QVariant(*number);
        break;
    case ColumnType::Boolean:
        if (text == "true" || text == "false")
            return QVariant(qlonglong(text == "true" ? 1 : 0));
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Timestamp:
    case ColumnType::Json:
        break;
    }
    // Drifted from its type (rare): bound as text, SQLite keeps it as such in the typed column.
    return QVariant(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

} // namespace

QString SqliteWriter::sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnType::Number:
        return QStringLiteral("REAL");
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Timestamp:
    case ColumnType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

struct SqliteWriter::State
{
    QString path;
    QString connection;
    QSqlDatabase db;

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
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
    // One connection per writer: Qt SQL names connections process-wide.
    m->connection = QStringLiteral("callrail-sqlite-%1").arg(quintptr(this), 0, 16);
}

SqliteWriter::~SqliteWriter()
{
    if (m->db.isValid()) {
        m->db.close();
        m->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m->connection);
    }
}

bool SqliteWriter::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not installed.");
        return false;
    }
    m->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m->connection);
    m->db.setDatabaseName(m->path);
    if (!m->db.open()) {
        *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(m->path), m->db.lastError().text());
        return false;
    }
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
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
            *error = info.lastError().text();
            return false;
        }
        while (info.next())
            existing.insert(info.value(1).toString());
    }
    if (existing.isEmpty()) {
        QStringList definitions;
        QStringList key;
        if (keyedByAccount) {
            definitions << quoted(accountColumn()) + QStringLiteral(" TEXT NOT NULL");
            key << quoted(accountColumn());
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const bool id = columns.at(c) == QLatin1String("id");
            definitions << quoted(columns.at(c)) + QLatin1Char(' ') +
                               (id ? QStringLiteral("TEXT NOT NULL") : sqlType(types.value(c)));
        }
        definitions << quoted(extractedAtColumn()) + QStringLiteral(" TEXT NOT NULL");
        key << quoted(QStringLiteral("id"));
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
        return exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT")
                        .arg(quoted(table), quoted(extractedAtColumn())),
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
    if (!m->db.transaction()) {
        *error = m->db.lastError().text();
        return report;
    }
    // Everything from here on is undone on any failure: the table stays as the last whole load left it.
    bool byAccount = false;
    const auto fail = [&](const QString &message) {
        m->db.rollback();
        *error = message;
        report.rows = 0;
        return report;
    };
    QString why;
    if (!m->prepareTable(table, columns, types, keyedByAccount, &byAccount, &why))
        return fail(why);

    QStringList names;
    QStringList placeholders;
    QStringList updates;
    QStringList key;
    if (byAccount) {
        names << quoted(accountColumn());
        key << quoted(accountColumn());
    }
    placeholders = QStringList(names.size(), QStringLiteral("?"));
    // Text goes in as its UTF-8 bytes, cast to TEXT by SQLite: as a QString, Qt's driver would bind it as
    // UTF-16, which SQLite converts back to UTF-8 (slower) and whose leading U+FEFF it takes for a byte order
    // mark and drops (CallRail sends names that start with one).
    for (qsizetype c = 0; c < columns.size(); ++c) {
        names << quoted(columns.at(c));
        placeholders << (c == idColumn || isText(types.value(c)) ? QStringLiteral("CAST(? AS TEXT)")
                                                                 : QStringLiteral("?"));
    }
    names << quoted(extractedAtColumn());
    placeholders << QStringLiteral("?");
    key << quoted(QStringLiteral("id"));
    for (const QString &name : std::as_const(names)) {
        if (!key.contains(name))
            updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(quoted(table), names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                 key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    QSqlQuery insert(m->db);
    if (!insert.prepare(sql))
        return fail(insert.lastError().text());
    const int first = byAccount ? 1 : 0;
    if (byAccount) // "" for the accounts list, which belongs to no account (a null QString would bind NULL)
        insert.bindValue(0, accountId.isEmpty() ? QStringLiteral("") : accountId);
    insert.bindValue(first + int(columns.size()), extractedAt);

    RecordFlattener flattener(columns);
    QString failure;
    const JsonLinesEnd end = readFlattenedRecords(file, flattener, &report.skipped, [&] {
        if (flattener.cell(idColumn).empty()) {
            ++report.skipped; // no key: it could only be duplicated by the next load
            return true;
        }
        for (int c = 0; c < flattener.columnCount(); ++c) {
            const std::string_view text = flattener.cell(c);
            if (c == idColumn || isText(types.value(c)))
                insert.bindValue(first + c, text.empty()
                                                ? QVariant()
                                                : QVariant(QByteArray(text.data(), qsizetype(text.size()))));
            else
                insert.bindValue(first + c, valueOf(text, types.value(c)));
        }
        if (!insert.exec()) {
            failure = tr("%1, record %2: %3")
                          .arg(table, QString::fromUtf8(flattener.cell(idColumn)), insert.lastError().text());
            return false;
        }
        ++report.rows;
        return true;
    });
    if (end == JsonLinesEnd::Stopped)
        return fail(failure);
    if (end == JsonLinesEnd::ReadFailed)
        return fail(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString()));
    insert.finish();
    if (!m->db.commit())
        return fail(tr("Could not save %1 (is the disk full?): %2")
                        .arg(QDir::toNativeSeparators(m->path), m->db.lastError().text()));
    return report;
}

} // namespace callrail
