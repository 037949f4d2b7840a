#pragma once

#include "apierror.h"
#include "providerexchange.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

class HttpWorker;

// What one request produced: an HTTP answer (any status) or a transport error.
struct HttpOutcome
{
    std::optional<ProviderReply> reply;   // set when an HTTP answer arrived in full
    std::optional<ApiError> error;        // phase Transport, provider "queuelens", otherwise
    qint64 elapsedMs = 0;

    bool isReply() const { return reply.has_value(); }
};

// The one HTTP client of the process, with the hygiene every provider call needs:
// a transfer timeout and an overall deadline on every request, a cap on response bodies, TLS
// errors reported (never ignored), redirects followed only to the same scheme, host and port
// (so the Authorization header never travels to another host), and the system proxy honoured.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpOutcome &)>;
    static constexpr qint64 DefaultMaxBodyBytes = 8 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;
    static constexpr int DefaultTimeoutMs = 30000;
    // The derived overall deadline (requestDeadlineMs() == 0): this many transfer timeouts, or
    // the time the largest allowed body takes at DeadlineMinBytesPerSecond, whichever is longer
    // (so that a big result download on a slow line still fits).
    static constexpr int DeadlineTransferTimeouts = 10;
    static constexpr qint64 DeadlineMinBytesPerSecond = 64 * 1024;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    // The overall deadline of one request, redirects included. The transfer timeout alone only
    // catches silence: a server that trickles an endless answer a few bytes at a time never
    // trips it, and the request (and the task's one call in flight) would hang for ever.
    // 0 (the default): derived per request from its timeout and body cap, see above.
    void setRequestDeadlineMs(qint64 ms);
    qint64 requestDeadlineMs() const;
    // The deadline a request with this transfer timeout and body cap gets.
    qint64 deadlineFor(int timeoutMs, qint64 maxBodyBytes) const;

    // Sends the request; done is called exactly once, later (never from inside send()),
    // unless the request is aborted with abort() or abortAll(). Returns a handle (> 0).
    // timeoutMs: transfer timeout (no bytes moved for this long). maxBodyBytes < 0: the default.
    // Every request also ends at its overall deadline (deadlineFor()).
    quint64 send(const ProviderRequest &request, int timeoutMs, Callback done, qint64 maxBodyBytes = -1);
    // Stops a request; its callback is not called.
    void abort(quint64 handle);
    // Stops every request (shutdown); no callback is called.
    void abortAll();
    int inFlightCount() const;

private:
    void deliver(quint64 handle, const HttpOutcome &outcome);

    QThread m_thread;
    HttpWorker *m_worker = nullptr;   // lives on m_thread
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    qint64 m_requestDeadlineMs = 0;
    quint64 m_nextHandle = 1;
    QHash<quint64, Callback> m_callbacks;   // requests whose answer is still awaited
};
