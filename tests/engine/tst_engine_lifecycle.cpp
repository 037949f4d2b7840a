// The whole engine end to end against the in-process sandbox over real loopback HTTP, per
// provider: success, in-task failures, submit refusals, cancel, 5xx bursts, hung submits,
// lost tasks, retries and restarts.

#include "enginetestsupport.h"
#include "testsandbox.h"

#include "errorcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace EngineTest;

namespace {

constexpr int Wait = 15000;

bool hasCause(const QList<TaskEvent> &events, const QString &cause)
{
    return std::any_of(events.begin(), events.end(), [&](const TaskEvent &e) { return e.cause == cause; });
}

int countCause(const QList<TaskEvent> &events, const QString &cause)
{
    return int(std::count_if(events.begin(), events.end(), [&](const TaskEvent &e) { return e.cause == cause; }));
}

} // namespace

class TestEngineLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void success_data() { providers(); }
    void success();
    void inTaskFailures_data() { providers(); }
    void inTaskFailures();
    void submitRefusals_data() { providers(); }
    void submitRefusals();
    void submitRateLimitWithinBudget_data() { providers(); }
    void submitRateLimitWithinBudget();
    void cancelLive_data() { providers(); }
    void cancelLive();
    void cancelAfterProviderFinished_data();
    void cancelAfterProviderFinished();
    void serverErrorBurstWhilePolling_data() { providers(); }
    void serverErrorBurstWhilePolling();
    void hungSubmitBecomesUnknown_data() { providers(); }
    void hungSubmitBecomesUnknown();
    void vanishedTaskBecomesLost();
    void retryResubmitsFullSpec();
    void restartResumesPolling();
    void missingKeyRefusesSubmit();
    void trackImportsARemoteTask();
    void brokenDatabaseIsAnnounced();
    void tasksChangedIsBatched();
    void newApiFailureReasonPerShape_data();
    void newApiFailureReasonPerShape();
    void newApiContentResultIsDownloaded();
    void newApiContentDownloadFailureKeepsUrl();
    void newApiContentDownloadResumesAfterShutdown();
    void ambiguousSubmitBecomesUnknown_data();
    void ambiguousSubmitBecomesUnknown();
    void lostSubmitFoundInTaskList_data();
    void lostSubmitFoundInTaskList();
    void lostSubmitWithTwinsIsAmbiguous_data();
    void lostSubmitWithTwinsIsAmbiguous();
    void lostSubmitNotInTaskList();
    void lostSubmitBehindAFullListPage();

private:
    static void providers()
    {
        QTest::addColumn<QString>("provider");
        for (const QString &provider : allProviders())
            QTest::newRow(qPrintable(provider)) << provider;
    }

    QString dbPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }
    // Submits with the answer dropped, so the task ends Unknown without a remote id; its id, or
    // 0 when it did not get there.
    qint64 loseSubmit(Rig &rig, const ProviderProfile &profile, const QString &prompt)
    {
        if (!m_sandbox.queueOutcome(profile.provider, QStringLiteral("submit"), QStringLiteral("fault=drop")))
            return 0;
        const qint64 id = rig.engine->submit(profile.id, specFor(profile.provider, QString(), prompt));
        const bool unknown = id > 0 && QTest::qWaitFor([&] { return rig.state(id) == TaskState::Unknown; }, Wait);
        if (!unknown)
            qWarning("%s", qPrintable(describe(rig.engine->task(id))));
        return unknown ? id : 0;
    }

    QTemporaryDir m_dir;
    TestSandbox m_sandbox;
    int m_counter = 0;
};

void TestEngineLifecycle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
}

void TestEngineLifecycle::init()
{
    m_sandbox.reset();
}

void TestEngineLifecycle::success()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("success-") + provider));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=100ms run=150ms")), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(rig.state(id), TaskState::Submitting);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QVERIFY(!task.remoteId.isEmpty());
    QVERIFY2(!task.resultUrls.isEmpty(), qPrintable(describe(task)));
    QVERIFY(!task.lastError);
    QVERIFY(task.finishedAt.isValid());
    const QList<TaskEvent> events = rig.engine->events(id);
    QVERIFY(hasCause(events, QStringLiteral("created")));
    QVERIFY(hasCause(events, QStringLiteral("submitted")));
    QCOMPARE(events.last().to, TaskState::Succeeded);
    const QList<TaskAttempt> attempts = rig.engine->attempts(id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().remoteId, task.remoteId);
    QCOMPARE(attempts.first().finalState, TaskState::Succeeded);
    // The store holds the same task (read through a second connection) once the store thread
    // has written it.
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    TaskStore reader;
    QVERIFY(reader.open(dbPath(QStringLiteral("success-") + provider)));
    const auto stored = reader.loadTask(id);
    QVERIFY(stored);
    QCOMPARE(stored->remoteId, task.remoteId);
    QCOMPARE(stored->state, TaskState::Succeeded);
    QCOMPARE(stored->resultUrls, task.resultUrls);
}

