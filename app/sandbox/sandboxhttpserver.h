#pragma once

#include "sandboxexchange.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QThreadPool>

#include <functional>

class QTcpSocket;

namespace QueueLensSandbox {

// The transport: a QAbstractHttpServer that writes its answers straight to the socket.
// QHttpServer's responder can only send a whole response at once, but the fault scenarios need
// to hold a request open, trickle a body, or close the connection half-way, and all of that
// must happen on the event loop (timers keyed to the socket), never by blocking a thread.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;

    explicit SandboxHttpServer(QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    void setHandler(Handler handler);

    // Binds 127.0.0.1 only; returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port);
    void stopListening();

    // Connections held open by the "hang" fault.
    int heldConnectionCount() const;
    void closeHeldConnections();

    // Waits for deferred replies still being produced (call before their inputs go away).
    void waitForBackgroundWork();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter,
                 const QByteArray &logLine, qint64 startedNs, bool headOnly);
    void writeWhole(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter, bool headOnly = false);
    void startTrickle(QTcpSocket *socket, const SandboxReply &reply, bool closeAfter);
    void logServed(const QByteArray &logLine, const SandboxReply &reply, qint64 startedNs) const;

    Handler m_handler;
    QElapsedTimer m_clock;
    QList<QPointer<QTcpSocket>> m_held;
    QThreadPool m_pool;   // deferred replies (result files drawn on first download)
};

} // namespace QueueLensSandbox
