#include "DemoDataset.h"

#include "api/EndpointCatalogue.h"
#include "demo/DemoRecords.h"

#include <QJsonArray>

#include <algorithm>

namespace callrail {

using namespace demo;

namespace {

constexpr qint64 kDay = 86400000;
enum StreamKind
{
    Calls = 0,
    Forms = 1,
    Texts = 2
};

int streamKind(const QString &endpoint)
{
    if (endpoint == QLatin1String("calls"))
        return Calls;
    if (endpoint == QLatin1String("form_submissions"))
        return Forms;
    if (endpoint == QLatin1String("text_messages"))
        return Texts;
    return -1;
}

const char *streamTag(int kind)
{
    switch (kind) {
    case Calls:
        return "call";
    case Forms:
        return "form";
    default:
        return "text";
    }
}

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue();
}

const char *const kCompanyNames[] = {"Peachtree Dental",     "Lakeside Plumbing & Heating",
                                     "Café Müller, LLC",     "Summit Roofing \"Pro\"",
                                     "Northside Pediatrics", "Blue Ridge Law Group",
                                     "Harbor View Realty",   "Evergreen HVAC",
                                     "Sunset Auto Repair",   "Maple Street Vet"};
const char *const kAccountNames[] = {"Northwind Marketing", "Acme Agency", "Bright Leads Co.",
                                     "Delta Digital"};

} // namespace

struct DemoDataset::Account
{
    struct Company
    {
        QString id;
        QString name;
        QString timeZoneName;
        QTimeZone zone;
        int placeIndex = 0;
        QString businessPhone;
        QStringList trackerIds;
        QStringList trackerNumbers;
        QStringList tagNames;
    };

    int index = 0;
    quint64 salt = 0;
    QString id;
    QTimeZone zone; // the account owner's zone, for users/tags/caller ids timestamps
    QList<Company> companies;
    QHash<QString, int> companyIndex;
    QStringList userEmails;
    // Small endpoints: full records (every optional field present) in generation order,
    // the companies each record belongs to, and the ascending sort order.
    QHash<QString, QList<QJsonObject>> records;
    QHash<QString, QList<QList<int>>> recordCompanies;
    QHash<QString, QList<int>> sorted;
    QList<qint64> insertedCalls; // start times (ms) of live-inserted calls, ascending
};

DemoDataset::DemoDataset(const DatasetConfig &config)
    : m_config(config)
{
    m_config.accounts = std::max(1, m_config.accounts);
    m_config.companies = std::max(1, m_config.companies);
    m_config.spanDays = std::clamp(m_config.spanDays, 1, 25 * 30);
    m_now = m_config.now.isValid() ? m_config.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (!m_config.now.isValid()) {
        const QTime t = m_now.time();
        m_now.setTime(QTime(t.hour(), t.minute()));
    }
    for (int a = 0; a < m_config.accounts; ++a) {
        auto acct = std::make_shared<Account>();
        buildAccount(*acct, a);
        m_accountIndex.insert(acct->id, a);
        m_accounts.append(acct);
    }
}

DemoDataset::~DemoDataset() = default;

bool DemoDataset::isStreamEndpoint(const QString &endpoint)
{
    return streamKind(endpoint) >= 0;
}

