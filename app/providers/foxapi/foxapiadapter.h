#pragma once

#include "provideradapter.h"

// FoxAPI (Evolink-family unified task API), protocols.md section 2.
//   submit  POST {base}/v1/images/generations | /v1/videos/generations   {model, prompt, ...}
//   status  GET  {base}/v1/tasks/{id}   pending | processing | completed | failed | cancelled
// Results come inline with the status, in one of three shapes. No cancel endpoint is documented.
class FoxApiAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(FoxApiAdapter)

public:
    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QStringList suggestedModels() const override;
    QStringList kinds() const override;
    QString validate(const TaskSpec &spec) const override;

    ProviderRequest submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const override;
    ProviderRequest statusRequest(const ProviderEndpoint &endpoint, const Task &task) const override;

    TaskUpdate parseSubmit(const ProviderReply &reply) const override;
    TaskUpdate parseStatus(const ProviderReply &reply, const Task &task) const override;
    TaskUpdate parseCancel(const ProviderReply &reply, const Task &task) const override;

    std::span<const ErrorCatalogEntry> catalogEntries() const override;
    std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const override;
    QUrl defaultBaseUrl() const override;
    QStringList apiPathSuffixes() const override;

    // True for kinds sent to /v1/videos/generations ("video", "text2video", ...).
    static bool isVideoKind(const QString &kind);
};
