#pragma once

#include "tasksummary.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

// Running counts over the task list: per state, per provider, per profile and per failure
// group. The table model adds the new and removes the old version of each task it updates,
// so the sidebar and the failure view never recount the whole list on a tick.
class TaskTally
{
public:
    // One "failed with this code" group.
    struct FailureGroup
    {
        QString provider;   // the task's provider (adapter id)
        QString code;       // error code, type, "http_<status>" or the state id
        int count = 0;
        std::optional<ApiError> sample;   // one error of the group (list fields only), for the explanation
        TaskState sampleState = TaskState::Failed;
        qint64 sampleTaskId = 0;          // its task, for the full error (message, raw answer)
    };

    void add(const TaskSummary &task);
    void remove(const TaskSummary &task);
    void clear();

    int total() const { return m_total; }
    int count(TaskState state) const { return m_states[std::size_t(state)]; }
    int activeCount() const;      // Submitting, Queued, Running, Cancelling
    int attentionCount() const;   // what needs the operator: Failed, TimedOut, Rejected, Unknown, Lost

    int providerCount(const QString &provider) const { return m_providers.value(provider); }
    int profileCount(const QString &profileId) const { return m_profiles.value(profileId); }
    QStringList providers() const;                          // with at least one task, sorted
    QStringList profilesOf(const QString &provider) const;  // with at least one task, sorted
    int submitterCount(const QString &name) const { return m_submitters.value(name); }
    QStringList submitters() const;                         // operators with at least one task, sorted

    QList<FailureGroup> failureGroups() const;   // largest first
    int failureGroupCount(const QString &key) const;

    // The failure group key of a task ("<provider>\x1f<code>"), empty when it is not a failure.
    static QString failureKey(const TaskSummary &task);
    static QString failureCode(const TaskSummary &task);
    static QString keyOf(const QString &provider, const QString &code);
    static bool needsAttention(TaskState state);

private:
    static constexpr std::size_t StateCount = std::size_t(TaskState::Lost) + 1;

    int m_total = 0;
    std::array<int, StateCount> m_states{};
    QHash<QString, int> m_providers;
    QHash<QString, int> m_profiles;
    QHash<QString, int> m_submitters;   // tasks recorded without an operator are not counted
    QHash<QString, QString> m_profileProvider;   // profile id -> provider
    QHash<QString, FailureGroup> m_failures;
};
