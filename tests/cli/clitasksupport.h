#pragma once

// Shared by tst_cli_tasks and tst_cli_crashdrill: a queuelens-sandbox child process with its
// admin API, and runs of the real queuelens-cli executable.

#include "testtimescale.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace CliTest {

// A key that must never show up in any output or in the database files.
inline const QString SecretKey = QStringLiteral("sk-cli-test-9f2c4e7a-SECRET");

inline QProcessEnvironment cliEnvironment(bool withKey = true)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("QUEUELENS_API_KEY"));
    // Short leases: a killed process's tasks are adopted within seconds, keeping drills quick.
    environment.insert(QStringLiteral("QUEUELENS_LEASE_SECONDS"), QStringLiteral("3"));
    // Result files stay out of the user's Pictures folder.
    environment.insert(QStringLiteral("QUEUELENS_RESULTS_FOLDER"), QDir::temp().filePath(QStringLiteral("queuelens-cli-test-results")));
    if (withKey)
        environment.insert(QStringLiteral("QUEUELENS_API_KEY"), SecretKey);
    return environment;
}

struct CliRun
{
    int exitCode = -1;   // -1: crashed or did not finish in time
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err; }
};

// Runs a program to its end (killed after timeoutMs: exit code -1).
inline CliRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                         int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = "could not start " + program.toUtf8() + ": " + process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(scaledTimeoutMs(timeoutMs))) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.elapsedMs = clock.elapsed();
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = cliEnvironment(),
                     int timeoutMs = 30000)
{
    return runProgram(QStringLiteral(QUEUELENS_CLI), arguments, environment, timeoutMs);
}

// UTF-8, Base64 and UTF-16 (how SQLite may store text) spellings of the key.
inline bool containsSecret(const QByteArray &bytes)
{
    const QByteArray utf8 = SecretKey.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(SecretKey.utf16()), SecretKey.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf8.toBase64()) || bytes.contains(utf16);
}

// The database and its WAL/SHM companions, as raw bytes.
inline QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

inline bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

// queuelens-sandbox --port 0 as a child process.
class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    bool start()
    {
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process->setProcessEnvironment(environment);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(QUEUELENS_SANDBOX), {QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        QByteArray buffer;
        while (m_bases.size() < 5 && clock.elapsed() < 15000) {
            if (!m_process->waitForReadyRead(500) && m_process->state() != QProcess::Running)
                return false;
            buffer += m_process->readAllStandardOutput();
            for (const QByteArray &line : buffer.split('\n')) {
                const QList<QByteArray> parts = line.trimmed().split(' ');
                if (parts.size() == 2 && parts.at(1).startsWith("http://"))
                    m_bases.insert(QString::fromUtf8(parts.at(0)), QUrl(QString::fromUtf8(parts.at(1))));
            }
        }
        if (m_bases.size() < 5)
            return false;
        QUrl origin = m_bases.value(QStringLiteral("vidu"));
        origin.setPath(QString());
        m_origin = origin;
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    QString baseUrl(const QString &provider) const { return m_bases.value(provider).toString(); }

    // One admin call; the answer's JSON object (empty on failure).
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const
    {
        QNetworkAccessManager manager;
        QUrl url = m_origin;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(QStringLiteral("/__sandbox/") + (query >= 0 ? path.left(query) : path));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = manager.sendCustomRequest(request, method,
                                                         body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArray();
        reply->deleteLater();
        return QJsonDocument::fromJson(answer).object();
    }

    void reset() const { admin("POST", QStringLiteral("reset")); }
    // Lets tasks held by "stuck" carry on; how many were held (-1 when the call failed).
    int releaseStuckTasks() const
    {
        return admin("POST", QStringLiteral("release")).value(QLatin1String("released")).toInt(-1);
    }

    // POST requests to a provider's submit routes (everything but cancel calls), any outcome.
    int submitRequests(const QString &provider) const
    {
        int count = 0;
        const QJsonArray rows = admin("GET", QStringLiteral("counters")).value(QLatin1String("counters")).toArray();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString route = row.value(QLatin1String("route")).toString();
            if (row.value(QLatin1String("method")).toString() == QLatin1String("POST")
                && route.startsWith(QLatin1Char('/') + provider + QLatin1Char('/')) && !route.endsWith(QLatin1String("/cancel")))
                count += row.value(QLatin1String("count")).toInt();
        }
        return count;
    }

    // Tasks the sandbox holds for a provider.
    int taskCount(const QString &provider) const
    {
        return int(admin("GET", QStringLiteral("tasks?provider=") + provider).value(QLatin1String("tasks")).toArray().size());
    }

private:
    std::unique_ptr<QProcess> m_process;
    QHash<QString, QUrl> m_bases;
    QUrl m_origin;
};

// Model and kind the sandbox accepts for each provider.
struct ProviderCase
{
    QString provider;
    QString model;
    QString kind;
};

inline QList<ProviderCase> providerCases()
{
    return {
        {QStringLiteral("seaart"), QStringLiteral("nano_banana_2"), QStringLiteral("image")},
        {QStringLiteral("foxapi"), QStringLiteral("wan-2.7-image"), QStringLiteral("image")},
        {QStringLiteral("newapi"), QStringLiteral("sora-2"), QStringLiteral("video")},
        {QStringLiteral("llmapi"), QStringLiteral("gpt-image-2"), QStringLiteral("image")},
        {QStringLiteral("vidu"), QStringLiteral("viduq1"), QStringLiteral("text2video")},
    };
}

inline ProviderCase providerCase(const QString &provider)
{
    for (const ProviderCase &c : providerCases()) {
        if (c.provider == provider)
            return c;
    }
    return {};
}

// "submit" arguments for a provider of the sandbox, with a scenario directive in the prompt.
inline QStringList submitArguments(const SandboxProcess &sandbox, const QString &database, const QString &provider,
                                   const QString &scenario, const QStringList &extra = {})
{
    const ProviderCase c = providerCase(provider);
    QStringList arguments{QStringLiteral("submit"), QStringLiteral("--provider"), provider,
                          QStringLiteral("--base-url"), sandbox.baseUrl(provider),
                          QStringLiteral("--model"), c.model,
                          QStringLiteral("--kind"), c.kind,
                          QStringLiteral("--prompt"), QStringLiteral("a red fox [sandbox v1: %1]").arg(scenario),
                          QStringLiteral("--poll-interval"), QStringLiteral("150"),
                          QStringLiteral("--db"), database};
    return arguments + extra;
}

} // namespace CliTest
