#include "databasepassword.h"

#include "keychainbackend.h"
#include "postgresbackend.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

QString DatabasePassword::keychainName(const QString &uri)
{
    return QStringLiteral("database:") + PostgresBackend::withoutPassword(uri);
}

QString DatabasePassword::readBlocking(KeychainBackend &keychain, const QString &uri, int timeoutMs)
{
    QEventLoop loop;
    auto found = std::make_shared<QString>();
    auto finished = std::make_shared<bool>(false);
    keychain.read(keychainName(uri), [found, finished, &loop](const KeychainBackend::Result &result) {
        if (result.status == KeychainBackend::Status::Ok)
            *found = result.secret;
        *finished = true;
        loop.quit();
    });
    if (!*finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *found;
}

void DatabasePassword::store(KeychainBackend &keychain, const QString &uri, const QString &password,
                             std::function<void(bool, const QString &)> done)
{
    auto finish = [done = std::move(done)](const KeychainBackend::Result &result) {
        if (done)
            done(result.status != KeychainBackend::Status::Unavailable, result.errorText);
    };
    if (password.isEmpty())
        keychain.remove(keychainName(uri), finish);
    else
        keychain.write(keychainName(uri), password, finish);
}

bool DatabasePassword::load(KeychainBackend *keychain, const QString &uri)
{
    if (!keychain || PostgresBackend::carriesPassword(uri) || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return false;
    const QString password = readBlocking(*keychain, uri);
    if (password.isEmpty())
        return false;
    PostgresBackend::rememberPassword(uri, password);
    return true;
}
