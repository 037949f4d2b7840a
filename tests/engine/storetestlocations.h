// Where a store test keeps its databases: SQLite files in a temporary folder, or, when
// QUEUELENS_TEST_STORE=postgresql, fresh databases on a throwaway PostgreSQL cluster. The same
// test executable runs once per backend (see tests/engine/CMakeLists.txt).
#pragma once

#include "engine/storebackend.h"
#include "postgrescluster.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// In a QtTest initTestCase(): prepares the locations, skipping when PostgreSQL is wanted but not
// installed (failing instead in CI).
#define QUEUELENS_SET_UP_STORE_LOCATIONS(locations)                                                 \
    do {                                                                                            \
        QString setUpProblem_;                                                                      \
        bool setUpSkip_ = false;                                                                    \
        if (!(locations).setUp(&setUpProblem_, &setUpSkip_)) {                                     \
            if (setUpSkip_)                                                                         \
                QSKIP(qPrintable(setUpProblem_));                                                   \
            QFAIL(qPrintable(setUpProblem_));                                                       \
        }                                                                                           \
    } while (false)

class StoreTestLocations
{
public:
    static bool wantsPostgres() { return qEnvironmentVariable("QUEUELENS_TEST_STORE") == QLatin1String("postgresql"); }

    // Starts the cluster when PostgreSQL is wanted. false: *skip (not installed outside CI) or
    // *error says why the test cannot run.
    bool setUp(QString *error, bool *skip)
    {
        *skip = false;
        if (!wantsPostgres())
            return m_dir.isValid();
        QString why;
        if (!PostgresCluster::available(&why)) {
            *skip = !PostgresCluster::required();
            *error = why;
            return false;
        }
        m_cluster = std::make_unique<PostgresCluster>();
        return m_cluster->start(error);
    }

    // A new, empty database location named after name.
    QString fresh(const QString &name)
    {
        ++m_counter;
        if (!m_cluster)
            return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(m_counter));
        QString database = QStringLiteral("%1_%2").arg(name).arg(m_counter).toLower();
        database.replace(QLatin1Char('-'), QLatin1Char('_'));
        QString error;
        if (!m_cluster->createDatabase(database, &error))
            qWarning("createdb %s: %s", qPrintable(database), qPrintable(error));
        return m_cluster->uri(database);
    }

    PostgresCluster *cluster() const { return m_cluster.get(); }

    // Another "process" that holds the store's write lock until released, through the backend's
    // own statements so both backends are locked the way TaskStore locks them.
    class WriteLock
    {
    public:
        WriteLock(const QString &location, const QString &connection)
            : m_backend(StoreBackend::forLocation(location))
            , m_connection(connection)
        {
            QString reason;
            if (!m_backend->connect(m_connection, 1000, &reason)) {
                qWarning("lock connection: %s", qPrintable(reason));
                return;
            }
            QSqlQuery query(QSqlDatabase::database(m_connection));
            m_held = true;
            for (const QString &statement : m_backend->beginWrite())
                m_held = m_held && query.exec(statement);
        }
        ~WriteLock()
        {
            release();
            QSqlDatabase::removeDatabase(m_connection);
        }
        bool isHeld() const { return m_held; }
        void release()
        {
            if (!m_held)
                return;
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
            m_held = false;
        }

    private:
        std::unique_ptr<StoreBackend> m_backend;
        QString m_connection;
        bool m_held = false;
    };

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    int m_counter = 0;
};
