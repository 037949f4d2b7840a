#include "actionpolicy.h"

#include "answerinterpreter.h"
#include "provideradapter.h"

#include <QCoreApplication>

namespace ActionPolicy {

QString displayName(const ProviderProfile &profile)
{
    return profile.name.isEmpty() ? profile.id : profile.name;
}

QString noSuchTask(qint64 id)
{
    return QCoreApplication::translate("TaskEngine", "There is no task %1.").arg(id);
}

QString noSuchProfile(const QString &profileId)
{
    return QCoreApplication::translate("TaskEngine", "There is no profile \"%1\".").arg(profileId);
}

QString unknownProvider(const QString &provider)
{
    return QCoreApplication::translate("TaskEngine", "Unknown provider \"%1\".").arg(provider);
}

QString profileGone(const QString &profileId)
{
    return QCoreApplication::translate("TaskEngine", "The profile \"%1\" of this task no longer exists.").arg(profileId);
}

QString noApiKey(const ProviderProfile &profile)
{
    return QCoreApplication::translate("TaskEngine", "The profile \"%1\" has no API key on this machine.").arg(displayName(profile));
}

QString noAdapter(const QString &provider)
{
    return QCoreApplication::translate("TaskEngine", "No adapter for provider \"%1\".").arg(provider);
}

static QString requestOnItsWay()
{
    return QCoreApplication::translate("TaskEngine", "A request for this task is still on its way; try again in a moment.");
}

QString cancelBlockedReason(const ActionContext &context)
{
    const TaskSummary &task = context.task;
    const ProviderAdapter *adapter = context.adapter;
    if (!adapter)
        return noAdapter(task.provider);
    const ProviderCapabilities capabilities = adapter->capabilities();
    if (!capabilities.canCancel)
        return capabilities.cancelUnsupportedReason.isEmpty()
                   ? QCoreApplication::translate("TaskEngine", "%1 has no way to cancel a task.").arg(adapter->displayName())
                   : capabilities.cancelUnsupportedReason;
    switch (task.state) {
    case TaskState::Cancelling:
        return QCoreApplication::translate("TaskEngine", "The provider is already cancelling this task.");
    case TaskState::Submitting:
        return QCoreApplication::translate("TaskEngine",
                                           "The submit has not been answered yet; cancel once the task has an id.");
    case TaskState::Unknown:
        return QCoreApplication::translate("TaskEngine",
                                           "QueueLens does not know whether this task exists; use Check again first.");
    default:
        break;
    }
    if (task.isTerminal())
        return QCoreApplication::translate("TaskEngine", "The task has already ended.");
    if (!TaskStates::canCancel(task.state))
        return QCoreApplication::translate("TaskEngine", "The task cannot be cancelled in its current state.");
    if (task.state == TaskState::Running && !capabilities.canCancelWhileRunning)
        return QCoreApplication::translate("TaskEngine", "%1 can only cancel a task that has not started running yet.")
            .arg(adapter->displayName());
    if (task.remoteId.isEmpty())
        return QCoreApplication::translate("TaskEngine", "The task has no provider id yet.");
    if (context.cancelPending)
        return QCoreApplication::translate("TaskEngine", "A cancel of this task is already on its way.");
    return {};
}

QString retryBlockedReason(const ActionContext &context)
{
    const TaskSummary &task = context.task;
    if (task.state == TaskState::Unknown)
        return QCoreApplication::translate("TaskEngine",
                                           "The submit outcome is unknown: use Check again, or Submit anyway if you "
                                           "are sure no task was created.");
    if (!TaskStates::canRetry(task.state))
        return QCoreApplication::translate("TaskEngine",
                                           "Only failed, cancelled, timed-out, rejected or lost tasks can be retried.");
    if (!context.profile)
        return profileGone(task.profileId);
    if (!context.adapter)
        return noAdapter(task.provider);
    if (context.keyMissing)
        return noApiKey(*context.profile);
    if (context.requestInFlight)
        return requestOnItsWay();
    return {};
}

QString refreshBlockedReason(const TaskSummary &task)
{
    if (task.remoteId.isEmpty())
        return QCoreApplication::translate("TaskEngine",
                                           "The provider has not given this task an id yet, so it cannot be looked up.");
    if (!TaskStates::canCheckAgain(task.state) && !AnswerInterpreter::timedOutByClient(task))
        return QCoreApplication::translate("TaskEngine", "The task has ended; there is nothing to refresh.");
    return {};
}

QString checkAgainBlockedReason(const ActionContext &context)
{
    const TaskSummary &task = context.task;
    if (task.remoteId.isEmpty() && task.state == TaskState::Unknown && context.adapter
        && context.adapter->capabilities().canList) {
        // No id: the provider's task list is searched for it instead.
        if (!context.profile)
            return profileGone(task.profileId);
        if (context.keyMissing)
            return noApiKey(*context.profile);
        if (context.requestInFlight)
            return requestOnItsWay();
        return {};
    }
    if (task.remoteId.isEmpty()) {
        const QString provider = context.adapter ? context.adapter->displayName() : task.provider;
        return QCoreApplication::translate("TaskEngine",
                                           "%1 cannot look a task up without its id, and QueueLens never received an "
                                           "id for this task. Look for it on the provider's website; use Submit "
                                           "anyway only if you are sure that no task was created, because a second "
                                           "task may be billed.")
            .arg(provider);
    }
    return refreshBlockedReason(task);
}

QString submitAnywayBlockedReason(const ActionContext &context)
{
    if (context.task.state != TaskState::Unknown)
        return QCoreApplication::translate("TaskEngine",
                                           "Submit anyway is only for tasks whose submit outcome is unknown.");
    if (context.requestInFlight)
        return requestOnItsWay();
    if (!context.profile)
        return profileGone(context.task.profileId);
    return {};
}

QString bulkBusyReason(bool taskHeldByBulk)
{
    if (taskHeldByBulk)
        return QCoreApplication::translate("TaskEngine", "Another bulk action is already working on this task.");
    return {};
}

QString submitBlockedReason(const QString &profileId, const std::optional<ProviderProfile> &profile,
                            const ProviderAdapter *adapter, const TaskSpec &spec, bool keyMissing)
{
    if (!profile)
        return noSuchProfile(profileId);
    if (!adapter)
        return unknownProvider(profile->provider);
    const QString invalid = adapter->validate(spec);
    if (!invalid.isEmpty())
        return invalid;
    if (keyMissing)
        return QCoreApplication::translate("TaskEngine",
                                           "No API key is set for the profile \"%1\". Enter it in the profile settings.")
            .arg(displayName(*profile));
    return {};
}

QString trackBlockedReason(const QString &profileId, bool profileExists, const QString &remoteId)
{
    if (!profileExists)
        return noSuchProfile(profileId);
    if (remoteId.trimmed().isEmpty())
        return QCoreApplication::translate("TaskEngine", "Enter the provider's task id.");
    return {};
}

} // namespace ActionPolicy
