// TaskStatistics arithmetic on hand-made task summaries (added, updated and removed one at a
// time, as the table model announces them), ChartsWidget following a TaskTableModel and doing
// nothing while hidden, and real charts drawn from it (including 100,000 tasks; their timings
// are bench_charts' figures, not assertions here).

#include "builtinproviders.h"
#include "chartstestdata.h"
#include "chartswidget.h"
#include "clock.h"
#include "provideradapterregistry.h"
#include "taskstatistics.h"
#include "tasktablemodel.h"
#include "widgetsettling.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QStyle>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace ChartsTestData;

namespace {

// How many distinct colours an image has (a blank or single-colour grab has one or two).
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

TaskStatistics statisticsOf(const QList<TaskSummary> &tasks, const QDateTime &nowUtc = kNow)
{
    TaskStatistics stats;
    for (const TaskSummary &t : tasks)
        stats.add(t);
    stats.sample(nowUtc);
    return stats;
}

// Half an hour of a busy operator's queue: tasks flow through queue and run with each
// provider's own pace; some fail with their provider's codes, a few are cancelled.
// Returns one snapshot per sample time.
QList<QPair<QDateTime, QList<TaskSummary>>> simulatedQueue()
{
    struct Pace
    {
        const char *provider;
        int queueS;
        int runS;
        const char *errors[3];
    };
    const Pace paces[] = {{"seaart", 12, 25, {"RATE_LIMIT_EXCEEDED", "Runtime execution failed", "App not found"}},
                          {"foxapi", 8, 40, {"content_policy_violation", "generation_failed", "timeout"}},
                          {"newapi", 30, 90, {"model_not_found", "upstream_error", "rate_limit"}},
                          {"llmapi", 4, 18, {"IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", "IMAGE_TASK_FAILED", "IMAGE_TASK_TIMEOUT"}},
                          {"vidu", 45, 120, {"CreditInsufficient", "CreationPolicyViolation", "ModelUnavailable"}}};
    QRandomGenerator rng(20260504);
    const QDateTime start = kNow.addSecs(-30 * 60);
    struct Plan
    {
        TaskSummary task;
        int submitS, queueS, runS;
        TaskState outcome;
        QString code;
    };
    QList<Plan> plans;
    for (int i = 0; i < 1500; ++i) {
        const Pace &pace = paces[rng.bounded(5)];
        Plan plan;
        plan.task.id = i + 1;
        plan.task.provider = QLatin1String(pace.provider);
        plan.task.profileId = plan.task.provider + QStringLiteral("-main");
        plan.submitS = int(rng.bounded(1700));
        plan.queueS = int(pace.queueS * (0.4 + rng.generateDouble() * 1.4));
        plan.runS = int(pace.runS * (0.5 + rng.generateDouble()));
        const double roll = rng.generateDouble();
        plan.outcome = roll < 0.84 ? TaskState::Succeeded : roll < 0.96 ? TaskState::Failed : TaskState::Cancelled;
        // Codes are uneven, as in life: the first of each provider is the common one.
        const double codeRoll = rng.generateDouble();
        plan.code = QLatin1String(pace.errors[codeRoll < 0.6 ? 0 : codeRoll < 0.85 ? 1 : 2]);
        plans.append(plan);
    }
    QList<QPair<QDateTime, QList<TaskSummary>>> samples;
    for (int s = 0; s <= 30 * 60; s += 20) {
        QList<TaskSummary> tasks;
        for (const Plan &plan : plans) {
            if (plan.submitS > s)
                continue;
            TaskSummary t = plan.task;
            t.createdAt = t.submittedAt = start.addSecs(plan.submitS);
            t.updatedAt = start.addSecs(s);   // when this snapshot saw it
            const int age = s - plan.submitS;
            if (age < plan.queueS) {
                t.state = TaskState::Queued;
            } else if (age < plan.queueS + plan.runS) {
                t.state = TaskState::Running;
            } else {
                t.state = plan.outcome;
                t.finishedAt = start.addSecs(plan.submitS + plan.queueS + plan.runS);
                if (plan.outcome == TaskState::Failed) {
                    ErrorDigest error;
                    error.provider = t.provider;
                    error.code = plan.code;
                    error.phase = ApiPhase::InTask;
                    t.lastError = error;
                }
            }
            tasks.append(t);
        }
        samples.append({start.addSecs(s), tasks});
    }
    return samples;
}

// What the table model announces between two snapshots: removals only in before, additions
// only in after, updates in both at the same index.
QPair<QList<TaskSummary>, QList<TaskSummary>> changesBetween(const QList<TaskSummary> &previous,
                                                             const QList<TaskSummary> &next)
{
    QHash<qint64, TaskSummary> old;
    for (const TaskSummary &t : previous)
        old.insert(t.id, t);
    QList<TaskSummary> before;
    QList<TaskSummary> after;
    QList<TaskSummary> added;
    for (const TaskSummary &t : next) {
        const auto it = old.constFind(t.id);
        if (it == old.constEnd()) {
            added.append(t);
        } else {
            if (!(*it == t)) {
                before.append(*it);
                after.append(t);
            }
            old.remove(t.id);
        }
    }
    before.append(old.values());   // gone
    after.append(added);
    return {before, after};
}

// Saved only when QUEUELENS_SCREENSHOT_DIR is set (docs/screenshots).
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUEUELENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    settleWidgets();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestChartsWidget : public QObject
{
    Q_OBJECT

private slots:
    void groups();
    void percentile();
    void countsAndMinutes();
    void timesPerProvider();
    void queueWaitIsObservedWhenATaskStartsRunning();
    void topErrors();
    void historyIsCapped();
    void addThenRemoveReturnsToEmpty();
    void updateMovesATaskBetweenGroups();
    void sortedFiguresAreRecomputedLazily();
    void hiddenWidgetComputesNothing();
    void widgetFollowsTheTableModel();
    void widgetRendersCharts();
    void hundredThousandTasks();
    void simulatedQueueScreenshots();
};

void TestChartsWidget::groups()
{
    using G = TaskStatistics::Group;
    QCOMPARE(TaskStatistics::groupOf(TaskState::Submitting), G::Waiting);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Queued), G::Waiting);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Cancelling), G::Running);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Lost), G::Failed);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Rejected), G::Failed);
    QCOMPARE(TaskStatistics::groupOf(TaskState::TimedOut), G::Failed);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Cancelled), G::Cancelled);
    QCOMPARE(TaskStatistics::groupOf(TaskState::Unknown), G::NeedsDecision);
    for (G group : TaskStatistics::groups())
        QVERIFY(!TaskStatistics::groupName(group).isEmpty());
}

