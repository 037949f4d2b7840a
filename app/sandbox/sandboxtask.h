#pragma once

#include "scenario.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace QueueLensSandbox {

// Where a task is in its life at a given moment.
enum class TaskPhase {
    Queued,
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Cancelled,
};

// How a task ends if nobody cancels it.
enum class TaskOutcome {
    Succeed,
    Fail,      // failCode says why
    Timeout,
};

// One generation task. Its state is never stored: it is computed from the time elapsed since
// creation (a monotonic clock), so a poll is a hash lookup plus a little arithmetic and no timer
// runs per task. Only a cancel (and the poll-fault counter) change a task after creation.
struct SandboxTask
{
    QString id;
    QString provider;
    QString submitRoute;     // route pattern of the submit, "POST /vidu/ent/v2/text2video"
    QString endpoint;        // SeaArt endpoint, Vidu template, FoxAPI/new-api modality
    QString model;
    QString prompt;          // without the sandbox directive
    QJsonObject input;       // the submitted body, for echoing fields back
    QString apiKey;          // owner (LLMAPI hides tasks of other keys)
    MediaKind media = MediaKind::Image;
    int outputs = 1;
    QString resultShape;     // FoxAPI: objects | urls | output
    QString failShape;       // new-api: error | message | metadata | none
    bool noResultUrl = false;   // new-api: completed without a result URL

    qint64 createdMs = 0;    // monotonic, SandboxTaskStore clock
    QDateTime createdUtc;    // wall clock, for timestamps in bodies
    qint64 queueMs = 0;
    qint64 runMs = 0;
    int steps = 4;
    TaskOutcome outcome = TaskOutcome::Succeed;
    QString failCode;
    StuckPhase stuck = StuckPhase::None;
    qint64 vanishAfterMs = -1;   // relative to createdMs; -1 = never
    qint64 cancelledMs = -1;     // monotonic time of an accepted cancel; -1 = not cancelled

    FaultSpec pollFault;
    int pollFaultsLeft = 0;
    qint64 pollDelayMs = 0;
    quint64 seed = 0;            // colours of the result files
    QString scenarioText;        // effective scenario, shown by the admin API

    TaskPhase phaseAt(qint64 nowMs) const;
    // A task held by "stuck" carries on from nowMs as its scenario says: a held queue ends now
    // (the run follows), a held run ends now. false when nothing held it (or it was cancelled).
    bool release(qint64 nowMs);
    bool isTerminalAt(qint64 nowMs) const;
    bool vanishedAt(qint64 nowMs) const;
    // 0..100, in "steps" increments while running; 100 once succeeded.
    int progressAt(qint64 nowMs) const;
    // Position of the queued phase reached, 0..1 (used to split Vidu's created/queueing and
    // new-api's NOT_START/SUBMITTED/QUEUED).
    double queueFractionAt(qint64 nowMs) const;
    // Monotonic time the task started running / reached its terminal phase, or -1.
    qint64 startedMsAt(qint64 nowMs) const;
    qint64 finishedMsAt(qint64 nowMs) const;
    QDateTime wallTime(qint64 monotonicMs) const;

    static QString phaseId(TaskPhase phase);
    static bool isTerminal(TaskPhase phase);
};

} // namespace QueueLensSandbox
