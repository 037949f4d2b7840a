#include "foxapiadapter.h"

#include "foxapicatalog.h"

#include "adapterkit.h"
#include "envelopeparser.h"

#include <QJsonArray>

using namespace AdapterKit;

namespace {

constexpr QByteArrayView Scheme = "Bearer";

// Task-detail fields shared by the submit answer and the status answer.
void applyTask(const QJsonObject &task, ApiPhase phase, const ProviderReply &reply, TaskUpdate *update)
{
    const QJsonObject info = task.value(QLatin1StringView("task_info")).toObject();
    const int estimated = integer(info.value(QLatin1StringView("estimated_time")));
    if (estimated >= 0)
        update->estimatedSeconds = estimated;
    if (info.value(QLatin1StringView("can_cancel")).isBool())
        update->remoteData.insert(QStringLiteral("can_cancel"), info.value(QLatin1StringView("can_cancel")));

    const QString status = task.value(QLatin1StringView("status")).toString();
    if (status == QLatin1StringView("pending")) {
        update->state = TaskState::Queued;
    } else if (status == QLatin1StringView("processing")) {
        update->state = TaskState::Running;
        update->progress = progress(task.value(QLatin1StringView("progress")));
    } else if (status == QLatin1StringView("completed")) {
        // Three documented result shapes: results:[{url}], results:["url"], output:{url, urls[]}.
        QStringList urls;
        collectUrls(task.value(QLatin1StringView("results")), &urls);
        const QJsonObject output = task.value(QLatin1StringView("output")).toObject();
        collectUrls(output.value(QLatin1StringView("url")), &urls);
        collectUrls(output.value(QLatin1StringView("urls")), &urls);
        if (urls.isEmpty()) {
            // Finished without anything to show: the outcome is a failure, explained.
            update->state = TaskState::Failed;
            update->error = unexpected(phase, reply, QStringLiteral("the completed task has no result URL "
                                                                    "(neither results[] nor output.url/urls)"));
            return;
        }
        update->state = TaskState::Succeeded;
        update->progress = 100;
        update->resultUrls = urls;
    } else if (status == QLatin1StringView("failed") || status == QLatin1StringView("cancelled")) {
        update->error = FoxApiAdapter{}.inTaskFailure(task);
        const QString code = update->error ? update->error->code : QString();
        if (status == QLatin1StringView("cancelled") || code == QLatin1StringView("request_cancelled"))
            update->state = TaskState::Cancelled;
        else if (code == QLatin1StringView("timeout") || code == QLatin1StringView("generation_timeout"))
            update->state = TaskState::TimedOut;
        else
            update->state = TaskState::Failed;
    } else if (status.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no status").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown FoxAPI status \"%1\"").arg(status.left(60)));
    }
}

} // namespace

QString FoxApiAdapter::id() const
{
    return QStringLiteral("foxapi");
}

QString FoxApiAdapter::displayName() const
{
    return QStringLiteral("FoxAPI");
}

ProviderCapabilities FoxApiAdapter::capabilities() const
{
    ProviderCapabilities caps;
    caps.canCancel = false;
    caps.cancelUnsupportedReason = tr("FoxAPI documents no cancel endpoint: the task runs to the end "
                                      "and is billed as usual.");
    caps.canList = false;
    return caps;
}

QStringList FoxApiAdapter::suggestedModels() const
{
    return {QStringLiteral("wan-2.7-image"), QStringLiteral("veo-3.1-fast")};
}

QStringList FoxApiAdapter::kinds() const
{
    return {QStringLiteral("image"), QStringLiteral("video")};
}

bool FoxApiAdapter::isVideoKind(const QString &kind)
{
    return kind.contains(QLatin1StringView("video"), Qt::CaseInsensitive);
}

QString FoxApiAdapter::validate(const TaskSpec &spec) const
{
    if (const QString base = ProviderAdapter::validate(spec); !base.isEmpty())
        return base;
    const QString kind = spec.kind.trimmed();
    if (!kind.isEmpty() && kind != QLatin1StringView("image") && !isVideoKind(kind))
        return tr("FoxAPI accepts the kinds \"image\" and \"video\", not \"%1\".").arg(kind);
    if (spec.model.contains(QLatin1Char(' ')))
        return tr("\"%1\" is not a FoxAPI model name (model names have no spaces).").arg(spec.model.trimmed());
    return {};
}

