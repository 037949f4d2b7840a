#include "taskstore.h"

#include "enginelogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QAtomicInteger<quint64> g_connectionCounter;

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Text columns are NOT NULL: a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant errorText(const std::optional<ApiError> &error)
{
    return error ? QVariant(jsonText(error->toJson())) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<ApiError> errorOf(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return ApiError::fromJson(jsonObject(value));
}

TaskState stateOf(const QVariant &value)
{
    return TaskStates::fromId(value.toString()).value_or(TaskState::Unknown);
}

constexpr const char *TaskColumns =
    "id, profile_id, provider, model, kind, prompt, params, remote_id, remote_data, state, progress, "
    "queue_position, attempts, last_error, created_at, submitted_at, updated_at, finished_at";

} // namespace

struct TaskStore::Private
{
    QString connection;
    QString path;
    QString lastError;
    int busyTimeoutMs = 3000;
    int version = 0;
    bool open = false;

    std::unique_ptr<QSqlQuery> insertTask;
    std::unique_ptr<QSqlQuery> updateTask;
    std::unique_ptr<QSqlQuery> upsertAttempt;
    std::unique_ptr<QSqlQuery> insertEvent;
    std::unique_ptr<QSqlQuery> deleteResults;
    std::unique_ptr<QSqlQuery> insertResult;
    QHash<qint64, QStringList> writtenResults;   // skip rewriting unchanged result lists

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool fail(const QString &message)
    {
        lastError = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }

