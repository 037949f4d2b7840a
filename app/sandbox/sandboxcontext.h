#pragma once

#include "sandboxexchange.h"
#include "sandboxroute.h"
#include "scenario.h"

#include <QString>

namespace QueueLensSandbox {

class ResultFactory;
class ScenarioMix;
class SandboxTaskStore;
struct SandboxTask;

// The shared services every provider protocol works with. Owned by SandboxServer.
struct SandboxContext
{
    SandboxTaskStore *store = nullptr;
    ResultFactory *results = nullptr;
    ScenarioMix *mix = nullptr;
    QString origin;   // "http://127.0.0.1:<port>", set once listening

    QString providerBase(const QString &provider) const { return origin + QLatin1Char('/') + provider; }
    QString fileUrl(const QString &taskId, const QString &name) const
    {
        return origin + QStringLiteral("/files/") + taskId + QLatin1Char('/') + name;
    }
};

// One request on its way through the pipeline.
struct RequestState
{
    const SandboxRequest &request;
    SandboxRoute route;
    Scenario scenario;            // admin rule + header; a submit adds mix and prompt directive
    QString apiKey;
    qint64 nowMs = 0;
    SandboxTask *task = nullptr;  // set by handlers that read a task, for its poll faults
};

} // namespace QueueLensSandbox
