#include "taskjournal.h"

#include "enginelogging.h"

TaskJournal::TaskJournal(TaskStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { flush(); });
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
    return m_bases.contains(id);
}

bool TaskJournal::isEmpty() const
{
    return m_bases.isEmpty() && m_events.isEmpty();
}

int TaskJournal::pendingTasks() const
{
    return int(m_bases.size());
}

bool TaskJournal::isFailing() const
{
    return m_failing;
}

QString TaskJournal::lastError() const
{
    return m_lastError;
}

bool TaskJournal::flush()
{
    if (isEmpty())
        return true;
    if (!isPersistent()) {
        m_bases.clear();
        m_events.clear();
        return true;
    }
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
    batch.events = m_events;
    QList<TaskStore::WriteOutcome> outcomes;
    if (!m_store->commit(batch, &outcomes)) {
        m_lastError = m_store->lastError();
        ++m_failures;
        if (!m_failing) {
            m_failing = true;
            emit writeFailed(m_lastError);
        }
        // Busy or failing disk: keep everything and try again, waiting longer each time.
        m_retryTimer.start(std::min(10000, 500 * (1 << std::min(m_failures, 5))));
        return false;
    }
    m_bases.clear();
    m_events.clear();
    m_failures = 0;
    m_retryTimer.stop();
    if (m_failing) {
        m_failing = false;
        m_lastError.clear();
        emit writeRecovered();
    }

    QList<TaskStore::WriteOutcome> differing;
    QList<qint64> releasedIds;
    for (const TaskStore::WriteOutcome &outcome : std::as_const(outcomes)) {
        Task *current = m_lookup ? m_lookup(outcome.id) : nullptr;
        if (!current)
            continue;
        if (outcome.result == TaskStore::WriteResult::Applied) {
            if (!current->owner.isEmpty() && outcome.stored.owner.isEmpty())
                releasedIds.append(outcome.id);
            current->version = outcome.stored.version;
            current->owner = outcome.stored.owner;
            continue;
        }
        qCInfo(lcStore) << "task" << outcome.id << "had moved on in the store; result" << int(outcome.result);
        differing.append(outcome);
    }
    if (!releasedIds.isEmpty())
        emit released(releasedIds);
    if (!differing.isEmpty())
        emit reconciled(differing);
    return true;
}
