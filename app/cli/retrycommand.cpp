#include "retrycommand.h"

#include "clienginehost.h"
#include "taskengine.h"

QString RetryCommand::summary() const
{
    return tr("Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.");
}

int RetryCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Local task id (from submit or list)."));
    const QCommandLineOption wait = waitOption(tr("Follow the new attempt until it has finished."));
    parser.addOption(wait);
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    int exitCode = ExitOk;
    const std::optional<qint64> id = taskIdArgument(parser, streams, &exitCode);
    if (!id)
        return exitCode;

    TaskContext context;
    if (const std::optional<int> stop = openTask(parser, streams, *id, true, context))
        return *stop;
    QString why;
    if (!context.host->engine().retry(*id, &why)) {
        printError(streams, tr("task %1 cannot be retried: %2").arg(*id).arg(why));
        return ExitOtherError;
    }
    return awaitNewAttempt(*context.host, *id, parser.isSet(wait), parser.isSet(QStringLiteral("json")), streams);
}
