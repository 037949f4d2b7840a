#include "checkcommand.h"

#include "clienginehost.h"
#include "taskengine.h"

QString CheckCommand::summary() const
{
    return tr("Look an unknown or lost task up at the provider again.");
}

int CheckCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Local task id (from submit or list)."));
    const QCommandLineOption wait = waitOption(tr("If the task turns out to be alive, follow it until it has finished."));
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
    QString why;
    if (!host.engine().checkAgain(*id, &why)) {
        printTask(streams, context.task, json);
        printError(streams, tr("task %1 cannot be checked: %2").arg(*id).arg(why));
        return ExitOtherError;
    }
    const CliEngineHost::WaitResult result = host.waitForRoundTrip(host.engine().settings().requestTimeoutMs + 5000);
    if (result == CliEngineHost::WaitResult::Interrupted)
        return ExitInterrupted;
    const Task task = currentTask(host, *id);
    if (parser.isSet(wait) && TaskStates::needsPolling(task.state))
        return followToEnd(host, *id, json, streams);
    printTask(streams, task, json);
    if (result == CliEngineHost::WaitResult::TimedOut) {
        printError(streams, tr("the provider did not answer in time"));
        return ExitOtherError;
    }
    return exitCodeForState(task.state);
}
