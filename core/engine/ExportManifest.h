#pragma once

#include "engine/ExtractionOptions.h"
#include "engine/RunManifest.h"
#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace callrail {

/// One list file an export holds.
struct ExportedFile
{
    QString accountId;
    QString endpoint;
    QString fileName;    ///< in the export's folder: "calls.csv", "calls_ACC….jsonl"
    QStringList columns; ///< the catalogue's columns it was written with (without the removal column)
    /// The columns its CSV file or workbook sheet adds after them (AddedColumns), in their order: a refresh
    /// keeps it and appends new ones.
    QStringList addedColumns;
    QDate windowStart; ///< the dates it covers (date-filtered lists), in the export's time zone
    QDate windowEnd;
    QDateTime newest;       ///< its newest record time (date-filtered lists)
    QDateTime lastFullRead; ///< when the list (or its re-read window) was last read to its end
};

/// What an export holds, kept beside it (callrail-export.json) so that a refresh can bring it up to date with
/// a few requests: the run's choice (accounts, lists, fields, time zone), how it was saved, and per file the
/// window it covers and its newest record. Written at the end of every run with an output folder, and again
/// by each refresh.
struct ExportManifest
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ExportManifest)

public:
    static constexpr int kVersion = 1;
    static QString fileName() { return QStringLiteral("callrail-export.json"); }

    RunManifest choice;
    QString format; ///< SaveFormats::name(): "csv", "jsonl", "xlsx", "sqlite", …
    /// A PostgreSQL export: where (a libpq connection string, never with a password) and the schema.
    QString databaseConnection;
    QString databaseSchema;
    QList<ExportedFile> files;

    /// The manifest of a finished run: its complete files, their windows and newest records (read from the
    /// files). `choice` is the run's RunManifest.
    static ExportManifest of(const RunManifest &choice, const ExtractionOptions &options,
                             const RunSummary &summary);
    QJsonObject toJson() const;
    static std::optional<ExportManifest> fromJson(const QJsonObject &json);
    /// Reads folder/fileName(); nothing with a translated message when there is none or it is unreadable.
    static std::optional<ExportManifest> load(const QString &folder, QString *error);
    /// True when `folder` holds no manifest at all: not an export (a usage error), unlike a damaged one.
    static bool isAbsentFrom(const QString &folder);
    bool save(const QString &folder, QString *error) const;
    /// The file of an account's list, or null.
    const ExportedFile *file(const QString &accountId, const QString &endpoint) const;
};

} // namespace callrail
