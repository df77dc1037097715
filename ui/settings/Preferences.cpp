#include "settings/Preferences.h"

#include "api/ApiFacts.h"
#include "engine/OptionLimits.h"
#include "export/PostgresConnection.h"
#include "export/SaveFormat.h"
#include "refresh/ExportRefresh.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <iterator>
#include <optional>

namespace callrail {

namespace {

/// How a stored value is read back, and how a value is written. Each kind has one C++ type (Rule::type).
enum class Kind
{
    Flag,        ///< bool
    Number,      ///< int or qint64 within a range
    Text,        ///< QString, trimmed; empty reads as the default
    TextAsTyped, ///< QString as typed, an empty one too; only a missing key reads as the default
    Choice,  ///< an enumeration, stored as its name and read back through its parser (which knows aliases)
    List,    ///< QStringList, trimmed, without empty or repeated items
    Date,    ///< QDate, stored as text ("2025-01-31") so that the file reads the same on every platform
    HttpUrl, ///< QUrl, accepted back only when http(s) with a host
    Bytes,   ///< QByteArray, as given
};

struct Rule
{
    Kind kind = Kind::Flag;
    QMetaType type = {};
    QVariant fixedDefault = {};
    /// A default known only at run time (the computer's zone, its Documents folder), instead of fixedDefault.
    QVariant (*computedDefault)() = nullptr;
    const IntLimit *range = nullptr; ///< Number
    // Choice: its names both ways, and every value.
    QVariant (*fromName)(const QString &) = nullptr;
    QString (*toName)(const QVariant &) = nullptr;
    QVariantList (*every)() = nullptr;
};

/// An enumeration's names as a Choice needs them, from the functions its own header already offers.
template <typename E, QList<E> (*all)(), QString (*name)(E), std::optional<E> (*parse)(const QString &)>
struct Names
{
    static QVariant fromName(const QString &text)
    {
        const std::optional<E> value = parse(text);
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    static QString toName(const QVariant &value) { return name(value.value<E>()); }
    static QVariantList every()
    {
        QVariantList values;
        for (const E value : all())
            values.append(QVariant::fromValue(value));
        return values;
    }
};
using DatePresetNames = Names<DatePreset, allDatePresets, datePresetKey, parseDatePreset>;
using SaveFormatNames = Names<SaveFormat, SaveFormats::all, SaveFormats::name, SaveFormats::parse>;

Rule flag(bool fallback)
{
    return {.kind = Kind::Flag, .type = QMetaType::fromType<bool>(), .fixedDefault = fallback};
}

template <typename Int>
Rule number(const IntLimit &range)
{
    return {.kind = Kind::Number,
            .type = QMetaType::fromType<Int>(),
            .fixedDefault = QVariant::fromValue(Int(range.defaultValue)),
            .range = &range};
}

Rule text(const QString &fallback = QString())
{
    return {.kind = Kind::Text, .type = QMetaType::fromType<QString>(), .fixedDefault = fallback};
}

template <QString (*fallback)()>
Rule text()
{
    return {.kind = Kind::Text, .type = QMetaType::fromType<QString>(), .computedDefault = [] {
                return QVariant(fallback());
            }};
}

Rule textAsTyped(const QString &fallback = QString())
{
    return {.kind = Kind::TextAsTyped, .type = QMetaType::fromType<QString>(), .fixedDefault = fallback};
}

template <typename EnumNames, typename E>
Rule choice(E fallback)
{
    return {.kind = Kind::Choice,
            .type = QMetaType::fromType<E>(),
            .fixedDefault = QVariant::fromValue(fallback),
            .fromName = EnumNames::fromName,
            .toName = EnumNames::toName,
            .every = EnumNames::every};
}

Rule list()
{
    return {.kind = Kind::List, .type = QMetaType::fromType<QStringList>(), .fixedDefault = QStringList()};
}

Rule date()
{
    return {.kind = Kind::Date, .type = QMetaType::fromType<QDate>(), .fixedDefault = QDate()};
}

template <QUrl (*fallback)()>
Rule httpUrl()
{
    return {.kind = Kind::HttpUrl, .type = QMetaType::fromType<QUrl>(), .computedDefault = [] {
                return QVariant(fallback());
            }};
}

Rule bytes()
{
    return {.kind = Kind::Bytes, .type = QMetaType::fromType<QByteArray>(), .fixedDefault = QByteArray()};
}

enum Flags
{
    /// The key is a prefix the endpoint's name follows ("extraction/limits/calls").
    PerEndpoint = 1,
    /// A value that reads back as the default removes the key: the file keeps only real choices, and a
    /// changed default (CallRail's base URL) reaches everyone who never chose.
    OmitDefault = 2,
};

struct Row
{
    Pref pref;
    const char *key;
    Rule rule;
    int flags = 0;
};

// PostgreSQL's port range and libpq's default: not an extraction option, hence not in OptionLimits.
constexpr IntLimit kPortRange{1, 65535, 5432};
// ExportRefresh's, which the command line's --look-back is checked against too.
constexpr IntLimit kLookBackRange{0, ExportRefresh::kMaxLookBackDays, ExportRefresh::kDefaultLookBackDays};

/// The settings: key, type and default, and what is accepted back. The numbers' ranges and defaults are
/// OptionLimits' (shared with the command line and validation), the base URL is ApiFacts'. The keys are on
/// users' disks: renaming one forgets what they chose.
const Row &row(Pref pref)
{
    static const Row rows[] = {
        {Pref::Endpoints, "extraction/endpoints", list()},
        {Pref::RecordLimit, "extraction/limits/", number<qint64>(OptionLimits::recordLimit),
         PerEndpoint | OmitDefault},
        {Pref::Fields, "extraction/fields/", list(), PerEndpoint},
        {Pref::AccountId, "extraction/accountId", text()},
        {Pref::DatePreset, "dates/preset", choice<DatePresetNames>(DatePreset::Last30Days)},
        {Pref::CustomStart, "dates/start", date()},
        {Pref::CustomEnd, "dates/end", date()},
        {Pref::TimeZone, "dates/timeZone", text<DateWindow::defaultTimeZone>()},
        {Pref::OutputFormat, "output/format", choice<SaveFormatNames>(SaveFormat::Csv)},
        {Pref::ExcelSafe, "output/excelSafe", flag(true)},
        {Pref::ByteOrderMark, "output/bom", flag(true)}, // the command line keeps ExportOptions' (off)
        {Pref::OutputFolder, "output/folder", text<Preferences::defaultOutputFolder>()},
        {Pref::DatedFileNames, "output/datedNames", flag(false)}, // a fixed name suits a report reading it
        {Pref::PostgresHost, "postgres/host", textAsTyped(QStringLiteral("localhost"))},
        {Pref::PostgresPort, "postgres/port", number<int>(kPortRange)},
        {Pref::PostgresDatabase, "postgres/database", textAsTyped()},
        {Pref::PostgresUser, "postgres/user", textAsTyped()},
        {Pref::PostgresSchema, "postgres/schema", text<PostgresConnection::defaultSchema>()},
        {Pref::LookBackDays, "refresh/lookBackDays", number<int>(kLookBackRange)},
        {Pref::BaseUrl, "network/baseUrl", httpUrl<ApiFacts::defaultBaseUrl>(), OmitDefault},
        {Pref::PerPage, "network/perPage", number<int>(OptionLimits::perPage)},
        {Pref::Concurrency, "network/concurrency", number<int>(OptionLimits::concurrency)},
        {Pref::MaxRetries, "network/maxRetries", number<int>(OptionLimits::maxRetries)},
        {Pref::TimeoutSeconds, "network/timeoutSeconds", number<int>(OptionLimits::timeoutSeconds)},
        {Pref::HourlyBudget, "budget/hourly", number<int>(OptionLimits::hourlyBudget)},
        {Pref::DailyBudget, "budget/daily", number<int>(OptionLimits::dailyBudget)},
        {Pref::WindowGeometry, "ui/geometry", bytes()},
        {Pref::WindowState, "ui/state", bytes()},
        {Pref::Language, "ui/language", text()},
    };
    static_assert(std::size(rows) == std::size_t(kPrefCount), "one row for each Pref");
    const Row &found = rows[int(pref)];
    Q_ASSERT(found.pref == pref); // the rows are in Pref's order
    return found;
}

QStringList cleanList(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

QVariant defaultOf(const Rule &rule)
{
    return rule.computedDefault ? rule.computedDefault() : rule.fixedDefault;
}

/// The stored value as the rule's type, or an invalid QVariant when it is missing or not acceptable.
QVariant accepted(const Rule &rule, const QVariant &stored)
{
    if (!stored.isValid())
        return {};
    switch (rule.kind) {
    case Kind::Flag:
        return stored.toBool();
    case Kind::Number: {
        bool ok = false;
        QVariant number = stored.toLongLong(&ok);
        if (!ok || !rule.range->contains(number.toLongLong()) || !number.convert(rule.type))
            return {};
        return number;
    }
    case Kind::Text: {
        const QString text = stored.toString().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Kind::TextAsTyped:
        return stored.toString();
    case Kind::Choice:
        return rule.fromName(stored.toString());
    case Kind::List:
        return cleanList(stored.toStringList());
    case Kind::Date: {
        const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case Kind::HttpUrl: {
        const QUrl url(stored.toString().trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return {};
        return url;
    }
    case Kind::Bytes:
        return stored.toByteArray();
    }
    return {};
}

/// What the file keeps for `value`.
QVariant storedForm(const Rule &rule, const QVariant &value)
{
    switch (rule.kind) {
    case Kind::Flag:
        return value.toBool();
    case Kind::Number:
    case Kind::TextAsTyped:
    case Kind::Bytes:
        return value;
    case Kind::Text:
        return value.toString().trimmed();
    case Kind::Choice:
        return rule.toName(value);
    case Kind::List:
        return cleanList(value.toStringList());
    case Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case Kind::HttpUrl:
        return value.toUrl().toString();
    }
    return value;
}

QVariant readBack(const Rule &rule, const QVariant &stored)
{
    const QVariant value = accepted(rule, stored);
    return value.isValid() ? value : defaultOf(rule);
}

QString keyOf(const Row &row, const QString &endpoint)
{
    Q_ASSERT(bool(row.flags & PerEndpoint) == !endpoint.isEmpty());
    const QString key = QString::fromLatin1(row.key);
    return row.flags & PerEndpoint ? key + endpoint : key;
}

} // namespace

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

Preferences::~Preferences() = default;

QSettings &Preferences::settings() const
{
    return *m_settings;
}

void Preferences::sync()
{
    m_settings->sync();
}

QVariant Preferences::value(Pref pref, const QString &endpoint) const
{
    const Row &r = row(pref);
    return readBack(r.rule, m_settings->value(keyOf(r, endpoint)));
}

void Preferences::setValue(Pref pref, const QVariant &value)
{
    setValue(pref, QString(), value);
}

void Preferences::setValue(Pref pref, const QString &endpoint, const QVariant &value)
{
    const Row &r = row(pref);
    const QString key = keyOf(r, endpoint);
    const QVariant stored = storedForm(r.rule, value);
    if ((r.flags & OmitDefault) && readBack(r.rule, stored) == defaultOf(r.rule))
        m_settings->remove(key);
    else
        m_settings->setValue(key, stored);
}

bool Preferences::isStored(Pref pref, const QString &endpoint) const
{
    return m_settings->contains(keyOf(row(pref), endpoint));
}

DateWindow Preferences::dateWindow() const
{
    DateWindow window;
    window.preset = get<DatePreset>(Pref::DatePreset);
    window.customStart = get<QDate>(Pref::CustomStart);
    window.customEnd = get<QDate>(Pref::CustomEnd);
    window.timeZone = get<QString>(Pref::TimeZone);
    return window;
}

void Preferences::setDateWindow(const DateWindow &window)
{
    set(Pref::DatePreset, window.preset);
    set(Pref::CustomStart, window.customStart);
    set(Pref::CustomEnd, window.customEnd);
    set(Pref::TimeZone, window.timeZone);
}

PrefInfo Preferences::info(Pref pref)
{
    const Row &r = row(pref);
    return {QString::fromLatin1(r.key),  r.rule.type,  defaultOf(r.rule),
            bool(r.flags & PerEndpoint), r.rule.range, r.rule.every ? r.rule.every() : QVariantList()};
}

QString Preferences::defaultOutputFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           QStringLiteral("/CallRail Extractor");
}

bool Preferences::fits(Pref pref, QMetaType type, bool perEndpoint)
{
    const Row &r = row(pref);
    return r.rule.type == type && bool(r.flags & PerEndpoint) == perEndpoint;
}

} // namespace callrail
