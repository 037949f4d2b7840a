// Shared-store drills: several real queuelens-cli processes on ONE database at the same time,
// against a real queuelens-sandbox over loopback. The desktop app, scripts and CLI runs share
// a database, so no process may lose, duplicate or steal another process's task: every
// remote id survives, every live task is polled by exactly one process at a time, and a
// killed owner's tasks are adopted once its lease has expired.

#include "sharedstoresupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace CliTest;
using namespace SharedStoreTest;

namespace {

const QStringList AllProviders{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                               QStringLiteral("llmapi"), QStringLiteral("vidu")};

QString stateOf(const QJsonObject &task)
{
    return task.value(QLatin1String("state")).toString();
}

QString remoteIdOf(const QJsonObject &task)
{
    return task.value(QLatin1String("remote_id")).toString();   // empty for null
}

// The end of a long output: the last lines say most about why a process stopped.
QByteArray tail(const QByteArray &bytes, qsizetype size = 3000)
{
    return bytes.size() <= size ? bytes : "[...]\n" + bytes.right(size);
}

// How a finished (or still running) child ended, for failure messages.
QByteArray describeProcess(QProcess &process, const QByteArray &stdoutSoFar)
{
    QByteArray how;
    if (process.state() != QProcess::NotRunning)
        how = "still running";
    else if (process.exitStatus() == QProcess::CrashExit)
        how = "crashed or killed";
    else
        how = "exit " + QByteArray::number(process.exitCode());
    return how + "\nstderr:\n" + tail(process.readAllStandardError(), 2000) + "\nstdout:\n" + tail(stdoutSoFar);
}

} // namespace

class TestCliSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void sequentialSubmitsKeepEveryRemoteId();
    void concurrentSubmitsKeepEveryRemoteId();
    void watchFollowsOthersTasks();
    void killedOwnerTasksAreAdopted();
    void killDuringSubmitOnlyLosesThatSubmit();
    void writeLockHeldThreeSeconds();
    void readOnlyDatabaseIsExplained();

private:
    QString database() const { return m_dir.filePath(QStringLiteral("shared-%1.sqlite").arg(m_counter)); }
    void submitManyAndCheck(int count, int parallel);
    int submitRequests(const QStringList &providers) const;

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestCliSharedStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), "queuelens-sandbox did not start");
    // The drills rely on the sandbox reporting overlapping polls; fail early if it cannot.
    QVERIFY2(overlappingPolls(m_sandbox) == 0, "the sandbox does not report overlapping_polls in /__sandbox/counters");
}

void TestCliSharedStore::init()
{
    ++m_counter;   // a fresh database for every test function
    m_sandbox.reset();
}

void TestCliSharedStore::cleanupTestCase()
{
    m_sandbox.stop();
}

int TestCliSharedStore::submitRequests(const QStringList &providers) const
{
    int count = 0;
    for (const QString &provider : providers)
        count += m_sandbox.submitRequests(provider);
    return count;
}

