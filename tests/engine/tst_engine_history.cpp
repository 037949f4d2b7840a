// The history outside the engine's memory: finished tasks leave memory once announced but stay
// readable in full, the whole history arrives in pages newest first, and bulk removal and bulk
// cancel over ten thousand finished tasks; the store's filtered queries behind them.

#include "enginetestsupport.h"
#include "testsandbox.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace EngineTest;

namespace {

constexpr int Wait = 30000;
constexpr int LongWait = 120000;

const QDateTime kBase(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

// Bulk seeding: the file's durability does not matter to these tests, its speed does.
void fastWrites(TaskStore &store)
{
    QSqlQuery(QSqlDatabase::database(store.connectionName())).exec(QStringLiteral("PRAGMA synchronous=OFF"));
}

Task historyTask(int i, TaskState state, const QString &provider = QStringLiteral("vidu"))
{
    Task task;
    task.profileId = QStringLiteral("p-") + provider;
    task.provider = provider;
    task.spec.model = QStringLiteral("model-%1").arg(i % 4);
    task.spec.kind = QStringLiteral("image");
    task.spec.prompt = QStringLiteral("history task %1").arg(i);
    task.remoteId = QStringLiteral("remote-%1").arg(i);
    task.state = state;
    task.createdAt = kBase.addSecs(i);
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt.addSecs(5);
    if (TaskStates::isTerminal(state))
        task.finishedAt = task.updatedAt;
    return task;
}

// Inserts count tasks; every liveEvery-th (when > 0) is Queued, the rest Succeeded. Returns the ids.
QList<qint64> seed(TaskStore &store, int count, int liveEvery, QList<qint64> *liveIds = nullptr)
{
    fastWrites(store);
    QList<qint64> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool live = liveEvery > 0 && i % liveEvery == 0;
        Task task = historyTask(i, live ? TaskState::Queued : TaskState::Succeeded);
        if (!store.insertTask(task)) {
            qWarning("insertTask failed: %s", qPrintable(store.lastError()));
            return {};
        }
        ids.append(task.id);
        if (live && liveIds)
            liveIds->append(task.id);
    }
    return ids;
}

bool holds(const QList<Task> &tasks, qint64 id)
{
    return std::any_of(tasks.cbegin(), tasks.cend(), [id](const Task &task) { return task.id == id; });
}

QList<qint64> idsOf(const QList<Task> &tasks)
{
    QList<qint64> ids;
    ids.reserve(tasks.size());
    for (const Task &task : tasks)
        ids.append(task.id);
    return ids;
}

struct Page
{
    QList<qint64> ids;
    bool done = false;
};

// Reads the whole history through the engine and returns the pages as they arrived.
QList<Page> readAllHistory(TaskEngine &engine, bool *deliveredSynchronously)
{
    QList<Page> pages;
    bool finished = false;
    QObject context;
    engine.readHistory(&context, [&](const QList<TaskSummary> &page, bool done) {
        Page p;
        p.done = done;
        p.ids.reserve(page.size());
        for (const TaskSummary &summary : page)
            p.ids.append(summary.id);
        pages.append(p);
        finished = finished || done;
    });
    *deliveredSynchronously = !pages.isEmpty();
    if (!QTest::qWaitFor([&] { return finished; }, LongWait))
        pages.append(Page{});   // an unfinished read ends with a page that is not "done": callers' checks fail
    return pages;
}

} // namespace

class TestEngineHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void finishedTasksLeaveMemoryButStayReadable();
    void historyArrivesInPagesNewestFirst_data();
    void historyArrivesInPagesNewestFirst();
    void removeManyRemovesTenThousandInBatches();
    void bulkCancelOfTenThousandFinishedTasksReportsEach();
    void refusedActionsDoNotKeepFinishedTasksInMemory();
    void storeQueriesUseTheFilter();

private:
    QString nextPath() { return m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_counter)); }

    QTemporaryDir m_dir;
    TestSandbox m_sandbox;
    int m_counter = 0;
};

void TestEngineHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
}

void TestEngineHistory::init()
{
    m_sandbox.reset();
}

