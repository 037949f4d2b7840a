// AnswerInterpreter: what each provider's answers mean for a task in each state. The updates
// come from the real adapters reading realistic reply bodies (as in tests/providers), so a
// change of either side shows up here.

#include "engine/answerinterpreter.h"
#include "engine/errorpolicy.h"

#include "builtinproviders.h"
#include "provideradapterregistry.h"

#include <QTest>

namespace {

QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

const ProviderAdapterRegistry &registry()
{
    static const ProviderAdapterRegistry adapters = [] {
        ProviderAdapterRegistry r;
        registerBuiltinProviders(r);
        return r;
    }();
    return adapters;
}

const ProviderAdapter &adapter(const QString &provider)
{
    const ProviderAdapter *found = registry().adapter(provider);
    if (!found)
        qFatal("no adapter %s", qPrintable(provider));
    return *found;
}

TaskState state(const QString &id)
{
    const auto found = TaskStates::fromId(id);
    if (!found)
        qFatal("no state %s", qPrintable(id));
    return *found;
}

Task taskIn(const QString &provider, TaskState taskState, const QString &remoteId = QStringLiteral("r1"))
{
    Task task;
    task.id = 7;
    task.provider = provider;
    task.profileId = QStringLiteral("p-") + provider;
    task.remoteId = taskState == TaskState::Submitting ? QString() : remoteId;
    task.spec.model = QStringLiteral("m");
    task.spec.prompt = QStringLiteral("a cat");
    task.state = taskState;
    task.attempts = 1;
    return task;
}

// A task our own deadline ended (what TaskEngine's timeOut() leaves behind).
Task timedOutByClient(const QString &provider)
{
    Task task = taskIn(provider, TaskState::TimedOut);
    task.lastError = ErrorPolicy::clientError(QStringLiteral("client_deadline"), ApiPhase::Poll, QStringLiteral("late"));
    return task;
}

AnswerContext contextFor(const Task &task, TaskRuntimeFlags flags = {})
{
    return AnswerContext{task, flags, &adapter(task.provider), EngineSettings{}};
}

ProviderReply reply(int status, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers = {})
{
    ProviderReply r;
    r.httpStatus = status;
    r.body = body;
    r.headers = headers;
    return r;
}

ProviderAnswer submitReply(const QString &provider, int status, const QByteArray &body,
                           const QHash<QByteArray, QByteArray> &headers = {})
{
    return ProviderAnswer::replied(status, adapter(provider).parseSubmit(reply(status, body, headers)));
}

ProviderAnswer statusReply(const Task &task, int status, const QByteArray &body)
{
    return ProviderAnswer::replied(status, adapter(task.provider).parseStatus(reply(status, body), task));
}

ProviderAnswer resultReply(const Task &task, int status, const QByteArray &body)
{
    return ProviderAnswer::replied(status, adapter(task.provider).parseResult(reply(status, body), task));
}

ProviderAnswer cancelReply(const Task &task, int status, const QByteArray &body)
{
    return ProviderAnswer::replied(status, adapter(task.provider).parseCancel(reply(status, body), task));
}

ApiError transportError(const QString &code)
{
    ApiError error = ErrorPolicy::clientError(code, ApiPhase::Transport, QStringLiteral("transport: ") + code);
    error.phase = ApiPhase::Transport;
    return error;
}

QString nextId(NextCall next)
{
    switch (next) {
    case NextCall::None: return QStringLiteral("none");
    case NextCall::Now: return QStringLiteral("now");
    case NextCall::PollDelay: return QStringLiteral("poll");
    case NextCall::PollInterval: return QStringLiteral("interval");
    case NextCall::Backoff: return QStringLiteral("backoff");
    case NextCall::LongPause: return QStringLiteral("pause");
    case NextCall::RateLimit: return QStringLiteral("ratelimit");
    }
    return {};
}

QString errorUseId(const AnswerVerdict &verdict)
{
    switch (verdict.errorUse) {
    case AnswerVerdict::ErrorUse::None: return QStringLiteral("-");
    case AnswerVerdict::ErrorUse::Verdict: return QStringLiteral("verdict");
    case AnswerVerdict::ErrorUse::Passing: return QStringLiteral("passing");
    }
    return {};
}

QString bulkId(const AnswerVerdict &verdict)
{
    if (!verdict.completesBulk)
        return QStringLiteral("-");
    return verdict.bulkOk ? QStringLiteral("ok") : QStringLiteral("failed");
}

// The state the task is in once the verdict is applied.
QString reachedId(const AnswerVerdict &verdict, TaskState from)
{
    return TaskStates::id(verdict.stateChanges ? *verdict.nextState : from);
}

} // namespace

class TestEngineAnswers : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();

    void submitAcceptedCarriesTheIdAndProgress();
    void submitWithoutIdIsUnknown();
    void submitTransportFailures_data();
    void submitTransportFailures();
    void submitRateLimitWithinBudget_data();
    void submitRateLimitWithinBudget();
    void submitRateLimitBeyondBudgetIsRefused();
    void successWaitsForTheResult();
    void successWithResultNeededIsDeferred();
    void cancellingStaysCancellingUntilTheProviderStops_data();
    void cancellingStaysCancellingUntilTheProviderStops();
    void notFoundCountsTowardsLost_data();
    void notFoundCountsTowardsLost();
    void notFoundOfADormantTaskIsOnlyNoted_data();
    void notFoundOfADormantTaskIsOnlyNoted();
    void reopenAfterClientDeadline();
    void providerTimeoutIsNotReopened();
    void checkOfUnknownTask();
    void pollErrorsBackOff();
    void pollTransportErrorBacksOff();
    void cancelAlreadyTerminalChecksAgain_data();
    void cancelAlreadyTerminalChecksAgain();
    void cancelTransientErrorsRetryTwice();
    void cancelRateLimitPausesTheProfile();
    void cancelOfEndedTaskIsNotRetried();
    void mergeProgressTakesOnlyNews();
};

