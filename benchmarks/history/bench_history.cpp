// A large task history, made and opened the way the application does it.
//
//   bench_history --make-db FILE --tasks N [--live N]
//       Writes a realistic history through TaskStore: the five providers, every finished state,
//       a few Unknown tasks, errors with the providers' documented codes, timeline events,
//       retried attempts and result URLs. It is how anyone tries QueueLens at scale:
//       queuelens --db FILE.
//   bench_history --poll-load N [--seconds S]
//       Starts queuelens-sandbox as a separate process, submits N long-running tasks (spread
//       over the five providers) from a window on an empty history, and once they all run,
//       measures for S seconds: polls per second, the process's CPU per poll and how busy the
//       UI thread is (its own CPU clock).
//   bench_history --open FILE [--idle-seconds S]
//       Opens FILE with the real window code path (store, engine, MainWindow) and prints: the
//       time until the window shows its first screenful, the time until the whole history is
//       listed, the CPU used by then, resident memory, and the CPU used while idle.
//
// Run offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.

#include "appsettings.h"
#include "builtinproviders.h"
#include "httpclient.h"
#include "provideradapter.h"
#include "mainwindow.h"
#include "provideradapterregistry.h"
#include "secretstore.h"
#include "taskengine.h"
#include "taskstore.h"
#include "tasktablemodel.h"

#include "processstats.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <memory>

namespace {

struct ProviderShape
{
    const char *id;
    const char *name;
    const char *model;
    const char *kind;
    QList<std::pair<int, const char *>> errors;   // HTTP status (0: in-task), documented code
};

const QList<ProviderShape> &shapes()
{
    static const QList<ProviderShape> list{
        {"seaart", "SeaArt studio", "seaart/flux-dev", "image",
         {{0, "INFERENCE_FAILURE"}, {422, "invalid_prompt"}, {429, "rate_limited"}}},
        {"foxapi", "Fox images", "gpt-image-1", "image",
         {{0, "content_policy_violation"}, {400, "invalid_request_error"}, {429, "rate_limit_exceeded"}}},
        {"newapi", "Team gateway", "sora-2", "video",
         {{403, "insufficient_user_quota"}, {0, "task_failed"}, {503, "model_not_found"}}},
        {"llmapi", "LLMAPI", "flux-kontext-pro", "image", {{0, "generation_failed"}, {402, "insufficient_balance"}}},
        {"vidu", "Vidu", "viduq1", "text2video", {{0, "CreditInsufficient"}, {400, "PromptTooLong"}, {0, "TaskFailed"}}},
    };
    return list;
}

const char *const kSubjects[] = {"a lighthouse on a cliff at dusk", "a paper boat on a rainy street",
                                 "a fox running through fresh snow", "a neon market at night",
                                 "a ceramic teapot on linen", "clouds over snowy mountains",
                                 "a cozy reading room with soft light", "waves on black sand"};
const char *const kStyles[] = {"oil painting", "watercolour", "cinematic, 35 mm", "isometric illustration",
                               "product photo, studio light", "slow motion, shallow depth of field"};

// The window's code path as main.cpp wires it: store, HTTP, adapters, engine, then the window.
// No keychain: the benchmark's profiles are sandbox profiles, which need no key.
struct WindowStack
{
    TaskStore store;
    HttpClient http;
    SecretStore secrets{nullptr};
    ProviderAdapterRegistry registry;
    SystemClock clock;
    std::unique_ptr<TaskEngine> engine;
    std::unique_ptr<MainWindow> window;

    // Opens the database and starts the engine; false (with a message printed) when it cannot.
    bool start(const QString &file)
    {
        store.setBusyTimeoutMs(1000);
        QString error;
        if (!store.open(file, &error)) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(error));
            return false;
        }
        registerBuiltinProviders(registry);
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
        engine->start();
        return true;
    }

    void showWindow(AppSettings *settings)
    {
        window = std::make_unique<MainWindow>(engine.get(), settings);
        window->setAdapterRegistry(&registry);
        window->resize(1400, 900);
        window->show();
    }

    ~WindowStack()
    {
        window.reset();   // before the engine it shows
        engine.reset();
    }
};

