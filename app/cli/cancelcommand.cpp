#include "cancelcommand.h"

#include "bulkoperation.h"
#include "clienginehost.h"
#include "taskengine.h"

#include <QPointer>

QString CancelCommand::summary() const
{
    return tr("Ask the provider to cancel a task (with --wait, until it has stopped).");
}

int CancelCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Local task id (from submit or list)."));
    const QCommandLineOption wait = waitOption(tr("Follow the task until it has stopped; exit 0 only if it ends cancelled."));
    parser.addOption(wait);
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    int exitCode = ExitOk;
    const std::optional<qint64> id = taskIdArgument(parser, streams, &exitCode);
    if (!id)
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));

    TaskContext context;
    if (const std::optional<int> stop = openTask(parser, streams, *id, true, context))
        return *stop;
    CliEngineHost &host = *context.host;
    TaskEngine &engine = host.engine();

    // Checked here for a precise message (no cancel endpoint, already ended, no id yet, ...).
    if (const QString blocked = engine.cancelBlockedReason(context.task); !blocked.isEmpty()) {
        printError(streams, tr("task %1 cannot be cancelled: %2").arg(*id).arg(blocked));
        return ExitOtherError;
    }

    // A bulk operation of one reports exactly when the cancel call has been answered (accepted,
    // refused, or "already ended"), which the task's state alone does not always show.
    std::optional<BulkOperation::Outcome> outcome;
    QPointer<BulkOperation> operation = engine.cancelMany({*id});
    QObject::connect(operation, &BulkOperation::finished, operation, [&outcome, operation, id] {
        outcome = operation->outcomes().value(*id);
    });
    if (parser.isSet(wait))
        host.resumePolling();
    const CliEngineHost::WaitResult result =
        host.waitUntil([&] { return outcome.has_value(); }, engine.settings().requestTimeoutMs * 3 + 60000);
    if (result == CliEngineHost::WaitResult::Interrupted) {
        printInterrupted(streams, currentTask(host, *id));
        return ExitInterrupted;
    }
    if (!outcome) {
        printTask(streams, currentTask(host, *id), json);
        printError(streams, tr("the provider did not answer the cancel request in time"));
        return ExitOtherError;
    }
    if (!outcome->ok) {
        printTask(streams, currentTask(host, *id), json);
        printError(streams, tr("the cancel was not accepted: %1").arg(outcome->message));
        return ExitOtherError;
    }
    // "Too late" answers (already completed, Vidu's "can not cancel" once a task runs): the
    // engine looks the task up once more and adopts what the provider says.
    const bool tooLate = !outcome->message.isEmpty();
    if (tooLate) {
        const Task now = currentTask(host, *id);
        if (!now.isTerminal() && now.state != TaskState::Cancelling)
            host.waitForRoundTrip(engine.settings().requestTimeoutMs + 5000);
        const Task task = currentTask(host, *id);
        if (!task.isTerminal() && task.state != TaskState::Cancelling) {
            printTask(streams, task, json);
            printError(streams, tr("the provider did not cancel task %1; it is still %2")
                                    .arg(*id)
                                    .arg(TaskStates::displayName(task.state)));
            return ExitOtherError;
        }
    }

    if (parser.isSet(wait)) {
        const int status = followToEnd(host, *id, json, streams);
        const Task task = currentTask(host, *id);
        if (status == ExitInterrupted)
            return status;
        if (task.state == TaskState::Cancelled)
            return ExitOk;
        streams.err << tr("Task %1 ended as “%2” before the cancel took effect.").arg(*id).arg(TaskStates::displayName(task.state))
                    << '\n';
        return task.state == TaskState::Unknown ? ExitTaskUnknown : ExitTaskFailed;
    }
    const Task task = currentTask(host, *id);
    printTask(streams, task, json);
    if (tooLate && task.state != TaskState::Cancelled)
        streams.err << tr("Task %1 had already ended as “%2”.").arg(*id).arg(TaskStates::displayName(task.state)) << '\n';
    return ExitOk;
}
