// QtTest for PostgresCluster: connects by TCP and socket, survives restarts, checks passwords, leaves nothing behind.
#include "postgrescluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

#include <cstdio>
#include <cstdlib>

namespace {

const QString testDatabase = QStringLiteral("fixture_test");
// Set in the environment of the child that crashDrillLeavesNothingBehind() starts and kills.
const char crashDrillVariable[] = "QUEUELENS_POSTGRES_CRASH_DRILL";

// One QPSQL connection under a unique name, removed again when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &host, int port, const QString &database, const QString &user,
                     const QString &password = {})
        : m_name(QStringLiteral("tst_postgrescluster-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10")); // a stopped server answers at once anyway
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row; an invalid QVariant (and *error) when the query fails.
    QVariant scalar(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            if (error)
                *error = query.lastError().text();
            return {};
        }
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

#ifdef Q_OS_UNIX
// A zombie (exited, waiting for its new parent to reap it) counts as gone.
bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.size() < afterName + 3 || line.at(afterName + 2) != 'Z';
}
#endif

} // namespace

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listensOnLoopbackAndOnItsSocket();
    void connectsOverTcpAndOverTheSocket();
    void storesAndReadsRows();
    void createsAndDropsDatabases();
    void keepsDataWhenStoppedAndRestarted();
    void passwordRolesNeedTheirPassword();
    void urisReachTheServer();
    void destructionLeavesNothingBehind();
    void crashDrillLeavesNothingBehind();

private:
    ScopedConnection tcpConnection(const QString &database = testDatabase) const
    {
        return ScopedConnection(QStringLiteral("127.0.0.1"), m_cluster->port(), database, m_cluster->user());
    }
    ScopedConnection socketConnection(const QString &database = testDatabase) const
    {
        return ScopedConnection(m_cluster->socketDir(), m_cluster->port(), database, m_cluster->user());
    }

    std::unique_ptr<PostgresCluster> m_cluster;
};

// The child of crashDrillLeavesNothingBehind(): starts a cluster, reports it and dies at once.
static void runCrashDrill()
{
    auto *cluster = new PostgresCluster; // never deleted: the process dies holding it
    QString error;
    if (!cluster->start(&error)) {
        std::fprintf(stderr, "crash drill: %s\n", qPrintable(error));
        std::exit(2);
    }
    std::printf("crash drill folder=%s\ncrash drill pid=%lld\n", qPrintable(cluster->folder()),
                static_cast<long long>(cluster->postmasterPid()));
    std::fflush(stdout);
#ifdef Q_OS_UNIX
    ::raise(SIGKILL); // like ctest's timeout: no destructor, no handler, nothing
#endif
    std::abort();
}