void TestEngineHistory::finishedTasksLeaveMemoryButStayReadable()
{
    const QString path = nextPath();
    Rig rig(path);
    QVERIFY2(rig.opened, qPrintable(rig.openError));

    // A finished task that was in the store before the engine started: never loaded.
    Task old = historyTask(1, TaskState::Failed);
    old.spec.params = QJsonObject{{QStringLiteral("duration"), 8},
                                  {QStringLiteral("images"), QJsonArray{QStringLiteral("https://x/1.png")}}};
    old.resultUrls = QStringList{QStringLiteral("https://cdn.example/a.mp4"), QStringLiteral("https://cdn.example/b.mp4")};
    ApiError storedError;
    storedError.phase = ApiPhase::InTask;
    storedError.provider = QStringLiteral("vidu");
    storedError.code = QStringLiteral("CreditInsufficient");
    storedError.message = QStringLiteral("Not enough credits left on the account");
    storedError.requestId = QStringLiteral("req-old-1");
    storedError.httpStatus = 400;
    old.lastError = storedError;
    TaskEvent created;
    created.at = kBase;
    created.from = TaskState::Submitting;
    created.to = TaskState::Queued;
    created.cause = QStringLiteral("submitted");
    TaskEvent failed = created;
    failed.at = kBase.addSecs(5);
    failed.from = TaskState::Queued;
    failed.to = TaskState::Failed;
    failed.cause = QStringLiteral("poll");
    QVERIFY2(rig.store->insertTask(old, {created, failed}), qPrintable(rig.store->lastError()));

    QSignalSpy changedSpy(rig.engine.get(), &TaskEngine::tasksChanged);
    rig.engine->start();
    const QString provider = QStringLiteral("vidu");
    const ProviderProfile profile = rig.addProfile(provider, m_sandbox.baseUrl(provider));
    QVERIFY(!holds(rig.engine->tasks(), old.id));

    // One task that succeeds and one that fails inside the provider, both with parameters.
    const QStringList codes = m_sandbox.inTaskCodes(provider);
    QString failCode;
    for (const QString &code : codes) {
        if (!code.contains(QLatin1Char(' ')) && !code.contains(QLatin1Char('='))) {
            failCode = code;
            break;
        }
    }
    QVERIFY2(!failCode.isEmpty(), qPrintable(codes.join(QLatin1Char(','))));
    const QJsonObject params{{QStringLiteral("duration"), 4}, {QStringLiteral("seed"), 1234},
                             {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}}}};
    TaskSpec okSpec = specFor(provider, QStringLiteral("queue=60ms run=80ms"), QStringLiteral("evicted success"));
    okSpec.params = params;
    TaskSpec failSpec = specFor(provider, QStringLiteral("queue=60ms run=80ms fail=%1").arg(failCode),
                                QStringLiteral("evicted failure"));
    failSpec.params = params;
    QString error;
    const qint64 okId = rig.engine->submit(profile.id, okSpec, &error);
    QVERIFY2(okId > 0, qPrintable(error));
    const qint64 failId = rig.engine->submit(profile.id, failSpec, &error);
    QVERIFY2(failId > 0, qPrintable(error));
    QVERIFY(holds(rig.engine->tasks(), okId));   // live: in memory

    // Finished and announced: the tasks leave memory...
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(okId) && rig.engine->task(okId)->isTerminal(),
                              qPrintable(describe(rig.engine->task(okId))), Wait);
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->task(failId) && rig.engine->task(failId)->isTerminal(),
                              qPrintable(describe(rig.engine->task(failId))), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!holds(rig.engine->tasks(), okId) && !holds(rig.engine->tasks(), failId), Wait);
    QSet<qint64> announced;
    for (const QList<QVariant> &args : std::as_const(changedSpy)) {
        for (qint64 id : args.at(0).value<QList<qint64>>())
            announced.insert(id);
    }
    QVERIFY(announced.contains(okId));
    QVERIFY(announced.contains(failId));
    QVERIFY(!holds(rig.engine->tasks(), old.id));

    // ...but task() reads them from the store in full.
    const std::optional<Task> ok = rig.engine->task(okId);
    QVERIFY(ok);
    QCOMPARE(ok->state, TaskState::Succeeded);
    QVERIFY2(!ok->resultUrls.isEmpty(), qPrintable(describe(ok)));
    QVERIFY(!ok->remoteId.isEmpty());
    QCOMPARE(ok->spec.params, params);
    QCOMPARE(ok->spec.prompt, okSpec.prompt);
    QVERIFY(ok->finishedAt.isValid());
    QVERIFY(!rig.engine->events(okId).isEmpty());
    QCOMPARE(rig.engine->events(okId).constLast().to, TaskState::Succeeded);
    QCOMPARE(rig.engine->attempts(okId).size(), 1);
    QCOMPARE(rig.engine->attempts(okId).constFirst().remoteId, ok->remoteId);

    const std::optional<Task> bad = rig.engine->task(failId);
    QVERIFY(bad);
    QVERIFY2(bad->state == TaskState::Failed || bad->state == TaskState::TimedOut, qPrintable(describe(bad)));
    QVERIFY2(bad->lastError, qPrintable(describe(bad)));
    QCOMPARE(bad->lastError->code, failCode);
    QVERIFY2(!bad->lastError->message.isEmpty(), qPrintable(describe(bad)));
    QCOMPARE(bad->spec.params, params);
    QVERIFY(!rig.engine->events(failId).isEmpty());
    QVERIFY(!rig.engine->attempts(failId).isEmpty());

    // The one that was never loaded reads the same way, every field intact.
    const std::optional<Task> read = rig.engine->task(old.id);
    QVERIFY(read);
    QCOMPARE(read->state, TaskState::Failed);
    QCOMPARE(read->resultUrls, old.resultUrls);
    QCOMPARE(read->spec.params, old.spec.params);
    QCOMPARE(read->spec.prompt, old.spec.prompt);
    QCOMPARE(read->remoteId, old.remoteId);
    QVERIFY(read->lastError);
    QCOMPARE(read->lastError->code, storedError.code);
    QCOMPARE(read->lastError->message, storedError.message);
    QCOMPARE(read->lastError->requestId, storedError.requestId);
    QCOMPARE(read->lastError->httpStatus, storedError.httpStatus);
    QCOMPARE(read->lastError->phase, storedError.phase);
    const QList<TaskEvent> events = rig.engine->events(old.id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constLast().to, TaskState::Failed);
    QCOMPARE(rig.engine->attempts(old.id).size(), 1);
    QVERIFY(!holds(rig.engine->tasks(), old.id));   // reading it did not bring it back into memory
    QVERIFY2(rig.notices.isEmpty(), qPrintable(rig.notices.join(QLatin1Char('\n'))));
}

