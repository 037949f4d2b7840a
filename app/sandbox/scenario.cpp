#include "scenario.h"

#include <QRandomGenerator64>
#include <QStringList>

namespace QueueLensSandbox {

namespace {

QString durationText(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + QLatin1Char('s');
    return QString::number(ms) + QStringLiteral("ms");
}

template <typename T>
void take(std::optional<T> &mine, const std::optional<T> &theirs)
{
    if (theirs)
        mine = theirs;
}

// Values with spaces (SeaArt's message-style codes) are quoted so toText() parses back.
// A value read from single quotes may hold a double quote ('a"b'): it needs quoting too, and
// with single quotes (fuzz_scenario found toText() output that did not parse again). The parser
// never yields a value holding both kinds of quote.
QString valueText(const QString &value)
{
    const bool hasDoubleQuote = value.contains(QLatin1Char('"'));
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"')
            || c == QLatin1Char('\''))
            return hasDoubleQuote ? QLatin1Char('\'') + value + QLatin1Char('\'') : QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

qint64 DurationRange::pick(QRandomGenerator64 &rng) const
{
    if (maxMs <= minMs)
        return minMs;
    return minMs + static_cast<qint64>(rng.bounded(static_cast<quint64>(maxMs - minMs + 1)));
}

QString DurationRange::toText() const
{
    if (maxMs <= minMs)
        return durationText(minMs);
    return durationText(minMs) + QStringLiteral("..") + durationText(maxMs);
}

QString FaultSpec::label() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Hang: return QStringLiteral("hang");
    case Kind::Drop: return QStringLiteral("drop");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::Oversize: return QStringLiteral("oversize");
    case Kind::Slow: return QStringLiteral("slow");
    case Kind::Status: return QString::number(status);
    }
    return {};
}

std::optional<FaultSpec> FaultSpec::fromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    FaultSpec spec;
    if (t == QLatin1String("hang"))
        spec.kind = Kind::Hang;
    else if (t == QLatin1String("drop"))
        spec.kind = Kind::Drop;
    else if (t == QLatin1String("malformed"))
        spec.kind = Kind::Malformed;
    else if (t == QLatin1String("truncated"))
        spec.kind = Kind::Truncated;
    else if (t == QLatin1String("oversize"))
        spec.kind = Kind::Oversize;
    else if (t == QLatin1String("slow"))
        spec.kind = Kind::Slow;
    else if (t == QLatin1String("ratelimit"))
        spec = FaultSpec{Kind::Status, 429};
    else if (t == QLatin1String("none"))
        spec.kind = Kind::None;
    else {
        bool ok = false;
        const int status = t.toInt(&ok);
        if (!ok || status < 400 || status > 599)
            return std::nullopt;
        spec = FaultSpec{Kind::Status, status};
    }
    return spec;
}

void Scenario::overrideWith(const Scenario &higher)
{
    take(queue, higher.queue);
    take(run, higher.run);
    take(steps, higher.steps);
    take(fail, higher.fail);
    take(timeout, higher.timeout);
    take(stuck, higher.stuck);
    take(vanish, higher.vanish);
    take(media, higher.media);
    take(outputs, higher.outputs);
    take(shape, higher.shape);
    take(failShape, higher.failShape);
    take(noUrl, higher.noUrl);
    take(error, higher.error);
    take(status, higher.status);
    take(fault, higher.fault);
    take(delay, higher.delay);
    take(retryAfter, higher.retryAfter);
    take(oversizeBytes, higher.oversizeBytes);
    take(pollFault, higher.pollFault);
    take(pollCount, higher.pollCount);
    take(pollDelay, higher.pollDelay);
}

bool Scenario::hasTaskSettings() const
{
    return queue || run || steps || fail || timeout || stuck || vanish || media || outputs || shape
           || failShape || noUrl || pollFault || pollCount || pollDelay;
}

bool Scenario::isEmpty() const
{
    return !hasTaskSettings() && !error && !status && !fault && !delay && !retryAfter && !oversizeBytes;
}

QString Scenario::toText() const
{
    QStringList parts;
    if (queue)
        parts << QStringLiteral("queue=") + queue->toText();
    if (run)
        parts << QStringLiteral("run=") + run->toText();
    if (steps)
        parts << QStringLiteral("steps=%1").arg(*steps);
    if (fail)
        parts << QStringLiteral("fail=") + valueText(*fail);
    if (timeout && *timeout)
        parts << QStringLiteral("timeout");
    if (stuck && *stuck != StuckPhase::None)
        parts << (*stuck == StuckPhase::Queue ? QStringLiteral("stuck=queue") : QStringLiteral("stuck=run"));
    if (vanish)
        parts << QStringLiteral("vanish=") + vanish->toText();
    if (media)
        parts << (*media == MediaKind::Video ? QStringLiteral("media=video") : QStringLiteral("media=image"));
    if (outputs)
        parts << QStringLiteral("outputs=%1").arg(*outputs);
    if (shape)
        parts << QStringLiteral("shape=") + *shape;
    if (failShape)
        parts << QStringLiteral("fail-shape=") + *failShape;
    if (noUrl && *noUrl)
        parts << QStringLiteral("no-url");
    if (error)
        parts << QStringLiteral("error=") + valueText(*error);
    if (status)
        parts << QStringLiteral("status=%1").arg(*status);
    if (fault)
        parts << QStringLiteral("fault=") + fault->label();
    if (delay)
        parts << QStringLiteral("delay=") + delay->toText();
    if (retryAfter) {
        switch (retryAfter->form) {
        case RetryAfterSpec::Form::ProviderDefault: break;
        case RetryAfterSpec::Form::None: parts << QStringLiteral("retry-after=none"); break;
        case RetryAfterSpec::Form::Seconds: parts << QStringLiteral("retry-after=%1").arg(retryAfter->seconds); break;
        case RetryAfterSpec::Form::HttpDate: parts << QStringLiteral("retry-after=date:%1").arg(retryAfter->seconds); break;
        }
    }
    if (oversizeBytes)
        parts << QStringLiteral("size=%1").arg(*oversizeBytes);
    if (pollFault)
        parts << QStringLiteral("poll-fault=") + pollFault->label();
    if (pollCount)
        parts << QStringLiteral("poll-count=%1").arg(*pollCount);
    if (pollDelay)
        parts << QStringLiteral("poll-delay=") + pollDelay->toText();
    return parts.join(QLatin1Char(' '));
}

} // namespace QueueLensSandbox
