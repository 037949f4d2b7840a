// End to end: every adapter against the in-process sandbox over real HTTP. Scenario directives
// in the prompt keep the timings short; polling uses QTRY_* so no test sleeps longer than needed.

#include "builtinproviders.h"
#include "builtinproviders.h"
#include "errortaxonomy.h"
#include "provideradapterregistry.h"
#include "providerhttp.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QTest>

namespace {

constexpr int PollTimeoutMs = 8000;

QString stateId(TaskState state)
{
    return TaskStates::id(state);
}

QString categoryId(const std::optional<ApiError> &error)
{
    return error ? ErrorTaxonomy::categoryId(error->category) : QStringLiteral("(no error)");
}

// A spec that every adapter accepts; the scenario rides in the prompt.
TaskSpec specFor(const QString &provider, const QString &scenario, const QString &model = {}, const QString &kind = {})
{
    TaskSpec spec;
    spec.prompt = QStringLiteral("a lighthouse at dusk [sandbox v1: %1]").arg(scenario);
    if (provider == QLatin1String("seaart")) {
        spec.model = QStringLiteral("nano_banana_2");
        spec.kind = QStringLiteral("image");
    } else if (provider == QLatin1String("foxapi")) {
        spec.model = QStringLiteral("wan-2.7-image");
        spec.kind = QStringLiteral("image");
    } else if (provider == QLatin1String("newapi")) {
        spec.model = QStringLiteral("sora-2");
        spec.kind = QStringLiteral("video");
    } else if (provider == QLatin1String("llmapi")) {
        spec.model = QStringLiteral("gpt-image-2");
        spec.kind = QStringLiteral("image");
    } else if (provider == QLatin1String("vidu")) {
        spec.model = QStringLiteral("viduq1");
        spec.kind = QStringLiteral("text2video");
    }
    if (!model.isEmpty())
        spec.model = model;
    if (!kind.isEmpty())
        spec.kind = kind;
    return spec;
}

QString describe(const TaskRun &run)
{
    QStringList states;
    for (TaskState s : run.seen)
        states << stateId(s);
    QString text = QStringLiteral("states [%1]").arg(states.join(QStringLiteral(" > ")));
    if (run.task.lastError)
        text += QStringLiteral(", last error %1 (%2)").arg(run.task.lastError->code, run.task.lastError->message);
    if (!run.problems.isEmpty())
        text += QStringLiteral(", problems: ") + run.problems.join(QStringLiteral("; "));
    if (!run.updates.isEmpty())
        text += QStringLiteral(", last answer: ") + run.updates.last().excerpt;
    return text;
}

const QStringList Providers{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                            QStringLiteral("llmapi"), QStringLiteral("vidu")};
const QStringList Cancellable{QStringLiteral("seaart"), QStringLiteral("llmapi"), QStringLiteral("vidu")};

} // namespace

class TestProvidersEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPath_data();
    void happyPath();
    void inTaskFailure_data();
    void inTaskFailure();
    void submitErrors_data();
    void submitErrors();
    void wrongAuthScheme_data();
    void wrongAuthScheme();
    void cancelLiveTask_data();
    void cancelLiveTask();
    void cancelFinishedTask_data();
    void cancelFinishedTask();
    void unknownAndVanishedTasks_data();
    void unknownAndVanishedTasks();
    void pollFaultsRecover_data();
    void pollFaultsRecover();

private:
    TaskRun makeRun(const QString &provider, const QString &key = QStringLiteral("sk-test-e2e"))
    {
        return TaskRun(m_registry.adapter(provider), {m_sandbox.baseUrl(provider), key}, &m_http);
    }

    SandboxServer m_sandbox;
    ProviderAdapterRegistry m_registry;
    ProviderHttp m_http;
};

void TestProvidersEndToEnd::initTestCase()
{
    registerBuiltinProviders(m_registry);
    QVERIFY(m_sandbox.start(0));
    QVERIFY(m_sandbox.port() > 0);
    for (const QString &provider : Providers)
        QVERIFY2(m_registry.adapter(provider), qPrintable(provider));
}

void TestProvidersEndToEnd::init()
{
    m_sandbox.reset();
}

