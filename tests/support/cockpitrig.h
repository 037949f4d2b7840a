// The whole cockpit behind a window, for the GUI tests and the README screenshot tool: a task
// database and settings file in a temporary folder, the engine, and the in-process sandbox with
// one profile per provider ("sb-<provider>").
#pragma once

#include "appsettings.h"
#include "builtinproviders.h"
#include "clock.h"
#include "httpclient.h"
#include "provideradapterregistry.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "taskengine.h"
#include "taskstore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

struct CockpitRig
{
    // settings: the engine's, when the defaults would make a test slow; seed fills the database
    // before the engine starts (a history to load).
    explicit CockpitRig(int pollIntervalMs, const std::optional<EngineSettings> &settings = {},
                        const std::function<void(TaskStore &)> &seed = {})
    {
        registerBuiltinProviders(registry);
        opened = store.open(dir.filePath(QStringLiteral("tasks.sqlite")), &openError);
        if (opened && seed)
            seed(store);
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
        if (settings)
            engine->setSettings(*settings);
        listening = sandbox.start(0);
        for (const QString &provider : registry.providerIds()) {
            ProviderProfile profile;
            profile.id = profileId(provider);
            profile.name = QStringLiteral("Sandbox");
            profile.provider = provider;
            profile.baseUrl = sandbox.baseUrl(provider);
            profile.pollIntervalMs = pollIntervalMs;
            profile.sandbox = true;
            engine->saveProfile(profile);
        }
        engine->start();
        appSettings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")), nullptr);
        appSettings->setDownloadFolder(dir.filePath(QStringLiteral("downloads")));
    }

    ~CockpitRig()
    {
        engine->setPollingPaused(true);
        engine.reset();
    }

    static QString profileId(const QString &provider) { return QStringLiteral("sb-") + provider; }

    // A task of the provider's kind and model number kindIndex, whose prompt carries the
    // sandbox directive; its id, or 0 (with a warning) when the engine refused it.
    qint64 submit(const QString &provider, const QString &directive, const QString &prompt = QStringLiteral("a red fox in the snow"),
                  int kindIndex = 0)
    {
        QString error;
        const qint64 id = engine->submit(profileId(provider), spec(provider, directive, prompt, kindIndex), &error);
        if (id == 0)
            qWarning("submit failed: %s", qPrintable(error));
        return id;
    }

    TaskSpec spec(const QString &provider, const QString &directive, const QString &prompt = QStringLiteral("a red fox in the snow"),
                  int kindIndex = 0) const
    {
        const ProviderAdapter *adapter = registry.adapter(provider);
        TaskSpec spec;
        spec.model = adapter->suggestedModels().value(kindIndex);
        spec.kind = adapter->kinds().value(kindIndex, adapter->kinds().value(0));
        spec.prompt = QStringLiteral("%1 [sandbox v1: %2]").arg(prompt, directive);
        return spec;
    }

    TaskState state(qint64 id) const
    {
        const auto task = engine->task(id);
        return task ? task->state : TaskState::Submitting;
    }

    QTemporaryDir dir;
    ProviderAdapterRegistry registry;
    SystemClock clock;
    TaskStore store;
    HttpClient http;
    SecretStore secrets{nullptr};
    std::unique_ptr<TaskEngine> engine;
    SandboxServer sandbox;
    std::unique_ptr<AppSettings> appSettings;
    bool opened = false;
    bool listening = false;
    QString openError;
};
