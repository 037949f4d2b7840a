#include "tasksummary.h"

ErrorDigest ErrorDigest::of(const ApiError &error)
{
    ErrorDigest digest;
    digest.phase = error.phase;
    digest.httpStatus = error.httpStatus;
    digest.provider = error.provider;
    digest.code = error.code;
    digest.type = error.type;
    digest.requestId = error.requestId;
    return digest;
}

ApiError ErrorDigest::toApiError() const
{
    ApiError error;
    error.phase = phase;
    error.httpStatus = httpStatus;
    error.provider = provider;
    error.code = code;
    error.type = type;
    error.requestId = requestId;
    return error;
}

TaskSummary TaskSummary::of(const Task &task)
{
    TaskSummary summary;
    summary.id = task.id;
    summary.profileId = task.profileId;
    summary.provider = task.provider;
    summary.model = task.spec.model;
    summary.kind = task.spec.kind;
    summary.prompt = task.spec.prompt;
    summary.remoteId = task.remoteId;
    summary.state = task.state;
    summary.progress = task.progress;
    summary.queuePosition = task.queuePosition;
    summary.attempts = task.attempts;
    if (task.lastError)
        summary.lastError = ErrorDigest::of(*task.lastError);
    summary.createdAt = task.createdAt;
    summary.submittedAt = task.submittedAt;
    summary.updatedAt = task.updatedAt;
    summary.finishedAt = task.finishedAt;
    summary.submittedBy = task.submittedBy;
    return summary;
}
