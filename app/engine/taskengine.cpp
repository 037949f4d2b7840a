#include "taskengine.h"

#include "backoffpolicy.h"
#include "bulkoperation.h"
#include "enginelogging.h"
#include "errorcatalog.h"
#include "httpclient.h"
#include "provideradapterregistry.h"
#include "redactor.h"
#include "requestscheduler.h"
#include "retryafter.h"
#include "secretstore.h"
#include "taskstore.h"

#include <QHostAddress>
#include <QNetworkInformation>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <limits>
#include <map>

namespace {

enum class Op { None, Submit, Poll, Result, Cancel };

// Transport failures that prove the request never left this machine.
bool neverSent(const ApiError &error)
{
    return error.code == QLatin1String("connection_refused") || error.code == QLatin1String("host_not_found")
           || error.code == QLatin1String("network_unreachable") || error.code == QLatin1String("tls_error");
}

// Transport failures that hint at the local network rather than one provider.
bool pointsAtNetwork(const ApiError &error)
{
    return error.code == QLatin1String("host_not_found") || error.code == QLatin1String("network_unreachable")
           || error.code == QLatin1String("connection_timeout") || error.code == QLatin1String("proxy_error");
}

bool isRateLimit(const ApiError &error)
{
    return error.httpStatus == 429 || error.category == ErrorCategory::RateLimit;
}

bool isTransient(const ApiError &error)
{
    if (error.phase == ApiPhase::Transport || isRateLimit(error))
        return true;
    switch (error.category) {
    case ErrorCategory::Server:
    case ErrorCategory::Upstream:
    case ErrorCategory::Timeout:
    case ErrorCategory::Transport:
        return true;
    default:
        return error.httpStatus >= 500;
    }
}

bool isAccountProblem(const ApiError &error)
{
    return error.category == ErrorCategory::Auth || error.category == ErrorCategory::Permission
           || error.category == ErrorCategory::Billing;
}

// A refused submit may still have created a task when the answer is not a clear refusal:
// a 2xx the adapter could not read, or a gateway that timed out waiting for the origin.
bool submitMayHaveCreated(const ApiError &error)
{
    const int status = error.httpStatus;
    if (status >= 200 && status < 300)
        return true;
    if (error.category == ErrorCategory::Timeout)
        return true;
    if (status == 408 || status == 504 || status == 524)
        return true;
    return status == 502 && !error.documented;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

class TaskEngine::Private
{
public:
    struct Runtime
    {
        Task task;
        Op inFlight = Op::None;
        quint64 httpHandle = 0;
        bool submitPending = false;
        bool cancelPending = false;
        bool resultPending = false;
        bool checkPending = false;    // an explicit status request (refresh, check again)
        int errorCount = 0;           // consecutive failed calls: the backoff exponent
        int notFoundCount = 0;
        int submitRateRetries = 0;
        int cancelRetries = 0;
        int estimatedSeconds = -1;
        qint64 attemptStartMs = 0;    // monotonic time of the current attempt's submit
        QString lastEventErrorCode;   // errors already written to the timeline (no floods)
        QPointer<BulkOperation> bulk; // a bulk item waiting for this task's answer
    };

    struct BulkItem
    {
        QPointer<BulkOperation> op;
        qint64 id = 0;
    };

    TaskEngine *q;
    TaskStore *store;
    HttpClient *http;
    const ProviderAdapterRegistry *adapters;
    SecretStore *secrets;
    const Clock *clock;
    EngineSettings settings;
    RequestScheduler *scheduler;   // a child of the engine: its one timer drives every task
    BackoffPolicy backoff;

    std::map<qint64, Runtime> tasks;
    QHash<QString, ProviderProfile> profiles;
    QStringList profileOrder;
    bool started = false;
    qint64 nextMemoryId = 1'000'000'000'000;   // ids when the store is not usable

    // Batched persistence and signals (one flush per event-loop turn).
    QTimer flushTimer;
    QSet<qint64> dirty;
    QList<TaskEvent> unsavedEvents;
    QList<TaskEvent> unannouncedEvents;
    QList<qint64> added;
    QSet<qint64> changed;
    QList<qint64> removed;
    bool storeFailureReported = false;

    // Bulk queue.
    std::deque<BulkItem> bulkQueue;
    int bulkActive = 0;
    QTimer bulkTimer;

    // Network state.
    int networkFailures = 0;
    bool networkDown = false;
    bool osSaysOffline = false;
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
    {
    }

    // --- lookup -------------------------------------------------------------------------

    Runtime *find(qint64 id)
    {
        auto it = tasks.find(id);
        return it == tasks.end() ? nullptr : &it->second;
    }

    // find() for an operator action: an unknown id is reported through *error.
    Runtime *findForAction(qint64 id, QString *error)
    {
        Runtime *rt = find(id);
        if (!rt && error)
            *error = TaskEngine::tr("There is no task %1.").arg(id);
        return rt;
    }

    const ProviderAdapter *adapterOf(const Task &task) const { return adapters ? adapters->adapter(task.provider) : nullptr; }

    std::optional<ProviderProfile> profileOf(const Task &task) const
    {
        auto it = profiles.constFind(task.profileId);
        if (it == profiles.constEnd())
            return std::nullopt;
        return *it;
    }

    qint64 now() const { return clock->monotonicMs(); }
    QDateTime nowUtc() const { return clock->nowUtc(); }

    // --- errors ---------------------------------------------------------------------------

    static ApiError clientError(const QString &code, ApiPhase phase, const QString &message)
    {
        ApiError error;
        error.phase = phase;
        error.provider = QStringLiteral("queuelens");
        error.code = code;
        error.message = message;
        ErrorCatalog::instance().classify(error);
        return error;
    }

    // --- bookkeeping ----------------------------------------------------------------------

    void scheduleFlush()
    {
        if (!flushTimer.isActive())
            flushTimer.start(0);
    }

    void markChanged(Runtime &rt)
    {
        dirty.insert(rt.task.id);
        changed.insert(rt.task.id);
        scheduleFlush();
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
        unsavedEvents.append(event);
        unannouncedEvents.append(event);
        markChanged(rt);
    }

    // Writes everything pending in one transaction. Returns false when the store refused.
    bool flushStore()
    {
        if (dirty.isEmpty() && unsavedEvents.isEmpty())
            return true;
        if (!store || !store->isOpen()) {
            dirty.clear();
            unsavedEvents.clear();
            return true;
        }
        TaskStore::Batch batch;
        batch.tasks.reserve(dirty.size());
        for (qint64 id : std::as_const(dirty)) {
            if (const Runtime *rt = find(id))
                batch.tasks.append(rt->task);
        }
        batch.events = unsavedEvents;
        if (!store->write(batch)) {
            if (!storeFailureReported) {
                storeFailureReported = true;
                emit q->notice(TaskEngine::tr("Changes to %n task(s) could not be saved: %1 QueueLens keeps them in "
                                              "memory and tries again; nothing is lost while it runs.",
                                              nullptr, int(batch.tasks.size()))
                                   .arg(store->lastError()));
            }
            // Try again a little later without spinning.
            QTimer::singleShot(1000, q, [this] { scheduleFlush(); });
            return false;
        }
        if (storeFailureReported) {
            storeFailureReported = false;
            emit q->notice(TaskEngine::tr("The task database accepts changes again; everything kept in memory is "
                                          "now saved."));
        }
        dirty.clear();
        unsavedEvents.clear();
        return true;
    }

    void flush()
    {
        flushStore();
        if (!added.isEmpty()) {
            const QList<qint64> ids = std::exchange(added, {});
            emit q->tasksAdded(ids);
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
        }
        if (!unannouncedEvents.isEmpty()) {
            const QList<TaskEvent> events = std::exchange(unannouncedEvents, {});
            for (const TaskEvent &event : events)
                emit q->taskEventAdded(event);
        }
    }

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
        rt.task.state = to;
        rt.task.updatedAt = nowUtc();
        if (TaskStates::isTerminal(to) || to == TaskState::Unknown)
            rt.task.finishedAt = rt.task.updatedAt;
        else
            rt.task.finishedAt = {};
        addEvent(rt, from, to, cause, excerpt);
        if (TaskStates::isTerminal(to) || to == TaskState::Unknown) {
            rt.resultPending = false;
            rt.cancelPending = false;
            rt.submitPending = false;
            if (!rt.checkPending)
                scheduler->unschedule(rt.task.id);
        }
        return true;
    }

    void setLastError(Runtime &rt, const ApiError &error, const QString &cause, const QString &excerpt)
    {
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
            rt.task.lastError.reset();
            markChanged(rt);
        }
    }

