// The secret store contract, through the in-memory store: asynchronous, one signal per call, no secret in any
// message; the blocking read used by the command line; the keychain's error mapping.
#include "config/KeychainSecretStore.h"
#include "config/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace callrail;

namespace {

const QString kSecret = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void apiKeyName() { QCOMPARE(SecretStore::apiKeyName(), QStringLiteral("api-key")); }

    void readMissingIsNotFoundAndAsynchronous()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(SecretStore::apiKeyName());
        QCOMPARE(spy.count(), 0); // never before the call returns: callers may connect afterwards
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), SecretStore::apiKeyName());
        QVERIFY(spy.at(0).at(1).toString().isEmpty());
        QCOMPARE(spy.at(0).at(2).value<SecretError>(), SecretError::NotFound);
        QVERIFY(!spy.at(0).at(3).toString().isEmpty());
    }

    void writeReadRemove()
    {
        MemorySecretStore store;
        QSignalSpy wrote(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);

        store.write(SecretStore::apiKeyName(), kSecret);
        QVERIFY(wrote.wait(10000));
        QCOMPARE(wrote.at(0).at(1).value<SecretError>(), SecretError::None);
        QVERIFY(wrote.at(0).at(2).toString().isEmpty());

        store.read(SecretStore::apiKeyName());
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(0).at(1).toString(), kSecret);
        QCOMPARE(read.at(0).at(2).value<SecretError>(), SecretError::None);

        store.remove(SecretStore::apiKeyName());
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(1).value<SecretError>(), SecretError::None);
        QVERIFY(!store.contains(SecretStore::apiKeyName()));

        store.read(SecretStore::apiKeyName());
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(1).at(2).value<SecretError>(), SecretError::NotFound);

        // Removing again succeeds: the keychain is already as the user wants it.
        store.remove(SecretStore::apiKeyName());
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(1).at(1).value<SecretError>(), SecretError::None);
        QCOMPARE(wrote.count() + read.count() + removed.count(), 5); // exactly one signal per call
    }

    void namesAreSeparate()
    {
        MemorySecretStore store;
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.write(QStringLiteral("a"), QStringLiteral("one"));
        store.write(QStringLiteral("b"), QStringLiteral("two"));
        store.read(QStringLiteral("b"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(0).at(0).toString(), QStringLiteral("b"));
        QCOMPARE(read.at(0).at(1).toString(), QStringLiteral("two"));
    }

    void failuresAreReportedAndChangeNothing_data()
    {
        QTest::addColumn<SecretError>("failure");
        QTest::newRow("no backend") << SecretError::NoBackend;
        QTest::newRow("access denied") << SecretError::AccessDenied;
        QTest::newRow("other") << SecretError::Other;
    }

    void failuresAreReportedAndChangeNothing()
    {
        QFETCH(SecretError, failure);
        MemorySecretStore store;
        QSignalSpy wrote(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        store.write(QStringLiteral("kept"), QStringLiteral("old"));
        QVERIFY(wrote.wait(10000));

        store.setFailure(failure);
        store.write(SecretStore::apiKeyName(), kSecret);
        QVERIFY(wrote.wait(10000));
        QCOMPARE(wrote.at(1).at(1).value<SecretError>(), failure);
        const QString message = wrote.at(1).at(2).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(kSecret));

        store.read(QStringLiteral("kept"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(0).at(2).value<SecretError>(), failure);
        QVERIFY(read.at(0).at(1).toString().isEmpty());

        store.remove(QStringLiteral("kept"));
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(1).value<SecretError>(), failure);

        store.setFailure(SecretError::None);
        QVERIFY(!store.contains(SecretStore::apiKeyName()));
        QVERIFY(store.contains(QStringLiteral("kept")));
    }

    void hangNeverFinishes()
    {
        MemorySecretStore store;
        store.setHang(true);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(SecretStore::apiKeyName());
        QVERIFY(!read.wait(200)); // only an absence is checked: cannot flake on a busy machine
        QCOMPARE(read.count(), 0);
    }

    void blockingReadReturnsTheSecret()
    {
        MemorySecretStore store;
        store.write(SecretStore::apiKeyName(), kSecret);
        SecretError error = SecretError::Other;
        QString message = QStringLiteral("unchanged");
        const std::optional<QString> secret =
            readSecretBlocking(store, SecretStore::apiKeyName(), 30000, &error, &message);
        QCOMPARE(secret, std::optional<QString>(kSecret));
        QCOMPARE(error, SecretError::None);
        QVERIFY(message.isEmpty());
    }

    void blockingReadReportsNotFound()
    {
        MemorySecretStore store;
        SecretError error = SecretError::None;
        QString message;
        QCOMPARE(readSecretBlocking(store, SecretStore::apiKeyName(), 30000, &error, &message), std::nullopt);
        QCOMPARE(error, SecretError::NotFound);
        QVERIFY(!message.isEmpty());
        // Null out-parameters are allowed.
        QCOMPARE(readSecretBlocking(store, SecretStore::apiKeyName(), 30000, nullptr, nullptr), std::nullopt);
    }

    void blockingReadTimesOut()
    {
        MemorySecretStore store;
        store.setHang(true);
        SecretError error = SecretError::None;
        QString message;
        QCOMPARE(readSecretBlocking(store, SecretStore::apiKeyName(), 300, &error, &message), std::nullopt);
        QCOMPARE(error, SecretError::Other);
        QVERIFY2(message.contains(QLatin1String("did not answer")), qPrintable(message));
    }

    void messagesForEveryError()
    {
        QVERIFY(secretErrorMessage(SecretError::None, SecretStore::apiKeyName()).isEmpty());
        QSet<QString> messages;
        for (SecretError e : {SecretError::NotFound, SecretError::NoBackend, SecretError::AccessDenied,
                              SecretError::Cancelled, SecretError::NoKeyring, SecretError::Other})
            messages.insert(secretErrorMessage(e, SecretStore::apiKeyName()));
        QCOMPARE(messages.size(), 6);
        QVERIFY(secretErrorMessage(SecretError::Other, QStringLiteral("x"), QStringLiteral("disk on fire"))
                    .contains(QLatin1String("disk on fire")));
    }

    void keychainErrorMapping_data()
    {
        // QKeychain::Error values: 0 NoError, 1 EntryNotFound, 2 CouldNotDeleteEntry, 3 AccessDeniedByUser,
        // 4 AccessDenied, 5 NoBackendAvailable, 6 NotImplemented, 7 OtherError.
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<SecretError>("expected");
        QTest::newRow("no error") << 0 << QString() << SecretError::None;
        QTest::newRow("entry not found") << 1 << QStringLiteral("Entry not found") << SecretError::NotFound;
        QTest::newRow("could not delete") << 2 << QString() << SecretError::Other;
        QTest::newRow("denied by user") << 3 << QString() << SecretError::AccessDenied;
        QTest::newRow("locked collection")
            << 4 << QStringLiteral("Cannot create an item in a locked collection")
            << SecretError::AccessDenied;
        QTest::newRow("no backend") << 5 << QString() << SecretError::NoBackend;
        QTest::newRow("not implemented") << 6 << QString() << SecretError::NoBackend;
        QTest::newRow("linux: no D-Bus")
            << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << SecretError::NoBackend;
        // After the user cancels "choose a password for the new keyring": the service is there, the keyring
        // is not. Not "no keychain on this computer".
        QTest::newRow("linux: no login collection")
            << 7
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << SecretError::NoKeyring;
        QTest::newRow("linux: no such collection")
            << 7 << QStringLiteral("No such secret collection at path: /") << SecretError::NoKeyring;
        QTest::newRow("prompt dismissed")
            << 7 << QStringLiteral("The operation was cancelled") << SecretError::Cancelled;
        QTest::newRow("linux: no daemon") << 7
                                          << QStringLiteral("Error calling StartServiceByName for "
                                                            "org.freedesktop.secrets: Timeout was reached")
                                          << SecretError::NoBackend;
        QTest::newRow("kwallet: no D-Bus")
            << 7
            << QStringLiteral(
                   "Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running")
            << SecretError::NoBackend;
        QTest::newRow("other") << 7 << QStringLiteral("Payload too large") << SecretError::Other;
    }

    void keychainErrorMapping()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(SecretError, expected);
        QCOMPARE(KeychainSecretStore::mapError(code, message), expected);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
