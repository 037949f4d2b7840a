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
#include <optional>

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
    // Team mode: three operators (and tasks of older versions, recorded without one).
    const QStringList operators{QStringLiteral("ann@studio"), QStringLiteral("Bo"), QStringLiteral("chen@render-2"), QString()};
    QList<Task> tasks;
    for (int id = 1; id <= 2000; ++id) {
        tasks.append(makeTask(id, states.at(rng.bounded(int(states.size()))), providers.at(rng.bounded(5))));
        tasks.last().submittedBy = operators.at(rng.bounded(int(operators.size())));
    }
    model.resetTasks(tasks);

    auto checkAll = [&] {
        sidebar.refreshNow();
        for (TaskState state : states) {
            proxy.setStates({state});
            const int expected = recount(model, [state](const TaskSummary &t) { return t.state == state; });
            QCOMPARE(proxy.rowCount(), expected);
            QCOMPARE(model.tally().count(state), expected);
            QCOMPARE(sidebar.shownCount({{state}, {}, {}, {}}), expected);
        }
        proxy.setStates(StateSidebar::activeStates());
        QCOMPARE(proxy.rowCount(), model.tally().activeCount());
        QCOMPARE(sidebar.shownCount({StateSidebar::activeStates(), {}, {}, {}}), proxy.rowCount());
        proxy.setStates(StateSidebar::attentionStates());
        QCOMPARE(proxy.rowCount(), model.tally().attentionCount());
        QCOMPARE(sidebar.shownCount({StateSidebar::attentionStates(), {}, {}, {}}), proxy.rowCount());
        proxy.setStates({});
        for (const QString &provider : providers) {
            proxy.setProvider(provider);
            QCOMPARE(proxy.rowCount(), recount(model, [&](const TaskSummary &t) { return t.provider == provider; }));
            QCOMPARE(sidebar.shownCount({{}, provider, {}, {}}), proxy.rowCount());
        }
        proxy.setProvider({});
        QCOMPARE(model.tally().submitters(), (QStringList{operators.at(0), operators.at(1), operators.at(2)}));
        for (const QString &name : operators.first(3)) {
            proxy.setSubmitter(name);
            QCOMPARE(proxy.rowCount(), recount(model, [&](const TaskSummary &t) { return t.submittedBy == name; }));
            QCOMPARE(sidebar.shownCount({{}, {}, {}, name}), proxy.rowCount());
        }
        proxy.setSubmitter({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(sidebar.shownCount({}), model.rowCount());
    };
    checkAll();

    // Incremental updates: half the tasks change state, some go away, some arrive.
    QList<Task> updates;
    for (int id = 1; id <= 2000; id += 2) {
        updates.append(makeTask(id, states.at(rng.bounded(int(states.size()))), providers.at(rng.bounded(5))));
        updates.last().submittedBy = operators.at(rng.bounded(3));
    }
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

namespace {

// The states whose error the table shows (and searches): TaskTally::needsAttention, spelled out
// here so the brute force below does not lean on the code under test.
bool showsError(TaskState state)
{
    return state == TaskState::Failed || state == TaskState::TimedOut || state == TaskState::Rejected
           || state == TaskState::Unknown || state == TaskState::Lost;
}

// The searchable fields of one task, lower-case, as a user would expect them to be searched.
QStringList searchableFields(const Task &task)
{
    QStringList fields{QString::number(task.id), task.remoteId, task.spec.prompt, task.spec.model, task.provider,
                       task.profileId};
    if (task.lastError) {
        fields << task.lastError->requestId;
        if (showsError(task.state)) {
            fields << task.lastError->code << task.lastError->type;
            if (task.lastError->httpStatus > 0)
                fields << QString::number(task.lastError->httpStatus);
        }
    }
    for (QString &field : fields)
        field = field.toLower();
    return fields;
}

QSet<qint64> bruteForceSearch(const QList<Task> &tasks, const QList<QStringList> &fields, const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.toLower();
    QSet<qint64> ids;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QStringList &hay = fields.at(i);
        const bool all = std::all_of(words.cbegin(), words.cend(), [&hay](const QString &word) {
            return std::any_of(hay.cbegin(), hay.cend(), [&word](const QString &field) { return field.contains(word); });
        });
        if (all)
            ids.insert(tasks.at(i).id);
    }
    return ids;
}

QString describeDifference(const QSet<qint64> &got, const QSet<qint64> &expected, const TaskTableModel &model)
{
    QStringList lines;
    lines << QStringLiteral("got %1, expected %2").arg(got.size()).arg(expected.size());
    int shown = 0;
    for (qint64 id : got) {
        if (!expected.contains(id) && shown++ < 5) {
            const TaskSummary task = *model.taskById(id);
            lines << QStringLiteral("unexpected %1 [%2] prompt=%3 remote=%4 error=%5").arg(id).arg(
                TaskStates::id(task.state), task.prompt, task.remoteId, model.errorTitleAt(model.rowOfTask(id)));
        }
    }
    shown = 0;
    for (qint64 id : expected) {
        if (!got.contains(id) && shown++ < 5) {
            const auto task = model.taskById(id);
            lines << QStringLiteral("missing %1 [%2] prompt=%3").arg(id).arg(
                task ? TaskStates::id(task->state) : QStringLiteral("<not in model>"), task ? task->prompt : QString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// Checks every structural signal of a flat model as it comes, in O(1) each: ranges inside the
// model, counts that add up, begin/end pairs balanced, no row count change across a layout change.
struct SignalAudit
{
    explicit SignalAudit(QAbstractItemModel *model)
        : m(model)
    {
        QObject::connect(m, &QAbstractItemModel::rowsAboutToBeInserted, m, [this](const QModelIndex &parent, int first, int last) {
            ++signalCount;
            check(!parent.isValid() && first >= 0 && first <= m->rowCount() && last >= first, "rowsAboutToBeInserted range");
            check(expected < 0, "nested row change");
            expected = m->rowCount() + (last - first + 1);
        });
        QObject::connect(m, &QAbstractItemModel::rowsInserted, m, [this](const QModelIndex &, int first, int last) {
            ++signalCount;
            check(expected == m->rowCount(), "rowsInserted count");
            check(m->index(first, 0).isValid() && m->index(last, 0).isValid(), "rowsInserted indexes");
            expected = -1;
        });
        QObject::connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, m, [this](const QModelIndex &parent, int first, int last) {
            ++signalCount;
            check(!parent.isValid() && first >= 0 && last >= first && last < m->rowCount(), "rowsAboutToBeRemoved range");
            check(expected < 0, "nested row change");
            expected = m->rowCount() - (last - first + 1);
        });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, m, [this](const QModelIndex &, int, int) {
            ++signalCount;
            check(expected == m->rowCount(), "rowsRemoved count");
            expected = -1;
        });
        QObject::connect(m, &QAbstractItemModel::dataChanged, m, [this](const QModelIndex &tl, const QModelIndex &br) {
            ++signalCount;
            check(tl.isValid() && br.isValid() && tl.model() == m && br.model() == m, "dataChanged indexes");
            check(tl.row() <= br.row() && tl.column() <= br.column() && br.row() < m->rowCount(), "dataChanged range");
            check(expected < 0 && !inLayout && !inReset, "dataChanged inside a change");
        });
        QObject::connect(m, &QAbstractItemModel::layoutAboutToBeChanged, m, [this] {
            ++signalCount;
            check(!inLayout && !inReset && expected < 0, "layoutAboutToBeChanged nested");
            inLayout = true;
            layoutRows = m->rowCount();
        });
        QObject::connect(m, &QAbstractItemModel::layoutChanged, m, [this] {
            ++signalCount;
            check(inLayout, "layoutChanged without layoutAboutToBeChanged");
            check(layoutRows == m->rowCount(), "row count changed in a layout change");
            inLayout = false;
        });
        QObject::connect(m, &QAbstractItemModel::modelAboutToBeReset, m, [this] {
            ++signalCount;
            check(!inReset && !inLayout && expected < 0, "modelAboutToBeReset nested");
            inReset = true;
        });
        QObject::connect(m, &QAbstractItemModel::modelReset, m, [this] {
            ++signalCount;
            check(inReset, "modelReset without modelAboutToBeReset");
            inReset = false;
            ++resets;
        });
    }

    void check(bool ok, const char *what)
    {
        if (!ok && problems.size() < 20)
            problems.append(QString::fromLatin1(what));
    }

    QAbstractItemModel *m;
    int expected = -1;
    bool inLayout = false;
    bool inReset = false;
    int layoutRows = 0;
    int signalCount = 0;
    int resets = 0;
    QStringList problems;
};

} // namespace

// 100,000 varied tasks: for every query the proxy shows exactly the rows a brute-force search
// over the task data finds (ids, remote ids, prompts in any case and script, models, providers,
// profiles, request ids; error codes, types and HTTP statuses only where the row shows its error).
void TestTaskTableModel::searchOnALargeModelMatchesBruteForce()
{
    constexpr int Count = 100000;
    const QStringList providers{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                                QStringLiteral("llmapi"), QStringLiteral("vidu")};
    const QStringList models{QStringLiteral("viduq1"), QStringLiteral("nano_banana_2"), QStringLiteral("wan-2.7-image"),
                             QStringLiteral("sora-2"), QStringLiteral("gpt-image-2"), QStringLiteral("Kling-V2")};
    const QStringList words{QStringLiteral("Lighthouse"), QStringLiteral("fox"), QStringLiteral("Café"),
                            QStringLiteral("狐狸"), QStringLiteral("snow"), QStringLiteral("Mountain"),
                            QStringLiteral("dusk"), QStringLiteral("cyberpunk"), QStringLiteral("ÜBER"),
                            QStringLiteral("harbour"), QStringLiteral("neon"), QStringLiteral("Straße")};
    const QStringList codes{QStringLiteral("CreditInsufficient"), QStringLiteral("TaskTimeout"),
                            QStringLiteral("rate_limit_exceeded"), QStringLiteral("InvalidParameter"),
                            QStringLiteral("content_policy_violation")};
    const QStringList types{QString(), QStringLiteral("invalid_request_error"), QStringLiteral("upstream_error")};
    const QList<int> statuses{0, 400, 402, 429, 500, 503};
    const QList<TaskState> states = TaskStates::all();

    QRandomGenerator rng(20260301);
    QList<Task> tasks;
    tasks.reserve(Count);
    for (int id = 1; id <= Count; ++id) {
        const QString provider = providers.at(rng.bounded(int(providers.size())));
        Task task = makeTask(id, states.at(rng.bounded(int(states.size()))), provider);
        task.profileId = QStringLiteral("acct-%1").arg(rng.bounded(12));
        task.spec.model = models.at(rng.bounded(int(models.size())));
        QStringList prompt;
        const int length = 2 + rng.bounded(4);
        for (int w = 0; w < length; ++w)
            prompt << words.at(rng.bounded(int(words.size())));
        task.spec.prompt = prompt.join(QLatin1Char(' '));
        task.remoteId = rng.bounded(10) == 0 ? QString()
                                             : QStringLiteral("mmsu_%1").arg(rng.generate64(), 16, 16, QLatin1Char('0')).toUpper();
        // Errors on every kind of row: only the rows that show theirs may match their code.
        if (rng.bounded(100) < 45) {
            ApiError error;
            error.phase = rng.bounded(2) ? ApiPhase::InTask : ApiPhase::Submit;
            error.provider = provider;
            error.code = codes.at(rng.bounded(int(codes.size())));
            error.type = types.at(rng.bounded(int(types.size())));
            error.httpStatus = statuses.at(rng.bounded(int(statuses.size())));
            error.requestId = QStringLiteral("req-%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
            error.message = QStringLiteral("provider says no");
            ErrorCatalog::instance().classify(error);
            task.lastError = error;
        }
        tasks.append(task);
    }
    QList<QStringList> fields;
    fields.reserve(Count);
    for (const Task &task : std::as_const(tasks))
        fields.append(searchableFields(task));

    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    model.resetTasks(tasks);
    QCOMPARE(model.rowCount(), Count);
    qInfo("100,000 rows loaded in %lld ms", timer.restart());

    // Samples to build queries from: a failed row with an error, a row with a remote id.
    const Task *failed = nullptr;
    const Task *withRemote = nullptr;
    const Task *hiddenError = nullptr;   // an error on a row that does not show it
    for (const Task &task : std::as_const(tasks)) {
        if (!failed && task.state == TaskState::Failed && task.lastError)
            failed = &task;
        if (!withRemote && task.id > 500 && !task.remoteId.isEmpty())
            withRemote = &task;
        if (!hiddenError && task.state == TaskState::Succeeded && task.lastError)
            hiddenError = &task;
    }
    QVERIFY(failed && withRemote && hiddenError);

    const QStringList queries{
        QString::number(73519),                                         // a local id
        withRemote->remoteId.mid(5, 7).toLower(),                       // a fragment of a remote id
        QStringLiteral("LIGHTHOUSE"),                                   // a prompt word in another case
        QStringLiteral("Nano_Banana_2"),                                // a model
        QStringLiteral("creditINSUFFICIENT"),                           // an error code
        failed->lastError->requestId,                                   // a request id
        QStringLiteral("fox Snow"),                                     // two words, both required
        QStringLiteral("café"),                                         // non-ASCII, other case
        QStringLiteral("CAFÉ"),
        QStringLiteral("狐狸"),
        QStringLiteral("狐狸 neon STRASSE"),                             // nothing has "strasse"
        QStringLiteral("straße"),
        QStringLiteral("invalid_request_error"),                         // an error type
        QStringLiteral("429"),                                           // an HTTP status (and ids)
        QStringLiteral("acct-11 VIDU"),                                  // profile and provider
        hiddenError->lastError->code.toLower() + QLatin1Char(' ') + QString::number(hiddenError->id),
        QStringLiteral("qqxzvjw"),                                       // matches nothing
        QStringLiteral("  fox    dusk  "),                               // extra spaces
        QString(),                                                       // empty: everything
    };
    QStringList counts;
    for (const QString &query : queries) {
        proxy.setSearchText(query);
        const QList<qint64> visible = proxy.visibleTaskIds();
        const QSet<qint64> got(visible.cbegin(), visible.cend());
        QCOMPARE(got.size(), visible.size());   // no row twice
        QCOMPARE(proxy.rowCount(), int(visible.size()));
        const QSet<qint64> expected = bruteForceSearch(tasks, fields, query);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("query \"%1\": ").arg(query)
                                             + describeDifference(got, expected, model)));
        counts << QStringLiteral("\"%1\": %2").arg(query).arg(got.size());
    }
    qInfo("matches: %s", qPrintable(counts.join(QStringLiteral(", "))));
    // The brute force is not trivially empty or full where it should not be.
    QVERIFY(bruteForceSearch(tasks, fields, QStringLiteral("qqxzvjw")).isEmpty());
    QCOMPARE(bruteForceSearch(tasks, fields, QString()).size(), qsizetype(Count));
    QVERIFY(!bruteForceSearch(tasks, fields, QStringLiteral("creditinsufficient")).isEmpty());
    QVERIFY(!bruteForceSearch(tasks, fields, QStringLiteral("狐狸")).isEmpty());
    // The hidden error's code does not find its row by itself.
    QVERIFY(!bruteForceSearch(tasks, fields, hiddenError->lastError->code.toLower() + QLatin1Char(' ')
                                                 + QString::number(hiddenError->id))
                 .contains(hiddenError->id));
    qInfo("%lld queries in %lld ms", qint64(queries.size()), timer.elapsed());
}

void TestTaskTableModel::ticksKeepTheSortedOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("state ascending") << int(TaskTableModel::StateColumn) << int(Qt::AscendingOrder) << false;
    QTest::newRow("submitted descending") << int(TaskTableModel::SubmittedColumn) << int(Qt::DescendingOrder) << false;
    QTest::newRow("state descending, filtered") << int(TaskTableModel::StateColumn) << int(Qt::DescendingOrder) << true;
}

// 30 poll ticks of 100-2,000 changed rows each (state and progress changes, new tasks, removals)
// on 20,000 rows: after every tick the incrementally kept order is the order a new proxy sorts.
void TestTaskTableModel::ticksKeepTheSortedOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(bool, filtered);
    const auto sortOrder = Qt::SortOrder(order);
    constexpr int Count = 20000;
    const QList<TaskState> states = TaskStates::all();
    const QStringList providers{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("vidu")};
    QRandomGenerator rng(7 + column * 10 + order + (filtered ? 100 : 0));

    // Few distinct submit times: plenty of ties, which the id must break the same way every time.
    auto randomTask = [&](qint64 id) {
        Task task = makeTask(id, states.at(rng.bounded(int(states.size()))), providers.at(rng.bounded(3)));
        task.submittedAt = kStart.addSecs(rng.bounded(50) * 60);
        task.progress = task.state == TaskState::Running ? rng.bounded(101) : -1;
        task.queuePosition = task.state == TaskState::Queued ? rng.bounded(20) : -1;
        return task;
    };
    QHash<qint64, Task> current;
    QList<Task> initial;
    for (qint64 id = 1; id <= Count; ++id) {
        const Task task = randomTask(id);
        current.insert(id, task);
        initial.append(task);
    }
    qint64 nextId = Count + 1;

    TaskTableModel model;
    model.resetTasks(initial);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const QSet<TaskState> shown{TaskState::Queued, TaskState::Running, TaskState::Failed, TaskState::Lost};
    const QString search = QStringLiteral("fox");   // every prompt says "red fox"; with the provider "vidu" below
    auto applyFilters = [&](TaskFilterProxyModel &p) {
        if (filtered) {
            p.setStates(shown);
            p.setSearchText(search + QStringLiteral(" vidu"));
        }
        p.sort(column, sortOrder);
    };
    applyFilters(proxy);
    // QAbstractItemModelTester walks all 20,000 x 10 indexes on every signal, so it watches
    // only some ticks in full (and the set-up); a cheap audit of the signals watches every tick.
    std::optional<QAbstractItemModelTester> tester;
    tester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QSet<int> testedTicks{1, 2, 3};   // one tick of each kind
    SignalAudit audit(&proxy);

    auto checkAgainstFresh = [&](int tick) {
        TaskFilterProxyModel fresh;
        fresh.setSourceModel(&model);
        applyFilters(fresh);
        const QList<qint64> kept = proxy.visibleTaskIds();
        const QList<qint64> expected = fresh.visibleTaskIds();
        if (kept != expected) {
            qsizetype at = 0;
            while (at < kept.size() && at < expected.size() && kept.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("tick %1: %2 rows kept, %3 expected, first difference at %4 (kept %5, "
                                            "expected %6)")
                                 .arg(tick)
                                 .arg(kept.size())
                                 .arg(expected.size())
                                 .arg(at)
                                 .arg(at < kept.size() ? kept.at(at) : -1)
                                 .arg(at < expected.size() ? expected.at(at) : -1)));
        }
        QCOMPARE(proxy.rowCount(), int(expected.size()));
        // The maps agree with the order.
        for (int row = 0; row < proxy.rowCount(); row += 97) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
            QCOMPARE(model.taskAt(source.row()).id, kept.at(row));
            QCOMPARE(proxy.mapFromSource(source).row(), row);
        }
    };
    checkAgainstFresh(0);

    QElapsedTimer timer;
    timer.start();
    int resetTicks = 0;
    for (int tick = 1; tick <= 30; ++tick) {
        const int changes = 100 + rng.bounded(1901);
        const QList<qint64> ids = current.keys();
        QList<Task> updates;
        QList<qint64> removals;
        QSet<qint64> touched;
        // Three kinds of tick: changes only; changes with a few new and removed tasks (both
        // paths stay incremental); and a heavy one with hundreds of each (may reset, by design).
        const int mode = tick % 3;
        int newRows = 0;
        int removedRows = 0;
        for (int i = 0; i < changes; ++i) {
            int kind = rng.bounded(10);
            if (mode == 1 || (mode == 2 && kind >= 6 && (kind < 8 ? newRows : removedRows) >= 30))
                kind = 0;
            if (kind < 8 && kind >= 6)
                ++newRows;
            else if (kind >= 8)
                ++removedRows;
            if (kind < 6) {   // a state or progress change
                const qint64 id = ids.at(rng.bounded(int(ids.size())));
                if (touched.contains(id))
                    continue;
                touched.insert(id);
                Task task = current.value(id);
                if (rng.bounded(2) == 0) {
                    task.state = states.at(rng.bounded(int(states.size())));
                    if (TaskStates::isTerminal(task.state))
                        task.finishedAt = kStart.addSecs(3600);
                } else {
                    task.progress = rng.bounded(101);
                }
                if (rng.bounded(5) == 0)
                    task.submittedAt = kStart.addSecs(rng.bounded(50) * 60);   // a retry
                current.insert(id, task);
                updates.append(task);
            } else if (kind < 8) {   // a new task
                const Task task = randomTask(nextId++);
                current.insert(task.id, task);
                updates.append(task);
            } else {   // a removal
                const qint64 id = ids.at(rng.bounded(int(ids.size())));
                if (touched.contains(id))
                    continue;
                touched.insert(id);
                current.remove(id);
                removals.append(id);
            }
        }
        if (testedTicks.contains(tick))
            tester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        else
            tester.reset();
        // Persistent indexes (a view's selection and current row) follow their tasks.
        QList<QPersistentModelIndex> persistent;
        QList<qint64> persistentIds;
        for (int i = 0; i < 50 && proxy.rowCount() > 0; ++i) {
            const int row = rng.bounded(proxy.rowCount());
            persistent.append(QPersistentModelIndex(proxy.index(row, i % TaskTableModel::ColumnCount)));
            persistentIds.append(proxy.index(row, 0).data(TaskTableModel::TaskIdRole).toLongLong());
        }
        const int resetsBefore = audit.resets;
        model.upsertTasks(updates);
        model.removeTasks(removals);
        // A reset (many scattered rows, by design) invalidates every persistent index.
        const bool wasReset = audit.resets != resetsBefore;
        resetTicks += wasReset ? 1 : 0;
        QCOMPARE(model.rowCount(), int(current.size()));
        QVERIFY2(audit.problems.isEmpty(), qPrintable(QStringLiteral("tick %1: ").arg(tick)
                                                        + audit.problems.join(QLatin1Char('\n'))));
        checkAgainstFresh(tick);
        if (QTest::currentTestFailed())
            return;
        const QList<qint64> visible = proxy.visibleTaskIds();
        const QSet<qint64> visibleSet(visible.cbegin(), visible.cend());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const qint64 id = persistentIds.at(i);
            if (wasReset) {
                if (persistent.at(i).isValid())   // a reset leaves none valid, and never a wrong one
                    QCOMPARE(persistent.at(i).data(TaskTableModel::TaskIdRole).toLongLong(), id);
            } else if (visibleSet.contains(id)) {
                QVERIFY2(persistent.at(i).isValid(), qPrintable(QStringLiteral("tick %1: task %2 lost its index").arg(tick).arg(id)));
                QCOMPARE(persistent.at(i).row(), int(visible.indexOf(id)));
                QCOMPARE(persistent.at(i).data(TaskTableModel::TaskIdRole).toLongLong(), id);
            } else {
                QVERIFY2(!persistent.at(i).isValid(),
                         qPrintable(QStringLiteral("tick %1: hidden task %2 kept an index").arg(tick).arg(id)));
            }
        }
    }
    tester.reset();
    QVERIFY(audit.signalCount > 0);
    qInfo("30 ticks (%d of them under the model tester): %lld ms, %d proxy signals, %d ticks with a reset",
          int(testedTicks.size()), timer.elapsed(), audit.signalCount, resetTicks);
}

