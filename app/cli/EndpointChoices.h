#pragma once

#include "engine/ExtractionOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail::cli {

/// The command line's per-endpoint choices beyond the list of endpoints: the optional fields (--fields), a
/// summary's groupings (--group-by) and a time series' interval (--interval). Each returns an empty string
/// when its values apply to `endpoints`, else one line saying what is wrong.
class EndpointChoices
{
    Q_DECLARE_TR_FUNCTIONS(callrail::cli)

public:
    /// --fields ENDPOINT:f1,f2 (repeatable).
    static QString takeFields(const QStringList &values, QList<EndpointSelection> &endpoints);
    /// --group-by ENDPOINT:g1,g2 (repeatable).
    static QString takeGroupings(const QStringList &values, QList<EndpointSelection> &endpoints);
    /// --interval NAME, for every time series being extracted.
    static QString takeInterval(const QString &value, QList<EndpointSelection> &endpoints);

private:
    /// "ENDPOINT:a,b" → the selection of ENDPOINT among `endpoints` and the names a, b.
    static QString split(const QString &value, const QString &option, QList<EndpointSelection> &endpoints,
                         EndpointSelection **selection, QStringList *names);
};

} // namespace callrail::cli
