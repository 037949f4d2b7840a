#include "httpworker.h"

#include "enginelogging.h"
#include "errorcatalog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

#ifndef QT_NO_SSL
#include <QSslError>
#endif

struct HttpWorker::Pending
{
    quint64 handle = 0;
    ProviderRequest request;   // what is sent now (a followed redirect changes URL, maybe method)
    QUrl url;                  // the URL first asked for (redirects never change the host)
    QByteArray method;
    int timeoutMs = 0;
    qint64 deadlineMs = 0;     // overall, counted from start() across redirects
    int redirectsLeft = HttpClient::MaxRedirects;
    qint64 maxBodyBytes = 0;
    QByteArray body;
    QElapsedTimer elapsed;
    bool abortedByUs = false;  // abort() or abortAll(): no callback
    bool tooLarge = false;
    bool timedOut = false;
    bool pastDeadline = false; // still not finished at deadlineMs (an endless, slow answer)
    QString refusedRedirect;   // the foreign URL of a redirect that was not followed
    bool tooManyRedirects = false;
    QStringList tlsErrors;
};

namespace {

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

// The catalog code of a network-level failure.
QString codeFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection_refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host_not_found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("connection_timeout");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection_closed");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("tls_error");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return QStringLiteral("proxy_error");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return QStringLiteral("network_unreachable");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QStringLiteral("unexpected_response");
    default:
        return QStringLiteral("connection_closed");
    }
}

// Qt turns every HTTP error status into a NetworkError of its own (400 is even a "protocol"
// error). With a status line received, only network-level failures (below 200) and a broken
// protocol stream mean the answer is unusable; everything else is the provider's answer.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return int(error) >= 200 && error != QNetworkReply::ProtocolFailure;
}

} // namespace

HttpWorker::HttpWorker(Delivery deliver)
    : m_deliver(std::move(deliver))
{
}

HttpWorker::~HttpWorker()
{
    abortAll();
    qDeleteAll(m_pending);
}

QNetworkAccessManager *HttpWorker::network()
{
    // Made on first use, so that it lives on the worker's thread.
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        // Redirects are followed here, not by Qt: its user-verified redirects made it send the
        // first request twice on one connection now and then when it ran off the main thread.
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_nam;
}

void HttpWorker::start(quint64 handle, const ProviderRequest &request, int timeoutMs, qint64 maxBodyBytes,
                       qint64 deadlineMs)
{
    auto *pending = new Pending;
    pending->handle = handle;
    pending->request = request;
    pending->request.method = request.method.toUpper();
    pending->url = request.url;
    pending->method = pending->request.method;
    pending->timeoutMs = timeoutMs > 0 ? timeoutMs : HttpClient::DefaultTimeoutMs;
    pending->deadlineMs = deadlineMs > 0 ? deadlineMs : qint64(pending->timeoutMs) * HttpClient::DeadlineTransferTimeouts;
    pending->maxBodyBytes = maxBodyBytes;
    pending->elapsed.start();
    issue(pending);
}

void HttpWorker::issue(Pending *pending)
{
    const ProviderRequest &request = pending->request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(pending->timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QueueLens"));
    bool hasContentType = false;
    for (const auto &[name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!request.body.isEmpty() && !hasContentType)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkAccessManager *nam = network();
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = nam->get(networkRequest);
    else if (request.method == "POST")
        reply = nam->post(networkRequest, request.body);
    else if (request.method == "PUT")
        reply = nam->put(networkRequest, request.body);
    else if (request.method == "DELETE" && request.body.isEmpty())
        reply = nam->deleteResource(networkRequest);
    else
        reply = nam->sendCustomRequest(networkRequest, request.method, request.body);

    m_pending.insert(reply, pending);
    m_byHandle.insert(pending->handle, reply);
    qCDebug(lcHttp).noquote() << pending->method << request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                              << "sent";

    // Qt's transfer timeout restarts with every byte, so a server that trickles an endless body
    // never trips it: the overall deadline (what is left of it after earlier redirects) does.
    // The timer belongs to this reply and goes with it.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        p->pastDeadline = true;
        reply->abort();
    });
    const qint64 left = std::max<qint64>(0, pending->deadlineMs - pending->elapsed.elapsed());
    deadline->start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > p->maxBodyBytes) {
            p->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        Pending *p = m_pending.value(reply);
        if (!p || p->tooLarge || !reply->isOpen())   // a timed-out reply is already closed
            return;
        p->body += reply->readAll();
        if (p->body.size() > p->maxBodyBytes) {
            p->tooLarge = true;
            p->body.clear();
            reply->abort();
        }
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        for (const QSslError &error : errors)
            p->tlsErrors.append(error.errorString());
        // Deliberately not calling ignoreSslErrors(): the handshake fails and is reported.
    });
#endif
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpWorker::abort(quint64 handle)
{
    QNetworkReply *reply = m_byHandle.value(handle);
    if (!reply)
        return;
    if (Pending *p = m_pending.value(reply))
        p->abortedByUs = true;
    reply->abort();
}

void HttpWorker::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        if (Pending *p = m_pending.value(reply))
            p->abortedByUs = true;
        reply->abort();
    }
}

