#include "changefeed.h"

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
}

void ChangeFeed::stop()
{
    m_timer.stop();
}

bool ChangeFeed::isRunning() const
{
    return m_timer.isActive();
}

qint64 ChangeFeed::position() const
{
    return m_position;
}

void ChangeFeed::poll()
{
    if (!m_store || !m_store->isOpen())
        return;
    const qint64 version = m_store->dataVersion();
    // data_version moves only when another connection commits: the usual answer is "nothing".
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // Bounded: a huge backlog is read over several timer turns, keeping the event loop free.
    for (int round = 0; round < 4; ++round) {
        const TaskStore::ChangeSet changes = m_store->changesSince(m_position, 2000);
        if (changes.lastSequence <= m_position && changes.tasks.isEmpty() && changes.removed.isEmpty())
            return;
        m_position = changes.lastSequence;
        if (!changes.tasks.isEmpty() || !changes.removed.isEmpty())
            emit changed(changes.tasks, changes.removed);
        if (!changes.more)
            return;
    }
    m_dataVersion = -1;   // more to read on the next turn
}
