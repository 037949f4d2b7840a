#pragma once

#include "taskstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

// The engine's pending changes on their way to the shared store. Before the engine changes a
// task it tells the journal (willChange), which keeps the copy as stored once; flush() then
// writes, in one transaction, only the fields that differ, conditionally on the stored version
// (TaskStore::commit). A failed write keeps everything pending and is retried with a growing
// pause; nothing is dropped. Timeline events are appended in the same transaction.
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

    bool isPersistent() const;   // a usable store is attached
    // Remembers the stored copy of the task before its first pending change.
    void willChange(const Task &current);
    void append(const TaskEvent &event);
    // The task was removed: drop what is pending for it.
    void forget(qint64 id);
    bool hasPending(qint64 id) const;
    bool isEmpty() const;
    int pendingTasks() const;

    // Writes everything pending now. True when it is on disk (or there was nothing to write).
    bool flush();
    bool isFailing() const;
    QString lastError() const;

signals:
    // The store's view differed (another process changed or removed the row): the engine's copy
    // has been replaced by the stored one (Merged, Dropped) or must be forgotten (Gone).
    void reconciled(const QList<TaskStore::WriteOutcome> &outcomes);
    void writeFailed(const QString &message);   // the first failure of a run of failures
    void writeRecovered();
    // Leases given back with a final write (their tasks ended).
    void released(const QList<qint64> &ids);

private:
    TaskStore *m_store;
    Lookup m_lookup;
    std::function<bool(qint64)> m_leaseNeeded;
    QString m_ownerId;
    QHash<qint64, Task> m_bases;
    QList<TaskEvent> m_events;
    bool m_failing = false;
    int m_failures = 0;
    QString m_lastError;
    QTimer m_retryTimer;
};