// One row: a provider's answer to one call of a task in one state, and what it must mean.
void TestEngineAnswers::verdicts_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("call");       // submit, status, result, cancel
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("check");         // an explicit status request (refresh, check again)
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reached");    // state once applied
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("errorUse");   // -, verdict, passing
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("bulk");       // -, ok, failed
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("urgent");

    const auto row = [](const char *name, const char *provider, const char *call, const char *from, bool check,
                        int status, const QByteArray &body, const char *reached, const char *cause,
                        const char *errorUse, const char *errorCode, const char *bulk, const char *next,
                        bool urgent = false) {
        QTest::newRow(name) << QString::fromLatin1(provider) << QString::fromLatin1(call) << QString::fromLatin1(from)
                            << check << status << body << QString::fromLatin1(reached) << QString::fromLatin1(cause)
                            << QString::fromLatin1(errorUse) << QString::fromLatin1(errorCode)
                            << QString::fromLatin1(bulk) << QString::fromLatin1(next) << urgent;
    };

    // --- submit: accepted ------------------------------------------------------------------
    row("seaart submit accepted", "seaart", "submit", "submitting", false, 200,
        j("{'request_id':'mmsu_01','response_url':'http://h/r','status_url':'http://h/s','cancel_url':'http://h/c','queue_position':0}"),
        "queued", "submitted", "-", "", "ok", "poll");
    row("foxapi submit running at once", "foxapi", "submit", "submitting", false, 200,
        j("{'id':'t','status':'processing','progress':10}"), "running", "submitted", "-", "", "ok", "poll");
    row("newapi submit unknown is queued", "newapi", "submit", "submitting", false, 200,
        j("{'id':'task_abc','status':'unknown'}"), "queued", "submitted", "-", "", "ok", "poll");
    row("llmapi submit 202", "llmapi", "submit", "submitting", false, 202,
        j("{'id':'imgtask_1','task_id':'imgtask_1','object':'image.task','status':'queued','model':'gpt-image-2','n':1}"),
        "queued", "submitted", "-", "", "ok", "poll");
    row("vidu submit created", "vidu", "submit", "submitting", false, 200,
        j("{'task_id':'8171234','state':'created','model':'viduq1','prompt':'a dragon','duration':5,'credits':20}"),
        "queued", "submitted", "-", "", "ok", "poll");

    // --- submit: refused (no task exists) --------------------------------------------------
    row("seaart submit 401", "seaart", "submit", "submitting", false, 401,
        j("{'error':{'code':'UNAUTHORIZED','message':'bad key'},'request_id':'x'}"), "rejected", "submit_refused",
        "verdict", "UNAUTHORIZED", "failed", "none");
    row("seaart submit 400 webhook", "seaart", "submit", "submitting", false, 400, j("{'detail':'webhook not supported'}"),
        "rejected", "submit_refused", "verdict", "webhook not supported", "failed", "none");
    row("foxapi submit 402", "foxapi", "submit", "submitting", false, 402,
        j("{'error':{'message':'Insufficient balance','code':'insufficient_balance'}}"), "rejected", "submit_refused",
        "verdict", "insufficient_balance", "failed", "none");
    row("newapi submit quota 403", "newapi", "submit", "submitting", false, 403,
        j("{'error':{'message':'user quota is not enough (request id: R1)','type':'new_api_error','code':'insufficient_user_quota'}}"),
        "rejected", "submit_refused", "verdict", "insufficient_user_quota", "failed", "none");
    row("newapi submit 503 no channel", "newapi", "submit", "submitting", false, 503,
        j("{'error':{'message':'no channel (request id: R2)','type':'new_api_error','code':'model_not_found'}}"),
        "rejected", "submit_refused", "verdict", "model_not_found", "failed", "none");
    row("llmapi submit 400 invalid", "llmapi", "submit", "submitting", false, 400,
        j("{'error':{'type':'IMAGE_TASK_INVALID_REQUEST','message':'size not allowed'}}"), "rejected", "submit_refused",
        "verdict", "IMAGE_TASK_INVALID_REQUEST", "failed", "none");
    row("llmapi submit 503 disabled", "llmapi", "submit", "submitting", false, 503,
        j("{'error':{'type':'IMAGE_TASKS_DISABLED','message':'off'}}"), "rejected", "submit_refused", "verdict",
        "IMAGE_TASKS_DISABLED", "failed", "none");
    row("vidu submit 400 credit", "vidu", "submit", "submitting", false, 400,
        j("{'code':400,'reason':'CreditInsufficient','message':'not enough','metadata':{'trace_id':'t2'}}"), "rejected",
        "submit_refused", "verdict", "CreditInsufficient", "failed", "none");

    // --- submit: no clear answer (a task may exist) ---------------------------------------
    row("seaart submit 200 without id", "seaart", "submit", "submitting", false, 200, j("{'status':'IN_QUEUE'}"),
        "unknown", "submit_unknown", "verdict", "submit_outcome_unknown", "failed", "none");
    row("seaart submit 502 html", "seaart", "submit", "submitting", false, 502,
        QByteArray("<html><body>Bad gateway</body></html>"), "unknown", "submit_unknown", "verdict",
        "submit_outcome_unknown", "failed", "none");
    row("foxapi submit html 200", "foxapi", "submit", "submitting", false, 200, QByteArray("<html>hi</html>"), "unknown",
        "submit_unknown", "verdict", "submit_outcome_unknown", "failed", "none");
    row("newapi submit error wrapped in 200", "newapi", "submit", "submitting", false, 200,
        j("{'code':'invalid_request','message':'prompt is required','data':null}"), "unknown", "submit_unknown",
        "verdict", "submit_outcome_unknown", "failed", "none");
    row("llmapi submit 202 without id", "llmapi", "submit", "submitting", false, 202, j("{'status':'queued'}"), "unknown",
        "submit_unknown", "verdict", "submit_outcome_unknown", "failed", "none");
    row("vidu submit without id", "vidu", "submit", "submitting", false, 200, j("{'state':'created'}"), "unknown",
        "submit_unknown", "verdict", "submit_outcome_unknown", "failed", "none");

    // --- status: live tasks ---------------------------------------------------------------
    row("seaart queued", "seaart", "status", "queued", false, 200, j("{'status':'IN_QUEUE','queue_position':2}"),
        "queued", "poll", "-", "", "-", "poll");
    row("seaart queued to running", "seaart", "status", "queued", false, 200, j("{'status':'IN_PROGRESS'}"), "running",
        "poll", "-", "", "-", "poll");
    row("seaart completed fetches the result", "seaart", "status", "running", false, 200,
        j("{'status':'COMPLETED','metrics':{'inference_time':1.5}}"), "running", "", "-", "", "-", "now");
    row("seaart in-task failure", "seaart", "status", "running", false, 200,
        j("{'status':'COMPLETED','error':'nsfw','error_type':'CONTENT_BLOCKED'}"), "failed", "poll", "verdict",
        "CONTENT_BLOCKED", "failed", "none");
    row("foxapi completed", "foxapi", "status", "running", false, 200,
        j("{'status':'completed','results':['https://cdn.example/a.png']}"), "succeeded", "poll", "-", "", "failed",
        "none");
    row("foxapi provider timeout", "foxapi", "status", "running", false, 200,
        j("{'status':'failed','error':{'code':'timeout','message':'slow'}}"), "timed_out", "poll", "verdict", "timeout",
        "failed", "none");
    row("newapi unknown is not terminal", "newapi", "status", "running", false, 200,
        j("{'id':'task_abc','status':'unknown','progress':0}"), "queued", "poll", "-", "", "-", "poll");
    row("newapi completed", "newapi", "status", "running", false, 200,
        j("{'task_id':'task_abc','status':'completed','url':'https://cdn.example/v.mp4'}"), "succeeded", "poll", "-", "",
        "failed", "none");
    row("llmapi failed", "llmapi", "status", "running", false, 200,
        j("{'status':'failed','error':{'type':'api_error','message':'upstream returned no generated images'},'http_status':502}"),
        "failed", "poll", "verdict", "api_error", "failed", "none");
    row("llmapi canceled", "llmapi", "status", "running", false, 200, j("{'status':'canceled'}"), "cancelled", "poll",
        "verdict", "canceled", "ok", "none");
    row("vidu processing", "vidu", "status", "queued", false, 200, j("{'state':'processing','err_code':''}"), "running",
        "poll", "-", "", "-", "poll");
    row("vidu success", "vidu", "status", "running", false, 200,
        j("{'state':'success','creations':[{'url':'https://cdn.example/1.mp4'}]}"), "succeeded", "poll", "-", "",
        "failed", "none");

    // --- status: problems on the way -------------------------------------------------------
    row("seaart 500", "seaart", "status", "running", false, 500, j("{'detail':'Runtime execution failed'}"), "running",
        "poll_error", "passing", "Runtime execution failed", "-", "backoff");
    row("foxapi 500", "foxapi", "status", "running", false, 500,
        j("{'error':{'message':'oops','type':'server_error','code':'internal_error'}}"), "running", "poll_error",
        "passing", "internal_error", "-", "backoff");
    row("llmapi 401 asks rarely", "llmapi", "status", "running", false, 401,
        j("{'error':{'type':'authentication_error','message':'bad key'}}"), "running", "poll_error", "passing",
        "authentication_error", "-", "pause");
    row("newapi 500 channel", "newapi", "status", "queued", false, 500,
        j("{'error':{'message':'x (request id: Q)','type':'new_api_error','code':'get_channel_failed'}}"), "queued",
        "poll_error", "passing", "get_channel_failed", "-", "backoff");
    row("vidu 429 on status", "vidu", "status", "running", false, 429,
        j("{'code':429,'reason':'QuotaExceeded','message':'concurrency','metadata':{'trace_id':'t4'}}"), "running",
        "poll_error", "passing", "QuotaExceeded", "-", "ratelimit");
    row("vidu unreadable state", "vidu", "status", "running", false, 200, j("{'state':'melting'}"), "running",
        "poll_error", "passing", "unexpected_response", "-", "backoff");

    // --- status: ended, dormant and explicit checks ---------------------------------------
    row("succeeded task stays succeeded", "foxapi", "status", "succeeded", false, 200,
        j("{'id':'t','status':'processing','progress':40}"), "succeeded", "poll", "-", "", "-", "none");
    row("check finds unknown task running", "llmapi", "status", "unknown", true, 200,
        j("{'task_id':'imgtask_1','status':'running'}"), "running", "check", "-", "", "-", "poll");
    row("check finds lost task done", "vidu", "status", "lost", true, 200,
        j("{'state':'success','creations':[{'url':'https://cdn.example/1.mp4'}]}"), "succeeded", "check", "-", "",
        "failed", "none");
    row("check of completed seaart fetches at once", "seaart", "status", "queued", true, 200,
        j("{'status':'COMPLETED'}"), "queued", "", "-", "", "-", "now", true);

    // --- result ----------------------------------------------------------------------------
    row("seaart result", "seaart", "result", "running", false, 200,
        j("{'request_id':'r','outputs':[{'type':'image','url':'https://cdn.example/0.png','content_type':'image/png'}]}"),
        "succeeded", "result", "-", "", "failed", "none");
    row("seaart result not ready", "seaart", "result", "running", false, 202, j("{'status':'IN_PROGRESS'}"), "running",
        "", "-", "", "-", "poll");
    row("seaart result without outputs", "seaart", "result", "running", false, 200, j("{'outputs':[]}"), "failed",
        "result", "verdict", "unexpected_response", "failed", "none");

    // --- cancel ----------------------------------------------------------------------------
    row("seaart cancel requested", "seaart", "cancel", "running", false, 202, j("{'status':'CANCELLATION_REQUESTED'}"),
        "cancelling", "cancel", "-", "", "ok", "poll");
    row("llmapi cancel running", "llmapi", "cancel", "queued", false, 200, j("{'task_id':'imgtask_1','status':'running'}"),
        "cancelling", "cancel", "-", "", "ok", "poll");
    row("llmapi cancelled at once", "llmapi", "cancel", "running", false, 200,
        j("{'task_id':'imgtask_1','status':'canceled'}"), "cancelled", "cancel", "-", "", "ok", "none");
    row("vidu cancel accepted", "vidu", "cancel", "queued", false, 200, j("{}"), "cancelling", "cancel", "-", "", "ok",
        "poll");
    row("seaart cancel 401", "seaart", "cancel", "running", false, 401,
        j("{'error':{'code':'UNAUTHORIZED','message':'no'}}"), "running", "cancel_failed", "passing", "UNAUTHORIZED",
        "failed", "poll");
    row("llmapi cancel conflict", "llmapi", "cancel", "running", false, 409,
        j("{'error':{'type':'conflict','message':'busy'}}"), "running", "cancel_failed", "passing", "conflict", "failed",
        "poll");
    row("vidu cancel 404", "vidu", "cancel", "queued", false, 404,
        j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'t'}}"), "queued",
        "cancel_failed", "passing", "TaskNotFound", "failed", "poll");
    row("seaart cancel html 200 is retried", "seaart", "cancel", "running", false, 200, QByteArray("<html>hi</html>"),
        "running", "cancel_error", "passing", "malformed_response", "-", "backoff", true);
}

