#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace QueueLensSandbox {

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request, copied out of QHttpServerRequest: the server reuses its request object
// for the next request on the connection, and delayed replies outlive handleRequest().
struct SandboxRequest
{
    QByteArray method;        // "GET", "POST", ...
    QString path;             // decoded path, "/foxapi/v1/tasks/task-unified-..."
    QUrlQuery query;
    SandboxHeaders headers;   // names as the client sent them
    QByteArray body;

    // Header value, name compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString queryValue(const QString &key) const;
};

// How the transport layer hands a reply to the client. Everything except Normal is a fault.
enum class DeliveryMode {
    Normal,    // write at once
    Delayed,   // write everything after delayMs
    Trickle,   // headers at once, then the body in small pieces spread over delayMs
    Hang,      // never answer; the connection stays open until the client gives up
    Drop,      // headers and half the body, then close the connection
    Deferred,  // produce() runs on a worker thread; its reply is written when ready
};

// Something that waits for an exchange to end: the answer has been handed to the socket, or
// the client went away first. end() may be called more than once; only the first call counts.
class ExchangeEnd
{
public:
    virtual ~ExchangeEnd() = default;
    virtual void end() = 0;
};

// What to send back. Protocol handlers fill status, body and headers; the fault layer may
// change the delivery mode or the body afterwards.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    SandboxHeaders headers;
    DeliveryMode mode = DeliveryMode::Normal;
    qint64 delayMs = 0;
    // For Deferred: builds the real reply off the event loop (must not touch sandbox state
    // other than thread-safe services such as ResultFactory).
    std::function<SandboxReply()> produce;

    // Bookkeeping for counters and the debug log; not sent.
    QString route;   // route pattern, "/foxapi/v1/tasks/{id}"; empty for admin and files
    QString fault;   // "hang", "drop", "malformed", ... when a fault shaped this reply
    // Told when this answer is out (the poll overlap count uses it); null for most replies.
    std::shared_ptr<ExchangeEnd> onEnd;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply json(int status, const QJsonArray &array);
    static SandboxReply raw(int status, const QByteArray &contentType, const QByteArray &body);
};

// Reason phrase for the status line; unknown codes (499, 524) get a neutral phrase.
QByteArray sandboxReasonPhrase(int status);

} // namespace QueueLensSandbox
