#include "foxapiprotocol.h"

#include "resultfactory.h"

#include "sandboxerrortables.h"

#include <QJsonArray>

#include <cmath>

namespace QueueLensSandbox {

namespace {

const QStringList &errorTypes()
{
    static const QStringList types{QStringLiteral("invalid_request_error"), QStringLiteral("authentication_error"),
                                   QStringLiteral("permission_error"),      QStringLiteral("not_found_error"),
                                   QStringLiteral("rate_limit_error"),      QStringLiteral("server_error")};
    return types;
}

} // namespace

SandboxRoute FoxApiProtocol::match(const QByteArray &method, const QStringList &s) const
{
    if (s.size() == 3 && s.at(0) == QLatin1String("v1") && s.at(2) == QLatin1String("generations") && method == "POST") {
        if (s.at(1) == QLatin1String("images"))
            return {SubmitImage, RouteKind::Submit, QStringLiteral("/foxapi/v1/images/generations"), {}};
        if (s.at(1) == QLatin1String("videos"))
            return {SubmitVideo, RouteKind::Submit, QStringLiteral("/foxapi/v1/videos/generations"), {}};
    }
    if (s.size() == 3 && s.at(0) == QLatin1String("v1") && s.at(1) == QLatin1String("tasks") && method == "GET")
        return {TaskDetail, RouteKind::Poll, QStringLiteral("/foxapi/v1/tasks/{id}"), {s.at(2)}};
    return {};
}

SandboxReply FoxApiProtocol::handle(RequestState &state)
{
    switch (state.route.handler) {
    case SubmitImage: return submit(state, MediaKind::Image);
    case SubmitVideo: return submit(state, MediaKind::Video);
    case TaskDetail: return detail(state);
    }
    return unknownRoute(state.request);
}

QString FoxApiProtocol::defaultShapeForModel(const QString &model)
{
    const QString m = model.toLower();
    if (m.startsWith(QLatin1String("veo")) || m.endsWith(QLatin1String("-legacy")))
        return QStringLiteral("output");    // older schema: output{url, urls}
    if (m.startsWith(QLatin1String("gpt-image")) || m.startsWith(QLatin1String("seedream")))
        return QStringLiteral("urls");      // Evolink schema: results["url"]
    return QStringLiteral("objects");       // newer schema: results[{url}]
}

SandboxReply FoxApiProtocol::submit(RequestState &state, MediaKind media)
{
    const std::optional<QJsonObject> body = bodyObject(state.request);
    if (!body)
        return invalidRequest(QStringLiteral("Request body must be a JSON object"));
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
    const QDateTime created = QDateTime::currentDateTimeUtc();
    draft.id = QStringLiteral("task-unified-%1-").arg(unixSeconds(created))
               + randomToken(plan.rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789");
    draft.endpoint = media == MediaKind::Video ? QStringLiteral("video") : QStringLiteral("image");
    draft.model = model;
    draft.input = *body;
    draft.media = media;
    int n = body->value(QLatin1StringView("n")).toInt(0);
    if (n <= 0)
        n = body->value(QLatin1StringView("num_outputs")).toInt(1);
    draft.outputs = std::clamp(n, 1, 4);
    draft.resultShape = defaultShapeForModel(model);
    SandboxTask *task = createTask(state, plan, std::move(draft));
    return SandboxReply::json(200, taskBody(*task, state.nowMs));
}

SandboxReply FoxApiProtocol::detail(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return envelope(404, QStringLiteral("Task not found"), QStringLiteral("not_found_error"), {});
    state.task = task;
    return SandboxReply::json(200, taskBody(*task, state.nowMs));
}

QJsonObject FoxApiProtocol::taskBody(const SandboxTask &task, qint64 nowMs) const
{
    const TaskPhase phase = task.phaseAt(nowMs);
    const bool video = task.media == MediaKind::Video;
    const qint64 remainingMs = std::max<qint64>(0, task.createdMs + task.queueMs + task.runMs - nowMs);
    QJsonObject body{
        {QStringLiteral("created"), double(unixSeconds(task.createdUtc))},
        {QStringLiteral("id"), task.id},
        {QStringLiteral("model"), task.model},
        {QStringLiteral("object"), video ? QStringLiteral("video.generation.task") : QStringLiteral("image.generation.task")},
        {QStringLiteral("progress"), task.progressAt(nowMs)},
        {QStringLiteral("type"), video ? QStringLiteral("video") : QStringLiteral("image")},
        {QStringLiteral("task_info"),
         QJsonObject{{QStringLiteral("can_cancel"), !SandboxTask::isTerminal(phase)},
                     {QStringLiteral("estimated_time"), double(std::ceil(double(remainingMs) / 1000.0))}}},
    };

    switch (phase) {
    case TaskPhase::Queued:
        body.insert(QStringLiteral("status"), QStringLiteral("pending"));
        break;
    case TaskPhase::Running:
        body.insert(QStringLiteral("status"), QStringLiteral("processing"));
        break;
    case TaskPhase::Succeeded: {
        body.insert(QStringLiteral("status"), QStringLiteral("completed"));
        QStringList urls;
        for (int i = 0; i < (video ? 1 : task.outputs); ++i)
            urls << fileUrl(task, ResultFactory::mainFileName(task, i));
        const QString shape = task.resultShape.isEmpty() ? QStringLiteral("objects") : task.resultShape;
        if (shape == QLatin1String("output")) {
            const QSize size = ResultFactory::pixelSize(task);
            QJsonObject output{{QStringLiteral("url"), urls.first()},
                               {QStringLiteral("urls"), QJsonArray::fromStringList(urls)},
                               {QStringLiteral("width"), size.width()},
                               {QStringLiteral("height"), size.height()}};
            if (video)
                output.insert(QStringLiteral("duration"), ResultFactory::videoDurationSeconds());
            body.insert(QStringLiteral("output"), output);
        } else if (shape == QLatin1String("urls")) {
            body.insert(QStringLiteral("results"), QJsonArray::fromStringList(urls));
        } else {
            QJsonArray results;
            for (const QString &url : urls)
                results.append(QJsonObject{{QStringLiteral("url"), url}});
            body.insert(QStringLiteral("results"), results);
        }
        break;
    }
    case TaskPhase::Failed:
    case TaskPhase::TimedOut:
    case TaskPhase::Cancelled: {
        QString code = task.failCode;
        if (phase == TaskPhase::TimedOut)
            code = QStringLiteral("timeout");
        else if (phase == TaskPhase::Cancelled)
            code = QStringLiteral("request_cancelled");
        else if (code.isEmpty())
            code = QStringLiteral("generation_failed");
        body.insert(QStringLiteral("status"), QStringLiteral("failed"));
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                         {QStringLiteral("message"), messageFor(code)}});
        break;
    }
    }
    return body;
}

