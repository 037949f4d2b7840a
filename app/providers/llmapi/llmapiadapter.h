#pragma once

#include "provideradapter.h"

// LLMAPI (sub2api-style gateway) async image tasks, protocols.md section 4.
//   submit  POST {base}/v1/images/tasks              202 + task object {task_id | id, status}
//   status  GET  {base}/v1/images/tasks/{id}         queued | running | succeeded | failed | timeout | canceled
//   cancel  POST {base}/v1/images/tasks/{id}/cancel  409 IMAGE_TASK_ALREADY_TERMINAL when too late
class LlmApiAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(LlmApiAdapter)

public:
    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QStringList suggestedModels() const override;
    QStringList kinds() const override;
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
    bool submitMayHaveCreated(const ApiError &error) const override;
    std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const override;
    QUrl defaultBaseUrl() const override;
    QStringList apiPathSuffixes() const override;
};
