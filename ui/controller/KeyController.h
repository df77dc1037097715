#pragma once

#include "config/SecretStore.h"
#include "engine/ExtractionJob.h"
#include "engine/RunTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

namespace callrail {

/// The API key's life in the window: read from the keychain at start, tested against CallRail, stored,
/// used for this session only when there is no keychain, and forgotten. The key is kept only in memory here
/// and in the SecretStore; it is never written to settings, logs, titles or the clipboard.
class KeyController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown, ///< load() not called yet
        Waiting, ///< a keychain call is pending
        Missing, ///< no key: the window asks for one
        Ready,   ///< a key is in use (stored, or for this session only)
    };

    /// `store` is not owned.
    explicit KeyController(SecretStore *store, QObject *parent = nullptr);
    ~KeyController() override;

    State state() const { return m_state; }
    bool hasKey() const { return !m_key.isEmpty(); }
    /// The key in use. Only for building an ExtractionOptions; never display or log it.
    QString key() const { return m_key; }
    /// True when the key is kept for this session only (no keychain).
    bool isSessionOnly() const { return m_sessionOnly; }
    /// True when the last keychain error was "no keychain on this system".
    bool keychainUnavailable() const { return m_noBackend; }

    /// Reads the stored key (state Waiting, then Ready or Missing).
    void load();
    /// Stores the key in the keychain and uses it, but never replaces a working key with a bad one: a key
    /// that failed its test is refused (storeRefused()), and while another key is in use an untested key is
    /// tested against `checkUrl` first. On SecretError::NoBackend the key is NOT used: problem() offers "this
    /// session only" instead.
    void store(const QString &key, const QUrl &checkUrl);
    /// Stores the key without a test: the user's explicit "save anyway" after storeRefused().
    void storeAnyway(const QString &key);
    /// Whether `key` failed a test in this session (rejected by CallRail, or CallRail could not be asked).
    bool failedItsTest(const QString &key) const;
    /// Uses the key for this session only (memory; nothing is written anywhere).
    void useForSession(const QString &key);
    /// Removes the key from the keychain and from memory.
    void forget();
    /// Drops the key from memory because CallRail rejected it (the stored copy stays until replaced).
    void reject(const QString &message);
    /// Lists the accounts `key` can see on `baseUrl`: testFinished() follows.
    void test(const QString &key, const QUrl &baseUrl);
    bool isTesting() const { return m_testJob != nullptr; }

signals:
    void stateChanged(callrail::KeyController::State state);
    /// A plain-words problem to show next to the key field; offerSessionOnly when there is no keychain.
    void problem(const QString &message, bool offerSessionOnly);
    /// Something went well ("Key saved in the keychain.").
    void notice(const QString &message);
    void testFinished(bool ok, const QString &message, const QList<callrail::AccountInfo> &accounts);
    /// store() did not store the key because it failed its test; the stored key is unchanged. The window
    /// offers "save anyway".
    void storeRefused(const QString &message);

private:
    /// Asks CallRail which accounts `key` sees; `done` gets the verdict, which is also remembered.
    void check(const QString &key, const QUrl &baseUrl,
               std::function<void(bool ok, const QString &message, const QList<AccountInfo> &accounts)> done);
    static QByteArray fingerprint(const QString &key);
    void writeKey(const QString &key);
    void setState(State state);
    void setKey(const QString &key, bool sessionOnly);
    void onRead(const QString &name, const QString &secret, SecretError error, const QString &message);
    void onWritten(const QString &name, SecretError error, const QString &message);
    void onRemoved(const QString &name, SecretError error, const QString &message);

    QPointer<SecretStore> m_store;
    State m_state = State::Unknown;
    QString m_key;
    QString m_pendingKey; ///< being written to the keychain
    bool m_sessionOnly = false;
    bool m_noBackend = false;
    int m_pending = 0;
    QPointer<ExtractionJob> m_testJob;
    /// Keys tested in this session (by SHA-256, never the key itself) and why a failed one failed.
    QHash<QByteArray, QString> m_failedTests;
    QSet<QByteArray> m_passedTests;
};

} // namespace callrail
