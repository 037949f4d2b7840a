#include "clock.h"

#include <QElapsedTimer>

namespace {
qint64 steadyNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}
} // namespace

SystemClock::SystemClock()
    : m_origin(steadyNowMs())
{
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return steadyNowMs() - m_origin;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start)
{
}

QDateTime ManualClock::nowUtc() const
{
    return m_start.addMSecs(m_elapsedMs);
}

qint64 ManualClock::monotonicMs() const
{
    return m_elapsedMs;
}

void ManualClock::advanceMs(qint64 ms)
{
    m_elapsedMs += ms;
}
