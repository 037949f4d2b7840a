#include "sandboxserver.h"

#include "adminapi.h"
#include "faultlayer.h"
#include "foxapiprotocol.h"
#include "llmapiprotocol.h"
#include "newapiprotocol.h"
#include "resultfactory.h"
#include "sandboxcontext.h"
#include "sandboxhttpserver.h"
#include "sandboxlogging.h"
#include "scenariomix.h"
#include "scenarioparser.h"
#include "seaartprotocol.h"
#include "sandboxtaskstore.h"
#include "viduprotocol.h"

#include "sandboxerrortables.h"

#include <QFile>
#include <QJsonDocument>

using namespace QueueLensSandbox;

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SandboxTaskStore>())
    , m_results(std::make_unique<ResultFactory>())
    , m_mix(std::make_unique<ScenarioMix>())
    , m_faults(std::make_unique<FaultLayer>())
    , m_context(std::make_unique<SandboxContext>())
{
    m_context->store = m_store.get();
    m_context->results = m_results.get();
    m_context->mix = m_mix.get();

    m_protocolStorage.push_back(std::make_unique<SeaArtProtocol>(*m_context));
    m_protocolStorage.push_back(std::make_unique<FoxApiProtocol>(*m_context));
    m_protocolStorage.push_back(std::make_unique<NewApiProtocol>(*m_context));
    m_protocolStorage.push_back(std::make_unique<LlmApiProtocol>(*m_context));
    m_protocolStorage.push_back(std::make_unique<ViduProtocol>(*m_context));
    for (const auto &protocol : m_protocolStorage)
        m_protocols.insert(protocol->id(), protocol.get());

    m_admin = std::make_unique<AdminApi>(*this);
    m_http = new SandboxHttpServer(this);
    m_http->setHandler([this](const SandboxRequest &request) { return dispatch(request); });
}

SandboxServer::~SandboxServer()
{
    // Held connections and deferred replies belong to the HTTP server, which is destroyed after
    // our members (it is a QObject child): settle them while the result factory still exists.
    if (m_http) {
        m_http->stopListening();
        m_http->waitForBackgroundWork();
    }
}

bool SandboxServer::start(quint16 port)
{
    if (m_port != 0)
        return true;
    m_port = m_http->listenLoopback(port);
    if (m_port == 0) {
        qCWarning(lcSandbox, "could not listen on 127.0.0.1:%u", unsigned(port));
        return false;
    }
    m_context->origin = origin().toString();
    qCInfo(lcSandbox, "sandbox listening on %s", qPrintable(m_context->origin));
    return true;
}

void SandboxServer::stop()
{
    m_http->stopListening();
    m_port = 0;
}

bool SandboxServer::isListening() const
{
    return m_port != 0;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::origin() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::baseUrl(const QString &provider) const
{
    QUrl url = origin();
    url.setPath(QLatin1Char('/') + provider);
    return url;
}

QStringList SandboxServer::providerIds()
{
    return {QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"), QStringLiteral("llmapi"),
            QStringLiteral("vidu")};
}

void SandboxServer::setSeed(quint64 seed)
{
    m_mix->setSeed(seed);
}

void SandboxServer::clearSeed()
{
    m_mix->clearSeed();
}

std::optional<quint64> SandboxServer::seed() const
{
    return m_mix->seed();
}

bool SandboxServer::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadScenarioJson(file.readAll(), error);
}

