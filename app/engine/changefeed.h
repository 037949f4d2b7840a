#pragma once

#include "taskstore.h"

#include <QObject>
#include <QTimer>

// Tells this process what other processes changed in the shared store, without reloading
// everything: a cheap PRAGMA data_version check on a timer, and when another connection has
// committed, the rows (and removals) stamped with a newer change sequence.
class StoreThread;

class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 400;

    explicit ChangeFeed(TaskStore *store, QObject *parent = nullptr);

    void setIntervalMs(int ms);
    // Reads run on this thread from now on (nullptr: on the calling thread).
    void setStoreThread(StoreThread *thread);
    // Starts reading after the store's current sequence (call before loading the tasks, so
    // that nothing committed in between is missed; rows seen twice are harmless).
    void start();
    void stop();
    bool isRunning() const;
    qint64 position() const;

    // Reads what is new now (the timer does this by itself).
    void poll();

signals:
    void changed(const QList<Task> &tasks, const QList<qint64> &removed);

private:
    struct Read
    {
        qint64 dataVersion = 0;
        QList<TaskStore::ChangeSet> sets;
    };
    static Read read(TaskStore &store, qint64 position, qint64 knownDataVersion);
    void listen(bool on);
    void deliver(const Read &read);

    TaskStore *m_store;
    StoreThread *m_thread = nullptr;
    bool m_reading = false;
    QTimer m_timer;
    qint64 m_position = 0;
    qint64 m_dataVersion = -1;
};
