#include "taskjournal.h"

#include "enginelogging.h"
#include "storethread.h"
#include "taskoutbox.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace {

struct CommitResult
{
    bool ok = false;
    QString error;
    QList<TaskStore::WriteOutcome> outcomes;
};

} // namespace

TaskJournal::TaskJournal(TaskStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { flushSoon(); });
}

void TaskJournal::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
}

void TaskJournal::setOwnerId(const QString &ownerId)
{
    m_ownerId = ownerId;
}

void TaskJournal::setLeaseNeeded(std::function<bool(qint64)> leaseNeeded)
{
    m_leaseNeeded = std::move(leaseNeeded);
}

void TaskJournal::setStoreThread(StoreThread *thread)
{
    m_thread = thread;
}

bool TaskJournal::isPersistent() const
{
    return m_store && m_store->isOpen();
}

void TaskJournal::willChange(const Task &current)
{
    if (!m_bases.contains(current.id))
        m_bases.insert(current.id, current);
}

void TaskJournal::append(const TaskEvent &event)
{
    m_events.append(event);
}

void TaskJournal::forget(qint64 id)
{
    m_bases.remove(id);
    m_events.removeIf([id](const TaskEvent &event) { return event.taskId == id; });
}

bool TaskJournal::hasPending(qint64 id) const
{
    return m_bases.contains(id) || m_writingIds.contains(id);
}

QList<TaskEvent> TaskJournal::unsavedEvents(qint64 id) const
{
    QList<TaskEvent> events;
    for (const QList<TaskEvent> *list : {&m_writingEvents, &m_events}) {
        for (const TaskEvent &event : *list) {
            if (event.taskId == id)
                events.append(event);
        }
    }
    return events;
}

bool TaskJournal::isEmpty() const
{
    return m_bases.isEmpty() && m_events.isEmpty();
}

bool TaskJournal::isBusy() const
{
    return !isEmpty() || m_writing || !m_waiters.isEmpty() || !m_waitersOfWrite.isEmpty();
}

int TaskJournal::pendingTasks() const
{
    return int(m_bases.size() + m_writingIds.size());
}

bool TaskJournal::isFailing() const
{
    return m_failing;
}

QString TaskJournal::lastError() const
{
    return m_lastError;
}

void TaskJournal::setOutbox(TaskOutbox *outbox)
{
    m_outbox = outbox;
}

void TaskJournal::saveOutbox()
{
    if (!m_outbox)
        return;
    TaskStore::Batch pending;
    for (auto it = m_bases.constBegin(); it != m_bases.constEnd(); ++it) {
        if (const Task *current = m_lookup ? m_lookup(it.key()) : nullptr)
            pending.writes.append({it.value(), *current, false});
    }
    pending.events = m_events;
    QString problem;
    if (m_outbox->save(pending, &problem))
        m_outboxHolds = !pending.isEmpty();
    else
        qCWarning(lcStore).noquote() << "the local journal could not be written:" << problem;
}

TaskStore::Batch TaskJournal::takeBatch()
{
    TaskStore::Batch batch;
    batch.writes.reserve(m_bases.size());
    for (auto it = m_bases.constBegin(); it != m_bases.constEnd(); ++it) {
        const Task *current = m_lookup ? m_lookup(it.key()) : nullptr;
        if (!current)
            continue;
        TaskStore::TaskWrite write{it.value(), *current, false};
        const bool ended = current->isTerminal() || current->state == TaskState::Unknown;
        write.releaseLease = ended && !m_ownerId.isEmpty() && current->owner == m_ownerId
                             && !(m_leaseNeeded && m_leaseNeeded(current->id));
        batch.writes.append(write);
    }
    batch.events = std::exchange(m_events, {});
    m_bases.clear();
    return batch;
}