    void completeBulk(Runtime &rt, bool ok, const QString &message)
    {
        if (!rt.bulk)
            return;
        QPointer<BulkOperation> op = rt.bulk;
        rt.bulk.clear();
        bulkActive = std::max(0, bulkActive - 1);
        op->recordOutcome(rt.task.id, {ok, message});
        scheduleBulk();
    }

    // --- scheduling -----------------------------------------------------------------------

    qint64 deadlineRemainingMs(const Runtime &rt) const
    {
        const auto profile = profileOf(rt.task);
        if (!profile || profile->deadlineSeconds <= 0 || !rt.task.submittedAt.isValid())
            return std::numeric_limits<qint64>::max();
        return nowUtc().msecsTo(rt.task.submittedAt.addSecs(profile->deadlineSeconds));
    }

    int pollDelay(const Runtime &rt) const
    {
        const auto profile = profileOf(rt.task);
        const int interval = profile ? profile->pollIntervalMs : ProviderProfile::DefaultPollIntervalMs;
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
        const bool urgent = rt.cancelPending || rt.submitPending || rt.checkPending;
        const bool polls = TaskStates::needsPolling(rt.task.state) || rt.resultPending;
        if (!urgent && !polls) {
            scheduler->unschedule(id);
            return;
        }
        if (rt.cancelPending || rt.checkPending)
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

    // --- network state --------------------------------------------------------------------

    void noteAnswer()
    {
        networkFailures = 0;
        if (networkDown && !osSaysOffline)
            setNetworkDown(false);
    }

    void noteTransportFailure(const ApiError &error)
    {
        if (!pointsAtNetwork(error))
            return;
        if (++networkFailures >= 5 && !networkDown)
            setNetworkDown(true);
    }

    void setNetworkDown(bool down)
    {
        if (networkDown == down)
            return;
        networkDown = down;
        scheduler->setProbeMode(down, std::min(settings.maxBackoffMs, 15000));
        if (down)
            emit q->notice(TaskEngine::tr("The network seems to be down. QueueLens checks it now and then and "
                                          "resumes polling when it is back."));
        emit q->activityChanged();
    }

    void watchReachability()
    {
        if (!QNetworkInformation::instance()
            && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            return;
        QNetworkInformation *info = QNetworkInformation::instance();
        if (!info)
            return;
        auto apply = [this](QNetworkInformation::Reachability reachability) {
            osSaysOffline = reachability == QNetworkInformation::Reachability::Disconnected;
            if (osSaysOffline)
                setNetworkDown(true);
            else if (networkDown)
                setNetworkDown(false);
        };
        QObject::connect(info, &QNetworkInformation::reachabilityChanged, q, apply);
        if (info->reachability() == QNetworkInformation::Reachability::Disconnected)
            apply(info->reachability());
    }

    // --- dispatch -------------------------------------------------------------------------

    bool dispatch(qint64 id, RequestScheduler::Priority)
    {
        Runtime *rt = find(id);
        if (!rt || rt->inFlight != Op::None)
            return false;
        const auto profile = profileOf(rt->task);
        const ProviderAdapter *adapter = adapterOf(rt->task);
        if (!profile || !adapter) {
            failWithoutRequest(*rt, clientError(QStringLiteral("unknown_error"), ApiPhase::Poll,
                                                profile ? TaskEngine::tr("No adapter for provider \"%1\".").arg(rt->task.provider)
                                                        : TaskEngine::tr("The profile \"%1\" of this task no longer exists.")
                                                              .arg(rt->task.profileId)));
            return false;
        }

        Op op = Op::Poll;
        if (rt->cancelPending)
            op = Op::Cancel;
        else if (rt->submitPending)
            op = Op::Submit;
        else if (rt->resultPending)
            op = Op::Result;

        if (op == Op::Poll && !rt->checkPending) {
            if (!TaskStates::needsPolling(rt->task.state))
                return false;
            if (deadlineRemainingMs(*rt) <= 0) {
                timeOut(*rt, *profile);
                return false;
            }
        }
        if ((op == Op::Poll || op == Op::Result) && rt->task.remoteId.isEmpty()) {
            rt->checkPending = false;
            return false;
        }

        const QString key = secrets ? secrets->key(*profile) : QString();
        if (key.isEmpty()) {
            if (secrets && secrets->isLoading()) {
                // The keychain is still being read: ask again shortly.
                scheduler->schedule(id, rt->task.profileId, now() + 250,
                                   op == Op::Poll && !rt->checkPending ? RequestScheduler::Priority::Routine
                                                                       : RequestScheduler::Priority::Urgent);
                return false;
            }
            failWithoutRequest(*rt, clientError(QStringLiteral("missing_api_key"),
                                                op == Op::Submit ? ApiPhase::Submit
                                                                 : (op == Op::Cancel ? ApiPhase::Cancel : ApiPhase::Poll),
                                                TaskEngine::tr("No API key is set for the profile \"%1\".").arg(profile->name.isEmpty() ? profile->id : profile->name)));
            return false;
        }

        const ProviderEndpoint endpoint{profile->baseUrl, key};
        ProviderRequest request;
        int timeoutMs = settings.requestTimeoutMs;
        switch (op) {
        case Op::Submit:
            // The row (state Submitting, this attempt) must be on disk before the request leaves.
            if (!flushStore() && store && store->isOpen()) {
                scheduleUrgentIn(*rt, 2000);
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
                rt->resultPending = false;
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
                rt->cancelPending = false;
                const QString reason = adapter->capabilities().cancelUnsupportedReason;
                setLastError(*rt, clientError(QStringLiteral("cancel_unsupported"), ApiPhase::Cancel, reason),
                             QStringLiteral("cancel_failed"), {});
                completeBulk(*rt, false, reason);
                scheduleNext(*rt, pollDelay(*rt));
                return false;
            }
            request = *cancel;
            request.phase = ApiPhase::Cancel;
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
        if (rt.submitPending) {
            rt.submitPending = false;
            rt.task.lastError = error;
            transition(rt, TaskState::Rejected, QStringLiteral("submit_refused"), error.message);
            completeBulk(rt, false, error.message);
            return;
        }
        if (rt.cancelPending) {
            rt.cancelPending = false;
            setLastError(rt, error, QStringLiteral("cancel_failed"), {});
            completeBulk(rt, false, error.message);
        } else {
            setLastError(rt, error, QStringLiteral("poll_error"), {});
        }
        rt.checkPending = false;
        scheduleNext(rt, settings.maxBackoffMs);
    }

    void timeOut(Runtime &rt, const ProviderProfile &profile)
    {
        const ApiError error = clientError(
            QStringLiteral("client_deadline"), ApiPhase::Poll,
            TaskEngine::tr("The task did not finish within %n second(s), the deadline of the profile \"%1\". The "
                           "provider may still complete it.",
                           nullptr, profile.deadlineSeconds)
                .arg(profile.name.isEmpty() ? profile.id : profile.name));
        rt.task.lastError = error;
        transition(rt, TaskState::TimedOut, QStringLiteral("deadline"), error.message);
        completeBulk(rt, false, error.message);
    }

    // --- replies --------------------------------------------------------------------------

    void onReply(qint64 id, Op op, const QString &profileId, const QString &key, const HttpOutcome &result)
    {
        scheduler->finished(profileId);
        emit q->activityChanged();
        Runtime *rt = find(id);
        if (!rt)
            return;
        rt->inFlight = Op::None;
        rt->httpHandle = 0;

        std::optional<ApiError> transport = result.error;
        if (result.isReply()) {
            noteAnswer();
        } else if (transport) {
            Redactor::redact(*transport, {key});
            noteTransportFailure(*transport);
        }

        const ProviderAdapter *adapter = adapterOf(rt->task);
        if (!adapter)
            return;

        switch (op) {
        case Op::Submit:
            handleSubmit(*rt, *adapter, result, transport, key);
            break;
        case Op::Poll:
        case Op::Result:
            handlePoll(*rt, *adapter, op, result, transport, key);
            break;
        case Op::Cancel:
            handleCancel(*rt, *adapter, result, transport, key);
            break;
        case Op::None:
            break;
        }
    }

    TaskUpdate parse(const ProviderAdapter &adapter, Op op, const ProviderReply &reply, const Task &task,
                     const QString &key)
    {
        TaskUpdate update;
        switch (op) {
        case Op::Submit:
            update = adapter.parseSubmit(reply);
            break;
        case Op::Poll:
            update = adapter.parseStatus(reply, task);
            break;
        case Op::Result:
            update = adapter.parseResult(reply, task);
            break;
        case Op::Cancel:
            update = adapter.parseCancel(reply, task);
            break;
        case Op::None:
            break;
        }
        if (update.error) {
            Redactor::redact(*update.error, {key});
            // Retry-After dates are the server's wall clock, so they are read against the real one.
            if (!update.error->retryAfterSeconds) {
                const QByteArray header = reply.headers.value(QByteArrayLiteral("retry-after"));
                if (!header.isEmpty())
                    update.error->retryAfterSeconds = RetryAfter::parse(header, QDateTime::currentDateTimeUtc());
            }
        }
        update.excerpt = update.excerpt.isEmpty() ? Redactor::excerpt(reply.body, {key})
                                                  : Redactor::excerpt(update.excerpt, {key});
        return update;
    }

    void applyProgress(Runtime &rt, const TaskUpdate &update)
    {
        bool touched = false;
        if (!update.remoteData.isEmpty()) {
            for (auto it = update.remoteData.begin(); it != update.remoteData.end(); ++it)
                rt.task.remoteData.insert(it.key(), it.value());
            touched = true;
        }
        if (update.progress >= 0 && update.progress != rt.task.progress) {
            rt.task.progress = std::clamp(update.progress, 0, 100);
            touched = true;
        }
        if (update.queuePosition != rt.task.queuePosition && (update.queuePosition >= 0 || update.state)) {
            rt.task.queuePosition = update.queuePosition;
            touched = true;
        }
        if (update.estimatedSeconds > 0)
            rt.estimatedSeconds = update.estimatedSeconds;
        if (!update.resultUrls.isEmpty() && update.resultUrls != rt.task.resultUrls) {
            rt.task.resultUrls = update.resultUrls;
            touched = true;
        }
        if (touched) {
            rt.task.updatedAt = nowUtc();
            markChanged(rt);
        }
    }

    void becomeUnknown(Runtime &rt, const ApiError &cause)
    {
        ApiError error = clientError(
            QStringLiteral("submit_outcome_unknown"), ApiPhase::Submit,
            TaskEngine::tr("The submit got no clear answer (%1). The provider may have created the task: use Check "
                           "again, or look on the provider's website, before submitting again.")
                .arg(cause.message.isEmpty() ? cause.code : cause.message));
        error.httpStatus = cause.httpStatus;
        error.rawBody = cause.rawBody;
        rt.task.lastError = error;
        rt.submitPending = false;
        transition(rt, TaskState::Unknown, QStringLiteral("submit_unknown"),
                   Redactor::excerpt(cause.code + QStringLiteral(": ") + cause.message, {}));
        completeBulk(rt, false, error.message);
    }

    void reject(Runtime &rt, const ApiError &error, const QString &excerpt)
    {
        rt.task.lastError = error;
        rt.submitPending = false;
        transition(rt, TaskState::Rejected, QStringLiteral("submit_refused"),
                   excerpt.isEmpty() ? Redactor::excerpt(error.message, {}) : excerpt);
        completeBulk(rt, false, error.message.isEmpty() ? error.code : error.message);
    }

    void handleSubmit(Runtime &rt, const ProviderAdapter &adapter, const HttpOutcome &result,
                      const std::optional<ApiError> &transport, const QString &key)
    {
        rt.submitPending = false;
        if (transport) {
            ApiError error = *transport;
            error.phase = ApiPhase::Submit;
            // Never resent automatically: unless the request provably never left, a task may exist.
            if (neverSent(error))
                reject(rt, error, {});
            else
                becomeUnknown(rt, error);
            return;
        }
        const TaskUpdate update = parse(adapter, Op::Submit, *result.reply, rt.task, key);
        if (update.error) {
            const ApiError &error = *update.error;
            if (isRateLimit(error)) {
                const qint64 delay = rateLimitDelay(rt.task.profileId, error);
                if (rt.submitRateRetries < settings.submitRateLimitRetries) {
                    // A 429 proves nothing was created: resending within the budget is safe.
                    ++rt.submitRateRetries;
                    rt.submitPending = true;
                    setLastError(rt, error, QStringLiteral("submit_rate_limited"), update.excerpt);
                    scheduleUrgentIn(rt, delay);
                    return;
                }
            }
            if (submitMayHaveCreated(error))
                becomeUnknown(rt, error);
            else
                reject(rt, error, update.excerpt);
            return;
        }
        if (update.remoteId.isEmpty()) {
            becomeUnknown(rt, clientError(QStringLiteral("unexpected_response"), ApiPhase::Submit,
                                          TaskEngine::tr("The provider accepted the submit (HTTP %1) but sent no task "
                                                         "id.")
                                              .arg(result.reply->httpStatus)));
            return;
        }

        // The request id goes to disk before anything else sees it.
        rt.task.remoteId = update.remoteId;
        rt.task.lastError.reset();
        rt.lastEventErrorCode.clear();
        rt.submitRateRetries = 0;
        rt.errorCount = 0;
        applyProgress(rt, update);
        TaskState next = update.state.value_or(TaskState::Queued);
        if (next == TaskState::Submitting || next == TaskState::Cancelling || next == TaskState::Unknown
            || next == TaskState::Lost || next == TaskState::Rejected)
            next = TaskState::Queued;
        const bool deferSuccess = next == TaskState::Succeeded && update.fetchResult;
        if (deferSuccess)
            next = TaskState::Running;
        if (update.error)
            rt.task.lastError = update.error;
        transition(rt, next, QStringLiteral("submitted"),
                   TaskEngine::tr("request id %1").arg(update.remoteId) + QStringLiteral(" ") + update.excerpt);
        if (store && store->isOpen()) {
            TaskStore::Batch batch;
            batch.tasks.append(rt.task);
            batch.events = unsavedEvents;
            if (store->write(batch)) {
                dirty.remove(rt.task.id);
                unsavedEvents.clear();
            } else {
                emit q->notice(TaskEngine::tr("The request id %1 of task %2 could not be saved: %3 Note it down: "
                                              "QueueLens keeps it in memory and tries to save it again.")
                                   .arg(update.remoteId)
                                   .arg(rt.task.id)
                                   .arg(store->lastError()));
            }
        }
        completeBulk(rt, true, {});
        if (update.fetchResult)
            rt.resultPending = true;
        scheduleNext(rt, rt.resultPending ? 0 : pollDelay(rt));
    }

    void handlePoll(Runtime &rt, const ProviderAdapter &adapter, Op op, const HttpOutcome &result,
                    const std::optional<ApiError> &transport, const QString &key)
    {
        const bool explicitCheck = rt.checkPending;
        rt.checkPending = false;
        const auto profile = profileOf(rt.task);
        // Only our own deadline ended it: the provider's answer may still move it on.
        const bool reopen = explicitCheck && rt.task.state == TaskState::TimedOut && rt.task.lastError
                            && rt.task.lastError->code == QLatin1String("client_deadline");

        if (transport) {
            ApiError error = *transport;
            ++rt.errorCount;
            setLastError(rt, error, QStringLiteral("poll_error"), {});
            scheduleNext(rt, backoff.backoffMs(rt.errorCount, settings.maxBackoffMs));
            return;
        }

        const TaskUpdate update = parse(adapter, op, *result.reply, rt.task, key);

        if (update.notFound) {
            ++rt.notFoundCount;
            if (rt.task.state == TaskState::Unknown || rt.task.state == TaskState::Lost
                || rt.task.state == TaskState::TimedOut) {
                addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("check_not_found"), update.excerpt);
                return;
            }
            if (rt.notFoundCount >= std::max(1, settings.notFoundConfirmations)) {
                rt.task.lastError = clientError(
                    QStringLiteral("task_lost"), op == Op::Result ? ApiPhase::Result : ApiPhase::Poll,
                    TaskEngine::tr("The provider answered %n time(s) in a row that it does not know the task %1.",
                                   nullptr, rt.notFoundCount)
                        .arg(rt.task.remoteId));
                if (transition(rt, TaskState::Lost, QStringLiteral("not_found"), update.excerpt))
                    completeBulk(rt, false, rt.task.lastError->message);
                return;
            }
            // Confirm a few times: some providers briefly forget brand-new tasks.
            scheduleNext(rt, profile ? profile->pollIntervalMs : ProviderProfile::DefaultPollIntervalMs);
            return;
        }
        rt.notFoundCount = 0;

        if (update.error && !update.state) {
            const ApiError &error = *update.error;
            ++rt.errorCount;
            setLastError(rt, error, QStringLiteral("poll_error"), update.excerpt);
            qint64 delay = 0;
            if (isRateLimit(error))
                delay = rateLimitDelay(rt.task.profileId, error);
            else if (isAccountProblem(error))
                delay = settings.maxBackoffMs;   // the task may still finish: keep it, ask rarely
            else
                delay = backoff.backoffMs(rt.errorCount, settings.maxBackoffMs);
            scheduleNext(rt, delay);
            return;
        }

        rt.errorCount = 0;
        clearTransientError(rt);
        applyProgress(rt, update);

        const bool canFetch = update.fetchResult && op == Op::Poll;
        if (op == Op::Result)
            rt.resultPending = false;

        if (update.state) {
            TaskState next = *update.state;
            if (canFetch && next == TaskState::Succeeded)
                next = rt.task.state == TaskState::Cancelling ? TaskState::Cancelling : TaskState::Running;
            // A cancel was accepted: the provider may report the old state until it stops.
            if (rt.task.state == TaskState::Cancelling && (next == TaskState::Queued || next == TaskState::Running))
                next = TaskState::Cancelling;
            if (update.error && TaskStates::isTerminal(next))
                rt.task.lastError = update.error;
            const bool force = reopen;
            if (force && !TaskStates::isTerminal(next))
                rt.task.lastError.reset();
            const QString cause = explicitCheck ? QStringLiteral("check") : (op == Op::Result ? QStringLiteral("result") : QStringLiteral("poll"));
            if (transition(rt, next, cause, update.excerpt, force) && TaskStates::isTerminal(next))
                completeBulk(rt, next == TaskState::Cancelled, TaskStates::displayName(next));
        } else if (explicitCheck && (rt.task.state == TaskState::Unknown || rt.task.state == TaskState::Lost)) {
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("check"), update.excerpt);
        }

        if (rt.task.isTerminal() || rt.task.state == TaskState::Unknown)
            return;
        if (canFetch && adapter.resultRequest(ProviderEndpoint{}, rt.task)) {
            rt.resultPending = true;
            // The outputs of an explicit check are part of the operator's request.
            if (explicitCheck)
                scheduleUrgentIn(rt, 0);
            else
                scheduleNext(rt, 0);
            return;
        }
        scheduleNext(rt, pollDelay(rt));
    }

    void handleCancel(Runtime &rt, const ProviderAdapter &adapter, const HttpOutcome &result,
                      const std::optional<ApiError> &transport, const QString &key)
    {
        rt.cancelPending = false;
        std::optional<ApiError> error = transport;
        TaskUpdate update;
        if (!transport) {
            update = parse(adapter, Op::Cancel, *result.reply, rt.task, key);
            error = update.error;
        }
        if (error) {
            error->phase = transport ? ApiPhase::Transport : ApiPhase::Cancel;
            qint64 delay = backoff.backoffMs(rt.cancelRetries + 1, settings.maxBackoffMs);
            if (isRateLimit(*error))
                delay = rateLimitDelay(rt.task.profileId, *error);
            // A cancel can be repeated safely; transient failures get two more tries.
            if (isTransient(*error) && rt.cancelRetries < 2 && !TaskStates::isTerminal(rt.task.state)) {
                ++rt.cancelRetries;
                rt.cancelPending = true;
                setLastError(rt, *error, QStringLiteral("cancel_error"), update.excerpt);
                scheduleUrgentIn(rt, delay);
                return;
            }
            ApiError recorded = *error;
            if (transport)
                recorded.phase = ApiPhase::Cancel;
            setLastError(rt, recorded, QStringLiteral("cancel_failed"), update.excerpt);
            completeBulk(rt, false, recorded.message.isEmpty() ? recorded.code : recorded.message);
            scheduleNext(rt, pollDelay(rt));
            return;
        }
        rt.cancelRetries = 0;
        applyProgress(rt, update);
        if (!update.state) {
            // "Already terminal" (ALREADY_COMPLETED, IMAGE_TASK_ALREADY_TERMINAL, "can not cancel"):
            // not an error; look the task up at once and adopt what the provider says.
            addEvent(rt, rt.task.state, rt.task.state, QStringLiteral("cancel_too_late"), update.excerpt);
            rt.checkPending = true;
            completeBulk(rt, true, TaskEngine::tr("The task had already ended; its final state is adopted."));
            scheduleNext(rt, 0);
            return;
        }
        TaskState next = *update.state;
        if (next == TaskState::Queued || next == TaskState::Running || next == TaskState::Submitting)
            next = TaskState::Cancelling;
        transition(rt, next, QStringLiteral("cancel"), update.excerpt);
        completeBulk(rt, true, {});
        if (!rt.task.isTerminal())
            scheduleNext(rt, pollDelay(rt));
    }

    // --- actions --------------------------------------------------------------------------

    void beginAttempt(Runtime &rt, const QString &cause)
    {
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
        rt.errorCount = 0;
        rt.notFoundCount = 0;
        rt.submitRateRetries = 0;
        rt.cancelRetries = 0;
        rt.estimatedSeconds = -1;
        rt.resultPending = false;
        rt.checkPending = false;
        rt.cancelPending = false;
        rt.lastEventErrorCode.clear();
        rt.attemptStartMs = now();
        rt.submitPending = true;
        addEvent(rt, from, TaskState::Submitting, cause, {});
        scheduleUrgentIn(rt, 0);
    }

    bool startRetry(qint64 id, QString *error, BulkOperation *op)
    {
        Runtime *rt = findForAction(id, error);
        if (!rt)
            return false;
        const QString reason = q->retryBlockedReason(rt->task);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
        if (op && rt->bulk) {
            if (error)
                *error = TaskEngine::tr("Another bulk action is already working on this task.");
            return false;
        }
        rt->bulk = op;
        beginAttempt(*rt, QStringLiteral("retry"));
        return true;
    }

    bool startCancel(qint64 id, QString *error, BulkOperation *op)
    {
        Runtime *rt = findForAction(id, error);
        if (!rt)
            return false;
        const QString reason = q->cancelBlockedReason(rt->task);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
        if (rt->cancelPending) {
            if (error)
                *error = TaskEngine::tr("A cancel of this task is already on its way.");
            return false;
        }
        if (op && rt->bulk) {
            if (error)
                *error = TaskEngine::tr("Another bulk action is already working on this task.");
            return false;
        }
        rt->bulk = op;
        rt->cancelPending = true;
        rt->cancelRetries = 0;
        addEvent(*rt, rt->task.state, rt->task.state, QStringLiteral("cancel_requested"), {});
        if (rt->inFlight == Op::None)
            scheduleUrgentIn(*rt, 0);
        return true;
    }

    // --- bulk -----------------------------------------------------------------------------

    void scheduleBulk()
    {
        if (!bulkQueue.empty() && !bulkTimer.isActive())
            bulkTimer.start(0);
    }

    void pumpBulk()
    {
        // A slice per event-loop turn: refusals are cheap, but thousands of them in one go
        // would still hold up the GUI.
        int budget = 256;
        while (!bulkQueue.empty() && bulkActive < std::max(1, settings.bulkParallelism) && budget-- > 0) {
            const BulkItem item = bulkQueue.front();
            bulkQueue.pop_front();
            if (!item.op)
                continue;
            QString why;
            const bool started = item.op->kind() == BulkOperation::Kind::Cancel ? startCancel(item.id, &why, item.op)
                                                                               : startRetry(item.id, &why, item.op);
            if (started)
                ++bulkActive;
            else
                item.op->recordOutcome(item.id, {false, why});
        }
        if (!bulkQueue.empty() && bulkActive < std::max(1, settings.bulkParallelism))
            bulkTimer.start(0);
    }

    BulkOperation *startBulk(BulkOperation::Kind kind, const QList<qint64> &ids)
    {
        QList<qint64> unique;
        unique.reserve(ids.size());
        QSet<qint64> seen;
        seen.reserve(ids.size());
        for (qint64 id : ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                unique.append(id);
            }
        }
        auto *op = new BulkOperation(kind, unique, q);
        if (unique.isEmpty()) {
            QTimer::singleShot(0, op, [op] {
                emit op->finished();
                op->deleteLater();
            });
            return op;
        }
        for (qint64 id : std::as_const(unique))
            bulkQueue.push_back({op, id});
        scheduleBulk();
        return op;
    }

