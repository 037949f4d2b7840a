// Crash drills: queuelens-cli is killed hard (SIGKILL on Unix, TerminateProcess on Windows)
// while it follows tasks, then started again on the same database. Nothing may be lost,
// nothing may be submitted twice, and the API key must not be on disk at any point.

#include "clitasksupport.h"

#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace CliTest;

namespace {

// The tasks of a database as `list --json` reports them, by local id.
QHash<qint64, QJsonObject> listTasks(const QString &database)
{
    QHash<qint64, QJsonObject> tasks;
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--db"), database, QStringLiteral("--json")});
    for (const QJsonValue &value : run.jsonArray())
        tasks.insert(value.toObject().value("id").toInteger(), value.toObject());
    return tasks;
}

} // namespace

class TestCliCrashDrill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void killDuringWatchLosesNothing();
    void killDuringSubmitWaitLosesNothing();
    void killBeforeSubmitAnswerNeverResends();
    void interruptedWatchExitsCleanly();

private:
    QString database() const { return m_dir.filePath(QStringLiteral("drill-%1.sqlite").arg(m_counter)); }
    std::unique_ptr<QProcess> startCli(const QStringList &arguments);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestCliCrashDrill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), "queuelens-sandbox did not start");
}

void TestCliCrashDrill::init()
{
    ++m_counter;
    m_sandbox.reset();
}

void TestCliCrashDrill::cleanupTestCase()
{
    m_sandbox.stop();
}

std::unique_ptr<QProcess> TestCliCrashDrill::startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment());
    process->start(QStringLiteral(QUEUELENS_CLI), arguments);
    return process;
}

void TestCliCrashDrill::killDuringWatchLosesNothing()
{
    const QStringList providers{QStringLiteral("vidu"), QStringLiteral("llmapi"), QStringLiteral("seaart"),
                                QStringLiteral("foxapi")};
    QHash<qint64, QString> remoteIds;
    for (const QString &provider : providers) {
        const CliRun run = runCli(submitArguments(m_sandbox, database(), provider, QStringLiteral("queue=300ms run=5s"),
                                                  {QStringLiteral("--json")}));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        remoteIds.insert(run.json().value("id").toInteger(), run.json().value("remote_id").toString());
    }

    std::unique_ptr<QProcess> watch = startCli({QStringLiteral("watch"), QStringLiteral("--db"), database(),
                                                QStringLiteral("--json")});
    QVERIFY(watch->waitForStarted(10000));
    // Kill it mid-watch: once it has reported at least one task running.
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("\"state\":\"running\""), 10000);
    QCOMPARE(watch->state(), QProcess::Running);
    // While the engine runs, the WAL holds the latest writes: no key in there either.
    QVERIFY(!containsSecret(databaseBytes(database())));
    watch->kill();
    QVERIFY(watch->waitForFinished(10000));
    QVERIFY(watch->exitStatus() == QProcess::CrashExit || watch->exitCode() != 0);
    QVERIFY(!containsSecret(databaseBytes(database())));

    // Everything is still there, with its remote id, and not finished yet.
    QHash<qint64, QJsonObject> tasks = listTasks(database());
    QCOMPARE(tasks.size(), remoteIds.size());
    int live = 0;
    for (auto it = remoteIds.constBegin(); it != remoteIds.constEnd(); ++it) {
        QCOMPARE(tasks.value(it.key()).value("remote_id").toString(), it.value());
        const QString state = tasks.value(it.key()).value("state").toString();
        live += state == QLatin1String("queued") || state == QLatin1String("running");
    }
    QVERIFY2(live > 0, "the kill came too late to prove anything");

    // A new watch on the same database finishes every task.
    const CliRun resumed = runCli({QStringLiteral("watch"), QStringLiteral("--db"), database()}, cliEnvironment(), 40000);
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    tasks = listTasks(database());
    QCOMPARE(tasks.size(), remoteIds.size());
    for (auto it = remoteIds.constBegin(); it != remoteIds.constEnd(); ++it) {
        const QJsonObject task = tasks.value(it.key());
        QCOMPARE(task.value("state").toString(), QStringLiteral("succeeded"));
        QCOMPARE(task.value("remote_id").toString(), it.value());
        QCOMPARE(task.value("attempts").toInt(), 1);
        QVERIFY(!task.value("results").toArray().isEmpty());
    }
    for (const QString &provider : providers)
        QCOMPARE(m_sandbox.submitRequests(provider), 1);
    QVERIFY(!containsSecret(resumed.out + resumed.err));
    QVERIFY(!containsSecret(databaseBytes(database())));
}

