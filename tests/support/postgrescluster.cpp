// Starts, stops and always cleans up the throwaway PostgreSQL cluster of PostgresCluster.
#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QVersionNumber>

#include <functional>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace {

constexpr int toolTimeoutMs = 60'000;
// pg_ctl's own wait (-t, seconds) stays below the QProcess timeout so pg_ctl reports it first.
const QString pgCtlWaitSeconds = QStringLiteral("50");
const QString superuserName = QStringLiteral("queuelens_test");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString toolPath(const QString &binDir, const QString &name)
{
    return binDir.isEmpty() ? QString() : QStandardPaths::findExecutable(name, {binDir});
}

// The tools must not pick up a developer's PGDATA, PGHOST, ... and should speak English, so
// that errors and the log read the same everywhere.
QProcessEnvironment toolEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return environment;
}

// pg_ctl hands -o to /bin/sh, so paths inside it need shell quoting.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Valid with standard_conforming_strings = on, PostgreSQL's default since 9.1.
QString quotedLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

// Binding port 0 lets the kernel pick a port nobody uses right now; the server takes it over
// moments later (start() retries with another port in the rare case someone was quicker).
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

#ifdef Q_OS_UNIX
struct ServerAccount
{
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
};

// PostgreSQL refuses to run as root: prefer Debian's "postgres" account, else "nobody".
std::optional<ServerAccount> serverAccountForRoot()
{
    if (::geteuid() != 0)
        return std::nullopt;
    for (const char *candidate : {"postgres", "nobody"}) {
        if (const passwd *entry = ::getpwnam(candidate))
            return ServerAccount{QString::fromLocal8Bit(candidate), entry->pw_uid, entry->pw_gid};
    }
    return std::nullopt;
}

// Looks beyond PATH too: root's PATH does not always include the sbin folders.
QString systemTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return path;
}

// A zombie (exited, not yet reaped by its new parent) counts as gone.
bool processAlive(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true; // no /proc (macOS): kill() is all we know
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.size() < afterName + 3 || line.at(afterName + 2) != 'Z';
}

// Guards a pid from a stale file or from memory against reuse by an unrelated process (Linux;
// elsewhere a live pid is trusted).
bool isPostgresProcess(qint64 pid)
{
    if (!processAlive(pid))
        return false;
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return !commandLine.open(QIODevice::ReadOnly) || commandLine.readAll().contains("postgres");
}

// Every folder above the cluster's must let the server account pass, or it cannot reach its data.
bool traversableBy(const QString &folder, const ServerAccount &account, QString *blocker)
{
    QString current = QFileInfo(folder).canonicalFilePath();
    for (;;) {
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            return true;
        current = parent;
        struct stat info = {};
        if (::stat(QFile::encodeName(current).constData(), &info) != 0) {
            *blocker = current;
            return false;
        }
        const bool passes = (info.st_mode & S_IXOTH) || (info.st_uid == account.uid && (info.st_mode & S_IXUSR))
                            || (info.st_gid == account.gid && (info.st_mode & S_IXGRP));
        if (!passes) {
            *blocker = current;
            return false;
        }
    }
}
#endif

} // namespace

struct PostgresCluster::Private
{
    QString binDir = PostgresCluster::binDir();
    std::unique_ptr<QTemporaryDir> folder;
    bool initialized = false;
    bool running = false;
    int port = 0;
    qint64 postmasterPid = 0;
#ifdef Q_OS_UNIX
    std::optional<ServerAccount> account = serverAccountForRoot();
    int watchdogPipe = -1; // write end; its closing (however this process ends) wakes the watchdog
#endif

    QString path(const QString &name) const { return folder ? folder->filePath(name) : QString(); }
    QString dataDir() const { return path(QStringLiteral("data")); }
    QString logFile() const { return path(QStringLiteral("postgres.log")); }
    QString pgCtl() const { return toolPath(binDir, QStringLiteral("pg_ctl")); }

    QStringList asServerAccount(const QStringList &command) const;
    bool giveToServerAccount(const QString &path, QString *problem) const;
    void appendToLog(const QString &text) const;
    QString logTail(int lines) const;
    bool runTool(const QString &step, const QStringList &command, QString *error) const;

    bool createFolder(QString *error);
    bool initCluster(QString *error);
    bool startServer(QString *error);
    bool stopServer(const QString &mode, QString *error);
    qint64 pidFromPidFile() const;
    void killLeftoverPostmaster() const;
    void startWatchdog();
    void releaseWatchdog();

