#pragma once

#include "apierror.h"
#include "task.h"
#include "taskstate.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The part of a provider error a task list needs: enough to group, explain (title) and search.
// The message, raw body and retry hints stay in the store and come with the full Task.
struct ErrorDigest
{
    ApiPhase phase = ApiPhase::Poll;
    int httpStatus = 0;
    QString provider;
    QString code;
    QString type;
    QString requestId;

    static ErrorDigest of(const ApiError &error);
    // An ApiError with just these fields (for the catalog's title and the failure groups).
    ApiError toApiError() const;

    friend bool operator==(const ErrorDigest &, const ErrorDigest &) = default;
};

// One task as a list shows it: what the table, the sidebar counts, the failure groups, the
// charts and the search need, and nothing else. A 100,000-task history is held as summaries;
// events, attempts, parameters, results and raw answers are read from the store on demand
// (TaskEngine::task()).
struct TaskSummary
{
    qint64 id = 0;
    QString profileId;
    QString provider;
    QString model;
    QString kind;
    QString prompt;
    QString remoteId;
    TaskState state = TaskState::Submitting;
    int progress = -1;
    int queuePosition = -1;
    int attempts = 1;
    std::optional<ErrorDigest> lastError;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QString submittedBy;

    static TaskSummary of(const Task &task);

    bool isTerminal() const { return TaskStates::isTerminal(state); }

    friend bool operator==(const TaskSummary &, const TaskSummary &) = default;
};

// Moved in memory without copying its strings when a large list grows.
Q_DECLARE_TYPEINFO(ErrorDigest, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TaskSummary, Q_RELOCATABLE_TYPE);
