#include "newapiadapter.h"

#include "newapicatalog.h"

#include "adapterkit.h"
#include "envelopeparser.h"

#include <QJsonArray>

using namespace AdapterKit;

namespace {

constexpr QByteArrayView Scheme = "Bearer";

bool isTaskNotExist(const TaskUpdate &update)
{
    return update.error && update.error->code == QLatin1StringView("task_not_exist");
}

// An error answer; task_not_exist (HTTP 400, not 404!) and 404 mean the id is unknown.
TaskUpdate errorAnswer(ApiPhase phase, const ProviderReply &reply)
{
    TaskUpdate update = httpError(QStringLiteral("newapi"), phase, reply);
    update.notFound = phase != ApiPhase::Submit && (reply.httpStatus == 404 || isTaskNotExist(update));
    return update;
}

TaskState terminalStateFor(const std::optional<ApiError> &error)
{
    if (error && error->category == ErrorCategory::Timeout)
        return TaskState::TimedOut;
    if (error && error->category == ErrorCategory::Cancelled)
        return TaskState::Cancelled;
    return TaskState::Failed;
}

// new-api's task routes may wrap errors in a 2xx {"code":"<error>","message":...,"data":null}.
bool isWrappedError(const QJsonObject &object)
{
    const QJsonValue code = object.value(QLatin1StringView("code"));
    return code.isString() && !code.toString().isEmpty() && code.toString() != QLatin1StringView("success")
        && !object.value(QLatin1StringView("data")).isObject()
        && !object.contains(QLatin1StringView("status"));
}

// No URL in a completed answer: the file is served by {base}/v1/videos/{id}/content. The reply
// does not say which base was called, so the path is kept for the engine, which resolves it
// against the profile's base URL and downloads it with the key (TaskUpdate::resultUrlsNeedingKey).
void fetchContentWithKey(const QString &id, TaskUpdate *update)
{
    const QString contentPath = QStringLiteral("v1/videos/%1/content").arg(id);
    update->remoteData.insert(QStringLiteral("content_path"), contentPath);
    update->resultUrls = {contentPath};
    update->resultUrlsNeedingKey = {contentPath};
}

// The TaskDto of /v1/video/generations/{id}: NOT_START | SUBMITTED | QUEUED | IN_PROGRESS |
// SUCCESS | FAILURE | UNKNOWN, progress "NN%", fail_reason, result_url.
void applyTaskDto(const QJsonObject &wrapper, const QJsonObject &dto, ApiPhase phase, const ProviderReply &reply,
                  TaskUpdate *update)
{
    const QString status = dto.value(QLatin1StringView("status")).toString().toUpper();
    update->progress = progress(dto.value(QLatin1StringView("progress")));
    if (status == QLatin1StringView("NOT_START") || status == QLatin1StringView("SUBMITTED")
        || status == QLatin1StringView("QUEUED") || status == QLatin1StringView("UNKNOWN")) {
        update->state = TaskState::Queued;
    } else if (status == QLatin1StringView("IN_PROGRESS")) {
        update->state = TaskState::Running;
    } else if (status == QLatin1StringView("SUCCESS")) {
        QStringList urls;
        collectUrls(dto.value(QLatin1StringView("result_url")), &urls);
        collectUrls(dto.value(QLatin1StringView("url")), &urls);
        collectUrls(dto.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("url")), &urls);
        const QString id = text(dto.value(QLatin1StringView("task_id")));
        if (urls.isEmpty() && id.isEmpty()) {
            update->state = TaskState::Failed;
            update->error = unexpected(phase, reply, QStringLiteral("the SUCCESS task has neither a result_url nor a task_id"));
            return;
        }
        update->state = TaskState::Succeeded;
        update->progress = 100;
        update->resultUrls = urls;
        // Inferred: the gateway serves a video task's file at /v1/videos/{id}/content whichever
        // route created it, so a SUCCESS without a URL is fetched from there.
        if (urls.isEmpty())
            fetchContentWithKey(id, update);
    } else if (status == QLatin1StringView("FAILURE")) {
        update->error = NewApiAdapter{}.inTaskFailure(wrapper);
        update->state = terminalStateFor(update->error);
    } else if (status.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no status").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown new-api task status \"%1\"").arg(status.left(60)));
    }
}

