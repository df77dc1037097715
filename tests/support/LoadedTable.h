#pragma once

#include <QString>
#include <QStringList>

namespace callrail::test {

/// A database table as a test of a killed load sees it: its rows as text (all but _extracted_at), and the
/// distinct _extracted_at stamps, which tell one load from another.
struct LoadedTable
{
    QStringList rows;
    QStringList stamps;

    bool operator==(const LoadedTable &other) const = default;
};

/// After a load was killed part-way: empty when the table it left (`left`) is exactly as before the load, or
/// exactly as a finished load makes it (`done`'s rows under one new stamp), never a mix of the two; otherwise
/// what is wrong, in words. `loadedWhole` says which of the two it was.
QString mixedLoadProblem(const QString &table, const LoadedTable &before, const LoadedTable &left,
                         const LoadedTable &done, bool *loadedWhole);

} // namespace callrail::test
