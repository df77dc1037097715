#pragma once

#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace callrail {

/// The short readable note saved beside the exported files, for whoever opens the folder later: which
/// account, which dates in which time zone, which fields, how many records, whether each list is complete,
/// and when it was extracted. The command line writes it beside summary.json; the window's Save writes it
/// with the names the files were saved under. summary.json stays the machine-readable record.
class ExportNote
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ExportNote)

public:
    /// "export-note.txt"
    static QString fileName();
    /// The note. `savedName` gives the name of each endpoint's file where the note is (empty: none).
    static QString text(const RunPlan &plan, const RunSummary &summary, const ExtractionOptions &options,
                        const std::function<QString(const EndpointResult &)> &savedName);

private:
    static QString completeness(const EndpointResult &result);
};

} // namespace callrail
