// RequestScheduler and BackoffPolicy on a ManualClock: due times, caps, priorities, Retry-After
// pauses, probe mode, and a single timer however many tasks wait.

#include "engine/backoffpolicy.h"
#include "engine/bulkoperation.h"
#include "engine/requestscheduler.h"

#include "clock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

struct Harness
{
    ManualClock clock;
    RequestScheduler scheduler{&clock};
    QList<qint64> started;   // in dispatch order
    bool accept = true;

    Harness()
    {
        scheduler.setDispatcher([this](qint64 id, RequestScheduler::Priority) {
            if (!accept)
                return false;
            started.append(id);
            return true;
        });
    }

    void step(qint64 ms)
    {
        clock.advanceMs(ms);
        scheduler.pumpNow();
    }
};

} // namespace

class TestEngineScheduler : public QObject
{
    Q_OBJECT

private slots:
    void dispatchesAtDueTime();
    void globalAndProfileCaps();
    void urgentBeforeRoutine();
    void rescheduleReplacesEarlierEntry();
    void blockedProfileWaitsOthersGo();
    void pausedRoutineStillAllowsUrgent();
    void probeModeSendsOnePerInterval();
    void oneTimerForManyTasks();
    void realTimerFiresWithoutWake();
    void backoffGrowsAndIsCapped();
    void adaptivePollCadence();
    void bulkOperationReportsOnce();
};

void TestEngineScheduler::dispatchesAtDueTime()
{
    Harness h;
    h.scheduler.schedule(1, QStringLiteral("p"), 1000, RequestScheduler::Priority::Routine);
    h.scheduler.schedule(2, QStringLiteral("p"), 500, RequestScheduler::Priority::Routine);
    h.step(0);
    QVERIFY(h.started.isEmpty());
    h.step(499);
    QVERIFY(h.started.isEmpty());
    h.step(1);
    QCOMPARE(h.started, QList<qint64>{2});
    h.step(500);
    QCOMPARE(h.started, (QList<qint64>{2, 1}));
    QCOMPARE(h.scheduler.scheduledCount(), 0);
}

void TestEngineScheduler::globalAndProfileCaps()
{
    Harness h;
    h.scheduler.setGlobalLimit(3);
    h.scheduler.setProfileLimit(QStringLiteral("a"), 2);
    h.scheduler.setProfileLimit(QStringLiteral("b"), 2);
    for (qint64 id = 1; id <= 5; ++id)
        h.scheduler.schedule(id, QStringLiteral("a"), 0, RequestScheduler::Priority::Routine);
    for (qint64 id = 11; id <= 15; ++id)
        h.scheduler.schedule(id, QStringLiteral("b"), 0, RequestScheduler::Priority::Routine);
    h.step(0);
    QCOMPARE(h.scheduler.inFlight(), 3);
    QVERIFY(h.scheduler.inFlight(QStringLiteral("a")) <= 2);
    QVERIFY(h.scheduler.inFlight(QStringLiteral("b")) <= 2);
    // Nothing more goes until a request ends.
    h.step(10000);
    QCOMPARE(h.started.size(), 3);
    h.scheduler.finished(QStringLiteral("a"));
    h.step(0);
    QCOMPARE(h.started.size(), 4);
    QCOMPARE(h.scheduler.inFlight(), 3);
}

void TestEngineScheduler::urgentBeforeRoutine()
{
    Harness h;
    h.scheduler.setGlobalLimit(1);
    for (qint64 id = 1; id <= 3; ++id)
        h.scheduler.schedule(id, QStringLiteral("p"), 0, RequestScheduler::Priority::Routine);
    h.scheduler.schedule(99, QStringLiteral("p"), 0, RequestScheduler::Priority::Urgent);
    h.step(0);
    QCOMPARE(h.started, QList<qint64>{99});
}

void TestEngineScheduler::rescheduleReplacesEarlierEntry()
{
    Harness h;
    h.scheduler.schedule(1, QStringLiteral("p"), 100, RequestScheduler::Priority::Routine);
    h.scheduler.schedule(1, QStringLiteral("p"), 5000, RequestScheduler::Priority::Routine);
    h.step(200);
    QVERIFY(h.started.isEmpty());
    QCOMPARE(h.scheduler.dueMs(1), std::optional<qint64>(5000));
    h.step(5000);
    QCOMPARE(h.started, QList<qint64>{1});
    // Unschedule also removes a task that already sits in a ready queue.
    h.accept = false;
    h.scheduler.setGlobalLimit(1);
    h.scheduler.schedule(2, QStringLiteral("p"), 0, RequestScheduler::Priority::Routine);
    h.scheduler.unschedule(2);
    h.accept = true;
    h.step(0);
    QCOMPARE(h.started, QList<qint64>{1});
}

