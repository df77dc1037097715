#include "config/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace callrail {

QString secretErrorName(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return QStringLiteral("None");
    case SecretError::NotFound:
        return QStringLiteral("NotFound");
    case SecretError::NoBackend:
        return QStringLiteral("NoBackend");
    case SecretError::AccessDenied:
        return QStringLiteral("AccessDenied");
    case SecretError::Cancelled:
        return QStringLiteral("Cancelled");
    case SecretError::NoKeyring:
        return QStringLiteral("NoKeyring");
    case SecretError::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

QString secretErrorMessage(SecretError error, const QString &name, const QString &detail)
{
    const bool isApiKey = name == SecretStore::apiKeyName();
    switch (error) {
    case SecretError::None:
        return QString();
    case SecretError::NotFound:
        return isApiKey ? QCoreApplication::translate("callrail::SecretStore",
                                                      "No API key is saved in the system keychain.")
                        : QCoreApplication::translate("callrail::SecretStore",
                                                      "Nothing is saved in the system keychain under \"%1\".")
                              .arg(name);
    case SecretError::NoBackend:
        return QCoreApplication::translate("callrail::SecretStore",
                                           "No system keychain is available (on Linux a Secret Service such "
                                           "as GNOME Keyring or KWallet must be "
                                           "running). The API key can be used for this session only.");
    case SecretError::AccessDenied:
        return QCoreApplication::translate(
            "callrail::SecretStore", "Access to the system keychain was denied. Unlock the keychain (or "
                                     "allow access) and try again.");
    case SecretError::Cancelled:
        return QCoreApplication::translate(
            "callrail::SecretStore",
            "The keychain's prompt was closed, so nothing was stored. Save again to be "
            "asked again, or use the key for this session only.");
    case SecretError::NoKeyring:
        return QCoreApplication::translate(
            "callrail::SecretStore",
            "The system keychain has no keyring to keep the key in yet (creating one was cancelled or did "
            "not "
            "finish). Save again to be offered a new keyring, or use the key for this session only.");
    case SecretError::Other:
        break;
    }
    if (detail.trimmed().isEmpty())
        return QCoreApplication::translate("callrail::SecretStore", "The system keychain reported an error.");
    return QCoreApplication::translate("callrail::SecretStore", "The system keychain reported an error: %1")
        .arg(detail.trimmed());
}

QString SecretStore::apiKeyName()
{
    return QStringLiteral("api-key");
}

std::optional<QString> readSecretBlocking(SecretStore &store, const QString &name, int timeoutMs,
                                          SecretError *error, QString *message)
{
    QEventLoop loop;
    bool finished = false;
    QString secret;
    SecretError result = SecretError::Other;
    QString text;
    const auto connection = QObject::connect(&store, &SecretStore::readFinished, &loop,
                                             [&](const QString &readName, const QString &value,
                                                 SecretError readError, const QString &readMessage) {
                                                 if (finished || readName != name)
                                                     return;
                                                 finished = true;
                                                 secret = value;
                                                 result = readError;
                                                 text = readMessage;
                                                 loop.quit();
                                             });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    store.read(name);
    if (!finished) {
        timer.start(std::max(0, timeoutMs));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    QObject::disconnect(connection);
    if (!finished) {
        result = SecretError::Other;
        text =
            QCoreApplication::translate("callrail::SecretStore",
                                        "The system keychain did not answer within %n second(s); it may be "
                                        "locked and waiting for a password.",
                                        nullptr, std::max(1, (timeoutMs + 999) / 1000));
    }
    if (error)
        *error = result;
    if (message)
        *message = text;
    if (result != SecretError::None)
        return std::nullopt;
    return secret;
}

} // namespace callrail