void TestPostgresCluster::initTestCase()
{
    if (qEnvironmentVariableIsSet(crashDrillVariable))
        runCrashDrill();

    QString why;
    if (!PostgresCluster::available(&why)) {
        if (PostgresCluster::required())
            QFAIL(qPrintable(QStringLiteral("CI=true requires PostgreSQL: ") + why));
        QSKIP(qPrintable(why));
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is missing (Debian: libqt6sql6-psql)");

    m_cluster = std::make_unique<PostgresCluster>();
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    qInfo("cluster from %s started in %lld ms on port %d (server account: %s)", qPrintable(PostgresCluster::binDir()),
          static_cast<long long>(timer.elapsed()), m_cluster->port(),
          m_cluster->serverAccount().isEmpty() ? "this user" : qPrintable(m_cluster->serverAccount()));
    QVERIFY2(m_cluster->createDatabase(testDatabase, &error), qPrintable(error));
}

void TestPostgresCluster::cleanupTestCase()
{
    m_cluster.reset();
}

void TestPostgresCluster::listensOnLoopbackAndOnItsSocket()
{
    QVERIFY(m_cluster->isRunning());
    QVERIFY(m_cluster->port() > 0);
    QVERIFY(m_cluster->postmasterPid() > 0);
    QCOMPARE(m_cluster->user(), QStringLiteral("queuelens_test"));
    QVERIFY2(QFileInfo::exists(m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(m_cluster->port())),
             "the Unix socket is not in the cluster's folder");
    QVERIFY(QFileInfo(m_cluster->dataDir() + QStringLiteral("/PG_VERSION")).isFile());

#ifdef Q_OS_UNIX
    // As root the data and the server belong to the unprivileged account, never to root.
    if (::geteuid() == 0) {
        QVERIFY(!m_cluster->serverAccount().isEmpty());
        QVERIFY(QFileInfo(m_cluster->dataDir()).ownerId() != 0);
        QCOMPARE(QFileInfo(m_cluster->folder()).ownerId(), QFileInfo(m_cluster->dataDir()).ownerId());
    } else {
        QVERIFY(m_cluster->serverAccount().isEmpty());
    }
    QVERIFY(!(QFileInfo(m_cluster->folder()).permissions() & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup)));
#endif

    ScopedConnection connection = tcpConnection();
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QCOMPARE(connection.scalar(QStringLiteral("SHOW listen_addresses")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(connection.scalar(QStringLiteral("SHOW port")).toInt(), m_cluster->port());
    QCOMPARE(connection.scalar(QStringLiteral("SHOW fsync")).toString(), QStringLiteral("off"));
    QCOMPARE(connection.scalar(QStringLiteral("SELECT pg_backend_pid() <> 0 AND current_setting('server_encoding') = 'UTF8'"))
                 .toBool(),
             true);
}

void TestPostgresCluster::connectsOverTcpAndOverTheSocket()
{
    ScopedConnection overTcp = tcpConnection();
    QVERIFY2(overTcp.isOpen(), qPrintable(overTcp.error()));
    QCOMPARE(overTcp.scalar(QStringLiteral("SELECT 1")).toInt(), 1);
    QCOMPARE(overTcp.scalar(QStringLiteral("SELECT current_database()")).toString(), testDatabase);
    // inet_server_addr() tells the two transports apart: an address on TCP, NULL on a socket.
    QCOMPARE(overTcp.scalar(QStringLiteral("SELECT host(inet_server_addr())")).toString(), QStringLiteral("127.0.0.1"));

    ScopedConnection overSocket = socketConnection();
    QVERIFY2(overSocket.isOpen(), qPrintable(overSocket.error()));
    QCOMPARE(overSocket.scalar(QStringLiteral("SELECT 1")).toInt(), 1);
    QCOMPARE(overSocket.scalar(QStringLiteral("SELECT current_user")).toString(), m_cluster->user());
    QCOMPARE(overSocket.scalar(QStringLiteral("SELECT inet_server_addr() IS NULL")).toBool(), true);
}

void TestPostgresCluster::storesAndReadsRows()
{
    ScopedConnection connection = tcpConnection();
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QSqlQuery query(connection.db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE jobs (id SERIAL PRIMARY KEY, prompt TEXT NOT NULL)")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO jobs (prompt) VALUES (?)")));
    const QStringList prompts{QStringLiteral("a lighthouse"), QStringLiteral("Grüße, 你好"), QStringLiteral("it's \"quoted\"")};
    for (const QString &prompt : prompts) {
        query.addBindValue(prompt);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY2(query.exec(QStringLiteral("SELECT prompt FROM jobs ORDER BY id")), qPrintable(query.lastError().text()));
    QStringList read;
    while (query.next())
        read << query.value(0).toString();
    QCOMPARE(read, prompts);
}

void TestPostgresCluster::createsAndDropsDatabases()
{
    const QString name = QStringLiteral("scratch \"db\"");
    QString error;
    QVERIFY2(m_cluster->createDatabase(name, &error), qPrintable(error));
    QVERIFY(!m_cluster->createDatabase(name, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));

    {
        // A session still connected must not keep the database from being dropped.
        ScopedConnection connected = socketConnection(name);
        QVERIFY2(connected.isOpen(), qPrintable(connected.error()));
        QCOMPARE(connected.scalar(QStringLiteral("SELECT current_database()")).toString(), name);
        QVERIFY2(m_cluster->dropDatabase(name, &error), qPrintable(error));
        QVERIFY(!connected.scalar(QStringLiteral("SELECT 1")).isValid());
    }
    ScopedConnection afterDrop = socketConnection(name);
    QVERIFY(!afterDrop.isOpen());
    QVERIFY2(afterDrop.error().contains(QLatin1String("does not exist")), qPrintable(afterDrop.error()));
    QVERIFY2(m_cluster->dropDatabase(name, &error), qPrintable(error)); // already gone: still fine
}

void TestPostgresCluster::keepsDataWhenStoppedAndRestarted()
{
    QString error;
    const int port = m_cluster->port();
    const qint64 firstPid = m_cluster->postmasterPid();
    {
        ScopedConnection connection = tcpConnection();
        QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE survivors (name TEXT)")), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO survivors VALUES ('before stop')")),
                 qPrintable(query.lastError().text()));

        // The server goes away under an open connection ...
        QVERIFY2(m_cluster->stop(&error), qPrintable(error));
        QVERIFY(!m_cluster->isRunning());
        QCOMPARE(m_cluster->postmasterPid(), qint64(0));
        QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
    }
    ScopedConnection whileStopped = tcpConnection();
    QVERIFY(!whileStopped.isOpen());
    QVERIFY2(whileStopped.error().contains(QLatin1String("refused")), qPrintable(whileStopped.error()));

    // ... and comes back on the same port with the data.
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QCOMPARE(m_cluster->port(), port);
    QVERIFY(m_cluster->postmasterPid() != firstPid);
    {
        ScopedConnection connection = tcpConnection();
        QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
        QCOMPARE(connection.scalar(QStringLiteral("SELECT string_agg(name, ',') FROM survivors")).toString(),
                 QStringLiteral("before stop"));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO survivors VALUES ('before restart')")),
                 qPrintable(query.lastError().text()));

        const qint64 secondPid = m_cluster->postmasterPid();
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));
        qInfo("restart took %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(m_cluster->postmasterPid() != secondPid);
        QVERIFY(!query.exec(QStringLiteral("SELECT 1"))); // that session died with the old server
    }
    QCOMPARE(m_cluster->port(), port);
    ScopedConnection afterRestart = socketConnection();
    QVERIFY2(afterRestart.isOpen(), qPrintable(afterRestart.error()));
    QCOMPARE(afterRestart.scalar(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM survivors")).toString(),
             QStringLiteral("before restart,before stop"));
}

