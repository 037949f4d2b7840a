#include "llmapiprotocol.h"

#include "resultfactory.h"
#include "sandboxtaskstore.h"

#include "sandboxerrortables.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace QueueLensSandbox {

namespace {

bool isSupportedModel(const QString &model)
{
    const QString m = model.toLower();
    return m.startsWith(QLatin1String("gpt-image")) || m.startsWith(QLatin1String("dall-e"))
           || (m.startsWith(QLatin1String("gemini")) && m.contains(QLatin1String("image")));
}

// Codes that are task statuses rather than reasons: they are reported through "status".
bool isStatusCode(const QString &code)
{
    return code == QLatin1String("failed") || code == QLatin1String("timeout") || code == QLatin1String("canceled");
}

} // namespace

SandboxRoute LlmApiProtocol::match(const QByteArray &method, const QStringList &s) const
{
    const QString tasks = QStringLiteral("/llmapi/v1/images/tasks");
    if (s.size() >= 3 && s.at(0) == QLatin1String("v1") && s.at(1) == QLatin1String("images")
        && s.at(2) == QLatin1String("tasks")) {
        if (s.size() == 3 && method == "POST")
            return {Submit, RouteKind::Submit, tasks, {}};
        if (s.size() == 3 && method == "GET")
            return {List, RouteKind::List, tasks, {}};
        if (s.size() == 4 && s.at(3) == QLatin1String("events") && method == "GET")
            return {Events, RouteKind::Other, tasks + QStringLiteral("/events"), {}};
        if (s.size() == 4 && method == "GET")
            return {Detail, RouteKind::Poll, tasks + QStringLiteral("/{id}"), {s.at(3)}};
        if (s.size() == 5 && s.at(4) == QLatin1String("cancel") && method == "POST")
            return {Cancel, RouteKind::Cancel, tasks + QStringLiteral("/{id}/cancel"), {s.at(3)}};
        return {};
    }
    if (s == QStringList{QStringLiteral("v1"), QStringLiteral("images"), QStringLiteral("generations")} && method == "POST")
        return {OpenAiImages, RouteKind::Other, QStringLiteral("/llmapi/v1/images/generations"), {}};
    if (s == QStringList{QStringLiteral("v1"), QStringLiteral("messages"), QStringLiteral("count_tokens")} && method == "POST")
        return {CountTokens, RouteKind::Other, QStringLiteral("/llmapi/v1/messages/count_tokens"), {}};
    if (s == QStringList{QStringLiteral("v1"), QStringLiteral("messages")} && method == "POST")
        return {Messages, RouteKind::Other, QStringLiteral("/llmapi/v1/messages"), {}};
    if (s.size() == 3 && s.at(0) == QLatin1String("v1beta") && s.at(1) == QLatin1String("models") && method == "POST")
        return {Gemini, RouteKind::Other, QStringLiteral("/llmapi/v1beta/models/{model}"), {s.at(2)}};
    return {};
}

SandboxReply LlmApiProtocol::handle(RequestState &state)
{
    switch (state.route.handler) {
    case Submit: return submit(state);
    case List: return list(state);
    case Detail: return detail(state);
    case Cancel: return cancel(state);
    case Events: return events(state);
    case OpenAiImages:
        // Image-batch keys are not an OpenAI group: the synchronous route is closed to them.
        return catalogError(QStringLiteral("Images API is not supported for this platform"), 404, {});
    case CountTokens:
        return catalogError(QStringLiteral("Token counting is not supported for this platform"), 404, {});
    case Messages: return messages(state);
    case Gemini: return gemini(state);
    }
    return unknownRoute(state.request);
}

