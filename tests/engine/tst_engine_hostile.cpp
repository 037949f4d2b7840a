// Hostile servers, against HttpClient and against the whole engine: TLS certificates that must be
// refused (self-signed, expired, issued for another host) with not one request byte sent,
// redirects to other hosts that never see the key, 50 MB and endless answers, answers that
// trickle for ever, headers followed by silence, HTML pages where JSON belongs, and the API key
// kept out of every log line at the most verbose logging level (and out of the database).
//
// Every server here runs on loopback in the test's own thread; the client works on its own
// thread, so a server that misbehaves never blocks the client it tests. No fixed sleeps: every
// wait is on a condition, with generous limits, and the client's timeouts are made small.

#include "enginetestsupport.h"

#include "errorcatalog.h"
#include "httpcall.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace EngineTest;

namespace {

constexpr int Wait = 30000;   // generous: only a hang ever takes this long

// Recognisable, and shaped so that no generic pattern of the Redactor catches it: only the
// rule "never write the key in use" keeps it out.
const QByteArray Key = QByteArrayLiteral("QLhostile7Zq4Xw9Vb2Nm5Kt8");

constexpr qint64 FiftyMegabytes = 50LL * 1024 * 1024;

bool onCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// Every form of the key a careless client or log could carry.
QList<QByteArray> keyForms()
{
    return {Key, "Bearer " + Key, "Token " + Key, Key.toBase64(), QByteArray(Key).toLower()};
}

QByteArray keyFormIn(const QByteArray &data)
{
    for (const QByteArray &form : keyForms()) {
        if (data.contains(form))
            return form;
    }
    return {};
}

// --- a plain HTTP/1.1 server whose every answer the test writes -----------------------------------

struct Request
{
    QByteArray head;   // request line and headers
    QByteArray body;
    QByteArray method;
    QByteArray path;
};

class HostileServer : public QObject
{
public:
    // Called for each complete request; writes whatever it likes (or nothing) on the socket.
    using Handler = std::function<void(HostileServer &server, QTcpSocket *socket, const Request &request)>;

    explicit HostileServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                ++m_open;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --m_open;
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }

    ~HostileServer() override
    {
        // The sockets die with m_server, after the members their signals would touch.
        const auto sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect();
    }

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = {}, const QString &host = QStringLiteral("127.0.0.1"),
             const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://%2:%3%4").arg(scheme, host).arg(port()).arg(path));
    }

    int connections() const { return m_connections; }
    int openConnections() const { return m_open; }
    const QByteArray &received() const { return m_received; }   // every byte of every connection
    const QList<Request> &requests() const { return m_requests; }
    qint64 bytesSent() const { return m_sent; }
    void countSent(qint64 bytes) { m_sent += bytes; }

private:
    static qint64 contentLength(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return 0;
    }

    void read(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        m_received += data;
        QByteArray &buffer = m_buffers[socket];
        buffer += data;
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            const qint64 length = contentLength(head);
            if (buffer.size() < end + 4 + length)
                return;
            Request request;
            request.head = head;
            request.body = buffer.mid(end + 4, length);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            if (m_handler) {
                m_handler(*this, socket, request);
            } else {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            }
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    bool m_listening = false;
    int m_connections = 0;
    int m_open = 0;
    qint64 m_sent = 0;
    QByteArray m_received;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                    const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

const QByteArray CaptivePortal = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>Hotel Wi-Fi</title></head>\n"
    "<body><h1>Welcome!</h1><p>Please accept the terms to continue.</p>"
    "<form method=\"post\" action=\"/login\"><button>Connect</button></form></body></html>\n");

// Writes `total` bytes made of `piece` (for ever when total < 0), keeping at most a megabyte
// queued, then `tail`; closes the connection at the end when asked. Stops by itself when the
// client hangs up.
void pump(HostileServer &server, QTcpSocket *socket, qint64 total, const QByteArray &piece, const QByteArray &tail = {},
          bool closeAtEnd = false)
{
    auto sent = std::make_shared<qint64>(0);
    auto fill = [&server, socket, total, piece, tail, closeAtEnd, sent] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024
               && (total < 0 || *sent < total)) {
            const QByteArray chunk = total < 0 ? piece : piece.left(total - *sent);
            socket->write(chunk);
            *sent += chunk.size();
            server.countSent(chunk.size());
            if (total >= 0 && *sent >= total) {
                socket->write(tail);
                if (closeAtEnd)
                    socket->disconnectFromHost();
            }
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, fill);
    fill();
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// A few bytes of a chunked body every 100 ms, for ever: never silent long enough for a
// transfer timeout, never big enough for the body cap.
void trickle(HostileServer &server, QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + chunk("{\"id\":\""));
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [&server, socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray piece = chunk("zzzzz");
        socket->write(piece);
        server.countSent(piece.size());
    });
    timer->start(100);
}

