#pragma once

#include "keychainbackend.h"

#include <QObject>

// The OS keychain through qtkeychain (service "QueueLens", one entry per profile id).
// On a headless Linux machine every job fails at once with OtherError: that is reported as
// Status::Unavailable and SecretStore keeps the key in memory instead.
class QtKeychainBackend : public QObject, public KeychainBackend
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "QueueLens";

    explicit QtKeychainBackend(QObject *parent = nullptr);

    void read(const QString &name, Callback done) override;
    void write(const QString &name, const QString &secret, Callback done) override;
    void remove(const QString &name, Callback done) override;
};
