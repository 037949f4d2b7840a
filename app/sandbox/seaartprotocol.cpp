#include "seaartprotocol.h"

#include "resultfactory.h"

#include "sandboxerrortables.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace QueueLensSandbox {

namespace {

const QStringList &errorTypes()
{
    static const QStringList types{QStringLiteral("INFERENCE_FAILURE"), QStringLiteral("INFERENCE_TIMEOUT"),
                                   QStringLiteral("REQUEST_INVALID"),   QStringLiteral("CONTENT_BLOCKED"),
                                   QStringLiteral("CANCELED"),          QStringLiteral("INTERNAL_SERVER_ERROR")};
    return types;
}

const QStringList &cancelStatuses()
{
    static const QStringList statuses{QStringLiteral("ALREADY_COMPLETED"), QStringLiteral("NOT_FOUND"),
                                      QStringLiteral("CANCELLATION_REQUESTED"), QStringLiteral("OK")};
    return statuses;
}

bool looksLikeMachineCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    return pattern.match(code).hasMatch();
}

bool isVideoEndpoint(const QString &endpoint)
{
    static const QRegularExpression pattern(QStringLiteral("(i2v|t2v|v2v|video|veo|kling|seedance|hailuo|vidu|wan2)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(endpoint).hasMatch();
}

// Webhook information anywhere in the request is rejected (body keys, query, headers).
bool carriesWebhook(const SandboxRequest &request, const QJsonObject &body)
{
    auto mentions = [](const QString &name) {
        return name.contains(QLatin1String("webhook"), Qt::CaseInsensitive);
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (mentions(it.key()))
            return true;
    }
    const auto items = request.query.queryItems();
    for (const auto &item : items) {
        if (mentions(item.first))
            return true;
    }
    for (const auto &header : request.headers) {
        if (mentions(QString::fromLatin1(header.first)))
            return true;
    }
    return false;
}

} // namespace

SandboxRoute SeaArtProtocol::match(const QByteArray &method, const QStringList &s) const
{
    const QString base = QStringLiteral("/seaart/v1/queue/{endpoint}");
    if (s.size() < 3 || s.at(0) != QLatin1String("v1") || s.at(1) != QLatin1String("queue"))
        return {};
    if (s.size() == 3 && method == "POST")
        return {Submit, RouteKind::Submit, base, {s.at(2)}};
    if (s.size() == 4 && s.at(3) == QLatin1String("sync") && method == "POST")
        return {Sync, RouteKind::Other, base + QStringLiteral("/sync"), {s.at(2)}};
    if (s.size() < 6 || s.at(3) != QLatin1String("requests"))
        return {};
    const QStringList args{s.at(2), s.at(4)};
    const QString request = base + QStringLiteral("/requests/{id}");
    if (s.size() == 6 && s.at(5) == QLatin1String("status") && method == "GET")
        return {Status, RouteKind::Poll, request + QStringLiteral("/status"), args};
    if (s.size() == 7 && s.at(5) == QLatin1String("status") && s.at(6) == QLatin1String("stream") && method == "GET")
        return {StatusStream, RouteKind::Other, request + QStringLiteral("/status/stream"), args};
    if (s.size() == 6 && s.at(5) == QLatin1String("response") && method == "GET")
        return {Response, RouteKind::Poll, request + QStringLiteral("/response"), args};
    if (s.size() == 6 && s.at(5) == QLatin1String("cancel") && method == "PUT")
        return {Cancel, RouteKind::Cancel, request + QStringLiteral("/cancel"), args};
    return {};
}

std::optional<ProviderProtocol::AuthProblem> SeaArtProtocol::checkAuth(const SandboxRequest &request, QString *key) const
{
    return checkScheme(request, {QStringLiteral("Key"), QStringLiteral("Bearer")}, false, key);
}

SandboxReply SeaArtProtocol::handle(RequestState &state)
{
    switch (state.route.handler) {
    case Submit:
        return submit(state);
    case Sync:
        return catalogError(QStringLiteral("Not Found"), 404, {});
    case Status:
        return status(state, false);
    case StatusStream:
        return catalogError(QStringLiteral("SSE streaming not supported"), statusFor(QStringLiteral("SSE streaming not supported")), {});
    case Response:
        return status(state, true);
    case Cancel:
        return cancel(state);
    }
    return unknownRoute(state.request);
}

SandboxReply SeaArtProtocol::submit(RequestState &state)
{
    const QString endpoint = state.route.args.value(0);
    const std::optional<QJsonObject> body = bodyObject(state.request);
    if (!body)
        return invalidRequest(QStringLiteral("Input should be a valid JSON object"));
    if (carriesWebhook(state.request, *body))
        return catalogError(QStringLiteral("webhook not supported"), statusFor(QStringLiteral("webhook not supported")), {});
    // The sandbox knows every endpoint except the one the docs use as their bad example.
    if (endpoint.startsWith(QLatin1String("not_exists")))
        return catalogError(QStringLiteral("App not found"), 404, endpoint);

    const QString prompt = body->value(QLatin1StringView("prompt")).toString();
    SubmitPlan plan = planSubmit(state, prompt);
    if (plan.reject)
        return *plan.reject;

    SandboxTask draft;
    draft.id = QStringLiteral("mmsu_") + randomToken(plan.rng, 26, "0123456789abcdefghjkmnpqrstvwxyz");
    draft.endpoint = endpoint;
    draft.model = endpoint;
    draft.input = *body;
    draft.media = isVideoEndpoint(endpoint) ? MediaKind::Video : MediaKind::Image;
    draft.outputs = std::clamp(body->value(QLatin1StringView("num_images")).toInt(1), 1, 4);
    SandboxTask *task = createTask(state, plan, std::move(draft));

    // Like fal, an unusable input is accepted and fails inside the task, not at submit.
    const bool hasInput = !plan.cleanPrompt.trimmed().isEmpty() || body->contains(QLatin1StringView("img_url"))
                          || body->contains(QLatin1StringView("image_url"));
    if (!hasInput && task->outcome == TaskOutcome::Succeed) {
        task->outcome = TaskOutcome::Fail;
        task->failCode = QStringLiteral("REQUEST_INVALID");
    }

    return SandboxReply::json(200, QJsonObject{
                                       {QStringLiteral("request_id"), task->id},
                                       {QStringLiteral("response_url"), requestUrl(*task, QStringLiteral("/response"))},
                                       {QStringLiteral("status_url"), requestUrl(*task, QStringLiteral("/status"))},
                                       {QStringLiteral("cancel_url"), requestUrl(*task, QStringLiteral("/cancel"))},
                                       {QStringLiteral("queue_position"), 0},
                                   });
}

SandboxReply SeaArtProtocol::status(RequestState &state, bool resultRoute)
{
    SandboxTask *task = visibleTask(state.route.args.value(1));
    // A request under another endpoint is as unknown as a wrong id.
    if (!task || task->endpoint != state.route.args.value(0))
        return catalogError(QStringLiteral("Request not found"), 404, {});
    state.task = task;
    const qint64 nowMs = state.nowMs;
    const TaskPhase phase = task->phaseAt(nowMs);
    const bool withLogs = state.request.queryValue(QStringLiteral("logs")) == QLatin1String("1");

    if (!SandboxTask::isTerminal(phase)) {
        // fal answers 202 while the request is not finished, on both routes.
        return SandboxReply::json(202, statusBody(*task, nowMs, withLogs));
    }
    if (!resultRoute)
        return SandboxReply::json(200, statusBody(*task, nowMs, withLogs));
    if (phase == TaskPhase::Succeeded)
        return SandboxReply::json(200, resultBody(*task));

    // A failed request has no outputs; the result route reports the failure fal-style.
    const QString type = errorTypeOf(*task, phase);
    SandboxReply reply = SandboxReply::json(statusFor(type), QJsonObject{
                                                                {QStringLiteral("detail"), messageFor(type)},
                                                                {QStringLiteral("error_type"), type},
                                                                {QStringLiteral("request_id"), task->id},
                                                            });
    return reply;
}

SandboxReply SeaArtProtocol::cancel(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(1));
    if (!task || task->endpoint != state.route.args.value(0))
        return catalogError(QStringLiteral("NOT_FOUND"), 404, {});
    if (task->isTerminalAt(state.nowMs))
        return catalogError(QStringLiteral("ALREADY_COMPLETED"), 400, {});
    // Queued requests are removed at once; a running one honours the signal at once too.
    task->cancelledMs = state.nowMs;
    return SandboxReply::json(202, QJsonObject{{QStringLiteral("status"), QStringLiteral("CANCELLATION_REQUESTED")}});
}

