#include "taskstore.h"

#include "enginelogging.h"
#include "sqlitebackend.h"
#include "storebackend.h"
#include "taskrowcodec.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <functional>
#include <limits>

using namespace TaskRowCodec;

namespace {

QAtomicInteger<quint64> g_connectionCounter;

const QString LiveStates = QStringLiteral("('submitting','queued','running','cancelling')");

// "1,2,3" for an IN (...) list of ids (integers only, so no injection is possible).
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

TaskAttempt currentAttempt(const Task &task)
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

} // namespace

struct TaskStore::Private
{
    QString connection;
    std::unique_ptr<StoreBackend> backend;
    QString lastError;
    int busyTimeoutMs = 5000;
    int version = 0;
    bool open = false;
    bool connectionLost = false;   // a server connection broke: reconnect before the next use
    qint64 sequence = 0;   // the change sequence of the transaction in progress (0: none taken yet)

    std::unique_ptr<QSqlQuery> insertTask;
    std::unique_ptr<QSqlQuery> upsertAttempt;
    std::unique_ptr<QSqlQuery> insertEvent;
    std::unique_ptr<QSqlQuery> deleteResults;
    std::unique_ptr<QSqlQuery> insertResult;
    std::unique_ptr<QSqlQuery> selectTask;
    std::unique_ptr<QSqlQuery> selectResults;
    std::unique_ptr<QSqlQuery> releaseOne;
    QHash<quint32, std::shared_ptr<QSqlQuery>> updates;   // conditional updates by field mask

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool fail(const QString &message)
    {
        lastError = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }

    QString describe(const QSqlError &error) const
    {
        return backend ? backend->describe(error) : error.text();
    }

    bool failed(const QSqlError &error)
    {
        if (backend && backend->isConnectionLost(error))
            connectionLost = true;
        return fail(describe(error));
    }

    bool exec(QSqlQuery &query, const QString &sql)
    {
        if (query.exec(sql))
            return true;
        return failed(query.lastError());
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        return failed(query.lastError());
    }

