// Task summaries for the charts' tests and benchmark: one task, one failed task, and a large
// mixed history over five providers, all relative to one fixed "now".
#pragma once

#include "tasksummary.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ChartsTestData {

inline const QDateTime kNow(QDate(2026, 5, 4), QTime(12, 30, 20), Qt::UTC);

inline TaskSummary task(qint64 id, const QString &provider, TaskState state, int submittedSecsAgo = 60, int finishedSecsAgo = -1)
{
    TaskSummary t;
    t.id = id;
    t.provider = provider;
    t.profileId = provider + QStringLiteral("-profile");
    t.state = state;
    t.createdAt = t.submittedAt = kNow.addSecs(-submittedSecsAgo);
    t.updatedAt = t.submittedAt;
    if (finishedSecsAgo >= 0)
        t.updatedAt = t.finishedAt = kNow.addSecs(-finishedSecsAgo);
    return t;
}

inline TaskSummary failed(qint64 id, const QString &provider, const QString &code, int finishedSecsAgo = 10)
{
    TaskSummary t = task(id, provider, TaskState::Failed, 100, finishedSecsAgo);
    ErrorDigest error;
    error.provider = provider;
    error.code = code;
    error.httpStatus = 400;
    t.lastError = error;
    return t;
}

// A history of count tasks: mostly finished, some running, queued, failed or timed out.
inline QList<TaskSummary> manyTasks(int count)
{
    const QStringList providers{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                                QStringLiteral("llmapi"), QStringLiteral("vidu")};
    const QList<TaskState> states{TaskState::Succeeded, TaskState::Succeeded, TaskState::Succeeded, TaskState::Running,
                                  TaskState::Queued,    TaskState::Failed,    TaskState::Cancelled, TaskState::TimedOut};
    QList<TaskSummary> tasks;
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        const TaskState state = states.at(i % states.size());
        TaskSummary t = TaskStates::isTerminal(state) ? task(i + 1, providers.at(i % 5), state, 30 + i % 1700, i % 1700)
                                               : task(i + 1, providers.at(i % 5), state, 30 + i % 300);
        if (state == TaskState::Failed || state == TaskState::TimedOut)
            t = failed(i + 1, providers.at(i % 5), i % 3 == 0 ? QStringLiteral("CreditInsufficient") : QStringLiteral("timeout"),
                       i % 1700);
        tasks.append(t);
    }
    return tasks;
}

} // namespace ChartsTestData