// The sandbox's count of answered polls (status and result reads).
qint64 sandboxPolls(QNetworkAccessManager &network, const QString &adminBase)
{
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(adminBase + QStringLiteral("/__sandbox/counters"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    qint64 polls = 0;
    for (const QJsonValue &counter : body.value(QStringLiteral("counters")).toArray()) {
        const QJsonObject entry = counter.toObject();
        if (entry.value(QStringLiteral("method")).toString() == QLatin1String("GET"))
            polls += entry.value(QStringLiteral("count")).toInteger();
    }
    return polls;
}

int pollLoad(int count, int seconds)
{
    QProcess sandbox;
    sandbox.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/sandbox/queuelens-sandbox"));
    sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    sandbox.start();
    QHash<QString, QString> baseUrls;
    while (baseUrls.size() < 5 && sandbox.waitForReadyRead(10000)) {
        while (sandbox.canReadLine()) {
            const QStringList parts = QString::fromUtf8(sandbox.readLine()).trimmed().split(QLatin1Char(' '));
            if (parts.size() == 2)
                baseUrls.insert(parts.at(0), parts.at(1));
        }
    }
    if (baseUrls.size() < 5) {
        std::fprintf(stderr, "the sandbox did not start (%s)\n", qPrintable(sandbox.program()));
        return 1;
    }
    const QUrl any(baseUrls.value(QStringLiteral("vidu")));
    const QString adminBase = QStringLiteral("http://127.0.0.1:%1").arg(any.port());

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("bench.ini")), nullptr);
    WindowStack app;
    if (!app.start(dir.filePath(QStringLiteral("load.sqlite"))))
        return 1;
    TaskEngine &engine = *app.engine;
    const ProviderAdapterRegistry &registry = app.registry;
    QString error;
    QStringList profiles;
    for (auto it = baseUrls.cbegin(); it != baseUrls.cend(); ++it) {
        ProviderProfile profile;
        profile.id = QStringLiteral("load-") + it.key();
        profile.name = QStringLiteral("Load ") + it.key();
        profile.provider = it.key();
        profile.baseUrl = QUrl(it.value());
        profile.sandbox = true;
        profile.deadlineSeconds = 0;
        if (!engine.saveProfile(profile, &error)) {
            std::fprintf(stderr, "profile %s: %s\n", qPrintable(profile.id), qPrintable(error));
            return 1;
        }
        profiles.append(profile.id);
    }
    app.showWindow(&settings);

    // Long runs whose progress moves every few seconds: polls keep changing rows, as real ones do.
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const QString profileId = profiles.at(i % profiles.size());
        const ProviderAdapter *adapter = registry.adapter(profileId.mid(5));
        TaskSpec spec;
        spec.kind = adapter->kinds().value(0);
        spec.model = adapter->suggestedModels().value(0);
        spec.prompt = QStringLiteral("load task %1 [sandbox v1: queue=1s run=30m steps=600]").arg(i);
        const qint64 id = engine.submit(profileId, spec, &error);
        if (id == 0) {
            std::fprintf(stderr, "submit: %s\n", qPrintable(error));
            return 1;
        }
        ids.append(id);
        if (i % 50 == 0)
            QCoreApplication::processEvents();
    }
    // Wait until every task has its request id and is past the submit.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        int running = 0;
        for (const Task &task : engine.tasks())
            running += task.state == TaskState::Running || task.state == TaskState::Queued ? 1 : 0;
        if (running == count)
            break;
    }
    // Settle into the steady state, then measure.
    QTimer::singleShot(5000, [] { QCoreApplication::exit(0); });
    QApplication::exec();

    QNetworkAccessManager admin;
    const qint64 pollsBefore = sandboxPolls(admin, adminBase);
    const double cpuBefore = ProcessStats::processCpuMs();
    const double uiBefore = ProcessStats::threadCpuMs();
    QElapsedTimer measured;
    measured.start();
    QTimer::singleShot(seconds * 1000, [] { QCoreApplication::exit(0); });
    QApplication::exec();
    const double elapsedMs = measured.elapsed();
    const double cpu = ProcessStats::processCpuMs() - cpuBefore;
    const double ui = ProcessStats::threadCpuMs() - uiBefore;
    const qint64 polls = sandboxPolls(admin, adminBase) - pollsBefore;

    std::printf("live tasks       %d (%d profiles, poll interval %d ms)\n", count, int(profiles.size()),
                ProviderProfile::DefaultPollIntervalMs);
    std::printf("polls            %lld in %.1f s (%.0f a second)\n", polls, elapsedMs / 1000.0, polls * 1000.0 / elapsedMs);
    std::printf("CPU per poll     %.3f ms for the whole process, %.3f ms on the UI thread\n",
                polls > 0 ? cpu / polls : 0.0, polls > 0 ? ui / polls : 0.0);
    std::printf("UI thread busy   %.1f %% (process: %.1f %% of a core)\n", ui / elapsedMs * 100.0, cpu / elapsedMs * 100.0);
    engine.setPollingPaused(true);
    sandbox.kill();
    sandbox.waitForFinished(5000);
    return 0;
}

