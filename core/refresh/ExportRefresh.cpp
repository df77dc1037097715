#include "refresh/ExportRefresh.h"

#include "api/EndpointCatalogue.h"
#include "engine/PagePlan.h"
#include "engine/ResumeStore.h"
#include "engine/SaveJob.h"
#include "export/PostgresConnection.h"
#include "export/SaveFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace callrail {

namespace {

QString key(const QString &accountId, const QString &endpoint)
{
    return accountId + QLatin1Char('/') + endpoint;
}

/// The export's files as a finished run would list them, for the workbook and the database to be built from.
RunSummary filesAsSummary(const ExportManifest &manifest,
                          const std::function<QString(const ExportedFile &)> &path)
{
    RunSummary summary;
    for (const ExportedFile &f : manifest.files) {
        EndpointResult r;
        r.accountId = f.accountId;
        r.endpoint = f.endpoint;
        r.outcome = EndpointOutcome::Complete;
        r.file.path = path(f);
        r.file.format = OutputFormat::JsonLines;
        r.file.columns = QStringList(f.columns) << EndpointCatalogue::removedAtColumn();
        r.file.complete = true;
        r.file.finalName = f.fileName;
        summary.endpoints.append(r);
    }
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    return summary;
}

/// Drops from a re-read time series the points of a period that began before `from`: CallRail counted only
/// the part of it inside the re-read window, and the export holds the whole of it. (CallRail does not say
/// which day its weeks begin on; a point labelled before `from` is such a part whichever it is.)
bool dropPointsBefore(const QString &path, const QDate &from, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            ExportRefresh::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QString first = from.toString(Qt::ISODate);
    QByteArray kept;
    for (const QByteArray &line : file.readAll().split('\n')) {
        // ISO labels ("2026-11-02", "2026-11-02T05:00:00-0500") compare as text.
        if (!line.isEmpty() &&
            QJsonDocument::fromJson(line).object().value(QStringLiteral("date")).toString() >= first)
            kept += line + '\n';
    }
    file.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit()) {
        *error = ExportRefresh::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

RunPlan planOf(const ExportManifest &manifest, const QString &folder)
{
    RunPlan plan;
    for (const AccountInfo &account : manifest.choice.accounts) {
        if (manifest.choice.targets.contains(account.id))
            plan.accounts.append(account);
    }
    for (const EndpointSelection &s : manifest.choice.endpoints)
        plan.endpoints.append(s.name);
    plan.outputDir = folder;
    return plan;
}

} // namespace

ExportRefresh::ExportRefresh(const QString &folder, int lookBackDays)
    : m_folder(QDir(folder).absolutePath())
    , m_lookBackDays(lookBackDays)
{}

QString ExportRefresh::stagingFolder() const
{
    return QDir(m_folder).filePath(stagingFolderName());
}

QString ExportRefresh::journalPath() const
{
    return QDir(stagingFolder()).filePath(QStringLiteral("commit.json"));
}

QStringList ExportRefresh::seriesIntervals() const
{
    QStringList intervals;
    for (const EndpointSelection &s : m_manifest.choice.endpoints) {
        const EndpointSpec *spec = EndpointCatalogue::find(s.name);
        if (spec && spec->report.kind == ReportKind::TimeSeries)
            intervals.append(PagePlan::reportGroupings(*spec, s).value(0));
    }
    return intervals;
}

QDate ExportRefresh::periodStart(const QDate &day) const
{
    QDate start = day;
    for (const QString &interval : seriesIntervals()) {
        if (interval == QLatin1String("month"))
            start = std::min(start, QDate(day.year(), day.month(), 1));
        else if (interval == QLatin1String("week"))
            start = std::min(start, day.addDays(1 - day.dayOfWeek()));
    }
    return start;
}

QDate ExportRefresh::periodBefore(const QDate &start) const
{
    QDate before = start;
    for (const QString &interval : seriesIntervals()) {
        if (interval == QLatin1String("month"))
            before = std::min(before, QDate(start.year(), start.month(), 1).addMonths(-1));
        else if (interval == QLatin1String("week"))
            before = std::min(before, start.addDays(-7));
    }
    return before;
}

bool ExportRefresh::prepare(ExtractionOptions &options, const Log &log, QString *error)
{
    m_report = RefreshReport();
    const auto manifest = ExportManifest::load(m_folder, error);
    if (!manifest)
        return false;
    m_manifest = *manifest;
    // A database that cannot be reached is said now, before the re-read spends requests.
    if (!m_manifest.databaseConnection.isEmpty()) {
        if (const QString problem =
                PostgresConnection::check(m_manifest.databaseConnection, m_databasePassword);
            !problem.isEmpty()) {
            if (error)
                *error = tr("%1 Nothing was requested from CallRail; the export is as it was.").arg(problem);
            return false;
        }
    }

    // A refresh killed while swapping its files in: finish that, from its journal.
    if (QFile journal(journalPath()); journal.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(journal.readAll()).object();
        journal.close();
        if (!applyJournal(saved, log, error))
            return false;
        m_report.ok = true;
        m_report.completedInterrupted = true;
        return true;
    }

    // Re-read from the newest record minus the look-back, the same first day for every dated list (one
    // window for the run), in the export's time zone.
    const QString zoneName = m_manifest.choice.dates.timeZone;
    const QTimeZone zone(zoneName.toUtf8());
    m_today = DateWindow::todayIn(zoneName);
    QDate from, summariesFrom, seriesBase;
    for (const ExportedFile &f : std::as_const(m_manifest.files)) {
        const EndpointSpec *spec = EndpointCatalogue::find(f.endpoint);
        if (!spec || !spec->dateFiltered)
            continue;
        if (spec->report.kind == ReportKind::Summary) {
            // A summary is counted again over the export's whole window, now up to today: a few requests.
            if (f.windowStart.isValid() && (!summariesFrom.isValid() || f.windowStart < summariesFrom))
                summariesFrom = f.windowStart;
            continue;
        }
        QDate start = f.newest.isValid() ? f.newest.toTimeZone(zone).date() : f.windowEnd;
        if (!start.isValid())
            start = m_today;
        start = start.addDays(-m_lookBackDays);
        if (f.windowStart.isValid() && start < f.windowStart)
            start = f.windowStart; // nothing before what the export covers
        // A time series' newest point is the first day of its period: it does not move the lists' re-read.
        QDate &earliest = spec->report.kind == ReportKind::TimeSeries ? seriesBase : from;
        if (!earliest.isValid() || start < earliest)
            earliest = start;
    }
    if (!from.isValid() || from > m_today)
        from = m_today;
    m_windowStart = QDateTime(from, QTime(0, 0), zone);
    m_report.reReadFrom = from;
    // A time series is re-read from the period before the one holding the lists' first day, and that first
    // period dropped: what remains are whole periods, from m_seriesCutoff on.
    m_seriesCutoff = periodStart(from.isValid() && seriesBase.isValid() ? std::min(from, seriesBase) : from);
    const QDate retention = DateWindow{DatePreset::AllAvailable, {}, {}, zoneName}.resolve(m_today).start;
    const QDate seriesFrom = std::max(periodBefore(m_seriesCutoff), retention);

    m_manifest.choice.applyTo(options);
    options.summariesFrom = summariesFrom;
    options.timeSeriesFrom = seriesFrom;
    for (EndpointSelection &s : options.endpoints)
        s.limit = 0; // a limit would cut the re-read short, and the merge would take the rest as removed
    options.dates.preset = DatePreset::Custom;
    options.dates.customStart = from;
    options.dates.customEnd = m_today;
    options.dates.timeZone = zoneName;
    options.exportOptions.format = OutputFormat::JsonLines; // lossless, whatever the export is
    options.typedOutput = TypedOutput::None;
    options.outputDir = stagingFolder();
    if (!QDir().mkpath(options.outputDir)) {
        if (error)
            *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(options.outputDir));
        return false;
    }
    options.resume = ResumeStore(options.outputDir).hasManifest();
    if (options.resume)
        log(LogLevel::Info,
            tr("Continuing the interrupted refresh of %1.").arg(QDir::toNativeSeparators(m_folder)));
    return true;
}

