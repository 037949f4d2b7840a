#include "viduprotocol.h"

#include "resultfactory.h"
#include "sandboxtaskstore.h"

#include "sandboxerrortables.h"

#include <QJsonArray>

#include <algorithm>

namespace QueueLensSandbox {

namespace {

// Every generation endpoint the Vidu docs name with image or video output (text2audio is
// left out: QueueLens has no audio results).
const QStringList &templates()
{
    static const QStringList names{QStringLiteral("text2video"),      QStringLiteral("img2video"),
                                   QStringLiteral("reference2video"), QStringLiteral("start-end2video"),
                                   QStringLiteral("template2video"),  QStringLiteral("reference2image")};
    return names;
}

constexpr qsizetype MaxReferenceImages = 7;

bool isNonEmptyStringArray(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString() && !v.toString().isEmpty(); });
}

} // namespace

SandboxRoute ViduProtocol::match(const QByteArray &method, const QStringList &s) const
{
    if (s.size() < 3 || s.at(0) != QLatin1String("ent") || s.at(1) != QLatin1String("v2"))
        return {};
    if (s.size() == 3 && method == "POST" && templates().contains(s.at(2)))
        return {Submit, RouteKind::Submit, QStringLiteral("/vidu/ent/v2/") + s.at(2), {s.at(2)}};
    if (s.size() == 3 && method == "GET" && s.at(2) == QLatin1String("tasks"))
        return {List, RouteKind::List, QStringLiteral("/vidu/ent/v2/tasks"), {}};
    if (s.size() == 3 && method == "GET" && s.at(2) == QLatin1String("credits"))
        return {Credits, RouteKind::Other, QStringLiteral("/vidu/ent/v2/credits"), {}};
    if (s.size() == 5 && s.at(2) == QLatin1String("tasks")) {
        if (s.at(4) == QLatin1String("creations") && method == "GET")
            return {Creations, RouteKind::Poll, QStringLiteral("/vidu/ent/v2/tasks/{id}/creations"), {s.at(3)}};
        if (s.at(4) == QLatin1String("cancel") && method == "POST")
            return {Cancel, RouteKind::Cancel, QStringLiteral("/vidu/ent/v2/tasks/{id}/cancel"), {s.at(3)}};
    }
    return {};
}

std::optional<ProviderProtocol::AuthProblem> ViduProtocol::checkAuth(const SandboxRequest &request, QString *key) const
{
    // Vidu's own scheme; Bearer (what resellers use) is rejected like a missing key.
    return checkScheme(request, {QStringLiteral("Token")}, false, key);
}

SandboxReply ViduProtocol::handle(RequestState &state)
{
    switch (state.route.handler) {
    case Submit: return submit(state);
    case Creations: return creations(state);
    case Cancel: return cancel(state);
    case List: return list(state);
    case Credits: return credits(state);
    }
    return unknownRoute(state.request);
}

