#include "provideradapter.h"

#include <QJsonDocument>

#include <cstdlib>

QString ProviderAdapter::validate(const TaskSpec &spec) const
{
    if (spec.model.trimmed().isEmpty())
        return QCoreApplication::translate("ProviderAdapter", "Choose a model or endpoint.");
    if (spec.prompt.trimmed().isEmpty())
        return QCoreApplication::translate("ProviderAdapter", "Write a prompt.");
    return {};
}

QString ProviderAdapter::kindName(const QString &kind) const
{
    if (kind == QLatin1String("image"))
        return QCoreApplication::translate("ProviderAdapter", "Image", "a kind of task");
    if (kind == QLatin1String("video"))
        return QCoreApplication::translate("ProviderAdapter", "Video", "a kind of task");
    return kind;
}

std::optional<ProviderRequest> ProviderAdapter::resultRequest(const ProviderEndpoint &, const Task &) const
{
    return std::nullopt;
}

std::optional<ProviderRequest> ProviderAdapter::cancelRequest(const ProviderEndpoint &, const Task &) const
{
    return std::nullopt;
}

TaskUpdate ProviderAdapter::parseResult(const ProviderReply &reply, const Task &task) const
{
    return parseStatus(reply, task);
}

std::optional<ProviderRequest> ProviderAdapter::listRequest(const ProviderEndpoint &, const Task &) const
{
    return std::nullopt;
}

TaskListMatch ProviderAdapter::findInList(const ProviderReply &, const Task &) const
{
    return {};
}

bool ProviderAdapter::listMatches(const Task &task, const QString &model, const QString &prompt, const QDateTime &createdAt)
{
    const QDateTime submitted = task.submittedAt.isValid() ? task.submittedAt : task.createdAt;
    if (!submitted.isValid() || !createdAt.isValid())
        return false;
    // Inferred: the provider's clock is within a few minutes of ours, so the window absorbs skew.
    return model == task.spec.model && prompt == task.spec.prompt
        && std::abs(submitted.secsTo(createdAt)) <= ListWindowSeconds;
}

bool ProviderAdapter::listCoversWindow(const Task &task, qsizetype listedCount, const QDateTime &oldestCreatedAt)
{
    if (listedCount < ListPageSize)
        return true;
    const QDateTime submitted = task.submittedAt.isValid() ? task.submittedAt : task.createdAt;
    return submitted.isValid() && oldestCreatedAt.isValid()
        && oldestCreatedAt <= submitted.addSecs(-ListWindowSeconds);
}

QByteArray ProviderAdapter::jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QUrl ProviderAdapter::joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}

std::span<const ErrorCatalogEntry> ProviderAdapter::catalogEntries() const
{
    return {};
}

std::optional<InTaskFailure> ProviderAdapter::readInTaskFailure(const QJsonObject &) const
{
    return std::nullopt;
}

bool ProviderAdapter::submitMayHaveCreated(const ApiError &) const
{
    return false;
}

QUrl ProviderAdapter::defaultBaseUrl() const
{
    return {};
}

QStringList ProviderAdapter::apiPathSuffixes() const
{
    return {};
}

std::optional<ApiError> ProviderAdapter::inTaskFailure(const QJsonObject &task) const
{
    const std::optional<InTaskFailure> failure = readInTaskFailure(task);
    if (!failure)
        return std::nullopt;
    return EnvelopeParser::inTaskError(id(), *failure, task);
}
