#pragma once

#include <QString>

#include <functional>

// Where SecretStore persists API keys. The production backend is the OS keychain
// (QtKeychainBackend); tests pass an in-memory fake so no real keychain job ever starts.
// Every call finishes later through its callback, never from inside the call.
class KeychainBackend
{
public:
    enum class Status {
        Ok,
        NotFound,      // nothing stored under this name
        Unavailable,   // no keychain service (headless Linux), access denied, locked, ...
    };

    struct Result
    {
        Status status = Status::Ok;
        QString secret;        // read only
        QString errorText;     // the backend's own words, for the notice
    };

    using Callback = std::function<void(const Result &)>;

    virtual ~KeychainBackend() = default;

    virtual void read(const QString &name, Callback done) = 0;
    virtual void write(const QString &name, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &name, Callback done) = 0;
};
