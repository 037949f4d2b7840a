#include "newapiprotocol.h"

#include "multipartform.h"
#include "resultfactory.h"

#include "sandboxerrortables.h"

#include <QHash>

namespace QueueLensSandbox {

SandboxRoute NewApiProtocol::match(const QByteArray &method, const QStringList &s) const
{
    if (s.isEmpty() || s.at(0) != QLatin1String("v1"))
        return {};
    if (s.size() == 2 && s.at(1) == QLatin1String("videos") && method == "POST")
        return {SubmitVideos, RouteKind::Submit, QStringLiteral("/newapi/v1/videos"), {}};
    if (s.size() == 3 && s.at(1) == QLatin1String("video") && s.at(2) == QLatin1String("generations") && method == "POST")
        return {SubmitGenerations, RouteKind::Submit, QStringLiteral("/newapi/v1/video/generations"), {}};
    if (method != "GET")
        return {};
    if (s.size() == 3 && s.at(1) == QLatin1String("videos"))
        return {VideoObject, RouteKind::Poll, QStringLiteral("/newapi/v1/videos/{id}"), {s.at(2)}};
    if (s.size() == 4 && s.at(1) == QLatin1String("videos") && s.at(3) == QLatin1String("content"))
        return {VideoContent, RouteKind::Other, QStringLiteral("/newapi/v1/videos/{id}/content"), {s.at(2)}};
    if (s.size() == 4 && s.at(1) == QLatin1String("video") && s.at(2) == QLatin1String("generations"))
        return {TaskDto, RouteKind::Poll, QStringLiteral("/newapi/v1/video/generations/{id}"), {s.at(3)}};
    return {};
}

std::optional<ProviderProtocol::AuthProblem> NewApiProtocol::checkAuth(const SandboxRequest &request, QString *key) const
{
    // new-api takes "Bearer sk-..." and also the raw token.
    return checkScheme(request, {QStringLiteral("Bearer")}, true, key);
}

SandboxReply NewApiProtocol::handle(RequestState &state)
{
    switch (state.route.handler) {
    case SubmitVideos:
    case SubmitGenerations: return submit(state);
    case VideoObject: return videoObject(state);
    case VideoContent: return videoContent(state);
    case TaskDto: return taskDto(state);
    }
    return unknownRoute(state.request);
}

std::optional<QJsonObject> NewApiProtocol::submitFields(const SandboxRequest &request)
{
    const QByteArray contentType = request.header("content-type");
    if (!MultipartForm::isMultipart(contentType))
        return bodyObject(request);
    // The OpenAI SDKs send /v1/videos as multipart/form-data: model, prompt, seconds and size
    // as text fields, input_reference as a file.
    const auto form = MultipartForm::parse(contentType, request.body, nullptr);
    if (!form)
        return std::nullopt;
    QJsonObject fields;
    for (const MultipartForm::Part &part : form->parts()) {
        if (part.isFile()) {
            // Only what the sandbox echoes or checks; the bytes themselves are not kept.
            fields.insert(part.name, QJsonObject{{QStringLiteral("filename"), part.fileName},
                                                 {QStringLiteral("content_type"), QString::fromLatin1(part.contentType)},
                                                 {QStringLiteral("bytes"), double(part.data.size())}});
        } else {
            fields.insert(part.name, QString::fromUtf8(part.data));
        }
    }
    return fields;
}

SandboxReply NewApiProtocol::submit(RequestState &state)
{
    const std::optional<QJsonObject> body = submitFields(state.request);
    // A malformed JSON body and a malformed multipart body get the same answer.
    if (!body)
        return catalogError(QStringLiteral("bad_request_body"), 400, {});
    const QString model = body->value(QLatin1StringView("model")).toString().trimmed();
    const QString prompt = body->value(QLatin1StringView("prompt")).toString();

    SubmitPlan plan = planSubmit(state, prompt);
    if (plan.reject)
        return *plan.reject;
    if (model.isEmpty())
        return invalidRequest(QStringLiteral("model is required"));
    if (plan.cleanPrompt.trimmed().isEmpty())
        return invalidRequest(QStringLiteral("prompt is required"));

    SandboxTask draft;
    draft.id = QStringLiteral("task_")
               + randomToken(plan.rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    draft.endpoint = QStringLiteral("video");
    draft.model = model;
    draft.input = *body;
    draft.media = MediaKind::Video;
    SandboxTask *task = createTask(state, plan, std::move(draft));

    // The adaptors answer every accepted submit with a fresh OpenAI video object.
    QJsonObject object = openAiVideo(*task, state.nowMs);
    object.insert(QStringLiteral("status"), QStringLiteral("queued"));
    object.insert(QStringLiteral("task_id"), task->id);
    return SandboxReply::json(200, object);
}

NewApiProtocol::InternalStatus NewApiProtocol::internalStatus(const SandboxTask &task, qint64 nowMs)
{
    switch (task.phaseAt(nowMs)) {
    case TaskPhase::Queued: {
        // The queue time is split in thirds so clients meet every pre-start status.
        const double f = task.stuck == StuckPhase::Queue ? 1.0 : task.queueFractionAt(nowMs);
        if (f < 1.0 / 3.0)
            return InternalStatus::NotStart;
        if (f < 2.0 / 3.0)
            return InternalStatus::Submitted;
        return InternalStatus::Queued;
    }
    case TaskPhase::Running: return InternalStatus::InProgress;
    case TaskPhase::Succeeded: return InternalStatus::Success;
    default: break;
    }
    return InternalStatus::Failure;
}

QString NewApiProtocol::failureCode(const SandboxTask &task, TaskPhase phase)
{
    if (phase == TaskPhase::TimedOut)
        return QStringLiteral("channel:response_time_exceeded");
    if (phase == TaskPhase::Cancelled)
        return QStringLiteral("task_cancelled");
    return task.failCode.isEmpty() ? QStringLiteral("task_failed") : task.failCode;
}

QString NewApiProtocol::failReason(const SandboxTask &task, TaskPhase phase)
{
    const QString code = failureCode(task, phase);
    return messageFor(code) + QStringLiteral(" (") + code + QLatin1Char(')');
}

QString NewApiProtocol::resultUrl(const SandboxTask &task) const
{
    return task.noResultUrl ? QString() : fileUrl(task, ResultFactory::mainFileName(task, 0));
}

QJsonObject NewApiProtocol::openAiVideo(const SandboxTask &task, qint64 nowMs) const
{
    const InternalStatus status = internalStatus(task, nowMs);
    const QSize size = ResultFactory::pixelSize(task);
    QJsonObject object{{QStringLiteral("id"), task.id},
                       {QStringLiteral("object"), QStringLiteral("video")},
                       {QStringLiteral("model"), task.model},
                       {QStringLiteral("progress"), task.progressAt(nowMs)},
                       {QStringLiteral("created_at"), double(unixSeconds(task.createdUtc))},
                       {QStringLiteral("seconds"), QString::number(ResultFactory::videoDurationSeconds(), 'g', 3)},
                       {QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())}};
    QString text;
    switch (status) {
    case InternalStatus::NotStart: text = QStringLiteral("unknown"); break;   // new-api issue 5045
    case InternalStatus::Submitted:
    case InternalStatus::Queued: text = QStringLiteral("queued"); break;
    case InternalStatus::InProgress: text = QStringLiteral("in_progress"); break;
    case InternalStatus::Success: text = QStringLiteral("completed"); break;
    case InternalStatus::Failure: text = QStringLiteral("failed"); break;
    }
    object.insert(QStringLiteral("status"), text);
    const qint64 finished = task.finishedMsAt(nowMs);
    if (finished >= 0)
        object.insert(QStringLiteral("completed_at"), double(unixSeconds(task.wallTime(finished))));
    if (status == InternalStatus::Success) {
        // Task.ToOpenAIVideo always sets metadata.url, empty when no result URL is stored
        // (OpenAI/Sora channels: the file is only reachable through /content).
        object.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("url"), resultUrl(task)}});
    } else if (status == InternalStatus::Failure) {
        const TaskPhase phase = task.phaseAt(nowMs);
        const QString shape = task.failShape.isEmpty() ? QStringLiteral("error") : task.failShape;
        if (shape == QLatin1String("error") || shape == QLatin1String("message")) {
            // Channel adaptors' ConvertToOpenAIVideo: {code, message}; some set only the message,
            // and Go marshals the empty code as "".
            const QString code = failureCode(task, phase);
            object.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), shape == QLatin1String("error") ? code : QString()},
                                      {QStringLiteral("message"), messageFor(code)}});
        } else if (shape == QLatin1String("metadata")) {
            // The base Task.ToOpenAIVideo: no error; GetResultURL falls back to FailReason for
            // old data, so the reason arrives as metadata.url.
            object.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("url"), failReason(task, phase)}});
        }
        // "none": newer base versions return a result URL only for successful tasks and add
        // no error, so a failed video says nothing about why.
    }
    return object;
}

