// Team mode drill: one PostgreSQL history shared by two app engines (in this process, as the
// desktop app runs them) and many queuelens-cli processes, each with its own operator name.
// 200 tasks go through the sandbox: each is created exactly once, every process sees all of
// them, all finish, and a dump of the database holds no API key.

#include "clitasksupport.h"
#include "postgrescluster.h"
#include "sharedstoresupport.h"

#include "builtinproviders.h"
#include "clock.h"
#include "httpclient.h"
#include "provideradapterregistry.h"
#include "secretstore.h"
#include "taskengine.h"
#include "taskstore.h"

#include <QProcess>
#include <QTest>

#include <memory>

using namespace CliTest;
using namespace SharedStoreTest;

namespace {

constexpr int EngineTasks = 50;   // per app engine
constexpr int CliTasks = 100;
constexpr int TotalTasks = 2 * EngineTasks + CliTasks;
const QString Scenario = QStringLiteral("queue=200ms run=400ms");
const QStringList Providers{QStringLiteral("llmapi"), QStringLiteral("vidu"), QStringLiteral("foxapi")};

// One desktop app's engine, with its own connections to the shared database.
struct AppEngine
{
    TaskStore store;
    HttpClient http;
    ProviderAdapterRegistry registry;
    SecretStore secrets{nullptr};
    SystemClock clock;
    std::unique_ptr<TaskEngine> engine;
    QString openError;

    AppEngine(const QString &location, const QString &operatorName)
    {
        registerBuiltinProviders(registry);
        if (!store.open(location, &openError))
            return;
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
        EngineSettings settings = engine->settings();
        settings.operatorName = operatorName;
        settings.leaseMs = 3000;
        engine->setSettings(settings);
    }
    ~AppEngine() { engine.reset(); }
};

} // namespace

class TestCliTeamMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoAppsAndCliProcessesShareOneHistory();

private:
    PostgresCluster m_cluster;
    SandboxProcess m_sandbox;
    QString m_database;
};

void TestCliTeamMode::initTestCase()
{
    QUEUELENS_START_POSTGRES(m_cluster);
    QString error;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
    m_database = m_cluster.uri(QStringLiteral("team"));
    QVERIFY2(m_sandbox.start(), "queuelens-sandbox did not start");
    qputenv("QUEUELENS_API_KEY", SecretKey.toUtf8());
}

