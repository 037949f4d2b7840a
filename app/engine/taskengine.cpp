#include "taskengine.h"

#include "actionpolicy.h"
#include "answerinterpreter.h"
#include "backoffpolicy.h"
#include "bulkoperation.h"
#include "bulkrunner.h"
#include "changefeed.h"
#include "enginelogging.h"
#include "errorpolicy.h"
#include "httpclient.h"
#include "leasekeeper.h"
#include "networkmonitor.h"
#include "operatoridentity.h"
#include "profileregistry.h"
#include "provideradapterregistry.h"
#include "redactor.h"
#include "replyparser.h"
#include "requestscheduler.h"
#include "resultdownloader.h"
#include "secretstore.h"
#include "storethread.h"
#include "taskjournal.h"
#include "taskoutbox.h"
#include "taskstore.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSet>
#include <QTimer>

#include <limits>
#include <map>

namespace {

enum class Op { None, Submit, Poll, Result, Cancel, List };

} // namespace

// The engine's wiring: it owns the tasks' runtime state, sends requests through the scheduler,
// and applies what AnswerInterpreter makes of each answer. Policy lives in the units it uses
// (ErrorPolicy, AnswerInterpreter, ActionPolicy, ProfileRegistry, NetworkMonitor, BulkRunner).
class TaskEngine::Private
{
public:
    struct Runtime
    {
        Task task;
        TaskRuntimeFlags flags;
        Op inFlight = Op::None;
        quint64 httpHandle = 0;
        int estimatedSeconds = -1;
        qint64 attemptStartMs = 0;    // monotonic time of the current attempt's submit
        QDateTime deadlineFrom;       // set when Check again reopened a task our deadline had ended
        QString lastEventErrorCode;   // errors already written to the timeline (no floods)
        QPointer<BulkOperation> bulk; // a bulk item waiting for this task's answer
        quint64 parseSerial = 0;      // the answer being parsed on the parser's thread, if any
        bool listPending = false;     // Check again: look an id-less Unknown task up in the task list
        // Results being downloaded with the key. A completed task stays live (and is polled again
        // after a crash) until they are saved, so no result is left behind a key nobody can use.
        int keyedDownloads = 0;
        std::optional<std::pair<QString, QString>> successAfterDownloads;   // the held transition's cause, excerpt
    };

    TaskEngine *q;
    TaskStore *store;
    HttpClient *http;
    const ProviderAdapterRegistry *adapters;
    SecretStore *secrets;
    const Clock *clock;
    EngineSettings settings;
    RequestScheduler *scheduler;   // a child of the engine: its one timer drives every task
    NetworkMonitor *network;       // a child of the engine
    TaskJournal *journal;          // pending changes on their way to the shared store (a child)
    StoreThread *storeThread = nullptr;   // the store's own connection and thread (a child)
    LeaseKeeper *leases;           // this process's leases (a child)
    ChangeFeed *feed;              // other processes' changes (a child)
    ReplyParser *parser;           // poll answers are parsed on its thread (a child)
    std::unique_ptr<TaskOutbox> outbox;   // team mode: pending changes kept on disk while the server is away
    quint64 lastParseSerial = 0;
    int answersParsing = 0;        // answers handed to the parser and not yet applied
    BackoffPolicy backoff;
    BulkRunner bulk;

    std::map<qint64, Runtime> tasks;
    ProfileRegistry profiles;
    bool started = false;
    bool userPaused = false;
    QHash<QString, int> rateLimitHits;   // per profile: consecutive 429s without Retry-After

    Private(TaskEngine *engine, TaskStore *s, HttpClient *h, const ProviderAdapterRegistry *a, SecretStore *sec,
            const Clock *c)
        : q(engine)
        , store(s)
        , http(h)
        , adapters(a)
        , secrets(sec)
        , clock(c)
        , scheduler(new RequestScheduler(c, engine))
        , network(new NetworkMonitor(engine))
        , journal(new TaskJournal(s, engine))
        , leases(new LeaseKeeper(s, c, engine))
        , feed(new ChangeFeed(s, engine))
        , parser(new ReplyParser(engine))
        , bulk(engine, [this](BulkOperation::Kind kind, qint64 id, BulkOperation *op, QString *why) {
            return kind == BulkOperation::Kind::Cancel ? startCancel(id, why, op) : startRetry(id, why, op);
        })
    {
    }

    // --- lookup -------------------------------------------------------------------------

    Runtime *find(qint64 id)
    {
        auto it = tasks.find(id);
        return it == tasks.end() ? nullptr : &it->second;
    }

    const Runtime *find(qint64 id) const
    {
        auto it = tasks.find(id);
        return it == tasks.end() ? nullptr : &it->second;
    }

    // find() for an operator action: a finished task that left memory is read back from the
    // store; an unknown id is reported through *error.
    Runtime *findForAction(qint64 id, QString *error)
    {
        Runtime *rt = find(id);
        if (!rt && storeOpen()) {
            if (const std::optional<Task> stored = store->loadTask(id)) {
                rt = &adopt(*stored);
                // If the action is refused (or leaves it finished), it leaves memory again.
                maybeIdle.append(id);
                scheduleFlush();
            }
        }
        if (!rt && error)
            *error = ActionPolicy::noSuchTask(id);
        return rt;
    }

    bool storeOpen() const { return store && store->isOpen(); }

    // A finished task nobody is acting on leaves memory once it has been announced: task()
    // reads it from the store on demand, so memory follows the live tasks, not the history.
    // Without a store nothing is evicted (memory is the only copy).
    QHash<qint64, qint64> evictedVersions;   // id -> version at eviction (own changes echoed by the feed)
    QList<qint64> maybeIdle;                 // read from the store for an action: evict unless busy now

    void evictIdle(const QList<qint64> &ids)
    {
        if (!storeOpen())
            return;
        for (qint64 id : ids) {
            auto it = tasks.find(id);
            if (it == tasks.end())
                continue;
            const Runtime &rt = it->second;
            if (!rt.task.isTerminal() || rt.inFlight != Op::None || rt.flags.checkPending || rt.flags.submitPending
                || rt.flags.cancelPending || rt.flags.resultPending || rt.bulk || changed.contains(id)
                || journal->hasPending(id) || scheduler->isScheduled(id))
                continue;
            if (evictedVersions.size() > 20000)
                evictedVersions.clear();   // only an optimisation: the feed would re-read a few rows
            evictedVersions.insert(id, rt.task.version);
            tasks.erase(it);
        }
    }

    // Tasks and summaries alike.
    template<typename AnyTask>
    const ProviderAdapter *adapterOf(const AnyTask &task) const { return adapters ? adapters->adapter(task.provider) : nullptr; }

    template<typename AnyTask>
    std::optional<ProviderProfile> profileOf(const AnyTask &task) const { return profiles.find(task.profileId); }

    // No key for the profile, and none on its way from the keychain.
    bool keyMissing(const ProviderProfile &profile) const
    {
        return secrets && !secrets->hasKey(profile) && !secrets->isLoading();
    }

    ActionContext actionContext(const TaskSummary &task) const
    {
        ActionContext context;
        context.task = task;
        context.adapter = adapterOf(task);
        context.profile = profileOf(task);
        context.keyMissing = context.profile && keyMissing(*context.profile);
        if (const Runtime *rt = find(task.id)) {
            context.requestInFlight = rt->inFlight != Op::None;
            context.cancelPending = rt->flags.cancelPending;
        }
        return context;
    }

    // Reports a non-empty reason through *error; true when there was none.
    static bool allowed(const QString &reason, QString *error)
    {
        if (reason.isEmpty())
            return true;
        if (error)
            *error = reason;
        return false;
    }

    qint64 now() const { return clock->monotonicMs(); }
    QDateTime nowUtc() const { return clock->nowUtc(); }

    // === persistence: the journal, leases and the change feed ==============================
    // Changes are collected per event-loop turn and written by the journal in one transaction,
    // conditionally on the row versions this process read; signals follow the write.

    QTimer flushTimer;
    QList<TaskEvent> unannouncedEvents;
    QList<qint64> added;
    QSet<qint64> changed;
    QList<qint64> removed;
    qint64 nextMemoryId = 1'000'000'000'000;   // ids when the store is not usable

    // A shared store is open: leases and versions apply.
    bool shared() const { return journal->isPersistent(); }

    // Only the holder of a task's lease sends its requests (without a store, every task is ours).
    bool owns(const Runtime &rt) const { return !shared() || rt.task.owner == leases->ownerId(); }

    void scheduleFlush()
    {
        if (!flushTimer.isActive())
            flushTimer.start(0);
    }

    void markChanged(Runtime &rt)
    {
        changed.insert(rt.task.id);
        scheduleFlush();
    }

    // Call before changing rt.task: the journal keeps the stored copy to write only the difference.
    void touch(Runtime &rt)
    {
        journal->willChange(rt.task);
        markChanged(rt);
    }

    void addEvent(Runtime &rt, TaskState from, TaskState to, const QString &cause, const QString &excerpt)
    {
        TaskEvent event;
        event.taskId = rt.task.id;
        event.attempt = rt.task.attempts;
        event.at = nowUtc();
        event.from = from;
        event.to = to;
        event.cause = cause;
        event.excerpt = excerpt;
        journal->append(event);
        unannouncedEvents.append(event);
        markChanged(rt);
    }