    // --- start-up -------------------------------------------------------------------------

    void applyProfile(const ProviderProfile &profile)
    {
        scheduler->setProfileLimit(profile.id, std::max(1, profile.maxConcurrent));
        scheduler->setProfileExempt(profile.id, isLoopback(profile.baseUrl));
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
    d->flushTimer.setSingleShot(true);
    connect(&d->flushTimer, &QTimer::timeout, this, [this] { d->flush(); });
    d->bulkTimer.setSingleShot(true);
    connect(&d->bulkTimer, &QTimer::timeout, this, [this] { d->pumpBulk(); });
    if (secrets) {
        connect(secrets, &SecretStore::notice, this, &TaskEngine::notice);
        connect(secrets, &SecretStore::loadingFinished, this, [this] { d->scheduler->pumpSoon(); });
    }
    if (http)
        http->setMaxBodyBytes(d->settings.maxBodyBytes);
}

TaskEngine::~TaskEngine()
{
    // Stop our own requests (their callbacks must not run any more) and save what is pending.
    for (auto &[id, rt] : d->tasks) {
        if (rt.inFlight != Op::None && rt.httpHandle && d->http)
            d->http->abort(rt.httpHandle);
    }
    d->flushStore();
}

void TaskEngine::setSettings(const EngineSettings &settings)
{
    d->settings = settings;
    d->scheduler->setGlobalLimit(settings.maxConcurrentRequests);
    if (d->http)
        d->http->setMaxBodyBytes(settings.maxBodyBytes);
    d->scheduleBulk();
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
        emit notice(tr("The task database is not available%1. Tasks are kept only until QueueLens quits.")
                        .arg(d->store && !d->store->lastError().isEmpty() ? QStringLiteral(": ") + d->store->lastError()
                                                                         : QString()));
    } else {
        const QList<ProviderProfile> stored = d->store->loadProfiles();
        for (const ProviderProfile &profile : stored) {
            if (!d->profiles.contains(profile.id))
                d->profileOrder.append(profile.id);
            d->profiles.insert(profile.id, profile);
            d->applyProfile(profile);
        }
        if (d->secrets)
            d->secrets->preload(stored);

        const QList<Task> loaded = d->store->loadTasks();
        for (const Task &task : loaded) {
            Private::Runtime &rt = d->adopt(task);
            d->added.append(task.id);
            if (rt.task.state == TaskState::Submitting) {
                if (!rt.task.remoteId.isEmpty()) {
                    d->transition(rt, TaskState::Queued, QStringLiteral("restart"), {});
                } else {
                    // The submit left but its answer never arrived: never resend it blindly.
                    rt.task.lastError = Private::clientError(
                        QStringLiteral("submit_outcome_unknown"), ApiPhase::Submit,
                        tr("QueueLens stopped before the submit was answered. The provider may have created the "
                           "task: use Check again, or look on the provider's website, before submitting again."));
                    d->transition(rt, TaskState::Unknown, QStringLiteral("restart"), {});
                }
            }
            if (TaskStates::needsPolling(rt.task.state)) {
                if (rt.task.remoteId.isEmpty())
                    continue;
                d->scheduleNext(rt, 0);
            }
        }
        if (!loaded.isEmpty())
            d->scheduleFlush();
    }
    d->watchReachability();
    emit profilesChanged();
}

