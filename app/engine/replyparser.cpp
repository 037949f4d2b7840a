#include "replyparser.h"

#include "enginelogging.h"
#include "inlineresults.h"
#include "provideradapter.h"
#include "redactor.h"
#include "retryafter.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

ReplyParser::ReplyParser(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("queuelens-parse"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

ReplyParser::~ReplyParser()
{
    if (m_thread.isRunning()) {
        // Answers still queued are dropped: their callbacks could not run any more anyway.
        m_thread.requestInterruption();
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

TaskUpdate ReplyParser::parse(const ProviderAdapter &adapter, ApiPhase phase, const ProviderReply &reply,
                              const Task &task, const QString &key, const QString &inlineResultsFolder)
{
    TaskUpdate update;
    switch (phase) {
    case ApiPhase::Submit:
        update = adapter.parseSubmit(reply);
        break;
    case ApiPhase::Poll:
        update = adapter.parseStatus(reply, task);
        break;
    case ApiPhase::Result:
        update = adapter.parseResult(reply, task);
        break;
    case ApiPhase::Cancel:
        update = adapter.parseCancel(reply, task);
        break;
    case ApiPhase::List:
    case ApiPhase::InTask:
    case ApiPhase::Transport:
        break;
    }
    if (update.error) {
        Redactor::redact(*update.error, {key});
        // Retry-After dates are the server's wall clock, so they are read against the real one.
        if (!update.error->retryAfterSeconds) {
            const QByteArray header = reply.headers.value(QByteArrayLiteral("retry-after"));
            if (!header.isEmpty())
                update.error->retryAfterSeconds = RetryAfter::parse(header, QDateTime::currentDateTimeUtc());
        }
    }
    if (std::any_of(update.resultUrls.cbegin(), update.resultUrls.cend(),
                    [](const QString &url) { return url.startsWith(QLatin1String("data:")); })) {
        QString problem;
        update.resultUrls = InlineResults::store(update.resultUrls, task.id, inlineResultsFolder, &problem);
        if (!problem.isEmpty())
            qCWarning(lcEngine).noquote() << "inline result of task" << task.id << "kept in the database:" << problem;
    }
    update.excerpt = update.excerpt.isEmpty() ? Redactor::excerpt(reply.body, {key})
                                              : Redactor::excerpt(update.excerpt, {key});
    return update;
}

void ReplyParser::parseLater(const ProviderAdapter *adapter, ApiPhase phase, ProviderReply reply, Task task,
                             QString key, QString inlineResultsFolder, QObject *context,
                             std::function<void(TaskUpdate)> done)
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [adapter, phase, reply = std::move(reply), task = std::move(task), key = std::move(key),
         folder = std::move(inlineResultsFolder), context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            TaskUpdate update = parse(*adapter, phase, reply, task, key, folder);
            if (!context)
                return;
            QMetaObject::invokeMethod(
                context.data(), [done = std::move(done), update = std::move(update)]() mutable { done(std::move(update)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