void TestProvidersEndToEnd::happyPath_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("outputs");

    // Phases long enough that a 50 ms poll loop sees each one even on a busy machine.
    const QString timing = QStringLiteral("queue=250ms run=600ms");
    QTest::newRow("seaart image x2") << "seaart" << "" << "" << timing + QStringLiteral(" outputs=2") << 2;
    QTest::newRow("seaart video") << "seaart" << "wan26_i2v" << "video" << timing << 1;
    QTest::newRow("foxapi results objects") << "foxapi" << "" << "" << timing + QStringLiteral(" shape=objects") << 1;
    QTest::newRow("foxapi results urls") << "foxapi" << "" << "" << timing + QStringLiteral(" shape=urls outputs=2") << 2;
    QTest::newRow("foxapi output object") << "foxapi" << "veo-3.1-fast" << "video" << timing + QStringLiteral(" shape=output")
                                          << 1;
    QTest::newRow("newapi video") << "newapi" << "" << "" << timing << 1;
    QTest::newRow("llmapi image x2") << "llmapi" << "" << "" << timing + QStringLiteral(" outputs=2") << 2;
    QTest::newRow("vidu text2video") << "vidu" << "" << "" << timing << 1;
    QTest::newRow("vidu img2video") << "vidu" << "" << "img2video" << timing << 1;
    QTest::newRow("vidu start-end2video") << "vidu" << "" << "start-end2video" << timing << 1;
    QTest::newRow("vidu reference2image") << "vidu" << "" << "reference2image" << timing << 1;
    QTest::newRow("vidu template2video") << "vidu" << "" << "template2video" << timing << 1;
}

void TestProvidersEndToEnd::happyPath()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, kind);
    QFETCH(QString, scenario);
    QFETCH(int, outputs);

    TaskRun run = makeRun(provider);
    TaskSpec spec = specFor(provider, scenario, model, kind);
    if (spec.kind == QLatin1String("img2video") || spec.kind == QLatin1String("reference2image")
        || spec.kind == QLatin1String("template2video"))
        spec.params.insert(QStringLiteral("images"), QJsonArray{QStringLiteral("https://example.com/start.png")});
    if (spec.kind == QLatin1String("start-end2video"))
        spec.params.insert(QStringLiteral("images"), QJsonArray{QStringLiteral("https://example.com/start.png"),
                                                                QStringLiteral("https://example.com/end.png")});
    if (spec.kind == QLatin1String("template2video")) {
        spec.model.clear();   // the template picks it
        spec.params.insert(QStringLiteral("template"), QStringLiteral("hug"));
    }
    QVERIFY2(m_registry.adapter(provider)->validate(spec).isEmpty(), qPrintable(m_registry.adapter(provider)->validate(spec)));

    const TaskUpdate submitted = run.submit(spec);
    QVERIFY2(!submitted.error, qPrintable(describe(run)));
    QVERIFY(!run.task.remoteId.isEmpty());
    QCOMPARE(stateId(run.task.state), QStringLiteral("queued"));

    QTRY_VERIFY2_WITH_TIMEOUT(run.pollOnce(), qPrintable(describe(run)), PollTimeoutMs);
    QVERIFY2(run.problems.isEmpty(), qPrintable(describe(run)));
    QCOMPARE(stateId(run.task.state), QStringLiteral("succeeded"));
    // Every phase was seen on the way, in order.
    QCOMPARE(run.seen, (QList<TaskState>{TaskState::Queued, TaskState::Running, TaskState::Succeeded}));
    QVERIFY2(!run.task.lastError, qPrintable(describe(run)));

    // The results are real, downloadable files (PNG images, APNG "videos").
    QCOMPARE(run.task.resultUrls.size(), outputs);
    for (const QString &url : std::as_const(run.task.resultUrls)) {
        const ProviderReply file = m_http.get(QUrl(url));
        QCOMPARE(file.httpStatus, 200);
        QVERIFY2(file.body.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)), qPrintable(url));
    }
    if (provider == QLatin1String("vidu"))
        QVERIFY(!run.task.remoteData.value(QStringLiteral("cover_urls")).toArray().isEmpty());
    if (provider == QLatin1String("seaart"))
        QVERIFY(run.task.remoteData.contains(QStringLiteral("response_url")));
}

