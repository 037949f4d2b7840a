#include "faultlayer.h"

#include "retryafter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator64>

namespace QueueLensSandbox {

void FaultLayer::addRule(const Rule &rule)
{
    m_rules.append(rule);
}

QList<FaultLayer::Rule> FaultLayer::rules() const
{
    return m_rules;
}

void FaultLayer::clearRules()
{
    m_rules.clear();
}

bool FaultLayer::matches(const Rule &rule, const QString &provider, const QByteArray &method, const SandboxRoute &route)
{
    if (rule.provider != QLatin1String("*") && rule.provider != provider)
        return false;
    const QString wanted = rule.route.trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("*"))
        return true;
    if (wanted.compare(SandboxRoute::kindId(route.kind), Qt::CaseInsensitive) == 0)
        return true;

    // "[METHOD ]path": the path may leave out the provider prefix.
    QString path = wanted;
    const qsizetype space = wanted.indexOf(QLatin1Char(' '));
    if (space > 0) {
        if (wanted.left(space).compare(QString::fromLatin1(method), Qt::CaseInsensitive) != 0)
            return false;
        path = wanted.mid(space + 1).trimmed();
    }
    const QString prefix = QLatin1Char('/') + provider;
    if (!path.startsWith(prefix + QLatin1Char('/')))
        path = prefix + path;
    return path == route.pattern;
}

std::optional<Scenario> FaultLayer::takeRule(const QString &provider, const QByteArray &method, const SandboxRoute &route)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!matches(rule, provider, method, route))
            continue;
        const Scenario scenario = rule.scenario;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return scenario;
    }
    return std::nullopt;
}

QJsonArray FaultLayer::rulesToJson() const
{
    QJsonArray array;
    for (const Rule &rule : m_rules) {
        array.append(QJsonObject{{QStringLiteral("provider"), rule.provider},
                                 {QStringLiteral("route"), rule.route.isEmpty() ? QStringLiteral("*") : rule.route},
                                 {QStringLiteral("scenario"), rule.scenario.toText()},
                                 {QStringLiteral("remaining"), rule.remaining}});
    }
    return array;
}

qint64 FaultLayer::pickDelay(const std::optional<DurationRange> &range)
{
    if (!range)
        return 0;
    if (range->maxMs <= range->minMs)
        return range->minMs;
    return range->minMs + qint64(QRandomGenerator64::global()->bounded(quint64(range->maxMs - range->minMs + 1)));
}

void FaultLayer::shape(SandboxReply &reply, const Scenario &scenario)
{
    const FaultSpec fault = scenario.fault.value_or(FaultSpec{});
    if (fault.rejects())
        return;   // already turned into an error answer by the protocol
    shapeFault(reply, fault, pickDelay(scenario.delay), scenario.oversizeBytes.value_or(DefaultOversizeBytes));
}

void FaultLayer::shapeFault(SandboxReply &reply, const FaultSpec &fault, qint64 delayMs, qint64 oversizeBytes)
{
    switch (fault.kind) {
    case FaultSpec::Kind::None:
    case FaultSpec::Kind::Status:
        break;
    case FaultSpec::Kind::Hang:
        reply.mode = DeliveryMode::Hang;
        reply.fault = fault.label();
        return;
    case FaultSpec::Kind::Drop:
        reply.mode = DeliveryMode::Drop;
        reply.fault = fault.label();
        return;
    case FaultSpec::Kind::Malformed:
        // The real answer behind a bare word: looks like JSON, is not.
        reply.body = QByteArrayLiteral("{\"sandbox\": malformed, ") + reply.body.mid(1);
        reply.contentType = QByteArrayLiteral("application/json");
        reply.fault = fault.label();
        break;
    case FaultSpec::Kind::Truncated:
        // Complete at the HTTP level (Content-Length matches), cut off at the JSON level.
        reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        reply.fault = fault.label();
        break;
    case FaultSpec::Kind::Oversize: {
        // Still valid JSON, with a huge padding field appended to the real object.
        const qint64 padding = std::max<qint64>(0, oversizeBytes - reply.body.size() - 32);
        QByteArray body = reply.body.trimmed();
        if (body.endsWith('}') && body.size() > 2) {
            body.chop(1);
            body += ',';
        } else {
            body = QByteArrayLiteral("{\"original\":") + (body.isEmpty() ? QByteArrayLiteral("null") : body) + ',';
        }
        body += QByteArrayLiteral("\"sandbox_padding\":\"");
        body += QByteArray(padding, 'x');
        body += QByteArrayLiteral("\"}");
        reply.body = body;
        reply.fault = fault.label();
        break;
    }
    case FaultSpec::Kind::Slow:
        reply.mode = DeliveryMode::Trickle;
        reply.delayMs = delayMs > 0 ? delayMs : DefaultSlowMs;
        reply.fault = fault.label();
        return;
    }
    if (delayMs > 0) {
        reply.mode = DeliveryMode::Delayed;
        reply.delayMs = delayMs;
        if (reply.fault.isEmpty())
            reply.fault = QStringLiteral("delay");
    }
}

void FaultLayer::applyRetryAfter(SandboxReply &reply, const std::optional<RetryAfterSpec> &spec, bool documented)
{
    RetryAfterSpec effective = spec.value_or(RetryAfterSpec{});
    if (effective.form == RetryAfterSpec::Form::ProviderDefault)
        effective.form = documented ? RetryAfterSpec::Form::Seconds : RetryAfterSpec::Form::None;
    switch (effective.form) {
    case RetryAfterSpec::Form::ProviderDefault:
    case RetryAfterSpec::Form::None:
        return;
    case RetryAfterSpec::Form::Seconds:
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(effective.seconds));
        return;
    case RetryAfterSpec::Form::HttpDate:
        // Rounded up to the next whole second so the client never computes less than asked.
        const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(effective.seconds * 1000LL + 999);
        reply.setHeader(QByteArrayLiteral("Retry-After"), RetryAfter::formatHttpDate(when));
        return;
    }
}

} // namespace QueueLensSandbox
