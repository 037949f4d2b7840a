#include "changefeed.h"

#include "storethread.h"

#include <QPointer>

ChangeFeed::ChangeFeed(TaskStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::setIntervalMs(int ms)
{
    m_timer.setInterval(std::max(20, ms));
}

void ChangeFeed::start()
{
    if (!m_store || !m_store->isOpen())
        return;
    m_position = m_store->currentSequence();
    m_dataVersion = m_store->dataVersion();
    m_timer.start();
    listen(true);
}

void ChangeFeed::stop()
{
    m_timer.stop();
    listen(false);
}

void ChangeFeed::listen(bool on)
{
    // Where the database announces commits (PostgreSQL NOTIFY), another process's change is read
    // at once; the timer stays as the fallback and for databases that cannot announce.
    QPointer<ChangeFeed> feed(this);
    std::function<void()> onChange;
    if (on)
        onChange = [feed] { QMetaObject::invokeMethod(feed, &ChangeFeed::poll, Qt::QueuedConnection); };
    if (m_thread)
        m_thread->wait<bool>([onChange](TaskStore &store) { return store.listenForChanges(onChange); });
    else if (m_store && m_store->isOpen())
        m_store->listenForChanges(onChange);
}

bool ChangeFeed::isRunning() const
{
    return m_timer.isActive();
}

qint64 ChangeFeed::position() const
{
    return m_position;
}

void ChangeFeed::setStoreThread(StoreThread *thread)
{
    m_thread = thread;
}

ChangeFeed::Read ChangeFeed::read(TaskStore &store, qint64 position, qint64 knownDataVersion)
{
    Read result;
    result.dataVersion = store.dataVersion();
    // data_version moves only when another connection commits: the usual answer is "nothing".
    if (result.dataVersion == knownDataVersion)
        return result;
    // Bounded: a huge backlog is read over several timer turns, keeping each read short.
    for (int round = 0; round < 4; ++round) {
        TaskStore::ChangeSet changes = store.changesSince(position, 2000);
        if (changes.lastSequence <= position && changes.tasks.isEmpty() && changes.removed.isEmpty())
            break;
        position = changes.lastSequence;
        const bool more = changes.more;
        result.sets.append(std::move(changes));
        if (!more)
            return result;
    }
    if (!result.sets.isEmpty() && result.sets.constLast().more)
        result.dataVersion = -1;   // more to read on the next turn
    return result;
}

void ChangeFeed::deliver(const Read &read)
{
    m_dataVersion = read.dataVersion;
    for (const TaskStore::ChangeSet &changes : read.sets) {
        if (changes.lastSequence < m_position)
            continue;   // an older read that overlapped (cannot happen with one read at a time)
        m_position = changes.lastSequence;
        if (!changes.tasks.isEmpty() || !changes.removed.isEmpty())
            emit changed(changes.tasks, changes.removed);
    }
}

void ChangeFeed::poll()
{
    if (!m_store || !m_store->isOpen())
        return;
    if (!m_thread) {
        deliver(read(*m_store, m_position, m_dataVersion));
        return;
    }
    if (m_reading)
        return;
    m_reading = true;
    const qint64 position = m_position;
    const qint64 known = m_dataVersion;
    m_thread->post<Read>([position, known](TaskStore &store) { return read(store, position, known); }, this,
                         [this](Read result) {
                             m_reading = false;
                             deliver(result);
                         });
}
