#pragma once

#include "sandboxexchange.h"

#include <QHash>
#include <QString>

#include <memory>

namespace QueueLensSandbox {

// Counts the polls (status and result reads) of each task that are unanswered at the same
// time. A client is meant to have at most one poll of a task in flight; several processes
// sharing one task database must not poll the same task at once either. A poll is "in flight"
// from its arrival until its answer has been handed to the socket or the client has gone.
// Only answers that are not written at once (poll-delay, slow and hung polls) can overlap.
class PollTracker
{
public:
    // One poll in flight. Ending it (end() or destruction, whichever comes first) is counted
    // once; a ticket from before clear() changes nothing.
    class Ticket final : public ExchangeEnd
    {
    public:
        ~Ticket() override { end(); }
        void end() override;

    private:
        friend class PollTracker;
        struct Counts;
        Ticket(std::weak_ptr<Counts> counts, QString taskId, quint64 generation);

        std::weak_ptr<Counts> m_counts;   // weak: the tracker may go before the last socket
        QString m_taskId;
        quint64 m_generation = 0;
        bool m_ended = false;
    };

    PollTracker();

    std::shared_ptr<Ticket> begin(const QString &taskId);

    // The most polls of this task that were ever unanswered at once (0 = never polled).
    int maxConcurrent(const QString &taskId) const;
    // Polls that arrived while another poll of the same task was still unanswered.
    quint64 overlapping() const;
    void clear();

private:
    std::shared_ptr<Ticket::Counts> m_counts;
};

} // namespace QueueLensSandbox
