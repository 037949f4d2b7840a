#include "watchcommand.h"

#include "clienginehost.h"
#include "taskengine.h"
#include "taskjson.h"

#include <QHash>
#include <QJsonDocument>

namespace {

// What a line shows; a change in anything else (timestamps, remote data) prints nothing.
QString signature(const Task &task)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(TaskStates::id(task.state))
        .arg(task.progress)
        .arg(task.queuePosition)
        .arg(task.remoteId)
        .arg(task.resultUrls.size())
        .arg(task.attempts)
        .arg(task.lastError ? task.lastError->code : QString());
}

bool settled(const Task &task)
{
    return task.isTerminal() || task.state == TaskState::Unknown;
}

} // namespace

QString WatchCommand::summary() const
{
    return tr("Follow every live task (or the ones named) until all have finished; one line per change.");
}

int WatchCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Only these tasks (default: every live task)."),
                                 QStringLiteral("[task-id...]"));
    const QCommandLineOption providerOption(QStringLiteral("provider"), tr("Only tasks of this provider."), tr("id"));
    parser.addOption(providerOption);
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    QList<qint64> requested;
    for (const QString &argument : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(streams, tr("“%1” is not a task id").arg(argument), parser.helpText());
        requested.append(id);
    }
    const QString provider = parser.value(providerOption);
    if (parser.isSet(providerOption) && !CliEngineHost::providerIds().contains(provider))
        return usageError(streams, tr("unknown provider “%1”").arg(provider), parser.helpText());
    const bool json = parser.isSet(QStringLiteral("json"));

    std::unique_ptr<CliEngineHost> host = openHost(parser, streams);
    if (!host)
        return ExitOtherError;
    host->start(false);
    TaskEngine &engine = host->engine();

    for (qint64 id : std::as_const(requested)) {
        if (!engine.task(id)) {
            printError(streams, tr("there is no task %1 in %2").arg(id).arg(host->databasePath()));
            return ExitOtherError;
        }
    }

    auto printLine = [&](const Task &task) {
        if (json)
            streams.out << QString::fromUtf8(QJsonDocument(TaskJson::toJson(task)).toJson(QJsonDocument::Compact)) << '\n';
        else
            streams.out << TaskJson::changeLine(task) << '\n';
        streams.out.flush();
    };

    QList<qint64> watched;
    QHash<qint64, QString> shown;
    QList<Task> all = engine.tasks();
    std::sort(all.begin(), all.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    for (const Task &task : std::as_const(all)) {
        if ((!requested.isEmpty() && !requested.contains(task.id)) || (!provider.isEmpty() && task.provider != provider))
            continue;
        if (settled(task)) {
            if (!requested.isEmpty())
                printLine(task);   // asked for by id: say where it stands
            continue;
        }
        // A task whose key is missing would never finish here: say so instead of hanging.
        const std::optional<ProviderProfile> profile = host->profile(task.profileId);
        const QString problem = profile ? host->keyProblem(*profile)
                                        : tr("the profile “%1” no longer exists").arg(task.profileId);
        if (!problem.isEmpty()) {
            streams.err << tr("Not watching task %1: %2").arg(task.id).arg(problem) << '\n';
            continue;
        }
        watched.append(task.id);
        shown.insert(task.id, signature(task));
        printLine(task);
    }
    streams.err.flush();
    if (watched.isEmpty()) {
        if (requested.isEmpty())
            streams.err << tr("No live tasks to watch.") << '\n';
        return ExitOk;
    }

    QObject::connect(host.get(), &CliEngineHost::tasksChanged, host.get(), [&](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            if (!shown.contains(id))
                continue;
            const std::optional<Task> task = engine.task(id);
            if (!task)
                continue;
            const QString now = signature(*task);
            if (now == shown.value(id))
                continue;
            shown.insert(id, now);
            printLine(*task);
        }
    });
    host->resumePolling();
    const CliEngineHost::WaitResult result = host->waitUntil([&] {
        for (qint64 id : std::as_const(watched)) {
            const std::optional<Task> task = engine.task(id);
            if (task && !settled(*task))
                return false;
        }
        return true;
    });
    if (result == CliEngineHost::WaitResult::Interrupted) {
        // Everything is already in the database; the next watch picks the tasks up again.
        streams.err << tr("Stopped watching; the tasks keep running at the provider.") << '\n';
        return ExitInterrupted;
    }

    // The worst outcome decides: a definite failure before an open question before success.
    bool failed = false;
    bool unknown = false;
    for (qint64 id : std::as_const(watched)) {
        const TaskState state = engine.task(id).value_or(Task{}).state;
        failed = failed || exitCodeForState(state) == ExitTaskFailed;
        unknown = unknown || state == TaskState::Unknown;
    }
    return failed ? ExitTaskFailed : (unknown ? ExitTaskUnknown : ExitOk);
}
