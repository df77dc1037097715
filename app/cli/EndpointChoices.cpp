#include "EndpointChoices.h"

#include "api/EndpointCatalogue.h"

namespace callrail::cli {

QString EndpointChoices::split(const QString &value, const QString &option,
                               QList<EndpointSelection> &endpoints, EndpointSelection **selection,
                               QStringList *names)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return tr("--%1 takes ENDPOINT:name1,name2 (got \"%2\").").arg(option, value);
    const QString name = value.left(colon).trimmed();
    if (!EndpointCatalogue::find(name))
        return tr("Unknown endpoint \"%1\" in --%2. Known endpoints: %3.")
            .arg(name, option, EndpointCatalogue::names().join(QLatin1Char(',')));
    *selection = nullptr;
    for (EndpointSelection &s : endpoints) {
        if (s.name == name)
            *selection = &s;
    }
    if (!*selection)
        return tr("--%1 names %2, which is not among the endpoints being extracted.").arg(option, name);
    names->clear();
    for (const QString &raw : value.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        names->append(raw.trimmed());
    return {};
}

QString EndpointChoices::takeFields(const QStringList &values, QList<EndpointSelection> &endpoints)
{
    for (const QString &value : values) {
        EndpointSelection *selection = nullptr;
        QStringList names;
        if (const QString problem = split(value, QStringLiteral("fields"), endpoints, &selection, &names);
            !problem.isEmpty())
            return problem;
        const EndpointSpec &spec = *EndpointCatalogue::find(selection->name);
        for (const QString &field : std::as_const(names)) {
            if (!spec.hasOptionalField(field))
                return ExtractionOptions::unknownField(spec, field);
            if (!selection->fields.contains(field))
                selection->fields.append(field);
        }
    }
    return {};
}

QString EndpointChoices::takeGroupings(const QStringList &values, QList<EndpointSelection> &endpoints)
{
    for (const QString &value : values) {
        EndpointSelection *selection = nullptr;
        QStringList names;
        if (const QString problem = split(value, QStringLiteral("group-by"), endpoints, &selection, &names);
            !problem.isEmpty())
            return problem;
        if (names.isEmpty())
            return tr("--group-by %1 names no grouping.").arg(selection->name);
        for (const QString &grouping : std::as_const(names)) {
            if (!selection->groupings.contains(grouping))
                selection->groupings.append(grouping);
        }
        if (const QString problem =
                ExtractionOptions::reportChoiceProblem(*EndpointCatalogue::find(selection->name), *selection);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

QString EndpointChoices::takeInterval(const QString &value, QList<EndpointSelection> &endpoints)
{
    const QString interval = value.trimmed().toLower();
    bool applied = false;
    for (EndpointSelection &s : endpoints) {
        const EndpointSpec &spec = *EndpointCatalogue::find(s.name);
        if (spec.report.kind != ReportKind::TimeSeries)
            continue;
        s.interval = interval;
        if (const QString problem = ExtractionOptions::reportChoiceProblem(spec, s); !problem.isEmpty())
            return problem;
        applied = true;
    }
    if (!applied)
        return tr("--interval goes with a time series (%1), which is not among the endpoints being "
                  "extracted.")
            .arg(ExtractionOptions::reportNames(ReportKind::TimeSeries).join(QStringLiteral(", ")));
    return {};
}

} // namespace callrail::cli
