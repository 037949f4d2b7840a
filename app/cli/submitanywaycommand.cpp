#include "submitanywaycommand.h"

#include "clienginehost.h"
#include "taskengine.h"

QString SubmitAnywayCommand::summary() const
{
    return tr("Send an unknown task's submit again, accepting that the provider may run (and bill) it twice.");
}

int SubmitAnywayCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Local id of a task in state “unknown”."));
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
    if (!context.host->engine().submitAnyway(*id, &why)) {
        printError(streams, tr("task %1 cannot be submitted again: %2").arg(*id).arg(why));
        return ExitOtherError;
    }
    return awaitNewAttempt(*context.host, *id, parser.isSet(wait), parser.isSet(QStringLiteral("json")), streams);
}