SandboxReply NewApiProtocol::videoObject(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("task_not_exist"), 400, {});
    state.task = task;
    return SandboxReply::json(200, openAiVideo(*task, state.nowMs));
}

SandboxReply NewApiProtocol::videoContent(RequestState &state)
{
    // controller/video_proxy.go: its own OpenAI-style envelope, without a code.
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return proxyError(404, QStringLiteral("invalid_request_error"), QStringLiteral("Task not found"));
    const InternalStatus status = internalStatus(*task, state.nowMs);
    if (status != InternalStatus::Success) {
        return proxyError(400, QStringLiteral("invalid_request_error"),
                          QStringLiteral("Task is not completed yet, current status: %1").arg(internalStatusName(status)));
    }
    const QString name = ResultFactory::mainFileName(*task, 0);
    // The proxy streams the upstream file and copies its headers; the sandbox's upstream is its
    // own file server, whose "video" is an APNG, so the content type stays the file's own.
    auto serve = [](ResultFactory *results, const SandboxTask &copy, const QString &file) {
        const auto made = results->file(copy, file);
        if (!made)
            return proxyError(502, QStringLiteral("server_error"), QStringLiteral("Failed to fetch video content"));
        SandboxReply ok = SandboxReply::raw(200, made->contentType, made->bytes);
        ok.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400"));
        return ok;
    };
    if (m_ctx.results->isCached(task->id, name))
        return serve(m_ctx.results, *task, name);
    // Drawing the animation must not stall the event loop: a worker makes it from a task copy.
    SandboxReply reply;
    reply.status = 200;
    reply.mode = DeliveryMode::Deferred;
    reply.produce = [serve, results = m_ctx.results, copy = *task, name] { return serve(results, copy, name); };
    return reply;
}

