#include "qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace {

KeychainBackend::Result resultOf(QKeychain::Job *job)
{
    KeychainBackend::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = KeychainBackend::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainBackend::Status::NotFound;
        break;
    default:
        result.status = KeychainBackend::Status::Unavailable;
        result.errorText = job->errorString();
        break;
    }
    return result;
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QObject *parent)
    : QObject(parent)
{
}

void QtKeychainBackend::read(const QString &name, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName), this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        KeychainBackend::Result result = resultOf(finished);
        if (result.status == KeychainBackend::Status::Ok)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void QtKeychainBackend::write(const QString &name, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

void QtKeychainBackend::remove(const QString &name, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}
