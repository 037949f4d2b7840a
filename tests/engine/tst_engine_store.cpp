// TaskStore: schema, migrations, round trips, durability and the errors an operator sees.

#include "engine/taskstore.h"
#include "storetestlocations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

Task sampleTask()
{
    Task task;
    task.profileId = QStringLiteral("p1");
    task.provider = QStringLiteral("vidu");
    task.spec.model = QStringLiteral("viduq1");
    task.spec.kind = QStringLiteral("text2video");
    // A long spec: retries must resubmit exactly this, never a shortened copy.
    task.spec.prompt = QString(5000, QLatin1Char('p')) + QStringLiteral(" end");
    task.spec.params = QJsonObject{{QStringLiteral("duration"), 8},
                                   {QStringLiteral("images"), QJsonArray{QStringLiteral("https://x/1.png")}},
                                   {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}}}};
    task.state = TaskState::Submitting;
    task.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    return task;
}

// Writes task over the row as it is stored now (a test's shortcut; the engine keeps its base).
bool commitOver(TaskStore &store, const Task &task, const QList<TaskEvent> &events = {})
{
    const std::optional<Task> base = store.loadTask(task.id);
    if (!base)
        return false;
    TaskStore::Batch batch;
    batch.writes.append({*base, task, false});
    batch.events = events;
    return store.commit(batch);
}

QVariant scalar(const QString &connection, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A raw connection to a database file, independent of TaskStore.
struct RawDb
{
    explicit RawDb(const QString &path)
        : name(QStringLiteral("raw-%1").arg(++counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(name));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }
    QVariant value(const QString &sql) { return scalar(name, sql); }

    QString name;
    static inline int counter = 0;
};

} // namespace

// Tests of the SQLite file itself (pragmas, damaged files, locks) run on the file backend only;
// PostgreSQL's own refusals and schema checks are tst_engine_teamstore's.
#define SKIP_ON_SERVER()                                                                            \
    if (StoreTestLocations::wantsPostgres())                                                        \
    QSKIP("a test of the SQLite file itself")

class TestEngineStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqliteDriverIsInstalled();
    void freshFileGetsCurrentSchemaAndPragmas();
    void migratesFromPreviousVersion();
    void refusesNewerSchema();
    void corruptFileGivesClearError();
    void lockedFileGivesClearError();
    void connectionNamesAreUnique();
    void taskRoundTrip();
    void batchWriteIsOneTransaction();
    void attemptsAndEventsKeepHistory();
    void removeCascades();
    void profilesRoundTripWithoutKeys();
    void requestIdSurvivesSigkill();

private:
    StoreTestLocations m_locations;
};

void TestEngineStore::initTestCase()
{
    QUEUELENS_SET_UP_STORE_LOCATIONS(m_locations);
}

void TestEngineStore::sqliteDriverIsInstalled()
{
    SKIP_ON_SERVER();
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLITE")));
}