// The OpenAI video object of /v1/videos (and the docs' simpler variant).
void applyVideo(const QJsonObject &video, ApiPhase phase, const ProviderReply &reply, TaskUpdate *update)
{
    const QString status = video.value(QLatin1StringView("status")).toString();
    const QString id = text(video.value(QLatin1StringView("id"))).isEmpty()
        ? text(video.value(QLatin1StringView("task_id")))
        : text(video.value(QLatin1StringView("id")));
    if (status == QLatin1StringView("queued") || status == QLatin1StringView("unknown")) {
        // "unknown" is what new-api reports for a task that has not started yet (issue #5045):
        // it is not terminal.
        update->state = TaskState::Queued;
        update->progress = progress(video.value(QLatin1StringView("progress")));
    } else if (status == QLatin1StringView("in_progress")) {
        update->state = TaskState::Running;
        update->progress = progress(video.value(QLatin1StringView("progress")));
    } else if (status == QLatin1StringView("completed")) {
        QStringList urls;
        collectUrls(video.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("url")), &urls);
        collectUrls(video.value(QLatin1StringView("url")), &urls);
        collectUrls(video.value(QLatin1StringView("result_url")), &urls);
        update->state = TaskState::Succeeded;
        update->progress = 100;
        update->resultUrls = urls;
        if (urls.isEmpty() && !id.isEmpty())
            fetchContentWithKey(id, update);
    } else if (status == QLatin1StringView("failed")) {
        // new-api has no timeout or cancelled status; its codes (channel:response_time_exceeded,
        // ...) still say so, and the catalog knows which ones.
        update->error = NewApiAdapter{}.inTaskFailure(video);
        update->state = terminalStateFor(update->error);
    } else if (status.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no status").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown new-api video status \"%1\"").arg(status.left(60)));
    }
}

// Both shapes, told apart by the wrapper's "code":"success" + "data" object.
void applyAny(const QJsonObject &object, ApiPhase phase, const ProviderReply &reply, TaskUpdate *update)
{
    const QJsonValue data = object.value(QLatin1StringView("data"));
    if (data.isObject() && object.value(QLatin1StringView("code")).isString()) {
        const QJsonObject dto = data.toObject();
        const QString status = dto.value(QLatin1StringView("status")).toString();
        // The docs' variant puts lower-case OpenAI statuses inside data.
        if (!status.isEmpty() && status == status.toLower())
            applyVideo(dto, phase, reply, update);
        else
            applyTaskDto(object, dto, phase, reply, update);
        return;
    }
    applyVideo(object, phase, reply, update);
}

QString taskIdOf(const QJsonObject &object)
{
    const QJsonValue data = object.value(QLatin1StringView("data"));
    const QJsonObject task = data.isObject() ? data.toObject() : object;
    for (const char *key : {"id", "task_id"}) {
        const QString id = text(task.value(QLatin1StringView(key)));
        if (!id.isEmpty())
            return id;
    }
    // new-api's older submit answers put the bare id in data.
    return data.isString() ? data.toString() : QString();
}

} // namespace

QString NewApiAdapter::id() const
{
    return QStringLiteral("newapi");
}

QString NewApiAdapter::displayName() const
{
    return QStringLiteral("new-api");
}

ProviderCapabilities NewApiAdapter::capabilities() const
{
    ProviderCapabilities caps;
    caps.canCancel = false;
    caps.cancelUnsupportedReason = tr("new-api has no cancel endpoint: the task runs to the end.");
    caps.canList = false;
    return caps;
}

QStringList NewApiAdapter::suggestedModels() const
{
    return {QStringLiteral("sora-2"), QStringLiteral("kling-v2")};
}

QStringList NewApiAdapter::kinds() const
{
    return {QStringLiteral("video")};
}

QString NewApiAdapter::validate(const TaskSpec &spec) const
{
    if (const QString base = ProviderAdapter::validate(spec); !base.isEmpty())
        return base;
    const QString kind = spec.kind.trimmed();
    if (!kind.isEmpty() && !kind.contains(QLatin1StringView("video"), Qt::CaseInsensitive))
        return tr("new-api's task relay is used here for video only, not \"%1\".").arg(kind);
    if (spec.model.contains(QLatin1Char(' ')))
        return tr("\"%1\" is not a model name (model names have no spaces).").arg(spec.model.trimmed());
    return {};
}

ProviderRequest NewApiAdapter::submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("videos")});
    return request(ApiPhase::Submit, "POST", url, Scheme, endpoint.apiKey, jsonBody(modelPromptBody(spec)));
}

ProviderRequest NewApiAdapter::statusRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("videos"), task.remoteId});
    return request(ApiPhase::Poll, "GET", url, Scheme, endpoint.apiKey);
}

TaskUpdate NewApiAdapter::parseSubmit(const ProviderReply &reply) const
{
    if (!isSuccess(reply))
        return errorAnswer(ApiPhase::Submit, reply);

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Submit, reply, QStringLiteral("submit"), problem);
        return update;
    }
    if (isWrappedError(*object)) {
        update.error = EnvelopeParser::parseHttpError(id(), ApiPhase::Submit, reply.httpStatus, reply.body, reply.headers);
        return update;
    }
    update.remoteId = taskIdOf(*object);
    if (update.remoteId.isEmpty()) {
        update.error = unexpected(ApiPhase::Submit, reply, QStringLiteral("the submit answer has no id or task_id"));
        return update;
    }
    const bool hasStatus = object->contains(QLatin1StringView("status"))
        || object->value(QLatin1StringView("data")).toObject().contains(QLatin1StringView("status"));
    if (hasStatus)
        applyAny(*object, ApiPhase::Submit, reply, &update);
    if (!update.state && !update.error)
        update.state = TaskState::Queued;
    return update;
}