QList<ProviderProfile> TaskEngine::profiles() const
{
    QList<ProviderProfile> list;
    list.reserve(d->profileOrder.size());
    for (const QString &id : std::as_const(d->profileOrder))
        list.append(d->profiles.value(id));
    return list;
}

bool TaskEngine::saveProfile(const ProviderProfile &profile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (profile.id.trimmed().isEmpty())
        return fail(tr("A profile needs an id."));
    if (!d->adapters || !d->adapters->adapter(profile.provider))
        return fail(tr("Unknown provider \"%1\".").arg(profile.provider));
    const QString scheme = profile.baseUrl.scheme();
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(tr("The base URL must be a full http:// or https:// address."));
    if (d->store && d->store->isOpen() && !d->store->saveProfile(profile))
        return fail(tr("The profile could not be saved: %1").arg(d->store->lastError()));
    if (!d->profiles.contains(profile.id))
        d->profileOrder.append(profile.id);
    d->profiles.insert(profile.id, profile);
    d->applyProfile(profile);
    if (d->secrets)
        d->secrets->preload({profile});
    emit profilesChanged();
    return true;
}

bool TaskEngine::removeProfile(const QString &profileId, QString *error)
{
    if (!d->profiles.contains(profileId)) {
        if (error)
            *error = tr("There is no profile \"%1\".").arg(profileId);
        return false;
    }
    int live = 0;
    for (const auto &[id, rt] : d->tasks) {
        if (rt.task.profileId == profileId && !rt.task.isTerminal())
            ++live;
    }
    if (live > 0) {
        if (error)
            *error = tr("%n task(s) of this profile are not finished yet. Cancel or remove them first.", nullptr, live);
        return false;
    }
    if (d->store && d->store->isOpen() && !d->store->removeProfile(profileId)) {
        if (error)
            *error = tr("The profile could not be removed: %1").arg(d->store->lastError());
        return false;
    }
    d->profiles.remove(profileId);
    d->profileOrder.removeAll(profileId);
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
    const Private::Runtime *rt = d->find(id);
    if (!rt)
        return std::nullopt;
    return rt->task;
}