    // Writes everything pending in one transaction. Returns false when the store refused (the
    // journal keeps the changes and tries again by itself).
    bool flushStore() { return journal->flush(); }

    // Starts writing what is pending and announces the changes once they are on disk (at once
    // while the database refuses writes: the operator still sees live states, and a notice says
    // they are not saved yet).
    void flush()
    {
        journal->flushSoon();
        if (!shared() || journal->isFailing())
            announce();
        else
            journal->whenDurable([this] { announce(); });
    }

    void announce()
    {
        QList<qint64> announced;
        if (!added.isEmpty()) {
            const QList<qint64> ids = std::exchange(added, {});
            emit q->tasksAdded(ids);
            announced += ids;
        }
        if (!removed.isEmpty()) {
            const QList<qint64> ids = std::exchange(removed, {});
            emit q->tasksRemoved(ids);
        }
        if (!changed.isEmpty()) {
            QList<qint64> ids;
            ids.reserve(changed.size());
            for (qint64 id : std::as_const(changed)) {
                if (tasks.count(id))
                    ids.append(id);
            }
            changed.clear();
            std::sort(ids.begin(), ids.end());
            if (!ids.isEmpty())
                emit q->tasksChanged(ids);
            announced += ids;
        }
        if (!unannouncedEvents.isEmpty()) {
            const QList<TaskEvent> events = std::exchange(unannouncedEvents, {});
            for (const TaskEvent &event : events)
                emit q->taskEventAdded(event);
        }
        announced += std::exchange(maybeIdle, {});
        evictIdle(announced);
    }

    // The request id goes to disk before anything else reacts to it: then() runs once it is there.
    void persistAcceptedSubmit(Runtime &rt, std::function<void()> then)
    {
        if (!shared()) {
            then();
            return;
        }
        if (journal->isFailing()) {
            // The database refuses writes: keep the id in memory (the journal retries) and go on.
            emit q->notice(TaskEngine::tr("The request id %1 of task %2 could not be saved: %3 Note it down: "
                                          "QueueLens keeps it in memory and tries to save it again.")
                               .arg(rt.task.remoteId)
                               .arg(rt.task.id)
                               .arg(journal->lastError()));
            then();
            return;
        }
        journal->whenDurable(std::move(then));
    }

    void onWriteFailed(const QString &message)
    {
        emit q->notice(TaskEngine::tr("Changes to %n task(s) could not be saved: %1 QueueLens keeps them in "
                                      "memory and tries again; nothing is lost while it runs.",
                                      nullptr, journal->pendingTasks())
                           .arg(message));
    }

