#include "seaartadapter.h"

#include "seaartcatalog.h"

#include "adapterkit.h"
#include "envelopeparser.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace AdapterKit;

namespace {

constexpr QByteArrayView Scheme = "Key";

const QLatin1StringView StatusUrlKey("status_url");
const QLatin1StringView ResponseUrlKey("response_url");
const QLatin1StringView CancelUrlKey("cancel_url");

// What a status-shaped object (submit answer, /status, a status-like /response) says about the task.
// allowFetch is false when the object came from /response itself: asking for the result
// again would loop.
void applyStatus(const QJsonObject &object, ApiPhase phase, const ProviderReply &reply, bool allowFetch,
                 TaskUpdate *update)
{
    const QString status = object.value(QLatin1StringView("status")).toString();
    const QString errorType = text(object.value(QLatin1StringView("error_type")));
    const bool hasError = !errorType.isEmpty() || !text(object.value(QLatin1StringView("error"))).isEmpty()
        || object.value(QLatin1StringView("error")).isObject();
    const int position = integer(object.value(QLatin1StringView("queue_position")));

    if (status == QLatin1StringView("IN_QUEUE")) {
        update->state = TaskState::Queued;
        update->queuePosition = position;
    } else if (status == QLatin1StringView("IN_PROGRESS")) {
        update->state = TaskState::Running;
        update->progress = progress(object.value(QLatin1StringView("progress")));
    } else if (status == QLatin1StringView("COMPLETED") || status == QLatin1StringView("FAILED")
               || status == QLatin1StringView("CANCELED") || status == QLatin1StringView("CANCELLED")) {
        // FAILED/CANCELED are not in SeaArt's docs but appear in some fal-style schemas; they
        // are read as COMPLETED with an error so the catalog still explains them.
        if (status == QLatin1StringView("COMPLETED") && !hasError) {
            if (allowFetch) {
                update->fetchResult = true;
            } else {
                // /response itself says COMPLETED without outputs: finished with nothing to show.
                update->state = TaskState::Failed;
                update->error = unexpected(phase, reply,
                                           QStringLiteral("the result answer says COMPLETED but has no outputs"));
            }
            return;
        }
        QJsonObject failed = object;
        failed.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
        if (errorType.isEmpty() && status != QLatin1StringView("COMPLETED")) {
            failed.insert(QStringLiteral("error_type"), status == QLatin1StringView("FAILED")
                                                            ? QStringLiteral("INFERENCE_FAILURE")
                                                            : QStringLiteral("CANCELED"));
        }
        update->error = SeaArtAdapter{}.inTaskFailure(failed);
        const QString code = update->error ? update->error->code : QString();
        if (code == QLatin1StringView("CANCELED"))
            update->state = TaskState::Cancelled;
        else if (code == QLatin1StringView("INFERENCE_TIMEOUT"))
            update->state = TaskState::TimedOut;
        else
            update->state = TaskState::Failed;
    } else if (status.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no status").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown SeaArt status \"%1\"").arg(status.left(60)));
    }
}

} // namespace

QString SeaArtAdapter::id() const
{
    return QStringLiteral("seaart");
}

QString SeaArtAdapter::displayName() const
{
    return QStringLiteral("SeaArt");
}

ProviderCapabilities SeaArtAdapter::capabilities() const
{
    ProviderCapabilities caps;
    caps.canCancel = true;
    caps.canList = false;
    caps.submitIsIdempotent = false;
    return caps;
}

QStringList SeaArtAdapter::suggestedModels() const
{
    return {QStringLiteral("nano_banana_2"), QStringLiteral("wan26_i2v")};
}

QStringList SeaArtAdapter::kinds() const
{
    // The endpoint decides the modality; the kind is only a label here.
    return {QStringLiteral("image"), QStringLiteral("video")};
}

QString SeaArtAdapter::validate(const TaskSpec &spec) const
{
    if (const QString base = ProviderAdapter::validate(spec); !base.isEmpty())
        return base;
    // Endpoint ids are slugs ("nano_banana_2"); fal-style "owner/app" paths are tolerated.
    static const QRegularExpression endpointId(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*$"));
    const QString model = spec.model.trimmed();
    if (!endpointId.match(model).hasMatch() || model.contains(QLatin1StringView("..")))
        return tr("\"%1\" is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, "
                  "for example nano_banana_2.")
            .arg(model);
    // SeaArt rejects any webhook information with "webhook not supported".
    for (const char *key : {"webhook", "webhook_url", "fal_webhook", "callback_url"}) {
        if (spec.params.contains(QLatin1StringView(key)))
            return tr("SeaArt does not support webhooks: remove the parameter \"%1\".").arg(QLatin1StringView(key));
    }
    return {};
}

ProviderRequest SeaArtAdapter::submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const
{
    // The body is the model's parameter object itself: no "input" wrapper, no model field.
    QJsonObject body = spec.params;
    body.insert(QStringLiteral("prompt"), spec.prompt);
    const QUrl url = endpointUrlWithPath(endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("queue")}),
                                         spec.model.trimmed());
    return request(ApiPhase::Submit, "POST", url, Scheme, endpoint.apiKey, jsonBody(body));
}

