#pragma once

#include "providerprotocol.h"

namespace QueueLensSandbox {

// LLMAPI async image tasks (sub2api-style gateway), protocols.md section 4:
//   POST /v1/images/tasks                 202 + task object (status "queued"); a succeeded task
//                                         carries data[].b64_json unless response_format is "url"
//   GET  /v1/images/tasks                 list of the caller's tasks
//   GET  /v1/images/tasks/{id}            queued | running | succeeded | failed | timeout | canceled
//   POST /v1/images/tasks/{id}/cancel     canceled task, or 409 IMAGE_TASK_ALREADY_TERMINAL
//   GET  /v1/images/tasks/events          SSE snapshot of the caller's live tasks
// Platform-restriction answers where the docs place them: the OpenAI synchronous image route,
// Anthropic token counting and messages, and Gemini-native paths (Google-style on bad JSON).
// Errors keep the reason in error.type; tasks are visible only to the key that created them.
class LlmApiProtocol : public ProviderProtocol
{
public:
    using ProviderProtocol::ProviderProtocol;

    QString id() const override { return QStringLiteral("llmapi"); }
    SandboxRoute match(const QByteArray &method, const QStringList &segments) const override;
    SandboxReply handle(RequestState &state) override;

    SandboxReply catalogError(const QString &code, int status, const QString &detail) const override;
    SandboxReply statusError(int status) const override;
    SandboxReply unknownRoute(const SandboxRequest &request) const override;
    SandboxReply authFailure(AuthProblem problem) const override;
    SandboxReply invalidRequest(const QString &message) const override;

    static constexpr int MaxImagesPerTask = 4;
    static constexpr qsizetype MaxBodyBytes = 20 * 1024 * 1024;

private:
    enum Handler { Submit, List, Detail, Cancel, Events, OpenAiImages, CountTokens, Messages, Gemini };

    SandboxReply submit(RequestState &state);
    SandboxReply list(RequestState &state);
    SandboxReply detail(RequestState &state);
    SandboxReply cancel(RequestState &state);
    SandboxReply events(RequestState &state);
    SandboxReply messages(RequestState &state);
    SandboxReply gemini(RequestState &state);

    SandboxTask *ownTask(const RequestState &state) const;
    QJsonObject taskObject(const SandboxTask &task, qint64 nowMs) const;
    static QString statusText(TaskPhase phase);
    static QString messageFor(const QString &code);
    static SandboxReply openAiStyle(int status, const QString &type, const QString &message);
    static SandboxReply anthropicStyle(int status, const QString &type, const QString &message);
};

} // namespace QueueLensSandbox
