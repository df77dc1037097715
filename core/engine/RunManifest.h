#pragma once

#include "engine/ExtractionOptions.h"
#include "engine/RunTypes.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace callrail {

/// An interrupted run's resolved plan, saved in the resume folder (ResumeStore): what it extracts, from which
/// accounts and companies, over which dates (the date it was computed on, so that a resume on another day
/// asks for the same pages) and in which format. A resumed run repeats it exactly, so that its files equal
/// those of an uninterrupted run.
struct RunManifest
{
    static constexpr int kVersion = 1;

    QList<EndpointSelection> endpoints;
    QList<AccountInfo> accounts; ///< every account the key could see
    QStringList targets;         ///< the accounts the run extracts
    QString accountId;
    bool allAccounts = false;
    QHash<QString, QStringList> companies; ///< account → company ids, once listed
    QDate today;
    DateWindow dates;
    int sliceDays = 0;
    int perPage = 0;
    ExportOptions exportOptions;

    /// The manifest of a run with these options, at this point.
    static RunManifest of(const ExtractionOptions &options, const QList<AccountInfo> &accounts,
                          const QList<AccountInfo> &targets, const QHash<QString, QStringList> &companies,
                          const QDate &today);
    QJsonObject toJson() const;
    /// Nothing when the object is not a manifest of this version.
    static std::optional<RunManifest> fromJson(const QJsonObject &json);
    /// The interrupted run's choices replace the options'.
    void applyTo(ExtractionOptions &options) const;
};

} // namespace callrail
