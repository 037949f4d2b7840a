#include "polltracker.h"

#include <algorithm>

namespace QueueLensSandbox {

struct PollTracker::Ticket::Counts
{
    struct PerTask
    {
        int inFlight = 0;
        int maxConcurrent = 0;
    };
    QHash<QString, PerTask> tasks;
    quint64 overlapping = 0;
    quint64 generation = 0;   // bumped by clear(), so older tickets cannot drive counts negative
};

PollTracker::Ticket::Ticket(std::weak_ptr<Counts> counts, QString taskId, quint64 generation)
    : m_counts(std::move(counts))
    , m_taskId(std::move(taskId))
    , m_generation(generation)
{
}

void PollTracker::Ticket::end()
{
    if (m_ended)
        return;
    m_ended = true;
    const std::shared_ptr<Counts> counts = m_counts.lock();
    if (!counts || counts->generation != m_generation)
        return;
    auto it = counts->tasks.find(m_taskId);
    if (it != counts->tasks.end() && it->inFlight > 0)
        --it->inFlight;
}

PollTracker::PollTracker()
    : m_counts(std::make_shared<Ticket::Counts>())
{
}

std::shared_ptr<PollTracker::Ticket> PollTracker::begin(const QString &taskId)
{
    Ticket::Counts::PerTask &task = m_counts->tasks[taskId];
    if (task.inFlight > 0)
        ++m_counts->overlapping;
    ++task.inFlight;
    task.maxConcurrent = std::max(task.maxConcurrent, task.inFlight);
    // Not make_shared: the constructor is private to everyone but the tracker.
    return std::shared_ptr<Ticket>(new Ticket(m_counts, taskId, m_counts->generation));
}

int PollTracker::maxConcurrent(const QString &taskId) const
{
    return m_counts->tasks.value(taskId).maxConcurrent;
}

quint64 PollTracker::overlapping() const
{
    return m_counts->overlapping;
}

void PollTracker::clear()
{
    m_counts->tasks.clear();
    m_counts->overlapping = 0;
    ++m_counts->generation;
}

} // namespace QueueLensSandbox
