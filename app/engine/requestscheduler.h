#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

class Clock;

// Decides when each task may send its next request. One QTimer for everything, keyed to the
// earliest due time (never one timer per task). A task due now waits in its profile's ready
// queue until the global and the per-profile caps and the profile's Retry-After pause allow
// it; explicit actions (submit, cancel, check again) go before routine polls.
// Times are Clock::monotonicMs(), so tests drive it with a ManualClock and wake().
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Urgent, Routine };

    // Called when a task's turn has come. Returns true when it started a request; the
    // scheduler counts that request against the caps until finished() is called.
    using Dispatcher = std::function<bool(qint64 taskId, Priority priority)>;

    explicit RequestScheduler(const Clock *clock, QObject *parent = nullptr);

    void setDispatcher(Dispatcher dispatcher);
    void setGlobalLimit(int limit);
    int globalLimit() const { return m_globalLimit; }
    void setProfileLimit(const QString &profileId, int limit);
    // Exempt profiles (loopback hosts) keep polling while the network is considered down.
    void setProfileExempt(const QString &profileId, bool exempt);
    void removeProfile(const QString &profileId);

    // (Re)schedules a task; replaces any earlier schedule of it.
    void schedule(qint64 taskId, const QString &profileId, qint64 dueMs, Priority priority);
    void unschedule(qint64 taskId);
    bool isScheduled(qint64 taskId) const;
    std::optional<qint64> dueMs(qint64 taskId) const;
    int scheduledCount() const { return int(m_entries.size()); }

    // A request started by the dispatcher has ended (or was aborted).
    void finished(const QString &profileId);
    int inFlight() const { return m_inFlight; }
    int inFlight(const QString &profileId) const;

    // Retry-After: no request of this profile before untilMs (keeps the later of two pauses).
    void blockProfile(const QString &profileId, qint64 untilMs);
    // Profiles still paused at the clock's current time, with the time they may call again.
    QHash<QString, qint64> blockedProfiles() const;

    // Routine requests wait (urgent ones still go) while paused.
    void setRoutinePaused(bool paused);
    bool isRoutinePaused() const { return m_paused; }
    // Network down: routine requests of non-exempt profiles go one per interval (a probe).
    void setProbeMode(bool on, int intervalMs = 0);
    bool isProbeMode() const { return m_probeMode; }

    // Re-reads the clock and starts whatever is due, now.
    void pumpNow();
    // The same, from the event loop (coalesced).
    void pumpSoon();

private:
    struct Entry
    {
        QString profile;
        qint64 due = 0;
        Priority priority = Priority::Routine;
        quint64 seq = 0;
        bool ready = false;   // moved to the profile's ready queue
    };

    struct ProfileState
    {
        int limit = 4;
        int inFlight = 0;
        qint64 blockedUntil = 0;
        bool exempt = false;
        std::deque<std::pair<qint64, quint64>> urgent;    // (task, seq)
        std::deque<std::pair<qint64, quint64>> routine;
    };

    using TimedKey = std::tuple<qint64, quint64, qint64>;   // due, seq, task

    void pump();
    void armTimer();
    std::optional<std::pair<qint64, Priority>> takeReady(ProfileState &state, qint64 now, bool routineAllowed);
    ProfileState &profileState(const QString &profileId);

    const Clock *m_clock;
    Dispatcher m_dispatcher;
    QTimer m_timer;
    int m_globalLimit = 6;
    int m_inFlight = 0;
    bool m_paused = false;
    bool m_probeMode = false;
    int m_probeIntervalMs = 5000;
    qint64 m_nextProbeAt = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    quint64 m_nextSeq = 1;
    QHash<qint64, Entry> m_entries;
    std::set<TimedKey> m_timed;
    std::map<QString, ProfileState> m_profiles;
};
