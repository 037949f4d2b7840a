// Timing rules asserted on a ManualClock (no sleeps decide anything here): Retry-After in both
// forms and without it, exponential backoff on 5xx, the submit 429 budget, the client
// deadline, no pile-ups, the request caps and the single scheduler timer.
//
// The engine schedules on the manual clock while the sandbox answers over real loopback HTTP.
// After each step the test calls wake(): a request that is due starts synchronously inside
// it, so requestsInFlight() right after wake() tells whether the engine sent something.

#include "enginetestsupport.h"
#include "testsandbox.h"

#include <QTemporaryDir>
#include <QTimer>

using namespace EngineTest;

namespace {
constexpr int Wait = 10000;
}

class TestEngineTiming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pollRetryAfterSeconds_data();
    void pollRetryAfterSeconds();
    void pollRetryAfterHttpDate();
    void pollRateLimitWithoutRetryAfter();
    void serverErrorsBackOffExponentially();
    void submitRateLimitHonoursRetryAfter();
    void clientDeadline();
    void noPileUpWhileAReplyIsPending();
    void requestCapsHold();
    void pausedPollingResumes();
    void oneSchedulerTimer();

private:
    // A rig on the manual clock with one profile; returns a task that has reached Queued.
    qint64 queuedTask(const QString &provider, const QString &directive, int pollMs = 1000, int deadlineSeconds = 0);
    // Steps the clock a second at a time until the next poll leaves; returns the time that took.
    qint64 stepUntilRequest()
    {
        for (qint64 waited = 1000; waited <= 120000; waited += 1000) {
            stepAndWake(1000);
            if (m_rig->engine->requestsInFlight() > 0)
                return waited;
        }
        return -1;
    }
    void stepAndWake(qint64 ms)
    {
        m_clock->advanceMs(ms);
        m_rig->engine->wake();
    }
    // Idle: no request on its way and every change on disk (the store thread has answered).
    bool waitIdle()
    {
        return QTest::qWaitFor(
            [this] { return m_rig->engine->requestsInFlight() == 0 && !m_rig->engine->hasUnsavedChanges(); }, Wait);
    }

    QTemporaryDir m_dir;
    TestSandbox m_sandbox;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Rig> m_rig;
    ProviderProfile m_profile;
    int m_counter = 0;
};

void TestEngineTiming::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestEngineTiming::init()
{
    m_sandbox.reset();
    m_clock = std::make_unique<ManualClock>();
    m_rig = std::make_unique<Rig>(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_counter)), m_clock.get());
    EngineSettings settings = fastSettings();
    settings.maxBackoffMs = 60000;
    m_rig->engine->setSettings(settings);
    m_rig->engine->start();
}

void TestEngineTiming::cleanup()
{
    m_rig.reset();
    m_clock.reset();
}

qint64 TestEngineTiming::queuedTask(const QString &provider, const QString &directive, int pollMs, int deadlineSeconds)
{
    m_profile = m_rig->addProfile(provider, m_sandbox.baseUrl(provider), pollMs, deadlineSeconds);
    const qint64 id = m_rig->engine->submit(m_profile.id, specFor(provider, directive));
    if (!QTest::qWaitFor([&] { return m_rig->state(id) == TaskState::Queued && m_rig->engine->requestsInFlight() == 0
                                      && !m_rig->engine->hasUnsavedChanges(); },
                         Wait))
        qWarning("task did not reach Queued: %s", qPrintable(describe(m_rig->engine->task(id))));
    return id;
}

void TestEngineTiming::pollRetryAfterSeconds_data()
{
    QTest::addColumn<QString>("provider");
    for (const QString &provider : allProviders())
        QTest::newRow(qPrintable(provider)) << provider;
}

void TestEngineTiming::pollRetryAfterSeconds()
{
    QFETCH(QString, provider);
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=queue"));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("fault=429 retry-after=7")));
    if (provider == QLatin1String("foxapi")) {
        // FoxAPI estimates the run time: the first poll waits for (most of) it.
        QVERIFY(stepUntilRequest() > 1000);
    } else {
        stepAndWake(999);
        QCOMPARE(m_rig->engine->requestsInFlight(), 0);   // the poll interval is 1000 ms
        stepAndWake(1);
        QCOMPARE(m_rig->engine->requestsInFlight(), 1);
    }
    QVERIFY(waitIdle());
    const QDateTime answeredAt = m_clock->nowUtc();
    QVERIFY2(m_rig->engine->task(id)->lastError, qPrintable(describe(m_rig->engine->task(id))));
    QCOMPARE(m_rig->engine->task(id)->lastError->category, ErrorCategory::RateLimit);
    QCOMPARE(m_rig->state(id), TaskState::Queued);   // a poll error never changes the state
    QCOMPARE(m_rig->engine->rateLimitedProfiles().value(m_profile.id), answeredAt.addSecs(7));

    stepAndWake(6999);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    stepAndWake(1);
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
    QVERIFY(waitIdle());
    QVERIFY(!m_rig->engine->task(id)->lastError);
    QVERIFY(m_rig->engine->rateLimitedProfiles().isEmpty());
}