void TestEngineLifecycle::inTaskFailures()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("intask-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    const QStringList codes = m_sandbox.inTaskCodes(provider);
    QVERIFY(!codes.isEmpty());
    QHash<qint64, QString> expected;
    for (const QString &code : codes) {
        if (code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char('=')))
            continue;
        QString error;
        const qint64 id = rig.engine->submit(
            profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms fail=%1").arg(code)), &error);
        QVERIFY2(id > 0, qPrintable(error));
        expected.insert(id, code);
    }
    // The provider's own timeout flag too.
    const qint64 timeoutId = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms timeout")));
    QVERIFY(timeoutId > 0);

    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const qint64 id = it.key();
        QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->isTerminal(), qPrintable(describe(rig.engine->task(id))), Wait);
        const Task task = *rig.engine->task(id);
        QVERIFY2(task.state == TaskState::Failed || task.state == TaskState::TimedOut
                     || task.state == TaskState::Cancelled,
                 qPrintable(it.value() + QStringLiteral(": ") + describe(task)));
        QVERIFY2(task.lastError, qPrintable(it.value()));
        QCOMPARE(task.lastError->code, it.value());
        QCOMPARE(task.lastError->phase == ApiPhase::InTask || task.lastError->phase == ApiPhase::Result, true);
        QVERIFY(!rig.engine->retryBlockedReason(task).size() || task.state == TaskState::Cancelled
                || task.state == TaskState::Failed || task.state == TaskState::TimedOut);
    }
    // Vidu has no timeout state of its own: its timeouts are plain failures.
    const TaskState expectedTimeout = provider == QLatin1String("vidu") ? TaskState::Failed : TaskState::TimedOut;
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(timeoutId) == expectedTimeout,
                              qPrintable(describe(rig.engine->task(timeoutId))), Wait);
    QVERIFY(rig.engine->task(timeoutId)->lastError);
}

void TestEngineLifecycle::submitRefusals()
{
    QFETCH(QString, provider);
    // One documented code per class: auth, billing, validation (as the sandbox answers them).
    QHash<ErrorCategory, QString> chosen;
    for (const TestSandbox::Code &code : m_sandbox.catalog(provider)) {
        // In-task codes qualify too: the sandbox answers a submit with them as HTTP errors.
        if (code.status < 400 || code.status == 429 || code.code.contains(QLatin1Char(' '))
            || code.code.contains(QLatin1Char('=')) || code.code.endsWith(QLatin1String("xx")))
            continue;
        const ErrorCatalogEntry *entry = ErrorCatalog::instance().find(provider, code.code);
        if (!entry)
            continue;
        for (ErrorCategory category : {ErrorCategory::Auth, ErrorCategory::Billing, ErrorCategory::Validation}) {
            if (entry->category == category && !chosen.contains(category))
                chosen.insert(category, code.code);
        }
    }
    QVERIFY2(chosen.contains(ErrorCategory::Auth)
                 && (chosen.contains(ErrorCategory::Validation) || chosen.contains(ErrorCategory::Billing)),
             qPrintable(QStringList(chosen.values()).join(QLatin1Char(','))));

    Rig rig(dbPath(QStringLiteral("refusal-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        m_sandbox.reset();
        QString error;
        QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("error=%1").arg(it.value()), 1,
                                        &error),
                 qPrintable(error));
        const qint64 id = rig.engine->submit(profile.id, specFor(provider, {}));
        QVERIFY(id > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Rejected, qPrintable(describe(rig.engine->task(id))), Wait);
        const Task task = *rig.engine->task(id);
        QVERIFY(task.remoteId.isEmpty());
        QVERIFY(task.lastError);
        if (!it.value().startsWith(QLatin1String("http_")))   // a bare status has no code of its own
            QCOMPARE(task.lastError->code, it.value());
        QCOMPARE(task.lastError->category, it.key());
        QCOMPARE(task.lastError->phase, ApiPhase::Submit);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasCallPlanned(id), Wait);   // the count below is final
        QCOMPARE(m_sandbox.requestsTo(provider), quint64(1));   // never retried automatically
        QVERIFY(rig.engine->retryBlockedReason(task).isEmpty());   // the operator may retry
    }
}