// The history comes from the engine's store in pages: the model is loading at first, then holds
// every task as a summary, newest first.
void TestTaskTableModel::historyLoadsLazilyFromTheEngine()
{
    constexpr int Count = 6000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProviderAdapterRegistry registry;
    registerBuiltinProviders(registry);
    SystemClock clock;
    TaskStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
    QSqlQuery(QSqlDatabase::database(store.connectionName())).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const QList<TaskState> finished{TaskState::Succeeded, TaskState::Failed, TaskState::Cancelled, TaskState::TimedOut,
                                    TaskState::Rejected, TaskState::Lost};
    QHash<qint64, Task> stored;
    QList<qint64> ids;
    for (int i = 0; i < Count; ++i) {
        Task task = makeTask(0, finished.at(i % finished.size()), i % 2 ? QStringLiteral("vidu") : QStringLiteral("seaart"));
        task.spec.prompt = QStringLiteral("history %1 — Café 狐狸").arg(i);
        task.remoteId = QStringLiteral("remote-h%1").arg(i);
        task.spec.params = QJsonObject{{QStringLiteral("seed"), i}, {QStringLiteral("duration"), 4}};
        task.resultUrls = QStringList{QStringLiteral("https://cdn.example/%1.png").arg(i)};
        if (task.state == TaskState::Failed) {
            task.lastError = viduCreditError();
            task.lastError->requestId = QStringLiteral("req-h%1-end").arg(i);
        }
        QVERIFY2(store.insertTask(task), qPrintable(store.lastError()));
        stored.insert(task.id, task);
        ids.append(task.id);
    }

    HttpClient http;
    SecretStore secrets{nullptr};
    auto engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
    engine->start();
    QVERIFY(engine->tasks().isEmpty());   // nothing live: the history stays in the store

    TaskTableModel model;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finishedSpy(&model, &TaskTableModel::loadingFinished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setEngine(engine.get());
    QVERIFY(model.isLoading());
    QVERIFY(model.rowCount() < Count);   // the pages come later
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 60000);
    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), Count);
    QVERIFY2(inserted.count() >= 2, qPrintable(QString::number(inserted.count())));   // more than one page
    QCOMPARE(proxy.rowCount(), Count);

    // Newest first, every task once.
    QList<qint64> expectedOrder(ids.crbegin(), ids.crend());
    QCOMPARE(model.taskIds(), expectedOrder);
    for (int row = 0; row < Count; row += 37) {
        const TaskSummary &summary = model.taskAt(row);
        const Task &task = stored.value(summary.id);
        QCOMPARE(summary.id, task.id);
        QCOMPARE(summary.state, task.state);
        QCOMPARE(summary.prompt, task.spec.prompt);
        QCOMPARE(summary.remoteId, task.remoteId);
        QCOMPARE(summary.model, task.spec.model);
        QCOMPARE(summary.provider, task.provider);
        QCOMPARE(summary.lastError.has_value(), task.lastError.has_value());
        if (task.lastError) {
            QCOMPARE(summary.lastError->code, task.lastError->code);
            QCOMPARE(summary.lastError->requestId, task.lastError->requestId);
        }
        QCOMPARE(summary, TaskSummary::of(*engine->task(summary.id)));
    }
    // The tally follows the history, and the details come from the store in full.
    QCOMPARE(model.tally().total(), Count);
    QCOMPARE(model.tally().count(TaskState::Failed), int(Count / finished.size()));
    const std::optional<Task> full = engine->task(ids.at(10));
    QVERIFY(full);
    QCOMPARE(full->spec.params, stored.value(ids.at(10)).spec.params);
    QCOMPARE(full->resultUrls, stored.value(ids.at(10)).resultUrls);
    QCOMPARE(stored.value(ids.at(7)).state, TaskState::Failed);
    proxy.setSearchText(QStringLiteral("REQ-H7-END"));   // a request id from the history
    QCOMPARE(proxy.visibleTaskIds(), (QList<qint64>{ids.at(7)}));

    model.setEngine(nullptr);
    engine.reset();
}

QTEST_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