void TestEngineAnswers::verdicts()
{
    QFETCH(QString, provider);
    QFETCH(QString, call);
    QFETCH(QString, from);
    QFETCH(bool, check);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, reached);
    QFETCH(QString, cause);
    QFETCH(QString, errorUse);
    QFETCH(QString, errorCode);
    QFETCH(QString, bulk);
    QFETCH(QString, next);
    QFETCH(bool, urgent);

    const Task task = taskIn(provider, state(from));
    TaskRuntimeFlags flags;
    flags.checkPending = check;
    flags.submitPending = call == QLatin1String("submit");
    flags.resultPending = call == QLatin1String("result");
    const AnswerContext context = contextFor(task, flags);

    AnswerVerdict verdict;
    if (call == QLatin1String("submit"))
        verdict = AnswerInterpreter::submitAnswer(context, submitReply(provider, status, body));
    else if (call == QLatin1String("status"))
        verdict = AnswerInterpreter::pollAnswer(context, AnswerInterpreter::PollCall::Status, statusReply(task, status, body));
    else if (call == QLatin1String("result"))
        verdict = AnswerInterpreter::pollAnswer(context, AnswerInterpreter::PollCall::Result, resultReply(task, status, body));
    else
        verdict = AnswerInterpreter::cancelAnswer(context, cancelReply(task, status, body));

    QCOMPARE(reachedId(verdict, task.state), reached);
    QCOMPARE(verdict.cause, cause);
    QCOMPARE(errorUseId(verdict), errorUse);
    QCOMPARE(verdict.error ? verdict.error->code : QString(), errorCode);
    QCOMPARE(bulkId(verdict), bulk);
    QCOMPARE(nextId(verdict.next), next);
    QCOMPARE(verdict.urgent, urgent);
    // Invariants of every verdict.
    QVERIFY(!verdict.flags.checkPending || call == QLatin1String("cancel"));
    if (call == QLatin1String("result"))
        QVERIFY(!verdict.fetchesResult());
    if (verdict.stateChanges)
        QVERIFY(TaskStates::isValidTransition(task.state, *verdict.nextState) || verdict.forceTransition);
    if (TaskStates::isTerminal(state(reached)))
        QVERIFY(!verdict.flags.submitPending && !verdict.flags.cancelPending);
}