void TestEngineLifecycle::submitRateLimitWithinBudget()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("submit429-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=429 retry-after=0"), 2,
                                    &error),
             qPrintable(error));
    const qint64 ok = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms")));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(ok) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(ok))), Wait);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")), quint64(3));
    QVERIFY(hasCause(rig.engine->events(ok), QStringLiteral("submit_rate_limited")));

    // Beyond the budget the submit is refused, after exactly budget + 1 tries.
    m_sandbox.reset();
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=429 retry-after=0"), 20));
    const qint64 refused = rig.engine->submit(profile.id, specFor(provider, {}));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(refused) == TaskState::Rejected,
                              qPrintable(describe(rig.engine->task(refused))), Wait);
    QCOMPARE(rig.engine->task(refused)->lastError->category, ErrorCategory::RateLimit);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasCallPlanned(refused), Wait);   // the count below is final
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")),
             quint64(rig.engine->settings().submitRateLimitRetries + 1));
}

void TestEngineLifecycle::cancelLive()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("cancel-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    // Held in the queue until cancelled: on a slow machine a timed task could finish first.
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("stuck=queue")));
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(id) == TaskState::Queued, Wait);
    const bool canCancel = cancellingProviders().contains(provider);
    QString error;
    if (!canCancel) {
        QVERIFY(!rig.engine->cancel(id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(error, rig.engine->cancelBlockedReason(*rig.engine->task(id)));
        QCOMPARE(error, rig.registry.adapter(provider)->capabilities().cancelUnsupportedReason);
        QVERIFY(rig.engine->remove(id));
        return;
    }
    QVERIFY(rig.engine->cancelBlockedReason(*rig.engine->task(id)).isEmpty());
    QVERIFY2(rig.engine->cancel(id, &error), qPrintable(error));
    QVERIFY(!rig.engine->cancel(id, &error));   // one cancel at a time
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Cancelled, qPrintable(describe(rig.engine->task(id))), Wait);
    const QList<TaskEvent> events = rig.engine->events(id);
    QVERIFY(hasCause(events, QStringLiteral("cancel_requested")));
    QVERIFY(!rig.engine->cancel(id, &error));   // terminal now
}

void TestEngineLifecycle::cancelAfterProviderFinished_data()
{
    QTest::addColumn<QString>("provider");
    for (const QString &provider : cancellingProviders())
        QTest::newRow(qPrintable(provider)) << provider;
}

// The provider finished the task, but the engine has not polled yet: the cancel comes back
// "already terminal", and the engine looks the task up at once and adopts the real state.
void TestEngineLifecycle::cancelAfterProviderFinished()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("late-cancel-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=100ms run=100ms")));
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(id) == TaskState::Queued || rig.state(id) == TaskState::Running, Wait);
    rig.engine->setPollingPaused(true);
    // The provider's task ends while the engine, paused, does not poll.
    const QString remoteId = rig.engine->task(id)->remoteId;
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.taskPhase(remoteId), QStringLiteral("succeeded"), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(rig.engine->requestsInFlight(), 0, Wait);   // a poll sent before the pause is answered
    QVERIFY(!rig.engine->task(id)->isTerminal());
    QString error;
    QVERIFY2(rig.engine->cancel(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("cancel_too_late")));
    QVERIFY(rig.engine->isPollingPaused());
}

void TestEngineLifecycle::serverErrorBurstWhilePolling()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("burst-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("fault=503"), 4, &error),
             qPrintable(error));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=100ms run=100ms")));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(!rig.engine->task(id)->lastError);   // cleared by the first good answer
    const QList<TaskEvent> events = rig.engine->events(id);
    QCOMPARE(countCause(events, QStringLiteral("poll_error")), 1);   // noted once, not four times
}

void TestEngineLifecycle::hungSubmitBecomesUnknown()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("hang-") + provider));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=hang")));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms")));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Unknown, qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QVERIFY(task.lastError);
    QCOMPARE(task.lastError->code, QStringLiteral("submit_outcome_unknown"));
    QCOMPARE(task.lastError->provider, QStringLiteral("queuelens"));
    // Never resent: exactly one submit reached the provider, and the engine plans no other call.
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasCallPlanned(id), Wait);
    QCOMPARE(m_sandbox.requestsTo(provider), quint64(1));
    QCOMPARE(m_sandbox.unansweredRequests(provider), quint64(1));
    QCOMPARE(rig.state(id), TaskState::Unknown);

    QString error;
    if (provider != QLatin1String("llmapi") && provider != QLatin1String("vidu")) {   // these list: see lostSubmit*
        QVERIFY(!rig.engine->checkAgain(id, &error));
        QVERIFY2(error.contains(QStringLiteral("without its id")), qPrintable(error));
    }
    QVERIFY(!rig.engine->retry(id, &error));   // retry is not the way out of Unknown
    QVERIFY(!rig.engine->cancel(id, &error));
    QVERIFY2(rig.engine->submitAnyway(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    const QList<TaskAttempt> attempts = rig.engine->attempts(id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).finalState, TaskState::Unknown);
    QCOMPARE(attempts.at(1).finalState, TaskState::Succeeded);
    QCOMPARE(rig.engine->task(id)->attempts, 2);
}

