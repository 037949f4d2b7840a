#include "sandboxexchange.h"

#include <QJsonDocument>

namespace QueueLensSandbox {

namespace {

bool sameName(const QByteArray &a, QByteArrayView b)
{
    return QByteArrayView(a).compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (sameName(pair.first, name))
            return pair.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (sameName(pair.first, name))
            return true;
    }
    return false;
}

QString SandboxRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (sameName(pair.first, name)) {
            pair.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxReply::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (sameName(pair.first, name))
            return pair.second;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::json(int status, const QJsonArray &array)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return reply;
}

QByteArray sandboxReasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 499: return QByteArrayLiteral("Client Closed Request");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 524: return QByteArrayLiteral("A Timeout Occurred");
    default: break;
    }
    if (status >= 500)
        return QByteArrayLiteral("Server Error");
    if (status >= 400)
        return QByteArrayLiteral("Client Error");
    return QByteArrayLiteral("Status");
}

} // namespace QueueLensSandbox