QString SeaArtProtocol::requestUrl(const SandboxTask &task, const QString &suffix) const
{
    return m_ctx.providerBase(id()) + QStringLiteral("/v1/queue/") + task.endpoint + QStringLiteral("/requests/")
           + task.id + suffix;
}

QString SeaArtProtocol::errorTypeOf(const SandboxTask &task, TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Cancelled: return QStringLiteral("CANCELED");
    case TaskPhase::TimedOut: return QStringLiteral("INFERENCE_TIMEOUT");
    case TaskPhase::Failed: return task.failCode.isEmpty() ? QStringLiteral("INFERENCE_FAILURE") : task.failCode;
    default: break;
    }
    return {};
}

QString SeaArtProtocol::messageFor(const QString &errorType)
{
    if (errorType == QLatin1String("INFERENCE_FAILURE"))
        return QStringLiteral("Task execution failed");
    if (errorType == QLatin1String("INFERENCE_TIMEOUT"))
        return QStringLiteral("Task execution timed out");
    if (errorType == QLatin1String("REQUEST_INVALID"))
        return QStringLiteral("Task input is invalid");
    if (errorType == QLatin1String("CONTENT_BLOCKED"))
        return QStringLiteral("Task blocked by content safety review");
    if (errorType == QLatin1String("CANCELED"))
        return QStringLiteral("Task was cancelled");
    if (errorType == QLatin1String("INTERNAL_SERVER_ERROR"))
        return QStringLiteral("Internal server error");
    return QStringLiteral("Task failed: ") + errorType;
}

