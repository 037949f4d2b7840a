#include "testsandbox.h"

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>

struct TestSandbox::Impl
{
    SandboxServer server;
};

TestSandbox::TestSandbox()
    : d(std::make_unique<Impl>())
{
}

TestSandbox::~TestSandbox() = default;

bool TestSandbox::start()
{
    return d->server.start();
}

QUrl TestSandbox::baseUrl(const QString &provider) const
{
    return d->server.baseUrl(provider);
}

bool TestSandbox::queueOutcome(const QString &provider, const QString &route, const QString &scenario, int count,
                               QString *error)
{
    return d->server.queueOutcome(provider, route, scenario, count, error);
}

void TestSandbox::reset()
{
    d->server.reset();
}

quint64 TestSandbox::totalRequests() const
{
    return d->server.totalRequests();
}

quint64 TestSandbox::requestsTo(const QString &provider, const QString &method) const
{
    quint64 total = 0;
    const QString prefix = QLatin1Char('/') + provider + QLatin1Char('/');
    for (const RequestCounters::Row &row : d->server.counters()) {
        if (row.route.startsWith(prefix) && (method.isEmpty() || row.method == method))
            total += row.count;
    }
    return total;
}

quint64 TestSandbox::unansweredRequests(const QString &provider) const
{
    quint64 total = 0;
    const QString prefix = QLatin1Char('/') + provider + QLatin1Char('/');
    for (const RequestCounters::Row &row : d->server.counters()) {
        if (row.route.startsWith(prefix) && row.status == 0)
            total += row.count;
    }
    return total;
}

QString TestSandbox::countersText() const
{
    return QString::fromUtf8(QJsonDocument(d->server.countersJson()).toJson(QJsonDocument::Compact));
}

int TestSandbox::taskCount(const QString &provider) const
{
    return d->server.taskCount(provider);
}

int TestSandbox::releaseStuckTasks()
{
    return d->server.releaseStuckTasks();
}

QString TestSandbox::taskPhase(const QString &remoteId) const
{
    const std::optional<QJsonObject> task = d->server.taskJson(remoteId);
    return task ? task->value(QLatin1StringView("phase")).toString() : QString();
}

int TestSandbox::overlappingPolls() const
{
    return int(d->server.overlappingPolls());
}

int TestSandbox::heldConnectionCount() const
{
    return d->server.heldConnectionCount();
}

QStringList TestSandbox::inTaskCodes(const QString &provider) const
{
    return d->server.inTaskCodes(provider);
}

QList<TestSandbox::Code> TestSandbox::catalog(const QString &provider) const
{
    QList<Code> codes;
    const QJsonArray array = d->server.catalogJson(provider);
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        codes.append({object.value(QStringLiteral("code")).toString(), object.value(QStringLiteral("sandbox_status")).toInt(),
                      object.value(QStringLiteral("in_task")).toBool()});
    }
    return codes;
}
