#pragma once

#include "tasksummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

// The numbers behind the charts, kept current one change at a time (like TaskTally for the
// sidebar), so a 100,000-task history costs nothing while nobody looks at the charts:
//
// * add() / remove() / update() adjust the counts per group, the finishes per minute, the
//   per-provider time samples and the error counts in O(1) per task;
// * what needs sorting (median and p90, the most frequent errors) is recomputed lazily, when
//   providerTimes() or topErrors() are read after something they depend on changed
//   (recomputeCount() tells how often that happened);
// * sample() appends the current counts to the history of the "over time" chart.
//
// No widgets here: the tests check the arithmetic directly.
//
// Queue wait needs the moment a task started running, which TaskSummary does not carry. It is
// therefore observed: update() notes when a task turns Running (its updatedAt), so the wait is
// only known for tasks seen starting while QueueLens watched.
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
        friend bool operator==(const Counts &, const Counts &) = default;
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
        Distribution queueWait;      // submit -> seen turning running (observed tasks only)
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

    // One task entered the list / left it.
    void add(const TaskSummary &task);
    void remove(const TaskSummary &task);
    // One task changed: remove(before) + add(after), and the queue-wait observation.
    void update(const TaskSummary &before, const TaskSummary &after);
    // Forgets every task (not the history).
    void clear();
    bool isEmpty() const { return m_counts.total == 0; }

    // Appends the current counts to the history; the per-minute window ends at nowUtc.
    void sample(const QDateTime &nowUtc);

    Counts counts() const { return m_counts; }
    QList<Sample> history() const { return m_history; }
    // The last setMinutes() minutes up to the last sample(), oldest first; the last bucket is
    // the current (partial) minute.
    QList<MinuteBucket> perMinute() const { return perMinute(m_now); }
    QList<MinuteBucket> perMinute(const QDateTime &nowUtc) const;
    QList<ProviderTimes> providerTimes() const;   // by provider id; lazily recomputed
    QList<ErrorCount> topErrors() const;          // most frequent first; lazily recomputed

    // True when providerTimes() / topErrors() would be recomputed on their next read.
    bool needsRecompute() const { return m_timesDirty || m_errorsDirty; }
    // How many times the sorted figures were recomputed (tests: nothing happens unasked).
    int recomputeCount() const { return m_recomputes; }
    // The error titles are translated: recompute them after a language switch.
    void invalidateTitles() { m_errorsDirty = true; }

    void setMinutes(int minutes) { m_minutes = minutes; }
    void setTopErrorLimit(int limit);
    void clearHistory() { m_history.clear(); }

    // Nearest-rank percentile of sorted values (0 < p <= 100); 0 for an empty list.
    static double percentile(const QList<double> &sorted, double p);
    static bool isFailure(TaskState state);
    // The key a failed task's error is counted under ("provider\ncode"), empty when none.
    static QString errorKey(const TaskSummary &task);

private:
    struct TimeSample
    {
        QString provider;
        double seconds = 0;
    };
    struct QueueWait
    {
        QString provider;
        int attempt = 0;      // a retry starts a new wait
        double seconds = 0;
    };
    struct MinuteCount
    {
        int succeeded = 0;
        int failed = 0;
    };
    struct ErrorEntry
    {
        int count = 0;
        ErrorDigest sample;   // one error of the group, for its catalog title
    };

    void count(const TaskSummary &task, int delta);
    void recomputeTimes() const;
    void recomputeErrors() const;

    int m_minutes = DefaultMinutes;
    int m_topErrorLimit = 8;
    QDateTime m_now;
    Counts m_counts;
    QList<Sample> m_history;
    QHash<qint64, MinuteCount> m_finishedPerMinute;   // minute since the epoch -> finishes
    QHash<qint64, TimeSample> m_resultTimes;          // succeeded task id -> time to result
    QHash<qint64, QueueWait> m_queueWaits;            // task id -> observed queue wait
    QHash<QString, ErrorEntry> m_errors;              // errorKey() -> count

    // The lazily sorted figures.
    mutable bool m_timesDirty = true;
    mutable bool m_errorsDirty = true;
    mutable int m_recomputes = 0;
    mutable QList<ProviderTimes> m_providerTimes;
    mutable QList<ErrorCount> m_topErrors;
};