TaskUpdate NewApiAdapter::parseStatus(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply))
        return errorAnswer(ApiPhase::Poll, reply);

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Poll, reply, QStringLiteral("status"), problem);
        return update;
    }
    if (isWrappedError(*object)) {
        update.error = EnvelopeParser::parseHttpError(id(), ApiPhase::Poll, reply.httpStatus, reply.body, reply.headers);
        update.notFound = isTaskNotExist(update);
        return update;
    }
    applyAny(*object, ApiPhase::Poll, reply, &update);
    return update;
}

TaskUpdate NewApiAdapter::parseCancel(const ProviderReply &reply, const Task &) const
{
    // Never reached through cancelRequest() (there is none); answer honestly if called anyway.
    if (!isSuccess(reply))
        return errorAnswer(ApiPhase::Cancel, reply);
    TaskUpdate update;
    update.excerpt = excerpt(reply);
    update.error = clientError(QStringLiteral("cancel_unsupported"), ApiPhase::Cancel, reply,
                               QStringLiteral("new-api has no cancel endpoint"));
    return update;
}

std::optional<InTaskFailure> NewApiAdapter::readInTaskFailure(const QJsonObject &task) const
{
    // GET /v1/video/generations/{id} wraps the TaskDto: {"code":"success","data":{...}}
    const QJsonValue data = task.value(QLatin1StringView("data"));
    if (data.isObject() && task.value(QLatin1StringView("code")).isString())
        return readInTaskFailure(data.toObject());

    // Where new-api versions put a failure's reason, first found wins:
    //   error:{code,message}      channel adaptors' ConvertToOpenAIVideo (code may be "")
    //   error:"text"              some forks marshal the reason as a bare string [inferred]
    //   fail_reason               TaskDto, and the video object of some versions
    //   failReason                Midjourney DTO (status FAILURE)
    //   metadata.url              base Task.ToOpenAIVideo: GetResultURL() falls back to FailReason
    //   metadata.fail_reason|error|message   forks that copy the reason into metadata [inferred]
    const QString status = task.value(QLatin1StringView("status")).toString();
    if (status != QLatin1StringView("failed") && status != QLatin1StringView("FAILURE"))
        return std::nullopt;

    InTaskFailure d;
    const QJsonValue errorValue = task.value(QLatin1StringView("error"));
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        d.code = EnvelopeParser::scalarText(error.value(QLatin1StringView("code")));
        if (d.code.isEmpty())
            d.code = EnvelopeParser::scalarText(error.value(QLatin1StringView("type")));
        d.message = EnvelopeParser::anyText(error.value(QLatin1StringView("message")));
    } else if (errorValue.isString()) {
        d.message = errorValue.toString().trimmed();
    }
    for (const char *key : {"fail_reason", "failReason"}) {
        if (d.message.isEmpty())
            d.message = EnvelopeParser::anyText(task.value(QLatin1StringView(key))).trimmed();
    }
    const QJsonObject metadata = task.value(QLatin1StringView("metadata")).toObject();
    if (d.message.isEmpty()) {
        // On a failed task metadata.url is the reason unless it is a link (newer versions give a
        // result URL only for successful tasks; a link on a failed task says nothing about why).
        const QString text = EnvelopeParser::anyText(metadata.value(QLatin1StringView("url"))).trimmed();
        QStringList links;
        AdapterKit::collectUrls(QJsonValue(text), &links);
        if (links.isEmpty())
            d.message = text;
    }
    for (const char *key : {"fail_reason", "error", "message"}) {
        if (!d.message.isEmpty())
            break;
        const QJsonValue value = metadata.value(QLatin1StringView(key));
        d.message = value.isObject() ? EnvelopeParser::anyText(value.toObject().value(QLatin1StringView("message")))
                                     : EnvelopeParser::anyText(value).trimmed();
    }
    // A reason without a code (TaskDto, MJ, metadata, empty error.code) is new-api's task_failed.
    if (d.code.isEmpty()) {
        d.code = QStringLiteral("task_failed");
        d.codeInferred = true;
    }
    if (d.message.isEmpty())
        d.message = tr("The gateway marked the task as failed but gave no reason.");
    return d;
}

std::span<const ErrorCatalogEntry> NewApiAdapter::catalogEntries() const
{
    return newApiCatalogEntries();
}

QStringList NewApiAdapter::apiPathSuffixes() const
{
    // new-api gateways document the OpenAI-style base, https://host/v1.
    return {QStringLiteral("/v1")};
}

bool NewApiAdapter::submitMayHaveCreated(const ApiError &error) const
{
    // Documented: read_response_body_failed "the upstream may have created the task";
    // update_data_error "the upstream task may exist even though the gateway did not record it".
    if (error.code == QLatin1String("read_response_body_failed") || error.code == QLatin1String("update_data_error"))
        return true;
    // Inferred from new-api's task adaptors: raised after the upstream answered 200 to the create
    // call but its body could not be decoded, so the upstream task most likely exists.
    return error.code == QLatin1String("unmarshal_response_body_failed");
}
