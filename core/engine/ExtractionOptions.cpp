#include "ExtractionOptions.h"

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"
#include "export/PostgresWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <utility>

namespace callrail {

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

QString ExtractionOptions::unknownEndpoint(const QString &name)
{
    return tr("Unknown endpoint \"%1\". Known endpoints: %2.")
        .arg(name, EndpointCatalogue::names().join(QStringLiteral(", ")));
}

QString ExtractionOptions::unknownField(const EndpointSpec &spec, const QString &field)
{
    const QStringList known = spec.optionalFieldNames();
    return known.isEmpty() ? tr("%1 has no optional fields (asked for \"%2\").").arg(spec.name, field)
                           : tr("\"%1\" is not an optional field of %2. Optional fields: %3.")
                                 .arg(field, spec.name, known.join(QStringLiteral(", ")));
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
            return unknownEndpoint(s.name);
        if (!OptionLimits::recordLimit.contains(s.limit))
            return tr("The record limit for %1 must be a positive number.").arg(s.name);
        for (const QString &field : s.fields) {
            if (!spec->hasOptionalField(field))
                return unknownField(*spec, field);
        }
    }
    // The window's settings and the command line's flags were checked against the same table on the way in;
    // this catches callers that set the fields directly.
    const std::pair<const IntLimit &, qint64> numbers[] = {
        {OptionLimits::perPage, perPage},
        {OptionLimits::concurrency, concurrency},
        {OptionLimits::maxRetries, maxRetries},
        {OptionLimits::timeoutSeconds, timeoutMs / 1000},
        {OptionLimits::hourlyBudget, budget.hourly},
        {OptionLimits::dailyBudget, budget.daily},
        {OptionLimits::budgetWindowSeconds, budget.windowMs / 1000},
        {OptionLimits::sliceDays, sliceDays},
    };
    for (const auto &[limit, value] : numbers) {
        if (!limit.contains(value))
            return OptionLimits::outOfRange(limit);
    }
    if (const QString dateProblem = dates.validate(DateWindow::todayIn(dates.timeZone));
        !dateProblem.isEmpty())
        return dateProblem;

    if (typedOutput == TypedOutput::PostgresDatabase) {
        if (const QString problem = PostgresConnection::connInfoProblem(databaseConnection);
            !problem.isEmpty())
            return problem;
        if (databaseSchema.trimmed().isEmpty() ||
            databaseSchema.toUtf8().size() > PostgresWriter::maxNameBytes())
            return tr("The PostgreSQL schema needs a name of 1 to %1 bytes.")
                .arg(PostgresWriter::maxNameBytes());
    }

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
