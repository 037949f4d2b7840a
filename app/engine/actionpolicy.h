#pragma once

#include "providerprofile.h"
#include "task.h"
#include "tasksummary.h"

#include <QString>

#include <optional>

class ProviderAdapter;

// What decides whether an operator action applies to a task right now.
struct ActionContext
{
    TaskSummary task;                              // the rules need only what a list shows
    const ProviderAdapter *adapter = nullptr;      // nullptr: no adapter for the task's provider
    std::optional<ProviderProfile> profile;        // nullopt: the task's profile is gone
    bool keyMissing = false;                       // no API key, and the keychain is not still loading
    bool requestInFlight = false;
    bool cancelPending = false;
};

// Why an operator action does not apply, as a translated sentence; empty when it does. Pure
// functions: TaskEngine's actions ask here first and act only on an empty answer. The texts
// keep the "TaskEngine" translation context they always had.
namespace ActionPolicy {

QString cancelBlockedReason(const ActionContext &context);
QString retryBlockedReason(const ActionContext &context);
QString refreshBlockedReason(const TaskSummary &task);
// Check again = refresh after a look-up by id, so a task without an id gets its own explanation.
QString checkAgainBlockedReason(const ActionContext &context);
QString submitAnywayBlockedReason(const ActionContext &context);
// A bulk action claims a task until its answer; a second one must not take it over.
QString bulkBusyReason(bool taskHeldByBulk);

QString submitBlockedReason(const QString &profileId, const std::optional<ProviderProfile> &profile,
                            const ProviderAdapter *adapter, const TaskSpec &spec, bool keyMissing);
QString trackBlockedReason(const QString &profileId, bool profileExists, const QString &remoteId);

QString noSuchTask(qint64 id);
QString noSuchProfile(const QString &profileId);
QString unknownProvider(const QString &provider);
QString noAdapter(const QString &provider);
QString profileGone(const QString &profileId);
QString noApiKey(const ProviderProfile &profile);
// How messages name a profile: its name, or its id when it has none.
QString displayName(const ProviderProfile &profile);

} // namespace ActionPolicy