SandboxReply LlmApiProtocol::submit(RequestState &state)
{
    const SandboxRequest &request = state.request;
    if (request.body.size() > MaxBodyBytes)
        return statusError(413);
    if (request.header("content-type").startsWith("multipart/"))
        return catalogError(QStringLiteral("IMAGE_TASK_UNSUPPORTED_FEATURE"), 400, QStringLiteral("multipart requests are not supported"));
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return catalogError(QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), 400, QStringLiteral("request body must be a JSON object"));

    const QJsonValue promptValue = body->value(QLatin1StringView("prompt"));
    SubmitPlan plan = planSubmit(state, promptValue.toString());
    if (plan.reject)
        return *plan.reject;
    if (!promptValue.isString() || plan.cleanPrompt.trimmed().isEmpty())
        return catalogError(QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), 400, QStringLiteral("prompt must be a non-empty string"));
    if (body->value(QLatin1StringView("stream")).toBool(false))
        return catalogError(QStringLiteral("IMAGE_TASK_UNSUPPORTED_FEATURE"), 400, QStringLiteral("stream must be false"));
    QString model = body->value(QLatin1StringView("model")).toString(QStringLiteral("gpt-image-2"));
    if (model == QLatin1String("image2"))
        model = QStringLiteral("gpt-image-2");
    if (!isSupportedModel(model))
        return catalogError(QStringLiteral("IMAGE_TASK_UNSUPPORTED_MODEL"), 400, model);
    const QJsonValue format = body->value(QLatin1StringView("response_format"));
    if (!format.isUndefined() && format.toString() != QLatin1String("url") && format.toString() != QLatin1String("b64_json"))
        return catalogError(QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), 400, QStringLiteral("response_format must be url or b64_json"));
    const int n = body->value(QLatin1StringView("n")).toInt(1);
    if (n < 1)
        return catalogError(QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), 400, QStringLiteral("n must be at least 1"));
    if (n > MaxImagesPerTask)
        return catalogError(QStringLiteral("IMAGE_TASK_QUEUE_LIMIT_EXCEEDED"), 429,
                            QStringLiteral("n exceeds the per-task limit of %1").arg(MaxImagesPerTask));

    SandboxTask draft;
    draft.id = QStringLiteral("imgtask_") + randomToken(plan.rng, 24, "0123456789abcdef");
    draft.endpoint = QStringLiteral("image");
    draft.model = model;
    draft.input = *body;
    draft.media = MediaKind::Image;
    draft.outputs = n;
    SandboxTask *task = createTask(state, plan, std::move(draft));
    SandboxReply reply = SandboxReply::json(202, taskObject(*task, state.nowMs));
    reply.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/llmapi/v1/images/tasks/") + task->id.toLatin1());
    return reply;
}

SandboxTask *LlmApiProtocol::ownTask(const RequestState &state) const
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    // A task of another key is reported exactly like a missing one.
    if (!task || task->apiKey != state.apiKey)
        return nullptr;
    return task;
}

SandboxReply LlmApiProtocol::detail(RequestState &state)
{
    SandboxTask *task = ownTask(state);
    if (!task)
        return catalogError(QStringLiteral("IMAGE_TASK_NOT_FOUND"), 404, {});
    state.task = task;
    return SandboxReply::json(200, taskObject(*task, state.nowMs));
}

SandboxReply LlmApiProtocol::cancel(RequestState &state)
{
    SandboxTask *task = ownTask(state);
    if (!task)
        return catalogError(QStringLiteral("IMAGE_TASK_NOT_FOUND"), 404, {});
    if (task->isTerminalAt(state.nowMs))
        return catalogError(QStringLiteral("IMAGE_TASK_ALREADY_TERMINAL"), 409, {});
    task->cancelledMs = state.nowMs;
    return SandboxReply::json(200, taskObject(*task, state.nowMs));
}