RefreshReport ExportRefresh::finish(const RunSummary &fetch, const Log &log)
{
    m_report.requests = fetch.requests;
    if (!fetch.allComplete()) {
        m_report.error =
            tr("The re-read did not complete, so the export was left as it was. Run the refresh again "
               "to continue where it stopped.");
        return m_report;
    }
    const SaveFormat format = SaveFormats::parse(m_manifest.format).value_or(SaveFormat::Csv);
    const QDir staging(stagingFolder());
    staging.mkpath(QStringLiteral("merged"));
    staging.mkpath(QStringLiteral("changes"));
    const QString removedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    QHash<QString, const EndpointResult *> fetched;
    for (const EndpointResult &r : fetch.endpoints)
        fetched.insert(key(r.accountId, r.endpoint), &r);
    ExportManifest updated = m_manifest;
    QJsonArray renames;
    for (ExportedFile &f : updated.files) {
        const EndpointResult *r = fetched.value(key(f.accountId, f.endpoint));
        const EndpointSpec *spec = EndpointCatalogue::find(f.endpoint);
        if (!r || !r->file.exists() || !spec) {
            m_report.error = tr("%1 was not re-read; the export was left as it was.").arg(f.fileName);
            return m_report;
        }
        if (spec->report.kind == ReportKind::TimeSeries) {
            QString error;
            if (!dropPointsBefore(r->file.path, m_seriesCutoff, &error)) {
                m_report.error = tr("%1 The export was left as it was.").arg(error);
                return m_report;
            }
        }
        MergeInput input;
        input.exportedPath = QDir(m_folder).filePath(f.fileName);
        input.format = SaveFormats::fileFormat(format);
        input.columns = f.columns;
        input.csvOptions = m_manifest.choice.exportOptions;
        input.fetchedPath = r->file.path;
        input.timestampField = spec->dateFiltered ? spec->timestampField : QString();
        // A summary's rows are keyed by their window: the rows of earlier windows are not re-read, and stay
        // as they are (no time is in a window that starts anywhere, so none is taken for removed).
        input.windowStart = !spec->dateFiltered ? QDateTime()
                            : spec->report.kind == ReportKind::TimeSeries
                                ? QDateTime(m_seriesCutoff, QTime(0, 0), m_windowStart.timeZone())
                                : m_windowStart;
        input.removedAt = removedAt;
        input.mergedPath = staging.filePath(QStringLiteral("merged/") + f.fileName);
        if (SaveFormats::isDatabase(format))
            input.changesPath = staging.filePath(QStringLiteral("changes/") + f.fileName);
        RefreshedFile done{f.accountId, f.endpoint, f.fileName, {}};
        QString error;
        if (!FileMerge::merge(input, &done.counts, &error)) {
            m_report.error = tr("%1 The export was left as it was.").arg(error);
            return m_report;
        }
        m_report.files.append(done);
        renames.append(QJsonArray{input.mergedPath, input.exportedPath});
        if (spec->dateFiltered) {
            if (done.counts.newest.isValid())
                f.newest = done.counts.newest;
            f.windowEnd = m_today;
        }
        f.lastFullRead = fetch.finishedAt;
    }

    // Every merged file is whole: say what to swap, then swap.
    const QJsonObject journal{{QStringLiteral("renames"), renames},
                              {QStringLiteral("manifest"), updated.toJson()}};
    QSaveFile file(journalPath());
    const QByteArray bytes = QJsonDocument(journal).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_report.error = tr("Could not write %1: %2. The export was left as it was.")
                             .arg(QDir::toNativeSeparators(journalPath()), file.errorString());
        return m_report;
    }
    QString error;
    if (!applyJournal(journal, log, &error)) {
        m_report.error = error;
        return m_report;
    }
    m_report.ok = true;
    return m_report;
}

