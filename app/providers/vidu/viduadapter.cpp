#include "viduadapter.h"

#include "viducatalog.h"

#include "adapterkit.h"
#include "envelopeparser.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace AdapterKit;

namespace {

constexpr QByteArrayView Scheme = "Token";

TaskUpdate errorAnswer(ApiPhase phase, const ProviderReply &reply)
{
    TaskUpdate update = httpError(QStringLiteral("vidu"), phase, reply);
    update.notFound = phase != ApiPhase::Submit
        && (reply.httpStatus == 404
            || (update.error && update.error->code == QLatin1StringView("TaskNotFound")));
    return update;
}

// "task state is scheduled, can not cancel": the task is past the point of cancelling.
bool isCannotCancel(const ApiError &error)
{
    if (error.code != QLatin1StringView("BadRequest"))
        return false;
    const QString message = error.message.toLower();
    return message.contains(QLatin1StringView("can not cancel")) || message.contains(QLatin1StringView("cannot cancel"))
        || message.contains(QLatin1StringView("can't cancel"));
}

void applyTask(const QJsonObject &task, ApiPhase phase, const ProviderReply &reply, TaskUpdate *update)
{
    const QString state = task.value(QLatin1StringView("state")).toString();
    // "scheduled" is not in the documented list but appears in the cancel refusal message.
    if (state == QLatin1StringView("created") || state == QLatin1StringView("queueing")
        || state == QLatin1StringView("scheduled")) {
        update->state = TaskState::Queued;
    } else if (state == QLatin1StringView("processing")) {
        update->state = TaskState::Running;
        update->progress = progress(task.value(QLatin1StringView("progress")));
    } else if (state == QLatin1StringView("success")) {
        const QJsonArray creations = task.value(QLatin1StringView("creations")).toArray();
        QStringList urls;
        QJsonArray covers;
        for (const QJsonValue &creation : creations) {
            const QJsonObject object = creation.toObject();
            collectUrls(object.value(QLatin1StringView("url")), &urls);
            const QString cover = object.value(QLatin1StringView("cover_url")).toString();
            if (!cover.isEmpty())
                covers.append(cover);
        }
        if (urls.isEmpty()) {
            update->state = TaskState::Failed;
            update->error = unexpected(phase, reply, QStringLiteral("the successful task has no creations[].url"));
            return;
        }
        update->state = TaskState::Succeeded;
        update->progress = 100;
        update->resultUrls = urls;
        if (!covers.isEmpty())   // poster frames, handy for thumbnails
            update->remoteData.insert(QStringLiteral("cover_urls"), covers);
    } else if (state == QLatin1StringView("failed")) {
        update->error = ViduAdapter{}.inTaskFailure(task);
        const bool cancelled = update->error && update->error->code == QLatin1StringView("UserCancelled");
        update->state = cancelled ? TaskState::Cancelled : TaskState::Failed;
    } else if (state.isEmpty()) {
        update->error = unexpected(phase, reply, QStringLiteral("the %1 answer has no state").arg(answerName(phase)));
    } else {
        update->error = unexpected(phase, reply, QStringLiteral("unknown Vidu state \"%1\"").arg(state.left(60)));
    }
}

} // namespace

QString ViduAdapter::id() const
{
    return QStringLiteral("vidu");
}

QString ViduAdapter::displayName() const
{
    return QStringLiteral("Vidu");
}

ProviderCapabilities ViduAdapter::capabilities() const
{
    ProviderCapabilities caps;
    caps.canCancel = true;
    // Vidu's docs name no state in which cancel is refused; a finished task answers 400
    // "can not cancel", which the engine reads as "already terminal".
    caps.canList = true;    // GET /ent/v2/tasks (listRequest/findInList)
    caps.submitIsIdempotent = false;
    return caps;
}

QStringList ViduAdapter::suggestedModels() const
{
    return {QStringLiteral("viduq1"), QStringLiteral("viduq2")};
}

QStringList ViduAdapter::kinds() const
{
    // Every generation endpoint of ent/v2 that produces an image or a video.
    return {QStringLiteral("text2video"),      QStringLiteral("img2video"),      QStringLiteral("reference2video"),
            QStringLiteral("start-end2video"), QStringLiteral("template2video"), QStringLiteral("reference2image")};
}