ProviderRequest FoxApiAdapter::submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const
{
    const QString collection = isVideoKind(spec.kind) ? QStringLiteral("videos") : QStringLiteral("images");
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), collection, QStringLiteral("generations")});
    return request(ApiPhase::Submit, "POST", url, Scheme, endpoint.apiKey, jsonBody(modelPromptBody(spec)));
}

ProviderRequest FoxApiAdapter::statusRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("v1"), QStringLiteral("tasks"), task.remoteId});
    return request(ApiPhase::Poll, "GET", url, Scheme, endpoint.apiKey);
}

TaskUpdate FoxApiAdapter::parseSubmit(const ProviderReply &reply) const
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
    update.remoteId = text(object->value(QLatin1StringView("id")));
    if (update.remoteId.isEmpty())   // tolerated: some family members say task_id
        update.remoteId = text(object->value(QLatin1StringView("task_id")));
    if (update.remoteId.isEmpty()) {
        update.error = unexpected(ApiPhase::Submit, reply, QStringLiteral("the submit answer has no task id (id)"));
        return update;
    }
    const QString type = object->value(QLatin1StringView("type")).toString();
    if (!type.isEmpty())
        update.remoteData.insert(QStringLiteral("type"), type);
    if (object->contains(QLatin1StringView("status")))
        applyTask(*object, ApiPhase::Submit, reply, &update);
    if (!update.state && !update.error)
        update.state = TaskState::Queued;
    return update;
}

TaskUpdate FoxApiAdapter::parseStatus(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = httpError(id(), ApiPhase::Poll, reply);
        update.notFound = reply.httpStatus == 404;
        return update;
    }
    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    if (!object) {
        update.error = malformed(ApiPhase::Poll, reply, QStringLiteral("status"), problem);
        return update;
    }
    applyTask(*object, ApiPhase::Poll, reply, &update);
    return update;
}

TaskUpdate FoxApiAdapter::parseCancel(const ProviderReply &reply, const Task &) const
{
    // Never reached through cancelRequest() (there is none); answer honestly if called anyway.
    if (!isSuccess(reply))
        return httpError(id(), ApiPhase::Cancel, reply);
    TaskUpdate update;
    update.excerpt = excerpt(reply);
    update.error = clientError(QStringLiteral("cancel_unsupported"), ApiPhase::Cancel, reply,
                               QStringLiteral("FoxAPI has no documented cancel endpoint"));
    return update;
}

std::optional<InTaskFailure> FoxApiAdapter::readInTaskFailure(const QJsonObject &task) const
{
    const QString status = task.value(QLatin1StringView("status")).toString();
    const bool failed = status == QLatin1StringView("failed");
    const bool cancelled = status == QLatin1StringView("cancelled");
    if (!failed && !cancelled)
        return std::nullopt;
    const QJsonObject error = task.value(QLatin1StringView("error")).toObject();
    InTaskFailure d;
    d.code = EnvelopeParser::scalarText(error.value(QLatin1StringView("code")));
    if (d.code.isEmpty()) {
        d.code = failed ? QStringLiteral("generation_failed") : QStringLiteral("request_cancelled");
        d.codeInferred = true;
    }
    d.type = EnvelopeParser::scalarText(error.value(QLatin1StringView("type")));
    d.message = EnvelopeParser::anyText(error.value(QLatin1StringView("message")));
    return d;
}

std::span<const ErrorCatalogEntry> FoxApiAdapter::catalogEntries() const
{
    return foxApiCatalogEntries();
}

QUrl FoxApiAdapter::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.foxapi.cc"));
}

QStringList FoxApiAdapter::apiPathSuffixes() const
{
    // OpenAI-style SDK settings and gateway docs give the base with /v1.
    return {QStringLiteral("/v1")};
}
