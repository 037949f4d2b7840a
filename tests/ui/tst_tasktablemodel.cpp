// TaskTableModel, TaskFilterProxyModel, TaskTally, StateSidebar counts and FailureGroupsModel,
// fed through the model's update API with Task values (deterministic, no network).

#include "builtinproviders.h"
#include "errorcatalog.h"
#include "failuregroupsmodel.h"
#include "httpclient.h"
#include "languageloader.h"
#include "provideradapterregistry.h"
#include "secretstore.h"
#include "statesidebar.h"
#include "taskengine.h"
#include "taskfilterproxymodel.h"
#include "taskstore.h"
#include "tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Task makeTask(qint64 id, TaskState state, const QString &provider = QStringLiteral("vidu"))
{
    Task task;
    task.id = id;
    task.provider = provider;
    task.profileId = QStringLiteral("p-") + provider;
    task.spec.model = QStringLiteral("model-%1").arg(id % 3);
    task.spec.kind = QStringLiteral("image");
    task.spec.prompt = QStringLiteral("prompt number %1 about a red fox").arg(id);
    task.remoteId = QStringLiteral("remote-%1").arg(id);
    task.state = state;
    task.createdAt = kStart;
    task.submittedAt = kStart;
    task.updatedAt = kStart;
    if (TaskStates::isTerminal(state))
        task.finishedAt = kStart.addSecs(10);
    return task;
}

ApiError viduCreditError()
{
    ApiError error;
    error.phase = ApiPhase::InTask;
    error.provider = QStringLiteral("vidu");
    error.code = QStringLiteral("CreditInsufficient");
    error.httpStatus = 400;
    error.requestId = QStringLiteral("req-123");
    ErrorCatalog::instance().classify(error);
    return error;
}

QList<Task> manyTasks(int count)
{
    QList<Task> tasks;
    for (int i = 1; i <= count; ++i)
        tasks.append(makeTask(i, TaskState::Queued));
    return tasks;
}

// Counts rows of the model by brute force, to check the incremental tally against.
int recount(const TaskTableModel &model, const std::function<bool(const TaskSummary &)> &pred)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += pred(model.taskAt(row)) ? 1 : 0;
    return n;
}

} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { LanguageLoader::install(QStringLiteral("en")); }

    void modelTesterOnModelAndProxy();
    void contiguousUpdatesAreOneSignal();
    void scatteredUpdatesAreSpans();
    void manyUpdatesAreOneRange();
    void newTasksAreOneInsert();
    void removalsKeepIndexAndTally();
    void liveDurationsFollowTheClock();
    void proxyAndSidebarCountsAgree();
    void searchMatchesIdPromptAndErrorCode();
    void sortsOnRawValues();
    void errorColumnIsTranslatedExplanation();
    void failureGroupsFollowUpdates();
    void largeTableStaysFast();
    void searchOnALargeModelMatchesBruteForce();
    void ticksKeepTheSortedOrder_data();
    void ticksKeepTheSortedOrder();
    void historyLoadsLazilyFromTheEngine();
};

void TestTaskTableModel::modelTesterOnModelAndProxy()
{
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TaskTableModel::DurationColumn, Qt::DescendingOrder);

    model.resetTasks(manyTasks(50));
    QCOMPARE(model.rowCount(), 50);
    QList<Task> updates;
    for (int id = 5; id <= 30; id += 3) {
        Task task = makeTask(id, TaskState::Running);
        task.progress = id;
        updates.append(task);
    }
    updates.append(makeTask(51, TaskState::Failed));
    model.upsertTasks(updates);
    QCOMPARE(model.rowCount(), 51);
    proxy.setStates({TaskState::Running});
    QCOMPARE(proxy.rowCount(), 9);
    proxy.setSearchText(QStringLiteral("number 1"));
    QVERIFY(proxy.rowCount() > 0);
    model.removeTasks({1, 2, 3, 17, 40});
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 46);
    model.retranslate();
    model.resetTasks(QList<TaskSummary>{});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTaskTableModel::contiguousUpdatesAreOneSignal()
{
    TaskTableModel model;
    model.resetTasks(manyTasks(1000));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QList<Task> updates;
    for (int id = 11; id <= 60; ++id)   // rows 10..59
        updates.append(makeTask(id, TaskState::Running));
    model.upsertTasks(updates);
    QCOMPARE(spy.count(), 1);
    const auto topLeft = spy.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spy.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 10);
    QCOMPARE(bottomRight.row(), 59);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), TaskTableModel::ColumnCount - 1);
}

