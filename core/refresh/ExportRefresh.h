#pragma once

#include "config/Logging.h"
#include "engine/ExportManifest.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"
#include "refresh/FileMerge.h"
#include "refresh/RefreshReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace callrail {

/// Brings an export up to date with a few requests (`callrail-export --refresh FOLDER`, the window's
/// Refresh): calls, form submissions and text messages are re-read from their newest record minus a look-back
/// (edits after the call: tags, notes, lead status, value, transcripts) to today; the small lists are re-read
/// whole. The records are merged into the export by id (FileMerge): added, updated in place, or marked
/// removed, never deleted; records older than the look-back are not touched.
///
/// Safety: the re-read goes to a staging folder inside the export (a killed re-read resumes from there); the
/// merged files are written beside it, then a journal is written and the files are swapped in. A refresh
/// killed during the swap finishes it the next time. The export is either the old one or the new one.
class ExportRefresh
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ExportRefresh)

public:
    using Log = std::function<void(LogLevel, const QString &)>;
    static constexpr int kDefaultLookBackDays = 30;
    static constexpr int kMaxLookBackDays = 800; // CallRail keeps 25 months

    ExportRefresh(const QString &folder, int lookBackDays);
    /// A PostgreSQL export's password (the window's keychain); empty leaves it to PGPASSWORD and ~/.pgpass.
    void setDatabasePassword(const QString &password) { m_databasePassword = password; }

    /// Reads the export's manifest and sets `options` for the re-read (its key, address, budget and network
    /// settings are kept). An interrupted refresh that had fetched everything is finished first: then
    /// completedInterrupted() is true and there is nothing to fetch. False with a translated message.
    /// A PostgreSQL export's server is checked here, before any CallRail request is spent.
    bool prepare(ExtractionOptions &options, const Log &log, QString *error);
    bool completedInterrupted() const { return m_report.completedInterrupted; }
    /// After the re-read: merges, swaps the files in, rebuilds the workbook or merges the database, rewrites
    /// the manifest. Nothing changes in the export when the re-read did not complete.
    RefreshReport finish(const RunSummary &fetch, const Log &log);
    /// The report so far (after prepare(): an interrupted refresh that was finished).
    const RefreshReport &report() const { return m_report; }

    QString stagingFolder() const;
    static QString stagingFolderName() { return QStringLiteral(".callrail-refresh"); }

private:
    bool applyJournal(const QJsonObject &journal, const Log &log, QString *error);
    /// The first day of the period of the export's coarsest time series that holds `day` (a Monday, a month's
    /// first day), so that the re-read counts that period whole; `day` itself when the export has none.
    QDate periodStart(const QDate &day) const;
    /// The interval of each time series the export holds (as its choice asked, or the catalogue's default).
    QStringList seriesIntervals() const;
    /// The first day of the period before the one that begins on `start` (a week or a month earlier), so that
    /// the first period a re-read counts, which may be a part whatever day CallRail begins it on, can be
    /// dropped; `start` itself when the export's time series are by day or hour.
    QDate periodBefore(const QDate &start) const;
    QString journalPath() const;

    QString m_folder;
    QString m_databasePassword; ///< never written anywhere
    int m_lookBackDays = kDefaultLookBackDays;
    ExportManifest m_manifest;
    QDateTime m_windowStart;
    QDate m_seriesCutoff; ///< a time series' points from this day on are re-read whole
    QDate m_today;
    RefreshReport m_report;
};

} // namespace callrail
