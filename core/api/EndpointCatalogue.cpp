#include "EndpointCatalogue.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callrail {

namespace {

/// What each field name holds wherever CallRail uses it (shared/callrail-api.md), stated once for every list;
/// a field not named here is Text. A list where the same name means something else says so where it lists
/// the field (typed()). Sub-fields of objects are looked up by their own name ("company.id" as "id").
ColumnType vocabularyType(QLatin1StringView name)
{
    using enum ColumnType;
    struct Entry
    {
        QLatin1StringView name;
        ColumnType type;
    };
    static constexpr Entry kVocabulary[] = {
        // Ids: masked "CAL…" strings, integer ids (tags, integrations, notifications, caller ids) and legacy
        // numeric ids alike are kept as text, so that a "+" and leading zeros survive.
        {"id"_L1, Identifier},
        {"numeric_id"_L1, Identifier},
        {"company_id"_L1, Identifier},
        {"person_id"_L1, Identifier},
        {"user_id"_L1, Identifier},
        {"tracker_id"_L1, Identifier},
        {"initial_tracker_id"_L1, Identifier},
        {"current_tracker_id"_L1, Identifier},
        {"good_lead_call_id"_L1, Identifier},
        {"initial_step_id"_L1, Identifier},
        {"session_uuid"_L1, Identifier},
        {"gclid"_L1, Identifier},
        {"fbclid"_L1, Identifier},
        {"msclkid"_L1, Identifier},
        {"validation_code"_L1, Identifier},
        {"zip_code"_L1, Identifier},
        // Phone numbers in E.164 ("+14045550123"); the formatted_… ones are text people read.
        {"business_phone_number"_L1, Identifier},
        {"customer_phone_number"_L1, Identifier},
        {"tracking_phone_number"_L1, Identifier},
        {"destination_number"_L1, Identifier},
        {"phone_number"_L1, Identifier},
        {"tracking_numbers"_L1, Identifier},
        {"initial_tracking_number"_L1, Identifier},
        {"current_tracking_number"_L1, Identifier},
        {"phone"_L1, Identifier}, // a lead's
        // Counts and durations (recording_duration is documented as a string of digits).
        {"duration"_L1, Integer},
        {"recording_duration"_L1, Integer},
        {"prior_calls"_L1, Integer},
        {"total_calls"_L1, Integer},
        {"swap_cookie_duration"_L1, Integer},
        // Amounts.
        {"value"_L1, Number},
        {"answered"_L1, Boolean},
        {"voicemail"_L1, Boolean},
        {"first_call"_L1, Boolean},
        {"outbound_recording_enabled"_L1, Boolean},
        {"hipaa_account"_L1, Boolean},
        {"dni_active"_L1, Boolean},
        {"callscore_enabled"_L1, Boolean},
        {"lead_scoring_enabled"_L1, Boolean},
        {"swap_exclude_jquery"_L1, Boolean},
        {"swap_ppc_override"_L1, Boolean},
        {"callscribe_enabled"_L1, Boolean},
        {"keyword_spotting_enabled"_L1, Boolean},
        {"form_capture"_L1, Boolean},
        {"first_form"_L1, Boolean},
        {"sms_enabled"_L1, Boolean},
        {"sms_supported"_L1, Boolean},
        {"recording_enabled"_L1, Boolean},
        {"accepted"_L1, Boolean},
        {"call_enabled"_L1, Boolean},
        {"send_desktop"_L1, Boolean},
        {"send_email"_L1, Boolean},
        {"send_push"_L1, Boolean},
        {"verified"_L1, Boolean},
        {"start_time"_L1, Timestamp},
        {"created_at"_L1, Timestamp},
        {"disabled_at"_L1, Timestamp},
        {"submitted_at"_L1, Timestamp},
        {"last_message_at"_L1, Timestamp},
        {"good_lead_call_time"_L1, Timestamp},
        {"event_date"_L1, Timestamp}, // a milestone's
        // Objects and lists of objects.
        {"custom"_L1, Json},
        {"keypad_entries"_L1, Json},
        {"speaker_percent"_L1, Json},
        {"voice_assist_message"_L1, Json},
        {"waveforms"_L1, Json},
        {"call_highlights"_L1, Json},
        {"keywords_spotted"_L1, Json},
        {"tags"_L1, Json},
        {"form_data"_L1, Json},
        {"config"_L1, Json},
        {"steps"_L1, Json},
        {"recent_messages"_L1, Json},
        {"companies"_L1, Json},
        {"verified_caller_ids"_L1, Json},
        {"swap_targets"_L1, Json},
        {"call_summary"_L1, Json},
        // A milestone's query parameters: objects of arbitrary names.
        {"landing_page_url_params"_L1, Json},
        {"referrer_url_params"_L1, Json},
        {"url_utm_params"_L1, Json},
    };
    for (const Entry &entry : kVocabulary) {
        if (entry.name == name)
            return entry.type;
    }
    return Text;
}

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

QList<EndpointSpec> buildCatalogue()
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
    return list;
}

