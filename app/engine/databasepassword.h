#pragma once

#include <QString>

#include <functional>

class KeychainBackend;

// A shared database's password in the OS keychain (team mode), under "database:<address without
// password>". At start it is read before the database is opened and handed to PostgresBackend;
// it never reaches settings, logs or the database.
class DatabasePassword
{
public:
    static QString keychainName(const QString &uri);
    // Reads the password, waiting up to timeoutMs for the keychain; empty when there is none.
    static QString readBlocking(KeychainBackend &keychain, const QString &uri, int timeoutMs = 3000);
    // Stores it (or removes it when empty); done(ok, problem) later.
    static void store(KeychainBackend &keychain, const QString &uri, const QString &password,
                      std::function<void(bool ok, const QString &problem)> done);
    // Reads it from the keychain and remembers it for this process's connections, unless the
    // address or PGPASSWORD already gives one. Returns whether one was found.
    static bool load(KeychainBackend *keychain, const QString &uri);
};