void TestEngineStore::freshFileGetsCurrentSchemaAndPragmas()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/q.sqlite"));   // folders are created
    TaskStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), TaskStore::SchemaVersion);
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);   // FULL
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("PRAGMA user_version")).toInt(), TaskStore::SchemaVersion);
    QVERIFY(scalar(store.connectionName(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='results'"))
                .toInt()
            == 1);
    QVERIFY(TaskStore::defaultPath().endsWith(QStringLiteral("queuelens.sqlite")));
}

void TestEngineStore::migratesFromPreviousVersion()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A file exactly as the previous version left it: schema 1 with results as JSON.
        RawDb raw(path);
        const TaskStore::Migration first = TaskStore::migrations().constFirst();
        QCOMPARE(first.version, 1);
        for (const QString &statement : first.statements)
            QVERIFY(raw.exec(statement));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO tasks (id, profile_id, provider, model, prompt, remote_id, state, result_urls, created_at) "
            "VALUES (7, 'p1', 'seaart', 'nano_banana_2', 'old prompt', 'mmsu_1', 'succeeded', "
            "'[\"https://a/0.png\",\"https://a/1.png\"]', 1700000000000)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO attempts (task_id, number, remote_id, final_state) VALUES (7, 1, "
                                        "'mmsu_1', 'succeeded')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO events (task_id, attempt, at, from_state, to_state, cause) "
                                        "VALUES (7, 1, 1700000000000, 'submitting', 'queued', 'submitted')")));
    }
    TaskStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), TaskStore::SchemaVersion);
    const auto task = store.loadTask(7);
    QVERIFY(task);
    QCOMPARE(task->remoteId, QStringLiteral("mmsu_1"));
    QCOMPARE(task->state, TaskState::Succeeded);
    QCOMPARE(task->resultUrls, (QStringList{QStringLiteral("https://a/0.png"), QStringLiteral("https://a/1.png")}));
    QCOMPARE(store.events(7).size(), 1);
    QCOMPARE(store.attempts(7).size(), 1);
    // The JSON column is gone; results live in their own table.
    QCOMPARE(scalar(store.connectionName(),
                    QStringLiteral("SELECT count(*) FROM pragma_table_info('tasks') WHERE name='result_urls'"))
                 .toInt(),
             0);
    // And the migrated file opens again without doing anything.
    store.close();
    TaskStore again;
    QVERIFY(again.open(path));
    QCOMPARE(again.loadTasks().size(), 1);
}

void TestEngineStore::refusesNewerSchema()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE x (a)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(TaskStore::SchemaVersion + 5)));
    }
    TaskStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer QueueLens")), qPrintable(error));
    // Nothing was changed: the file keeps its version.
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), TaskStore::SchemaVersion + 5);
}

void TestEngineStore::corruptFileGivesClearError()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    TaskStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    Task task = sampleTask();
    QVERIFY(!store.insertTask(task));
}

void TestEngineStore::lockedFileGivesClearError()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    RawDb holder(path);
    QVERIFY(holder.exec(QStringLiteral("CREATE TABLE x (a)")));
    // An exclusive transaction of another connection (rollback journal) blocks every reader.
    QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(holder.exec(QStringLiteral("INSERT INTO x VALUES (1)")));
    TaskStore store;
    store.setBusyTimeoutMs(100);
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QVERIFY(holder.exec(QStringLiteral("COMMIT")));
}

void TestEngineStore::connectionNamesAreUnique()
{
    SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    TaskStore a;
    TaskStore b;
    QVERIFY(a.connectionName() != b.connectionName());
    QVERIFY(a.open(path));
    QVERIFY(b.open(path));
    Task task = sampleTask();
    QVERIFY(a.insertTask(task));
    QCOMPARE(b.loadTasks().size(), 1);   // WAL: the second connection sees the commit
}

void TestEngineStore::taskRoundTrip()
{
    TaskStore store;
    QVERIFY(store.open(m_locations.fresh(QStringLiteral("t"))));
    Task task = sampleTask();
    QVERIFY(store.insertTask(task));
    QVERIFY(task.id > 0);

    task.remoteId = QStringLiteral("task-unified-1-abc");
    task.remoteData = QJsonObject{{QStringLiteral("status_url"), QStringLiteral("https://x/status")}};
    task.state = TaskState::Failed;
    task.progress = 40;
    task.queuePosition = 3;
    task.resultUrls = {QStringLiteral("https://x/0.png")};
    ApiError error;
    error.phase = ApiPhase::InTask;
    error.provider = QStringLiteral("vidu");
    error.code = QStringLiteral("CreditInsufficient");
    error.message = QStringLiteral("no credits");
    error.category = ErrorCategory::Billing;
    error.retryClass = RetryClass::FixAccount;
    error.retryAfterSeconds = 12;
    task.lastError = error;
    task.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 5), Qt::UTC);
    QVERIFY(commitOver(store, task));

    const auto loaded = store.loadTask(task.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->spec, task.spec);
    QCOMPARE(loaded->spec.prompt.size(), task.spec.prompt.size());
    QCOMPARE(loaded->remoteId, task.remoteId);
    QCOMPARE(loaded->remoteData, task.remoteData);
    QCOMPARE(loaded->state, TaskState::Failed);
    QCOMPARE(loaded->progress, 40);
    QCOMPARE(loaded->queuePosition, 3);
    QCOMPARE(loaded->resultUrls, task.resultUrls);
    QVERIFY(loaded->lastError);
    QCOMPARE(*loaded->lastError, error);
    QCOMPARE(loaded->createdAt, task.createdAt);
    QCOMPARE(loaded->finishedAt, task.finishedAt);
    QCOMPARE(store.loadTasks().size(), 1);
}