void TestChartsWidget::percentile()
{
    QCOMPARE(TaskStatistics::percentile({}, 50), 0.0);
    QCOMPARE(TaskStatistics::percentile({7}, 90), 7.0);
    const QList<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QCOMPARE(TaskStatistics::percentile(ten, 50), 5.0);   // nearest rank: ceil(0.5 * 10) = 5th
    QCOMPARE(TaskStatistics::percentile(ten, 90), 9.0);
    QCOMPARE(TaskStatistics::percentile(ten, 100), 10.0);
    QCOMPARE(TaskStatistics::percentile({1, 2, 3}, 50), 2.0);
}

void TestChartsWidget::countsAndMinutes()
{
    // kNow is 12:30:20, so the current minute bucket starts at 12:30:00.
    const QList<TaskSummary> tasks{
        task(1, QStringLiteral("vidu"), TaskState::Succeeded, 100, 5),      // 12:30:15 -> last bucket
        task(2, QStringLiteral("vidu"), TaskState::Succeeded, 100, 15),     // 12:30:05 -> last bucket
        task(3, QStringLiteral("vidu"), TaskState::Succeeded, 200, 70),     // 12:29:10 -> one before
        failed(4, QStringLiteral("vidu"), QStringLiteral("CreditInsufficient"), 25),   // 12:29:55
        task(5, QStringLiteral("seaart"), TaskState::Cancelled, 100, 5),    // cancelled: not counted per minute
        task(6, QStringLiteral("seaart"), TaskState::Succeeded, 9000, 4000),   // older than 30 min: outside
        task(7, QStringLiteral("seaart"), TaskState::Running),
        task(8, QStringLiteral("seaart"), TaskState::Queued),
        task(9, QStringLiteral("seaart"), TaskState::Submitting),
        task(10, QStringLiteral("seaart"), TaskState::Unknown),
    };
    const TaskStatistics stats = statisticsOf(tasks);

    const TaskStatistics::Counts counts = stats.counts();
    QCOMPARE(counts.total, 10);
    QCOMPARE(counts.of(TaskStatistics::Group::Succeeded), 4);
    QCOMPARE(counts.of(TaskStatistics::Group::Failed), 1);
    QCOMPARE(counts.of(TaskStatistics::Group::Cancelled), 1);
    QCOMPARE(counts.of(TaskStatistics::Group::Running), 1);
    QCOMPARE(counts.of(TaskStatistics::Group::Waiting), 2);
    QCOMPARE(counts.of(TaskStatistics::Group::NeedsDecision), 1);

    const QList<TaskStatistics::MinuteBucket> minutes = stats.perMinute();
    QCOMPARE(minutes.size(), TaskStatistics::DefaultMinutes);
    QCOMPARE(minutes.last().start, QDateTime(QDate(2026, 5, 4), QTime(12, 30, 0), Qt::UTC));
    QCOMPARE(minutes.first().start, QDateTime(QDate(2026, 5, 4), QTime(12, 1, 0), Qt::UTC));
    QCOMPARE(minutes.last().succeeded, 2);
    QCOMPARE(minutes.last().failed, 0);
    QCOMPARE(minutes.at(minutes.size() - 2).succeeded, 1);
    QCOMPARE(minutes.at(minutes.size() - 2).failed, 1);
    int total = 0;
    for (const auto &bucket : minutes)
        total += bucket.succeeded + bucket.failed;
    QCOMPARE(total, 4);   // the 67-minute-old success and the cancellation are not in the chart

    // The window moves with the clock, not with the tasks: an hour later everything is older.
    int later = 0;
    for (const auto &bucket : stats.perMinute(kNow.addSecs(3600)))
        later += bucket.succeeded + bucket.failed;
    QCOMPARE(later, 0);
    // ... and the 67-minute-old success shows up in the window around its own time.
    const QList<TaskStatistics::MinuteBucket> earlier = stats.perMinute(kNow.addSecs(-4000));
    QCOMPARE(earlier.last().succeeded, 1);
}