SandboxReply LlmApiProtocol::list(RequestState &state)
{
    const int limit = std::clamp(state.request.queryValue(QStringLiteral("limit")).toInt() > 0
                                     ? state.request.queryValue(QStringLiteral("limit")).toInt()
                                     : 20,
                                 1, 100);
    const QString statusFilter = state.request.queryValue(QStringLiteral("status"));
    const QString after = state.request.queryValue(QStringLiteral("after"));

    QList<SandboxTask *> tasks = m_ctx.store->ofProvider(id());
    std::reverse(tasks.begin(), tasks.end());   // newest first
    QJsonArray data;
    bool skipping = !after.isEmpty();
    bool more = false;
    for (SandboxTask *task : std::as_const(tasks)) {
        if (task->apiKey != state.apiKey || task->vanishedAt(state.nowMs))
            continue;
        if (skipping) {
            skipping = task->id != after;
            continue;
        }
        if (!statusFilter.isEmpty() && statusText(task->phaseAt(state.nowMs)) != statusFilter)
            continue;
        if (data.size() >= limit) {
            more = true;
            break;
        }
        data.append(taskObject(*task, state.nowMs));
    }
    QJsonObject body{{QStringLiteral("object"), QStringLiteral("list")},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("has_more"), more}};
    if (!data.isEmpty()) {
        body.insert(QStringLiteral("first_id"), data.first().toObject().value(QLatin1StringView("id")));
        body.insert(QStringLiteral("last_id"), data.last().toObject().value(QLatin1StringView("id")));
    }
    return SandboxReply::json(200, body);
}

SandboxReply LlmApiProtocol::events(RequestState &state)
{
    // A snapshot of the caller's queued and running tasks, then the stream ends: clients are
    // told to keep list/detail polling as the fallback after a reconnect, and this exercises it.
    QByteArray stream;
    const auto tasks = m_ctx.store->ofProvider(id());
    for (SandboxTask *task : tasks) {
        if (task->apiKey != state.apiKey || task->vanishedAt(state.nowMs) || task->isTerminalAt(state.nowMs))
            continue;
        stream += QByteArrayLiteral("event: image_task.updated\ndata: ")
                  + QJsonDocument(taskObject(*task, state.nowMs)).toJson(QJsonDocument::Compact) + QByteArrayLiteral("\n\n");
    }
    stream += QByteArrayLiteral(": heartbeat\n\n");
    SandboxReply reply = SandboxReply::raw(200, QByteArrayLiteral("text/event-stream"), stream);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return reply;
}

SandboxReply LlmApiProtocol::messages(RequestState &state)
{
    if (state.request.body.trimmed().isEmpty())
        return catalogError(QStringLiteral("Request body is empty"), 400, {});
    return anthropicStyle(400, QStringLiteral("invalid_request_error"),
                          QStringLiteral("this API key belongs to an image batch group; use /v1/images/tasks"));
}

SandboxReply LlmApiProtocol::gemini(RequestState &state)
{
    if (!bodyObject(state.request)) {
        // Google's own shape: numeric code, message, status string.
        return SandboxReply::json(400, QJsonObject{{QStringLiteral("error"),
                                                    QJsonObject{{QStringLiteral("code"), 400},
                                                                {QStringLiteral("message"), QStringLiteral("Invalid JSON payload received.")},
                                                                {QStringLiteral("status"), QStringLiteral("INVALID_ARGUMENT")}}}});
    }
    return catalogError(QStringLiteral("API key group platform is not gemini"), 400, {});
}

QString LlmApiProtocol::statusText(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Queued: return QStringLiteral("queued");
    case TaskPhase::Running: return QStringLiteral("running");
    case TaskPhase::Succeeded: return QStringLiteral("succeeded");
    case TaskPhase::Failed: return QStringLiteral("failed");
    case TaskPhase::TimedOut: return QStringLiteral("timeout");
    case TaskPhase::Cancelled: return QStringLiteral("canceled");
    }
    return {};
}

