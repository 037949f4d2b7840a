#pragma once

#include "providerprotocol.h"

namespace QueueLensSandbox {

// new-api task relay (TokenDog), protocols.md section 3:
//   POST /v1/videos, POST /v1/video/generations      -> OpenAI video object, status "queued"; JSON, or
//                                                    multipart/form-data as the OpenAI SDKs send it
//                                                    (model, prompt, seconds, size, file input_reference)
//   GET  /v1/videos/{id}                             queued | in_progress | completed | failed, and
//                                                    "unknown" for a task that has not started
//   GET  /v1/videos/{id}/content                     the video file itself; 404 unknown id, 400 not
//                                                    completed (video_proxy.go's {"error":{message,type}})
//   GET  /v1/video/generations/{id}                  {"code":"success","data":TaskDto}, NOT_START..FAILURE,
//                                                    progress "NN%"
// A failed video carries its reason where the scenario's fail-shape says (error | message |
// metadata | none, as different new-api versions do); no-url drops the result URL of a
// completed video. Unknown task -> 400 task_not_exist; relay errors end in " (request id: ...)"; 429 carries no
// Retry-After; there is no cancel route.
class NewApiProtocol : public ProviderProtocol
{
public:
    using ProviderProtocol::ProviderProtocol;

    QString id() const override { return QStringLiteral("newapi"); }
    SandboxRoute match(const QByteArray &method, const QStringList &segments) const override;
    SandboxReply handle(RequestState &state) override;

    SandboxReply catalogError(const QString &code, int status, const QString &detail) const override;
    SandboxReply statusError(int status) const override;
    SandboxReply unknownRoute(const SandboxRequest &request) const override;
    SandboxReply authFailure(AuthProblem problem) const override;
    SandboxReply invalidRequest(const QString &message) const override;
    std::optional<AuthProblem> checkAuth(const SandboxRequest &request, QString *key) const override;

private:
    enum Handler { SubmitVideos, SubmitGenerations, VideoObject, VideoContent, TaskDto };

    // new-api's internal task status at a moment.
    enum class InternalStatus { NotStart, Submitted, Queued, InProgress, Success, Failure };

    static std::optional<QJsonObject> submitFields(const SandboxRequest &request);
    SandboxReply submit(RequestState &state);
    SandboxReply videoObject(RequestState &state);
    SandboxReply videoContent(RequestState &state);
    SandboxReply taskDto(RequestState &state);

    static InternalStatus internalStatus(const SandboxTask &task, qint64 nowMs);
    QJsonObject openAiVideo(const SandboxTask &task, qint64 nowMs) const;
    static QString failureCode(const SandboxTask &task, TaskPhase phase);
    // FailReason as new-api stores it: the message with the code in brackets.
    static QString failReason(const SandboxTask &task, TaskPhase phase);
    QString resultUrl(const SandboxTask &task) const;
    static QString internalStatusName(InternalStatus status);
    static SandboxReply proxyError(int status, const QString &type, const QString &message);
    static QString messageFor(const QString &code);
    static QString requestId();
    static SandboxReply relay(int status, const QString &code, const QString &message, const QString &type);
    static SandboxReply taskError(int status, const QString &code, const QString &message);
};

} // namespace QueueLensSandbox