void TestChartsWidget::timesPerProvider()
{
    QList<TaskSummary> tasks;
    // vidu: ten successes taking 10, 20, ..., 100 s from submit to finish.
    for (int i = 1; i <= 10; ++i)
        tasks.append(task(i, QStringLiteral("vidu"), TaskState::Succeeded, 1000 + i * 10, 1000));
    // seaart: one success of 30 s, and a failure that must not count as a result time.
    tasks.append(task(20, QStringLiteral("seaart"), TaskState::Succeeded, 130, 100));
    tasks.append(failed(21, QStringLiteral("seaart"), QStringLiteral("RATE_LIMIT_EXCEEDED")));

    const TaskStatistics stats = statisticsOf(tasks);
    const QList<TaskStatistics::ProviderTimes> times = stats.providerTimes();
    QCOMPARE(times.size(), 2);
    QCOMPARE(times.at(0).provider, QStringLiteral("seaart"));   // sorted by provider id
    QCOMPARE(times.at(0).timeToResult.samples, 1);
    QCOMPARE(times.at(0).timeToResult.medianSeconds, 30.0);
    QCOMPARE(times.at(1).provider, QStringLiteral("vidu"));
    QCOMPARE(times.at(1).timeToResult.samples, 10);
    QCOMPARE(times.at(1).timeToResult.medianSeconds, 50.0);
    QCOMPARE(times.at(1).timeToResult.p90Seconds, 90.0);
    QCOMPARE(times.at(1).queueWait.samples, 0);   // never seen starting
}