    QString describe(const QSqlError &error) const
    {
        const QString text = error.text();
        const QString lower = text.toLower();
        if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
            return TaskStore::tr("the database %1 is locked by another program, perhaps a second QueueLens (%2)")
                .arg(QDir::toNativeSeparators(path), text);
        if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))
            || lower.contains(QLatin1String("read only")))
            return TaskStore::tr("the database %1 is read-only (%2)").arg(QDir::toNativeSeparators(path), text);
        if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed"))
            || lower.contains(QLatin1String("corrupt")))
            return TaskStore::tr("the database %1 is damaged or not a QueueLens database (%2)")
                .arg(QDir::toNativeSeparators(path), text);
        if (lower.contains(QLatin1String("disk")) || lower.contains(QLatin1String("full")))
            return TaskStore::tr("the disk holding %1 is full or failing (%2)").arg(QDir::toNativeSeparators(path), text);
        return TaskStore::tr("database error in %1 (%2)").arg(QDir::toNativeSeparators(path), text);
    }

    bool exec(QSqlQuery &query, const QString &sql)
    {
        if (query.exec(sql))
            return true;
        return fail(describe(query.lastError()));
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        return fail(describe(query.lastError()));
    }

    bool begin()
    {
        QSqlQuery query(db());
        return exec(query, QStringLiteral("BEGIN IMMEDIATE"));
    }

    bool commit()
    {
        QSqlQuery query(db());
        return exec(query, QStringLiteral("COMMIT"));
    }

    void rollback()
    {
        QSqlQuery query(db());
        query.exec(QStringLiteral("ROLLBACK"));
    }

    std::unique_ptr<QSqlQuery> prepare(const QString &sql)
    {
        auto query = std::make_unique<QSqlQuery>(db());
        if (!query->prepare(sql)) {
            fail(describe(query->lastError()));
            return nullptr;
        }
        return query;
    }

    void bindTaskValues(QSqlQuery &query, const Task &task)
    {
        query.bindValue(QStringLiteral(":profile_id"), text(task.profileId));
        query.bindValue(QStringLiteral(":provider"), text(task.provider));
        query.bindValue(QStringLiteral(":model"), text(task.spec.model));
        query.bindValue(QStringLiteral(":kind"), text(task.spec.kind));
        query.bindValue(QStringLiteral(":prompt"), text(task.spec.prompt));
        query.bindValue(QStringLiteral(":params"), jsonText(task.spec.params));
        query.bindValue(QStringLiteral(":remote_id"), text(task.remoteId));
        query.bindValue(QStringLiteral(":remote_data"), jsonText(task.remoteData));
        query.bindValue(QStringLiteral(":state"), TaskStates::id(task.state));
        query.bindValue(QStringLiteral(":progress"), task.progress);
        query.bindValue(QStringLiteral(":queue_position"), task.queuePosition);
        query.bindValue(QStringLiteral(":attempts"), task.attempts);
        query.bindValue(QStringLiteral(":last_error"), errorText(task.lastError));
        query.bindValue(QStringLiteral(":created_at"), msOf(task.createdAt));
        query.bindValue(QStringLiteral(":submitted_at"), msOf(task.submittedAt));
        query.bindValue(QStringLiteral(":updated_at"), msOf(task.updatedAt));
        query.bindValue(QStringLiteral(":finished_at"), msOf(task.finishedAt));
    }

    // The current attempt mirrors the task; earlier attempts keep what they ended with.
    bool writeAttempt(qint64 taskId, const TaskAttempt &attempt)
    {
        QSqlQuery &query = *upsertAttempt;
        query.bindValue(QStringLiteral(":task_id"), taskId);
        query.bindValue(QStringLiteral(":number"), attempt.number);
        query.bindValue(QStringLiteral(":remote_id"), text(attempt.remoteId));
        query.bindValue(QStringLiteral(":submitted_at"), msOf(attempt.submittedAt));
        query.bindValue(QStringLiteral(":finished_at"), msOf(attempt.finishedAt));
        query.bindValue(QStringLiteral(":final_state"), TaskStates::id(attempt.finalState));
        query.bindValue(QStringLiteral(":error"), errorText(attempt.error));
        return exec(query);
    }

    static TaskAttempt currentAttempt(const Task &task)
    {
        TaskAttempt attempt;
        attempt.number = task.attempts;
        attempt.remoteId = task.remoteId;
        attempt.submittedAt = task.submittedAt;
        attempt.finishedAt = task.finishedAt;
        attempt.finalState = task.state;
        attempt.error = task.lastError;
        return attempt;
    }

    bool writeResults(const Task &task)
    {
        auto known = writtenResults.constFind(task.id);
        if (known != writtenResults.constEnd() && *known == task.resultUrls)
            return true;
        deleteResults->bindValue(QStringLiteral(":task_id"), task.id);
        if (!exec(*deleteResults))
            return false;
        for (qsizetype i = 0; i < task.resultUrls.size(); ++i) {
            insertResult->bindValue(QStringLiteral(":task_id"), task.id);
            insertResult->bindValue(QStringLiteral(":position"), int(i));
            insertResult->bindValue(QStringLiteral(":url"), text(task.resultUrls.at(i)));
            if (!exec(*insertResult))
                return false;
        }
        writtenResults.insert(task.id, task.resultUrls);
        return true;
    }

    bool writeTask(const Task &task)
    {
        QSqlQuery &query = *updateTask;
        bindTaskValues(query, task);
        query.bindValue(QStringLiteral(":id"), task.id);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() == 0)
            return true;   // removed meanwhile: nothing to update
        return writeAttempt(task.id, currentAttempt(task)) && writeResults(task);
    }

    bool writeEvent(const TaskEvent &event)
    {
        QSqlQuery &query = *insertEvent;
        query.bindValue(QStringLiteral(":task_id"), event.taskId);
        query.bindValue(QStringLiteral(":attempt"), event.attempt);
        query.bindValue(QStringLiteral(":at"), msOf(event.at));
        query.bindValue(QStringLiteral(":from_state"), TaskStates::id(event.from));
        query.bindValue(QStringLiteral(":to_state"), TaskStates::id(event.to));
        query.bindValue(QStringLiteral(":cause"), text(event.cause));
        query.bindValue(QStringLiteral(":excerpt"), text(event.excerpt));
        return exec(query);
    }

    Task taskFromQuery(const QSqlQuery &query) const
    {
        Task task;
        task.id = query.value(0).toLongLong();
        task.profileId = query.value(1).toString();
        task.provider = query.value(2).toString();
        task.spec.model = query.value(3).toString();
        task.spec.kind = query.value(4).toString();
        task.spec.prompt = query.value(5).toString();
        task.spec.params = jsonObject(query.value(6));
        task.remoteId = query.value(7).toString();
        task.remoteData = jsonObject(query.value(8));
        task.state = stateOf(query.value(9));
        task.progress = query.value(10).toInt();
        task.queuePosition = query.value(11).toInt();
        task.attempts = std::max(1, query.value(12).toInt());
        task.lastError = errorOf(query.value(13));
        task.createdAt = timeOf(query.value(14));
        task.submittedAt = timeOf(query.value(15));
        task.updatedAt = timeOf(query.value(16));
        task.finishedAt = timeOf(query.value(17));
        return task;
    }

    void dropStatements()
    {
        insertTask.reset();
        updateTask.reset();
        upsertAttempt.reset();
        insertEvent.reset();
        deleteResults.reset();
        insertResult.reset();
    }
};

