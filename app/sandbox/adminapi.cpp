#include "adminapi.h"

#include "sandboxserver.h"

#include <QJsonDocument>

#include <optional>

namespace QueueLensSandbox {

namespace {

// A JSON number as a seed, or nullopt when it is no quint64: casting a negative or huge double
// to quint64 is undefined behaviour (found by fuzz_sandbox_request with {"seed":-1}).
std::optional<quint64> seedFromNumber(double value)
{
    if (!(value >= 0 && value < 18446744073709551616.0))   // 2^64; also false for NaN
        return std::nullopt;
    return quint64(value);
}

} // namespace

AdminApi::AdminApi(SandboxServer &server)
    : m_server(server)
{
}

SandboxReply AdminApi::error(int status, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SandboxReply AdminApi::handle(const SandboxRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(1);   // after "__sandbox"
    const QByteArray &method = request.method;
    const QString what = parts.value(0);

    if (parts.isEmpty() || (what == QLatin1String("health") && parts.size() == 1)) {
        if (method != "GET")
            return error(405, QStringLiteral("use GET"));
        return health();
    }
    if (what == QLatin1String("tasks") && method == "GET") {
        if (parts.size() == 1)
            return tasks(request);
        if (parts.size() == 2)
            return task(parts.at(1));
    }
    if (what == QLatin1String("counters") && parts.size() == 1 && method == "GET")
        return counters();
    if (what == QLatin1String("reset") && parts.size() == 1 && method == "POST")
        return reset(request);
    if (what == QLatin1String("next") && parts.size() == 1) {
        if (method == "GET")
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("outcomes"), m_server.queuedOutcomes()}});
        if (method == "POST")
            return queueNext(request);
        if (method == "DELETE") {
            m_server.clearQueuedOutcomes();
            return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        }
    }
    if (what == QLatin1String("release") && parts.size() == 1 && method == "POST") {
        const int released = m_server.releaseStuckTasks(request.queryValue(QStringLiteral("provider")));
        return SandboxReply::json(200, QJsonObject{{QStringLiteral("released"), released}});
    }
    if (what == QLatin1String("seed") && parts.size() == 1 && method == "POST")
        return seed(request);
    if (what == QLatin1String("catalog") && parts.size() == 1 && method == "GET")
        return catalog(request);
    return error(404, QStringLiteral("unknown admin route %1 %2 (see GET /__sandbox/health)")
                          .arg(QString::fromLatin1(method), request.path));
}

SandboxReply AdminApi::health() const
{
    QJsonObject providers;
    for (const QString &id : SandboxServer::providerIds())
        providers.insert(id, m_server.baseUrl(id).toString());
    const auto seed = m_server.seed();
    // Provider requests not yet answered, and the peaks since start or reset (bench_soak).
    QJsonObject peakByProvider;
    const QHash<QString, int> peaks = m_server.peakRequestsInFlightByProvider();
    for (auto it = peaks.constBegin(); it != peaks.constEnd(); ++it)
        peakByProvider.insert(it.key(), it.value());
    const QJsonObject inFlight{{QStringLiteral("now"), m_server.requestsInFlight()},
                               {QStringLiteral("peak"), m_server.peakRequestsInFlight()},
                               {QStringLiteral("peak_by_provider"), peakByProvider}};
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("ok"), true},
                         {QStringLiteral("service"), QStringLiteral("queuelens-sandbox")},
                         {QStringLiteral("scenario_syntax"), QStringLiteral("v%1").arg(SandboxServer::ScenarioSyntaxVersion)},
                         {QStringLiteral("port"), m_server.port()},
                         {QStringLiteral("seed"), seed ? QJsonValue(QString::number(*seed)) : QJsonValue()},
                         {QStringLiteral("tasks"), m_server.taskCount()},
                         {QStringLiteral("requests"), double(m_server.totalRequests())},
                         {QStringLiteral("held_connections"), m_server.heldConnectionCount()},
                         {QStringLiteral("in_flight"), inFlight},
                         {QStringLiteral("providers"), providers},
                         {QStringLiteral("routes"),
                          QJsonArray{QStringLiteral("GET /__sandbox/health"), QStringLiteral("GET /__sandbox/tasks[?provider=]"),
                                     QStringLiteral("GET /__sandbox/tasks/{id}"), QStringLiteral("GET /__sandbox/counters"),
                                     QStringLiteral("POST /__sandbox/reset"), QStringLiteral("POST /__sandbox/release[?provider=]"),
                                     QStringLiteral("GET|POST|DELETE /__sandbox/next"),
                                     QStringLiteral("POST /__sandbox/seed"), QStringLiteral("GET /__sandbox/catalog[?provider=]")}}});
}

SandboxReply AdminApi::tasks(const SandboxRequest &request) const
{
    const QString provider = request.queryValue(QStringLiteral("provider"));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("tasks"), m_server.tasksJson(provider)}});
}

SandboxReply AdminApi::task(const QString &id) const
{
    const auto object = m_server.taskJson(id);
    if (!object)
        return error(404, QStringLiteral("no task %1").arg(id));
    return SandboxReply::json(200, *object);
}

SandboxReply AdminApi::counters() const
{
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("counters"), m_server.countersJson()},
                                               {QStringLiteral("total"), double(m_server.totalRequests())},
                                               {QStringLiteral("overlapping_polls"), double(m_server.overlappingPolls())}});
}

SandboxReply AdminApi::reset(const SandboxRequest &request)
{
    m_server.reset();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.contains(QLatin1StringView("seed"))) {
        const QJsonValue seed = body.value(QLatin1StringView("seed"));
        if (seed.isNull())
            m_server.clearSeed();
        else if (const auto value = seedFromNumber(seed.toDouble()))
            m_server.setSeed(*value);
        else
            return error(400, QStringLiteral("\"seed\" must be a non-negative integer or null"));
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

SandboxReply AdminApi::queueNext(const SandboxRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return error(400, QStringLiteral("body must be a JSON object: {\"provider\",\"route\",\"scenario\",\"count\"}"));
    const QJsonObject body = doc.object();
    const QString provider = body.value(QLatin1StringView("provider")).toString();
    if (provider.isEmpty())
        return error(400, QStringLiteral("\"provider\" is required (a provider id or \"*\")"));
    QString problem;
    if (!m_server.queueOutcome(provider, body.value(QLatin1StringView("route")).toString(QStringLiteral("*")),
                               body.value(QLatin1StringView("scenario")).toString(),
                               body.value(QLatin1StringView("count")).toInt(1), &problem)) {
        return error(400, problem);
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("outcomes"), m_server.queuedOutcomes()}});
}

SandboxReply AdminApi::seed(const SandboxRequest &request)
{
    const QJsonValue seed = QJsonDocument::fromJson(request.body).object().value(QLatin1StringView("seed"));
    if (seed.isNull()) {
        m_server.clearSeed();
    } else if (const auto value = seed.isDouble() ? seedFromNumber(seed.toDouble()) : std::nullopt) {
        m_server.setSeed(*value);
    } else if (seed.isString() && !seed.toString().isEmpty()) {
        bool ok = false;
        const quint64 value = seed.toString().toULongLong(&ok);
        if (!ok)
            return error(400, QStringLiteral("\"seed\" must be a non-negative integer or null"));
        m_server.setSeed(value);
    } else {
        return error(400, QStringLiteral("\"seed\" must be a non-negative integer or null"));
    }
    return health();
}

SandboxReply AdminApi::catalog(const SandboxRequest &request) const
{
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("codes"), m_server.catalogJson(request.queryValue(QStringLiteral("provider")))}});
}

} // namespace QueueLensSandbox
