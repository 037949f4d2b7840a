#include "statuscommand.h"

#include "clienginehost.h"
#include "provideradapter.h"
#include "taskengine.h"

QString StatusCommand::summary() const
{
    return tr("Ask the provider for a task's state now and print it.");
}

int StatusCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Local task id (from submit or list)."));
    const QCommandLineOption localOption(QStringLiteral("local"),
                                         tr("Print what the database knows without asking the provider."));
    parser.addOption(localOption);
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    int exitCode = ExitOk;
    const std::optional<qint64> id = taskIdArgument(parser, streams, &exitCode);
    if (!id)
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool local = parser.isSet(localOption);

    TaskContext context;
    if (const std::optional<int> stop = openTask(parser, streams, *id, !local, context))
        return *stop;
    CliEngineHost &host = *context.host;
    TaskEngine &engine = host.engine();

    if (!local) {
        QString why;
        if (!engine.refresh(*id, &why)) {
            // Ended tasks and tasks without a provider id have nothing to ask: the stored state is the answer.
            streams.err << tr("Not refreshed: %1").arg(why) << '\n';
        } else {
            const int guardMs = engine.settings().requestTimeoutMs + 5000;
            CliEngineHost::WaitResult result = host.waitForRoundTrip(guardMs);
            // SeaArt-style protocols report "completed" on the status route and hand out the
            // outputs on a second one; the engine fetches them on its next turn for this task.
            const Task afterFirst = currentTask(host, *id);
            const ProviderAdapter *adapter = host.adapter(afterFirst.provider);
            if (result == CliEngineHost::WaitResult::Done && adapter && !afterFirst.isTerminal()
                && afterFirst.state != TaskState::Unknown && !afterFirst.lastError
                && adapter->resultRequest(ProviderEndpoint{context.profile.baseUrl, {}}, afterFirst)
                && engine.refresh(*id, nullptr))
                result = host.waitForRoundTrip(guardMs);
            if (result == CliEngineHost::WaitResult::Interrupted)
                return ExitInterrupted;
            const Task task = currentTask(host, *id);
            if (result == CliEngineHost::WaitResult::TimedOut) {
                printTask(streams, task, json);
                printError(streams, tr("the provider did not answer the status request in time"));
                return ExitOtherError;
            }
            // A successful answer clears poll errors, so one still here is this request's failure.
            if (task.lastError && !task.isTerminal()
                && (task.lastError->phase == ApiPhase::Transport || task.lastError->phase == ApiPhase::Poll
                    || task.lastError->phase == ApiPhase::Result)) {
                printTask(streams, task, json);
                printError(streams, tr("the status request failed: %1")
                                        .arg(task.lastError->message.isEmpty() ? task.lastError->code
                                                                               : task.lastError->message));
                return ExitOtherError;
            }
        }
    }
    printTask(streams, currentTask(host, *id), json);
    return ExitOk;
}
