#include "sandboxtaskstore.h"

#include <algorithm>

namespace QueueLensSandbox {

SandboxTaskStore::SandboxTaskStore()
{
    m_clock.start();
}

qint64 SandboxTaskStore::nowMs() const
{
    return m_clock.elapsed();
}

SandboxTask *SandboxTaskStore::add(SandboxTask task)
{
    if (SandboxTask *existing = m_byId.value(task.id)) {
        *existing = std::move(task);
        return existing;
    }
    while (m_capacity > 0 && qsizetype(m_order.size()) >= m_capacity) {
        m_byId.remove(m_order.front()->id);
        m_order.pop_front();
    }
    auto owned = std::make_unique<SandboxTask>(std::move(task));
    SandboxTask *raw = owned.get();
    m_order.push_back(std::move(owned));
    m_byId.insert(raw->id, raw);
    return raw;
}

SandboxTask *SandboxTaskStore::find(const QString &id) const
{
    return m_byId.value(id);
}

SandboxTask *SandboxTaskStore::findVisible(const QString &provider, const QString &id) const
{
    SandboxTask *task = m_byId.value(id);
    if (!task || task->provider != provider || task->vanishedAt(nowMs()))
        return nullptr;
    return task;
}

QList<SandboxTask *> SandboxTaskStore::all() const
{
    QList<SandboxTask *> tasks;
    tasks.reserve(qsizetype(m_order.size()));
    for (const auto &task : m_order)
        tasks.append(task.get());
    return tasks;
}

QList<SandboxTask *> SandboxTaskStore::ofProvider(const QString &provider) const
{
    QList<SandboxTask *> tasks;
    for (const auto &task : m_order) {
        if (task->provider == provider)
            tasks.append(task.get());
    }
    return tasks;
}

quint64 SandboxTaskStore::sequence(const QString &provider) const
{
    return m_sequence.value(provider);
}

quint64 SandboxTaskStore::nextSequence(const QString &provider)
{
    return ++m_sequence[provider];
}

qsizetype SandboxTaskStore::size() const
{
    return qsizetype(m_order.size());
}

void SandboxTaskStore::clear()
{
    m_byId.clear();
    m_order.clear();
    m_sequence.clear();
}

void SandboxTaskStore::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
}

} // namespace QueueLensSandbox
