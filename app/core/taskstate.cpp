#include "taskstate.h"

#include <array>

namespace {

struct StateInfo
{
    TaskState state;
    const char *id;
    const char *name;
};

constexpr std::array kStates{
    StateInfo{TaskState::Submitting, "submitting", QT_TRANSLATE_NOOP("TaskStates", "Submitting")},
    StateInfo{TaskState::Queued, "queued", QT_TRANSLATE_NOOP("TaskStates", "Queued")},
    StateInfo{TaskState::Running, "running", QT_TRANSLATE_NOOP("TaskStates", "Running")},
    StateInfo{TaskState::Cancelling, "cancelling", QT_TRANSLATE_NOOP("TaskStates", "Cancelling")},
    StateInfo{TaskState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("TaskStates", "Succeeded")},
    StateInfo{TaskState::Failed, "failed", QT_TRANSLATE_NOOP("TaskStates", "Failed")},
    StateInfo{TaskState::TimedOut, "timed_out", QT_TRANSLATE_NOOP("TaskStates", "Timed out")},
    StateInfo{TaskState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TaskStates", "Cancelled")},
    StateInfo{TaskState::Rejected, "rejected", QT_TRANSLATE_NOOP("TaskStates", "Rejected")},
    StateInfo{TaskState::Unknown, "unknown", QT_TRANSLATE_NOOP("TaskStates", "Unknown")},
    StateInfo{TaskState::Lost, "lost", QT_TRANSLATE_NOOP("TaskStates", "Lost")},
};

} // namespace

QString TaskStates::id(TaskState state)
{
    for (const auto &info : kStates) {
        if (info.state == state)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("unknown");
}

std::optional<TaskState> TaskStates::fromId(QStringView id)
{
    for (const auto &info : kStates) {
        if (id == QLatin1String(info.id))
            return info.state;
    }
    return std::nullopt;
}

QString TaskStates::displayName(TaskState state)
{
    for (const auto &info : kStates) {
        if (info.state == state)
            return tr(info.name);
    }
    return {};
}

QList<TaskState> TaskStates::all()
{
    QList<TaskState> states;
    for (const auto &info : kStates)
        states.append(info.state);
    return states;
}

bool TaskStates::isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Succeeded:
    case TaskState::Failed:
    case TaskState::TimedOut:
    case TaskState::Cancelled:
    case TaskState::Rejected:
    case TaskState::Lost:
        return true;
    default:
        return false;
    }
}

bool TaskStates::isActive(TaskState state)
{
    return state == TaskState::Submitting || state == TaskState::Queued || state == TaskState::Running
           || state == TaskState::Cancelling;
}

bool TaskStates::needsPolling(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Running || state == TaskState::Cancelling;
}

bool TaskStates::canCancel(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Running;
}

bool TaskStates::canRetry(TaskState state)
{
    return state == TaskState::Failed || state == TaskState::TimedOut || state == TaskState::Cancelled
           || state == TaskState::Rejected || state == TaskState::Lost;
}

bool TaskStates::canCheckAgain(TaskState state)
{
    // TimedOut included: a client-side deadline does not stop the provider, which may still finish.
    return state == TaskState::Unknown || state == TaskState::Lost || state == TaskState::TimedOut
           || needsPolling(state);
}

bool TaskStates::isValidTransition(TaskState from, TaskState to)
{
    if (from == to)
        return true;
    switch (from) {
    case TaskState::Submitting:
        // A provider may answer the submit with a task that is already running or even done.
        return to != TaskState::Cancelling && to != TaskState::Lost;
    case TaskState::Queued:
    case TaskState::Running:
    case TaskState::Cancelling:
        return to != TaskState::Submitting && to != TaskState::Rejected && to != TaskState::Unknown;
    case TaskState::Unknown:
        // "Check again" may find the task in any state; "submit anyway" starts a new attempt.
        return true;
    case TaskState::Lost:
        // A later lookup may find it after all, or a retry starts a new attempt.
        return to != TaskState::Cancelling;
    case TaskState::TimedOut:
        // Our own deadline may have expired first: a later look-up can still find the real outcome.
        return to != TaskState::Rejected && to != TaskState::Unknown;
    case TaskState::Succeeded:
    case TaskState::Failed:
    case TaskState::Cancelled:
    case TaskState::Rejected:
        // Terminal, except for a manual retry (a new attempt starts with Submitting).
        return to == TaskState::Submitting;
    }
    return false;
}