const QList<TaskStore::Migration> &TaskStore::migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', "
                            "provider TEXT NOT NULL, base_url TEXT NOT NULL DEFAULT '', poll_interval_ms INTEGER NOT "
                            "NULL, max_concurrent INTEGER NOT NULL, deadline_seconds INTEGER NOT NULL, key_env TEXT "
                            "NOT NULL DEFAULT '', sandbox INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL "
                            "DEFAULT 0)"),
             QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL, "
                            "provider TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', "
                            "prompt TEXT NOT NULL DEFAULT '', params TEXT NOT NULL DEFAULT '{}', remote_id TEXT NOT "
                            "NULL DEFAULT '', remote_data TEXT NOT NULL DEFAULT '{}', state TEXT NOT NULL, progress "
                            "INTEGER NOT NULL DEFAULT -1, queue_position INTEGER NOT NULL DEFAULT -1, attempts "
                            "INTEGER NOT NULL DEFAULT 1, result_urls TEXT NOT NULL DEFAULT '[]', last_error TEXT, "
                            "created_at INTEGER, submitted_at INTEGER, updated_at INTEGER, finished_at INTEGER)"),
             QStringLiteral("CREATE TABLE attempts (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE "
                            "CASCADE, number INTEGER NOT NULL, remote_id TEXT NOT NULL DEFAULT '', submitted_at "
                            "INTEGER, finished_at INTEGER, final_state TEXT NOT NULL, error TEXT, PRIMARY KEY "
                            "(task_id, number))"),
             QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, task_id INTEGER NOT NULL "
                            "REFERENCES tasks(id) ON DELETE CASCADE, attempt INTEGER NOT NULL, at INTEGER NOT NULL, "
                            "from_state TEXT NOT NULL, to_state TEXT NOT NULL, cause TEXT NOT NULL DEFAULT '', "
                            "excerpt TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX events_by_task ON events(task_id, id)"),
         }},
        {2,
         {
             // Results get their own rows (one per output, in order) instead of a JSON column.
             QStringLiteral("CREATE TABLE results (task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
                            "position INTEGER NOT NULL, url TEXT NOT NULL, PRIMARY KEY (task_id, position))"),
             QStringLiteral("INSERT INTO results (task_id, position, url) SELECT tasks.id, CAST(j.key AS INTEGER), "
                            "j.value FROM tasks, json_each(tasks.result_urls) AS j "
                            "WHERE json_valid(tasks.result_urls) AND j.type = 'text'"),
             QStringLiteral("ALTER TABLE tasks DROP COLUMN result_urls"),
             QStringLiteral("CREATE INDEX tasks_by_state ON tasks(state)"),
         }},
    };
    return list;
}

QString TaskStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queuelens.sqlite"));
}

