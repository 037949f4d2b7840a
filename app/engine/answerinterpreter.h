#pragma once

#include "apierror.h"
#include "enginesettings.h"
#include "providerexchange.h"
#include "task.h"

#include <QString>

#include <optional>

class ProviderAdapter;

// The per-task bookkeeping that decides how an answer is read. The engine keeps one per task
// and copies back the values a verdict hands it.
struct TaskRuntimeFlags
{
    bool submitPending = false;
    bool cancelPending = false;
    bool resultPending = false;
    bool checkPending = false;    // an explicit status request (refresh, check again)
    int errorCount = 0;           // consecutive failed calls: the backoff exponent
    int notFoundCount = 0;
    int submitRateRetries = 0;
    int cancelRetries = 0;

    // A task that ended (or whose submit outcome is unknown) has nothing left to send.
    void settle(TaskState reached)
    {
        if (TaskStates::isTerminal(reached) || reached == TaskState::Unknown) {
            resultPending = false;
            cancelPending = false;
            submitPending = false;
        }
    }
};

// What came back for one call: a transport failure, or an HTTP answer as the adapter read it.
struct ProviderAnswer
{
    std::optional<ApiError> transport;
    TaskUpdate update;   // empty when transport is set
    int httpStatus = 0;

    static ProviderAnswer failed(const ApiError &transport);
    static ProviderAnswer replied(int httpStatus, const TaskUpdate &update);
};

// Everything the reading of an answer depends on: the task as it was when the call left, its
// runtime flags, its protocol and the engine's limits.
struct AnswerContext
{
    Task task;
    TaskRuntimeFlags flags;
    const ProviderAdapter *adapter = nullptr;   // asked whether outputs need a call of their own, and
                                                // whether a refused submit may have created the task
    EngineSettings settings;
};

// When the task's next call goes, as a kind of delay the engine turns into milliseconds.
enum class NextCall {
    None,          // leave the scheduler alone (the task ended or waits for the operator)
    Now,
    PollDelay,     // the adaptive polling cadence
    PollInterval,  // the profile's plain interval (confirming a "not found")
    Backoff,       // exponential backoff after backoffFailures failures
    LongPause,     // the backoff cap: the account is the problem, ask rarely
    RateLimit,     // the profile's Retry-After (or rate-limit backoff)
};

// How an answer changes a task. The engine applies it in this order: accepted id, cleared
// passing error, merged progress, rate-limit pause, error, state change or note, flags, bulk
// outcome, next call.
struct AnswerVerdict
{
    enum class ErrorUse {
        None,
        Verdict,   // becomes Task::lastError quietly: the state change tells the story
        Passing,   // a problem on the way: recorded with its own timeline entry (cause, excerpt)
    };

    TaskRuntimeFlags flags;          // the task's flags once the answer is applied
    QString acceptedRemoteId;        // a submit was accepted: commit this id before anything else
    bool clearPassingError = false;  // an answer arrived: a transient poll error no longer applies
    bool mergeProgress = false;      // take progress, queue position, outputs and hints from the update

    std::optional<ApiError> error;
    ErrorUse errorUse = ErrorUse::None;
    bool clearError = false;         // reopened after our own deadline: the old verdict no longer applies

    std::optional<TaskState> nextState;   // proposed; the engine's transition() has the last word
    bool forceTransition = false;
    bool stateChanges = false;            // nextState differs and the transition is allowed
    bool note = false;                    // a timeline entry without a state change
    QString cause;
    QString excerpt;

    bool completesBulk = false;      // a bulk item waiting for this task gets its outcome
    bool bulkOk = false;
    QString bulkMessage;

    bool rateLimited = false;        // pause the whole profile per the error's Retry-After
    NextCall next = NextCall::None;
    bool urgent = false;             // goes before routine polls and ignores the polling pause
    int backoffFailures = 0;         // for NextCall::Backoff

    bool becomesUnknown() const { return stateChanges && nextState == TaskState::Unknown; }
    bool becomesRejected() const { return stateChanges && nextState == TaskState::Rejected; }
    bool retriesSubmit() const { return flags.submitPending; }
    bool fetchesResult() const { return flags.resultPending; }
};

// Reads provider answers into verdicts: no HTTP, no store, no scheduler. The engine parses the
// reply with the adapter, asks here what it means, and applies the verdict.
namespace AnswerInterpreter {

enum class PollCall { Status, Result };

AnswerVerdict submitAnswer(const AnswerContext &context, const ProviderAnswer &answer);
AnswerVerdict pollAnswer(const AnswerContext &context, PollCall call, const ProviderAnswer &answer);
AnswerVerdict cancelAnswer(const AnswerContext &context, const ProviderAnswer &answer);

// Takes the update's progress, queue position, outputs and remote data into task. Returns
// whether anything changed.
bool mergeProgress(Task &task, const TaskUpdate &update);

// Our own deadline ended the task, so the provider's answer may still move it on.
// A Task or a TaskSummary: both carry the state and the last error's code.
template<typename AnyTask>
bool timedOutByClient(const AnyTask &task)
{
    return task.state == TaskState::TimedOut && task.lastError
           && task.lastError->code == QLatin1String("client_deadline");
}

} // namespace AnswerInterpreter
