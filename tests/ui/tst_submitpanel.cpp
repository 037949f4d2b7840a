// SubmitPanel and ParamsEditor: specific parameter messages, real submits through a real engine
// (temporary database) to the in-process sandbox, chunked copies, and editAndResubmit.

#include "appsettings.h"
#include "chartswidget.h"
#include "errorcard.h"
#include "mainwindow.h"
#include "paramseditor.h"
#include "statusbarwidget.h"
#include "submitpanel.h"
#include "statesidebar.h"
#include "taskdetailpane.h"
#include "tasktablemodel.h"
#include "tasktally.h"
#include "taskimportdialog.h"
#include "traynotifier.h"

// The engine's store header shares its file name with the sandbox's internal one.
#include "../../app/engine/taskstore.h"
#include "builtinproviders.h"
#include "clock.h"
#include "httpclient.h"
#include "provideradapterregistry.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "taskengine.h"
#include "widgetsettling.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

namespace {

// A real engine on a temporary database, talking to the sandbox over loopback HTTP.
struct EngineRig
{
    EngineRig()
    {
        registerBuiltinProviders(registry);
        opened = store.open(dir.filePath(QStringLiteral("queuelens.sqlite")), &openError);
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
        EngineSettings settings;
        settings.maxBackoffMs = 300;
        engine->setSettings(settings);
        engine->start();
        listening = sandbox.start(0);
    }
    ~EngineRig() { engine.reset(); }

    ProviderProfile addProfile(const QString &provider, const QString &id)
    {
        ProviderProfile profile;
        profile.id = id;
        profile.name = QStringLiteral("Sandbox %1").arg(provider);
        profile.provider = provider;
        profile.baseUrl = sandbox.baseUrl(provider);
        profile.pollIntervalMs = 100;
        profile.deadlineSeconds = 60;
        profile.sandbox = true;   // any key works
        QString error;
        if (!engine->saveProfile(profile, &error))
            qWarning("saveProfile: %s", qPrintable(error));
        return profile;
    }

    bool allTerminal(const QList<qint64> &ids) const
    {
        for (qint64 id : ids) {
            const std::optional<Task> task = engine->task(id);
            if (!task || !task->isTerminal())
                return false;
        }
        return true;
    }

    QTemporaryDir dir;
    ProviderAdapterRegistry registry;
    SystemClock clock;
    TaskStore store;
    HttpClient http;
    SecretStore secrets{nullptr};   // no keychain: sandbox profiles need no key
    std::unique_ptr<TaskEngine> engine;
    SandboxServer sandbox;
    bool opened = false;
    bool listening = false;
    QString openError;
};

const QString kFastDirective = QStringLiteral(" [sandbox v1: queue=100ms run=300ms]");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Saved only when QUEUELENS_SCREENSHOT_DIR is set (docs/screenshots).
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUEUELENS_SCREENSHOT_DIR");
    settleWidgets();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(name)));
}

} // namespace

class TestSubmitPanel : public QObject
{
    Q_OBJECT

private slots:
    void keyValueMessages_data();
    void keyValueMessages();
    void jsonMessages();
    void valuesAreTyped();
    void textRoundTrips();
    void inlineErrorInThePanel();
    void submitReachesTerminalStates();
    void manyCopiesAreChunked();
    void adapterRulesBlockSubmit();
    void editAndResubmitPrefills();
    void noProfileSaysSo();
    // The widgets around the panel, driven by the same real engine.
    void trayGroupsFinishedTasks();
    void statusBarTogglesPolling();
    void importTracksRemoteIds();
    void profilePickersNameTheProvider();
    void dockedPanelKeepsTheErrorCardReadable();
    void sidebarSaysWhatNeedsAttention();
    void screenshots();
};

