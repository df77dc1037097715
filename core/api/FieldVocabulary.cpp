#include "FieldVocabulary.h"

using namespace Qt::StringLiterals;

namespace callrail {

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
        // The reports' measures (counts; an average duration in whole seconds) and their periods: a time
        // series' point is a day ("2016-10-01") or an hour with its offset, the ends of a window are days.
        {"missed_calls"_L1, Integer},
        {"answered_calls"_L1, Integer},
        {"first_time_callers"_L1, Integer},
        {"average_duration"_L1, Integer},
        {"leads"_L1, Integer},
        {"total_forms"_L1, Integer},
        {"first_forms"_L1, Integer},
        {"date"_L1, Timestamp},
        {"start_date"_L1, Date},
        {"end_date"_L1, Date},
    };
    for (const Entry &entry : kVocabulary) {
        if (entry.name == name)
            return entry.type;
    }
    return Text;
}

} // namespace callrail
