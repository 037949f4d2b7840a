#include "leasekeeper.h"

#include "clock.h"
#include "enginelogging.h"
#include "storethread.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>

LeaseKeeper::LeaseKeeper(TaskStore *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_leaseMs(leaseMsFromEnvironment())
{
    m_owner.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_owner.program = QCoreApplication::applicationName();
    m_owner.pid = QCoreApplication::applicationPid();
    m_owner.host = QHostInfo::localHostName();
    m_renewTimer.setSingleShot(false);
    connect(&m_renewTimer, &QTimer::timeout, this, &LeaseKeeper::renew);
    m_sweepTimer.setSingleShot(true);
    connect(&m_sweepTimer, &QTimer::timeout, this, &LeaseKeeper::sweep);
}

LeaseKeeper::~LeaseKeeper() = default;

qint64 LeaseKeeper::leaseMsFromEnvironment()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("QUEUELENS_LEASE_SECONDS").toDouble(&ok);
    if (ok && seconds >= 0.5 && seconds <= 3600)
        return qint64(seconds * 1000);
    return DefaultLeaseMs;
}

void LeaseKeeper::setLeaseMs(qint64 ms)
{
    m_leaseMs = std::clamp<qint64>(ms, 500, 3600 * 1000);
    if (m_active)
        m_renewTimer.start(int(std::max<qint64>(100, m_leaseMs / 3)));
}

qint64 LeaseKeeper::leaseMs() const
{
    return m_leaseMs;
}

void LeaseKeeper::setAdoptOrphans(bool adopt)
{
    m_adoptOrphans = adopt;
}

bool LeaseKeeper::adoptsOrphans() const
{
    return m_adoptOrphans;
}

void LeaseKeeper::setStoreThread(StoreThread *thread)
{
    m_thread = thread;
}

QString LeaseKeeper::ownerId() const
{
    return m_owner.id;
}

bool LeaseKeeper::isActive() const
{
    return m_active;
}

qint64 LeaseKeeper::nowMs() const
{
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

bool LeaseKeeper::start()
{
    if (!m_store || !m_store->isOpen())
        return false;
    m_active = true;
    // Renewing at a third of the lease leaves two chances before anyone may take over.
    m_renewTimer.start(int(std::max<qint64>(100, m_leaseMs / 3)));
    if (!m_store->registerOwner(m_owner, nowMs(), m_leaseMs)) {
        emit storeFailed(m_store->lastError());
        return false;
    }
    return true;
}

void LeaseKeeper::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_renewTimer.stop();
    m_sweepTimer.stop();
    if (m_store && m_store->isOpen() && !m_store->unregisterOwner(m_owner.id))
        qCWarning(lcStore).noquote() << "could not release the leases of" << m_owner.id << m_store->lastError();
}

std::optional<QList<Task>> LeaseKeeper::claim(const QList<qint64> &ids)
{
    if (!m_active || !m_store || !m_store->isOpen())
        return std::nullopt;
    std::optional<QList<Task>> claimed = m_store->claimTasks(m_owner.id, ids, nowMs(), m_profilesWithoutKey);
    if (!claimed)
        emit storeFailed(m_store->lastError());
    return claimed;
}

bool LeaseKeeper::release(const QList<qint64> &ids)
{
    if (!m_active || !m_store || !m_store->isOpen() || ids.isEmpty())
        return true;
    return m_store->releaseTasks(m_owner.id, ids);
}

std::optional<TaskStore::Owner> LeaseKeeper::otherHolder(qint64 taskId) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    std::optional<TaskStore::Owner> holder = m_store->leaseHolder(taskId, nowMs());
    if (holder && holder->id == m_owner.id)
        return std::nullopt;
    return holder;
}

void LeaseKeeper::setProfilesWithoutKey(const QStringList &profileIds)
{
    m_profilesWithoutKey = profileIds;
}

void LeaseKeeper::sweepSoon()
{
    if (m_active && m_adoptOrphans && !m_sweepTimer.isActive())
        m_sweepTimer.start(0);
}

void LeaseKeeper::renew()
{
    if (!m_active || !m_store || !m_store->isOpen())
        return;
    if (m_thread) {
        // Renewing and sweeping on the store thread: a locked database delays them, never the
        // engine's thread.
        if (m_renewing)
            return;
        m_renewing = true;
        struct Renewal
        {
            bool ok = false;
            bool lost = false;
            QString error;
            std::optional<QList<Task>> claimed;
        };
        const TaskStore::Owner owner = m_owner;
        const qint64 now = nowMs();
        const qint64 lease = m_leaseMs;
        const bool sweepToo = m_adoptOrphans;
        const QStringList skip = m_profilesWithoutKey;
        m_thread->post<Renewal>(
            [owner, now, lease, sweepToo, skip](TaskStore &store) {
                Renewal r;
                r.ok = store.heartbeat(owner, now, lease, &r.lost);
                if (r.ok && sweepToo)
                    r.claimed = store.claimTasks(owner.id, {}, now, skip);
                r.error = store.lastError();
                return r;
            },
            this,
            [this](Renewal r) {
                m_renewing = false;
                if (!m_active)
                    return;
                if (!r.ok || (m_adoptOrphans && !r.claimed)) {
                    emit storeFailed(r.error);
                    return;
                }
                if (r.lost)
                    emit leaseLost();
                if (r.claimed && !r.claimed->isEmpty())
                    emit adopted(*r.claimed);
            });
        return;
    }
    bool lost = false;
    if (!m_store->heartbeat(m_owner, nowMs(), m_leaseMs, &lost)) {
        emit storeFailed(m_store->lastError());
        return;
    }
    if (lost)
        emit leaseLost();
    sweep();
}

void LeaseKeeper::sweep()
{
    if (!m_active || !m_adoptOrphans)
        return;
    if (m_thread) {
        renew();   // a renewal sweeps as well
        return;
    }
    const std::optional<QList<Task>> claimed = claim();
    if (claimed && !claimed->isEmpty())
        emit adopted(*claimed);
}
