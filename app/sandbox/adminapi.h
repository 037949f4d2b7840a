#pragma once

#include "sandboxexchange.h"

class SandboxServer;

namespace QueueLensSandbox {

// The sandbox's own control surface under /__sandbox (no auth; the server binds loopback only):
//   GET    /__sandbox/health            version, port, seed, provider base URLs, requests in flight (now, peaks)
//   GET    /__sandbox/tasks[?provider=] current tasks with their computed phase
//   GET    /__sandbox/tasks/{id}        one task
//   GET    /__sandbox/counters          requests per method + route pattern + status (+ fault)
//   POST   /__sandbox/reset             forget tasks, counters and queued outcomes
//   POST   /__sandbox/release[?provider=]  tasks held by "stuck" carry on now
//   GET    /__sandbox/next              queued outcomes
//   POST   /__sandbox/next              queue an outcome: {"provider","route","scenario","count"}
//   DELETE /__sandbox/next              drop queued outcomes
//   POST   /__sandbox/seed              {"seed": n} or {"seed": null}
//   GET    /__sandbox/catalog[?provider=]  the codes each provider can produce, with statuses
// Everything here calls SandboxServer's public API, so tests in-process and tools over HTTP
// see the same behaviour.
class AdminApi
{
public:
    explicit AdminApi(SandboxServer &server);

    SandboxReply handle(const SandboxRequest &request);

private:
    SandboxReply health() const;
    SandboxReply tasks(const SandboxRequest &request) const;
    SandboxReply task(const QString &id) const;
    SandboxReply counters() const;
    SandboxReply reset(const SandboxRequest &request);
    SandboxReply queueNext(const SandboxRequest &request);
    SandboxReply seed(const SandboxRequest &request);
    SandboxReply catalog(const SandboxRequest &request) const;
    static SandboxReply error(int status, const QString &message);

    SandboxServer &m_server;
};

} // namespace QueueLensSandbox