void TestEngineAnswers::submitAcceptedCarriesTheIdAndProgress()
{
    const Task task = taskIn(QStringLiteral("seaart"), TaskState::Submitting);
    TaskRuntimeFlags flags;
    flags.submitPending = true;
    flags.submitRateRetries = 2;
    flags.errorCount = 4;
    const AnswerVerdict verdict = AnswerInterpreter::submitAnswer(
        contextFor(task, flags),
        submitReply(QStringLiteral("seaart"), 200,
                    j("{'request_id':'mmsu_01','status_url':'http://h/s','status':'IN_QUEUE','queue_position':3}")));
    QCOMPARE(verdict.acceptedRemoteId, QStringLiteral("mmsu_01"));
    QVERIFY(verdict.mergeProgress);
    QVERIFY(verdict.excerpt.startsWith(QStringLiteral("request id mmsu_01 ")));
    QVERIFY(!verdict.flags.submitPending);
    QCOMPARE(verdict.flags.submitRateRetries, 0);
    QCOMPARE(verdict.flags.errorCount, 0);
    QVERIFY(!verdict.becomesUnknown());
    QVERIFY(!verdict.becomesRejected());
    QVERIFY(!verdict.retriesSubmit());
    QVERIFY(!verdict.rateLimited);
}

void TestEngineAnswers::submitWithoutIdIsUnknown()
{
    // An update without error and without id (no built-in adapter sends one, but an adapter may).
    const Task task = taskIn(QStringLiteral("vidu"), TaskState::Submitting);
    TaskUpdate update;
    update.state = TaskState::Queued;
    const AnswerVerdict verdict =
        AnswerInterpreter::submitAnswer(contextFor(task), ProviderAnswer::replied(201, update));
    QVERIFY(verdict.becomesUnknown());
    QCOMPARE(verdict.error->code, QStringLiteral("submit_outcome_unknown"));
    QVERIFY2(verdict.error->message.contains(QStringLiteral("HTTP 201")), qPrintable(verdict.error->message));
    QVERIFY(verdict.acceptedRemoteId.isEmpty());
}

void TestEngineAnswers::submitTransportFailures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reached");
    QTest::newRow("refused: never left") << "connection_refused" << "rejected";
    QTest::newRow("dns: never left") << "host_not_found" << "rejected";
    QTest::newRow("tls: never left") << "tls_error" << "rejected";
    QTest::newRow("timeout: may exist") << "connection_timeout" << "unknown";
    QTest::newRow("dropped: may exist") << "connection_closed" << "unknown";
}

void TestEngineAnswers::submitTransportFailures()
{
    QFETCH(QString, code);
    QFETCH(QString, reached);
    for (const QString &provider : registry().providerIds()) {
        const Task task = taskIn(provider, TaskState::Submitting);
        TaskRuntimeFlags flags;
        flags.submitPending = true;
        const AnswerVerdict verdict =
            AnswerInterpreter::submitAnswer(contextFor(task, flags), ProviderAnswer::failed(transportError(code)));
        QCOMPARE(reachedId(verdict, task.state), reached);
        QVERIFY(!verdict.retriesSubmit());   // never resent blindly
        QCOMPARE(verdict.errorUse, AnswerVerdict::ErrorUse::Verdict);
        QCOMPARE(verdict.error->phase, ApiPhase::Submit);
        QCOMPARE(bulkId(verdict), QStringLiteral("failed"));
        QCOMPARE(verdict.next, NextCall::None);
        if (verdict.becomesUnknown()) {
            QCOMPARE(verdict.error->code, QStringLiteral("submit_outcome_unknown"));
            QVERIFY(verdict.error->message.contains(QStringLiteral("transport: ") + code));
            QVERIFY(verdict.excerpt.startsWith(code + QStringLiteral(": ")));
        } else {
            QVERIFY(verdict.becomesRejected());
            QCOMPARE(verdict.error->code, code);
        }
    }
}

void TestEngineAnswers::submitRateLimitWithinBudget_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("seaart") << "seaart" << j("{'error':{'code':'RATE_LIMIT_EXCEEDED','message':'slow down'}}");
    QTest::newRow("foxapi") << "foxapi"
                            << j("{'error':{'message':'Too many','type':'rate_limit_error','code':'rate_limit_exceeded'}}");
    QTest::newRow("newapi") << "newapi"
                            << j("{'error':{'message':'limit reached (request id: R3)','type':'new_api_error','code':''}}");
    QTest::newRow("llmapi") << "llmapi" << j("{'error':{'type':'IMAGE_TASK_QUEUE_LIMIT_EXCEEDED','message':'queue full'}}");
    QTest::newRow("vidu") << "vidu"
                          << j("{'code':429,'reason':'QuotaExceeded','message':'concurrency','metadata':{'trace_id':'t4'}}");
}