void DemoDataset::buildAccount(Account &acct, int a)
{
    const quint64 seed = m_config.seed;
    acct.index = a;
    acct.salt = hashOf({seed, quint64(a), tagHash("account")});
    acct.id = maskedId("ACC", acct.salt);
    acct.zone = QTimeZone("America/New_York");
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    auto h = [&](const char *tag, quint64 i, quint64 j = 0) {
        return hashOf({acct.salt, tagHash(tag), i, j});
    };

    // Companies.
    QList<QJsonObject> companies;
    for (int c = 0; c < m_config.companies; ++c) {
        Account::Company co;
        co.id = maskedId("COM", h("company", quint64(c)));
        co.name = QString::fromUtf8(kCompanyNames[size_t(c) % std::size(kCompanyNames)]);
        if (c >= int(std::size(kCompanyNames)))
            co.name += QStringLiteral(" #%1").arg(c + 1);
        co.placeIndex = c % placeCount();
        co.timeZoneName = QString::fromLatin1(place(co.placeIndex).timeZone);
        co.zone = QTimeZone(co.timeZoneName.toLatin1());
        co.businessPhone = (a == 0 && c == 0) ? QStringLiteral("+14045550123")
                                              : phoneNumber(place(co.placeIndex).areaCode, 100 + c);
        Rng rng(h("company-values", quint64(c)));
        const bool disabled = c == 3;
        const qint64 created = nowMs - (400 + c * 37) * kDay - rng.below(86400) * 1000LL;
        QJsonObject o;
        o.insert(QStringLiteral("id"), co.id);
        o.insert(QStringLiteral("name"), co.name);
        o.insert(QStringLiteral("status"), disabled ? QStringLiteral("disabled") : QStringLiteral("active"));
        o.insert(QStringLiteral("time_zone"), co.timeZoneName);
        o.insert(QStringLiteral("created_at"), utcMillis(created - created % 1000));
        o.insert(QStringLiteral("disabled_at"), orNull(disabled, utcMillis(nowMs - 30 * kDay)));
        o.insert(QStringLiteral("dni_active"), c == 2 ? QJsonValue() : QJsonValue(true));
        o.insert(QStringLiteral("script_url"),
                 QStringLiteral("//cdn.callrail.com/companies/%1/%2/12/swap.js")
                     .arg(512345678 + c)
                     .arg(h("script", quint64(c)) % 0xffffffffULL, 8, 16, QLatin1Char('0')));
        o.insert(QStringLiteral("callscore_enabled"), false);
        o.insert(QStringLiteral("lead_scoring_enabled"), c % 2 == 0);
        o.insert(QStringLiteral("swap_exclude_jquery"), QJsonValue());
        o.insert(QStringLiteral("swap_ppc_override"), c == 1 ? QJsonValue(true) : QJsonValue());
        o.insert(QStringLiteral("swap_landing_override"), QJsonValue());
        o.insert(QStringLiteral("swap_cookie_duration"), 6);
        o.insert(QStringLiteral("swap_cookie_duration_unit"), QStringLiteral("months"));
        o.insert(QStringLiteral("callscribe_enabled"), false);
        o.insert(QStringLiteral("keyword_spotting_enabled"), false);
        o.insert(QStringLiteral("form_capture"), true);
        o.insert(QStringLiteral("verified_caller_ids"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Front desk")},
                                        {QStringLiteral("phone_number"), co.businessPhone}}});
        companies.append(o);
        acct.companyIndex.insert(co.id, c);
        acct.companies.append(co);
        acct.recordCompanies[QStringLiteral("companies")].append(QList<int>{c});
    }
    acct.records.insert(QStringLiteral("companies"), companies);

    // Trackers.
    QList<QJsonObject> trackers;
    static const char *const trackerNames[] = {"Google Ads", "Website Pool", "Billboard I-85", "Facebook",
                                               "Direct Mail"};
    for (int c = 0; c < acct.companies.size(); ++c) {
        Account::Company &co = acct.companies[c];
        const Place &pl = place(co.placeIndex);
        for (int t = 0; t < m_config.trackersPerCompany; ++t) {
            Rng rng(h("tracker", quint64(c), quint64(t)));
            const bool session = t == 1;
            const QString id = maskedId("TRK", h("tracker-id", quint64(c), quint64(t)));
            QJsonArray numbers;
            for (int n = 0; n < (session ? 4 : 1); ++n)
                numbers.append(phoneNumber(pl.areaCode, 170 + c * 40 + t * 5 + n));
            co.trackerIds.append(id);
            co.trackerNumbers.append(numbers.first().toString());
            QJsonObject o;
            o.insert(QStringLiteral("id"), id);
            QString name = QString::fromLatin1(trackerNames[size_t(t) % std::size(trackerNames)]);
            if (t >= int(std::size(trackerNames)))
                name += QStringLiteral(" %1").arg(t + 1);
            o.insert(QStringLiteral("name"), name);
            o.insert(QStringLiteral("type"), session ? QStringLiteral("session") : QStringLiteral("source"));
            o.insert(QStringLiteral("status"),
                     t == 2 ? QStringLiteral("disabled") : QStringLiteral("active"));
            o.insert(QStringLiteral("destination_number"), co.businessPhone);
            o.insert(QStringLiteral("tracking_numbers"), numbers);
            o.insert(QStringLiteral("whisper_message"),
                     orNull(t == 0, QStringLiteral("Call from %1, press 1 to accept").arg(name)));
            o.insert(QStringLiteral("sms_enabled"), t != 2);
            o.insert(QStringLiteral("sms_supported"), true);
            o.insert(QStringLiteral("company"),
                     QJsonObject{{QStringLiteral("id"), co.id}, {QStringLiteral("name"), co.name}});
            if (t % 2 == 0) {
                o.insert(QStringLiteral("call_flow"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")},
                                     {QStringLiteral("recording_enabled"), true},
                                     {QStringLiteral("destination_number"), co.businessPhone},
                                     {QStringLiteral("greeting_text"), QJsonValue()},
                                     {QStringLiteral("greeting_recording_url"), QJsonValue()}});
            } else {
                const QString step =
                    QStringLiteral("MFS%1").arg(h("step", quint64(c), quint64(t)), 16, 16, QLatin1Char('0'));
                o.insert(QStringLiteral("call_flow"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("advanced")},
                                     {QStringLiteral("recording_enabled"), false},
                                     {QStringLiteral("initial_step_id"), step},
                                     {QStringLiteral("steps"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("id"), step},
                                          {QStringLiteral("type"), QStringLiteral("dial")},
                                          {QStringLiteral("destination_number"), co.businessPhone}}}}});
            }
            if (session) {
                o.insert(QStringLiteral("source"),
                         QJsonObject{{QStringLiteral("google"),
                                      QJsonArray{QStringLiteral("paid"), QStringLiteral("organic")}},
                                     {QStringLiteral("bing"), QJsonArray{QStringLiteral("paid")}}});
            } else if (t == 0) {
                o.insert(QStringLiteral("source"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("search")},
                                     {QStringLiteral("search_engine"), QStringLiteral("google")},
                                     {QStringLiteral("search_type"), QStringLiteral("paid")}});
            } else {
                o.insert(QStringLiteral("source"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("offline")}});
            }
            const qint64 created = nowMs - (380 - t) * kDay - rng.below(86400) * 1000LL;
            o.insert(QStringLiteral("created_at"), utcSeconds(created));
            o.insert(QStringLiteral("disabled_at"), orNull(t == 2, utcSeconds(nowMs - 10 * kDay)));
            o.insert(QStringLiteral("campaign_name"), orNull(t == 0, QStringLiteral("Spring Promo")));
            o.insert(QStringLiteral("swap_targets"),
                     session ? QJsonArray{formattedPhone(co.businessPhone)} : QJsonArray{});
            trackers.append(o);
            acct.recordCompanies[QStringLiteral("trackers")].append(QList<int>{c});
        }
    }
    acct.records.insert(QStringLiteral("trackers"), trackers);

    // Users.
    QList<QJsonObject> users;
    static const char *const roles[] = {"admin", "manager", "reporting"};
    for (int u = 0; u < m_config.users; ++u) {
        Rng rng(h("user", quint64(u)));
        const QString first = u == 4 ? QStringLiteral("Zoë") : firstName(u * 7 + a);
        const QString last = u == 5 ? QStringLiteral("O'Brien") : lastName(u * 3 + a);
        const QString email =
            QStringLiteral("%1.%2%3@northwind.example").arg(first.toLower(), last.toLower()).arg(u);
        acct.userEmails.append(email);
        const QString role = QString::fromLatin1(roles[u % 3]);
        QJsonArray userCompanies;
        QList<int> belongs;
        for (int c = 0; c < acct.companies.size(); ++c) {
            if (role == QLatin1String("admin") || (c + u) % 2 == 0) {
                userCompanies.append(QJsonObject{{QStringLiteral("id"), acct.companies[c].id},
                                                 {QStringLiteral("name"), acct.companies[c].name}});
                belongs.append(c);
            }
        }
        QJsonObject o;
        o.insert(QStringLiteral("id"), maskedId("USR", h("user-id", quint64(u))));
        o.insert(QStringLiteral("email"), email);
        o.insert(QStringLiteral("first_name"), first);
        o.insert(QStringLiteral("last_name"), last);
        o.insert(QStringLiteral("name"), QString(first + QLatin1Char(' ') + last));
        o.insert(QStringLiteral("role"), role);
        o.insert(QStringLiteral("accepted"), u != m_config.users - 1);
        o.insert(QStringLiteral("created_at"),
                 withOffset(nowMs - (700 - u * 20) * kDay - rng.below(86400000), acct.zone));
        o.insert(QStringLiteral("companies"), userCompanies);
        users.append(o);
        acct.recordCompanies[QStringLiteral("users")].append(belongs);
    }
    acct.records.insert(QStringLiteral("users"), users);

    // Tags: company tags then account tags.
    QList<QJsonObject> tags;
    static const char *const tagNames[] = {
        "New Client", "Sales", "Support, Billing", "Spam \"Robocall\"", "Existing Patient", "Follow-up"};
    static const char *const colors[] = {"gray1", "blue2", "green4", "red1", "orange3", "purple2"};
    int tagSerial = 0;
    auto addTag = [&](int company, const QString &name) {
        Rng rng(h("tag", quint64(tagSerial)));
        QJsonObject o;
        o.insert(QStringLiteral("id"), qint64(1932000 + a * 10000 + tagSerial));
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("tag_level"),
                 company >= 0 ? QStringLiteral("company") : QStringLiteral("account"));
        o.insert(QStringLiteral("color"), QString::fromLatin1(colors[tagSerial % 6]));
        o.insert(QStringLiteral("background_color"), QString::fromLatin1(colors[(tagSerial + 2) % 6]));
        o.insert(QStringLiteral("company_id"),
                 company >= 0 ? QJsonValue(acct.companies[company].id) : QJsonValue());
        o.insert(QStringLiteral("status"),
                 tagSerial % 5 == 4 ? QStringLiteral("disabled") : QStringLiteral("enabled"));
        o.insert(QStringLiteral("created_at"),
                 withOffset(nowMs - (300 - tagSerial) * kDay - rng.below(86400000), acct.zone));
        tags.append(o);
        acct.recordCompanies[QStringLiteral("tags")].append(company >= 0 ? QList<int>{company}
                                                                         : QList<int>{});
        ++tagSerial;
    };
    for (int c = 0; c < acct.companies.size(); ++c) {
        for (int t = 0; t < m_config.tagsPerCompany; ++t) {
            QString name = QString::fromLatin1(tagNames[size_t(t) % std::size(tagNames)]);
            if (t >= int(std::size(tagNames)))
                name += QStringLiteral(" %1").arg(t + 1);
            acct.companies[c].tagNames.append(name);
            addTag(c, name);
        }
    }
    for (int t = 0; t < m_config.accountTags; ++t)
        addTag(-1, t == 0 ? QStringLiteral("VIP") : QStringLiteral("Account tag %1").arg(t + 1));
    acct.records.insert(QStringLiteral("tags"), tags);

    // Notifications (account level).
    QList<QJsonObject> notifications;
    static const char *const alertTypes[] = {"all", "first_call", "missed_and_vm", "vm_only"};
    for (int n = 0; n < m_config.notifications; ++n) {
        const int company = n % 3 == 0 ? -1 : n % acct.companies.size();
        const bool emailOnly = n % 4 == 3;
        QJsonObject o;
        o.insert(QStringLiteral("id"), qint64(101 + a * 1000 + n));
        o.insert(QStringLiteral("user_id"),
                 emailOnly ? QJsonValue()
                           : QJsonValue(users[n % users.size()].value(QStringLiteral("id")).toString()));
        o.insert(QStringLiteral("email"),
                 orNull(emailOnly, QStringLiteral("alerts%1@northwind.example").arg(n)));
        o.insert(QStringLiteral("alert_type"), QString::fromLatin1(alertTypes[n % 4]));
        o.insert(QStringLiteral("call_enabled"), n % 5 != 1);
        o.insert(QStringLiteral("company_id"),
                 company >= 0 ? QJsonValue(acct.companies[company].id) : QJsonValue());
        o.insert(QStringLiteral("name"),
                 company >= 0
                     ? QStringLiteral("Missed calls and voicemails for %1").arg(acct.companies[company].name)
                     : QStringLiteral("All calls, all companies"));
        o.insert(QStringLiteral("send_desktop"), n % 2 == 0);
        o.insert(QStringLiteral("send_email"), true);
        o.insert(QStringLiteral("send_push"), n % 3 == 1);
        o.insert(QStringLiteral("sms_enabled"), false);
        o.insert(QStringLiteral("tracker_id"), company >= 0 && n % 2 == 0
                                                   ? QJsonValue(acct.companies[company].trackerIds.value(0))
                                                   : QJsonValue());
        notifications.append(o);
        acct.recordCompanies[QStringLiteral("notifications")].append(company >= 0 ? QList<int>{company}
                                                                                  : QList<int>{});
    }
    acct.records.insert(QStringLiteral("notifications"), notifications);

    // Integrations and outbound caller ids (per company).
    QList<QJsonObject> integrations;
    QList<QJsonObject> callerIds;
    static const char *const integrationTypes[] = {"Webhooks", "Slack", "GoogleAnalytics", "Custom"};
    static const char *const states[] = {"active", "disabled", "pending", "failed"};
    for (int c = 0; c < acct.companies.size(); ++c) {
        for (int i = 0; i < m_config.integrationsPerCompany; ++i) {
            const int serial = c * m_config.integrationsPerCompany + i;
            const QString type = QString::fromLatin1(integrationTypes[serial % 4]);
            QJsonObject config;
            if (type == QLatin1String("Webhooks")) {
                config.insert(QStringLiteral("post_call_webhook"),
                              QJsonArray{QStringLiteral("https://hooks.example.com/cr/post?a=1&b=2")});
                config.insert(QStringLiteral("answered_call_webhook"), QJsonArray{});
                config.insert(QStringLiteral("form_captured_webhook"),
                              QJsonArray{QStringLiteral("https://hooks.example.com/cr/forms")});
            } else if (type == QLatin1String("Custom")) {
                config.insert(QStringLiteral("grab_cookies"),
                              QJsonArray{QStringLiteral("_ga"), QStringLiteral("hubspotutk")});
            } else if (type == QLatin1String("Slack")) {
                config.insert(QStringLiteral("channel"), QStringLiteral("#leads"));
            } else {
                config.insert(QStringLiteral("tracking_id"), QStringLiteral("G-ABC123XYZ"));
            }
            QJsonObject o;
            o.insert(QStringLiteral("id"), qint64(4412 + a * 1000 + serial));
            o.insert(QStringLiteral("type"), type);
            o.insert(QStringLiteral("state"), QString::fromLatin1(states[serial % 4]));
            o.insert(QStringLiteral("config"), config);
            o.insert(QStringLiteral("signing_key"),
                     type == QLatin1String("Webhooks")
                         ? QJsonValue(QStringLiteral("%1").arg(h("signing", quint64(serial)), 16, 16,
                                                               QLatin1Char('0')))
                         : QJsonValue());
            integrations.append(o);
            acct.recordCompanies[QStringLiteral("integrations")].append(QList<int>{c});
        }
        for (int i = 0; i < m_config.callerIdsPerCompany; ++i) {
            const int serial = c * m_config.callerIdsPerCompany + i;
            Rng rng(h("callerid", quint64(serial)));
            QJsonObject o;
            o.insert(QStringLiteral("id"), qint64(13 + a * 1000 + serial));
            o.insert(QStringLiteral("phone_number"),
                     phoneNumber(place(acct.companies[c].placeIndex).areaCode, 165 + serial));
            o.insert(QStringLiteral("name"),
                     i == 0 ? QStringLiteral("Front desk cell") : QStringLiteral("Cell %1").arg(i + 1));
            o.insert(QStringLiteral("company_id"), acct.companies[c].id);
            o.insert(QStringLiteral("verified"), serial % 3 != 2);
            o.insert(QStringLiteral("created_at"),
                     withOffset(nowMs - (200 + serial) * kDay - rng.below(86400000), acct.zone));
            o.insert(QStringLiteral("validation_code"),
                     QStringLiteral("%1").arg(rng.below(1000000), 6, 10, QLatin1Char('0')));
            callerIds.append(o);
            acct.recordCompanies[QStringLiteral("outbound_caller_ids")].append(QList<int>{c});
        }
    }
    acct.records.insert(QStringLiteral("integrations"), integrations);
    acct.records.insert(QStringLiteral("outbound_caller_ids"), callerIds);

    // Ascending order of each small endpoint by its catalogue sort field (stable, so ties keep
    // insertion order); endpoints without a sort field keep insertion order.
    for (auto it = acct.records.cbegin(); it != acct.records.cend(); ++it) {
        QList<int> order(it.value().size());
        std::iota(order.begin(), order.end(), 0);
        const EndpointSpec *spec = EndpointCatalogue::find(it.key());
        if (spec && !spec->sortField.isEmpty()) {
            const QString field = spec->sortField;
            const QList<QJsonObject> &recs = it.value();
            std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
                return recs[l].value(field).toString().compare(recs[r].value(field).toString(),
                                                               Qt::CaseInsensitive) < 0;
            });
        }
        acct.sorted.insert(it.key(), order);
    }
}