QString FoxApiProtocol::typeForStatus(int status)
{
    switch (status) {
    case 401: return QStringLiteral("authentication_error");
    case 402: return QStringLiteral("insufficient_quota");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 429: return QStringLiteral("rate_limit_error");
    default: break;
    }
    return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
}

QString FoxApiProtocol::messageFor(const QString &code)
{
    static const QHash<QString, QString> messages{
        {QStringLiteral("invalid_request_error"), QStringLiteral("The request is invalid")},
        {QStringLiteral("authentication_error"), QStringLiteral("Invalid API key")},
        {QStringLiteral("permission_error"), QStringLiteral("This API key has no access to this resource")},
        {QStringLiteral("not_found_error"), QStringLiteral("The requested resource was not found")},
        {QStringLiteral("rate_limit_error"), QStringLiteral("Too many requests, please slow down")},
        {QStringLiteral("server_error"), QStringLiteral("An unexpected error occurred on the server")},
        {QStringLiteral("model_unavailable"), QStringLiteral("The requested model is temporarily unavailable")},
        {QStringLiteral("content_policy_violation"), QStringLiteral("The input content violates content policies")},
        {QStringLiteral("generation_failed"), QStringLiteral("The generation process failed")},
        {QStringLiteral("timeout"), QStringLiteral("The task timed out")},
        {QStringLiteral("invalid_image_url"), QStringLiteral("The provided image URL is inaccessible")},
        {QStringLiteral("file_too_large"), QStringLiteral("The uploaded file exceeds size limits")},
        {QStringLiteral("unsupported_format"), QStringLiteral("The file format is not supported")},
        {QStringLiteral("request_cancelled"), QStringLiteral("The task was cancelled")},
    };
    return messages.value(code, QStringLiteral("Task failed (%1)").arg(code));
}

SandboxReply FoxApiProtocol::envelope(int status, const QString &message, const QString &type, const QString &code)
{
    // OpenAI convention: code is null when only the class (type) is known.
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"),
                                                   QJsonObject{{QStringLiteral("message"), message},
                                                               {QStringLiteral("type"), type},
                                                               {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}});
}

SandboxReply FoxApiProtocol::catalogError(const QString &code, int status, const QString &detail) const
{
    QString message = messageFor(code);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    if (errorTypes().contains(code))
        return envelope(status, message, code, {});
    return envelope(status, message, typeForStatus(status), code);
}

SandboxReply FoxApiProtocol::statusError(int status) const
{
    if (status == 402)
        return envelope(402, QStringLiteral("Insufficient account balance"), typeForStatus(402), QStringLiteral("insufficient_quota"));
    const QString type = typeForStatus(status);
    QString message = messageFor(type);
    if (status >= 500 && status != 500)
        message = QString::fromLatin1(sandboxReasonPhrase(status));
    return envelope(status, message, type, {});
}

SandboxReply FoxApiProtocol::unknownRoute(const SandboxRequest &request) const
{
    return envelope(404, QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path),
                    QStringLiteral("not_found_error"), {});
}

SandboxReply FoxApiProtocol::authFailure(AuthProblem problem) const
{
    switch (problem) {
    case AuthProblem::Missing:
        return envelope(401, QStringLiteral("Missing API key: send Authorization: Bearer <key>"),
                        QStringLiteral("authentication_error"), {});
    case AuthProblem::Invalid:
        return envelope(401, QStringLiteral("Invalid API key"), QStringLiteral("authentication_error"), {});
    case AuthProblem::NoCredit:
        return statusError(402);
    case AuthProblem::Forbidden:
        return envelope(403, QStringLiteral("This API key has no access to this model"), QStringLiteral("permission_error"), {});
    case AuthProblem::RateLimited:
        return rateLimited(std::nullopt);
    }
    return statusError(401);
}

SandboxReply FoxApiProtocol::invalidRequest(const QString &message) const
{
    return envelope(400, message, QStringLiteral("invalid_request_error"), {});
}

} // namespace QueueLensSandbox
