#include "sandboxhttpserver.h"

#include "sandboxlogging.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace QueueLensSandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

// Query parameters that may carry credentials (Gemini-style ?key=) are never logged.
QString redactedQuery(const QUrlQuery &query)
{
    if (query.isEmpty())
        return {};
    QUrlQuery copy;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        const QString name = item.first.toLower();
        const bool secret = name == QLatin1String("key") || name.contains(QLatin1String("token"))
                            || name.contains(QLatin1String("secret")) || name.contains(QLatin1String("api_key"));
        copy.addQueryItem(item.first, secret ? QStringLiteral("***") : item.second);
    }
    return QLatin1Char('?') + copy.toString(QUrl::FullyEncoded);
}

// Only the scheme of the Authorization header is logged, never the key itself.
QByteArray authSummary(const QByteArray &authorization)
{
    if (authorization.isEmpty())
        return QByteArrayLiteral("no-auth");
    const qsizetype space = authorization.indexOf(' ');
    return (space > 0 ? authorization.left(space) : QByteArrayLiteral("raw")) + QByteArrayLiteral(" ***");
}

QByteArray statusLine(int status)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + sandboxReasonPhrase(status)
           + QByteArrayLiteral("\r\n");
}

QByteArray headBlock(const SandboxReply &reply, qint64 contentLength, bool closeAfter)
{
    QByteArray head;
    head.reserve(160 + reply.headers.size() * 48);
    head += statusLine(reply.status);
    head += QByteArrayLiteral("Server: queuelens-sandbox\r\n");
    if (!reply.contentType.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + QByteArrayLiteral("\r\n");
    for (const auto &pair : reply.headers)
        head += pair.first + QByteArrayLiteral(": ") + pair.second + QByteArrayLiteral("\r\n");
    if (closeAfter)
        head += QByteArrayLiteral("Connection: close\r\n");
    head += QByteArrayLiteral("\r\n");
    return head;
}

// Ends the exchange early if the client leaves before its answer is out. The connection is
// returned so that a delivered answer can drop it: a kept-alive socket serves many requests.
QMetaObject::Connection endWhenClientLeaves(QTcpSocket *socket, const std::shared_ptr<ExchangeEnd> &onEnd)
{
    if (!onEnd)
        return {};
    const std::weak_ptr<ExchangeEnd> weak = onEnd;
    return QObject::connect(socket, &QAbstractSocket::disconnected, socket, [weak] {
        if (const auto alive = weak.lock())
            alive->end();
    });
}

void endExchange(const std::shared_ptr<ExchangeEnd> &onEnd, const QMetaObject::Connection &hangUpWatch = {})
{
    if (hangUpWatch)
        QObject::disconnect(hangUpWatch);
    if (onEnd)
        onEnd->end();
}

} // namespace

SandboxHttpServer::SandboxHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_clock.start();
    // Leave a core for the event loop on small machines.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

SandboxHttpServer::~SandboxHttpServer()
{
    m_pool.waitForDone();
}

void SandboxHttpServer::waitForBackgroundWork()
{
    m_pool.waitForDone();
}

void SandboxHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

quint16 SandboxHttpServer::listenLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void SandboxHttpServer::stopListening()
{
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers)
        server->close();
    closeHeldConnections();
}

int SandboxHttpServer::heldConnectionCount() const
{
    int count = 0;
    for (const auto &socket : m_held) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void SandboxHttpServer::closeHeldConnections()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &socket : held) {
        if (socket)
            socket->abort();
    }
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 startedNs = m_clock.nsecsElapsed();

    SandboxRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyDecoded);
    copy.query = QUrlQuery(url);
    copy.headers = request.headers();
    copy.body = request.body();

    SandboxReply reply = m_handler ? m_handler(copy) : SandboxReply::json(503, QJsonObject{});
    const bool closeAfter = copy.header("connection").compare("close", Qt::CaseInsensitive) == 0;
    const bool headOnly = copy.method == "HEAD";

    // The log line is prepared only when the category is on: formatting costs more than the
    // request itself under load.
    QByteArray logLine;
    if (lcSandbox().isDebugEnabled()) {
        logLine = copy.method + ' ' + (copy.path + redactedQuery(copy.query)).toUtf8() + " ["
                  + authSummary(copy.header("authorization")) + ']';
    }
    deliver(socket, reply, closeAfter, logLine, startedNs, headOnly);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers everything, so this only runs if Qt changes its mind.
    writeWhole(socket, SandboxReply::json(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}}),
               false);
}