void TestTaskTableModel::scatteredUpdatesAreSpans()
{
    TaskTableModel model;
    model.resetTasks(manyTasks(1000));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    // Rows 5-7, 100, 200-201, given out of order: three spans.
    QList<Task> updates;
    for (qint64 id : {201, 6, 101, 7, 8, 202})
        updates.append(makeTask(id, TaskState::Running));
    model.upsertTasks(updates);
    QCOMPARE(spy.count(), 3);
    QList<QPair<int, int>> spans;
    for (const auto &args : spy)
        spans.append({args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row()});
    QCOMPARE(spans, (QList<QPair<int, int>>{{5, 7}, {100, 100}, {200, 201}}));
}

void TestTaskTableModel::manyUpdatesAreOneRange()
{
    TaskTableModel model;
    model.resetTasks(manyTasks(2000));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QList<Task> updates;
    for (int id = 3; id <= 1203; id += 2)   // 601 scattered rows, 2..1202
        updates.append(makeTask(id, TaskState::Running));
    QVERIFY(updates.size() > TaskTableModel::SingleRangeThreshold);
    model.upsertTasks(updates);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(spy.at(0).at(1).value<QModelIndex>().row(), 1202);
}

void TestTaskTableModel::newTasksAreOneInsert()
{
    TaskTableModel model;
    model.resetTasks(manyTasks(10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Task> batch;
    for (int id = 11; id <= 110; ++id)
        batch.append(makeTask(id, TaskState::Submitting));
    batch.append(makeTask(3, TaskState::Running));   // an update in the same batch
    batch.append(makeTask(50, TaskState::Queued));   // the same new task twice: latest wins
    model.upsertTasks(batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 109);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 110);
    QCOMPARE(model.taskById(50)->state, TaskState::Queued);
    QCOMPARE(model.rowOfTask(110), 109);
}

void TestTaskTableModel::removalsKeepIndexAndTally()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetTasks(manyTasks(500));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.removeTasks({10, 11, 12, 300, 499});
    QCOMPARE(removed.count(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 495);
    QCOMPARE(model.rowOfTask(10), -1);
    QCOMPARE(model.taskAt(model.rowOfTask(13)).id, 13);
    QCOMPARE(model.taskAt(model.rowOfTask(500)).id, 500);
    QCOMPARE(model.tally().total(), 495);

    // Hundreds of scattered rows: one reset instead of hundreds of removals.
    QList<qint64> everyThird;
    for (qint64 id = 1; id <= 500; id += 3)
        everyThird.append(id);
    model.removeTasks(everyThird);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), model.tally().total());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfTask(model.taskAt(row).id), row);
}

void TestTaskTableModel::liveDurationsFollowTheClock()
{
    ManualClock clock(kStart);
    TaskTableModel model;
    model.setClock(&clock);
    QList<Task> tasks;
    for (int id = 1; id <= 10; ++id)
        tasks.append(makeTask(id, id <= 4 || id == 8 ? TaskState::Running : TaskState::Succeeded));
    model.resetTasks(tasks);
    clock.advanceMs(65000);
    // Nothing runs on a timer: a live row's duration is computed when it is painted.
    const QModelIndex live = model.index(0, TaskTableModel::DurationColumn);
    QCOMPARE(live.data(TaskTableModel::SortRole).toLongLong(), 65);
    QCOMPARE(live.data().toString(), TaskTableModel::formatDuration(65));
    // Finished rows keep their real duration, whatever the clock says.
    QCOMPARE(model.index(5, TaskTableModel::DurationColumn).data(TaskTableModel::SortRole).toLongLong(), 10);
}