void TestSubmitPanel::keyValueMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("missing value") << QStringLiteral("duration: 5\naspect_ratio: 16:9\nseed:") << QStringLiteral("line 3: expected a value after ':'") << 3;
    QTest::newRow("not a number") << QStringLiteral("aspect_ratio: 16:9\nduration: five") << QStringLiteral("line 2: duration must be a number") << 2;
    QTest::newRow("quoted number") << QStringLiteral("duration: \"5\"") << QStringLiteral("duration must be a number") << 1;
    QTest::newRow("whole number") << QStringLiteral("seed: 1.5") << QStringLiteral("seed must be a whole number") << 1;
    QTest::newRow("boolean") << QStringLiteral("watermark: yes") << QStringLiteral("watermark must be true or false") << 1;
    QTest::newRow("no colon") << QStringLiteral("# comment\n\njust words") << QStringLiteral("line 3: expected “name: value”") << 3;
    QTest::newRow("no name") << QStringLiteral(": 5") << QStringLiteral("line 1: expected a name before ':'") << 1;
    QTest::newRow("space in name") << QStringLiteral("aspect ratio: 16:9") << QStringLiteral("line 1: a name cannot contain spaces") << 1;
    QTest::newRow("duplicate") << QStringLiteral("duration: 5\nseed: 1\nduration: 8") << QStringLiteral("line 3: “duration” is already set on line 1") << 3;
    QTest::newRow("broken json value") << QStringLiteral("images: [\"a\", ") << QStringLiteral("line 1: the value of “images” is not valid JSON") << 1;
    QTest::newRow("reserved") << QStringLiteral("prompt: hi") << QStringLiteral("\"prompt\" comes from the form above") << 1;
}

void TestSubmitPanel::keyValueMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    const ParamsEditor::ParseResult result = ParamsEditor::parse(text, ParamsEditor::Mode::KeyValue);
    QVERIFY(!result.params);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.line, line);
}

void TestSubmitPanel::jsonMessages()
{
    auto result = ParamsEditor::parse(QStringLiteral("{\n  \"duration\": 5,\n  \"seed\": \n}"), ParamsEditor::Mode::Json);
    QVERIFY(!result.params);
    QVERIFY2(result.error.startsWith(QStringLiteral("line 4, column 1:")), qPrintable(result.error));

    result = ParamsEditor::parse(QStringLiteral("[1, 2]"), ParamsEditor::Mode::Json);
    QVERIFY(result.error.contains(QStringLiteral("must be one JSON object")));

    result = ParamsEditor::parse(QStringLiteral("{\n  \"aspect_ratio\": \"16:9\",\n  \"duration\": \"long\"\n}"),
                                 ParamsEditor::Mode::Json);
    QCOMPARE(result.error, QStringLiteral("line 3: duration must be a number"));

    result = ParamsEditor::parse(QStringLiteral("  "), ParamsEditor::Mode::Json);
    QVERIFY(result.params);
    QVERIFY(result.params->isEmpty());
}

void TestSubmitPanel::valuesAreTyped()
{
    const auto result = ParamsEditor::parse(QStringLiteral("duration: 5\n"
                                                           "guidance_scale: 7.5\n"
                                                           "watermark: false\n"
                                                           "aspect_ratio: 16:9\n"
                                                           "img_url: https://example.com/a.png?x=1\n"
                                                           "images: [\"https://e.com/1.png\", \"https://e.com/2.png\"]\n"
                                                           "payload: {\"a\": {\"b\": 1}}\n"
                                                           "style: \"5\"\n"
                                                           "negative_prompt: \"\"\n"
                                                           "  # a comment\n"),
                                            ParamsEditor::Mode::KeyValue);
    QVERIFY2(result.params, qPrintable(result.error));
    const QJsonObject p = *result.params;
    QCOMPARE(p.value(QStringLiteral("duration")), QJsonValue(5));
    QCOMPARE(p.value(QStringLiteral("guidance_scale")), QJsonValue(7.5));
    QCOMPARE(p.value(QStringLiteral("watermark")), QJsonValue(false));
    QCOMPARE(p.value(QStringLiteral("aspect_ratio")), QJsonValue(QStringLiteral("16:9")));
    QCOMPARE(p.value(QStringLiteral("img_url")), QJsonValue(QStringLiteral("https://example.com/a.png?x=1")));
    QCOMPARE(p.value(QStringLiteral("images")).toArray().size(), 2);
    QCOMPARE(p.value(QStringLiteral("payload")).toObject().value(QStringLiteral("a")).toObject().value(QStringLiteral("b")),
             QJsonValue(1));
    QCOMPARE(p.value(QStringLiteral("style")), QJsonValue(QStringLiteral("5")));   // quoted: stays text
    QCOMPARE(p.value(QStringLiteral("negative_prompt")), QJsonValue(QString()));
    QCOMPARE(p.size(), 9);
}

