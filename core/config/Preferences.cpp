#include "config/Preferences.h"

#include "api/ApiFacts.h"
#include "engine/OptionLimits.h"
#include "export/PostgresConnection.h"
#include "export/SaveFormat.h"
#include "refresh/ExportRefresh.h"

#include <QSettings>
#include <QStandardPaths>

namespace callrail {

namespace {

QString limitKey(const QString &endpoint)
{
    return QStringLiteral("extraction/limits/") + endpoint;
}

QString fieldsKey(const QString &endpoint)
{
    return QStringLiteral("extraction/fields/") + endpoint;
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

QUrl Preferences::defaultBaseUrl()
{
    return ApiFacts::defaultBaseUrl();
}

QString Preferences::defaultOutputFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           QStringLiteral("/CallRail Extractor");
}

int Preferences::boundedInt(const QString &key, const IntLimit &limit) const
{
    bool ok = false;
    const int value = m_settings->value(key, int(limit.defaultValue)).toInt(&ok);
    // A hand-edited or corrupt file must not give a zero page size or a thousand threads.
    return ok && limit.contains(value) ? value : int(limit.defaultValue);
}

bool Preferences::hasEndpoints() const
{
    return m_settings->contains(QStringLiteral("extraction/endpoints"));
}

QStringList Preferences::endpoints() const
{
    return cleanList(m_settings->value(QStringLiteral("extraction/endpoints")).toStringList());
}

void Preferences::setEndpoints(const QStringList &names)
{
    m_settings->setValue(QStringLiteral("extraction/endpoints"), cleanList(names));
}

qint64 Preferences::limit(const QString &endpoint) const
{
    bool ok = false;
    const qint64 value = m_settings->value(limitKey(endpoint), 0).toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

void Preferences::setLimit(const QString &endpoint, qint64 limit)
{
    if (limit > 0)
        m_settings->setValue(limitKey(endpoint), limit);
    else
        m_settings->remove(limitKey(endpoint));
}

QStringList Preferences::fields(const QString &endpoint) const
{
    return cleanList(m_settings->value(fieldsKey(endpoint)).toStringList());
}

void Preferences::setFields(const QString &endpoint, const QStringList &fields)
{
    m_settings->setValue(fieldsKey(endpoint), cleanList(fields));
}

QString Preferences::accountId() const
{
    return m_settings->value(QStringLiteral("extraction/accountId")).toString().trimmed();
}

void Preferences::setAccountId(const QString &accountId)
{
    m_settings->setValue(QStringLiteral("extraction/accountId"), accountId.trimmed());
}

DatePreset Preferences::datePreset() const
{
    return parseDatePreset(m_settings->value(QStringLiteral("dates/preset")).toString())
        .value_or(DatePreset::Last30Days);
}

void Preferences::setDatePreset(DatePreset preset)
{
    m_settings->setValue(QStringLiteral("dates/preset"), datePresetKey(preset));
}

QDate Preferences::customStart() const
{
    return QDate::fromString(m_settings->value(QStringLiteral("dates/start")).toString(), Qt::ISODate);
}

void Preferences::setCustomStart(const QDate &date)
{
    // Stored as text so that the file reads "2025-01-31" on every platform.
    m_settings->setValue(QStringLiteral("dates/start"), date.toString(Qt::ISODate));
}

QDate Preferences::customEnd() const
{
    return QDate::fromString(m_settings->value(QStringLiteral("dates/end")).toString(), Qt::ISODate);
}

void Preferences::setCustomEnd(const QDate &date)
{
    m_settings->setValue(QStringLiteral("dates/end"), date.toString(Qt::ISODate));
}

QString Preferences::timeZone() const
{
    const QString zone = m_settings->value(QStringLiteral("dates/timeZone")).toString().trimmed();
    return zone.isEmpty() ? DateWindow::defaultTimeZone() : zone;
}

void Preferences::setTimeZone(const QString &timeZone)
{
    m_settings->setValue(QStringLiteral("dates/timeZone"), timeZone.trimmed());
}

DateWindow Preferences::dateWindow() const
{
    DateWindow window;
    window.preset = datePreset();
    window.customStart = customStart();
    window.customEnd = customEnd();
    window.timeZone = timeZone();
    return window;
}

void Preferences::setDateWindow(const DateWindow &window)
{
    setDatePreset(window.preset);
    setCustomStart(window.customStart);
    setCustomEnd(window.customEnd);
    setTimeZone(window.timeZone);
}

QString Preferences::outputFormat() const
{
    const QString format = m_settings->value(QStringLiteral("output/format")).toString();
    const auto known = SaveFormats::parse(format);
    return SaveFormats::name(known.value_or(SaveFormat::Csv));
}

void Preferences::setOutputFormat(const QString &format)
{
    m_settings->setValue(QStringLiteral("output/format"), format.trimmed().toLower());
}

bool Preferences::excelSafe() const
{
    return m_settings->value(QStringLiteral("output/excelSafe"), true).toBool();
}

void Preferences::setExcelSafe(bool on)
{
    m_settings->setValue(QStringLiteral("output/excelSafe"), on);
}

bool Preferences::byteOrderMark() const
{
    return m_settings->value(QStringLiteral("output/bom"), true).toBool();
}

void Preferences::setByteOrderMark(bool on)
{
    m_settings->setValue(QStringLiteral("output/bom"), on);
}

QString Preferences::postgresHost() const
{
    return m_settings->value(QStringLiteral("postgres/host"), QStringLiteral("localhost")).toString();
}

int Preferences::postgresPort() const
{
    const int port = m_settings->value(QStringLiteral("postgres/port"), 5432).toInt();
    return port > 0 && port < 65536 ? port : 5432;
}

QString Preferences::postgresDatabase() const
{
    return m_settings->value(QStringLiteral("postgres/database")).toString();
}

QString Preferences::postgresUser() const
{
    return m_settings->value(QStringLiteral("postgres/user")).toString();
}

QString Preferences::postgresSchema() const
{
    const QString schema = m_settings->value(QStringLiteral("postgres/schema")).toString().trimmed();
    return schema.isEmpty() ? PostgresConnection::defaultSchema() : schema;
}

void Preferences::setPostgres(const QString &host, int port, const QString &database, const QString &user,
                              const QString &schema)
{
    m_settings->setValue(QStringLiteral("postgres/host"), host);
    m_settings->setValue(QStringLiteral("postgres/port"), port);
    m_settings->setValue(QStringLiteral("postgres/database"), database);
    m_settings->setValue(QStringLiteral("postgres/user"), user);
    m_settings->setValue(QStringLiteral("postgres/schema"), schema);
}

int Preferences::lookBackDays() const
{
    bool ok = false;
    const int days = m_settings->value(QStringLiteral("refresh/lookBackDays")).toInt(&ok);
    return ok && days >= 0 && days <= ExportRefresh::kMaxLookBackDays ? days
                                                                      : ExportRefresh::kDefaultLookBackDays;
}

void Preferences::setLookBackDays(int days)
{
    m_settings->setValue(QStringLiteral("refresh/lookBackDays"), days);
}

bool Preferences::datedFileNames() const
{
    return m_settings->value(QStringLiteral("output/datedNames"), false).toBool();
}

void Preferences::setDatedFileNames(bool on)
{
    m_settings->setValue(QStringLiteral("output/datedNames"), on);
}

QString Preferences::outputFolder() const
{
    const QString folder = m_settings->value(QStringLiteral("output/folder")).toString().trimmed();
    return folder.isEmpty() ? defaultOutputFolder() : folder;
}

void Preferences::setOutputFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("output/folder"), folder.trimmed());
}

QUrl Preferences::baseUrl() const
{
    const QUrl url(m_settings->value(QStringLiteral("network/baseUrl")).toString().trimmed(),
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return defaultBaseUrl();
    return url;
}

void Preferences::setBaseUrl(const QUrl &url)
{
    if (url.isEmpty() || url == defaultBaseUrl())
        m_settings->remove(QStringLiteral("network/baseUrl"));
    else
        m_settings->setValue(QStringLiteral("network/baseUrl"), url.toString());
}

int Preferences::perPage() const
{
    return boundedInt(QStringLiteral("network/perPage"), OptionLimits::perPage);
}

void Preferences::setPerPage(int perPage)
{
    m_settings->setValue(QStringLiteral("network/perPage"), perPage);
}

int Preferences::concurrency() const
{
    return boundedInt(QStringLiteral("network/concurrency"), OptionLimits::concurrency);
}

void Preferences::setConcurrency(int concurrency)
{
    m_settings->setValue(QStringLiteral("network/concurrency"), concurrency);
}

int Preferences::maxRetries() const
{
    return boundedInt(QStringLiteral("network/maxRetries"), OptionLimits::maxRetries);
}

void Preferences::setMaxRetries(int retries)
{
    m_settings->setValue(QStringLiteral("network/maxRetries"), retries);
}

int Preferences::timeoutSeconds() const
{
    return boundedInt(QStringLiteral("network/timeoutSeconds"), OptionLimits::timeoutSeconds);
}

void Preferences::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("network/timeoutSeconds"), seconds);
}

int Preferences::hourlyBudget() const
{
    return boundedInt(QStringLiteral("budget/hourly"), OptionLimits::hourlyBudget);
}

void Preferences::setHourlyBudget(int requests)
{
    m_settings->setValue(QStringLiteral("budget/hourly"), requests);
}

int Preferences::dailyBudget() const
{
    return boundedInt(QStringLiteral("budget/daily"), OptionLimits::dailyBudget);
}

void Preferences::setDailyBudget(int requests)
{
    m_settings->setValue(QStringLiteral("budget/daily"), requests);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(QStringLiteral("ui/state")).toByteArray();
}

void Preferences::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/state"), state);
}

QString Preferences::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString().trimmed();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language.trimmed());
}

} // namespace callrail
