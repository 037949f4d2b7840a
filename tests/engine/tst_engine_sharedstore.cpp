// The store as a shared source of truth: conditional writes and their merge rules, leases,
// the change feed, and the journal, LeaseKeeper and ChangeFeed built on them. Two TaskStore
// instances on one database stand for two processes (each has its own connection). Runs once on
// SQLite files and once on a PostgreSQL server (QUEUELENS_TEST_STORE=postgresql).

#include "engine/changefeed.h"
#include "engine/leasekeeper.h"
#include "engine/taskjournal.h"
#include "engine/taskstore.h"

#include "clock.h"
#include "storetestlocations.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Task newTask(const QString &prompt = QStringLiteral("a red fox"))
{
    Task task;
    task.profileId = QStringLiteral("p1");
    task.provider = QStringLiteral("vidu");
    task.spec.model = QStringLiteral("viduq1");
    task.spec.prompt = prompt;
    task.state = TaskState::Submitting;
    task.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    return task;
}

TaskStore::WriteOutcome writeOne(TaskStore &store, const Task &base, const Task &next, bool release = false)
{
    TaskStore::Batch batch;
    batch.writes.append({base, next, release});
    QList<TaskStore::WriteOutcome> outcomes;
    if (!store.commit(batch, &outcomes) || outcomes.size() != 1)
        return {};
    return outcomes.first();
}

TaskStore::Owner owner(const QString &id)
{
    TaskStore::Owner o;
    o.id = id;
    o.program = QStringLiteral("test");
    o.pid = 1;
    return o;
}

} // namespace

class TestEngineSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writeChangesOnlyTheChangedFields();
    void staleCopyIsMergedNotOverwritten();
    void staleCopyOfAnotherAttemptIsDropped();
    void remoteIdIsNeverBlankedWithinAnAttempt();
    void writeToRemovedTaskReportsGone();
    void claimsOnlyFreeOrExpiredTasks();
    void releaseLetsAnotherProcessClaimAtOnce();
    void releaseWithFinalWrite();
    void heartbeatAfterBeingTakenForDead();
    void cancelRequestReachesTheHolder();
    void feedSeesOtherConnectionsCommits();
    void feedReadsLargeTransactionsWhole();
    void journalKeepsChangesWhileLockedAndRetries();
    void leaseKeeperAdoptsOrphansOfDeadOwner();
    void changeFeedSignalsOtherProcessesWork();
    void serverAnnouncesCommitsToTheFeed();

private:
    // Two connections on one file stand for two processes.
    bool openBoth(TaskStore &a, TaskStore &b) { return a.open(m_path) && b.open(m_path); }

    StoreTestLocations m_locations;
    QString m_path;
};

void TestEngineSharedStore::initTestCase()
{
    QUEUELENS_SET_UP_STORE_LOCATIONS(m_locations);
}

void TestEngineSharedStore::init()
{
    m_path = m_locations.fresh(QStringLiteral("shared"));
}

void TestEngineSharedStore::writeChangesOnlyTheChangedFields()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    Task task = newTask();
    QVERIFY(a.insertTask(task));
    QCOMPARE(task.version, 1);

    Task next = task;
    next.remoteId = QStringLiteral("r-1");
    next.state = TaskState::Queued;
    const auto outcome = writeOne(a, task, next);
    QCOMPARE(outcome.result, TaskStore::WriteResult::Applied);
    QCOMPARE(outcome.stored.version, 2);
    const auto stored = b.loadTask(task.id);
    QCOMPARE(stored->remoteId, QStringLiteral("r-1"));
    QCOMPARE(stored->state, TaskState::Queued);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->spec.prompt, task.spec.prompt);
    // The attempt row follows the task.
    QCOMPARE(b.attempts(task.id).constFirst().remoteId, QStringLiteral("r-1"));
}