void TestEngineTiming::pollRetryAfterHttpDate()
{
    const QString provider = QStringLiteral("foxapi");
    queuedTask(provider, QStringLiteral("stuck=queue"));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("fault=429 retry-after=date:5")));
    QVERIFY(stepUntilRequest() > 0);
    QVERIFY(waitIdle());
    const QDateTime until = m_rig->engine->rateLimitedProfiles().value(m_profile.id);
    QVERIFY(until.isValid());
    // An HTTP-date has whole seconds and is read against the real clock: 4 to 5 s.
    const qint64 wait = m_clock->nowUtc().msecsTo(until);
    QVERIFY2(wait >= 3000 && wait <= 6000, qPrintable(QString::number(wait)));
    stepAndWake(wait - 1);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    stepAndWake(1);
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
}

void TestEngineTiming::pollRateLimitWithoutRetryAfter()
{
    const QString provider = QStringLiteral("vidu");
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=queue"));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("fault=429 retry-after=none")));
    stepAndWake(1000);
    QVERIFY(waitIdle());
    QCOMPARE(m_rig->engine->task(id)->lastError->httpStatus, 429);
    QVERIFY(!m_rig->engine->task(id)->lastError->retryAfterSeconds);
    // Exponential backoff, first step: 1 s +-20 % for the whole profile.
    const qint64 wait = m_clock->nowUtc().msecsTo(m_rig->engine->rateLimitedProfiles().value(m_profile.id));
    QVERIFY2(wait >= 800 && wait <= 1200, qPrintable(QString::number(wait)));
    stepAndWake(wait - 1);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    stepAndWake(1);   // the task's next poll is armed for the end of the pause
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
    QVERIFY(waitIdle());
    QVERIFY(!m_rig->engine->task(id)->lastError);
}

void TestEngineTiming::serverErrorsBackOffExponentially()
{
    const QString provider = QStringLiteral("llmapi");
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=queue"));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("fault=503"), 3));
    stepAndWake(1000);
    QVERIFY(waitIdle());
    // After failure n the next call comes 2^(n-1) s later, +-20 %.
    for (const qint64 base : {1000, 2000, 4000}) {
        QVERIFY2(m_rig->engine->task(id)->lastError, qPrintable(describe(m_rig->engine->task(id))));
        QCOMPARE(m_rig->engine->task(id)->lastError->httpStatus, 503);
        const qint64 low = base * 8 / 10;
        const qint64 high = base * 12 / 10;
        stepAndWake(low - 1);
        QCOMPARE(m_rig->engine->requestsInFlight(), 0);
        stepAndWake(high - low + 1);
        QCOMPARE(m_rig->engine->requestsInFlight(), 1);
        QVERIFY(waitIdle());
    }
    QVERIFY(!m_rig->engine->task(id)->lastError);
    QCOMPARE(m_rig->state(id), TaskState::Queued);
}

void TestEngineTiming::submitRateLimitHonoursRetryAfter()
{
    const QString provider = QStringLiteral("seaart");
    m_profile = m_rig->addProfile(provider, m_sandbox.baseUrl(provider), 1000, 0);
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=429 retry-after=3"), 2));
    const qint64 id = m_rig->engine->submit(m_profile.id, specFor(provider, QStringLiteral("stuck=queue")));
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->engine->task(id)->lastError.has_value() && m_rig->engine->requestsInFlight() == 0,
                             Wait);
    QCOMPARE(m_rig->state(id), TaskState::Submitting);
    for (int round = 0; round < 2; ++round) {
        stepAndWake(2999);
        QCOMPARE(m_rig->engine->requestsInFlight(), 0);
        stepAndWake(1);
        QCOMPARE(m_rig->engine->requestsInFlight(), 1);
        QVERIFY(waitIdle());
    }
    QCOMPARE(m_rig->state(id), TaskState::Queued);
    QCOMPARE(m_sandbox.requestsTo(provider, QStringLiteral("POST")), quint64(3));
}

