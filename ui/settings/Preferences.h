#pragma once

#include "config/DateWindow.h"

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace callrail {

struct IntLimit;

/// Every setting the window remembers between runs. The table in Preferences.cpp gives each its key in the
/// settings file, its type, its default and what is accepted back from the file; the comments here say only
/// what a setting is for.
///
/// There is deliberately no key, token, secret or password setting: the API key and the PostgreSQL password
/// live only in the system keychain (see SecretStore), never in a settings file. Do not add one.
enum class Pref
{
    // What to extract
    Endpoints,   ///< the endpoints ticked (see isStored(): an empty choice is "none ticked")
    RecordLimit, ///< per endpoint: the most records to fetch, 0 = no limit
    Fields,      ///< per endpoint: the optional fields (fields=) requested
    AccountId,   ///< the account last extracted; empty = the key's first, "*" = every account

    // The dates (read together by dateWindow())
    DatePreset,
    CustomStart, ///< for DatePreset::Custom
    CustomEnd,   ///< for DatePreset::Custom
    TimeZone,    ///< an IANA id

    // Saving
    OutputFormat,
    ExcelSafe,
    ByteOrderMark, ///< on by default: the window writes CSV for Excel on Windows, which needs it for UTF-8
    OutputFolder,
    DatedFileNames, ///< whether Save adds the extraction date to the file names ("calls_2026-11-30.csv")

    // The PostgreSQL database Save last wrote to (its password is in the keychain)
    PostgresHost, ///< kept as typed: an empty host is libpq's default
    PostgresPort,
    PostgresDatabase,
    PostgresUser,
    PostgresSchema,

    // Refreshes
    LookBackDays, ///< days before the newest record a refresh re-reads

    // Requests
    BaseUrl, ///< http(s) only
    PerPage,
    Concurrency,
    MaxRetries,
    TimeoutSeconds,
    HourlyBudget, ///< requests per hour
    DailyBudget,  ///< requests per day

    // The window
    WindowGeometry, ///< QWidget::saveGeometry()
    WindowState,    ///< QMainWindow::saveState()
    Language,       ///< empty = the system language (nothing offers another yet)
};

/// How many settings Pref names (for a loop over all of them).
inline constexpr int kPrefCount = int(Pref::Language) + 1;

/// One row of the table, as the tests see it (they loop over every row).
struct PrefInfo
{
    QString key;           ///< in the settings file; a per-endpoint setting's key is this plus the endpoint
    QMetaType type;        ///< what get<T>() returns and set() takes
    QVariant defaultValue; ///< what a setting never written, or written out of range, reads back as
    bool perEndpoint = false;
    const IntLimit *range = nullptr; ///< numbers: the values accepted back
    QVariantList choices;            ///< enumerations: every value
};

/// The window's settings over QSettings, typed and validated by one table (Preferences.cpp): a value in the
/// file that is out of range or unreadable reads back as the default, so that a hand-edited or corrupt file
/// cannot give a zero page size or a thousand threads. Only the window uses it: the command line takes its
/// options from its flags, the environment and .env, and never reads these settings.
class Preferences
{
public:
    /// Uses `settings` when given (not owned; tests), else the application's default QSettings.
    explicit Preferences(QSettings *settings = nullptr);
    ~Preferences();
    Preferences(const Preferences &) = delete;
    Preferences &operator=(const Preferences &) = delete;

    /// The QSettings in use (for sync() or the file name in messages).
    QSettings &settings() const;
    /// Writes pending changes to disk.
    void sync();

    /// The setting's value, e.g. get<int>(Pref::PerPage). T must be the type the table gives it.
    template <typename T>
    T get(Pref pref) const
    {
        assertType<T>(pref, false);
        return value(pref).value<T>();
    }
    /// A per-endpoint setting: get<qint64>(Pref::RecordLimit, QStringLiteral("calls")).
    template <typename T>
    T get(Pref pref, const QString &endpoint) const
    {
        assertType<T>(pref, true);
        return value(pref, endpoint).value<T>();
    }
    template <typename T>
    void set(Pref pref, const T &value)
    {
        assertType<T>(pref, false);
        setValue(pref, QVariant::fromValue(value));
    }
    template <typename T>
    void set(Pref pref, const QString &endpoint, const T &value)
    {
        assertType<T>(pref, true);
        setValue(pref, endpoint, QVariant::fromValue(value));
    }

    /// The same, untyped: the value has the table's type (tests loop over every setting with these).
    QVariant value(Pref pref, const QString &endpoint = QString()) const;
    void setValue(Pref pref, const QVariant &value);
    void setValue(Pref pref, const QString &endpoint, const QVariant &value);
    /// Whether the file holds the setting at all, for when "never chosen" differs from a chosen default.
    bool isStored(Pref pref, const QString &endpoint = QString()) const;

    /// The four dates/ settings together.
    DateWindow dateWindow() const;
    void setDateWindow(const DateWindow &window);

    /// The table's row for `pref`.
    static PrefInfo info(Pref pref);
    /// Documents/CallRail Extractor, OutputFolder's default.
    static QString defaultOutputFolder();

private:
    /// A T that is not the table's type would be converted silently (a qint64 limit read as an int, a bool as
    /// "true"); asserted here, in the caller's code, so that Debug builds and the tests' own calls stop at
    /// it.
    template <typename T>
    static void assertType([[maybe_unused]] Pref pref, [[maybe_unused]] bool perEndpoint)
    {
        Q_ASSERT_X(fits(pref, QMetaType::fromType<T>(), perEndpoint), "Preferences",
                   "the type or the scope (per endpoint or not) is not the table's");
    }
    static bool fits(Pref pref, QMetaType type, bool perEndpoint);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace callrail