// `count` submits (no --wait), `parallel` processes at a time, round-robin over the five
// providers (so five profiles are created concurrently too). Afterwards every task must be in
// the database with exactly the remote id its own process printed.
void TestCliSharedStore::submitManyAndCheck(int count, int parallel)
{
    // Long enough that the tasks are still live while later submits start up.
    const QString scenario = QStringLiteral("queue=2s run=3s");
    QList<QStringList> argumentLists;
    for (int i = 0; i < count; ++i)
        argumentLists << submitArguments(m_sandbox, database(), AllProviders.at(i % AllProviders.size()), scenario,
                                         {QStringLiteral("--json")});
    QElapsedTimer clock;
    clock.start();
    const QList<CliRun> runs = runConcurrently(argumentLists, parallel, cliEnvironment(), 90000);
    qInfo("%d submits, %d at a time: %.1f s", count, parallel, double(clock.elapsed()) / 1000.0);

    QHash<qint64, QString> printedRemoteIds;
    QSet<QString> distinctRemoteIds;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const CliRun &run = runs.at(i);
        QVERIFY2(run.exitCode == 0, ("submit #" + QByteArray::number(i) + ": " + run.describe()).constData());
        const QJsonObject task = run.json();
        const qint64 id = task.value(QLatin1String("id")).toInteger();
        const QString remoteId = remoteIdOf(task);
        QVERIFY2(id > 0, ("submit #" + QByteArray::number(i) + " printed no task id: " + run.describe()).constData());
        QVERIFY2(!remoteId.isEmpty(),
                 ("submit #" + QByteArray::number(i) + " printed no remote id: " + run.describe()).constData());
        QVERIFY2(!printedRemoteIds.contains(id),
                 qPrintable(QStringLiteral("two processes printed the same local id %1").arg(id)));
        printedRemoteIds.insert(id, remoteId);
        distinctRemoteIds.insert(remoteId);
    }
    QCOMPARE(distinctRemoteIds.size(), count);

    // The database agrees with what every process printed. Count all problems before failing,
    // so a failure says how many tasks were spoiled, not just the first.
    const QHash<qint64, QJsonObject> tasks = listTasks(database());
    QCOMPARE(tasks.size(), count);
    int unknown = 0;
    int withoutRemoteId = 0;
    int otherRemoteId = 0;
    QStringList examples;
    for (auto it = printedRemoteIds.constBegin(); it != printedRemoteIds.constEnd(); ++it) {
        const QJsonObject task = tasks.value(it.key());
        const QString state = stateOf(task);
        const QString remoteId = remoteIdOf(task);
        const bool bad = state == QLatin1String("unknown") || remoteId.isEmpty() || remoteId != it.value();
        unknown += state == QLatin1String("unknown");
        withoutRemoteId += remoteId.isEmpty();
        otherRemoteId += !remoteId.isEmpty() && remoteId != it.value();
        if (bad && examples.size() < 5)
            examples << QStringLiteral("task %1: state %2, remote id '%3', printed '%4'").arg(it.key()).arg(state, remoteId, it.value());
    }
    QVERIFY2(unknown == 0 && withoutRemoteId == 0 && otherRemoteId == 0,
             qPrintable(QStringLiteral("of %1 tasks: %2 unknown, %3 without remote id, %4 with another remote id; e.g. %5")
                            .arg(count).arg(unknown).arg(withoutRemoteId).arg(otherRemoteId)
                            .arg(examples.join(QLatin1String("; ")))));

    // Each process sent exactly its own submit: no more, no fewer.
    QCOMPARE(submitRequests(AllProviders), count);
    int sandboxTasks = 0;
    for (const QString &provider : AllProviders)
        sandboxTasks += m_sandbox.taskCount(provider);
    QCOMPARE(sandboxTasks, count);
}

void TestCliSharedStore::sequentialSubmitsKeepEveryRemoteId()
{
    // The same checks, one process at a time: proves the drill itself, which must pass
    // whatever the store does about concurrency.
    submitManyAndCheck(20, 1);
}

void TestCliSharedStore::concurrentSubmitsKeepEveryRemoteId()
{
    submitManyAndCheck(scaledDrillSize(200, 40), 8);
}

