#include "config/KeychainSecretStore.h"

#include "config/LogCategories.h"
#include "config/Logging.h"

#include <QTimer>

#include <algorithm>

#include <qt6keychain/keychain.h>

namespace callrail {

namespace {

/// The backend's message, made safe to show: the secret (when known) and every registered redaction removed.
QString safeDetail(const QString &backendMessage, const QString &secret = QString())
{
    QString text = backendMessage;
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[redacted]"));
    return Logging::redact(text);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : SecretStore(parent)
    , m_service(service)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setInterval(m_waitingThresholdMs);
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_pending > 0 && !m_waiting) {
            m_waiting = true;
            qCInfo(lcSecrets) << "Waiting for the system keychain (it may be locked)";
            emit waiting(true);
        }
    });
}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("CallRail Extractor");
}

void KeychainSecretStore::setWaitingThresholdMs(int ms)
{
    m_waitingThresholdMs = std::max(0, ms);
    m_waitTimer->setInterval(m_waitingThresholdMs);
}

void KeychainSecretStore::jobStarted()
{
    ++m_pending;
    if (!m_waitTimer->isActive() && !m_waiting)
        m_waitTimer->start();
}

void KeychainSecretStore::jobFinished()
{
    m_pending = std::max(0, m_pending - 1);
    if (m_pending > 0) {
        // QtKeychain runs jobs one after another: the next one starts now and gets its own full threshold.
        if (!m_waiting)
            m_waitTimer->start();
        return;
    }
    m_waitTimer->stop();
    if (m_waiting) {
        m_waiting = false;
        emit waiting(false);
    }
}

SecretError KeychainSecretStore::mapError(int keychainError, const QString &backendMessage)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::Other;
    case QKeychain::OtherError:
    default:
        break;
    }
    const QString lower = backendMessage.toLower();
    const auto mentions = [&lower](std::initializer_list<const char *> hints) {
        return std::any_of(hints.begin(), hints.end(),
                           [&lower](const char *hint) { return lower.contains(QLatin1String(hint)); });
    };
    // The user closed the keychain's own prompt: not a failure of the keychain, and asking again works.
    if (mentions({"cancelled", "canceled", "dismissed"}))
        return SecretError::Cancelled;
    // The Secret Service answers but has no collection to keep secrets in: the user cancelled creating the
    // first keyring, or it is still being created. The keychain is there, so "no keychain" would be wrong.
    if (mentions(
            {"no such secret collection", "object does not exist", "/org/freedesktop/secrets/collection"}))
        return SecretError::NoKeyring;
    // On Linux libsecret reports a missing Secret Service as OtherError with the D-Bus text; KWallet says
    // "Could not open wallet" / "D-Bus is not running". These mean "no keychain here", not a failure to
    // retry.
    if (mentions({"autolaunch d-bus", "d-bus is not running", "org.freedesktop.dbus.error.noserver",
                  "org.freedesktop.dbus.error.serviceunknown", "org.freedesktop.secrets",
                  "could not open wallet", "no secret service", "cannot connect to the secret service",
                  "is not provided by any .service files"}))
        return SecretError::NoBackend;
    return SecretError::Other;
}

void KeychainSecretStore::read(const QString &name)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service); // autoDelete: gone after finished
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *finishedJob) {
        // Results are only valid inside this handler: the job deletes itself afterwards.
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
        SecretError error = mapError(readJob->error(), readJob->errorString());
        // Without a keyring nothing can have been stored: for a read that is simply "not found".
        if (error == SecretError::NoKeyring)
            error = SecretError::NotFound;
        const QString secret = error == SecretError::None ? readJob->textData() : QString();
        const QString detail = safeDetail(readJob->errorString(), secret);
        if (error != SecretError::None && error != SecretError::NotFound)
            qCWarning(lcSecrets).noquote()
                << "Keychain read of" << name << "failed:" << secretErrorName(error) << detail;
        jobFinished();
        emit readFinished(name, secret, error, secretErrorMessage(error, name, detail));
    });
    jobStarted();
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, name, secret](QKeychain::Job *finishedJob) {
        const SecretError error = mapError(finishedJob->error(), finishedJob->errorString());
        const QString detail = safeDetail(finishedJob->errorString(), secret);
        if (error != SecretError::None)
            qCWarning(lcSecrets).noquote()
                << "Keychain write of" << name << "failed:" << secretErrorName(error) << detail;
        jobFinished();
        emit writeFinished(name, error, secretErrorMessage(error, name, detail));
    });
    jobStarted();
    job->start();
}

void KeychainSecretStore::remove(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *finishedJob) {
        SecretError error = mapError(finishedJob->error(), finishedJob->errorString());
        // Removing what is not there leaves the keychain as the user wanted it.
        if (error == SecretError::NotFound)
            error = SecretError::None;
        const QString detail = safeDetail(finishedJob->errorString());
        if (error != SecretError::None)
            qCWarning(lcSecrets).noquote()
                << "Keychain removal of" << name << "failed:" << secretErrorName(error) << detail;
        jobFinished();
        emit removeFinished(name, error, secretErrorMessage(error, name, detail));
    });
    jobStarted();
    job->start();
}

} // namespace callrail