// --- a TLS server that records every decrypted byte ----------------------------------------------

class TlsServer : public QTcpServer
{
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate)
        , m_key(key)
    {
    }

    ~TlsServer() override
    {
        // The sockets die with the QObject base, after the members their signals would touch.
        const auto sockets = findChildren<QSslSocket *>();
        for (QSslSocket *socket : sockets)
            socket->disconnect();
    }

    int connections() const { return m_connections; }
    int handshakesDone() const { return m_encrypted; }
    // Every connection has ended (error or close).
    bool allEnded() const { return m_ended.size() == m_connections; }
    const QByteArray &decrypted() const { return m_decrypted; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++m_connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_encrypted; });
        // Only bytes that got through a completed handshake are ever readable here.
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { m_decrypted += socket->readAll(); });
        const auto ended = [this, socket] { m_ended.insert(socket); };
        connect(socket, &QSslSocket::disconnected, this, ended);
        connect(socket, &QSslSocket::errorOccurred, this, ended);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    int m_encrypted = 0;
    QSet<QSslSocket *> m_ended;
    QByteArray m_decrypted;
};

// --- certificates, made by the openssl command line at run time -----------------------------------

struct Certificates
{
    QTemporaryDir dir;
    QString problem;   // empty when everything below is set
    QSslCertificate ca;
    QSslCertificate selfSigned, expired, wrongHost;
    QSslKey selfSignedKey, leafKey, wrongHostKey;

    bool openssl(const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (program.isEmpty()) {
            problem = QStringLiteral("the openssl command is not installed");
            return false;
        }
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            problem = QStringLiteral("openssl %1 failed: %2")
                          .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    }

    bool write(const QString &name, const QByteArray &text)
    {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    QSslCertificate certificate(const QString &name)
    {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem) : QSslCertificate();
    }

    QSslKey key(const QString &name)
    {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QSslKey(&file, QSsl::Ec, QSsl::Pem) : QSslKey();
    }

    bool make()
    {
        if (!dir.isValid()) {
            problem = QStringLiteral("no temporary directory");
            return false;
        }
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        // A test CA (trusted by the client for the test's duration) and, apart from it, a leaf
        // that signs itself.
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                   QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=QueueLens hostile test CA"),
                                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
            return false;
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                                   QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("3"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")}))
            return false;
        // Leaves issued by the CA: one for 127.0.0.1 that expired in 2020, one valid for
        // another host only (Qt matches the common name too, so it names the other host).
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec
                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                                   QStringLiteral("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}))
            return false;
        if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ec
                     + QStringList{QStringLiteral("-keyout"), QStringLiteral("wrong.key"), QStringLiteral("-out"),
                                   QStringLiteral("wrong.csr"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=wrong-host.invalid")}))
            return false;
        // `openssl ca` is the one 3.0 command that takes explicit validity dates.
        if (!QDir(dir.path()).mkpath(QStringLiteral("cadb")) || !write(QStringLiteral("cadb/index.txt"), {})
            || !write(QStringLiteral("cadb/serial"), "10\n")
            || !write(QStringLiteral("ca.cnf"),
                      "[ca]\ndefault_ca = testca\n[testca]\ndatabase = cadb/index.txt\nnew_certs_dir = cadb\n"
                      "serial = cadb/serial\ndefault_md = sha256\npolicy = anything\nunique_subject = no\n"
                      "[anything]\ncommonName = supplied\n")
            || !write(QStringLiteral("san-local.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
            || !write(QStringLiteral("san-wrong.cnf"), "subjectAltName=DNS:wrong-host.invalid\n")) {
            problem = QStringLiteral("could not write the CA files");
            return false;
        }
        if (!openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                      QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"),
                      QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("leaf.csr"), QStringLiteral("-out"),
                      QStringLiteral("expired.pem"), QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                      QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"), QStringLiteral("-extfile"),
                      QStringLiteral("san-local.cnf"), QStringLiteral("-notext")}))
            return false;
        if (!openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                      QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"),
                      QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("wrong.csr"), QStringLiteral("-out"),
                      QStringLiteral("wrong.pem"), QStringLiteral("-days"), QStringLiteral("3"),
                      QStringLiteral("-extfile"), QStringLiteral("san-wrong.cnf"), QStringLiteral("-notext")}))
            return false;

        ca = certificate(QStringLiteral("ca.pem"));
        selfSigned = certificate(QStringLiteral("self.pem"));
        expired = certificate(QStringLiteral("expired.pem"));
        wrongHost = certificate(QStringLiteral("wrong.pem"));
        selfSignedKey = key(QStringLiteral("self.key"));
        leafKey = key(QStringLiteral("leaf.key"));
        wrongHostKey = key(QStringLiteral("wrong.key"));
        if (ca.isNull() || selfSigned.isNull() || expired.isNull() || wrongHost.isNull() || selfSignedKey.isNull()
            || leafKey.isNull() || wrongHostKey.isNull()) {
            problem = QStringLiteral("the generated certificates or keys could not be read");
            return false;
        }
        return true;
    }
};

// --- HttpClient calls -----------------------------------------------------------------------------

HttpOutcome send(HttpClient &client, const ProviderRequest &request, int timeoutMs = 3000, qint64 cap = -1)
{
    return sendAndWait(client, request, timeoutMs, cap, Wait);
}

// A submit as a provider adapter makes it: the key in the Authorization header.
ProviderRequest submitTo(const QUrl &url)
{
    ProviderRequest request;
    request.phase = ApiPhase::Submit;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = QByteArrayLiteral("{\"model\":\"viduq1\",\"prompt\":\"a red fox\"}");
    request.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + Key},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    return request;
}

ProviderRequest probe(const QUrl &url)
{
    ProviderRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = url;
    return request;
}

// --- a Vidu-speaking hostile provider for the engine tests ---------------------------------------

// Speaks just enough of Vidu's protocol (POST /ent/v2/text2video, GET /ent/v2/tasks/{id}/creations,
// POST /ent/v2/tasks/{id}/cancel, GET /ent/v2/tasks) for a task to live; what the status and
// submit calls get is switched by the test. Markers in the prompt pick a submit's answer:
// "[echo401]" a 401 that echoes the Authorization header, "[redirect]" a 307 to redirectTarget.
class FakeVidu
{
public:
    enum class Poll { Processing, EchoError, Html, Huge, Trickle, Silence, Success, Cancelled };