    bool asSuperuser(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error) const;
};

QStringList PostgresCluster::Private::asServerAccount(const QStringList &command) const
{
#ifdef Q_OS_UNIX
    if (account) {
        // runuser is plain util-linux on Debian; setpriv does the same without a PAM session.
        const QString runuser = systemTool(QStringLiteral("runuser"));
        if (!runuser.isEmpty())
            return QStringList{runuser, QStringLiteral("-u"), account->name, QStringLiteral("--")} + command;
        const QString setpriv = systemTool(QStringLiteral("setpriv"));
        if (!setpriv.isEmpty())
            return QStringList{setpriv,
                               QStringLiteral("--reuid=%1").arg(account->uid),
                               QStringLiteral("--regid=%1").arg(account->gid),
                               QStringLiteral("--init-groups"),
                               QStringLiteral("--")}
                   + command;
    }
#endif
    return command;
}

bool PostgresCluster::Private::giveToServerAccount(const QString &path, QString *problem) const
{
#ifdef Q_OS_UNIX
    if (account && ::chown(QFile::encodeName(path).constData(), account->uid, account->gid) != 0) {
        *problem = QStringLiteral("chown %1 to %2 failed: %3").arg(path, account->name, qt_error_string(errno));
        return false;
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(problem)
#endif
    return true;
}

void PostgresCluster::Private::appendToLog(const QString &text) const
{
    QFile log(logFile());
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(text.toUtf8());
}

QString PostgresCluster::Private::logTail(int lines) const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return lastLines(QString::fromUtf8(log.readAll()), lines);
}