void TestEngineHistory::historyArrivesInPagesNewestFirst_data()
{
    QTest::addColumn<bool>("storeThread");
    QTest::newRow("store thread") << true;
    QTest::newRow("engine thread") << false;
}

void TestEngineHistory::historyArrivesInPagesNewestFirst()
{
    QFETCH(bool, storeThread);
    constexpr int Count = 12000;
    // One file for both rows: seeded once.
    static QString path;
    static QList<qint64> seeded;
    static QList<qint64> live;
    if (path.isEmpty()) {
        path = nextPath();
        TaskStore store;
        QVERIFY(store.open(path));
        seeded = seed(store, Count, 1000, &live);
        QCOMPARE(seeded.size(), Count);
    }
    QVERIFY(!live.isEmpty());

    Rig rig(path);
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    EngineSettings settings = fastSettings();
    settings.storeThread = storeThread;
    settings.adoptOrphans = false;   // the live tasks have no profile: nothing to poll
    rig.engine->setSettings(settings);
    rig.engine->start();
    // Only the live tasks are in memory.
    QList<qint64> inMemory = idsOf(rig.engine->tasks());
    std::sort(inMemory.begin(), inMemory.end());
    QCOMPARE(inMemory, live);

    bool synchronous = false;
    const QList<Page> pages = readAllHistory(*rig.engine, &synchronous);
    QVERIFY2(!synchronous, "readHistory() delivered a page before it returned");
    QVERIFY(!pages.isEmpty());
    QVERIFY2(pages.constLast().done, "the last page never came");
    QCOMPARE(pages.constFirst().ids.size(), qsizetype(TaskEngine::HistoryFirstPage));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        const bool last = i == pages.size() - 1;
        QCOMPARE(page.done, last);
        if (i > 0 && !last)
            QCOMPARE(page.ids.size(), qsizetype(TaskEngine::HistoryPage));
        if (i > 0 && last)
            QVERIFY(page.ids.size() <= TaskEngine::HistoryPage);
    }
    QList<qint64> all;
    for (const Page &page : pages)
        all += page.ids;
    QCOMPARE(all.size(), qsizetype(Count));
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i) < all.at(i - 1), qPrintable(QStringLiteral("id %1 at %2 follows %3")
                                                           .arg(all.at(i)).arg(i).arg(all.at(i - 1))));
    QList<qint64> ascending(all.crbegin(), all.crend());
    QCOMPARE(ascending, seeded);   // every id exactly once
    // 400 + 5000 + 5000 + 1600.
    QCOMPARE(pages.size(), qsizetype(1 + (Count - TaskEngine::HistoryFirstPage + TaskEngine::HistoryPage - 1)
                                             / TaskEngine::HistoryPage));
    QVERIFY2(rig.notices.isEmpty(), qPrintable(rig.notices.join(QLatin1Char('\n'))));
}