    FakeVidu()
        : server([this](HostileServer &s, QTcpSocket *socket, const Request &request) { answer(s, socket, request); })
    {
    }

    QUrl baseUrl() const { return server.url(); }
    int submits() const { return count("POST", "/ent/v2/text2video"); }
    int polls() const { return count("GET", "/creations"); }
    int cancels() const { return count("POST", "/cancel"); }

    HostileServer server;
    Poll poll = Poll::Processing;
    bool everythingHtml = false;   // the base URL points at a website (or a login portal)
    QUrl redirectTarget;

private:
    int count(const QByteArray &method, const QByteArray &pathPart) const
    {
        return int(std::count_if(server.requests().cbegin(), server.requests().cend(), [&](const Request &r) {
            return r.method == method && r.path.contains(pathPart);
        }));
    }

    static QByteArray authorizationOf(const Request &request)
    {
        for (const QByteArray &line : request.head.split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                return line.mid(14).trimmed();
        }
        return {};
    }

    void answer(HostileServer &s, QTcpSocket *socket, const Request &request)
    {
        if (everythingHtml) {
            socket->write(response(200, CaptivePortal, "text/html; charset=utf-8"));
            return;
        }
        if (request.method == "POST" && request.path == "/ent/v2/text2video") {
            if (request.body.contains("[echo401]")) {
                // A hostile (or careless) server that quotes the credentials back.
                socket->write(response(401, "{\"code\":\"Unauthorized\",\"message\":\"invalid credentials: "
                                                + authorizationOf(request) + "\"}"));
            } else if (request.body.contains("[redirect]")) {
                socket->write(response(307, {}, "application/json", "Location: " + redirectTarget.toEncoded() + "\r\n"));
            } else {
                const QByteArray id = "h" + QByteArray::number(++m_nextId);
                socket->write(response(200, "{\"task_id\":\"" + id + "\",\"state\":\"created\"}"));
            }
            return;
        }
        if (request.method == "POST" && request.path.endsWith("/cancel")) {
            poll = Poll::Cancelled;
            socket->write(response(200, "{}"));
            return;
        }
        if (request.method == "GET" && request.path.startsWith("/ent/v2/tasks?")) {
            socket->write(response(200, "{\"tasks\":[]}"));
            return;
        }
        if (request.method == "GET" && request.path.endsWith("/creations")) {
            const QByteArray id = request.path.split('/').value(4);
            switch (poll) {
            case Poll::Processing:
                socket->write(response(200, "{\"id\":\"" + id + "\",\"state\":\"processing\",\"progress\":10}"));
                return;
            case Poll::EchoError:
                socket->write(response(500, "{\"code\":\"InternalServiceFailure\",\"message\":\"backend failed for "
                                                + authorizationOf(request) + "\"}"));
                return;
            case Poll::Html:
                socket->write(response(200, CaptivePortal, "text/html"));
                return;
            case Poll::Huge:
                // No Content-Length: only the count of bytes read can stop it.
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
                pump(s, socket, FiftyMegabytes, QByteArray(64 * 1024, ' '), {}, true);
                return;
            case Poll::Trickle:
                trickle(s, socket);
                return;
            case Poll::Silence:
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
                return;
            case Poll::Success:
                socket->write(response(200, "{\"id\":\"" + id
                                                + "\",\"state\":\"success\",\"creations\":[{\"url\":"
                                                  "\"https://cdn.example.invalid/out.mp4\"}]}"));
                return;
            case Poll::Cancelled:
                socket->write(response(200, "{\"id\":\"" + id + "\",\"state\":\"failed\",\"err_code\":\"UserCancelled\"}"));
                return;
            }
        }
        socket->write(response(404, "{\"code\":\"NotFound\"}"));
    }

