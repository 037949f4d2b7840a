// BulkRunner without HTTP: a fake starter stands in for the engine's cancel/retry of one task.

#include "engine/bulkrunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// Records what the runner asked for and refuses the ids it is told to.
struct FakeStarter
{
    QList<QPair<BulkOperation::Kind, qint64>> started;
    QSet<qint64> refuse;

    BulkRunner::Starter starter()
    {
        return [this](BulkOperation::Kind kind, qint64 id, BulkOperation *, QString *why) {
            if (refuse.contains(id)) {
                *why = QStringLiteral("refused %1").arg(id);
                return false;
            }
            started.append({kind, id});
            return true;
        };
    }
};

QList<qint64> range(int from, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(from + i);
    return ids;
}

} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private slots:
    void startsNoMoreThanTheParallelism();
    void parallelismBelowOneStillMakesProgress();
    void completionMakesRoomForTheNext();
    void refusalsAreOutcomesAndFreeNoSlot();
    void duplicatesAreDropped();
    void emptyListFinishesFromTheEventLoop();
    void workIsSlicedPerEventLoopTurn();
    void startsFromTheEventLoop();
    void deletedOperationIsSkipped();
};

void TestBulkRunner::startsNoMoreThanTheParallelism()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    runner.setParallelism(3);
    BulkOperation *op = runner.start(BulkOperation::Kind::Cancel, range(1, 10));
    QCOMPARE(op->parent(), &owner);
    QCOMPARE(op->total(), 10);
    runner.pump();
    QCOMPARE(fake.started.size(), 3);
    QCOMPARE(runner.activeCount(), 3);
    QCOMPARE(runner.queuedCount(), 7);
    QCOMPARE(fake.started.at(0).first, BulkOperation::Kind::Cancel);
    QCOMPARE(fake.started.at(0).second, 1);
    QCOMPARE(fake.started.at(2).second, 3);
    runner.pump();   // still full
    QCOMPARE(fake.started.size(), 3);

}

void TestBulkRunner::parallelismBelowOneStillMakesProgress()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    runner.setParallelism(0);
    runner.start(BulkOperation::Kind::Cancel, range(1, 3));
    runner.pump();
    QCOMPARE(fake.started.size(), 1);
}

void TestBulkRunner::completionMakesRoomForTheNext()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    runner.setParallelism(2);
    QPointer<BulkOperation> op = runner.start(BulkOperation::Kind::Retry, range(1, 3));
    QSignalSpy progress(op.data(), &BulkOperation::progress);
    QSignalSpy finished(op.data(), &BulkOperation::finished);
    runner.pump();
    QCOMPARE(fake.started.size(), 2);

    runner.complete(op, 1, {true, {}});
    QCOMPARE(runner.activeCount(), 1);
    QCOMPARE(progress.count(), 1);
    runner.pump();
    QCOMPARE(fake.started.size(), 3);
    QCOMPARE(fake.started.last().first, BulkOperation::Kind::Retry);

    runner.complete(op, 2, {false, QStringLiteral("no")});
    runner.complete(op, 3, {true, {}});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.activeCount(), 0);
    QCOMPARE(op->succeededCount(), 2);
    QCOMPARE(op->outcomes().value(2).message, QStringLiteral("no"));
    QTRY_VERIFY(op.isNull());   // deletes itself once finished
}

void TestBulkRunner::refusalsAreOutcomesAndFreeNoSlot()
{
    QObject owner;
    FakeStarter fake;
    fake.refuse = {2, 3};
    BulkRunner runner(&owner, fake.starter());
    runner.setParallelism(2);
    BulkOperation *op = runner.start(BulkOperation::Kind::Cancel, range(1, 5));
    runner.pump();
    // 1 starts, 2 and 3 are refused at once, 4 takes the second slot.
    QCOMPARE(fake.started.size(), 2);
    QCOMPARE(fake.started.at(1).second, 4);
    QCOMPARE(op->done(), 2);
    QCOMPARE(op->outcomes().value(3).ok, false);
    QCOMPARE(op->outcomes().value(3).message, QStringLiteral("refused 3"));
    QCOMPARE(runner.activeCount(), 2);
    QCOMPARE(runner.queuedCount(), 1);
}

void TestBulkRunner::duplicatesAreDropped()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    runner.setParallelism(10);
    BulkOperation *op = runner.start(BulkOperation::Kind::Cancel, {5, 3, 5, 3, 9});
    QCOMPARE(op->ids(), (QList<qint64>{5, 3, 9}));
    runner.pump();
    QCOMPARE(fake.started.size(), 3);
}

void TestBulkRunner::emptyListFinishesFromTheEventLoop()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    QPointer<BulkOperation> op = runner.start(BulkOperation::Kind::Retry, {});
    QSignalSpy finished(op.data(), &BulkOperation::finished);
    QCOMPARE(finished.count(), 0);   // callers connect after start() returns
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(op.isNull());
    QVERIFY(fake.started.isEmpty());
}

void TestBulkRunner::workIsSlicedPerEventLoopTurn()
{
    QObject owner;
    FakeStarter fake;
    for (qint64 id = 1; id <= 1000; ++id)
        fake.refuse.insert(id);
    BulkRunner runner(&owner, fake.starter());
    BulkOperation *op = runner.start(BulkOperation::Kind::Cancel, range(1, 1000));
    runner.pump();
    QCOMPARE(op->done(), BulkRunner::ItemsPerSlice);
    QCOMPARE(runner.queuedCount(), 1000 - BulkRunner::ItemsPerSlice);
    QSignalSpy finished(op, &BulkOperation::finished);
    QTRY_COMPARE(finished.count(), 1);   // the rest follows from the event loop
}

void TestBulkRunner::startsFromTheEventLoop()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    runner.start(BulkOperation::Kind::Cancel, range(1, 2));
    QVERIFY(fake.started.isEmpty());   // start() never calls back into the engine directly
    QTRY_COMPARE(fake.started.size(), 2);
}

void TestBulkRunner::deletedOperationIsSkipped()
{
    QObject owner;
    FakeStarter fake;
    BulkRunner runner(&owner, fake.starter());
    BulkOperation *op = runner.start(BulkOperation::Kind::Cancel, range(1, 3));
    delete op;
    runner.pump();
    QVERIFY(fake.started.isEmpty());
    QCOMPARE(runner.queuedCount(), 0);
}

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_engine_bulkrunner.moc"