void TestEngineLifecycle::vanishedTaskBecomesLost()
{
    const QString provider = QStringLiteral("seaart");
    Rig rig(dbPath(QStringLiteral("lost")));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=5s run=5s vanish=300ms")));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Lost, qPrintable(describe(rig.engine->task(id))), Wait);
    QCOMPARE(rig.engine->task(id)->lastError->code, QStringLiteral("task_lost"));
    // Check again looks once more; the provider still does not know it.
    QString error;
    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(hasCause(rig.engine->events(id), QStringLiteral("check_not_found")), Wait);
    QCOMPARE(rig.state(id), TaskState::Lost);
    QVERIFY(rig.engine->retryBlockedReason(*rig.engine->task(id)).isEmpty());
}

void TestEngineLifecycle::retryResubmitsFullSpec()
{
    const QString provider = QStringLiteral("vidu");
    Rig rig(dbPath(QStringLiteral("retry")));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    TaskSpec spec = specFor(provider, QStringLiteral("queue=50ms run=50ms"),
                            QStringLiteral("a very long prompt ") + QString(3000, QLatin1Char('x')));
    spec.params.insert(QStringLiteral("duration"), 4);
    spec.params.insert(QStringLiteral("seed"), 12345);
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("error=CreditInsufficient")));
    const qint64 id = rig.engine->submit(profile.id, spec);
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(id) == TaskState::Rejected, Wait);
    QString error;
    QVERIFY2(rig.engine->retry(id, &error), qPrintable(error));
    QCOMPARE(rig.state(id), TaskState::Submitting);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.spec, spec);
    QCOMPARE(task.attempts, 2);
    const QList<TaskAttempt> attempts = rig.engine->attempts(id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).finalState, TaskState::Rejected);
    QVERIFY(attempts.at(0).error);
    QCOMPARE(attempts.at(0).error->code, QStringLiteral("CreditInsufficient"));
    QCOMPARE(attempts.at(1).remoteId, task.remoteId);
    // Reloaded from disk, the spec is still complete.
    TaskStore reader;
    QVERIFY(reader.open(dbPath(QStringLiteral("retry"))));
    QCOMPARE(reader.loadTask(id)->spec, spec);
}

void TestEngineLifecycle::restartResumesPolling()
{
    const QString path = dbPath(QStringLiteral("restart"));
    QList<qint64> live;
    qint64 hung = 0;
    {
        Rig first(path);
        first.engine->start();
        for (const QString &provider : {QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                                        QStringLiteral("llmapi")}) {
            const ProviderProfile profile = first.addProfile(provider, m_sandbox.baseUrl(provider));
            for (int i = 0; i < 2; ++i)
                live.append(first.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=1500ms run=500ms"))));
        }
        const ProviderProfile vidu = first.addProfile(QStringLiteral("vidu"), m_sandbox.baseUrl(QStringLiteral("vidu")));
        QVERIFY(m_sandbox.queueOutcome(QStringLiteral("vidu"), QStringLiteral("submit"), QStringLiteral("fault=hang")));
        hung = first.engine->submit(vidu.id, specFor(QStringLiteral("vidu"), {}));
        for (qint64 id : std::as_const(live))
            QTRY_VERIFY_WITH_TIMEOUT(!first.engine->task(id)->remoteId.isEmpty(), Wait);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(QStringLiteral("vidu")), quint64(1), Wait);
        QCOMPARE(first.state(hung), TaskState::Submitting);
        // The engine goes away with live tasks and one unanswered submit.
    }
    Rig second(path);
    QVERIFY(second.opened);
    second.engine->start();
    QCOMPARE(second.engine->tasks().size(), live.size() + 1);
    for (qint64 id : std::as_const(live))
        QTRY_VERIFY2_WITH_TIMEOUT(second.state(id) == TaskState::Succeeded, qPrintable(describe(second.engine->task(id))),
                                  Wait);
    QCOMPARE(second.state(hung), TaskState::Unknown);
    QCOMPARE(second.engine->task(hung)->lastError->code, QStringLiteral("submit_outcome_unknown"));
    QVERIFY(hasCause(second.engine->events(hung), QStringLiteral("restart")));
    QTRY_VERIFY_WITH_TIMEOUT(!second.engine->hasCallPlanned(hung), Wait);   // the count below is final
    QCOMPARE(m_sandbox.requestsTo(QStringLiteral("vidu"), QStringLiteral("POST")), quint64(1));   // never resent
}