    int m_nextId = 0;
};

// --- every log line, whatever its category or level ---------------------------------------------

struct LogCapture
{
    static QMutex mutex;
    static QStringList lines;
    static QtMessageHandler previous;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&mutex);
            lines.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
                         + message);
        }
        // Warnings and worse still reach the test log; the debug flood does not.
        if (type != QtDebugMsg && type != QtInfoMsg && previous)
            previous(type, context, message);
    }

    static QStringList take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(lines, {});
    }
};

QMutex LogCapture::mutex;
QStringList LogCapture::lines;
QtMessageHandler LogCapture::previous = nullptr;

bool isLive(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Running;
}

} // namespace

class TestEngineHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tlsFailureSendsNothing_data();
    void tlsFailureSendsNothing();
    void otherHostRedirectNeverGetsTheKey_data();
    void otherHostRedirectNeverGetsTheKey();
    void hugeAnswerIsCapped_data();
    void hugeAnswerIsCapped();
    void endlessTrickleHitsTheDeadline();
    void headersThenSilenceTimesOut_data();
    void headersThenSilenceTimesOut();
    void hostilePollAnswersKeepTheTask();
    void htmlPageToAPollKeepsTheTask();
    void htmlPageToASubmitIsExplained();
    void apiKeyNeverLoggedAtFullVerbosity();

private:
    QString dbPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    // A Rig whose vidu profile points at url and holds the recognisable key.
    ProviderProfile viduProfile(Rig &rig, const QUrl &url)
    {
        rig.engine->start();
        const ProviderProfile profile = rig.addProfile(QStringLiteral("vidu"), url);
        rig.secrets->setKey(profile.id, QString::fromLatin1(Key), false);
        return profile;
    }

    QTemporaryDir m_dir;
    Certificates m_certs;
    bool m_certsMade = false;
    QSslConfiguration m_sslDefaults;
};

void TestEngineHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sslDefaults = QSslConfiguration::defaultConfiguration();
    if (!QSslSocket::supportsSsl()) {
        m_certs.problem = QStringLiteral("this Qt has no TLS backend");
        return;
    }
    m_certsMade = m_certs.make();
    if (m_certsMade) {
        // The test CA is trusted, so that "expired" and "wrong host" are the only faults of
        // their certificates; the self-signed one is not issued by it.
        QSslConfiguration trusting = m_sslDefaults;
        trusting.addCaCertificate(m_certs.ca);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
}

void TestEngineHostile::cleanupTestCase()
{
    QSslConfiguration::setDefaultConfiguration(m_sslDefaults);
}

// --- TLS ------------------------------------------------------------------------------------------

void TestEngineHostile::tlsFailureSendsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");   // what the message must name (Qt's words, lower case)
    QTest::newRow("self-signed") << QStringLiteral("self-signed") << QStringLiteral("self-signed");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
    QTest::newRow("wrong host") << QStringLiteral("wrong-host") << QStringLiteral("host name did not match");
}

