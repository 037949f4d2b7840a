#pragma once

#include "providerprotocol.h"

namespace QueueLensSandbox {

// Vidu enterprise API, protocols.md section 5:
//   POST /ent/v2/text2video | img2video | reference2video | start-end2video | template2video
//        | reference2image (an image task)                                  -> task_id, state "created"
//   GET  /ent/v2/tasks/{id}/creations     created | queueing | processing | success (creations[]) | failed (err_code)
//   POST /ent/v2/tasks/{id}/cancel        {} while not finished, else 400 BadRequest "can not cancel"
//   GET  /ent/v2/tasks                    pager.page / pager.pagesz / pager.page_token, states, task_ids
//   GET  /ent/v2/credits                  concurrency and queue counts
// Auth "Token <k>". Errors {code, reason, message, metadata.trace_id}, with field names filled
// into the Field* messages ("field is missing or empty: prompt").
class ViduProtocol : public ProviderProtocol
{
public:
    using ProviderProtocol::ProviderProtocol;

    QString id() const override { return QStringLiteral("vidu"); }
    SandboxRoute match(const QByteArray &method, const QStringList &segments) const override;
    SandboxReply handle(RequestState &state) override;

    SandboxReply catalogError(const QString &code, int status, const QString &detail) const override;
    SandboxReply statusError(int status) const override;
    SandboxReply unknownRoute(const SandboxRequest &request) const override;
    SandboxReply authFailure(AuthProblem problem) const override;
    SandboxReply invalidRequest(const QString &message) const override;
    std::optional<AuthProblem> checkAuth(const SandboxRequest &request, QString *key) const override;

    static constexpr int MaxPageSize = 100;

private:
    enum Handler { Submit, Creations, Cancel, List, Credits };

    SandboxReply submit(RequestState &state);
    SandboxReply creations(RequestState &state);
    SandboxReply cancel(RequestState &state);
    SandboxReply list(RequestState &state);
    SandboxReply credits(RequestState &state);

    std::optional<SandboxReply> validate(const QString &templ, const QJsonObject &body, const QString &prompt) const;
    QJsonObject taskObject(const SandboxTask &task, qint64 nowMs, bool forList) const;
    static QString stateText(const SandboxTask &task, qint64 nowMs);
    static QString errCode(const SandboxTask &task, TaskPhase phase);
    static QString messageTemplate(const QString &code);
    static QString defaultField(const QString &code);
    static SandboxReply envelope(int status, const QString &reason, const QString &message);
};

} // namespace QueueLensSandbox