QUrl SeaArtAdapter::requestUrl(const QUrl &base, const Task &task, const QString &action)
{
    const QUrl queue = endpointUrlWithPath(endpointUrl(base, {QStringLiteral("v1"), QStringLiteral("queue")}),
                                           task.spec.model.trimmed());
    return endpointUrl(queue, {QStringLiteral("requests"), task.remoteId, action});
}

QUrl SeaArtAdapter::storedOrBuilt(const ProviderEndpoint &endpoint, const Task &task, const char *key,
                                  const QString &action)
{
    // The docs say to use the returned URLs (fal builds them without the endpoint's subpath).
    const QUrl stored = trustedUrl(endpoint.baseUrl, task.remoteData.value(QLatin1StringView(key)).toString());
    return stored.isEmpty() ? requestUrl(endpoint.baseUrl, task, action) : stored;
}

ProviderRequest SeaArtAdapter::statusRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    return request(ApiPhase::Poll, "GET", storedOrBuilt(endpoint, task, "status_url", QStringLiteral("status")),
                   Scheme, endpoint.apiKey);
}

std::optional<ProviderRequest> SeaArtAdapter::resultRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    return request(ApiPhase::Result, "GET", storedOrBuilt(endpoint, task, "response_url", QStringLiteral("response")),
                   Scheme, endpoint.apiKey);
}

std::optional<ProviderRequest> SeaArtAdapter::cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    return request(ApiPhase::Cancel, "PUT", storedOrBuilt(endpoint, task, "cancel_url", QStringLiteral("cancel")),
                   Scheme, endpoint.apiKey);
}

TaskUpdate SeaArtAdapter::parseSubmit(const ProviderReply &reply) const
{
    if (!isSuccess(reply))
        return httpError(id(), ApiPhase::Submit, reply);

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Submit, reply, QStringLiteral("submit"), problem);
        return update;
    }
    update.remoteId = text(object->value(QLatin1StringView("request_id")));
    if (update.remoteId.isEmpty()) {
        update.error = unexpected(ApiPhase::Submit, reply, QStringLiteral("the submit answer has no request_id"));
        return update;
    }
    for (QLatin1StringView key : {StatusUrlKey, ResponseUrlKey, CancelUrlKey}) {
        const QString value = object->value(key).toString();
        if (!value.isEmpty())
            update.remoteData.insert(key, value);
    }
    // The submit answer may carry a status (newer fal); without one the task is queued.
    if (object->contains(QLatin1StringView("status")))
        applyStatus(*object, ApiPhase::Submit, reply, true, &update);
    if (!update.state && !update.error && !update.fetchResult)
        update.state = TaskState::Queued;
    if (update.queuePosition < 0)
        update.queuePosition = integer(object->value(QLatin1StringView("queue_position")));
    return update;
}

TaskUpdate SeaArtAdapter::parseStatus(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = httpError(id(), ApiPhase::Poll, reply);
        // 404 "Request not found": wrong id, endpoint or key; counts towards Lost.
        update.notFound = reply.httpStatus == 404;
        return update;
    }
    // fal answers 202 while queued/running and 200 when completed: both carry the status.
    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Poll, reply, QStringLiteral("status"), problem);
        return update;
    }
    applyStatus(*object, ApiPhase::Poll, reply, true, &update);
    return update;
}