void TestEngineHistory::removeManyRemovesTenThousandInBatches()
{
    constexpr int Count = 10000;
    const QString path = nextPath();
    Rig rig(path);
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    const QList<qint64> ids = seed(*rig.store, Count, 0);
    QCOMPARE(ids.size(), qsizetype(Count));
    rig.engine->start();
    QVERIFY(rig.engine->tasks().isEmpty());

    QSet<qint64> removed;
    connect(rig.engine.get(), &TaskEngine::tasksRemoved, this, [&removed](const QList<qint64> &gone) {
        for (qint64 id : gone)
            removed.insert(id);
    });
    BulkOperation *op = rig.engine->removeMany(ids);
    QVERIFY(op);
    QCOMPARE(op->total(), Count);
    int progressSignals = 0;
    int lastDone = 0;
    int finishedSignals = 0;
    QHash<qint64, BulkOperation::Outcome> outcomes;
    connect(op, &BulkOperation::progress, this, [&](int done, int total) {
        ++progressSignals;
        QVERIFY(done > lastDone);
        QCOMPARE(total, Count);
        lastDone = done;
    });
    connect(op, &BulkOperation::finished, this, [&] {
        ++finishedSignals;
        outcomes = op->outcomes();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finishedSignals, 1, LongWait);
    QCOMPARE(progressSignals, (Count + TaskEngine::RemoveBatch - 1) / TaskEngine::RemoveBatch);
    QCOMPARE(lastDone, Count);
    QCOMPARE(outcomes.size(), qsizetype(Count));
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        QVERIFY2(it->ok, qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it->message)));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), qsizetype(Count), Wait);
    QCOMPARE(removed, QSet<qint64>(ids.cbegin(), ids.cend()));
    QCOMPARE(finishedSignals, 1);   // still once, after every announcement

    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), Wait);
    QVERIFY(rig.store->findTasks({}).isEmpty());
    QVERIFY(!rig.engine->task(ids.constFirst()));
    QVERIFY(!rig.engine->task(ids.constLast()));
    TaskStore fresh;
    QVERIFY(fresh.open(path));
    QVERIFY(fresh.findTasks({}).isEmpty());
    QVERIFY(fresh.loadTasks().isEmpty());
    const auto summaries = fresh.loadSummaries(0, 100);
    QVERIFY(summaries);
    QVERIFY(summaries->isEmpty());
    QVERIFY(fresh.events(ids.constFirst()).isEmpty());
    QVERIFY2(rig.notices.isEmpty(), qPrintable(rig.notices.join(QLatin1Char('\n'))));
}

