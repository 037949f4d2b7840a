#pragma once

#include "storebackend.h"

#include <QHash>

// A PostgreSQL server shared by a team (Qt's QPSQL driver over libpq), named by a libpq URI:
// postgresql://user@host:port/dbname?sslmode=require. The password is never part of settings:
// libpq reads PGPASSWORD or ~/.pgpass, or the caller passes one from the keychain. Writers take
// one transaction-scoped advisory lock, so the rules of the SQLite store (a single writer,
// change sequences committed in order) hold unchanged.
class PostgresBackend : public StoreBackend
{
public:
    // What a URI names, once checked.
    struct Target
    {
        QString host;        // a name, an address, or a Unix socket folder (starts with '/')
        int port = 5432;
        QString user;
        QString password;    // only when the URI carried one
        QString database;
        QHash<QString, QString> options;   // sslmode, connect_timeout, application_name, ...
    };

    explicit PostgresBackend(QString uri);

    // Checks a URI without connecting; an empty result means it is usable.
    static QString check(const QString &uri);
    static std::optional<Target> parse(const QString &uri, QString *problem);
    // Whether the URI itself holds a password (user:password@ or ?password=).
    static bool carriesPassword(const QString &uri);
    // The URI without its password, for messages and settings.
    static QString withoutPassword(const QString &uri);

    // A password for a server, from the keychain or typed in Preferences: every connection of
    // this process to that address uses it when the URI carries none (PGPASSWORD and ~/.pgpass
    // still apply when there is none at all). Kept in memory only.
    static void rememberPassword(const QString &uri, const QString &password);
    static QString rememberedPassword(const QString &uri);

    bool isShared() const override { return true; }
    QString location() const override { return m_uri; }
    QString displayLocation() const override;
    bool connect(const QString &connectionName, int busyTimeoutMs, QString *reason) override;
    QStringList beginWrite() const override;
    QStringList beginRead() const override;
    std::optional<int> schemaVersion(QSqlDatabase &db, QString *reason) const override;
    QStringList setSchemaVersion(int version) const override;
    QList<Migration> migrations() const override;
    QString returningId() const override;
    QString summaryErrorColumn() const override;
    QString dataVersionQuery() const override;
    QString changeChannel() const override { return QStringLiteral("queuelens_changes"); }
    bool isConnectionLost(const QSqlError &error) const override;
    QString describe(const QSqlError &error) const override;

private:
    QString m_uri;
};
