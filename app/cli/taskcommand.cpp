#include "taskcommand.h"

#include "clienginehost.h"
#include "taskengine.h"
#include "taskjson.h"

#include <QDir>

void TaskCommand::addCommonOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), tr("UI language, e.g. zh_CN or ru."), tr("code")));
    parser.addOption(QCommandLineOption(QStringLiteral("operator"),
                                        tr("Name recorded on the tasks this run submits (default: the "
                                           "QUEUELENS_OPERATOR environment variable, else user@host)."),
                                        tr("name")));
}

QCommandLineOption TaskCommand::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("Task database: a file (default: the desktop app's, %1) or a shared PostgreSQL "
                                 "server, postgresql://user@host:port/database.")
                                  .arg(QDir::toNativeSeparators(CliEngineHost::defaultDatabasePath())),
                              tr("file or URI"));
}

QCommandLineOption TaskCommand::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON."));
}

QCommandLineOption TaskCommand::waitOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("wait"), description);
}

std::optional<int> TaskCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                               CliStreams streams) const
{
    if (!parser.parse(arguments))
        return usageError(streams, parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        streams.out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::unique_ptr<CliEngineHost> TaskCommand::openHost(const QCommandLineParser &parser, CliStreams streams) const
{
    auto host = std::make_unique<CliEngineHost>(streams);
    QString problem;
    if (!host->open(parser.value(QStringLiteral("db")), &problem)) {
        printError(streams, problem);
        return nullptr;
    }
    host->setOperatorName(parser.value(QStringLiteral("operator")));
    return host;
}

std::optional<qint64> TaskCommand::taskIdArgument(const QCommandLineParser &parser, CliStreams streams,
                                                  int *exitCode) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = usageError(streams, tr("give exactly one task id"), parser.helpText());
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usageError(streams, tr("“%1” is not a task id (a positive number, as printed by submit and list)")
                                            .arg(positional.first()),
                               parser.helpText());
        return std::nullopt;
    }
    return id;
}

void TaskCommand::printTask(CliStreams streams, const Task &task, bool json)
{
    if (json)
        printJson(streams.out, QJsonDocument(TaskJson::toJson(task)));
    else
        streams.out << TaskJson::toText(task);
    streams.out.flush();
}

void TaskCommand::printError(CliStreams streams, const QString &message)
{
    streams.err << CliCommand::tr("Error: %1").arg(message) << '\n';
    streams.err.flush();
}

void TaskCommand::printInterrupted(CliStreams streams, const Task &task)
{
    streams.err << tr("Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.")
                       .arg(task.id)
                       .arg(TaskStates::displayName(task.state))
                << '\n';
    streams.err.flush();
}

std::optional<int> TaskCommand::openTask(const QCommandLineParser &parser, CliStreams streams, qint64 id, bool needKey,
                                         TaskContext &context) const
{
    context.host = openHost(parser, streams);
    if (!context.host)
        return ExitOtherError;
    context.host->start(false);
    const std::optional<Task> task = context.host->engine().task(id);
    if (!task) {
        printError(streams, tr("there is no task %1 in %2").arg(id).arg(context.host->databasePath()));
        return ExitOtherError;
    }
    context.task = *task;
    const std::optional<ProviderProfile> profile = context.host->profile(task->profileId);
    if (!profile) {
        printError(streams, tr("the profile “%1” of task %2 no longer exists").arg(task->profileId).arg(id));
        return ExitOtherError;
    }
    context.profile = *profile;
    if (needKey) {
        if (const QString problem = context.host->keyProblem(*profile); !problem.isEmpty()) {
            printError(streams, problem);
            return ExitOtherError;
        }
    }
    return std::nullopt;
}

Task TaskCommand::currentTask(CliEngineHost &host, qint64 id)
{
    return host.engine().task(id).value_or(Task{});
}

int TaskCommand::followToEnd(CliEngineHost &host, qint64 id, bool json, CliStreams streams)
{
    host.resumePolling();
    const CliEngineHost::WaitResult result = host.waitUntil([&] {
        const Task task = currentTask(host, id);
        return task.isTerminal() || task.state == TaskState::Unknown;
    });
    const Task task = currentTask(host, id);
    printTask(streams, task, json);
    if (result == CliEngineHost::WaitResult::Interrupted) {
        printInterrupted(streams, task);
        return ExitInterrupted;
    }
    return exitCodeForState(task.state);
}

int TaskCommand::awaitNewAttempt(CliEngineHost &host, qint64 id, bool follow, bool json, CliStreams streams)
{
    if (follow)
        host.resumePolling();
    const int guardMs = host.submitAnswerGuardMs();
    const CliEngineHost::WaitResult result =
        host.waitUntil([&] { return currentTask(host, id).state != TaskState::Submitting; }, guardMs);
    if (result == CliEngineHost::WaitResult::Done && follow)
        return followToEnd(host, id, json, streams);
    const Task task = currentTask(host, id);
    printTask(streams, task, json);
    if (result == CliEngineHost::WaitResult::Interrupted) {
        printInterrupted(streams, task);
        return ExitInterrupted;
    }
    if (result == CliEngineHost::WaitResult::TimedOut) {
        printError(streams, tr("no answer to the submit of task %1 was recorded in time").arg(id));
        return ExitTaskUnknown;
    }
    return exitCodeForState(task.state);
}