void TestEngineHostile::tlsFailureSendsNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    if (!m_certsMade) {
        if (onCi())
            QFAIL(qPrintable(QStringLiteral("no test certificates under CI: ") + m_certs.problem));
        QSKIP(qPrintable(QStringLiteral("no test certificates: ") + m_certs.problem));
    }
    const QSslCertificate certificate = kind == QLatin1String("self-signed") ? m_certs.selfSigned
                                        : kind == QLatin1String("expired")   ? m_certs.expired
                                                                             : m_certs.wrongHost;
    const QSslKey key = kind == QLatin1String("self-signed") ? m_certs.selfSignedKey
                        : kind == QLatin1String("expired")   ? m_certs.leafKey
                                                             : m_certs.wrongHostKey;
    TlsServer server(certificate, key);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));

    // The client on its own.
    {
        HttpClient client;
        const HttpOutcome outcome = send(client, submitTo(base.resolved(QUrl(QStringLiteral("/ent/v2/text2video")))));
        QVERIFY(!outcome.isReply());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, QStringLiteral("tls_error"));
        QCOMPARE(outcome.error->phase, ApiPhase::Transport);
        const QString message = outcome.error->message;
        QVERIFY2(message.contains(problem, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        QVERIFY2(keyFormIn(message.toUtf8()).isEmpty(), qPrintable(message));
    }
    // The whole engine: the submit is refused (nothing can have been created), with the reason.
    {
        Rig rig(dbPath(QStringLiteral("tls-") + kind));
        QVERIFY2(rig.opened, qPrintable(rig.openError));
        const ProviderProfile profile = viduProfile(rig, base);
        QString error;
        const qint64 id = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Rejected, qPrintable(describe(rig.engine->task(id))), Wait);
        const Task task = *rig.engine->task(id);
        QVERIFY(task.lastError);
        QCOMPARE(task.lastError->code, QStringLiteral("tls_error"));
        QVERIFY2(task.lastError->message.contains(problem, Qt::CaseInsensitive), qPrintable(describe(task)));
    }

    // The server's side: connections came, every one ended, and not one byte of a request (so
    // no Authorization header, no key) ever got through: the handshake never completed.
    QVERIFY(server.connections() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(server.allEnded(), Wait);
    QCOMPARE(server.handshakesDone(), 0);
    QCOMPARE(server.decrypted(), QByteArray());
}

// --- redirects ------------------------------------------------------------------------------------

void TestEngineHostile::otherHostRedirectNeverGetsTheKey_data()
{
    // HttpWorker follows a redirect only to the same scheme, host name and port.
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("otherServer");   // false: the target is the first server itself
    QTest::newRow("other host name, same port") << QStringLiteral("http") << QStringLiteral("localhost") << false;
    QTest::newRow("same host, other port") << QStringLiteral("http") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("other host and port") << QStringLiteral("http") << QStringLiteral("localhost") << true;
    QTest::newRow("other scheme and port") << QStringLiteral("https") << QStringLiteral("127.0.0.1") << true;
}

void TestEngineHostile::otherHostRedirectNeverGetsTheKey()
{
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(bool, otherServer);

    HostileServer other;   // answers {} to anything
    QVERIFY(other.isListening());
    QUrl target;
    HostileServer first([&target](HostileServer &, QTcpSocket *socket, const Request &request) {
        if (request.path == "/start")
            socket->write(response(307, {}, "application/json", "Location: " + target.toEncoded() + "\r\n"));
        else
            socket->write(response(200, "{}"));
    });
    QVERIFY(first.isListening());
    HostileServer &receiver = otherServer ? other : first;
    target = receiver.url(QStringLiteral("/steal"), host, scheme);

    HttpClient client;
    const HttpOutcome outcome = send(client, submitTo(first.url(QStringLiteral("/start"))));
    QVERIFY(!outcome.isReply());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("unexpected_response"));
    const QString message = outcome.error->message;
    QVERIFY2(message.contains(target.authority()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("API key was not sent")), qPrintable(message));

    // A request the client made before answering would reach the receiver before this probe.
    const QUrl probeUrl = receiver.url(QStringLiteral("/probe"), host);
    QVERIFY(send(client, probe(probeUrl)).isReply());

    // The receiver's side: only the key-less probe ever arrived there.
    QCOMPARE(first.requests().first().path, QByteArray("/start"));
    QCOMPARE(receiver.requests().last().path, QByteArray("/probe"));
    for (const Request &request : receiver.requests())
        QVERIFY2(request.path != "/steal", request.head.constData());
    if (otherServer) {
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.connections(), 1);
        QVERIFY2(!other.received().toLower().contains("authorization"), other.received().constData());
        QVERIFY2(keyFormIn(other.received()).isEmpty(), other.received().constData());
    } else {
        // The same server under another name: the key came once, with the first request only.
        QCOMPARE(first.requests().size(), 2);
        QVERIFY(first.requests().at(0).head.contains("Bearer " + Key));
        QVERIFY2(!first.requests().at(1).head.toLower().contains("authorization"), first.requests().at(1).head.constData());
        QVERIFY(keyFormIn(first.requests().at(1).head + first.requests().at(1).body).isEmpty());
    }
}