int makeDb(const QString &file, int count, int live)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    TaskStore store;
    QString error;
    if (!store.open(file, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(error));
        return 1;
    }
    // A generated file needs no crash safety while it is being made.
    QSqlQuery(QSqlDatabase::database(store.connectionName())).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    for (const ProviderShape &shape : shapes()) {
        ProviderProfile profile;
        profile.id = QStringLiteral("bench-%1").arg(QLatin1String(shape.id));
        profile.name = QString::fromUtf8(shape.name);
        profile.provider = QString::fromLatin1(shape.id);
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/%1").arg(QLatin1String(shape.id)));
        profile.sandbox = true;
        store.saveProfile(profile);
    }

    QRandomGenerator random(20261206);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 spanSecs = 90LL * 24 * 3600;   // three months of work
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const ProviderShape &shape = shapes().at(random.bounded(int(shapes().size())));
        Task task;
        task.provider = QString::fromLatin1(shape.id);
        task.profileId = QStringLiteral("bench-") + task.provider;
        task.spec.model = QString::fromLatin1(shape.model);
        task.spec.kind = QString::fromLatin1(shape.kind);
        task.spec.prompt = QStringLiteral("%1, %2, variation %3")
                               .arg(QLatin1String(kSubjects[random.bounded(8)]), QLatin1String(kStyles[random.bounded(6)]))
                               .arg(i);
        task.spec.params = QJsonObject{{QStringLiteral("seed"), int(random.bounded(1000000))},
                                       {QStringLiteral("size"), QStringLiteral("1024x1024")}};
        task.remoteId = QStringLiteral("%1-%2").arg(task.provider).arg(QString::number(random.generate64(), 36));
        task.createdAt = end.addSecs(-spanSecs + spanSecs * i / std::max(1, count));
        task.submittedAt = task.createdAt;
        const int roll = int(random.bounded(1000));
        task.attempts = roll < 60 ? 2 : 1;
        if (i >= count - live) {
            task.state = TaskState::Queued;
        } else if (roll < 700) {
            task.state = TaskState::Succeeded;
        } else if (roll < 880) {
            task.state = TaskState::Failed;
        } else if (roll < 920) {
            task.state = TaskState::Cancelled;
        } else if (roll < 950) {
            task.state = TaskState::TimedOut;
        } else if (roll < 980) {
            task.state = TaskState::Rejected;
        } else if (roll < 995) {
            task.state = TaskState::Lost;
        } else {
            task.state = TaskState::Unknown;
            task.remoteId.clear();
        }
        const int runSecs = 5 + int(random.bounded(240));
        task.updatedAt = task.createdAt.addSecs(runSecs);
        if (task.isTerminal())
            task.finishedAt = task.updatedAt;
        task.progress = task.state == TaskState::Succeeded ? 100 : -1;
        if (task.state == TaskState::Succeeded) {
            const int outputs = 1 + int(random.bounded(2));
            for (int n = 0; n < outputs; ++n)
                task.resultUrls.append(QStringLiteral("https://cdn.example.com/%1/%2/output-%3.png")
                                           .arg(task.provider, task.remoteId)
                                           .arg(n));
        }
        if (task.state == TaskState::Failed || task.state == TaskState::Rejected) {
            const auto &[status, code] = shape.errors.at(random.bounded(int(shape.errors.size())));
            ApiError apiError;
            apiError.phase = status == 0 ? ApiPhase::InTask : ApiPhase::Submit;
            apiError.httpStatus = status;
            apiError.provider = task.provider;
            apiError.code = QString::fromLatin1(code);
            apiError.message = QStringLiteral("The provider reported %1 for this request.").arg(apiError.code);
            apiError.requestId = QStringLiteral("req-%1").arg(QString::number(random.generate64(), 36));
            apiError.setRawBody(QByteArrayLiteral("{\"error\":{\"code\":\"") + code + QByteArrayLiteral("\"}}"));
            task.lastError = apiError;
        }
        QList<TaskEvent> events;
        auto event = [&](TaskState from, TaskState to, const char *cause, int atSecs) {
            TaskEvent e;
            e.attempt = task.attempts;
            e.at = task.createdAt.addSecs(atSecs);
            e.from = from;
            e.to = to;
            e.cause = QString::fromLatin1(cause);
            events.append(e);
        };
        event(TaskState::Submitting, TaskState::Submitting, "created", 0);
        if (task.state != TaskState::Unknown) {
            event(TaskState::Submitting, TaskState::Queued, "submit", 1);
            event(TaskState::Queued, TaskState::Running, "poll", runSecs / 3);
            if (task.state != TaskState::Queued)
                event(TaskState::Running, task.state, "poll", runSecs);
        } else {
            event(TaskState::Submitting, TaskState::Unknown, "submit_timeout", 30);
        }
        if (!store.insertTask(task, events)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        if ((i + 1) % 10000 == 0)
            std::fprintf(stderr, "%d tasks written\n", i + 1);
    }
    QSqlQuery(QSqlDatabase::database(store.connectionName())).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("wrote %d tasks (%d live) to %s in %.1f s\n", count, live, qPrintable(file), timer.elapsed() / 1000.0);
    return 0;
}