void TestChartsWidget::queueWaitIsObservedWhenATaskStartsRunning()
{
    TaskStatistics stats;
    TaskSummary t = task(1, QStringLiteral("foxapi"), TaskState::Queued, 40);   // submitted at kNow - 40 s
    stats.add(t);
    QCOMPARE(stats.providerTimes().size(), 0);

    TaskSummary next = t;
    next.state = TaskState::Running;
    next.updatedAt = kNow.addSecs(5);   // seen running 45 s after submit
    stats.update(t, next);
    t = next;
    QCOMPARE(stats.providerTimes().size(), 1);
    QCOMPARE(stats.providerTimes().first().queueWait.samples, 1);
    QCOMPARE(stats.providerTimes().first().queueWait.medianSeconds, 45.0);

    // Progress while running and the finish keep the first sighting.
    next.progress = 50;
    next.updatedAt = kNow.addSecs(10);
    stats.update(t, next);
    t = next;
    next.state = TaskState::Succeeded;
    next.updatedAt = next.finishedAt = kNow.addSecs(20);
    stats.update(t, next);
    t = next;
    QCOMPARE(stats.providerTimes().first().queueWait.medianSeconds, 45.0);
    QCOMPARE(stats.providerTimes().first().timeToResult.medianSeconds, 60.0);

    // A retry starts a new wait; the old result is no longer a result.
    next.attempts = 2;
    next.state = TaskState::Queued;
    next.submittedAt = next.updatedAt = kNow.addSecs(30);
    next.finishedAt = QDateTime();
    stats.update(t, next);
    t = next;
    QCOMPARE(stats.providerTimes().size(), 0);
    next.state = TaskState::Running;
    next.updatedAt = kNow.addSecs(33);
    stats.update(t, next);
    t = next;
    QCOMPARE(stats.providerTimes().first().queueWait.medianSeconds, 3.0);

    // Removing the task forgets its wait.
    stats.remove(t);
    QCOMPARE(stats.providerTimes().size(), 0);

    // A task that is already running when it is first seen has no known wait.
    stats.add(task(2, QStringLiteral("foxapi"), TaskState::Running, 40));
    QCOMPARE(stats.providerTimes().size(), 0);
}

void TestChartsWidget::topErrors()
{
    QList<TaskSummary> tasks;
    qint64 id = 1;
    for (int i = 0; i < 5; ++i)
        tasks.append(failed(id++, QStringLiteral("vidu"), QStringLiteral("CreditInsufficient")));
    for (int i = 0; i < 3; ++i)
        tasks.append(failed(id++, QStringLiteral("foxapi"), QStringLiteral("content_policy_violation")));
    tasks.append(failed(id++, QStringLiteral("seaart"), QStringLiteral("RATE_LIMIT_EXCEEDED")));
    // Same code text, other provider: a separate entry.
    tasks.append(failed(id++, QStringLiteral("foxapi"), QStringLiteral("CreditInsufficient")));
    // A task that failed earlier but succeeded on retry is not a current failure.
    TaskSummary recovered = failed(id++, QStringLiteral("vidu"), QStringLiteral("CreditInsufficient"));
    recovered.state = TaskState::Succeeded;
    tasks.append(recovered);
    // No code: the HTTP status stands in.
    TaskSummary bare = failed(id++, QStringLiteral("newapi"), QString());
    bare.lastError->httpStatus = 503;
    tasks.append(bare);

    TaskStatistics stats;
    stats.setTopErrorLimit(4);
    for (const TaskSummary &t : tasks)
        stats.add(t);
    const QList<TaskStatistics::ErrorCount> errors = stats.topErrors();
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.at(0).provider, QStringLiteral("vidu"));
    QCOMPARE(errors.at(0).code, QStringLiteral("CreditInsufficient"));
    QCOMPARE(errors.at(0).count, 5);
    QVERIFY(!errors.at(0).title.isEmpty());
    QCOMPARE(errors.at(1).code, QStringLiteral("content_policy_violation"));
    QCOMPARE(errors.at(1).count, 3);
    // Ties sorted by provider then code.
    QCOMPARE(errors.at(2).provider, QStringLiteral("foxapi"));
    QCOMPARE(errors.at(2).code, QStringLiteral("CreditInsufficient"));
    QCOMPARE(errors.at(3).provider, QStringLiteral("newapi"));
    QCOMPARE(errors.at(3).code, QStringLiteral("http_503"));

    // Removing four of the five vidu failures reorders the list.
    for (qint64 gone = 1; gone <= 4; ++gone)
        stats.remove(tasks.at(gone - 1));
    QCOMPARE(stats.topErrors().first().code, QStringLiteral("content_policy_violation"));
    QCOMPARE(stats.topErrors().first().count, 3);
}