/// Calls `visit(column name, type)` for the columns of one field: itself, or its dotted sub-fields (and
/// theirs: "milestones.first_touch.source"). `prefix` is the dotted path of the object holding it.
template <typename Visit>
void forEachColumn(const FieldSpec &field, Visit &&visit, const QString &prefix = {})
{
    const QString name = prefix + field.name;
    if (field.subfields.isEmpty()) {
        visit(name, field.type);
        return;
    }
    for (const FieldSpec &sub : field.subfields)
        forEachColumn(sub, visit, name + QLatin1Char('.'));
}

/// Calls `visit` for every column of the spec with the given optional fields, in the fixed column order.
template <typename Visit>
void forEachColumn(const EndpointSpec &spec, const QStringList &requestedOptional, Visit &&visit)
{
    for (const FieldSpec &field : spec.defaultFields)
        forEachColumn(field, visit);
    // Optional fields keep the catalogue's order, whatever order the user listed them in,
    // so that two runs with the same selection give the same columns.
    for (const FieldSpec &field : spec.optionalFields) {
        if (requestedOptional.contains(field.name))
            forEachColumn(field, visit);
    }
    visit(QString::fromLatin1(kOtherFieldsColumn), ColumnType::Json);
}

} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Identifier:
        return QStringLiteral("identifier");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    case ColumnType::Json:
        return QStringLiteral("json");
    }
    return QString();
}

QStringList EndpointSpec::columns(const QStringList &requestedOptional) const
{
    QStringList result;
    forEachColumn(*this, requestedOptional,
                  [&](const QString &column, ColumnType) { result.append(column); });
    return result;
}

QList<ColumnType> EndpointSpec::columnTypes(const QStringList &requestedOptional) const
{
    QList<ColumnType> result;
    forEachColumn(*this, requestedOptional, [&](const QString &, ColumnType type) { result.append(type); });
    return result;
}

ColumnType EndpointSpec::columnType(const QString &column) const
{
    ColumnType found =
        column == EndpointCatalogue::removedAtColumn() ? ColumnType::Timestamp : ColumnType::Text;
    forEachColumn(*this, optionalFieldNames(), [&](const QString &each, ColumnType type) {
        if (each == column)
            found = type;
    });
    // An object spread over dotted columns that an export of an earlier version kept in one cell
    // (`milestones`): a refresh keeps the export's columns, and that cell is compact JSON.
    for (const QList<FieldSpec> *fields : {&defaultFields, &optionalFields}) {
        for (const FieldSpec &field : *fields) {
            if (field.name == column && !field.subfields.isEmpty())
                found = ColumnType::Json;
        }
    }
    return found;
}

QList<ColumnType> EndpointSpec::typesOfColumns(const QStringList &columns) const
{
    QList<ColumnType> types;
    for (const QString &column : columns)
        types << columnType(column);
    return types;
}

bool EndpointSpec::hasOptionalField(const QString &field) const
{
    for (const FieldSpec &f : optionalFields) {
        if (f.name == field)
            return true;
    }
    return false;
}

QStringList EndpointSpec::optionalFieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : optionalFields)
        names.append(f.name);
    return names;
}

QStringList EndpointSpec::defaultFieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : defaultFields)
        names.append(f.name);
    return names;
}

const QList<EndpointSpec> &EndpointCatalogue::all()
{
    static const QList<EndpointSpec> catalogue = buildCatalogue();
    return catalogue;
}

const EndpointSpec *EndpointCatalogue::find(const QString &name)
{
    for (const EndpointSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList EndpointCatalogue::names()
{
    QStringList names;
    for (const EndpointSpec &spec : all())
        names.append(spec.name);
    return names;
}

const EndpointSpec &EndpointCatalogue::accountsList()
{
    const auto &specs = all();
    return *std::find_if(specs.begin(), specs.end(),
                         [](const EndpointSpec &spec) { return spec.scope == EndpointScope::Global; });
}

const EndpointSpec &EndpointCatalogue::fanOutSource()
{
    const auto &specs = all();
    return *std::find_if(specs.begin(), specs.end(),
                         [](const EndpointSpec &spec) { return spec.fanOutSource; });
}

QString EndpointCatalogue::describe(const EndpointSpec &spec)
{
    return QCoreApplication::translate("callrail::Endpoints", spec.description);
}

QString EndpointCatalogue::title(const EndpointSpec &spec)
{
    return QCoreApplication::translate("callrail::Endpoints", spec.title);
}

QString EndpointCatalogue::title(const QString &name)
{
    const EndpointSpec *spec = find(name);
    return spec ? title(*spec) : name;
}

} // namespace callrail
