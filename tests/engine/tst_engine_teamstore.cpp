// Team mode on a PostgreSQL server (a throwaway cluster this test starts): every kind of bad
// address or refusal gets its own message and writes nothing; a newer schema is refused
// untouched; and a server that goes away in the middle of polling loses no request id.

#include "enginetestsupport.h"
#include "postgrescluster.h"
#include "testsandbox.h"

#include "engine/postgresbackend.h"
#include "engine/taskoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace EngineTest;

namespace {
constexpr int Wait = 60000;
}

class TestEngineTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void uriForms_data();
    void uriForms();
    void passwordNeverShown();
    void badServersAreExplained_data();
    void badServersAreExplained();
    void newerSchemaIsRefusedUntouched();
    void serverLostWhilePollingKeepsEveryRequestId();
    void taskWithoutKeyHereIsLeftToItsOwner();
    void idsReceivedWhileServerAwaySurviveARestart();
    void damagedOutboxNumbersReadAsUnset();

private:
    QString freshDatabase(const QString &name);
    // One value read by a plain connection of the cluster's superuser (invalid on failure).
    QVariant scalar(const QString &database, const QString &sql) const;

    PostgresCluster m_cluster;
    TestSandbox m_sandbox;
};

void TestEngineTeamStore::initTestCase()
{
    QUEUELENS_START_POSTGRES(m_cluster);
    QString error;
    QVERIFY2(m_cluster.setPassword(QStringLiteral("operator_pw"), QStringLiteral("right-horse-battery"), &error), qPrintable(error));
    QVERIFY(m_sandbox.start());
}

