#include "taskoutbox.h"

#include "storebackend.h"
#include "taskrowcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <limits>

using namespace TaskRowCodec;

namespace {

constexpr int FormatVersion = 1;

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch())) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    // toInteger(), not qint64(toDouble()): a damaged file's 1e300 must not be cast, which is
    // undefined behaviour (found by fuzz_task_outbox). Out-of-range numbers read as "no time".
    constexpr qint64 NotAWholeNumber = std::numeric_limits<qint64>::min();
    const qint64 ms = value.toInteger(NotAWholeNumber);
    return ms != NotAWholeNumber ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QJsonObject taskJson(const Task &task)
{
    QJsonObject object{
        {QStringLiteral("id"), double(task.id)},
        {QStringLiteral("profile"), task.profileId},
        {QStringLiteral("provider"), task.provider},
        {QStringLiteral("model"), task.spec.model},
        {QStringLiteral("kind"), task.spec.kind},
        {QStringLiteral("prompt"), task.spec.prompt},
        {QStringLiteral("params"), task.spec.params},
        {QStringLiteral("remote_id"), task.remoteId},
        {QStringLiteral("remote_data"), task.remoteData},
        {QStringLiteral("state"), TaskStates::id(task.state)},
        {QStringLiteral("progress"), task.progress},
        {QStringLiteral("queue_position"), task.queuePosition},
        {QStringLiteral("attempts"), task.attempts},
        {QStringLiteral("results"), QJsonArray::fromStringList(task.resultUrls)},
        {QStringLiteral("created_at"), timeJson(task.createdAt)},
        {QStringLiteral("submitted_at"), timeJson(task.submittedAt)},
        {QStringLiteral("updated_at"), timeJson(task.updatedAt)},
        {QStringLiteral("finished_at"), timeJson(task.finishedAt)},
        {QStringLiteral("version"), double(task.version)},
        {QStringLiteral("owner"), task.owner},
        {QStringLiteral("cancel_requested"), task.cancelRequested},
        {QStringLiteral("submitted_by"), task.submittedBy},
    };
    if (task.lastError)
        object.insert(QStringLiteral("error"), task.lastError->toJson());
    return object;
}

Task taskFrom(const QJsonObject &object)
{
    Task task;
    task.id = object.value(QLatin1StringView("id")).toInteger();   // see timeFrom()
    task.profileId = object.value(QLatin1StringView("profile")).toString();
    task.provider = object.value(QLatin1StringView("provider")).toString();
    task.spec.model = object.value(QLatin1StringView("model")).toString();
    task.spec.kind = object.value(QLatin1StringView("kind")).toString();
    task.spec.prompt = object.value(QLatin1StringView("prompt")).toString();
    task.spec.params = object.value(QLatin1StringView("params")).toObject();
    task.remoteId = object.value(QLatin1StringView("remote_id")).toString();
    task.remoteData = object.value(QLatin1StringView("remote_data")).toObject();
    task.state = stateOf(object.value(QLatin1StringView("state")).toString());
    task.progress = object.value(QLatin1StringView("progress")).toInt(-1);
    task.queuePosition = object.value(QLatin1StringView("queue_position")).toInt(-1);
    task.attempts = std::max(1, object.value(QLatin1StringView("attempts")).toInt(1));
    for (const QJsonValue &url : object.value(QLatin1StringView("results")).toArray())
        task.resultUrls.append(url.toString());
    if (object.value(QLatin1StringView("error")).isObject())
        task.lastError = ApiError::fromJson(object.value(QLatin1StringView("error")).toObject());
    task.createdAt = timeFrom(object.value(QLatin1StringView("created_at")));
    task.submittedAt = timeFrom(object.value(QLatin1StringView("submitted_at")));
    task.updatedAt = timeFrom(object.value(QLatin1StringView("updated_at")));
    task.finishedAt = timeFrom(object.value(QLatin1StringView("finished_at")));
    task.version = object.value(QLatin1StringView("version")).toInteger();
    task.owner = object.value(QLatin1StringView("owner")).toString();
    task.cancelRequested = object.value(QLatin1StringView("cancel_requested")).toBool();
    task.submittedBy = object.value(QLatin1StringView("submitted_by")).toString();
    return task;
}

} // namespace

