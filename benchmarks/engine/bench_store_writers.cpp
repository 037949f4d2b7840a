// How fast the shared task store takes writes from several processes at once.
//
//   bench_store_writers [--processes 1,8] [--tasks 200] [--db <file>]
//
// Each writing process registers as a lease owner and, per task, does what the engine does:
// insert the row (the submit), then three conditional transitions, each its own transaction as
// the engine's journal commits them: Submitting -> Queued with the remote id, -> Running with
// progress, -> Succeeded with the lease given back. Printed: submits/s and transitions/s over
// all processes, and the slowest single commit (a writer waiting for another's lock).

#include "taskstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

struct WorkerFigures
{
    qint64 submits = 0;
    qint64 transitions = 0;
    qint64 failures = 0;
    qint64 slowestCommitMs = 0;
};

bool transition(TaskStore &store, Task &task, const std::function<void(Task &)> &change, qint64 *slowest)
{
    Task next = task;
    change(next);
    TaskStore::Batch batch;
    batch.writes.append({task, next, TaskStates::isTerminal(next.state)});
    TaskEvent event;
    event.taskId = task.id;
    event.attempt = task.attempts;
    event.at = QDateTime::currentDateTimeUtc();
    event.from = task.state;
    event.to = next.state;
    event.cause = QStringLiteral("bench");
    batch.events.append(event);
    QElapsedTimer timer;
    timer.start();
    QList<TaskStore::WriteOutcome> outcomes;
    const bool ok = store.commit(batch, &outcomes) && outcomes.size() == 1
                    && outcomes.first().result == TaskStore::WriteResult::Applied;
    *slowest = std::max(*slowest, timer.elapsed());
    if (ok)
        task = outcomes.first().stored;
    return ok;
}

int runWorker(const QString &path, int tasks, int index)
{
    TaskStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "worker %d: %s\n", index, qPrintable(error));
        return 2;
    }
    TaskStore::Owner owner;
    owner.id = QStringLiteral("bench-%1-%2").arg(index).arg(QCoreApplication::applicationPid());
    owner.program = QStringLiteral("bench_store_writers");
    owner.pid = QCoreApplication::applicationPid();
    store.registerOwner(owner, QDateTime::currentMSecsSinceEpoch(), 60000);
    WorkerFigures figures;
    for (int i = 0; i < tasks; ++i) {
        Task task;
        task.profileId = QStringLiteral("bench");
        task.provider = QStringLiteral("vidu");
        task.spec.model = QStringLiteral("viduq1");
        task.spec.prompt = QStringLiteral("worker %1 task %2: a lighthouse in a storm").arg(index).arg(i);
        task.state = TaskState::Submitting;
        task.owner = owner.id;
        task.createdAt = task.submittedAt = task.updatedAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        if (!store.insertTask(task)) {
            ++figures.failures;
            continue;
        }
        figures.slowestCommitMs = std::max(figures.slowestCommitMs, timer.elapsed());
        ++figures.submits;
        const QString remoteId = QStringLiteral("remote-%1-%2").arg(index).arg(i);
        const std::function<void(Task &)> steps[] = {
            [&](Task &t) { t.remoteId = remoteId; t.state = TaskState::Queued; },
            [&](Task &t) { t.state = TaskState::Running; t.progress = 50; },
            [&](Task &t) {
                t.state = TaskState::Succeeded;
                t.progress = 100;
                t.resultUrls = {QStringLiteral("https://example.invalid/%1.png").arg(remoteId)};
                t.finishedAt = QDateTime::currentDateTimeUtc();
            },
        };
        for (const auto &step : steps) {
            if (transition(store, task, step, &figures.slowestCommitMs))
                ++figures.transitions;
            else
                ++figures.failures;
        }
    }
    store.unregisterOwner(owner.id);
    QTextStream(stdout) << figures.submits << ' ' << figures.transitions << ' ' << figures.failures << ' '
                        << figures.slowestCommitMs << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption processesOption(QStringLiteral("processes"), QStringLiteral("Writer counts to measure."),
                                             QStringLiteral("list"), QStringLiteral("1,8"));
    const QCommandLineOption tasksOption(QStringLiteral("tasks"), QStringLiteral("Tasks per writing process."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database folder (default: a temporary one)."),
                                      QStringLiteral("dir"));
    const QCommandLineOption workerOption(QStringLiteral("worker"), QStringLiteral("(internal) one writing process."),
                                          QStringLiteral("file"));
    const QCommandLineOption indexOption(QStringLiteral("index"), QStringLiteral("(internal)"), QStringLiteral("n"),
                                         QStringLiteral("0"));
    parser.addOptions({processesOption, tasksOption, dbOption, workerOption, indexOption});
    parser.process(app);
    const int tasks = std::max(1, parser.value(tasksOption).toInt());
    if (parser.isSet(workerOption))
        return runWorker(parser.value(workerOption), tasks, parser.value(indexOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(dbOption) ? parser.value(dbOption) : temporary.path();
    QTextStream out(stdout);
    out << "writers  tasks  submits/s  transitions/s  failed  slowest commit\n";
    for (const QString &countText : parser.value(processesOption).split(QLatin1Char(','))) {
        const int count = std::max(1, countText.toInt());
        const QString path = QDir(folder).filePath(QStringLiteral("bench-%1.sqlite").arg(count));
        QFile::remove(path);
        {
            TaskStore create;   // schema first, so the writers measure writes, not migrations
            QString error;
            if (!create.open(path, &error)) {
                out << error << '\n';
                return 1;
            }
        }
        QList<QProcess *> workers;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < count; ++i) {
            auto *worker = new QProcess(&app);
            worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker->start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--worker"), path, QStringLiteral("--tasks"), QString::number(tasks),
                           QStringLiteral("--index"), QString::number(i)});
            workers.append(worker);
        }
        WorkerFigures total;
        for (QProcess *worker : std::as_const(workers)) {
            worker->waitForFinished(600000);
            const QStringList fields = QString::fromUtf8(worker->readAllStandardOutput()).split(QLatin1Char(' '));
            if (fields.size() == 4) {
                total.submits += fields.at(0).toLongLong();
                total.transitions += fields.at(1).toLongLong();
                total.failures += fields.at(2).toLongLong();
                total.slowestCommitMs = std::max(total.slowestCommitMs, fields.at(3).trimmed().toLongLong());
            } else {
                total.failures += tasks;
            }
            delete worker;
        }
        const double seconds = std::max<qint64>(1, wall.elapsed()) / 1000.0;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6 ms\n")
                   .arg(count, 7)
                   .arg(total.submits, 5)
                   .arg(total.submits / seconds, 9, 'f', 0)
                   .arg(total.transitions / seconds, 13, 'f', 0)
                   .arg(total.failures, 6)
                   .arg(total.slowestCommitMs, 8);
        out.flush();
    }
    return 0;
}