int openDb(const QString &file, int idleSeconds, const QElapsedTimer &sinceStart, double cpuAtStart)
{
    QTemporaryDir settingsDir;   // fresh window settings, so nothing of a previous run is restored
    AppSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), nullptr);
    const long rssBefore = ProcessStats::residentKiB();
    WindowStack app;
    if (!app.start(file))
        return 1;
    app.showWindow(&settings);
    MainWindow &window = *app.window;
    TaskTableModel *model = window.taskModel();

    double firstScreenMs = -1;
    double loadedMs = -1;
    double loadedCpuMs = -1;
    // The first screenful: the window is shown and the first page of the history is in the table.
    // Both moments are taken from the model's own signals, so measuring adds no work of its own.
    auto firstScreen = [&] {
        if (firstScreenMs >= 0 || !window.isVisible() || (model->rowCount() == 0 && model->isLoading()))
            return;
        window.repaint();
        firstScreenMs = sinceStart.nsecsElapsed() / 1e6;
    };
    auto listed = [&] {
        if (model->isLoading())
            return;
        firstScreen();
        loadedMs = sinceStart.nsecsElapsed() / 1e6;
        loadedCpuMs = ProcessStats::processCpuMs() - cpuAtStart;
        QCoreApplication::exit(0);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, firstScreen);
    QObject::connect(model, &QAbstractItemModel::modelReset, firstScreen);
    QObject::connect(model, &TaskTableModel::loadingFinished, listed);
    // The window may already hold its first page, or the whole (small) history, by now.
    QTimer::singleShot(0, [&] { firstScreen(); listed(); });
    QApplication::exec();
    const int rows = model->rowCount();
    const long rssLoaded = ProcessStats::residentKiB();

    // Idle: nothing is live, the window is open; measure the CPU the process uses by itself.
    const double idleStart = ProcessStats::processCpuMs();
    QElapsedTimer idleTimer;
    idleTimer.start();
    QTimer::singleShot(idleSeconds * 1000, [] { QCoreApplication::exit(0); });
    QApplication::exec();
    const double idleCpu = ProcessStats::processCpuMs() - idleStart;
    const double idlePercent = idleCpu / std::max<qint64>(1, idleTimer.elapsed()) * 100.0;

    std::printf("history          %d tasks listed\n", rows);
    std::printf("first screenful  %.0f ms after start\n", firstScreenMs);
    std::printf("fully listed     %.0f ms after start (CPU used by then: %.0f ms)\n", loadedMs, loadedCpuMs);
    std::printf("resident memory  %.1f MiB (%.1f MiB before the store was opened; %.2f KiB a task)\n",
                rssLoaded / 1024.0, rssBefore / 1024.0,
                rows > 0 ? double(rssLoaded - rssBefore) / rows : 0.0);
    std::printf("idle CPU         %.2f %% of a core over %d s\n", idlePercent, idleSeconds);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const double cpuAtStart = ProcessStats::processCpuMs();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes or opens a large QueueLens task history."));
    parser.addHelpOption();
    const QCommandLineOption makeOption(QStringLiteral("make-db"), QStringLiteral("Write a history to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption tasksOption(QStringLiteral("tasks"), QStringLiteral("How many tasks (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption liveOption(QStringLiteral("live"), QStringLiteral("How many of them are still queued (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("Open FILE in the window and measure."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("How long to measure idle CPU (default 10)."), QStringLiteral("S"),
                                        QStringLiteral("10"));
    const QCommandLineOption loadOption(QStringLiteral("poll-load"),
                                        QStringLiteral("Poll N live tasks against a sandbox process and measure."),
                                        QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measuring time (default 20)."),
                                           QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({makeOption, tasksOption, liveOption, openOption, idleOption, loadOption, secondsOption});
    parser.process(app);
    if (parser.isSet(makeOption))
        return makeDb(parser.value(makeOption), parser.value(tasksOption).toInt(), parser.value(liveOption).toInt());
    if (parser.isSet(loadOption))
        return pollLoad(std::max(1, parser.value(loadOption).toInt()), std::max(1, parser.value(secondsOption).toInt()));
    if (parser.isSet(openOption))
        return openDb(parser.value(openOption), std::max(1, parser.value(idleOption).toInt()), sinceStart, cpuAtStart);
    parser.showHelp(2);
}
