// The QueueLens desktop application.
//
//   queuelens [--sandbox] [--db <file|postgresql://...>] [--lang <code>] [--screenshot <file>] [--seed <n>]
//
// --sandbox runs the built-in provider sandbox in this process and points one profile per
// provider at it, so a newcomer sees live tasks within seconds without any account.

#include "languageloader.h"
#include "processmemory.h"
#include "provideradapterregistry.h"

#ifdef QUEUELENS_HAVE_UI
#include "appsettings.h"
#include "builtinproviders.h"
#include "databasepassword.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "storebackend.h"
#include "taskengine.h"
#include "tasktablemodel.h"
#include "tasktally.h"
#include "taskstore.h"
#include "uiicons.h"
#endif
#ifdef QUEUELENS_HAVE_SANDBOX
#include "sandboxserver.h"
#endif

#include <QApplication>

#include <algorithm>
#include <QCommandLineParser>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>

namespace {

#ifdef QUEUELENS_HAVE_UI

// How long --screenshot waits so that the demo tasks have visibly moved.
constexpr int ScreenshotDelayMs = 2500;
constexpr int SandboxPollIntervalMs = 1000;

QString sandboxProfileId(const QString &provider)
{
    return QStringLiteral("sandbox-") + provider;
}

// "Sandbox · Vidu": one name per provider, so the profile names stay unique (Preferences refuses
// duplicates) and every profile picker tells the sandbox profiles apart.
QString sandboxProfileName(const QString &provider, const ProviderAdapterRegistry &registry)
{
    const ProviderAdapter *adapter = registry.adapter(provider);
    return QCoreApplication::translate("main", "Sandbox · %1").arg(adapter ? adapter->displayName() : provider);
}

// Databases written by earlier versions hold five sandbox profiles all named "Sandbox" (in the
// language of that run). A sandbox profile whose name another profile also has gets its
// provider's sandbox name; names the operator made unique are kept.
void renameDuplicateSandboxProfiles(TaskEngine &engine, const ProviderAdapterRegistry &registry)
{
    const QList<ProviderProfile> profiles = engine.profiles();
    QHash<QString, int> nameCount;
    for (const ProviderProfile &profile : profiles)
        ++nameCount[profile.name.trimmed().toCaseFolded()];
    for (ProviderProfile profile : profiles) {
        if (!profile.sandbox || nameCount.value(profile.name.trimmed().toCaseFolded()) < 2)
            continue;
        const QString name = sandboxProfileName(profile.provider, registry);
        if (nameCount.value(name.toCaseFolded()) > 0)
            continue;   // would only make another duplicate
        profile.name = name;
        ++nameCount[name.toCaseFolded()];
        QString error;
        if (!engine.saveProfile(profile, &error))
            qWarning("sandbox profile %s: %s", qPrintable(profile.id), qPrintable(error));
    }
}

#ifdef QUEUELENS_HAVE_SANDBOX
// Points one profile per provider at the in-process sandbox. Saved before the engine starts,
// so tasks resumed from an earlier run poll the new port.
void configureSandboxProfiles(TaskEngine &engine, const SandboxServer &sandbox, const ProviderAdapterRegistry &registry)
{
    for (const QString &provider : registry.providerIds()) {
        ProviderProfile profile;
        profile.id = sandboxProfileId(provider);
        profile.provider = provider;
        profile.name = sandboxProfileName(provider, registry);
        profile.baseUrl = sandbox.baseUrl(provider);
        profile.pollIntervalMs = SandboxPollIntervalMs;
        profile.sandbox = true;   // any key works; the secret store supplies a placeholder
        QString error;
        if (!engine.saveProfile(profile, &error))
            qWarning("sandbox profile %s: %s", qPrintable(profile.id), qPrintable(error));
    }
}

// A first-run demo: a dozen tasks across the five providers with a mix of outcomes, told to
// the sandbox through its scenario directives (docs/sandbox.md).
void submitDemoBatch(TaskEngine &engine, const ProviderAdapterRegistry &registry)
{
    struct Demo
    {
        const char *provider;
        int kindIndex;
        const char *prompt;
        const char *scenario;
    };
    static const Demo demos[] = {
        {"seaart", 0, "A lighthouse on a cliff at dusk, oil painting", "queue=300ms run=2s steps=4 outputs=2"},
        {"foxapi", 0, "Isometric cozy reading room, soft light", "queue=200ms run=1500ms outputs=1"},
        {"llmapi", 0, "Product photo of a ceramic teapot on linen", "queue=200ms run=1800ms"},
        {"vidu", 0, "A paper boat drifting down a rainy street", "queue=500ms run=1s fail=CreditInsufficient"},
        {"foxapi", 0, "Portrait in the style of a famous living artist", "queue=200ms run=1s fail=content_policy_violation"},
        {"newapi", 0, "Timelapse of clouds over mountains", "error=insufficient_user_quota"},
        {"seaart", 1, "Slow dolly shot through a neon market", "queue=1s run=25s steps=25 media=video"},
        {"vidu", 0, "A fox running through fresh snow, slow motion", "queue=1s run=30s steps=30"},
        {"newapi", 0, "Drone flight over a turquoise lagoon", "queue=400ms run=20s steps=20"},
        {"llmapi", 0, "Minimalist poster of a bicycle, two colours", "queue=20s run=5s"},
        {"foxapi", 1, "Waves crashing on black sand, cinematic", "stuck=queue"},
        {"seaart", 0, "Watercolour map of an imaginary island", "queue=300ms run=1s fail=INFERENCE_FAILURE"},
    };
    for (const Demo &demo : demos) {
        const QString provider = QString::fromLatin1(demo.provider);
        const ProviderAdapter *adapter = registry.adapter(provider);
        if (!adapter)
            continue;
        TaskSpec spec;
        spec.model = adapter->suggestedModels().value(demo.kindIndex, adapter->suggestedModels().value(0));
        spec.kind = adapter->kinds().value(demo.kindIndex, adapter->kinds().value(0));
        spec.prompt = QStringLiteral("%1 [sandbox v1: %2]").arg(QString::fromLatin1(demo.prompt), QString::fromLatin1(demo.scenario));
        QString error;
        if (engine.submit(sandboxProfileId(provider), spec, &error) == 0)
            qWarning("demo task for %s not submitted: %s", demo.provider, qPrintable(error));
    }
}
#endif

// Shows the most instructive task before the picture is taken: one that failed with an error.
void selectExampleFailure(MainWindow &window)
{
    const TaskTableModel *model = window.taskModel();
    qint64 pick = 0;
    for (int row = 0; row < model->rowCount() && pick == 0; ++row) {
        const TaskSummary &task = model->taskAt(row);
        if (task.state == TaskState::Failed && task.lastError)
            pick = task.id;
    }
    for (int row = 0; row < model->rowCount() && pick == 0; ++row) {
        if (TaskTally::needsAttention(model->taskAt(row).state))
            pick = model->taskAt(row).id;
    }
    if (pick != 0)
        window.selectTasks({pick});
}

#endif

} // namespace

