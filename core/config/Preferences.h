#pragma once

#include "config/DateWindow.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

namespace callrail {

struct IntLimit;

/// What the desktop window and the command line remember between runs, as typed getters (with defaults) and
/// setters over QSettings. Out-of-range stored values read back as the default.
///
/// There is deliberately no key, token or secret field: the API key lives only in the system keychain (see
/// SecretStore), never in a settings file.
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

    // The numbers' defaults and ranges are OptionLimits', the base URL is ApiFacts'.
    static QUrl defaultBaseUrl();         ///< ApiFacts::defaultBaseUrl()
    static QString defaultOutputFolder(); ///< Documents/CallRail Extractor

    // extraction/
    /// The selected endpoint names (empty = never chosen; the caller decides what that means).
    /// Whether endpoints were ever chosen (an empty choice is a choice: "none ticked").
    bool hasEndpoints() const;
    QStringList endpoints() const;
    void setEndpoints(const QStringList &names);
    /// Maximum records for one endpoint, 0 = no limit.
    qint64 limit(const QString &endpoint) const;
    void setLimit(const QString &endpoint, qint64 limit);
    /// Optional fields (fields=) requested for one endpoint.
    QStringList fields(const QString &endpoint) const;
    void setFields(const QString &endpoint, const QStringList &fields);
    /// The account id last extracted (empty = the key's first account).
    QString accountId() const;
    void setAccountId(const QString &accountId);

    // dates/
    DatePreset datePreset() const; ///< default Last30Days
    void setDatePreset(DatePreset preset);
    QDate customStart() const;
    void setCustomStart(const QDate &date);
    QDate customEnd() const;
    void setCustomEnd(const QDate &date);
    QString timeZone() const; ///< default DateWindow::defaultTimeZone(), the computer's zone
    void setTimeZone(const QString &timeZone);
    /// The four date settings together.
    DateWindow dateWindow() const;
    void setDateWindow(const DateWindow &window);

    // output/
    QString outputFormat() const; ///< a SaveFormats::name(): "csv" (the default), "jsonl", "xlsx", …
    void setOutputFormat(const QString &format);
    bool excelSafe() const; ///< default true
    void setExcelSafe(bool on);
    /// Default true: the window writes CSV for Excel on Windows, which needs the BOM to read UTF-8
    /// ("Española", emoji). The command line keeps its own default (ExportOptions).
    bool byteOrderMark() const;
    void setByteOrderMark(bool on);
    QString outputFolder() const; ///< default defaultOutputFolder()
    void setOutputFolder(const QString &folder);
    /// Whether Save adds the extraction date to the file names ("calls_2026-11-30.csv"), so that this week's
    /// export sits beside last week's. Default false: a fixed name suits a report that reads the same file.
    bool datedFileNames() const;
    void setDatedFileNames(bool on);
    /// The PostgreSQL database Save last wrote to (never its password: that is in the keychain).
    QString postgresHost() const;
    int postgresPort() const;
    QString postgresDatabase() const;
    QString postgresUser() const;
    QString postgresSchema() const;
    void setPostgres(const QString &host, int port, const QString &database, const QString &user,
                     const QString &schema);
    /// Days before the newest record a refresh re-reads (ExportRefresh's default; 0 allowed).
    int lookBackDays() const;
    void setLookBackDays(int days);

    // network/
    QUrl baseUrl() const; ///< default defaultBaseUrl(); only http(s) URLs are accepted back
    void setBaseUrl(const QUrl &url);
    int perPage() const; ///< OptionLimits::perPage
    void setPerPage(int perPage);
    int concurrency() const; ///< OptionLimits::concurrency
    void setConcurrency(int concurrency);
    int maxRetries() const; ///< OptionLimits::maxRetries
    void setMaxRetries(int retries);
    int timeoutSeconds() const; ///< OptionLimits::timeoutSeconds
    void setTimeoutSeconds(int seconds);

    // budget/
    int hourlyBudget() const; ///< requests per hour, OptionLimits::hourlyBudget
    void setHourlyBudget(int requests);
    int dailyBudget() const; ///< requests per day, OptionLimits::dailyBudget
    void setDailyBudget(int requests);

    // ui/
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString language() const; ///< empty = the system language
    void setLanguage(const QString &language);

private:
    /// The stored value when it is in the limit's range, else the limit's default.
    int boundedInt(const QString &key, const IntLimit &limit) const;

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace callrail