// --- size, endless and silent answers -------------------------------------------------------------

void TestEngineHostile::hugeAnswerIsCapped_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("50 MB with Content-Length") << QStringLiteral("length");
    QTest::newRow("50 MB until the connection closes") << QStringLiteral("close");
    QTest::newRow("50 MB chunked") << QStringLiteral("chunked");
    QTest::newRow("endless chunked") << QStringLiteral("endless");
}

void TestEngineHostile::hugeAnswerIsCapped()
{
    QFETCH(QString, shape);
    HostileServer server([shape](HostileServer &s, QTcpSocket *socket, const Request &) {
        const QByteArray block(64 * 1024, 'a');
        if (shape == QLatin1String("length")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(FiftyMegabytes) + "\r\n\r\n");
            pump(s, socket, FiftyMegabytes, block);
        } else if (shape == QLatin1String("close")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            pump(s, socket, FiftyMegabytes, block, {}, true);
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray piece = chunk(block);
            const qint64 total = shape == QLatin1String("endless") ? -1 : FiftyMegabytes / block.size() * piece.size();
            pump(s, socket, total, piece, "0\r\n\r\n");
        }
    });
    QVERIFY(server.isListening());
    HttpClient client;   // the default cap (8 MB), as the engine uses it
    const HttpOutcome outcome = send(client, submitTo(server.url(QStringLiteral("/huge"))));
    QVERIFY(!outcome.isReply());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("response_too_large"));
    QVERIFY2(outcome.error->message.contains(QString::number(HttpClient::DefaultMaxBodyBytes)),
             qPrintable(outcome.error->message));
    QVERIFY(outcome.error->documented);
    // The client hung up instead of reading on: the server never got the whole answer out.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, Wait);
    QVERIFY2(server.bytesSent() < FiftyMegabytes, qPrintable(QString::number(server.bytesSent())));
}

void TestEngineHostile::endlessTrickleHitsTheDeadline()
{
    HostileServer server([](HostileServer &s, QTcpSocket *socket, const Request &) { trickle(s, socket); });
    QVERIFY(server.isListening());
    HttpClient client;
    client.setRequestDeadlineMs(1500);
    // Ten trickles fit into one transfer timeout: only the overall deadline can end this.
    const HttpOutcome outcome = send(client, submitTo(server.url(QStringLiteral("/trickle"))), 1000);
    QVERIFY(!outcome.isReply());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("connection_timeout"));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("still sending")), qPrintable(outcome.error->message));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("1.5 seconds")), qPrintable(outcome.error->message));
    QVERIFY(server.bytesSent() > 0);   // it did keep sending
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, Wait);

    // The derived deadline (nothing configured): ten transfer timeouts, or longer for big caps.
    HttpClient plain;
    QCOMPARE(plain.deadlineFor(1000, 1024), qint64(10000));
    QCOMPARE(plain.deadlineFor(30000, HttpClient::DefaultMaxBodyBytes), qint64(300000));
    QVERIFY(plain.deadlineFor(30000, 512LL * 1024 * 1024) > 300000);
}

void TestEngineHostile::headersThenSilenceTimesOut_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("Content-Length, no body")
        << QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
    QTest::newRow("chunked, no chunk")
        << QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("part of the body") << QByteArrayLiteral(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"task_id\":");
}

void TestEngineHostile::headersThenSilenceTimesOut()
{
    QFETCH(QByteArray, answer);
    HostileServer server([answer](HostileServer &, QTcpSocket *socket, const Request &) { socket->write(answer); });
    QVERIFY(server.isListening());
    HttpClient client;
    client.setRequestDeadlineMs(60000);   // far away: the transfer timeout must do it
    const HttpOutcome outcome = send(client, submitTo(server.url(QStringLiteral("/silent"))), 400);
    QVERIFY(!outcome.isReply());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, QStringLiteral("connection_timeout"));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("transfer timeout")), qPrintable(outcome.error->message));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.error->message));
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, Wait);
}

// --- through the engine ---------------------------------------------------------------------------

