#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace callrail {

/// Where an endpoint's list lives relative to the API root.
enum class EndpointScope
{
    Global,    ///< /v3/<path>, not tied to an account (only accounts).
    Account,   ///< /v3/a/{account_id}/<path>
    PerCompany ///< /v3/a/{account_id}/<path>?company_id=… (required): fanned out over the companies.
};

/// How the endpoint pages through its records.
enum class PagingStyle
{
    Offset,  ///< page / per_page / total_pages
    Relative ///< relative_pagination=true, next_page / has_next_page (calls)
};

/// What a column holds, for the outputs that keep types (the Excel workbook, and the databases after it).
/// CSV and JSON Lines ignore it: they keep every value as CallRail sent it.
enum class ColumnType
{
    Text,       ///< words people read: names, statuses, URLs
    Identifier, ///< ids, phone numbers, postal codes, codes: text whose "+" and leading zeros matter
    Integer,    ///< counts and durations in seconds
    Number,     ///< amounts
    Boolean,
    Timestamp, ///< ISO 8601 with the record's own offset (or Z), e.g. 2026-03-02T09:14:07.512-05:00; a
               ///< report's day ("2026-03-02") is its midnight
    Date,      ///< a calendar day, 2026-03-02: the ends of a report's window
    Json       ///< an object or a list kept as compact JSON (RecordFlattener's rules)
};

/// The name of a column type in summary.json and the documentation: "text", "identifier", …
QString columnTypeName(ColumnType type);

/// One field of a record. A field with sub-fields is an object flattened into dotted columns
/// (`company.id`, `company.name`), and a sub-field with sub-fields of its own into deeper ones
/// (`milestones.first_touch.source`); any other object or array of objects is kept as compact JSON.
struct FieldSpec
{
    QString name;
    ColumnType type = ColumnType::Text; ///< of the field's own column (a field with sub-fields has none)
    QList<FieldSpec> subfields;
};

/// What an endpoint answers: a list of records, or one of CallRail's reports (shared/callrail-api.md §4.12),
/// which count the records of a window instead of listing them.
enum class ReportKind
{
    None,      ///< a list of records, paged
    Summary,   ///< `grouped_results`: a row per key of one grouping (group_by), one request per grouping
    TimeSeries ///< `data`: a row per period of an interval, at most kMaxTimeSeriesPoints a request
};

/// How a report is asked for. Its rows get the columns that say which request they answer (the grouping and
/// window, or the interval) and an `id` made of them, so that every output keys, merges and refreshes them as
/// it does a list's records.
struct ReportSpec
{
    ReportKind kind = ReportKind::None;
    QStringList groupings;        ///< Summary: the group_by values CallRail accepts, in the order offered
    QStringList defaultGroupings; ///< Summary: asked for when the user chose none
    QStringList intervals;        ///< TimeSeries: the intervals offered, the default first
    /// The measures asked for with fields=. Without it a report may answer total_calls alone (the
    /// documented examples show both), so they are always named.
    QStringList measures;
    QString counts; ///< the list whose records the report counts: calls, form_submissions
};

/// CallRail answers a time series with at most this many points; a longer window is asked in slices.
inline constexpr int kMaxTimeSeriesPoints = 200;

/// Everything the extractor and the imitation server need to know about one list endpoint.
/// The catalogue is data: adding an endpoint or a field means adding a row, not code.
struct EndpointSpec
{
    QString name;           ///< the API's name: files, the command line, summary.json and tooltips ("calls")
    const char *title = ""; ///< the name people use, shown in the window ("Form submissions"); translate with
                            ///< EndpointCatalogue::title()
    QString path;           ///< "calls.json" (below /v3/a/{acct}/), or "a.json" for Global
    QString recordsKey;     ///< the array's key in the envelope: "calls", "conversations", …
    EndpointScope scope = EndpointScope::Account;
    PagingStyle paging = PagingStyle::Offset;
    bool dateFiltered = false; ///< takes start_date / end_date / time_zone (else CallRail's 7-day default)
    QString sortField;         ///< a field that gives a stable ascending order, empty when none is documented
    QString timestampField;    ///< the record's own time, used for date windows and catch-up passes
    /// The list whose ids the per-company endpoints fan out over (companies).
    bool fanOutSource = false;
    QList<FieldSpec> defaultFields;  ///< returned without asking, in column order (id first)
    QList<FieldSpec> optionalFields; ///< may be requested with fields=
    const char *description = "";    ///< short English text; translate with QCoreApplication::translate
                                     ///< ("callrail::Endpoints", description)
    ReportSpec report;               ///< kind None for the lists

    bool isReport() const { return report.kind != ReportKind::None; }

    /// Column names in their fixed order for the given optional fields (unknown names are ignored).
    QStringList columns(const QStringList &requestedOptional) const;
    /// The type of each of columns(requestedOptional), in the same order (other_fields is Json).
    QList<ColumnType> columnTypes(const QStringList &requestedOptional) const;
    /// The type of a column by name ("company.id"); Text for a column the catalogue does not know.
    ColumnType columnType(const QString &column) const;
    /// columnType() of each of these columns, in their order: the types of a staged file's own columns (a
    /// resumed run keeps its first run's columns).
    QList<ColumnType> typesOfColumns(const QStringList &columns) const;
    bool hasOptionalField(const QString &field) const;
    QStringList optionalFieldNames() const;
    QStringList defaultFieldNames() const;
};

/// The CallRail API v3 list endpoints and reports the product extracts, on their real paths (see
/// shared/callrail-api.md).
class EndpointCatalogue
{
public:
    static const QList<EndpointSpec> &all();
    /// The column a refresh adds: when CallRail stopped returning a record of the re-read window (a
    /// timestamp; empty while the record is there).
    static QString removedAtColumn() { return QStringLiteral("_removed_at"); }
    static const EndpointSpec *find(const QString &name);
    static QStringList names();
    /// The list of the accounts a key can see: the one endpoint of global scope.
    static const EndpointSpec &accountsList();
    /// The list the per-company endpoints fan out over.
    static const EndpointSpec &fanOutSource();
    /// The translated description of an endpoint.
    static QString describe(const EndpointSpec &spec);
    /// The translated name people use ("Outbound caller IDs"); the window shows it, the API name stays for
    /// files, the command line and tooltips.
    static QString title(const EndpointSpec &spec);
    /// title() of the endpoint called `name` (the API name), or `name` itself when the catalogue has none.
    static QString title(const QString &name);
};

/// The field (and query parameter) that names a record's company. Records of per-company lists that lack it
/// get it from the company they were fetched for, so that every row says whose it is.
inline constexpr const char *kCompanyIdField = "company_id";

/// The column for fields that the catalogue does not know: kept as a compact JSON object so that no
/// data the API sends is silently dropped from a CSV file.
inline constexpr const char *kOtherFieldsColumn = "other_fields";

} // namespace callrail
