#pragma once

#include "keychainbackend.h"
#include "providerprofile.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

// API keys, looked up without waiting: the in-memory session store first, then the profile's
// environment variable, then the OS keychain (read asynchronously by preload() and cached).
// Keys are never written anywhere else: not to the database, logs or exports. When the
// keychain cannot store a key, it stays in memory for the session and notice() says so.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Session, Environment, Keychain, Sandbox };

    // backend may be null (no keychain at all: keys live only for the session).
    explicit SecretStore(std::unique_ptr<KeychainBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // The OS keychain (qtkeychain). Tests pass a fake instead.
    static std::unique_ptr<KeychainBackend> createSystemBackend();
    // The keychain itself, for other secrets than API keys (a shared database's password).
    KeychainBackend *keychain() const { return m_backend.get(); }

    // Starts reading the keychain entries of these profiles; loadingFinished() when done.
    void preload(const QList<ProviderProfile> &profiles);
    bool isLoading() const;

    QString key(const ProviderProfile &profile) const;
    Source source(const ProviderProfile &profile) const;
    bool hasKey(const ProviderProfile &profile) const { return source(profile) != Source::None; }

    // persist: also write it to the keychain (falls back to memory with a notice).
    void setKey(const QString &profileId, const QString &key, bool persist);
    // Forgets the key in memory and removes it from the keychain.
    void removeKey(const QString &profileId);

    // Every key this store holds or can see, for redaction of texts that are kept.
    QStringList knownSecrets(const QList<ProviderProfile> &profiles = {}) const;

signals:
    void keyChanged(const QString &profileId);
    void loadingFinished();
    void notice(const QString &message);

private:
    void readFinished(const QString &profileId, bool needed, const KeychainBackend::Result &result);
    void reportUnavailable(const QString &text);

    std::unique_ptr<KeychainBackend> m_backend;
    QHash<QString, QString> m_session;    // entered this session (or kept when the keychain failed)
    QHash<QString, QString> m_keychain;   // cache of what the keychain holds
    QSet<QString> m_reading;
    bool m_unavailableReported = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
