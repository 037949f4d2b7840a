#pragma once

#include "providerprotocol.h"

namespace QueueLensSandbox {

// SeaArt SeaCloud multimodal queue (fal-style), protocols.md section 1:
//   POST /v1/queue/{endpoint}                              submit -> request_id + URLs
//   GET  /v1/queue/{endpoint}/requests/{id}/status         IN_QUEUE | IN_PROGRESS | COMPLETED
//   GET  /v1/queue/{endpoint}/requests/{id}/response       202 + status body until terminal
//   PUT  /v1/queue/{endpoint}/requests/{id}/cancel         202 | 400 ALREADY_COMPLETED | 404
//   GET  .../status/stream and POST .../sync               answered as documented (unsupported)
// Auth "Key <k>" or "Bearer <k>". Failure is COMPLETED + error + error_type.
class SeaArtProtocol : public ProviderProtocol
{
public:
    using ProviderProtocol::ProviderProtocol;

    QString id() const override { return QStringLiteral("seaart"); }
    SandboxRoute match(const QByteArray &method, const QStringList &segments) const override;
    SandboxReply handle(RequestState &state) override;

    SandboxReply catalogError(const QString &code, int status, const QString &detail) const override;
    SandboxReply statusError(int status) const override;
    SandboxReply unknownRoute(const SandboxRequest &request) const override;
    SandboxReply authFailure(AuthProblem problem) const override;
    SandboxReply invalidRequest(const QString &message) const override;
    std::optional<AuthProblem> checkAuth(const SandboxRequest &request, QString *key) const override;
    bool documentsRetryAfter() const override { return true; }

private:
    enum Handler { Submit, Sync, Status, StatusStream, Response, Cancel };

    SandboxReply submit(RequestState &state);
    SandboxReply status(RequestState &state, bool resultRoute);
    SandboxReply cancel(RequestState &state);

    QJsonObject statusBody(const SandboxTask &task, qint64 nowMs, bool withLogs) const;
    QJsonObject resultBody(const SandboxTask &task);
    QString requestUrl(const SandboxTask &task, const QString &suffix) const;
    static QString errorTypeOf(const SandboxTask &task, TaskPhase phase);
    static QString messageFor(const QString &errorType);
    SandboxReply gateway(int status, const QString &code, const QString &message) const;
    static SandboxReply detail(int status, const QString &text);
};

} // namespace QueueLensSandbox
