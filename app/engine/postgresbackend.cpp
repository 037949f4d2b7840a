#include "postgresbackend.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Any number, as long as it is the same in every QueueLens: the single writer's lock.
constexpr qint64 WriteLockKey = 0x5175654C656E73;   // "QueLens"
constexpr int DefaultConnectTimeoutSeconds = 5;

// The libpq parameters a URI may carry; anything else is most likely a typo.
const QStringList &knownOptions()
{
    static const QStringList options{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),   QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("gssencmode"),
    };
    return options;
}

} // namespace

PostgresBackend::PostgresBackend(QString uri)
    : m_uri(std::move(uri))
{
}

std::optional<PostgresBackend::Target> PostgresBackend::parse(const QString &uri, QString *problem)
{
    // libpq accepts "host1,host2" for fail-over; QueueLens keeps one server (and QUrl rejects it).
    const QString authority = uri.section(QLatin1Char('/'), 2, 2);
    if (authority.section(QLatin1Char('@'), -1).contains(QLatin1Char(','))) {
        *problem = tr("QueueLens connects to one PostgreSQL server; the address lists several hosts");
        return std::nullopt;
    }
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *problem = tr("\"%1\" is not a PostgreSQL address; write it as postgresql://user@host:port/database")
                       .arg(withoutPassword(uri));
        return std::nullopt;
    }
    if (url.hasFragment()) {
        *problem = tr("a PostgreSQL address cannot contain a \"#\" part");
        return std::nullopt;
    }
    Target target;
    target.host = url.host(QUrl::FullyDecoded);
    if (target.host.contains(QLatin1Char(','))) {
        *problem = tr("QueueLens connects to one PostgreSQL server; the address lists several hosts");
        return std::nullopt;
    }
    target.port = url.port(5432);
    target.user = url.userName(QUrl::FullyDecoded);
    target.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    target.database = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            target.host = value;
        else if (key == QLatin1String("port"))
            target.port = value.toInt();
        else if (key == QLatin1String("user"))
            target.user = value;
        else if (key == QLatin1String("dbname"))
            target.database = value;
        else if (key == QLatin1String("password"))
            target.password = value;
        else if (knownOptions().contains(key))
            target.options.insert(key, value);
        else {
            *problem = tr("\"%1\" is not a connection parameter QueueLens knows (known: %2)")
                           .arg(key, knownOptions().join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    if (target.database.isEmpty() || target.database.contains(QLatin1Char('/'))) {
        *problem = tr("the PostgreSQL address names no database; add it after the host, as in "
                      "postgresql://user@host/queuelens");
        return std::nullopt;
    }
    if (target.port <= 0 || target.port > 65535) {
        *problem = tr("the port of the PostgreSQL address is not a number between 1 and 65535");
        return std::nullopt;
    }
    return target;
}

QString PostgresBackend::check(const QString &uri)
{
    QString problem;
    return parse(uri, &problem) ? QString() : problem;
}

bool PostgresBackend::carriesPassword(const QString &uri)
{
    const QUrl url(uri.trimmed());
    return !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"));
}

QString PostgresBackend::withoutPassword(const QString &uri)
{
    QUrl url(uri.trimmed());
    if (!url.isValid())
        return QStringLiteral("postgresql://…");
    url.setPassword({});
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
    }
    return url.toString(QUrl::DecodeReserved);
}

namespace {
QMutex g_passwordsLock;
QHash<QString, QString> g_passwords;   // address without password -> password
} // namespace

void PostgresBackend::rememberPassword(const QString &uri, const QString &password)
{
    const QMutexLocker lock(&g_passwordsLock);
    if (password.isEmpty())
        g_passwords.remove(withoutPassword(uri));
    else
        g_passwords.insert(withoutPassword(uri), password);
}

QString PostgresBackend::rememberedPassword(const QString &uri)
{
    const QMutexLocker lock(&g_passwordsLock);
    return g_passwords.value(withoutPassword(uri));
}

QString PostgresBackend::displayLocation() const
{
    return withoutPassword(m_uri);
}