void TestEngineScheduler::blockedProfileWaitsOthersGo()
{
    Harness h;
    h.scheduler.blockProfile(QStringLiteral("a"), 7000);
    h.scheduler.schedule(1, QStringLiteral("a"), 0, RequestScheduler::Priority::Urgent);
    h.scheduler.schedule(2, QStringLiteral("b"), 0, RequestScheduler::Priority::Routine);
    h.step(0);
    QCOMPARE(h.started, QList<qint64>{2});
    QCOMPARE(h.scheduler.blockedProfiles().value(QStringLiteral("a")), 7000);
    h.step(6999);
    QCOMPARE(h.started.size(), 1);
    h.step(1);
    QCOMPARE(h.started, (QList<qint64>{2, 1}));
    QVERIFY(h.scheduler.blockedProfiles().isEmpty());
    // A shorter pause never shortens a longer one.
    h.scheduler.blockProfile(QStringLiteral("a"), 20000);
    h.scheduler.blockProfile(QStringLiteral("a"), 9000);
    QCOMPARE(h.scheduler.blockedProfiles().value(QStringLiteral("a")), 20000);
}

void TestEngineScheduler::pausedRoutineStillAllowsUrgent()
{
    Harness h;
    h.scheduler.setRoutinePaused(true);
    h.scheduler.schedule(1, QStringLiteral("p"), 0, RequestScheduler::Priority::Routine);
    h.scheduler.schedule(2, QStringLiteral("p"), 0, RequestScheduler::Priority::Urgent);
    h.step(0);
    QCOMPARE(h.started, QList<qint64>{2});
    h.step(60000);
    QCOMPARE(h.started.size(), 1);
    h.scheduler.setRoutinePaused(false);
    h.step(0);
    QCOMPARE(h.started, (QList<qint64>{2, 1}));
}

void TestEngineScheduler::probeModeSendsOnePerInterval()
{
    Harness h;
    h.scheduler.setProbeMode(true, 1000);
    h.scheduler.setProfileExempt(QStringLiteral("local"), true);
    h.scheduler.setProfileLimit(QStringLiteral("remote"), 10);
    for (qint64 id = 1; id <= 5; ++id)
        h.scheduler.schedule(id, QStringLiteral("remote"), 0, RequestScheduler::Priority::Routine);
    h.scheduler.schedule(50, QStringLiteral("local"), 0, RequestScheduler::Priority::Routine);
    h.step(0);
    QCOMPARE(h.started, QList<qint64>{50});   // loopback keeps going
    h.step(1000);
    QCOMPARE(h.started.size(), 2);            // one probe
    h.step(500);
    QCOMPARE(h.started.size(), 2);
    h.step(500);
    QCOMPARE(h.started.size(), 3);
    h.scheduler.setProbeMode(false);
    h.step(0);
    QCOMPARE(h.started.size(), 6);
}

void TestEngineScheduler::oneTimerForManyTasks()
{
    Harness h;
    const int before = int(h.scheduler.findChildren<QTimer *>().size());
    for (qint64 id = 1; id <= 5000; ++id)
        h.scheduler.schedule(id, QStringLiteral("p%1").arg(id % 7), 1000 + id, RequestScheduler::Priority::Routine);
    QCOMPARE(int(h.scheduler.findChildren<QTimer *>().size()), before);
    QVERIFY(before <= 1);
    QCOMPARE(h.scheduler.scheduledCount(), 5000);
}

void TestEngineScheduler::realTimerFiresWithoutWake()
{
    SystemClock clock;
    RequestScheduler scheduler(&clock);
    int started = 0;
    scheduler.setDispatcher([&started](qint64, RequestScheduler::Priority) {
        ++started;
        return false;
    });
    scheduler.schedule(1, QStringLiteral("p"), clock.monotonicMs() + 30, RequestScheduler::Priority::Routine);
    QTRY_COMPARE_WITH_TIMEOUT(started, 1, 2000);
}

void TestEngineScheduler::backoffGrowsAndIsCapped()
{
    BackoffPolicy policy(42);
    for (int i = 0; i < 50; ++i) {
        const int first = policy.backoffMs(1, 60000);
        QVERIFY(first >= 800 && first <= 1200);
        const int third = policy.backoffMs(3, 60000);
        QVERIFY(third >= 3200 && third <= 4800);
        QVERIFY(policy.backoffMs(30, 60000) <= 60000);
        QVERIFY(policy.backoffMs(30, 60000) >= 48000);
    }
}

void TestEngineScheduler::adaptivePollCadence()
{
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 0, -1), 3000);
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 2 * 60 * 1000, -1), 6000);
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 10 * 60 * 1000, -1), 12000);
    // FoxAPI estimated_time 45 s: the first polls wait for most of it, at most 6 intervals.
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 0, 45), 18000);
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 40000, 45), 5000);
    QCOMPARE(BackoffPolicy::pollDelayMs(3000, 50000, 45), 3000);
}

void TestEngineScheduler::bulkOperationReportsOnce()
{
    auto *op = new BulkOperation(BulkOperation::Kind::Cancel, {1, 2, 3});
    QPointer<BulkOperation> guard(op);
    QSignalSpy progress(op, &BulkOperation::progress);
    QSignalSpy finished(op, &BulkOperation::finished);
    op->recordOutcome(1, {true, {}});
    op->recordOutcome(2, {false, QStringLiteral("no")});
    QCOMPARE(finished.count(), 0);
    op->recordOutcome(3, {true, {}});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(op->succeededCount(), 2);
    QCOMPARE(op->outcomes().value(2).message, QStringLiteral("no"));
    QTRY_VERIFY(guard.isNull());   // deletes itself after finished()
}

QTEST_MAIN(TestEngineScheduler)
#include "tst_engine_scheduler.moc"