bool SandboxServer::loadScenarioJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = QStringLiteral("scenario file: ") + message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("version")).toInt() != ScenarioSyntaxVersion)
        return fail(QStringLiteral("\"version\" must be %1").arg(ScenarioSyntaxVersion));
    static const QStringList known{QStringLiteral("version"), QStringLiteral("seed"), QStringLiteral("defaults"),
                                   QStringLiteral("mix"), QStringLiteral("rules"), QStringLiteral("comment")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }

    // Validate everything first, then apply, so a bad file changes nothing.
    Scenario defaults;
    if (root.contains(QLatin1StringView("defaults"))) {
        QString problem;
        const auto parsed = ScenarioParser::parseTokens(root.value(QLatin1StringView("defaults")).toString(), &problem);
        if (!parsed)
            return fail(QStringLiteral("defaults: ") + problem);
        defaults = *parsed;
    }
    QList<ScenarioMix::Entry> mix;
    const QJsonArray mixArray = root.value(QLatin1StringView("mix")).toArray();
    for (qsizetype i = 0; i < mixArray.size(); ++i) {
        const QJsonObject entry = mixArray.at(i).toObject();
        QString problem;
        const auto parsed = ScenarioParser::parseTokens(entry.value(QLatin1StringView("scenario")).toString(), &problem);
        if (!parsed)
            return fail(QStringLiteral("mix[%1]: %2").arg(i).arg(problem));
        const int weight = entry.value(QLatin1StringView("weight")).toInt(1);
        if (weight < 0)
            return fail(QStringLiteral("mix[%1]: weight must not be negative").arg(i));
        mix.append({weight, *parsed});
    }
    const QJsonArray rules = root.value(QLatin1StringView("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString provider = rule.value(QLatin1StringView("provider")).toString(QStringLiteral("*"));
        if (provider != QLatin1String("*") && !m_protocols.contains(provider))
            return fail(QStringLiteral("rules[%1]: unknown provider \"%2\"").arg(i).arg(provider));
        QString problem;
        if (!ScenarioParser::parseTokens(rule.value(QLatin1StringView("scenario")).toString(), &problem))
            return fail(QStringLiteral("rules[%1]: %2").arg(i).arg(problem));
    }
    std::optional<quint64> seed;
    if (root.contains(QLatin1StringView("seed"))) {
        const QJsonValue value = root.value(QLatin1StringView("seed"));
        // Above 2^64 the cast below would be undefined behaviour (found by fuzz_scenario).
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() >= 18446744073709551616.0)
            return fail(QStringLiteral("\"seed\" must be a non-negative number below 2^64"));
        seed = quint64(value.toDouble());
    }

    m_mix->setDefaults(defaults);
    m_mix->setEntries(mix);
    if (seed)
        m_mix->setSeed(*seed);
    else if (!mix.isEmpty() && !m_mix->seed())
        m_mix->setSeed(0);   // a mix without a seed still needs a reproducible draw
    m_fileRules = rules;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        queueOutcome(rule.value(QLatin1StringView("provider")).toString(QStringLiteral("*")),
                     rule.value(QLatin1StringView("route")).toString(QStringLiteral("*")),
                     rule.value(QLatin1StringView("scenario")).toString(), rule.value(QLatin1StringView("count")).toInt(-1));
    }
    return true;
}

bool SandboxServer::queueOutcome(const QString &provider, const QString &route, const QString &scenario, int count,
                                 QString *error)
{
    if (provider != QLatin1String("*") && !m_protocols.contains(provider)) {
        if (error)
            *error = QStringLiteral("unknown provider \"%1\"").arg(provider);
        return false;
    }
    if (count == 0 || count < -1) {
        if (error)
            *error = QStringLiteral("count must be positive, or -1 for every request");
        return false;
    }
    QString problem;
    const auto parsed = ScenarioParser::parseTokens(scenario, &problem);
    if (!parsed) {
        if (error)
            *error = problem;
        return false;
    }
    m_faults->addRule({provider, route, *parsed, count});
    return true;
}

void SandboxServer::clearQueuedOutcomes()
{
    m_faults->clearRules();
}

QJsonArray SandboxServer::queuedOutcomes() const
{
    return m_faults->rulesToJson();
}

void SandboxServer::reset()
{
    m_store->clear();
    m_results->clear();
    m_counters.clear();
    m_polls.clear();
    m_inFlight.restartPeaks();
    m_faults->clearRules();
    m_http->closeHeldConnections();
    for (const QJsonValue &value : std::as_const(m_fileRules)) {
        const QJsonObject rule = value.toObject();
        queueOutcome(rule.value(QLatin1StringView("provider")).toString(QStringLiteral("*")),
                     rule.value(QLatin1StringView("route")).toString(QStringLiteral("*")),
                     rule.value(QLatin1StringView("scenario")).toString(), rule.value(QLatin1StringView("count")).toInt(-1));
    }
}

QList<RequestCounters::Row> SandboxServer::counters() const
{
    return m_counters.rows();
}

QJsonArray SandboxServer::countersJson() const
{
    return m_counters.toJson();
}

quint64 SandboxServer::requestCount(const QString &method, const QString &routePattern) const
{
    return m_counters.total(method, routePattern);
}

quint64 SandboxServer::totalRequests() const
{
    return m_counters.grandTotal();
}

int SandboxServer::maxConcurrentPolls(const QString &taskId) const
{
    return m_polls.maxConcurrent(taskId);
}

quint64 SandboxServer::overlappingPolls() const
{
    return m_polls.overlapping();
}

int SandboxServer::requestsInFlight() const
{
    return m_inFlight.current();
}

int SandboxServer::peakRequestsInFlight() const
{
    return m_inFlight.peak();
}

QHash<QString, int> SandboxServer::peakRequestsInFlightByProvider() const
{
    return m_inFlight.peakByProvider();
}

int SandboxServer::releaseStuckTasks(const QString &provider)
{
    const qint64 now = m_store->nowMs();
    int released = 0;
    for (SandboxTask *task : provider.isEmpty() ? m_store->all() : m_store->ofProvider(provider))
        released += task->release(now);
    return released;
}

int SandboxServer::taskCount(const QString &provider) const
{
    return int(provider.isEmpty() ? m_store->size() : m_store->ofProvider(provider).size());
}

