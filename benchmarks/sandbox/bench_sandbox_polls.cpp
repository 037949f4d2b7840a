// bench_sandbox_polls: how many status polls per second the sandbox serves.
//
// Starts a SandboxServer on its own thread (so the load generator does not steal its event
// loop), submits one long-running task, then keeps N polls in flight with QNetworkAccessManager
// for a fixed time or request count and prints requests/s and latency percentiles.
// With --url it loads an already running sandbox instead (e.g. queuelens-sandbox --port 8077).
// Loopback only: any other host is refused.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options
{
    QUrl origin;          // empty: in-process sandbox
    QString provider = QStringLiteral("foxapi");
    int connections = 32;
    int seconds = 5;
    qint64 maxRequests = 0;   // 0: until the time is up
};

// The poll path and auth header of one long-running task, per provider.
struct Target
{
    QByteArray auth;
    QString submitPath;
    QJsonObject body;
    QString pollPrefix;   // + id (+ suffix)
    QString pollSuffix;
    QString idField;
};

Target targetFor(const QString &provider)
{
    const QString prompt = QStringLiteral("benchmark [sandbox v1: queue=1h run=1h]");
    if (provider == QLatin1String("seaart"))
        return {"Key bench", QStringLiteral("/v1/queue/nano_banana_2"), {{QStringLiteral("prompt"), prompt}},
                QStringLiteral("/v1/queue/nano_banana_2/requests/"), QStringLiteral("/status"), QStringLiteral("request_id")};
    if (provider == QLatin1String("newapi"))
        return {"Bearer bench", QStringLiteral("/v1/videos"), {{QStringLiteral("model"), QStringLiteral("sora-2")}, {QStringLiteral("prompt"), prompt}},
                QStringLiteral("/v1/videos/"), QString(), QStringLiteral("id")};
    if (provider == QLatin1String("llmapi"))
        return {"Bearer bench", QStringLiteral("/v1/images/tasks"), {{QStringLiteral("prompt"), prompt}},
                QStringLiteral("/v1/images/tasks/"), QString(), QStringLiteral("id")};
    if (provider == QLatin1String("vidu"))
        return {"Token bench", QStringLiteral("/ent/v2/text2video"), {{QStringLiteral("model"), QStringLiteral("viduq1")}, {QStringLiteral("prompt"), prompt}},
                QStringLiteral("/ent/v2/tasks/"), QStringLiteral("/creations"), QStringLiteral("task_id")};
    return {"Bearer bench", QStringLiteral("/v1/images/generations"), {{QStringLiteral("model"), QStringLiteral("wan-2.7-image")}, {QStringLiteral("prompt"), prompt}},
            QStringLiteral("/v1/tasks/"), QString(), QStringLiteral("id")};
}

// Runs the sandbox on a thread of its own and hands back its origin.
class SandboxThread
{
public:
    QUrl start()
    {
        QSemaphore ready;
        QUrl origin;
        m_thread.start();
        QObject context;
        context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&context, [&] {
            m_server = new SandboxServer;
            if (m_server->start())
                origin = m_server->origin();
            ready.release();
        });
        ready.acquire();
        return origin;
    }
    quint64 requestsServed(const QString &method, const QString &route)
    {
        quint64 count = 0;
        QMetaObject::invokeMethod(m_server, [&] { count = m_server->requestCount(method, route); }, Qt::BlockingQueuedConnection);
        return count;
    }
    ~SandboxThread()
    {
        if (m_server)
            QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
};

class LoadGenerator : public QObject
{
public:
    LoadGenerator(const Options &options, const QUrl &pollUrl, const QByteArray &auth)
        : m_options(options)
        , m_pollUrl(pollUrl)
        , m_auth(auth)
    {
        // QNetworkAccessManager opens at most six connections per host: use enough managers.
        const int managers = (options.connections + 5) / 6;
        for (int i = 0; i < managers; ++i)
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        m_latenciesUs.reserve(1 << 20);
    }

    void run()
    {
        m_clock.start();
        for (int i = 0; i < m_options.connections; ++i)
            send(i);
        QTimer::singleShot(m_options.seconds * 1000, this, [this] { m_stopping = true; });
    }