void TestCliSharedStore::watchFollowsOthersTasks()
{
    // Every poll answers 200 ms late, so two processes polling one task would overlap at the
    // sandbox, which counts it.
    const QString quickTask = QStringLiteral("queue=1s run=1s poll-delay=200ms");
    // The first task lives until all the others have been submitted, so neither watch can
    // legitimately run out of live tasks before then.
    const QString anchorTask = QStringLiteral("queue=1s run=14s poll-delay=200ms");
    const QStringList providers{QStringLiteral("llmapi"), QStringLiteral("vidu")};
    constexpr int TaskCount = 20;

    const CliRun anchor = runCli(submitArguments(m_sandbox, database(), providers.first(), anchorTask, {QStringLiteral("--json")}));
    QVERIFY2(anchor.exitCode == 0, anchor.describe().constData());
    const qint64 anchorId = anchor.json().value(QLatin1String("id")).toInteger();

    const QStringList watchArguments{QStringLiteral("watch"), QStringLiteral("--db"), database(), QStringLiteral("--json")};
    CliProcess watches[2] = {startCli(watchArguments, cliEnvironment()), startCli(watchArguments, cliEnvironment())};
    for (auto &watch : watches)
        QVERIFY(watch->waitForStarted(10000));
    // Both are up and following before anything else is added: each has reported the anchor.
    QByteArray outputs[2];
    auto readWatches = [&] {
        for (int i = 0; i < 2; ++i)
            outputs[i] += watches[i]->readAllStandardOutput();
    };
    QVERIFY2(waitFor([&] {
                 readWatches();
                 return statesById(outputs[0]).contains(anchorId) && statesById(outputs[1]).contains(anchorId);
             }, 20000),
             "both watches should report the task that exists when they start");

    // The other 19 tasks come from other processes while both watches run.
    QList<QStringList> submits;
    for (int i = 1; i < TaskCount; ++i)
        submits << submitArguments(m_sandbox, database(), providers.at(i % providers.size()), quickTask, {QStringLiteral("--json")});
    const QList<CliRun> runs = runConcurrently(submits, 4, cliEnvironment(), 60000);
    QSet<qint64> ids{anchorId};
    for (const CliRun &run : runs) {
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        ids.insert(run.json().value(QLatin1String("id")).toInteger());
    }
    QCOMPARE(ids.size(), TaskCount);
    const QString anchorState = stateOf(listTasks(database()).value(anchorId));
    QVERIFY2(isLiveState(anchorState),
             qPrintable(QStringLiteral("test timing: the submits took longer than the anchor task lives (it is %1 already)")
                            .arg(anchorState)));

    // Both watches notice the new tasks, see them to the end and stop by themselves.
    const bool bothStopped = waitFor([&] {
        readWatches();
        return watches[0]->state() == QProcess::NotRunning && watches[1]->state() == QProcess::NotRunning;
    }, 60000);
    readWatches();
    qInfo("overlapping polls so far: %d", overlappingPolls(m_sandbox));
    QVERIFY2(bothStopped, "the watches did not stop by themselves within 60 s of the last submit");
    for (int i = 0; i < 2; ++i) {
        const QByteArray context = "watch " + QByteArray::number(i + 1) + ": " + describeProcess(*watches[i], outputs[i]);
        QVERIFY2(watches[i]->exitStatus() == QProcess::NormalExit && watches[i]->exitCode() == 0, context.constData());
        const QHash<qint64, QStringList> seen = statesById(outputs[i]);
        QStringList missing;
        for (const qint64 id : std::as_const(ids)) {
            if (!seen.value(id).contains(QLatin1String("succeeded")))
                missing << QString::number(id);
        }
        QVERIFY2(missing.isEmpty(), (QStringLiteral("no 'succeeded' line for task(s) %1 of %2; ")
                                         .arg(missing.join(QLatin1Char(','))).arg(TaskCount).toUtf8() + context).constData());
    }

    const QHash<qint64, QJsonObject> tasks = listTasks(database());
    QCOMPARE(tasks.size(), TaskCount);
    for (const qint64 id : std::as_const(ids))
        QCOMPARE(stateOf(tasks.value(id)), QStringLiteral("succeeded"));
    QCOMPARE(submitRequests(providers), TaskCount);
    // No task was ever polled by two processes at once.
    QCOMPARE(overlappingPolls(m_sandbox), 0);
}