int main(int argc, char *argv[])
{
    ProcessMemory::returnLargeBlocksToSystem();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QueueLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("QueueLens"));
    QApplication::setOrganizationName(QStringLiteral("QueueLens"));
    QApplication::setOrganizationDomain(QStringLiteral("queuelens.app"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("queuelens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop cockpit for asynchronous AI image and video generation jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Run the built-in provider sandbox and use it for every provider."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Task database: a file, or a team's PostgreSQL server as "
                                            "postgresql://user@host:port/database."),
        QCoreApplication::translate("main", "file or URI"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "UI language, e.g. zh_CN or ru."),
                                        QCoreApplication::translate("main", "code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> after start-up, then quit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("main", "Seed for the sandbox's random outcome mix."),
                                        QCoreApplication::translate("main", "n"));
    parser.addOptions({sandboxOption, dbOption, langOption, screenshotOption, seedOption});
    parser.process(app);

#ifdef QUEUELENS_HAVE_UI
    AppSettings settings;
    LanguageLoader::install(parser.isSet(langOption) ? parser.value(langOption) : settings.language());
    QApplication::setWindowIcon(UiIcons::appIcon());

    SecretStore secrets(SecretStore::createSystemBackend());
    TaskStore store;
    // This connection serves one-off actions on the GUI thread (a new task's row, taking a task
    // over); routine writes use the engine's store thread. Waiting at most a second for another
    // process's lock keeps the window responsive; a refused action says so and sends nothing.
    store.setBusyTimeoutMs(1000);
    QString error;
    // --db wins; else the team's server from Preferences; else this computer's file.
    const QString sharedDatabase = parser.isSet(dbOption) ? QString() : settings.sharedDatabase();
    const QString location = parser.isSet(dbOption) ? parser.value(dbOption) : sharedDatabase;
    // A team server's password may be in the keychain (Preferences, Shared history).
    if (StoreBackend::isServerLocation(location))
        DatabasePassword::load(secrets.keychain(), location);
    if (!store.open(location, &error)) {
        if (sharedDatabase.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "QueueLens"),
                                  QCoreApplication::translate("main", "The task database could not be opened:\n%1").arg(error));
            return 1;
        }
        // The shared server is out of reach: say why, and offer this computer's own history.
        QMessageBox question(QMessageBox::Warning, QCoreApplication::translate("main", "QueueLens"),
                             QCoreApplication::translate("main", "The shared history could not be opened:\n%1").arg(error));
        QPushButton *local = question.addButton(QCoreApplication::translate("main", "Open this computer's history"),
                                                QMessageBox::AcceptRole);
        question.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
        question.exec();
        if (question.clickedButton() != local || !store.open(QString(), &error)) {
            if (question.clickedButton() == local)
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "QueueLens"),
                                      QCoreApplication::translate("main", "The task database could not be opened:\n%1").arg(error));
            return 1;
        }
    }
    HttpClient http;
    ProviderAdapterRegistry registry;
    registerBuiltinProviders(registry);
    SystemClock clock;
    TaskEngine engine(&store, &http, &registry, &secrets, &clock);
    // Preferences the engine follows at once: where results are saved (inline and key-only ones
    // too) and the operator's name recorded on new tasks.
    auto follow = [&engine](QString EngineSettings::*field) {
        return [&engine, field](const QString &value) {
            EngineSettings engineSettings = engine.settings();
            engineSettings.*field = value;
            engine.setSettings(engineSettings);
        };
    };
    follow(&EngineSettings::inlineResultsFolder)(settings.downloadFolder());
    QObject::connect(&settings, &AppSettings::downloadFolderChanged, &engine, follow(&EngineSettings::inlineResultsFolder));
    follow(&EngineSettings::operatorName)(settings.operatorName());
    QObject::connect(&settings, &AppSettings::operatorNameChanged, &engine, follow(&EngineSettings::operatorName));

    const bool sandboxMode = parser.isSet(sandboxOption);