QList<TaskEvent> TaskEngine::events(qint64 id) const
{
    if (!d->store || !d->store->isOpen())
        return {};
    d->flushStore();
    return d->store->events(id);
}

QList<TaskAttempt> TaskEngine::attempts(qint64 id) const
{
    if (!d->store || !d->store->isOpen())
        return {};
    d->flushStore();
    return d->store->attempts(id);
}

qint64 TaskEngine::submit(const QString &profileId, const TaskSpec &spec, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    const auto profileIt = d->profiles.constFind(profileId);
    if (profileIt == d->profiles.constEnd())
        return fail(tr("There is no profile \"%1\".").arg(profileId));
    const ProviderProfile &profile = *profileIt;
    const ProviderAdapter *adapter = d->adapters ? d->adapters->adapter(profile.provider) : nullptr;
    if (!adapter)
        return fail(tr("Unknown provider \"%1\".").arg(profile.provider));
    const QString invalid = adapter->validate(spec);
    if (!invalid.isEmpty())
        return fail(invalid);
    if (d->secrets && !d->secrets->hasKey(profile) && !d->secrets->isLoading())
        return fail(tr("No API key is set for the profile \"%1\". Enter it in the profile settings.")
                        .arg(profile.name.isEmpty() ? profile.id : profile.name));

    Task task;
    task.profileId = profile.id;
    task.provider = profile.provider;
    task.spec = spec;
    task.state = TaskState::Submitting;
    task.attempts = 1;
    task.createdAt = d->nowUtc();
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;

    TaskEvent created;
    created.attempt = 1;
    created.at = task.createdAt;
    created.from = TaskState::Submitting;
    created.to = TaskState::Submitting;
    created.cause = QStringLiteral("created");

    if (d->store && d->store->isOpen()) {
        // The row exists before the request leaves, so a crash can never lose the task.
        if (!d->store->insertTask(task, {created}))
            return fail(tr("The task could not be saved, so it was not sent: %1").arg(d->store->lastError()));
    } else {
        task.id = d->nextMemoryId++;
    }
    created.taskId = task.id;

    Private::Runtime &rt = d->adopt(task);
    rt.attemptStartMs = d->now();
    rt.submitPending = true;
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
    if (!rt)
        return false;
    if (rt->task.remoteId.isEmpty()) {
        if (error)
            *error = tr("The provider has not given this task an id yet, so it cannot be looked up.");
        return false;
    }
    const bool timedOutLocally = rt->task.state == TaskState::TimedOut && rt->task.lastError
                                 && rt->task.lastError->code == QLatin1String("client_deadline");
    if (!TaskStates::canCheckAgain(rt->task.state) && !timedOutLocally) {
        if (error)
            *error = tr("The task has ended; there is nothing to refresh.");
        return false;
    }
    rt->checkPending = true;
    if (rt->inFlight == Op::None)
        d->scheduleUrgentIn(*rt, 0);
    return true;
}

