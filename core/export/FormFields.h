#pragma once

#include "api/EndpointCatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail {

/// The databases' long layout of the form submissions' `form_data`: a child table `form_fields` with one row
/// per field of each submission (form_submission_id, field, value), which SQL users join on. The submissions'
/// table keeps its form_data JSON column. The rows are made from the same staged JSON Lines file and loaded
/// like a list's records: keyed by an `id` made of the submission's id and the field ("FOR…/email"), and
/// by `_account_id` when the table holds several accounts, merged on a second load, never duplicated.
class FormFields
{
    Q_DECLARE_TR_FUNCTIONS(callrail::FormFields)

public:
    static QString table() { return QStringLiteral("form_fields"); }
    /// The endpoint whose records have form_data.
    static QString parentEndpoint() { return QStringLiteral("form_submissions"); }
    static QStringList columns();
    static QList<ColumnType> types();

    /// Writes the child rows of the form submissions in `jsonLinesPath` as JSON Lines to `outPath`, each
    /// value as a CSV cell would hold it (RecordFlattener's rules). False with a translated message when a
    /// file cannot be read or written.
    static bool writeRows(const QString &jsonLinesPath, const QString &outPath, QString *error);
};

} // namespace callrail