void TestChartsWidget::historyIsCapped()
{
    TaskStatistics stats;
    for (int i = 0; i < TaskStatistics::MaxHistory + 10; ++i)
        stats.sample(kNow.addSecs(i * 5));
    QCOMPARE(stats.history().size(), TaskStatistics::MaxHistory);
    QCOMPARE(stats.history().last().at, kNow.addSecs((TaskStatistics::MaxHistory + 9) * 5));
}

void TestChartsWidget::addThenRemoveReturnsToEmpty()
{
    const QList<TaskSummary> tasks = manyTasks(400);
    TaskStatistics stats;
    stats.sample(kNow);
    for (const TaskSummary &t : tasks)
        stats.add(t);
    QCOMPARE(stats.counts().total, 400);
    QVERIFY(!stats.providerTimes().isEmpty());
    QVERIFY(!stats.topErrors().isEmpty());

    // Removed in another order than added.
    for (qsizetype i = tasks.size() - 1; i >= 0; i -= 2)
        stats.remove(tasks.at(i));
    for (qsizetype i = 0; i < tasks.size(); i += 2)
        stats.remove(tasks.at(i));

    const TaskStatistics empty;
    QVERIFY(stats.isEmpty());
    QVERIFY(stats.counts() == empty.counts());
    QCOMPARE(stats.counts().total, 0);
    for (TaskStatistics::Group group : TaskStatistics::groups())
        QCOMPARE(stats.counts().of(group), 0);
    for (const auto &bucket : stats.perMinute()) {
        QCOMPARE(bucket.succeeded, 0);
        QCOMPARE(bucket.failed, 0);
    }
    QVERIFY(stats.providerTimes().isEmpty());
    QVERIFY(stats.topErrors().isEmpty());

    // Removing what is not there does not go negative.
    stats.remove(tasks.first());
    QCOMPARE(stats.counts().total, 0);
    QVERIFY(stats.counts() == empty.counts());
}

void TestChartsWidget::updateMovesATaskBetweenGroups()
{
    using G = TaskStatistics::Group;
    TaskStatistics stats;
    stats.add(task(1, QStringLiteral("vidu"), TaskState::Succeeded, 100, 30));
    TaskSummary running = task(2, QStringLiteral("vidu"), TaskState::Running, 100);
    stats.add(running);
    stats.sample(kNow);
    QCOMPARE(stats.counts().of(G::Running), 1);
    QCOMPARE(stats.counts().of(G::Succeeded), 1);

    // Running -> Failed: one group to another, a failure this minute, an error to count.
    const TaskSummary failure = failed(2, QStringLiteral("vidu"), QStringLiteral("CreditInsufficient"), 5);
    stats.update(running, failure);
    QCOMPARE(stats.counts().total, 2);
    QCOMPARE(stats.counts().of(G::Running), 0);
    QCOMPARE(stats.counts().of(G::Failed), 1);
    QCOMPARE(stats.counts().of(G::Succeeded), 1);
    QCOMPARE(stats.perMinute().last().failed, 1);
    QCOMPARE(stats.topErrors().size(), 1);
    QCOMPARE(stats.topErrors().first().count, 1);

    // Failed -> Queued again (a retry): the failure and its error are gone.
    TaskSummary retried = failure;
    retried.state = TaskState::Queued;
    retried.attempts = 2;
    retried.finishedAt = QDateTime();
    stats.update(failure, retried);
    QCOMPARE(stats.counts().total, 2);
    QCOMPARE(stats.counts().of(G::Failed), 0);
    QCOMPARE(stats.counts().of(G::Waiting), 1);
    QCOMPARE(stats.perMinute().last().failed, 0);
    QVERIFY(stats.topErrors().isEmpty());
}