    // Team mode: keys never leave their machine. A task of a profile whose key is not here is
    // not failed but given back, and sweeps stop adopting that profile's tasks.
    void leaveToKeyHolder(Runtime &rt, const ProviderProfile &profile)
    {
        scheduler->unschedule(rt.task.id);
        rt.flags = TaskRuntimeFlags{};
        updateProfilesWithoutKey();
        if (rt.lastEventErrorCode != QLatin1String("key_elsewhere")) {
            rt.lastEventErrorCode = QStringLiteral("key_elsewhere");
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("key_elsewhere"),
                     TaskEngine::tr("Needs the key of profile \"%1\" on this machine; left to an operator who has it.")
                         .arg(profile.name));
        }
        const qint64 id = rt.task.id;
        journal->whenDurable([this, id] { leases->release({id}); });
        scheduleFlush();
    }

    void updateProfilesWithoutKey()
    {
        QStringList without;
        for (const ProviderProfile &profile : profiles.list()) {
            if (keyMissing(profile))
                without.append(profile.id);
        }
        leases->setProfilesWithoutKey(without);
    }

    // Forgets a task that is gone from the store (removed here or by another process).
    void forgetTask(Runtime &rt, const QString &bulkMessage)
    {
        const qint64 id = rt.task.id;
        if (rt.inFlight != Op::None && rt.httpHandle) {
            // Aborted requests never call back, so the scheduler is told here. (An answer being
            // parsed has told it already; its update finds no task and is dropped.)
            http->abort(rt.httpHandle);
            scheduler->finished(rt.task.profileId);
        }
        scheduler->unschedule(id);
        completeBulk(rt, false, bulkMessage);
        journal->forget(id);
        tasks.erase(id);
        changed.remove(id);
        removed.append(id);
        scheduleFlush();
        emit q->activityChanged();
    }

    // The store's row replaces this process's copy; the runtime flags stay.
    void takeRow(Runtime &rt, const Task &row)
    {
        const bool wasMine = owns(rt);
        rt.task = row;
        markChanged(rt);
        if (wasMine && !owns(rt)) {
            // Another process holds the task now: it polls; this one only watches.
            scheduler->unschedule(rt.task.id);
            rt.flags = TaskRuntimeFlags{};
        }
        if (!TaskStates::needsPolling(rt.task.state) && !rt.flags.checkPending && !rt.flags.submitPending)
            scheduler->unschedule(rt.task.id);
    }

    // A task this process now holds the lease of: finish what its previous holder left open.
    void takeOver(const Task &row)
    {
        Runtime *existing = find(row.id);
        Runtime &rt = existing ? *existing : adopt(row);
        if (!existing)
            added.append(row.id);
        else if (journal->hasPending(row.id))
            rt.task.owner = row.owner;
        else
            takeRow(rt, row);
        markChanged(rt);
        if (rt.task.state == TaskState::Submitting && !rt.flags.submitPending && rt.inFlight == Op::None) {
            touch(rt);
            if (!rt.task.remoteId.isEmpty()) {
                transition(rt, TaskState::Queued, QStringLiteral("restart"), {});
            } else {
                // Its submit left but the answer never arrived: never resend it blindly.
                rt.task.lastError = ErrorPolicy::clientError(
                    QStringLiteral("submit_outcome_unknown"), ApiPhase::Submit,
                    TaskEngine::tr("QueueLens stopped before the submit was answered. The provider may have created "
                                   "the task: use Check again, or look on the provider's website, before submitting "
                                   "again."));
                transition(rt, TaskState::Unknown, QStringLiteral("restart"), {});
            }
        }
        if (rt.task.cancelRequested)
            answerCancelRequest(rt);
        if (TaskStates::needsPolling(rt.task.state) && !rt.task.remoteId.isEmpty())
            scheduleNext(rt, 0);
    }

    // Another process asked for a cancel of a task this one holds.
    void answerCancelRequest(Runtime &rt)
    {
        touch(rt);
        rt.task.cancelRequested = false;
        QString why;
        if (!startCancel(rt.task.id, &why, nullptr))
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("cancel_refused"), why);
    }

    // Other processes' commits, as the change feed read them.
    void applyFeed(const QList<Task> &rows, const QList<qint64> &gone)
    {
        bool orphans = false;
        // A task of a profile another process created: learn the profile first.
        for (const Task &row : rows) {
            if (!profiles.contains(row.profileId)) {
                reloadProfiles();
                break;
            }
        }
        for (const Task &row : rows) {
            Runtime *rt = find(row.id);
            const bool live = TaskStates::isActive(row.state);
            orphans = orphans || (live && row.owner.isEmpty());
            if (!rt) {
                // This process's own write of a task it has let go of, echoed back: nothing new.
                if (const auto evicted = evictedVersions.constFind(row.id); evicted != evictedVersions.constEnd()) {
                    const bool echo = row.version <= *evicted;
                    evictedVersions.erase(evicted);
                    if (echo)
                        continue;
                }
                adopt(row);
                added.append(row.id);
                scheduleFlush();
                continue;
            }
            // This process's own pending change is reconciled by its write.
            if (journal->hasPending(row.id) || row.version <= rt->task.version)
                continue;
            takeRow(*rt, row);
            if (owns(*rt) && rt->task.cancelRequested && !rt->flags.cancelPending)
                answerCancelRequest(*rt);
        }
        for (qint64 id : gone) {
            evictedVersions.remove(id);
            if (Runtime *rt = find(id)) {
                forgetTask(*rt, TaskEngine::tr("The task was removed."));
            } else if (!removed.contains(id)) {
                removed.append(id);   // a finished task only the lists hold
                scheduleFlush();
            }
        }
        if (orphans)
            leases->sweepSoon();
    }

    // Adds the profiles other processes saved (keys come from the SecretStore as usual).
    void reloadProfiles()
    {
        const QList<ProviderProfile> stored = store->loadProfiles();
        QList<ProviderProfile> fresh;
        for (const ProviderProfile &profile : stored) {
            if (profiles.contains(profile.id))
                continue;
            profiles.insert(profile);
            applyProfile(profile);
            fresh.append(profile);
        }
        if (fresh.isEmpty())
            return;
        if (secrets)
            secrets->preload(fresh);
        emit q->profilesChanged();
    }

    // The journal's write met a row that had moved on.
    void applyReconciled(const QList<TaskStore::WriteOutcome> &outcomes)
    {
        for (const TaskStore::WriteOutcome &outcome : outcomes) {
            Runtime *rt = find(outcome.id);
            if (!rt)
                continue;
            if (outcome.result == TaskStore::WriteResult::Gone)
                forgetTask(*rt, TaskEngine::tr("The task was removed."));
            else
                takeRow(*rt, outcome.stored);
        }
    }

    // Makes sure this process holds the task before it acts on it. False (with the reason) when
    // another live process holds it.
    bool ensureOwned(Runtime &rt, QString *error)
    {
        if (owns(rt))
            return true;
        const std::optional<QList<Task>> claimed = leases->claim({rt.task.id});
        if (claimed) {
            for (const Task &row : *claimed) {
                if (row.id == rt.task.id && row.owner == leases->ownerId()) {
                    takeOver(row);
                    return true;
                }
            }
        }
        if (error) {
            const std::optional<TaskStore::Owner> holder = leases->otherHolder(rt.task.id);
            *error = holder ? TaskEngine::tr("Another QueueLens process (%1, process %2 on %3) is following this task "
                                             "right now; act on it there, or wait until that process exits.")
                                  .arg(holder->program, QString::number(holder->pid), holder->host)
                            : TaskEngine::tr("The task database could not hand this task over: %1")
                                  .arg(journal->lastError());
        }
        return false;
    }

    // === end of persistence ===============================================================

    // --- state changes --------------------------------------------------------------------

    bool transition(Runtime &rt, TaskState to, const QString &cause, const QString &excerpt, bool force = false)
    {
        const TaskState from = rt.task.state;
        if (from == to)
            return false;
        if (!force && !TaskStates::isValidTransition(from, to)) {
            qCWarning(lcEngine) << "ignored transition" << TaskStates::id(from) << "->" << TaskStates::id(to)
                                << "of task" << rt.task.id << "(" << cause << ")";
            return false;
        }
        touch(rt);
        rt.task.state = to;
        rt.task.updatedAt = nowUtc();
        if (TaskStates::isTerminal(to) || to == TaskState::Unknown)
            rt.task.finishedAt = rt.task.updatedAt;
        else
            rt.task.finishedAt = {};
        addEvent(rt, from, to, cause, excerpt);
        rt.flags.settle(to);
        if ((TaskStates::isTerminal(to) || to == TaskState::Unknown) && !rt.flags.checkPending)
            scheduler->unschedule(rt.task.id);
        return true;
    }

    void setLastError(Runtime &rt, const ApiError &error, const QString &cause, const QString &excerpt)
    {
        touch(rt);
        rt.task.lastError = error;
        rt.task.updatedAt = nowUtc();
        // The timeline notes each new kind of error once, not every retry of a 5xx burst.
        const QString key = ApiError::phaseId(error.phase) + QLatin1Char('/') + error.code;
        if (key != rt.lastEventErrorCode) {
            rt.lastEventErrorCode = key;
            addEvent(rt, rt.task.state, rt.task.state, cause,
                     excerpt.isEmpty() ? Redactor::excerpt(error.message, {}) : excerpt);
        }
        markChanged(rt);
    }

    void clearTransientError(Runtime &rt)
    {
        rt.lastEventErrorCode.clear();
        // The error of a finished or unknown task is its verdict, not a passing poll problem.
        if (rt.task.isTerminal() || rt.task.state == TaskState::Unknown)
            return;
        if (rt.task.lastError && rt.task.lastError->phase != ApiPhase::Cancel
            && rt.task.lastError->phase != ApiPhase::InTask) {
            touch(rt);
            rt.task.lastError.reset();
        }
    }

    void applyProgress(Runtime &rt, const TaskUpdate &answered)
    {
        // Results only the key can fetch: stored as absolute URLs now, downloaded just after.
        TaskUpdate update = answered;
        const auto profile = profileOf(rt.task);
        const QList<QPair<int, QString>> keyed =
            update.resultUrlsNeedingKey.isEmpty() ? QList<QPair<int, QString>>{}
                                                  : ResultDownloader::resolve(&update, profile ? profile->baseUrl : QUrl());
        journal->willChange(rt.task);
        const bool touched = AnswerInterpreter::mergeProgress(rt.task, update);
        if (update.estimatedSeconds > 0)
            rt.estimatedSeconds = update.estimatedSeconds;
        if (touched) {
            rt.task.updatedAt = nowUtc();
            markChanged(rt);
        }
        for (const auto &[index, url] : keyed)
            downloadWithKey(rt, index, url);
    }

    // One keyed result into the results folder; the file:// URL replaces it once saved. A failed
    // download leaves the URL in place and says so on the timeline.
    ResultDownloader *downloader = nullptr;   // created on first use (a child of the engine)
    void downloadWithKey(Runtime &rt, int index, const QString &url)
    {
        const auto profile = profileOf(rt.task);
        const ProviderAdapter *adapter = adapterOf(rt.task);
        const QString key = profile && secrets ? secrets->key(*profile) : QString();
        if (!profile || !adapter || key.isEmpty() || !http)
            return;
        if (!downloader)
            downloader = new ResultDownloader(http, q);
        ResultDownloader::Download download;
        download.taskId = rt.task.id;
        download.index = index;
        download.url = url;
        download.headers = ResultDownloader::credentialHeaders(adapter->statusRequest({profile->baseUrl, key}, rt.task));
        download.folder = settings.inlineResultsFolder;
        download.timeoutMs = settings.requestTimeoutMs;
        const bool started = downloader->download(download, [this, attempt = rt.task.attempts, key](const ResultDownloader::Outcome &outcome) {
            Runtime *done = findForAction(outcome.taskId, nullptr);
            if (!done || done->task.attempts != attempt)
                return;
            const auto finishHeldSuccess = qScopeGuard([this, done] {
                done->keyedDownloads = std::max(0, done->keyedDownloads - 1);
                if (done->keyedDownloads == 0 && done->successAfterDownloads) {
                    const auto [cause, excerpt] = *done->successAfterDownloads;
                    done->successAfterDownloads.reset();
                    transition(*done, TaskState::Succeeded, cause, excerpt);
                }
            });
            const qsizetype at = done->task.resultUrls.indexOf(outcome.url);
            touch(*done);
            if (!outcome.fileUrl.isEmpty() && at >= 0) {
                done->task.resultUrls[at] = outcome.fileUrl;
                done->task.updatedAt = nowUtc();
                addEvent(*done, done->task.state, done->task.state, QStringLiteral("result_downloaded"),
                         TaskEngine::tr("Result downloaded with the profile's key: %1").arg(outcome.fileUrl));
            } else if (outcome.fileUrl.isEmpty()) {
                addEvent(*done, done->task.state, done->task.state, QStringLiteral("result_download_failed"),
                         Redactor::excerpt(TaskEngine::tr("The result could not be downloaded (%1); it stays at %2, "
                                                          "which needs the profile's key.")
                                               .arg(outcome.problem, outcome.url),
                                           {key}));
            }
        });
        if (started)
            ++rt.keyedDownloads;
    }

    void completeBulk(Runtime &rt, bool ok, const QString &message)
    {
        if (!rt.bulk)
            return;
        QPointer<BulkOperation> op = rt.bulk;
        rt.bulk.clear();
        bulk.complete(op, rt.task.id, {ok, message});
    }

    // --- scheduling -----------------------------------------------------------------------

    qint64 deadlineRemainingMs(const Runtime &rt) const
    {
        const auto profile = profileOf(rt.task);
        if (!profile || profile->deadlineSeconds <= 0 || !rt.task.submittedAt.isValid())
            return std::numeric_limits<qint64>::max();
        // A reopened task gets a fresh deadline from the check, or it would end again at once.
        const QDateTime from = rt.deadlineFrom.isValid() ? rt.deadlineFrom : rt.task.submittedAt;
        return nowUtc().msecsTo(from.addSecs(profile->deadlineSeconds));
    }

    int pollInterval(const Runtime &rt) const
    {
        const auto profile = profileOf(rt.task);
        return profile ? profile->pollIntervalMs : ProviderProfile::DefaultPollIntervalMs;
    }

    int pollDelay(const Runtime &rt) const
    {
        const int interval = pollInterval(rt);
        if (rt.task.state == TaskState::Cancelling)
            return std::max(100, interval);
        return BackoffPolicy::pollDelayMs(interval, now() - rt.attemptStartMs, rt.estimatedSeconds);
    }

    // Arms the task's next call: urgent work at once, routine polls after delayMs.
    void scheduleNext(Runtime &rt, qint64 delayMs)
    {
        const qint64 id = rt.task.id;
        if (rt.inFlight != Op::None)
            return;   // the reply handler schedules again
        const bool asked = rt.flags.cancelPending || rt.flags.submitPending || rt.flags.checkPending;
        if (!owns(rt) && !asked) {
            scheduler->unschedule(id);
            return;
        }
        const bool urgent = rt.flags.cancelPending || rt.flags.submitPending || rt.flags.checkPending;
        const bool polls = TaskStates::needsPolling(rt.task.state) || rt.flags.resultPending;
        if (!urgent && !polls) {
            scheduler->unschedule(id);
            return;
        }
        if (rt.flags.cancelPending || rt.flags.checkPending)
            delayMs = std::min<qint64>(delayMs, 0);
        if (!urgent) {
            // Wake at the deadline at the latest, so TimedOut comes on time.
            delayMs = std::min(delayMs, std::max<qint64>(0, deadlineRemainingMs(rt)));
        }
        scheduler->schedule(id, rt.task.profileId, now() + std::max<qint64>(0, delayMs),
                           urgent ? RequestScheduler::Priority::Urgent : RequestScheduler::Priority::Routine);
    }

    void scheduleUrgentIn(Runtime &rt, qint64 delayMs)
    {
        const bool asked = rt.flags.checkPending || rt.flags.cancelPending || rt.flags.submitPending;
        if (!owns(rt) && !asked)
            return;
        scheduler->schedule(rt.task.id, rt.task.profileId, now() + std::max<qint64>(0, delayMs),
                           RequestScheduler::Priority::Urgent);
    }

    qint64 rateLimitDelay(const QString &profileId, const ApiError &error)
    {
        qint64 delay = 0;
        if (error.retryAfterSeconds && *error.retryAfterSeconds >= 0) {
            delay = qint64(*error.retryAfterSeconds) * 1000;
            rateLimitHits.remove(profileId);
        } else {
            const int hits = ++rateLimitHits[profileId];
            delay = backoff.backoffMs(hits, settings.maxBackoffMs);
        }
        // Every call of the profile waits, not only the task that hit the limit: the limit is per key.
        scheduler->blockProfile(profileId, now() + delay);
        emit q->activityChanged();
        return delay;
    }

    void onNetworkDownChanged(bool down)
    {
        scheduler->setProbeMode(down, std::min(settings.maxBackoffMs, 15000));
        if (down)
            emit q->notice(TaskEngine::tr("The network seems to be down. QueueLens checks it now and then and "
                                          "resumes polling when it is back."));
        emit q->activityChanged();
    }

    // --- dispatch -------------------------------------------------------------------------

    bool dispatch(qint64 id, RequestScheduler::Priority)
    {
        Runtime *rt = find(id);
        if (!rt || rt->inFlight != Op::None)
            return false;
        if (!owns(*rt)) {
            // The lease went back with a final write while the operator asked for more (a check
            // racing the write): take it again, unless another process holds it now.
            const bool asked = rt->flags.checkPending || rt->flags.cancelPending || rt->flags.submitPending;
            if (!asked || !ensureOwned(*rt, nullptr)) {
                rt->flags.checkPending = false;
                return false;
            }
        }
        const auto profile = profileOf(rt->task);
        const ProviderAdapter *adapter = adapterOf(rt->task);
        if (!profile || !adapter) {
            failWithoutRequest(*rt, ErrorPolicy::clientError(QStringLiteral("unknown_error"), ApiPhase::Poll,
                                                             profile ? ActionPolicy::noAdapter(rt->task.provider)
                                                                     : ActionPolicy::profileGone(rt->task.profileId)));
            return false;
        }

        Op op = Op::Poll;
        if (rt->flags.cancelPending)
            op = Op::Cancel;
        else if (rt->flags.submitPending)
            op = Op::Submit;
        else if (rt->flags.resultPending)
            op = Op::Result;
        else if (rt->listPending)
            op = Op::List;

        if (op == Op::Poll && !rt->flags.checkPending) {
            if (!TaskStates::needsPolling(rt->task.state))
                return false;
            if (deadlineRemainingMs(*rt) <= 0) {
                timeOut(*rt, *profile);
                return false;
            }
        }
        if ((op == Op::Poll || op == Op::Result) && rt->task.remoteId.isEmpty()) {
            rt->flags.checkPending = false;
            return false;
        }

        const QString key = secrets ? secrets->key(*profile) : QString();
        if (key.isEmpty()) {
            if (secrets && secrets->isLoading()) {
                // The keychain is still being read: ask again shortly.
                scheduler->schedule(id, rt->task.profileId, now() + 250,
                                   op == Op::Poll && !rt->flags.checkPending ? RequestScheduler::Priority::Routine
                                                                             : RequestScheduler::Priority::Urgent);
                return false;
            }
            if (shared() && op != Op::Submit) {
                leaveToKeyHolder(*rt, *profile);
                return false;
            }
            failWithoutRequest(*rt, ErrorPolicy::clientError(QStringLiteral("missing_api_key"),
                                                             op == Op::Submit ? ApiPhase::Submit
                                                                              : (op == Op::Cancel ? ApiPhase::Cancel : ApiPhase::Poll),
                                                             ActionPolicy::noApiKey(*profile)));
            return false;
        }

        const ProviderEndpoint endpoint{profile->baseUrl, key};
        ProviderRequest request;
        int timeoutMs = settings.requestTimeoutMs;
        switch (op) {
        case Op::Submit:
            // The row (state Submitting, this attempt) must be on disk before the request leaves.
            if (journal->hasPending(id)) {
                journal->whenDurable([this, id] {
                    if (Runtime *ready = find(id))
                        scheduleUrgentIn(*ready, 0);
                });
                return false;
            }
            request = adapter->submitRequest(endpoint, rt->task.spec);
            request.phase = ApiPhase::Submit;
            timeoutMs = settings.submitTimeoutMs;
            break;
        case Op::Poll:
            request = adapter->statusRequest(endpoint, rt->task);
            request.phase = ApiPhase::Poll;
            break;
        case Op::Result: {
            const auto result = adapter->resultRequest(endpoint, rt->task);
            if (!result) {
                rt->flags.resultPending = false;
                scheduleNext(*rt, pollDelay(*rt));
                return false;
            }
            request = *result;
            request.phase = ApiPhase::Result;
            break;
        }
        case Op::Cancel: {
            const auto cancel = adapter->cancelRequest(endpoint, rt->task);
            if (!cancel) {
                rt->flags.cancelPending = false;
                const QString reason = adapter->capabilities().cancelUnsupportedReason;
                setLastError(*rt, ErrorPolicy::clientError(QStringLiteral("cancel_unsupported"), ApiPhase::Cancel, reason),
                             QStringLiteral("cancel_failed"), {});
                completeBulk(*rt, false, reason);
                scheduleNext(*rt, pollDelay(*rt));
                return false;
            }
            request = *cancel;
            request.phase = ApiPhase::Cancel;
            break;
        }
        case Op::List: {
            rt->listPending = false;
            const auto list = adapter->listRequest(endpoint, rt->task);
            if (!list) {
                rt->flags.checkPending = false;
                return false;
            }
            request = *list;
            request.phase = ApiPhase::List;
            break;
        }
        case Op::None:
            return false;
        }

        rt->inFlight = op;
        const QString profileId = rt->task.profileId;
        rt->httpHandle = http->send(
            request, timeoutMs,
            [this, id, op, profileId, key](const HttpOutcome &result) { onReply(id, op, profileId, key, result); },
            settings.maxBodyBytes);
        emit q->activityChanged();
        return true;
    }

    // A call that could not even be made (no key, no profile): recorded like an answer.
    void failWithoutRequest(Runtime &rt, const ApiError &error)
    {
        if (rt.flags.submitPending) {
            rt.flags.submitPending = false;
            touch(rt);
            rt.task.lastError = error;
            transition(rt, TaskState::Rejected, QStringLiteral("submit_refused"), error.message);
            completeBulk(rt, false, error.message);
            return;
        }
        if (rt.flags.cancelPending) {
            rt.flags.cancelPending = false;
            setLastError(rt, error, QStringLiteral("cancel_failed"), {});
            completeBulk(rt, false, error.message);
        } else {
            setLastError(rt, error, QStringLiteral("poll_error"), {});
        }
        rt.flags.checkPending = false;
        rt.listPending = false;
        scheduleNext(rt, settings.maxBackoffMs);
    }

    void timeOut(Runtime &rt, const ProviderProfile &profile)
    {
        const ApiError error = ErrorPolicy::clientError(
            QStringLiteral("client_deadline"), ApiPhase::Poll,
            TaskEngine::tr("The task did not finish within %n second(s), the deadline of the profile \"%1\". The "
                           "provider may still complete it.",
                           nullptr, profile.deadlineSeconds)
                .arg(ActionPolicy::displayName(profile)));
        touch(rt);
        rt.task.lastError = error;
        transition(rt, TaskState::TimedOut, QStringLiteral("deadline"), error.message);
        completeBulk(rt, false, error.message);
    }

    // --- replies --------------------------------------------------------------------------

    void onReply(qint64 id, Op op, const QString &profileId, const QString &key, const HttpOutcome &result)
    {
        scheduler->finished(profileId);
        // Told once the answer is applied or handed to the parser, so that a waiter for "no
        // request in flight" sees the task as it is after the answer.
        const auto announce = qScopeGuard([this] { emit q->activityChanged(); });
        Runtime *rt = find(id);
        if (!rt)
            return;
        rt->httpHandle = 0;

        std::optional<ApiError> transport = result.error;
        if (result.isReply()) {
            network->noteAnswer();
        } else if (transport) {
            Redactor::redact(*transport, {key});
            network->noteTransportFailure(*transport);
        }

        const ProviderAdapter *adapter = adapterOf(rt->task);
        if (!adapter) {
            rt->inFlight = Op::None;
            return;
        }

        if (!transport && (op == Op::Poll || op == Op::Result)) {
            // Still in flight for everyone else until its update is applied.
            const quint64 serial = rt->parseSerial = ++lastParseSerial;
            const int status = result.reply->httpStatus;
            ++answersParsing;
            parser->parseLater(adapter, phaseOf(op), *result.reply, rt->task, key, settings.inlineResultsFolder, q,
                               [this, id, op, serial, status](TaskUpdate update) {
                                   --answersParsing;
                                   const auto announce = qScopeGuard([this] { emit q->activityChanged(); });
                                   Runtime *parsed = find(id);
                                   if (!parsed || parsed->parseSerial != serial)
                                       return;
                                   parsed->parseSerial = 0;
                                   parsed->inFlight = Op::None;
                                   handleAnswer(*parsed, op, ProviderAnswer::replied(status, update));
                               });
            return;
        }
        rt->inFlight = Op::None;
        if (op == Op::List) {
            applyListAnswer(*rt, transport,
                            transport ? TaskListMatch{} : adapter->findInList(*result.reply, rt->task), key);
            return;
        }
        handleAnswer(*rt, op,
                     transport ? ProviderAnswer::failed(*transport)
                               : ProviderAnswer::replied(result.reply->httpStatus,
                                                         ReplyParser::parse(*adapter, phaseOf(op), *result.reply,
                                                                            rt->task, key, settings.inlineResultsFolder)));
    }

    static ApiPhase phaseOf(Op op)
    {
        switch (op) {
        case Op::Submit:
            return ApiPhase::Submit;
        case Op::Result:
            return ApiPhase::Result;
        case Op::Cancel:
            return ApiPhase::Cancel;
        case Op::List:
            return ApiPhase::List;
        case Op::Poll:
        case Op::None:
            break;
        }
        return ApiPhase::Poll;
    }

    // What an answer (or its absence) means for the task, and what happens next.
    void handleAnswer(Runtime &runtime, Op op, const ProviderAnswer &answer)
    {
        Runtime *rt = &runtime;
        const qint64 id = rt->task.id;
        const ProviderAdapter *adapter = adapterOf(rt->task);
        const AnswerContext context{rt->task, rt->flags, adapter, settings};
        switch (op) {
        case Op::Submit: {
            const AnswerVerdict verdict = AnswerInterpreter::submitAnswer(context, answer);
            const qint64 rateLimitPauseMs = recordVerdict(*rt, verdict, answer.update);
            if (verdict.acceptedRemoteId.isEmpty()) {
                followVerdict(*rt, verdict, rateLimitPauseMs);
                break;
            }
            // Delays count from the answer, not from the moment the id was on disk.
            persistAcceptedSubmit(*rt, [this, id, verdict, rateLimitPauseMs, answeredAt = now()] {
                Runtime *accepted = find(id);
                if (!accepted)
                    return;
                // A cancel or check asked for while the id was being saved still stands: the
                // verdict's flags date from the answer and would silently drop it.
                AnswerVerdict followed = verdict;
                followed.flags.cancelPending |= accepted->flags.cancelPending;
                followed.flags.checkPending |= accepted->flags.checkPending;
                followed.flags.cancelRetries = accepted->flags.cancelRetries;
                followVerdict(*accepted, followed, rateLimitPauseMs, now() - answeredAt);
            });
            break;
        }
        case Op::Poll:
        case Op::Result:
            applyVerdict(*rt, AnswerInterpreter::pollAnswer(context,
                                                            op == Op::Result ? AnswerInterpreter::PollCall::Result
                                                                             : AnswerInterpreter::PollCall::Status,
                                                            answer),
                         answer.update);
            break;
        case Op::Cancel:
            applyVerdict(*rt, AnswerInterpreter::cancelAnswer(context, answer), answer.update);
            break;
        case Op::List:   // applyListAnswer()
        case Op::None:
            break;
        }
    }

    // Check again of a task whose submit answer was lost: what the provider's task list says.
    // One match: its id is adopted like an accepted submit id (on disk first), then polled.
    // None or several: the task stays Unknown with a note; nothing is ever resubmitted.
    void applyListAnswer(Runtime &rt, std::optional<ApiError> failure, TaskListMatch match, const QString &key)
    {
        rt.flags.checkPending = false;
        rt.lastEventErrorCode.clear();   // every look-up gets its note on the timeline
        const QString excerpt = Redactor::excerpt(match.excerpt, {key});
        if (!failure && match.error)
            failure = match.error;
        if (failure) {
            Redactor::redact(*failure, {key});
            setLastError(rt, *failure, QStringLiteral("list_error"), excerpt);
            return;
        }
        const qsizetype count = match.remoteIds.size();
        if (count == 1) {
            touch(rt);
            rt.task.remoteId = match.remoteIds.first();
            rt.task.lastError.reset();
            rt.task.updatedAt = nowUtc();
            rt.flags.notFoundCount = 0;
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("list_found"),
                     TaskEngine::tr("Found in the provider's task list as %1.").arg(rt.task.remoteId));
            const qint64 id = rt.task.id;
            persistAcceptedSubmit(rt, [this, id] {
                if (Runtime *found = find(id)) {
                    found->flags.checkPending = true;
                    if (found->inFlight == Op::None)
                        scheduleUrgentIn(*found, 0);
                }
            });
            return;
        }
        const int minutes = ProviderAdapter::ListWindowSeconds / 60;
        if (count == 0 && !match.coversWindow) {
            setLastError(rt,
                         ErrorPolicy::clientError(
                             QStringLiteral("list_incomplete"), ApiPhase::List,
                             TaskEngine::tr("The provider's task list does not go back as far as this task's submit: "
                                            "it returned a full page of %n newer task(s). The task may exist; look "
                                            "for it on the provider's website before submitting it again.",
                                            nullptr, ProviderAdapter::ListPageSize)),
                         QStringLiteral("list_incomplete"), {});
            return;
        }
        const ApiError error = count == 0
            ? ErrorPolicy::clientError(QStringLiteral("list_not_found"), ApiPhase::List,
                                       TaskEngine::tr("The task was not found in the provider's task list: no task "
                                                      "with the same model and prompt was created within %n "
                                                      "minute(s) of its submit. It was probably never created.",
                                                      nullptr, minutes))
            : ErrorPolicy::clientError(QStringLiteral("list_ambiguous"), ApiPhase::List,
                                       TaskEngine::tr("The provider's task list is ambiguous: %n task(s) have the "
                                                      "same model and prompt and were created around this task's "
                                                      "submit. QueueLens does not guess which one is this task; "
                                                      "look for it on the provider's website.",
                                                      nullptr, int(count)));
        setLastError(rt, error, count == 0 ? QStringLiteral("list_not_found") : QStringLiteral("list_ambiguous"), {});
    }

    // The part of a verdict that changes the task itself, up to and including its new state.
    // Returns the profile's rate-limit pause when the verdict asked for one.
    qint64 recordVerdict(Runtime &rt, const AnswerVerdict &verdict, const TaskUpdate &update)
    {
        // transition() keeps a task that still has an explicit check scheduled.
        rt.flags.checkPending = verdict.flags.checkPending;
        touch(rt);
        if (!verdict.acceptedRemoteId.isEmpty()) {
            rt.task.remoteId = verdict.acceptedRemoteId;
            rt.task.lastError.reset();
            rt.lastEventErrorCode.clear();
        }
        if (verdict.clearPassingError)
            clearTransientError(rt);
        if (verdict.mergeProgress)
            applyProgress(rt, update);
        qint64 rateLimitPauseMs = 0;
        if (verdict.rateLimited && verdict.error)
            rateLimitPauseMs = rateLimitDelay(rt.task.profileId, *verdict.error);
        if (verdict.error) {
            if (verdict.errorUse == AnswerVerdict::ErrorUse::Passing)
                setLastError(rt, *verdict.error, verdict.cause, verdict.excerpt);
            else
                rt.task.lastError = verdict.error;
        }
        if (verdict.clearError) {
            rt.task.lastError.reset();
            rt.deadlineFrom = nowUtc();
        }
        if (verdict.nextState && *verdict.nextState == TaskState::Succeeded && rt.keyedDownloads > 0) {
            rt.successAfterDownloads = std::pair(verdict.cause, verdict.excerpt);
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("result_downloading"),
                     TaskEngine::tr("Completed; the result is being downloaded with the profile's key before the "
                                    "task is marked succeeded."));
        } else if (verdict.nextState) {
            transition(rt, *verdict.nextState, verdict.cause, verdict.excerpt, verdict.forceTransition);
        }
        else if (verdict.note)
            addEvent(rt, rt.task.state, rt.task.state, verdict.cause, verdict.excerpt);
        return rateLimitPauseMs;
    }

    // The rest: flags, the bulk outcome and the next call.
    void followVerdict(Runtime &rt, const AnswerVerdict &verdict, qint64 rateLimitPauseMs, qint64 elapsedMs = 0)
    {
        rt.flags = verdict.flags;
        if (verdict.completesBulk)
            completeBulk(rt, verdict.bulkOk, verdict.bulkMessage);
        qint64 delay = 0;
        switch (verdict.next) {
        case NextCall::None:
            return;
        case NextCall::Now:
            delay = 0;
            break;
        case NextCall::PollDelay:
            delay = pollDelay(rt);
            break;
        case NextCall::PollInterval:
            delay = pollInterval(rt);
            break;
        case NextCall::Backoff:
            delay = backoff.backoffMs(verdict.backoffFailures, settings.maxBackoffMs);
            break;
        case NextCall::LongPause:
            delay = settings.maxBackoffMs;
            break;
        case NextCall::RateLimit:
            delay = rateLimitPauseMs;
            break;
        }
        delay = std::max<qint64>(0, delay - elapsedMs);
        if (verdict.urgent)
            scheduleUrgentIn(rt, delay);
        else
            scheduleNext(rt, delay);
    }

    void applyVerdict(Runtime &rt, const AnswerVerdict &verdict, const TaskUpdate &update)
    {
        const qint64 rateLimitPauseMs = recordVerdict(rt, verdict, update);
        followVerdict(rt, verdict, rateLimitPauseMs);
    }

    // --- actions --------------------------------------------------------------------------

    void beginAttempt(Runtime &rt, const QString &cause)
    {
        touch(rt);
        const TaskState from = rt.task.state;
        rt.task.attempts += 1;
        rt.task.remoteId.clear();
        rt.task.remoteData = {};
        rt.task.progress = -1;
        rt.task.queuePosition = -1;
        rt.task.resultUrls.clear();
        rt.task.lastError.reset();
        rt.task.submittedAt = nowUtc();
        rt.task.finishedAt = {};
        rt.task.updatedAt = rt.task.submittedAt;
        rt.task.state = TaskState::Submitting;
        rt.flags = TaskRuntimeFlags{};
        rt.flags.submitPending = true;
        rt.estimatedSeconds = -1;
        rt.lastEventErrorCode.clear();
        rt.keyedDownloads = 0;
        rt.successAfterDownloads.reset();
        rt.attemptStartMs = now();
        rt.deadlineFrom = {};
        addEvent(rt, from, TaskState::Submitting, cause, {});
        scheduleUrgentIn(rt, 0);
    }

    bool startRetry(qint64 id, QString *error, BulkOperation *op)
    {
        Runtime *rt = findForAction(id, error);
        if (!rt)
            return false;
        if (!allowed(ActionPolicy::retryBlockedReason(actionContext(TaskSummary::of(rt->task))), error)
            || !allowed(ActionPolicy::bulkBusyReason(op && rt->bulk), error) || !ensureOwned(*rt, error))
            return false;
        rt->bulk = op;
        beginAttempt(*rt, QStringLiteral("retry"));
        return true;
    }

    bool startCancel(qint64 id, QString *error, BulkOperation *op)
    {
        Runtime *rt = findForAction(id, error);
        if (!rt)
            return false;
        // The policy also refuses a second cancel while one is on its way.
        if (!allowed(ActionPolicy::cancelBlockedReason(actionContext(TaskSummary::of(rt->task))), error)
            || !allowed(ActionPolicy::bulkBusyReason(op && rt->bulk), error))
            return false;
        if (!owns(*rt) && !ensureOwned(*rt, nullptr)) {
            // Another live process holds the task: it sends the cancel when it sees the request.
            if (!store->requestCancel(id))
                return allowed(TaskEngine::tr("The cancel could not be passed on: %1").arg(store->lastError()), error);
            if (op) {
                QPointer<BulkOperation> guard(op);
                QTimer::singleShot(0, q, [this, guard, id] {
                    bulk.complete(guard, id, {true, TaskEngine::tr("Cancel passed on to the QueueLens process that "
                                                                   "follows this task.")});
                });
            }
            return true;
        }
        rt->bulk = op;
        rt->flags.cancelPending = true;
        rt->flags.cancelRetries = 0;
        addEvent(*rt, rt->task.state, rt->task.state, QStringLiteral("cancel_requested"), {});
        if (rt->inFlight == Op::None)
            scheduleUrgentIn(*rt, 0);
        return true;
    }

    // --- bulk removal ------------------------------------------------------------------------

    void removeNextBatch(QPointer<BulkOperation> op, qsizetype from)
    {
        if (!op)
            return;
        const QList<qint64> ids = op->ids();
        const QList<qint64> batch = ids.mid(from, TaskEngine::RemoveBatch);
        if (batch.isEmpty())
            return;
        auto finishBatch = [this, op, from, batch](const QString &problem) {
            if (!op)
                return;
            if (problem.isEmpty()) {
                for (qint64 id : batch) {
                    if (Runtime *rt = find(id))
                        forgetTask(*rt, TaskEngine::tr("The task was removed."));
                    else if (!removed.contains(id))
                        removed.append(id);
                    evictedVersions.remove(id);
                }
                scheduleFlush();
                op->recordOutcomes(batch, {true, {}});
            } else {
                op->recordOutcomes(batch, {false, TaskEngine::tr("The task could not be removed: %1").arg(problem)});
            }
            removeNextBatch(op, from + batch.size());
        };
        if (!storeOpen()) {
            QTimer::singleShot(0, q, [finishBatch] { finishBatch({}); });
        } else if (storeThread) {
            storeThread->post<QString>(
                [batch](TaskStore &s) { return s.removeTasks(batch) ? QString() : s.lastError(); }, q,
                std::move(finishBatch));
        } else {
            QTimer::singleShot(0, q, [this, batch, finishBatch] {
                finishBatch(store->removeTasks(batch) ? QString() : store->lastError());
            });
        }
    }

    // --- history ---------------------------------------------------------------------------

    // Reads one page on the store thread (or, without one, on a later turn of this thread) and
    // asks for the next only after the page was handed over, so the receiver's thread never
    // gets more than one page at a time and input stays responsive.
    void readHistoryPage(QObject *context, std::function<void(QList<TaskSummary>, bool)> page, qint64 before,
                         int limit)
    {
        using Page = std::optional<QList<TaskSummary>>;
        QPointer<QObject> guard(context);
        auto deliver = [this, guard, page, limit](Page rows) mutable {
            if (!guard)
                return;
            if (!rows) {
                emit q->notice(TaskEngine::tr("The task history could not be read completely: %1")
                                   .arg(store->lastError()));
                page({}, true);
                return;
            }
            const bool done = rows->size() < limit;
            const qint64 next = rows->isEmpty() ? 0 : rows->constLast().id;
            page(std::move(*rows), done);
            if (!done && guard)
                readHistoryPage(guard, page, next, TaskEngine::HistoryPage);
        };
        if (storeThread) {
            storeThread->post<Page>([before, limit](TaskStore &s) { return s.loadSummaries(before, limit); }, q,
                                    std::move(deliver));
        } else {
            QTimer::singleShot(0, q, [this, before, limit, deliver = std::move(deliver)]() mutable {
                deliver(store->loadSummaries(before, limit));
            });
        }
    }

    // --- start-up -------------------------------------------------------------------------

    void applyProfile(const ProviderProfile &profile)
    {
        scheduler->setProfileLimit(profile.id, std::max(1, profile.maxConcurrent));
        scheduler->setProfileExempt(profile.id, ProfileRegistry::isLoopback(profile.baseUrl));
    }

    Runtime &adopt(const Task &task)
    {
        Runtime &rt = tasks[task.id];
        rt = Runtime{};
        rt.task = task;
        // Age of the attempt on the monotonic clock, from its wall-clock submit time.
        const qint64 age = task.submittedAt.isValid() ? std::max<qint64>(0, task.submittedAt.msecsTo(nowUtc())) : 0;
        rt.attemptStartMs = now() - age;
        return rt;
    }
};