#ifdef QUEUELENS_HAVE_SANDBOX
    std::unique_ptr<SandboxServer> sandbox;
    if (sandboxMode) {
        sandbox = std::make_unique<SandboxServer>();
        if (parser.isSet(seedOption))
            sandbox->setSeed(parser.value(seedOption).toULongLong());
        if (!sandbox->start(0)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "QueueLens"),
                                  QCoreApplication::translate("main", "The sandbox could not listen on 127.0.0.1."));
            return 1;
        }
        configureSandboxProfiles(engine, *sandbox, registry);
    }
#else
    if (sandboxMode)
        qWarning("this build has no sandbox; --sandbox is ignored");
#endif
    engine.start();
    renameDuplicateSandboxProfiles(engine, registry);
#ifdef QUEUELENS_HAVE_SANDBOX
    // A fresh sandbox knows none of the old tasks, so without live work the window would only
    // show history: start a new demo batch whenever nothing is in flight.
    if (sandbox) {
        const QList<Task> tasks = engine.tasks();
        const bool anythingLive = std::any_of(tasks.cbegin(), tasks.cend(), [](const Task &task) {
            return TaskStates::isActive(task.state);
        });
        if (!anythingLive)
            submitDemoBatch(engine, registry);
    }
#endif

    MainWindow window(&engine, &settings);
    window.setAdapterRegistry(&registry);
    window.setSecretStore(&secrets);
    window.setSandboxMode(sandboxMode);
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot || settings.windowGeometry().isEmpty())
        window.resize(1360, 860);
    window.show();

    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(ScreenshotDelayMs, &window, [&window, file] {
            selectExampleFailure(window);
            // One more moment for the detail pane and the thumbnails to settle.
            QTimer::singleShot(400, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                if (!saved)
                    qWarning("could not write %s", qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    const int result = app.exec();
    engine.setPollingPaused(true);
    return result;
#else
    Q_UNUSED(sandboxOption)
    qWarning("this build has no user interface");
    return 1;
#endif
}
