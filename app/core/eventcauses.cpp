#include "eventcauses.h"

#include <array>

namespace {

struct CauseInfo
{
    const char *id;
    const char *name;
};

// Short noun phrases for the timeline's Cause column: what made the state change or the note.
constexpr std::array kCauses{
    CauseInfo{"created", QT_TRANSLATE_NOOP("EventCauses", "Task created")},
    CauseInfo{"tracked", QT_TRANSLATE_NOOP("EventCauses", "Added by its task id")},
    CauseInfo{"submitted", QT_TRANSLATE_NOOP("EventCauses", "Submit answered")},
    CauseInfo{"submit_refused", QT_TRANSLATE_NOOP("EventCauses", "Submit refused")},
    CauseInfo{"submit_unknown", QT_TRANSLATE_NOOP("EventCauses", "No clear submit answer")},
    CauseInfo{"submit_rate_limited", QT_TRANSLATE_NOOP("EventCauses", "Submit rate-limited")},
    CauseInfo{"submit_anyway", QT_TRANSLATE_NOOP("EventCauses", "Submitted anyway")},
    CauseInfo{"retry", QT_TRANSLATE_NOOP("EventCauses", "Retried")},
    CauseInfo{"poll", QT_TRANSLATE_NOOP("EventCauses", "Status check")},
    CauseInfo{"poll_error", QT_TRANSLATE_NOOP("EventCauses", "Status check failed")},
    CauseInfo{"result", QT_TRANSLATE_NOOP("EventCauses", "Result fetched")},
    CauseInfo{"not_found", QT_TRANSLATE_NOOP("EventCauses", "Unknown to the provider")},
    CauseInfo{"check", QT_TRANSLATE_NOOP("EventCauses", "Checked again")},
    CauseInfo{"check_not_found", QT_TRANSLATE_NOOP("EventCauses", "Check again found nothing")},
    CauseInfo{"list_found", QT_TRANSLATE_NOOP("EventCauses", "Found in the task list")},
    CauseInfo{"list_not_found", QT_TRANSLATE_NOOP("EventCauses", "Not in the task list")},
    CauseInfo{"list_ambiguous", QT_TRANSLATE_NOOP("EventCauses", "Several matches in the task list")},
    CauseInfo{"list_incomplete", QT_TRANSLATE_NOOP("EventCauses", "Task list does not reach back")},
    CauseInfo{"list_error", QT_TRANSLATE_NOOP("EventCauses", "Task list unavailable")},
    CauseInfo{"cancel_requested", QT_TRANSLATE_NOOP("EventCauses", "Cancel requested")},
    CauseInfo{"cancel", QT_TRANSLATE_NOOP("EventCauses", "Cancel answered")},
    CauseInfo{"cancel_error", QT_TRANSLATE_NOOP("EventCauses", "Cancel call failed, trying again")},
    CauseInfo{"cancel_failed", QT_TRANSLATE_NOOP("EventCauses", "Cancel failed")},
    CauseInfo{"cancel_refused", QT_TRANSLATE_NOOP("EventCauses", "Cancel not possible")},
    CauseInfo{"cancel_too_late", QT_TRANSLATE_NOOP("EventCauses", "Finished before the cancel")},
    CauseInfo{"deadline", QT_TRANSLATE_NOOP("EventCauses", "Time limit reached")},
    CauseInfo{"restart", QT_TRANSLATE_NOOP("EventCauses", "QueueLens restarted")},
    CauseInfo{"key_elsewhere", QT_TRANSLATE_NOOP("EventCauses", "API key on another computer")},
    CauseInfo{"result_downloading", QT_TRANSLATE_NOOP("EventCauses", "Downloading the results")},
    CauseInfo{"result_downloaded", QT_TRANSLATE_NOOP("EventCauses", "Results saved")},
    CauseInfo{"result_download_failed", QT_TRANSLATE_NOOP("EventCauses", "Result download failed")},
};

} // namespace

QString EventCauses::displayName(QStringView id)
{
    for (const CauseInfo &cause : kCauses) {
        if (id == QLatin1String(cause.id))
            return tr(cause.name);
    }
    return tr("Other event");
}

bool EventCauses::isKnown(QStringView id)
{
    for (const CauseInfo &cause : kCauses) {
        if (id == QLatin1String(cause.id))
            return true;
    }
    return false;
}

QStringList EventCauses::knownIds()
{
    QStringList ids;
    for (const CauseInfo &cause : kCauses)
        ids << QString::fromLatin1(cause.id);
    return ids;
}