// ============================================================================================

TaskEngine::TaskEngine(TaskStore *store, HttpClient *http, const ProviderAdapterRegistry *adapters,
                       SecretStore *secrets, const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, store, http, adapters, secrets, clock))
{
    d->scheduler->setDispatcher([this](qint64 id, RequestScheduler::Priority priority) { return d->dispatch(id, priority); });
    d->scheduler->setGlobalLimit(d->settings.maxConcurrentRequests);
    d->bulk.setParallelism(d->settings.bulkParallelism);
    d->flushTimer.setSingleShot(true);
    connect(&d->flushTimer, &QTimer::timeout, this, [this] { d->flush(); });
    connect(d->network, &NetworkMonitor::downChanged, this, [this](bool down) { d->onNetworkDownChanged(down); });
    d->journal->setLookup([this](qint64 id) -> Task * {
        Private::Runtime *rt = d->find(id);
        return rt ? &rt->task : nullptr;
    });
    // An ended task keeps its lease while this process still has a call to make for it.
    d->journal->setLeaseNeeded([this](qint64 id) {
        const Private::Runtime *rt = d->find(id);
        return rt && (rt->inFlight != Op::None || rt->flags.checkPending || rt->flags.submitPending);
    });
    connect(d->journal, &TaskJournal::writeFailed, this, [this](const QString &message) {
        d->onWriteFailed(message);
        emit storeWritableChanged(false, message);
    });
    connect(d->journal, &TaskJournal::writeRecovered, this, [this] {
        emit notice(tr("The task database accepts changes again; everything kept in memory is now saved."));
        emit storeWritableChanged(true, {});
    });
    connect(d->journal, &TaskJournal::reconciled, this,
            [this](const QList<TaskStore::WriteOutcome> &outcomes) { d->applyReconciled(outcomes); });
    connect(d->leases, &LeaseKeeper::adopted, this, [this](const QList<Task> &rows) {
        for (const Task &row : rows)
            d->takeOver(row);
        d->scheduleFlush();
    });
    connect(d->feed, &ChangeFeed::changed, this,
            [this](const QList<Task> &rows, const QList<qint64> &gone) { d->applyFeed(rows, gone); });
    if (secrets) {
        connect(secrets, &SecretStore::notice, this, &TaskEngine::notice);
        connect(secrets, &SecretStore::loadingFinished, this, [this] { d->scheduler->pumpSoon(); });
    }
    if (http)
        http->setMaxBodyBytes(d->settings.maxBodyBytes);
}

