#pragma once

#include <QRandomGenerator>

// Delays between calls: exponential backoff with jitter after errors, and the adaptive
// polling cadence (fast while a task is fresh, slower for long runs, provider estimates).
class BackoffPolicy
{
public:
    static constexpr int BaseBackoffMs = 1000;
    static constexpr double Jitter = 0.2;          // +-20 %
    static constexpr int MaxPollIntervalMs = 60000;

    explicit BackoffPolicy(quint32 seed = 0);      // 0: random seed

    // Delay after the n-th consecutive failure (n >= 1): 1 s * 2^(n-1), capped, with jitter.
    int backoffMs(int failures, int capMs);
    // Delay until the next routine poll of a task that has run for ageMs.
    // estimatedSeconds is the provider's estimate of the total run time (-1: none).
    static int pollDelayMs(int intervalMs, qint64 ageMs, int estimatedSeconds);

private:
    QRandomGenerator m_random;
};