void TestSubmitPanel::textRoundTrips()
{
    const QJsonObject params{{QStringLiteral("duration"), 8},
                             {QStringLiteral("style"), QStringLiteral("5")},
                             {QStringLiteral("label"), QStringLiteral("true")},
                             {QStringLiteral("padded"), QStringLiteral(" x ")},
                             {QStringLiteral("ratio"), QStringLiteral("16:9")},
                             {QStringLiteral("images"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
    const auto kv = ParamsEditor::parse(ParamsEditor::toKeyValueText(params), ParamsEditor::Mode::KeyValue);
    QVERIFY2(kv.params, qPrintable(kv.error));
    QCOMPARE(*kv.params, params);
    const auto json = ParamsEditor::parse(ParamsEditor::toJsonText(params), ParamsEditor::Mode::Json);
    QVERIFY(json.params);
    QCOMPARE(*json.params, params);

    // Switching the editor's mode converts valid text.
    ParamsEditor editor;
    editor.setText(QStringLiteral("duration: 5\nratio: 16:9"));
    QVERIFY(editor.isValid());
    editor.setMode(ParamsEditor::Mode::Json);
    QVERIFY(editor.text().trimmed().startsWith(QLatin1Char('{')));
    QCOMPARE(editor.params().value(QStringLiteral("ratio")).toString(), QStringLiteral("16:9"));
}

void TestSubmitPanel::inlineErrorInThePanel()
{
    EngineRig rig;
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    panel.show();

    auto *params = child<QPlainTextEdit>(&panel, "paramsEdit");
    auto *error = child<QLabel>(&panel, "paramsError");
    auto *submit = child<QPushButton>(&panel, "submitButton");
    QVERIFY(params && error && submit);
    QVERIFY(submit->isEnabled());
    params->setPlainText(QStringLiteral("duration: 5\naspect_ratio: 16:9\nseed:"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("line 3: expected a value after ':' (write \"\" for empty text)"));
    QVERIFY(!submit->isEnabled());   // nothing half-typed reaches a provider
    params->setPlainText(QStringLiteral("duration: five"));
    QCOMPARE(error->text(), QStringLiteral("line 1: duration must be a number"));
    params->setPlainText(QStringLiteral("duration: 5"));
    QVERIFY(!error->isVisible());
    QVERIFY(submit->isEnabled());
}

void TestSubmitPanel::submitReachesTerminalStates()
{
    EngineRig rig;
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    QVERIFY(rig.listening);
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));

    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    QCOMPARE(panel.currentProfileId(), QStringLiteral("sandbox-vidu"));
    QCOMPARE(child<QComboBox>(&panel, "modelBox")->currentText(), QStringLiteral("viduq1"));   // suggested
    // The kind is shown by name; the endpoint id is what gets submitted.
    QCOMPARE(child<QComboBox>(&panel, "kindBox")->currentData().toString(), QStringLiteral("text2video"));
    QCOMPARE(child<QComboBox>(&panel, "kindBox")->currentText(), QStringLiteral("Text to video"));
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("a red fox in the snow") + kFastDirective);
    child<QPlainTextEdit>(&panel, "paramsEdit")->setPlainText(QStringLiteral("duration: 4\naspect_ratio: 16:9"));
    child<QSpinBox>(&panel, "copiesSpin")->setValue(5);

    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    QTest::mouseClick(child<QPushButton>(&panel, "submitButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 5000);
    const QList<qint64> ids = submitted.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), 5);
    QVERIFY2(panel.problemText().isEmpty(), qPrintable(panel.problemText()));

    QCOMPARE(rig.engine->tasks().size(), 5);
    for (qint64 id : ids) {
        const std::optional<Task> task = rig.engine->task(id);
        QVERIFY(task);
        QCOMPARE(task->profileId, QStringLiteral("sandbox-vidu"));
        QCOMPARE(task->spec.model, QStringLiteral("viduq1"));
        QCOMPARE(task->spec.params.value(QStringLiteral("duration")), QJsonValue(4));
    }
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(ids), 30000);
    for (qint64 id : ids) {
        const std::optional<Task> task = rig.engine->task(id);
        QCOMPARE(TaskStates::id(task->state), QStringLiteral("succeeded"));
        QVERIFY(!task->resultUrls.isEmpty());
    }
}

