// The window's dialogs and messages: the questions of UiHooks, the scheduled refreshes, and the failures of
// scheduled runs told of at start. Apart from MainWindow.cpp, which builds and updates the window.

#include "MainWindow.h"

#include "controller/MainController.h"
#include "controller/ScheduledRefreshes.h"
#include "engine/ExportManifest.h"
#include "widgets/FolderBusyDialog.h"
#include "widgets/PostgresDialog.h"
#include "widgets/ScheduleDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace callrail {

void MainWindow::installDialogHooks()
{
    UiHooks hooks;
    hooks.chooseFolder = [this](const QString &start) {
        return QFileDialog::getExistingDirectory(this, tr("Save the extracted files in"), start);
    };
    hooks.confirmOverwrite = [this](const QString &folder, const QStringList &names) {
        return QMessageBox::question(
                   this, tr("Replace files?"),
                   tr("These files already exist in %1:\n\n%2\n\nReplace them?")
                       .arg(QDir::toNativeSeparators(folder), names.join(QLatin1Char('\n'))),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    hooks.saved = [this](const QString &folder, const QStringList &names) {
        QMessageBox box(
            QMessageBox::Information, tr("Saved"),
            tr("Saved %n file(s) in %1.", nullptr, int(names.size())).arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Close, this);
        QPushButton *open = box.addButton(tr("&Open folder"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    hooks.choosePostgres = [this](PostgresChoice &choice) {
        PostgresDialog dialog(this);
        dialog.setLogin(choice.host, choice.port, choice.database, choice.user, choice.schema,
                        choice.password);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        choice = PostgresChoice{dialog.host(), dialog.port(),   dialog.database(),
                                dialog.user(), dialog.schema(), dialog.password()};
        return true;
    };
    hooks.chooseExport = [this](const QString &start) {
        return QFileDialog::getExistingDirectory(this, tr("Refresh the export in"), start);
    };
    hooks.refreshed = [this](bool ok, const QString &text) {
        QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning,
                        ok ? tr("Export refreshed") : tr("Export not refreshed"), text, QMessageBox::Close,
                        this);
        box.exec();
    };
    hooks.waitForFolder = [this](const QString &holder, const std::function<bool()> &tryAgain) {
        return FolderBusyDialog::askToWait(this, holder, tryAgain);
    };
    hooks.confirmDiscard = [this] {
        return QMessageBox::warning(
                   this, tr("Results not saved"),
                   tr("The results of the last extraction have not been saved. Discard them?"),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
    };
    m_controller->setHooks(hooks);
}

void MainWindow::showSchedules()
{
    // The export to schedule; none chosen still shows every scheduled refresh, to remove one.
    MainController *c = m_controller;
    const QString folder =
        c->hooks().chooseExport ? c->hooks().chooseExport(c->suggestedFolder()) : QString();
    if (!folder.isEmpty() && !ExportManifest::load(folder, nullptr)) {
        QString problem;
        ExportManifest::load(folder, &problem);
        statusBar()->showMessage(problem, 15000);
        return;
    }
    auto *dialog = new ScheduleDialog(m_scheduled->jobs(), folder, ScheduledRefreshes::exportProgram(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::jobChanged, this, [this](const JobOutcome &outcome) {
        m_controller->run()->logModel()->append(outcome.succeeded ? LogLevel::Info : LogLevel::Warning,
                                                outcome.message);
    });
    dialog->open();
}

void MainWindow::tellOfFailedScheduledRuns()
{
    const QStringList failures = ScheduledRefreshes::takeUnseenFailures();
    if (failures.isEmpty())
        return;
    for (const QString &line : failures)
        m_controller->run()->logModel()->append(LogLevel::Error,
                                                tr("Scheduled refresh failed: %1").arg(line));
    const QString text =
        tr("%n scheduled refresh(es) failed while the window was closed:", nullptr, int(failures.size())) +
        QStringLiteral("\n\n") + failures.join(QLatin1Char('\n'));
    statusBar()->showMessage(failures.constLast());
    // Not modal: the window is usable at once, and the message stays until read.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Scheduled refresh failed"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("scheduledFailuresBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace callrail
