#pragma once

#include "provideradapter.h"

// Vidu API (platform.vidu.com, "ent/v2"), protocols.md section 5. Auth is "Token <key>".
//   submit  POST {base}/ent/v2/{text2video|img2video|reference2video}   {model, prompt, ...}
//   status  GET  {base}/ent/v2/tasks/{id}/creations   created | queueing | processing | success | failed
//   cancel  POST {base}/ent/v2/tasks/{id}/cancel {"id"} -> {}   (400 BadRequest "can not cancel")
class ViduAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ViduAdapter)

public:
    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QStringList suggestedModels() const override;
    QStringList kinds() const override;
    QString kindName(const QString &kind) const override;
    QString validate(const TaskSpec &spec) const override;

    ProviderRequest submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const override;
    ProviderRequest statusRequest(const ProviderEndpoint &endpoint, const Task &task) const override;
    std::optional<ProviderRequest> cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const override;
    std::optional<ProviderRequest> listRequest(const ProviderEndpoint &endpoint, const Task &task) const override;
    TaskListMatch findInList(const ProviderReply &reply, const Task &task) const override;

    TaskUpdate parseSubmit(const ProviderReply &reply) const override;
    TaskUpdate parseStatus(const ProviderReply &reply, const Task &task) const override;
    TaskUpdate parseCancel(const ProviderReply &reply, const Task &task) const override;

    std::span<const ErrorCatalogEntry> catalogEntries() const override;
    std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const override;
    QUrl defaultBaseUrl() const override;
    QStringList apiPathSuffixes() const override;

    // The submit endpoint for a kind; an empty kind means text2video.
    static QString endpointFor(const QString &kind);
};
