// PostgresCluster: a throwaway PostgreSQL server for tests, in a temporary folder, removed afterwards.
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

// One private cluster: initdb into a QTemporaryDir, served on 127.0.0.1:<free port> and on a
// Unix socket in that folder. The superuser "queuelens_test" needs no password (socket, or TCP
// as that user); every other role must log in over TCP with its password (scram-sha-256).
//
// When the test runs as root the server programs run as the "postgres" account (else
// "nobody"), because PostgreSQL refuses to run as root. Nothing outlives the fixture: the
// destructor stops the server and removes the folder, and a detached watchdog does the same if
// the test process dies without running it.
class PostgresCluster;

// In a QtTest function: starts the cluster, or skips the test when PostgreSQL is not installed
// (fails instead in CI, where it must be).
#define QUEUELENS_START_POSTGRES(cluster)                                                           \
    do {                                                                                            \
        QString postgresProblem_;                                                                   \
        if (!PostgresCluster::available(&postgresProblem_)) {                                       \
            if (!PostgresCluster::required())                                                       \
                QSKIP(qPrintable(postgresProblem_));                                                \
            QFAIL(qPrintable(postgresProblem_));                                                    \
        }                                                                                           \
        QVERIFY2((cluster).start(&postgresProblem_), qPrintable(postgresProblem_));                 \
    } while (false)

class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Folder of initdb and pg_ctl: $QUEUELENS_PG_BIN, else /usr/lib/postgresql/<highest>/bin,
    // else `pg_config --bindir`, else wherever initdb is on PATH. Empty when none is found.
    static QString binDir();
    // Whether the server programs are installed; *why says what is missing when they are not.
    static bool available(QString *why = nullptr);
    // True in CI (CI=true): a missing server must fail the test there instead of skipping it.
    static bool required();

    // initdb (first time only) and pg_ctl start -w; on failure *error ends with the log's tail.
    bool start(QString *error = nullptr);
    // pg_ctl stop -m fast -w; the data stays, so start() or restart() brings it back.
    bool stop(QString *error = nullptr);
    // stop() then start() on the same port and folder: a server that goes away and comes back.
    bool restart(QString *error = nullptr);
    bool isRunning() const;

    // Run as the superuser over the socket, through Qt's QPSQL driver.
    bool createDatabase(const QString &name, QString *error = nullptr);
    bool dropDatabase(const QString &name, QString *error = nullptr); // also ends its sessions
    // Creates the login role if needed and sets its password (stored as scram-sha-256).
    bool setPassword(const QString &user, const QString &password, QString *error = nullptr);

    QString folder() const;    // the temporary folder; gone once the fixture is destroyed
    QString dataDir() const;
    QString socketDir() const; // holds .s.PGSQL.<port>
    QString logFile() const;   // the tools' output and the server's log
    int port() const;          // 0 until the first start()
    QString user() const;      // "queuelens_test"
    qint64 postmasterPid() const; // 0 while stopped
    QString serverAccount() const; // the OS account the server runs as ("" when not root)

    // libpq URIs: over TCP, and over the Unix socket (host= and port= query parameters).
    QString uri(const QString &database) const;
    QString socketUri(const QString &database) const;

    QString logTail(int lines = 30) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