bool TaskEngine::checkAgain(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt)
        return false;
    if (rt->task.remoteId.isEmpty()) {
        if (error) {
            const ProviderAdapter *adapter = d->adapterOf(rt->task);
            const QString provider = adapter ? adapter->displayName() : rt->task.provider;
            *error = tr("%1 cannot look a task up without its id, and QueueLens never received an id for this task. "
                        "Look for it on the provider's website; use Submit anyway only if you are sure that no task "
                        "was created, because a second task may be billed.")
                         .arg(provider);
        }
        return false;
    }
    rt->notFoundCount = 0;
    return refresh(id, error);
}

bool TaskEngine::submitAnyway(qint64 id, QString *error)
{
    Private::Runtime *rt = d->findForAction(id, error);
    if (!rt)
        return false;
    if (rt->task.state != TaskState::Unknown) {
        if (error)
            *error = tr("Submit anyway is only for tasks whose submit outcome is unknown.");
        return false;
    }
    if (rt->inFlight != Op::None) {
        if (error)
            *error = tr("A request for this task is still on its way; try again in a moment.");
        return false;
    }
    const auto profile = d->profileOf(rt->task);
    if (!profile) {
        if (error)
            *error = tr("The profile \"%1\" of this task no longer exists.").arg(rt->task.profileId);
        return false;
    }
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
    if (d->store && d->store->isOpen() && !d->store->removeTasks({id})) {
        if (error)
            *error = tr("The task could not be removed: %1").arg(d->store->lastError());
        return false;
    }
    if (rt->inFlight != Op::None) {
        // Aborted requests never call back, so the scheduler is told here.
        d->http->abort(rt->httpHandle);
        d->scheduler->finished(rt->task.profileId);
    }
    d->scheduler->unschedule(id);
    d->completeBulk(*rt, false, tr("The task was removed."));
    d->tasks.erase(id);
    d->dirty.remove(id);
    d->changed.remove(id);
    d->unsavedEvents.removeIf([id](const TaskEvent &event) { return event.taskId == id; });
    d->removed.append(id);
    d->scheduleFlush();
    emit activityChanged();
    return true;
}