QVariant TestEngineTeamStore::scalar(const QString &database, const QString &sql) const
{
    const QString name = QStringLiteral("raw-") + database;
    QVariant value;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(QStringLiteral("127.0.0.1"));
        raw.setPort(m_cluster.port());
        raw.setUserName(m_cluster.user());
        raw.setDatabaseName(database);
        if (raw.open()) {
            QSqlQuery query(raw);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString TestEngineTeamStore::freshDatabase(const QString &name)
{
    QString error;
    if (!m_cluster.createDatabase(name, &error))
        qWarning("createdb %s: %s", qPrintable(name), qPrintable(error));
    return m_cluster.uri(name);
}

void TestEngineTeamStore::uriForms_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("problem");   // a word of the message; empty: accepted
    QTest::newRow("full") << "postgresql://ann@db.example:5433/queuelens?sslmode=require" << "";
    QTest::newRow("short scheme") << "postgres://db.example/queuelens" << "";
    QTest::newRow("socket host") << "postgresql:///queuelens?host=/var/run/postgresql" << "";
    QTest::newRow("no database") << "postgresql://ann@db.example" << "names no database";
    QTest::newRow("unknown parameter") << "postgresql://db.example/q?sslmod=require" << "sslmod";
    QTest::newRow("two hosts") << "postgresql://a.example,b.example/q" << "several hosts";
    QTest::newRow("fragment") << "postgresql://db.example/q#x" << "\"#\"";
    QTest::newRow("bad port") << "postgresql://db.example:0/q" << "port";
}

void TestEngineTeamStore::uriForms()
{
    QFETCH(QString, uri);
    QFETCH(QString, problem);
    const QString found = PostgresBackend::check(uri);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestEngineTeamStore::passwordNeverShown()
{
    const QString uri = QStringLiteral("postgresql://ann:s3cret-pw@127.0.0.1:1/none?password=other-pw");
    QVERIFY(!PostgresBackend::withoutPassword(uri).contains(QStringLiteral("s3cret")));
    QVERIFY(!PostgresBackend::withoutPassword(uri).contains(QStringLiteral("other-pw")));
    TaskStore store;
    QString error;
    QVERIFY(!store.open(uri, &error));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")) && !error.contains(QStringLiteral("other-pw")), qPrintable(error));
}

void TestEngineTeamStore::badServersAreExplained_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");
    const int port = m_cluster.port();
    QTest::newRow("wrong password") << QStringLiteral("postgresql://operator_pw:wrong@127.0.0.1:%1/postgres").arg(port)
                                    << "refused the password";
    QTest::newRow("no password") << QStringLiteral("postgresql://operator_pw@127.0.0.1:%1/postgres").arg(port)
                                 << "asks for a password";
    QTest::newRow("database missing") << QStringLiteral("postgresql://queuelens_test@127.0.0.1:%1/nothere").arg(port)
                                      << "does not exist";
    QTest::newRow("nobody listening") << QStringLiteral("postgresql://queuelens_test@127.0.0.1:1/queuelens") << "cannot be reached";
    QTest::newRow("TLS required, refused")
        << QStringLiteral("postgresql://queuelens_test@127.0.0.1:%1/postgres?sslmode=require").arg(port) << "TLS";
    QTest::newRow("not an address") << QStringLiteral("postgresql://") << "names no database";
}

void TestEngineTeamStore::badServersAreExplained()
{
    QFETCH(QString, uri);
    QFETCH(QString, message);
    qunsetenv("PGPASSWORD");
    TaskStore store;
    QString error;
    QVERIFY(!store.open(uri, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("QueueLens cannot use its task database")), qPrintable(error));
    // Nothing was written anywhere: the server's own database holds no QueueLens table.
    QCOMPARE(scalar(QStringLiteral("postgres"), QStringLiteral("SELECT to_regclass('tasks') IS NULL")).toBool(), true);
}

void TestEngineTeamStore::newerSchemaIsRefusedUntouched()
{
    const QString uri = freshDatabase(QStringLiteral("future"));
    {
        TaskStore store;
        QString error;
        QVERIFY2(store.open(uri, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), TaskStore::SchemaVersion);
        QSqlQuery bump(QSqlDatabase::database(store.connectionName()));
        QVERIFY(bump.exec(QStringLiteral("UPDATE store_meta SET value = %1 WHERE key = 'schema_version'")
                              .arg(TaskStore::SchemaVersion + 3)));
    }
    TaskStore store;
    QString error;
    QVERIFY(!store.open(uri, &error));
    QVERIFY2(error.contains(QStringLiteral("newer QueueLens")), qPrintable(error));
    // Read again by a raw connection: still the newer version, nothing altered.
    QCOMPARE(scalar(QStringLiteral("future"), QStringLiteral("SELECT value FROM store_meta WHERE key = 'schema_version'")).toInt(),
             TaskStore::SchemaVersion + 3);
}

// The server stops while the submits' answers are on their way and comes back later: the engine
// keeps the request ids, connects again and writes them; every task then finishes.
void TestEngineTeamStore::serverLostWhilePollingKeepsEveryRequestId()
{
    const QString uri = freshDatabase(QStringLiteral("lost"));
    Rig rig(uri);
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(QStringLiteral("vidu"), m_sandbox.baseUrl(QStringLiteral("vidu")));
    QString error;
    // Every submit answers 400 ms late, so the server is already gone when the ids arrive.
    QVERIFY2(m_sandbox.queueOutcome(QStringLiteral("vidu"), QStringLiteral("submit"), QStringLiteral("delay=400ms"), 5, &error),
             qPrintable(error));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), QStringLiteral("queue=1s run=1s")), &error));
        QVERIFY2(ids.last() > 0, qPrintable(error));
    }
    QVERIFY2(m_cluster.stop(&error), qPrintable(error));
    auto idsKnown = [&] {
        for (const qint64 id : std::as_const(ids)) {
            const std::optional<Task> task = rig.engine->task(id);
            if (!task || task->remoteId.isEmpty())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(idsKnown(), Wait);
    QVERIFY(rig.engine->hasUnsavedChanges());   // the server is down: nothing could be written

    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    for (const qint64 id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(id), TaskState::Succeeded, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    TaskStore reader;
    QVERIFY2(reader.open(uri, &error), qPrintable(error));
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<Task> stored = reader.loadTask(id);
        QVERIFY(stored);
        QVERIFY2(!stored->remoteId.isEmpty(), qPrintable(QString::number(id)));
        QCOMPARE(stored->state, TaskState::Succeeded);
    }
}

// Keys stay on their machines. An app without the profile's key never fails the profile's tasks:
// it leaves them, and a machine with the key finishes them.
void TestEngineTeamStore::taskWithoutKeyHereIsLeftToItsOwner()
{
    const QString uri = freshDatabase(QStringLiteral("keys"));
    ProviderProfile profile;
    profile.id = QStringLiteral("team-vidu");
    profile.name = QStringLiteral("Team Vidu");
    profile.provider = QStringLiteral("vidu");
    profile.baseUrl = m_sandbox.baseUrl(QStringLiteral("vidu"));
    profile.pollIntervalMs = 60;
    profile.maxConcurrent = 4;
    profile.deadlineSeconds = 120;
    const QString key = QStringLiteral("sk-team-key-only-on-one-machine");
    qint64 id = 0;
    {
        Rig owner(uri);
        QVERIFY2(owner.opened, qPrintable(owner.openError));
        EngineSettings settings = owner.engine->settings();
        settings.leaseMs = 1500;
        owner.engine->setSettings(settings);
        owner.engine->start();
        QString error;
        QVERIFY2(owner.engine->saveProfile(profile, &error), qPrintable(error));
        owner.secrets->setKey(profile.id, key, false);
        id = owner.engine->submit(profile.id, specFor(QStringLiteral("vidu"), QStringLiteral("queue=1s run=2s")), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!owner.engine->task(id)->remoteId.isEmpty(), Wait);
    }   // its machine goes away; the task is an orphan now

    Rig keyless(uri);   // another machine: the profile is shared, its key is not
    QVERIFY2(keyless.opened, qPrintable(keyless.openError));
    EngineSettings settings = keyless.engine->settings();
    settings.leaseMs = 1500;
    keyless.engine->setSettings(settings);
    keyless.engine->start();
    Rig holder(uri);    // and one that has the key
    QVERIFY2(holder.opened, qPrintable(holder.openError));
    holder.engine->setSettings(settings);
    holder.secrets->setKey(profile.id, key, false);
    holder.engine->start();

    QTRY_COMPARE_WITH_TIMEOUT(holder.state(id), TaskState::Succeeded, Wait);
    const Task task = *holder.engine->task(id);
    QVERIFY2(!task.lastError || task.lastError->code != QLatin1String("missing_api_key"), qPrintable(describe(task)));
    for (const TaskEvent &event : holder.engine->events(id))
        QVERIFY2(event.to != TaskState::Failed, qPrintable(event.cause + QStringLiteral(": ") + event.excerpt));
}

// The app stops while the server is away: the request ids it received meanwhile were kept in the
// local journal, and the next start writes them to the server before anything else.
void TestEngineTeamStore::idsReceivedWhileServerAwaySurviveARestart()
{
    const QString uri = freshDatabase(QStringLiteral("outbox"));
    TaskOutbox outbox(uri);
    outbox.clear();
    auto keychain = std::make_shared<FakeKeychain::Shared>();
    QList<qint64> ids;
    QHash<qint64, QString> remoteIds;
    QString error;
    {
        Rig first(uri, nullptr, keychain);
        QVERIFY2(first.opened, qPrintable(first.openError));
        first.engine->start();
        const ProviderProfile profile = first.addProfile(QStringLiteral("vidu"), m_sandbox.baseUrl(QStringLiteral("vidu")));
        QVERIFY2(m_sandbox.queueOutcome(QStringLiteral("vidu"), QStringLiteral("submit"), QStringLiteral("delay=400ms"), 3, &error),
                 qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            ids.append(first.engine->submit(profile.id, specFor(QStringLiteral("vidu"), QStringLiteral("queue=1s run=1s")), &error));
            QVERIFY2(ids.last() > 0, qPrintable(error));
        }
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                             [&](qint64 id) { return !first.engine->task(id)->remoteId.isEmpty(); }),
                                 Wait);
        for (const qint64 id : std::as_const(ids))
            remoteIds.insert(id, first.engine->task(id)->remoteId);
        // Every id is in the local journal before the app goes away.
        auto journalHoldsAll = [&] {
            const std::optional<TaskStore::Batch> kept = outbox.load();
            if (!kept)
                return false;
            int found = 0;
            for (const TaskStore::TaskWrite &write : kept->writes)
                found += remoteIds.value(write.task.id) == write.task.remoteId ? 1 : 0;
            return found == ids.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(journalHoldsAll(), Wait);
    }
    QVERIFY(outbox.exists());

    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    Rig second(uri, nullptr, keychain);
    QVERIFY2(second.opened, qPrintable(second.openError));
    second.engine->start();   // replays the journal first
    QVERIFY(!outbox.exists());
    TaskStore reader;
    QVERIFY2(reader.open(uri, &error), qPrintable(error));
    for (const qint64 id : std::as_const(ids))
        QCOMPARE(reader.loadTask(id)->remoteId, remoteIds.value(id));
    for (const qint64 id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(second.state(id), TaskState::Succeeded, Wait);
}

// Regression (fuzz_task_outbox): numbers beyond qint64 in a damaged journal were cast anyway
// (undefined behaviour). They now read as unset: id and version 0, times invalid.
void TestEngineTeamStore::damagedOutboxNumbersReadAsUnset()
{
    TaskOutbox outbox(QStringLiteral("postgres://fuzz@127.0.0.1/damaged-outbox"));
    QVERIFY(QDir().mkpath(QFileInfo(outbox.path()).absolutePath()));
    QFile file(outbox.path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format":1,"writes":[{"task":{"id":1e300,"version":-1e300,"created_at":1e300,"remote_id":"r1"}}],)"
               R"("events":[{"task":1e300,"at":-1e300,"cause":"poll"}]})");
    file.close();
    const std::optional<TaskStore::Batch> batch = outbox.load();
    outbox.clear();
    QVERIFY(batch);
    QCOMPARE(batch->writes.size(), 1);
    QCOMPARE(batch->writes.first().task.id, qint64(0));
    QCOMPARE(batch->writes.first().task.version, qint64(0));
    QVERIFY(!batch->writes.first().task.createdAt.isValid());
    QCOMPARE(batch->writes.first().task.remoteId, QStringLiteral("r1"));
    QCOMPARE(batch->events.size(), 1);
    QCOMPARE(batch->events.first().taskId, qint64(0));
    QVERIFY(!batch->events.first().at.isValid());
}

QTEST_MAIN(TestEngineTeamStore)
#include "tst_engine_teamstore.moc"
