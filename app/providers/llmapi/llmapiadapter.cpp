#include "llmapiadapter.h"

#include "llmapicatalog.h"

#include "adapterkit.h"
#include "envelopeparser.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace AdapterKit;

namespace {

constexpr QByteArrayView Scheme = "Bearer";

// The task states that end in failure; spelled in either case, and both ways of "cancelled".
bool isFailureStatus(const QString &status)
{
    for (const char *failed : {"failed", "timeout", "canceled", "cancelled"}) {
        if (status.compare(QLatin1StringView(failed), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasCode(const TaskUpdate &update, const char *code)
{
    return update.error && update.error->code == QLatin1StringView(code);
}

TaskUpdate errorAnswer(ApiPhase phase, const ProviderReply &reply)
{
    TaskUpdate update = httpError(QStringLiteral("llmapi"), phase, reply);
    // IMAGE_TASK_NOT_FOUND also covers "the task belongs to another key".
    update.notFound = phase != ApiPhase::Submit
        && (reply.httpStatus == 404 || hasCode(update, "IMAGE_TASK_NOT_FOUND"));
    return update;
}

// Some gateways wrap the task object in {"data":{...}}; an array "data" is a result list.
QJsonObject taskObject(const QJsonObject &body)
{
    const QJsonValue data = body.value(QLatin1StringView("data"));
    if (data.isObject() && !body.contains(QLatin1StringView("status")))
        return data.toObject();
    return body;
}

// The result layout is not in LLMAPI's public docs: accept the plausible ones, OpenAI
// Images first (data[].url), then result/output/results/images/urls in their usual forms.
QStringList resultUrls(const QJsonObject &task)
{
    QStringList urls;
    collectUrls(task.value(QLatin1StringView("data")), &urls);
    // Images sent inline (response_format b64_json, the API's default) travel on as data: URLs;
    // the engine writes them to files. PNG unless the request named another output_format.
    const QJsonArray data = task.value(QLatin1StringView("data")).toArray();
    for (const QJsonValue &item : data) {
        const QJsonObject image = item.toObject();
        const QString encoded = image.value(QLatin1StringView("b64_json")).toString();
        if (encoded.isEmpty() || image.value(QLatin1StringView("url")).isString())
            continue;
        QString format = task.value(QLatin1StringView("output_format")).toString().toLower();
        if (format != QLatin1StringView("jpeg") && format != QLatin1StringView("webp"))
            format = QStringLiteral("png");
        urls.append(QStringLiteral("data:image/%1;base64,%2").arg(format, encoded));
    }
    for (const char *key : {"result", "output"}) {
        const QJsonValue value = task.value(QLatin1StringView(key));
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const char *inner : {"url", "urls", "data", "images"})
                collectUrls(object.value(QLatin1StringView(inner)), &urls);
        } else {
            collectUrls(value, &urls);
        }
    }
    for (const char *key : {"results", "images", "urls", "url", "image_urls"})
        collectUrls(task.value(QLatin1StringView(key)), &urls);
    return urls;
}

void applyTask(const QJsonObject &task, ApiPhase phase, const ProviderReply &reply, TaskUpdate *update)
{
    const QString status = task.value(QLatin1StringView("status")).toString().toLower();
    if (status == QLatin1StringView("queued") || status == QLatin1StringView("pending")) {
        update->state = TaskState::Queued;
        update->queuePosition = integer(task.value(QLatin1StringView("queue_position")));
    } else if (status == QLatin1StringView("running")) {
        update->state = TaskState::Running;
        update->progress = progress(task.value(QLatin1StringView("progress")));
    } else if (status == QLatin1StringView("succeeded")) {
        const QStringList urls = resultUrls(task);
        if (urls.isEmpty()) {
            update->state = TaskState::Failed;
            update->error = unexpected(phase, reply, QStringLiteral("the succeeded task has no result URL or "
                                                                    "inline image (no data[].url, data[].b64_json, "
                                                                    "result.urls or similar)"));
            return;
        }
        update->state = TaskState::Succeeded;
        update->progress = 100;
        update->resultUrls = urls;
    } else if (status == QLatin1StringView("failed") || status == QLatin1StringView("timeout")
               || status == QLatin1StringView("canceled") || status == QLatin1StringView("cancelled")) {
        update->error = LlmApiAdapter{}.inTaskFailure(task);
        if (status == QLatin1StringView("timeout"))
            update->state = TaskState::TimedOut;
        else if (status == QLatin1StringView("failed"))
            update->state = TaskState::Failed;
        else
            update->state = TaskState::Cancelled;
    } else if (status.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no status").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown LLMAPI task status \"%1\"").arg(status.left(60)));
    }
}

} // namespace

