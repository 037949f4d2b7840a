#include "httpclient.h"

#include "enginelogging.h"
#include "errorcatalog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#ifndef QT_NO_SSL
#include <QSslError>
#endif

struct HttpClient::Pending
{
    quint64 handle = 0;
    Callback done;
    QUrl url;                  // the URL asked for (redirects never change the host)
    QByteArray method;
    qint64 maxBodyBytes = 0;
    QByteArray body;
    QElapsedTimer elapsed;
    bool abortedByUs = false;  // abort() or abortAll(): no callback
    bool tooLarge = false;
    bool timedOut = false;
    QString refusedRedirect;   // the foreign URL of a redirect that was not followed
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

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

HttpClient::~HttpClient()
{
    abortAll();
}

void HttpClient::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes > 0 ? bytes : DefaultMaxBodyBytes;
}

qint64 HttpClient::maxBodyBytes() const
{
    return m_maxBodyBytes;
}

QNetworkAccessManager *HttpClient::networkAccessManager() const
{
    return m_nam;
}

int HttpClient::inFlightCount() const
{
    return int(m_pending.size());
}

quint64 HttpClient::send(const ProviderRequest &request, int timeoutMs, Callback done, qint64 maxBodyBytes)
{
    auto *pending = new Pending;
    pending->handle = m_nextHandle++;
    pending->done = std::move(done);
    pending->url = request.url;
    pending->method = request.method.toUpper();
    pending->maxBodyBytes = maxBodyBytes > 0 ? maxBodyBytes : m_maxBodyBytes;
    pending->elapsed.start();

    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(timeoutMs > 0 ? timeoutMs : 30000);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(MaxRedirects);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QueueLens"));
    bool hasContentType = false;
    for (const auto &[name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!request.body.isEmpty() && !hasContentType)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = nullptr;
    if (pending->method == "GET")
        reply = m_nam->get(networkRequest);
    else if (pending->method == "POST")
        reply = m_nam->post(networkRequest, request.body);
    else if (pending->method == "PUT")
        reply = m_nam->put(networkRequest, request.body);
    else if (pending->method == "DELETE" && request.body.isEmpty())
        reply = m_nam->deleteResource(networkRequest);
    else
        reply = m_nam->sendCustomRequest(networkRequest, pending->method, request.body);

    m_pending.insert(reply, pending);
    m_byHandle.insert(pending->handle, reply);
    qCDebug(lcHttp).noquote() << pending->method << request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                              << "sent";

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
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        Pending *p = m_pending.value(reply);
        if (!p)
            return;
        if (sameOrigin(p->url, target)) {
            emit reply->redirectAllowed();
            return;
        }
        p->refusedRedirect = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        reply->abort();
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
    return pending->handle;
}

void HttpClient::abort(quint64 handle)
{
    QNetworkReply *reply = m_byHandle.value(handle);
    if (!reply)
        return;
    if (Pending *p = m_pending.value(reply))
        p->abortedByUs = true;
    reply->abort();
}

void HttpClient::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        if (Pending *p = m_pending.value(reply))
            p->abortedByUs = true;
        reply->abort();
    }
}

void HttpClient::finish(QNetworkReply *reply)
{
    Pending *p = m_pending.take(reply);
    if (!p)
        return;
    m_byHandle.remove(p->handle);
    reply->deleteLater();
    std::unique_ptr<Pending> owner(p);
    if (p->abortedByUs)
        return;

    if (!p->tooLarge && reply->isOpen())
        p->body += reply->readAll();
    if (p->body.size() > p->maxBodyBytes)
        p->tooLarge = true;

    HttpOutcome result;
    result.elapsedMs = p->elapsed.elapsed();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool answered = status.isValid() && status.toInt() > 0;

    if (!p->tooLarge && p->refusedRedirect.isEmpty()
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

    Callback done = std::move(p->done);
    done(result);
}

ApiError HttpClient::transportError(const Pending &pending, QNetworkReply *reply) const
{
    ApiError error;
    error.phase = ApiPhase::Transport;
    error.provider = QStringLiteral("queuelens");
    const QString host = hostOf(pending.url);
    const QString qtText = reply->errorString();

    if (pending.tooLarge) {
        error.code = QStringLiteral("response_too_large");
        error.message = tr("The answer from %1 was larger than %2 bytes and was not read.")
                            .arg(host)
                            .arg(pending.maxBodyBytes);
    } else if (!pending.refusedRedirect.isEmpty()) {
        error.code = QStringLiteral("unexpected_response");
        error.message = tr("%1 redirected the request to %2. QueueLens follows redirects only within the same "
                           "host, so the API key was not sent there.")
                            .arg(host, pending.refusedRedirect);
    } else if (!pending.tlsErrors.isEmpty()) {
        error.code = QStringLiteral("tls_error");
        error.message = tr("The secure connection to %1 failed: %2").arg(host, pending.tlsErrors.join(QStringLiteral("; ")));
    } else {
        const QNetworkReply::NetworkError networkError = reply->error();
        error.code = codeFor(networkError);
        if (error.code == QLatin1String("connection_timeout"))
            error.message = tr("No data from %1 within the transfer timeout (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("connection_refused"))
            error.message = tr("%1 refused the connection (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("host_not_found"))
            error.message = tr("The host name %1 could not be resolved (%2).").arg(pending.url.host(), qtText);
        else if (error.code == QLatin1String("connection_closed"))
            error.message = tr("The connection to %1 closed before the whole answer arrived (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("proxy_error"))
            error.message = tr("The proxy failed while connecting to %1 (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("network_unreachable"))
            error.message = tr("The network is not available; %1 could not be reached (%2).").arg(host, qtText);
        else if (error.code == QLatin1String("tls_error"))
            error.message = tr("The secure connection to %1 failed (%2).").arg(host, qtText);
        else
            error.message = tr("The request to %1 failed (%2).").arg(host, qtText);
    }
    ErrorCatalog::instance().classify(error);
    return error;
}