void TestEngineAnswers::submitRateLimitWithinBudget()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    const Task task = taskIn(provider, TaskState::Submitting);
    EngineSettings settings;
    for (int used = 0; used < settings.submitRateLimitRetries; ++used) {
        TaskRuntimeFlags flags;
        flags.submitPending = true;
        flags.submitRateRetries = used;
        const AnswerVerdict verdict = AnswerInterpreter::submitAnswer(
            contextFor(task, flags), submitReply(provider, 429, body, {{QByteArrayLiteral("retry-after"), "7"}}));
        QVERIFY(verdict.retriesSubmit());
        QVERIFY(verdict.rateLimited);
        QCOMPARE(verdict.flags.submitRateRetries, used + 1);
        QVERIFY(!verdict.nextState);
        QCOMPARE(verdict.errorUse, AnswerVerdict::ErrorUse::Passing);
        QCOMPARE(verdict.cause, QStringLiteral("submit_rate_limited"));
        QVERIFY(!verdict.completesBulk);
        QCOMPARE(verdict.next, NextCall::RateLimit);
        QVERIFY(verdict.urgent);
    }
}

void TestEngineAnswers::submitRateLimitBeyondBudgetIsRefused()
{
    for (const QString &provider : {QStringLiteral("foxapi"), QStringLiteral("llmapi")}) {
        const QByteArray body = provider == QLatin1String("foxapi")
                                    ? j("{'error':{'message':'Too many','type':'rate_limit_error','code':'rate_limit_exceeded'}}")
                                    : j("{'error':{'type':'IMAGE_TASK_QUEUE_LIMIT_EXCEEDED','message':'queue full'}}");
        const Task task = taskIn(provider, TaskState::Submitting);
        TaskRuntimeFlags flags;
        flags.submitPending = true;
        flags.submitRateRetries = EngineSettings{}.submitRateLimitRetries;
        const AnswerVerdict verdict =
            AnswerInterpreter::submitAnswer(contextFor(task, flags), submitReply(provider, 429, body));
        QVERIFY(!verdict.retriesSubmit());
        QVERIFY(verdict.rateLimited);   // the profile still pauses: the limit is per key
        QVERIFY(verdict.becomesRejected());
        QCOMPARE(bulkId(verdict), QStringLiteral("failed"));
        QCOMPARE(verdict.next, NextCall::None);
    }
    // A budget of zero gives up on the first 429.
    const Task task = taskIn(QStringLiteral("vidu"), TaskState::Submitting);
    AnswerContext context = contextFor(task);
    context.settings.submitRateLimitRetries = 0;
    const AnswerVerdict verdict = AnswerInterpreter::submitAnswer(
        context, submitReply(QStringLiteral("vidu"), 429,
                             j("{'code':429,'reason':'QuotaExceeded','message':'concurrency','metadata':{'trace_id':'t4'}}")));
    QVERIFY(verdict.becomesRejected());
}

void TestEngineAnswers::successWaitsForTheResult()
{
    // SeaArt: COMPLETED on /status means "fetch /response"; success comes only with the outputs.
    Task task = taskIn(QStringLiteral("seaart"), TaskState::Running);
    task.remoteData.insert(QStringLiteral("response_url"), QStringLiteral("http://h/r"));
    AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(task), AnswerInterpreter::PollCall::Status,
                                                          statusReply(task, 200, j("{'status':'COMPLETED'}")));
    QVERIFY(!verdict.stateChanges);
    QVERIFY(verdict.fetchesResult());
    QCOMPARE(verdict.next, NextCall::Now);
    QVERIFY(!verdict.urgent);

    // The submit answer may already say COMPLETED: queued, result fetched at once.
    const Task fresh = taskIn(QStringLiteral("seaart"), TaskState::Submitting);
    verdict = AnswerInterpreter::submitAnswer(contextFor(fresh),
                                              submitReply(QStringLiteral("seaart"), 200,
                                                          j("{'request_id':'r','status':'COMPLETED'}")));
    QCOMPARE(reachedId(verdict, fresh.state), QStringLiteral("queued"));
    QVERIFY(verdict.fetchesResult());
    QCOMPARE(verdict.next, NextCall::Now);

    // Adapters without a result call never fetch one, even when asked to.
    const Task fox = taskIn(QStringLiteral("foxapi"), TaskState::Running);
    TaskUpdate update;
    update.fetchResult = true;
    verdict = AnswerInterpreter::pollAnswer(contextFor(fox), AnswerInterpreter::PollCall::Status,
                                            ProviderAnswer::replied(200, update));
    QVERIFY(!verdict.fetchesResult());
    QCOMPARE(verdict.next, NextCall::PollDelay);

    // A result answer never asks for another result.
    TaskRuntimeFlags flags;
    flags.resultPending = true;
    verdict = AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Result,
                                            resultReply(task, 200, j("{'status':'COMPLETED'}")));
    QVERIFY(!verdict.fetchesResult());
}

void TestEngineAnswers::successWithResultNeededIsDeferred()
{
    // A protocol that says "succeeded" but needs a result call: Running until the outputs arrive.
    TaskUpdate update;
    update.state = TaskState::Succeeded;
    update.fetchResult = true;
    const Task running = taskIn(QStringLiteral("seaart"), TaskState::Queued);
    AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(running), AnswerInterpreter::PollCall::Status,
                                                          ProviderAnswer::replied(200, update));
    QCOMPARE(*verdict.nextState, TaskState::Running);
    QVERIFY(verdict.fetchesResult());
    QVERIFY(!verdict.completesBulk);

    const Task cancelling = taskIn(QStringLiteral("seaart"), TaskState::Cancelling);
    verdict = AnswerInterpreter::pollAnswer(contextFor(cancelling), AnswerInterpreter::PollCall::Status,
                                            ProviderAnswer::replied(200, update));
    QCOMPARE(*verdict.nextState, TaskState::Cancelling);
    QVERIFY(!verdict.stateChanges);
    QVERIFY(verdict.fetchesResult());

    update.remoteId = QStringLiteral("r9");
    const Task submitting = taskIn(QStringLiteral("seaart"), TaskState::Submitting);
    verdict = AnswerInterpreter::submitAnswer(contextFor(submitting), ProviderAnswer::replied(200, update));
    QCOMPARE(*verdict.nextState, TaskState::Running);
    QVERIFY(verdict.fetchesResult());
    QCOMPARE(verdict.next, NextCall::Now);

    // On a result call the same answer is final.
    verdict = AnswerInterpreter::pollAnswer(contextFor(running), AnswerInterpreter::PollCall::Result,
                                            ProviderAnswer::replied(200, update));
    QCOMPARE(*verdict.nextState, TaskState::Succeeded);
    QVERIFY(!verdict.fetchesResult());
}