void TestSubmitPanel::manyCopiesAreChunked()
{
    EngineRig rig;
    QVERIFY(rig.opened && rig.listening);
    rig.addProfile(QStringLiteral("foxapi"), QStringLiteral("sandbox-foxapi"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("a lighthouse") + kFastDirective);
    child<QSpinBox>(&panel, "copiesSpin")->setValue(SubmitPanel::ChunkSize * 3 + 2);

    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    panel.submit();
    // Handed over from the event loop, a chunk at a time: the click returns at once.
    QVERIFY(panel.isSubmitting());
    QCOMPARE(submitted.count(), 0);
    QVERIFY(rig.engine->tasks().size() < SubmitPanel::ChunkSize * 3 + 2);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
    QVERIFY(!panel.isSubmitting());
    const QList<qint64> ids = submitted.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), SubmitPanel::ChunkSize * 3 + 2);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
    QCOMPARE(rig.engine->tasks().size(), ids.size());
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(ids), 60000);
}

void TestSubmitPanel::adapterRulesBlockSubmit()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    auto *kind = child<QComboBox>(&panel, "kindBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("img2video")));
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("make it move"));

    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    panel.submit();
    QVERIFY(!panel.problemText().isEmpty());   // the adapter's own reason, e.g. images missing
    QVERIFY(!panel.isSubmitting());
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(rig.engine->tasks().size(), 0);

    // Fixing the form clears the message as it is typed.
    child<QPlainTextEdit>(&panel, "paramsEdit")->setPlainText(QStringLiteral("images: [\"https://example.com/a.png\"]"));
    QVERIFY2(panel.problemText().isEmpty(), qPrintable(panel.problemText()));
}

void TestSubmitPanel::editAndResubmitPrefills()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));
    rig.addProfile(QStringLiteral("seaart"), QStringLiteral("sandbox-seaart"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    child<QSpinBox>(&panel, "copiesSpin")->setValue(7);

    Task task;
    task.id = 42;
    task.profileId = QStringLiteral("sandbox-seaart");
    task.provider = QStringLiteral("seaart");
    task.spec.model = QStringLiteral("my_custom_endpoint");   // not a suggestion: typed text is kept
    task.spec.kind = QStringLiteral("image");
    task.spec.prompt = QStringLiteral("a cat astronaut, cinematic");
    task.spec.params = QJsonObject{{QStringLiteral("duration"), 5},
                                   {QStringLiteral("refs"), QJsonArray{QStringLiteral("https://e.com/1.png")}}};
    panel.editAndResubmit(task);

    QCOMPARE(panel.currentProfileId(), QStringLiteral("sandbox-seaart"));
    const TaskSpec spec = panel.currentSpec();
    QCOMPARE(spec.model, task.spec.model);
    QCOMPARE(spec.kind, task.spec.kind);
    QCOMPARE(spec.prompt, task.spec.prompt);
    QCOMPARE(spec.params, task.spec.params);
    QCOMPARE(child<QSpinBox>(&panel, "copiesSpin")->value(), 1);
    QCOMPARE(panel.findChild<ParamsEditor *>()->mode(), ParamsEditor::Mode::Json);   // nested value
    QVERIFY(panel.problemText().isEmpty());

    // A task whose profile is gone: the form is filled, and the operator is told.
    task.profileId = QStringLiteral("deleted-profile");
    panel.editAndResubmit(task);
    QVERIFY(panel.problemText().contains(QStringLiteral("#42")));
}

void TestSubmitPanel::noProfileSaysSo()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.show();
    QVERIFY(!child<QPushButton>(&panel, "submitButton")->isEnabled());
    QVERIFY(child<QPushButton>(&panel, "manageProfilesButton")->isVisible());
    QVERIFY(!panel.problemText().isEmpty());
    QSignalSpy manage(&panel, &SubmitPanel::manageProfilesRequested);
    QTest::mouseClick(child<QPushButton>(&panel, "manageProfilesButton"), Qt::LeftButton);
    QCOMPARE(manage.count(), 1);

    // A profile added while the panel is open shows up at once.
    rig.addProfile(QStringLiteral("llmapi"), QStringLiteral("sandbox-llmapi"));
    QTRY_COMPARE(panel.currentProfileId(), QStringLiteral("sandbox-llmapi"));
    QVERIFY(child<QPushButton>(&panel, "submitButton")->isEnabled());
    QVERIFY(panel.problemText().isEmpty());
}