void TestEngineLifecycle::missingKeyRefusesSubmit()
{
    Rig rig(dbPath(QStringLiteral("nokey")));
    rig.engine->start();
    ProviderProfile profile;
    profile.id = QStringLiteral("real-vidu");
    profile.provider = QStringLiteral("vidu");
    profile.baseUrl = m_sandbox.baseUrl(QStringLiteral("vidu"));
    QVERIFY(rig.engine->saveProfile(profile));
    QTRY_VERIFY(!rig.secrets->isLoading());
    QString error;
    QCOMPARE(rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}), &error), qint64(0));
    QVERIFY2(error.contains(QStringLiteral("API key")), qPrintable(error));
    QVERIFY(rig.engine->tasks().isEmpty());
    rig.secrets->setKey(profile.id, QStringLiteral("vidu-session-key-1234"), false);
    QVERIFY(rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), {}), &error) > 0);
}

void TestEngineLifecycle::trackImportsARemoteTask()
{
    const QString provider = QStringLiteral("llmapi");
    QString remoteId;
    {
        Rig origin(dbPath(QStringLiteral("track-origin")));
        origin.engine->start();
        const ProviderProfile profile = origin.addProfile(provider, m_sandbox.baseUrl(provider));
        const qint64 id = origin.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=300ms run=300ms")));
        QTRY_VERIFY_WITH_TIMEOUT(!origin.engine->task(id)->remoteId.isEmpty(), Wait);
        remoteId = origin.engine->task(id)->remoteId;
    }
    Rig rig(dbPath(QStringLiteral("track")));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    const qint64 id = rig.engine->track(profile.id, remoteId, specFor(provider, {}), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("tracked")));
}

void TestEngineLifecycle::brokenDatabaseIsAnnounced()
{
    const QString path = dbPath(QStringLiteral("broken"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    Rig rig(path);
    QVERIFY(!rig.opened);
    rig.engine->start();
    QCOMPARE(rig.notices.size(), 1);
    QVERIFY2(rig.notices.first().contains(QStringLiteral("damaged")), qPrintable(rig.notices.first()));
    // The engine still works for this session, in memory.
    const ProviderProfile profile = rig.addProfile(QStringLiteral("vidu"), m_sandbox.baseUrl(QStringLiteral("vidu")));
    const qint64 id = rig.engine->submit(profile.id, specFor(QStringLiteral("vidu"), QStringLiteral("queue=50ms run=50ms")));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, Wait);
    QVERIFY(rig.engine->events(id).isEmpty());   // nothing persisted, nothing claimed
}

void TestEngineLifecycle::tasksChangedIsBatched()
{
    Rig rig(dbPath(QStringLiteral("batch")));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(QStringLiteral("foxapi"), m_sandbox.baseUrl(QStringLiteral("foxapi")));
    QSignalSpy added(rig.engine.get(), &TaskEngine::tasksAdded);
    QSignalSpy changed(rig.engine.get(), &TaskEngine::tasksChanged);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i)
        ids.append(rig.engine->submit(profile.id, specFor(QStringLiteral("foxapi"), QStringLiteral("stuck=queue"))));
    QCOMPARE(added.count(), 0);   // nothing until the event loop turns
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<qint64>>(), ids);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>().size(), 40);
}

// new-api puts a failed video's reason in error{code,message}, in error with an empty code, in
// metadata.url (GetResultURL's FailReason fallback) or nowhere (fail-shape=...).
void TestEngineLifecycle::newApiFailureReasonPerShape_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("error") << "error" << "sensitive_words_detected" << "sensitive words detected";
    QTest::newRow("message") << "message" << "task_failed" << "sensitive words detected";
    QTest::newRow("metadata") << "metadata" << "task_failed" << "sensitive words detected (sensitive_words_detected)";
    QTest::newRow("none") << "none" << "task_failed" << "";
}

