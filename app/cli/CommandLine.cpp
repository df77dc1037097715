#include "CommandLine.h"

#include "EndpointChoices.h"

#include "refresh/ExportRefresh.h"

#include "Version.h"
#include "api/ApiFacts.h"
#include "api/EndpointCatalogue.h"
#include "config/Environment.h"
#include "engine/OptionLimits.h"
#include "export/PostgresConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace callrail::cli {

namespace {

/// The parser, as a class only so that its texts keep their translation context, "callrail::cli".
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(callrail::cli)

public:
    static QString parse(const QStringList &arguments, Invocation *inv);
};

bool parsePositive(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 parsed = text.trimmed().toLongLong(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

} // namespace

QString parseArguments(const QStringList &arguments, Invocation *inv)
{
    return Cli::parse(arguments, inv);
}

QString Cli::parse(const QStringList &arguments, Invocation *inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Extracts CallRail API v3 account data into CSV or JSON Lines files.\n\n"
           "The API key is read from CALLRAIL_API_KEY, else from a .env file in the current folder, else "
           "from the\n"
           "key the CallRail Extractor app stored in the system keychain. It is never taken from the command "
           "line."));
    const QString endpointList = EndpointCatalogue::names().join(QLatin1Char(','));
    const QCommandLineOption endpoints(
        QStringLiteral("endpoints"),
        tr("Comma-separated endpoints to extract (default: all): %1.").arg(endpointList), tr("LIST"));
    const QCommandLineOption limit({QStringLiteral("n"), QStringLiteral("limit")},
                                   tr("At most N records per endpoint."), tr("N"));
    const QCommandLineOption perPage(QStringLiteral("per-page"),
                                     tr("Records per request, %1-%2 (default %3).")
                                         .arg(OptionLimits::perPage.minimum)
                                         .arg(OptionLimits::perPage.maximum)
                                         .arg(OptionLimits::perPage.defaultValue),
                                     tr("N"));
    const QCommandLineOption account({QStringLiteral("a"), QStringLiteral("account")},
                                     tr("The account to extract (default: the key's first account)."),
                                     tr("ID"));
    const QCommandLineOption allAccounts(QStringLiteral("all-accounts"),
                                         tr("Extract every account the key sees."));
    const QCommandLineOption listAccounts(QStringLiteral("list-accounts"),
                                          tr("Print the accounts the key can see, then exit."));
    const QCommandLineOption startDate(
        QStringLiteral("start-date"),
        tr("First day (inclusive) for calls, form submissions and text messages."), tr("YYYY-MM-DD"));
    const QCommandLineOption endDate(QStringLiteral("end-date"), tr("Last day (inclusive); default today."),
                                     tr("YYYY-MM-DD"));
    const QCommandLineOption dateRange(QStringLiteral("date-range"),
                                       tr("A named range instead of dates: last_7_days, last_30_days "
                                          "(default), this_month, last_month, this_year, "
                                          "all_available (CallRail keeps 25 months)."),
                                       tr("RANGE"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        tr("Time zone the dates are read in (IANA name; default: this computer's)."), tr("TZ"));
    const QCommandLineOption fields(QStringLiteral("fields"),
                                    tr("Optional fields to request for an endpoint, e.g. calls:source,tags "
                                       "(repeatable)."),
                                    tr("ENDPOINT:f1,f2"));
    QStringList groupingDefaults, intervals;
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.report.kind == ReportKind::Summary)
            groupingDefaults.append(
                tr("for %1: %2").arg(spec.name, spec.report.defaultGroupings.join(QStringLiteral(", "))));
        if (spec.report.kind == ReportKind::TimeSeries)
            intervals.append(tr("%1: %2 (default %3)")
                                 .arg(spec.name, spec.report.intervals.join(QStringLiteral(", ")),
                                      spec.report.intervals.value(0)));
    }
    const QCommandLineOption groupBy(QStringLiteral("group-by"),
                                     tr("How a summary groups its counts, e.g. calls_summary:source,campaign "
                                        "(repeatable; default %1).")
                                         .arg(groupingDefaults.join(QStringLiteral("; "))),
                                     tr("ENDPOINT:g1,g2"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        tr("The period of a time series, %1.").arg(intervals.join(QStringLiteral("; "))), tr("INTERVAL"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output folder (default $DATA_DIR or ./data)."), tr("DIR"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("csv (default), jsonl, xlsx: an Excel workbook (typed cells, a sheet per endpoint), sqlite: "
           "a SQLite database (typed columns, a table per endpoint, merged on the id with earlier runs), or "
           "postgresql: the same in a PostgreSQL database (--database); all built from JSON Lines files "
           "kept beside them."),
        tr("FORMAT"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("With --format postgresql: the database, as a libpq connection string or URI, e.g. "
           "\"host=localhost dbname=analytics user=ann\". Never with a password: it comes from "
           "PGPASSWORD or ~/.pgpass."),
        tr("CONNINFO"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    tr("With --format postgresql: the schema the tables go in (default %1).")
                                        .arg(PostgresConnection::defaultSchema()),
                                    tr("NAME"));
    const QCommandLineOption noExcelSafe(
        QStringLiteral("no-excel-safe"),
        tr("Do not neutralise cells that a spreadsheet would run as formulas (=, +, -, @)."));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("Start CSV files with a UTF-8 byte order mark (Excel)."));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests in flight at once (default %1).").arg(OptionLimits::concurrency.defaultValue), tr("N"));
    const QCommandLineOption maxRetries(
        QStringLiteral("max-retries"),
        tr("Retries of a failed request (default %1).").arg(OptionLimits::maxRetries.defaultValue), tr("N"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Seconds to wait for each request (default %1).").arg(OptionLimits::timeoutSeconds.defaultValue),
        tr("SECONDS"));
    const QCommandLineOption hourlyBudget(QStringLiteral("hourly-budget"),
                                          tr("Requests allowed per hour and account (default %1).")
                                              .arg(OptionLimits::hourlyBudget.defaultValue),
                                          tr("N"));
    const QCommandLineOption dailyBudget(
        QStringLiteral("daily-budget"),
        tr("Requests allowed per day and account (default %1).").arg(OptionLimits::dailyBudget.defaultValue),
        tr("N"));
    const QCommandLineOption budgetWindow(
        QStringLiteral("budget-window"),
        tr("Length of CallRail's hourly window in seconds (default %1; a day is 24 windows).")
            .arg(OptionLimits::budgetWindowSeconds.defaultValue),
        tr("SECONDS"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("API address (default %1).").arg(QLatin1String(ApiFacts::kBaseUrl)),
                                     tr("URL"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the interrupted run in the output folder."));
    const QCommandLineOption refresh(
        QStringLiteral("refresh"),
        tr("Bring an earlier export up to date: re-read calls, form submissions and text messages from the "
           "newest one minus the look-back, re-read the other lists, and merge by id (new, updated, removed "
           "records). Its own choice of lists, fields and format is used."),
        tr("DIR"));
    const QCommandLineOption scheduled(QStringLiteral("scheduled"),
                                       tr("Started by the system's scheduler (Refresh automatically… in the "
                                          "window): the outcome is recorded for the window to report."));
    const QCommandLineOption lookBack(QStringLiteral("look-back"),
                                      tr("Days before the newest record that --refresh re-reads, for calls "
                                         "edited after they were exported (default %1; 0 allowed).")
                                          .arg(ExportRefresh::kDefaultLookBackDays),
                                      tr("DAYS"));
    const QCommandLineOption waitForLock(
        QStringLiteral("wait-for-lock"),
        tr("When another run is updating the export folder, wait this long for it to end (default %1 with "
           "--scheduled, else 0: give up at once).")
            .arg(kScheduledLockWaitSeconds),
        tr("SECONDS"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Run on built-in demo data (an imitation CallRail on this computer; no key, no "
           "network)."));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      tr("DEBUG, INFO (default), WARNING or ERROR."), tr("LEVEL"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("Only warnings, errors and the summary; no progress line."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    parser.addOptions({endpoints,    limit,       perPage,    account,     allAccounts,  listAccounts,
                       startDate,    endDate,     dateRange,  timeZone,    fields,       groupBy,
                       interval,     output,      format,     noExcelSafe, database,     schema,
                       bom,          concurrency, maxRetries, timeout,     hourlyBudget, dailyBudget,
                       budgetWindow, baseUrl,     resume,     refresh,     lookBack,     scheduled,
                       waitForLock,  demo,        logLevel,   quiet,       help,         version});

    if (!parser.parse(arguments))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\". Options start with --; see --help.")
            .arg(parser.positionalArguments().first());
    if (parser.isSet(help)) {
        inv->action = Invocation::Action::Help;
        inv->text = parser.helpText();
        return {};
    }
    if (parser.isSet(version)) {
        inv->action = Invocation::Action::Version;
        inv->text = QStringLiteral("callrail-export " CALLRAIL_EXTRACTOR_VERSION " (Qt %1)\n")
                        .arg(QString::fromLatin1(qVersion()));
        return {};
    }

    const Environment env;
    ExtractionOptions &o = inv->options;
    inv->demo = parser.isSet(demo);
    inv->quiet = parser.isSet(quiet);
    if (parser.isSet(listAccounts))
        inv->action = Invocation::Action::ListAccounts;

    // Log level: flag, else LOG_LEVEL.
    const QString level = parser.isSet(logLevel) ? parser.value(logLevel)
                                                 : env.value(QStringLiteral("LOG_LEVEL")).value_or(QString());
    if (!level.isEmpty()) {
        const auto parsed = parseLogLevel(level);
        if (!parsed)
            return tr("Unknown log level \"%1\": use DEBUG, INFO, WARNING or ERROR.").arg(level);
        inv->logLevel = *parsed;
    }

    // Endpoints and per-endpoint settings.
    o.endpoints = ExtractionOptions::allEndpoints();
    if (parser.isSet(endpoints)) {
        o.endpoints.clear();
        for (const QString &raw : parser.value(endpoints).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = raw.trimmed();
            if (!EndpointCatalogue::find(name))
                return ExtractionOptions::unknownEndpoint(name);
            bool duplicate = false;
            for (const EndpointSelection &s : std::as_const(o.endpoints))
                duplicate = duplicate || s.name == name;
            if (!duplicate)
                o.endpoints.append(EndpointSelection{name, 0, {}});
        }
        if (o.endpoints.isEmpty())
            return tr("--endpoints needs at least one endpoint: %1.").arg(endpointList);
        // Keep the catalogue's order whatever order was typed.
        QList<EndpointSelection> ordered;
        for (const QString &name : EndpointCatalogue::names()) {
            for (const EndpointSelection &s : std::as_const(o.endpoints)) {
                if (s.name == name)
                    ordered.append(s);
            }
        }
        o.endpoints = ordered;
    }
    if (parser.isSet(limit)) {
        // 0 is "no limit", which is what leaving the flag out says.
        const IntLimit positive{1, OptionLimits::recordLimit.maximum, 0};
        qint64 n = 0;
        if (!parsePositive(parser.value(limit), positive.minimum, positive.maximum, &n))
            return OptionLimits::notAWholeNumberInRange(QStringLiteral("--limit"), positive,
                                                        parser.value(limit));
        for (EndpointSelection &s : o.endpoints)
            s.limit = n;
    }
    if (const QString problem = EndpointChoices::takeFields(parser.values(fields), o.endpoints);
        !problem.isEmpty())
        return problem;
    if (const QString problem = EndpointChoices::takeGroupings(parser.values(groupBy), o.endpoints);
        !problem.isEmpty())
        return problem;
    if (parser.isSet(interval)) {
        if (const QString problem = EndpointChoices::takeInterval(parser.value(interval), o.endpoints);
            !problem.isEmpty())
            return problem;
    }

    // Network.
    QString url = env.value(QStringLiteral("CALLRAIL_BASE_URL")).value_or(QString());
    if (parser.isSet(baseUrl))
        url = parser.value(baseUrl);
    if (!url.isEmpty())
        o.baseUrl = QUrl(url, QUrl::StrictMode);
    // A flag, else its environment variable (when it has one), checked against the same table as the window.
    const auto intOption = [&](const QCommandLineOption &option, const QString &envName,
                               const IntLimit &range, auto apply) -> QString {
        QString value;
        if (parser.isSet(option))
            value = parser.value(option);
        else if (!envName.isEmpty())
            value = env.value(envName).value_or(QString());
        if (value.isEmpty())
            return {};
        qint64 n = 0;
        if (!parsePositive(value, range.minimum, range.maximum, &n))
            return OptionLimits::notAWholeNumberInRange(
                parser.isSet(option) ? QStringLiteral("--") + option.names().last() : envName, range, value);
        apply(n);
        return {};
    };
    QString problem;
    if (!(problem = intOption(perPage, QStringLiteral("BATCH_SIZE"), OptionLimits::perPage, [&](qint64 v) {
              o.perPage = int(v);
          })).isEmpty())
        return problem;
    if (!(problem = intOption(maxRetries, QStringLiteral("MAX_RETRIES"), OptionLimits::maxRetries,
                              [&](qint64 v) { o.maxRetries = int(v); }))
             .isEmpty())
        return problem;
    if (!(problem = intOption(concurrency, QString(), OptionLimits::concurrency, [&](qint64 v) {
              o.concurrency = int(v);
          })).isEmpty())
        return problem;
    if (!(problem = intOption(timeout, QString(), OptionLimits::timeoutSeconds, [&](qint64 v) {
              o.timeoutMs = int(v * 1000);
          })).isEmpty())
        return problem;
    if (!(problem = intOption(hourlyBudget, QString(), OptionLimits::hourlyBudget, [&](qint64 v) {
              o.budget.hourly = int(v);
          })).isEmpty())
        return problem;
    if (!(problem = intOption(dailyBudget, QString(), OptionLimits::dailyBudget, [&](qint64 v) {
              o.budget.daily = int(v);
          })).isEmpty())
        return problem;
    if (parser.isSet(budgetWindow)) {
        bool ok = false;
        // Seconds, with fractions accepted as they always were; the range is the table's.
        const IntLimit &range = OptionLimits::budgetWindowSeconds;
        const double seconds = parser.value(budgetWindow).toDouble(&ok);
        if (!ok || seconds < double(range.minimum) || seconds > double(range.maximum))
            return tr("--budget-window must be a number of seconds from %1 to %2 (got \"%3\").")
                .arg(range.minimum)
                .arg(range.maximum)
                .arg(parser.value(budgetWindow));
        o.budget.windowMs = qint64(seconds * 1000);
    }

    // Accounts.
    o.accountId = parser.value(account).trimmed();
    o.allAccounts = parser.isSet(allAccounts);
    if (o.allAccounts && !o.accountId.isEmpty())
        return tr("Use either --account or --all-accounts, not both.");

    // Dates: read in this computer's time zone unless told otherwise, as an analyst thinks of "the last 30
    // days".
    if (parser.isSet(timeZone)) {
        o.dates.timeZone = parser.value(timeZone).trimmed();
        if (!QTimeZone(o.dates.timeZone.toUtf8()).isValid())
            return tr("Unknown time zone \"%1\": use an IANA name such as America/New_York or UTC.")
                .arg(o.dates.timeZone);
    }
    if (parser.isSet(dateRange)) {
        if (parser.isSet(startDate) || parser.isSet(endDate))
            return tr("Use either --date-range or --start-date/--end-date, not both.");
        QString key = parser.value(dateRange).trimmed().toLower();
        const auto preset = parseDatePreset(key);
        if (!preset || *preset == DatePreset::Custom)
            return tr("Unknown date range \"%1\": use last_7_days, last_30_days, this_month, last_month, "
                      "this_year "
                      "or all_available.")
                .arg(parser.value(dateRange));
        o.dates.preset = *preset;
    }
    if (parser.isSet(startDate) || parser.isSet(endDate)) {
        const QDate today = DateWindow::todayIn(o.dates.timeZone);
        o.dates.preset = DatePreset::Custom;
        if (!parser.isSet(startDate))
            return tr("--end-date needs --start-date too.");
        o.dates.customStart = QDate::fromString(parser.value(startDate).trimmed(), Qt::ISODate);
        if (!o.dates.customStart.isValid())
            return tr("--start-date must be a date written YYYY-MM-DD (got \"%1\").")
                .arg(parser.value(startDate));
        o.dates.customEnd = today;
        if (parser.isSet(endDate)) {
            o.dates.customEnd = QDate::fromString(parser.value(endDate).trimmed(), Qt::ISODate);
            if (!o.dates.customEnd.isValid())
                return tr("--end-date must be a date written YYYY-MM-DD (got \"%1\").")
                    .arg(parser.value(endDate));
        }
    }

    // Output.
    if (parser.isSet(output))
        o.outputDir = parser.value(output);
    else
        o.outputDir = env.value(QStringLiteral("DATA_DIR")).value_or(QStringLiteral("data"));
    o.outputDir = QDir::cleanPath(QDir::current().absoluteFilePath(o.outputDir));
    if (parser.isSet(format)) {
        if (const auto typed = parseTypedOutput(parser.value(format))) {
            // A typed output is built from lossless staged files at the end of the run.
            o.exportOptions.format = OutputFormat::JsonLines;
            o.typedOutput = *typed;
        } else if (const auto parsed = parseOutputFormat(parser.value(format))) {
            o.exportOptions.format = *parsed;
        } else {
            return tr("Unknown format \"%1\": use csv, jsonl, xlsx, sqlite or postgresql.")
                .arg(parser.value(format));
        }
    }
    if (o.typedOutput == TypedOutput::PostgresDatabase) {
        if (!parser.isSet(database))
            return tr("--format postgresql needs --database CONNINFO, e.g. --database "
                      "\"host=localhost dbname=analytics\".");
        o.databaseConnection = parser.value(database);
        if (parser.isSet(schema))
            o.databaseSchema = parser.value(schema).trimmed();
        // Said here, in the command line's terms, before the core's general check: and never echoed.
        if (const QString refused = PostgresConnection::connInfoProblem(o.databaseConnection);
            !refused.isEmpty())
            return tr("--database: %1").arg(refused);
    } else if (parser.isSet(database) || parser.isSet(schema)) {
        return tr("--database and --schema go with --format postgresql.");
    }
    o.exportOptions.excelSafe = !parser.isSet(noExcelSafe);
    o.exportOptions.byteOrderMark = parser.isSet(bom);
    o.resume = parser.isSet(resume);

    inv->lookBackDays = ExportRefresh::kDefaultLookBackDays;
    if (parser.isSet(lookBack)) {
        bool number = false;
        inv->lookBackDays = parser.value(lookBack).trimmed().toInt(&number);
        if (!number || inv->lookBackDays < 0 || inv->lookBackDays > ExportRefresh::kMaxLookBackDays)
            return tr("--look-back must be a number of days from 0 to %1 (got \"%2\").")
                .arg(ExportRefresh::kMaxLookBackDays)
                .arg(parser.value(lookBack));
        if (!parser.isSet(refresh))
            return tr("--look-back goes with --refresh.");
    }
    inv->scheduled = parser.isSet(scheduled);
    if (inv->scheduled && !parser.isSet(refresh))
        return tr("--scheduled goes with --refresh.");
    // A scheduled job may start while the analyst's own refresh of the folder runs: it waits; a person at a
    // terminal is told at once.
    inv->lockWaitSeconds = inv->scheduled ? kScheduledLockWaitSeconds : 0;
    if (parser.isSet(waitForLock)) {
        bool number = false;
        inv->lockWaitSeconds = parser.value(waitForLock).trimmed().toInt(&number);
        if (!number || inv->lockWaitSeconds < 0 || inv->lockWaitSeconds > kMaxLockWaitSeconds)
            return tr("--wait-for-lock must be a number of seconds from 0 to %1 (got \"%2\").")
                .arg(kMaxLockWaitSeconds)
                .arg(parser.value(waitForLock));
        if (inv->action == Invocation::Action::ListAccounts)
            return tr("--wait-for-lock goes with a run that writes into a folder, not --list-accounts.");
    }
    if (parser.isSet(refresh)) {
        // The export's manifest says what it holds: choices given here would contradict it.
        for (const QCommandLineOption *own :
             {&endpoints, &limit, &account, &allAccounts, &startDate, &endDate, &dateRange, &timeZone,
              &fields, &groupBy, &interval, &output, &format, &noExcelSafe, &bom, &resume, &listAccounts}) {
            if (parser.isSet(*own))
                return tr("--refresh uses the export's own choice; leave out --%1.")
                    .arg(own->names().constLast());
        }
        inv->refreshFolder = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(refresh)));
        if (!QFileInfo(inv->refreshFolder).isDir())
            return tr("--refresh: %1 is not a folder.").arg(QDir::toNativeSeparators(inv->refreshFolder));
        return {};
    }

    if (inv->action == Invocation::Action::ListAccounts)
        return {};
    // Everything else (URL scheme, output folder writable, date window) is checked by the core, the same way
    // the window checks it. The demo replaces the base URL, so check a placeholder loopback one then.
    ExtractionOptions check = o;
    if (inv->demo)
        check.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v3"));
    return check.validate();
}

} // namespace callrail::cli
