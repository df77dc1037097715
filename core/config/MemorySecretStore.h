#pragma once

#include "config/SecretStore.h"

#include <QHash>

namespace callrail {

/// Keeps secrets in memory for this session only: the fallback when there is no system keychain, and the test
/// double of KeychainSecretStore. Finishes every call on the next event-loop turn, like a real keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &name) override;
    void write(const QString &name, const QString &secret) override;
    void remove(const QString &name) override;
    bool isPersistent() const override { return false; }

    /// Test knob: every later call fails with `error` (SecretError::None = work normally). Nothing is changed
    /// by a failing write or remove.
    void setFailure(SecretError error);
    /// Test knob: later calls never finish (a keychain waiting forever for the user).
    void setHang(bool hang);

    /// True when something is stored under `name` (synchronous; tests).
    bool contains(const QString &name) const { return m_secrets.contains(name); }

private:
    QHash<QString, QString> m_secrets;
    SecretError m_failure = SecretError::None;
    bool m_hang = false;
};

} // namespace callrail