void TestChartsWidget::sortedFiguresAreRecomputedLazily()
{
    TaskStatistics stats;
    for (const TaskSummary &t : manyTasks(1000))
        stats.add(t);
    stats.sample(kNow);
    QCOMPARE(stats.recomputeCount(), 0);   // nothing sorted until someone asks
    QVERIFY(stats.needsRecompute());
    stats.providerTimes();
    stats.topErrors();
    const int afterFirstRead = stats.recomputeCount();
    QVERIFY(afterFirstRead > 0);
    QVERIFY(!stats.needsRecompute());
    stats.providerTimes();
    stats.topErrors();
    QCOMPARE(stats.recomputeCount(), afterFirstRead);   // read again: cached

    // Progress of a running task changes no time or error: still nothing to recompute.
    TaskSummary running = task(5001, QStringLiteral("seaart"), TaskState::Running, 30);
    stats.add(running);
    TaskSummary moved = running;
    moved.progress = 40;
    stats.update(running, moved);
    QVERIFY(!stats.needsRecompute());
    // A new failure does.
    stats.add(failed(5002, QStringLiteral("seaart"), QStringLiteral("RATE_LIMIT_EXCEEDED")));
    QVERIFY(stats.needsRecompute());
    QCOMPARE(stats.recomputeCount(), afterFirstRead);
}

void TestChartsWidget::hiddenWidgetComputesNothing()
{
    ManualClock clock(kNow);
    ChartsWidget widget(static_cast<TaskTableModel *>(nullptr));
    widget.setClock(&clock);
    widget.resize(900, 600);
    // Never shown: the changes are counted, nothing else happens.
    widget.applyChanges({}, manyTasks(500));
    QCOMPARE(widget.statistics().counts().total, 500);
    QVERIFY(!widget.isSampling());
    QVERIFY(widget.isDirty());
    QCOMPARE(widget.redrawCount(), 0);
    QCOMPARE(widget.statistics().recomputeCount(), 0);
    QVERIFY(widget.statistics().history().isEmpty());

    // Shown: one history point and one redraw right away, and the timer runs.
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.isSampling());
    QVERIFY(!widget.isDirty());
    QCOMPARE(widget.redrawCount(), 1);
    QCOMPARE(widget.statistics().history().size(), 1);
    const int recomputes = widget.statistics().recomputeCount();
    QVERIFY(recomputes > 0);

    // Hidden again: the timer stops; further changes are counted but not drawn or sorted.
    widget.hide();
    QVERIFY(!widget.isSampling());
    const QList<TaskSummary> more{failed(9001, QStringLiteral("vidu"), QStringLiteral("CreditInsufficient")),
                                  task(9002, QStringLiteral("vidu"), TaskState::Succeeded, 50, 5)};
    widget.applyChanges({}, more);
    QVERIFY(!widget.isRedrawScheduled());   // nothing will draw it while hidden
    QCOMPARE(widget.statistics().counts().total, 502);
    QVERIFY(widget.isDirty());
    QCOMPARE(widget.redrawCount(), 1);
    QCOMPARE(widget.statistics().recomputeCount(), recomputes);
    QCOMPARE(widget.statistics().history().size(), 1);

    // Shown again: the change is drawn once.
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.isDirty());
    QCOMPARE(widget.redrawCount(), 2);
    QVERIFY(widget.statistics().recomputeCount() > recomputes);

    // While visible, a change is drawn soon, once for a burst of batches.
    const int redraws = widget.redrawCount();
    TaskSummary a = task(9003, QStringLiteral("seaart"), TaskState::Queued, 10);
    widget.applyChanges({}, {a});
    TaskSummary b = a;
    b.state = TaskState::Running;
    widget.applyChanges({a}, {b});
    QVERIFY(widget.isDirty());
    QTRY_VERIFY(!widget.isDirty());
    QCOMPARE(widget.redrawCount(), redraws + 1);
}

