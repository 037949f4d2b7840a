#pragma once

#include "task.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// How a Task maps onto the columns of the tasks table, and which columns differ between two
// copies of a task. Shared by every statement of TaskStore so the mapping exists once.
namespace TaskRowCodec {

// The columns a conditional update can change, one bit each.
enum Field : quint32 {
    RemoteId = 1u << 0,
    RemoteData = 1u << 1,
    State = 1u << 2,
    Progress = 1u << 3,
    QueuePosition = 1u << 4,
    Attempts = 1u << 5,
    LastError = 1u << 6,
    SubmittedAt = 1u << 7,
    UpdatedAt = 1u << 8,
    FinishedAt = 1u << 9,
    Spec = 1u << 10,
    CancelRequested = 1u << 11,
};

// Columns of the SELECTs that read whole tasks, in taskFromQuery()'s order.
extern const char *const SelectColumns;

// The fields whose values differ between a and b (results are compared separately).
quint32 changedFields(const Task &a, const Task &b);
// Copies the fields named in mask from source into target.
void copyFields(Task &target, const Task &source, quint32 mask);
// "remote_id=…, state=…" for the fields in mask, with named placeholders bound by bindFields().
QString assignments(quint32 mask);
void bindFields(QSqlQuery &query, const Task &task, quint32 mask);
// Binds every column of an INSERT (:profile_id … :finished_at).
void bindAll(QSqlQuery &query, const Task &task);
Task taskFromQuery(const QSqlQuery &query);

QVariant msOf(const QDateTime &time);
QDateTime timeOf(const QVariant &value);
QString text(const QString &value);
QString jsonText(const QJsonObject &object);
QVariant errorText(const std::optional<ApiError> &error);
std::optional<ApiError> errorOf(const QVariant &value);
TaskState stateOf(const QVariant &value);

} // namespace TaskRowCodec