QJsonObject SandboxServer::describeTask(const SandboxTask &task, qint64 nowMs) const
{
    QJsonArray files;
    const QStringList names = ResultFactory::fileNames(task);
    for (const QString &name : names)
        files.append(m_context->fileUrl(task.id, name));
    QString outcome = QStringLiteral("succeed");
    if (task.outcome == TaskOutcome::Fail)
        outcome = QStringLiteral("fail");
    else if (task.outcome == TaskOutcome::Timeout)
        outcome = QStringLiteral("timeout");
    return QJsonObject{{QStringLiteral("id"), task.id},
                       {QStringLiteral("provider"), task.provider},
                       {QStringLiteral("route"), task.submitRoute},
                       {QStringLiteral("endpoint"), task.endpoint},
                       {QStringLiteral("model"), task.model},
                       {QStringLiteral("prompt"), task.prompt},
                       {QStringLiteral("media"), task.media == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("image")},
                       {QStringLiteral("phase"), SandboxTask::phaseId(task.phaseAt(nowMs))},
                       {QStringLiteral("progress"), task.progressAt(nowMs)},
                       {QStringLiteral("age_ms"), double(nowMs - task.createdMs)},
                       {QStringLiteral("queue_ms"), double(task.queueMs)},
                       {QStringLiteral("run_ms"), double(task.runMs)},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("fail_code"), task.failCode},
                       {QStringLiteral("stuck"), task.stuck != StuckPhase::None},
                       {QStringLiteral("vanished"), task.vanishedAt(nowMs)},
                       {QStringLiteral("cancelled"), task.cancelledMs >= 0},
                       {QStringLiteral("poll_faults_left"), task.pollFaultsLeft},
                       {QStringLiteral("max_concurrent_polls"), m_polls.maxConcurrent(task.id)},
                       {QStringLiteral("scenario"), task.scenarioText},
                       {QStringLiteral("files"), files}};
}

QJsonArray SandboxServer::tasksJson(const QString &provider) const
{
    const qint64 nowMs = m_store->nowMs();
    QJsonArray array;
    const auto tasks = provider.isEmpty() ? m_store->all() : m_store->ofProvider(provider);
    for (const SandboxTask *task : tasks)
        array.append(describeTask(*task, nowMs));
    return array;
}

std::optional<QJsonObject> SandboxServer::taskJson(const QString &id) const
{
    const SandboxTask *task = m_store->find(id);
    if (!task)
        return std::nullopt;
    return describeTask(*task, m_store->nowMs());
}

int SandboxServer::heldConnectionCount() const
{
    return m_http->heldConnectionCount();
}

QStringList SandboxServer::inTaskCodes(const QString &provider) const
{
    const ProviderProtocol *protocol = m_protocols.value(provider);
    return protocol ? protocol->inTaskCodes() : QStringList{};
}

QJsonArray SandboxServer::catalogJson(const QString &provider) const
{
    QJsonArray array;
    for (const QString &id : providerIds()) {
        if (!provider.isEmpty() && provider != id)
            continue;
        const ProviderProtocol *protocol = m_protocols.value(id);
        const QStringList inTask = protocol->inTaskCodes();
        for (const SandboxErrorCode &entry : SandboxErrorTables::of(id)) {
            const QString code = QString::fromUtf8(entry.code);
            // documented_status is 0 where the sandbox had to infer the status.
            array.append(QJsonObject{{QStringLiteral("provider"), id},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("documented_status"), entry.inferred ? 0 : entry.status},
                                     {QStringLiteral("inferred"), entry.inferred},
                                     {QStringLiteral("sandbox_status"), protocol->statusFor(code)},
                                     {QStringLiteral("in_task"), inTask.contains(code)}});
        }
    }
    return array;
}

SandboxReply SandboxServer::index() const
{
    QJsonObject providers;
    for (const QString &id : providerIds())
        providers.insert(id, baseUrl(id).toString());
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("service"), QStringLiteral("queuelens-sandbox")},
                                               {QStringLiteral("scenario_syntax"), QStringLiteral("v1")},
                                               {QStringLiteral("providers"), providers},
                                               {QStringLiteral("admin"), origin().toString() + QStringLiteral("/__sandbox")}});
}

SandboxReply SandboxServer::dispatch(const SandboxRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/__sandbox") || path.startsWith(QLatin1String("/__sandbox/")))
        return m_admin->handle(request);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return index();
    if (segments.first() == QLatin1String("files"))
        return serveFile(request, segments);
    if (ProviderProtocol *protocol = m_protocols.value(segments.first()))
        return dispatchProvider(*protocol, request, segments.mid(1));
    SandboxReply reply = SandboxReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown provider")},
                                                             {QStringLiteral("providers"), QJsonArray::fromStringList(providerIds())}});
    return reply;
}

