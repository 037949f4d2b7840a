// Bulk cancel and bulk retry over hundreds of tasks against the sandbox: per-task outcomes,
// the event loop stays responsive, and the API key never reaches the database file.

#include "enginetestsupport.h"
#include "testsandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace EngineTest;

namespace {

constexpr int Wait = 60000;

// Counts event-loop turns while alive: a frozen caller would show none.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { ++beats; });
        m_timer.start();
    }
    int beats = 0;

private:
    QTimer m_timer;
};

QList<qint64> submitMany(Rig &rig, const ProviderProfile &profile, int count, const QString &directive)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(rig.engine->submit(profile.id, specFor(profile.provider, directive, QStringLiteral("bulk %1").arg(i))));
    return ids;
}

bool allIn(Rig &rig, const QList<qint64> &ids, TaskState state)
{
    return std::all_of(ids.begin(), ids.end(), [&](qint64 id) { return rig.state(id) == state; });
}

QString firstNotIn(Rig &rig, const QList<qint64> &ids, TaskState state)
{
    for (qint64 id : ids) {
        if (rig.state(id) != state)
            return describe(rig.engine->task(id));
    }
    return {};
}

} // namespace

class TestEngineBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bulkCancel();
    void bulkRetry();
    void emptyAndDuplicateIds();
    void keysNeverReachTheDatabase();

private:
    QTemporaryDir m_dir;
    TestSandbox m_sandbox;
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("bulk%1.sqlite").arg(++m_counter)); }
};

void TestEngineBulk::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestEngineBulk::init()
{
    m_sandbox.reset();
}

void TestEngineBulk::bulkCancel()
{
    const int perProvider = qEnvironmentVariableIntValue("ENGINE_BULK_PER_PROVIDER") > 0
                                ? qEnvironmentVariableIntValue("ENGINE_BULK_PER_PROVIDER")
                                : 100;
    Rig rig(nextPath());
    rig.engine->start();
    QList<qint64> live;
    for (const QString &provider : cancellingProviders()) {
        const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider), 500, 0);
        live += submitMany(rig, profile, perProvider, QStringLiteral("stuck=queue"));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(rig, live, TaskState::Queued), qPrintable(firstNotIn(rig, live, TaskState::Queued)),
                              Wait);
    // Some ids the bulk cancel must refuse, each with a reason.
    const ProviderProfile fox = rig.addProfile(QStringLiteral("foxapi"), m_sandbox.baseUrl(QStringLiteral("foxapi")), 500, 0);
    const QList<qint64> uncancellable = submitMany(rig, fox, 3, QStringLiteral("stuck=queue"));
    QTRY_VERIFY_WITH_TIMEOUT(allIn(rig, uncancellable, TaskState::Queued), Wait);
    const qint64 missing = 987654321;

    QList<qint64> ids = live + uncancellable;
    ids.append(missing);
    Heartbeat heartbeat;
    QElapsedTimer timer;
    timer.start();
    BulkOperation *op = rig.engine->cancelMany(ids);
    // It never blocks the caller: it returned before any cancel of a live task could be answered
    // (answers need the event loop, which has not turned since).
    QCOMPARE(op->total(), ids.size());
    QVERIFY(!op->isFinished());
    for (qint64 id : std::as_const(live))
        QVERIFY2(!op->outcomes().contains(id), qPrintable(QString::number(id)));
    QHash<qint64, BulkOperation::Outcome> outcomes;
    int progressSignals = 0;
    connect(op, &BulkOperation::progress, this, [&progressSignals](int, int) { ++progressSignals; });
    connect(op, &BulkOperation::finished, this, [&outcomes, op] { outcomes = op->outcomes(); });
    QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty(), Wait);
    const qint64 elapsed = timer.elapsed();
    qInfo("bulk cancel of %lld tasks: %lld ms (%d event-loop heartbeats meanwhile)", qint64(ids.size()), elapsed,
          heartbeat.beats);
    QCOMPARE(outcomes.size(), ids.size());
    QCOMPARE(progressSignals, int(ids.size()));
    for (qint64 id : std::as_const(live))
        QVERIFY2(outcomes.value(id).ok, qPrintable(outcomes.value(id).message + describe(rig.engine->task(id))));
    for (qint64 id : std::as_const(uncancellable)) {
        QVERIFY(!outcomes.value(id).ok);
        QVERIFY(!outcomes.value(id).message.isEmpty());
    }
    QVERIFY(!outcomes.value(missing).ok);
    QVERIFY(heartbeat.beats > 5);
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(rig, live, TaskState::Cancelled),
                              qPrintable(firstNotIn(rig, live, TaskState::Cancelled)), Wait);
}