std::optional<SandboxReply> ViduProtocol::validate(const QString &templ, const QJsonObject &body, const QString &prompt) const
{
    auto lacking = [this](const QString &field) { return catalogError(QStringLiteral("FieldLacking"), 400, field); };
    auto countOutOfRange = [this](const QString &field) {
        return catalogError(QStringLiteral("FieldItemCountOutOfRange"), 400, field);
    };
    auto invalid = [this](const QString &field) { return catalogError(QStringLiteral("FieldInvalid"), 400, field); };
    const bool isTemplate = templ == QLatin1String("template2video");
    const bool isImage = templ == QLatin1String("reference2image");

    // template2video picks its model through the template; every other endpoint needs one.
    if (isTemplate) {
        if (body.value(QLatin1StringView("template")).toString().trimmed().isEmpty())
            return lacking(QStringLiteral("template"));
    } else if (body.value(QLatin1StringView("model")).toString().trimmed().isEmpty()) {
        return lacking(QStringLiteral("model"));
    }
    const bool needsPrompt = templ == QLatin1String("text2video") || templ == QLatin1String("reference2video") || isImage;
    if (needsPrompt && prompt.trimmed().isEmpty())
        return lacking(QStringLiteral("prompt"));

    const QJsonValue images = body.value(QLatin1StringView("images"));
    const qsizetype count = images.toArray().size();
    if (templ == QLatin1String("text2video")) {
        if (body.contains(QLatin1StringView("images")))
            return catalogError(QStringLiteral("FieldUnwanted"), 400, QStringLiteral("images"));
    } else if (templ == QLatin1String("reference2video") && body.contains(QLatin1StringView("subjects"))) {
        // Newer models name their references: subjects[{name, images}], 1 to 7 of them.
        const QJsonArray subjects = body.value(QLatin1StringView("subjects")).toArray();
        if (subjects.isEmpty())
            return lacking(QStringLiteral("subjects"));
        if (subjects.size() > MaxReferenceImages)
            return countOutOfRange(QStringLiteral("subjects"));
        for (const QJsonValue &subject : subjects) {
            if (!isNonEmptyStringArray(subject.toObject().value(QLatin1StringView("images"))))
                return invalid(QStringLiteral("subjects"));
        }
    } else if (isImage && count == 0 && body.value(QLatin1StringView("model")).toString() != QLatin1String("viduq1")) {
        // viduq2 also generates from text alone; viduq1 only from references.
    } else {
        if (count == 0)
            return lacking(QStringLiteral("images"));
        const bool countOk = templ == QLatin1String("img2video")         ? count == 1
                             : templ == QLatin1String("start-end2video") ? count == 2
                                                                         : count <= MaxReferenceImages;
        if (!countOk)
            return countOutOfRange(QStringLiteral("images"));
        if (!isNonEmptyStringArray(images))
            return invalid(QStringLiteral("images"));
    }
    if (!isImage && body.contains(QLatin1StringView("duration"))) {
        const QJsonValue duration = body.value(QLatin1StringView("duration"));
        const int seconds = duration.toInt(-1);
        if (!duration.isDouble() || seconds < 1 || seconds > 16)
            return invalid(QStringLiteral("duration"));
    }
    return std::nullopt;
}

SandboxReply ViduProtocol::submit(RequestState &state)
{
    const QString templ = state.route.args.value(0);
    const std::optional<QJsonObject> body = bodyObject(state.request);
    if (!body)
        return invalidRequest(QStringLiteral("bad request"));
    const QString prompt = body->value(QLatin1StringView("prompt")).toString();

    SubmitPlan plan = planSubmit(state, prompt);
    if (plan.reject)
        return *plan.reject;
    if (auto problem = validate(templ, *body, plan.cleanPrompt))
        return *problem;

    SandboxTask draft;
    // Vidu ids are large decimal numbers, sent as strings.
    draft.id = QStringLiteral("8") + randomToken(plan.rng, 17, "0123456789");
    draft.endpoint = templ;
    draft.model = body->value(QLatin1StringView("model")).toString();
    draft.input = *body;
    draft.media = templ == QLatin1String("reference2image") ? MediaKind::Image : MediaKind::Video;
    SandboxTask *task = createTask(state, plan, std::move(draft));

    QJsonObject reply{{QStringLiteral("task_id"), task->id},
                      {QStringLiteral("state"), QStringLiteral("created")},
                      {QStringLiteral("model"), task->model},
                      {QStringLiteral("prompt"), task->prompt},
                      {QStringLiteral("duration"), body->value(QLatin1StringView("duration")).toInt(5)},
                      {QStringLiteral("seed"), double(task->seed % 2147483647ULL)},
                      {QStringLiteral("aspect_ratio"), body->value(QLatin1StringView("aspect_ratio")).toString(QStringLiteral("16:9"))},
                      {QStringLiteral("resolution"), body->value(QLatin1StringView("resolution")).toString(QStringLiteral("720p"))},
                      {QStringLiteral("movement_amplitude"), body->value(QLatin1StringView("movement_amplitude")).toString(QStringLiteral("auto"))},
                      {QStringLiteral("payload"), body->value(QLatin1StringView("payload")).toString()},
                      {QStringLiteral("off_peak"), body->value(QLatin1StringView("off_peak")).toBool(false)},
                      {QStringLiteral("credits"), 20},
                      {QStringLiteral("created_at"), task->createdUtc.toString(Qt::ISODate)}};
    if (body->contains(QLatin1StringView("images")))
        reply.insert(QStringLiteral("images"), body->value(QLatin1StringView("images")));
    if (body->contains(QLatin1StringView("template")))
        reply.insert(QStringLiteral("template"), body->value(QLatin1StringView("template")));
    return SandboxReply::json(200, reply);
}