TaskStore::TaskStore()
    : d(std::make_unique<Private>())
{
    d->connection = QStringLiteral("queuelens-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
}

TaskStore::~TaskStore()
{
    close();
}

bool TaskStore::isOpen() const
{
    return d->open;
}

QString TaskStore::path() const
{
    return d->path;
}

QString TaskStore::connectionName() const
{
    return d->connection;
}

int TaskStore::schemaVersion() const
{
    return d->version;
}

QString TaskStore::lastError() const
{
    return d->lastError;
}

void TaskStore::setBusyTimeoutMs(int ms)
{
    d->busyTimeoutMs = std::max(0, ms);
}

void TaskStore::close()
{
    d->dropStatements();
    d->writtenResults.clear();
    if (QSqlDatabase::contains(d->connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(d->connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
    d->open = false;
}

bool TaskStore::open(const QString &path, QString *error)
{
    close();
    d->path = path.isEmpty() ? defaultPath() : path;
    d->lastError.clear();
    auto failOpen = [&](const QString &reason) {
        d->fail(tr("QueueLens cannot use its task database: %1.").arg(reason));
        if (error)
            *error = d->lastError;
        close();
        return false;
    };

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failOpen(tr("the SQLite driver of Qt is not installed"));
    const QFileInfo info(d->path);
    if (!QDir().mkpath(info.absolutePath()))
        return failOpen(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(info.absolutePath())));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
        db.setDatabaseName(d->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->busyTimeoutMs));
        if (!db.open())
            return failOpen(d->describe(db.lastError()));
    }

    QSqlQuery query(d->db());
    // Reading the schema proves the file is a database and is not locked exclusively.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failOpen(d->describe(query.lastError()));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return failOpen(d->describe(query.lastError()));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return failOpen(tr("the database %1 cannot be switched to write-ahead logging; it may be read-only")
                            .arg(QDir::toNativeSeparators(d->path)));
    // FULL: the WAL is synced at every commit, so a committed request id survives a crash.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !query.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return failOpen(d->describe(query.lastError()));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failOpen(d->describe(query.lastError()));
    d->version = query.value(0).toInt();
    query.finish();

    if (d->version > SchemaVersion)
        return failOpen(tr("the database %1 was written by a newer QueueLens (schema %2, this version knows up to "
                           "%3); update QueueLens or choose another file")
                            .arg(QDir::toNativeSeparators(d->path))
                            .arg(d->version)
                            .arg(SchemaVersion));

    for (const Migration &migration : migrations()) {
        if (migration.version <= d->version)
            continue;
        if (!d->begin())
            return failOpen(d->lastError);
        QSqlQuery step(d->db());
        // Another process may have migrated while we waited for the write lock: look again.
        if (step.exec(QStringLiteral("PRAGMA user_version")) && step.next() && step.value(0).toInt() >= migration.version) {
            d->version = step.value(0).toInt();
            step.finish();
            d->commit();
            continue;
        }
        step.finish();
        for (const QString &statement : migration.statements) {
            if (!step.exec(statement)) {
                const QString reason = d->describe(step.lastError());
                d->rollback();
                return failOpen(tr("updating it to schema %1 failed: %2").arg(migration.version).arg(reason));
            }
        }
        if (!step.exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)) || !d->commit()) {
            const QString reason = d->lastError.isEmpty() ? d->describe(step.lastError()) : d->lastError;
            d->rollback();
            return failOpen(tr("updating it to schema %1 failed: %2").arg(migration.version).arg(reason));
        }
        qCInfo(lcStore) << "migrated" << d->path << "to schema" << migration.version;
        d->version = migration.version;
    }

    d->insertTask = d->prepare(QStringLiteral(
        "INSERT INTO tasks (profile_id, provider, model, kind, prompt, params, remote_id, remote_data, state, "
        "progress, queue_position, attempts, last_error, created_at, submitted_at, updated_at, finished_at) VALUES "
        "(:profile_id, :provider, :model, :kind, :prompt, :params, :remote_id, :remote_data, :state, :progress, "
        ":queue_position, :attempts, :last_error, :created_at, :submitted_at, :updated_at, :finished_at)"));
    d->updateTask = d->prepare(QStringLiteral(
        "UPDATE tasks SET profile_id=:profile_id, provider=:provider, model=:model, kind=:kind, prompt=:prompt, "
        "params=:params, remote_id=:remote_id, remote_data=:remote_data, state=:state, progress=:progress, "
        "queue_position=:queue_position, attempts=:attempts, last_error=:last_error, created_at=:created_at, "
        "submitted_at=:submitted_at, updated_at=:updated_at, finished_at=:finished_at WHERE id=:id"));
    d->upsertAttempt = d->prepare(QStringLiteral(
        "INSERT OR REPLACE INTO attempts (task_id, number, remote_id, submitted_at, finished_at, final_state, error) "
        "VALUES (:task_id, :number, :remote_id, :submitted_at, :finished_at, :final_state, :error)"));
    d->insertEvent = d->prepare(QStringLiteral(
        "INSERT INTO events (task_id, attempt, at, from_state, to_state, cause, excerpt) VALUES (:task_id, "
        ":attempt, :at, :from_state, :to_state, :cause, :excerpt)"));
    d->deleteResults = d->prepare(QStringLiteral("DELETE FROM results WHERE task_id=:task_id"));
    d->insertResult = d->prepare(
        QStringLiteral("INSERT INTO results (task_id, position, url) VALUES (:task_id, :position, :url)"));
    if (!d->insertTask || !d->updateTask || !d->upsertAttempt || !d->insertEvent || !d->deleteResults
        || !d->insertResult)
        return failOpen(d->lastError);

    d->open = true;
    return true;
}