QJsonObject SeaArtProtocol::statusBody(const SandboxTask &task, qint64 nowMs, bool withLogs) const
{
    const TaskPhase phase = task.phaseAt(nowMs);
    QJsonObject body{{QStringLiteral("request_id"), task.id},
                     {QStringLiteral("response_url"), requestUrl(task, QStringLiteral("/response"))},
                     {QStringLiteral("status_url"), requestUrl(task, QStringLiteral("/status"))},
                     {QStringLiteral("cancel_url"), requestUrl(task, QStringLiteral("/cancel"))}};
    if (phase == TaskPhase::Queued) {
        body.insert(QStringLiteral("status"), QStringLiteral("IN_QUEUE"));
        body.insert(QStringLiteral("queue_position"), 0);
        return body;
    }
    if (phase == TaskPhase::Running) {
        body.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
        if (withLogs) {
            const int progress = task.progressAt(nowMs);
            body.insert(QStringLiteral("logs"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("timestamp"), task.wallTime(nowMs).toString(Qt::ISODateWithMs)},
                            {QStringLiteral("level"), QStringLiteral("INFO")},
                            {QStringLiteral("source"), QStringLiteral("user")},
                            {QStringLiteral("message"), QStringLiteral("progress %1%").arg(progress)}}});
        }
        return body;
    }
    body.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
    if (withLogs)
        body.insert(QStringLiteral("logs"), QJsonArray{});
    if (phase == TaskPhase::Succeeded) {
        body.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("inference_time"), double(task.runMs) / 1000.0}});
        return body;
    }
    const QString type = errorTypeOf(task, phase);
    body.insert(QStringLiteral("error"), messageFor(type));
    body.insert(QStringLiteral("error_type"), type);
    return body;
}

