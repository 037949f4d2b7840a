#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDatabase;

// What differs between the databases TaskStore can live in: how a connection is opened, how a
// write transaction takes the single writer's lock, where the schema version is kept, the
// migrations, and how errors read. Everything else in TaskStore is plain SQL both understand.
class StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackend)

public:
    struct Migration
    {
        int version;                 // the schema version after this step
        QStringList statements;
    };

    virtual ~StoreBackend() = default;

    // "postgresql://..." or "postgres://...": PostgreSQL; anything else is an SQLite file path.
    static bool isServerLocation(const QString &location);
    static std::unique_ptr<StoreBackend> forLocation(const QString &location);

    virtual bool isShared() const = 0;           // a server several machines may use
    virtual QString location() const = 0;        // as given (may hold a password: never show it)
    virtual QString displayLocation() const = 0; // for messages: native path, or URL without password

    // Adds and opens the Qt SQL connection under connectionName and prepares the session.
    // On failure *reason says why, in the operator's terms.
    virtual bool connect(const QString &connectionName, int busyTimeoutMs, QString *reason) = 0;

    // Statements that start a write transaction holding the store's single write lock, so
    // change sequences commit in order and read-check-write steps are never interleaved.
    virtual QStringList beginWrite() const = 0;
    // Statements that start a read transaction seeing one snapshot.
    virtual QStringList beginRead() const = 0;

    virtual std::optional<int> schemaVersion(QSqlDatabase &db, QString *reason) const = 0;
    virtual QStringList setSchemaVersion(int version) const = 0;
    virtual QList<Migration> migrations() const = 0;

    // Appended to the task INSERT so that the new id comes back as a row ("" when the driver's
    // lastInsertId() is used instead).
    virtual QString returningId() const = 0;
    // The history list's error column: SQLite picks the few list fields out as a JSON array;
    // PostgreSQL returns the stored JSON object (both are read by TaskStore).
    virtual QString summaryErrorColumn() const = 0;
    // Change notifications (PostgreSQL LISTEN/NOTIFY): the channel, empty when the database has
    // none; every transaction that stamps a change sends a notification on it when it commits.
    virtual QString changeChannel() const { return {}; }
    // A number that changes whenever another connection committed, read cheaply.
    virtual QString dataVersionQuery() const = 0;

    // The connection itself is gone (a server restarted or unreachable): reconnect before the next use.
    virtual bool isConnectionLost(const QSqlError &error) const;

    // A database error in the operator's words: locked, read-only, damaged, full, refused, ...
    virtual QString describe(const QSqlError &error) const = 0;

    // The schema both backends reach, shared by their migration lists from this version on.
    static QList<Migration> commonMigrationsAfter(int version);
};