void TestSubmitPanel::trayGroupsFinishedTasks()
{
    EngineRig rig;
    QVERIFY(rig.opened && rig.listening);
    rig.addProfile(QStringLiteral("llmapi"), QStringLiteral("sandbox-llmapi"));
    AppSettings settings(rig.dir.filePath(QStringLiteral("settings.ini")), nullptr);
    TrayNotifier tray(rig.engine.get(), &settings, nullptr);
    QVERIFY(!tray.hasTrayIcon());   // offscreen has no tray, and nothing crashes
    QSignalSpy posted(&tray, &TrayNotifier::notificationPosted);

    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("a teapot") + kFastDirective);
    child<QSpinBox>(&panel, "copiesSpin")->setValue(4);
    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    panel.submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 5000);
    const QList<qint64> ids = submitted.first().first().value<QList<qint64>>();
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(ids), 30000);

    // One grouped message for the batch, not four.
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 5000);
    // Every task is terminal and nothing waits in the group window: no second message can come.
    QVERIFY(!tray.hasPendingNotification());
    QCOMPARE(posted.count(), 1);
    const QString message = posted.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("4 task")) && message.contains(QStringLiteral("succeeded")),
             qPrintable(message));
    QVERIFY2(tray.summary().contains(QStringLiteral("4 succeeded")), qPrintable(tray.summary()));

    // Success notifications off: the next batch stays quiet; a failure is still announced.
    settings.setNotifyOnSuccess(false);
    tray.setGroupWindowMs(300);
    child<QSpinBox>(&panel, "copiesSpin")->setValue(1);
    panel.submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 2, 5000);
    const QList<qint64> quiet = submitted.at(1).first().value<QList<qint64>>();
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(quiet), 30000);
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("a teapot [sandbox v1: queue=100ms fail=IMAGE_TASK_FAILED]"));
    panel.submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 3, 5000);
    const QList<qint64> failing = submitted.at(2).first().value<QList<qint64>>();
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(failing), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 2, 5000);
    const std::optional<Task> failed = rig.engine->task(failing.first());
    QVERIFY(failed && failed->state != TaskState::Succeeded);
    QVERIFY2(posted.last().at(0).toString().contains(QStringLiteral("#%1").arg(failing.first())),
             qPrintable(posted.last().at(0).toString()));
}

void TestSubmitPanel::statusBarTogglesPolling()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    StatusBarWidget bar(rig.engine.get(), nullptr);
    bar.show();
    QCOMPARE(bar.pollingText(), QStringLiteral("Live"));
    QVERIFY(bar.requestsText().contains(QStringLiteral("in flight")));
    QVERIFY(bar.rateLimitText().isEmpty());
    auto *toggle = bar.findChild<QToolButton *>();
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(rig.engine->isPollingPaused());
    QCOMPARE(bar.pollingText(), QStringLiteral("Polling paused"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!rig.engine->isPollingPaused());
    QCOMPARE(bar.pollingText(), QStringLiteral("Live"));
    // Paused from elsewhere (tray menu, network loss): the bar follows the engine.
    rig.engine->setPollingPaused(true);
    QTRY_COMPARE(bar.pollingText(), QStringLiteral("Polling paused"));
}

