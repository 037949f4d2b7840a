#pragma once

#include "storebackend.h"

// The embedded default: one SQLite file (WAL, synchronous=FULL, foreign keys on) that every
// QueueLens process on this machine may open. BEGIN IMMEDIATE is the single writer's lock.
class SqliteBackend : public StoreBackend
{
public:
    explicit SqliteBackend(QString path);

    bool isShared() const override { return false; }
    QString location() const override { return m_path; }
    QString displayLocation() const override;
    bool connect(const QString &connectionName, int busyTimeoutMs, QString *reason) override;
    QStringList beginWrite() const override;
    QStringList beginRead() const override;
    std::optional<int> schemaVersion(QSqlDatabase &db, QString *reason) const override;
    QStringList setSchemaVersion(int version) const override;
    QList<Migration> migrations() const override;
    QString returningId() const override { return {}; }
    QString summaryErrorColumn() const override;
    QString dataVersionQuery() const override;
    QString describe(const QSqlError &error) const override;

private:
    QString m_path;
};
