#pragma once

#include "config/SecretStore.h"

class QTimer;

namespace callrail {

/// The system keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, Secret Service
/// (GNOME Keyring, KWallet) on Linux. Never falls back to storing the secret in plain text.
///
/// QtKeychain runs one job at a time, and a locked wallet can keep a job waiting for the user indefinitely;
/// waiting(true) is emitted when a call takes longer than waitingThresholdMs() so that a window can say so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// `service` is the keychain's namespace for our entries; tests pass their own to stay apart from the
    /// product's.
    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &service = defaultService());

    /// "CallRail Extractor"
    static QString defaultService();
    QString service() const { return m_service; }

    void read(const QString &name) override;
    void write(const QString &name, const QString &secret) override;
    void remove(const QString &name) override;
    bool isPersistent() const override { return true; }

    /// True while a call has been running longer than the threshold.
    bool isWaiting() const { return m_waiting; }
    int waitingThresholdMs() const { return m_waitingThresholdMs; }
    void setWaitingThresholdMs(int ms);

    /// Maps a QKeychain::Error value (0 NoError … 7 OtherError) and the backend's message to a SecretError.
    /// On Linux, OtherError for a missing Secret Service (no D-Bus, no daemon, no collection) is NoBackend.
    static SecretError mapError(int keychainError, const QString &backendMessage);

signals:
    /// true when a call has been pending for longer than the threshold (a locked keychain asking for a
    /// password), false once nothing is pending any more.
    void waiting(bool waiting);

private:
    void jobStarted();
    void jobFinished();

    QString m_service;
    int m_pending = 0;
    bool m_waiting = false;
    int m_waitingThresholdMs = 2000;
    QTimer *m_waitTimer = nullptr;
};

} // namespace callrail
