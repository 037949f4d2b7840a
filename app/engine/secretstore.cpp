#include "secretstore.h"

#include "qtkeychainbackend.h"

namespace {
// Sandbox profiles accept any key; this one is sent when the operator set none.
const QString SandboxKey = QStringLiteral("sandbox-key");
} // namespace

SecretStore::SecretStore(std::unique_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
}

SecretStore::~SecretStore()
{
    *m_alive = false;
}

std::unique_ptr<KeychainBackend> SecretStore::createSystemBackend()
{
    return std::make_unique<QtKeychainBackend>();
}

void SecretStore::preload(const QList<ProviderProfile> &profiles)
{
    if (!m_backend)
        return;
    for (const ProviderProfile &profile : profiles) {
        if (profile.id.isEmpty() || m_reading.contains(profile.id) || m_keychain.contains(profile.id))
            continue;
        // Only a missing keychain key is worth a notice: session, environment and sandbox
        // profiles work without it.
        const bool needed = !profile.sandbox && !m_session.contains(profile.id)
                            && (profile.keyEnvironmentVariable.isEmpty()
                                || qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData()).isEmpty());
        m_reading.insert(profile.id);
        const QString id = profile.id;
        std::weak_ptr<bool> alive = m_alive;
        m_backend->read(id, [this, alive, id, needed](const KeychainBackend::Result &result) {
            if (alive.expired())
                return;
            readFinished(id, needed, result);
        });
    }
}

void SecretStore::readFinished(const QString &profileId, bool needed, const KeychainBackend::Result &result)
{
    m_reading.remove(profileId);
    if (result.status == KeychainBackend::Status::Ok && !result.secret.isEmpty()) {
        m_keychain.insert(profileId, result.secret);
        emit keyChanged(profileId);
    } else if (result.status == KeychainBackend::Status::Unavailable && needed) {
        reportUnavailable(result.errorText);
    }
    if (m_reading.isEmpty())
        emit loadingFinished();
}

void SecretStore::reportUnavailable(const QString &text)
{
    if (m_unavailableReported)
        return;
    m_unavailableReported = true;
    emit notice(tr("The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key "
                   "in the profile settings or set the profile's environment variable.")
                    .arg(text.isEmpty() ? tr("no details") : text));
}

bool SecretStore::isLoading() const
{
    return !m_reading.isEmpty();
}

SecretStore::Source SecretStore::source(const ProviderProfile &profile) const
{
    if (!m_session.value(profile.id).isEmpty())
        return Source::Session;
    if (!profile.keyEnvironmentVariable.isEmpty()
        && !qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData()).isEmpty())
        return Source::Environment;
    if (!m_keychain.value(profile.id).isEmpty())
        return Source::Keychain;
    if (profile.sandbox)
        return Source::Sandbox;
    return Source::None;
}

QString SecretStore::key(const ProviderProfile &profile) const
{
    switch (source(profile)) {
    case Source::Session:
        return m_session.value(profile.id);
    case Source::Environment:
        return qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData());
    case Source::Keychain:
        return m_keychain.value(profile.id);
    case Source::Sandbox:
        return SandboxKey;
    case Source::None:
        break;
    }
    return {};
}

void SecretStore::setKey(const QString &profileId, const QString &key, bool persist)
{
    // Usable at once, whatever the keychain later says.
    m_session.insert(profileId, key);
    emit keyChanged(profileId);
    if (!persist)
        return;
    if (!m_backend) {
        emit notice(tr("No system keychain is available; the API key for \"%1\" is kept only until QueueLens quits.")
                        .arg(profileId));
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    m_backend->write(profileId, key, [this, alive, profileId, key](const KeychainBackend::Result &result) {
        if (alive.expired())
            return;
        if (result.status == KeychainBackend::Status::Ok) {
            m_keychain.insert(profileId, key);
            // Keep the session copy only if the operator changed the key meanwhile.
            if (m_session.value(profileId) == key)
                m_session.remove(profileId);
            return;
        }
        emit notice(tr("The system keychain is unavailable (%1); the API key for \"%2\" is kept only until "
                       "QueueLens quits.")
                        .arg(result.errorText.isEmpty() ? tr("no details") : result.errorText, profileId));
    });
}

void SecretStore::removeKey(const QString &profileId)
{
    m_session.remove(profileId);
    m_keychain.remove(profileId);
    emit keyChanged(profileId);
    if (m_backend)
        m_backend->remove(profileId, [](const KeychainBackend::Result &) {});
}

QStringList SecretStore::knownSecrets(const QList<ProviderProfile> &profiles) const
{
    QStringList secrets;
    secrets.reserve(m_session.size() + m_keychain.size() + profiles.size());
    for (const QString &value : m_session)
        secrets.append(value);
    for (const QString &value : m_keychain)
        secrets.append(value);
    for (const ProviderProfile &profile : profiles) {
        if (!profile.keyEnvironmentVariable.isEmpty()) {
            const QString value = qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData());
            if (!value.isEmpty())
                secrets.append(value);
        }
    }
    secrets.removeDuplicates();
    return secrets;
}