TaskEngine::~TaskEngine()
{
    // Nobody hears from a half-destroyed engine: the last writes below may finish in here.
    blockSignals(true);
    d->leases->blockSignals(true);
    d->feed->stop();
    // Answers still being parsed are dropped with the parser's thread.
    delete std::exchange(d->parser, nullptr);
    // Stop our own requests (their callbacks must not run any more) and save what is pending.
    for (auto &[id, rt] : d->tasks) {
        if (rt.inFlight != Op::None && rt.httpHandle && d->http)
            d->http->abort(rt.httpHandle);
    }
    d->flushStore();
    // The store thread's last renewal must not run after the leases are given back.
    if (d->storeThread)
        d->storeThread->wait<bool>([](TaskStore &) { return true; });
    // A clean exit gives every lease back, so another process (the open app) adopts the tasks
    // at once instead of after the lease expires.
    d->feed->stop();
    d->leases->stop();
}

void TaskEngine::setSettings(const EngineSettings &settings)
{
    d->settings = settings;
    d->scheduler->setGlobalLimit(settings.maxConcurrentRequests);
    if (d->http)
        d->http->setMaxBodyBytes(settings.maxBodyBytes);
    d->bulk.setParallelism(settings.bulkParallelism);
    if (settings.leaseMs > 0)
        d->leases->setLeaseMs(settings.leaseMs);
    d->leases->setAdoptOrphans(settings.adoptOrphans);
    d->feed->setIntervalMs(settings.changeFeedIntervalMs);
}