void TestEngineBulk::bulkRetry()
{
    const int count = 200;
    Rig rig(nextPath());
    rig.engine->start();
    const ProviderProfile profile = rig.addProfile(QStringLiteral("newapi"), m_sandbox.baseUrl(QStringLiteral("newapi")), 100, 0);
    QVERIFY(m_sandbox.queueOutcome(QStringLiteral("newapi"), QStringLiteral("submit"),
                                   QStringLiteral("error=insufficient_user_quota"), count));
    const QList<qint64> ids = submitMany(rig, profile, count, QStringLiteral("queue=50ms run=50ms"));
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(rig, ids, TaskState::Rejected), qPrintable(firstNotIn(rig, ids, TaskState::Rejected)),
                              Wait);
    Heartbeat heartbeat;
    QElapsedTimer timer;
    timer.start();
    BulkOperation *op = rig.engine->retryMany(ids);
    QHash<qint64, BulkOperation::Outcome> outcomes;
    connect(op, &BulkOperation::finished, this, [&outcomes, op] { outcomes = op->outcomes(); });
    QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty(), Wait);
    qInfo("bulk retry of %d tasks: %lld ms until every resubmit was answered", count, timer.elapsed());
    QCOMPARE(outcomes.size(), count);
    for (qint64 id : ids)
        QVERIFY2(outcomes.value(id).ok, qPrintable(outcomes.value(id).message));
    QTRY_VERIFY2_WITH_TIMEOUT(allIn(rig, ids, TaskState::Succeeded), qPrintable(firstNotIn(rig, ids, TaskState::Succeeded)),
                              Wait);
    for (qint64 id : ids) {
        QCOMPARE(rig.engine->task(id)->attempts, 2);
        QCOMPARE(rig.engine->task(id)->spec.prompt, specFor(QStringLiteral("newapi"), QStringLiteral("queue=50ms run=50ms"),
                                                            QStringLiteral("bulk %1").arg(ids.indexOf(id)))
                                                        .prompt);
    }
    QCOMPARE(rig.engine->attempts(ids.first()).size(), 2);
    QVERIFY(heartbeat.beats > 5);
    // Retrying again is refused per task: they succeeded.
    BulkOperation *again = rig.engine->retryMany(ids.mid(0, 5));
    QHash<qint64, BulkOperation::Outcome> refused;
    connect(again, &BulkOperation::finished, this, [&refused, again] { refused = again->outcomes(); });
    QTRY_COMPARE(refused.size(), 5);
    for (const BulkOperation::Outcome &outcome : std::as_const(refused))
        QVERIFY(!outcome.ok && !outcome.message.isEmpty());
}

void TestEngineBulk::emptyAndDuplicateIds()
{
    Rig rig(nextPath());
    rig.engine->start();
    BulkOperation *empty = rig.engine->cancelMany({});
    QSignalSpy finished(empty, &BulkOperation::finished);
    QVERIFY(finished.wait(2000));
    BulkOperation *dup = rig.engine->cancelMany({5, 5, 6});
    QCOMPARE(dup->total(), 2);
    QSignalSpy dupFinished(dup, &BulkOperation::finished);
    QVERIFY(dupFinished.wait(2000));
}

void TestEngineBulk::keysNeverReachTheDatabase()
{
    const QString key = QStringLiteral("sk-QUEUELENS-TEST-7f3a9c2e5b1d");
    const QString path = nextPath();
    {
        auto keychain = std::make_shared<FakeKeychain::Shared>();
        keychain->unavailable = true;   // the key stays in memory; it must not land on disk either
        Rig rig(path, nullptr, keychain);
        rig.engine->start();
        QList<qint64> ids;
        for (const QString &provider : allProviders()) {
            ProviderProfile profile;
            profile.id = QStringLiteral("keyed-") + provider;
            profile.provider = provider;
            profile.baseUrl = m_sandbox.baseUrl(provider);
            profile.pollIntervalMs = 50;
            profile.keyEnvironmentVariable = QStringLiteral("QUEUELENS_TEST_UNUSED_VAR");
            QVERIFY(rig.engine->saveProfile(profile));
            rig.secrets->setKey(profile.id, key, true);
            ids.append(rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms"))));
            ids.append(rig.engine->submit(profile.id, specFor(provider, QStringLiteral("queue=50ms run=50ms fail=random"))));
            QVERIFY(m_sandbox.queueOutcome(provider, QStringLiteral("submit"), QStringLiteral("fault=401")));
            ids.append(rig.engine->submit(profile.id, specFor(provider, {})));
        }
        QTRY_VERIFY2(!rig.notices.isEmpty(), "the keychain failure is announced");
        for (qint64 id : std::as_const(ids)) {
            QVERIFY(id > 0);
            QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(id)->isTerminal(), qPrintable(describe(rig.engine->task(id))), Wait);
        }
        for (const QString &notice : std::as_const(rig.notices))
            QVERIFY(!notice.contains(key));
        for (const Task &task : rig.engine->tasks()) {
            if (task.lastError) {
                QVERIFY(!task.lastError->message.contains(key));
                QVERIFY(!task.lastError->rawBody.contains(key.toUtf8()));
            }
        }
    }
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes.contains("keyed-vidu"));   // the profile is there ...
    QVERIFY(!bytes.contains(key.toUtf8()));  // ... its key is not
    // Nor in UTF-16 (SQLite can store text that way).
    QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)));
}

QTEST_MAIN(TestEngineBulk)
#include "tst_engine_bulk.moc"
