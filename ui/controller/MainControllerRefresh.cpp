// MainController's refreshes and database saves: bringing an export up to date (the re-read as a run, the
// merge on a worker thread), Save as PostgreSQL (the database and its keychain password), and keychain reads
// that do not block. Apart from MainController.cpp, which holds the run, the choice and saving files.

#include "MainController.h"

#include "config/SecretStore.h"
#include "export/PostgresConnection.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace callrail {

int MainController::lookBackDays() const
{
    return m_preferences.lookBackDays();
}

void MainController::setLookBackDays(int days)
{
    m_preferences.setLookBackDays(days);
}

bool MainController::refresh()
{
    const QString folder = m_hooks.chooseExport ? m_hooks.chooseExport(suggestedFolder()) : QString();
    return !folder.isEmpty() && refreshExport(folder);
}

bool MainController::refreshExport(const QString &folder)
{
    if (m_run.isRunning() || isSaving() || isRefreshing() || !hasSource())
        return false;
    if (!confirmDiscardIfUnsaved())
        return false;
    // A PostgreSQL export: its password from the keychain first (PGPASSWORD and ~/.pgpass when there is
    // none).
    if (const auto manifest = ExportManifest::load(folder, nullptr);
        manifest && !manifest->databaseConnection.isEmpty()) {
        readSecret(PostgresConnection::keychainName(manifest->databaseConnection),
                   [this, folder](const QString &password) { startRefresh(folder, password); });
        return true;
    }
    startRefresh(folder, {});
    return true;
}

void MainController::startRefresh(const QString &folder, const QString &databasePassword)
{
    // Before anything in the export is read or written: a scheduled refresh of it may be under way.
    if (!takeFolder(folder)) {
        emit refreshFinished(false, {});
        return;
    }
    auto refresh = std::make_unique<ExportRefresh>(folder, lookBackDays());
    refresh->setDatabasePassword(databasePassword);
    ExtractionOptions options = buildOptions(); // the key, the address, the budget and network settings
    QString error;
    const auto log = [this](LogLevel level, const QString &text) { m_run.logModel()->append(level, text); };
    if (!refresh->prepare(options, log, &error)) {
        m_folderLock.reset();
        emit problem(error);
        emit refreshFinished(false, error);
        return;
    }
    m_unsaved = false;
    emit unsavedChanged(false);
    if (refresh->completedInterrupted()) {
        endRefresh(refresh->report());
        return;
    }
    m_refresh = std::move(refresh);
    emit status(tr("Refreshing %1…").arg(QDir::toNativeSeparators(folder)));
    if (!m_run.startIn(options)) {
        m_refresh.reset();
        m_folderLock.reset();
    }
}

void MainController::readSecret(const QString &name, const std::function<void(const QString &)> &then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store, &SecretStore::readFinished, this,
                          [this, name, then, connection](const QString &read, const QString &secret,
                                                         SecretError, const QString &) {
                              if (read != name)
                                  return;
                              disconnect(*connection);
                              then(secret);
                          });
    m_store->read(name);
}

bool MainController::choosePostgresThenSave()
{
    PostgresChoice choice{m_preferences.postgresHost(),     m_preferences.postgresPort(),
                          m_preferences.postgresDatabase(), m_preferences.postgresUser(),
                          m_preferences.postgresSchema(),   {}};
    const QString last = PostgresConnection::connInfo(choice.host, choice.port, choice.database, choice.user);
    readSecret(PostgresConnection::keychainName(last), [this, choice](const QString &password) mutable {
        choice.password = password;
        if (!m_hooks.choosePostgres || !m_hooks.choosePostgres(choice))
            return;
        m_preferences.setPostgres(choice.host, choice.port, choice.database, choice.user, choice.schema);
        m_preferences.sync();
        const QString connInfo =
            PostgresConnection::connInfo(choice.host, choice.port, choice.database, choice.user);
        if (!choice.password.isEmpty())
            m_store->write(PostgresConnection::keychainName(connInfo), choice.password);
        m_postgres = choice;
        // The record of the export (its JSON Lines, the note, the manifest a refresh reads) goes in a folder.
        const QString folder = m_hooks.chooseFolder ? m_hooks.chooseFolder(suggestedFolder()) : QString();
        if (!folder.isEmpty())
            saveTo(folder);
    });
    return true;
}

void MainController::finishRefresh(const RunSummary &summary)
{
    // The merge reads and writes whole files: off the GUI thread.
    ExportRefresh *refresh = m_refresh.get();
    m_merging.disconnect(this);
    connect(&m_merging, &QFutureWatcher<RefreshReport>::finished, this, [this] {
        const RefreshReport report = m_merging.result();
        for (const QString &note : report.notes)
            m_run.logModel()->append(LogLevel::Warning, note);
        m_refresh.reset();
        endRefresh(report);
    });
    m_merging.setFuture(QtConcurrent::run(
        [refresh, summary] { return refresh->finish(summary, [](LogLevel, const QString &) {}); }));
}

void MainController::endRefresh(const RefreshReport &report)
{
    m_folderLock.reset();
    m_run.forgetFiles(); // merged into the export, and gone from the staging folder
    m_unsaved = false;
    emit unsavedChanged(false);
    const QString text = report.text();
    m_run.logModel()->append(report.ok ? LogLevel::Info : LogLevel::Warning, text);
    emit status(text.section(QLatin1Char('\n'), 0, 0));
    emit refreshFinished(report.ok, text);
    if (m_hooks.refreshed)
        m_hooks.refreshed(report.ok, text);
}

} // namespace callrail