void TestSubmitPanel::importTracksRemoteIds()
{
    EngineRig rig;
    QVERIFY(rig.opened && rig.listening);
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(QStringLiteral("a river") + kFastDirective);
    child<QSpinBox>(&panel, "copiesSpin")->setValue(2);
    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    panel.submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 5000);
    const QList<qint64> ids = submitted.first().first().value<QList<qint64>>();
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(ids), 30000);
    // Forget the second task locally: its remote task still exists, as if created elsewhere.
    const QString kept = rig.engine->task(ids.at(0))->remoteId;
    const QString elsewhere = rig.engine->task(ids.at(1))->remoteId;
    QVERIFY(!kept.isEmpty() && !elsewhere.isEmpty());
    QVERIFY(rig.engine->remove(ids.at(1)));

    // Line checks: blank lines and comments skipped, the rest reported per line.
    const QString text = QStringLiteral("# from the old script\n%1\n\n%2\nhas space\n%1\n").arg(elsewhere, kept);
    QHash<QString, qint64> tracked{{kept, ids.at(0)}};
    const QList<TaskImportDialog::Line> lines = TaskImportDialog::checkLines(text, tracked);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).number, 2);
    QVERIFY(lines.at(0).problem.isEmpty());
    QVERIFY(lines.at(1).problem.contains(QStringLiteral("#%1").arg(ids.at(0))));   // already tracked
    QVERIFY(lines.at(2).problem.contains(QStringLiteral("spaces")));
    QVERIFY(lines.at(3).problem.contains(QStringLiteral("line 2")));               // duplicate

    TaskImportDialog dialog(rig.engine.get(), nullptr);
    dialog.setAdapterRegistry(&rig.registry);
    dialog.setIdsText(text);
    QSignalSpy imported(&dialog, &TaskImportDialog::imported);
    auto *importButton = dialog.findChild<QDialogButtonBox *>()->buttons().constFirst();
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
        if (dialog.findChild<QDialogButtonBox *>()->buttonRole(button) == QDialogButtonBox::ActionRole)
            importButton = button;
    }
    // Enabled once the history is read (finished tasks are not in the engine's memory).
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 5000);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 5000);
    const QList<qint64> newIds = imported.first().first().value<QList<qint64>>();
    QCOMPARE(newIds.size(), 1);
    const std::optional<Task> task = rig.engine->task(newIds.first());
    QVERIFY(task);
    QCOMPARE(task->remoteId, elsewhere);
    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("importResults"));
    QCOMPARE(results->rowCount(), 4);
    QVERIFY(results->item(0, 2)->text().contains(QStringLiteral("#%1").arg(newIds.first())));
    QVERIFY(results->item(2, 2)->text().contains(QStringLiteral("spaces")));
    // The tracked task is polled to its real end state.
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal(newIds), 30000);
    QCOMPARE(TaskStates::id(rig.engine->task(newIds.first())->state), QStringLiteral("succeeded"));
}

void TestSubmitPanel::profilePickersNameTheProvider()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    ProviderProfile mine = rig.addProfile(QStringLiteral("vidu"), QStringLiteral("vidu-mine"));
    mine.name = QStringLiteral("My key");
    QVERIFY(rig.engine->saveProfile(mine));
    ProviderProfile fox = rig.addProfile(QStringLiteral("foxapi"), QStringLiteral("fox-team"));
    fox.name = QStringLiteral("Team");
    QVERIFY(rig.engine->saveProfile(fox));
    rig.addProfile(QStringLiteral("seaart"), QStringLiteral("sandbox-seaart"));   // "Sandbox seaart"

    const auto itemTexts = [](QComboBox *box) {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        return texts;
    };
    const QStringList expected{QStringLiteral("My key — Vidu"), QStringLiteral("Team — FoxAPI"),
                               QStringLiteral("Sandbox seaart")};

    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    auto *profileBox = child<QComboBox>(&panel, "profileBox");
    for (const QString &text : expected)
        QVERIFY2(itemTexts(profileBox).contains(text), qPrintable(itemTexts(profileBox).join(QLatin1Char('|'))));
    // The tooltip names the provider too, not its internal id.
    const int foxRow = profileBox->findData(QStringLiteral("fox-team"));
    QVERIFY(profileBox->itemData(foxRow, Qt::ToolTipRole).toString().startsWith(QStringLiteral("FoxAPI")));
    // A long name does not widen the panel: the combo takes the row's width.
    QCOMPARE(profileBox->sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);

    TaskImportDialog dialog(rig.engine.get(), nullptr);
    dialog.setAdapterRegistry(&rig.registry);
    auto *importBox = child<QComboBox>(&dialog, "importProfileBox");
    for (const QString &text : expected)
        QVERIFY2(itemTexts(importBox).contains(text), qPrintable(itemTexts(importBox).join(QLatin1Char('|'))));
}

