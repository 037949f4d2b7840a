// Measures the charts at 100,000 tasks: filling TaskStatistics one task at a time (as the table
// model announces them), 1,000 updates, the sorted figures, and two samples with their redraws.
// These figures replace the time limits tst_chartswidget used to assert. Run offscreen or
// under Xvfb; prints its figures.
//
//   bench_charts [--tasks 100000]

#include "chartstestdata.h"
#include "chartswidget.h"
#include "clock.h"
#include "taskstatistics.h"
#include "tasktablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

using namespace ChartsTestData;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("tasks"), QStringLiteral("Tasks in the history."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = std::max(10, parser.value(countOption).toInt());

    const QList<TaskSummary> tasks = manyTasks(count);
    TaskStatistics stats;
    QElapsedTimer timer;
    timer.start();
    for (const TaskSummary &t : tasks)
        stats.add(t);
    const double fill = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const int updates = std::min(1000, count);
    for (int i = 0; i < updates; ++i) {
        TaskSummary next = tasks.at(i);
        next.progress = 10;
        stats.update(tasks.at(i), next);
    }
    const double update = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const int errors = int(stats.topErrors().size());
    const int providers = int(stats.providerTimes().size());
    const double sorted = timer.nsecsElapsed() / 1e6;

    ManualClock clock(kNow);
    ChartsWidget widget(static_cast<TaskTableModel *>(nullptr));
    widget.setClock(&clock);
    widget.resize(1100, 760);
    widget.applyChanges({}, tasks);
    widget.show();
    QCoreApplication::processEvents();
    timer.restart();
    widget.sampleAt(kNow);
    widget.sampleAt(kNow.addSecs(5));
    widget.repaint();
    const double redraw = timer.nsecsElapsed() / 1e6;

    std::printf("charts at %d tasks (%d error groups, %d providers)\n", count, errors, providers);
    std::printf("  fill, one task at a time:   %8.1f ms\n", fill);
    std::printf("  %d updates:               %8.2f ms\n", updates, update);
    std::printf("  sorted figures:             %8.2f ms\n", sorted);
    std::printf("  two samples and redraws:    %8.1f ms\n", redraw);
    return 0;
}
