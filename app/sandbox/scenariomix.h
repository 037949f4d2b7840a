#pragma once

#include "scenario.h"

#include <QList>
#include <QRandomGenerator64>
#include <QString>

#include <optional>

namespace QueueLensSandbox {

// Chooses the scenario of a task whose request did not say what should happen.
// Without a seed every such task succeeds with the default timing. With a seed (--seed,
// setSeed(), or a scenario file) tasks draw from a weighted mix instead, and the draw for the
// n-th task of a provider depends only on (seed, provider, n): the same seed replays the same
// demo, whatever order the providers are used in.
class ScenarioMix
{
public:
    struct Entry
    {
        int weight = 1;
        Scenario scenario;
    };

    ScenarioMix();

    void setSeed(quint64 seed);
    void clearSeed();
    std::optional<quint64> seed() const;

    // Applies to every task under whatever the mix or the request says.
    void setDefaults(const Scenario &defaults);
    const Scenario &defaults() const;

    // Replaces the built-in demo mix; an empty list restores it.
    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;
    static QList<Entry> builtInMix();

    // The random generator of the n-th task of a provider (ids, ranges, "random" codes).
    QRandomGenerator64 taskRng(const QString &provider, quint64 sequence) const;
    // Default timing, the defaults, then (when seeded) one entry of the mix.
    Scenario baseScenario(QRandomGenerator64 &rng) const;

private:
    std::optional<quint64> m_seed;
    quint64 m_unseededSalt;
    Scenario m_defaults;
    QList<Entry> m_entries;
};

} // namespace QueueLensSandbox
