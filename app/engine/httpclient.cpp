#include "httpclient.h"

#include "httpworker.h"

#include <QNetworkProxyFactory>
#include <QPointer>

#include <algorithm>

// The network work (QNetworkAccessManager, reading replies) runs on a thread of its own; only
// the callbacks run on the caller's thread. Under load (thousands of live tasks) this keeps
// the UI thread for the UI.
HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_thread.setObjectName(QStringLiteral("QueueLens HTTP"));
    QPointer<HttpClient> self(this);
    m_worker = new HttpWorker([self](quint64 handle, HttpOutcome outcome) {
        // On the worker's thread: hand over to the client's (dropped if the client is gone).
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, handle, outcome = std::move(outcome)] {
                if (self)
                    self->deliver(handle, outcome);
            },
            Qt::QueuedConnection);
    });
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HttpClient::~HttpClient()
{
    m_callbacks.clear();
    HttpWorker *worker = m_worker;
    // The worker and its replies are deleted on their own thread.
    QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HttpClient::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes > 0 ? bytes : DefaultMaxBodyBytes;
}

qint64 HttpClient::maxBodyBytes() const
{
    return m_maxBodyBytes;
}

void HttpClient::setRequestDeadlineMs(qint64 ms)
{
    m_requestDeadlineMs = ms > 0 ? ms : 0;
}

qint64 HttpClient::requestDeadlineMs() const
{
    return m_requestDeadlineMs;
}

qint64 HttpClient::deadlineFor(int timeoutMs, qint64 maxBodyBytes) const
{
    if (m_requestDeadlineMs > 0)
        return m_requestDeadlineMs;
    const qint64 timeout = timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs;
    const qint64 cap = maxBodyBytes > 0 ? maxBodyBytes : m_maxBodyBytes;
    return std::max(timeout * DeadlineTransferTimeouts, cap / DeadlineMinBytesPerSecond * 1000);
}

int HttpClient::inFlightCount() const
{
    return int(m_callbacks.size());
}

quint64 HttpClient::send(const ProviderRequest &request, int timeoutMs, Callback done, qint64 maxBodyBytes)
{
    const quint64 handle = m_nextHandle++;
    m_callbacks.insert(handle, std::move(done));
    const qint64 cap = maxBodyBytes > 0 ? maxBodyBytes : m_maxBodyBytes;
    const qint64 deadlineMs = deadlineFor(timeoutMs, cap);
    HttpWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, handle, request, timeoutMs, cap, deadlineMs] { worker->start(handle, request, timeoutMs, cap, deadlineMs); },
        Qt::QueuedConnection);
    return handle;
}

void HttpClient::abort(quint64 handle)
{
    // The callback is gone at once, whatever the worker is doing with the reply right now.
    if (!m_callbacks.remove(handle))
        return;
    HttpWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, handle] { worker->abort(handle); }, Qt::QueuedConnection);
}

void HttpClient::abortAll()
{
    m_callbacks.clear();
    HttpWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->abortAll(); }, Qt::QueuedConnection);
}

void HttpClient::deliver(quint64 handle, const HttpOutcome &outcome)
{
    auto it = m_callbacks.find(handle);
    if (it == m_callbacks.end())
        return;   // aborted meanwhile
    Callback done = std::move(it.value());
    m_callbacks.erase(it);
    done(outcome);
}
