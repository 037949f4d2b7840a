#include "backoffpolicy.h"

#include <algorithm>
#include <cmath>

BackoffPolicy::BackoffPolicy(quint32 seed)
    : m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

int BackoffPolicy::backoffMs(int failures, int capMs)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double raw = std::min<double>(double(capMs), double(BaseBackoffMs) * std::pow(2.0, exponent));
    // Jitter spreads the retries of many tasks that failed together (one 5xx burst).
    const double factor = 1.0 + Jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max(1, int(std::min<double>(capMs, raw * factor)));
}

int BackoffPolicy::pollDelayMs(int intervalMs, qint64 ageMs, int estimatedSeconds)
{
    const int base = std::max(100, intervalMs);
    int delay = base;
    if (ageMs >= 5 * 60 * 1000)
        delay = base * 4;
    else if (ageMs >= 60 * 1000)
        delay = base * 2;

    if (estimatedSeconds > 0) {
        // The provider expects the task to need this much longer: no point asking much before,
        // but never wait more than a few intervals in case the estimate is pessimistic.
        const qint64 remaining = qint64(estimatedSeconds) * 1000 - ageMs;
        if (remaining > delay)
            delay = int(std::min<qint64>(remaining, qint64(base) * 6));
    }
    return std::min(delay, std::max(base, MaxPollIntervalMs));
}