void TestProvidersEndToEnd::inTaskFailure_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");

    const QString t = QStringLiteral("queue=100ms run=150ms ");
    QTest::newRow("seaart blocked") << "seaart" << t + "fail=CONTENT_BLOCKED" << "failed" << "CONTENT_BLOCKED" << "content_policy";
    QTest::newRow("seaart timeout") << "seaart" << t + "timeout" << "timed_out" << "INFERENCE_TIMEOUT" << "timeout";
    QTest::newRow("foxapi policy") << "foxapi" << t + "fail=content_policy_violation" << "failed"
                                   << "content_policy_violation" << "content_policy";
    QTest::newRow("foxapi timeout") << "foxapi" << t + "timeout" << "timed_out" << "timeout" << "timeout";
    QTest::newRow("newapi sensitive") << "newapi" << t + "fail=sensitive_words_detected" << "failed"
                                      << "sensitive_words_detected" << "content_policy";
    QTest::newRow("newapi timeout") << "newapi" << t + "timeout" << "timed_out" << "channel:response_time_exceeded"
                                    << "timeout";
    QTest::newRow("llmapi api_error") << "llmapi" << t + "fail=api_error" << "failed" << "api_error" << "upstream";
    QTest::newRow("llmapi timeout") << "llmapi" << t + "timeout" << "timed_out" << "timeout" << "timeout";
    QTest::newRow("llmapi canceled") << "llmapi" << t + "fail=canceled" << "cancelled" << "canceled" << "cancelled";
    QTest::newRow("vidu audit") << "vidu" << t + "fail=AuditFailed" << "failed" << "AuditFailed" << "content_policy";
    QTest::newRow("vidu credit") << "vidu" << t + "fail=CreditInsufficient" << "failed" << "CreditInsufficient" << "billing";
    // Vidu has no timeout state: a timeout ends as a failed task with a server-side code.
    QTest::newRow("vidu timeout") << "vidu" << t + "timeout" << "failed" << "InternalServiceFailure" << "server";
}

void TestProvidersEndToEnd::inTaskFailure()
{
    QFETCH(QString, provider);
    QFETCH(QString, scenario);
    QFETCH(QString, state);
    QFETCH(QString, code);
    QFETCH(QString, category);

    TaskRun run = makeRun(provider);
    QVERIFY2(!run.submit(specFor(provider, scenario)).error, qPrintable(describe(run)));
    QTRY_VERIFY2_WITH_TIMEOUT(run.pollOnce(), qPrintable(describe(run)), PollTimeoutMs);
    QVERIFY2(run.problems.isEmpty(), qPrintable(describe(run)));
    QCOMPARE(stateId(run.task.state), state);
    QVERIFY(run.task.resultUrls.isEmpty());
    QVERIFY(run.task.lastError);
    QCOMPARE(run.task.lastError->code, code);
    QCOMPARE(categoryId(run.task.lastError), category);
    QCOMPARE(run.task.lastError->phase, ApiPhase::InTask);
    QCOMPARE(run.task.lastError->provider, provider);
}

void TestProvidersEndToEnd::submitErrors_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");       // "" = not checked
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("retryAfter");     // -1 = not checked

    const QString ok = QStringLiteral("sk-test-e2e");
    const QString bad = QStringLiteral("sandbox-invalid-key");
    const QString limited = QStringLiteral("fault=429 retry-after=7");
    for (const QString &p : Providers) {
        QTest::addRow("%s invalid key", qPrintable(p)) << p << bad << "queue=0ms" << "" << 401 << "" << "auth" << -1;
        QTest::addRow("%s rate limited", qPrintable(p)) << p << ok << limited << "" << 429 << "" << "rate_limit" << 7;
    }
    QTest::newRow("seaart app not found") << "seaart" << ok << "queue=0ms" << "not_exists_model" << 404
                                          << "App not found: not_exists_model" << "not_found" << -1;
    QTest::newRow("seaart gateway code") << "seaart" << ok << "error=RATE_LIMIT_EXCEEDED" << "" << 429
                                         << "RATE_LIMIT_EXCEEDED" << "rate_limit" << -1;
    QTest::newRow("foxapi type only") << "foxapi" << ok << "error=rate_limit_error" << "" << 429 << "rate_limit_error"
                                      << "rate_limit" << -1;
    QTest::newRow("newapi quota") << "newapi" << ok << "error=insufficient_user_quota" << "" << 403
                                  << "insufficient_user_quota" << "billing" << -1;
    QTest::newRow("llmapi balance") << "llmapi" << ok << "error=IMAGE_TASK_INSUFFICIENT_BALANCE" << "" << 403
                                    << "IMAGE_TASK_INSUFFICIENT_BALANCE" << "billing" << -1;
    QTest::newRow("vidu credit") << "vidu" << ok << "error=CreditInsufficient" << "" << 400 << "CreditInsufficient"
                                 << "billing" << -1;
}

