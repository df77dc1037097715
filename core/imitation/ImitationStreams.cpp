// The streams of the imitation data set: calls, form submissions and conversations. None is stored: record
// i of an account is rebuilt from the account's salt and i alone, so a million calls cost no memory and a
// record reads the same whenever it is asked for. Their times come from ImitationDataset's timeline.

#include "imitation/ImitationAccount.h"

#include "imitation/ImitationValues.h"

#include <QJsonArray>

#include <algorithm>

namespace callrail::imitation {

QJsonObject callRecord(const ImitationAccount &acct, qint64 i, qint64 start, const QStringList &fields,
                       const ImitationReadings &readings)
{
    const int c = int(i % acct.companies.size());
    const ImitationAccount::Company &co = acct.companies.at(c);
    const Place &pl = place(int(hashOf({acct.salt, quint64(i), 3}) % quint64(placeCount())));
    Rng rng(hashOf({acct.salt, tagHash("call"), quint64(i)}));
    const QString id = maskedId("CAL", hashOf({acct.salt, tagHash("call-id"), quint64(i)}));
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
    const int recordingDuration = std::max(0, duration - 5);
    const QJsonValue agentEmail =
        orNull(answered && !acct.userEmails.isEmpty(),
               acct.userEmails.value(int(i % std::max<qsizetype>(1, acct.userEmails.size()))));

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
             orNull(hasRecording, readings.recordingDurationAsText
                                      ? QJsonValue(QString::number(recordingDuration))
                                      : QJsonValue(recordingDuration)));
    o.insert(QStringLiteral("recording_player"),
             orNull(hasRecording, QStringLiteral("https://app.callrail.com/calls/%1/recording?access_key=%2")
                                      .arg(id)
                                      .arg(rng.next() % 0xffffff, 6, 16, QLatin1Char('0'))));
    o.insert(QStringLiteral("start_time"), withOffset(start, co.zone));
    o.insert(QStringLiteral("tracking_phone_number"), co.trackerNumbers.value(tracker));
    o.insert(QStringLiteral("voicemail"), voicemail);
    if (!readings.agentEmailOnRequest)
        o.insert(QStringLiteral("agent_email"), agentEmail);
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
    QList<int> tagIndexes;
    if (!co.tagNames.isEmpty() && i % 3 == 0)
        tagIndexes.append(int(i / 3) % co.tagNames.size());
    if (!co.tagNames.isEmpty() && i % 7 == 0)
        tagIndexes.append(0);
    const int value = rng.below(500);
    const bool hasValue = i % 4 == 0;
    const QString formattedName = customerName.isString() ? customerName.toString() : QString();
    auto optional = [&](const QString &f) -> QJsonValue {
        // Own generator per field: a value must not depend on which other fields were asked for.
        Rng frng(hashOf({acct.salt, quint64(i), tagHash(f.toLatin1().constData())}));
        if (f == QLatin1String("agent_email"))
            return agentEmail;
        if (f == QLatin1String("call_highlights"))
            return answered ? QJsonArray{QStringLiteral("Asked about pricing"),
                                         QStringLiteral("Booked an appointment")}
                            : QJsonArray{};
        if (f == QLatin1String("call_summary")) {
            const QStringList summary{QStringLiteral("Caller asked about availability, \"next week\"."),
                                      QStringLiteral("Booked a visit for Tuesday.")};
            return orNull(answered && i % 2 == 0, readings.callSummaryAsText
                                                      ? QJsonValue(summary.join(QLatin1Char(' ')))
                                                      : QJsonValue(QJsonArray::fromStringList(summary)));
        }
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
            return personId(acct, i);
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
            return tagList(co, tagIndexes, readings);
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

QJsonObject formRecord(const ImitationAccount &acct, qint64 i, qint64 at, const QStringList &fields,
                       const ImitationReadings &readings)
{
    const int c = int(i % acct.companies.size());
    const ImitationAccount::Company &co = acct.companies.at(c);
    Rng rng(hashOf({acct.salt, tagHash("form"), quint64(i)}));
    const QString id = maskedId("FOR", hashOf({acct.salt, tagHash("form-id"), quint64(i)}));
    const QString name = i % 7 == 2 ? awkwardName(int(i / 7))
                                    : firstName(rng.below(20)) + QLatin1Char(' ') + lastName(rng.below(20));
    const QString phone = i % 50 == 1 ? QStringLiteral("+14045550123")
                                      : phoneNumber(place(co.placeIndex).areaCode, rng.below(10000));
    const QString email = QStringLiteral("lead%1@example.com").arg(i);
    const bool paid = rng.percent(50);
    const QString slug = QStringLiteral("https://company%1.example").arg(c + 1);
    // Each form asks its own questions, and visitors leave some blank (CallRail then omits the key), so an
    // export has several form_data.* columns and empty cells among them. The form is the one form_name names.
    Rng answers(hashOf({acct.salt, tagHash("form-data"), quint64(i)}));
    QJsonObject formData{{QStringLiteral("name"), name}};
    if (i % 2) { // "Contact Us"
        formData.insert(QStringLiteral("email"), email);
        formData.insert(QStringLiteral("phone"), formattedPhone(phone));
        if (i % 5 != 0)
            formData.insert(QStringLiteral("message"), awkwardText(int(i)));
    } else { // "Request an Appointment"
        formData.insert(QStringLiteral("phone"), formattedPhone(phone));
        formData.insert(QStringLiteral("best time to call"),
                        pick(answers, {"Morning", "Afternoon", "Evening"}));
        if (i % 3 != 0)
            formData.insert(QStringLiteral("insurance provider"),
                            pick(answers, {"Delta Dental", "Cigna", "None"}));
        if (i % 4 == 0)
            formData.insert(QStringLiteral("new patient"), QStringLiteral("yes"));
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("company_id"), co.id);
    o.insert(QStringLiteral("person_id"), formPersonId(acct, i));
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
            v = tagList(co, i % 3 == 0 && !co.tagNames.isEmpty() ? QList<int>{0} : QList<int>{}, readings);
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

QJsonObject conversationRecord(const ImitationAccount &acct, qint64 i, qint64 last, const QStringList &fields)
{
    const int c = int(i % acct.companies.size());
    const ImitationAccount::Company &co = acct.companies.at(c);
    Rng rng(hashOf({acct.salt, tagHash("text"), quint64(i)}));
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

} // namespace callrail::imitation
