#pragma once

#include "provideradapter.h"

// SeaArt SeaCloud multimodal queue (fal-style), protocols.md section 1.
//   submit  POST {base}/v1/queue/{endpoint}            body: the model's parameters + prompt
//   status  GET  status_url   (IN_QUEUE | IN_PROGRESS | COMPLETED [+ error, error_type])
//   result  GET  response_url (202 while not ready, 200 with outputs[].url)
//   cancel  PUT  cancel_url   (202 CANCELLATION_REQUESTED, 400 ALREADY_COMPLETED, 404 NOT_FOUND)
// COMPLETED only means "terminal": success is known once /response returns the outputs.
class SeaArtAdapter final : public ProviderAdapter
{
    Q_DECLARE_TR_FUNCTIONS(SeaArtAdapter)

public:
    QString id() const override;
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QStringList suggestedModels() const override;
    QStringList kinds() const override;
    QString validate(const TaskSpec &spec) const override;

    ProviderRequest submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const override;
    ProviderRequest statusRequest(const ProviderEndpoint &endpoint, const Task &task) const override;
    std::optional<ProviderRequest> resultRequest(const ProviderEndpoint &endpoint, const Task &task) const override;
    std::optional<ProviderRequest> cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const override;

    TaskUpdate parseSubmit(const ProviderReply &reply) const override;
    TaskUpdate parseStatus(const ProviderReply &reply, const Task &task) const override;
    TaskUpdate parseResult(const ProviderReply &reply, const Task &task) const override;
    TaskUpdate parseCancel(const ProviderReply &reply, const Task &task) const override;

    std::span<const ErrorCatalogEntry> catalogEntries() const override;
    std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const override;
    QUrl defaultBaseUrl() const override;
    QStringList apiPathSuffixes() const override;

private:
    // {base}/v1/queue/{endpoint}/requests/{id}/{action}, used when the task has no stored URL.
    static QUrl requestUrl(const QUrl &base, const Task &task, const QString &action);
    static QUrl storedOrBuilt(const ProviderEndpoint &endpoint, const Task &task, const char *key,
                              const QString &action);
};
