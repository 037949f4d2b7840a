#include "requestscheduler.h"

#include "clock.h"
#include "enginelogging.h"

#include <QStringList>

#include <algorithm>
#include <limits>

RequestScheduler::RequestScheduler(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
}

void RequestScheduler::setDispatcher(Dispatcher dispatcher)
{
    m_dispatcher = std::move(dispatcher);
}

void RequestScheduler::setGlobalLimit(int limit)
{
    m_globalLimit = std::max(1, limit);
    pumpSoon();
}

RequestScheduler::ProfileState &RequestScheduler::profileState(const QString &profileId)
{
    return m_profiles[profileId];
}

void RequestScheduler::setProfileLimit(const QString &profileId, int limit)
{
    profileState(profileId).limit = std::max(1, limit);
    pumpSoon();
}

void RequestScheduler::setProfileExempt(const QString &profileId, bool exempt)
{
    profileState(profileId).exempt = exempt;
}

void RequestScheduler::removeProfile(const QString &profileId)
{
    auto it = m_profiles.find(profileId);
    if (it != m_profiles.end() && it->second.inFlight == 0 && it->second.urgent.empty() && it->second.routine.empty())
        m_profiles.erase(it);
}

void RequestScheduler::schedule(qint64 taskId, const QString &profileId, qint64 dueMs, Priority priority)
{
    unschedule(taskId);
    Entry entry;
    entry.profile = profileId;
    entry.due = dueMs;
    entry.priority = priority;
    entry.seq = m_nextSeq++;
    profileState(profileId);
    m_timed.insert({dueMs, entry.seq, taskId});
    m_entries.insert(taskId, entry);
    pumpSoon();
}

void RequestScheduler::unschedule(qint64 taskId)
{
    auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return;
    // Ready-queue slots are dropped lazily: their seq no longer matches any entry.
    if (!it->ready)
        m_timed.erase({it->due, it->seq, taskId});
    m_entries.erase(it);
}

bool RequestScheduler::isScheduled(qint64 taskId) const
{
    return m_entries.contains(taskId);
}

std::optional<qint64> RequestScheduler::dueMs(qint64 taskId) const
{
    auto it = m_entries.constFind(taskId);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->due;
}

void RequestScheduler::finished(const QString &profileId)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    auto it = m_profiles.find(profileId);
    if (it != m_profiles.end())
        it->second.inFlight = std::max(0, it->second.inFlight - 1);
    pumpSoon();
}

int RequestScheduler::inFlight(const QString &profileId) const
{
    auto it = m_profiles.find(profileId);
    return it == m_profiles.end() ? 0 : it->second.inFlight;
}

void RequestScheduler::blockProfile(const QString &profileId, qint64 untilMs)
{
    ProfileState &state = profileState(profileId);
    state.blockedUntil = std::max(state.blockedUntil, untilMs);
    pumpSoon();
}

QHash<QString, qint64> RequestScheduler::blockedProfiles() const
{
    QHash<QString, qint64> blocked;
    const qint64 now = m_clock->monotonicMs();
    for (const auto &[id, state] : m_profiles) {
        if (state.blockedUntil > now)
            blocked.insert(id, state.blockedUntil);
    }
    return blocked;
}

void RequestScheduler::setRoutinePaused(bool paused)
{
    m_paused = paused;
    pumpSoon();
}

void RequestScheduler::setProbeMode(bool on, int intervalMs)
{
    m_probeMode = on;
    if (intervalMs > 0)
        m_probeIntervalMs = intervalMs;
    if (on)
        m_nextProbeAt = m_clock->monotonicMs() + m_probeIntervalMs;
    pumpSoon();
}

void RequestScheduler::pumpNow()
{
    pump();
}

void RequestScheduler::pumpSoon()
{
    if (!m_pumping && (!m_timer.isActive() || m_timer.remainingTime() > 0))
        m_timer.start(0);
}

