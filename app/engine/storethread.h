#pragma once

#include "taskstore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

// A TaskStore with its own connection on a thread of its own, so that a slow disk or another
// process's write lock never freezes the thread that owns the engine (the GUI thread in the
// app). Jobs run one at a time in the order they were given; each job's result is handed back
// on the thread of the context object.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    StoreThread(const QString &path, int busyTimeoutMs, QObject *parent = nullptr);
    ~StoreThread() override;

    // Opens the store on the thread; false (with the reason) when it cannot be opened.
    bool start(QString *error = nullptr);
    bool isRunning() const;

    // Runs job(store) on the store thread, then done(result) on context's thread (not at all
    // when context is gone by then).
    template<typename Result>
    void post(std::function<Result(TaskStore &)> job, QObject *context, std::function<void(Result)> done)
    {
        auto store = m_store;
        QMetaObject::invokeMethod(
            m_worker,
            [store, job = std::move(job), context = QPointer<QObject>(context), done = std::move(done)]() mutable {
                Result result = job(*store);
                if (!context)
                    return;
                QMetaObject::invokeMethod(
                    context.data(), [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs job(store) on the store thread and waits for it (shutdown, explicit reads). Every job
    // posted earlier has run when this returns.
    template<typename Result>
    Result wait(std::function<Result(TaskStore &)> job)
    {
        Result result{};
        auto store = m_store;
        QMetaObject::invokeMethod(
            m_worker, [store, &job, &result] { result = job(*store); }, Qt::BlockingQueuedConnection);
        return result;
    }

private:
    QString m_path;
    int m_busyTimeoutMs;
    QThread m_thread;
    QObject *m_worker = nullptr;           // lives on m_thread
    std::shared_ptr<TaskStore> m_store;    // used on m_thread only
    bool m_running = false;
};