void TestTaskTableModel::proxyAndSidebarCountsAgree()
{
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    StateSidebar sidebar(&model);
    const QList<TaskState> states = TaskStates::all();
    const QStringList providers{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                                QStringLiteral("llmapi"), QStringLiteral("vidu")};
    QRandomGenerator rng(42);
    QList<Task> tasks;
    for (int id = 1; id <= 2000; ++id)
        tasks.append(makeTask(id, states.at(rng.bounded(int(states.size()))), providers.at(rng.bounded(5))));
    model.resetTasks(tasks);

    auto checkAll = [&] {
        sidebar.refreshNow();
        for (TaskState state : states) {
            proxy.setStates({state});
            const int expected = recount(model, [state](const TaskSummary &t) { return t.state == state; });
            QCOMPARE(proxy.rowCount(), expected);
            QCOMPARE(model.tally().count(state), expected);
            QCOMPARE(sidebar.shownCount({{state}, {}, {}}), expected);
        }
        proxy.setStates(StateSidebar::activeStates());
        QCOMPARE(proxy.rowCount(), model.tally().activeCount());
        QCOMPARE(sidebar.shownCount({StateSidebar::activeStates(), {}, {}}), proxy.rowCount());
        proxy.setStates(StateSidebar::attentionStates());
        QCOMPARE(proxy.rowCount(), model.tally().attentionCount());
        QCOMPARE(sidebar.shownCount({StateSidebar::attentionStates(), {}, {}}), proxy.rowCount());
        proxy.setStates({});
        for (const QString &provider : providers) {
            proxy.setProvider(provider);
            QCOMPARE(proxy.rowCount(), recount(model, [&](const TaskSummary &t) { return t.provider == provider; }));
            QCOMPARE(sidebar.shownCount({{}, provider, {}}), proxy.rowCount());
        }
        proxy.setProvider({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(sidebar.shownCount({}), model.rowCount());
    };
    checkAll();

    // Incremental updates: half the tasks change state, some go away, some arrive.
    QList<Task> updates;
    for (int id = 1; id <= 2000; id += 2)
        updates.append(makeTask(id, states.at(rng.bounded(int(states.size()))), providers.at(rng.bounded(5))));
    for (int id = 2001; id <= 2100; ++id)
        updates.append(makeTask(id, TaskState::Submitting, QStringLiteral("vidu")));
    model.upsertTasks(updates);
    QList<qint64> gone;
    for (qint64 id = 4; id <= 2000; id += 40)
        gone.append(id);
    model.removeTasks(gone);
    checkAll();

    // Clicking the sidebar filters the proxy the same way.
    connect(&sidebar, &StateSidebar::filterChanged, &proxy, [&proxy](const StateSidebar::Filter &filter) {
        proxy.setStates(filter.states);
        proxy.setProvider(filter.provider);
    });
    QVERIFY(sidebar.selectState(TaskState::Failed));
    QCOMPARE(proxy.rowCount(), model.tally().count(TaskState::Failed));
    QVERIFY(sidebar.selectProvider(QStringLiteral("vidu")));
    QCOMPARE(proxy.rowCount(), model.tally().providerCount(QStringLiteral("vidu")));
}

void TestTaskTableModel::searchMatchesIdPromptAndErrorCode()
{
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Task failed = makeTask(7, TaskState::Failed);
    failed.lastError = viduCreditError();
    Task other = makeTask(8, TaskState::Succeeded, QStringLiteral("seaart"));
    other.remoteId = QStringLiteral("mmsu_ABC123");
    other.spec.prompt = QStringLiteral("A Lighthouse at dusk");
    model.resetTasks({failed, other, makeTask(9, TaskState::Running)});

    proxy.setSearchText(QStringLiteral("creditinsufficient"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toLongLong(), 7);
    proxy.setSearchText(QStringLiteral("abc123"));
    QCOMPARE(proxy.visibleTaskIds(), QList<qint64>{8});
    proxy.setSearchText(QStringLiteral("lighthouse DUSK"));
    QCOMPARE(proxy.visibleTaskIds(), QList<qint64>{8});
    proxy.setSearchText(QStringLiteral("lighthouse fox"));   // every word must match
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("req-123"));           // the provider's request id
    QCOMPARE(proxy.visibleTaskIds(), QList<qint64>{7});
    proxy.setSearchText(QStringLiteral("remote-9"));
    QCOMPARE(proxy.visibleTaskIds(), QList<qint64>{9});
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestTaskTableModel::sortsOnRawValues()
{
    ManualClock clock(kStart);
    TaskTableModel model;
    model.setClock(&clock);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    // Durations 5 s, 65 s and 600 s: as text "10 min 00 s" < "1 min 05 s" < "5 s" would be wrong.
    QList<Task> tasks;
    int id = 1;
    for (int seconds : {600, 5, 65}) {
        Task task = makeTask(id++, TaskState::Succeeded);
        task.finishedAt = kStart.addSecs(seconds);
        tasks.append(task);
    }
    // Progress: queued at position 7 and 2, running at 10 % and 90 %, succeeded.
    Task queuedBack = makeTask(10, TaskState::Queued);
    queuedBack.queuePosition = 7;
    Task queuedFront = makeTask(11, TaskState::Queued);
    queuedFront.queuePosition = 2;
    Task slow = makeTask(12, TaskState::Running);
    slow.progress = 10;
    Task fast = makeTask(13, TaskState::Running);
    fast.progress = 90;
    tasks << queuedBack << fast << queuedFront << slow;
    model.resetTasks(tasks);

    proxy.sort(TaskTableModel::DurationColumn, Qt::AscendingOrder);
    QList<qint64> finishedOrder;
    for (qint64 taskId : proxy.visibleTaskIds()) {
        if (taskId < 10)
            finishedOrder.append(taskId);
    }
    QCOMPARE(finishedOrder, (QList<qint64>{2, 3, 1}));

    proxy.sort(TaskTableModel::ProgressColumn, Qt::DescendingOrder);
    QList<qint64> progressOrder = proxy.visibleTaskIds();
    progressOrder.removeIf([](qint64 taskId) { return taskId < 10; });
    QCOMPARE(progressOrder, (QList<qint64>{13, 12, 11, 10}));

    // Live durations re-sort as the clock moves on.
    proxy.setStates({TaskState::Running});
    proxy.sort(TaskTableModel::DurationColumn, Qt::DescendingOrder);
    Task late = makeTask(14, TaskState::Running);
    late.submittedAt = kStart.addSecs(30);
    model.upsertTasks({late});
    clock.advanceMs(60000);
    proxy.sort(TaskTableModel::DurationColumn, Qt::DescendingOrder);   // the header click re-sorts
    QCOMPARE(proxy.visibleTaskIds().last(), 14);
}

void TestTaskTableModel::errorColumnIsTranslatedExplanation()
{
    TaskTableModel model;
    Task failed = makeTask(1, TaskState::Failed);
    failed.lastError = viduCreditError();
    model.resetTasks({failed});
    const ErrorExplanation why = ErrorCatalog::instance().explain(*failed.lastError);
    const QModelIndex error = model.index(0, TaskTableModel::ErrorColumn);
    QCOMPARE(error.data().toString(), why.title);
    const QString tip = error.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(why.explanation.toHtmlEscaped()));
    QVERIFY(tip.contains(why.fix.toHtmlEscaped()));
    QVERIFY(model.index(0, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString().contains(why.title.toHtmlEscaped()));

    // After a language switch the cached strings follow.
    LanguageLoader::install(QStringLiteral("zh_CN"));
    model.retranslate();
    const ErrorExplanation zh = ErrorCatalog::instance().explain(*failed.lastError);
    QCOMPARE(error.data().toString(), zh.title);
    QCOMPARE(model.index(0, TaskTableModel::StateColumn).data().toString(), TaskStates::displayName(TaskState::Failed));
    QVERIFY(zh.title != why.title);
}

void TestTaskTableModel::failureGroupsFollowUpdates()
{
    TaskTableModel model;
    FailureGroupsModel groups(&model);
    QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Task> tasks;
    for (int id = 1; id <= 37; ++id) {
        Task task = makeTask(id, TaskState::Failed);
        task.lastError = viduCreditError();
        tasks.append(task);
    }
    Task lost = makeTask(40, TaskState::Lost, QStringLiteral("seaart"));
    tasks << lost << makeTask(41, TaskState::Succeeded);
    model.resetTasks(tasks);
    groups.refresh();
    QCOMPARE(groups.rowCount(), 2);
    const QString key = TaskTally::keyOf(QStringLiteral("vidu"), QStringLiteral("CreditInsufficient"));
    const int row = groups.rowOfKey(key);
    QVERIFY(row >= 0);
    QCOMPARE(groups.index(row, FailureGroupsModel::CountColumn).data().toInt(), 37);
    QCOMPARE(groups.taskIds(key).size(), 37);

    // Five of them are retried: the group shrinks in place (no reset, the row stays selected).
    QSignalSpy reset(&groups, &QAbstractItemModel::modelReset);
    QList<Task> retried;
    for (int id = 1; id <= 5; ++id)
        retried.append(makeTask(id, TaskState::Queued));
    model.upsertTasks(retried);
    groups.refresh();
    QCOMPARE(groups.index(groups.rowOfKey(key), FailureGroupsModel::CountColumn).data().toInt(), 32);
    QCOMPARE(reset.count(), 0);
    model.removeTasks({40});
    groups.refresh();
    QCOMPARE(groups.rowCount(), 1);
}

void TestTaskTableModel::largeTableStaysFast()
{
    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TaskTableModel::SubmittedColumn, Qt::DescendingOrder);
    // A real view on top, as in the window: fixed row height, so only visible rows cost anything.
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 600);
    view.show();
    QList<Task> tasks;
    for (int id = 1; id <= 10000; ++id) {
        Task task = makeTask(id, id % 7 == 0 ? TaskState::Failed : TaskState::Running);
        if (task.state == TaskState::Failed)
            task.lastError = viduCreditError();
        tasks.append(task);
    }
    QElapsedTimer timer;
    timer.start();
    model.upsertTasks(tasks);
    QCoreApplication::processEvents();
    const qint64 insertMs = timer.restart();
    QList<Task> updates;
    for (int id = 1; id <= 10000; id += 10) {
        Task task = makeTask(id, TaskState::Running);
        task.progress = 50;
        updates.append(task);
    }
    model.upsertTasks(updates);
    QCoreApplication::processEvents();   // includes the repaint
    const qint64 updateMs = timer.restart();
    proxy.setSearchText(QStringLiteral("creditinsufficient"));
    const int matches = proxy.rowCount();
    const qint64 searchMs = timer.restart();
    qInfo("10,000 rows: insert %lld ms, 1,000 updates %lld ms, search %lld ms (%d matches)", insertMs, updateMs,
          searchMs, matches);
    QCOMPARE(matches, model.tally().count(TaskState::Failed));
    // Speed is measured by benchmarks/ui/bench_tasktable, not asserted here.
    QCOMPARE(proxy.rowCount(), matches);
}

QTEST_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
