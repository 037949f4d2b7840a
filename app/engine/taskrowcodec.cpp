#include "taskrowcodec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace TaskRowCodec {

const char *const SelectColumns =
    "id, profile_id, provider, model, kind, prompt, params, remote_id, remote_data, state, progress, "
    "queue_position, attempts, last_error, created_at, submitted_at, updated_at, finished_at, version, owner, "
    "cancel_requested, submitted_by";

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString text(const QString &value)
{
    // Text columns are NOT NULL: a null QString would bind as SQL NULL.
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

static QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant errorText(const std::optional<ApiError> &error)
{
    return error ? QVariant(jsonText(error->toJson())) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<ApiError> errorOf(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return ApiError::fromJson(jsonObject(value));
}

TaskState stateOf(const QVariant &value)
{
    return TaskStates::fromId(value.toString()).value_or(TaskState::Unknown);
}

quint32 changedFields(const Task &a, const Task &b)
{
    quint32 mask = 0;
    if (a.remoteId != b.remoteId)
        mask |= RemoteId;
    if (a.remoteData != b.remoteData)
        mask |= RemoteData;
    if (a.state != b.state)
        mask |= State;
    if (a.progress != b.progress)
        mask |= Progress;
    if (a.queuePosition != b.queuePosition)
        mask |= QueuePosition;
    if (a.attempts != b.attempts)
        mask |= Attempts;
    if (a.lastError != b.lastError)
        mask |= LastError;
    if (a.submittedAt != b.submittedAt)
        mask |= SubmittedAt;
    if (a.updatedAt != b.updatedAt)
        mask |= UpdatedAt;
    if (a.finishedAt != b.finishedAt)
        mask |= FinishedAt;
    if (!(a.spec == b.spec))
        mask |= Spec;
    if (a.cancelRequested != b.cancelRequested)
        mask |= CancelRequested;
    return mask;
}

void copyFields(Task &target, const Task &source, quint32 mask)
{
    if (mask & RemoteId)
        target.remoteId = source.remoteId;
    if (mask & RemoteData)
        target.remoteData = source.remoteData;
    if (mask & State)
        target.state = source.state;
    if (mask & Progress)
        target.progress = source.progress;
    if (mask & QueuePosition)
        target.queuePosition = source.queuePosition;
    if (mask & Attempts)
        target.attempts = source.attempts;
    if (mask & LastError)
        target.lastError = source.lastError;
    if (mask & SubmittedAt)
        target.submittedAt = source.submittedAt;
    if (mask & UpdatedAt)
        target.updatedAt = source.updatedAt;
    if (mask & FinishedAt)
        target.finishedAt = source.finishedAt;
    if (mask & Spec)
        target.spec = source.spec;
    if (mask & CancelRequested)
        target.cancelRequested = source.cancelRequested;
}

QString assignments(quint32 mask)
{
    QStringList parts;
    // Within one attempt a known remote id is never blanked, whatever a stale copy says.
    if (mask & RemoteId)
        parts << QStringLiteral("remote_id=CASE WHEN :remote_id='' AND attempts>=:guard_attempts THEN remote_id "
                                "ELSE :remote_id END");
    if (mask & RemoteData)
        parts << QStringLiteral("remote_data=:remote_data");
    if (mask & State)
        parts << QStringLiteral("state=:state");
    if (mask & Progress)
        parts << QStringLiteral("progress=:progress");
    if (mask & QueuePosition)
        parts << QStringLiteral("queue_position=:queue_position");
    if (mask & Attempts)
        parts << QStringLiteral("attempts=:attempts");
    if (mask & LastError)
        parts << QStringLiteral("last_error=:last_error");
    if (mask & SubmittedAt)
        parts << QStringLiteral("submitted_at=:submitted_at");
    if (mask & UpdatedAt)
        parts << QStringLiteral("updated_at=:updated_at");
    if (mask & FinishedAt)
        parts << QStringLiteral("finished_at=:finished_at");
    if (mask & Spec)
        parts << QStringLiteral("model=:model, kind=:kind, prompt=:prompt, params=:params");
    if (mask & CancelRequested)
        parts << QStringLiteral("cancel_requested=:cancel_requested");
    return parts.join(QStringLiteral(", "));
}

void bindFields(QSqlQuery &query, const Task &task, quint32 mask)
{
    if (mask & RemoteId) {
        query.bindValue(QStringLiteral(":remote_id"), text(task.remoteId));
        query.bindValue(QStringLiteral(":guard_attempts"), task.attempts);
    }
    if (mask & RemoteData)
        query.bindValue(QStringLiteral(":remote_data"), jsonText(task.remoteData));
    if (mask & State)
        query.bindValue(QStringLiteral(":state"), TaskStates::id(task.state));
    if (mask & Progress)
        query.bindValue(QStringLiteral(":progress"), task.progress);
    if (mask & QueuePosition)
        query.bindValue(QStringLiteral(":queue_position"), task.queuePosition);
    if (mask & Attempts)
        query.bindValue(QStringLiteral(":attempts"), task.attempts);
    if (mask & LastError)
        query.bindValue(QStringLiteral(":last_error"), errorText(task.lastError));
    if (mask & SubmittedAt)
        query.bindValue(QStringLiteral(":submitted_at"), msOf(task.submittedAt));
    if (mask & UpdatedAt)
        query.bindValue(QStringLiteral(":updated_at"), msOf(task.updatedAt));
    if (mask & FinishedAt)
        query.bindValue(QStringLiteral(":finished_at"), msOf(task.finishedAt));
    if (mask & Spec) {
        query.bindValue(QStringLiteral(":model"), text(task.spec.model));
        query.bindValue(QStringLiteral(":kind"), text(task.spec.kind));
        query.bindValue(QStringLiteral(":prompt"), text(task.spec.prompt));
        query.bindValue(QStringLiteral(":params"), jsonText(task.spec.params));
    }
    if (mask & CancelRequested)
        query.bindValue(QStringLiteral(":cancel_requested"), task.cancelRequested ? 1 : 0);
}

void bindAll(QSqlQuery &query, const Task &task)
{
    query.bindValue(QStringLiteral(":profile_id"), text(task.profileId));
    query.bindValue(QStringLiteral(":provider"), text(task.provider));
    query.bindValue(QStringLiteral(":model"), text(task.spec.model));
    query.bindValue(QStringLiteral(":kind"), text(task.spec.kind));
    query.bindValue(QStringLiteral(":prompt"), text(task.spec.prompt));
    query.bindValue(QStringLiteral(":params"), jsonText(task.spec.params));
    query.bindValue(QStringLiteral(":remote_id"), text(task.remoteId));
    query.bindValue(QStringLiteral(":remote_data"), jsonText(task.remoteData));
    query.bindValue(QStringLiteral(":state"), TaskStates::id(task.state));
    query.bindValue(QStringLiteral(":progress"), task.progress);
    query.bindValue(QStringLiteral(":queue_position"), task.queuePosition);
    query.bindValue(QStringLiteral(":attempts"), task.attempts);
    query.bindValue(QStringLiteral(":last_error"), errorText(task.lastError));
    query.bindValue(QStringLiteral(":created_at"), msOf(task.createdAt));
    query.bindValue(QStringLiteral(":submitted_at"), msOf(task.submittedAt));
    query.bindValue(QStringLiteral(":updated_at"), msOf(task.updatedAt));
    query.bindValue(QStringLiteral(":finished_at"), msOf(task.finishedAt));
    query.bindValue(QStringLiteral(":owner"), text(task.owner));
    query.bindValue(QStringLiteral(":cancel_requested"), task.cancelRequested ? 1 : 0);
    query.bindValue(QStringLiteral(":submitted_by"), text(task.submittedBy));
}

Task taskFromQuery(const QSqlQuery &query)
{
    Task task;
    task.id = query.value(0).toLongLong();
    task.profileId = query.value(1).toString();
    task.provider = query.value(2).toString();
    task.spec.model = query.value(3).toString();
    task.spec.kind = query.value(4).toString();
    task.spec.prompt = query.value(5).toString();
    task.spec.params = jsonObject(query.value(6));
    task.remoteId = query.value(7).toString();
    task.remoteData = jsonObject(query.value(8));
    task.state = stateOf(query.value(9));
    task.progress = query.value(10).toInt();
    task.queuePosition = query.value(11).toInt();
    task.attempts = std::max(1, query.value(12).toInt());
    task.lastError = errorOf(query.value(13));
    task.createdAt = timeOf(query.value(14));
    task.submittedAt = timeOf(query.value(15));
    task.updatedAt = timeOf(query.value(16));
    task.finishedAt = timeOf(query.value(17));
    task.version = query.value(18).toLongLong();
    task.owner = query.value(19).toString();
    task.cancelRequested = query.value(20).toInt() != 0;
    task.submittedBy = query.value(21).toString();
    return task;
}

} // namespace TaskRowCodec