QString ViduProtocol::stateText(const SandboxTask &task, qint64 nowMs)
{
    switch (task.phaseAt(nowMs)) {
    case TaskPhase::Queued:
        // First half of the wait "created", then "queueing" behind the concurrency limit.
        return task.stuck != StuckPhase::Queue && task.queueFractionAt(nowMs) < 0.5 ? QStringLiteral("created")
                                                                                    : QStringLiteral("queueing");
    case TaskPhase::Running: return QStringLiteral("processing");
    case TaskPhase::Succeeded: return QStringLiteral("success");
    default: break;
    }
    return QStringLiteral("failed");
}

QString ViduProtocol::errCode(const SandboxTask &task, TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Cancelled: return QStringLiteral("UserCancelled");
    case TaskPhase::TimedOut: return QStringLiteral("InternalServiceFailure");   // Vidu has no timeout state
    case TaskPhase::Failed: return task.failCode.isEmpty() ? QStringLiteral("Unknown") : task.failCode;
    default: break;
    }
    return {};
}

QJsonObject ViduProtocol::taskObject(const SandboxTask &task, qint64 nowMs, bool forList) const
{
    const TaskPhase phase = task.phaseAt(nowMs);
    QJsonArray creations;
    if (phase == TaskPhase::Succeeded) {
        // An image creation is its own cover.
        const QString main = fileUrl(task, ResultFactory::mainFileName(task, 0));
        const QString cover = task.media == MediaKind::Video ? fileUrl(task, QStringLiteral("poster.png")) : main;
        creations.append(QJsonObject{{QStringLiteral("id"), task.id + QStringLiteral("01")},
                                     {QStringLiteral("url"), main},
                                     {QStringLiteral("cover_url"), cover},
                                     {QStringLiteral("watermarked_url"), main}});
    }
    QJsonObject object{{QStringLiteral("id"), task.id},
                       {QStringLiteral("state"), stateText(task, nowMs)},
                       {QStringLiteral("err_code"), errCode(task, phase)},
                       {QStringLiteral("credits"), 20},
                       {QStringLiteral("payload"), task.input.value(QLatin1StringView("payload")).toString()},
                       {QStringLiteral("bgm"), task.input.value(QLatin1StringView("bgm")).toBool(false)},
                       {QStringLiteral("off_peak"), task.input.value(QLatin1StringView("off_peak")).toBool(false)},
                       {QStringLiteral("creations"), creations}};
    if (forList) {
        object.insert(QStringLiteral("key_id"), QStringLiteral("sandbox"));
        // The endpoint, or the template a template2video task used.
        object.insert(QStringLiteral("template"), task.input.value(QLatin1StringView("template")).toString(task.endpoint));
        object.insert(QStringLiteral("model"), task.model);
        object.insert(QStringLiteral("prompt"), task.prompt);
        object.insert(QStringLiteral("images"), task.input.value(QLatin1StringView("images")).toArray());
        object.insert(QStringLiteral("duration"), task.input.value(QLatin1StringView("duration")).toInt(5));
        object.insert(QStringLiteral("resolution"), task.input.value(QLatin1StringView("resolution")).toString(QStringLiteral("720p")));
        object.insert(QStringLiteral("aspect_ratio"), task.input.value(QLatin1StringView("aspect_ratio")).toString(QStringLiteral("16:9")));
        object.insert(QStringLiteral("created_at"), task.createdUtc.toString(Qt::ISODate));
    }
    return object;
}

SandboxReply ViduProtocol::creations(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("TaskNotFound"), 404, {});
    state.task = task;
    return SandboxReply::json(200, taskObject(*task, state.nowMs, false));
}

SandboxReply ViduProtocol::cancel(RequestState &state)
{
    SandboxTask *task = visibleTask(state.route.args.value(0));
    if (!task)
        return catalogError(QStringLiteral("TaskNotFound"), 404, {});
    // inferred: the docs show a refusal ("task state is scheduled, can not cancel") but not which
    // states allow a cancel, so only a finished task is refused; queued and running ones stop.
    if (task->isTerminalAt(state.nowMs)) {
        return envelope(400, QStringLiteral("BadRequest"),
                        QStringLiteral("task state is %1, can not cancel").arg(stateText(*task, state.nowMs)));
    }
    task->cancelledMs = state.nowMs;
    return SandboxReply::json(200, QJsonObject{});
}

