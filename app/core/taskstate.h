#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The common life cycle every provider's task is mapped onto.
//
//   Submitting -> Queued -> Running -> Succeeded | Failed | TimedOut | Cancelled
//   any active -> Cancelling -> Cancelled (or the real terminal state the provider reports)
//   Submitting -> Rejected   (the provider refused the submit: no remote task exists)
//   Submitting -> Unknown    (no clear answer: a remote task may exist; the operator decides)
//   any active -> Lost       (the provider no longer finds a task it had, confirmed several times)
enum class TaskState {
    Submitting,
    Queued,
    Running,
    Cancelling,
    Succeeded,
    Failed,
    TimedOut,
    Cancelled,
    Rejected,
    Unknown,
    Lost,
};

class TaskStates
{
    Q_DECLARE_TR_FUNCTIONS(TaskStates)

public:
    // Stable lower-case ids: submitting, queued, running, cancelling, succeeded, failed,
    // timed_out, cancelled, rejected, unknown, lost.
    static QString id(TaskState state);
    static std::optional<TaskState> fromId(QStringView id);
    static QString displayName(TaskState state);   // translated
    static QList<TaskState> all();

    static bool isTerminal(TaskState state);       // Succeeded, Failed, TimedOut, Cancelled, Rejected, Lost
    static bool isActive(TaskState state);         // Submitting, Queued, Running, Cancelling
    static bool needsPolling(TaskState state);     // Queued, Running, Cancelling
    static bool canCancel(TaskState state);        // Queued, Running (and Submitting once a remote id exists)
    static bool canRetry(TaskState state);         // Failed, TimedOut, Cancelled, Rejected, Lost
    static bool canCheckAgain(TaskState state);    // Unknown, Lost, TimedOut, and polled states
    static bool isValidTransition(TaskState from, TaskState to);
};
