#pragma once

#include "config/Logging.h"
#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace callrail {

/// The Excel workbook of a finished extraction (TypedOutput::ExcelWorkbook): one per account, built by
/// WorkbookWriter from the endpoints' staged JSON Lines files once every endpoint has ended. The extraction
/// itself (paging, partial files, resume, cancel) stays as it is for every format; the JSON Lines files stay
/// beside the workbook as the lossless copy, so a failed workbook loses no fetched data and a cut cell's
/// whole text is still there.
class WorkbookExport
{
    Q_DECLARE_TR_FUNCTIONS(callrail::WorkbookExport)

public:
    using Log = std::function<void(LogLevel, const QString &)>;

    /// "callrail.xlsx"; "callrail_<account id>.xlsx" when the run extracts several accounts.
    static QString fileName(const QString &accountId, bool perAccount);
    /// Writes the workbooks into options.outputDir and records them in `summary` (workbooks, outputNotes, and
    /// the cut cells in each endpoint's notes). The Summary sheet is ExportNote's text for that account.
    static void write(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                      const Log &log);

private:
    static void writeAccount(const RunPlan &plan, RunSummary &summary, const ExtractionOptions &options,
                             const AccountInfo &account, bool perAccount, const Log &log);
};

} // namespace callrail