void TestCliSharedStore::killedOwnerTasksAreAdopted()
{
    // Short leases, for every process of the drill: the owner writes them, the adopter waits them out.
    const QProcessEnvironment environment = leaseEnvironment(2);
    const int TaskCount = scaledDrillSize(100, 30);
    // queue is short, so the owner's first poll of each task sees it running (a visible change);
    // the run is held until the test releases it after the kill, however slowly this machine
    // submits and polls. poll-delay keeps the owner's polls in flight when it dies.
    const QString scenario = QStringLiteral("queue=200ms stuck poll-delay=200ms");
    const QStringList providers{QStringLiteral("llmapi"), QStringLiteral("vidu"), QStringLiteral("foxapi")};

    QList<QStringList> submits;
    for (int i = 0; i < TaskCount; ++i)
        submits << submitArguments(m_sandbox, database(), providers.at(i % providers.size()), scenario, {QStringLiteral("--json")});
    QElapsedTimer clock;
    clock.start();
    // One submit at a time: concurrent submits are concurrentSubmitsKeepEveryRemoteId's business,
    // this drill is about adoption only.
    const QList<CliRun> runs = runConcurrently(submits, 1, environment, 90000);
    qInfo("%d submits: %.1f s", TaskCount, double(clock.elapsed()) / 1000.0);
    QHash<qint64, QString> remoteIds;
    for (const CliRun &run : runs) {
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        remoteIds.insert(run.json().value(QLatin1String("id")).toInteger(), remoteIdOf(run.json()));
    }
    QCOMPARE(remoteIds.size(), TaskCount);

    // The owner: a watch that has polled every task at least once (each reported running).
    const QStringList watchArguments{QStringLiteral("watch"), QStringLiteral("--db"), database(), QStringLiteral("--json")};
    CliProcess owner = startCli(watchArguments, environment);
    QVERIFY(owner->waitForStarted(10000));
    QByteArray ownerOutput;
    auto runningSeen = [&] {
        ownerOutput += owner->readAllStandardOutput();
        int running = 0;
        const QHash<qint64, QStringList> seen = statesById(ownerOutput);
        for (auto it = remoteIds.constBegin(); it != remoteIds.constEnd(); ++it)
            running += seen.value(it.key()).contains(QLatin1String("running"));
        return running;
    };
    QVERIFY2(waitFor([&] { return runningSeen() == TaskCount; }, 40000),
             qPrintable(QStringLiteral("the owner reported only %1 of %2 tasks running").arg(runningSeen()).arg(TaskCount)));
    QCOMPARE(owner->state(), QProcess::Running);
    owner->kill();   // SIGKILL: no lease is released, polls are cut off mid-answer
    QVERIFY(owner->waitForFinished(10000));
    QCOMPARE(owner->exitStatus(), QProcess::CrashExit);
    qInfo("owner killed %.1f s after the first submit", double(clock.elapsed()) / 1000.0);

    QHash<qint64, QJsonObject> tasks = listTasks(database(), environment);
    QCOMPARE(tasks.size(), TaskCount);
    int live = 0;
    for (const QJsonObject &task : std::as_const(tasks))
        live += isLiveState(stateOf(task));
    QCOMPARE(live, TaskCount);
    QCOMPARE(m_sandbox.releaseStuckTasks(), TaskCount);   // from now on every task finishes

    // The adopter waits for the dead owner's leases to expire, then finishes everything.
    const CliRun adopter = runCli(watchArguments, environment, 90000);
    QVERIFY2(adopter.exitCode == 0, tail(adopter.describe(), 4000).constData());
    tasks = listTasks(database(), environment);
    QCOMPARE(tasks.size(), TaskCount);
    int succeeded = 0;
    QStringList examples;
    for (auto it = remoteIds.constBegin(); it != remoteIds.constEnd(); ++it) {
        const QJsonObject task = tasks.value(it.key());
        const bool ok = stateOf(task) == QLatin1String("succeeded") && remoteIdOf(task) == it.value()
                        && task.value(QLatin1String("attempts")).toInt() == 1;
        succeeded += ok;
        if (!ok && examples.size() < 5)
            examples << QStringLiteral("task %1: %2, remote id '%3'").arg(it.key()).arg(stateOf(task), remoteIdOf(task));
    }
    QVERIFY2(succeeded == TaskCount, qPrintable(QStringLiteral("%1 of %2 succeeded; e.g. %3")
                                                    .arg(succeeded).arg(TaskCount).arg(examples.join(QLatin1String("; ")))));
    QCOMPARE(submitRequests(providers), TaskCount);   // adopted, never resubmitted
    QCOMPARE(overlappingPolls(m_sandbox), 0);
}