TaskOutbox::TaskOutbox(const QString &location)
{
    // Named after the database (without its password), so two shared histories never mix.
    const QByteArray digest = QCryptographicHash::hash(StoreBackend::forLocation(location)->displayLocation().toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16);
    m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                 .filePath(QStringLiteral("outbox/%1.json").arg(QString::fromLatin1(digest)));
}

bool TaskOutbox::exists() const
{
    return QFile::exists(m_path);
}

bool TaskOutbox::save(const TaskStore::Batch &pending, QString *error)
{
    if (pending.isEmpty()) {
        clear();
        return true;
    }
    QJsonArray writes;
    for (const TaskStore::TaskWrite &write : pending.writes)
        writes.append(QJsonObject{{QStringLiteral("base"), taskJson(write.base)}, {QStringLiteral("task"), taskJson(write.task)}});
    QJsonArray events;
    for (const TaskEvent &event : pending.events) {
        events.append(QJsonObject{{QStringLiteral("task"), double(event.taskId)},
                                  {QStringLiteral("attempt"), event.attempt},
                                  {QStringLiteral("at"), timeJson(event.at)},
                                  {QStringLiteral("from"), TaskStates::id(event.from)},
                                  {QStringLiteral("to"), TaskStates::id(event.to)},
                                  {QStringLiteral("cause"), event.cause},
                                  {QStringLiteral("excerpt"), event.excerpt}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatVersion}, {QStringLiteral("writes"), writes},
                           {QStringLiteral("events"), events}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

std::optional<TaskStore::Batch> TaskOutbox::load(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return parse(file.readAll(), QDir::toNativeSeparators(m_path), error);
}

std::optional<TaskStore::Batch> TaskOutbox::parse(const QByteArray &bytes, const QString &name, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject() || document.object().value(QLatin1StringView("format")).toInt() != FormatVersion) {
        if (error)
            *error = QStringLiteral("%1 is damaged (%2)").arg(name, parseError.errorString());
        return std::nullopt;
    }
    TaskStore::Batch batch;
    for (const QJsonValue &value : document.object().value(QLatin1StringView("writes")).toArray()) {
        const QJsonObject write = value.toObject();
        batch.writes.append({taskFrom(write.value(QLatin1StringView("base")).toObject()),
                             taskFrom(write.value(QLatin1StringView("task")).toObject()), false});
    }
    for (const QJsonValue &value : document.object().value(QLatin1StringView("events")).toArray()) {
        const QJsonObject object = value.toObject();
        TaskEvent event;
        event.taskId = object.value(QLatin1StringView("task")).toInteger();   // see timeFrom()
        event.attempt = object.value(QLatin1StringView("attempt")).toInt();
        event.at = timeFrom(object.value(QLatin1StringView("at")));
        event.from = stateOf(object.value(QLatin1StringView("from")).toString());
        event.to = stateOf(object.value(QLatin1StringView("to")).toString());
        event.cause = object.value(QLatin1StringView("cause")).toString();
        event.excerpt = object.value(QLatin1StringView("excerpt")).toString();
        batch.events.append(event);
    }
    return batch;
}

void TaskOutbox::clear()
{
    QFile::remove(m_path);
}

int TaskOutbox::replayInto(TaskStore &store, QString *error)
{
    if (!exists())
        return 0;
    const std::optional<TaskStore::Batch> batch = load(error);
    if (!batch)
        return -1;
    if (!store.commit(*batch)) {
        if (error)
            *error = store.lastError();
        return -1;
    }
    clear();
    return int(batch->writes.size());
}
