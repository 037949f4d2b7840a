#pragma once

#include "providerprotocol.h"

namespace QueueLensSandbox {

// FoxAPI (Evolink-family unified task API), protocols.md section 2:
//   POST /v1/images/generations, POST /v1/videos/generations  -> id "task-unified-...", pending
//   GET  /v1/tasks/{id}   pending | processing (progress 0-100) | completed (results) | failed (error.code)
// Bearer auth; errors {"error":{"message","type","code"}}; Retry-After on 429 is documented.
// The three documented result shapes are all served: results:[{url}], results:["url"] and
// output:{url,urls} (chosen by model family, or by the "shape" scenario key).
class FoxApiProtocol : public ProviderProtocol
{
public:
    using ProviderProtocol::ProviderProtocol;

    QString id() const override { return QStringLiteral("foxapi"); }
    SandboxRoute match(const QByteArray &method, const QStringList &segments) const override;
    SandboxReply handle(RequestState &state) override;

    SandboxReply catalogError(const QString &code, int status, const QString &detail) const override;
    SandboxReply statusError(int status) const override;
    SandboxReply unknownRoute(const SandboxRequest &request) const override;
    SandboxReply authFailure(AuthProblem problem) const override;
    SandboxReply invalidRequest(const QString &message) const override;
    bool documentsRetryAfter() const override { return true; }

    // The result shape a model gets when the scenario does not choose one.
    static QString defaultShapeForModel(const QString &model);

private:
    enum Handler { SubmitImage, SubmitVideo, TaskDetail };

    SandboxReply submit(RequestState &state, MediaKind media);
    SandboxReply detail(RequestState &state);
    QJsonObject taskBody(const SandboxTask &task, qint64 nowMs) const;
    static QString typeForStatus(int status);
    static QString messageFor(const QString &code);
    static SandboxReply envelope(int status, const QString &message, const QString &type, const QString &code);
};

} // namespace QueueLensSandbox
