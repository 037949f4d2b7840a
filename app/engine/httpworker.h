#pragma once

#include "httpclient.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// HttpClient's network side, on the client's own thread: the QNetworkAccessManager, the
// replies and every rule of HttpClient (timeouts and deadline, body cap, same-origin redirects, TLS errors
// reported). Each finished request is handed to the delivery function on this thread; the
// client passes it to the caller's thread. Only the client uses it.
class HttpWorker : public QObject
{
    Q_OBJECT

public:
    using Delivery = std::function<void(quint64 handle, HttpOutcome outcome)>;

    explicit HttpWorker(Delivery deliver);
    ~HttpWorker() override;

    void start(quint64 handle, const ProviderRequest &request, int timeoutMs, qint64 maxBodyBytes, qint64 deadlineMs);
    void abort(quint64 handle);   // no delivery for it
    void abortAll();

private:
    struct Pending;
    QNetworkAccessManager *network();
    void issue(Pending *pending);
    // A same-origin 3xx with a Location is sent on (true); otherwise the reply is final.
    bool followRedirect(Pending *pending, QNetworkReply *reply);
    void finish(QNetworkReply *reply);
    ApiError transportError(const Pending &pending, QNetworkReply *reply) const;

    Delivery m_deliver;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QNetworkReply *, Pending *> m_pending;
    QHash<quint64, QNetworkReply *> m_byHandle;
};