void TestEngineLifecycle::newApiFailureReasonPerShape()
{
    QFETCH(QString, shape);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QString provider = QStringLiteral("newapi");
    Rig rig(dbPath(QStringLiteral("newapi-shape-") + shape));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    const qint64 id = rig.engine->submit(
        profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms fail=sensitive_words_detected fail-shape=%1").arg(shape)));
    QVERIFY(id > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->isTerminal(), qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.state, TaskState::Failed);
    QVERIFY(task.lastError);
    QCOMPARE(task.lastError->phase, ApiPhase::InTask);
    QCOMPARE(task.lastError->code, code);
    if (message.isEmpty())
        QVERIFY2(task.lastError->message.contains(QStringLiteral("no reason")), qPrintable(task.lastError->message));
    else
        QCOMPARE(task.lastError->message, message);
    QVERIFY(task.resultUrls.isEmpty());
}

// A completed video without a link: the result is {base}/v1/videos/{id}/content, which needs the
// key; the engine downloads it into the results folder and shows the local file.
void TestEngineLifecycle::newApiContentResultIsDownloaded()
{
    const QString provider = QStringLiteral("newapi");
    QTemporaryDir results;
    QVERIFY(results.isValid());
    Rig rig(dbPath(QStringLiteral("newapi-content")));
    EngineSettings settings = rig.engine->settings();
    settings.inlineResultsFolder = results.path();
    rig.engine->setSettings(settings);
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms no-url")));
    QVERIFY(id > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    // Succeeded only once the file is saved.
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("result_downloading")));
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("result_downloaded")));
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.resultUrls.size(), 1);
    const QUrl local(task.resultUrls.first());
    QVERIFY2(local.isLocalFile(), qPrintable(task.resultUrls.first()));
    QCOMPARE(QFileInfo(local.toLocalFile()).absolutePath(), QDir(results.path()).absolutePath());
    QVERIFY(QFileInfo(local.toLocalFile()).fileName().startsWith(QStringLiteral("task-%1-0.").arg(id)));
    QFile file(local.toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.isEmpty());

    // The same bytes as /content serves to the key.
    ProviderRequest request;
    request.url = QUrl(m_sandbox.baseUrl(provider).toString() + QStringLiteral("/v1/videos/%1/content").arg(task.remoteId));
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + rig.secrets->key(profile).toUtf8()});
    std::optional<HttpOutcome> fetched;
    rig.http->send(request, 5000, [&fetched](const HttpOutcome &outcome) { fetched = outcome; }, 512LL * 1024 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), Wait);
    QVERIFY(fetched->isReply());
    QCOMPARE(fetched->reply->httpStatus, 200);
    QCOMPARE(saved, fetched->reply->body);

    // The stored task holds the file too.
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    TaskStore reader;
    QVERIFY(reader.open(dbPath(QStringLiteral("newapi-content"))));
    QCOMPARE(reader.loadTask(id)->resultUrls, task.resultUrls);
}

void TestEngineLifecycle::newApiContentDownloadFailureKeepsUrl()
{
    const QString provider = QStringLiteral("newapi");
    QTemporaryDir results;
    QVERIFY(results.isValid());
    Rig rig(dbPath(QStringLiteral("newapi-content-fail")));
    EngineSettings settings = rig.engine->settings();
    settings.inlineResultsFolder = results.path();
    rig.engine->setSettings(settings);
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("/newapi/v1/videos/{id}/content"), QStringLiteral("fault=500"), 1,
                                    &error),
             qPrintable(error));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms no-url")));
    QVERIFY(id > 0);
    const auto timeline = [&rig, id] {
        QStringList lines;
        for (const TaskEvent &event : rig.engine->events(id))
            lines.append(event.cause + QStringLiteral(": ") + event.excerpt);
        return lines.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(hasCause(rig.engine->events(id), QStringLiteral("result_download_failed")),
                              qPrintable(timeline()), Wait);
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.state, TaskState::Succeeded);
    QCOMPARE(task.resultUrls,
             QStringList{m_sandbox.baseUrl(provider).toString() + QStringLiteral("/v1/videos/%1/content").arg(task.remoteId)});
    QVERIFY(QDir(results.path()).isEmpty());
}

// The app stops while the result is being downloaded: the task was never marked succeeded, so the
// next engine polls it again and downloads the result.
void TestEngineLifecycle::newApiContentDownloadResumesAfterShutdown()
{
    const QString provider = QStringLiteral("newapi");
    QTemporaryDir results;
    QVERIFY(results.isValid());
    const QString database = dbPath(QStringLiteral("newapi-content-resume"));
    auto keychain = std::make_shared<FakeKeychain::Shared>();
    qint64 id = 0;
    {
        Rig first(database, nullptr, keychain);
        EngineSettings settings = first.engine->settings();
        settings.inlineResultsFolder = results.path();
        first.engine->setSettings(settings);
        first.engine->start();
        const ProviderProfile profile = first.addProfile(provider, m_sandbox.baseUrl(provider));
        QString error;
        QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("/newapi/v1/videos/{id}/content"), QStringLiteral("fault=hang"),
                                        1, &error),
                 qPrintable(error));
        id = first.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=80ms no-url")));
        QVERIFY(id > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(hasCause(first.engine->events(id), QStringLiteral("result_downloading")),
                                  qPrintable(describe(first.engine->task(id))), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!first.engine->hasUnsavedChanges(), Wait);
        // Still live (Queued when the first poll already found it completed, on a slow machine;
        // Running otherwise), never Succeeded before its result is saved.
        QVERIFY2(TaskStates::needsPolling(first.state(id)), qPrintable(describe(first.engine->task(id))));
    }   // shut down with the download still hanging

    Rig second(database, nullptr, keychain);
    EngineSettings settings = second.engine->settings();
    settings.inlineResultsFolder = results.path();
    second.engine->setSettings(settings);
    second.engine->start();
    QTRY_VERIFY2_WITH_TIMEOUT(second.state(id) == TaskState::Succeeded, qPrintable(describe(second.engine->task(id))), Wait);
    const Task task = *second.engine->task(id);
    QCOMPARE(task.resultUrls.size(), 1);
    QVERIFY2(QUrl(task.resultUrls.first()).isLocalFile(), qPrintable(task.resultUrls.first()));
    QVERIFY(QFileInfo::exists(QUrl(task.resultUrls.first()).toLocalFile()));
}