void TestChartsWidget::widgetFollowsTheTableModel()
{
    TaskTableModel model;
    QList<TaskSummary> tasks = manyTasks(200);
    model.resetTasks(tasks.mid(0, 150));

    ChartsWidget widget(&model);
    QCOMPARE(widget.statistics().counts().total, 150);   // the rows already there

    model.upsertTasks(tasks.mid(150));   // additions
    QCOMPARE(widget.statistics().counts().total, 200);

    // An update moves a task between groups.
    const int running = widget.statistics().counts().of(TaskStatistics::Group::Running);
    const int succeeded = widget.statistics().counts().of(TaskStatistics::Group::Succeeded);
    TaskSummary done = model.taskAt(model.rowOfTask(4));   // id 4: Running (see manyTasks)
    QCOMPARE(done.state, TaskState::Running);
    done.state = TaskState::Succeeded;
    done.finishedAt = kNow;
    model.upsertTasks({done});
    QCOMPARE(widget.statistics().counts().total, 200);
    QCOMPARE(widget.statistics().counts().of(TaskStatistics::Group::Running), running - 1);
    QCOMPARE(widget.statistics().counts().of(TaskStatistics::Group::Succeeded), succeeded + 1);

    // Removals, then a reset to nothing: back to the empty state.
    model.removeTasks({1, 2, 3});
    QCOMPARE(widget.statistics().counts().total, 197);
    model.resetTasks(QList<TaskSummary>());
    QVERIFY(widget.statistics().isEmpty());
    QVERIFY(widget.statistics().topErrors().isEmpty());
    QVERIFY(widget.statistics().providerTimes().isEmpty());
}

void TestChartsWidget::widgetRendersCharts()
{
    ManualClock clock(kNow);
    ChartsWidget widget(static_cast<TaskTableModel *>(nullptr));
    widget.setClock(&clock);
    widget.resize(1100, 760);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    // Without data: placeholders, not empty axes.
    const int emptyColours = distinctColours(widget.grab().toImage());

    const QList<TaskSummary> tasks = manyTasks(400);
    QList<TaskSummary> current = tasks;
    widget.applyChanges({}, current);
    for (int i = 0; i < 6; ++i) {
        // Let a few tasks move on between samples so the lines are not flat.
        QList<TaskSummary> shifted = current;
        for (int j = 0; j < i * 20 && j < shifted.size(); ++j) {
            if (shifted[j].state == TaskState::Queued) {
                shifted[j].state = TaskState::Running;
                shifted[j].updatedAt = kNow.addSecs(i * 5);
            }
        }
        const auto changes = changesBetween(current, shifted);
        widget.applyChanges(changes.first, changes.second);
        current = shifted;
        widget.sampleAt(kNow.addSecs(i * 5));
    }
    QCOMPARE(widget.statistics().history().size(), 7);   // one more from show()
    QVERIFY(!widget.statistics().topErrors().isEmpty());

    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), widget.size() * widget.devicePixelRatio());
    const int colours = distinctColours(image);
    QVERIFY2(colours > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
    QVERIFY(colours > emptyColours);
    // Not uniform: the centre of the top-left chart differs from the window corner.
    QVERIFY(image.pixel(image.width() / 4, image.height() / 4) != image.pixel(0, 0)
            || image.pixel(image.width() * 3 / 4, image.height() * 3 / 4) != image.pixel(0, 0));

    // Dark palettes are followed (chart backgrounds come from the palette).
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    widget.setPalette(dark);
    const QImage darkImage = widget.grab().toImage();
    QVERIFY(qGray(darkImage.pixel(darkImage.width() / 2, darkImage.height() / 2)) < 128
            || qGray(darkImage.pixel(10, 10)) < 128);
}