const DemoDataset::Account *DemoDataset::account(const QString &accountId) const
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.cend() ? nullptr : m_accounts.at(it.value()).get();
}

DemoDataset::Account *DemoDataset::account(const QString &accountId)
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.cend() ? nullptr : m_accounts.at(it.value()).get();
}

QStringList DemoDataset::accountIds() const
{
    QStringList ids;
    for (const auto &acct : m_accounts)
        ids.append(acct->id);
    return ids;
}

bool DemoDataset::hasAccount(const QString &accountId) const
{
    return account(accountId) != nullptr;
}

QStringList DemoDataset::companyIds(const QString &accountId) const
{
    QStringList ids;
    if (const Account *acct = account(accountId)) {
        for (const auto &co : acct->companies)
            ids.append(co.id);
    }
    return ids;
}

bool DemoDataset::hasCompany(const QString &accountId, const QString &companyId) const
{
    const Account *acct = account(accountId);
    return acct && acct->companyIndex.contains(companyId);
}

qint64 DemoDataset::streamSize(const Account &acct, int kind) const
{
    switch (kind) {
    case Calls:
        return m_config.calls + acct.insertedCalls.size();
    case Forms:
        return m_config.formSubmissions;
    default:
        return m_config.conversations;
    }
}

qint64 DemoDataset::streamTime(const Account &acct, int kind, qint64 index) const
{
    const qint64 generated = kind == Calls ? m_config.calls : streamSize(acct, kind);
    if (index >= generated)
        return acct.insertedCalls.at(index - generated);
    // Evenly spread over the span, oldest first; the jitter stays below half a step so that the
    // time still grows strictly with the index (needed for binary search).
    const qint64 span = qint64(m_config.spanDays) * kDay;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    const qint64 step = span / std::max<qint64>(1, generated);
    const qint64 base = nowMs - span + ((index + 1) * span) / generated;
    const qint64 jitter =
        step >= 2
            ? qint64(hashOf({acct.salt, tagHash(streamTag(kind)), quint64(index), 7}) % quint64(step / 2))
            : 0;
    return base - jitter;
}