QList<ProviderProfile> TaskStore::loadProfiles()
{
    QList<ProviderProfile> profiles;
    if (!d->open)
        return profiles;
    QSqlQuery query(d->db());
    if (!d->exec(query, QStringLiteral("SELECT id, name, provider, base_url, poll_interval_ms, max_concurrent, "
                                       "deadline_seconds, key_env, sandbox FROM profiles ORDER BY position, id")))
        return profiles;
    while (query.next()) {
        ProviderProfile profile;
        profile.id = query.value(0).toString();
        profile.name = query.value(1).toString();
        profile.provider = query.value(2).toString();
        profile.baseUrl = QUrl(query.value(3).toString());
        profile.pollIntervalMs = query.value(4).toInt();
        profile.maxConcurrent = query.value(5).toInt();
        profile.deadlineSeconds = query.value(6).toInt();
        profile.keyEnvironmentVariable = query.value(7).toString();
        profile.sandbox = query.value(8).toBool();
        profiles.append(profile);
    }
    return profiles;
}

bool TaskStore::saveProfile(const ProviderProfile &profile)
{
    if (!d->open)
        return d->fail(tr("The task database is not open."));
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "INSERT INTO profiles (id, name, provider, base_url, poll_interval_ms, max_concurrent, deadline_seconds, "
        "key_env, sandbox, position) VALUES (:id, :name, :provider, :base_url, :poll, :max, :deadline, :env, "
        ":sandbox, (SELECT coalesce(max(position), 0) + 1 FROM profiles)) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, provider=excluded.provider, base_url=excluded.base_url, "
        "poll_interval_ms=excluded.poll_interval_ms, max_concurrent=excluded.max_concurrent, "
        "deadline_seconds=excluded.deadline_seconds, key_env=excluded.key_env, sandbox=excluded.sandbox"));
    query.bindValue(QStringLiteral(":id"), text(profile.id));
    query.bindValue(QStringLiteral(":name"), text(profile.name));
    query.bindValue(QStringLiteral(":provider"), text(profile.provider));
    query.bindValue(QStringLiteral(":base_url"), text(profile.baseUrl.toString()));
    query.bindValue(QStringLiteral(":poll"), profile.pollIntervalMs);
    query.bindValue(QStringLiteral(":max"), profile.maxConcurrent);
    query.bindValue(QStringLiteral(":deadline"), profile.deadlineSeconds);
    query.bindValue(QStringLiteral(":env"), text(profile.keyEnvironmentVariable));
    query.bindValue(QStringLiteral(":sandbox"), profile.sandbox);
    return d->exec(query);
}

bool TaskStore::removeProfile(const QString &profileId)
{
    if (!d->open)
        return d->fail(tr("The task database is not open."));
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE id=:id"));
    query.bindValue(QStringLiteral(":id"), profileId);
    return d->exec(query);
}

bool TaskStore::insertTask(Task &task, const QList<TaskEvent> &events)
{
    if (!d->open)
        return d->fail(tr("The task database is not open."));
    if (!d->begin())
        return false;
    d->bindTaskValues(*d->insertTask, task);
    if (!d->exec(*d->insertTask)) {
        d->rollback();
        return false;
    }
    const qint64 id = d->insertTask->lastInsertId().toLongLong();
    Task stored = task;
    stored.id = id;
    bool ok = d->writeAttempt(id, Private::currentAttempt(stored)) && d->writeResults(stored);
    for (TaskEvent event : events) {
        if (!ok)
            break;
        event.taskId = id;
        ok = d->writeEvent(event);
    }
    if (!ok || !d->commit()) {
        d->rollback();
        d->writtenResults.remove(id);
        return false;
    }
    task.id = id;
    return true;
}

bool TaskStore::saveSubmitAnswer(const Task &task, const QList<TaskEvent> &events)
{
    Batch batch;
    batch.tasks.append(task);
    batch.events = events;
    return write(batch);
}

