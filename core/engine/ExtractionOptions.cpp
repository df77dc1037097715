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

QString ExtractionOptions::reportChoiceProblem(const EndpointSpec &spec, const EndpointSelection &selection)
{
    if (!selection.groupings.isEmpty() && spec.report.kind != ReportKind::Summary)
        return tr("%1 is not a summary: it cannot be grouped (only %2 can).")
            .arg(spec.name, reportNames(ReportKind::Summary).join(QStringLiteral(", ")));
    for (const QString &grouping : selection.groupings) {
        if (!spec.report.groupings.contains(grouping))
            return tr("\"%1\" is not a grouping of %2. Groupings: %3.")
                .arg(grouping, spec.name, spec.report.groupings.join(QStringLiteral(", ")));
    }
    if (!selection.interval.isEmpty() && spec.report.kind != ReportKind::TimeSeries)
        return tr("%1 is not a time series: it has no interval (only %2 has).")
            .arg(spec.name, reportNames(ReportKind::TimeSeries).join(QStringLiteral(", ")));
    if (!selection.interval.isEmpty() && !spec.report.intervals.contains(selection.interval))
        return tr("\"%1\" is not an interval of %2. Intervals: %3.")
            .arg(selection.interval, spec.name, spec.report.intervals.join(QStringLiteral(", ")));
    return {};
}

QStringList ExtractionOptions::reportNames(ReportKind kind)
{
    QStringList names;
    for (const EndpointSpec &spec : EndpointCatalogue::all()) {
        if (spec.report.kind == kind)
            names.append(spec.name);
    }
    return names;
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
        if (const QString problem = reportChoiceProblem(*spec, s); !problem.isEmpty())
            return problem;
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
