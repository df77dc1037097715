#include "config/MemorySecretStore.h"

#include <QTimer>

namespace callrail {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::setFailure(SecretError error)
{
    m_failure = error;
}

void MemorySecretStore::setHang(bool hang)
{
    m_hang = hang;
}

void MemorySecretStore::read(const QString &name)
{
    if (m_hang)
        return;
    // The outcome is decided now (as a keychain job would at start), reported on the next event-loop turn.
    SecretError error = m_failure;
    QString secret;
    if (error == SecretError::None) {
        const auto it = m_secrets.constFind(name);
        if (it == m_secrets.constEnd())
            error = SecretError::NotFound;
        else
            secret = it.value();
    }
    QTimer::singleShot(0, this, [this, name, secret, error] {
        emit readFinished(name, secret, error, secretErrorMessage(error, name));
    });
}

void MemorySecretStore::write(const QString &name, const QString &secret)
{
    if (m_hang)
        return;
    const SecretError error = m_failure;
    if (error == SecretError::None)
        m_secrets.insert(name, secret);
    QTimer::singleShot(
        0, this, [this, name, error] { emit writeFinished(name, error, secretErrorMessage(error, name)); });
}

void MemorySecretStore::remove(const QString &name)
{
    if (m_hang)
        return;
    const SecretError error = m_failure;
    if (error == SecretError::None)
        m_secrets.remove(name);
    QTimer::singleShot(
        0, this, [this, name, error] { emit removeFinished(name, error, secretErrorMessage(error, name)); });
}

} // namespace callrail
