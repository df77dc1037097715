#include "EndpointCatalogueTable.h"

#include "api/FieldVocabulary.h"

#include <QCoreApplication>

namespace callrail {

namespace {

FieldSpec field(const char *name)
{
    return FieldSpec{QString::fromLatin1(name), vocabularyType(QLatin1StringView(name)), {}};
}

/// A field whose name means something else in this list than in the vocabulary.
FieldSpec typed(const char *name, ColumnType type)
{
    return FieldSpec{QString::fromLatin1(name), type, {}};
}

QList<FieldSpec> plain(std::initializer_list<const char *> names)
{
    QList<FieldSpec> fields;
    fields.reserve(qsizetype(names.size()));
    for (const char *name : names)
        fields.append(field(name));
    return fields;
}

FieldSpec object(const char *name, std::initializer_list<const char *> subfields)
{
    return FieldSpec{QString::fromLatin1(name), ColumnType::Json, plain(subfields)};
}

/// A call's or form's `milestones` (shared/callrail-api.md §4.2): four touches, each an object flattened into
/// columns of its own ("milestones.first_touch.source"), in the order of CallRail's example.
FieldSpec milestones()
{
    FieldSpec spec = object("milestones", {});
    for (const char *milestone : {"first_touch", "lead_created", "qualified", "last_touch"}) {
        spec.subfields.append(
            object(milestone, {"event_date", "ad_position", "campaign", "device", "keywords", "landing",
                               "landing_page_url_params", "match_type", "medium", "referrer",
                               "referrer_url_params", "session_browser", "url_utm_params", "source"}));
    }
    return spec;
}

/// Puts `spec` (an object with sub-fields) in the place of the plain field of its name.
void replaceField(QList<FieldSpec> &fields, const FieldSpec &spec)
{
    for (FieldSpec &field : fields) {
        if (field.name == spec.name)
            field = spec;
    }
}

} // namespace

QList<EndpointSpec> buildEndpointCatalogue()
{
    QList<EndpointSpec> list;

    {
        EndpointSpec e;
        e.name = QStringLiteral("accounts");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Accounts");
        e.path = QStringLiteral("a.json");
        e.recordsKey = QStringLiteral("accounts");
        e.scope = EndpointScope::Global;
        e.sortField = QStringLiteral("name");
        e.defaultFields = plain({"id", "name", "outbound_recording_enabled", "hipaa_account"});
        e.optionalFields = plain({"numeric_id"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Accounts this API key can see");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("calls");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Calls");
        e.path = QStringLiteral("calls.json");
        e.recordsKey = QStringLiteral("calls");
        e.paging = PagingStyle::Relative;
        e.dateFiltered = true;
        e.sortField = QStringLiteral("start_time");
        e.timestampField = QStringLiteral("start_time");
        e.defaultFields = plain({"id", "answered", "business_phone_number", "customer_city",
                                 "customer_country", "customer_name", "customer_phone_number",
                                 "customer_state", "direction", "duration", "recording", "recording_duration",
                                 "recording_player", "start_time", "tracking_phone_number", "voicemail"});
        e.optionalFields = plain({"agent_email",
                                  "call_highlights",
                                  "call_summary",
                                  "call_type",
                                  "campaign",
                                  "company_id",
                                  "company_name",
                                  "company_time_zone",
                                  "created_at",
                                  "custom",
                                  "device_type",
                                  "fbclid",
                                  "first_call",
                                  "formatted_call_type",
                                  "formatted_customer_location",
                                  "formatted_business_phone_number",
                                  "formatted_customer_name",
                                  "formatted_customer_name_or_phone_number",
                                  "formatted_customer_phone_number",
                                  "formatted_duration",
                                  "formatted_tracking_phone_number",
                                  "formatted_tracking_source",
                                  "formatted_value",
                                  "ga",
                                  "gclid",
                                  "good_lead_call_id",
                                  "good_lead_call_time",
                                  "keypad_entries",
                                  "keywords",
                                  "keywords_spotted",
                                  "landing_page_url",
                                  "last_requested_url",
                                  "lead_status",
                                  "medium",
                                  "milestones",
                                  "msclkid",
                                  "note",
                                  "person_id",
                                  "prior_calls",
                                  "referrer_domain",
                                  "referring_url",
                                  "sentiment",
                                  "session_uuid",
                                  "source",
                                  "source_name",
                                  "speaker_percent",
                                  "tags",
                                  "timeline_url",
                                  "total_calls",
                                  "tracker_id",
                                  "transcription",
                                  "utm_campaign",
                                  "utm_content",
                                  "utm_medium",
                                  "utm_source",
                                  "utm_term",
                                  "value",
                                  "voice_assist_message",
                                  "waveforms",
                                  "zip_code",
                                  "lead_score",
                                  "lead_explanation"});
        replaceField(e.optionalFields, milestones());
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Inbound and outbound phone calls");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("companies");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Companies");
        e.fanOutSource = true;
        e.path = QStringLiteral("companies.json");
        e.recordsKey = QStringLiteral("companies");
        e.sortField = QStringLiteral("name");
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields = plain({"id", "name", "status", "time_zone", "created_at", "disabled_at",
                                 "dni_active", "script_url", "callscore_enabled", "lead_scoring_enabled",
                                 "swap_exclude_jquery", "swap_ppc_override", "swap_landing_override",
                                 "swap_cookie_duration", "swap_cookie_duration_unit", "callscribe_enabled",
                                 "keyword_spotting_enabled", "form_capture"});
        e.optionalFields = plain({"verified_caller_ids"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Companies (businesses) in the account");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("form_submissions");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Form submissions");
        e.path = QStringLiteral("form_submissions.json");
        e.recordsKey = QStringLiteral("form_submissions");
        e.dateFiltered = true;
        e.sortField = QStringLiteral("submitted_at");
        e.timestampField = QStringLiteral("submitted_at");
        e.defaultFields =
            plain({"id", "company_id", "person_id", "form_data", "form_url", "landing_page_url", "referrer",
                   "referring_url", "submitted_at", "first_form", "customer_phone_number", "customer_name",
                   "customer_email", "formatted_customer_phone_number", "formatted_customer_name", "source",
                   "keywords", "campaign", "medium"});
        e.optionalFields = plain({"company_name", "lead_status", "value", "note", "tags", "utm_source",
                                  "utm_medium", "utm_campaign", "form_name", "timeline_url", "milestones"});
        replaceField(e.optionalFields, milestones());
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Web forms submitted by visitors");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("leads");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Leads");
        e.path = QStringLiteral("leads.json");
        e.recordsKey = QStringLiteral("leads");
        // No date filter and no documented order (shared/callrail-api-examples/leads.json).
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields = plain({"id", "name", "phone", "email", "created_at", "company_id", "company_name"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints",
                                          "The people behind the calls and forms, one row per person");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("integrations");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Integrations");
        e.path = QStringLiteral("integrations.json");
        e.recordsKey = QStringLiteral("integrations");
        e.scope = EndpointScope::PerCompany;
        // company_id is not in CallRail's record: the extractor adds the company it asked for.
        e.defaultFields = plain({"id", "company_id", "type", "state", "config"});
        e.optionalFields = plain({"signing_key"});
        e.description =
            QT_TRANSLATE_NOOP("callrail::Endpoints", "Integrations (webhooks, analytics, …) per company");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("tags");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Tags");
        e.path = QStringLiteral("tags.json");
        e.recordsKey = QStringLiteral("tags");
        e.sortField = QStringLiteral("name");
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields = plain(
            {"id", "name", "tag_level", "color", "background_color", "company_id", "status", "created_at"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Tags used to label calls and forms");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("trackers");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Trackers");
        e.path = QStringLiteral("trackers.json");
        e.recordsKey = QStringLiteral("trackers");
        e.sortField = QStringLiteral("name");
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields = plain({"id", "name", "type", "status", "destination_number", "tracking_numbers",
                                 "whisper_message", "sms_enabled", "sms_supported"});
        e.defaultFields.append(object("company", {"id", "name"}));
        e.defaultFields.append(
            object("call_flow", {"type", "recording_enabled", "destination_number", "greeting_text",
                                 "greeting_recording_url", "initial_step_id", "steps"}));
        // A tracker's source is an object ({type, search_engine, …}), a call's is a name.
        e.defaultFields.append(typed("source", ColumnType::Json));
        e.defaultFields.append(plain({"created_at", "disabled_at"}));
        e.optionalFields = plain({"campaign_name", "swap_targets"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Tracking numbers and their call flows");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("users");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Users");
        e.path = QStringLiteral("users.json");
        e.recordsKey = QStringLiteral("users");
        e.sortField = QStringLiteral("email");
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields = plain({"id", "email", "first_name", "last_name", "name", "role", "accepted",
                                 "created_at", "companies"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Users with access to the account");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("text_messages");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Text messages");
        e.path = QStringLiteral("text-messages.json");
        e.recordsKey = QStringLiteral("conversations");
        e.dateFiltered = true;
        e.timestampField = QStringLiteral("last_message_at");
        e.defaultFields =
            plain({"id", "company_id", "initial_tracker_id", "current_tracker_id", "customer_name",
                   "customer_phone_number", "initial_tracking_number", "current_tracking_number",
                   "last_message_at", "state", "company_time_zone", "formatted_customer_phone_number",
                   "formatted_initial_tracking_number", "formatted_current_tracking_number",
                   "formatted_customer_name", "recent_messages"});
        e.optionalFields = plain({"lead_status", "source"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Text message conversations (SMS/MMS)");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("notifications");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Notifications");
        e.path = QStringLiteral("notifications.json");
        e.recordsKey = QStringLiteral("notifications");
        e.defaultFields = plain({"id", "user_id", "email", "alert_type", "call_enabled", "company_id", "name",
                                 "send_desktop", "send_email", "send_push", "sms_enabled", "tracker_id"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints", "Users' call and message alert settings");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("outbound_caller_ids");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Outbound caller IDs");
        e.path = QStringLiteral("caller_ids.json");
        e.recordsKey = QStringLiteral("caller_ids");
        e.scope = EndpointScope::PerCompany;
        e.timestampField = QStringLiteral("created_at");
        e.defaultFields =
            plain({"id", "company_id", "phone_number", "name", "verified", "created_at", "validation_code"});
        e.description =
            QT_TRANSLATE_NOOP("callrail::Endpoints", "Verified numbers used as outbound caller ID");
        list.append(e);
    }
    // CallRail's reports (shared/callrail-api.md §4.12): a handful of requests that count what the lists
    // hold, grouped or by period, in the run's window and time zone.
    const QStringList callMeasures{QStringLiteral("total_calls"),      QStringLiteral("missed_calls"),
                                   QStringLiteral("answered_calls"),   QStringLiteral("first_time_callers"),
                                   QStringLiteral("average_duration"), QStringLiteral("leads")};
    {
        EndpointSpec e;
        e.name = QStringLiteral("calls_summary");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Calls summary");
        e.path = QStringLiteral("calls/summary.json");
        e.recordsKey = QStringLiteral("grouped_results");
        e.dateFiltered = true;
        e.report.kind = ReportKind::Summary;
        e.report.counts = QStringLiteral("calls");
        e.report.groupings = {QStringLiteral("source"),    QStringLiteral("campaign"),
                              QStringLiteral("keywords"),  QStringLiteral("landing_page"),
                              QStringLiteral("referrer"),  QStringLiteral("company"),
                              QStringLiteral("company_id")};
        e.report.defaultGroupings = e.report.groupings.first(6);
        e.report.measures = callMeasures;
        e.defaultFields = plain({"id", "group_by", "key", "start_date", "end_date"});
        for (const QString &measure : callMeasures)
            e.defaultFields.append(field(qPrintable(measure)));
        e.description = QT_TRANSLATE_NOOP(
            "callrail::Endpoints", "Calls counted by source, campaign, keywords, landing page, referrer "
                                   "or company");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("calls_timeseries");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Calls over time");
        e.path = QStringLiteral("calls/timeseries.json");
        e.recordsKey = QStringLiteral("data");
        e.dateFiltered = true;
        e.timestampField = QStringLiteral("date");
        e.report.kind = ReportKind::TimeSeries;
        e.report.counts = QStringLiteral("calls");
        e.report.intervals = {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                              QStringLiteral("hour")};
        e.report.measures = callMeasures;
        e.defaultFields = plain({"id", "interval", "date"});
        for (const QString &measure : callMeasures)
            e.defaultFields.append(field(qPrintable(measure)));
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints",
                                          "Calls per day, week, month or hour: answered, missed, first-time "
                                          "callers");
        list.append(e);
    }
    {
        EndpointSpec e;
        e.name = QStringLiteral("forms_summary");
        e.title = QT_TRANSLATE_NOOP("callrail::Endpoints", "Forms summary");
        e.path = QStringLiteral("forms/summary.json");
        e.recordsKey = QStringLiteral("grouped_results");
        e.dateFiltered = true;
        e.report.kind = ReportKind::Summary;
        e.report.counts = QStringLiteral("form_submissions");
        e.report.groupings = {QStringLiteral("source"),       QStringLiteral("campaign"),
                              QStringLiteral("form_name"),    QStringLiteral("company"),
                              QStringLiteral("keywords"),     QStringLiteral("referrer"),
                              QStringLiteral("landing_page"), QStringLiteral("company_id")};
        e.report.defaultGroupings = e.report.groupings.first(4);
        e.report.measures = {QStringLiteral("total_forms"), QStringLiteral("first_forms"),
                             QStringLiteral("leads")};
        e.defaultFields =
            plain({"id", "group_by", "key", "start_date", "end_date", "total_forms", "first_forms", "leads"});
        e.description = QT_TRANSLATE_NOOP("callrail::Endpoints",
                                          "Form submissions counted by source, campaign, form or company");
        list.append(e);
    }
    return list;
}

} // namespace callrail