    // Open, with a working connection: after a server connection broke, connects again (and
    // prepares the statements again) first. False while the server stays unreachable.
    bool ready()
    {
        if (!open)
            return false;
        if (!connectionLost)
            return true;
        dropStatements();
        if (QSqlDatabase::contains(connection)) {
            {
                QSqlDatabase old = QSqlDatabase::database(connection, false);
                old.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QString reason;
        if (!backend->connect(connection, busyTimeoutMs, &reason) || !prepareStatements()) {
            if (QSqlDatabase::contains(connection))
                QSqlDatabase::removeDatabase(connection);
            fail(reason.isEmpty() ? lastError : reason);
            return false;
        }
        connectionLost = false;
        if (onChange)
            subscribe();
        qCInfo(lcStore).noquote() << "connected again to" << backend->displayLocation();
        return true;
    }

    bool prepareStatements();

    bool begin()
    {
        if (open && !ready())   // (while open() migrates, the connection is brand new)
            return false;
        sequence = 0;
        QSqlQuery query(db());
        for (const QString &statement : backend->beginWrite()) {
            if (!exec(query, statement)) {
                rollback();
                return false;
            }
        }
        return true;
    }

    bool commit()
    {
        QSqlQuery query(db());
        // Listeners hear of a stamped change when it commits (not at all if it rolls back).
        const QString channel = backend->changeChannel();
        if (sequence > 0 && !channel.isEmpty() && !exec(query, QStringLiteral("NOTIFY ") + channel))
            return false;
        return exec(query, QStringLiteral("COMMIT"));
    }

    std::function<void()> onChange;   // listenForChanges()
    QMetaObject::Connection notification;

    bool subscribe()
    {
        const QString channel = backend ? backend->changeChannel() : QString();
        QSqlDriver *driver = db().driver();
        if (channel.isEmpty() || !driver || !onChange)
            return false;
        if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
            return false;
        QObject::disconnect(notification);   // one connection (UniqueConnection does not apply to lambdas)
        notification = QObject::connect(driver, &QSqlDriver::notification, driver,
                                        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                                            if (source == QSqlDriver::OtherSource && onChange)
                                                onChange();
                                        });
        return true;
    }

    void rollback()
    {
        QSqlQuery query(db());
        query.exec(QStringLiteral("ROLLBACK"));
    }

    // The transaction's change sequence, taken once per transaction (the write lock is held, so
    // sequences commit in order and a reader never skips one).
    std::optional<qint64> nextSequence()
    {
        if (sequence > 0)
            return sequence;
        QSqlQuery query(db());
        if (!exec(query, QStringLiteral("UPDATE store_meta SET value=value+1 WHERE key='change_seq'"))
            || !exec(query, QStringLiteral("SELECT value FROM store_meta WHERE key='change_seq'")) || !query.next())
            return std::nullopt;
        sequence = query.value(0).toLongLong();
        return sequence;
    }

    // Runs body(sequence) in one write transaction stamped with its change sequence; commits
    // when body returns true, rolls back otherwise.
    bool stampedTransaction(const std::function<bool(qint64 sequence)> &body)
    {
        if (!open)
            return fail(TaskStore::tr("The task database is not open."));
        if (!begin())
            return false;
        const std::optional<qint64> seq = nextSequence();
        if (!seq || !body(*seq) || !commit()) {
            const QString reason = lastError;
            rollback();
            lastError = reason;
            return false;
        }
        return true;
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

    QSqlQuery *updateFor(quint32 mask)
    {
        auto it = updates.constFind(mask);
        if (it != updates.constEnd())
            return it->get();
        std::shared_ptr<QSqlQuery> query = prepare(
            QStringLiteral("UPDATE tasks SET %1, version=version+1, change_seq=:seq WHERE id=:id AND version=:expected")
                .arg(assignments(mask)));
        if (!query)
            return nullptr;
        updates.insert(mask, query);
        return query.get();
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

    bool writeResults(qint64 taskId, const QStringList &urls)
    {
        deleteResults->bindValue(QStringLiteral(":task_id"), taskId);
        if (!exec(*deleteResults))
            return false;
        for (qsizetype i = 0; i < urls.size(); ++i) {
            insertResult->bindValue(QStringLiteral(":task_id"), taskId);
            insertResult->bindValue(QStringLiteral(":position"), int(i));
            insertResult->bindValue(QStringLiteral(":url"), text(urls.at(i)));
            if (!exec(*insertResult))
                return false;
        }
        return true;
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

    // Reads one row (with its results) on this connection, inside or outside a transaction.
    std::optional<Task> readTask(qint64 id, bool *ok)
    {
        *ok = true;
        selectTask->bindValue(QStringLiteral(":id"), id);
        if (!exec(*selectTask)) {
            *ok = false;
            return std::nullopt;
        }
        if (!selectTask->next()) {
            selectTask->finish();
            return std::nullopt;
        }
        Task task = taskFromQuery(*selectTask);
        selectTask->finish();
        selectResults->bindValue(QStringLiteral(":id"), id);
        if (!exec(*selectResults)) {
            *ok = false;
            return std::nullopt;
        }
        while (selectResults->next())
            task.resultUrls.append(selectResults->value(0).toString());
        selectResults->finish();
        return task;
    }

    // Reads whole rows for a WHERE clause, results included, in the clause's order.
    std::optional<QList<Task>> readTasks(const QString &where, const QVariantMap &bindings = {})
    {
        QList<Task> tasks;
        QSqlQuery query(db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM tasks %2").arg(QLatin1String(SelectColumns), where));
        for (auto it = bindings.begin(); it != bindings.end(); ++it)
            query.bindValue(it.key(), it.value());
        if (!exec(query))
            return std::nullopt;
        QHash<qint64, qsizetype> index;
        while (query.next()) {
            index.insert(query.value(0).toLongLong(), tasks.size());
            tasks.append(taskFromQuery(query));
        }
        if (tasks.isEmpty())
            return tasks;
        QSqlQuery results(db());
        results.setForwardOnly(true);
        const QString filter = index.size() > 2000 ? QString()
                                                   : QStringLiteral("WHERE task_id IN (%1) ").arg(idList(index.keys()));
        if (!exec(results, QStringLiteral("SELECT task_id, url FROM results %1ORDER BY task_id, position").arg(filter)))
            return std::nullopt;
        while (results.next()) {
            const auto it = index.constFind(results.value(0).toLongLong());
            if (it != index.constEnd())
                tasks[*it].resultUrls.append(results.value(1).toString());
        }
        return tasks;
    }

    // Runs one conditional update; *updated tells whether the expected version was still there.
    bool conditionalUpdate(const Task &task, quint32 mask, qint64 expectedVersion, qint64 seq, bool *updated)
    {
        *updated = false;
        QSqlQuery *query = updateFor(mask);
        if (!query)
            return false;
        bindFields(*query, task, mask);
        query->bindValue(QStringLiteral(":seq"), seq);
        query->bindValue(QStringLiteral(":id"), task.id);
        query->bindValue(QStringLiteral(":expected"), expectedVersion);
        if (!exec(*query))
            return false;
        *updated = query->numRowsAffected() > 0;
        return true;
    }

    bool applyWrite(const TaskWrite &write, WriteOutcome &outcome);

    void dropStatements()
    {
        insertTask.reset();
        upsertAttempt.reset();
        insertEvent.reset();
        deleteResults.reset();
        insertResult.reset();
        selectTask.reset();
        selectResults.reset();
        releaseOne.reset();
        updates.clear();
    }
};

bool TaskStore::Private::prepareStatements()
{
    insertTask = prepare(QStringLiteral(
        "INSERT INTO tasks (profile_id, provider, model, kind, prompt, params, remote_id, remote_data, state, "
        "progress, queue_position, attempts, last_error, created_at, submitted_at, updated_at, finished_at, version, "
        "owner, change_seq, cancel_requested, submitted_by) VALUES (:profile_id, :provider, :model, :kind, :prompt, "
        ":params, :remote_id, :remote_data, :state, :progress, :queue_position, :attempts, :last_error, :created_at, "
        ":submitted_at, :updated_at, :finished_at, 1, :owner, :change_seq, :cancel_requested, :submitted_by)%1")
                             .arg(backend->returningId()));
    upsertAttempt = prepare(QStringLiteral(
        "INSERT INTO attempts (task_id, number, remote_id, submitted_at, finished_at, final_state, error) "
        "VALUES (:task_id, :number, :remote_id, :submitted_at, :finished_at, :final_state, :error) "
        "ON CONFLICT(task_id, number) DO UPDATE SET remote_id=CASE WHEN excluded.remote_id='' THEN "
        "attempts.remote_id ELSE excluded.remote_id END, submitted_at=excluded.submitted_at, "
        "finished_at=excluded.finished_at, final_state=excluded.final_state, error=excluded.error"));
    // Typed casts: PostgreSQL cannot infer the types of bare parameters in a SELECT list.
    insertEvent = prepare(QStringLiteral(
        "INSERT INTO events (task_id, attempt, at, from_state, to_state, cause, excerpt) SELECT CAST(:task_id AS "
        "BIGINT), CAST(:attempt AS INTEGER), CAST(:at AS BIGINT), CAST(:from_state AS TEXT), CAST(:to_state AS TEXT), "
        "CAST(:cause AS TEXT), CAST(:excerpt AS TEXT) WHERE EXISTS (SELECT 1 FROM tasks WHERE id=:task_id)"));
    deleteResults = prepare(QStringLiteral("DELETE FROM results WHERE task_id=:task_id"));
    insertResult = prepare(
        QStringLiteral("INSERT INTO results (task_id, position, url) VALUES (:task_id, :position, :url)"));
    selectTask = prepare(QStringLiteral("SELECT %1 FROM tasks WHERE id=:id").arg(QLatin1String(TaskRowCodec::SelectColumns)));
    selectResults = prepare(QStringLiteral("SELECT url FROM results WHERE task_id=:id ORDER BY position"));
    releaseOne = prepare(QStringLiteral("UPDATE tasks SET owner='', version=version+1, change_seq=:seq WHERE id=:id AND owner=:owner"));
    return insertTask && upsertAttempt && insertEvent && deleteResults && insertResult && selectTask && selectResults
        && releaseOne;
}

// One write inside commit()'s transaction. Returns false only when the database failed.
bool TaskStore::Private::applyWrite(const TaskWrite &write, WriteOutcome &outcome)
{
    const Task &task = write.task;
    outcome.id = task.id;
    const quint32 mask = changedFields(write.base, task);
    const bool resultsChanged = write.base.resultUrls != task.resultUrls;
    Task stored = task;
    stored.version = write.base.version;
    stored.owner = write.base.owner;
    outcome.result = WriteResult::Applied;
    if (mask == 0 && !resultsChanged && !write.releaseLease) {
        outcome.stored = stored;
        return true;
    }

    const std::optional<qint64> seq = nextSequence();
    if (!seq)
        return false;
    bool writeResultList = resultsChanged;
    if (mask != 0) {
        bool updated = false;
        if (!conditionalUpdate(task, mask, write.base.version, *seq, &updated))
            return false;
        if (updated) {
            stored.version += 1;
        } else {
            // The row moved on since this process read it: decide on the current row.
            bool ok = true;
            const std::optional<Task> fresh = readTask(task.id, &ok);
            if (!ok)
                return false;
            if (!fresh) {
                outcome.result = WriteResult::Gone;
                return true;
            }
            const bool sameAttempt = fresh->attempts == write.base.attempts;
            const bool stateFits = !(mask & State) || fresh->state == write.base.state
                                   || TaskStates::isValidTransition(fresh->state, task.state);
            quint32 apply = mask;
            if (!sameAttempt || !stateFits) {
                // Keep only what must never be lost: the request id of this attempt.
                apply = 0;
                if (sameAttempt && (mask & RemoteId) && !task.remoteId.isEmpty() && fresh->remoteId.isEmpty())
                    apply = mask & (RemoteId | RemoteData);
            }
            Task merged = *fresh;
            copyFields(merged, task, apply);
            if (merged.remoteId.isEmpty())
                merged.remoteId = fresh->remoteId;
            const quint32 remaining = changedFields(*fresh, merged);
            if (remaining == 0) {
                outcome.result = WriteResult::Dropped;
                outcome.stored = *fresh;
                return true;
            }
            if (!conditionalUpdate(merged, remaining, fresh->version, *seq, &updated))
                return false;
            if (!updated)   // impossible while this transaction holds the write lock
                return fail(TaskStore::tr("task %1 changed while it was being saved").arg(task.id));
            writeResultList = resultsChanged && apply == mask;
            if (!writeResultList)
                merged.resultUrls = fresh->resultUrls;
            stored = merged;
            stored.version = fresh->version + 1;
            stored.owner = fresh->owner;
            outcome.result = apply == mask ? WriteResult::Merged : WriteResult::Dropped;
        }
        if (!writeAttempt(task.id, currentAttempt(stored)))
            return false;
    }
    if (writeResultList && !writeResults(task.id, task.resultUrls))
        return false;
    if (write.releaseLease && !task.owner.isEmpty()) {
        releaseOne->bindValue(QStringLiteral(":seq"), *seq);
        releaseOne->bindValue(QStringLiteral(":id"), task.id);
        releaseOne->bindValue(QStringLiteral(":owner"), task.owner);
        if (!exec(*releaseOne))
            return false;
        if (releaseOne->numRowsAffected() > 0) {
            stored.owner.clear();
            stored.version += 1;
        }
    }
    outcome.stored = stored;
    return true;
}

QList<TaskStore::Migration> TaskStore::migrations()
{
    return SqliteBackend(QString()).migrations();
}

QString TaskStore::probe(const QString &location, QString *summary)
{
    const std::unique_ptr<StoreBackend> backend = StoreBackend::forLocation(location);
    const QString connection =
        QStringLiteral("queuelens-probe-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    QString reason;
    std::optional<int> version;
    if (backend->connect(connection, 1000, &reason)) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        version = backend->schemaVersion(db, &reason);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!version)
        return reason;
    if (*version > SchemaVersion)
        return tr("the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)")
            .arg(backend->displayLocation())
            .arg(*version)
            .arg(SchemaVersion);
    if (summary) {
        *summary = *version == 0
            ? tr("Connected. The database is empty: QueueLens creates its tables the first time it starts with "
                 "this database.")
            : tr("Connected. The database holds a QueueLens history (schema %1).").arg(*version);
    }
    return {};
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
    return d->backend ? d->backend->location() : QString();
}

QString TaskStore::displayLocation() const
{
    return d->backend ? d->backend->displayLocation() : QString();
}

bool TaskStore::isShared() const
{
    return d->backend && d->backend->isShared();
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
    if (QSqlDatabase::contains(d->connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(d->connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
    d->open = false;
    d->connectionLost = false;
}

bool TaskStore::open(const QString &path, QString *error)
{
    close();
    d->backend = StoreBackend::forLocation(path.isEmpty() ? defaultPath() : path);
    d->lastError.clear();
    auto failOpen = [&](const QString &reason) {
        d->fail(tr("QueueLens cannot use its task database: %1.").arg(reason));
        if (error)
            *error = d->lastError;
        close();
        return false;
    };

    QString reason;
    if (!d->backend->connect(d->connection, d->busyTimeoutMs, &reason))
        return failOpen(reason);
    QSqlDatabase db = d->db();
    const std::optional<int> version = d->backend->schemaVersion(db, &reason);
    if (!version)
        return failOpen(reason);
    d->version = *version;

    // A newer schema is never touched: the newer QueueLens that wrote it may rely on every part.
    if (d->version > SchemaVersion)
        return failOpen(tr("the database %1 was written by a newer QueueLens (schema %2, this version knows up to "
                           "%3); update QueueLens or choose another database")
                            .arg(d->backend->displayLocation())
                            .arg(d->version)
                            .arg(SchemaVersion));

    for (const Migration &migration : d->backend->migrations()) {
        if (migration.version <= d->version)
            continue;
        if (!d->begin())
            return failOpen(d->lastError);
        // Another process may have migrated while we waited for the write lock: look again.
        const std::optional<int> now = d->backend->schemaVersion(db, &reason);
        if (!now) {
            d->rollback();
            return failOpen(reason);
        }
        if (*now >= migration.version) {
            d->version = *now;
            d->commit();
            if (d->version > SchemaVersion)
                return failOpen(tr("the database %1 was updated meanwhile by a newer QueueLens (schema %2)")
                                    .arg(d->backend->displayLocation())
                                    .arg(d->version));
            continue;
        }
        QSqlQuery step(d->db());
        for (const QString &statement : migration.statements + d->backend->setSchemaVersion(migration.version)) {
            if (!step.exec(statement)) {
                const QString failure = d->describe(step.lastError());
                d->rollback();
                return failOpen(tr("updating it to schema %1 failed: %2").arg(migration.version).arg(failure));
            }
        }
        if (!d->commit()) {
            const QString failure = d->lastError;
            d->rollback();
            return failOpen(tr("updating it to schema %1 failed: %2").arg(migration.version).arg(failure));
        }
        qCInfo(lcStore).noquote() << "migrated" << d->backend->displayLocation() << "to schema" << migration.version;
        d->version = migration.version;
    }

    if (!d->prepareStatements())
        return failOpen(d->lastError);

    d->open = true;
    return true;
}

QList<ProviderProfile> TaskStore::loadProfiles()
{
    QList<ProviderProfile> profiles;
    if (!d->ready())
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
    if (!d->ready())
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
    query.bindValue(QStringLiteral(":sandbox"), profile.sandbox ? 1 : 0);
    return d->exec(query);
}

bool TaskStore::removeProfile(const QString &profileId)
{
    if (!d->ready())
        return d->fail(tr("The task database is not open."));
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE id=:id"));
    query.bindValue(QStringLiteral(":id"), profileId);
    return d->exec(query);
}

bool TaskStore::insertTask(Task &task, const QList<TaskEvent> &events)
{
    if (!d->ready())
        return d->fail(tr("The task database is not open."));
    if (!d->begin())
        return false;
    const std::optional<qint64> seq = d->nextSequence();
    if (!seq) {
        d->rollback();
        return false;
    }
    bindAll(*d->insertTask, task);
    d->insertTask->bindValue(QStringLiteral(":change_seq"), *seq);
    if (!d->exec(*d->insertTask)) {
        d->rollback();
        return false;
    }
    const qint64 id = d->backend->returningId().isEmpty()
        ? d->insertTask->lastInsertId().toLongLong()
        : (d->insertTask->next() ? d->insertTask->value(0).toLongLong() : 0);
    d->insertTask->finish();
    if (id <= 0) {
        d->rollback();
        return d->fail(tr("the database %1 gave the new task no id").arg(d->backend->displayLocation()));
    }
    bool ok = d->writeAttempt(id, currentAttempt(task)) && (task.resultUrls.isEmpty() || d->writeResults(id, task.resultUrls));
    for (TaskEvent event : events) {
        if (!ok)
            break;
        event.taskId = id;
        ok = d->writeEvent(event);
    }
    if (!ok || !d->commit()) {
        d->rollback();
        return false;
    }
    task.id = id;
    task.version = 1;
    return true;
}

bool TaskStore::commit(const Batch &batch, QList<WriteOutcome> *outcomes)
{
    if (outcomes)
        outcomes->clear();
    if (batch.isEmpty())
        return true;
    if (!d->ready())
        return d->fail(tr("The task database is not open."));
    if (!d->begin())
        return false;
    QList<WriteOutcome> results;
    results.reserve(batch.writes.size());
    bool ok = true;
    for (const TaskWrite &write : batch.writes) {
        if (!ok)
            break;
        WriteOutcome outcome;
        if (!(ok = d->applyWrite(write, outcome)))
            break;
        results.append(outcome);
    }
    for (qsizetype i = 0; ok && i < batch.events.size(); ++i)
        ok = d->writeEvent(batch.events.at(i));
    if (!ok || !d->commit()) {
        const QString reason = d->lastError;
        d->rollback();
        d->lastError = reason;
        return false;
    }
    if (outcomes)
        *outcomes = std::move(results);
    return true;
}

bool TaskStore::removeTasks(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    return d->stampedTransaction([&](qint64 seq) {
        QSqlQuery remove(d->db());
        QSqlQuery tombstone(d->db());
        if (!remove.prepare(QStringLiteral("DELETE FROM tasks WHERE id=:id"))
            || !tombstone.prepare(
                QStringLiteral("INSERT INTO removed_tasks (task_id, change_seq) VALUES (:id, :seq) ON CONFLICT(task_id) "
                               "DO UPDATE SET change_seq=excluded.change_seq")))
            return d->fail(d->describe(remove.lastError()));
        for (qint64 id : ids) {
            remove.bindValue(QStringLiteral(":id"), id);
            tombstone.bindValue(QStringLiteral(":id"), id);
            tombstone.bindValue(QStringLiteral(":seq"), seq);
            if (!d->exec(remove) || !d->exec(tombstone))
                return false;
        }
        return true;
    });
}

QList<Task> TaskStore::loadTasks()
{
    if (!d->ready())
        return {};
    return d->readTasks(QStringLiteral("ORDER BY id")).value_or(QList<Task>{});
}

QList<Task> TaskStore::loadLiveTasks()
{
    if (!d->ready())
        return {};
    QList<TaskState> live;
    for (TaskState state : TaskStates::all()) {
        if (!TaskStates::isTerminal(state))
            live.append(state);
    }
    return findTasks(live);
}

QList<Task> TaskStore::findTasks(const QList<TaskState> &states, const QString &provider)
{
    if (!d->ready())
        return {};
    QStringList conditions;
    QVariantMap bindings;
    if (!states.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < states.size(); ++i) {
            const QString name = QStringLiteral(":state%1").arg(i);
            names.append(name);
            bindings.insert(name, TaskStates::id(states.at(i)));
        }
        conditions.append(QStringLiteral("state IN (%1)").arg(names.join(QLatin1Char(','))));
    }
    if (!provider.isEmpty()) {
        conditions.append(QStringLiteral("provider = :provider"));
        bindings.insert(QStringLiteral(":provider"), provider);
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "));
    return d->readTasks(where + QStringLiteral(" ORDER BY id"), bindings).value_or(QList<Task>{});
}

std::optional<QList<TaskSummary>> TaskStore::loadSummaries(qint64 beforeId, int limit)
{
    if (!d->ready())
        return std::nullopt;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    // Only the listed columns and the error's few list fields: raw answers, parameters and
    // messages never reach this process (on SQLite not even the error's other fields).
    query.prepare(QStringLiteral(
        "SELECT id, profile_id, provider, model, kind, prompt, remote_id, state, progress, queue_position, attempts, "
        "created_at, submitted_at, updated_at, finished_at, %1, submitted_by FROM tasks WHERE id < :before ORDER BY id "
        "DESC LIMIT :limit").arg(d->backend->summaryErrorColumn()));
    query.bindValue(QStringLiteral(":before"), beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    query.bindValue(QStringLiteral(":limit"), std::max(1, limit));
    if (!d->exec(query))
        return std::nullopt;
    QList<TaskSummary> page;
    page.reserve(std::max(1, limit));
    // Rows repeat the same few profiles, providers and models: one shared copy of each.
    QSet<QString> pool;
    auto intern = [&pool](const QString &text) {
        auto it = pool.constFind(text);
        if (it == pool.constEnd())
            it = pool.insert(text);
        return *it;
    };
    auto shared = [&intern](const QVariant &value) { return intern(value.toString()); };
    while (query.next()) {
        TaskSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.profileId = shared(query.value(1));
        summary.provider = shared(query.value(2));
        summary.model = shared(query.value(3));
        summary.kind = shared(query.value(4));
        summary.prompt = query.value(5).toString();
        summary.remoteId = query.value(6).toString();
        summary.state = stateOf(query.value(7));
        summary.progress = query.value(8).toInt();
        summary.queuePosition = query.value(9).toInt();
        summary.attempts = query.value(10).toInt();
        summary.createdAt = timeOf(query.value(11));
        summary.submittedAt = timeOf(query.value(12));
        summary.updatedAt = timeOf(query.value(13));
        summary.finishedAt = timeOf(query.value(14));
        summary.submittedBy = shared(query.value(16));
        const QVariant errorFields = query.value(15);
        if (!errorFields.isNull()) {
            const QJsonDocument document = QJsonDocument::fromJson(errorFields.toString().toUtf8());
            QJsonArray fields = document.array();
            if (document.isObject()) {   // the whole error (PostgreSQL): take the same fields
                const QJsonObject object = document.object();
                for (const char *key : {"phase", "http_status", "provider", "code", "type", "request_id"})
                    fields.append(object.value(QLatin1StringView(key)));
            } else if (!document.isArray()) {
                page.append(std::move(summary));
                continue;   // a damaged error column reads as no error
            }
            ErrorDigest error;
            error.phase = ApiError::phaseFromId(fields.at(0).toString()).value_or(ApiPhase::Poll);
            error.httpStatus = fields.at(1).toInt();
            error.provider = intern(fields.at(2).toString());
            error.code = intern(fields.at(3).toString());
            error.type = intern(fields.at(4).toString());
            error.requestId = fields.at(5).toString();
            summary.lastError = error;
        }
        page.append(std::move(summary));
    }
    return page;
}

std::optional<Task> TaskStore::loadTask(qint64 id)
{
    if (!d->ready())
        return std::nullopt;
    bool ok = true;
    return d->readTask(id, &ok);
}

// --- leases -----------------------------------------------------------------------------------

bool TaskStore::registerOwner(const Owner &owner, qint64 nowMs, qint64 leaseMs)
{
    if (!d->ready())
        return d->fail(tr("The task database is not open."));
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "INSERT INTO owners (id, program, pid, host, started_at, heartbeat_at, expires_at) VALUES (:id, :program, "
        ":pid, :host, :now, :now, :expires) ON CONFLICT(id) DO UPDATE SET heartbeat_at=excluded.heartbeat_at, "
        "expires_at=excluded.expires_at"));
    query.bindValue(QStringLiteral(":id"), owner.id);
    query.bindValue(QStringLiteral(":program"), text(owner.program));
    query.bindValue(QStringLiteral(":pid"), owner.pid);
    query.bindValue(QStringLiteral(":host"), text(owner.host));
    query.bindValue(QStringLiteral(":now"), nowMs);
    query.bindValue(QStringLiteral(":expires"), nowMs + leaseMs);
    if (!d->exec(query))
        return false;
    // Owners dead for a day are only clutter.
    QSqlQuery cleanup(d->db());
    cleanup.prepare(QStringLiteral("DELETE FROM owners WHERE expires_at < :old"));
    cleanup.bindValue(QStringLiteral(":old"), nowMs - 24 * 3600 * 1000LL);
    cleanup.exec();
    return true;
}

bool TaskStore::heartbeat(const Owner &owner, qint64 nowMs, qint64 leaseMs, bool *lost)
{
    if (lost)
        *lost = false;
    if (!d->ready())
        return d->fail(tr("The task database is not open."));
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("UPDATE owners SET heartbeat_at=:now, expires_at=:expires WHERE id=:id"));
    query.bindValue(QStringLiteral(":now"), nowMs);
    query.bindValue(QStringLiteral(":expires"), nowMs + leaseMs);
    query.bindValue(QStringLiteral(":id"), owner.id);
    if (!d->exec(query))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    if (lost)
        *lost = true;
    return registerOwner(owner, nowMs, leaseMs);
}

std::optional<QList<Task>> TaskStore::claimTasks(const QString &ownerId, const QList<qint64> &ids, qint64 nowMs,
                                                 const QStringList &skipProfiles)
{
    if (!d->ready()) {
        d->fail(tr("The task database is not open."));
        return std::nullopt;
    }
    if (!d->begin())
        return std::nullopt;
    auto failed = [this]() -> std::optional<QList<Task>> {
        const QString reason = d->lastError;
        d->rollback();
        d->lastError = reason;
        return std::nullopt;
    };
    const QString free = QStringLiteral("(owner='' OR owner NOT IN (SELECT id FROM owners WHERE expires_at > :now))");
    QString scope = ids.isEmpty() ? QStringLiteral("state IN %1").arg(LiveStates)
                                  : QStringLiteral("id IN (%1)").arg(idList(ids));
    QStringList skipNames;
    if (ids.isEmpty()) {
        for (qsizetype i = 0; i < skipProfiles.size(); ++i)
            skipNames.append(QStringLiteral(":skip%1").arg(i));
        if (!skipNames.isEmpty())
            scope += QStringLiteral(" AND profile_id NOT IN (%1)").arg(skipNames.join(QLatin1Char(',')));
    }
    QSqlQuery select(d->db());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, owner FROM tasks WHERE %1 AND (%2 OR owner=:me)").arg(scope, free));
    select.bindValue(QStringLiteral(":now"), nowMs);
    select.bindValue(QStringLiteral(":me"), ownerId);
    for (qsizetype i = 0; i < skipNames.size(); ++i)
        select.bindValue(skipNames.at(i), skipProfiles.at(i));
    if (!d->exec(select))
        return failed();
    QList<qint64> claim;
    QList<qint64> already;
    while (select.next())
        (select.value(1).toString() == ownerId ? already : claim).append(select.value(0).toLongLong());
    select.finish();
    if (!claim.isEmpty()) {
        const std::optional<qint64> seq = d->nextSequence();
        QSqlQuery update(d->db());
        update.prepare(QStringLiteral("UPDATE tasks SET owner=:me, version=version+1, change_seq=:seq WHERE id IN (%1)").arg(idList(claim)));
        update.bindValue(QStringLiteral(":me"), ownerId);
        update.bindValue(QStringLiteral(":seq"), seq.value_or(0));
        if (!seq || !d->exec(update))
            return failed();
    }
    // Only the explicitly named tasks report those already held: a sweep wants news only.
    QList<qint64> report = claim;
    if (!ids.isEmpty())
        report += already;
    std::optional<QList<Task>> rows = report.isEmpty() ? QList<Task>{}
                                                       : d->readTasks(QStringLiteral("WHERE id IN (%1) ORDER BY id").arg(idList(report)));
    if (!rows || !d->commit())
        return failed();
    return rows;
}

bool TaskStore::releaseTasks(const QString &ownerId, const QList<qint64> &ids)
{
    return d->stampedTransaction([&](qint64 seq) {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral("UPDATE tasks SET owner='', version=version+1, change_seq=:seq WHERE owner=:me%1")
                          .arg(ids.isEmpty() ? QString() : QStringLiteral(" AND id IN (%1)").arg(idList(ids))));
        query.bindValue(QStringLiteral(":seq"), seq);
        query.bindValue(QStringLiteral(":me"), ownerId);
        return d->exec(query);
    });
}

bool TaskStore::unregisterOwner(const QString &ownerId)
{
    if (!releaseTasks(ownerId))
        return false;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("DELETE FROM owners WHERE id=:id"));
    query.bindValue(QStringLiteral(":id"), ownerId);
    return d->exec(query);
}

std::optional<TaskStore::Owner> TaskStore::leaseHolder(qint64 taskId, qint64 nowMs)
{
    if (!d->ready())
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT o.id, o.program, o.pid, o.host, o.expires_at FROM tasks t JOIN owners o ON "
                                 "o.id = t.owner WHERE t.id=:id AND o.expires_at > :now"));
    query.bindValue(QStringLiteral(":id"), taskId);
    query.bindValue(QStringLiteral(":now"), nowMs);
    if (!d->exec(query) || !query.next())
        return std::nullopt;
    Owner owner;
    owner.id = query.value(0).toString();
    owner.program = query.value(1).toString();
    owner.pid = query.value(2).toLongLong();
    owner.host = query.value(3).toString();
    owner.expiresAtMs = query.value(4).toLongLong();
    return owner;
}

bool TaskStore::requestCancel(qint64 taskId)
{
    bool changed = false;
    const bool ok = d->stampedTransaction([&](qint64 seq) {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral("UPDATE tasks SET cancel_requested=1, version=version+1, change_seq=:seq WHERE "
                                     "id=:id AND state IN %1").arg(LiveStates));
        query.bindValue(QStringLiteral(":seq"), seq);
        query.bindValue(QStringLiteral(":id"), taskId);
        if (!d->exec(query))
            return false;
        changed = query.numRowsAffected() > 0;
        return true;
    });
    if (ok && !changed)
        return d->fail(tr("task %1 is no longer running").arg(taskId));
    return ok;
}

// --- change feed ------------------------------------------------------------------------------

qint64 TaskStore::dataVersion()
{
    if (!d->ready())
        return 0;
    QSqlQuery query(d->db());
    if (!query.exec(d->backend->dataVersionQuery()) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 TaskStore::currentSequence()
{
    if (!d->ready())
        return 0;
    QSqlQuery query(d->db());
    if (!d->exec(query, QStringLiteral("SELECT value FROM store_meta WHERE key='change_seq'")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool TaskStore::listenForChanges(std::function<void()> onChange)
{
    if (!d->ready())
        return false;
    d->onChange = std::move(onChange);
    if (!d->onChange) {
        if (QSqlDriver *driver = d->db().driver()) {
            for (const QString &channel : driver->subscribedToNotifications())
                driver->unsubscribeFromNotification(channel);
            QObject::disconnect(d->notification);
        }
        return true;
    }
    return d->subscribe();
}

TaskStore::ChangeSet TaskStore::changesSince(qint64 sequence, int limit)
{
    ChangeSet changes;
    changes.lastSequence = sequence;
    if (!d->ready())
        return changes;
    // One read transaction: the tasks and the tombstones come from the same snapshot.
    QSqlQuery begin(d->db());
    for (const QString &statement : d->backend->beginRead()) {
        if (!d->exec(begin, statement))
            return changes;
    }
    // Whole change sequences only (they are one transaction each), so the next read starts clean.
    QSqlQuery bound(d->db());
    bound.prepare(QStringLiteral("SELECT change_seq FROM tasks WHERE change_seq > :seq ORDER BY change_seq LIMIT 1 "
                                 "OFFSET :limit"));
    bound.bindValue(QStringLiteral(":seq"), sequence);
    bound.bindValue(QStringLiteral(":limit"), std::max(1, limit));
    qint64 upper = std::numeric_limits<qint64>::max();
    if (d->exec(bound) && bound.next()) {
        const qint64 cut = bound.value(0).toLongLong();
        bound.finish();
        QSqlQuery first(d->db());
        first.prepare(QStringLiteral("SELECT min(change_seq) FROM tasks WHERE change_seq > :seq"));
        first.bindValue(QStringLiteral(":seq"), sequence);
        const qint64 lowest = d->exec(first) && first.next() ? first.value(0).toLongLong() : cut;
        // One transaction larger than the limit is read whole.
        upper = cut > lowest ? cut : cut + 1;
        changes.more = true;
    }
    bound.finish();
    QVariantMap bindings{{QStringLiteral(":seq"), sequence}, {QStringLiteral(":upper"), upper}};
    const std::optional<QList<Task>> rows =
        d->readTasks(QStringLiteral("WHERE change_seq > :seq AND change_seq < :upper ORDER BY change_seq, id"), bindings);
    QSqlQuery seqs(d->db());
    seqs.prepare(QStringLiteral("SELECT max(change_seq) FROM tasks WHERE change_seq > :seq AND change_seq < :upper"));
    seqs.bindValue(QStringLiteral(":seq"), sequence);
    seqs.bindValue(QStringLiteral(":upper"), upper);
    qint64 last = sequence;
    if (d->exec(seqs) && seqs.next() && !seqs.value(0).isNull())
        last = seqs.value(0).toLongLong();
    seqs.finish();
    QSqlQuery removed(d->db());
    removed.prepare(QStringLiteral("SELECT task_id, change_seq FROM removed_tasks WHERE change_seq > :seq AND "
                                   "change_seq < :upper ORDER BY change_seq"));
    removed.bindValue(QStringLiteral(":seq"), sequence);
    removed.bindValue(QStringLiteral(":upper"), upper);
    if (rows && d->exec(removed)) {
        while (removed.next()) {
            changes.removed.append(removed.value(0).toLongLong());
            last = std::max(last, removed.value(1).toLongLong());
        }
        changes.tasks = *rows;
        if (changes.more)
            last = std::max(last, upper - 1);
        changes.lastSequence = last;
    }
    removed.finish();
    QSqlQuery end(d->db());
    end.exec(QStringLiteral("COMMIT"));
    return changes;
}

QList<TaskAttempt> TaskStore::attempts(qint64 taskId)
{
    QList<TaskAttempt> list;
    if (!d->ready())
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
    if (!d->ready())
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
