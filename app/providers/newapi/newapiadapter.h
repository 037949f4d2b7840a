#pragma once

#include "provideradapter.h"

// new-api video task relay (TokenDog and other new-api gateways), protocols.md section 3.
//   submit  POST {base}/v1/videos        OpenAI video object {id|task_id, status, progress}
//   status  GET  {base}/v1/videos/{id}   queued | unknown | in_progress | completed | failed
// parseStatus also reads the /v1/video/generations/{id} wrapper {"code":"success","data":TaskDto}.
// Unknown task ids come back as HTTP 400 task_not_exist. There is no cancel route.
class NewApiAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(NewApiAdapter)

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
    bool submitMayHaveCreated(const ApiError &error) const override;
    std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const override;
    QStringList apiPathSuffixes() const override;
};