bool ExportRefresh::applyJournal(const QJsonObject &journal, const Log &log, QString *error)
{
    for (const QJsonValue &v : journal.value(QStringLiteral("renames")).toArray()) {
        const QString from = v.toArray().at(0).toString();
        const QString to = v.toArray().at(1).toString();
        if (!QFile::exists(from))
            continue; // swapped in before the interruption
        std::error_code failed;
        std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                                std::filesystem::path(to.toStdU16String()), failed);
        if (failed) {
            if (error)
                *error = tr("Could not replace %1: %2. Run the refresh again to finish it.")
                             .arg(QDir::toNativeSeparators(to), QString::fromStdString(failed.message()));
            return false;
        }
    }
    const auto manifest = ExportManifest::fromJson(journal.value(QStringLiteral("manifest")).toObject());
    if (!manifest) {
        if (error)
            *error = tr("The refresh journal %1 is damaged.").arg(QDir::toNativeSeparators(journalPath()));
        return false;
    }
    // The typed output, from the swapped-in files: the workbook is rebuilt whole, the database merges only
    // what changed (again, harmlessly, after an interruption: the merge is by id). Then the manifest.
    SaveRequest request;
    request.kind = SaveKind::RefreshedFolder;
    request.format = SaveFormats::parse(manifest->format).value_or(SaveFormat::Csv);
    request.folder = m_folder;
    manifest->choice.applyTo(request.options);
    request.plan = planOf(*manifest, m_folder);
    if (request.format == SaveFormat::ExcelWorkbook) {
        request.summary = filesAsSummary(
            *manifest, [&](const ExportedFile &f) { return QDir(m_folder).filePath(f.fileName); });
    } else if (SaveFormats::isDatabase(request.format)) {
        request.options.databaseConnection = manifest->databaseConnection;
        request.options.databaseSchema = manifest->databaseSchema;
        request.options.databasePassword = m_databasePassword;
        request.summary = filesAsSummary(*manifest, [&](const ExportedFile &f) {
            return QDir(stagingFolder()).filePath(QStringLiteral("changes/") + f.fileName);
        });
    }
    request.manifest = manifest;
    const SaveResult saved = SaveJob::run(std::move(request));
    for (const auto &[level, text] : saved.messages) {
        log(level, text);
        if (level >= LogLevel::Warning)
            m_report.notes << text;
    }
    if (!saved.ok) {
        if (error)
            *error = saved.summary.outputNotes.isEmpty()
                         ? saved.error
                         : saved.error + QLatin1Char(' ') +
                               tr("The files are refreshed; run the refresh again to retry.");
        return false;
    }
    QDir(stagingFolder()).removeRecursively();
    return true;
}

} // namespace callrail