bool TaskStore::write(const Batch &batch)
{
    if (batch.isEmpty())
        return true;
    if (!d->open)
        return d->fail(tr("The task database is not open."));
    if (!d->begin())
        return false;
    bool ok = true;
    for (const Task &task : batch.tasks) {
        if (!(ok = d->writeTask(task)))
            break;
    }
    for (qsizetype i = 0; ok && i < batch.attempts.size(); ++i)
        ok = d->writeAttempt(batch.attempts.at(i).first, batch.attempts.at(i).second);
    for (qsizetype i = 0; ok && i < batch.events.size(); ++i)
        ok = d->writeEvent(batch.events.at(i));
    if (!ok || !d->commit()) {
        d->rollback();
        // The cache may now claim rows that were rolled back.
        for (const Task &task : batch.tasks)
            d->writtenResults.remove(task.id);
        return false;
    }
    return true;
}

bool TaskStore::removeTasks(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    if (!d->open)
        return d->fail(tr("The task database is not open."));
    if (!d->begin())
        return false;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM tasks WHERE id=:id"));
    for (qint64 id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!d->exec(query)) {
            d->rollback();
            return false;
        }
    }
    if (!d->commit()) {
        d->rollback();
        return false;
    }
    for (qint64 id : ids)
        d->writtenResults.remove(id);
    return true;
}

QList<Task> TaskStore::loadTasks()
{
    QList<Task> tasks;
    if (!d->open)
        return tasks;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->exec(query, QStringLiteral("SELECT %1 FROM tasks ORDER BY id").arg(QLatin1String(TaskColumns))))
        return tasks;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), tasks.size());
        tasks.append(d->taskFromQuery(query));
    }
    QSqlQuery results(d->db());
    results.setForwardOnly(true);
    if (d->exec(results, QStringLiteral("SELECT task_id, url FROM results ORDER BY task_id, position"))) {
        while (results.next()) {
            const auto it = index.constFind(results.value(0).toLongLong());
            if (it != index.constEnd())
                tasks[*it].resultUrls.append(results.value(1).toString());
        }
    }
    for (const Task &task : std::as_const(tasks))
        d->writtenResults.insert(task.id, task.resultUrls);
    return tasks;
}

std::optional<Task> TaskStore::loadTask(qint64 id)
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE id=:id").arg(QLatin1String(TaskColumns)));
    query.bindValue(QStringLiteral(":id"), id);
    if (!d->exec(query) || !query.next())
        return std::nullopt;
    Task task = d->taskFromQuery(query);
    QSqlQuery results(d->db());
    results.prepare(QStringLiteral("SELECT url FROM results WHERE task_id=:id ORDER BY position"));
    results.bindValue(QStringLiteral(":id"), id);
    if (d->exec(results)) {
        while (results.next())
            task.resultUrls.append(results.value(0).toString());
    }
    return task;
}

QList<TaskAttempt> TaskStore::attempts(qint64 taskId)
{
    QList<TaskAttempt> list;
    if (!d->open)
        return list;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT number, remote_id, submitted_at, finished_at, final_state, error FROM "
                                 "attempts WHERE task_id=:id ORDER BY number"));
    query.bindValue(QStringLiteral(":id"), taskId);
    if (!d->exec(query))
        return list;
    while (query.next()) {
        TaskAttempt attempt;
        attempt.number = query.value(0).toInt();
        attempt.remoteId = query.value(1).toString();
        attempt.submittedAt = timeOf(query.value(2));
        attempt.finishedAt = timeOf(query.value(3));
        attempt.finalState = stateOf(query.value(4));
        attempt.error = errorOf(query.value(5));
        list.append(attempt);
    }
    return list;
}

QList<TaskEvent> TaskStore::events(qint64 taskId)
{
    QList<TaskEvent> list;
    if (!d->open)
        return list;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT attempt, at, from_state, to_state, cause, excerpt FROM events WHERE "
                                 "task_id=:id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), taskId);
    if (!d->exec(query))
        return list;
    while (query.next()) {
        TaskEvent event;
        event.taskId = taskId;
        event.attempt = query.value(0).toInt();
        event.at = timeOf(query.value(1));
        event.from = stateOf(query.value(2));
        event.to = stateOf(query.value(3));
        event.cause = query.value(4).toString();
        event.excerpt = query.value(5).toString();
        list.append(event);
    }
    return list;
}