QString LlmApiAdapter::id() const
{
    return QStringLiteral("llmapi");
}

QString LlmApiAdapter::displayName() const
{
    return QStringLiteral("LLMAPI");
}

ProviderCapabilities LlmApiAdapter::capabilities() const
{
    ProviderCapabilities caps;
    caps.canCancel = true;
    caps.canList = true;
    caps.submitIsIdempotent = false;
    return caps;
}

QStringList LlmApiAdapter::suggestedModels() const
{
    return {QStringLiteral("gpt-image-2"), QStringLiteral("gemini-2.5-flash-image")};
}

QStringList LlmApiAdapter::kinds() const
{
    return {QStringLiteral("image")};
}

QString LlmApiAdapter::validate(const TaskSpec &spec) const
{
    if (const QString base = ProviderAdapter::validate(spec); !base.isEmpty())
        return base;
    const QString kind = spec.kind.trimmed();
    if (!kind.isEmpty() && kind != QLatin1StringView("image"))
        return tr("LLMAPI's async tasks generate images only, not \"%1\".").arg(kind);
    if (spec.params.value(QLatin1StringView("stream")).toBool())
        return tr("LLMAPI image tasks cannot stream: remove \"stream\" or set it to false.");
    const QJsonValue n = spec.params.value(QLatin1StringView("n"));
    if (!n.isUndefined() && AdapterKit::integer(n, 0) < 1)
        return tr("The number of images \"n\" must be a whole number of at least 1.");
    return {};
}

ProviderRequest LlmApiAdapter::submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("images"), QStringLiteral("tasks")});
    QJsonObject body = modelPromptBody(spec);
    // response_format is an OpenAI-model option that defaults to b64_json: ask for links, which
    // keep large images out of every status answer, unless the operator chose otherwise.
    // Inferred: Gemini models take no response_format, so none is sent for them.
    if (!body.contains(QStringLiteral("response_format")) && !spec.model.startsWith(QStringLiteral("gemini"), Qt::CaseInsensitive))
        body.insert(QStringLiteral("response_format"), QStringLiteral("url"));
    return request(ApiPhase::Submit, "POST", url, Scheme, endpoint.apiKey, jsonBody(body));
}

ProviderRequest LlmApiAdapter::statusRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl,
                                 {QStringLiteral("v1"), QStringLiteral("images"), QStringLiteral("tasks"), task.remoteId});
    return request(ApiPhase::Poll, "GET", url, Scheme, endpoint.apiKey);
}

std::optional<ProviderRequest> LlmApiAdapter::cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("images"),
                                                    QStringLiteral("tasks"), task.remoteId, QStringLiteral("cancel")});
    return request(ApiPhase::Cancel, "POST", url, Scheme, endpoint.apiKey, QByteArrayLiteral("{}"));
}

std::optional<ProviderRequest> LlmApiAdapter::listRequest(const ProviderEndpoint &endpoint, const Task &) const
{
    QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("images"), QStringLiteral("tasks")});
    // Inferred: the list is newest first and takes "limit" (at most 100); no time filter is documented.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(ListPageSize));
    url.setQuery(query);
    return request(ApiPhase::List, "GET", url, Scheme, endpoint.apiKey);
}

TaskListMatch LlmApiAdapter::findInList(const ProviderReply &reply, const Task &task) const
{
    // Inferred: the list entries are task objects (task_id first), created_at in Unix seconds.
    return matchListedTasks(QStringLiteral("llmapi"), reply, QLatin1StringView("data"), task,
                            {QLatin1StringView("task_id"), QLatin1StringView("id")});
}

