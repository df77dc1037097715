// The small endpoints of the imitation data set: companies, trackers, users, tags, notifications,
// integrations, outbound caller ids and the accounts themselves. They are few, so they are built once per
// account and kept, unlike the streams of calls, forms and texts (ImitationStreams.cpp).

#include "imitation/ImitationAccount.h"

#include "api/EndpointCatalogue.h"
#include "imitation/ImitationValues.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace callrail::imitation {

namespace {

const char *const kCompanyNames[] = {"Peachtree Dental",     "Lakeside Plumbing & Heating",
                                     "Café Müller, LLC",     "Summit Roofing \"Pro\"",
                                     "Northside Pediatrics", "Blue Ridge Law Group",
                                     "Harbor View Realty",   "Evergreen HVAC",
                                     "Sunset Auto Repair",   "Maple Street Vet"};
const char *const kAccountNames[] = {"Northwind Marketing", "Acme Agency", "Bright Leads Co.",
                                     "Delta Digital"};

/// Builds one account's small endpoints in order: later ones refer to earlier ones (trackers to companies,
/// notifications to users and trackers).
struct AccountBuilder
{
    ImitationAccount &acct;
    const DatasetConfig &config;
    int a = 0;
    qint64 nowMs = 0;

    quint64 h(const char *tag, quint64 i, quint64 j = 0) const
    {
        return hashOf({acct.salt, tagHash(tag), i, j});
    }

