#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace callrail {

/// Why a secret operation failed.
enum class SecretError
{
    None,         ///< success
    NotFound,     ///< nothing is stored under that name
    NoBackend,    ///< no keychain on this system (e.g. Linux without a Secret Service)
    AccessDenied, ///< the keychain is locked or the user refused access
    Cancelled, ///< the user closed the keychain's own prompt (e.g. "choose a password for the new keyring")
    NoKeyring, ///< the keychain runs but holds no keyring to keep secrets in (creating one was cancelled)
    Other      ///< anything else (the message says what)
};

/// A short English name for logs: "None", "NotFound", "NoBackend", "AccessDenied", "Cancelled", "NoKeyring",
/// "Other".
QString secretErrorName(SecretError error);

/// The translated user-facing message for an error on the secret `name`; `detail` (the backend's own words,
/// already free of the secret) is appended for SecretError::Other. Empty for SecretError::None. This is the
/// whole message: callers show it as it is, never wrapped in another "the keychain reported" sentence.
QString secretErrorMessage(SecretError error, const QString &name, const QString &detail = QString());

/// Where the API key is kept. Asynchronous: every call finishes through exactly one signal, never before the
/// call returns (so a caller can connect after calling). Messages never contain the secret.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void read(const QString &name) = 0;
    virtual void write(const QString &name, const QString &secret) = 0;
    /// Removing a name that holds nothing succeeds (SecretError::None).
    virtual void remove(const QString &name) = 0;
    /// False for the memory store ("this session only").
    virtual bool isPersistent() const = 0;
    /// "api-key"
    static QString apiKeyName();

signals:
    void readFinished(const QString &name, const QString &secret, callrail::SecretError error,
                      const QString &message);
    void writeFinished(const QString &name, callrail::SecretError error, const QString &message);
    void removeFinished(const QString &name, callrail::SecretError error, const QString &message);
};

/// Blocks on a local event loop until the read finishes or timeoutMs passes (for the command-line tool only).
/// On timeout returns std::nullopt with SecretError::Other and a message saying the keychain did not answer.
/// `error` and `message` may be null.
std::optional<QString> readSecretBlocking(SecretStore &store, const QString &name, int timeoutMs,
                                          SecretError *error, QString *message);

} // namespace callrail

Q_DECLARE_METATYPE(callrail::SecretError)
