#include "bulkrunner.h"

#include <QSet>

#include <algorithm>

BulkRunner::BulkRunner(QObject *owner, Starter starter)
    : m_owner(owner)
    , m_starter(std::move(starter))
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { pump(); });
}

void BulkRunner::setParallelism(int parallelism)
{
    m_parallelism = parallelism;
    pumpSoon();
}

BulkOperation *BulkRunner::start(BulkOperation::Kind kind, const QList<qint64> &ids)
{
    QList<qint64> unique;
    unique.reserve(ids.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    auto *op = new BulkOperation(kind, unique, m_owner);
    if (unique.isEmpty()) {
        // Callers connect to finished() after this returns.
        QTimer::singleShot(0, op, [op] {
            emit op->finished();
            op->deleteLater();
        });
        return op;
    }
    for (qint64 id : std::as_const(unique))
        m_queue.push_back({op, id});
    pumpSoon();
    return op;
}

void BulkRunner::complete(BulkOperation *op, qint64 id, const BulkOperation::Outcome &outcome)
{
    m_active = std::max(0, m_active - 1);
    if (op)
        op->recordOutcome(id, outcome);
    pumpSoon();
}

void BulkRunner::pumpSoon()
{
    if (!m_queue.empty() && !m_timer.isActive())
        m_timer.start(0);
}

void BulkRunner::pump()
{
    // A slice per event-loop turn: refusals are cheap, but thousands of them in one go would
    // still hold up the GUI.
    const int limit = std::max(1, m_parallelism);
    int budget = ItemsPerSlice;
    while (!m_queue.empty() && m_active < limit && budget-- > 0) {
        const Item item = m_queue.front();
        m_queue.pop_front();
        if (!item.op)
            continue;
        QString why;
        if (m_starter(item.op->kind(), item.id, item.op, &why))
            ++m_active;
        else
            item.op->recordOutcome(item.id, {false, why});
    }
    if (!m_queue.empty() && m_active < limit)
        m_timer.start(0);
}