SandboxReply NewApiProtocol::proxyError(int status, const QString &type, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                                        {QStringLiteral("type"), type}}}});
}

QString NewApiProtocol::internalStatusName(InternalStatus status)
{
    switch (status) {
    case InternalStatus::NotStart: return QStringLiteral("NOT_START");
    case InternalStatus::Submitted: return QStringLiteral("SUBMITTED");
    case InternalStatus::Queued: return QStringLiteral("QUEUED");
    case InternalStatus::InProgress: return QStringLiteral("IN_PROGRESS");
    case InternalStatus::Success: return QStringLiteral("SUCCESS");
    case InternalStatus::Failure: return QStringLiteral("FAILURE");
    }
    return {};
}

SandboxReply NewApiProtocol::taskDto(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("task_not_exist"), 400, {});
    state.task = task;
    const qint64 nowMs = state.nowMs;
    const InternalStatus status = internalStatus(*task, nowMs);
    const qint64 started = task->startedMsAt(nowMs);
    const qint64 finished = task->finishedMsAt(nowMs);
    QJsonObject dto{{QStringLiteral("task_id"), task->id},
                    {QStringLiteral("action"), QStringLiteral("generate")},
                    {QStringLiteral("status"), internalStatusName(status)},
                    {QStringLiteral("progress"), QStringLiteral("%1%").arg(task->progressAt(nowMs))},
                    {QStringLiteral("fail_reason"), QString()},
                    {QStringLiteral("result_url"), QString()},
                    {QStringLiteral("submit_time"), double(unixSeconds(task->createdUtc))},
                    {QStringLiteral("start_time"), started >= 0 ? double(unixSeconds(task->wallTime(started))) : 0.0},
                    {QStringLiteral("finish_time"), finished >= 0 ? double(unixSeconds(task->wallTime(finished))) : 0.0}};
    if (status == InternalStatus::Success)
        dto.insert(QStringLiteral("result_url"), resultUrl(*task));
    if (status == InternalStatus::Failure)
        dto.insert(QStringLiteral("fail_reason"), failReason(*task, task->phaseAt(nowMs)));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("code"), QStringLiteral("success")},
                                               {QStringLiteral("message"), QString()},
                                               {QStringLiteral("data"), dto}});
}