void TestEngineAnswers::cancellingStaysCancellingUntilTheProviderStops_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reached");
    QTest::addColumn<QString>("bulk");
    QTest::newRow("seaart still running") << "seaart" << j("{'status':'IN_PROGRESS'}") << "cancelling" << "-";
    QTest::newRow("seaart still queued") << "seaart" << j("{'status':'IN_QUEUE','queue_position':1}") << "cancelling" << "-";
    QTest::newRow("seaart cancelled") << "seaart" << j("{'status':'COMPLETED','error':'Request canceled','error_type':'CANCELED'}")
                                      << "cancelled" << "ok";
    QTest::newRow("llmapi still running") << "llmapi" << j("{'task_id':'imgtask_1','status':'running'}") << "cancelling" << "-";
    QTest::newRow("llmapi finished anyway") << "llmapi"
                                            << j("{'status':'succeeded','data':[{'url':'https://oss.example/0.png'}]}")
                                            << "succeeded" << "failed";
    QTest::newRow("vidu still queued") << "vidu" << j("{'state':'queueing','err_code':''}") << "cancelling" << "-";
    QTest::newRow("vidu cancelled") << "vidu" << j("{'state':'failed','err_code':'UserCancelled'}") << "cancelled" << "ok";
}

void TestEngineAnswers::cancellingStaysCancellingUntilTheProviderStops()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, body);
    QFETCH(QString, reached);
    QFETCH(QString, bulk);
    const Task task = taskIn(provider, TaskState::Cancelling);
    const AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(task), AnswerInterpreter::PollCall::Status,
                                                                statusReply(task, 200, body));
    QCOMPARE(reachedId(verdict, task.state), reached);
    QCOMPARE(bulkId(verdict), bulk);
    QCOMPARE(verdict.next, reached == QLatin1String("cancelling") ? NextCall::PollDelay : NextCall::None);
}

void TestEngineAnswers::notFoundCountsTowardsLost_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("seaart") << "seaart" << "running" << 404 << j("{'detail':'Request not found'}");
    QTest::newRow("foxapi") << "foxapi" << "queued" << 404
                            << j("{'error':{'message':'Task not found','type':'not_found_error','code':'task_not_found'}}");
    QTest::newRow("newapi 400") << "newapi" << "running" << 400
                                << j("{'code':'task_not_exist','message':'task_not_exist','data':null}");
    QTest::newRow("llmapi") << "llmapi" << "cancelling" << 404
                            << j("{'error':{'type':'IMAGE_TASK_NOT_FOUND','message':'no such task'}}");
    QTest::newRow("vidu") << "vidu" << "queued" << 404
                          << j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'t'}}");
}

void TestEngineAnswers::notFoundCountsTowardsLost()
{
    QFETCH(QString, provider);
    QFETCH(QString, from);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Task task = taskIn(provider, state(from));
    const ProviderAnswer answer = statusReply(task, status, body);
    QVERIFY(answer.update.notFound);
    const int confirmations = EngineSettings{}.notFoundConfirmations;

    TaskRuntimeFlags flags;
    for (int seen = 0; seen < confirmations - 1; ++seen) {
        const AnswerVerdict verdict =
            AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status, answer);
        QCOMPARE(verdict.flags.notFoundCount, seen + 1);
        QVERIFY(!verdict.nextState);
        QVERIFY(!verdict.error);
        QCOMPARE(verdict.next, NextCall::PollInterval);
        flags = verdict.flags;
    }
    const AnswerVerdict lost =
        AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status, answer);
    QCOMPARE(reachedId(lost, task.state), QStringLiteral("lost"));
    QCOMPARE(lost.cause, QStringLiteral("not_found"));
    QCOMPARE(lost.error->code, QStringLiteral("task_lost"));
    QCOMPARE(lost.error->phase, ApiPhase::Poll);
    QVERIFY(lost.error->message.contains(QStringLiteral("r1")));
    QCOMPARE(bulkId(lost), QStringLiteral("failed"));
    QCOMPARE(lost.next, NextCall::None);

    // Any other answer starts the count again.
    TaskRuntimeFlags counted;
    counted.notFoundCount = confirmations - 1;
    const AnswerVerdict reset = AnswerInterpreter::pollAnswer(
        contextFor(task, counted), AnswerInterpreter::PollCall::Status, statusReply(task, 500, QByteArray()));
    QCOMPARE(reset.flags.notFoundCount, 0);

    // With one confirmation the first "not found" decides; on a result call the error says so.
    AnswerContext strict = contextFor(task);
    strict.settings.notFoundConfirmations = 1;
    const AnswerVerdict atOnce = AnswerInterpreter::pollAnswer(strict, AnswerInterpreter::PollCall::Result, answer);
    QCOMPARE(reachedId(atOnce, task.state), QStringLiteral("lost"));
    QCOMPARE(atOnce.error->phase, ApiPhase::Result);
}

void TestEngineAnswers::notFoundOfADormantTaskIsOnlyNoted_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("unknown") << "unknown";
    QTest::newRow("lost") << "lost";
    QTest::newRow("timed out") << "timed_out";
}

void TestEngineAnswers::notFoundOfADormantTaskIsOnlyNoted()
{
    QFETCH(QString, from);
    const Task task = taskIn(QStringLiteral("vidu"), state(from));
    TaskRuntimeFlags flags;
    flags.checkPending = true;
    flags.notFoundCount = 10;
    const AnswerVerdict verdict = AnswerInterpreter::pollAnswer(
        contextFor(task, flags), AnswerInterpreter::PollCall::Status,
        statusReply(task, 404, j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'t'}}")));
    QVERIFY(verdict.note);
    QCOMPARE(verdict.cause, QStringLiteral("check_not_found"));
    QVERIFY(!verdict.nextState);
    QVERIFY(!verdict.error);
    QVERIFY(!verdict.completesBulk);
    QCOMPARE(verdict.next, NextCall::None);
    QVERIFY(!verdict.flags.checkPending);
    QCOMPARE(verdict.flags.notFoundCount, 11);
}

