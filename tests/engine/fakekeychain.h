#pragma once

// An in-memory KeychainBackend: tests never start real keychain jobs (a headless CI machine
// fails them, a desktop with a locked keyring would show a prompt and hang).

#include "engine/keychainbackend.h"

#include <QHash>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

class FakeKeychain : public KeychainBackend
{
public:
    struct Shared
    {
        QHash<QString, QString> entries;
        bool unavailable = false;   // behave like headless Linux: every job fails at once
        int reads = 0;
        int writes = 0;
    };

    explicit FakeKeychain(std::shared_ptr<Shared> shared = std::make_shared<Shared>())
        : m_shared(std::move(shared))
    {
    }

    std::shared_ptr<Shared> shared() const { return m_shared; }

    void read(const QString &name, Callback done) override
    {
        ++m_shared->reads;
        Result result;
        if (m_shared->unavailable) {
            result.status = Status::Unavailable;
            result.errorText = QStringLiteral("Unknown error");
        } else if (m_shared->entries.contains(name)) {
            result.secret = m_shared->entries.value(name);
        } else {
            result.status = Status::NotFound;
        }
        later([done, result] { done(result); });
    }

    void write(const QString &name, const QString &secret, Callback done) override
    {
        ++m_shared->writes;
        Result result;
        if (m_shared->unavailable) {
            result.status = Status::Unavailable;
            result.errorText = QStringLiteral("Unknown error");
        } else {
            m_shared->entries.insert(name, secret);
        }
        later([done, result] { done(result); });
    }

    void remove(const QString &name, Callback done) override
    {
        m_shared->entries.remove(name);
        later([done] { done(Result{}); });
    }

private:
    // Like the real backend: the answer always comes from the event loop, never inline.
    static void later(std::function<void()> call) { QTimer::singleShot(0, qApp, std::move(call)); }

    std::shared_ptr<Shared> m_shared;
};