EngineSettings TaskEngine::settings() const
{
    return d->settings;
}

void TaskEngine::start()
{
    if (d->started)
        return;
    d->started = true;
    if (!d->store || !d->store->isOpen()) {
        const QString reason = d->store ? d->store->lastError() : QString();
        emit notice(reason.isEmpty()
                        ? tr("The task database is not available. Tasks are kept only until QueueLens quits.")
                        : tr("The task database is not available (%1). Tasks are kept only until QueueLens quits.")
                              .arg(reason));
    } else {
        const QList<ProviderProfile> stored = d->store->loadProfiles();
        for (const ProviderProfile &profile : stored) {
            d->profiles.insert(profile);
            d->applyProfile(profile);
        }
        if (d->secrets)
            d->secrets->preload(stored);

        d->leases->setAdoptOrphans(d->settings.adoptOrphans);
        if (d->settings.storeThread) {
            // Writes, the change feed and lease renewals leave this thread.
            auto *thread = new StoreThread(d->store->path(), d->settings.storeBusyTimeoutMs, this);
            QString reason;
            if (thread->start(&reason)) {
                d->storeThread = thread;
                d->journal->setStoreThread(thread);
                d->feed->setStoreThread(thread);
                d->leases->setStoreThread(thread);
            } else {
                qCWarning(lcStore).noquote() << "no store thread; the store is used on the engine's thread:" << reason;
                delete thread;
            }
        }
        if (d->store->isShared()) {
            // Changes a previous run could not write to the server go in before anything else.
            d->outbox = std::make_unique<TaskOutbox>(d->store->path());
            QString problem;
            const int replayed = d->outbox->replayInto(*d->store, &problem);
            if (replayed > 0)
                emit notice(tr("%n change(s) kept on this computer while the shared history was out of reach were "
                               "written to it now.", nullptr, replayed));
            else if (replayed < 0)
                emit notice(tr("Changes kept on this computer while the shared history was out of reach could not "
                               "be written yet (%1); QueueLens tries again at its next start.")
                                .arg(problem));
            d->journal->setOutbox(d->outbox.get());
        }
        d->updateProfilesWithoutKey();
        d->leases->start();
        d->journal->setOwnerId(d->leases->ownerId());
        // The feed starts before the load, so nothing committed in between is missed.
        d->feed->start();
        // Only the unfinished tasks: the history stays in the store (readHistory(), task()).
        const QList<Task> loaded = d->store->loadLiveTasks();
        for (const Task &task : loaded) {
            d->adopt(task);
            d->added.append(task.id);
        }
        // Live tasks whose process exited or died are taken over (one-shot CLI commands leave
        // them to the app or a watch).
        if (d->settings.adoptOrphans) {
            if (const std::optional<QList<Task>> claimed = d->leases->claim()) {
                for (const Task &row : *claimed)
                    d->takeOver(row);
            }
        }
        if (!loaded.isEmpty())
            d->scheduleFlush();
    }
    d->network->watchReachability();
    emit profilesChanged();
}

