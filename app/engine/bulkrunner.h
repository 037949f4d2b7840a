#pragma once

#include "bulkoperation.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

// The bounded queue behind bulk cancel and retry: at most `parallelism` items wait for an
// answer at once, and the queue is worked off in slices from the event loop so thousands of
// items never hold it up. How one item starts is the engine's business (the starter).
class BulkRunner
{
public:
    // Starts the action of one item. Returns false with a translated reason in *why when the
    // item does not apply; on true the item counts as active until complete() is called for it.
    using Starter = std::function<bool(BulkOperation::Kind kind, qint64 id, BulkOperation *op, QString *why)>;

    static constexpr int ItemsPerSlice = 256;

    // owner becomes the parent of every BulkOperation.
    BulkRunner(QObject *owner, Starter starter);

    void setParallelism(int parallelism);
    int parallelism() const { return m_parallelism; }
    int activeCount() const { return m_active; }
    int queuedCount() const { return int(m_queue.size()); }

    // Queues every id once (duplicates dropped, order kept). An empty list finishes at once,
    // from the event loop.
    BulkOperation *start(BulkOperation::Kind kind, const QList<qint64> &ids);
    // An active item got its answer.
    void complete(BulkOperation *op, qint64 id, const BulkOperation::Outcome &outcome);
    // Works off the queue in the next event-loop turn.
    void pumpSoon();
    // Starts what the parallelism allows, up to one slice, now.
    void pump();

private:
    struct Item
    {
        QPointer<BulkOperation> op;
        qint64 id = 0;
    };

    QObject *m_owner;
    Starter m_starter;
    std::deque<Item> m_queue;
    int m_active = 0;
    int m_parallelism = 4;
    QTimer m_timer;
};