// Codes documented as "the upstream task may exist": never Rejected, never resent.
void TestEngineLifecycle::ambiguousSubmitBecomesUnknown_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("newapi read_response_body_failed") << "newapi" << "error=read_response_body_failed"
                                                       << "read_response_body_failed";
    QTest::newRow("newapi update_data_error") << "newapi" << "error=update_data_error" << "update_data_error";
    // LLMAPI: "for async images, query task status first to avoid duplicate submissions".
    QTest::newRow("llmapi bare 503") << "llmapi" << "fault=503" << "service_unavailable";
    QTest::newRow("llmapi bare 500") << "llmapi" << "fault=500" << "server_error";
}

void TestEngineLifecycle::ambiguousSubmitBecomesUnknown()
{
    QFETCH(QString, provider);
    QFETCH(QString, outcome);
    QFETCH(QString, excerpt);
    Rig rig(dbPath(QStringLiteral("ambiguous-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), outcome, 1, &error), qPrintable(error));
    const quint64 postsBefore = m_sandbox.requestsTo(provider, QStringLiteral("POST"));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms")));
    QVERIFY(id > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Unknown, qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QVERIFY(task.lastError);
    QCOMPARE(task.lastError->code, QStringLiteral("submit_outcome_unknown"));
    QVERIFY2(rig.engine->events(id).last().excerpt.contains(excerpt), qPrintable(rig.engine->events(id).last().excerpt));
    // A second task runs to its end on the same profile meanwhile: the first is never resent.
    const qint64 next = rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms")));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(next) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(next))), Wait);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")) - postsBefore, quint64(2));
    QCOMPARE(rig.state(id), TaskState::Unknown);
}

void TestEngineLifecycle::lostSubmitFoundInTaskList_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("fault");
    QTest::newRow("llmapi drop") << "llmapi" << "fault=drop";
    QTest::newRow("llmapi hang") << "llmapi" << "fault=hang";
    QTest::newRow("vidu drop") << "vidu" << "fault=drop";
    QTest::newRow("vidu hang") << "vidu" << "fault=hang";
}

// A submit whose answer is lost: Check again finds the task in the provider's task list by its
// model and prompt, adopts its id and follows it to the end, without a second create.
void TestEngineLifecycle::lostSubmitFoundInTaskList()
{
    QFETCH(QString, provider);
    QFETCH(QString, fault);
    const QString name = QStringLiteral("listfound-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    Rig rig(dbPath(name));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    // The timing travels with the queued outcome: the list shows the prompt without a directive.
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), fault + QStringLiteral(" queue=50ms run=50ms"), 1, &error),
             qPrintable(error));
    const quint64 postsBefore = m_sandbox.requestsTo(provider, QStringLiteral("POST"));
    const qint64 id = rig.engine->submit(profile.id, specFor(provider, QString(), QStringLiteral("a lost lighthouse ") + name), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Unknown, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY(rig.engine->task(id)->remoteId.isEmpty());

    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QVERIFY(!task.remoteId.isEmpty());
    QVERIFY2(!task.resultUrls.isEmpty(), qPrintable(describe(task)));
    QVERIFY(!task.lastError);
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("list_found")));
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")) - postsBefore, quint64(1));   // never resubmitted
    QCOMPARE(rig.engine->attempts(id).size(), 1);
    // The adopted id is stored like an accepted submit id.
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    TaskStore reader;
    QVERIFY(reader.open(dbPath(name)));
    const auto stored = reader.loadTask(id);
    QVERIFY(stored);
    QCOMPARE(stored->remoteId, task.remoteId);
}

