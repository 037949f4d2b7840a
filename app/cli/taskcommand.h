#pragma once

#include "clicommand.h"
#include "providerprofile.h"
#include "task.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

class CliEngineHost;

// Shared plumbing of the commands that work on the task database: the common options
// (--db, --json, --lang), opening the engine, finding a task by its local id, and printing.
class TaskCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommand)

protected:
    // Adds --help, --db, --json and --lang.
    void addCommonOptions(QCommandLineParser &parser) const;
    static QCommandLineOption dbOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption waitOption(const QString &description);

    // Parses; on --help prints and returns ExitOk, on errors returns ExitUsage; nullopt: go on.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, CliStreams streams) const;

    // Opens the database named by --db; prints the reason and returns nullptr on failure.
    std::unique_ptr<CliEngineHost> openHost(const QCommandLineParser &parser, CliStreams streams) const;

    // The one positional "<task-id>"; prints a usage error (and returns nullopt) otherwise.
    std::optional<qint64> taskIdArgument(const QCommandLineParser &parser, CliStreams streams, int *exitCode) const;

    // A task command's starting point: the engine on --db (started with routine polling
    // paused), the task and its profile, with the profile's API key available.
    struct TaskContext
    {
        std::unique_ptr<CliEngineHost> host;
        Task task;
        ProviderProfile profile;
    };
    // Fills context or returns the exit status to stop with (message already printed).
    // needKey: the command talks to the provider.
    std::optional<int> openTask(const QCommandLineParser &parser, CliStreams streams, qint64 id, bool needKey,
                                TaskContext &context) const;

    // Lets routine polls go out and waits until the task is terminal or unknown; prints it.
    // Returns the exit status for its final state (or ExitInterrupted).
    static int followToEnd(CliEngineHost &host, qint64 id, bool json, CliStreams streams);
    // After an action that starts a new attempt (retry, submit anyway): waits for the submit's
    // answer, or with follow until the end; prints the task and returns its exit status.
    static int awaitNewAttempt(CliEngineHost &host, qint64 id, bool follow, bool json, CliStreams streams);
    // Prints the task as it is now; returns exitCodeForState() unless overridden.
    static Task currentTask(CliEngineHost &host, qint64 id);

    static void printTask(CliStreams streams, const Task &task, bool json);
    static void printError(CliStreams streams, const QString &message);
    // Prints what a wait ended with when it did not end in the state asked for.
    static void printInterrupted(CliStreams streams, const Task &task);
};