void TaskJournal::finishWrite(bool ok, const QString &error, const QList<TaskStore::WriteOutcome> &outcomes,
                              const TaskStore::Batch &batch)
{
    if (!ok) {
        // Put the batch back under what changed meanwhile: its bases are still what is stored.
        for (const TaskStore::TaskWrite &write : batch.writes)
            m_bases.insert(write.base.id, write.base);
        m_events = batch.events + m_events;
        m_lastError = error;
        ++m_failures;
        if (!m_failing) {
            m_failing = true;
            emit writeFailed(m_lastError);
        }
        saveOutbox();
        // Busy or failing disk: keep everything and try again, waiting longer each time.
        m_retryTimer.start(std::min(10000, 250 * (1 << std::min(m_failures, 6))));
        return;
    }
    m_failures = 0;
    m_retryTimer.stop();
    if (m_failing) {
        m_failing = false;
        m_lastError.clear();
        emit writeRecovered();
    }
    QList<TaskStore::WriteOutcome> differing;
    for (const TaskStore::WriteOutcome &outcome : outcomes) {
        Task *current = m_lookup ? m_lookup(outcome.id) : nullptr;
        // A later change of the same task was based on the copy just written: rebase it.
        auto base = m_bases.find(outcome.id);
        if (outcome.result == TaskStore::WriteResult::Applied) {
            if (current) {
                current->version = outcome.stored.version;
                current->owner = outcome.stored.owner;
            }
            if (base != m_bases.end()) {
                base->version = outcome.stored.version;
                base->owner = outcome.stored.owner;
            }
            continue;
        }
        if (base != m_bases.end() && outcome.result != TaskStore::WriteResult::Gone)
            *base = outcome.stored;
        qCInfo(lcStore) << "task" << outcome.id << "had moved on in the store; result" << int(outcome.result);
        if (current)
            differing.append(outcome);
    }
    if (!differing.isEmpty())
        emit reconciled(differing);
    if (m_outboxHolds && m_bases.isEmpty() && m_events.isEmpty()) {
        m_outbox->clear();   // everything it held is in the store now
        m_outboxHolds = false;
    }
    emit written();
}

bool TaskJournal::flush()
{
    if (!isPersistent()) {
        m_bases.clear();
        m_events.clear();
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &done : waiters)
            done();
        return true;
    }
    // Let running writes finish first (jobs run in order) and deliver their results here; a
    // result may start the next write, so this repeats until none is running.
    for (int round = 0; m_writing && m_thread && round < 100; ++round) {
        m_thread->wait<bool>([](TaskStore &) { return true; });
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    if (isEmpty()) {
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &done : waiters)
            done();
        return !m_failing;
    }
    const TaskStore::Batch batch = takeBatch();
    CommitResult result;
    if (m_thread) {
        result = m_thread->wait<CommitResult>([batch](TaskStore &store) {
            CommitResult r;
            r.ok = store.commit(batch, &r.outcomes);
            r.error = store.lastError();
            return r;
        });
    } else {
        result.ok = m_store->commit(batch, &result.outcomes);
        result.error = m_store->lastError();
    }
    finishWrite(result.ok, result.error, result.outcomes, batch);
    if (result.ok) {
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &done : waiters)
            done();
    }
    return result.ok;
}

void TaskJournal::flushSoon()
{
    if (!m_thread) {
        flush();
        return;
    }
    if (m_writing) {
        return;   // the running write starts the next one when it ends
    }
    if (isEmpty()) {
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &done : waiters)
            done();
        return;
    }
    if (!isPersistent()) {
        flush();
        return;
    }
    startAsyncWrite();
}

void TaskJournal::startAsyncWrite()
{
    TaskStore::Batch batch = takeBatch();
    m_writing = true;
    m_writingIds.clear();
    for (const TaskStore::TaskWrite &write : batch.writes)
        m_writingIds.insert(write.base.id);
    m_writingEvents = batch.events;
    m_waitersOfWrite = std::exchange(m_waiters, {});
    m_thread->post<CommitResult>(
        [batch](TaskStore &store) {
            CommitResult r;
            r.ok = store.commit(batch, &r.outcomes);
            r.error = store.lastError();
            return r;
        },
        this,
        [this, batch](CommitResult result) {
            m_writing = false;
            m_writingIds.clear();
            m_writingEvents.clear();
            finishWrite(result.ok, result.error, result.outcomes, batch);
            const auto waiters = std::exchange(m_waitersOfWrite, {});
            if (!result.ok) {
                // They wait for the retry that carries their changes.
                m_waiters = waiters + m_waiters;
                return;
            }
            for (const auto &done : waiters)
                done();
            if (!isEmpty() || !m_waiters.isEmpty())
                flushSoon();
        });
}

void TaskJournal::whenDurable(std::function<void()> done)
{
    if (!isPersistent()) {
        done();
        return;
    }
    m_waiters.append(std::move(done));
    flushSoon();
}