void TestEngineAnswers::reopenAfterClientDeadline()
{
    const Task task = timedOutByClient(QStringLiteral("foxapi"));
    TaskRuntimeFlags flags;
    flags.checkPending = true;
    AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status,
                                                          statusReply(task, 200, j("{'status':'processing','progress':40}")));
    QCOMPARE(reachedId(verdict, task.state), QStringLiteral("running"));
    QVERIFY(verdict.forceTransition);
    QVERIFY(verdict.clearError);   // the deadline no longer describes the task
    QCOMPARE(verdict.cause, QStringLiteral("check"));
    QCOMPARE(verdict.next, NextCall::PollDelay);

    // Found finished: the provider's verdict replaces ours.
    verdict = AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status,
                                            statusReply(task, 200, j("{'status':'failed','error':{'code':'generation_failed','message':'boom'}}")));
    QCOMPARE(reachedId(verdict, task.state), QStringLiteral("failed"));
    QVERIFY(!verdict.clearError);
    QCOMPARE(verdict.error->code, QStringLiteral("generation_failed"));
    QCOMPARE(verdict.next, NextCall::None);

    // Without an explicit check nothing is reopened by force.
    verdict = AnswerInterpreter::pollAnswer(contextFor(task), AnswerInterpreter::PollCall::Status,
                                            statusReply(task, 200, j("{'status':'processing'}")));
    QVERIFY(!verdict.forceTransition);
    QVERIFY(!verdict.clearError);
}

void TestEngineAnswers::providerTimeoutIsNotReopened()
{
    Task task = taskIn(QStringLiteral("llmapi"), TaskState::TimedOut);
    task.lastError = adapter(QStringLiteral("llmapi")).parseStatus(reply(200, j("{'status':'timeout'}")), task).error;
    QVERIFY(task.lastError);
    TaskRuntimeFlags flags;
    flags.checkPending = true;
    const AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status,
                                                                statusReply(task, 200, j("{'status':'running'}")));
    QVERIFY(!verdict.forceTransition);
    QVERIFY(!verdict.clearError);
}

void TestEngineAnswers::checkOfUnknownTask()
{
    // An answer without a state still goes into the timeline of an unknown or lost task.
    for (TaskState from : {TaskState::Unknown, TaskState::Lost}) {
        const Task task = taskIn(QStringLiteral("seaart"), from);
        TaskRuntimeFlags flags;
        flags.checkPending = true;
        const AnswerVerdict verdict = AnswerInterpreter::pollAnswer(
            contextFor(task, flags), AnswerInterpreter::PollCall::Result,
            resultReply(task, 202, j("{'status':'IN_PROGRESS'}")));
        QVERIFY(verdict.note);
        QCOMPARE(verdict.cause, QStringLiteral("check"));
        QCOMPARE(verdict.next, NextCall::None);   // neither state is polled
    }
    // The same answer during routine polling is no news.
    const Task running = taskIn(QStringLiteral("seaart"), TaskState::Running);
    const AnswerVerdict routine = AnswerInterpreter::pollAnswer(
        contextFor(running), AnswerInterpreter::PollCall::Result, resultReply(running, 202, j("{'status':'IN_PROGRESS'}")));
    QVERIFY(!routine.note);
    QVERIFY(routine.cause.isEmpty());
}

void TestEngineAnswers::pollErrorsBackOff()
{
    const Task task = taskIn(QStringLiteral("newapi"), TaskState::Running);
    TaskRuntimeFlags flags;
    flags.errorCount = 2;
    const ProviderAnswer answer = statusReply(
        task, 500, j("{'error':{'message':'x (request id: Q)','type':'new_api_error','code':'get_channel_failed'}}"));
    AnswerVerdict verdict =
        AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status, answer);
    QCOMPARE(verdict.flags.errorCount, 3);
    QCOMPARE(verdict.next, NextCall::Backoff);
    QCOMPARE(verdict.backoffFailures, 3);
    QVERIFY(!verdict.rateLimited);
    QVERIFY(!verdict.clearPassingError);

    // The next good answer clears the count and the passing error.
    verdict = AnswerInterpreter::pollAnswer(contextFor(task, verdict.flags), AnswerInterpreter::PollCall::Status,
                                            statusReply(task, 200, j("{'id':'task_abc','status':'in_progress','progress':45}")));
    QCOMPARE(verdict.flags.errorCount, 0);
    QVERIFY(verdict.clearPassingError);
    QVERIFY(verdict.mergeProgress);

    // 429 pauses the profile (rate limit), account trouble asks rarely.
    verdict = AnswerInterpreter::pollAnswer(
        contextFor(task), AnswerInterpreter::PollCall::Status,
        statusReply(task, 429, j("{'error':{'message':'limit reached (request id: R3)','type':'new_api_error','code':''}}")));
    QVERIFY(verdict.rateLimited);
    QCOMPARE(verdict.next, NextCall::RateLimit);
    verdict = AnswerInterpreter::pollAnswer(
        contextFor(task), AnswerInterpreter::PollCall::Status,
        statusReply(task, 403, j("{'error':{'message':'user quota is not enough','type':'new_api_error','code':'insufficient_user_quota'}}")));
    QCOMPARE(verdict.next, NextCall::LongPause);
    QVERIFY(!verdict.rateLimited);
}

void TestEngineAnswers::pollTransportErrorBacksOff()
{
    const Task task = taskIn(QStringLiteral("vidu"), TaskState::Queued);
    TaskRuntimeFlags flags;
    flags.checkPending = true;
    const AnswerVerdict verdict = AnswerInterpreter::pollAnswer(contextFor(task, flags), AnswerInterpreter::PollCall::Status,
                                                                ProviderAnswer::failed(transportError(QStringLiteral("connection_timeout"))));
    QCOMPARE(verdict.errorUse, AnswerVerdict::ErrorUse::Passing);
    QCOMPARE(verdict.cause, QStringLiteral("poll_error"));
    QCOMPARE(verdict.error->code, QStringLiteral("connection_timeout"));
    QVERIFY(verdict.excerpt.isEmpty());   // the engine falls back to the error's message
    QCOMPARE(verdict.flags.errorCount, 1);
    QVERIFY(!verdict.flags.checkPending);
    QCOMPARE(verdict.next, NextCall::Backoff);
    QCOMPARE(verdict.backoffFailures, 1);
    QVERIFY(!verdict.nextState);
}

void TestEngineAnswers::cancelAlreadyTerminalChecksAgain_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("seaart ALREADY_COMPLETED") << "seaart" << 400 << j("{'status':'ALREADY_COMPLETED'}");
    QTest::newRow("seaart gateway ALREADY_COMPLETED") << "seaart" << 400
                                                      << j("{'error':{'code':'ALREADY_COMPLETED','message':'done'}}");
    QTest::newRow("llmapi IMAGE_TASK_ALREADY_TERMINAL")
        << "llmapi" << 409 << j("{'error':{'type':'IMAGE_TASK_ALREADY_TERMINAL','message':'task already finished'}}");
    QTest::newRow("llmapi already succeeded") << "llmapi" << 200
                                              << j("{'task_id':'imgtask_1','status':'succeeded','data':[{'url':'https://oss.example/0.png'}]}");
    QTest::newRow("vidu can not cancel")
        << "vidu" << 400
        << j("{'code':400,'reason':'BadRequest','message':'task state is scheduled, can not cancel','metadata':{'trace_id':'t'}}");
}

