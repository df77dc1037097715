#include "controller/RefreshController.h"

#include "support/Background.h"
#include "controller/MainController.h"
#include "export/PostgresConnection.h"
#include "models/LogModel.h"

#include <QDir>

namespace callrail {

RefreshController::RefreshController(MainController &main)
    : m_main(main)
{}

RefreshController::~RefreshController()
{
    m_merging.waitForFinished();
}

int RefreshController::lookBackDays() const
{
    return m_main.preferences().get<int>(Pref::LookBackDays);
}

void RefreshController::setLookBackDays(int days)
{
    m_main.preferences().set(Pref::LookBackDays, days);
}

bool RefreshController::refresh()
{
    const UiHooks &hooks = m_main.hooks();
    const QString folder = hooks.chooseExport ? hooks.chooseExport(m_main.suggestedFolder()) : QString();
    return !folder.isEmpty() && refreshExport(folder);
}

bool RefreshController::refreshExport(const QString &folder)
{
    if (m_main.run()->isRunning() || m_main.isSaving() || isRefreshing() || !m_main.hasSource())
        return false;
    if (!m_main.confirmDiscardIfUnsaved())
        return false;
    // A PostgreSQL export: its password from the keychain first (PGPASSWORD and ~/.pgpass when there is
    // none).
    if (const auto manifest = ExportManifest::load(folder, nullptr);
        manifest && !manifest->databaseConnection.isEmpty()) {
        m_main.readSecret(PostgresConnection::keychainName(manifest->databaseConnection),
                          [this, folder](const QString &password) { start(folder, password); });
        return true;
    }
    start(folder, {});
    return true;
}

void RefreshController::start(const QString &folder, const QString &databasePassword)
{
    // Before anything in the export is read or written: a scheduled refresh of it may be under way.
    m_folderLock = m_main.takeFolder(folder);
    if (!m_folderLock) {
        emit refreshFinished(false, {});
        return;
    }
    auto refresh = std::make_unique<ExportRefresh>(folder, lookBackDays());
    refresh->setDatabasePassword(databasePassword);
    ExtractionOptions options =
        m_main.buildOptions(); // the key, the address, the budget and network settings
    QString error;
    LogModel *log = m_main.run()->logModel();
    if (!refresh->prepare(
            options, [log](LogLevel level, const QString &text) { log->append(level, text); }, &error)) {
        m_folderLock.reset();
        emit problem(error);
        emit refreshFinished(false, error);
        return;
    }
    m_main.markResultsSaved();
    if (refresh->completedInterrupted()) {
        end(refresh->report());
        return;
    }
    m_refresh = std::move(refresh);
    emit status(tr("Refreshing %1…").arg(QDir::toNativeSeparators(folder)));
    if (!m_main.run()->startIn(options)) {
        m_refresh.reset();
        m_folderLock.reset();
    }
}

bool RefreshController::takeRunEnd(const RunSummary &summary)
{
    if (!m_refresh)
        return false;
    // The merge reads and writes whole files: off the GUI thread.
    ExportRefresh *refresh = m_refresh.get();
    m_merging = runThenCallBack(
        this, [refresh, summary] { return refresh->finish(summary, [](LogLevel, const QString &) {}); },
        [this](const RefreshReport &report) {
            for (const QString &note : report.notes)
                m_main.run()->logModel()->append(LogLevel::Warning, note);
            m_refresh.reset();
            end(report);
        });
    return true;
}

void RefreshController::end(const RefreshReport &report)
{
    m_folderLock.reset();
    m_main.run()->forgetFiles(); // merged into the export, and gone from the staging folder
    m_main.markResultsSaved();
    const QString text = report.text();
    m_main.run()->logModel()->append(report.ok ? LogLevel::Info : LogLevel::Warning, text);
    emit status(text.section(QLatin1Char('\n'), 0, 0));
    emit refreshFinished(report.ok, text);
    if (m_main.hooks().refreshed)
        m_main.hooks().refreshed(report.ok, text);
}

} // namespace callrail