QString ViduAdapter::kindName(const QString &kind) const
{
    // Vidu's kinds are its endpoints: named by what goes in and what comes out.
    if (kind == QLatin1String("text2video"))
        return tr("Text to video");
    if (kind == QLatin1String("img2video"))
        return tr("Image to video");
    if (kind == QLatin1String("reference2video"))
        return tr("Reference images to video");
    if (kind == QLatin1String("start-end2video"))
        return tr("First and last frame to video");
    if (kind == QLatin1String("template2video"))
        return tr("Template to video");
    if (kind == QLatin1String("reference2image"))
        return tr("Reference images to image");
    return ProviderAdapter::kindName(kind);
}

QString ViduAdapter::endpointFor(const QString &kind)
{
    const QString trimmed = kind.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("text2video") : trimmed;
}

QString ViduAdapter::validate(const TaskSpec &spec) const
{
    const QString kind = endpointFor(spec.kind);
    // A template names its own model and prompt; every other endpoint needs both.
    if (kind != QLatin1StringView("template2video")) {
        if (const QString base = ProviderAdapter::validate(spec); !base.isEmpty())
            return base;
    }
    if (!kinds().contains(kind))
        return tr("Vidu has no \"%1\" endpoint. Choose one of: %2.").arg(kind, kinds().join(QStringLiteral(", ")));
    // Vidu takes images as an array: exactly one for img2video, the first and last frame for
    // start-end2video, one to seven references (or named subjects) for reference2video.
    const QJsonValue images = spec.params.value(QLatin1StringView("images"));
    const qsizetype count = images.isArray() ? images.toArray().size() : 0;
    if (kind == QLatin1StringView("text2video")) {
        if (spec.params.contains(QLatin1StringView("images")))
            return tr("Vidu text2video takes no images: remove \"images\" or choose img2video.");
    } else if (kind == QLatin1StringView("img2video") && count != 1) {
        return tr("Vidu img2video needs \"images\" as an array with exactly one image URL.");
    } else if (kind == QLatin1StringView("start-end2video") && count != 2) {
        return tr("Vidu start-end2video needs \"images\" as an array of two image URLs: the first and the last frame.");
    } else if (kind == QLatin1StringView("reference2video") && !spec.params.contains(QLatin1StringView("subjects"))
               && (count < 1 || count > 7)) {
        return tr("Vidu reference2video needs \"images\" as an array of one to seven image URLs, or \"subjects\".");
    } else if (kind == QLatin1StringView("template2video")) {
        if (spec.params.value(QLatin1StringView("template")).toString().trimmed().isEmpty())
            return tr("Vidu template2video needs the template's name in \"template\" (the template picks the model).");
        if (count < 1)
            return tr("Vidu template2video needs \"images\" as an array of image URLs.");
    } else if (kind == QLatin1StringView("reference2image") && spec.model.trimmed() == QLatin1StringView("viduq1")
               && count < 1) {
        return tr("Vidu reference2image with viduq1 needs \"images\" as an array of reference image URLs.");
    }
    if (spec.model.contains(QLatin1Char(' ')))
        return tr("\"%1\" is not a Vidu model name (for example viduq1).").arg(spec.model.trimmed());
    return {};
}

ProviderRequest ViduAdapter::submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const
{
    const QString kind = endpointFor(spec.kind);
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("ent"), QStringLiteral("v2"), kind});
    QJsonObject body = modelPromptBody(spec);
    // A template brings its own model; an empty one is left out rather than sent blank.
    if (kind == QLatin1StringView("template2video") && spec.model.trimmed().isEmpty())
        body.remove(QStringLiteral("model"));
    return request(ApiPhase::Submit, "POST", url, Scheme, endpoint.apiKey, jsonBody(body));
}

ProviderRequest ViduAdapter::statusRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("ent"), QStringLiteral("v2"), QStringLiteral("tasks"),
                                                    task.remoteId, QStringLiteral("creations")});
    return request(ApiPhase::Poll, "GET", url, Scheme, endpoint.apiKey);
}

std::optional<ProviderRequest> ViduAdapter::cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("ent"), QStringLiteral("v2"), QStringLiteral("tasks"),
                                                    task.remoteId, QStringLiteral("cancel")});
    QJsonObject body;
    body.insert(QStringLiteral("id"), task.remoteId);
    return request(ApiPhase::Cancel, "POST", url, Scheme, endpoint.apiKey, jsonBody(body));
}

