#include "KeyController.h"

#include "config/Logging.h"
#include "engine/ExtractionJob.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKey, "callrail.ui.key")

namespace callrail {

KeyController::KeyController(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SecretStore::readFinished, this, &KeyController::onRead);
    connect(m_store, &SecretStore::writeFinished, this, &KeyController::onWritten);
    connect(m_store, &SecretStore::removeFinished, this, &KeyController::onRemoved);
}

KeyController::~KeyController()
{
    delete m_testJob;
}

void KeyController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void KeyController::setKey(const QString &key, bool sessionOnly)
{
    m_key = key.trimmed();
    m_sessionOnly = sessionOnly && !m_key.isEmpty();
    // Defence in depth: should the key ever reach a log line, it is replaced there.
    Logging::addRedaction(m_key);
}

void KeyController::load()
{
    if (!m_store)
        return;
    ++m_pending;
    setState(State::Waiting);
    m_store->read(SecretStore::apiKeyName());
}

QByteArray KeyController::fingerprint(const QString &key)
{
    return QCryptographicHash::hash(key.trimmed().toUtf8(), QCryptographicHash::Sha256);
}

bool KeyController::failedItsTest(const QString &key) const
{
    return m_failedTests.contains(fingerprint(key));
}

void KeyController::store(const QString &key, const QUrl &checkUrl)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        emit problem(tr("Enter your CallRail API key first."), false);
        return;
    }
    const QByteArray print = fingerprint(trimmed);
    if (const auto failed = m_failedTests.constFind(print); failed != m_failedTests.cend()) {
        emit storeRefused(*failed);
        return;
    }
    // With no key in use there is nothing to lose; otherwise the working key stays until the new one works.
    if (!hasKey() || trimmed == m_key || m_passedTests.contains(print)) {
        writeKey(trimmed);
        return;
    }
    emit notice(tr("Checking the new key with CallRail before it replaces the one in use…"));
    check(trimmed, checkUrl, [this, trimmed](bool ok, const QString &message, const QList<AccountInfo> &) {
        if (ok)
            writeKey(trimmed);
        else
            emit storeRefused(message);
    });
}

void KeyController::storeAnyway(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        emit problem(tr("Enter your CallRail API key first."), false);
        return;
    }
    qCInfo(lcKey) << "storing a key that failed its test, as the user asked";
    writeKey(trimmed);
}

void KeyController::writeKey(const QString &trimmed)
{
    Logging::addRedaction(trimmed);
    m_pendingKey = trimmed;
    ++m_pending;
    setState(State::Waiting);
    m_store->write(SecretStore::apiKeyName(), trimmed);
}

void KeyController::useForSession(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        emit problem(tr("Enter your CallRail API key first."), m_noBackend);
        return;
    }
    setKey(trimmed, true);
    qCInfo(lcKey) << "using the API key for this session only";
    emit notice(tr("The key is used for this session only; it will be forgotten when you quit."));
    setState(State::Ready);
}

void KeyController::forget()
{
    const bool wasSessionOnly = m_sessionOnly;
    m_key.clear();
    m_sessionOnly = false;
    if (wasSessionOnly || !m_store) {
        setState(State::Missing);
        emit notice(tr("The key was forgotten."));
        return;
    }
    ++m_pending;
    setState(State::Waiting);
    m_store->remove(SecretStore::apiKeyName());
}

void KeyController::reject(const QString &message)
{
    m_key.clear();
    m_sessionOnly = false;
    setState(State::Missing);
    emit problem(message, m_noBackend);
}

void KeyController::test(const QString &key, const QUrl &baseUrl)
{
    check(key, baseUrl, [this](bool ok, const QString &message, const QList<AccountInfo> &accounts) {
        emit testFinished(ok, message, accounts);
    });
}