void TestPostgresCluster::passwordRolesNeedTheirPassword()
{
    const QString role = QStringLiteral("operator_a");
    const QString password = QStringLiteral("it's a \"secret\" \\ ü");
    QString error;
    QVERIFY2(m_cluster->setPassword(role, password, &error), qPrintable(error));

    const QString host = QStringLiteral("127.0.0.1");
    {
        ScopedConnection right(host, m_cluster->port(), testDatabase, role, password);
        QVERIFY2(right.isOpen(), qPrintable(right.error()));
        QCOMPARE(right.scalar(QStringLiteral("SELECT current_user")).toString(), role);
    }
    ScopedConnection wrong(host, m_cluster->port(), testDatabase, role, QStringLiteral("not it"));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.error().contains(QLatin1String("password authentication failed")), qPrintable(wrong.error()));
    ScopedConnection none(host, m_cluster->port(), testDatabase, role);
    QVERIFY(!none.isOpen());
    QVERIFY2(none.error().contains(QLatin1String("no password supplied")), qPrintable(none.error()));

    // The same role again: the password changes, the old one stops working.
    const QString newPassword = QStringLiteral("second");
    QVERIFY2(m_cluster->setPassword(role, newPassword, &error), qPrintable(error));
    ScopedConnection oldPassword(host, m_cluster->port(), testDatabase, role, password);
    QVERIFY(!oldPassword.isOpen());
    QVERIFY2(oldPassword.error().contains(QLatin1String("password authentication failed")),
             qPrintable(oldPassword.error()));
    ScopedConnection changed(host, m_cluster->port(), testDatabase, role, newPassword);
    QVERIFY2(changed.isOpen(), qPrintable(changed.error()));

    // The local socket trusts every role: tests that are not about passwords need none.
    ScopedConnection overSocket(m_cluster->socketDir(), m_cluster->port(), testDatabase, role);
    QVERIFY2(overSocket.isOpen(), qPrintable(overSocket.error()));
    QCOMPARE(overSocket.scalar(QStringLiteral("SELECT current_user")).toString(), role);
}

