#include "taskstatistics.h"

#include "errorcatalog.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

TaskStatistics::Group TaskStatistics::groupOf(TaskState state)
{
    switch (state) {
    case TaskState::Submitting:
    case TaskState::Queued:
        return Group::Waiting;
    case TaskState::Running:
    case TaskState::Cancelling:
        return Group::Running;
    case TaskState::Succeeded:
        return Group::Succeeded;
    case TaskState::Failed:
    case TaskState::TimedOut:
    case TaskState::Rejected:
    case TaskState::Lost:
        return Group::Failed;
    case TaskState::Cancelled:
        return Group::Cancelled;
    case TaskState::Unknown:
        return Group::NeedsDecision;
    }
    return Group::NeedsDecision;
}

QString TaskStatistics::groupName(Group group)
{
    switch (group) {
    case Group::Waiting:
        return QCoreApplication::translate("TaskStatistics", "Waiting");
    case Group::Running:
        return QCoreApplication::translate("TaskStatistics", "Running");
    case Group::Succeeded:
        return QCoreApplication::translate("TaskStatistics", "Succeeded");
    case Group::Failed:
        return QCoreApplication::translate("TaskStatistics", "Failed");
    case Group::Cancelled:
        return QCoreApplication::translate("TaskStatistics", "Cancelled");
    case Group::NeedsDecision:
        return QCoreApplication::translate("TaskStatistics", "Needs a decision");
    }
    return {};
}

QList<TaskStatistics::Group> TaskStatistics::groups()
{
    return {Group::Waiting, Group::Running, Group::Succeeded, Group::Failed, Group::Cancelled, Group::NeedsDecision};
}

bool TaskStatistics::isFailure(TaskState state)
{
    return groupOf(state) == Group::Failed;
}

double TaskStatistics::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

void TaskStatistics::update(const QList<Task> &tasks, const QDateTime &nowUtc)
{
    m_counts = Counts();
    const qint64 nowMinute = nowUtc.toSecsSinceEpoch() / 60;
    const qint64 firstMinute = nowMinute - m_minutes + 1;
    QList<MinuteBucket> buckets(m_minutes);
    for (int i = 0; i < m_minutes; ++i)
        buckets[i].start = QDateTime::fromSecsSinceEpoch((firstMinute + i) * 60, Qt::UTC);

    QMap<QString, QList<double>> queueWaits;   // QMap: providers come out sorted
    QMap<QString, QList<double>> resultTimes;
    QHash<QString, int> errorCounts;           // "provider\ncode"
    QHash<QString, ApiError> errorSamples;     // one error per key, for its catalog title
    QSet<qint64> alive;
    alive.reserve(tasks.size());

    for (const Task &task : tasks) {
        alive.insert(task.id);
        ++m_counts.byGroup[size_t(groupOf(task.state))];
        ++m_counts.total;

        // Queue wait: remember the first time a task is seen running.
        auto seen = m_firstSeenRunning.find(task.id);
        if (seen != m_firstSeenRunning.end() && seen->attempt != task.attempts) {
            m_firstSeenRunning.erase(seen);
            seen = m_firstSeenRunning.end();
        }
        if (seen == m_firstSeenRunning.end() && task.state == TaskState::Running)
            seen = m_firstSeenRunning.insert(task.id, {task.attempts, nowUtc});
        if (seen != m_firstSeenRunning.end() && task.submittedAt.isValid())
            queueWaits[task.provider].append(std::max<qint64>(0, task.submittedAt.msecsTo(seen->at)) / 1000.0);

        if (!task.isTerminal())
            continue;
        if (task.finishedAt.isValid()) {
            const qint64 minute = task.finishedAt.toSecsSinceEpoch() / 60;
            if (minute >= firstMinute && minute <= nowMinute) {
                MinuteBucket &bucket = buckets[minute - firstMinute];
                if (task.state == TaskState::Succeeded)
                    ++bucket.succeeded;
                else if (isFailure(task.state))
                    ++bucket.failed;
            }
            if (task.state == TaskState::Succeeded && task.submittedAt.isValid())
                resultTimes[task.provider].append(std::max<qint64>(0, task.submittedAt.msecsTo(task.finishedAt)) / 1000.0);
        }
        if (isFailure(task.state) && task.lastError) {
            const ApiError &error = *task.lastError;
            const QString code = !error.code.isEmpty()   ? error.code
                                 : error.httpStatus > 0 ? ErrorCatalog::httpStatusCode(error.httpStatus)
                                                        : ApiError::phaseId(error.phase);
            const QString provider = error.provider.isEmpty() ? task.provider : error.provider;
            const QString key = provider + QLatin1Char('\n') + code;
            if (++errorCounts[key] == 1)
                errorSamples.insert(key, error);
        }
    }

    // Forget tasks that are gone, so the map does not grow for ever.
    for (auto it = m_firstSeenRunning.begin(); it != m_firstSeenRunning.end();) {
        if (alive.contains(it.key()))
            ++it;
        else
            it = m_firstSeenRunning.erase(it);
    }

    m_perMinute = buckets;

    m_providerTimes.clear();
    QSet<QString> providers;
    for (auto it = queueWaits.keyBegin(); it != queueWaits.keyEnd(); ++it)
        providers.insert(*it);
    for (auto it = resultTimes.keyBegin(); it != resultTimes.keyEnd(); ++it)
        providers.insert(*it);
    QStringList providerList(providers.begin(), providers.end());
    providerList.sort();
    const auto distribution = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        Distribution d;
        d.samples = int(values.size());
        d.medianSeconds = percentile(values, 50);
        d.p90Seconds = percentile(values, 90);
        return d;
    };
    for (const QString &provider : providerList)
        m_providerTimes.append({provider, distribution(queueWaits.value(provider)), distribution(resultTimes.value(provider))});

    m_topErrors.clear();
    for (auto it = errorCounts.constBegin(); it != errorCounts.constEnd(); ++it) {
        const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
        // One catalog lookup per distinct code, not per task; translated in the current language.
        const QString title = ErrorCatalog::instance().explain(errorSamples.value(it.key())).title;
        m_topErrors.append({it.key().left(split), it.key().mid(split + 1), title, it.value()});
    }
    std::sort(m_topErrors.begin(), m_topErrors.end(), [](const ErrorCount &a, const ErrorCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return std::tie(a.provider, a.code) < std::tie(b.provider, b.code);
    });
    if (m_topErrors.size() > m_topErrorLimit)
        m_topErrors.resize(m_topErrorLimit);

    m_history.append({nowUtc, m_counts});
    if (m_history.size() > MaxHistory)
        m_history.remove(0, m_history.size() - MaxHistory);
}