void TestCliSharedStore::killDuringSubmitOnlyLosesThatSubmit()
{
    const QProcessEnvironment environment = leaseEnvironment(2);
    const QString hungProvider = QStringLiteral("llmapi");
    const QString slowProvider = QStringLiteral("vidu");

    // A: its submit is never answered; it is killed while waiting (the task may exist remotely).
    CliProcess hung = startCli(
        submitArguments(m_sandbox, database(), hungProvider, QStringLiteral("fault=hang"),
                        {QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--json")}),
        environment);
    QVERIFY(hung->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.submitRequests(hungProvider), 1, 15000);

    // B: its submit is answered, but only after 8 s; meanwhile its task is Submitting and live.
    CliProcess slow = startCli(
        submitArguments(m_sandbox, database(), slowProvider, QStringLiteral("delay=8s queue=200ms run=1s"), {QStringLiteral("--json")}),
        environment);
    QVERIFY(slow->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.submitRequests(slowProvider), 1, 15000);

    hung->kill();
    QVERIFY(hung->waitForFinished(10000));
    QVERIFY(hung->readAllStandardOutput().isEmpty());   // it never got an answer to print

    // C: an engine starting while B waits for its answer.
    CliProcess watch = startCli({QStringLiteral("watch"), QStringLiteral("--db"), database(), QStringLiteral("--json")},
                                               environment);
    QVERIFY(watch->waitForStarted(10000));

    // A's task is settled as unknown once its lease has expired; find it by elimination.
    auto hungTask = [&]() -> QJsonObject {
        const QHash<qint64, QJsonObject> tasks = listTasks(database(), environment);
        for (const QJsonObject &task : tasks) {
            if (task.value(QLatin1String("provider")).toString() == hungProvider)
                return task;
        }
        return {};
    };
    auto slowTaskInDatabase = [&]() -> QJsonObject {
        const QHash<qint64, QJsonObject> tasks = listTasks(database(), environment);
        for (const QJsonObject &task : tasks) {
            if (task.value(QLatin1String("provider")).toString() == slowProvider)
                return task;
        }
        return {};
    };
    QVERIFY2(waitFor([&] { return stateOf(hungTask()) == QLatin1String("unknown"); }, 20000),
             qPrintable(QStringLiteral("A's task is still %1").arg(stateOf(hungTask()))));
    // The engine that settled A's task has left B's alone: B is still waiting for its answer.
    const QString slowStateMeanwhile = stateOf(slowTaskInDatabase());
    QVERIFY2(slow->state() == QProcess::Running,
             "test timing: B's submit was answered before the drill got this far; raise its delay");
    QCOMPARE(slowStateMeanwhile, QStringLiteral("submitting"));

    QVERIFY2(waitFor([&] { return slow->state() == QProcess::NotRunning; }, 30000), "B's submit did not end");
    const QByteArray slowOut = slow->readAllStandardOutput();
    const QByteArray slowErr = slow->readAllStandardError();
    QVERIFY2(slow->exitStatus() == QProcess::NormalExit && slow->exitCode() == 0, (slowOut + slowErr).constData());
    const QJsonObject printed = QJsonDocument::fromJson(slowOut).object();
    const qint64 slowId = printed.value(QLatin1String("id")).toInteger();
    const QString slowRemoteId = remoteIdOf(printed);
    QVERIFY2(!slowRemoteId.isEmpty(), slowOut.constData());
    QVERIFY2(stateOf(printed) != QLatin1String("unknown"), slowOut.constData());

    // C adopts B's task after B's clean exit, follows it to the end and stops.
    QByteArray watchOutput;
    const bool watchStopped = waitFor([&] {
        watchOutput += watch->readAllStandardOutput();
        return watch->state() == QProcess::NotRunning;
    }, 45000);
    watchOutput += watch->readAllStandardOutput();
    const QByteArray watchContext = "watch: " + describeProcess(*watch, watchOutput);
    QVERIFY2(watchStopped, ("the watch did not stop by itself; " + watchContext).constData());
    // Exit status 4: a task it followed (A's) ended with an unknown submit outcome.
    QVERIFY2(watch->exitStatus() == QProcess::NormalExit && watch->exitCode() == 4, watchContext.constData());
    // C never, not even for a moment, took B's in-flight submit for a lost one.
    QVERIFY2(!statesById(watchOutput).value(slowId).contains(QLatin1String("unknown")), watchContext.constData());

    const QHash<qint64, QJsonObject> tasks = listTasks(database(), environment);
    QCOMPARE(tasks.size(), 2);
    const QJsonObject slowTask = tasks.value(slowId);
    QCOMPARE(remoteIdOf(slowTask), slowRemoteId);
    QCOMPARE(stateOf(slowTask), QStringLiteral("succeeded"));
    const QJsonObject lostTask = hungTask();
    QCOMPARE(stateOf(lostTask), QStringLiteral("unknown"));
    QVERIFY(remoteIdOf(lostTask).isEmpty());
    QCOMPARE(lostTask.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("submit_outcome_unknown"));
    // Nothing was sent twice.
    QCOMPARE(m_sandbox.submitRequests(hungProvider), 1);
    QCOMPARE(m_sandbox.submitRequests(slowProvider), 1);
}

void TestCliSharedStore::writeLockHeldThreeSeconds()
{
    // The schema exists before the lock is taken, as it would for a database in daily use.
    const CliRun created = runCli({QStringLiteral("list"), QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());

    const QString connectionName = QStringLiteral("write-lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        holder.setDatabaseName(database());
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QSqlQuery begin(holder);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));

        CliProcess submit = startCli(
            submitArguments(m_sandbox, database(), QStringLiteral("llmapi"), QStringLiteral("queue=200ms run=400ms"),
                            {QStringLiteral("--wait"), QStringLiteral("--json")}),
            cliEnvironment());
        QVERIFY(submit->waitForStarted(10000));

        // Released from the event loop while the test waits for the CLI, not after a sleep.
        int submitsWhileLocked = -1;
        bool released = false;
        QString releaseError;
        // A timer object of this scope: should a check below fail and return early, it goes
        // with the variables it refers to.
        QTimer release;
        release.setSingleShot(true);
        connect(&release, &QTimer::timeout, this, [&] {
            // The task row must be stored before its submit is sent, so nothing can have
            // reached the provider while the database refused writes.
            submitsWhileLocked = m_sandbox.submitRequests(QStringLiteral("llmapi"));
            QSqlQuery commit(holder);
            released = commit.exec(QStringLiteral("COMMIT"));
            releaseError = commit.lastError().text();
        });
        release.start(3000);
        QTRY_VERIFY_WITH_TIMEOUT(released || !releaseError.isEmpty(), 10000);
        QVERIFY2(released, qPrintable(releaseError));
        QCOMPARE(submitsWhileLocked, 0);

        QVERIFY2(waitFor([&] { return submit->state() == QProcess::NotRunning; }, 45000), "submit --wait did not finish");
        const QByteArray out = submit->readAllStandardOutput();
        const QByteArray err = submit->readAllStandardError();
        QVERIFY2(submit->exitStatus() == QProcess::NormalExit && submit->exitCode() == 0, (out + "\n" + err).constData());
        const QJsonObject task = QJsonDocument::fromJson(out).object();
        QCOMPARE(stateOf(task), QStringLiteral("succeeded"));
        QVERIFY(!remoteIdOf(task).isEmpty());
        QCOMPARE(m_sandbox.submitRequests(QStringLiteral("llmapi")), 1);
        QCOMPARE(remoteIdOf(listTasks(database()).value(task.value(QLatin1String("id")).toInteger())), remoteIdOf(task));
        holder.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void TestCliSharedStore::readOnlyDatabaseIsExplained()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix notion; covered on Unix");
#else
    // File modes do not bind root (CAP_DAC_OVERRIDE), and CI runs as root: there the CLI runs
    // as nobody through setpriv (util-linux), for whom 0444/0555 really refuse writes.
    const bool privileged = ::geteuid() == 0;
    const QString setpriv = QStringLiteral("/usr/bin/setpriv");
    const QStringList asNobody{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups")};
    if (privileged && !QFileInfo(setpriv).isExecutable()) {
        QSKIP("running as root, where file modes 0444/0555 do not stop writes, and /usr/bin/setpriv (util-linux) is "
              "missing, so the CLI cannot be run as an unprivileged user; install util-linux or run as a normal user");
    }
    // Runs a program as the user of the drill: this one, or nobody when this one is root.
    auto runAsDrillUser = [&](const QString &program, const QStringList &arguments, const QProcessEnvironment &environment) {
        return privileged ? runProgram(setpriv, asNobody + QStringList{program} + arguments, environment)
                          : runProgram(program, arguments, environment);
    };

    // A tree of its own under /tmp that nobody can reach: m_dir is 0700 (QTemporaryDir), so it
    // would not do. 0755 on the root, 0555 on the database's directory (searchable, or the file
    // could not even be opened for reading, which is a different error), 0444 on the file, and
    // a home that nobody may write to (the CLI's settings and caches must not be what fails).
    QTemporaryDir tree(QStringLiteral("/tmp/queuelens-readonly-XXXXXX"));
    QVERIFY2(tree.isValid(), qPrintable(tree.errorString()));
    const QFileDevice::Permissions readAll = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup
                                             | QFileDevice::ReadOther;
    const QFileDevice::Permissions searchAll = QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup
                                               | QFileDevice::ExeOther;
    const QFileDevice::Permissions writeAll = QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
                                              | QFileDevice::WriteOther;
    QVERIFY(QFile::setPermissions(tree.path(), readAll | searchAll | QFileDevice::WriteOwner));
    const QString directory = tree.filePath(QStringLiteral("readonly"));
    const QString home = tree.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QFile::setPermissions(home, readAll | searchAll | writeAll));
    const QString file = directory + QStringLiteral("/tasks.sqlite");

    QProcessEnvironment environment = cliEnvironment();
    if (privileged) {
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            environment.insert(QString::fromLatin1(name), home);
        // Qt insists on a runtime directory owned by the user with mode 0700.
        const QString runtime = tree.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY2(::chown(QFile::encodeName(runtime).constData(), 65534, 65534) == 0, strerror(errno));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }

    // The CLI itself must be reachable for nobody; a build tree under a private directory is
    // not, so a copy goes next to the database (it links only shared system libraries).
    QString cli = QStringLiteral(QUEUELENS_CLI);
    if (privileged) {
        const CliRun reachable = runAsDrillUser(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("test -x \"$1\""),
                                                                         QStringLiteral("sh"), cli}, environment);
        if (reachable.exitCode != 0) {
            const QString binDirectory = tree.filePath(QStringLiteral("bin"));
            QVERIFY(QDir().mkpath(binDirectory));
            QVERIFY(QFile::setPermissions(binDirectory, readAll | searchAll | QFileDevice::WriteOwner));
            const QString copy = binDirectory + QStringLiteral("/queuelens-cli");
            QVERIFY(QFile::copy(cli, copy));
            QVERIFY(QFile::setPermissions(copy, readAll | searchAll | QFileDevice::WriteOwner));
            qInfo("%s is not reachable for nobody; running a copy at %s", qPrintable(cli), qPrintable(copy));
            cli = copy;
        }
        // setpriv itself must be able to drop privileges here (not in every container).
        const CliRun who = runProgram(setpriv, asNobody + QStringList{QStringLiteral("/usr/bin/id"), QStringLiteral("-u")},
                                      environment);
        QVERIFY2(who.exitCode == 0 && who.out.trimmed() == "65534",
                 ("setpriv could not switch to uid 65534: " + who.describe()).constData());
    }

    // The database exists (written by this user) before it is made read-only, as a database
    // in daily use would.
    const CliRun created = runCli({QStringLiteral("list"), QStringLiteral("--db"), file, QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QVERIFY(QFile::exists(file));

    // Restored on every exit path so the temporary directory can be removed.
    const QFileDevice::Permissions fileBefore = QFile::permissions(file);
    const QFileDevice::Permissions directoryBefore = QFile::permissions(directory);
    struct Restore
    {
        QString file, directory;
        QFileDevice::Permissions filePermissions, directoryPermissions;
        ~Restore()
        {
            QFile::setPermissions(directory, directoryPermissions);
            QFile::setPermissions(file, filePermissions);
        }
    } restore{file, directory, fileBefore, directoryBefore};
    QVERIFY(QFile::setPermissions(file, readAll));
    QVERIFY(QFile::setPermissions(directory, readAll | searchAll));

    // The drill's user can read the file but write neither it nor its directory: check that
    // before asserting how the CLI explains it.
    const CliRun access = runAsDrillUser(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("test -r \"$1\" || { echo 'cannot read the database'; exit 2; }; "
                        "test -w \"$1\" && { echo 'the database is writable'; exit 3; }; "
                        "test -w \"$2\" && { echo 'its directory is writable'; exit 4; }; "
                        "test -w \"$3\" || { echo 'the home directory is not writable'; exit 5; }; exit 0"),
         QStringLiteral("sh"), file, directory, home},
        environment);
    if (!privileged && access.exitCode >= 3 && access.exitCode <= 4) {
        QSKIP("file modes 0444 (file) and 0555 (directory) do not stop this user from writing (CAP_DAC_OVERRIDE without "
              "being root), so a read-only database cannot be made here; run the test as an unprivileged user or root");
    }
    QVERIFY2(access.exitCode == 0, ("the drill's file modes do not hold for its user: " + access.describe()).constData());

    m_sandbox.reset();
    const CliRun run = runAsDrillUser(cli,
                                      submitArguments(m_sandbox, file, QStringLiteral("llmapi"),
                                                      QStringLiteral("queue=200ms run=400ms"), {QStringLiteral("--json")}),
                                      environment);
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, run.describe().constData());
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(file), run.describe().constData());
    QVERIFY2(message.contains(QRegularExpression(QStringLiteral("read[- ]?only"), QRegularExpression::CaseInsensitiveOption)),
             run.describe().constData());
    // Refused before anything was sent.
    QCOMPARE(totalRequests(m_sandbox), 0);
#endif
}

QTEST_GUILESS_MAIN(TestCliSharedStore)
#include "tst_cli_sharedstore.moc"