QList<ProviderProfile> TaskEngine::profiles() const
{
    return d->profiles.list();
}

bool TaskEngine::saveProfile(const ProviderProfile &profile, QString *error)
{
    if (!Private::allowed(ProfileRegistry::validate(profile, d->adapters), error))
        return false;
    if (d->store && d->store->isOpen() && !d->store->saveProfile(profile))
        return Private::allowed(tr("The profile could not be saved: %1").arg(d->store->lastError()), error);
    d->profiles.insert(profile);
    d->applyProfile(profile);
    if (d->secrets)
        d->secrets->preload({profile});
    emit profilesChanged();
    return true;
}

bool TaskEngine::removeProfile(const QString &profileId, QString *error)
{
    if (!d->profiles.contains(profileId))
        return Private::allowed(ActionPolicy::noSuchProfile(profileId), error);
    int live = 0;
    for (const auto &[id, rt] : d->tasks) {
        if (rt.task.profileId == profileId && !rt.task.isTerminal())
            ++live;
    }
    if (live > 0)
        return Private::allowed(
            tr("%n task(s) of this profile are not finished yet. Cancel or remove them first.", nullptr, live), error);
    if (d->store && d->store->isOpen() && !d->store->removeProfile(profileId))
        return Private::allowed(tr("The profile could not be removed: %1").arg(d->store->lastError()), error);
    d->profiles.remove(profileId);
    d->scheduler->removeProfile(profileId);
    if (d->secrets)
        d->secrets->removeKey(profileId);
    emit profilesChanged();
    return true;
}

QList<Task> TaskEngine::tasks() const
{
    QList<Task> list;
    list.reserve(qsizetype(d->tasks.size()));
    for (const auto &[id, rt] : d->tasks)
        list.append(rt.task);
    return list;
}

std::optional<Task> TaskEngine::task(qint64 id) const
{
    if (const Private::Runtime *rt = d->find(id))
        return rt->task;
    // A finished task that left memory: one indexed read (WAL readers never wait for writers).
    if (d->storeOpen())
        return d->store->loadTask(id);
    return std::nullopt;
}

void TaskEngine::readHistory(QObject *context, std::function<void(QList<TaskSummary>, bool)> page)
{
    if (!d->storeOpen()) {
        // Memory is the whole history.
        QList<TaskSummary> all;
        for (auto it = d->tasks.crbegin(); it != d->tasks.crend(); ++it)
            all.append(TaskSummary::of(it->second.task));
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, page = std::move(page), all] {
            if (guard)
                page(all, true);
        });
        return;
    }
    d->readHistoryPage(context, std::move(page), 0, HistoryFirstPage);
}

// Reads never wait for a write (WAL readers do not block): what is on disk, plus what is still
// on its way there, so the detail pane stays responsive while another process holds the lock.
QList<TaskEvent> TaskEngine::events(qint64 id) const
{
    if (!d->store || !d->store->isOpen())
        return {};
    QList<TaskEvent> events = d->store->events(id);
    auto same = [](const TaskEvent &a, const TaskEvent &b) {
        return a.attempt == b.attempt && a.at == b.at && a.from == b.from && a.to == b.to && a.cause == b.cause
               && a.excerpt == b.excerpt;
    };
    for (const TaskEvent &event : d->journal->unsavedEvents(id)) {
        // A write may have landed between the read and now: no event twice.
        if (std::none_of(events.cbegin(), events.cend(), [&](const TaskEvent &stored) { return same(stored, event); }))
            events.append(event);
    }
    return events;
}

