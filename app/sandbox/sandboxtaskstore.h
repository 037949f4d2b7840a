#pragma once

#include "sandboxtask.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <memory>

namespace QueueLensSandbox {

// Every task of every provider, by id (hash lookup) and in creation order (for the list
// endpoints and the admin API). Owns the monotonic clock all task timing is measured on.
class SandboxTaskStore
{
public:
    // The oldest tasks are forgotten beyond this, so a long demo or load run cannot grow forever.
    static constexpr qsizetype DefaultCapacity = 100000;

    SandboxTaskStore();

    qint64 nowMs() const;

    // Takes ownership; returns the stored task. An existing id is replaced.
    SandboxTask *add(SandboxTask task);
    // Any stored task, vanished ones included.
    SandboxTask *find(const QString &id) const;
    // The task as the provider sees it now: nullptr when unknown, of another provider, or vanished.
    SandboxTask *findVisible(const QString &provider, const QString &id) const;

    QList<SandboxTask *> all() const;
    QList<SandboxTask *> ofProvider(const QString &provider) const;
    // How many tasks this provider has created since the last clear (ids and seeded picks use it).
    quint64 sequence(const QString &provider) const;
    quint64 nextSequence(const QString &provider);

    qsizetype size() const;
    void clear();
    void setCapacity(qsizetype capacity);

private:
    QElapsedTimer m_clock;
    std::deque<std::unique_ptr<SandboxTask>> m_order;
    QHash<QString, SandboxTask *> m_byId;
    QHash<QString, quint64> m_sequence;
    qsizetype m_capacity = DefaultCapacity;
};

} // namespace QueueLensSandbox