std::optional<std::pair<qint64, RequestScheduler::Priority>>
RequestScheduler::takeReady(ProfileState &state, qint64 now, bool routineAllowed)
{
    auto valid = [this](const std::pair<qint64, quint64> &slot) {
        auto it = m_entries.constFind(slot.first);
        return it != m_entries.constEnd() && it->ready && it->seq == slot.second;
    };
    while (!state.urgent.empty()) {
        const auto slot = state.urgent.front();
        state.urgent.pop_front();
        if (valid(slot))
            return std::make_pair(slot.first, Priority::Urgent);
    }
    // Drop stale routine slots even when routine work may not go, so the queue stays small.
    while (!state.routine.empty() && !valid(state.routine.front()))
        state.routine.pop_front();
    if (!routineAllowed || state.routine.empty())
        return std::nullopt;
    if (m_probeMode && !state.exempt) {
        if (now < m_nextProbeAt)
            return std::nullopt;
        m_nextProbeAt = now + m_probeIntervalMs;
    }
    const auto slot = state.routine.front();
    state.routine.pop_front();
    return std::make_pair(slot.first, Priority::Routine);
}

void RequestScheduler::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        const qint64 now = m_clock->monotonicMs();

        // Everything due moves to its profile's ready queue.
        while (!m_timed.empty() && std::get<0>(*m_timed.begin()) <= now) {
            const auto [due, seq, taskId] = *m_timed.begin();
            m_timed.erase(m_timed.begin());
            auto it = m_entries.find(taskId);
            if (it == m_entries.end() || it->seq != seq)
                continue;
            it->ready = true;
            ProfileState &state = profileState(it->profile);
            (it->priority == Priority::Urgent ? state.urgent : state.routine).emplace_back(taskId, seq);
        }

        // Round robin over the profiles, one request each per round, within the caps.
        bool progress = true;
        while (progress && m_inFlight < m_globalLimit) {
            progress = false;
            QStringList ids;
            ids.reserve(qsizetype(m_profiles.size()));
            for (const auto &[id, state] : m_profiles) {
                if (!state.urgent.empty() || !state.routine.empty())
                    ids.append(id);
            }
            for (const QString &id : std::as_const(ids)) {
                if (m_inFlight >= m_globalLimit)
                    break;
                auto found = m_profiles.find(id);
                if (found == m_profiles.end())
                    continue;
                ProfileState &state = found->second;
                if (state.blockedUntil > now || state.inFlight >= state.limit)
                    continue;
                const auto next = takeReady(state, now, !m_paused);
                if (!next)
                    continue;
                const qint64 taskId = next->first;
                m_entries.remove(taskId);
                progress = true;
                if (m_dispatcher && m_dispatcher(taskId, next->second)) {
                    // The dispatcher may have touched m_profiles: look the state up again.
                    ProfileState &after = profileState(id);
                    ++after.inFlight;
                    ++m_inFlight;
                }
            }
        }
    } while (m_pumpAgain);
    m_pumping = false;
    armTimer();
}

void RequestScheduler::armTimer()
{
    const qint64 now = m_clock->monotonicMs();
    qint64 next = std::numeric_limits<qint64>::max();
    if (!m_timed.empty())
        next = std::get<0>(*m_timed.begin());
    for (const auto &[id, state] : m_profiles) {
        const bool hasUrgent = !state.urgent.empty();
        const bool hasRoutine = !state.routine.empty() && !m_paused;
        if (!hasUrgent && !hasRoutine)
            continue;
        if (state.blockedUntil > now)
            next = std::min(next, state.blockedUntil);
        else if (hasRoutine && !hasUrgent && m_probeMode && !state.exempt)
            next = std::min(next, m_nextProbeAt);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    // Capped so that a clock that jumps (ManualClock, suspend) is re-read at least every minute.
    const qint64 delay = std::clamp<qint64>(next - now, 0, 60000);
    m_timer.start(int(delay));
}
