#pragma once

// Shared helpers of the sandbox tests: real HTTP through QNetworkAccessManager against an
// in-process SandboxServer. Waiting happens in nested event loops (QSignalSpy::wait), so the
// server, which lives on the same thread, keeps serving while a test waits.

#include "sandboxerrortables.h"
#include "sandboxserver.h"

#include "envelopeparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace QueueLensSandbox;

struct HttpResult
{
    bool finished = false;     // an answer (or a network error) arrived before the timeout
    bool timedOut = false;     // the client gave up
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    EnvelopeParser::Headers headers;   // names lower-cased
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isPng() const { return body.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)); }
    // An APNG has an animation control chunk before the first image data.
    bool isApng() const
    {
        const qsizetype actl = body.indexOf("acTL");
        const qsizetype idat = body.indexOf("IDAT");
        return isPng() && actl > 0 && idat > actl && body.count("fdAT") >= 1;
    }
};

class SandboxClient
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    SandboxClient(SandboxServer &server, const QString &provider, const QByteArray &authorization)
        : m_server(server)
        , m_provider(provider)
        , m_authorization(authorization)
        , m_nam(std::make_unique<QNetworkAccessManager>())
    {
    }

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    const QString &provider() const { return m_provider; }

    // Absolute URLs are used as they are; paths are relative to the provider base URL.
    QUrl url(const QString &pathOrUrl) const
    {
        if (pathOrUrl.startsWith(QLatin1String("http://")))
            return QUrl(pathOrUrl);
        return QUrl(m_server.baseUrl(m_provider).toString() + pathOrUrl);
    }

    HttpResult send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                    const HeaderList &headers = {}, int timeoutMs = 5000)
    {
        QNetworkRequest request(url(pathOrUrl));
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);

        QElapsedTimer clock;
        clock.start();
        // HEAD must go through head(): as a custom verb QNAM would wait for a body.
        QNetworkReply *reply = method == "HEAD" ? m_nam->head(request) : m_nam->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(timeoutMs);
        if (!result.finished) {
            result.timedOut = true;
            reply->abort();
        }
        result.elapsedMs = clock.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (result.finished)
            result.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs)
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path, const HeaderList &headers = {}, int timeoutMs = 5000)
    {
        return send("GET", path, {}, headers, timeoutMs);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const HeaderList &headers = {}, int timeoutMs = 5000)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, timeoutMs);
    }
    HttpResult put(const QString &path, const HeaderList &headers = {}) { return send("PUT", path, {}, headers); }

private:
    SandboxServer &m_server;
    QString m_provider;
    QByteArray m_authorization;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

// The ApiError the client library makes of an HTTP error answer.
inline ApiError parsedError(const QString &provider, const HttpResult &result, ApiPhase phase = ApiPhase::Submit)
{
    return EnvelopeParser::parseHttpError(provider, phase, result.status, result.body, result.headers);
}

// The provider's machine code in an error answer, read along the documented envelope paths
// (protocols.md 7.2) without the app's parser or catalog: the sandbox is checked against the
// providers' documentation, not against the app it serves.
inline QString envelopeCode(const HttpResult &result)
{
    const QJsonObject body = result.json();
    const QJsonValue error = body.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString code = e.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            return code;                                    // SeaArt gateway, FoxAPI, new-api relay
        if (e.contains(QLatin1String("type")))
            return e.value(QLatin1String("type")).toString();   // LLMAPI reasons, OpenAI classes
        return e.value(QLatin1String("message")).toString();    // LLMAPI platform messages
    }
    if (body.contains(QLatin1String("reason")))
        return body.value(QLatin1String("reason")).toString();  // Vidu
    if (body.value(QLatin1String("detail")).isString()) {
        // SeaArt runtime: the message is the identifier ("App not found: x" -> "App not found").
        if (body.contains(QLatin1String("error_type")))
            return body.value(QLatin1String("error_type")).toString();
        return body.value(QLatin1String("detail")).toString().section(QStringLiteral(": "), 0, 0);
    }
    if (body.value(QLatin1String("code")).isString())
        return body.value(QLatin1String("code")).toString();    // new-api task routes
    return body.value(QLatin1String("status")).toString();      // SeaArt cancel outcomes
}

// The sandbox's table entry for a code (the tests' data rows come from these tables).
inline const SandboxErrorCode &tableEntry(const QString &provider, const QString &code)
{
    static const SandboxErrorCode missing{"", 0, true, CodeUse::Request};
    const SandboxErrorCode *entry = SandboxErrorTables::find(provider, code);
    return entry ? *entry : missing;
}

// Polls until done(answer) holds or the time is up; returns every answer, in order. Waiting
// between polls runs the event loop (QTest::qWait), so the in-process server keeps working.
template <typename Poll, typename Done>
QList<HttpResult> pollUntil(Poll poll, Done done, int timeoutMs = 5000, int intervalMs = 25)
{
    QList<HttpResult> seen;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        seen.append(poll());
        if (done(seen.last()) || clock.elapsed() > timeoutMs)
            return seen;
        QTest::qWait(intervalMs);
    }
}

// The distinct values of one JSON field over a series of answers, in the order first seen.
inline QStringList distinctValues(const QList<HttpResult> &answers, const std::function<QString(const QJsonObject &)> &field)
{
    QStringList values;
    for (const HttpResult &answer : answers) {
        const QString value = field(answer.json());
        if (values.isEmpty() || values.last() != value)
            values.append(value);
    }
    return values;
}

// A prompt carrying a v1 scenario directive.
inline QString directive(const QString &prompt, const QString &scenario)
{
    return prompt + QStringLiteral(" [sandbox v1: ") + scenario + QLatin1Char(']');
}

// Timing short enough for tests, long enough to watch every phase with 50 ms polling.
inline QString quickTiming()
{
    return QStringLiteral("queue=0ms run=0ms");
}
