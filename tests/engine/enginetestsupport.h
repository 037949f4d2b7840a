#pragma once

// Shared pieces of the engine tests: a fully wired engine (store on a temporary file, the real
// HttpClient, the real adapters, a fake keychain) and small helpers to build specs and wait.

#include "engine/bulkoperation.h"
#include "engine/httpclient.h"
#include "engine/secretstore.h"
#include "engine/taskengine.h"
#include "engine/taskstore.h"
#include "fakekeychain.h"

#include "builtinproviders.h"
#include "clock.h"
#include "provideradapterregistry.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace EngineTest {

inline TaskSpec specFor(const QString &provider, const QString &directive, const QString &prompt = {})
{
    TaskSpec spec;
    spec.prompt = (prompt.isEmpty() ? QStringLiteral("a red fox in the snow") : prompt)
                  + (directive.isEmpty() ? QString() : QStringLiteral(" [sandbox v1: %1]").arg(directive));
    if (provider == QLatin1String("seaart")) {
        spec.model = QStringLiteral("nano_banana_2");
        spec.kind = QStringLiteral("image");
    } else if (provider == QLatin1String("foxapi")) {
        spec.model = QStringLiteral("wan-2.7-image");
        spec.kind = QStringLiteral("image");
    } else if (provider == QLatin1String("newapi")) {
        spec.model = QStringLiteral("sora-2");
        spec.kind = QStringLiteral("video");
    } else if (provider == QLatin1String("llmapi")) {
        spec.model = QStringLiteral("gpt-image-2");
        spec.kind = QStringLiteral("image");
    } else {
        spec.model = QStringLiteral("viduq1");
        spec.kind = QStringLiteral("text2video");
    }
    return spec;
}

inline QStringList allProviders()
{
    return {QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"), QStringLiteral("llmapi"),
            QStringLiteral("vidu")};
}

inline QStringList cancellingProviders()
{
    return {QStringLiteral("seaart"), QStringLiteral("llmapi"), QStringLiteral("vidu")};
}

// Settings that keep the suite fast: short timeouts and backoff caps.
inline EngineSettings fastSettings()
{
    EngineSettings settings;
    settings.requestTimeoutMs = 4000;
    settings.submitTimeoutMs = 700;
    settings.maxBackoffMs = 300;
    settings.maxConcurrentRequests = 6;
    return settings;
}

// Everything an engine needs, owned together. The clock is a SystemClock unless one is given.
struct Rig
{
    explicit Rig(const QString &databasePath, const Clock *clockOverride = nullptr,
                 std::shared_ptr<FakeKeychain::Shared> keychain = std::make_shared<FakeKeychain::Shared>())
        : keychainState(std::move(keychain))
    {
        registerBuiltinProviders(registry);
        ownClock = std::make_unique<SystemClock>();
        clock = clockOverride ? clockOverride : ownClock.get();
        store = std::make_unique<TaskStore>();
        opened = store->open(databasePath, &openError);
        http = std::make_unique<HttpClient>();
        secrets = std::make_unique<SecretStore>(std::make_unique<FakeKeychain>(keychainState));
        engine = std::make_unique<TaskEngine>(store.get(), http.get(), &registry, secrets.get(), clock);
        engine->setSettings(fastSettings());
        QObject::connect(engine.get(), &TaskEngine::notice, engine.get(),
                         [this](const QString &message) { notices.append(message); });
    }

    ~Rig()
    {
        engine.reset();   // before the store and the HTTP client it uses
    }

    ProviderProfile addProfile(const QString &provider, const QUrl &baseUrl, int pollMs = 60, int deadlineSeconds = 120,
                               const QString &id = {})
    {
        ProviderProfile profile;
        profile.id = id.isEmpty() ? QStringLiteral("sandbox-") + provider : id;
        profile.name = profile.id;
        profile.provider = provider;
        profile.baseUrl = baseUrl;
        profile.pollIntervalMs = pollMs;
        profile.maxConcurrent = 4;
        profile.deadlineSeconds = deadlineSeconds;
        profile.sandbox = true;
        QString error;
        if (!engine->saveProfile(profile, &error))
            qWarning("saveProfile failed: %s", qPrintable(error));
        return profile;
    }

    TaskState state(qint64 id) const
    {
        const auto task = engine->task(id);
        return task ? task->state : TaskState::Unknown;
    }

    ProviderAdapterRegistry registry;
    std::shared_ptr<FakeKeychain::Shared> keychainState;
    std::unique_ptr<SystemClock> ownClock;
    const Clock *clock = nullptr;
    std::unique_ptr<TaskStore> store;
    bool opened = false;
    QString openError;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<TaskEngine> engine;
    QStringList notices;
};

inline QString describe(const std::optional<Task> &task)
{
    if (!task)
        return QStringLiteral("<no task>");
    return QStringLiteral("task %1 state=%2 remote=%3 error=%4/%5 %6")
        .arg(task->id)
        .arg(TaskStates::id(task->state), task->remoteId,
             task->lastError ? task->lastError->provider : QString(),
             task->lastError ? task->lastError->code : QString(),
             task->lastError ? task->lastError->message : QString());
}

} // namespace EngineTest