TaskUpdate LlmApiAdapter::parseSubmit(const ProviderReply &reply) const
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
    const QJsonObject task = taskObject(*object);
    update.remoteId = text(task.value(QLatin1StringView("task_id")));
    if (update.remoteId.isEmpty())
        update.remoteId = text(task.value(QLatin1StringView("id")));
    if (update.remoteId.isEmpty()) {
        update.error = unexpected(ApiPhase::Submit, reply, QStringLiteral("the submit answer has no task_id or id"));
        return update;
    }
    // sub2api forks answer 202 with Retry-After: a hint for the first poll.
    update.estimatedSeconds = retryAfterHint(reply);
    if (task.contains(QLatin1StringView("status")))
        applyTask(task, ApiPhase::Submit, reply, &update);
    if (!update.state && !update.error)
        update.state = TaskState::Queued;
    return update;
}

TaskUpdate LlmApiAdapter::parseStatus(const ProviderReply &reply, const Task &) const
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
    applyTask(taskObject(*object), ApiPhase::Poll, reply, &update);
    return update;
}

TaskUpdate LlmApiAdapter::parseCancel(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = errorAnswer(ApiPhase::Cancel, reply);
        if (hasCode(update, "IMAGE_TASK_ALREADY_TERMINAL")) {
            // Already finished: not an error. The engine re-polls and adopts the real state.
            update.error.reset();
            update.excerpt = excerpt(reply, QStringLiteral("already terminal, not cancelled; re-polling for the real state"));
        }
        return update;
    }

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    // The answer is the task object when there is one. Already cancelled: done, and not an
    // error (the engine would read an error here as a failed cancel). Ended otherwise: too
    // late, so no state; the engine re-polls and adopts the real outcome.
    if (const std::optional<QJsonObject> object = jsonObject(reply.body)) {
        const QString status = taskObject(*object).value(QLatin1StringView("status")).toString().toLower();
        if (status == QLatin1StringView("canceled") || status == QLatin1StringView("cancelled")) {
            update.state = TaskState::Cancelled;
            return update;
        }
        if (status == QLatin1StringView("succeeded") || status == QLatin1StringView("failed")
            || status == QLatin1StringView("timeout")) {
            update.excerpt = excerpt(reply, QStringLiteral("already terminal, not cancelled; re-polling for the real state"));
            return update;
        }
    }
    update.state = TaskState::Cancelling;
    return update;
}

std::optional<InTaskFailure> LlmApiAdapter::readInTaskFailure(const QJsonObject &task) const
{
    const QString status = task.value(QLatin1StringView("status")).toString();
    if (!isFailureStatus(status))
        return std::nullopt;
    const QJsonValue errorValue = task.value(QLatin1StringView("error"));
    const QJsonObject error = errorValue.toObject();
    InTaskFailure d;
    d.type = EnvelopeParser::scalarText(error.value(QLatin1StringView("type")));
    d.code = d.type.isEmpty() ? status : d.type;
    d.codeInferred = d.type.isEmpty();   // the state names the failure, no reason was given
    d.message = errorValue.isString() ? errorValue.toString() : EnvelopeParser::anyText(error.value(QLatin1StringView("message")));
    return d;
}

std::span<const ErrorCatalogEntry> LlmApiAdapter::catalogEntries() const
{
    return llmApiCatalogEntries();
}

QUrl LlmApiAdapter::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://llmapi.site"));
}

QStringList LlmApiAdapter::apiPathSuffixes() const
{
    // sub2api-style gateways document the OpenAI-style base, https://host/v1.
    return {QStringLiteral("/v1")};
}

bool LlmApiAdapter::submitMayHaveCreated(const ApiError &error) const
{
    // Documented for 500-504: "for async images, query task status first to avoid duplicate
    // submissions", unless the answer names a documented refusal (IMAGE_TASKS_DISABLED, ...).
    if (error.httpStatus >= 500 && error.httpStatus <= 504)
        return error.code.startsWith(QLatin1String("http_")) || !error.documented;
    return false;
}