TaskUpdate SeaArtAdapter::parseResult(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = httpError(id(), ApiPhase::Result, reply);
        update.notFound = reply.httpStatus == 404;
        // fal-style: an invalid job completes and its own 400/422 surfaces here. That is the
        // task's outcome, not a transient error, so the task is Failed.
        if (reply.httpStatus == 400 || reply.httpStatus == 422)
            update.state = TaskState::Failed;
        return update;
    }
    if (reply.httpStatus == 202) {
        // Not ready yet: the body repeats the status. Not an error, no news; keep polling.
        TaskUpdate update;
        update.excerpt = excerpt(reply, QStringLiteral("result not ready yet"));
        if (const std::optional<QJsonObject> object = jsonObject(reply.body)) {
            const QString status = object->value(QLatin1StringView("status")).toString();
            if (status == QLatin1StringView("IN_QUEUE"))
                update.queuePosition = integer(object->value(QLatin1StringView("queue_position")));
        }
        return update;
    }

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Result, reply, QStringLiteral("result"), problem);
        return update;
    }
    const QJsonValue outputs = object->value(QLatin1StringView("outputs"));
    QStringList urls;
    collectUrls(outputs, &urls);
    // fal's per-model shapes, in case an endpoint answers like its fal original.
    for (const char *key : {"images", "videos", "image", "video", "audio"})
        collectUrls(object->value(QLatin1StringView(key)), &urls);
    if (!urls.isEmpty()) {
        update.state = TaskState::Succeeded;
        update.progress = 100;
        update.resultUrls = urls;
        return update;
    }
    if (!object->contains(QLatin1StringView("outputs")) && object->contains(QLatin1StringView("status"))) {
        // A status-shaped 200 (a failure reported at /response, or a not-ready answer with 200).
        applyStatus(*object, ApiPhase::Result, reply, false, &update);
        return update;
    }
    // The task finished but produced nothing usable: that is its outcome.
    update.state = TaskState::Failed;
    update.error = unexpected(ApiPhase::Result, reply,
                              QStringLiteral("the result answer has no outputs with a url"));
    return update;
}

TaskUpdate SeaArtAdapter::parseCancel(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = httpError(id(), ApiPhase::Cancel, reply);
        if (update.error && update.error->code == QLatin1StringView("ALREADY_COMPLETED")) {
            // Too late to cancel: not an error. The engine re-polls and adopts the real state.
            update.error.reset();
            update.excerpt = excerpt(reply, QStringLiteral("already completed, not cancelled; re-polling for the real state"));
            return update;
        }
        update.notFound = reply.httpStatus == 404;
        return update;
    }

    TaskUpdate update;
    update.excerpt = excerpt(reply);
    const std::optional<QJsonObject> object = jsonObject(reply.body);
    const QString status = object ? object->value(QLatin1StringView("status")).toString() : QString();
    if (status == QLatin1StringView("ALREADY_COMPLETED")) {
        update.excerpt = excerpt(reply, QStringLiteral("already completed, not cancelled; re-polling for the real state"));
        return update;
    }
    if (status == QLatin1StringView("NOT_FOUND")) {
        update.notFound = true;
        update.error = EnvelopeParser::parseHttpError(id(), ApiPhase::Cancel, 404, reply.body, reply.headers);
        return update;
    }
    // CANCELLATION_REQUESTED (202), fal's "OK", or a bare 202: the provider took the request;
    // the task's real end comes from the next poll.
    if (status.isEmpty() && !object && reply.httpStatus != 202) {
        QString problem;
        jsonObject(reply.body, &problem);
        update.error = malformed(ApiPhase::Cancel, reply, QStringLiteral("cancel"), problem);
        return update;
    }
    update.state = TaskState::Cancelling;
    return update;
}

std::optional<InTaskFailure> SeaArtAdapter::readInTaskFailure(const QJsonObject &task) const
{
    if (task.value(QLatin1StringView("status")).toString() != QLatin1StringView("COMPLETED"))
        return std::nullopt;
    const QString error = EnvelopeParser::anyText(task.value(QLatin1StringView("error")));
    const QString errorType = EnvelopeParser::scalarText(task.value(QLatin1StringView("error_type")));
    // COMPLETED is only "terminal"; the error fields decide failure.
    if (error.isEmpty() && errorType.isEmpty())
        return std::nullopt;
    InTaskFailure d;
    d.code = errorType.isEmpty() ? QStringLiteral("INFERENCE_FAILURE") : errorType;
    d.codeInferred = errorType.isEmpty();
    d.message = error;
    d.requestId = EnvelopeParser::scalarText(task.value(QLatin1StringView("request_id")));
    return d;
}

std::span<const ErrorCatalogEntry> SeaArtAdapter::catalogEntries() const
{
    return seaArtCatalogEntries();
}

QUrl SeaArtAdapter::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://cloud.seaart.ai/model"));
}

QStringList SeaArtAdapter::apiPathSuffixes() const
{
    // The docs give the base as .../model and show {base}/v1/queue/{endpoint}.
    return {QStringLiteral("/v1/queue"), QStringLiteral("/v1")};
}
