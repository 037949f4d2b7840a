#include "tasktally.h"

#include <algorithm>

namespace {

void decrement(QHash<QString, int> &hash, const QString &key)
{
    auto it = hash.find(key);
    if (it == hash.end())
        return;
    if (--it.value() <= 0)
        hash.erase(it);
}

} // namespace

bool TaskTally::needsAttention(TaskState state)
{
    return state == TaskState::Failed || state == TaskState::TimedOut || state == TaskState::Rejected
           || state == TaskState::Unknown || state == TaskState::Lost;
}

QString TaskTally::keyOf(const QString &provider, const QString &code)
{
    return provider + QChar(0x1f) + code;
}

QString TaskTally::failureCode(const TaskSummary &task)
{
    if (!needsAttention(task.state))
        return {};
    if (task.lastError) {
        const ErrorDigest &error = *task.lastError;
        if (!error.code.isEmpty())
            return error.code;
        if (!error.type.isEmpty())
            return error.type;
        if (error.httpStatus > 0)
            return QStringLiteral("http_%1").arg(error.httpStatus);
    }
    // A deadline or a lost task may come without any provider error: group by the state.
    return TaskStates::id(task.state);
}

QString TaskTally::failureKey(const TaskSummary &task)
{
    const QString code = failureCode(task);
    return code.isEmpty() ? QString() : keyOf(task.provider, code);
}

void TaskTally::add(const TaskSummary &task)
{
    ++m_total;
    ++m_states[std::size_t(task.state)];
    ++m_providers[task.provider];
    ++m_profiles[task.profileId];
    if (!task.submittedBy.isEmpty())
        ++m_submitters[task.submittedBy];
    m_profileProvider.insert(task.profileId, task.provider);
    const QString code = failureCode(task);
    if (!code.isEmpty()) {
        FailureGroup &group = m_failures[keyOf(task.provider, code)];
        if (group.count == 0) {
            group.provider = task.provider;
            group.code = code;
            if (task.lastError)
                group.sample = task.lastError->toApiError();
            group.sampleState = task.state;
            group.sampleTaskId = task.id;
        }
        ++group.count;
    }
}

void TaskTally::remove(const TaskSummary &task)
{
    if (m_total == 0)
        return;
    --m_total;
    --m_states[std::size_t(task.state)];
    decrement(m_providers, task.provider);
    decrement(m_profiles, task.profileId);
    if (!task.submittedBy.isEmpty())
        decrement(m_submitters, task.submittedBy);
    const QString key = failureKey(task);
    if (!key.isEmpty()) {
        auto it = m_failures.find(key);
        if (it != m_failures.end() && --it->count <= 0)
            m_failures.erase(it);
    }
}

void TaskTally::clear()
{
    *this = TaskTally();
}

int TaskTally::activeCount() const
{
    int sum = 0;
    for (TaskState state : TaskStates::all()) {
        if (TaskStates::isActive(state))
            sum += count(state);
    }
    return sum;
}

int TaskTally::attentionCount() const
{
    int sum = 0;
    for (TaskState state : TaskStates::all()) {
        if (needsAttention(state))
            sum += count(state);
    }
    return sum;
}

QStringList TaskTally::providers() const
{
    QStringList list = m_providers.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList TaskTally::submitters() const
{
    QStringList list = m_submitters.keys();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QStringList TaskTally::profilesOf(const QString &provider) const
{
    QStringList list;
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it) {
        if (m_profileProvider.value(it.key()) == provider)
            list.append(it.key());
    }
    std::sort(list.begin(), list.end());
    return list;
}

QList<TaskTally::FailureGroup> TaskTally::failureGroups() const
{
    QList<FailureGroup> groups = m_failures.values();
    std::sort(groups.begin(), groups.end(), [](const FailureGroup &a, const FailureGroup &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.provider != b.provider)
            return a.provider < b.provider;
        return a.code < b.code;
    });
    return groups;
}

int TaskTally::failureGroupCount(const QString &key) const
{
    return m_failures.value(key).count;
}
