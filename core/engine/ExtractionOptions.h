#pragma once

#include "api/RequestBudget.h"
#include "config/DateWindow.h"
#include "engine/OptionLimits.h"
#include "export/EndpointFile.h"
#include "export/PostgresConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace callrail {

struct EndpointSpec;
enum class ReportKind;

/// One endpoint the user ticked, with its record limit and the optional fields asked for.
struct EndpointSelection
{
    // A constructor rather than an aggregate: the lists' selections are written {name, limit, fields}, and a
    // report's choices are set by name where they are made.
    EndpointSelection(QString endpoint = {}, qint64 recordLimit = 0, QStringList optionalFields = {})
        : name(std::move(endpoint))
        , limit(recordLimit)
        , fields(std::move(optionalFields))
    {}

    QString name;
    qint64 limit = 0;   ///< at most this many records; 0 = no limit
    QStringList fields; ///< optional fields requested with fields= (names from the catalogue)
    /// A summary report's groupings (group_by values of ReportSpec::groupings); empty: the catalogue's
    /// default.
    QStringList groupings;
    /// A time series' interval (one of ReportSpec::intervals); empty: the catalogue's default (day).
    QString interval;
};

/// Everything one extraction run needs. Built by the command line or the window, validated by validate().
/// The numeric defaults and limits come from OptionLimits.
struct ExtractionOptions
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ExtractionOptions)

public:
    QUrl baseUrl = ApiFacts::defaultBaseUrl();
    QString apiKey; ///< never logged, never written anywhere

    QList<EndpointSelection> endpoints; ///< in catalogue order
    QString accountId;                  ///< the account to extract; empty = the key's first account
    bool allAccounts = false;

    DateWindow dates; ///< for calls, form submissions and text messages
    /// Where the summaries' window starts, when not where `dates` starts (a refresh counts the export's whole
    /// window up to today, while the lists re-read only their last days); invalid: as `dates`.
    QDate summariesFrom;
    /// Where a time series' window starts, when not where `dates` starts (a refresh re-reads whole weeks or
    /// months); invalid: as `dates`.
    QDate timeSeriesFrom;
    int sliceDays = int(OptionLimits::sliceDays.defaultValue); ///< "all available" is requested in slices

    int perPage = int(OptionLimits::perPage.defaultValue);
    int concurrency = int(OptionLimits::concurrency.defaultValue);
    int maxRetries = int(OptionLimits::maxRetries.defaultValue);
    int timeoutMs = int(OptionLimits::timeoutSeconds.defaultValue * 1000);
    int backoffBaseMs = 1000;
    BudgetLimits budget{int(OptionLimits::hourlyBudget.defaultValue),
                        int(OptionLimits::dailyBudget.defaultValue),
                        OptionLimits::budgetWindowSeconds.defaultValue * 1000};
    QString budgetStoragePath; ///< empty: the budget is not persisted (demo, tests)

    QString outputDir;
    ExportOptions exportOptions;
    /// Built from the staged files at the end (their format is then JSON Lines, lossless).
    TypedOutput typedOutput = TypedOutput::None;
    WorkbookLimits workbookLimits;
    /// TypedOutput::PostgresDatabase: a libpq connection string or URI, without a password.
    QString databaseConnection;
    QString databaseSchema = PostgresConnection::defaultSchema();
    /// The database password the window keeps in the keychain; empty leaves it to PGPASSWORD or ~/.pgpass.
    /// Like the API key: never logged, never written to summary.json, the manifest or any file.
    QString databasePassword;
    bool resume = false; ///< continue the interrupted run recorded in outputDir

    /// The catalogue names of all endpoints, each with no limit and no optional fields.
    static QList<EndpointSelection> allEndpoints();
    /// Empty when the options can run; else one translated line saying what is wrong. Makes no request.
    QString validate() const;
    /// The messages for a name the catalogue does not know (shared with the command line's parsing).
    static QString unknownEndpoint(const QString &name);
    static QString unknownField(const EndpointSpec &spec, const QString &field);
    /// Empty when a selection's groupings and interval are ones its report offers; else what is wrong.
    static QString reportChoiceProblem(const EndpointSpec &spec, const EndpointSelection &selection);
    /// The catalogue names of the reports of one kind ("calls_summary, forms_summary").
    static QStringList reportNames(ReportKind kind);
    const EndpointSelection *selection(const QString &endpoint) const;
};

} // namespace callrail