void TestEngineHistory::bulkCancelOfTenThousandFinishedTasksReportsEach()
{
    constexpr int Count = 10000;
    Rig rig(nextPath());
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    const QList<qint64> ids = seed(*rig.store, Count, 0);
    QCOMPARE(ids.size(), qsizetype(Count));
    rig.engine->start();

    BulkOperation *op = rig.engine->cancelMany(ids);
    QVERIFY(op);
    QCOMPARE(op->total(), Count);
    int finishedSignals = 0;
    QHash<qint64, BulkOperation::Outcome> outcomes;
    connect(op, &BulkOperation::finished, this, [&] {
        ++finishedSignals;
        outcomes = op->outcomes();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finishedSignals, 1, LongWait);
    QCOMPARE(outcomes.size(), qsizetype(Count));
    for (qint64 id : ids) {
        const auto it = outcomes.constFind(id);
        QVERIFY2(it != outcomes.cend(), qPrintable(QString::number(id)));
        QVERIFY2(!it->ok, qPrintable(QString::number(id)));
        QVERIFY2(!it->message.isEmpty(), qPrintable(QString::number(id)));
    }
    // Nothing changed: they are all still succeeded.
    QCOMPARE(rig.engine->task(ids.at(Count / 2))->state, TaskState::Succeeded);
    QCOMPARE(rig.store->findTasks({TaskState::Succeeded}).size(), qsizetype(Count));
}

// tasks() holds the unfinished tasks and the finished ones the engine is acting on. A cancel
// refused for a finished task leaves nothing to act on: the task must not stay in memory.
void TestEngineHistory::refusedActionsDoNotKeepFinishedTasksInMemory()
{
    constexpr int Count = 500;
    Rig rig(nextPath());
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    const QList<qint64> ids = seed(*rig.store, Count, 0);
    QCOMPARE(ids.size(), qsizetype(Count));
    rig.engine->start();
    QVERIFY(rig.engine->tasks().isEmpty());

    QString why;
    QVERIFY(!rig.engine->cancel(ids.constFirst(), &why));
    QVERIFY(!why.isEmpty());
    BulkOperation *op = rig.engine->cancelMany(ids.mid(1));
    int finishedSignals = 0;
    connect(op, &BulkOperation::finished, this, [&finishedSignals] { ++finishedSignals; });
    QTRY_COMPARE_WITH_TIMEOUT(finishedSignals, 1, LongWait);
    // Nothing is being done for them any more: memory follows the live tasks, not the history.
    QTRY_VERIFY2_WITH_TIMEOUT(rig.engine->tasks().isEmpty(),
                              qPrintable(QStringLiteral("%1 finished tasks stay in the engine's memory after refused "
                                                        "cancels (first: %2)")
                                             .arg(rig.engine->tasks().size())
                                             .arg(rig.engine->tasks().isEmpty() ? 0 : rig.engine->tasks().constFirst().id)),
                              5000);
}

void TestEngineHistory::storeQueriesUseTheFilter()
{
    TaskStore store;
    QVERIFY(store.open(nextPath()));
    fastWrites(store);
    const QStringList providers = allProviders();
    const QList<TaskState> states = TaskStates::all();
    QList<Task> inserted;
    // 11 states and 5 providers, coprime: every combination occurs.
    for (int i = 0; i < 660; ++i) {
        Task task = historyTask(i, states.at(i % states.size()), providers.at(i % providers.size()));
        if (task.state == TaskState::Failed) {
            ApiError error;
            error.provider = task.provider;
            error.code = QStringLiteral("SomeCode");
            error.message = QStringLiteral("failed %1").arg(i);
            task.lastError = error;
        }
        QVERIFY2(store.insertTask(task), qPrintable(store.lastError()));
        inserted.append(task);
    }
    auto expected = [&](const std::function<bool(const Task &)> &pred) {
        QList<qint64> ids;
        for (const Task &task : std::as_const(inserted)) {
            if (pred(task))
                ids.append(task.id);
        }
        return ids;
    };

    const QList<Task> live = store.loadLiveTasks();
    QCOMPARE(idsOf(live), expected([](const Task &t) { return !TaskStates::isTerminal(t.state); }));
    for (const Task &task : live)
        QVERIFY(!task.isTerminal());
    QVERIFY(!live.isEmpty());

    const QList<Task> failedVidu = store.findTasks({TaskState::Failed}, QStringLiteral("vidu"));
    QCOMPARE(idsOf(failedVidu), expected([](const Task &t) {
                 return t.state == TaskState::Failed && t.provider == QLatin1String("vidu");
             }));
    QVERIFY(!failedVidu.isEmpty());
    for (const Task &task : failedVidu) {
        QCOMPARE(task.state, TaskState::Failed);
        QCOMPARE(task.provider, QStringLiteral("vidu"));
        QVERIFY(task.lastError);
        QCOMPARE(task.lastError->code, QStringLiteral("SomeCode"));
    }

    // The other combinations of the filter.
    QCOMPARE(idsOf(store.findTasks({})), expected([](const Task &) { return true; }));
    QCOMPARE(idsOf(store.findTasks({}, QStringLiteral("seaart"))),
             expected([](const Task &t) { return t.provider == QLatin1String("seaart"); }));
    QCOMPARE(idsOf(store.findTasks({TaskState::Lost, TaskState::Unknown, TaskState::Rejected})),
             expected([](const Task &t) {
                 return t.state == TaskState::Lost || t.state == TaskState::Unknown || t.state == TaskState::Rejected;
             }));
    QVERIFY(store.findTasks({TaskState::Failed}, QStringLiteral("nosuchprovider")).isEmpty());
}

QTEST_MAIN(TestEngineHistory)
#include "tst_engine_history.moc"