void TestPostgresCluster::urisReachTheServer()
{
    const QString name = QStringLiteral("queue lens/ü");
    const QString encodedName = QStringLiteral("queue%20lens%2F%C3%BC");
    const QString port = QString::number(m_cluster->port());
    QCOMPARE(m_cluster->uri(name), QStringLiteral("postgresql://queuelens_test@127.0.0.1:") + port + u'/' + encodedName);
    const QString encodedSocketDir = QString::fromLatin1(QUrl::toPercentEncoding(m_cluster->socketDir()));
    QVERIFY(encodedSocketDir.startsWith(QLatin1String("%2F")));
    QCOMPARE(m_cluster->socketUri(name), QStringLiteral("postgresql://queuelens_test@/") + encodedName
                                             + QStringLiteral("?host=") + encodedSocketDir + QStringLiteral("&port=") + port);

    // libpq itself (through psql) must read both URIs as this cluster and this database.
    QString error;
    QVERIFY2(m_cluster->createDatabase(name, &error), qPrintable(error));
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"), {PostgresCluster::binDir()});
    QVERIFY2(!psql.isEmpty(), "psql is missing next to initdb");
    const auto ask = [&](const QString &uri) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys()) {
            if (key.startsWith(QLatin1String("PG")))
                environment.remove(key);
        }
        process.setProcessEnvironment(environment);
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-c"),
                             QStringLiteral("SELECT current_database(), inet_server_addr() IS NULL"), uri});
        if (!process.waitForFinished(60'000) || process.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(ask(m_cluster->uri(name)), name + QStringLiteral("|f"));
    QCOMPARE(ask(m_cluster->socketUri(name)), name + QStringLiteral("|t"));
    QVERIFY2(m_cluster->dropDatabase(name, &error), qPrintable(error));
}

void TestPostgresCluster::destructionLeavesNothingBehind()
{
    auto cluster = std::make_unique<PostgresCluster>();
    QString error;
    QVERIFY2(cluster->start(&error), qPrintable(error));
    const QString folder = cluster->folder();
    const QString socketDir = cluster->socketDir();
    const int port = cluster->port();
    const qint64 pid = cluster->postmasterPid();

    ScopedConnection stillOpen(QStringLiteral("127.0.0.1"), port, QStringLiteral("postgres"), cluster->user());
    QVERIFY2(stillOpen.isOpen(), qPrintable(stillOpen.error()));
    QCOMPARE(stillOpen.scalar(QStringLiteral("SELECT 1")).toInt(), 1);

    cluster.reset(); // with a client still connected

    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
#ifdef Q_OS_UNIX
    QTRY_VERIFY2(!processAlive(pid), "the postmaster outlived the fixture");
#endif
    QVERIFY(!stillOpen.scalar(QStringLiteral("SELECT 1")).isValid());
    ScopedConnection overTcp(QStringLiteral("127.0.0.1"), port, QStringLiteral("postgres"), QStringLiteral("queuelens_test"));
    QVERIFY(!overTcp.isOpen());
    ScopedConnection overSocket(socketDir, port, QStringLiteral("postgres"), QStringLiteral("queuelens_test"));
    QVERIFY(!overSocket.isOpen());
}

void TestPostgresCluster::crashDrillLeavesNothingBehind()
{
#ifndef Q_OS_UNIX
    QSKIP("The watchdog is Unix only.");
#else
    // A child test process starts a cluster and is killed with SIGKILL; the watchdog cleans up.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(crashDrillVariable), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    // initTestCase() runs the drill before any test function, so this name only keeps the run short.
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("crashDrillLeavesNothingBehind")});
    QVERIFY2(child.waitForFinished(120'000), "the crash drill did not finish");
    const QString childErrors = QString::fromLocal8Bit(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::CrashExit, qPrintable(childErrors));
    QString folder;
    qint64 pid = 0;
    const QStringList report = QString::fromLocal8Bit(child.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : report) {
        if (line.startsWith(QLatin1String("crash drill folder=")))
            folder = line.section(QLatin1Char('='), 1);
        else if (line.startsWith(QLatin1String("crash drill pid=")))
            pid = line.section(QLatin1Char('='), 1).toLongLong();
    }
    QVERIFY2(!folder.isEmpty() && pid > 0, qPrintable(childErrors));

    QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(pid), "the postmaster outlived the crashed test", 30'000);
    QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(folder), qPrintable(folder + QStringLiteral(" was left behind")), 30'000);
#endif
}

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