qint64 DemoDataset::lowerBound(const Account &acct, int kind, qint64 msecs) const
{
    qint64 lo = 0;
    qint64 hi = streamSize(acct, kind);
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (streamTime(acct, kind, mid) < msecs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool DemoDataset::streamRange(const Account &acct, int kind, const Query &query, Range *range,
                              QString *error) const
{
    Range r;
    r.first = 0;
    r.last = streamSize(acct, kind);
    if (!query.unbounded) {
        DateQuery::Window window;
        if (!query.dates.resolve(m_now, &window, error))
            return false;
        r.first = lowerBound(acct, kind, window.fromMsecs);
        r.last = lowerBound(acct, kind, window.toMsecs);
    }
    if (!query.companyId.isEmpty()) {
        const int c = acct.companyIndex.value(query.companyId, -1);
        if (c < 0) {
            r.last = r.first;
        } else {
            const int n = int(acct.companies.size());
            r.stride = n;
            // First index >= r.first with index % n == c.
            r.first += ((c - r.first % n) % n + n) % n;
        }
    }
    *range = r;
    return true;
}

QList<qint64> DemoDataset::smallIndexes(const Account &acct, const QString &endpoint,
                                        const Query &query) const
{
    QList<qint64> result;
    const QList<int> order = acct.sorted.value(endpoint);
    const QList<QList<int>> owners = acct.recordCompanies.value(endpoint);
    const int c = query.companyId.isEmpty() ? -1 : acct.companyIndex.value(query.companyId, -2);
    for (int i : order) {
        if (c == -1 || owners.value(i).contains(c))
            result.append(i);
    }
    return result;
}

bool DemoDataset::page(const QString &endpoint, const QString &accountId, const Query &query, bool descending,
                       qint64 offset, qint64 limit, QList<qint64> *indexes, qint64 *total,
                       QString *error) const
{
    indexes->clear();
    if (endpoint == QLatin1String("accounts")) {
        QList<int> order(m_accounts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
            return record(QStringLiteral("accounts"), {}, l).value(QStringLiteral("name")).toString() <
                   record(QStringLiteral("accounts"), {}, r).value(QStringLiteral("name")).toString();
        });
        if (descending)
            std::reverse(order.begin(), order.end());
        *total = order.size();
        for (qint64 p = offset; p < std::min<qint64>(order.size(), offset + limit); ++p)
            indexes->append(order.at(p));
        return true;
    }
    const Account *acct = account(accountId);
    if (!acct) {
        *total = 0;
        return true;
    }
    const int kind = streamKind(endpoint);
    if (kind >= 0) {
        Range range;
        if (!streamRange(*acct, kind, query, &range, error))
            return false;
        const qint64 size = range.size();
        *total = size;
        for (qint64 p = offset; p < std::min(size, offset + limit); ++p)
            indexes->append(range.at(descending ? size - 1 - p : p));
        return true;
    }
    QList<qint64> all = smallIndexes(*acct, endpoint, query);
    if (descending)
        std::reverse(all.begin(), all.end());
    *total = all.size();
    for (qint64 p = offset; p < std::min<qint64>(all.size(), offset + limit); ++p)
        indexes->append(all.at(p));
    return true;
}

qint64 DemoDataset::count(const QString &endpoint, const QString &accountId, const Query &query) const
{
    QList<qint64> none;
    qint64 total = 0;
    QString error;
    if (!page(endpoint, accountId, query, false, 0, 0, &none, &total, &error))
        return -1;
    return total;
}

QStringList DemoDataset::ids(const QString &endpoint, const QString &accountId, const Query &query) const
{
    QList<qint64> indexes;
    qint64 total = 0;
    QString error;
    QStringList result;
    if (!page(endpoint, accountId, query, false, 0, std::numeric_limits<qint64>::max() / 2, &indexes, &total,
              &error))
        return result;
    result.reserve(indexes.size());
    for (qint64 i : indexes) {
        const QJsonValue id = record(endpoint, accountId, i).value(QStringLiteral("id"));
        result.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
    }
    return result;
}

void DemoDataset::insertCalls(const QString &accountId, int n)
{
    Account *acct = account(accountId);
    if (!acct)
        return;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    for (int k = 0; k < n; ++k) {
        const qint64 size = streamSize(*acct, Calls);
        const qint64 last = size > 0 ? streamTime(*acct, Calls, size - 1) : nowMs - 1;
        acct->insertedCalls.append(std::max(nowMs, last + 1));
    }
}

qint64 DemoDataset::insertedCallCount(const QString &accountId) const
{
    const Account *acct = account(accountId);
    return acct ? acct->insertedCalls.size() : 0;
}

QJsonObject DemoDataset::record(const QString &endpoint, const QString &accountId, qint64 index,
                                const QStringList &fields) const
{
    if (index < 0)
        return {};
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (!spec)
        return {};
    if (endpoint == QLatin1String("accounts")) {
        if (index >= m_accounts.size())
            return {};
        const Account &acct = *m_accounts.at(index);
        QJsonObject o;
        o.insert(QStringLiteral("id"), acct.id);
        o.insert(QStringLiteral("name"),
                 QString(QString::fromLatin1(kAccountNames[size_t(index) % std::size(kAccountNames)]) +
                         (index >= qint64(std::size(kAccountNames)) ? QStringLiteral(" %1").arg(index + 1)
                                                                    : QString())));
        o.insert(QStringLiteral("outbound_recording_enabled"), index % 2 == 0);
        o.insert(QStringLiteral("hipaa_account"), index == 1);
        if (fields.contains(QStringLiteral("numeric_id")))
            o.insert(QStringLiteral("numeric_id"), qint64(227799611 + index));
        return o;
    }
    const Account *acct = account(accountId);
    if (!acct)
        return {};
    switch (streamKind(endpoint)) {
    case Calls:
        return index < streamSize(*acct, Calls) ? callRecord(*acct, index, fields) : QJsonObject();
    case Forms:
        return index < streamSize(*acct, Forms) ? formRecord(*acct, index, fields) : QJsonObject();
    case Texts:
        return index < streamSize(*acct, Texts) ? conversationRecord(*acct, index, fields) : QJsonObject();
    default:
        break;
    }
    const QList<QJsonObject> recs = acct->records.value(endpoint);
    if (index >= recs.size())
        return {};
    QJsonObject o = recs.at(index);
    for (const QString &optional : spec->optionalFieldNames()) {
        if (!fields.contains(optional))
            o.remove(optional);
    }
    return o;
}

QJsonObject DemoDataset::callRecord(const Account &acct, qint64 i, const QStringList &fields) const
{
    const int c = int(i % acct.companies.size());
    const Account::Company &co = acct.companies.at(c);
    const Place &pl = place(int(hashOf({acct.salt, quint64(i), 3}) % quint64(placeCount())));
    Rng rng(hashOf({acct.salt, tagHash("call"), quint64(i)}));
    const QString id = maskedId("CAL", hashOf({acct.salt, tagHash("call-id"), quint64(i)}));
    const qint64 start = streamTime(acct, Calls, i);
    const bool inbound = rng.percent(85);
    const bool answered = rng.percent(70);
    const bool voicemail = !answered && rng.percent(50);
    const bool inProgress = i % 211 == 5;
    const int duration = answered ? 20 + rng.below(900) : rng.below(40);
    const int tracker = int((i / acct.companies.size()) % std::max<qsizetype>(1, co.trackerIds.size()));
    const int nameKind = rng.below(100);
    QJsonValue customerName;
    if (i % 13 == 4)
        customerName = awkwardName(int(i / 13));
    else if (nameKind >= 8)
        customerName = (firstName(rng.below(20)) + QLatin1Char(' ') + lastName(rng.below(20))).toUpper();
    const QString customerPhone =
        i % 97 == 5 ? QStringLiteral("+14045550123") : phoneNumber(pl.areaCode, rng.below(10000));
    const QString base = QStringLiteral("https://api.callrail.com/v3/a/%1/calls/%2").arg(acct.id, id);
    const bool hasRecording = answered && !inProgress;

    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("answered"), inProgress ? QJsonValue() : QJsonValue(answered));
    o.insert(QStringLiteral("business_phone_number"), orNull(i % 20 != 7, co.businessPhone));
    // Now and then a city pasted with a leading U+FEFF, as text copied out of a spreadsheet carries it.
    const QString city = QString::fromLatin1(pl.city);
    o.insert(QStringLiteral("customer_city"), i % 89 == 7 ? QChar(0xFEFF) + city : city);
    o.insert(QStringLiteral("customer_country"), QStringLiteral("US"));
    o.insert(QStringLiteral("customer_name"), customerName);
    o.insert(QStringLiteral("customer_phone_number"), customerPhone);
    o.insert(QStringLiteral("customer_state"), QString::fromLatin1(pl.state));
    o.insert(QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
    o.insert(QStringLiteral("duration"), inProgress ? QJsonValue() : QJsonValue(duration));
    o.insert(QStringLiteral("recording"),
             orNull(hasRecording, QString(base + QStringLiteral("/recording.json"))));
    o.insert(QStringLiteral("recording_duration"),
             orNull(hasRecording, QString::number(std::max(0, duration - 5))));
    o.insert(QStringLiteral("recording_player"),
             orNull(hasRecording, QStringLiteral("https://app.callrail.com/calls/%1/recording?access_key=%2")
                                      .arg(id)
                                      .arg(rng.next() % 0xffffff, 6, 16, QLatin1Char('0'))));
    o.insert(QStringLiteral("start_time"), withOffset(start, co.zone));
    o.insert(QStringLiteral("tracking_phone_number"), co.trackerNumbers.value(tracker));
    o.insert(QStringLiteral("voicemail"), voicemail);
    if (fields.isEmpty())
        return o;

    const bool paid = rng.percent(45);
    const QString source =
        paid ? QStringLiteral("Google Ads") : pick(rng, {"Direct", "Google Organic", "Facebook"});
    const QString callType = !inbound     ? QStringLiteral("outbound")
                             : inProgress ? QStringLiteral("in_progress")
                             : answered   ? QStringLiteral("answered")
                             : voicemail  ? QStringLiteral("voicemail")
                                          : QStringLiteral("missed");
    const QString leadStatus = pick(rng, {"good_lead", "not_a_lead", "", ""});
    const QStringList tagNames = co.tagNames;
    QJsonArray tags;
    if (!tagNames.isEmpty() && i % 3 == 0)
        tags.append(tagNames.at(int(i / 3) % tagNames.size()));
    if (!tagNames.isEmpty() && i % 7 == 0)
        tags.append(tagNames.at(0));
    const int value = rng.below(500);
    const bool hasValue = i % 4 == 0;
    const QString formattedName = customerName.isString() ? customerName.toString() : QString();
    auto optional = [&](const QString &f) -> QJsonValue {
        // Own generator per field: a value must not depend on which other fields were asked for.
        Rng frng(hashOf({acct.salt, quint64(i), tagHash(f.toLatin1().constData())}));
        if (f == QLatin1String("agent_email"))
            return orNull(answered && !acct.userEmails.isEmpty(),
                          acct.userEmails.value(int(i % std::max<qsizetype>(1, acct.userEmails.size()))));
        if (f == QLatin1String("call_highlights"))
            return answered ? QJsonArray{QStringLiteral("Asked about pricing"),
                                         QStringLiteral("Booked an appointment")}
                            : QJsonArray{};
        if (f == QLatin1String("call_summary"))
            return orNull(answered && i % 2 == 0,
                          QStringLiteral("Caller asked about availability, \"next week\"."));
        if (f == QLatin1String("call_type"))
            return callType;
        if (f == QLatin1String("campaign"))
            return orNull(paid, QStringLiteral("spring_promo"));
        if (f == QLatin1String("company_id"))
            return co.id;
        if (f == QLatin1String("company_name"))
            return co.name;
        if (f == QLatin1String("company_time_zone"))
            return co.timeZoneName;
        if (f == QLatin1String("created_at"))
            return withOffset(start + qint64(duration) * 1000, co.zone);
        if (f == QLatin1String("custom"))
            return QJsonObject{
                {QStringLiteral("patient_type"), i % 2 ? QStringLiteral("new") : QStringLiteral("existing")}};
        if (f == QLatin1String("device_type"))
            return pick(frng, {"desktop", "mobile"});
        if (f == QLatin1String("fbclid"))
            return orNull(source == QLatin1String("Facebook"), QStringLiteral("IwAR%1").arg(i));
        if (f == QLatin1String("first_call"))
            return i % 5 == 0;
        if (f == QLatin1String("formatted_call_type"))
            return QString(callType.left(1).toUpper() +
                           QString(callType.mid(1)).replace(QLatin1Char('_'), QLatin1Char(' ')) +
                           QStringLiteral(" Call"));
        if (f == QLatin1String("formatted_customer_location"))
            return QString(QString::fromLatin1(pl.city) + QStringLiteral(", ") +
                           QString::fromLatin1(pl.state));
        if (f == QLatin1String("formatted_business_phone_number"))
            return formattedPhone(co.businessPhone);
        if (f == QLatin1String("formatted_customer_name"))
            return formattedName.isEmpty() ? formattedPhone(customerPhone) : formattedName;
        if (f == QLatin1String("formatted_customer_name_or_phone_number"))
            return formattedName.isEmpty() ? formattedPhone(customerPhone) : formattedName;
        if (f == QLatin1String("formatted_customer_phone_number"))
            return formattedPhone(customerPhone);
        if (f == QLatin1String("formatted_duration"))
            return QStringLiteral("%1m %2s").arg(duration / 60).arg(duration % 60);
        if (f == QLatin1String("formatted_tracking_phone_number"))
            return formattedPhone(co.trackerNumbers.value(tracker));
        if (f == QLatin1String("formatted_tracking_source"))
            return source;
        if (f == QLatin1String("formatted_value"))
            return hasValue ? QStringLiteral("$%1.00").arg(value) : QStringLiteral("–");
        if (f == QLatin1String("ga"))
            return QJsonValue();
        if (f == QLatin1String("gclid"))
            return orNull(paid, QStringLiteral("Cj0KCQ%1").arg(i));
        if (f == QLatin1String("good_lead_call_id"))
            return orNull(leadStatus == QLatin1String("good_lead"), qint64(900000 + i));
        if (f == QLatin1String("good_lead_call_time"))
            return orNull(leadStatus == QLatin1String("good_lead"), withOffset(start, co.zone));
        if (f == QLatin1String("keypad_entries"))
            return i % 6 == 0 ? QJsonObject{{QStringLiteral("1"), QStringLiteral("sales")}} : QJsonObject{};
        if (f == QLatin1String("keywords"))
            return orNull(paid, QStringLiteral("dentist near me"));
        if (f == QLatin1String("keywords_spotted"))
            return answered
                       ? QJsonArray{QJsonObject{{QStringLiteral("keyword"), QStringLiteral("appointment")},
                                                {QStringLiteral("count"), 2}}}
                       : QJsonArray{};
        if (f == QLatin1String("landing_page_url"))
            return QStringLiteral("https://www.example.com/?utm_source=google&utm_medium=cpc,x");
        if (f == QLatin1String("last_requested_url"))
            return QStringLiteral("https://www.example.com/contact");
        if (f == QLatin1String("lead_status"))
            return leadStatus.isEmpty() ? QJsonValue() : QJsonValue(leadStatus);
        if (f == QLatin1String("medium"))
            return paid ? QStringLiteral("CPC") : QStringLiteral("organic");
        if (f == QLatin1String("milestones"))
            return milestones(frng, start, co.zone);
        if (f == QLatin1String("msclkid"))
            return QJsonValue();
        if (f == QLatin1String("note"))
            return orNull(i % 5 == 1, awkwardText(int(i / 5)));
        if (f == QLatin1String("person_id"))
            return maskedId("PER", hashOf({acct.salt, tagHash("person"), quint64(i % 997)}));
        if (f == QLatin1String("prior_calls"))
            return int(i % 4);
        if (f == QLatin1String("referrer_domain"))
            return orNull(paid, QStringLiteral("www.google.com"));
        if (f == QLatin1String("referring_url"))
            return orNull(paid, QStringLiteral("https://www.google.com/"));
        if (f == QLatin1String("sentiment"))
            return QJsonValue();
        if (f == QLatin1String("session_uuid"))
            return QStringLiteral("%1").arg(frng.next(), 16, 16, QLatin1Char('0'));
        if (f == QLatin1String("source"))
            return source;
        if (f == QLatin1String("source_name"))
            return source;
        if (f == QLatin1String("speaker_percent"))
            return answered ? QJsonObject{{QStringLiteral("agent"), 55}, {QStringLiteral("customer"), 45}}
                            : QJsonObject{};
        if (f == QLatin1String("tags"))
            return tags;
        if (f == QLatin1String("timeline_url"))
            return QStringLiteral("https://app.callrail.com/a/%1/timeline?call_id=%2").arg(acct.id, id);
        if (f == QLatin1String("total_calls"))
            return int(i % 4) + 1;
        if (f == QLatin1String("tracker_id"))
            return co.trackerIds.value(tracker);
        if (f == QLatin1String("transcription"))
            return QJsonValue();
        if (f == QLatin1String("utm_campaign"))
            return orNull(paid, QStringLiteral("spring_promo"));
        if (f == QLatin1String("utm_content"))
            return QJsonValue();
        if (f == QLatin1String("utm_medium"))
            return orNull(paid, QStringLiteral("cpc"));
        if (f == QLatin1String("utm_source"))
            return orNull(paid, QStringLiteral("google"));
        if (f == QLatin1String("utm_term"))
            return orNull(paid, QStringLiteral("dentist near me"));
        if (f == QLatin1String("value"))
            return orNull(hasValue, value);
        if (f == QLatin1String("voice_assist_message"))
            return orNull(i % 9 == 0, QJsonObject{{QStringLiteral("summary"),
                                                   QStringLiteral("Caller wants a callback")}});
        if (f == QLatin1String("waveforms"))
            return hasRecording ? QJsonArray{QString(base + QStringLiteral("/waveform.png"))} : QJsonArray{};
        if (f == QLatin1String("zip_code"))
            return QJsonArray{QStringLiteral("%1").arg(30301 + frng.below(90), 5, 10, QLatin1Char('0'))};
        if (f == QLatin1String("lead_score"))
            return orNull(answered, frng.below(100));
        if (f == QLatin1String("lead_explanation"))
            return orNull(answered, QStringLiteral("Mentioned booking"));
        return QJsonValue();
    };
    for (const QString &f : fields)
        o.insert(f, optional(f));
    return o;
}

QJsonObject DemoDataset::formRecord(const Account &acct, qint64 i, const QStringList &fields) const
{
    const int c = int(i % acct.companies.size());
    const Account::Company &co = acct.companies.at(c);
    Rng rng(hashOf({acct.salt, tagHash("form"), quint64(i)}));
    const QString id = maskedId("FOR", hashOf({acct.salt, tagHash("form-id"), quint64(i)}));
    const qint64 at = streamTime(acct, Forms, i);
    const QString name = i % 7 == 2 ? awkwardName(int(i / 7))
                                    : firstName(rng.below(20)) + QLatin1Char(' ') + lastName(rng.below(20));
    const QString phone = i % 50 == 1 ? QStringLiteral("+14045550123")
                                      : phoneNumber(place(co.placeIndex).areaCode, rng.below(10000));
    const QString email = QStringLiteral("lead%1@example.com").arg(i);
    const bool paid = rng.percent(50);
    const QString slug = QStringLiteral("https://company%1.example").arg(c + 1);
    QJsonObject formData{{QStringLiteral("name"), name},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("phone"), formattedPhone(phone)},
                         {QStringLiteral("message"), awkwardText(int(i))}};
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("company_id"), co.id);
    o.insert(QStringLiteral("person_id"),
             i % 11 == 0 ? QStringLiteral("anonymous")
                         : maskedId("PER", hashOf({acct.salt, tagHash("person"), quint64(i % 997)})));
    o.insert(QStringLiteral("form_data"), formData);
    o.insert(QStringLiteral("form_url"), QString(slug + QStringLiteral("/contact")));
    o.insert(
        QStringLiteral("landing_page_url"),
        orNull(i % 9 != 0, QString(slug + (paid ? QStringLiteral("/?gclid=abc") : QStringLiteral("/")))));
    o.insert(QStringLiteral("referrer"), paid ? QStringLiteral("google_paid") : QStringLiteral("direct"));
    o.insert(QStringLiteral("referring_url"), orNull(paid, QStringLiteral("https://www.google.com/")));
    o.insert(QStringLiteral("submitted_at"), utcMillis(at));
    o.insert(QStringLiteral("first_form"), i % 3 == 0);
    o.insert(QStringLiteral("customer_phone_number"), phone);
    o.insert(QStringLiteral("customer_name"), name);
    o.insert(QStringLiteral("customer_email"), email);
    o.insert(QStringLiteral("formatted_customer_phone_number"), formattedPhone(phone));
    o.insert(QStringLiteral("formatted_customer_name"), name);
    o.insert(QStringLiteral("source"), paid ? QStringLiteral("Google Ads") : QStringLiteral("Direct"));
    o.insert(QStringLiteral("keywords"), orNull(paid, QStringLiteral("dentist near me")));
    o.insert(QStringLiteral("campaign"), orNull(paid, QStringLiteral("spring_promo")));
    o.insert(QStringLiteral("medium"), paid ? QStringLiteral("CPC") : QStringLiteral("direct"));
    for (const QString &f : fields) {
        Rng frng(hashOf({acct.salt, quint64(i), tagHash(f.toLatin1().constData())}));
        QJsonValue v;
        if (f == QLatin1String("company_name"))
            v = co.name;
        else if (f == QLatin1String("lead_status"))
            v = i % 4 == 0 ? QJsonValue(QStringLiteral("good_lead")) : QJsonValue();
        else if (f == QLatin1String("value"))
            v = i % 4 == 0 ? QJsonValue(frng.below(1000)) : QJsonValue();
        else if (f == QLatin1String("note"))
            v = i % 6 == 1 ? QJsonValue(awkwardText(int(i / 6))) : QJsonValue();
        else if (f == QLatin1String("tags"))
            v = i % 3 == 0 && !co.tagNames.isEmpty() ? QJsonArray{co.tagNames.first()} : QJsonArray{};
        else if (f == QLatin1String("utm_source"))
            v = orNull(paid, QStringLiteral("google"));
        else if (f == QLatin1String("utm_medium"))
            v = orNull(paid, QStringLiteral("cpc"));
        else if (f == QLatin1String("utm_campaign"))
            v = orNull(paid, QStringLiteral("spring_promo"));
        else if (f == QLatin1String("form_name"))
            v = i % 2 ? QStringLiteral("Contact Us") : QStringLiteral("Request an Appointment");
        else if (f == QLatin1String("timeline_url"))
            v = QStringLiteral("https://app.callrail.com/a/%1/timeline?form_id=%2").arg(acct.id, id);
        else if (f == QLatin1String("milestones"))
            v = milestones(frng, at, co.zone);
        o.insert(f, v);
    }
    return o;
}

