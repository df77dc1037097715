#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace callrail {

/// The PostgreSQL database Save writes to, as the analyst gave it (the password only in memory and the
/// keychain).
struct PostgresChoice
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString schema;
    QString password;
};

/// The questions the window asks the user. The window fills them with real dialogs; tests replace them with
/// answers, so that no modal dialog ever blocks a test.
struct UiHooks
{
    /// Picks a folder to save into (start: the remembered folder). Empty = cancelled.
    std::function<QString(const QString &start)> chooseFolder;
    /// Save as PostgreSQL: edits the database to write to (filled with the last one and its keychain
    /// password). False = cancelled.
    std::function<bool(PostgresChoice &choice)> choosePostgres;
    /// Asked when the named files exist in the folder: true = replace them.
    std::function<bool(const QString &folder, const QStringList &names)> confirmOverwrite;
    /// After saving: offer to open the folder.
    std::function<void(const QString &folder, const QStringList &names)> saved;
    /// Picks an export's folder to refresh (start: the remembered folder). Empty = cancelled.
    std::function<QString(const QString &start)> chooseExport;
    /// A refresh ended: what changed, in words (or why the export was left as it was).
    std::function<void(bool ok, const QString &text)> refreshed;
    /// Another run is updating the export folder (`holder` says who): offer to wait. `tryAgain` takes the
    /// folder when it is free and never blocks. True once it is taken; false = the user gave up.
    std::function<bool(const QString &holder, const std::function<bool()> &tryAgain)> waitForFolder;
    /// Results are not saved: true = discard them (quit, or start a new run anyway).
    std::function<bool()> confirmDiscard;
};

} // namespace callrail