void TestEngineHostile::hostilePollAnswersKeepTheTask()
{
    FakeVidu vidu;
    QVERIFY(vidu.server.isListening());
    Rig rig(dbPath(QStringLiteral("hostile-polls")));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    EngineSettings settings = fastSettings();
    settings.requestTimeoutMs = 1000;   // longer than the trickle's 100 ms between pieces
    rig.engine->setSettings(settings);
    rig.http->setRequestDeadlineMs(2000);
    const ProviderProfile profile = viduProfile(rig, vidu.baseUrl());
    const qint64 id = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}));
    QVERIFY(id > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Running, qPrintable(describe(rig.engine->task(id))), Wait);

    struct Step
    {
        FakeVidu::Poll poll;
        QString code;
        QString words;   // in the message the operator reads
    };
    const QList<Step> steps{
        {FakeVidu::Poll::Huge, QStringLiteral("response_too_large"), QStringLiteral("was larger than")},
        {FakeVidu::Poll::Trickle, QStringLiteral("connection_timeout"), QStringLiteral("still sending")},
        {FakeVidu::Poll::Silence, QStringLiteral("connection_timeout"), QStringLiteral("transfer timeout")},
    };
    for (const Step &step : steps) {
        vidu.poll = step.poll;
        QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->lastError
                                      && rig.engine->task(id)->lastError->code == step.code
                                      && rig.engine->task(id)->lastError->message.contains(step.words),
                                  qPrintable(describe(rig.engine->task(id))), Wait);
        // A bad answer is a passing problem: the task goes on being polled.
        QVERIFY2(isLive(rig.state(id)), qPrintable(describe(rig.engine->task(id))));
        QVERIFY(rig.engine->hasCallPlanned(id));
    }
    vidu.poll = FakeVidu::Poll::Success;
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(!rig.engine->task(id)->lastError);
    QTRY_COMPARE_WITH_TIMEOUT(vidu.server.openConnections() <= 1, true, Wait);   // nothing left hanging
}

void TestEngineHostile::htmlPageToAPollKeepsTheTask()
{
    FakeVidu vidu;
    QVERIFY(vidu.server.isListening());
    Rig rig(dbPath(QStringLiteral("html-poll")));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    const ProviderProfile profile = viduProfile(rig, vidu.baseUrl());
    const qint64 id = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}));
    QVERIFY(id > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Running, qPrintable(describe(rig.engine->task(id))), Wait);

    // A login portal takes over: every status call gets its page, with 200.
    vidu.poll = FakeVidu::Poll::Html;
    const int pollsBefore = vidu.polls();
    QTRY_VERIFY2_WITH_TIMEOUT(vidu.polls() >= pollsBefore + 3 && rig.engine->task(id)->lastError,
                              qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QVERIFY2(isLive(task.state), qPrintable(describe(task)));   // not failed, not lost
    QVERIFY(rig.engine->hasCallPlanned(id));
    QCOMPARE(task.lastError->code, QStringLiteral("malformed_response"));
    QCOMPARE(task.lastError->httpStatus, 200);
    QVERIFY2(task.lastError->message.contains(QStringLiteral("HTML page instead of JSON")), qPrintable(describe(task)));
    // What the error card shows with it: the likely causes and where to look.
    const ErrorExplanation explained = ErrorCatalog::instance().explain(*task.lastError);
    QVERIFY2(explained.explanation.contains(QStringLiteral("HTML page")), qPrintable(explained.explanation));
    QVERIFY2(explained.fix.contains(QStringLiteral("base URL")), qPrintable(explained.fix));
    const QList<TaskEvent> events = rig.engine->events(id);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const TaskEvent &event) {
        return event.cause == QLatin1String("poll_error") && event.excerpt.contains(QStringLiteral("HTML page"));
    }));

    // The portal lets go: the same task carries on to its end.
    vidu.poll = FakeVidu::Poll::Success;
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(!rig.engine->task(id)->lastError);
    QCOMPARE(vidu.submits(), 1);
}

void TestEngineHostile::htmlPageToASubmitIsExplained()
{
    FakeVidu vidu;
    QVERIFY(vidu.server.isListening());
    vidu.everythingHtml = true;   // a base URL that points at a website
    Rig rig(dbPath(QStringLiteral("html-submit")));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    const ProviderProfile profile = viduProfile(rig, vidu.baseUrl());
    const qint64 id = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}));
    QVERIFY(id > 0);
    // A 200 may have come from a proxy that passed the submit on: Unknown, never resent, never
    // "rejected" (which would claim nothing was created).
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Unknown, qPrintable(describe(rig.engine->task(id))), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasCallPlanned(id), Wait);
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.state, TaskState::Unknown);
    QVERIFY(task.lastError);
    const QString message = task.lastError->message;
    QVERIFY2(message.contains(QStringLiteral("HTML page")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("base URL")), qPrintable(message));
    QCOMPARE(vidu.submits(), 1);
    // Check again looks the task up; the page is still there and the task stays Unknown.
    const qsizetype before = vidu.server.requests().size();
    QString error;
    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(vidu.server.requests().size() > before, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasCallPlanned(id) && rig.engine->requestsInFlight() == 0, Wait);
    QCOMPARE(rig.state(id), TaskState::Unknown);
    QCOMPARE(vidu.submits(), 1);
}

