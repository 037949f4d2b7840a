#pragma once

#include "apierror.h"
#include "taskstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What the operator asked for. Kept in full so that a retry resubmits exactly this.
struct TaskSpec
{
    QString model;        // model or endpoint id (seaart: the queue endpoint)
    QString kind;         // "image", "video", "text2video", "img2video", "reference2video", ...
    QString prompt;
    QJsonObject params;   // every extra request parameter, verbatim

    friend bool operator==(const TaskSpec &, const TaskSpec &) = default;
};

// One submit of a task. A manual retry adds an attempt; the history is kept.
struct TaskAttempt
{
    int number = 1;
    QString remoteId;
    QDateTime submittedAt;
    QDateTime finishedAt;
    TaskState finalState = TaskState::Submitting;
    std::optional<ApiError> error;
};

// One step of a task's timeline (a state change or a notable answer).
struct TaskEvent
{
    qint64 taskId = 0;
    int attempt = 1;
    QDateTime at;
    TaskState from = TaskState::Submitting;
    TaskState to = TaskState::Submitting;
    QString cause;        // short, untranslated machine-readable reason ("poll", "cancel", "deadline", ...)
    QString excerpt;      // redacted excerpt of the answer (at most a few hundred characters)
};

// A task as the engine, the store, the CLI and the UI see it.
struct Task
{
    qint64 id = 0;                    // local id (database row id)
    QString profileId;
    QString provider;                 // adapter id
    TaskSpec spec;

    QString remoteId;                 // the provider's request/task id, empty until known
    QJsonObject remoteData;           // adapter-private data persisted with the task (status_url, ...)
    TaskState state = TaskState::Submitting;
    int progress = -1;                // 0..100, -1 when the provider gives none
    int queuePosition = -1;           // -1 when unknown
    int attempts = 1;
    QStringList resultUrls;
    std::optional<ApiError> lastError;

    QDateTime createdAt;              // first submit of the task (UTC)
    QDateTime submittedAt;            // current attempt's submit
    QDateTime updatedAt;              // last state/progress change
    QDateTime finishedAt;             // terminal time of the current attempt

    // Shared-store bookkeeping (see TaskStore): the row version this copy was read at, the
    // process holding the task's lease (empty: nobody), and a cancel asked for by another process.
    qint64 version = 0;
    QString owner;
    bool cancelRequested = false;
    QString submittedBy;              // the operator who submitted it ("user@host" or a chosen name)

    bool isTerminal() const { return TaskStates::isTerminal(state); }
};
