#pragma once

#include "taskstore.h"

#include <QObject>
#include <QTimer>

class Clock;
class StoreThread;

// This process's leases in the shared store: registers the process as an owner, renews the
// lease on a timer, claims tasks (all orphans, or named ones) and gives them back. Only the
// holder of a task's lease polls or cancels it, so no task is ever polled by two processes.
class LeaseKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultLeaseMs = 15000;

    LeaseKeeper(TaskStore *store, const Clock *clock, QObject *parent = nullptr);
    ~LeaseKeeper() override;

    // The lease length; QUEUELENS_LEASE_SECONDS in the environment is the default when set.
    void setLeaseMs(qint64 ms);
    qint64 leaseMs() const;
    static qint64 leaseMsFromEnvironment();
    // Sweeping claims every orphaned live task on each renewal (the app and `watch` do; one-shot
    // commands only claim what they act on).
    void setAdoptOrphans(bool adopt);
    bool adoptsOrphans() const;

    // Profiles whose key is not on this machine: sweeps leave their tasks to those who have it.
    void setProfilesWithoutKey(const QStringList &profileIds);

    // Renewals and sweeps run on this thread from now on (nullptr: on the calling thread).
    void setStoreThread(StoreThread *thread);

    QString ownerId() const;
    bool isActive() const;

    // Registers the owner and starts renewing. False (with the store's reason) when the store
    // refused; the keeper then tries again on its timer.
    bool start();
    // Releases every lease and removes the owner row (a clean exit).
    void stop();

    // Claims the named tasks, or every orphaned live task when ids is empty. Returns the
    // claimed rows (nullopt when the store failed).
    std::optional<QList<Task>> claim(const QList<qint64> &ids = {});
    bool release(const QList<qint64> &ids);
    // The live holder of a task other than this process, if any.
    std::optional<TaskStore::Owner> otherHolder(qint64 taskId) const;
    // Sweeps for orphans soon (e.g. when the change feed shows a released task).
    void sweepSoon();

signals:
    // Orphaned tasks this process took over on a sweep.
    void adopted(const QList<Task> &tasks);
    // The store forgot this owner (it was taken for dead): its tasks may have moved on.
    void leaseLost();
    void storeFailed(const QString &message);

private:
    void renew();
    void sweep();
    qint64 nowMs() const;

    TaskStore *m_store;
    StoreThread *m_thread = nullptr;
    bool m_renewing = false;
    const Clock *m_clock;
    TaskStore::Owner m_owner;
    qint64 m_leaseMs;
    bool m_adoptOrphans = false;
    QStringList m_profilesWithoutKey;
    bool m_active = false;
    QTimer m_renewTimer;
    QTimer m_sweepTimer;
};