void TestSubmitPanel::dockedPanelKeepsTheErrorCardReadable()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    QVERIFY(rig.listening);
    rig.addProfile(QStringLiteral("foxapi"), QStringLiteral("sandbox-foxapi"));
    rig.addProfile(QStringLiteral("vidu"), QStringLiteral("sandbox-vidu"));
    const auto failing = [&](const QString &profile, const QString &model, const QString &kind, const QString &code) {
        TaskSpec spec;
        spec.model = model;
        spec.kind = kind;
        spec.prompt = QStringLiteral("a portrait [sandbox v1: queue=100ms run=200ms fail=%1]").arg(code);
        QString error;
        const qint64 id = rig.engine->submit(profile, spec, &error);
        if (id == 0)
            qWarning("submit: %s", qPrintable(error));
        return id;
    };
    // One action (Edit and resubmit), and two (Open profile settings…, Retry) with a request id.
    const qint64 policy = failing(QStringLiteral("sandbox-foxapi"), QStringLiteral("wan-2.7-image"),
                                  QStringLiteral("image"), QStringLiteral("content_policy_violation"));
    const qint64 credits = failing(QStringLiteral("sandbox-vidu"), QStringLiteral("viduq1"), QStringLiteral("text2video"),
                                   QStringLiteral("CreditInsufficient"));
    QVERIFY(policy > 0 && credits > 0);
    QTRY_VERIFY_WITH_TIMEOUT(rig.allTerminal({policy, credits}), 10000);

    AppSettings settings(rig.dir.filePath(QStringLiteral("settings.ini")), nullptr);
    MainWindow window(rig.engine.get(), &settings);
    window.setAdapterRegistry(&rig.registry);
    window.resize(1100, 820);
    window.show();
    window.showSubmitPanel();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOfTask(credits) >= 0 && window.taskModel()->rowOfTask(policy) >= 0, 5000);
    ErrorCard *card = window.detailPane()->errorCard();

    // The card, its labels and its buttons stay inside the (narrow) pane, and every label is
    // as tall as its wrapped text needs.
    const auto checkFits = [&](const QString &where) {
        settleWidgets();
        auto *scroll = qobject_cast<QScrollArea *>(card->parentWidget()->parentWidget()->parentWidget());
        QVERIFY2(scroll, qPrintable(where));
        QWidget *viewport = scroll->viewport();
        const QRect cardRect(card->mapTo(viewport, QPoint(0, 0)), card->size());
        QVERIFY2(cardRect.right() < viewport->width(), qPrintable(QStringLiteral("%1: card right %2, viewport width %3")
                                                                      .arg(where)
                                                                      .arg(cardRect.right())
                                                                      .arg(viewport->width())));
        for (QWidget *widget : card->findChildren<QWidget *>()) {
            if (widget->isHidden() || widget->parentWidget() != card)
                continue;
            const QRect rect(widget->mapTo(card, QPoint(0, 0)), widget->size());
            QVERIFY2(rect.right() < card->width(), qPrintable(QStringLiteral("%1: %2 ends at %3 of %4")
                                                                  .arg(where, QLatin1String(widget->metaObject()->className()))
                                                                  .arg(rect.right())
                                                                  .arg(card->width())));
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
                QVERIFY2(label->wordWrap(), qPrintable(label->text()));
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
            }
        }
    };
    // The charts tab follows the same table model, and while it is not shown nothing samples.
    auto *charts = window.findChild<ChartsWidget *>();
    QVERIFY(charts);
    QCOMPARE(charts->model(), window.taskModel());
    QCOMPARE(charts->statistics().counts().total, 2);
    QVERIFY(!charts->isSampling());
    QCOMPARE(charts->redrawCount(), 0);
    window.showTab(MainWindow::ChartsTab);
    QVERIFY(charts->isSampling());
    QCOMPARE(charts->redrawCount(), 1);
    window.showTab(MainWindow::TasksTab);
    QVERIFY(!charts->isSampling());

    for (const qint64 id : {policy, credits}) {
        window.resize(1100, 820);
        window.selectTasks({id});
        QTRY_VERIFY_WITH_TIMEOUT(card->isVisible() && !card->titleText().isEmpty(), 5000);
        checkFits(QStringLiteral("task %1 at 1100 px").arg(id));
        window.resize(860, 820);
        checkFits(QStringLiteral("task %1 at 860 px").arg(id));
        saveScreenshot(&window, QStringLiteral("main-docked-submit-%1.png").arg(id));
        saveScreenshot(card, QStringLiteral("error-card-narrow-%1.png").arg(id));
    }

    // Long unbroken ids, codes and URLs wrap as well, in a pane as narrow as the window allows.
    QScrollArea pane;
    pane.setWidgetResizable(true);
    pane.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *standalone = new ErrorCard;
    contentLayout->addWidget(standalone);
    contentLayout->addStretch(1);
    pane.setWidget(content);
    pane.resize(250, 700);
    Task task;
    task.id = 7;
    task.provider = QStringLiteral("foxapi");
    task.state = TaskState::Failed;
    ApiError longError;
    longError.provider = QStringLiteral("foxapi");
    longError.code = QStringLiteral("upstream_model_provider_quota_exhausted_for_organisation");
    longError.httpStatus = 429;
    longError.retryClass = RetryClass::FixAccount;
    longError.requestId = QStringLiteral("req_01HZX3K9Q7M2VY8T4N6B5C0D1E2F3G4H5J6K7L8M9");
    longError.message = QStringLiteral("see https://status.example-provider.com/incidents/2026-05-04/quota-organisation-limits");
    task.lastError = longError;
    QVERIFY(standalone->setTask(task));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    card = standalone;
    const auto checkStandalone = [&] {
        settleWidgets();
        QVERIFY2(standalone->width() <= pane.viewport()->width(),
                 qPrintable(QStringLiteral("card %1, viewport %2").arg(standalone->width()).arg(pane.viewport()->width())));
        for (QLabel *label : standalone->findChildren<QLabel *>()) {
            if (label->isHidden() || label->text().isEmpty())
                continue;
            QVERIFY2(label->mapTo(standalone, QPoint(label->width(), 0)).x() <= standalone->width(), qPrintable(label->text()));
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
    };
    checkStandalone();
    saveScreenshot(&pane, QStringLiteral("error-card-long-tokens.png"));
    // What the card reports (and copies) is the text itself, without the break opportunities.
    QCOMPARE(standalone->requestIdText(), longError.requestId);
    QVERIFY(standalone->detailsText().contains(longError.code));
}