QJsonObject LlmApiProtocol::taskObject(const SandboxTask &task, qint64 nowMs) const
{
    TaskPhase phase = task.phaseAt(nowMs);
    // fail=timeout / fail=canceled end in that status rather than "failed".
    QString status = statusText(phase);
    if (phase == TaskPhase::Failed && isStatusCode(task.failCode))
        status = task.failCode;

    auto stamp = [&task](qint64 ms) -> QJsonValue {
        return ms >= 0 ? QJsonValue(double(task.wallTime(ms).toSecsSinceEpoch())) : QJsonValue();
    };
    QJsonObject object{{QStringLiteral("id"), task.id},
                       {QStringLiteral("task_id"), task.id},
                       {QStringLiteral("object"), QStringLiteral("image.task")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("model"), task.model},
                       {QStringLiteral("n"), task.outputs},
                       {QStringLiteral("prompt"), task.prompt},
                       {QStringLiteral("size"), task.input.value(QLatin1StringView("size")).toString(QStringLiteral("1024x1024"))},
                       {QStringLiteral("created_at"), double(unixSeconds(task.createdUtc))},
                       {QStringLiteral("started_at"), stamp(task.startedMsAt(nowMs))},
                       {QStringLiteral("completed_at"), stamp(task.finishedMsAt(nowMs))}};

    if (phase == TaskPhase::Succeeded) {
        // response_format defaults to b64_json (seed 003 / async-image-tasks page); only an
        // explicit "url" gets links to the stored files.
        const bool asUrl = task.input.value(QLatin1StringView("response_format")).toString() == QLatin1String("url");
        QJsonArray data;
        for (int i = 0; i < task.outputs; ++i) {
            if (asUrl) {
                data.append(QJsonObject{{QStringLiteral("url"), fileUrl(task, ResultFactory::mainFileName(task, i))}});
            } else {
                data.append(QJsonObject{{QStringLiteral("b64_json"),
                                         QString::fromLatin1(ResultFactory::smallPng(task, i).toBase64())}});
            }
        }
        object.insert(QStringLiteral("data"), data);
    } else if (phase == TaskPhase::TimedOut || (phase == TaskPhase::Failed && isStatusCode(task.failCode))) {
        // The status is the reason; the error carries only words.
        if (status != QLatin1String("canceled"))
            object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), messageFor(status)}});
    } else if (phase == TaskPhase::Failed) {
        const QString type = task.failCode.isEmpty() ? QStringLiteral("api_error") : task.failCode;
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                           {QStringLiteral("message"), messageFor(type)}});
    }
    return object;
}

QString LlmApiProtocol::messageFor(const QString &code)
{
    static const QHash<QString, QString> messages{
        {QStringLiteral("IMAGE_TASKS_DISABLED"), QStringLiteral("async image tasks are disabled")},
        {QStringLiteral("IMAGE_TASK_STORAGE_UNAVAILABLE"), QStringLiteral("object storage is not configured or unavailable")},
        {QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), QStringLiteral("invalid image task request")},
        {QStringLiteral("IMAGE_TASK_UNSUPPORTED_MODEL"), QStringLiteral("model is not a supported image model")},
        {QStringLiteral("IMAGE_TASK_UNSUPPORTED_FEATURE"), QStringLiteral("feature is not supported by async image tasks")},
        {QStringLiteral("IMAGE_TASK_SUBSCRIPTION_UNSUPPORTED"), QStringLiteral("async image tasks do not support subscription billing")},
        {QStringLiteral("IMAGE_TASK_INSUFFICIENT_BALANCE"), QStringLiteral("insufficient balance for reservation")},
        {QStringLiteral("IMAGE_TASK_QUEUE_LIMIT_EXCEEDED"), QStringLiteral("image task queue limit exceeded")},
        {QStringLiteral("IMAGE_TASK_ALREADY_TERMINAL"), QStringLiteral("image task is already finished")},
        {QStringLiteral("IMAGE_TASK_NOT_FOUND"), QStringLiteral("image task not found")},
        {QStringLiteral("invalid_request_error"), QStringLiteral("invalid JSON in request body")},
        {QStringLiteral("not_found_error"), QStringLiteral("the requested resource does not exist")},
        {QStringLiteral("api_error"), QStringLiteral("upstream returned no generated images")},
        {QStringLiteral("failed"), QStringLiteral("image generation failed")},
        {QStringLiteral("timeout"), QStringLiteral("image generation timed out")},
        {QStringLiteral("canceled"), QStringLiteral("image task was canceled")},
    };
    return messages.value(code, QStringLiteral("image task error (%1)").arg(code));
}