SandboxReply ViduProtocol::list(RequestState &state)
{
    // The docs spell the pager both "pager." and "paper."; accept either.
    auto param = [&state](const QString &name) {
        QString value = state.request.queryValue(QStringLiteral("pager.") + name);
        if (value.isEmpty())
            value = state.request.queryValue(QStringLiteral("paper.") + name);
        return value;
    };
    bool ok = true;
    int pageSize = 10;
    if (const QString text = param(QStringLiteral("pagesz")); !text.isEmpty())
        pageSize = text.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > MaxPageSize)
        return catalogError(QStringLiteral("PageSizeOutOfRange"), 400, {});
    qsizetype offset = qsizetype(std::max(0, param(QStringLiteral("page")).toInt())) * pageSize;
    if (const QString token = param(QStringLiteral("page_token")); !token.isEmpty())
        offset = token.toLongLong();

    QStringList states;
    QStringList ids;
    const auto items = state.request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("states") || item.first == QLatin1String("states[]"))
            states << item.second.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (item.first == QLatin1String("task_ids") || item.first == QLatin1String("task_ids[]"))
            ids << item.second.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }

    QList<SandboxTask *> tasks = m_ctx.store->ofProvider(id());
    std::reverse(tasks.begin(), tasks.end());
    QJsonArray page;
    qsizetype matched = 0;
    bool more = false;
    for (SandboxTask *task : std::as_const(tasks)) {
        if (task->vanishedAt(state.nowMs))
            continue;
        if (!ids.isEmpty() && !ids.contains(task->id))
            continue;
        if (!states.isEmpty() && !states.contains(stateText(*task, state.nowMs)))
            continue;
        if (matched++ < offset)
            continue;
        if (page.size() >= pageSize) {
            more = true;
            break;
        }
        page.append(taskObject(*task, state.nowMs, true));
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("tasks"), page},
                                               {QStringLiteral("next_page_token"),
                                                more ? QString::number(offset + pageSize) : QString()}});
}

SandboxReply ViduProtocol::credits(RequestState &state)
{
    int running = 0;
    int queued = 0;
    const auto tasks = m_ctx.store->ofProvider(id());
    for (SandboxTask *task : tasks) {
        const TaskPhase phase = task->phaseAt(state.nowMs);
        running += phase == TaskPhase::Running ? 1 : 0;
        queued += phase == TaskPhase::Queued ? 1 : 0;
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("remains"),
                                                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("test")},
                                                                       {QStringLiteral("credit_remain"), 100000},
                                                                       {QStringLiteral("concurrency_limit"), 5},
                                                                       {QStringLiteral("current_concurrency"), running},
                                                                       {QStringLiteral("queue_count"), queued}}}}});
}

QString ViduProtocol::messageTemplate(const QString &code)
{
    static const QHash<QString, QString> messages{
        {QStringLiteral("BadRequest"), QStringLiteral("bad request")},
        {QStringLiteral("FieldLacking"), QStringLiteral("field is missing or empty: {{.fields}}")},
        {QStringLiteral("FieldUnwanted"), QStringLiteral("unwanted field: {{.fields}}")},
        {QStringLiteral("FieldItemCountOutOfRange"), QStringLiteral("field item count out of range: {{.fields}}")},
        {QStringLiteral("FieldInvalid"), QStringLiteral("invalid field: {{.fields}}")},
        {QStringLiteral("PageSizeOutOfRange"), QStringLiteral("page size out of range")},
        {QStringLiteral("ImageDownloadFailure"), QStringLiteral("image download failure")},
        {QStringLiteral("OperationInProcess"), QStringLiteral("operation in process, please retry later")},
        {QStringLiteral("ImageFormatInvalid"), QStringLiteral("invalid image format")},
        {QStringLiteral("AuditSubmitIllegal"), QStringLiteral("submit is illegal")},
        {QStringLiteral("CreditInsufficient"), QStringLiteral("insufficient credits")},
        {QStringLiteral("CreationPolicyViolation"), QStringLiteral("creation policy violation")},
        {QStringLiteral("ModelUnavailable"), QStringLiteral("model unavailable")},
        {QStringLiteral("UserCancelled"), QStringLiteral("user cancelled")},
        {QStringLiteral("ImageCheckBodyJointsFailed"), QStringLiteral("Image Check Body Joins Failed")},
        {QStringLiteral("ImageCheckFaceFailed"), QStringLiteral("Image Check Face Failed")},
        {QStringLiteral("ImageObjectsUndetected"), QStringLiteral("Image BodyJoins or Face Too Much Occlusion")},
        {QStringLiteral("TaskPromptPolicyViolation"), QStringLiteral("task prompt policy violation")},
        {QStringLiteral("Unauthorized"), QStringLiteral("unauthorized")},
        {QStringLiteral("Forbidden"), QStringLiteral("forbidden")},
        {QStringLiteral("TaskNotFound"), QStringLiteral("task not found")},
        {QStringLiteral("CreationNotFound"), QStringLiteral("creation not found")},
        {QStringLiteral("NotFound"), QStringLiteral("not found")},
        {QStringLiteral("Conflict"), QStringLiteral("resource conflict")},
        {QStringLiteral("QuotaExceeded"), QStringLiteral("quota exceeded")},
        {QStringLiteral("TooManyRequests"), QStringLiteral("too many requests")},
        {QStringLiteral("SystemThrottling"), QStringLiteral("system is throttling")},
        {QStringLiteral("Canceled"), QStringLiteral("request canceled by client")},
        {QStringLiteral("InternalServiceFailure"), QStringLiteral("internal service failure")},
        {QStringLiteral("Unknown"), QStringLiteral("unknown")},
        {QStringLiteral("FaceDetectFailure"), QStringLiteral("face detect failure")},
        {QStringLiteral("VideoDownloadFailure"), QStringLiteral("video download failure")},
        {QStringLiteral("VideoFormatInvalid"), QStringLiteral("video format invalid")},
        {QStringLiteral("FaceDetectNotPass"), QStringLiteral("face detect not pass")},
        {QStringLiteral("PhotoAuditNotPass"), QStringLiteral("photo audit not pass")},
        {QStringLiteral("NoFaceDetected"), QStringLiteral("no face detected")},
        {QStringLiteral("MultiFaceDetected"), QStringLiteral("multi face detected")},
        {QStringLiteral("AuditFailed"), QStringLiteral("audit failed")},
        {QStringLiteral("ImageSizeInvalid"), QStringLiteral("image size invalid")},
    };
    return messages.value(code, code);
}

