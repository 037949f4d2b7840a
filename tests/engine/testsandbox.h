#pragma once

// The in-process sandbox provider, seen through a narrow interface. The wrapper's .cpp is the
// only engine-test file that includes sandbox headers, so the engine's and the sandbox's
// internal class names can never meet in one translation unit.

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class TestSandbox
{
public:
    TestSandbox();
    ~TestSandbox();

    bool start();
    QUrl baseUrl(const QString &provider) const;
    // The next `count` requests of the provider on `route` ("submit", "poll", "cancel", "*", or a
    // path pattern) get this scenario (directive syntax, e.g. "status=429 retry-after=none").
    bool queueOutcome(const QString &provider, const QString &route, const QString &scenario, int count = 1,
                      QString *error = nullptr);
    void reset();

    quint64 totalRequests() const;
    // Requests to one provider (path prefix "/<provider>/"), optionally one method only.
    quint64 requestsTo(const QString &provider, const QString &method = {}) const;
    // Requests that got no answer at all (the "hang" fault).
    quint64 unansweredRequests(const QString &provider) const;
    QString countersText() const;
    int taskCount(const QString &provider = {}) const;
    // Lets tasks held by "stuck" carry on now; how many were held.
    int releaseStuckTasks();
    // Where the provider's task stands now: "queued", "running", "succeeded", "failed", ...
    // (empty for an unknown id).
    QString taskPhase(const QString &remoteId) const;
    // Codes the provider reports inside a task ("fail=" values).
    QStringList inTaskCodes(const QString &provider) const;
    // Catalog codes the sandbox can answer a request with, and the HTTP status it uses.
    struct Code
    {
        QString code;
        int status = 0;
        bool inTask = false;
    };
    QList<Code> catalog(const QString &provider) const;
    int heldConnectionCount() const;
    // Polls of one task that arrived while another poll of it was still unanswered.
    int overlappingPolls() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