bool PostgresCluster::Private::runTool(const QString &step, const QStringList &command, QString *error) const
{
    const QStringList fullCommand = asServerAccount(command);
    appendToLog(QLatin1String("$ ") + fullCommand.join(QLatin1Char(' ')) + QLatin1Char('\n'));

    QProcess process;
    process.setProcessEnvironment(toolEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // The server account may not be able to enter the test's working directory.
    if (folder)
        process.setWorkingDirectory(folder->path());
    process.start(fullCommand.first(), fullCommand.mid(1));

    QString problem;
    if (!process.waitForStarted(toolTimeoutMs)) {
        problem = process.errorString();
    } else if (!process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(toolTimeoutMs);
        problem = QStringLiteral("no answer within %1 s").arg(toolTimeoutMs / 1000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        problem = QStringLiteral("it crashed");
    } else if (process.exitCode() != 0) {
        problem = QStringLiteral("exit code %1").arg(process.exitCode());
    }
    appendToLog(QString::fromLocal8Bit(process.readAll()));
    if (problem.isEmpty())
        return true;
    appendToLog(QStringLiteral("(%1 failed: %2)\n").arg(step, problem));
    return fail(error, QStringLiteral("%1 failed (%2). Last lines of %3:\n%4").arg(step, problem, logFile(), logTail(30)));
}

bool PostgresCluster::Private::createFolder(QString *error)
{
    QStringList bases{QDir::tempPath()};
#ifdef Q_OS_UNIX
    // Fallback for a TMPDIR that is too deep for a socket path or closed to the server account.
    if (!bases.contains(QLatin1String("/tmp")))
        bases << QStringLiteral("/tmp");
#endif
    QStringList problems;
    for (const QString &base : std::as_const(bases)) {
        auto candidate = std::make_unique<QTemporaryDir>(base + QLatin1String("/queuelens-pg-XXXXXX"));
        if (!candidate->isValid()) {
            problems << QStringLiteral("%1: %2").arg(base, candidate->errorString());
            continue;
        }
#ifdef Q_OS_UNIX
        // The server's socket is <folder>/.s.PGSQL.<port>, which has to fit in sockaddr_un.
        const qsizetype socketPathLength = QFile::encodeName(candidate->path()).size() + qsizetype(sizeof("/.s.PGSQL.65535"));
        if (socketPathLength > qsizetype(sizeof(sockaddr_un::sun_path))) {
            problems << QStringLiteral("%1: too long for a Unix socket path").arg(candidate->path());
            continue;
        }
        if (account) {
            QString problem;
            QString blocker;
            if (!giveToServerAccount(candidate->path(), &problem)) {
                problems << problem;
                continue;
            }
            if (!traversableBy(candidate->path(), *account, &blocker)) {
                problems << QStringLiteral("%1 cannot be entered by %2").arg(blocker, account->name);
                continue;
            }
        }
        // Only the server account (and root) may use the socket and the data.
        ::chmod(QFile::encodeName(candidate->path()).constData(), 0700);
#endif
        folder = std::move(candidate);
        return true;
    }
    return fail(error, QStringLiteral("Could not create a folder for the cluster: %1").arg(problems.join(QLatin1String("; "))));
}

bool PostgresCluster::Private::initCluster(QString *error)
{
    // Created here so that the server account owns it: pg_ctl -l appends to it as that account.
    QFile log(logFile());
    QString problem;
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append) || !giveToServerAccount(logFile(), &problem))
        return fail(error, QStringLiteral("Could not create %1: %2").arg(logFile(), problem.isEmpty() ? log.errorString() : problem));
    log.close();

    // --no-sync and the C locale keep initdb to about a second and make sorting and messages
    // the same on every machine.
    if (!runTool(QStringLiteral("initdb"),
                 {toolPath(binDir, QStringLiteral("initdb")), QStringLiteral("-D"), dataDir(), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-U"), superuserName, QStringLiteral("--no-sync"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 error)) {
        QDir(dataDir()).removeRecursively(); // so that another start() can run initdb again
        return false;
    }

    // Truncating keeps initdb's file, owned by the server account; a new file would be root's.
    QFile hba(dataDir() + QLatin1String("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return fail(error, QStringLiteral("Could not write %1: %2").arg(hba.fileName(), hba.errorString()));
    hba.write(QStringLiteral(
                  "# Written by the QueueLens test fixture (PostgresCluster).\n"
                  "# The superuser never needs a password; every other role logs in over TCP with its password.\n"
                  "local  all  all                 trust\n"
                  "host   all  %1  127.0.0.1/32    trust\n"
                  "host   all  %1  ::1/128         trust\n"
                  "host   all  all  127.0.0.1/32   scram-sha-256\n"
                  "host   all  all  ::1/128        scram-sha-256\n")
                  .arg(superuserName)
                  .toUtf8());
    if (!hba.flush())
        return fail(error, QStringLiteral("Could not write %1: %2").arg(hba.fileName(), hba.errorString()));
    initialized = true;
    return true;
}

bool PostgresCluster::Private::startServer(QString *error)
{
    const QString options = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off")
                                .arg(shellQuoted(folder->path()), QString::number(port));
    if (!runTool(QStringLiteral("pg_ctl start"),
                 {pgCtl(), QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), pgCtlWaitSeconds,
                  QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(), QStringLiteral("-o"), options},
                 error)) {
        // pg_ctl gives up waiting but leaves a slow postmaster running: do not leave it behind.
        killLeftoverPostmaster();
        return false;
    }
    postmasterPid = pidFromPidFile();
    running = true;
    return true;
}

bool PostgresCluster::Private::stopServer(const QString &mode, QString *error)
{
    const bool stopped = runTool(QStringLiteral("pg_ctl stop"),
                                 {pgCtl(), QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                  mode, QStringLiteral("-w"), QStringLiteral("-t"), pgCtlWaitSeconds},
                                 error);
    if (!stopped)
        killLeftoverPostmaster();
    running = false;
    postmasterPid = 0;
    return stopped;
}

// The postmaster writes its pid on the first line of postmaster.pid and removes the file when
// it exits cleanly, so a file naming a live process means the server is still up.
qint64 PostgresCluster::Private::pidFromPidFile() const
{
    QFile pidFile(dataDir() + QLatin1String("/postmaster.pid"));
    if (!folder || !pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

void PostgresCluster::Private::killLeftoverPostmaster() const
{
#ifdef Q_OS_UNIX
    // The pid file is the authority; the pid remembered at start covers a damaged or missing file.
    qint64 pid = pidFromPidFile();
    if (!isPostgresProcess(pid))
        pid = postmasterPid;
    if (!isPostgresProcess(pid))
        return;
    // pg_ctl starts the postmaster in a session of its own, so its group holds all its backends.
    if (::getpgid(pid_t(pid)) == pid_t(pid))
        ::kill(-pid_t(pid), SIGKILL);
    else
        ::kill(pid_t(pid), SIGKILL);
    appendToLog(QStringLiteral("(killed the postmaster, pid %1)\n").arg(pid));
#endif
}

// If this process dies without running the destructor (crash, abort, ctest's timeout kill),
// the kernel closes the pipe's write end; the watchdog, detached so that nothing kills it
// along with the test, then stops the server and removes the folder.
void PostgresCluster::Private::startWatchdog()
{
#ifdef Q_OS_UNIX
    int ends[2];
    if (::pipe(ends) != 0)
        return; // the destructor still cleans up; only a crash would leave things behind
    ::fcntl(ends[1], F_SETFD, FD_CLOEXEC); // no child but the watchdog may hold the pipe open
    static const QString script = QStringLiteral(R"(
cat "/dev/fd/$1" >/dev/null 2>&1 || exit 0 # cannot watch: better do nothing than stop too early
pg_ctl=$2 data=$3 folder=$4
shift 4
if [ -f "$data/postmaster.pid" ]; then
    "$@" "$pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null)
    [ -n "$pid" ] && { kill -KILL "-$pid" || kill -KILL "$pid"; } 2>/dev/null
fi
[ -n "$folder" ] && rm -rf -- "$folder"
)");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments(QStringList{QStringLiteral("-c"), script, QStringLiteral("queuelens-pg-watchdog"),
                                      QString::number(ends[0]), pgCtl(), dataDir(), folder->path()}
                          + asServerAccount({}));
    watchdog.setProcessEnvironment(toolEnvironment());
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    // Holding the test's stdout would keep ctest waiting for its output to end.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    const bool started = watchdog.startDetached();
    ::close(ends[0]);
    if (started)
        watchdogPipe = ends[1];
    else
        ::close(ends[1]);
#endif
}

void PostgresCluster::Private::releaseWatchdog()
{
#ifdef Q_OS_UNIX
    // Everything is already cleaned up, so the watchdog finds nothing to do and exits.
    if (watchdogPipe >= 0)
        ::close(watchdogPipe);
    watchdogPipe = -1;
#endif
}

bool PostgresCluster::Private::asSuperuser(const std::function<bool(QSqlDatabase &, QString *)> &work,
                                           QString *error) const
{
    if (!running)
        return fail(error, QStringLiteral("The cluster is not running."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(error, QStringLiteral("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)."));
    const QString connectionName =
        QStringLiteral("queuelens-test-postgres-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(folder->path());
        db.setPort(port);
        db.setUserName(superuserName);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open())
            done = work(db, error);
        else
            fail(error, QStringLiteral("Could not connect as %1: %2").arg(superuserName, db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return done;
}

namespace {
bool execute(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    return fail(error, query.lastError().text());
}
} // namespace

PostgresCluster::PostgresCluster()
    : d(std::make_unique<Private>())
{
}

PostgresCluster::~PostgresCluster()
{
    if (d->running)
        d->stopServer(QStringLiteral("immediate"), nullptr); // kills the postmaster if pg_ctl fails
    else
        d->killLeftoverPostmaster();
    d->folder.reset(); // QTemporaryDir removes the folder
    d->releaseWatchdog();
}

QString PostgresCluster::binDir()
{
    const QString fromEnvironment = qEnvironmentVariable("QUEUELENS_PG_BIN");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);

    // Debian and Ubuntu: one folder per major version, not on PATH; the newest wins.
    const QDir debianRoot(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber newest;
    QString newestBin;
    const QStringList versions = debianRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : versions) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString bin = debianRoot.filePath(entry + QLatin1String("/bin"));
        if (!version.isNull() && version > newest && !toolPath(bin, QStringLiteral("initdb")).isEmpty()) {
            newest = version;
            newestBin = bin;
        }
    }
    if (!newestBin.isEmpty())
        return newestBin;

    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(toolTimeoutMs) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0) {
            const QString bin = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            if (!toolPath(bin, QStringLiteral("initdb")).isEmpty())
                return bin;
        }
    }
    // Resolve links such as /usr/local/bin/initdb: pg_ctl must find postgres next to itself.
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
}

bool PostgresCluster::available(QString *why)
{
    const QString bin = binDir();
    if (bin.isEmpty())
        return fail(why, QStringLiteral("PostgreSQL server programs (initdb, pg_ctl) were not found: install the "
                                        "server (Debian: apt install postgresql) or set QUEUELENS_PG_BIN."));
    QStringList missing;
    for (const QString &name : {QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("postgres")}) {
        if (toolPath(bin, name).isEmpty())
            missing << name;
    }
    if (!missing.isEmpty())
        return fail(why, QStringLiteral("%1 not found in %2 (QUEUELENS_PG_BIN or the PostgreSQL installation).")
                             .arg(missing.join(QLatin1String(", ")), bin));
    return true;
}

bool PostgresCluster::required()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

bool PostgresCluster::start(QString *error)
{
    if (d->running)
        return true;
    QString why;
    if (!available(&why))
        return fail(error, why);
#ifdef Q_OS_UNIX
    if (::geteuid() == 0 && !d->account)
        return fail(error, QStringLiteral("Running as root, but there is neither a postgres nor a nobody account "
                                          "to run the server as."));
    if (d->account && d->asServerAccount({}).isEmpty())
        return fail(error, QStringLiteral("Running as root, but neither runuser nor setpriv was found."));
#endif
    if (!d->folder) {
        if (!d->createFolder(error))
            return false;
        d->startWatchdog();
    }
    if (!d->initialized && !d->initCluster(error))
        return false;

    if (d->port != 0)
        return d->startServer(error); // restart: the same port, as clients remember it
    for (int attempt = 0; attempt < 3; ++attempt) {
        d->port = freeLoopbackPort();
        if (d->port == 0)
            return fail(error, QStringLiteral("Could not find a free TCP port on 127.0.0.1."));
        if (d->startServer(error))
            return true;
        const QString tail = d->logTail(15);
        if (!tail.contains(QLatin1String("could not bind")) && !tail.contains(QLatin1String("Address already in use")))
            return false;
    }
    return false;
}

bool PostgresCluster::stop(QString *error)
{
    if (!d->running)
        return true;
    return d->stopServer(QStringLiteral("fast"), error);
}

bool PostgresCluster::restart(QString *error)
{
    if (!stop(error))
        return false;
    return start(error);
}

bool PostgresCluster::isRunning() const
{
    return d->running;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error)
{
    return d->asSuperuser(
        [&](QSqlDatabase &db, QString *failure) {
            return execute(db, QLatin1String("CREATE DATABASE ") + quotedIdentifier(name), failure);
        },
        error);
}

bool PostgresCluster::dropDatabase(const QString &name, QString *error)
{
    // FORCE (PostgreSQL 13+) ends the sessions still connected, which tests often leave behind.
    return d->asSuperuser(
        [&](QSqlDatabase &db, QString *failure) {
            return execute(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quotedIdentifier(name)),
                           failure);
        },
        error);
}

bool PostgresCluster::setPassword(const QString &user, const QString &password, QString *error)
{
    if (password.contains(QChar(0)))
        return fail(error, QStringLiteral("A PostgreSQL password cannot contain a NUL character."));
    return d->asSuperuser(
        [&](QSqlDatabase &db, QString *failure) {
            QSqlQuery roleExists(db);
            roleExists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
            roleExists.addBindValue(user);
            if (!roleExists.exec())
                return fail(failure, roleExists.lastError().text());
            const QString verb = roleExists.next() ? QStringLiteral("ALTER") : QStringLiteral("CREATE");
            // PostgreSQL 13 and older hash with md5 by default, which scram-sha-256 in pg_hba.conf refuses.
            return execute(db, QStringLiteral("SET password_encryption = 'scram-sha-256'"), failure)
                   && execute(db,
                              QStringLiteral("%1 ROLE %2 LOGIN PASSWORD %3")
                                  .arg(verb, quotedIdentifier(user), quotedLiteral(password)),
                              failure);
        },
        error);
}

QString PostgresCluster::folder() const
{
    return d->folder ? d->folder->path() : QString();
}

QString PostgresCluster::dataDir() const
{
    return d->dataDir();
}

QString PostgresCluster::socketDir() const
{
    return folder();
}

QString PostgresCluster::logFile() const
{
    return d->logFile();
}

int PostgresCluster::port() const
{
    return d->port;
}

QString PostgresCluster::user() const
{
    return superuserName;
}

qint64 PostgresCluster::postmasterPid() const
{
    return d->postmasterPid;
}

QString PostgresCluster::serverAccount() const
{
#ifdef Q_OS_UNIX
    if (d->account)
        return d->account->name;
#endif
    return {};
}

QString PostgresCluster::uri(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user(), QString::number(d->port), percentEncoded(database));
}

// The socket file is named after the port, so the URI has to carry the port as well.
QString PostgresCluster::socketUri(const QString &database) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(user(), percentEncoded(database), percentEncoded(socketDir()), QString::number(d->port));
}

QString PostgresCluster::logTail(int lines) const
{
    return d->logTail(lines);
}
