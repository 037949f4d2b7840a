#pragma once

// A tiny stand-in for the engine's HTTP client, for the end-to-end adapter tests: sends a
// ProviderRequest over real HTTP and returns the ProviderReply an adapter parses. Waiting runs
// a nested event loop, so an in-process SandboxServer keeps serving meanwhile.

#include "provideradapter.h"
#include "providerexchange.h"
#include "taskstate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

class ProviderHttp
{
public:
    // httpStatus 0 = no HTTP answer at all (transport failure or timeout).
    ProviderReply send(const ProviderRequest &request, int timeoutMs = 5000)
    {
        QNetworkRequest http(request.url);
        for (const auto &header : request.headers)
            http.setRawHeader(header.first, header.second);
        return finish(m_nam.sendCustomRequest(http, request.method, request.body), timeoutMs);
    }

    ProviderReply get(const QUrl &url, int timeoutMs = 5000)
    {
        return finish(m_nam.get(QNetworkRequest(url)), timeoutMs);
    }

private:
    static ProviderReply finish(QNetworkReply *reply, int timeoutMs)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        ProviderReply result;
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs)
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_nam;
};

// One task driven the way the engine drives it: submit, poll (plus SeaArt's result fetch),
// cancel, with every update merged into the Task the adapter sees next time.
class TaskRun
{
public:
    TaskRun(const ProviderAdapter *adapter, const ProviderEndpoint &endpoint, ProviderHttp *http)
        : m_adapter(adapter)
        , m_endpoint(endpoint)
        , m_http(http)
    {
        task.provider = adapter->id();
        task.id = 1;
    }

    TaskUpdate submit(const TaskSpec &spec)
    {
        task.spec = spec;
        const TaskUpdate update = exchange(m_adapter->submitRequest(m_endpoint, spec), [this](const ProviderReply &r) {
            return m_adapter->parseSubmit(r);
        });
        task.remoteId = update.remoteId;
        return update;
    }

    // One status call (and the result call when the adapter asks for it); true once terminal.
    bool pollOnce()
    {
        const TaskUpdate update = exchange(m_adapter->statusRequest(m_endpoint, task), [this](const ProviderReply &r) {
            return m_adapter->parseStatus(r, task);
        });
        if (update.fetchResult) {
            const std::optional<ProviderRequest> request = m_adapter->resultRequest(m_endpoint, task);
            if (!request)
                problems << QStringLiteral("fetchResult without a resultRequest");
            else
                exchange(*request, [this](const ProviderReply &r) { return m_adapter->parseResult(r, task); });
        }
        return TaskStates::isTerminal(task.state);
    }

    TaskUpdate cancel()
    {
        const std::optional<ProviderRequest> request = m_adapter->cancelRequest(m_endpoint, task);
        if (!request) {
            problems << QStringLiteral("no cancel request");
            return {};
        }
        return exchange(*request, [this](const ProviderReply &r) { return m_adapter->parseCancel(r, task); });
    }

    Task task;
    QList<TaskState> seen;          // distinct states in order
    QList<TaskUpdate> updates;      // every update, in order
    QList<ProviderReply> replies;   // every raw reply, in order
    QStringList problems;           // transport failures and contract breaches

private:
    template <typename Parse>
    TaskUpdate exchange(const ProviderRequest &request, Parse parse)
    {
        const ProviderReply reply = m_http->send(request);
        replies << reply;
        if (reply.httpStatus == 0) {
            problems << QStringLiteral("no HTTP answer from ") + request.url.toString();
            return {};
        }
        const TaskUpdate update = parse(reply);
        if (update.excerpt.isEmpty() || update.excerpt.size() > 300)
            problems << QStringLiteral("bad excerpt: ") + update.excerpt;
        apply(update);
        updates << update;
        return update;
    }

    void apply(const TaskUpdate &update)
    {
        for (auto it = update.remoteData.begin(); it != update.remoteData.end(); ++it)
            task.remoteData.insert(it.key(), it.value());
        if (update.state) {
            task.state = *update.state;
            if (seen.isEmpty() || seen.last() != task.state)
                seen << task.state;
        }
        if (update.progress >= 0)
            task.progress = update.progress;
        if (update.queuePosition >= 0)
            task.queuePosition = update.queuePosition;
        if (!update.resultUrls.isEmpty())
            task.resultUrls = update.resultUrls;
        if (update.error)
            task.lastError = update.error;
    }

    const ProviderAdapter *m_adapter;
    ProviderEndpoint m_endpoint;
    ProviderHttp *m_http;
};