void TestEngineAnswers::cancelAlreadyTerminalChecksAgain()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Task task = taskIn(provider, TaskState::Running);
    TaskRuntimeFlags flags;
    flags.cancelPending = true;
    flags.cancelRetries = 1;
    const AnswerVerdict verdict =
        AnswerInterpreter::cancelAnswer(contextFor(task, flags), cancelReply(task, status, body));
    QVERIFY(!verdict.error);
    QVERIFY(!verdict.nextState);
    QVERIFY(verdict.note);
    QCOMPARE(verdict.cause, QStringLiteral("cancel_too_late"));
    QVERIFY(verdict.flags.checkPending);   // look it up at once and adopt the real state
    QVERIFY(!verdict.flags.cancelPending);
    QCOMPARE(verdict.flags.cancelRetries, 0);
    QCOMPARE(bulkId(verdict), QStringLiteral("ok"));
    QVERIFY(!verdict.bulkMessage.isEmpty());
    QCOMPARE(verdict.next, NextCall::Now);
}

void TestEngineAnswers::cancelTransientErrorsRetryTwice()
{
    const Task task = taskIn(QStringLiteral("vidu"), TaskState::Queued);
    const ProviderAnswer answer = cancelReply(
        task, 500, j("{'code':500,'reason':'InternalServiceFailure','message':'oops','metadata':{'trace_id':'t'}}"));
    TaskRuntimeFlags flags;
    flags.cancelPending = true;
    for (int retry = 1; retry <= 2; ++retry) {
        const AnswerVerdict verdict = AnswerInterpreter::cancelAnswer(contextFor(task, flags), answer);
        QVERIFY(verdict.flags.cancelPending);
        QCOMPARE(verdict.flags.cancelRetries, retry);
        QCOMPARE(verdict.cause, QStringLiteral("cancel_error"));
        QCOMPARE(verdict.error->phase, ApiPhase::Cancel);
        QCOMPARE(verdict.next, NextCall::Backoff);
        QCOMPARE(verdict.backoffFailures, retry);
        QVERIFY(verdict.urgent);
        QVERIFY(!verdict.completesBulk);
        flags = verdict.flags;
    }
    const AnswerVerdict failed = AnswerInterpreter::cancelAnswer(contextFor(task, flags), answer);
    QVERIFY(!failed.flags.cancelPending);
    QCOMPARE(failed.cause, QStringLiteral("cancel_failed"));
    QCOMPARE(bulkId(failed), QStringLiteral("failed"));
    QCOMPARE(failed.bulkMessage, QStringLiteral("oops"));
    QCOMPARE(failed.next, NextCall::PollDelay);
    QVERIFY(!failed.urgent);

    // A transport failure is transient too; the recorded failure is a cancel error.
    TaskRuntimeFlags spent;
    spent.cancelPending = true;
    spent.cancelRetries = 2;
    const AnswerVerdict transport = AnswerInterpreter::cancelAnswer(
        contextFor(task, spent), ProviderAnswer::failed(transportError(QStringLiteral("connection_refused"))));
    QCOMPARE(transport.error->phase, ApiPhase::Cancel);
    QCOMPARE(transport.cause, QStringLiteral("cancel_failed"));
    TaskRuntimeFlags fresh;
    fresh.cancelPending = true;
    const AnswerVerdict retried = AnswerInterpreter::cancelAnswer(
        contextFor(task, fresh), ProviderAnswer::failed(transportError(QStringLiteral("connection_refused"))));
    QVERIFY(retried.flags.cancelPending);
    QCOMPARE(retried.error->phase, ApiPhase::Transport);
}

void TestEngineAnswers::cancelRateLimitPausesTheProfile()
{
    const Task task = taskIn(QStringLiteral("llmapi"), TaskState::Running);
    TaskRuntimeFlags flags;
    flags.cancelPending = true;
    const ProviderAnswer answer = cancelReply(task, 429, j("{'error':{'type':'rate_limit_error','message':'slow'}}"));
    AnswerVerdict verdict = AnswerInterpreter::cancelAnswer(contextFor(task, flags), answer);
    QVERIFY(verdict.rateLimited);
    QCOMPARE(verdict.next, NextCall::RateLimit);
    QVERIFY(verdict.urgent);
    // Out of retries the pause still applies, and the cancel is reported as failed.
    flags.cancelRetries = 2;
    verdict = AnswerInterpreter::cancelAnswer(contextFor(task, flags), answer);
    QVERIFY(verdict.rateLimited);
    QCOMPARE(verdict.next, NextCall::PollDelay);
    QCOMPARE(bulkId(verdict), QStringLiteral("failed"));
}

void TestEngineAnswers::cancelOfEndedTaskIsNotRetried()
{
    const Task task = taskIn(QStringLiteral("seaart"), TaskState::Succeeded);
    TaskRuntimeFlags flags;
    flags.cancelPending = true;
    const AnswerVerdict verdict =
        AnswerInterpreter::cancelAnswer(contextFor(task, flags), cancelReply(task, 503, QByteArray()));
    QVERIFY(!verdict.flags.cancelPending);
    QCOMPARE(verdict.cause, QStringLiteral("cancel_failed"));
}

void TestEngineAnswers::mergeProgressTakesOnlyNews()
{
    Task task = taskIn(QStringLiteral("foxapi"), TaskState::Running);
    task.progress = 10;
    task.queuePosition = 3;
    TaskUpdate nothing;
    QVERIFY(!AnswerInterpreter::mergeProgress(task, nothing));
    QCOMPARE(task.queuePosition, 3);

    TaskUpdate update;
    update.progress = 250;
    update.remoteData.insert(QStringLiteral("status_url"), QStringLiteral("http://h/s"));
    update.resultUrls = {QStringLiteral("https://cdn.example/a.png")};
    QVERIFY(AnswerInterpreter::mergeProgress(task, update));
    QCOMPARE(task.progress, 100);
    QCOMPARE(task.remoteData.value(QStringLiteral("status_url")).toString(), QStringLiteral("http://h/s"));
    QCOMPARE(task.resultUrls, update.resultUrls);
    QCOMPARE(task.queuePosition, 3);   // no position and no state: unchanged

    TaskUpdate left;
    left.state = TaskState::Running;
    QVERIFY(AnswerInterpreter::mergeProgress(task, left));
    QCOMPARE(task.queuePosition, -1);   // a state without a position: out of the queue
}

QTEST_GUILESS_MAIN(TestEngineAnswers)
#include "tst_engine_answers.moc"
