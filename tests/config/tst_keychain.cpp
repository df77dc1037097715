// The real system keychain: write, read, remove, read back NotFound. Skipped where there is no keychain.
//
// On Linux without a desktop session it can be run for real with a throwaway keyring:
//   export XDG_RUNTIME_DIR=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) HOME=$(mktemp -d)
//   dbus-run-session -- bash -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
//       ctest --test-dir build -R tst_keychain --output-on-failure'
#include "config/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace callrail;

namespace {

// Keychain jobs may wait for D-Bus activation; an upper bound only, never expected to be reached.
constexpr int kTimeoutMs = 90000;

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // A service of our own, so the test never touches a user's real API key.
    const QString m_service = QStringLiteral("CallRail Extractor Tests");
    const QString m_name =
        QStringLiteral("tst-keychain-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_secret = QUuid::createUuid().toString(QUuid::Id128);

private slots:
    void writeReadRemove()
    {
        KeychainSecretStore store(nullptr, m_service);
        QVERIFY(store.isPersistent());
        QCOMPARE(KeychainSecretStore::defaultService(), QStringLiteral("CallRail Extractor"));
        store.setWaitingThresholdMs(0); // every job "waits": waiting(true) must be paired with waiting(false)
        QSignalSpy waiting(&store, &KeychainSecretStore::waiting);
        QSignalSpy wrote(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);

        store.write(m_name, m_secret);
        QVERIFY(wrote.wait(kTimeoutMs));
        const auto writeError = wrote.at(0).at(1).value<SecretError>();
        const QString writeMessage = wrote.at(0).at(2).toString();
        QVERIFY(!writeMessage.contains(m_secret));
        if (writeError == SecretError::NoBackend)
            QSKIP(qPrintable(
                QStringLiteral("No system keychain here (on Linux: no D-Bus session or Secret Service "
                               "daemon): ") +
                writeMessage));
        QVERIFY2(writeError == SecretError::None,
                 qPrintable(secretErrorName(writeError) + QStringLiteral(": ") + writeMessage));

        store.read(m_name);
        QVERIFY(read.wait(kTimeoutMs));
        QCOMPARE(read.at(0).at(2).value<SecretError>(), SecretError::None);
        QCOMPARE(read.at(0).at(1).toString(), m_secret);

        store.remove(m_name);
        QVERIFY(removed.wait(kTimeoutMs));
        QCOMPARE(removed.at(0).at(1).value<SecretError>(), SecretError::None);

        store.read(m_name);
        QVERIFY(read.wait(kTimeoutMs));
        QCOMPARE(read.at(1).at(2).value<SecretError>(), SecretError::NotFound);
        QVERIFY(read.at(1).at(1).toString().isEmpty());

        // Nothing is pending any more: no "waiting for keychain" left on screen.
        QVERIFY(!store.isWaiting());
        QCOMPARE(waiting.count() % 2, 0);
        for (int i = 0; i < waiting.count(); ++i)
            QCOMPARE(waiting.at(i).at(0).toBool(), i % 2 == 0);
    }

    void blockingRead()
    {
        KeychainSecretStore store(nullptr, m_service);
        SecretError error = SecretError::None;
        QString message;
        const std::optional<QString> secret = readSecretBlocking(store, m_name, kTimeoutMs, &error, &message);
        if (error == SecretError::NoBackend)
            QSKIP("No system keychain here");
        QCOMPARE(secret, std::nullopt); // removed by the previous test
        QCOMPARE(error, SecretError::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