void SandboxHttpServer::deliver(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter,
                                const QByteArray &logLine, qint64 startedNs, bool headOnly)
{
    switch (reply.mode) {
    case DeliveryMode::Normal:
        writeWhole(socket, reply, closeAfter, headOnly);
        endExchange(reply.onEnd);
        logServed(logLine, reply, startedNs);
        return;
    case DeliveryMode::Deferred: {
        // The watcher lives on the socket: if the client leaves first, the result is dropped.
        auto *watcher = new QFutureWatcher<SandboxReply>(socket);
        const QPointer<QTcpSocket> guard(socket);
        const QMetaObject::Connection hangUpWatch = endWhenClientLeaves(socket, reply.onEnd);
        connect(watcher, &QFutureWatcher<SandboxReply>::finished, socket,
                [this, watcher, guard, closeAfter, logLine, startedNs, headOnly, onEnd = reply.onEnd, hangUpWatch] {
                    const SandboxReply produced = watcher->result();
                    watcher->deleteLater();
                    if (!guard)
                        return;
                    writeWhole(guard, produced, closeAfter, headOnly);
                    endExchange(onEnd, hangUpWatch);
                    logServed(logLine, produced, startedNs);
                });
        watcher->setFuture(QtConcurrent::run(&m_pool, reply.produce));
        return;
    }
    case DeliveryMode::Delayed: {
        const QPointer<QTcpSocket> guard(socket);
        const QMetaObject::Connection hangUpWatch = endWhenClientLeaves(socket, reply.onEnd);
        // The socket is the timer's context: if the client gives up first, nothing fires.
        QTimer::singleShot(std::max<qint64>(0, reply.delayMs), socket,
                           [this, guard, reply, closeAfter, logLine, startedNs, headOnly, hangUpWatch] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            writeWhole(guard, reply, closeAfter, headOnly);
            endExchange(reply.onEnd, hangUpWatch);
            logServed(logLine, reply, startedNs);
        });
        return;
    }
    case DeliveryMode::Trickle:
        startTrickle(socket, reply, closeAfter);
        logServed(logLine, reply, startedNs);
        return;
    case DeliveryMode::Hang:
        // Nothing is written. The connection stays open (held) until the client closes it,
        // the sandbox is reset, or it stops; only then is the exchange over.
        m_held.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        m_held.append(socket);
        if (reply.onEnd) {
            // Nothing else keeps the exchange alive: the socket's connection holds it.
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, [onEnd = reply.onEnd] { onEnd->end(); });
        }
        logServed(logLine, reply, startedNs);
        return;
    case DeliveryMode::Drop: {
        // Promise the whole body, send half of it, then hang up.
        const QByteArray half = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        socket->write(headBlock(reply, std::max<qsizetype>(reply.body.size(), half.size() + 1), true));
        socket->write(half);
        socket->flush();
        socket->disconnectFromHost();
        endExchange(reply.onEnd);
        logServed(logLine, reply, startedNs);
        return;
    }
    }
}

void SandboxHttpServer::writeWhole(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter, bool headOnly)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = headBlock(reply, reply.body.size(), closeAfter);
    if (!headOnly)
        out += reply.body;
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

void SandboxHttpServer::startTrickle(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter)
{
    constexpr int Pieces = 8;
    socket->write(headBlock(reply, reply.body.size(), closeAfter));
    auto *timer = new QTimer(socket);
    timer->setInterval(static_cast<int>(std::max<qint64>(1, reply.delayMs / Pieces)));
    const QByteArray body = reply.body;
    const qsizetype pieceSize = std::max<qsizetype>(1, (body.size() + Pieces - 1) / Pieces);
    auto offset = std::make_shared<qsizetype>(0);
    const QMetaObject::Connection hangUpWatch = endWhenClientLeaves(socket, reply.onEnd);
    QObject::connect(timer, &QTimer::timeout, socket,
                     [socket, timer, body, pieceSize, offset, closeAfter, onEnd = reply.onEnd, hangUpWatch] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(*offset, pieceSize));
        *offset += pieceSize;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            endExchange(onEnd, hangUpWatch);
            if (closeAfter)
                socket->disconnectFromHost();
        }
    });
    timer->start();
}

void SandboxHttpServer::logServed(const QByteArray &logLine, const SandboxReply &reply, qint64 startedNs) const
{
    if (logLine.isEmpty())
        return;
    const double ms = double(m_clock.nsecsElapsed() - startedNs) / 1.0e6;
    qCDebug(lcSandbox, "%s -> %d%s%s %.2f ms", logLine.constData(), reply.status,
            reply.fault.isEmpty() ? "" : " fault=", reply.fault.toUtf8().constData(), ms);
}

} // namespace QueueLensSandbox