qint64 TaskEngine::track(const QString &profileId, const QString &remoteId, const TaskSpec &spec, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    const auto profileIt = d->profiles.constFind(profileId);
    if (profileIt == d->profiles.constEnd())
        return fail(tr("There is no profile \"%1\".").arg(profileId));
    if (remoteId.trimmed().isEmpty())
        return fail(tr("Enter the provider's task id."));
    Task task;
    task.profileId = profileId;
    task.provider = profileIt->provider;
    task.spec = spec;
    task.remoteId = remoteId.trimmed();
    task.state = TaskState::Queued;
    task.createdAt = d->nowUtc();
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    TaskEvent event;
    event.at = task.createdAt;
    event.from = TaskState::Queued;
    event.to = TaskState::Queued;
    event.cause = QStringLiteral("tracked");
    event.excerpt = task.remoteId;
    if (d->store && d->store->isOpen()) {
        if (!d->store->insertTask(task, {event}))
            return fail(tr("The task could not be saved: %1").arg(d->store->lastError()));
    } else {
        task.id = d->nextMemoryId++;
    }
    event.taskId = task.id;
    Private::Runtime &rt = d->adopt(task);
    d->added.append(task.id);
    d->unannouncedEvents.append(event);
    d->changed.insert(task.id);
    d->scheduleFlush();
    rt.checkPending = true;
    d->scheduleNext(rt, 0);
    return task.id;
}