void TestEngineSharedStore::staleCopyIsMergedNotOverwritten()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    Task task = newTask();
    task.state = TaskState::Queued;
    task.remoteId = QStringLiteral("r-1");
    QVERIFY(a.insertTask(task));

    // Process B asks for a cancel (bumps the version) ...
    QVERIFY(b.requestCancel(task.id));
    // ... while A, from its older copy, records progress: A's change is re-applied on top.
    Task progressed = task;
    progressed.state = TaskState::Running;
    progressed.progress = 40;
    const auto outcome = writeOne(a, task, progressed);
    QCOMPARE(outcome.result, TaskStore::WriteResult::Merged);
    const auto stored = b.loadTask(task.id);
    QCOMPARE(stored->state, TaskState::Running);
    QCOMPARE(stored->progress, 40);
    QVERIFY(stored->cancelRequested);   // B's change survived
    QCOMPARE(stored->version, 3);
    QCOMPARE(outcome.stored.version, 3);
    QVERIFY(outcome.stored.cancelRequested);
}

void TestEngineSharedStore::staleCopyOfAnotherAttemptIsDropped()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    Task task = newTask();
    task.state = TaskState::Failed;
    task.remoteId = QStringLiteral("r-1");
    QVERIFY(a.insertTask(task));

    // B retries: attempt 2.
    Task retried = task;
    retried.attempts = 2;
    retried.state = TaskState::Submitting;
    retried.remoteId.clear();
    QCOMPARE(writeOne(b, task, retried).result, TaskStore::WriteResult::Applied);

    // A, still on attempt 1, writes a late change: it must not touch attempt 2.
    Task late = task;
    late.lastError.reset();
    late.progress = 100;
    const auto outcome = writeOne(a, task, late);
    QCOMPARE(outcome.result, TaskStore::WriteResult::Dropped);
    QCOMPARE(outcome.stored.attempts, 2);
    const auto stored = a.loadTask(task.id);
    QCOMPARE(stored->attempts, 2);
    QCOMPARE(stored->state, TaskState::Submitting);
    QCOMPARE(stored->progress, -1);
}

void TestEngineSharedStore::remoteIdIsNeverBlankedWithinAnAttempt()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    Task task = newTask();
    QVERIFY(a.insertTask(task));
    Task answered = task;
    answered.remoteId = QStringLiteral("r-keep");
    answered.state = TaskState::Queued;
    QCOMPARE(writeOne(a, task, answered).result, TaskStore::WriteResult::Applied);

    // B read the row before the answer and now moves it to Unknown: the state change does not
    // fit (Queued is not Submitting), and the remote id must stay either way.
    Task stale = task;
    stale.state = TaskState::Unknown;
    const auto outcome = writeOne(b, task, stale);
    QCOMPARE(outcome.result, TaskStore::WriteResult::Dropped);
    QCOMPARE(a.loadTask(task.id)->remoteId, QStringLiteral("r-keep"));
    QCOMPARE(a.loadTask(task.id)->state, TaskState::Queued);

    // Even a forced blank (matching version) keeps the id of the same attempt.
    Task current = *a.loadTask(task.id);
    Task blank = current;
    blank.remoteId.clear();
    writeOne(a, current, blank);
    QCOMPARE(a.loadTask(task.id)->remoteId, QStringLiteral("r-keep"));
    QCOMPARE(a.attempts(task.id).constFirst().remoteId, QStringLiteral("r-keep"));
}

void TestEngineSharedStore::writeToRemovedTaskReportsGone()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    Task task = newTask();
    QVERIFY(a.insertTask(task));
    QVERIFY(b.removeTasks({task.id}));
    Task next = task;
    next.state = TaskState::Queued;
    TaskEvent event;
    event.taskId = task.id;
    event.at = task.createdAt;
    TaskStore::Batch batch;
    batch.writes.append({task, next, false});
    batch.events.append(event);
    QList<TaskStore::WriteOutcome> outcomes;
    QVERIFY2(a.commit(batch, &outcomes), qPrintable(a.lastError()));   // the orphan event is skipped
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().result, TaskStore::WriteResult::Gone);
    QVERIFY(!a.loadTask(task.id));
}

