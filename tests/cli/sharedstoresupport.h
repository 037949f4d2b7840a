#pragma once

// Helpers of tst_cli_sharedstore: many queuelens-cli processes on one database at once.
// Built on clitasksupport.h without changing it.

#include "clitasksupport.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace SharedStoreTest {

using CliTest::CliRun;

// The CLI environment with a lease length (QUEUELENS_LEASE_SECONDS), so that a killed owner's
// tasks are adopted quickly.
inline QProcessEnvironment leaseEnvironment(int leaseSeconds)
{
    QProcessEnvironment environment = CliTest::cliEnvironment();
    environment.insert(QStringLiteral("QUEUELENS_LEASE_SECONDS"), QString::number(leaseSeconds));
    return environment;
}

// Stops a child that is still running when its test returns early (a failed check), so that it
// never outlives the test nor makes QProcess complain about being destroyed while running.
struct StopProcess
{
    void operator()(QProcess *process) const
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
        delete process;
    }
};
using CliProcess = std::unique_ptr<QProcess, StopProcess>;

inline CliProcess startCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    CliProcess process(new QProcess);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(QUEUELENS_CLI), arguments);
    return process;
}


// Runs every argument list as its own queuelens-cli process, at most `parallel` at a time,
// and returns the runs in the order of the lists. The event loop keeps turning meanwhile, so
// other child processes keep being read. Processes still running after timeoutMs are killed
// and reported with exit code -1.
inline QList<CliRun> runConcurrently(const QList<QStringList> &argumentLists, int parallel,
                                     const QProcessEnvironment &environment, int timeoutMs)
{
    QList<CliRun> runs(argumentLists.size());
    std::vector<std::unique_ptr<QProcess>> processes(size_t(argumentLists.size()));
    qsizetype nextToStart = 0;
    qsizetype finished = 0;
    QEventLoop loop;

    std::function<void()> startNext;
    auto collect = [&](qsizetype index, bool normalExit) {
        QProcess &process = *processes[size_t(index)];
        CliRun &run = runs[index];
        run.exitCode = normalExit && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        if (++finished == argumentLists.size())
            loop.quit();
        else
            startNext();
    };
    startNext = [&] {
        if (nextToStart >= argumentLists.size())
            return;
        const qsizetype index = nextToStart++;
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        QObject::connect(process.get(), &QProcess::finished, &loop, [&collect, index] { collect(index, true); });
        QObject::connect(process.get(), &QProcess::errorOccurred, &loop, [&collect, index](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                collect(index, false);
        });
        processes[size_t(index)] = std::move(process);
        processes[size_t(index)]->start(QStringLiteral(QUEUELENS_CLI), argumentLists.at(index));
    };

    if (argumentLists.isEmpty())
        return runs;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(scaledTimeoutMs(timeoutMs));
    for (int i = 0; i < parallel; ++i)
        startNext();
    loop.exec();

    // Whatever is left after the deadline is stopped; its run keeps exit code -1.
    for (auto &process : processes) {
        if (process && process->state() != QProcess::NotRunning) {
            QObject::disconnect(process.get(), nullptr, &loop, nullptr);
            process->kill();
            process->waitForFinished(5000);
        }
    }
    return runs;
}

// Runs the event loop until done() holds or timeoutMs has passed; true if it held. Used for the
// long waits instead of QTRY_*, which on failure waits twice as long again to say by how much
// it missed: with minute-long waits that would eat the whole test's time budget.
template <typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > scaledTimeoutMs(timeoutMs))
            return false;
        QTest::qWait(50);
    }
    return true;
}

// JSON Lines (watch --json): one object per non-empty line; lines that are not an object are
// skipped (they would be a CLI bug the assertions on content then point at).
inline QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
        if (document.isObject())
            objects.append(document.object());
    }
    return objects;
}

// The states a watch printed, by local task id, in the order printed.
inline QHash<qint64, QStringList> statesById(const QByteArray &watchOutput)
{
    QHash<qint64, QStringList> states;
    for (const QJsonObject &task : jsonLines(watchOutput))
        states[task.value(QLatin1String("id")).toInteger()].append(task.value(QLatin1String("state")).toString());
    return states;
}

// The tasks of a database as `list --json` reports them, by local id.
inline QHash<qint64, QJsonObject> listTasks(const QString &database, const QProcessEnvironment &environment = CliTest::cliEnvironment())
{
    QHash<qint64, QJsonObject> tasks;
    const CliRun run = CliTest::runCli({QStringLiteral("list"), QStringLiteral("--db"), database, QStringLiteral("--json")},
                                       environment);
    for (const QJsonValue &value : run.jsonArray())
        tasks.insert(value.toObject().value(QLatin1String("id")).toInteger(), value.toObject());
    return tasks;
}

// States in which a task still needs someone to act (watch waits for these).
inline bool isLiveState(const QString &state)
{
    return state == QLatin1String("submitting") || state == QLatin1String("queued") || state == QLatin1String("running")
           || state == QLatin1String("cancelling");
}

// The sandbox's count of polls that arrived while another poll of the same task was still
// unanswered; -1 when the sandbox does not report it.
inline int overlappingPolls(const CliTest::SandboxProcess &sandbox)
{
    const QJsonObject counters = sandbox.admin("GET", QStringLiteral("counters"));
    return counters.contains(QLatin1String("overlapping_polls")) ? counters.value(QLatin1String("overlapping_polls")).toInt() : -1;
}

// All requests the sandbox answered (or held) since its last reset.
inline int totalRequests(const CliTest::SandboxProcess &sandbox)
{
    return sandbox.admin("GET", QStringLiteral("counters")).value(QLatin1String("total")).toInt(-1);
}

} // namespace SharedStoreTest