QString TaskEngine::cancelBlockedReason(const Task &task) const
{
    const ProviderAdapter *adapter = d->adapterOf(task);
    if (!adapter)
        return tr("No adapter for provider \"%1\".").arg(task.provider);
    const ProviderCapabilities capabilities = adapter->capabilities();
    if (!capabilities.canCancel)
        return capabilities.cancelUnsupportedReason.isEmpty()
                   ? tr("%1 has no way to cancel a task.").arg(adapter->displayName())
                   : capabilities.cancelUnsupportedReason;
    switch (task.state) {
    case TaskState::Cancelling:
        return tr("The provider is already cancelling this task.");
    case TaskState::Submitting:
        return tr("The submit has not been answered yet; cancel once the task has an id.");
    case TaskState::Unknown:
        return tr("QueueLens does not know whether this task exists; use Check again first.");
    default:
        break;
    }
    if (task.isTerminal())
        return tr("The task has already ended.");
    if (!TaskStates::canCancel(task.state))
        return tr("The task cannot be cancelled in its current state.");
    if (task.state == TaskState::Running && !capabilities.canCancelWhileRunning)
        return tr("%1 can only cancel a task that has not started running yet.").arg(adapter->displayName());
    if (task.remoteId.isEmpty())
        return tr("The task has no provider id yet.");
    if (const auto *rt = d->find(task.id); rt && rt->cancelPending)
        return tr("A cancel of this task is already on its way.");
    return {};
}

QString TaskEngine::retryBlockedReason(const Task &task) const
{
    if (task.state == TaskState::Unknown)
        return tr("The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was "
                  "created.");
    if (!TaskStates::canRetry(task.state))
        return tr("Only failed, cancelled, timed-out, rejected or lost tasks can be retried.");
    const auto profile = d->profileOf(task);
    if (!profile)
        return tr("The profile \"%1\" of this task no longer exists.").arg(task.profileId);
    if (!d->adapterOf(task))
        return tr("No adapter for provider \"%1\".").arg(task.provider);
    if (d->secrets && !d->secrets->hasKey(*profile) && !d->secrets->isLoading())
        return tr("No API key is set for the profile \"%1\".").arg(profile->name.isEmpty() ? profile->id : profile->name);
    if (const auto *rt = d->find(task.id); rt && rt->inFlight != Op::None)
        return tr("A request for this task is still on its way; try again in a moment.");
    return {};
}

BulkOperation *TaskEngine::cancelMany(const QList<qint64> &ids)
{
    return d->startBulk(BulkOperation::Kind::Cancel, ids);
}

BulkOperation *TaskEngine::retryMany(const QList<qint64> &ids)
{
    return d->startBulk(BulkOperation::Kind::Retry, ids);
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
    return d->networkDown;
}

int TaskEngine::requestsInFlight() const
{
    return d->scheduler->inFlight();
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