std::optional<ProviderRequest> ViduAdapter::listRequest(const ProviderEndpoint &endpoint, const Task &task) const
{
    const QDateTime submitted = (task.submittedAt.isValid() ? task.submittedAt : task.createdAt).toUTC();
    QUrl url = endpointUrl(endpoint.baseUrl, {QStringLiteral("ent"), QStringLiteral("v2"), QStringLiteral("tasks")});
    QUrlQuery query;
    if (submitted.isValid()) {
        query.addQueryItem(QStringLiteral("created_at.from"),
                           submitted.addSecs(-ListWindowSeconds).toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("created_at.to"), submitted.addSecs(ListWindowSeconds).toString(Qt::ISODate));
    }
    query.addQueryItem(QStringLiteral("pager.pagesz"), QString::number(ListPageSize));
    url.setQuery(query);
    return request(ApiPhase::List, "GET", url, Scheme, endpoint.apiKey);
}

TaskListMatch ViduAdapter::findInList(const ProviderReply &reply, const Task &task) const
{
    // The request asks only for the window around the submit; a full page may still leave some out.
    return matchListedTasks(QStringLiteral("vidu"), reply, QLatin1StringView("tasks"), task,
                            {QLatin1StringView("id"), QLatin1StringView("task_id")});
}

TaskUpdate ViduAdapter::parseSubmit(const ProviderReply &reply) const
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
    update.remoteId = text(object->value(QLatin1StringView("task_id")));
    if (update.remoteId.isEmpty())
        update.remoteId = text(object->value(QLatin1StringView("id")));
    if (update.remoteId.isEmpty()) {
        update.error = unexpected(ApiPhase::Submit, reply, QStringLiteral("the submit answer has no task_id"));
        return update;
    }
    if (object->contains(QLatin1StringView("state")))
        applyTask(*object, ApiPhase::Submit, reply, &update);
    if (!update.state && !update.error)
        update.state = TaskState::Queued;
    return update;
}

TaskUpdate ViduAdapter::parseStatus(const ProviderReply &reply, const Task &) const
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
    applyTask(*object, ApiPhase::Poll, reply, &update);
    return update;
}

TaskUpdate ViduAdapter::parseCancel(const ProviderReply &reply, const Task &) const
{
    if (!isSuccess(reply)) {
        TaskUpdate update = errorAnswer(ApiPhase::Cancel, reply);
        if (update.error && isCannotCancel(*update.error)) {
            // Past the point of cancelling: not an error. The engine re-polls for the real state.
            update.error.reset();
            update.excerpt = excerpt(reply, QStringLiteral("can not cancel any more; re-polling for the real state"));
        }
        return update;
    }
    // Success is "{}"; any JSON object (or none at all) means the request was taken.
    TaskUpdate update;
    update.excerpt = excerpt(reply);
    QString problem;
    if (!reply.body.trimmed().isEmpty() && !jsonObject(reply.body, &problem)) {
        update.error = malformed(ApiPhase::Cancel, reply, QStringLiteral("cancel"), problem);
        return update;
    }
    update.state = TaskState::Cancelling;
    return update;
}

std::optional<InTaskFailure> ViduAdapter::readInTaskFailure(const QJsonObject &task) const
{
    if (task.value(QLatin1StringView("state")).toString() != QLatin1StringView("failed"))
        return std::nullopt;
    InTaskFailure d;
    d.code = EnvelopeParser::scalarText(task.value(QLatin1StringView("err_code")));
    if (d.code.isEmpty()) {
        d.code = QStringLiteral("Unknown");
        d.codeInferred = true;
    }
    // The body carries only the code; the catalog explains it.
    d.message = QStringLiteral("task failed");
    return d;
}

std::span<const ErrorCatalogEntry> ViduAdapter::catalogEntries() const
{
    return viduCatalogEntries();
}

QUrl ViduAdapter::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.vidu.com"));
}

QStringList ViduAdapter::apiPathSuffixes() const
{
    // The Vidu docs show https://api.vidu.com/ent/v2 as the address of every call.
    return {QStringLiteral("/ent/v2"), QStringLiteral("/ent")};
}
