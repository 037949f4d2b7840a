#include "sandboxtask.h"

#include <algorithm>

namespace QueueLensSandbox {

TaskPhase SandboxTask::phaseAt(qint64 nowMs) const
{
    if (cancelledMs >= 0 && nowMs >= cancelledMs)
        return TaskPhase::Cancelled;
    const qint64 elapsed = nowMs - createdMs;
    if (stuck == StuckPhase::Queue || elapsed < queueMs)
        return TaskPhase::Queued;
    if (stuck == StuckPhase::Run || elapsed < queueMs + runMs)
        return TaskPhase::Running;
    switch (outcome) {
    case TaskOutcome::Succeed: return TaskPhase::Succeeded;
    case TaskOutcome::Fail: return TaskPhase::Failed;
    case TaskOutcome::Timeout: return TaskPhase::TimedOut;
    }
    return TaskPhase::Failed;
}

bool SandboxTask::release(qint64 nowMs)
{
    if (stuck == StuckPhase::None || isTerminalAt(nowMs))
        return false;
    const qint64 elapsed = nowMs - createdMs;
    if (stuck == StuckPhase::Queue)
        queueMs = elapsed;
    else if (elapsed >= queueMs)
        runMs = elapsed - queueMs;
    stuck = StuckPhase::None;
    return true;
}

bool SandboxTask::isTerminal(TaskPhase phase)
{
    return phase != TaskPhase::Queued && phase != TaskPhase::Running;
}

bool SandboxTask::isTerminalAt(qint64 nowMs) const
{
    return isTerminal(phaseAt(nowMs));
}

bool SandboxTask::vanishedAt(qint64 nowMs) const
{
    return vanishAfterMs >= 0 && nowMs - createdMs >= vanishAfterMs;
}

int SandboxTask::progressAt(qint64 nowMs) const
{
    const TaskPhase phase = phaseAt(nowMs);
    if (phase == TaskPhase::Queued)
        return 0;
    if (phase == TaskPhase::Succeeded)
        return 100;
    const qint64 runStart = createdMs + queueMs;
    const qint64 end = phase == TaskPhase::Running ? nowMs : std::min(nowMs, finishedMsAt(nowMs));
    double fraction = runMs > 0 ? double(end - runStart) / double(runMs) : 1.0;
    // A stuck task creeps towards 90 % and stays there, like a job whose worker died.
    if (stuck == StuckPhase::Run)
        fraction = std::min(fraction, 0.9);
    fraction = std::clamp(fraction, 0.0, 0.99);
    const int n = std::max(1, steps);
    const int step = static_cast<int>(fraction * n);
    return std::clamp(step * 100 / n, 0, 99);
}

double SandboxTask::queueFractionAt(qint64 nowMs) const
{
    if (queueMs <= 0)
        return 1.0;
    return std::clamp(double(nowMs - createdMs) / double(queueMs), 0.0, 1.0);
}

qint64 SandboxTask::startedMsAt(qint64 nowMs) const
{
    const qint64 start = createdMs + queueMs;
    if (stuck == StuckPhase::Queue || nowMs < start)
        return -1;
    if (cancelledMs >= 0 && cancelledMs < start)
        return -1;
    return start;
}

qint64 SandboxTask::finishedMsAt(qint64 nowMs) const
{
    const TaskPhase phase = phaseAt(nowMs);
    if (!isTerminal(phase))
        return -1;
    if (phase == TaskPhase::Cancelled)
        return cancelledMs;
    return createdMs + queueMs + runMs;
}

QDateTime SandboxTask::wallTime(qint64 monotonicMs) const
{
    return createdUtc.addMSecs(monotonicMs - createdMs);
}

QString SandboxTask::phaseId(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Queued: return QStringLiteral("queued");
    case TaskPhase::Running: return QStringLiteral("running");
    case TaskPhase::Succeeded: return QStringLiteral("succeeded");
    case TaskPhase::Failed: return QStringLiteral("failed");
    case TaskPhase::TimedOut: return QStringLiteral("timed_out");
    case TaskPhase::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace QueueLensSandbox