void TestEngineLifecycle::lostSubmitWithTwinsIsAmbiguous_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("llmapi") << "llmapi";
    QTest::newRow("vidu") << "vidu";
}

// Two identical tasks in the list: QueueLens does not guess which one is the lost one.
void TestEngineLifecycle::lostSubmitWithTwinsIsAmbiguous()
{
    QFETCH(QString, provider);
    Rig rig(dbPath(QStringLiteral("listtwins-") + provider));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=drop queue=50ms run=50ms"), 1, &error),
             qPrintable(error));
    const quint64 postsBefore = m_sandbox.requestsTo(provider, QStringLiteral("POST"));
    const TaskSpec spec = specFor(provider, QString(), QStringLiteral("twin owls ") + provider);
    const qint64 id = rig.engine->submit(profile.id, spec, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(id) == TaskState::Unknown, qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY2(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("queue=50ms run=50ms"), 1, &error),
             qPrintable(error));
    const qint64 twin = rig.engine->submit(profile.id, spec, &error);
    QVERIFY2(twin > 0, qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.state(twin) == TaskState::Succeeded, qPrintable(describe(rig.engine->task(twin))), Wait);

    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->lastError
                                  && rig.engine->task(id)->lastError->code == QLatin1String("list_ambiguous"),
                              qPrintable(describe(rig.engine->task(id))), Wait);
    const Task task = *rig.engine->task(id);
    QCOMPARE(task.state, TaskState::Unknown);
    QVERIFY(task.remoteId.isEmpty());
    QVERIFY2(task.lastError->message.contains(QStringLiteral("ambiguous: 2 task(s)")), qPrintable(task.lastError->message));
    QVERIFY(hasCause(rig.engine->events(id), QStringLiteral("list_ambiguous")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.engine->requestsInFlight(), 0, Wait);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")) - postsBefore, quint64(2));   // the lost one and its twin
    QCOMPARE(rig.state(id), TaskState::Unknown);
}

// The provider never created the task (its list is empty): the task stays Unknown with a note.
void TestEngineLifecycle::lostSubmitNotInTaskList()
{
    const QString provider = QStringLiteral("llmapi");
    Rig rig(dbPath(QStringLiteral("listnone")));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    const qint64 id = loseSubmit(rig, profile, QStringLiteral("a gone gull"));
    QVERIFY2(id > 0, "the dropped submit did not leave the task Unknown");
    m_sandbox.reset();   // the provider forgets every task
    const quint64 postsBefore = m_sandbox.requestsTo(provider, QStringLiteral("POST"));
    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->lastError
                                  && rig.engine->task(id)->lastError->code == QLatin1String("list_not_found"),
                              qPrintable(describe(rig.engine->task(id))), Wait);
    const QList<TaskEvent> events = rig.engine->events(id);
    QVERIFY(hasCause(events, QStringLiteral("list_not_found")));
    QVERIFY2(events.last().excerpt.contains(QStringLiteral("not found in the provider's task list")), qPrintable(events.last().excerpt));
    QCOMPARE(rig.state(id), TaskState::Unknown);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")), postsBefore);
}

// A full page of newer tasks hides the lost one: "not found" would be a guess, so the note says
// the list did not reach back and the task may exist.
void TestEngineLifecycle::lostSubmitBehindAFullListPage()
{
    const QString provider = QStringLiteral("llmapi");
    Rig rig(dbPath(QStringLiteral("listfull")));
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QString error;
    const qint64 id = loseSubmit(rig, profile, QStringLiteral("a buried bittern"));
    QVERIFY2(id > 0, "the dropped submit did not leave the task Unknown");
    QList<qint64> newer;
    for (int i = 0; i < ProviderAdapter::ListPageSize; ++i) {
        newer.append(rig.engine->submit(profile.id, specFor(provider, QString(), QStringLiteral("a newer heron")), &error));
        QVERIFY2(newer.last() > 0, qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(newer.cbegin(), newer.cend(),
                                         [&](qint64 task) { return !rig.engine->task(task)->remoteId.isEmpty(); }),
                             Wait);
    const quint64 postsBefore = m_sandbox.requestsTo(provider, QStringLiteral("POST"));
    QVERIFY2(rig.engine->checkAgain(id, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->lastError
                                  && rig.engine->task(id)->lastError->code == QLatin1String("list_incomplete"),
                              qPrintable(describe(rig.engine->task(id))), Wait);
    QVERIFY2(rig.engine->task(id)->lastError->message.contains(QStringLiteral("may exist")),
             qPrintable(rig.engine->task(id)->lastError->message));
    QCOMPARE(rig.state(id), TaskState::Unknown);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")), postsBefore);
}

QTEST_MAIN(TestEngineLifecycle)
#include "tst_engine_lifecycle.moc"