void TestChartsWidget::hundredThousandTasks()
{
    const QList<TaskSummary> tasks = manyTasks(100000);
    TaskStatistics stats;
    for (const TaskSummary &t : tasks)
        stats.add(t);
    QCOMPARE(stats.counts().total, 100000);

    // Updates keep the counts right at this size (their cost is bench_charts' business).
    for (int i = 0; i < 1000; ++i) {
        TaskSummary next = tasks.at(i);
        next.progress = 10;
        stats.update(tasks.at(i), next);
    }
    QCOMPARE(stats.counts().total, 100000);
    QCOMPARE(stats.topErrors().size(), 8);   // 5 providers x 2 codes, the default limit of 8
    QCOMPARE(stats.providerTimes().size(), 5);

    ManualClock clock(kNow);
    ChartsWidget widget(static_cast<TaskTableModel *>(nullptr));
    widget.setClock(&clock);
    widget.resize(1100, 760);
    widget.applyChanges({}, tasks);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.sampleAt(kNow);
    widget.sampleAt(kNow.addSecs(5));
    QVERIFY(distinctColours(widget.grab().toImage()) > 20);
}

void TestChartsWidget::simulatedQueueScreenshots()
{
    const auto samples = simulatedQueue();
    for (const bool dark : {false, true}) {
        QPalette palette = QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
            palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe3, 0xe3, 0xe3));
            palette.setColor(QPalette::Text, QColor(0xe3, 0xe3, 0xe3));
            palette.setColor(QPalette::Button, QColor(0x33, 0x35, 0x38));
            palette.setColor(QPalette::ButtonText, QColor(0xe3, 0xe3, 0xe3));
            palette.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x56));
            palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
        }
        ManualClock clock(samples.last().first);
        ProviderAdapterRegistry registry;
        registerBuiltinProviders(registry);
        ChartsWidget widget(static_cast<TaskTableModel *>(nullptr));
        widget.setClock(&clock);
        widget.setAdapterRegistry(&registry);
        widget.setPalette(palette);
        widget.resize(1280, 800);
        // Fed while hidden (the history then comes from sampleAt only), shown for the picture.
        QList<TaskSummary> previous;
        for (const auto &sample : samples) {
            const auto changes = changesBetween(previous, sample.second);
            widget.applyChanges(changes.first, changes.second);
            widget.sampleAt(sample.first);
            previous = sample.second;
        }
        QCOMPARE(widget.redrawCount(), 0);
        const TaskStatistics &stats = widget.statistics();
        QCOMPARE(stats.history().size(), samples.size());
        QCOMPARE(stats.counts().total, 1500);
        QCOMPARE(stats.providerTimes().size(), 5);
        QVERIFY(stats.topErrors().size() >= 5);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.redrawCount(), 1);
        QVERIFY(distinctColours(widget.grab().toImage()) > 20);
        // Providers are named as the operator knows them, not by their ids.
        QStringList categories;
        for (QChartView *view : widget.findChildren<QChartView *>()) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                if (auto *barAxis = qobject_cast<QBarCategoryAxis *>(axis))
                    categories += barAxis->categories();
            }
        }
        QVERIFY2(categories.contains(QStringLiteral("SeaArt")), qPrintable(categories.join(QLatin1Char('|'))));
        QVERIFY(!categories.contains(QStringLiteral("seaart")));
        saveScreenshot(&widget, dark ? QStringLiteral("charts-dark.png") : QStringLiteral("charts.png"));
    }
}

QTEST_MAIN(TestChartsWidget)
#include "tst_chartswidget.moc"