SandboxReply LlmApiProtocol::openAiStyle(int status, const QString &type, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                                                        {QStringLiteral("message"), message}}}});
}

SandboxReply LlmApiProtocol::anthropicStyle(int status, const QString &type, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                                  {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                                                        {QStringLiteral("message"), message}}}});
}

SandboxReply LlmApiProtocol::catalogError(const QString &code, int status, const QString &detail) const
{
    if (code == QLatin1String("Images API is not supported for this platform"))
        return openAiStyle(status, QStringLiteral("not_found_error"), code);
    if (code == QLatin1String("Token counting is not supported for this platform"))
        return anthropicStyle(status, QStringLiteral("not_found_error"), code);
    if (code == QLatin1String("Request body is empty"))
        return anthropicStyle(status, QStringLiteral("invalid_request_error"), code);
    if (code == QLatin1String("API key group platform is not gemini"))
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), code}}}});
    const QString message = detail.isEmpty() ? messageFor(code) : detail;
    if (code == QLatin1String("invalid_request_error"))
        return anthropicStyle(status, code, message);
    // OpenAI image routes and every IMAGE_TASK_* reason: the reason is error.type.
    return openAiStyle(status, code, message);
}

SandboxReply LlmApiProtocol::statusError(int status) const
{
    switch (status) {
    case 400: return openAiStyle(400, QStringLiteral("invalid_request_error"), QStringLiteral("invalid request"));
    case 401: return openAiStyle(401, QStringLiteral("authentication_error"), QStringLiteral("invalid API key"));
    case 403: return openAiStyle(403, QStringLiteral("permission_error"), QStringLiteral("permission denied"));
    case 404: return openAiStyle(404, QStringLiteral("not_found_error"), QStringLiteral("not found"));
    case 409: return openAiStyle(409, QStringLiteral("conflict_error"), QStringLiteral("state conflict"));
    case 413: return openAiStyle(413, QStringLiteral("request_too_large"), QStringLiteral("request body too large"));
    case 429: return openAiStyle(429, QStringLiteral("rate_limit_error"), QStringLiteral("concurrency limit exceeded, please retry later"));
    case 500: return openAiStyle(500, QStringLiteral("server_error"), QStringLiteral("internal server error"));
    case 502: return openAiStyle(502, QStringLiteral("upstream_error"), QStringLiteral("upstream request failed"));
    case 503: return openAiStyle(503, QStringLiteral("service_unavailable"), QStringLiteral("no available accounts"));
    case 504: return openAiStyle(504, QStringLiteral("timeout_error"), QStringLiteral("upstream request timed out"));
    default: break;
    }
    return openAiStyle(status, status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error"),
                       QString::fromLatin1(sandboxReasonPhrase(status)));
}

SandboxReply LlmApiProtocol::unknownRoute(const SandboxRequest &) const
{
    return openAiStyle(404, QStringLiteral("not_found_error"), QStringLiteral("not found"));
}

SandboxReply LlmApiProtocol::authFailure(AuthProblem problem) const
{
    switch (problem) {
    case AuthProblem::Missing:
        return openAiStyle(401, QStringLiteral("authentication_error"), QStringLiteral("API key is required"));
    case AuthProblem::Invalid:
        return openAiStyle(401, QStringLiteral("authentication_error"), QStringLiteral("invalid API key"));
    case AuthProblem::NoCredit:
        return catalogError(QStringLiteral("IMAGE_TASK_INSUFFICIENT_BALANCE"), 403, {});
    case AuthProblem::Forbidden:
        return openAiStyle(403, QStringLiteral("permission_error"), QStringLiteral("image generation is disabled for this API key"));
    case AuthProblem::RateLimited:
        return rateLimited(std::nullopt);
    }
    return statusError(401);
}

SandboxReply LlmApiProtocol::invalidRequest(const QString &message) const
{
    return catalogError(QStringLiteral("IMAGE_TASK_INVALID_REQUEST"), 400, message);
}

} // namespace QueueLensSandbox
