#pragma once

#include "engine/RunTypes.h"
#include "export/ExportFolderLock.h"
#include "refresh/ExportRefresh.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace callrail {

class MainController;

/// The window's refreshes of an export saved earlier (a folder with its callrail-export.json): the re-read
/// runs as an extraction of the RunController (progress, log, Cancel), then the merge runs on a worker thread
/// and refreshFinished() follows. It holds the export folder's lock from the start to the end.
class RefreshController : public QObject
{
    Q_OBJECT
public:
    /// `main` owns this and outlives it; the refresh uses its run, hooks, key and folder lock.
    explicit RefreshController(MainController &main);
    /// A merge under way swaps files in: it is let finish whole.
    ~RefreshController() override;

    /// Asks for the export's folder (hook), then refreshExport().
    bool refresh();
    /// Starts bringing `folder` up to date. False (problem() says why) when it cannot start.
    bool refreshExport(const QString &folder);
    bool isRefreshing() const { return m_refresh != nullptr; }
    /// Days before the newest record that a refresh re-reads (remembered).
    int lookBackDays() const;
    void setLookBackDays(int days);

    /// The run ended: when it was this refresh's re-read, the merge starts and true is returned.
    bool takeRunEnd(const RunSummary &summary);

signals:
    void problem(const QString &message);
    void status(const QString &message);
    /// A refresh ended: `text` says what changed, or why the export was left as it was.
    void refreshFinished(bool ok, const QString &text);

private:
    void start(const QString &folder, const QString &databasePassword);
    void end(const RefreshReport &report);

    MainController &m_main;
    std::unique_ptr<ExportRefresh> m_refresh;
    std::unique_ptr<ExportFolderLock> m_folderLock;
    QFuture<void> m_merging; ///< the merge under way
};

} // namespace callrail
