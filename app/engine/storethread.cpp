#include "storethread.h"

#include <QPointer>

StoreThread::StoreThread(const QString &path, int busyTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_busyTimeoutMs(busyTimeoutMs)
{
    m_thread.setObjectName(QStringLiteral("queuelens-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

StoreThread::~StoreThread()
{
    if (m_thread.isRunning()) {
        // The connection belongs to the thread: close it there.
        auto store = std::exchange(m_store, nullptr);
        QMetaObject::invokeMethod(
            m_worker, [store = std::move(store)]() mutable { store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

bool StoreThread::start(QString *error)
{
    if (m_running)
        return true;
    m_thread.start();
    QString reason;
    bool opened = false;
    const QString path = m_path;
    const int busy = m_busyTimeoutMs;
    std::shared_ptr<TaskStore> store;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            store = std::make_shared<TaskStore>();
            store->setBusyTimeoutMs(busy);
            opened = store->open(path, &reason);
        },
        Qt::BlockingQueuedConnection);
    m_store = store;
    m_running = opened;
    if (!opened && error)
        *error = reason;
    return opened;
}

bool StoreThread::isRunning() const
{
    return m_running;
}