bool PostgresBackend::connect(const QString &connectionName, int busyTimeoutMs, QString *reason)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *reason = tr("the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)");
        return false;
    }
    const std::optional<Target> target = parse(m_uri, reason);
    if (!target)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!target->host.isEmpty())
        db.setHostName(target->host);
    db.setPort(target->port);
    db.setDatabaseName(target->database);
    if (!target->user.isEmpty())
        db.setUserName(target->user);
    // Without one, libpq looks in PGPASSWORD and ~/.pgpass by itself.
    const QString password = target->password.isEmpty() ? rememberedPassword(m_uri) : target->password;
    if (!password.isEmpty())
        db.setPassword(password);
    QHash<QString, QString> options = target->options;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeoutSeconds));
    if (!options.contains(QStringLiteral("application_name")))
        options.insert(QStringLiteral("application_name"), QStringLiteral("QueueLens"));
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    pairs.sort();
    db.setConnectOptions(pairs.join(QLatin1Char(';')));
    if (!db.open()) {
        *reason = describe(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    // A write waits this long for another writer before it fails as "busy", as on SQLite.
    if (!query.exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(1, busyTimeoutMs)))
        || !query.exec(QStringLiteral("SET client_min_messages = warning"))) {
        *reason = describe(query.lastError());
        return false;
    }
    return true;
}

QStringList PostgresBackend::beginWrite() const
{
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey)};
}

QStringList PostgresBackend::beginRead() const
{
    return {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")};
}

std::optional<int> PostgresBackend::schemaVersion(QSqlDatabase &db, QString *reason) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('store_meta') IS NOT NULL, to_regclass('tasks') IS NOT NULL"))
        || !query.next()) {
        *reason = describe(query.lastError());
        return std::nullopt;
    }
    const bool hasMeta = query.value(0).toBool();
    const bool hasTasks = query.value(1).toBool();
    if (!hasMeta) {
        if (hasTasks) {
            *reason = tr("the database %1 holds a \"tasks\" table that is not QueueLens's; use a database of its own")
                          .arg(displayLocation());
            return std::nullopt;
        }
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'schema_version'"))) {
        *reason = describe(query.lastError());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList PostgresBackend::setSchemaVersion(int version) const
{
    return {QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('schema_version', %1) ON CONFLICT (key) DO "
                           "UPDATE SET value = excluded.value")
                .arg(version)};
}

QList<StoreBackend::Migration> PostgresBackend::migrations() const
{
    // PostgreSQL came with schema 3: its first step creates that schema whole, with 64-bit
    // columns for times (milliseconds) and ids. Later steps are the SQLite ones.
    QList<Migration> list{
        {3,
         {
             QStringLiteral("CREATE TABLE profiles (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', "
                            "provider TEXT NOT NULL, base_url TEXT NOT NULL DEFAULT '', poll_interval_ms INTEGER NOT "
                            "NULL, max_concurrent INTEGER NOT NULL, deadline_seconds INTEGER NOT NULL, key_env TEXT "
                            "NOT NULL DEFAULT '', sandbox INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL "
                            "DEFAULT 0)"),
             QStringLiteral("CREATE TABLE tasks (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, profile_id "
                            "TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL "
                            "DEFAULT '', prompt TEXT NOT NULL DEFAULT '', params TEXT NOT NULL DEFAULT '{}', remote_id "
                            "TEXT NOT NULL DEFAULT '', remote_data TEXT NOT NULL DEFAULT '{}', state TEXT NOT NULL, "
                            "progress INTEGER NOT NULL DEFAULT -1, queue_position INTEGER NOT NULL DEFAULT -1, "
                            "attempts INTEGER NOT NULL DEFAULT 1, last_error TEXT, created_at BIGINT, submitted_at "
                            "BIGINT, updated_at BIGINT, finished_at BIGINT, version BIGINT NOT NULL DEFAULT 1, owner "
                            "TEXT NOT NULL DEFAULT '', change_seq BIGINT NOT NULL DEFAULT 0, cancel_requested INTEGER "
                            "NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE attempts (task_id BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
                            "number INTEGER NOT NULL, remote_id TEXT NOT NULL DEFAULT '', submitted_at BIGINT, "
                            "finished_at BIGINT, final_state TEXT NOT NULL, error TEXT, PRIMARY KEY (task_id, number))"),
             QStringLiteral("CREATE TABLE events (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, task_id "
                            "BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, attempt INTEGER NOT NULL, at "
                            "BIGINT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL, cause TEXT NOT NULL "
                            "DEFAULT '', excerpt TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX events_by_task ON events(task_id, id)"),
             QStringLiteral("CREATE TABLE results (task_id BIGINT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
                            "position INTEGER NOT NULL, url TEXT NOT NULL, PRIMARY KEY (task_id, position))"),
             QStringLiteral("CREATE INDEX tasks_by_state ON tasks(state)"),
             QStringLiteral("CREATE INDEX tasks_by_change ON tasks(change_seq, id)"),
             QStringLiteral("CREATE INDEX tasks_by_owner ON tasks(owner)"),
             QStringLiteral("CREATE TABLE owners (id TEXT PRIMARY KEY NOT NULL, program TEXT NOT NULL DEFAULT '', "
                            "pid BIGINT NOT NULL DEFAULT 0, host TEXT NOT NULL DEFAULT '', started_at BIGINT NOT NULL, "
                            "heartbeat_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE removed_tasks (task_id BIGINT PRIMARY KEY NOT NULL, change_seq BIGINT NOT "
                            "NULL)"),
             QStringLiteral("CREATE INDEX removed_by_change ON removed_tasks(change_seq)"),
             QStringLiteral("CREATE TABLE store_meta (key TEXT PRIMARY KEY NOT NULL, value BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('change_seq', 0)"),
         }},
    };
    list += commonMigrationsAfter(3);
    return list;
}

