#include "scenariomix.h"

#include "scenarioparser.h"

namespace QueueLensSandbox {

namespace {

Scenario parsed(const char *text)
{
    return ScenarioParser::parseTokens(QString::fromLatin1(text), nullptr).value_or(Scenario{});
}

quint64 fnv1a(const QString &text)
{
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace

ScenarioMix::ScenarioMix()
    : m_unseededSalt(QRandomGenerator64::global()->generate())
{
}

void ScenarioMix::setSeed(quint64 seed)
{
    m_seed = seed;
}

void ScenarioMix::clearSeed()
{
    m_seed.reset();
}

std::optional<quint64> ScenarioMix::seed() const
{
    return m_seed;
}

void ScenarioMix::setDefaults(const Scenario &defaults)
{
    m_defaults = defaults;
}

const Scenario &ScenarioMix::defaults() const
{
    return m_defaults;
}

void ScenarioMix::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
}

QList<ScenarioMix::Entry> ScenarioMix::entries() const
{
    return m_entries.isEmpty() ? builtInMix() : m_entries;
}

QList<ScenarioMix::Entry> ScenarioMix::builtInMix()
{
    // A demo should show a busy, mostly healthy queue with every kind of trouble now and then.
    return {
        {50, parsed("queue=1s..5s run=4s..15s")},
        {10, parsed("queue=5s..20s run=20s..60s steps=10")},
        {12, parsed("queue=1s..4s run=3s..10s fail=random")},
        {5, parsed("queue=1s..3s run=10s..20s timeout")},
        {6, parsed("error=random")},
        {4, parsed("queue=1s..3s run=5s stuck")},
        {4, parsed("queue=1s..3s run=5s..10s vanish=20s..40s")},
        {5, parsed("queue=1s..3s run=5s..10s poll-fault=503 poll-count=2")},
        {4, parsed("queue=1s..3s run=5s..10s fault=429 retry-after=3")},
    };
}

QRandomGenerator64 ScenarioMix::taskRng(const QString &provider, quint64 sequence) const
{
    const quint64 base = m_seed ? *m_seed : m_unseededSalt;
    // splitmix-style scrambling so neighbouring sequence numbers give unrelated streams
    quint64 x = base ^ fnv1a(provider) ^ (sequence * 0x9E3779B97F4A7C15ULL);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    const quint32 words[2] = {quint32(x), quint32(x >> 32)};
    return QRandomGenerator64(words, 2);
}

Scenario ScenarioMix::baseScenario(QRandomGenerator64 &rng) const
{
    Scenario scenario = parsed("queue=2s run=6s steps=4");
    scenario.overrideWith(m_defaults);
    if (!m_seed)
        return scenario;
    const QList<Entry> mix = entries();
    int total = 0;
    for (const Entry &entry : mix)
        total += std::max(0, entry.weight);
    if (total <= 0)
        return scenario;
    int pick = int(rng.bounded(quint64(total)));
    for (const Entry &entry : mix) {
        pick -= std::max(0, entry.weight);
        if (pick < 0) {
            scenario.overrideWith(entry.scenario);
            break;
        }
    }
    return scenario;
}

} // namespace QueueLensSandbox