void TestEngineTiming::clientDeadline()
{
    const QString provider = QStringLiteral("newapi");
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=run"), 1000, 10);
    for (int i = 0; i < 9; ++i) {
        stepAndWake(1000);
        QVERIFY(waitIdle());
        QVERIFY(!m_rig->engine->task(id)->isTerminal());
    }
    stepAndWake(999);
    QVERIFY(waitIdle());
    QVERIFY(!m_rig->engine->task(id)->isTerminal());
    const quint64 before = m_sandbox.requestsTo(provider);
    stepAndWake(1);
    QCOMPARE(m_rig->state(id), TaskState::TimedOut);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);   // no request at the deadline itself
    QCOMPARE(m_rig->engine->task(id)->lastError->code, QStringLiteral("client_deadline"));
    QCOMPARE(m_rig->engine->task(id)->lastError->provider, QStringLiteral("queuelens"));
    stepAndWake(60000);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    QCOMPARE(m_sandbox.requestsTo(provider), before);
    // Check again may still find it: the local deadline is not the provider's verdict.
    QString error;
    QVERIFY2(m_rig->engine->checkAgain(id, &error), qPrintable(error));
    QVERIFY(m_rig->engine->requestsInFlight() == 1 || QTest::qWaitFor([&] { return m_rig->engine->requestsInFlight() == 1; }, 1000));
    QVERIFY(waitIdle());
    QVERIFY2(m_rig->state(id) == TaskState::Running || m_rig->state(id) == TaskState::Queued,
             qPrintable(describe(m_rig->engine->task(id))));
}

void TestEngineTiming::noPileUpWhileAReplyIsPending()
{
    const QString provider = QStringLiteral("seaart");
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=queue"));
    QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("poll"), QStringLiteral("delay=800ms")));
    const quint64 before = m_sandbox.requestsTo(provider);
    stepAndWake(1000);
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
    for (int i = 0; i < 5; ++i)
        stepAndWake(60000);   // many intervals pass while the reply is pending
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
    QVERIFY(waitIdle());
    QCOMPARE(m_sandbox.requestsTo(provider), before + 1);
    QCOMPARE(m_rig->state(id), TaskState::Queued);
    // The next poll is armed from the reply, one interval later (the task is old now: 4x).
    stepAndWake(1);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
}

void TestEngineTiming::requestCapsHold()
{
    EngineSettings settings = m_rig->engine->settings();
    settings.maxConcurrentRequests = 3;
    m_rig->engine->setSettings(settings);
    int maxSeen = 0;
    connect(m_rig->engine.get(), &TaskEngine::activityChanged, this,
            [&] { maxSeen = std::max(maxSeen, m_rig->engine->requestsInFlight()); });
    QList<qint64> ids;
    for (const QString &provider : {QStringLiteral("seaart"), QStringLiteral("vidu")}) {
        const ProviderProfile profile = m_rig->addProfile(provider, m_sandbox.baseUrl(provider), 1000, 0);
        QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("delay=100ms"), -1));
        for (int i = 0; i < 10; ++i)
            ids.append(m_rig->engine->submit(profile.id, specFor(provider, QStringLiteral("stuck=queue"))));
    }
    for (qint64 id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->state(id), TaskState::Queued, Wait);
    QVERIFY(maxSeen >= 2);
    QVERIFY2(maxSeen <= 3, qPrintable(QString::number(maxSeen)));
}

void TestEngineTiming::pausedPollingResumes()
{
    const QString provider = QStringLiteral("seaart");
    const qint64 id = queuedTask(provider, QStringLiteral("stuck=queue"));
    m_rig->engine->setPollingPaused(true);
    stepAndWake(10000);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    // Explicit requests still go.
    QVERIFY(m_rig->engine->refresh(id));
    QTRY_VERIFY_WITH_TIMEOUT(m_rig->engine->requestsInFlight() == 1, Wait);
    QVERIFY(waitIdle());
    stepAndWake(10000);
    QCOMPARE(m_rig->engine->requestsInFlight(), 0);
    m_rig->engine->setPollingPaused(false);
    m_rig->engine->wake();
    QCOMPARE(m_rig->engine->requestsInFlight(), 1);
}

void TestEngineTiming::oneSchedulerTimer()
{
    const QString provider = QStringLiteral("foxapi");
    m_profile = m_rig->addProfile(provider, m_sandbox.baseUrl(provider), 1000, 0);
    const qsizetype before = m_rig->engine->findChildren<QTimer *>().size();
    QList<qint64> ids;
    for (int i = 0; i < 100; ++i)
        ids.append(m_rig->engine->submit(m_profile.id, specFor(provider, QStringLiteral("stuck=queue"))));
    for (qint64 id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->state(id), TaskState::Queued, Wait);
    QCOMPARE(m_rig->engine->findChildren<QTimer *>().size(), before);
    QVERIFY(before <= 1);
}

QTEST_MAIN(TestEngineTiming)
#include "tst_engine_timing.moc"
