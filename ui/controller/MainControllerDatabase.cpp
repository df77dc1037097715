// MainController's database saves: Save as PostgreSQL (the database and its keychain password), and keychain
// reads that do not block (a refresh of a PostgreSQL export reads its password the same way). Apart from
// MainController.cpp, which holds the run, the choice and saving files.

#include "MainController.h"

#include "config/SecretStore.h"
#include "export/PostgresConnection.h"

#include <memory>

namespace callrail {

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
    PostgresChoice choice{
        m_preferences.get<QString>(Pref::PostgresHost),     m_preferences.get<int>(Pref::PostgresPort),
        m_preferences.get<QString>(Pref::PostgresDatabase), m_preferences.get<QString>(Pref::PostgresUser),
        m_preferences.get<QString>(Pref::PostgresSchema),   {}};
    const QString last = PostgresConnection::connInfo(choice.host, choice.port, choice.database, choice.user);
    readSecret(PostgresConnection::keychainName(last), [this, choice](const QString &password) mutable {
        choice.password = password;
        if (!m_hooks.choosePostgres || !m_hooks.choosePostgres(choice))
            return;
        m_preferences.set(Pref::PostgresHost, choice.host);
        m_preferences.set(Pref::PostgresPort, choice.port);
        m_preferences.set(Pref::PostgresDatabase, choice.database);
        m_preferences.set(Pref::PostgresUser, choice.user);
        m_preferences.set(Pref::PostgresSchema, choice.schema);
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

} // namespace callrail