void TestProvidersEndToEnd::submitErrors()
{
    QFETCH(QString, provider);
    QFETCH(QString, key);
    QFETCH(QString, scenario);
    QFETCH(QString, model);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(int, retryAfter);

    TaskRun run = makeRun(provider, key);
    const TaskUpdate update = run.submit(specFor(provider, scenario, model));
    QVERIFY2(run.problems.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(update.error, qPrintable(describe(run)));
    QVERIFY(update.remoteId.isEmpty());
    QVERIFY(!update.state);
    QCOMPARE(update.error->phase, ApiPhase::Submit);
    QCOMPARE(update.error->provider, provider);
    QCOMPARE(update.error->httpStatus, status);
    if (!code.isEmpty())
        QCOMPARE(update.error->code, code);
    QCOMPARE(categoryId(update.error), category);
    if (retryAfter >= 0)
        QCOMPARE(update.error->retryAfterSeconds, std::optional<int>(retryAfter));
    // The key never reaches the timeline.
    QVERIFY(!update.excerpt.contains(key) || key == QLatin1String("sandbox-invalid-key"));
}

void TestProvidersEndToEnd::wrongAuthScheme_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("seaart Token") << "seaart" << QByteArray("Token sk-test");
    QTest::newRow("foxapi Token") << "foxapi" << QByteArray("Token sk-test");
    QTest::newRow("newapi Key") << "newapi" << QByteArray("Key sk-test");
    QTest::newRow("llmapi Token") << "llmapi" << QByteArray("Token sk-test");
    QTest::newRow("vidu Bearer") << "vidu" << QByteArray("Bearer sk-test");
    QTest::newRow("vidu none") << "vidu" << QByteArray();
}

void TestProvidersEndToEnd::wrongAuthScheme()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, authorization);
    const ProviderAdapter *adapter = m_registry.adapter(provider);
    const ProviderEndpoint endpoint{m_sandbox.baseUrl(provider), QStringLiteral("sk-test")};

    // The adapter's own scheme is accepted...
    ProviderRequest request = adapter->submitRequest(endpoint, specFor(provider, QStringLiteral("queue=0ms")));
    const TaskUpdate accepted = adapter->parseSubmit(m_http.send(request));
    QVERIFY2(!accepted.error, qPrintable(accepted.excerpt));
    QVERIFY(!accepted.remoteId.isEmpty());

    // ...and the same request under another scheme is not.
    request.headers.removeIf([](const auto &header) { return header.first == "Authorization"; });
    if (!authorization.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), authorization});
    const ProviderReply reply = m_http.send(request);
    QCOMPARE(reply.httpStatus, 401);
    const TaskUpdate rejected = adapter->parseSubmit(reply);
    QVERIFY(rejected.error);
    QCOMPARE(categoryId(rejected.error), QStringLiteral("auth"));
}

void TestProvidersEndToEnd::cancelLiveTask_data()
{
    QTest::addColumn<QString>("provider");
    for (const QString &p : Cancellable)
        QTest::newRow(qPrintable(p)) << p;
}

void TestProvidersEndToEnd::cancelLiveTask()
{
    QFETCH(QString, provider);
    TaskRun run = makeRun(provider);
    // Held in the queue until cancelled: on a slow machine a timed task could finish first.
    QVERIFY(!run.submit(specFor(provider, QStringLiteral("stuck=queue"))).error);
    QVERIFY(!run.pollOnce());
    QCOMPARE(stateId(run.task.state), QStringLiteral("queued"));

    const TaskUpdate cancelled = run.cancel();
    QVERIFY2(run.problems.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(cancelled.state, qPrintable(cancelled.excerpt));
    // The provider either confirms later (Cancelling) or answers with the cancelled task.
    QVERIFY2(*cancelled.state == TaskState::Cancelling || *cancelled.state == TaskState::Cancelled,
             qPrintable(cancelled.excerpt));
    // A cancel that worked is no error, even when the task is cancelled at once.
    QVERIFY2(!cancelled.error, qPrintable(cancelled.excerpt));

    QTRY_VERIFY2_WITH_TIMEOUT(run.pollOnce(), qPrintable(describe(run)), PollTimeoutMs);
    QCOMPARE(stateId(run.task.state), QStringLiteral("cancelled"));
    QVERIFY(run.task.lastError);
    QCOMPARE(categoryId(run.task.lastError), QStringLiteral("cancelled"));
    QVERIFY(run.task.resultUrls.isEmpty());
}

void TestProvidersEndToEnd::cancelFinishedTask_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("settled");   // state the task has when cancelled, and keeps
    for (const QString &p : Cancellable)
        QTest::addRow("%s finished", qPrintable(p)) << p << "queue=0ms run=0ms" << "succeeded";
}