void TestEngineStore::batchWriteIsOneTransaction()
{
    TaskStore store;
    QVERIFY(store.open(m_locations.fresh(QStringLiteral("b"))));
    TaskStore::Batch batch;
    for (int i = 0; i < 500; ++i) {
        Task task = sampleTask();
        task.spec.prompt = QStringLiteral("task %1").arg(i);
        QVERIFY(store.insertTask(task));
        task.state = TaskState::Running;
        task.progress = i % 100;
        batch.writes.append({*store.loadTask(task.id), task, false});
        TaskEvent event;
        event.taskId = task.id;
        event.at = task.createdAt;
        event.from = TaskState::Queued;
        event.to = TaskState::Running;
        event.cause = QStringLiteral("poll");
        batch.events.append(event);
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(store.commit(batch));
    const qint64 ms = timer.elapsed();
    qInfo("500 task updates + 500 events in one batch: %lld ms", ms);
    const QList<Task> tasks = store.loadTasks();
    QCOMPARE(tasks.size(), 500);
    for (const Task &task : tasks)
        QCOMPARE(task.state, TaskState::Running);

    // A failing batch changes nothing: another connection holds the write lock throughout.
    StoreTestLocations::WriteLock locker(store.path(), QStringLiteral("locker"));
    QVERIFY(locker.isHeld());
    TaskStore blocked;
    blocked.setBusyTimeoutMs(50);
    QVERIFY(blocked.open(store.path()));
    TaskStore::Batch bad;
    Task changed = tasks.first();
    Task base = changed;
    changed.state = TaskState::Succeeded;
    bad.writes.append({base, changed, false});
    TaskEvent event;
    event.taskId = changed.id;
    event.at = changed.createdAt;
    bad.events.append(event);
    QVERIFY(!blocked.commit(bad));
    QVERIFY2(blocked.lastError().contains(QStringLiteral("locked")) || blocked.lastError().contains(QStringLiteral("busy")),
             qPrintable(blocked.lastError()));
    locker.release();
    QCOMPARE(store.loadTask(changed.id)->state, TaskState::Running);
    // The same batch goes through once the lock is gone.
    QVERIFY(blocked.commit(bad));
    QCOMPARE(store.loadTask(changed.id)->state, TaskState::Succeeded);
}

void TestEngineStore::attemptsAndEventsKeepHistory()
{
    TaskStore store;
    QVERIFY(store.open(m_locations.fresh(QStringLiteral("a"))));
    Task task = sampleTask();
    TaskEvent created;
    created.at = task.createdAt;
    created.cause = QStringLiteral("created");
    QVERIFY(store.insertTask(task, {created}));
    task.remoteId = QStringLiteral("r1");
    task.state = TaskState::Failed;
    QVERIFY(commitOver(store, task));
    // Second attempt.
    task.attempts = 2;
    task.remoteId = QStringLiteral("r2");
    task.state = TaskState::Succeeded;
    QVERIFY(commitOver(store, task));
    const QList<TaskAttempt> attempts = store.attempts(task.id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).remoteId, QStringLiteral("r1"));
    QCOMPARE(attempts.at(0).finalState, TaskState::Failed);
    QCOMPARE(attempts.at(1).remoteId, QStringLiteral("r2"));
    QCOMPARE(attempts.at(1).finalState, TaskState::Succeeded);
    const QList<TaskEvent> events = store.events(task.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().cause, QStringLiteral("created"));
    QCOMPARE(events.first().taskId, task.id);
}