QList<TaskAttempt> TaskEngine::attempts(qint64 id) const
{
    if (!d->store || !d->store->isOpen())
        return {};
    QList<TaskAttempt> attempts = d->store->attempts(id);
    // The current attempt as this process knows it, saved or not.
    if (const Private::Runtime *rt = d->find(id)) {
        TaskAttempt current;
        current.number = rt->task.attempts;
        current.remoteId = rt->task.remoteId;
        current.submittedAt = rt->task.submittedAt;
        current.finishedAt = rt->task.finishedAt;
        current.finalState = rt->task.state;
        current.error = rt->task.lastError;
        auto it = std::find_if(attempts.begin(), attempts.end(),
                               [&](const TaskAttempt &attempt) { return attempt.number == current.number; });
        if (it != attempts.end()) {
            if (current.remoteId.isEmpty())
                current.remoteId = it->remoteId;
            *it = current;
        } else {
            attempts.append(current);
        }
    }
    return attempts;
}

qint64 TaskEngine::submit(const QString &profileId, const TaskSpec &spec, QString *error)
{
    const std::optional<ProviderProfile> profile = d->profiles.find(profileId);
    const ProviderAdapter *adapter = profile && d->adapters ? d->adapters->adapter(profile->provider) : nullptr;
    if (!Private::allowed(ActionPolicy::submitBlockedReason(profileId, profile, adapter, spec,
                                                            profile && d->keyMissing(*profile)),
                          error))
        return 0;

    Task task;
    task.profileId = profile->id;
    task.provider = profile->provider;
    task.spec = spec;
    task.state = TaskState::Submitting;
    task.attempts = 1;
    task.createdAt = d->nowUtc();
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    task.owner = d->shared() ? d->leases->ownerId() : QString();
    task.submittedBy = OperatorIdentity::resolve(d->settings.operatorName);

    TaskEvent created;
    created.attempt = 1;
    created.at = task.createdAt;
    created.from = TaskState::Submitting;
    created.to = TaskState::Submitting;
    created.cause = QStringLiteral("created");

    if (d->store && d->store->isOpen()) {
        // The row exists before the request leaves, so a crash can never lose the task.
        if (!d->store->insertTask(task, {created})) {
            Private::allowed(tr("The task could not be saved, so it was not sent: %1").arg(d->store->lastError()), error);
            return 0;
        }
    } else {
        task.id = d->nextMemoryId++;
    }
    created.taskId = task.id;

    Private::Runtime &rt = d->adopt(task);
    rt.attemptStartMs = d->now();
    rt.flags.submitPending = true;
    d->added.append(task.id);
    d->unannouncedEvents.append(created);
    d->changed.insert(task.id);
    d->scheduleFlush();
    d->scheduleUrgentIn(rt, 0);
    return task.id;
}

bool TaskEngine::refresh(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt || !Private::allowed(ActionPolicy::refreshBlockedReason(TaskSummary::of(rt->task)), error) || !d->ensureOwned(*rt, error))
        return false;
    rt->flags.checkPending = true;
    if (rt->inFlight == Op::None)
        d->scheduleUrgentIn(*rt, 0);
    return true;
}

bool TaskEngine::checkAgain(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt || !Private::allowed(ActionPolicy::checkAgainBlockedReason(d->actionContext(TaskSummary::of(rt->task))), error))
        return false;
    rt->flags.notFoundCount = 0;
    if (rt->task.remoteId.isEmpty()) {
        // The policy allowed it, so the adapter can list: look the task up there, never resubmit.
        if (!d->ensureOwned(*rt, error))
            return false;
        rt->listPending = true;
        rt->flags.checkPending = true;
        if (rt->inFlight == Op::None)
            d->scheduleUrgentIn(*rt, 0);
        return true;
    }
    return refresh(id, error);
}

bool TaskEngine::submitAnyway(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt || !Private::allowed(ActionPolicy::submitAnywayBlockedReason(d->actionContext(TaskSummary::of(rt->task))), error)
        || !d->ensureOwned(*rt, error))
        return false;
    d->beginAttempt(*rt, QStringLiteral("submit_anyway"));
    return true;
}

bool TaskEngine::cancel(qint64 id, QString *error)
{
    return d->startCancel(id, error, nullptr);
}

bool TaskEngine::retry(qint64 id, QString *error)
{
    return d->startRetry(id, error, nullptr);
}

bool TaskEngine::remove(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt)
        return false;
    if (d->store && d->store->isOpen() && !d->store->removeTasks({id}))
        return Private::allowed(tr("The task could not be removed: %1").arg(d->store->lastError()), error);
    d->forgetTask(*rt, tr("The task was removed."));
    return true;
}

QList<qint64> TaskEngine::takeOver(const QList<qint64> &ids)
{
    QList<qint64> held;
    if (!d->shared()) {
        for (qint64 id : ids) {
            if (d->find(id))
                held.append(id);
        }
        return held;
    }
    if (const std::optional<QList<Task>> claimed = d->leases->claim(ids)) {
        for (const Task &row : *claimed) {
            if (row.owner != d->leases->ownerId())
                continue;
            d->takeOver(row);
            held.append(row.id);
        }
    }
    d->scheduleFlush();
    return held;
}

qint64 TaskEngine::track(const QString &profileId, const QString &remoteId, const TaskSpec &spec, QString *error)
{
    const std::optional<ProviderProfile> profile = d->profiles.find(profileId);
    if (!Private::allowed(ActionPolicy::trackBlockedReason(profileId, profile.has_value(), remoteId), error))
        return 0;
    Task task;
    task.profileId = profileId;
    task.provider = profile->provider;
    task.spec = spec;
    task.remoteId = remoteId.trimmed();
    task.state = TaskState::Queued;
    task.createdAt = d->nowUtc();
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    task.owner = d->shared() ? d->leases->ownerId() : QString();
    task.submittedBy = OperatorIdentity::resolve(d->settings.operatorName);
    TaskEvent event;
    event.at = task.createdAt;
    event.from = TaskState::Queued;
    event.to = TaskState::Queued;
    event.cause = QStringLiteral("tracked");
    event.excerpt = task.remoteId;
    if (d->store && d->store->isOpen()) {
        if (!d->store->insertTask(task, {event})) {
            Private::allowed(tr("The task could not be saved: %1").arg(d->store->lastError()), error);
            return 0;
        }
    } else {
        task.id = d->nextMemoryId++;
    }
    event.taskId = task.id;
    Private::Runtime &rt = d->adopt(task);
    d->added.append(task.id);
    d->unannouncedEvents.append(event);
    d->changed.insert(task.id);
    d->scheduleFlush();
    rt.flags.checkPending = true;
    d->scheduleNext(rt, 0);
    return task.id;
}

QString TaskEngine::cancelBlockedReason(const Task &task) const
{
    return cancelBlockedReason(TaskSummary::of(task));
}

QString TaskEngine::retryBlockedReason(const Task &task) const
{
    return retryBlockedReason(TaskSummary::of(task));
}

QString TaskEngine::cancelBlockedReason(const TaskSummary &task) const
{
    return ActionPolicy::cancelBlockedReason(d->actionContext(task));
}

QString TaskEngine::retryBlockedReason(const TaskSummary &task) const
{
    return ActionPolicy::retryBlockedReason(d->actionContext(task));
}

BulkOperation *TaskEngine::cancelMany(const QList<qint64> &ids)
{
    return d->bulk.start(BulkOperation::Kind::Cancel, ids);
}

BulkOperation *TaskEngine::retryMany(const QList<qint64> &ids)
{
    return d->bulk.start(BulkOperation::Kind::Retry, ids);
}

BulkOperation *TaskEngine::removeMany(const QList<qint64> &ids)
{
    auto *op = new BulkOperation(BulkOperation::Kind::Remove, ids, this);
    if (ids.isEmpty()) {
        QPointer<BulkOperation> guard(op);
        QTimer::singleShot(0, this, [guard] {
            if (guard) {
                emit guard->finished();
                guard->deleteLater();
            }
        });
        return op;
    }
    d->removeNextBatch(op, 0);
    return op;
}

void TaskEngine::setPollingPaused(bool paused)
{
    if (d->userPaused == paused)
        return;
    d->userPaused = paused;
    d->scheduler->setRoutinePaused(paused);
    emit activityChanged();
}

bool TaskEngine::isPollingPaused() const
{
    return d->userPaused;
}

bool TaskEngine::isNetworkDown() const
{
    return d->network->isDown();
}

bool TaskEngine::hasCallPlanned(qint64 id) const
{
    const Private::Runtime *rt = d->find(id);
    return d->scheduler->isScheduled(id) || (rt && (rt->inFlight != Op::None || rt->parseSerial != 0));
}

bool TaskEngine::isTeamStore() const
{
    return d->store && d->store->isShared();
}

QString TaskEngine::operatorName() const
{
    return OperatorIdentity::resolve(d->settings.operatorName);
}

bool TaskEngine::hasUnsavedChanges() const
{
    return d->journal->isBusy() || d->flushTimer.isActive();
}

int TaskEngine::requestsInFlight() const
{
    return d->scheduler->inFlight() + d->answersParsing;
}

void TaskEngine::wake()
{
    d->scheduler->pumpNow();
}

QHash<QString, QDateTime> TaskEngine::rateLimitedProfiles() const
{
    QHash<QString, QDateTime> result;
    const qint64 now = d->now();
    const QDateTime wall = d->nowUtc();
    const auto blocked = d->scheduler->blockedProfiles();
    for (auto it = blocked.constBegin(); it != blocked.constEnd(); ++it)
        result.insert(it.key(), wall.addMSecs(it.value() - now));
    return result;
}
