#include "taskstatistics.h"

#include "errorcatalog.h"

#include <QCoreApplication>
#include <QMap>

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

QString TaskStatistics::errorKey(const TaskSummary &task)
{
    if (!task.isTerminal() || !isFailure(task.state) || !task.lastError)
        return {};
    const ErrorDigest &error = *task.lastError;
    const QString code = !error.code.isEmpty()   ? error.code
                         : error.httpStatus > 0 ? ErrorCatalog::httpStatusCode(error.httpStatus)
                                                : ApiError::phaseId(error.phase);
    const QString provider = error.provider.isEmpty() ? task.provider : error.provider;
    return provider + QLatin1Char('\n') + code;
}

void TaskStatistics::count(const TaskSummary &task, int delta)
{
    m_counts.byGroup[size_t(groupOf(task.state))] += delta;
    m_counts.total += delta;
    if (!task.isTerminal())
        return;

    if (task.finishedAt.isValid()) {
        const bool succeeded = task.state == TaskState::Succeeded;
        if (succeeded || isFailure(task.state)) {
            MinuteCount &minute = m_finishedPerMinute[task.finishedAt.toSecsSinceEpoch() / 60];
            (succeeded ? minute.succeeded : minute.failed) += delta;
            if (minute.succeeded <= 0 && minute.failed <= 0)
                m_finishedPerMinute.remove(task.finishedAt.toSecsSinceEpoch() / 60);
        }
        if (succeeded && task.submittedAt.isValid()) {
            if (delta > 0)
                m_resultTimes.insert(task.id, {task.provider, std::max<qint64>(0, task.submittedAt.msecsTo(task.finishedAt)) / 1000.0});
            else
                m_resultTimes.remove(task.id);
            m_timesDirty = true;
        }
    }

    const QString key = errorKey(task);
    if (key.isEmpty())
        return;
    if (delta > 0) {
        ErrorEntry &entry = m_errors[key];
        if (entry.count++ == 0)
            entry.sample = *task.lastError;
    } else if (auto it = m_errors.find(key); it != m_errors.end() && --it->count <= 0) {
        m_errors.erase(it);
    }
    m_errorsDirty = true;
}

void TaskStatistics::add(const TaskSummary &task)
{
    count(task, +1);
}

void TaskStatistics::remove(const TaskSummary &task)
{
    if (m_counts.total == 0)
        return;
    count(task, -1);
    if (m_queueWaits.remove(task.id) > 0)
        m_timesDirty = true;
}

void TaskStatistics::update(const TaskSummary &before, const TaskSummary &after)
{
    if (before.id != after.id) {
        remove(before);
        add(after);
        return;
    }
    if (m_counts.total > 0)
        count(before, -1);
    count(after, +1);

    // Queue wait: the moment a task is seen turning Running. A retry starts a new wait.
    auto wait = m_queueWaits.find(after.id);
    if (wait != m_queueWaits.end() && wait->attempt != after.attempts) {
        m_queueWaits.erase(wait);
        wait = m_queueWaits.end();
        m_timesDirty = true;
    }
    const bool startedRunning = after.state == TaskState::Running
                                && (before.state != TaskState::Running || before.attempts != after.attempts);
    if (wait == m_queueWaits.end() && startedRunning && after.submittedAt.isValid()) {
        const QDateTime at = after.updatedAt.isValid() ? after.updatedAt : QDateTime::currentDateTimeUtc();
        m_queueWaits.insert(after.id, {after.provider, after.attempts, std::max<qint64>(0, after.submittedAt.msecsTo(at)) / 1000.0});
        m_timesDirty = true;
    }
}

void TaskStatistics::clear()
{
    m_counts = Counts();
    m_finishedPerMinute.clear();
    m_resultTimes.clear();
    m_queueWaits.clear();
    m_errors.clear();
    m_timesDirty = true;
    m_errorsDirty = true;
}

void TaskStatistics::setTopErrorLimit(int limit)
{
    m_topErrorLimit = limit;
    m_errorsDirty = true;
}

void TaskStatistics::sample(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    m_history.append({nowUtc, m_counts});
    if (m_history.size() > MaxHistory)
        m_history.remove(0, m_history.size() - MaxHistory);
}

QList<TaskStatistics::MinuteBucket> TaskStatistics::perMinute(const QDateTime &nowUtc) const
{
    const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
    const qint64 firstMinute = now.toSecsSinceEpoch() / 60 - m_minutes + 1;
    QList<MinuteBucket> buckets(m_minutes);
    for (int i = 0; i < m_minutes; ++i) {
        MinuteBucket &bucket = buckets[i];
        bucket.start = QDateTime::fromSecsSinceEpoch((firstMinute + i) * 60, Qt::UTC);
        const MinuteCount finished = m_finishedPerMinute.value(firstMinute + i);
        bucket.succeeded = finished.succeeded;
        bucket.failed = finished.failed;
    }
    return buckets;
}

QList<TaskStatistics::ProviderTimes> TaskStatistics::providerTimes() const
{
    if (m_timesDirty)
        recomputeTimes();
    return m_providerTimes;
}

QList<TaskStatistics::ErrorCount> TaskStatistics::topErrors() const
{
    if (m_errorsDirty)
        recomputeErrors();
    return m_topErrors;
}

void TaskStatistics::recomputeTimes() const
{
    ++m_recomputes;
    m_timesDirty = false;
    QMap<QString, QList<double>> queueWaits;   // QMap: providers come out sorted
    QMap<QString, QList<double>> resultTimes;
    for (const QueueWait &wait : m_queueWaits)
        queueWaits[wait.provider].append(wait.seconds);
    for (const TimeSample &time : m_resultTimes)
        resultTimes[time.provider].append(time.seconds);
    QStringList providers = queueWaits.keys() + resultTimes.keys();
    providers.sort();
    providers.removeDuplicates();
    const auto distribution = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        Distribution d;
        d.samples = int(values.size());
        d.medianSeconds = percentile(values, 50);
        d.p90Seconds = percentile(values, 90);
        return d;
    };
    m_providerTimes.clear();
    for (const QString &provider : providers)
        m_providerTimes.append({provider, distribution(queueWaits.value(provider)), distribution(resultTimes.value(provider))});
}

void TaskStatistics::recomputeErrors() const
{
    ++m_recomputes;
    m_errorsDirty = false;
    m_topErrors.clear();
    m_topErrors.reserve(m_errors.size());
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it) {
        const qsizetype split = it.key().indexOf(QLatin1Char('\n'));
        m_topErrors.append({it.key().left(split), it.key().mid(split + 1), QString(), it->count});
    }
    std::sort(m_topErrors.begin(), m_topErrors.end(), [](const ErrorCount &a, const ErrorCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return std::tie(a.provider, a.code) < std::tie(b.provider, b.code);
    });
    if (m_topErrors.size() > m_topErrorLimit)
        m_topErrors.resize(m_topErrorLimit);
    // One catalog lookup per shown code, in the current language.
    for (ErrorCount &error : m_topErrors) {
        const ErrorEntry entry = m_errors.value(error.provider + QLatin1Char('\n') + error.code);
        error.title = ErrorCatalog::instance().explain(entry.sample.toApiError()).title;
    }
}
