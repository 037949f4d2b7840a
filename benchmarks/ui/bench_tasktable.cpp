// Measures what makes the task table smooth or not with many rows: filling the model, a poll
// tick of changed rows while the view is sorted by the live state column,
// a search, and the memory the rows take. Run offscreen or under Xvfb; prints its figures.
//
//   bench_tasktable [--rows 10000,50000,100000] [--ticks 5]

#include "taskfilterproxymodel.h"
#include "tasktablemodel.h"

#include "processstats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <cstdio>

namespace {

const QDateTime kStart(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

Task makeTask(qint64 id)
{
    static const char *const providers[] = {"seaart", "foxapi", "newapi", "llmapi", "vidu"};
    Task task;
    task.id = id;
    task.provider = QString::fromLatin1(providers[id % 5]);
    task.profileId = QStringLiteral("bench-") + task.provider;
    task.spec.model = QStringLiteral("model-%1").arg(id % 4);
    task.spec.kind = QStringLiteral("image");
    task.spec.prompt = QStringLiteral("benchmark prompt %1: a lighthouse on a cliff at dusk, oil painting").arg(id);
    task.remoteId = QStringLiteral("remote-%1-%2").arg(task.provider).arg(id);
    task.state = id % 3 == 0 ? TaskState::Queued : TaskState::Running;
    task.progress = int(id % 100);
    task.createdAt = kStart.addSecs(id % 3600);
    task.submittedAt = task.createdAt;
    task.updatedAt = task.createdAt;
    return task;
}

double averageTickMs(TaskTableModel &model, const QList<Task> &base, int changed, int ticks, bool spread)
{
    QRandomGenerator random(7);
    qint64 total = 0;
    for (int tick = 0; tick < ticks; ++tick) {
        QList<Task> updates;
        updates.reserve(changed);
        for (int i = 0; i < changed; ++i) {
            const qsizetype index = spread ? random.bounded(base.size()) : (qsizetype(tick) * changed + i) % base.size();
            Task task = base.at(index);
            task.progress = (task.progress + 7 * (tick + 1)) % 100;
            task.state = (tick + i) % 2 ? TaskState::Running : TaskState::Succeeded;   // moves the sort key
            updates.append(task);
        }
        const QList<TaskSummary> summaries = TaskTableModel::summariesOf(updates);
        QElapsedTimer timer;
        timer.start();
        model.upsertTasks(summaries);   // the model's and the proxy's work (synchronous)
        total += timer.nsecsElapsed();
        QCoreApplication::processEvents();   // the repaint, measured separately
    }
    return double(total) / ticks / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Row counts, comma separated."),
                                        QStringLiteral("list"), QStringLiteral("10000,50000,100000"));
    const QCommandLineOption ticksOption(QStringLiteral("ticks"), QStringLiteral("Ticks to average."),
                                         QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({rowsOption, ticksOption});
    parser.process(app);
    const int ticks = qMax(1, parser.value(ticksOption).toInt());

    std::printf("%-8s %10s %10s %12s %12s %12s %10s %10s %12s\n", "rows", "fill ms", "search ms", "tick100 ms",
                "tick1000 ms", "tick10% ms", "keystroke ms", "paint ms", "rows KiB");
    for (const QString &value : parser.value(rowsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int rows = value.toInt();
        if (rows <= 0)
            continue;
        QList<Task> tasks;
        tasks.reserve(rows);
        for (int id = 1; id <= rows; ++id)
            tasks.append(makeTask(id));

        const long before = ProcessStats::residentKiB();
        TaskTableModel model;
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TaskTableModel::StateColumn, Qt::AscendingOrder);   // the worst case: a live column
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1400, 800);
        view.show();
        QCoreApplication::processEvents();

        QElapsedTimer timer;
        timer.start();
        model.upsertTasks(tasks);
        QCoreApplication::processEvents();
        const double fillMs = timer.nsecsElapsed() / 1e6;
        const long after = ProcessStats::residentKiB();

        timer.restart();
        proxy.setSearchText(QStringLiteral("remote-vidu"));
        QCoreApplication::processEvents();
        proxy.setSearchText(QString());
        QCoreApplication::processEvents();
        const double searchMs = timer.nsecsElapsed() / 2e6;

        const double tick100 = averageTickMs(model, tasks, 100, ticks, true);
        const double tick1000 = averageTickMs(model, tasks, 1000, ticks, true);
        const double tickTenth = averageTickMs(model, tasks, rows / 10, ticks, true);

        // One search keystroke that narrows the list to a handful of rows, and back.
        timer.restart();
        proxy.setSearchText(QStringLiteral("remote-vidu-%1").arg(rows / 2));
        QCoreApplication::processEvents();
        proxy.setSearchText(QString());
        QCoreApplication::processEvents();
        const double keystrokeMs = timer.nsecsElapsed() / 2e6;

        timer.restart();
        view.viewport()->grab();
        const double paintMs = timer.nsecsElapsed() / 1e6;

        std::printf("%-8d %10.1f %10.1f %12.1f %12.1f %12.1f %10.1f %10.1f %12ld\n", rows, fillMs, searchMs, tick100,
                    tick1000, tickTenth, keystrokeMs, paintMs, before >= 0 && after >= 0 ? after - before : -1L);
        std::fflush(stdout);
    }
    return 0;
}