QJsonObject SeaArtProtocol::resultBody(const SandboxTask &task)
{
    QJsonArray outputs;
    for (int i = 0; i < (task.media == MediaKind::Video ? 1 : task.outputs); ++i) {
        const QString name = ResultFactory::mainFileName(task, i);
        const auto file = m_ctx.results->file(task, name);
        QJsonObject output{{QStringLiteral("type"), task.media == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("image")},
                           {QStringLiteral("url"), fileUrl(task, name)},
                           {QStringLiteral("content_type"), QString::fromLatin1(ResultFactory::contentTypeOf(name))},
                           {QStringLiteral("file_name"), task.id + QLatin1Char('_') + name},
                           {QStringLiteral("width"), file ? file->size.width() : 0},
                           {QStringLiteral("height"), file ? file->size.height() : 0},
                           {QStringLiteral("file_size"), file ? double(file->bytes.size()) : 0.0}};
        if (task.media == MediaKind::Video)
            output.insert(QStringLiteral("duration"), ResultFactory::videoDurationSeconds());
        outputs.append(output);
    }
    return QJsonObject{{QStringLiteral("request_id"), task.id},
                       {QStringLiteral("outputs"), outputs},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("prompt"), task.prompt}}}};
}

SandboxReply SeaArtProtocol::gateway(int status, const QString &code, const QString &message) const
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                                        {QStringLiteral("message"), message}}},
                                                  {QStringLiteral("request_id"), traceId()}});
}

SandboxReply SeaArtProtocol::detail(int status, const QString &text)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("detail"), text}});
}

SandboxReply SeaArtProtocol::catalogError(const QString &code, int status, const QString &detailText) const
{
    if (errorTypes().contains(code)) {
        // Runtime failures outside a task are reported fal-style: detail + error_type.
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("detail"), messageFor(code)},
                                                      {QStringLiteral("error_type"), code}});
    }
    if (cancelStatuses().contains(code))
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("status"), code}});
    if (code == QLatin1String("UNAUTHORIZED"))
        return gateway(status, code, QStringLiteral("Authorization Bearer or Key token is required"));
    if (code == QLatin1String("RATE_LIMIT_EXCEEDED"))
        return gateway(status, code, QStringLiteral("Rate limit exceeded, please try again later"));
    if (looksLikeMachineCode(code))
        return gateway(status, code, QStringLiteral("Request rejected: %1").arg(code));
    // Message-style identifiers are the detail text itself.
    QString text = code;
    if (code == QLatin1String("App not found"))
        text += QStringLiteral(": ") + (detailText.isEmpty() ? QStringLiteral("not_exists") : detailText);
    else if (!detailText.isEmpty())
        text += QStringLiteral(": ") + detailText;
    return detail(status, text);
}

SandboxReply SeaArtProtocol::statusError(int status) const
{
    switch (status) {
    case 401: return catalogError(QStringLiteral("UNAUTHORIZED"), 401, {});
    case 429: return catalogError(QStringLiteral("RATE_LIMIT_EXCEEDED"), 429, {});
    case 404: return detail(404, QStringLiteral("Not Found"));
    case 500: return detail(500, QStringLiteral("Runtime execution failed"));
    case 502:
    case 503:
    case 504: return proxyErrorPage(status);
    default: break;
    }
    return detail(status, QString::fromLatin1(sandboxReasonPhrase(status)));
}

SandboxReply SeaArtProtocol::unknownRoute(const SandboxRequest &) const
{
    return detail(404, QStringLiteral("Not Found"));
}

SandboxReply SeaArtProtocol::authFailure(AuthProblem problem) const
{
    switch (problem) {
    case AuthProblem::Missing:
        return gateway(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("Authorization Bearer or Key token is required"));
    case AuthProblem::Invalid:
        return gateway(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("Invalid API key"));
    case AuthProblem::NoCredit:
        // Not documented by SeaArt: a 402 from the gateway is the sandbox's best guess.
        return gateway(402, QStringLiteral("INSUFFICIENT_BALANCE"), QStringLiteral("Insufficient account balance"));
    case AuthProblem::Forbidden:
        return detail(403, QStringLiteral("Model not allowed for this user"));
    case AuthProblem::RateLimited:
        return rateLimited(std::nullopt);
    }
    return statusError(401);
}

SandboxReply SeaArtProtocol::invalidRequest(const QString &message) const
{
    // FastAPI validation shape.
    return SandboxReply::json(422, QJsonObject{{QStringLiteral("detail"),
                                                QJsonArray{QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body")}},
                                                                       {QStringLiteral("msg"), message},
                                                                       {QStringLiteral("type"), QStringLiteral("value_error")}}}}});
}

} // namespace QueueLensSandbox