void KeyController::check(
    const QString &key, const QUrl &baseUrl,
    std::function<void(bool ok, const QString &message, const QList<AccountInfo> &accounts)> done)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        done(false, tr("Enter your CallRail API key first."), {});
        return;
    }
    if (m_testJob)
        return;
    Logging::addRedaction(trimmed);
    ExtractionOptions options;
    options.baseUrl = baseUrl;
    options.apiKey = trimmed;
    options.maxRetries = 1;
    options.timeoutMs = 20'000;
    auto *job = new ExtractionJob(options, this);
    m_testJob = job;
    auto accounts = std::make_shared<QList<AccountInfo>>();
    connect(job, &ExtractionJob::accountsListed, this,
            [accounts](const QList<AccountInfo> &listed) { *accounts = listed; });
    const QByteArray print = fingerprint(trimmed);
    connect(job, &ExtractionJob::runFinished, this,
            [this, job, accounts, print, done = std::move(done)](const RunSummary &summary) {
                job->deleteLater();
                m_testJob = nullptr;
                QString failure;
                if (summary.keyRejected)
                    failure = tr("CallRail rejected this key. Check that you copied the whole key.");
                else if (!summary.fatalError.isEmpty())
                    failure =
                        tr("This key could not be checked: %1").arg(Logging::redact(summary.fatalError));
                if (!failure.isEmpty()) {
                    m_passedTests.remove(print);
                    m_failedTests.insert(print, failure);
                    done(false, failure, {});
                    return;
                }
                m_failedTests.remove(print);
                m_passedTests.insert(print);
                QStringList names;
                for (const AccountInfo &a : std::as_const(*accounts))
                    names.append(a.name.isEmpty() ? a.id : a.name);
                done(true,
                     tr("The key works. It can see %n account(s): %1.", nullptr, int(accounts->size()))
                         .arg(names.join(QStringLiteral(", "))),
                     *accounts);
            });
    job->listAccounts();
}

void KeyController::onRead(const QString &name, const QString &secret, SecretError error,
                           const QString &message)
{
    if (name != SecretStore::apiKeyName())
        return;
    m_pending = qMax(0, m_pending - 1);
    qCInfo(lcKey) << "keychain read finished:" << secretErrorName(error);
    m_noBackend = error == SecretError::NoBackend;
    if (error == SecretError::None && !secret.trimmed().isEmpty()) {
        setKey(secret, false);
        setState(State::Ready);
        return;
    }
    setState(State::Missing);
    if (error == SecretError::NoBackend) {
        emit problem(
            tr("There is no keychain on this computer, so the key cannot be stored safely. You can use it "
               "for this session only; it is never written to a file."),
            true);
    } else if (error != SecretError::None && error != SecretError::NotFound) {
        emit problem(message, false);
    }
}

void KeyController::onWritten(const QString &name, SecretError error, const QString &message)
{
    if (name != SecretStore::apiKeyName())
        return;
    m_pending = qMax(0, m_pending - 1);
    qCInfo(lcKey) << "keychain write finished:" << secretErrorName(error);
    const QString key = m_pendingKey;
    m_pendingKey.clear();
    if (error == SecretError::None) {
        m_noBackend = false;
        setKey(key, false);
        setState(State::Ready);
        emit notice(tr("The key is stored in the system keychain."));
        return;
    }
    m_noBackend = error == SecretError::NoBackend;
    setState(m_key.isEmpty() ? State::Missing : State::Ready);
    if (m_noBackend)
        emit problem(
            tr("There is no keychain on this computer, so the key cannot be stored safely. You can use it "
               "for this session only; it is never written to a file."),
            true);
    else
        // The store's message is already the whole sentence; the user who closed the keychain's prompt may
        // want to go on without storing.
        emit problem(message, error == SecretError::Cancelled || error == SecretError::NoKeyring);
}

void KeyController::onRemoved(const QString &name, SecretError error, const QString &message)
{
    if (name != SecretStore::apiKeyName())
        return;
    m_pending = qMax(0, m_pending - 1);
    qCInfo(lcKey) << "keychain remove finished:" << secretErrorName(error);
    setState(State::Missing);
    if (error == SecretError::None || error == SecretError::NotFound)
        emit notice(tr("The key was removed from the keychain."));
    else
        emit problem(message, error == SecretError::NoBackend);
}

} // namespace callrail
