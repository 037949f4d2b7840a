#pragma once

#include "taskstore.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <functional>

class StoreThread;
class TaskOutbox;

// The engine's pending changes on their way to the shared store. Before the engine changes a
// task it tells the journal (willChange), which keeps the copy as stored once; a flush then
// writes, in one transaction, only the fields that differ, conditionally on the stored version
// (TaskStore::commit). A failed write keeps everything pending and is retried with a growing
// pause; nothing is dropped. Timeline events are appended in the same transaction.
//
// With a StoreThread the writes run there (flushSoon/whenDurable), so a busy or slow database
// never blocks the engine's thread; without one, flush() writes on the calling thread.
class TaskJournal : public QObject
{
    Q_OBJECT

public:
    // The engine's current copy of a task, or nullptr when the task is gone.
    using Lookup = std::function<Task *(qint64 id)>;

    explicit TaskJournal(TaskStore *store, QObject *parent = nullptr);

    void setLookup(Lookup lookup);
    // Leases of tasks that end (terminal or Unknown) are given back with their final write.
    void setOwnerId(const QString &ownerId);
    // Whether the engine still has a call to make for an ended task (then its lease stays).
    void setLeaseNeeded(std::function<bool(qint64 id)> leaseNeeded);
    // Team mode: while writes fail, what is pending is also kept in this local file (and the
    // file is removed once everything is written).
    void setOutbox(TaskOutbox *outbox);
    // Writes go through this thread from now on (nullptr: back to the calling thread).
    void setStoreThread(StoreThread *thread);

    bool isPersistent() const;   // a usable store is attached
    // Remembers the stored copy of the task before its first pending change.
    void willChange(const Task &current);
    void append(const TaskEvent &event);
    // The task was removed: drop what is pending for it.
    void forget(qint64 id);
    // Changes of the task not yet on disk (pending, or in a write still running).
    bool hasPending(qint64 id) const;
    // Timeline events of the task not yet known to be on disk (pending or being written).
    QList<TaskEvent> unsavedEvents(qint64 id) const;
    bool isEmpty() const;
    // Something is pending, being written, or waiting to be told it is on disk.
    bool isBusy() const;
    int pendingTasks() const;

    // Writes everything pending and waits for it. True when it is on disk (or there was
    // nothing to write).
    bool flush();
    // Starts writing what is pending without waiting (with a StoreThread; otherwise flush()).
    void flushSoon();
    // Calls done once every change made so far is on disk; while writes fail, it waits for the
    // retry that succeeds.
    void whenDurable(std::function<void()> done);
    bool isFailing() const;
    QString lastError() const;

signals:
    // The store's view differed (another process changed or removed the row): the engine's copy
    // must be replaced by the stored one (Merged, Dropped) or forgotten (Gone).
    void reconciled(const QList<TaskStore::WriteOutcome> &outcomes);
    void writeFailed(const QString &message);   // the first failure of a run of failures
    void writeRecovered();
    // A batch is on disk (the engine announces what it carried).
    void written();

private:
    TaskStore::Batch takeBatch();
    void finishWrite(bool ok, const QString &error, const QList<TaskStore::WriteOutcome> &outcomes,
                     const TaskStore::Batch &batch);
    void startAsyncWrite();
    void saveOutbox();

    TaskStore *m_store;
    StoreThread *m_thread = nullptr;
    Lookup m_lookup;
    std::function<bool(qint64)> m_leaseNeeded;
    QString m_ownerId;
    QHash<qint64, Task> m_bases;
    QList<TaskEvent> m_events;
    bool m_writing = false;                              // an asynchronous write is running
    QSet<qint64> m_writingIds;
    QList<TaskEvent> m_writingEvents;
    QList<std::function<void()>> m_waitersOfWrite;   // satisfied by the running write
    QList<std::function<void()>> m_waiters;          // need the next write
    bool m_failing = false;
    int m_failures = 0;
    QString m_lastError;
    QTimer m_retryTimer;
    TaskOutbox *m_outbox = nullptr;
    bool m_outboxHolds = false;   // the outbox file has changes not yet written to the store
};