QString ViduProtocol::defaultField(const QString &code)
{
    if (code == QLatin1String("FieldLacking"))
        return QStringLiteral("prompt");
    if (code == QLatin1String("FieldUnwanted"))
        return QStringLiteral("callback");
    if (code == QLatin1String("FieldItemCountOutOfRange"))
        return QStringLiteral("images");
    return QStringLiteral("duration");
}

SandboxReply ViduProtocol::envelope(int status, const QString &reason, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("code"), status},
                                                  {QStringLiteral("reason"), reason},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("trace_id"), traceId(32)}}}});
}

SandboxReply ViduProtocol::catalogError(const QString &code, int status, const QString &detail) const
{
    QString message = messageTemplate(code);
    if (message.contains(QLatin1String("{{.fields}}")))
        message.replace(QStringLiteral("{{.fields}}"), detail.isEmpty() ? defaultField(code) : detail);
    else if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return envelope(status, code, message);
}

SandboxReply ViduProtocol::statusError(int status) const
{
    switch (status) {
    case 400: return catalogError(QStringLiteral("BadRequest"), 400, {});
    case 401: return catalogError(QStringLiteral("Unauthorized"), 401, {});
    case 403: return catalogError(QStringLiteral("Forbidden"), 403, {});
    case 404: return catalogError(QStringLiteral("NotFound"), 404, {});
    case 409: return catalogError(QStringLiteral("Conflict"), 409, {});
    case 429: return catalogError(QStringLiteral("TooManyRequests"), 429, {});
    case 499: return catalogError(QStringLiteral("Canceled"), 499, {});
    case 502:
    case 504: return proxyErrorPage(status);
    default: break;
    }
    if (status >= 500)
        return catalogError(QStringLiteral("InternalServiceFailure"), status, {});
    return catalogError(QStringLiteral("BadRequest"), status, {});
}

SandboxReply ViduProtocol::unknownRoute(const SandboxRequest &) const
{
    return catalogError(QStringLiteral("NotFound"), 404, {});
}

SandboxReply ViduProtocol::authFailure(AuthProblem problem) const
{
    switch (problem) {
    case AuthProblem::Missing:
    case AuthProblem::Invalid: return catalogError(QStringLiteral("Unauthorized"), 401, {});
    case AuthProblem::NoCredit: return catalogError(QStringLiteral("CreditInsufficient"), 400, {});
    case AuthProblem::Forbidden: return catalogError(QStringLiteral("Forbidden"), 403, {});
    case AuthProblem::RateLimited: return rateLimited(std::nullopt);
    }
    return statusError(401);
}

SandboxReply ViduProtocol::invalidRequest(const QString &message) const
{
    return envelope(400, QStringLiteral("BadRequest"), message);
}

} // namespace QueueLensSandbox
