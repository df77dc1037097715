#include "LoadedTable.h"

namespace callrail::test {

QString mixedLoadProblem(const QString &table, const LoadedTable &before, const LoadedTable &left,
                         const LoadedTable &done, bool *loadedWhole)
{
    const bool asBefore = left == before;
    const bool asLoaded = left.rows == done.rows && left.stamps.size() == 1 && left.stamps != before.stamps;
    if (loadedWhole)
        *loadedWhole = asLoaded;
    if (asBefore || asLoaded)
        return {};
    return QStringLiteral("%1: %2 rows stamped %3 after the kill; %4 before, %5 loaded")
        .arg(table)
        .arg(left.rows.size())
        .arg(left.stamps.join(QLatin1Char(',')))
        .arg(before.rows.size())
        .arg(done.rows.size());
}

} // namespace callrail::test
