#include "watchcommand.h"

#include "clienginehost.h"
#include "taskengine.h"
#include "taskjson.h"

#include <QHash>
#include <QSet>
#include <QJsonDocument>

#include <algorithm>

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
    return tr("Follow every live task (or the ones named) until all have finished; one line per change. Tasks that "
              "other QueueLens processes submit meanwhile are followed too.");
}

int WatchCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("Only these tasks (default: every live task)."),
                                 QStringLiteral("[task-id...]"));
    const QCommandLineOption providerOption(QStringLiteral("provider"), tr("Only tasks of this provider."), tr("id"));
    parser.addOption(providerOption);
    const QCommandLineOption followOption(
        QStringLiteral("follow"),
        tr("Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C)."));
    parser.addOption(followOption);
    parser.setApplicationDescription(
        tr("Without task ids, watch follows every live task in the database, including tasks that other QueueLens "
           "processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of "
           "tasks whose process has exited or died. It exits when no task in the database is live any more "
           "(with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished."));
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

    const bool follow = parser.isSet(followOption);

    std::unique_ptr<CliEngineHost> host = openHost(parser, streams);
    if (!host)
        return ExitOtherError;
    // Only a watch without ids takes over every orphaned task; with ids it claims just those.
    host->start(false, requested.isEmpty() ? CliEngineHost::Adoption::AllOrphans : CliEngineHost::Adoption::Named);
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
    QSet<QString> warnedProfiles;
    auto matches = [&](const Task &task) {
        return (requested.isEmpty() || requested.contains(task.id)) && (provider.isEmpty() || task.provider == provider);
    };
    // Starts following a task; false when it cannot finish here (no key for its profile).
    auto startFollowing = [&](const Task &task) {
        const std::optional<ProviderProfile> profile = host->profile(task.profileId);
        const QString problem = profile ? host->keyProblem(*profile)
                                        : tr("the profile “%1” no longer exists").arg(task.profileId);
        if (!problem.isEmpty()) {
            if (!warnedProfiles.contains(task.profileId)) {
                warnedProfiles.insert(task.profileId);
                streams.err << tr("Not watching task %1: %2").arg(task.id).arg(problem) << '\n';
                streams.err.flush();
            }
            return false;
        }
        watched.append(task.id);
        shown.insert(task.id, signature(task));
        printLine(task);
        return true;
    };

    // The engine holds the unfinished tasks; finished ones asked for by id are read from the store.
    QList<Task> all = engine.tasks();
    for (qint64 id : std::as_const(requested)) {
        const bool held = std::any_of(all.cbegin(), all.cend(), [id](const Task &task) { return task.id == id; });
        if (!held) {
            if (const std::optional<Task> task = engine.task(id))
                all.append(*task);
        }
    }
    std::sort(all.begin(), all.end(), [](const Task &a, const Task &b) { return a.id < b.id; });
    for (const Task &task : std::as_const(all)) {
        if (!matches(task))
            continue;
        if (settled(task)) {
            if (!requested.isEmpty())
                printLine(task);   // asked for by id: say where it stands
            continue;
        }
        startFollowing(task);
    }
    streams.err.flush();
    if (watched.isEmpty() && !follow) {
        if (requested.isEmpty())
            streams.err << tr("No live tasks to watch.") << '\n';
        return ExitOk;
    }

    auto onChanged = [&](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            const std::optional<Task> task = engine.task(id);
            if (!task)
                continue;
            if (!shown.contains(id)) {
                // A task another process added (or one that came back to life with a retry).
                if (requested.isEmpty() && matches(*task) && !settled(*task))
                    startFollowing(*task);
                continue;
            }
            const QString now = signature(*task);
            if (now == shown.value(id))
                continue;
            shown.insert(id, now);
            printLine(*task);
        }
    };
    if (!requested.isEmpty())
        engine.takeOver(requested);   // unless another live process follows them already
    QObject::connect(host.get(), &CliEngineHost::tasksChanged, host.get(), onChanged);
    QObject::connect(&engine, &TaskEngine::tasksAdded, host.get(), onChanged);
    host->resumePolling();
    const CliEngineHost::WaitResult result = host->waitUntil([&] {
        if (follow)
            return false;
        // Without ids: until nothing in the database is live, whoever follows it.
        if (requested.isEmpty()) {
            for (const Task &task : engine.tasks()) {
                if (matches(task) && !settled(task) && !warnedProfiles.contains(task.profileId))
                    return false;
            }
            return true;
        }
        for (qint64 id : std::as_const(watched)) {
            const std::optional<Task> task = engine.task(id);
            if (task && !settled(*task))
                return false;
        }
        return true;
    });
    // The last changes may have arrived in the same turn that ended the wait.
    QList<qint64> known = shown.keys();
    std::sort(known.begin(), known.end());
    onChanged(known);
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
