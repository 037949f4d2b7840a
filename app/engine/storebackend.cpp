#include "storebackend.h"

#include "postgresbackend.h"
#include "sqlitebackend.h"

bool StoreBackend::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<StoreBackend> StoreBackend::forLocation(const QString &location)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresBackend>(location);
    return std::make_unique<SqliteBackend>(location);
}

bool StoreBackend::isConnectionLost(const QSqlError &) const
{
    return false;
}

QList<StoreBackend::Migration> StoreBackend::commonMigrationsAfter(int version)
{
    static const QList<Migration> common{
        {4,
         {
             // Team mode: who submitted each task ("user@host" or the display name they chose).
             QStringLiteral("ALTER TABLE tasks ADD COLUMN submitted_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX tasks_by_submitter ON tasks(submitted_by)"),
         }},
    };
    QList<Migration> after;
    for (const Migration &migration : common) {
        if (migration.version > version)
            after.append(migration);
    }
    return after;
}