void HttpWorker::finish(QNetworkReply *reply)
{
    Pending *p = m_pending.take(reply);
    if (!p)
        return;
    m_byHandle.remove(p->handle);
    reply->deleteLater();
    std::unique_ptr<Pending> owner(p);
    if (p->abortedByUs)
        return;
    if (followRedirect(p, reply)) {
        owner.release();
        return;
    }

    if (!p->tooLarge && reply->isOpen())
        p->body += reply->readAll();
    if (p->body.size() > p->maxBodyBytes)
        p->tooLarge = true;

    HttpOutcome result;
    result.elapsedMs = p->elapsed.elapsed();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool answered = status.isValid() && status.toInt() > 0;

    if (!p->tooLarge && !p->pastDeadline && p->refusedRedirect.isEmpty() && !p->tooManyRedirects
        && (networkError == QNetworkReply::NoError || (answered && isHttpStatusError(networkError)))) {
        ProviderReply providerReply;
        providerReply.httpStatus = status.toInt();
        providerReply.body = p->body;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            providerReply.headers.insert(name.toLower(), value);
        result.reply = providerReply;
        qCDebug(lcHttp).noquote() << p->method << p->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                  << "->" << providerReply.httpStatus << result.elapsedMs << "ms";
    } else {
        result.error = transportError(*p, reply);
        qCDebug(lcHttp).noquote() << p->method << p->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                  << "->" << result.error->code << result.elapsedMs << "ms";
    }

    m_deliver(p->handle, std::move(result));
}

bool HttpWorker::followRedirect(Pending *p, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!redirect || p->tooLarge || p->pastDeadline || !location.isValid())
        return false;   // a 3xx without a usable Location is the provider's answer
    const QUrl target = p->request.url.resolved(location);
    if (!sameOrigin(p->url, target)) {
        p->refusedRedirect = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        return false;
    }
    if (p->redirectsLeft-- <= 0) {
        p->tooManyRedirects = true;
        return false;
    }
    // As browsers do: 303 (and 301/302 after a POST) continue as a GET without the body;
    // 307 and 308 repeat the method and the body.
    const bool toGet = status == 303 ? p->request.method != "HEAD"
                                     : (status == 301 || status == 302) && p->request.method == "POST";
    if (toGet) {
        p->request.method = QByteArrayLiteral("GET");
        p->request.body.clear();
        p->request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
            return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
        });
    }
    p->request.url = target;
    p->body.clear();
    qCDebug(lcHttp).noquote() << status << "to" << target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    issue(p);
    return true;
}

ApiError HttpWorker::transportError(const Pending &pending, QNetworkReply *reply) const
{
    ApiError error;
    error.phase = ApiPhase::Transport;
    error.provider = QStringLiteral("queuelens");
    const QString host = hostOf(pending.url);
    const QString qtText = reply->errorString();

    if (pending.tooLarge) {
        error.code = QStringLiteral("response_too_large");
        error.message = HttpClient::tr("The answer from %1 was larger than %2 bytes and was not read.")
                            .arg(host)
                            .arg(pending.maxBodyBytes);
    } else if (!pending.refusedRedirect.isEmpty()) {
        error.code = QStringLiteral("unexpected_response");
        error.message = HttpClient::tr("%1 redirected the request to %2. QueueLens follows redirects only within the same "
                           "host, so the API key was not sent there.")
                            .arg(host, pending.refusedRedirect);
    } else if (pending.tooManyRedirects) {
        error.code = QStringLiteral("unexpected_response");
        error.message = HttpClient::tr("%1 redirected the request more than %2 times.").arg(host).arg(HttpClient::MaxRedirects);
    } else if (pending.pastDeadline) {
        // Same code as a transfer timeout (same advice: retry; a submit may have been taken).
        error.code = QStringLiteral("connection_timeout");
        error.message = HttpClient::tr("%1 was still sending its answer after %2 seconds, the limit for one request, so "
                                       "QueueLens stopped waiting. The server keeps the answer open without finishing it.")
                            .arg(host)
                            .arg(double(pending.deadlineMs) / 1000.0, 0, 'g', 3);
    } else if (!pending.tlsErrors.isEmpty()) {
        error.code = QStringLiteral("tls_error");
        error.message = HttpClient::tr("The secure connection to %1 failed: %2").arg(host, pending.tlsErrors.join(QStringLiteral("; ")));
    } else {
        const QNetworkReply::NetworkError networkError = reply->error();
        error.code = codeFor(networkError);
        if (error.code == QLatin1String("connection_timeout"))
            error.message = HttpClient::tr("No data from %1 within the transfer timeout (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("connection_refused"))
            error.message = HttpClient::tr("%1 refused the connection (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("host_not_found"))
            error.message = HttpClient::tr("The host name %1 could not be resolved (%2).").arg(pending.url.host(), qtText);
        else if (error.code == QLatin1String("connection_closed"))
            error.message = HttpClient::tr("The connection to %1 closed before the whole answer arrived (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("proxy_error"))
            error.message = HttpClient::tr("The proxy failed while connecting to %1 (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("network_unreachable"))
            error.message = HttpClient::tr("The network is not available; %1 could not be reached (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("tls_error"))
            error.message = HttpClient::tr("The secure connection to %1 failed (%2).").arg(host, qtText);
        else
            error.message = HttpClient::tr("The request to %1 failed (%2).").arg(host, qtText);
    }
    ErrorCatalog::instance().classify(error);
    return error;
}