void TestProvidersEndToEnd::cancelFinishedTask()
{
    QFETCH(QString, provider);
    QFETCH(QString, scenario);
    QFETCH(QString, settled);

    TaskRun run = makeRun(provider);
    QVERIFY(!run.submit(specFor(provider, scenario)).error);
    QTRY_COMPARE_WITH_TIMEOUT((run.pollOnce(), stateId(run.task.state)), settled, PollTimeoutMs);

    // Too late to cancel: no error and no state; the engine re-polls and keeps the real state.
    const TaskUpdate refused = run.cancel();
    QVERIFY2(run.problems.isEmpty(), qPrintable(describe(run)));
    QVERIFY2(!refused.error, qPrintable(refused.error ? refused.error->code : QString()));
    QVERIFY(!refused.state);
    QVERIFY(!refused.notFound);
    QVERIFY2(refused.excerpt.contains(QStringLiteral("re-polling")), qPrintable(refused.excerpt));
    QVERIFY(run.replies.last().httpStatus >= 400);

    run.pollOnce();
    QCOMPARE(stateId(run.task.state), settled);
}

void TestProvidersEndToEnd::unknownAndVanishedTasks_data()
{
    QTest::addColumn<QString>("provider");
    for (const QString &p : Providers)
        QTest::newRow(qPrintable(p)) << p;
}

void TestProvidersEndToEnd::unknownAndVanishedTasks()
{
    QFETCH(QString, provider);
    const ProviderAdapter *adapter = m_registry.adapter(provider);
    const ProviderEndpoint endpoint{m_sandbox.baseUrl(provider), QStringLiteral("sk-test-e2e")};

    // An id the provider never issued.
    Task unknown;
    unknown.provider = provider;
    unknown.remoteId = QStringLiteral("no-such-task-42");
    unknown.spec = specFor(provider, QStringLiteral("queue=0ms"));
    const TaskUpdate update = adapter->parseStatus(m_http.send(adapter->statusRequest(endpoint, unknown)), unknown);
    QVERIFY2(update.notFound, qPrintable(update.excerpt));
    QVERIFY(update.error);
    QCOMPARE(categoryId(update.error), QStringLiteral("not_found"));
    QVERIFY(!update.state);

    // A task the provider forgets while it is running.
    TaskRun run = makeRun(provider);
    QVERIFY(!run.submit(specFor(provider, QStringLiteral("queue=50ms run=10s vanish=300ms"))).error);
    QTRY_VERIFY2_WITH_TIMEOUT((run.pollOnce(), run.updates.last().notFound), qPrintable(describe(run)), PollTimeoutMs);
    QVERIFY(!TaskStates::isTerminal(run.task.state));
}

void TestProvidersEndToEnd::pollFaultsRecover_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");   // 0 = any 2xx
    for (const QString &p : Providers) {
        // 2xx with a broken body (SeaArt keeps its 202 while the task is not done).
        QTest::addRow("%s malformed", qPrintable(p)) << p << "malformed" << "malformed_response" << 0;
        QTest::addRow("%s truncated", qPrintable(p)) << p << "truncated" << "malformed_response" << 0;
        QTest::addRow("%s 502", qPrintable(p)) << p << "502" << "" << 502;
    }
}

void TestProvidersEndToEnd::pollFaultsRecover()
{
    QFETCH(QString, provider);
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QFETCH(int, status);

    TaskRun run = makeRun(provider);
    QVERIFY(!run.submit(specFor(provider, QStringLiteral("queue=100ms run=100ms poll-fault=%1 poll-count=1").arg(fault))).error);
    QVERIFY(!run.pollOnce());
    // The faulty answer is an error without a state change: the engine retries later.
    const TaskUpdate &faulty = run.updates.last();
    QVERIFY2(faulty.error, qPrintable(faulty.excerpt));
    QVERIFY(!faulty.state);
    QVERIFY(!faulty.notFound);
    if (status == 0)
        QVERIFY2(faulty.error->httpStatus >= 200 && faulty.error->httpStatus < 300, qPrintable(faulty.excerpt));
    else
        QCOMPARE(faulty.error->httpStatus, status);
    if (!code.isEmpty()) {
        QCOMPARE(faulty.error->code, code);
        QCOMPARE(faulty.error->provider, QStringLiteral("queuelens"));
    }
    QCOMPARE(stateId(run.task.state), QStringLiteral("queued"));

    QTRY_VERIFY2_WITH_TIMEOUT(run.pollOnce(), qPrintable(describe(run)), PollTimeoutMs);
    QCOMPARE(stateId(run.task.state), QStringLiteral("succeeded"));
    QVERIFY(!run.task.resultUrls.isEmpty());
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestProvidersEndToEnd)
#include "tst_providers_e2e.moc"
