#include "answerinterpreter.h"

#include "errorpolicy.h"
#include "provideradapter.h"
#include "redactor.h"

#include <QCoreApplication>

#include <algorithm>

ProviderAnswer ProviderAnswer::failed(const ApiError &transport)
{
    ProviderAnswer answer;
    answer.transport = transport;
    return answer;
}

ProviderAnswer ProviderAnswer::replied(int httpStatus, const TaskUpdate &update)
{
    ProviderAnswer answer;
    answer.update = update;
    answer.httpStatus = httpStatus;
    return answer;
}

namespace AnswerInterpreter {

namespace {

// Proposes a state change the way transition() will judge it, and settles the flags when the
// task reaches an end.
void proposeState(AnswerVerdict &verdict, TaskState from, TaskState to, const QString &cause, bool force = false)
{
    verdict.nextState = to;
    verdict.forceTransition = force;
    verdict.cause = cause;
    verdict.stateChanges = from != to && (force || TaskStates::isValidTransition(from, to));
    if (verdict.stateChanges)
        verdict.flags.settle(to);
}

TaskState stateAfter(const AnswerVerdict &verdict, TaskState from)
{
    return verdict.stateChanges ? *verdict.nextState : from;
}

void completeBulk(AnswerVerdict &verdict, bool ok, const QString &message)
{
    verdict.completesBulk = true;
    verdict.bulkOk = ok;
    verdict.bulkMessage = message;
}

void passingError(AnswerVerdict &verdict, const ApiError &error, const QString &cause, const QString &excerpt)
{
    verdict.error = error;
    verdict.errorUse = AnswerVerdict::ErrorUse::Passing;
    verdict.cause = cause;
    verdict.excerpt = excerpt;
}

void callNext(AnswerVerdict &verdict, NextCall next, bool urgent = false, int backoffFailures = 0)
{
    verdict.next = next;
    verdict.urgent = urgent;
    verdict.backoffFailures = backoffFailures;
}

// Submit refused for good: no remote task exists.
void reject(AnswerVerdict &verdict, const AnswerContext &context, const ApiError &error, const QString &excerpt)
{
    verdict.error = error;
    verdict.errorUse = AnswerVerdict::ErrorUse::Verdict;
    verdict.flags.submitPending = false;
    proposeState(verdict, context.task.state, TaskState::Rejected, QStringLiteral("submit_refused"));
    verdict.excerpt = excerpt.isEmpty() ? Redactor::excerpt(error.message, {}) : excerpt;
    completeBulk(verdict, false, error.message.isEmpty() ? error.code : error.message);
}

// An HTML page where JSON was expected: a login (captive) portal, a proxy's page or a base URL
// that points at a website instead of the API.
bool isHtmlPage(const QByteArray &body)
{
    const QByteArray head = body.trimmed().left(512).toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}

// No clear answer to the submit: a remote task may exist, so it is never resent by itself.
void becomeUnknown(AnswerVerdict &verdict, const AnswerContext &context, const ApiError &cause)
{
    QString message = QCoreApplication::translate("TaskEngine",
                                                  "The submit got no clear answer (%1). The provider may have created "
                                                  "the task: use Check again, or look on the provider's website, "
                                                  "before submitting again.")
                          .arg(cause.message.isEmpty() ? cause.code : cause.message);
    // The submit-unknown explanation says nothing about HTML, and for a poll the malformed-answer
    // entry of the catalog gives this hint; a submit needs it in its own message.
    if (cause.code == QLatin1String("malformed_response") && isHtmlPage(cause.rawBody))
        message += QLatin1Char(' ')
                   + QCoreApplication::translate("TaskEngine",
                                                 "An HTML page came back instead of the provider's JSON: often a "
                                                 "network login page, a proxy, or a base URL that points at a website "
                                                 "instead of the API. Open the profile's base URL in a browser and "
                                                 "check it in the profile settings.");
    ApiError error = ErrorPolicy::clientError(QStringLiteral("submit_outcome_unknown"), ApiPhase::Submit, message);
    error.httpStatus = cause.httpStatus;
    error.rawBody = cause.rawBody;
    verdict.error = error;
    verdict.errorUse = AnswerVerdict::ErrorUse::Verdict;
    verdict.flags.submitPending = false;
    proposeState(verdict, context.task.state, TaskState::Unknown, QStringLiteral("submit_unknown"));
    verdict.excerpt = Redactor::excerpt(cause.code + QStringLiteral(": ") + cause.message, {});
    completeBulk(verdict, false, error.message);
}

} // namespace

bool mergeProgress(Task &task, const TaskUpdate &update)
{
    bool touched = false;
    if (!update.remoteData.isEmpty()) {
        for (auto it = update.remoteData.begin(); it != update.remoteData.end(); ++it)
            task.remoteData.insert(it.key(), it.value());
        touched = true;
    }
    if (update.progress >= 0 && update.progress != task.progress) {
        task.progress = std::clamp(update.progress, 0, 100);
        touched = true;
    }
    // A state without a position means the task left the queue.
    if (update.queuePosition != task.queuePosition && (update.queuePosition >= 0 || update.state)) {
        task.queuePosition = update.queuePosition;
        touched = true;
    }
    if (!update.resultUrls.isEmpty() && update.resultUrls != task.resultUrls) {
        task.resultUrls = update.resultUrls;
        touched = true;
    }
    return touched;
}

AnswerVerdict submitAnswer(const AnswerContext &context, const ProviderAnswer &answer)
{
    AnswerVerdict verdict;
    verdict.flags = context.flags;
    verdict.flags.submitPending = false;

    if (answer.transport) {
        ApiError error = *answer.transport;
        error.phase = ApiPhase::Submit;
        // Never resent automatically: unless the request provably never left, a task may exist.
        if (ErrorPolicy::neverSent(error))
            reject(verdict, context, error, {});
        else
            becomeUnknown(verdict, context, error);
        return verdict;
    }

    const TaskUpdate &update = answer.update;
    if (update.error) {
        const ApiError &error = *update.error;
        if (ErrorPolicy::isRateLimit(error)) {
            // The limit is per key: the profile pauses even when this submit gives up.
            verdict.rateLimited = true;
            if (context.flags.submitRateRetries < context.settings.submitRateLimitRetries) {
                // A 429 proves nothing was created: resending within the budget is safe.
                verdict.flags.submitRateRetries = context.flags.submitRateRetries + 1;
                verdict.flags.submitPending = true;
                passingError(verdict, error, QStringLiteral("submit_rate_limited"), update.excerpt);
                callNext(verdict, NextCall::RateLimit, true);
                return verdict;
            }
        }
        if (ErrorPolicy::submitMayHaveCreated(error, context.adapter))
            becomeUnknown(verdict, context, error);
        else
            reject(verdict, context, error, update.excerpt);
        return verdict;
    }

    if (update.remoteId.isEmpty()) {
        becomeUnknown(verdict, context,
                      ErrorPolicy::clientError(
                          QStringLiteral("unexpected_response"), ApiPhase::Submit,
                          QCoreApplication::translate("TaskEngine",
                                                      "The provider accepted the submit (HTTP %1) but sent no task id.")
                              .arg(answer.httpStatus)));
        return verdict;
    }

    verdict.acceptedRemoteId = update.remoteId;
    verdict.mergeProgress = true;
    verdict.flags.submitRateRetries = 0;
    verdict.flags.errorCount = 0;
    TaskState next = update.state.value_or(TaskState::Queued);
    // States the engine alone assigns are never taken from a submit answer.
    if (next == TaskState::Submitting || next == TaskState::Cancelling || next == TaskState::Unknown
        || next == TaskState::Lost || next == TaskState::Rejected)
        next = TaskState::Queued;
    // Success is only reported together with its outputs.
    if (next == TaskState::Succeeded && update.fetchResult)
        next = TaskState::Running;
    proposeState(verdict, context.task.state, next, QStringLiteral("submitted"));
    verdict.excerpt = QCoreApplication::translate("TaskEngine", "request id %1").arg(update.remoteId)
                      + QStringLiteral(" ") + update.excerpt;
    completeBulk(verdict, true, {});
    if (update.fetchResult)
        verdict.flags.resultPending = true;
    callNext(verdict, verdict.flags.resultPending ? NextCall::Now : NextCall::PollDelay);
    return verdict;
}

AnswerVerdict pollAnswer(const AnswerContext &context, PollCall call, const ProviderAnswer &answer)
{
    const Task &task = context.task;
    const bool explicitCheck = context.flags.checkPending;
    // Only our own deadline ended it: the provider's answer may still move it on.
    const bool reopen = explicitCheck && timedOutByClient(task);

    AnswerVerdict verdict;
    verdict.flags = context.flags;
    verdict.flags.checkPending = false;

    if (answer.transport) {
        verdict.flags.errorCount = context.flags.errorCount + 1;
        passingError(verdict, *answer.transport, QStringLiteral("poll_error"), {});
        callNext(verdict, NextCall::Backoff, false, verdict.flags.errorCount);
        return verdict;
    }

    const TaskUpdate &update = answer.update;
    if (update.notFound) {
        verdict.flags.notFoundCount = context.flags.notFoundCount + 1;
        if (task.state == TaskState::Unknown || task.state == TaskState::Lost || task.state == TaskState::TimedOut) {
            // A look-up of a task that is not running: the answer is noted, nothing else changes.
            verdict.note = true;
            verdict.cause = QStringLiteral("check_not_found");
            verdict.excerpt = update.excerpt;
            return verdict;
        }
        if (verdict.flags.notFoundCount >= std::max(1, context.settings.notFoundConfirmations)) {
            verdict.error = ErrorPolicy::clientError(
                QStringLiteral("task_lost"), call == PollCall::Result ? ApiPhase::Result : ApiPhase::Poll,
                QCoreApplication::translate("TaskEngine",
                                            "The provider answered %n time(s) in a row that it does not know the "
                                            "task %1.",
                                            nullptr, verdict.flags.notFoundCount)
                    .arg(task.remoteId));
            verdict.errorUse = AnswerVerdict::ErrorUse::Verdict;
            proposeState(verdict, task.state, TaskState::Lost, QStringLiteral("not_found"));
            verdict.excerpt = update.excerpt;
            if (verdict.stateChanges)
                completeBulk(verdict, false, verdict.error->message);
            return verdict;
        }
        // Confirm a few times: some providers briefly forget brand-new tasks.
        callNext(verdict, NextCall::PollInterval);
        return verdict;
    }
    verdict.flags.notFoundCount = 0;

    if (update.error && !update.state) {
        const ApiError &error = *update.error;
        verdict.flags.errorCount = context.flags.errorCount + 1;
        passingError(verdict, error, QStringLiteral("poll_error"), update.excerpt);
        if (ErrorPolicy::isRateLimit(error)) {
            verdict.rateLimited = true;
            callNext(verdict, NextCall::RateLimit);
        } else if (ErrorPolicy::isAccountProblem(error)) {
            callNext(verdict, NextCall::LongPause);   // the task may still finish: keep it, ask rarely
        } else {
            callNext(verdict, NextCall::Backoff, false, verdict.flags.errorCount);
        }
        return verdict;
    }

    verdict.flags.errorCount = 0;
    verdict.clearPassingError = true;
    verdict.mergeProgress = true;
    verdict.excerpt = update.excerpt;
    const bool canFetch = update.fetchResult && call == PollCall::Status;
    if (call == PollCall::Result)
        verdict.flags.resultPending = false;

    if (update.state) {
        TaskState next = *update.state;
        // Success is only reported together with its outputs.
        if (canFetch && next == TaskState::Succeeded)
            next = task.state == TaskState::Cancelling ? TaskState::Cancelling : TaskState::Running;
        // A cancel was accepted: the provider may report the old state until it stops.
        if (task.state == TaskState::Cancelling && (next == TaskState::Queued || next == TaskState::Running))
            next = TaskState::Cancelling;
        if (update.error && TaskStates::isTerminal(next)) {
            verdict.error = update.error;
            verdict.errorUse = AnswerVerdict::ErrorUse::Verdict;
        }
        if (reopen && !TaskStates::isTerminal(next))
            verdict.clearError = true;
        const QString cause = explicitCheck ? QStringLiteral("check")
                                            : (call == PollCall::Result ? QStringLiteral("result") : QStringLiteral("poll"));
        proposeState(verdict, task.state, next, cause, reopen);
        if (verdict.stateChanges && TaskStates::isTerminal(next))
            completeBulk(verdict, next == TaskState::Cancelled, TaskStates::displayName(next));
    } else if (explicitCheck && (task.state == TaskState::Unknown || task.state == TaskState::Lost)) {
        verdict.note = true;
        verdict.cause = QStringLiteral("check");
    }

    const TaskState reached = stateAfter(verdict, task.state);
    if (TaskStates::isTerminal(reached) || reached == TaskState::Unknown)
        return verdict;
    if (canFetch && context.adapter) {
        Task fetched = task;
        mergeProgress(fetched, update);
        fetched.state = reached;
        if (context.adapter->resultRequest(ProviderEndpoint{}, fetched)) {
            verdict.flags.resultPending = true;
            // The outputs of an explicit check are part of the operator's request.
            callNext(verdict, NextCall::Now, explicitCheck);
            return verdict;
        }
    }
    callNext(verdict, NextCall::PollDelay);
    return verdict;
}

AnswerVerdict cancelAnswer(const AnswerContext &context, const ProviderAnswer &answer)
{
    const Task &task = context.task;
    AnswerVerdict verdict;
    verdict.flags = context.flags;
    verdict.flags.cancelPending = false;

    std::optional<ApiError> error = answer.transport ? answer.transport : answer.update.error;
    const QString excerpt = answer.transport ? QString() : answer.update.excerpt;
    if (error) {
        error->phase = answer.transport ? ApiPhase::Transport : ApiPhase::Cancel;
        verdict.rateLimited = ErrorPolicy::isRateLimit(*error);
        // A cancel can be repeated safely; transient failures get two more tries.
        if (ErrorPolicy::isTransient(*error) && context.flags.cancelRetries < 2 && !TaskStates::isTerminal(task.state)) {
            verdict.flags.cancelRetries = context.flags.cancelRetries + 1;
            verdict.flags.cancelPending = true;
            passingError(verdict, *error, QStringLiteral("cancel_error"), excerpt);
            if (verdict.rateLimited)
                callNext(verdict, NextCall::RateLimit, true);
            else
                callNext(verdict, NextCall::Backoff, true, verdict.flags.cancelRetries);
            return verdict;
        }
        ApiError recorded = *error;
        recorded.phase = ApiPhase::Cancel;
        passingError(verdict, recorded, QStringLiteral("cancel_failed"), excerpt);
        completeBulk(verdict, false, recorded.message.isEmpty() ? recorded.code : recorded.message);
        callNext(verdict, NextCall::PollDelay);
        return verdict;
    }

    const TaskUpdate &update = answer.update;
    verdict.flags.cancelRetries = 0;
    verdict.mergeProgress = true;
    verdict.excerpt = update.excerpt;
    if (!update.state) {
        // "Already terminal" (ALREADY_COMPLETED, IMAGE_TASK_ALREADY_TERMINAL, "can not cancel"):
        // not an error; look the task up at once and adopt what the provider says.
        verdict.note = true;
        verdict.cause = QStringLiteral("cancel_too_late");
        verdict.flags.checkPending = true;
        completeBulk(verdict, true,
                     QCoreApplication::translate("TaskEngine", "The task had already ended; its final state is adopted."));
        callNext(verdict, NextCall::Now);
        return verdict;
    }
    TaskState next = *update.state;
    // Accepted but not stopped yet.
    if (next == TaskState::Queued || next == TaskState::Running || next == TaskState::Submitting)
        next = TaskState::Cancelling;
    proposeState(verdict, task.state, next, QStringLiteral("cancel"));
    completeBulk(verdict, true, {});
    if (!TaskStates::isTerminal(stateAfter(verdict, task.state)))
        callNext(verdict, NextCall::PollDelay);
    return verdict;
}

} // namespace AnswerInterpreter
