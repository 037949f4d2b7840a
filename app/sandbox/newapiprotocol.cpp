#include "newapiprotocol.h"

#include "resultfactory.h"

#include "errorcatalog.h"

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

SandboxReply NewApiProtocol::submit(RequestState &state)
{
    const std::optional<QJsonObject> body = bodyObject(state.request);
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
        object.insert(QStringLiteral("metadata"),
                      QJsonObject{{QStringLiteral("url"), fileUrl(task, ResultFactory::mainFileName(task, 0))}});
    } else if (status == InternalStatus::Failure) {
        const QString code = failureCode(task, task.phaseAt(nowMs));
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), messageFor(code)}});
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
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("task_not_exist"), 400, {});
    if (task->phaseAt(state.nowMs) != TaskPhase::Succeeded)
        return invalidRequest(QStringLiteral("task is not completed yet"));
    const QString name = ResultFactory::mainFileName(*task, 0);
    const auto file = m_ctx.results->file(*task, name);
    if (!file)
        return statusError(500);
    return SandboxReply::raw(200, file->contentType, file->bytes);
}

SandboxReply NewApiProtocol::taskDto(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("task_not_exist"), 400, {});
    state.task = task;
    const qint64 nowMs = state.nowMs;
    const InternalStatus status = internalStatus(*task, nowMs);
    static const char *const names[] = {"NOT_START", "SUBMITTED", "QUEUED", "IN_PROGRESS", "SUCCESS", "FAILURE"};
    const qint64 started = task->startedMsAt(nowMs);
    const qint64 finished = task->finishedMsAt(nowMs);
    QJsonObject dto{{QStringLiteral("task_id"), task->id},
                    {QStringLiteral("action"), QStringLiteral("generate")},
                    {QStringLiteral("status"), QLatin1String(names[int(status)])},
                    {QStringLiteral("progress"), QStringLiteral("%1%").arg(task->progressAt(nowMs))},
                    {QStringLiteral("fail_reason"), QString()},
                    {QStringLiteral("result_url"), QString()},
                    {QStringLiteral("submit_time"), double(unixSeconds(task->createdUtc))},
                    {QStringLiteral("start_time"), started >= 0 ? double(unixSeconds(task->wallTime(started))) : 0.0},
                    {QStringLiteral("finish_time"), finished >= 0 ? double(unixSeconds(task->wallTime(finished))) : 0.0}};
    if (status == InternalStatus::Success)
        dto.insert(QStringLiteral("result_url"), fileUrl(*task, ResultFactory::mainFileName(*task, 0)));
    if (status == InternalStatus::Failure) {
        const QString code = failureCode(*task, task->phaseAt(nowMs));
        dto.insert(QStringLiteral("fail_reason"), messageFor(code) + QStringLiteral(" (") + code + QLatin1Char(')'));
    }
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
    const ErrorCatalogEntry *entry = catalogEntry(code);
    const bool upstream = code.startsWith(QLatin1String("channel:"))
                          || (entry && entry->category == ErrorCategory::Upstream);
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

int NewApiProtocol::observedStatus(const QString &code) const
{
    // From new-api's source (protocols.md 3b): the distributor answers 503 when no channel
    // serves the model, and types.NewError defaults to 500.
    if (code == QLatin1String("model_not_found"))
        return 503;
    if (code == QLatin1String("get_channel_failed"))
        return 500;
    return 0;
}

QStringList NewApiProtocol::inTaskCodes() const
{
    // A failed video carries the relay's error.code; any documented code can land there.
    QStringList codes;
    const auto entries = ErrorCatalog::instance().entriesOf(id());
    for (const ErrorCatalogEntry *entry : entries) {
        const QString code = QString::fromUtf8(entry->code);
        if (!code.startsWith(QLatin1String("http_")) && code != QLatin1String("task_not_exist"))
            codes << code;
    }
    if (codes.isEmpty())
        codes << QStringLiteral("task_failed");
    return codes;
}

} // namespace QueueLensSandbox
