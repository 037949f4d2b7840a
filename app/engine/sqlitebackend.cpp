#include "sqlitebackend.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

SqliteBackend::SqliteBackend(QString path)
    : m_path(std::move(path))
{
}

QString SqliteBackend::displayLocation() const
{
    return QDir::toNativeSeparators(m_path);
}

bool SqliteBackend::connect(const QString &connectionName, int busyTimeoutMs, QString *reason)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *reason = tr("the SQLite driver of Qt is not installed");
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *reason = tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *reason = describe(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    // Reading the schema proves the file is a database and is not locked exclusively.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *reason = describe(query.lastError());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        *reason = describe(query.lastError());
        return false;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *reason = tr("the database %1 cannot be switched to write-ahead logging; it may be read-only")
                      .arg(displayLocation());
        return false;
    }
    // FULL: the WAL is synced at every commit, so a committed request id survives a crash.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !query.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        *reason = describe(query.lastError());
        return false;
    }
    return true;
}

QStringList SqliteBackend::beginWrite() const
{
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqliteBackend::beginRead() const
{
    return {QStringLiteral("BEGIN")};
}

std::optional<int> SqliteBackend::schemaVersion(QSqlDatabase &db, QString *reason) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *reason = describe(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QStringList SqliteBackend::setSchemaVersion(int version) const
{
    return {QStringLiteral("PRAGMA user_version=%1").arg(version)};
}

QList<StoreBackend::Migration> SqliteBackend::migrations() const
{
    QList<Migration> list{
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
        {3,
         {
             // Shared store: row versions for conditional writes, leases, and the change feed.
             QStringLiteral("ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE tasks ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE tasks ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE tasks ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE tasks SET change_seq = id"),
             QStringLiteral("CREATE INDEX tasks_by_change ON tasks(change_seq, id)"),
             QStringLiteral("CREATE INDEX tasks_by_owner ON tasks(owner)"),
             QStringLiteral("CREATE TABLE owners (id TEXT PRIMARY KEY NOT NULL, program TEXT NOT NULL DEFAULT '', "
                            "pid INTEGER NOT NULL DEFAULT 0, host TEXT NOT NULL DEFAULT '', started_at INTEGER NOT "
                            "NULL, heartbeat_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE removed_tasks (task_id INTEGER PRIMARY KEY NOT NULL, change_seq INTEGER "
                            "NOT NULL)"),
             QStringLiteral("CREATE INDEX removed_by_change ON removed_tasks(change_seq)"),
             QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO store_meta (key, value) SELECT 'change_seq', coalesce(max(id), 0) FROM tasks"),
         }},
    };
    list += commonMigrationsAfter(3);
    return list;
}

QString SqliteBackend::summaryErrorColumn() const
{
    // Only the list fields, picked out in one pass; a damaged error column reads as no error.
    return QStringLiteral("CASE WHEN last_error IS NOT NULL AND json_valid(last_error) THEN json_extract(last_error, "
                          "'$.phase', '$.http_status', '$.provider', '$.code', '$.type', '$.request_id') END");
}

QString SqliteBackend::dataVersionQuery() const
{
    return QStringLiteral("PRAGMA data_version");
}

QString SqliteBackend::describe(const QSqlError &error) const
{
    const QString text = error.text();
    const QString lower = text.toLower();
    const QString where = displayLocation();
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        return tr("the database %1 is locked by another program, perhaps a second QueueLens (%2)").arg(where, text);
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))
        || lower.contains(QLatin1String("read only")))
        return tr("the database %1 is read-only (%2)").arg(where, text);
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed"))
        || lower.contains(QLatin1String("corrupt")))
        return tr("the database %1 is damaged or not a QueueLens database (%2)").arg(where, text);
    if (lower.contains(QLatin1String("disk")) || lower.contains(QLatin1String("full")))
        return tr("the disk holding %1 is full or failing (%2)").arg(where, text);
    return tr("database error in %1 (%2)").arg(where, text);
}