void TestSubmitPanel::sidebarSaysWhatNeedsAttention()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    AppSettings settings(rig.dir.filePath(QStringLiteral("settings.ini")), nullptr);
    MainWindow window(rig.engine.get(), &settings);
    auto *tree = window.sidebar()->findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> items = tree->findItems(QStringLiteral("Needs attention"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    // The tooltip names exactly the states the count includes.
    const QString tip = items.first()->toolTip(0);
    for (TaskState state : TaskStates::all()) {
        const bool named = tip.contains(TaskStates::displayName(state));
        QVERIFY2(named == TaskTally::needsAttention(state), qPrintable(TaskStates::displayName(state) + QStringLiteral(": ") + tip));
    }
}

void TestSubmitPanel::screenshots()
{
    EngineRig rig;
    QVERIFY(rig.opened);
    ProviderProfile profile = rig.addProfile(QStringLiteral("vidu"), QStringLiteral("vidu-prod"));
    profile.name = QStringLiteral("Vidu production");
    QVERIFY(rig.engine->saveProfile(profile));
    rig.addProfile(QStringLiteral("seaart"), QStringLiteral("sandbox-seaart"));
    SubmitPanel panel(rig.engine.get(), nullptr);
    panel.setAdapterRegistry(&rig.registry);
    panel.resize(620, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    child<QPlainTextEdit>(&panel, "promptEdit")->setPlainText(
        QStringLiteral("A red fox crossing a frozen river at dawn, slow dolly shot, soft mist, 35 mm film look"));
    child<QPlainTextEdit>(&panel, "paramsEdit")->setPlainText(
        QStringLiteral("duration: 5\naspect_ratio: 16:9\nresolution: 1080p\nmovement_amplitude: small\nbgm: false"));
    child<QSpinBox>(&panel, "copiesSpin")->setValue(4);
    QVERIFY(child<QPushButton>(&panel, "submitButton")->isEnabled());
    saveScreenshot(&panel, QStringLiteral("submit.png"));

    child<QPlainTextEdit>(&panel, "paramsEdit")->setPlainText(
        QStringLiteral("duration: five\naspect_ratio: 16:9\nresolution: 1080p"));
    QVERIFY(!child<QPushButton>(&panel, "submitButton")->isEnabled());
    saveScreenshot(&panel, QStringLiteral("submit-invalid.png"));
}

QTEST_MAIN(TestSubmitPanel)
#include "tst_submitpanel.moc"