QJsonObject DemoDataset::conversationRecord(const Account &acct, qint64 i, const QStringList &fields) const
{
    const int c = int(i % acct.companies.size());
    const Account::Company &co = acct.companies.at(c);
    Rng rng(hashOf({acct.salt, tagHash("text"), quint64(i)}));
    const qint64 last = streamTime(acct, Texts, i);
    const int tracker = int((i / acct.companies.size()) % std::max<qsizetype>(1, co.trackerIds.size()));
    const QString phone = phoneNumber(place(co.placeIndex).areaCode, rng.below(10000));
    const QJsonValue name = i % 10 == 3   ? QJsonValue(awkwardName(int(i / 10)))
                            : i % 10 == 6 ? QJsonValue()
                                          : QJsonValue(lastName(rng.below(20)).toUpper() + QLatin1Char(' ') +
                                                       firstName(rng.below(20)).toUpper());
    const QString number = co.trackerNumbers.value(tracker);
    QJsonArray recent;
    recent.append(QJsonObject{
        {QStringLiteral("direction"), QStringLiteral("incoming")},
        {QStringLiteral("content"),
         i % 4 == 1 ? awkwardText(int(i)) : QStringLiteral("Do you have openings Friday?")},
        {QStringLiteral("created_at"), utcMillis(last)},
        {QStringLiteral("type"), i % 8 == 0 ? QStringLiteral("mms") : QStringLiteral("sms")},
        {QStringLiteral("media_urls"),
         i % 8 == 0 ? QJsonArray{QStringLiteral("https://media.example.com/%1.jpg").arg(i)} : QJsonArray{}}});
    if (i % 2 == 0) {
        recent.append(QJsonObject{{QStringLiteral("direction"), QStringLiteral("outgoing")},
                                  {QStringLiteral("content"), QStringLiteral("Yes, we have 10am or 2pm.")},
                                  {QStringLiteral("created_at"), utcMillis(last - 120000)},
                                  {QStringLiteral("type"), QStringLiteral("sms")},
                                  {QStringLiteral("media_urls"), QJsonArray{}}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), shortId(acct.salt, i));
    o.insert(QStringLiteral("company_id"), co.id);
    o.insert(QStringLiteral("initial_tracker_id"), co.trackerIds.value(tracker));
    o.insert(QStringLiteral("current_tracker_id"), co.trackerIds.value(tracker));
    o.insert(QStringLiteral("customer_name"), name);
    o.insert(QStringLiteral("customer_phone_number"), phone);
    o.insert(QStringLiteral("initial_tracking_number"), number);
    o.insert(QStringLiteral("current_tracking_number"), number);
    o.insert(QStringLiteral("last_message_at"), utcMillis(last));
    o.insert(QStringLiteral("state"), i % 5 == 0 ? QStringLiteral("archived") : QStringLiteral("active"));
    o.insert(QStringLiteral("company_time_zone"), co.timeZoneName);
    o.insert(QStringLiteral("formatted_customer_phone_number"), formattedPhone(phone));
    o.insert(QStringLiteral("formatted_initial_tracking_number"), formattedPhone(number));
    o.insert(QStringLiteral("formatted_current_tracking_number"), formattedPhone(number));
    o.insert(QStringLiteral("formatted_customer_name"),
             name.isNull() ? QJsonValue(formattedPhone(phone)) : name);
    o.insert(QStringLiteral("recent_messages"), recent);
    for (const QString &f : fields) {
        if (f == QLatin1String("lead_status"))
            o.insert(f, i % 3 == 0 ? QJsonValue(QStringLiteral("good_lead")) : QJsonValue());
        else if (f == QLatin1String("source"))
            o.insert(f, i % 2 ? QStringLiteral("Google Ads") : QStringLiteral("Direct"));
        else
            o.insert(f, QJsonValue());
    }
    return o;
}

} // namespace callrail
