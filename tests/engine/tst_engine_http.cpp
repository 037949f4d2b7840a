// HttpClient against a scripted raw TCP server on loopback: statuses, body cap, timeouts,
// redirects (same host followed, other host refused) and connection errors.

#include "engine/httpclient.h"
#include "httpcall.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace {

// Answers each request with whatever the test's script returns for its path.
class ScriptedServer : public QObject
{
public:
    // nullopt: hold the connection open and never answer.
    using Script = std::function<std::optional<QByteArray>(const QByteArray &requestHead)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray &data = m_buffer[socket];
                    if (!data.contains("\r\n\r\n"))
                        return;
                    m_requests.append(data.left(data.indexOf("\r\n\r\n")));
                    const auto answer = m_script(m_requests.last());
                    m_buffer.remove(socket);
                    if (answer) {
                        socket->write(*answer);
                        socket->flush();
                        if (closeAfterAnswer)
                            socket->disconnectFromHost();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path));
    }
    const QList<QByteArray> &requests() const { return m_requests; }
    bool closeAfterAnswer = false;

private:
    QTcpServer m_server;
    Script m_script;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QList<QByteArray> m_requests;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

HttpOutcome send(HttpClient &client, const ProviderRequest &request, int timeoutMs = 3000, qint64 cap = -1)
{
    return sendAndWait(client, request, timeoutMs, cap);
}

ProviderRequest get(const QUrl &url)
{
    ProviderRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer sk-secret-123456")}};
    return request;
}

} // namespace

class TestEngineHttp : public QObject
{
    Q_OBJECT

private slots:
    void errorStatusIsAnAnswer();
    void postSendsBody();
    void contentLengthOverCapIsAborted();
    void chunkedBodyOverCapIsAborted();
    void transferTimeout();
    void connectionRefused();
    void droppedConnection();
    void sameHostRedirectIsFollowed();
    void otherHostRedirectIsRefused();
    void seeOtherTurnsPostIntoGet();
    void temporaryRedirectRepeatsThePost();
    void redirectLoopStops();
    void abortSkipsCallback();
    void callbackRunsOnTheCallersThread();
};

void TestEngineHttp::errorStatusIsAnAnswer()
{
    ScriptedServer server([](const QByteArray &) {
        return response(429, "{\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\"}}", "Retry-After: 7\r\n");
    });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/x"))));
    QVERIFY(outcome.isReply());
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.reply->httpStatus, 429);
    QCOMPARE(outcome.reply->headers.value("retry-after"), QByteArray("7"));
    QVERIFY(outcome.reply->body.contains("RATE_LIMIT_EXCEEDED"));
    QVERIFY(server.requests().first().contains("Authorization: Bearer sk-secret-123456"));
}

void TestEngineHttp::postSendsBody()
{
    ScriptedServer server([](const QByteArray &head) {
        return response(200, head.startsWith("POST /submit") ? "{\"ok\":true}" : "{}");
    });
    HttpClient client;
    ProviderRequest request = get(server.url(QStringLiteral("/submit")));
    request.method = QByteArrayLiteral("POST");
    request.body = QByteArrayLiteral("{\"prompt\":\"x\"}");
    const HttpOutcome outcome = send(client, request);
    QVERIFY(outcome.isReply());
    QCOMPARE(outcome.reply->body, QByteArray("{\"ok\":true}"));
    QVERIFY(server.requests().first().contains("application/json"));
}

void TestEngineHttp::contentLengthOverCapIsAborted()
{
    ScriptedServer server([](const QByteArray &) { return response(200, QByteArray(5000, 'a')); });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/big"))), 3000, 1000);
    QVERIFY(!outcome.isReply());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("response_too_large"));
    QCOMPARE(outcome.error->provider, QStringLiteral("queuelens"));
    QCOMPARE(outcome.error->phase, ApiPhase::Transport);
    QVERIFY(outcome.error->documented);
}

void TestEngineHttp::chunkedBodyOverCapIsAborted()
{
    ScriptedServer server([](const QByteArray &) {
        QByteArray body = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 10; ++i)
            body += "3e8\r\n" + QByteArray(1000, 'b') + "\r\n";
        body += "0\r\n\r\n";
        return std::optional<QByteArray>(body);
    });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/chunked"))), 3000, 4000);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("response_too_large"));
}

void TestEngineHttp::transferTimeout()
{
    ScriptedServer server([](const QByteArray &) { return std::optional<QByteArray>(); });   // never answers
    HttpClient client;
    // send() gives up after 10 s: an outcome at all means the 300 ms timeout fired, not a default.
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/hang"))), 300);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("connection_timeout"));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error->message));
}

void TestEngineHttp::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpClient client;
    const HttpOutcome outcome = send(client, get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("connection_refused"));
    QCOMPARE(outcome.error->category, ErrorCategory::Transport);
}

