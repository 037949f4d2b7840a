#pragma once

#include "task.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// How the CLI shows a task: a JSON object (stable keys, documented in docs/cli.md) or a
// readable summary with translated labels. Error texts come from the error catalog in the
// language installed by --lang.
class TaskJson
{
    Q_DECLARE_TR_FUNCTIONS(TaskJson)

public:
    // Keys: id, profile, provider, remote_id, state, state_name, progress, queue_position,
    // attempts, results, error, model, kind, prompt, params, created_at, submitted_at,
    // updated_at, finished_at.
    static QJsonObject toJson(const Task &task);

    // null, or {provider, code, http_status, category, retry, title, explanation, fix,
    //           message, request_id, phase, type, retry_after, documented}.
    static QJsonValue errorToJson(const std::optional<ApiError> &error);

    // A multi-line summary ending with a newline.
    static QString toText(const Task &task);

    // One line for "watch": time, id, provider, state, progress, remote id, short error.
    static QString changeLine(const Task &task);

    static QString timestamp(const QDateTime &utc);   // ISO 8601 UTC with milliseconds, or empty
};