    bool finished() const { return m_stopping && m_inFlight == 0; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    const std::vector<qint64> &latenciesUs() const { return m_latenciesUs; }
    qint64 errors() const { return m_errors; }

private:
    void send(int slot)
    {
        QNetworkRequest request(m_pollUrl);
        request.setRawHeader("Authorization", m_auth);
        QNetworkAccessManager *nam = m_managers[size_t(slot) % m_managers.size()].get();
        const qint64 startedNs = m_clock.nsecsElapsed();
        QNetworkReply *reply = nam->get(request);
        ++m_inFlight;
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, slot, startedNs] {
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            reply->deleteLater();
            if (status == 200)
                m_latenciesUs.push_back((m_clock.nsecsElapsed() - startedNs) / 1000);
            else
                ++m_errors;
            const qint64 done = qint64(m_latenciesUs.size()) + m_errors;
            if (m_options.maxRequests > 0 && done + m_inFlight >= m_options.maxRequests)
                m_stopping = true;
            if (!m_stopping)
                send(slot);
            else if (m_inFlight == 0)
                m_elapsedMs = m_clock.elapsed();
        });
    }

    Options m_options;
    QUrl m_pollUrl;
    QByteArray m_auth;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    std::vector<qint64> m_latenciesUs;
    QElapsedTimer m_clock;
    qint64 m_errors = 0;
    qint64 m_elapsedMs = 0;
    int m_inFlight = 0;
    bool m_stopping = false;
};

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[index]) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Status-poll throughput of the QueueLens sandbox."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Origin of a running sandbox (loopback only)."), QStringLiteral("url"));
    const QCommandLineOption providerOption(QStringLiteral("provider"), QStringLiteral("Provider to poll (default foxapi)."), QStringLiteral("id"),
                                            QStringLiteral("foxapi"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("Polls in flight (default 32)."), QStringLiteral("n"),
                                               QStringLiteral("32"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration (default 5, max 120)."), QStringLiteral("s"),
                                           QStringLiteral("5"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Stop after this many polls (default: no limit)."),
                                            QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({urlOption, providerOption, connectionsOption, secondsOption, requestsOption});
    parser.process(app);

    Options options;
    options.provider = parser.value(providerOption);
    options.connections = std::clamp(parser.value(connectionsOption).toInt(), 1, 512);
    options.seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 120);
    options.maxRequests = std::max<qint64>(0, parser.value(requestsOption).toLongLong());
    if (!SandboxServer::providerIds().contains(options.provider)) {
        std::fprintf(stderr, "unknown provider %s\n", qPrintable(options.provider));
        return 2;
    }

    std::unique_ptr<SandboxThread> sandbox;
    QUrl origin;
    if (parser.isSet(urlOption)) {
        origin = QUrl(parser.value(urlOption));
        const QString host = origin.host();
        if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost") && host != QLatin1String("::1")) {
            std::fprintf(stderr, "refusing to load %s: loopback only\n", qPrintable(host));
            return 2;
        }
    } else {
        sandbox = std::make_unique<SandboxThread>();
        origin = sandbox->start();
        if (origin.isEmpty()) {
            std::fprintf(stderr, "could not start the sandbox\n");
            return 1;
        }
    }

    // One long-running task to poll.
    const Target target = targetFor(options.provider);
    const QString base = origin.toString() + QLatin1Char('/') + options.provider;
    QNetworkAccessManager setup;
    QNetworkRequest submit(QUrl(base + target.submitPath));
    submit.setRawHeader("Authorization", target.auth);
    submit.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *created = setup.post(submit, QJsonDocument(target.body).toJson(QJsonDocument::Compact));
    QEventLoop wait;
    QObject::connect(created, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const QString id = QJsonDocument::fromJson(created->readAll()).object().value(target.idField).toString();
    delete created;
    if (id.isEmpty()) {
        std::fprintf(stderr, "submit failed\n");
        return 1;
    }
    const QUrl pollUrl(base + target.pollPrefix + id + target.pollSuffix);

    LoadGenerator load(options, pollUrl, target.auth);
    load.run();
    while (!load.finished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    std::vector<qint64> sorted = load.latenciesUs();
    std::sort(sorted.begin(), sorted.end());
    const qint64 total = qint64(sorted.size()) + load.errors();
    const double seconds = std::max<qint64>(1, load.elapsedMs()) / 1000.0;
    std::printf("target       %s\n", qPrintable(pollUrl.toString()));
    std::printf("sandbox      %s\n", sandbox ? "in-process (own thread)" : "external");
    std::printf("connections  %d\n", options.connections);
    std::printf("requests     %lld in %.2f s (%lld errors)\n", static_cast<long long>(total), seconds,
                static_cast<long long>(load.errors()));
    std::printf("throughput   %.0f requests/s\n", double(total) / seconds);
    std::printf("latency ms   p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", percentile(sorted, 0.50), percentile(sorted, 0.90),
                percentile(sorted, 0.99), sorted.empty() ? 0.0 : double(sorted.back()) / 1000.0);
    if (sandbox) {
        QString route = QLatin1Char('/') + options.provider + target.pollPrefix + QStringLiteral("{id}") + target.pollSuffix;
        if (options.provider == QLatin1String("seaart"))
            route = QStringLiteral("/seaart/v1/queue/{endpoint}/requests/{id}/status");
        std::printf("served       %llu polls counted by the sandbox\n",
                    static_cast<unsigned long long>(sandbox->requestsServed(QStringLiteral("GET"), route)));
    }
    std::fflush(stdout);
    return load.errors() == 0 ? 0 : 1;
}