SandboxReply SandboxServer::dispatchProvider(ProviderProtocol &protocol, const SandboxRequest &request,
                                             const QStringList &segments)
{
    const QString method = QString::fromLatin1(request.method);
    const SandboxRoute route = protocol.match(request.method, segments);
    if (!route.isValid()) {
        SandboxReply reply = protocol.unknownRoute(request);
        reply.route = QLatin1Char('/') + protocol.id() + QStringLiteral("/*");
        m_counters.record(method, reply.route, reply.status, {});
        return reply;
    }

    RequestState state{request, route, {}, {}, m_store->nowMs(), nullptr};
    std::optional<SandboxReply> early;

    // Scenario of this request: a queued admin outcome, overridden by the request header.
    if (auto rule = m_faults->takeRule(protocol.id(), request.method, route))
        state.scenario = *rule;
    const QByteArray header = request.header("x-sandbox-scenario");
    if (!header.isEmpty()) {
        QString problem;
        const auto parsed = ScenarioParser::fromHeader(header, &problem);
        if (parsed)
            state.scenario.overrideWith(*parsed);
        else
            early = protocol.invalidRequest(problem);
    }

    SandboxReply reply;
    if (early) {
        reply = *early;
    } else if (state.scenario.rejectsRequest()) {
        // A rule or header rejection comes before anything reads the body, like a gateway's.
        // (A rejection asked for in a prompt directive is decided in planSubmit.)
        reply = protocol.rejection(state.scenario, nullptr);
    } else if (const auto problem = protocol.checkAuth(request, &state.apiKey)) {
        reply = *problem == ProviderProtocol::AuthProblem::RateLimited ? protocol.rateLimited(state.scenario.retryAfter)
                                                                        : protocol.authFailure(*problem);
        reply.fault = ProviderProtocol::specialKeyProblemName(*problem);
    } else {
        reply = protocol.handle(state);
    }

    // Faults the task itself carries for its polls (poll-fault, poll-count, poll-delay).
    if (state.task && route.kind == RouteKind::Poll) {
        SandboxTask &task = *state.task;
        if (task.pollFaultsLeft > 0) {
            --task.pollFaultsLeft;
            if (task.pollFault.rejects()) {
                reply = task.pollFault.status == 429 ? protocol.rateLimited(std::nullopt)
                                                     : protocol.statusError(task.pollFault.status);
                reply.fault = task.pollFault.label();
            } else {
                FaultLayer::shapeFault(reply, task.pollFault, task.pollDelayMs, FaultLayer::DefaultOversizeBytes);
            }
        }
        if (task.pollDelayMs > 0 && reply.mode == DeliveryMode::Normal) {
            reply.mode = DeliveryMode::Delayed;
            reply.delayMs = task.pollDelayMs;
        }
    }
    if (!early)
        FaultLayer::shape(reply, state.scenario);
    // The poll is in flight until the transport has written its answer (or the client left).
    if (state.task && route.kind == RouteKind::Poll)
        reply.onEnd = m_polls.begin(state.task->id);
    // Every provider request is in flight until its answer is out, whatever the route.
    reply.onEnd = m_inFlight.begin(protocol.id(), reply.onEnd);

    reply.route = route.pattern;
    m_counters.record(method, route.pattern, reply.mode == DeliveryMode::Hang ? 0 : reply.status, reply.fault);
    return reply;
}

SandboxReply SandboxServer::serveFile(const SandboxRequest &request, const QStringList &segments)
{
    const QString pattern = QStringLiteral("/files/{id}/{name}");
    SandboxReply reply;
    const SandboxTask *task = segments.size() == 3 ? m_store->find(segments.at(1)) : nullptr;
    const QString name = segments.value(2);
    const bool readable = request.method == "GET" || request.method == "HEAD";
    if (task && readable && ResultFactory::fileNames(*task).contains(name)) {
        auto fileReply = [](const ResultFactory::File &file) {
            SandboxReply ok = SandboxReply::raw(200, file.contentType, file.bytes);
            ok.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400"));
            return ok;
        };
        if (m_results->isCached(task->id, name)) {
            reply = fileReply(*m_results->file(*task, name));
        } else {
            // Drawn on a worker thread from a copy of the task: the store may change meanwhile.
            reply.status = 200;
            reply.mode = DeliveryMode::Deferred;
            reply.produce = [results = m_results.get(), copy = *task, name, fileReply] {
                const auto file = results->file(copy, name);
                return file ? fileReply(*file) : SandboxReply::raw(500, QByteArrayLiteral("text/plain"), QByteArrayLiteral("render failed\n"));
            };
        }
    } else {
        reply = SandboxReply::raw(404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("file not found\n"));
    }
    reply.route = pattern;
    m_counters.record(QString::fromLatin1(request.method), pattern, reply.status, {});
    return reply;
}