    void addCompanies();
    void addTrackers();
    void addUsers();
    void addTags();
    void addNotifications();
    void addIntegrationsAndCallerIds();
    void addSortOrders();
};

void AccountBuilder::addCompanies()
{
    QList<QJsonObject> companies;
    for (int c = 0; c < config.companies; ++c) {
        ImitationAccount::Company co;
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
}

void AccountBuilder::addTrackers()
{
    QList<QJsonObject> trackers;
    static const char *const trackerNames[] = {"Google Ads", "Website Pool", "Billboard I-85", "Facebook",
                                               "Direct Mail"};
    for (int c = 0; c < acct.companies.size(); ++c) {
        ImitationAccount::Company &co = acct.companies[c];
        const Place &pl = place(co.placeIndex);
        for (int t = 0; t < config.trackersPerCompany; ++t) {
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
}

void AccountBuilder::addUsers()
{
    QList<QJsonObject> users;
    static const char *const roles[] = {"admin", "manager", "reporting"};
    for (int u = 0; u < config.users; ++u) {
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
        o.insert(QStringLiteral("accepted"), u != config.users - 1);
        o.insert(QStringLiteral("created_at"),
                 withOffset(nowMs - (700 - u * 20) * kDay - rng.below(86400000), acct.zone));
        o.insert(QStringLiteral("companies"), userCompanies);
        users.append(o);
        acct.recordCompanies[QStringLiteral("users")].append(belongs);
    }
    acct.records.insert(QStringLiteral("users"), users);
}

void AccountBuilder::addTags()
{
    QList<QJsonObject> tags;
    static const char *const tagNames[] = {
        "New Client", "Sales", "Support, Billing", "Spam \"Robocall\"", "Existing Patient", "Follow-up"};
    static const char *const colors[] = {"gray1", "blue2", "green4", "red1", "orange3", "purple2"};
    int tagSerial = 0;
    auto addTag = [&](int company, const QString &name) {
        Rng rng(h("tag", quint64(tagSerial)));
        const qint64 id = 1932000 + a * 10000 + tagSerial;
        QJsonObject o;
        o.insert(QStringLiteral("id"), id);
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
        return id;
    };
    for (int c = 0; c < acct.companies.size(); ++c) {
        for (int t = 0; t < config.tagsPerCompany; ++t) {
            QString name = QString::fromLatin1(tagNames[size_t(t) % std::size(tagNames)]);
            if (t >= int(std::size(tagNames)))
                name += QStringLiteral(" %1").arg(t + 1);
            acct.companies[c].tagNames.append(name);
            acct.companies[c].tagIds.append(addTag(c, name));
        }
    }
    for (int t = 0; t < config.accountTags; ++t)
        addTag(-1, t == 0 ? QStringLiteral("VIP") : QStringLiteral("Account tag %1").arg(t + 1));
    acct.records.insert(QStringLiteral("tags"), tags);
}

void AccountBuilder::addNotifications()
{
    const QList<QJsonObject> users = acct.records.value(QStringLiteral("users"));
    QList<QJsonObject> notifications;
    static const char *const alertTypes[] = {"all", "first_call", "missed_and_vm", "vm_only"};
    for (int n = 0; n < config.notifications; ++n) {
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
}

void AccountBuilder::addIntegrationsAndCallerIds()
{
    QList<QJsonObject> integrations;
    QList<QJsonObject> callerIds;
    static const char *const integrationTypes[] = {"Webhooks", "Slack", "GoogleAnalytics", "Custom"};
    static const char *const states[] = {"active", "disabled", "pending", "failed"};
    for (int c = 0; c < acct.companies.size(); ++c) {
        for (int i = 0; i < config.integrationsPerCompany; ++i) {
            const int serial = c * config.integrationsPerCompany + i;
            const QString type = QString::fromLatin1(integrationTypes[serial % 4]);
            QJsonObject settings; // the integration's own "config" object
            if (type == QLatin1String("Webhooks")) {
                settings.insert(QStringLiteral("post_call_webhook"),
                                QJsonArray{QStringLiteral("https://hooks.example.com/cr/post?a=1&b=2")});
                settings.insert(QStringLiteral("answered_call_webhook"), QJsonArray{});
                settings.insert(QStringLiteral("form_captured_webhook"),
                                QJsonArray{QStringLiteral("https://hooks.example.com/cr/forms")});
            } else if (type == QLatin1String("Custom")) {
                settings.insert(QStringLiteral("grab_cookies"),
                                QJsonArray{QStringLiteral("_ga"), QStringLiteral("hubspotutk")});
            } else if (type == QLatin1String("Slack")) {
                settings.insert(QStringLiteral("channel"), QStringLiteral("#leads"));
            } else {
                settings.insert(QStringLiteral("tracking_id"), QStringLiteral("G-ABC123XYZ"));
            }
            QJsonObject o;
            o.insert(QStringLiteral("id"), qint64(4412 + a * 1000 + serial));
            o.insert(QStringLiteral("type"), type);
            o.insert(QStringLiteral("state"), QString::fromLatin1(states[serial % 4]));
            o.insert(QStringLiteral("config"), settings);
            o.insert(QStringLiteral("signing_key"),
                     type == QLatin1String("Webhooks")
                         ? QJsonValue(QStringLiteral("%1").arg(h("signing", quint64(serial)), 16, 16,
                                                               QLatin1Char('0')))
                         : QJsonValue());
            integrations.append(o);
            acct.recordCompanies[QStringLiteral("integrations")].append(QList<int>{c});
        }
        for (int i = 0; i < config.callerIdsPerCompany; ++i) {
            const int serial = c * config.callerIdsPerCompany + i;
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
}

void AccountBuilder::addSortOrders()
{
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

} // namespace

void buildAccount(ImitationAccount &acct, int a, const DatasetConfig &config, qint64 nowMs)
{
    const quint64 seed = config.seed;
    acct.index = a;
    acct.salt = hashOf({seed, quint64(a), tagHash("account")});
    acct.id = maskedId("ACC", acct.salt);
    acct.zone = QTimeZone("America/New_York");

    AccountBuilder builder{acct, config, a, nowMs};
    builder.addCompanies();
    builder.addTrackers();
    builder.addUsers();
    builder.addTags();
    builder.addNotifications();
    builder.addIntegrationsAndCallerIds();
    builder.addSortOrders();
}

namespace {

/// A user id as older CallRail examples show it: a number. Derived from the masked id, so that a user and
/// the notifications naming them agree.
qint64 numericUserId(const QString &maskedId)
{
    return 100000 + qint64(maskedId.mid(3, 12).toULongLong(nullptr, 16) % 900000000ULL);
}

} // namespace

QJsonObject shapedSmallRecord(const QString &endpoint, QJsonObject record, const ImitationReadings &readings)
{
    if (!readings.maskedUserIds) {
        const QString key = endpoint == QLatin1String("users")           ? QStringLiteral("id")
                            : endpoint == QLatin1String("notifications") ? QStringLiteral("user_id")
                                                                         : QString();
        if (!key.isEmpty() && record.value(key).isString())
            record.insert(key, numericUserId(record.value(key).toString()));
    }
    if (!readings.callerIdCompanyId && endpoint == QLatin1String("outbound_caller_ids"))
        record.remove(QString::fromLatin1(kCompanyIdField));
    return record;
}

QJsonArray tagList(const ImitationAccount::Company &company, const QList<int> &tagIndexes,
                   const ImitationReadings &readings)
{
    QJsonArray tags;
    for (const int t : tagIndexes) {
        if (readings.tagsAsNames)
            tags.append(company.tagNames.at(t));
        else
            tags.append(QJsonObject{{QStringLiteral("id"), company.tagIds.at(t)},
                                    {QStringLiteral("name"), company.tagNames.at(t)}});
    }
    return tags;
}

QJsonObject accountRecord(const ImitationAccount &acct, const QStringList &fields)
{
    const qint64 index = acct.index;
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

} // namespace callrail::imitation