void TestCliCrashDrill::killDuringSubmitWaitLosesNothing()
{
    std::unique_ptr<QProcess> submit = startCli(submitArguments(m_sandbox, database(), QStringLiteral("vidu"),
                                                                QStringLiteral("queue=300ms run=4s"),
                                                                {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY(submit->waitForStarted(10000));
    // Kill it once the remote id is committed (another process can read it from the database).
    QString remoteId;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(remoteId = listTasks(database()).value(1).value("remote_id").toString()).isEmpty(), 10000);
    QCOMPARE(submit->state(), QProcess::Running);
    submit->kill();
    QVERIFY(submit->waitForFinished(10000));
    QVERIFY(submit->readAllStandardOutput().isEmpty());   // it never got to print
    QVERIFY(!containsSecret(databaseBytes(database())));

    const CliRun resumed = runCli({QStringLiteral("watch"), QStringLiteral("--db"), database(), QStringLiteral("--json")},
                                  cliEnvironment(), 40000);
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    const QJsonObject task = listTasks(database()).value(1);
    QCOMPARE(task.value("state").toString(), QStringLiteral("succeeded"));
    QCOMPARE(task.value("remote_id").toString(), remoteId);
    QVERIFY(!task.value("results").toArray().isEmpty());
    QCOMPARE(m_sandbox.submitRequests(QStringLiteral("vidu")), 1);
    QCOMPARE(m_sandbox.taskCount(QStringLiteral("vidu")), 1);
}

void TestCliCrashDrill::killBeforeSubmitAnswerNeverResends()
{
    // The first submit hangs (an admin rule, so that a later resubmit is answered); the CLI
    // dies before any answer: a task may exist at the provider.
    const QJsonObject rule = m_sandbox.admin("POST", QStringLiteral("next"),
                                             {{"provider", "llmapi"}, {"route", "submit"}, {"scenario", "fault=hang"}});
    QVERIFY2(rule.value("ok").toBool(), QJsonDocument(rule).toJson().constData());
    std::unique_ptr<QProcess> submit = startCli(submitArguments(m_sandbox, database(), QStringLiteral("llmapi"),
                                                                QStringLiteral("queue=100ms run=200ms"),
                                                                {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY(submit->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.submitRequests(QStringLiteral("llmapi")), 1, 10000);
    submit->kill();
    QVERIFY(submit->waitForFinished(10000));

    // Once the dead process's lease expires, a watch settles it as unknown instead of sending
    // it again, and says so with exit status 4.
    const CliRun watch = runCli({QStringLiteral("watch"), QStringLiteral("--db"), database()});
    QVERIFY2(watch.exitCode == 4, watch.describe().constData());
    const QHash<qint64, QJsonObject> tasks = listTasks(database());
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.value(1).value("state").toString(), QStringLiteral("unknown"));
    QCOMPARE(tasks.value(1).value("error").toObject().value("code").toString(), QStringLiteral("submit_outcome_unknown"));
    // Every process that could have sent it again has exited: the count is final.
    QCOMPARE(m_sandbox.submitRequests(QStringLiteral("llmapi")), 1);

    // Only the operator's explicit decision sends it again.
    const CliRun anyway = runCli({QStringLiteral("submit-anyway"), QStringLiteral("1"), QStringLiteral("--db"), database(),
                                  QStringLiteral("--json")});
    QVERIFY2(anyway.exitCode == 0, anyway.describe().constData());
    QCOMPARE(anyway.json().value("attempts").toInt(), 2);
    QCOMPARE(m_sandbox.submitRequests(QStringLiteral("llmapi")), 2);
}

void TestCliCrashDrill::interruptedWatchExitsCleanly()
{
#ifndef Q_OS_UNIX
    QSKIP("Ctrl+C cannot be sent to a child process portably; covered on Unix.");
#else
    const CliRun submitted = runCli(submitArguments(m_sandbox, database(), QStringLiteral("llmapi"),
                                                    QStringLiteral("queue=200ms run=30s"), {QStringLiteral("--json")}));
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    std::unique_ptr<QProcess> watch = startCli({QStringLiteral("watch"), QStringLiteral("--db"), database()});
    QVERIFY(watch->waitForStarted(10000));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += watch->readAllStandardOutput()).contains("Running"), 10000);
    ::kill(pid_t(watch->processId()), SIGINT);
    QVERIFY(watch->waitForFinished(10000));
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch->exitCode(), 130);
    QVERIFY(!watch->readAllStandardError().trimmed().isEmpty());
    // Closed cleanly: SQLite folded its write-ahead log back into the database.
    QVERIFY(!QFile::exists(database() + QStringLiteral("-wal")));
    const QJsonObject task = listTasks(database()).value(1);
    QCOMPARE(task.value("state").toString(), QStringLiteral("running"));
#endif
}

QTEST_GUILESS_MAIN(TestCliCrashDrill)
#include "tst_cli_crashdrill.moc"
