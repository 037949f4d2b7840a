#pragma once

#include <QDateTime>

// Time as the engine sees it. Production uses SystemClock; tests use ManualClock so that
// backoff, Retry-After and deadlines are asserted without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual qint64 monotonicMs() const = 0;    // for intervals; never goes backwards
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

private:
    qint64 m_origin;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    void advanceMs(qint64 ms);

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};