QString PostgresBackend::returningId() const
{
    return QStringLiteral(" RETURNING id");
}

QString PostgresBackend::summaryErrorColumn() const
{
    return QStringLiteral("last_error");
}

QString PostgresBackend::dataVersionQuery() const
{
    return QStringLiteral("SELECT value FROM store_meta WHERE key = 'change_seq'");
}

bool PostgresBackend::isConnectionLost(const QSqlError &error) const
{
    const QString lower = error.text().toLower();
    const QString code = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || code.startsWith(QLatin1String("08"))
        || code == QLatin1String("57P01") || code == QLatin1String("57P02") || code == QLatin1String("57P03")
        || lower.contains(QLatin1String("server closed the connection")) || lower.contains(QLatin1String("no connection to the server"))
        || lower.contains(QLatin1String("terminating connection")) || lower.contains(QLatin1String("connection to server"))
        || lower.contains(QLatin1String("could not send data")) || lower.contains(QLatin1String("could not receive data"));
}

QString PostgresBackend::describe(const QSqlError &error) const
{
    const QString text = error.text().simplified();
    const QString lower = text.toLower();
    const QString code = error.nativeErrorCode();
    const QString where = displayLocation();
    if (lower.contains(QLatin1String("password authentication failed")))
        return tr("the server refused the password for %1 (%2)").arg(where, text);
    if (lower.contains(QLatin1String("no password supplied")))
        return tr("the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the "
                  "system keychain), or set PGPASSWORD, or add it to ~/.pgpass")
            .arg(where);
    if (lower.contains(QLatin1String("does not exist")) && lower.contains(QLatin1String("database")))
        return tr("the database of %1 does not exist on the server; create it once with createdb (%2)").arg(where, text);
    if (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist")))
        return tr("the server %1 knows no such user (%2)").arg(where, text);
    if (lower.contains(QLatin1String("ssl")) || lower.contains(QLatin1String("certificate")))
        return tr("the secure connection (TLS) to %1 failed: %2").arg(where, text);
    if (lower.contains(QLatin1String("could not translate host name")))
        return tr("the server name of %1 is unknown (%2)").arg(where, text);
    if (lower.contains(QLatin1String("connection refused")) || lower.contains(QLatin1String("timeout expired"))
        || lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("no route to host"))
        || lower.contains(QLatin1String("network is unreachable")))
        return tr("the server %1 cannot be reached (%2)").arg(where, text);
    if (lower.contains(QLatin1String("server closed the connection")) || lower.contains(QLatin1String("no connection to the server"))
        || lower.contains(QLatin1String("terminating connection")) || code == QLatin1String("57P01"))
        return tr("the connection to %1 was lost (%2)").arg(where, text);
    if (code == QLatin1String("55P03") || lower.contains(QLatin1String("lock timeout")))
        return tr("the database %1 is busy: another QueueLens holds its write lock (%2)").arg(where, text);
    if (code == QLatin1String("25006") || lower.contains(QLatin1String("read-only transaction")))
        return tr("the database %1 is read-only (%2)").arg(where, text);
    if (code == QLatin1String("53100") || lower.contains(QLatin1String("no space left")))
        return tr("the server's disk holding %1 is full (%2)").arg(where, text);
    if (code == QLatin1String("42501") || lower.contains(QLatin1String("permission denied")))
        return tr("the user of %1 may not do this; grant it the rights on the database (%2)").arg(where, text);
    return tr("database error in %1 (%2)").arg(where, text);
}
