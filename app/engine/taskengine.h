#pragma once

#include "clock.h"
#include "enginesettings.h"
#include "providerprofile.h"
#include "task.h"
#include "tasksummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class BulkOperation;
class HttpClient;
class ProviderAdapterRegistry;
class SecretStore;
class TaskStore;

// The task engine: submits, polls with timers, cancels and retries by the providers' rules, and
// persists every step before reporting it. One instance per process; lives on the GUI/main thread.
//
// Contract highlights (see README "Task engine"):
//  * A task row exists (state Submitting) before its submit request is sent; the remote id is
//    committed to the store before taskChanged() reports it.
//  * A submit that times out or fails at the transport level is never resent: the task becomes
//    Unknown and waits for checkAgain() or submitAnyway().
//  * At most one request in flight per task; the next poll is armed only after the reply;
//    global and per-profile caps; Retry-After honoured; exponential backoff with jitter.
//  * On start(), every non-terminal task of the store resumes polling.
class TaskEngine : public QObject
{
    Q_OBJECT

public:
    TaskEngine(TaskStore *store, HttpClient *http, const ProviderAdapterRegistry *adapters, SecretStore *secrets,
               const Clock *clock, QObject *parent = nullptr);
    ~TaskEngine() override;

    void setSettings(const EngineSettings &settings);
    EngineSettings settings() const;

    // Loads profiles and tasks from the store and resumes polling of live tasks.
    void start();

    // Profiles (keys go to the SecretStore, never to the profile or the store).
    QList<ProviderProfile> profiles() const;
    bool saveProfile(const ProviderProfile &profile, QString *error = nullptr);
    bool removeProfile(const QString &profileId, QString *error = nullptr);

    // The tasks this process holds in memory: every unfinished task of the store (its own and
    // other processes') and the finished ones it is acting on. Finished tasks leave memory once
    // announced; the whole history is read with readHistory(), one task with task().
    QList<Task> tasks() const;
    // One task in full: from memory, or read from the store (a finished task).
    std::optional<Task> task(qint64 id) const;
    // Reads the whole history as summaries, newest first, in pages off this thread: page() runs
    // on context's thread for each page, the last time with done = true. Changes that happen
    // meanwhile are announced by the usual signals (a page may hold an older copy of a task
    // already announced: keep the announced one).
    static constexpr int HistoryFirstPage = 400;
    static constexpr int HistoryPage = 5000;
    void readHistory(QObject *context, std::function<void(QList<TaskSummary> page, bool done)> page);
    QList<TaskEvent> events(qint64 id) const;        // from the store
    QList<TaskAttempt> attempts(qint64 id) const;    // from the store

    // Actions. Each returns false with a translated reason when it does not apply.
    // submit() returns the new local id, or 0 with *error set (invalid spec, unknown profile).
    qint64 submit(const QString &profileId, const TaskSpec &spec, QString *error = nullptr);
    bool refresh(qint64 id, QString *error = nullptr);        // one status request now
    bool checkAgain(qint64 id, QString *error = nullptr);     // Unknown/Lost: look the task up again
    bool submitAnyway(qint64 id, QString *error = nullptr);   // Unknown: accept the duplicate risk
    bool cancel(qint64 id, QString *error = nullptr);
    bool retry(qint64 id, QString *error = nullptr);          // new attempt with the stored spec
    bool remove(qint64 id, QString *error = nullptr);         // forget locally (does not cancel)
    // Takes over the named tasks in the shared store when no other live process holds them (a
    // watch of given ids); returns the ids this process holds now.
    QList<qint64> takeOver(const QList<qint64> &ids);
    // Import a task created elsewhere: starts polling it.
    qint64 track(const QString &profileId, const QString &remoteId, const TaskSpec &spec, QString *error = nullptr);

    // Why an action is unavailable for a task right now (translated), or empty when it is.
    // Summaries are enough (the window asks for whole selections of the list).
    QString cancelBlockedReason(const TaskSummary &task) const;
    QString retryBlockedReason(const TaskSummary &task) const;
    QString cancelBlockedReason(const Task &task) const;
    QString retryBlockedReason(const Task &task) const;

    // Bulk actions run through a bounded queue and report per-task outcomes.
    BulkOperation *cancelMany(const QList<qint64> &ids);
    BulkOperation *retryMany(const QList<qint64> &ids);
    // Removes in batches of RemoveBatch tasks, one transaction each, on the store thread when
    // there is one; progress after every batch. An empty list finishes on the next turn.
    static constexpr int RemoveBatch = 2000;
    BulkOperation *removeMany(const QList<qint64> &ids);

    // Polling control (the status bar toggle; also used when the network goes away).
    void setPollingPaused(bool paused);
    bool isPollingPaused() const;
    // Requests sent and not answered yet, or answered and still being parsed.
    int requestsInFlight() const;
    // Whether the engine will still send something for this task by itself: a request in flight,
    // an answer being parsed or a call scheduled. False: only an operator's action sends more.
    bool hasCallPlanned(qint64 id) const;
    // Changes not yet on disk (being written on the store thread, or waiting for a retry).
    bool hasUnsavedChanges() const;
    // The history lives on a database server a team shares (team mode), not in a local file.
    bool isTeamStore() const;
    // The operator recorded on the tasks this engine submits.
    QString operatorName() const;
    // True while repeated transport failures (or the OS) say the network is down; routine
    // polls then go one at a time as probes until an answer arrives.
    bool isNetworkDown() const;
    // Re-reads the clock and starts whatever became due. The scheduler's timer does this by
    // itself; tests that step a ManualClock call it after each step.
    void wake();
    // Profiles currently waiting for Retry-After, with the time they may call again.
    QHash<QString, QDateTime> rateLimitedProfiles() const;

signals:
    // Batched: emitted at most once per event-loop turn with every task that changed.
    void tasksChanged(const QList<qint64> &ids);
    void tasksAdded(const QList<qint64> &ids);
    void tasksRemoved(const QList<qint64> &ids);
    void taskEventAdded(const TaskEvent &event);
    void profilesChanged();
    void activityChanged();   // in-flight count, pause state or rate limits changed
    // Something the operator should read (translated): keychain unavailable, database errors, ...
    void notice(const QString &message);
    // The database stopped (or resumed) taking changes: a lost server, a held lock, a full disk.
    // Meanwhile the engine keeps its changes (and, in team mode, a local journal) and retries.
    void storeWritableChanged(bool writable, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};
