#pragma once

#include "task.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

// The numbers behind the charts, computed in one pass over the engine's task list so that a
// refresh of 10,000 tasks stays in the low milliseconds. No widgets here: the tests check the
// arithmetic directly.
//
// Queue wait needs the moment a task started running, which Task does not carry. It is
// therefore observed: update() notes the first sample in which a task is Running, so the
// wait is exact to one sampling interval, and only known for tasks seen live.
class TaskStatistics
{
public:
    // The states folded into the few groups a chart can show legibly.
    enum class Group { Waiting, Running, Succeeded, Failed, Cancelled, NeedsDecision };
    static constexpr int GroupCount = 6;
    static Group groupOf(TaskState state);
    static QString groupName(Group group);      // translated
    static QList<Group> groups();

    struct Counts
    {
        std::array<int, GroupCount> byGroup{};
        int total = 0;
        int of(Group group) const { return byGroup[size_t(group)]; }
    };
    struct Sample
    {
        QDateTime at;
        Counts counts;
    };
    struct MinuteBucket
    {
        QDateTime start;   // UTC, whole minute
        int succeeded = 0;
        int failed = 0;    // failed, timed out, rejected or lost
    };
    struct Distribution
    {
        int samples = 0;
        double medianSeconds = 0;
        double p90Seconds = 0;
    };
    struct ProviderTimes
    {
        QString provider;
        Distribution queueWait;      // submit -> first seen running (observed tasks only)
        Distribution timeToResult;   // submit -> finished, succeeded tasks
    };
    struct ErrorCount
    {
        QString provider;
        QString code;
        QString title;   // translated, from the error catalog
        int count = 0;
    };

    static constexpr int DefaultMinutes = 30;
    static constexpr int MaxHistory = 720;   // one hour at a 5 s sampling interval

    // Recomputes everything from a snapshot and appends one point to the history.
    void update(const QList<Task> &tasks, const QDateTime &nowUtc);

    Counts counts() const { return m_counts; }
    QList<Sample> history() const { return m_history; }
    // Oldest first; the last bucket is the current (partial) minute.
    QList<MinuteBucket> perMinute() const { return m_perMinute; }
    QList<ProviderTimes> providerTimes() const { return m_providerTimes; }   // by provider id
    QList<ErrorCount> topErrors() const { return m_topErrors; }              // most frequent first

    void setMinutes(int minutes) { m_minutes = minutes; }
    void setTopErrorLimit(int limit) { m_topErrorLimit = limit; }
    void clearHistory() { m_history.clear(); }

    // Nearest-rank percentile of sorted values (0 < p <= 100); 0 for an empty list.
    static double percentile(const QList<double> &sorted, double p);
    static bool isFailure(TaskState state);

private:
    int m_minutes = DefaultMinutes;
    int m_topErrorLimit = 8;
    Counts m_counts;
    QList<Sample> m_history;
    QList<MinuteBucket> m_perMinute;
    QList<ProviderTimes> m_providerTimes;
    QList<ErrorCount> m_topErrors;
    struct FirstRunning
    {
        int attempt = 0;   // a retry starts a new wait
        QDateTime at;
    };
    QHash<qint64, FirstRunning> m_firstSeenRunning;   // task id -> first sample showing it Running
};
