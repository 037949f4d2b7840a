#pragma once

#include "envelopeparser.h"
#include "errorcatalogentry.h"
#include "providerexchange.h"
#include "task.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

// What a provider's protocol allows, so the UI and the engine can enable actions honestly.
struct ProviderCapabilities
{
    bool canCancel = false;
    QString cancelUnsupportedReason;   // translated; shown when canCancel is false
    bool canCancelWhileRunning = true; // false where the provider documents cancel for waiting tasks only
    bool canList = false;              // a task list/lookup exists (used by "Check again")
    bool submitIsIdempotent = false;   // true only with a documented Idempotency-Key
};

// What a provider's task list says about a task whose submit answer was lost (Check again).
struct TaskListMatch
{
    QStringList remoteIds;          // the listed tasks that match: one = found, several = ambiguous
    std::optional<ApiError> error;  // the list call itself failed or its answer was unreadable
    QString excerpt;                // short redacted text for the timeline
    // False when the answer is a full page whose oldest task is newer than the window around the
    // submit: the task may sit on a later page, so finding nothing proves nothing.
    bool coversWindow = true;
};

// One provider protocol: builds its requests, maps its answers onto the common task model and
// carries what QueueLens knows of the provider (error catalog, defaults). Implementations live
// in app/providers/<provider>/ and hold no state, so one may parse on several threads at once.
class ProviderAdapter
{
public:
    virtual ~ProviderAdapter() = default;

    virtual QString id() const = 0;                    // "seaart", "foxapi", ...
    virtual QString displayName() const = 0;           // "SeaArt", ...
    virtual ProviderCapabilities capabilities() const = 0;
    virtual QStringList suggestedModels() const = 0;   // for the submit panel
    virtual QStringList kinds() const = 0;             // "image", "video", ...
    // A kind as the operator reads it ("Image", "Text to video"), translated; an unknown kind
    // (typed, or from an older version) is shown as it is.
    virtual QString kindName(const QString &kind) const;

    // Validates a spec before anything is sent; returns a translated message or empty.
    virtual QString validate(const TaskSpec &spec) const;

    virtual ProviderRequest submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const = 0;
    virtual ProviderRequest statusRequest(const ProviderEndpoint &endpoint, const Task &task) const = 0;
    // Only for protocols whose status does not carry the outputs (SeaArt's /response).
    virtual std::optional<ProviderRequest> resultRequest(const ProviderEndpoint &endpoint, const Task &task) const;
    // nullopt when the provider has no cancel call (see capabilities()).
    virtual std::optional<ProviderRequest> cancelRequest(const ProviderEndpoint &endpoint, const Task &task) const;

    // Finds a task without a remote id in the provider's task list (capabilities().canList).
    // The request asks for the tasks created around the task's submit; nullopt: no list call.
    virtual std::optional<ProviderRequest> listRequest(const ProviderEndpoint &endpoint, const Task &task) const;
    // The listed tasks that are this task (see listMatches()); never guesses among several.
    virtual TaskListMatch findInList(const ProviderReply &reply, const Task &task) const;
    // How far around the task's submit time a listed task may have been created.
    static constexpr int ListWindowSeconds = 300;
    // The matching rule: the same model and the very same prompt text (nothing trimmed),
    // created within ListWindowSeconds of the task's submit (its first submit when unset).
    static bool listMatches(const Task &task, const QString &model, const QString &prompt, const QDateTime &createdAt);
    // The page size list requests ask for (the documented maximum where one is documented).
    static constexpr int ListPageSize = 100;
    // Whether a page of listedCount tasks, the oldest created at oldestCreatedAt, reaches back past
    // the start of the task's window (a page shorter than ListPageSize is the whole list).
    static bool listCoversWindow(const Task &task, qsizetype listedCount, const QDateTime &oldestCreatedAt);

    // Every parse function also handles error answers (status >= 400) by filling
    // TaskUpdate::error through EnvelopeParser, so the engine never parses bodies itself.
    virtual TaskUpdate parseSubmit(const ProviderReply &reply) const = 0;
    virtual TaskUpdate parseStatus(const ProviderReply &reply, const Task &task) const = 0;
    virtual TaskUpdate parseResult(const ProviderReply &reply, const Task &task) const;
    // A cancel answer. "Already terminal" answers (400 ALREADY_COMPLETED, 409
    // IMAGE_TASK_ALREADY_TERMINAL, Vidu "can not cancel") set no error-state: the engine
    // re-polls and adopts the real state.
    virtual TaskUpdate parseCancel(const ProviderReply &reply, const Task &task) const = 0;

    // The provider's documented error identifiers (its folder's <provider>catalog.cpp).
    virtual std::span<const ErrorCatalogEntry> catalogEntries() const;
    // The terminal failure a 2xx task object reports, in the provider's own fields; nullopt
    // when it reports none.
    virtual std::optional<InTaskFailure> readInTaskFailure(const QJsonObject &task) const;
    // A refused-looking submit answer that, by the provider's own documentation, may still have
    // created the task (the engine then makes it Unknown instead of Rejected).
    virtual bool submitMayHaveCreated(const ApiError &error) const;
    // Where the provider's API lives, as its documentation gives it; empty when it has none
    // (a self-hosted gateway).
    virtual QUrl defaultBaseUrl() const;
    // The path endings users paste from the provider's docs ("https://host/v1") that QueueLens
    // strips from a base URL, because the adapter appends the API path itself; longest first,
    // each starting with "/". Empty: nothing is stripped. See BaseUrlNormalizer.
    virtual QStringList apiPathSuffixes() const;

    // readInTaskFailure() as a classified error of this provider.
    std::optional<ApiError> inTaskFailure(const QJsonObject &task) const;

protected:
    static QByteArray jsonBody(const QJsonObject &object);
    static QUrl joinUrl(const QUrl &base, const QString &path);   // keeps the base's path prefix
};