void TestEngineSharedStore::claimsOnlyFreeOrExpiredTasks()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    const qint64 now = 1'000'000;
    QVERIFY(a.registerOwner(owner(QStringLiteral("A")), now, 10'000));
    QVERIFY(b.registerOwner(owner(QStringLiteral("B")), now, 10'000));
    Task held = newTask();
    held.owner = QStringLiteral("A");
    QVERIFY(a.insertTask(held));
    Task orphan = newTask();   // no owner at all (an older QueueLens, or released)
    orphan.state = TaskState::Queued;
    orphan.remoteId = QStringLiteral("r-2");
    QVERIFY(a.insertTask(orphan));
    Task finished = newTask();
    finished.state = TaskState::Succeeded;
    QVERIFY(a.insertTask(finished));

    // B sweeps: only the orphan is free; A's lease is live; finished tasks need nobody.
    auto claimed = b.claimTasks(QStringLiteral("B"), {}, now + 1000);
    QVERIFY(claimed);
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().id, orphan.id);
    QCOMPARE(claimed->first().owner, QStringLiteral("B"));
    QCOMPARE(b.leaseHolder(held.id, now + 1000)->id, QStringLiteral("A"));

    // A stops renewing: after the expiry B takes A's task.
    claimed = b.claimTasks(QStringLiteral("B"), {}, now + 10'001);
    QVERIFY(claimed);
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().id, held.id);
    QCOMPARE(claimed->first().state, TaskState::Submitting);   // recovery is the claimer's decision
    // A named claim of a task B already holds reports it; a sweep does not repeat it.
    QCOMPARE(b.claimTasks(QStringLiteral("B"), {held.id}, now + 10'002)->size(), 1);
    QCOMPARE(b.claimTasks(QStringLiteral("B"), {}, now + 10'002)->size(), 0);
}

void TestEngineSharedStore::releaseLetsAnotherProcessClaimAtOnce()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    const qint64 now = 5'000'000;
    QVERIFY(a.registerOwner(owner(QStringLiteral("A")), now, 60'000));
    Task task = newTask();
    task.owner = QStringLiteral("A");
    task.state = TaskState::Queued;
    task.remoteId = QStringLiteral("r");
    QVERIFY(a.insertTask(task));
    QCOMPARE(b.claimTasks(QStringLiteral("B"), {}, now)->size(), 0);
    QVERIFY(a.unregisterOwner(QStringLiteral("A")));   // a clean exit
    const auto claimed = b.claimTasks(QStringLiteral("B"), {}, now);
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().remoteId, QStringLiteral("r"));
}

void TestEngineSharedStore::releaseWithFinalWrite()
{
    TaskStore a;
    QVERIFY(a.open(m_path));
    Task task = newTask();
    task.owner = QStringLiteral("A");
    task.state = TaskState::Running;
    task.remoteId = QStringLiteral("r");
    QVERIFY(a.insertTask(task));
    Task done = task;
    done.state = TaskState::Succeeded;
    const auto outcome = writeOne(a, task, done, true);
    QCOMPARE(outcome.result, TaskStore::WriteResult::Applied);
    QVERIFY(outcome.stored.owner.isEmpty());
    QVERIFY(a.loadTask(task.id)->owner.isEmpty());
}

void TestEngineSharedStore::heartbeatAfterBeingTakenForDead()
{
    TaskStore a;
    QVERIFY(a.open(m_path));
    const TaskStore::Owner me = owner(QStringLiteral("A"));
    QVERIFY(a.registerOwner(me, 0, 1000));
    bool lost = true;
    QVERIFY(a.heartbeat(me, 500, 1000, &lost));
    QVERIFY(!lost);
    {
        QSqlQuery remove(QSqlDatabase::database(a.connectionName()));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM owners")));
    }
    QVERIFY(a.heartbeat(me, 600, 1000, &lost));
    QVERIFY(lost);
    Task task = newTask();
    task.owner = me.id;
    QVERIFY(a.insertTask(task));
    QCOMPARE(a.leaseHolder(task.id, 700)->id, me.id);   // registered again
}

void TestEngineSharedStore::cancelRequestReachesTheHolder()
{
    TaskStore a;
    QVERIFY(a.open(m_path));
    Task task = newTask();
    task.state = TaskState::Running;
    QVERIFY(a.insertTask(task));
    QVERIFY(a.requestCancel(task.id));
    QVERIFY(a.loadTask(task.id)->cancelRequested);
    Task done = *a.loadTask(task.id);
    Task base = done;
    done.state = TaskState::Cancelled;
    done.cancelRequested = false;
    QCOMPARE(writeOne(a, base, done).result, TaskStore::WriteResult::Applied);
    // Nothing to cancel any more: a clear refusal.
    QVERIFY(!a.requestCancel(task.id));
    QVERIFY(!a.lastError().isEmpty());
}

void TestEngineSharedStore::feedSeesOtherConnectionsCommits()
{
    TaskStore a;
    TaskStore b;
    QVERIFY(openBoth(a, b));
    const qint64 start = b.currentSequence();
    const qint64 version = b.dataVersion();
    Task first = newTask(QStringLiteral("one"));
    Task second = newTask(QStringLiteral("two"));
    QVERIFY(a.insertTask(first));
    QVERIFY(a.insertTask(second));
    QVERIFY(b.dataVersion() != version);
    TaskStore::ChangeSet changes = b.changesSince(start);
    QCOMPARE(changes.tasks.size(), 2);
    QCOMPARE(changes.tasks.at(0).spec.prompt, QStringLiteral("one"));
    QVERIFY(!changes.more);
    QVERIFY(changes.lastSequence > start);

    // A change and a removal: both come through, and nothing older is repeated.
    Task moved = first;
    moved.state = TaskState::Queued;
    QCOMPARE(writeOne(a, first, moved).result, TaskStore::WriteResult::Applied);
    QVERIFY(a.removeTasks({second.id}));
    changes = b.changesSince(changes.lastSequence);
    QCOMPARE(changes.tasks.size(), 1);
    QCOMPARE(changes.tasks.first().state, TaskState::Queued);
    QCOMPARE(changes.removed, QList<qint64>{second.id});
    QCOMPARE(b.changesSince(changes.lastSequence).tasks.size(), 0);
}

void TestEngineSharedStore::feedReadsLargeTransactionsWhole()
{
    TaskStore a;
    QVERIFY(a.open(m_path));
    const qint64 start = a.currentSequence();
    QList<Task> tasks;
    for (int i = 0; i < 30; ++i) {
        Task task = newTask(QString::number(i));
        QVERIFY(a.insertTask(task));
        tasks.append(task);
    }
    // One transaction touching 30 rows, read with a limit of 7.
    TaskStore::Batch batch;
    for (const Task &task : std::as_const(tasks)) {
        Task next = task;
        next.state = TaskState::Queued;
        batch.writes.append({task, next, false});
    }
    QVERIFY(a.commit(batch));
    qint64 position = start;
    QSet<qint64> seen;
    int queued = 0;
    for (int round = 0; round < 100; ++round) {
        const TaskStore::ChangeSet changes = a.changesSince(position, 7);
        for (const Task &task : changes.tasks) {
            seen.insert(task.id);
            queued += task.state == TaskState::Queued ? 1 : 0;
        }
        QVERIFY(changes.lastSequence >= position);
        position = changes.lastSequence;
        if (!changes.more)
            break;
    }
    QCOMPARE(seen.size(), 30);
    QCOMPARE(queued, 30);
    QCOMPARE(position, a.currentSequence());
}

void TestEngineSharedStore::journalKeepsChangesWhileLockedAndRetries()
{
    TaskStore store;
    store.setBusyTimeoutMs(50);
    QVERIFY(store.open(m_path));
    Task task = newTask();
    QVERIFY(store.insertTask(task));
    TaskJournal journal(&store);
    journal.setLookup([&task](qint64 id) { return id == task.id ? &task : nullptr; });
    QSignalSpy failed(&journal, &TaskJournal::writeFailed);
    QSignalSpy recovered(&journal, &TaskJournal::writeRecovered);

    // Another "process" holds the write lock.
    {
        StoreTestLocations::WriteLock lock(m_path, QStringLiteral("locker"));
        QVERIFY(lock.isHeld());

        journal.willChange(task);
        task.remoteId = QStringLiteral("r-durable");
        task.state = TaskState::Queued;
        TaskEvent event;
        event.taskId = task.id;
        event.at = task.createdAt;
        event.cause = QStringLiteral("submitted");
        journal.append(event);
        QVERIFY(!journal.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(journal.isFailing());
        QVERIFY(journal.hasPending(task.id));
        QVERIFY2(journal.lastError().contains(QStringLiteral("locked")) || journal.lastError().contains(QStringLiteral("busy")),
                 qPrintable(journal.lastError()));
    }
    // The retry timer writes it without anyone asking again.
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, 10000);
    QVERIFY(!journal.hasPending(task.id));
    QCOMPARE(store.loadTask(task.id)->remoteId, QStringLiteral("r-durable"));
    QCOMPARE(task.version, 2);
    QCOMPARE(store.events(task.id).size(), 1);
}

void TestEngineSharedStore::leaseKeeperAdoptsOrphansOfDeadOwner()
{
    ManualClock clock;
    TaskStore dead;
    TaskStore alive;
    QVERIFY(dead.open(m_path));
    QVERIFY(alive.open(m_path));
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    QVERIFY(dead.registerOwner(owner(QStringLiteral("dead")), now, 2000));
    Task task = newTask();
    task.owner = QStringLiteral("dead");
    task.state = TaskState::Running;
    task.remoteId = QStringLiteral("r");
    QVERIFY(dead.insertTask(task));

    LeaseKeeper keeper(&alive, &clock);
    keeper.setLeaseMs(2000);
    keeper.setAdoptOrphans(true);
    QSignalSpy adopted(&keeper, &LeaseKeeper::adopted);
    QVERIFY(keeper.start());
    QCOMPARE(keeper.otherHolder(task.id)->id, QStringLiteral("dead"));
    QCOMPARE(keeper.claim()->size(), 0);   // the dead owner's lease still runs
    clock.advanceMs(2001);
    keeper.sweepSoon();
    QTRY_COMPARE(adopted.count(), 1);
    QCOMPARE(adopted.first().first().value<QList<Task>>().first().id, task.id);
    QVERIFY(!keeper.otherHolder(task.id));
    keeper.stop();
    QVERIFY(alive.loadTask(task.id)->owner.isEmpty());   // a clean stop gives it back
}

void TestEngineSharedStore::changeFeedSignalsOtherProcessesWork()
{
    TaskStore mine;
    TaskStore other;
    QVERIFY(mine.open(m_path));
    QVERIFY(other.open(m_path));
    ChangeFeed feed(&mine);
    feed.setIntervalMs(20);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();
    Task task = newTask();
    QVERIFY(other.insertTask(task));
    QTRY_COMPARE(changed.count(), 1);
    const QList<Task> rows = changed.first().first().value<QList<Task>>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, task.id);
    QVERIFY(other.removeTasks({task.id}));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(1).value<QList<qint64>>(), QList<qint64>{task.id});
}

// PostgreSQL announces every commit that stamps a change (LISTEN/NOTIFY): the feed reads it at
// once, long before its timer (set to a minute here) would.
void TestEngineSharedStore::serverAnnouncesCommitsToTheFeed()
{
    TaskStore mine;
    TaskStore other;
    QVERIFY(mine.open(m_path));
    QVERIFY(other.open(m_path));
    if (!mine.listenForChanges([] {}))
        QSKIP("this database does not announce commits (SQLite): the feed's timer reads them");
    ChangeFeed feed(&mine);
    feed.setIntervalMs(60000);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();
    Task task = newTask();
    QVERIFY(other.insertTask(task));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QCOMPARE(changed.first().first().value<QList<Task>>().first().id, task.id);
    feed.stop();
}

QTEST_GUILESS_MAIN(TestEngineSharedStore)
#include "tst_engine_sharedstore.moc"
