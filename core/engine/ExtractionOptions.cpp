#include "ExtractionOptions.h"

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace callrail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("callrail::ExtractionOptions", text);
}
} // namespace

QList<EndpointSelection> ExtractionOptions::allEndpoints()
{
    QList<EndpointSelection> list;
    for (const QString &name : EndpointCatalogue::names())
        list.append(EndpointSelection{name, 0, {}});
    return list;
}

const EndpointSelection *ExtractionOptions::selection(const QString &endpoint) const
{
    for (const EndpointSelection &s : endpoints) {
        if (s.name == endpoint)
            return &s;
    }
    return nullptr;
}

QString ExtractionOptions::validate() const
{
    if (const QString urlProblem = ApiClient::validateBaseUrl(baseUrl); !urlProblem.isEmpty())
        return urlProblem;
    if (endpoints.isEmpty())
        return tr("Choose at least one endpoint to extract.");
    for (const EndpointSelection &s : endpoints) {
        const EndpointSpec *spec = EndpointCatalogue::find(s.name);
        if (!spec)
            return tr("Unknown endpoint \"%1\". Known endpoints: %2.")
                .arg(s.name, EndpointCatalogue::names().join(QStringLiteral(", ")));
        if (s.limit < 0)
            return tr("The record limit for %1 must be a positive number.").arg(s.name);
        for (const QString &field : s.fields) {
            if (!spec->hasOptionalField(field)) {
                const QStringList known = spec->optionalFieldNames();
                return known.isEmpty()
                           ? tr("%1 has no optional fields (asked for \"%2\").").arg(s.name, field)
                           : tr("\"%1\" is not an optional field of %2. Optional fields: %3.")
                                 .arg(field, s.name, known.join(QStringLiteral(", ")));
            }
        }
    }
    if (perPage < 1 || perPage > 250)
        return tr("Records per page must be between 1 and 250 (CallRail's maximum).");
    if (concurrency < 1 || concurrency > 16)
        return tr("Concurrency must be between 1 and 16.");
    if (maxRetries < 0 || maxRetries > 20)
        return tr("Retries must be between 0 and 20.");
    if (timeoutMs < 1000)
        return tr("The request timeout must be at least 1 second.");
    if (budget.hourly < 1 || budget.daily < 1)
        return tr("The hourly and daily request budgets must be at least 1.");
    if (budget.windowMs < 1000)
        return tr("The budget window must be at least 1 second.");
    if (sliceDays < 1)
        return tr("Date slices must be at least one day long.");
    if (const QString dateProblem = dates.validate(DateWindow::todayIn(dates.timeZone));
        !dateProblem.isEmpty())
        return dateProblem;

    if (outputDir.isEmpty())
        return tr("Choose an output folder.");
    const QFileInfo dir(outputDir);
    if (dir.exists() && !dir.isDir())
        return tr("The output folder \"%1\" is a file, not a folder.")
            .arg(QDir::toNativeSeparators(outputDir));
    if (!QDir().mkpath(outputDir))
        return tr("Cannot create the output folder \"%1\".").arg(QDir::toNativeSeparators(outputDir));
    QTemporaryFile probe(QDir(outputDir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return tr("Cannot write in the output folder \"%1\": %2")
            .arg(QDir::toNativeSeparators(outputDir), probe.errorString());
    return {};
}

} // namespace callrail
