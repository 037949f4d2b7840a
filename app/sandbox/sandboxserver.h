#pragma once

#include "inflightgauge.h"
#include "polltracker.h"
#include "requestcounters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

// Everything but SandboxServer lives in this namespace, so the sandbox's internal names
// (Scenario, FaultLayer, SandboxTask, ...) can never collide with the app's.
namespace QueueLensSandbox {
class AdminApi;
class FaultLayer;
class ProviderProtocol;
class ResultFactory;
class SandboxHttpServer;
class ScenarioMix;
class SandboxTaskStore;
struct SandboxContext;
struct SandboxReply;
struct SandboxRequest;
struct SandboxTask;
} // namespace QueueLensSandbox

// Request counter rows are part of SandboxServer's API (counters()).
using RequestCounters = QueueLensSandbox::RequestCounters;

// The QueueLens sandbox: one loopback HTTP server that speaks the task protocols of all five
// providers under /<provider>/..., serves the generated result files under /files/..., and
// offers its control API under /__sandbox/. See docs/sandbox.md.
//
// Typical use (app, tests):
//     SandboxServer sandbox;
//     sandbox.start();                                  // ephemeral port on 127.0.0.1
//     QUrl base = sandbox.baseUrl(QStringLiteral("vidu"));   // http://127.0.0.1:<port>/vidu
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int ScenarioSyntaxVersion = 1;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (never another interface); port 0 picks a free one.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl origin() const;                              // http://127.0.0.1:<port>
    QUrl baseUrl(const QString &provider) const;      // http://127.0.0.1:<port>/<provider>
    static QStringList providerIds();

    // Seeded demo mix for requests that do not say what should happen (see ScenarioMix).
    void setSeed(quint64 seed);
    void clearSeed();
    std::optional<quint64> seed() const;

    // JSON scenario file (docs/sandbox.md, "Scenario files"): seed, defaults, mix, rules.
    bool loadScenarioFile(const QString &path, QString *error);
    bool loadScenarioJson(const QByteArray &json, QString *error);

    // --- control (the same operations as the admin API) ----------------------------------
    // The next `count` requests of `provider` matching `route` (a kind such as "submit",
    // "poll", "cancel", "list", "*", or a path pattern like "GET /v1/tasks/{id}") get this
    // scenario; count -1 = every matching request until reset.
    bool queueOutcome(const QString &provider, const QString &route, const QString &scenario, int count = 1,
                      QString *error = nullptr);
    void clearQueuedOutcomes();
    QJsonArray queuedOutcomes() const;
    // Forgets tasks, counters, queued outcomes and held (hung) connections; keeps seed and
    // scenario-file settings (the file's rules are queued again).
    void reset();

    QList<RequestCounters::Row> counters() const;
    QJsonArray countersJson() const;
    // Requests answered on one route pattern, e.g. ("POST", "/foxapi/v1/images/generations").
    quint64 requestCount(const QString &method, const QString &routePattern) const;
    quint64 totalRequests() const;
    // Polls (status/result reads) of one task unanswered at the same time: the most ever seen
    // for a task, and how many polls arrived while another of the same task was unanswered.
    int maxConcurrentPolls(const QString &taskId) const;
    quint64 overlappingPolls() const;
    // Provider requests received and not yet answered (held, delayed, trickled), now and the
    // most ever (since start or reset), in total and per provider: a client's concurrency caps
    // seen from the server side (bench_soak compares them with the engine's caps).
    int requestsInFlight() const;
    int peakRequestsInFlight() const;
    QHash<QString, int> peakRequestsInFlightByProvider() const;

    // Lets every task held by "stuck" (of one provider, or all) carry on now; how many were held.
    int releaseStuckTasks(const QString &provider = {});

    int taskCount(const QString &provider = {}) const;
    QJsonArray tasksJson(const QString &provider = {}) const;
    std::optional<QJsonObject> taskJson(const QString &id) const;
    int heldConnectionCount() const;

    // Codes a provider reports inside a task (the values "fail=" is meant for).
    QStringList inTaskCodes(const QString &provider) const;
    // Every code in the sandbox's error table of a provider, with the HTTP status it answers.
    QJsonArray catalogJson(const QString &provider) const;

private:
    using Reply = QueueLensSandbox::SandboxReply;
    using Request = QueueLensSandbox::SandboxRequest;
    using Protocol = QueueLensSandbox::ProviderProtocol;

    Reply dispatch(const Request &request);
    Reply dispatchProvider(Protocol &protocol, const Request &request, const QStringList &segments);
    Reply serveFile(const Request &request, const QStringList &segments);
    Reply index() const;
    QJsonObject describeTask(const QueueLensSandbox::SandboxTask &task, qint64 nowMs) const;

    std::unique_ptr<QueueLensSandbox::SandboxTaskStore> m_store;
    std::unique_ptr<QueueLensSandbox::ResultFactory> m_results;
    std::unique_ptr<QueueLensSandbox::ScenarioMix> m_mix;
    std::unique_ptr<QueueLensSandbox::FaultLayer> m_faults;
    std::unique_ptr<QueueLensSandbox::SandboxContext> m_context;
    RequestCounters m_counters;
    QueueLensSandbox::PollTracker m_polls;
    QueueLensSandbox::InFlightGauge m_inFlight;
    QHash<QString, Protocol *> m_protocols;
    std::vector<std::unique_ptr<Protocol>> m_protocolStorage;
    std::unique_ptr<QueueLensSandbox::AdminApi> m_admin;
    QueueLensSandbox::SandboxHttpServer *m_http = nullptr;   // QObject child
    quint16 m_port = 0;
    QJsonArray m_fileRules;                // scenario-file rules, re-queued on reset()
};