void TestCliTeamMode::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestCliTeamMode::twoAppsAndCliProcessesShareOneHistory()
{
    AppEngine alice(m_database, QStringLiteral("alice"));
    AppEngine bob(m_database, QStringLiteral("bob"));
    QVERIFY2(alice.engine, qPrintable(alice.openError));
    QVERIFY2(bob.engine, qPrintable(bob.openError));
    QVERIFY(alice.store.isShared());

    // One profile per provider, saved once and shared through the database; the key itself
    // stays on each machine (here: the environment variable).
    for (const QString &provider : Providers) {
        ProviderProfile profile;
        profile.id = QStringLiteral("team-") + provider;
        profile.name = QStringLiteral("Team ") + provider;
        profile.provider = provider;
        profile.baseUrl = QUrl(m_sandbox.baseUrl(provider));
        profile.pollIntervalMs = 150;
        profile.maxConcurrent = 4;
        profile.deadlineSeconds = 120;
        profile.keyEnvironmentVariable = QStringLiteral("QUEUELENS_API_KEY");
        QString error;
        QVERIFY2(alice.engine->saveProfile(profile, &error), qPrintable(error));
    }
    alice.engine->start();
    bob.engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(bob.engine->profiles().size(), Providers.size(), 10000);

    // The CLI processes submit and leave; the app engines adopt and finish their tasks.
    QList<QStringList> submits;
    for (int i = 0; i < CliTasks; ++i) {
        submits << submitArguments(m_sandbox, m_database, Providers.at(i % Providers.size()), Scenario,
                                   {QStringLiteral("--json"), QStringLiteral("--operator"),
                                    i % 2 ? QStringLiteral("carol") : QStringLiteral("dave")});
    }
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("QUEUELENS_LEASE_SECONDS"), QStringLiteral("3"));

    QSet<qint64> ids;
    for (int i = 0; i < EngineTasks; ++i) {
        for (AppEngine *app : {&alice, &bob}) {
            const QString provider = Providers.at(i % Providers.size());
            const ProviderCase c = providerCase(provider);
            QString error;
            const qint64 id = app->engine->submit(
                QStringLiteral("team-") + provider,
                TaskSpec{c.model, c.kind, QStringLiteral("a team fox [sandbox v1: %1]").arg(Scenario), {}}, &error);
            QVERIFY2(id > 0, qPrintable(error));
            ids.insert(id);
        }
    }
    const QList<CliRun> runs = runConcurrently(submits, 4, environment, 120000);
    for (const CliRun &run : runs) {
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        ids.insert(run.json().value(QLatin1String("id")).toInteger());
    }
    QCOMPARE(ids.size(), TotalTasks);

    // Everything finishes, whoever submitted it.
    TaskStore reader;
    QString error;
    QVERIFY2(reader.open(m_database, &error), qPrintable(error));
    auto unfinished = [&reader] {
        int count = 0;
        for (const Task &task : reader.loadTasks())
            count += task.state == TaskState::Succeeded ? 0 : 1;
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(unfinished(), 0, 180000);
    const QList<Task> tasks = reader.loadTasks();
    QCOMPARE(tasks.size(), TotalTasks);

    // Each task was created exactly once at the provider, and no two processes polled one task at once.
    int created = 0;
    int held = 0;
    for (const QString &provider : Providers) {
        created += m_sandbox.submitRequests(provider);
        held += m_sandbox.taskCount(provider);
    }
    QCOMPARE(created, TotalTasks);
    QCOMPARE(held, TotalTasks);
    QCOMPARE(overlappingPolls(m_sandbox), 0);

    // Who submitted what is recorded, and every process sees the whole history.
    QHash<QString, int> byOperator;
    for (const Task &task : tasks) {
        QVERIFY2(!task.remoteId.isEmpty(), qPrintable(QString::number(task.id)));
        ++byOperator[task.submittedBy];
    }
    QCOMPARE(byOperator.value(QStringLiteral("alice")), EngineTasks);
    QCOMPARE(byOperator.value(QStringLiteral("bob")), EngineTasks);
    QCOMPARE(byOperator.value(QStringLiteral("carol")) + byOperator.value(QStringLiteral("dave")), CliTasks);
    // Each app hears of the others' last changes through its change feed, a moment later.
    auto notSeenSucceeded = [&ids](const AppEngine &app) {
        QList<qint64> missing;
        for (const qint64 id : std::as_const(ids)) {
            const std::optional<Task> seen = app.engine->task(id);
            if (!seen || seen->state != TaskState::Succeeded)
                missing.append(id);
        }
        return missing;
    };
    QTRY_COMPARE_WITH_TIMEOUT(notSeenSucceeded(alice), QList<qint64>{}, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(notSeenSucceeded(bob), QList<qint64>{}, 10000);
    const QHash<qint64, QJsonObject> listed = listTasks(m_database, environment);
    QCOMPARE(listed.size(), TotalTasks);
    QCOMPARE(listed.value(*ids.cbegin()).value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));

    // The shared database never holds a key: a full dump has none.
    QProcess dump;
    dump.start(m_cluster.binDir() + QStringLiteral("/pg_dump"),
               {QStringLiteral("--dbname=") + m_database, QStringLiteral("--no-owner")});
    QVERIFY(dump.waitForFinished(60000));
    const QByteArray dumped = dump.readAllStandardOutput();
    QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());
    QVERIFY(dumped.contains("alice"));   // the dump is real
    QVERIFY(dumped.contains("team-llmapi"));
    QVERIFY(!containsSecret(dumped));
}

QTEST_MAIN(TestCliTeamMode)
#include "tst_cli_teammode.moc"
