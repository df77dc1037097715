#pragma once

#include "api/RequestBudget.h"
#include "config/DateWindow.h"
#include "export/EndpointFile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace callrail {

/// One endpoint the user ticked, with its record limit and the optional fields asked for.
struct EndpointSelection
{
    QString name;
    qint64 limit = 0;   ///< at most this many records; 0 = no limit
    QStringList fields; ///< optional fields requested with fields= (names from the catalogue)
};

/// Everything one extraction run needs. Built by the command line or the window, validated by validate().
struct ExtractionOptions
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.callrail.com/v3"));
    QString apiKey; ///< never logged, never written anywhere

    QList<EndpointSelection> endpoints; ///< in catalogue order
    QString accountId;                  ///< the account to extract; empty = the key's first account
    bool allAccounts = false;

    DateWindow dates;    ///< for calls, form submissions and text messages
    int sliceDays = 183; ///< "all available" is requested in slices of at most this many days

    int perPage = 250;
    int concurrency = 4;
    int maxRetries = 3;
    int timeoutMs = 30'000;
    int backoffBaseMs = 1000;
    BudgetLimits budget;
    QString budgetStoragePath; ///< empty: the budget is not persisted (demo, tests)

    QString outputDir;
    ExportOptions exportOptions;
    bool resume = false; ///< continue the interrupted run recorded in outputDir

    /// The catalogue names of all endpoints, each with no limit and no optional fields.
    static QList<EndpointSelection> allEndpoints();
    /// Empty when the options can run; else one translated line saying what is wrong. Makes no request.
    QString validate() const;
    const EndpointSelection *selection(const QString &endpoint) const;
};

} // namespace callrail