// --- the key and the logs -------------------------------------------------------------------------

void TestEngineHostile::apiKeyNeverLoggedAtFullVerbosity()
{
    // Everything on: every category of QueueLens and of Qt, down to debug.
    LogCapture::take();
    LogCapture::previous = qInstallMessageHandler(LogCapture::handler);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const auto restore = qScopeGuard([] {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(LogCapture::previous);
    });

    HostileServer elsewhere;
    QVERIFY(elsewhere.isListening());
    FakeVidu vidu;
    QVERIFY(vidu.server.isListening());
    vidu.redirectTarget = elsewhere.url(QStringLiteral("/ent/v2/text2video"), QStringLiteral("localhost"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Rig rig(dir.filePath(QStringLiteral("keys.sqlite")));
        QVERIFY2(rig.opened, qPrintable(rig.openError));
        const ProviderProfile profile = viduProfile(rig, vidu.baseUrl());

        // Submit, polls (one answered by an error that quotes the key back), cancel.
        vidu.poll = FakeVidu::Poll::EchoError;
        const qint64 live = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}));
        QVERIFY(live > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(live)->lastError
                                      && rig.engine->task(live)->lastError->httpStatus == 500,
                                  qPrintable(describe(rig.engine->task(live))), Wait);
        vidu.poll = FakeVidu::Poll::Processing;
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(live) == TaskState::Running, qPrintable(describe(rig.engine->task(live))),
                                  Wait);
        QString error;
        QVERIFY2(rig.engine->cancel(live, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(live) == TaskState::Cancelled, qPrintable(describe(rig.engine->task(live))),
                                  Wait);
        QCOMPARE(vidu.cancels(), 1);

        // A refused submit whose error quotes the key back.
        const qint64 refused = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}, QStringLiteral("[echo401] a fox")));
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(refused) == TaskState::Rejected,
                                  qPrintable(describe(rig.engine->task(refused))), Wait);

        // A submit redirected to another host.
        const qint64 redirected =
            rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}, QStringLiteral("[redirect] a fox")));
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(redirected) == TaskState::Unknown,
                                  qPrintable(describe(rig.engine->task(redirected))), Wait);
        QVERIFY2(rig.engine->task(redirected)->lastError->message.contains(QStringLiteral("localhost")),
                 qPrintable(describe(rig.engine->task(redirected))));

        // The key did travel where it belongs (so the test can tell it apart in the logs).
        QVERIFY(vidu.server.received().contains("Token " + Key));
        QCOMPARE(elsewhere.connections(), 0);

        // What is kept about the tasks: errors, raw bodies, timelines.
        for (const qint64 id : {live, refused, redirected}) {
            const Task task = *rig.engine->task(id);
            if (task.lastError) {
                QVERIFY2(keyFormIn(task.lastError->message.toUtf8()).isEmpty(), qPrintable(describe(task)));
                QVERIFY2(keyFormIn(task.lastError->rawBody).isEmpty(), task.lastError->rawBody.constData());
            }
            for (const TaskEvent &event : rig.engine->events(id))
                QVERIFY2(keyFormIn((event.excerpt + event.cause).toUtf8()).isEmpty(), qPrintable(event.excerpt));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
        for (const QString &notice : rig.notices)
            QVERIFY2(keyFormIn(notice.toUtf8()).isEmpty(), qPrintable(notice));
    }

    const QStringList lines = LogCapture::take();
    // The switch did work: the HTTP client's debug lines are there.
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &line) { return line.startsWith(QLatin1String("queuelens.http: ")); }),
             qPrintable(lines.join(QLatin1Char('\n')).left(4000)));
    for (const QString &line : lines)
        QVERIFY2(keyFormIn(line.toUtf8()).isEmpty(), qPrintable(line));

    // The database files, byte for byte (WAL and journal included), once the engine is gone.
    const QFileInfoList files = QDir(dir.path()).entryInfoList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(keyFormIn(bytes).isEmpty(), qPrintable(info.fileName()));
    }
    // The other host never saw it either.
    QCOMPARE(elsewhere.connections(), 0);
}

QTEST_MAIN(TestEngineHostile)
#include "tst_engine_hostile.moc"
