#pragma once

namespace callrail {

/// How the imitation CallRail answers where shared/callrail-api.md is uncertain ([?]).
///
/// The rule: by default the imitation takes the less convenient reading, so that every test and benchmark
/// runs the extractor against the harder case; each flag switches to the other reading. A flag names the
/// reading it switches to. Two defaults follow the document's own advice for the imitation instead
/// (errorsAsList, pageBeyondEndNotFound: there the flag is the less convenient reading). docs/imitation.md
/// lists every [?] point with its default, its flag and the tests of both.
struct ImitationReadings
{
    // Errors and limits (§1, §2).
    /// A 401 carries {"error":"…"} as JSON. Default: Rails' plain text "HTTP Token: Access denied.".
    bool unauthorizedAsJson = false;
    /// Error bodies are {"errors":["…"]}. Default: {"error":"…"}, the bodies [D] shows (and the document's
    /// advice for the imitation).
    bool errorsAsList = false;
    /// 429 replies carry `Retry-After: <seconds>`. Default: no header, as [D] documents none.
    bool retryAfterHeader = false;
    /// The hourly and daily windows start at whole multiples of their length on the clock (the budget of
    /// an hour is renewed at once). Default: rolling windows, the stricter reading: every pattern of
    /// requests they accept an aligned window accepts too.
    bool clockAlignedWindows = false;
    /// A window reaching outside the 25 months of retention (and all_time) is refused with 400. Default: 422.
    bool retentionErrorIs400 = false;

    // Pages (§3).
    /// per_page above 250 is clamped to 250. Default: refused with 400.
    bool clampPerPage = false;
    /// Relative answers also carry page, total_pages and total_records. Default: they do not.
    bool relativeTotals = false;
    /// Relative answers also carry per_page. Default: they do not ([D] shows only next_page and
    /// has_next_page).
    bool relativePerPage = false;
    /// The last relative page has "next_page": null. Default: the key is absent.
    bool nextPageNullOnLastPage = false;
    /// Every offset answer carries total_pages. Default: the per-company lists (integrations, caller ids)
    /// omit it and notifications report 0 ("some endpoints omit [total_pages] or report 0"); total_records
    /// is always there.
    bool totalPagesEverywhere = false;
    /// A page beyond the end is 404. Default: an empty list with the right totals (the document's advice).
    bool pageBeyondEndNotFound = false;
    /// fields= names CallRail does not know are ignored. Default: the whole request is refused with 400.
    bool unknownFieldsIgnored = false;

    // Records (§4).
    /// tags (calls, form submissions) are names: ["Sales"]. Default: {id,name} objects.
    bool tagsAsNames = false;
    /// call_summary is a string. Default: an array of strings (as the single-call table has it).
    bool callSummaryAsText = false;
    /// recording_duration is a string ("179", as [D] documents it). Default: a number (as webhooks send it).
    bool recordingDurationAsText = false;
    /// agent_email comes only when asked for with fields=. Default: it comes with the default fields, as in
    /// [D]'s list example.
    bool agentEmailOnRequest = false;
    /// Caller id records carry company_id (as the table says). Default: they do not (as the examples show).
    bool callerIdCompanyId = false;
    /// Outbound caller ids answer on every plan. Default: accounts on a "standard plan" (every second
    /// account of the data set: index 1, 3, …) get 403 there.
    bool callerIdsOnEveryPlan = false;
    /// User ids (and notifications' user_id) are masked strings `USR…`. Default: numbers, as older [D]
    /// examples show.
    bool maskedUserIds = false;
};

} // namespace callrail