void TestEngineHttp::droppedConnection()
{
    ScriptedServer server([](const QByteArray &) {
        // Promises 100 bytes, sends 10, then closes the connection.
        return std::optional<QByteArray>(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789"));
    });
    server.closeAfterAnswer = true;
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/drop"))));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("connection_closed"));
}

void TestEngineHttp::sameHostRedirectIsFollowed()
{
    ScriptedServer server([](const QByteArray &head) -> std::optional<QByteArray> {
        if (head.startsWith("GET /old"))
            return response(302, {}, "Location: /new\r\n");
        return response(200, "{\"here\":true}");
    });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/old"))));
    QVERIFY(outcome.isReply());
    QCOMPARE(outcome.reply->body, QByteArray("{\"here\":true}"));
    QCOMPARE(server.requests().size(), 2);
}

void TestEngineHttp::otherHostRedirectIsRefused()
{
    ScriptedServer other([](const QByteArray &) { return response(200, "{}"); });
    const QUrl target = other.url(QStringLiteral("/steal"), QStringLiteral("localhost"));
    ScriptedServer server([target](const QByteArray &) {
        return response(307, {}, "Location: " + target.toEncoded() + "\r\n");
    });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/old"))));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("unexpected_response"));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("localhost")), qPrintable(outcome.error->message));
    // A request the client made before answering would reach the other server before this probe.
    QVERIFY(send(client, get(other.url(QStringLiteral("/probe"), QStringLiteral("localhost")))).isReply());
    QCOMPARE(other.requests().size(), 1);   // the Authorization header never went there
    QVERIFY(other.requests().first().startsWith("GET /probe"));
}

void TestEngineHttp::seeOtherTurnsPostIntoGet()
{
    ScriptedServer server([](const QByteArray &head) {
        if (head.startsWith("POST /submit"))
            return response(303, {}, "Location: /status/1\r\n");
        return response(200, "{\"status\":\"queued\"}");
    });
    HttpClient client;
    ProviderRequest request = get(server.url(QStringLiteral("/submit")));
    request.method = QByteArrayLiteral("POST");
    request.body = QByteArrayLiteral("{\"prompt\":\"x\"}");
    const HttpOutcome outcome = send(client, request);
    QVERIFY(outcome.isReply());
    QCOMPARE(outcome.reply->body, QByteArray("{\"status\":\"queued\"}"));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(1).startsWith("GET /status/1 "));
    QVERIFY(!server.requests().at(1).contains("Content-Type"));
    QVERIFY(server.requests().at(1).contains("Authorization: Bearer sk-secret-123456"));   // same host
}

void TestEngineHttp::temporaryRedirectRepeatsThePost()
{
    ScriptedServer server([](const QByteArray &head) {
        if (head.startsWith("POST /v1/old"))
            return response(307, {}, "Location: /v1/new\r\n");
        return response(200, head.startsWith("POST /v1/new") ? "{\"id\":\"7\"}" : "{}");
    });
    HttpClient client;
    ProviderRequest request = get(server.url(QStringLiteral("/v1/old")));
    request.method = QByteArrayLiteral("POST");
    request.body = QByteArrayLiteral("{\"prompt\":\"x\"}");
    const HttpOutcome outcome = send(client, request);
    QVERIFY(outcome.isReply());
    QCOMPARE(outcome.reply->body, QByteArray("{\"id\":\"7\"}"));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(1).contains("Content-Length: 14"));
}

void TestEngineHttp::redirectLoopStops()
{
    ScriptedServer server([](const QByteArray &) { return response(302, {}, "Location: /loop\r\n"); });
    HttpClient client;
    const HttpOutcome outcome = send(client, get(server.url(QStringLiteral("/loop"))));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("unexpected_response"));
    QCOMPARE(server.requests().size(), 1 + HttpClient::MaxRedirects);
}

void TestEngineHttp::abortSkipsCallback()
{
    ScriptedServer server([](const QByteArray &head) -> std::optional<QByteArray> {
        if (head.startsWith("GET /hang"))
            return std::nullopt;
        return response(200, "{}");
    });
    HttpClient client;
    bool called = false;
    const quint64 handle = client.send(get(server.url(QStringLiteral("/hang"))), 5000,
                                       [&called](const HttpOutcome &) { called = true; });
    QCOMPARE(client.inFlightCount(), 1);
    QTRY_COMPARE(server.requests().size(), 1);
    client.abort(handle);
    QCOMPARE(client.inFlightCount(), 0);
    // The client handles the abort before the next request, so its outcome would come first.
    QVERIFY(send(client, get(server.url(QStringLiteral("/after")))).isReply());
    QVERIFY(!called);
}

void TestEngineHttp::callbackRunsOnTheCallersThread()
{
    // The answer comes back on the caller's thread, and never from inside send().
    ScriptedServer server([](const QByteArray &) { return response(200, "{}"); });
    HttpClient client;
    auto call = std::make_shared<HttpCall>();
    QThread *callbackThread = nullptr;
    client.send(get(server.url(QStringLiteral("/x"))), 3000, [call, &callbackThread](const HttpOutcome &outcome) {
        callbackThread = QThread::currentThread();
        call->done = true;
        call->outcome = outcome;
    });
    QVERIFY(!call->done);   // never from inside send()
    QCOMPARE(client.inFlightCount(), 1);
    QTRY_VERIFY(call->done);
    QCOMPARE(callbackThread, QThread::currentThread());
    QVERIFY(call->outcome.isReply());
    QCOMPARE(client.inFlightCount(), 0);
}

QTEST_MAIN(TestEngineHttp)
#include "tst_engine_http.moc"