QString NewApiProtocol::messageFor(const QString &code)
{
    static const QHash<QString, QString> messages{
        {QStringLiteral("invalid_request"), QStringLiteral("invalid request parameters")},
        {QStringLiteral("bad_request_body"), QStringLiteral("malformed request body")},
        {QStringLiteral("read_request_body_failed"), QStringLiteral("failed to read request body")},
        {QStringLiteral("convert_request_failed"), QStringLiteral("request conversion failed")},
        {QStringLiteral("sensitive_words_detected"), QStringLiteral("sensitive words detected")},
        {QStringLiteral("prompt_blocked"), QStringLiteral("prompt was blocked")},
        {QStringLiteral("access_denied"), QStringLiteral("access denied")},
        {QStringLiteral("model_not_found"), QStringLiteral("no available channel for this model")},
        {QStringLiteral("invalid_api_type"), QStringLiteral("unsupported API type")},
        {QStringLiteral("get_channel_failed"), QStringLiteral("failed to get an available channel")},
        {QStringLiteral("channel:no_available_key"), QStringLiteral("no available channel key")},
        {QStringLiteral("channel:invalid_key"), QStringLiteral("invalid channel key")},
        {QStringLiteral("channel:model_mapped_error"), QStringLiteral("model mapping error")},
        {QStringLiteral("channel:response_time_exceeded"), QStringLiteral("upstream response time exceeded")},
        {QStringLiteral("insufficient_user_quota"), QStringLiteral("user quota is not enough")},
        {QStringLiteral("pre_consume_token_quota_failed"), QStringLiteral("pre-consume token quota failed")},
        {QStringLiteral("model_price_error"), QStringLiteral("model price is not configured")},
        {QStringLiteral("count_token_failed"), QStringLiteral("failed to count tokens")},
        {QStringLiteral("do_request_failed"), QStringLiteral("upstream request failed")},
        {QStringLiteral("bad_response"), QStringLiteral("bad upstream response")},
        {QStringLiteral("bad_response_status_code"), QStringLiteral("bad upstream status code")},
        {QStringLiteral("empty_response"), QStringLiteral("empty upstream response")},
        {QStringLiteral("read_response_body_failed"), QStringLiteral("failed to read upstream response")},
        {QStringLiteral("json_marshal_failed"), QStringLiteral("json marshal failed")},
        {QStringLiteral("query_data_error"), QStringLiteral("data query error")},
        {QStringLiteral("update_data_error"), QStringLiteral("data write error")},
        {QStringLiteral("task_not_exist"), QStringLiteral("task_not_exist")},
        {QStringLiteral("task_failed"), QStringLiteral("upstream task failed")},
    };
    return messages.value(code, code);
}

QString NewApiProtocol::requestId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmsszzz")) + traceId(8);
}

SandboxReply NewApiProtocol::relay(int status, const QString &code, const QString &message, const QString &type)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"),
                                                   QJsonObject{{QStringLiteral("message"),
                                                                message + QStringLiteral(" (request id: ") + requestId() + QLatin1Char(')')},
                                                               {QStringLiteral("type"), type},
                                                               {QStringLiteral("param"), QString()},
                                                               {QStringLiteral("code"), code}}}});
}

SandboxReply NewApiProtocol::taskError(int status, const QString &code, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("data"), QJsonValue()}});
}

SandboxReply NewApiProtocol::catalogError(const QString &code, int status, const QString &detail) const
{
    QString message = messageFor(code);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    // Task routes answer with their own envelope; everything else goes through the relay one.
    if (code == QLatin1String("task_not_exist"))
        return taskError(status, code, message);
    const SandboxErrorCode *entry = SandboxErrorTables::find(id(), code);
    const bool upstream = code.startsWith(QLatin1String("channel:")) || (entry && entry->upstream);
    return relay(status, code, message, upstream ? QStringLiteral("upstream_error") : QStringLiteral("new_api_error"));
}

SandboxReply NewApiProtocol::statusError(int status) const
{
    if (status == 429) {
        // middleware/model-rate-limit.go: Chinese text, empty code, and no Retry-After header.
        return relay(429, QString(), QStringLiteral("您已达到请求数限制：1分钟内最多请求60次"), QStringLiteral("new_api_error"));
    }
    if (status == 502 || status == 504)
        return proxyErrorPage(status);
    return relay(status, QString(), QString::fromLatin1(sandboxReasonPhrase(status)), QStringLiteral("new_api_error"));
}

SandboxReply NewApiProtocol::unknownRoute(const SandboxRequest &request) const
{
    return relay(404, QString(), QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path),
                 QStringLiteral("invalid_request_error"));
}

SandboxReply NewApiProtocol::authFailure(AuthProblem problem) const
{
    switch (problem) {
    case AuthProblem::Missing:
        return relay(401, QString(), QStringLiteral("No token provided"), QStringLiteral("new_api_error"));
    case AuthProblem::Invalid:
        return relay(401, QString(), QStringLiteral("Invalid token"), QStringLiteral("new_api_error"));
    case AuthProblem::NoCredit:
        return catalogError(QStringLiteral("insufficient_user_quota"), statusFor(QStringLiteral("insufficient_user_quota")), {});
    case AuthProblem::Forbidden:
        return catalogError(QStringLiteral("access_denied"), 403, {});
    case AuthProblem::RateLimited:
        return rateLimited(std::nullopt);
    }
    return statusError(401);
}

SandboxReply NewApiProtocol::invalidRequest(const QString &message) const
{
    return relay(400, QStringLiteral("invalid_request"), message, QStringLiteral("new_api_error"));
}

} // namespace QueueLensSandbox