void TestEngineStore::removeCascades()
{
    TaskStore store;
    QVERIFY(store.open(m_locations.fresh(QStringLiteral("r"))));
    Task task = sampleTask();
    task.resultUrls = {QStringLiteral("u")};
    TaskEvent event;
    event.at = task.createdAt;
    QVERIFY(store.insertTask(task, {event}));
    QVERIFY(store.removeTasks({task.id}));
    QVERIFY(!store.loadTask(task.id));
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 0);
    QCOMPARE(scalar(store.connectionName(), QStringLiteral("SELECT count(*) FROM results")).toInt(), 0);
}

void TestEngineStore::profilesRoundTripWithoutKeys()
{
    TaskStore store;
    QVERIFY(store.open(m_locations.fresh(QStringLiteral("p"))));
    ProviderProfile a;
    a.id = QStringLiteral("b-second");
    a.name = QStringLiteral("Vidu prod");
    a.provider = QStringLiteral("vidu");
    a.baseUrl = QUrl(QStringLiteral("https://api.vidu.com"));
    a.keyEnvironmentVariable = QStringLiteral("VIDU_KEY");
    ProviderProfile b = a;
    b.id = QStringLiteral("a-first");
    QVERIFY(store.saveProfile(a));
    QVERIFY(store.saveProfile(b));
    a.pollIntervalMs = 5000;
    QVERIFY(store.saveProfile(a));   // update keeps the position
    const QList<ProviderProfile> loaded = store.loadProfiles();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0), a);   // insertion order, not id order
    QCOMPARE(loaded.at(1), b);
    QVERIFY(store.removeProfile(b.id));
    QCOMPARE(store.loadProfiles().size(), 1);
}

// The request id is committed before commit() returns: a process killed right after
// it must leave the id in the file. The test runs itself as the victim.
void TestEngineStore::requestIdSurvivesSigkill()
{
    SKIP_ON_SERVER();
    const QByteArray victimPath = qgetenv("QUEUELENS_STORE_VICTIM");
    if (!victimPath.isEmpty()) {
        TaskStore store;
        if (!store.open(QString::fromLocal8Bit(victimPath)))
            ::_exit(3);
        Task task = sampleTask();
        if (!store.insertTask(task))
            ::_exit(4);
        task.remoteId = QStringLiteral("remote-id-that-must-survive");
        task.state = TaskState::Queued;
        if (!commitOver(store, task))
            ::_exit(5);
        std::raise(SIGKILL);
        ::_exit(6);
    }
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("victim.sqlite"));
    QProcess victim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUEUELENS_STORE_VICTIM"), path);
    victim.setProcessEnvironment(env);
    victim.start(QCoreApplication::applicationFilePath(), {QStringLiteral("requestIdSurvivesSigkill")});
    QVERIFY(victim.waitForFinished(30000));
    QVERIFY2(victim.exitStatus() == QProcess::CrashExit,   // killed, not a clean exit
             qPrintable(QStringLiteral("exit code %1").arg(victim.exitCode())));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));   // the commit sits in the WAL
    TaskStore store;
    QVERIFY(store.open(path));
    const QList<Task> tasks = store.loadTasks();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().remoteId, QStringLiteral("remote-id-that-must-survive"));
    QCOMPARE(tasks.first().state, TaskState::Queued);
#else
    QSKIP("needs SIGKILL");
#endif
}

QTEST_MAIN(TestEngineStore)
#include "tst_engine_store.moc"
