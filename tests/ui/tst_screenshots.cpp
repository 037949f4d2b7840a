// Pictures of the main window with live sandbox tasks: light and dark palettes, Chinese UI,
// the error card, the failure groups and the charts tab. Written to <build>/screenshots and
// checked to be real pictures (size, many colours, not one flat fill).

#include "appsettings.h"
#include "builtinproviders.h"
#include "chartswidget.h"
#include "clock.h"
#include "errorcard.h"
#include "httpclient.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "provideradapterregistry.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "submitpanel.h"
#include "taskdetailpane.h"
#include "taskengine.h"
#include "taskstore.h"
#include "tasktablemodel.h"

#include <QApplication>
#include <QDir>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

struct Rig
{
    Rig()
    {
        registerBuiltinProviders(registry);
        opened = store.open(dir.filePath(QStringLiteral("tasks.sqlite")), &openError);
        engine = std::make_unique<TaskEngine>(&store, &http, &registry, &secrets, &clock);
        listening = sandbox.start(0);
        for (const QString &provider : registry.providerIds()) {
            ProviderProfile profile;
            profile.id = QStringLiteral("sb-") + provider;
            profile.name = QStringLiteral("Sandbox");
            profile.provider = provider;
            profile.baseUrl = sandbox.baseUrl(provider);
            profile.pollIntervalMs = 300;
            profile.sandbox = true;
            engine->saveProfile(profile);
        }
        engine->start();
        appSettings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")), nullptr);
        appSettings->setDownloadFolder(dir.filePath(QStringLiteral("downloads")));
    }
    ~Rig()
    {
        engine->setPollingPaused(true);
        engine.reset();
    }

    qint64 submit(const QString &provider, int kindIndex, const QString &prompt, const QString &directive)
    {
        const ProviderAdapter *adapter = registry.adapter(provider);
        TaskSpec spec;
        spec.model = adapter->suggestedModels().value(kindIndex);
        spec.kind = adapter->kinds().value(kindIndex, adapter->kinds().value(0));
        spec.prompt = QStringLiteral("%1 [sandbox v1: %2]").arg(prompt, directive);
        return engine->submit(QStringLiteral("sb-") + provider, spec);
    }

    QTemporaryDir dir;
    ProviderAdapterRegistry registry;
    SystemClock clock;
    TaskStore store;
    HttpClient http;
    SecretStore secrets{nullptr};
    std::unique_ptr<TaskEngine> engine;
    SandboxServer sandbox;
    std::unique_ptr<AppSettings> appSettings;
    bool opened = false;
    bool listening = false;
    QString openError;
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x82));
    return p;
}

// Saves the picture and checks it is a real one: big enough, many colours, no flat fill.
void saveAndCheck(const QPixmap &pixmap, const QString &name, QSize minimum)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(image.width() >= minimum.width() && image.height() >= minimum.height(),
             qPrintable(QStringLiteral("%1 is only %2x%3").arg(name).arg(image.width()).arg(image.height())));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(line[x]);
    }
    QVERIFY2(colours.size() > 24, qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours.size())));
    const QString folder = QStringLiteral(QUEUELENS_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(image.save(QDir(folder).filePath(name)));
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowLight();
    void errorCard();
    void failureGroups();
    void mainWindowDark();
    void mainWindowChinese();
    void chartsTab();
    void resultThumbnails();
    void submitPanelDocked();

private:
    std::unique_ptr<Rig> m_rig;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_lightPalette;
    qint64 m_failed = 0;
};

void TestScreenshots::initTestCase()
{
    LanguageLoader::install(QStringLiteral("en"));
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
    m_rig = std::make_unique<Rig>();
    QVERIFY2(m_rig->opened, qPrintable(m_rig->openError));
    QVERIFY(m_rig->listening);

    Rig &r = *m_rig;
    r.submit(QStringLiteral("seaart"), 0, QStringLiteral("A lighthouse on a cliff at dusk, oil painting"), QStringLiteral("queue=100ms run=600ms outputs=2"));
    r.submit(QStringLiteral("foxapi"), 0, QStringLiteral("Isometric cozy reading room, soft light"), QStringLiteral("queue=100ms run=500ms"));
    r.submit(QStringLiteral("llmapi"), 0, QStringLiteral("Product photo of a ceramic teapot on linen"), QStringLiteral("queue=100ms run=700ms"));
    m_failed = r.submit(QStringLiteral("vidu"), 0, QStringLiteral("A paper boat drifting down a rainy street"), QStringLiteral("queue=100ms run=300ms fail=CreditInsufficient"));
    r.submit(QStringLiteral("foxapi"), 0, QStringLiteral("Portrait in the style of a famous living artist"), QStringLiteral("queue=100ms run=300ms fail=content_policy_violation"));
    r.submit(QStringLiteral("foxapi"), 0, QStringLiteral("Same portrait, second try"), QStringLiteral("queue=100ms run=300ms fail=content_policy_violation"));
    r.submit(QStringLiteral("newapi"), 0, QStringLiteral("Timelapse of clouds over mountains"), QStringLiteral("error=insufficient_user_quota"));
    r.submit(QStringLiteral("seaart"), 1, QStringLiteral("Slow dolly shot through a neon market"), QStringLiteral("queue=200ms run=120s steps=40 media=video"));
    r.submit(QStringLiteral("vidu"), 0, QStringLiteral("A fox running through fresh snow, slow motion"), QStringLiteral("queue=200ms run=90s steps=30"));
    r.submit(QStringLiteral("newapi"), 0, QStringLiteral("Drone flight over a turquoise lagoon"), QStringLiteral("queue=200ms run=60s steps=20"));
    r.submit(QStringLiteral("llmapi"), 0, QStringLiteral("Minimalist poster of a bicycle, two colours"), QStringLiteral("queue=120s"));
    r.submit(QStringLiteral("foxapi"), 1, QStringLiteral("Waves crashing on black sand, cinematic"), QStringLiteral("stuck=queue"));

    m_window = std::make_unique<MainWindow>(r.engine.get(), r.appSettings.get());
    m_window->setAdapterRegistry(&r.registry);
    m_window->setSandboxMode(true);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Wait for a lively picture: finished, failed and running tasks side by side.
    const TaskTally &tally = m_window->taskModel()->tally();
    QTRY_VERIFY_WITH_TIMEOUT(tally.count(TaskState::Succeeded) >= 3 && tally.count(TaskState::Failed) >= 3
                                 && tally.count(TaskState::Running) >= 2 && tally.count(TaskState::Rejected) >= 1,
                             20000);
    QTest::qWait(1200);   // some progress on the running ones
    m_window->selectTasks({m_failed});
    QVERIFY(m_window->detailPane()->errorCard()->isVisible());
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_rig.reset();
    LanguageLoader::install(QStringLiteral("en"));
}

void TestScreenshots::mainWindowLight()
{
    QTest::qWait(200);
    saveAndCheck(m_window->grab(), QStringLiteral("main.png"), QSize(1000, 600));
}

void TestScreenshots::errorCard()
{
    ErrorCard *card = m_window->detailPane()->errorCard();
    QVERIFY(!card->titleText().isEmpty());
    saveAndCheck(card->grab(), QStringLiteral("error-card.png"), QSize(300, 120));
    saveAndCheck(m_window->detailPane()->grab(), QStringLiteral("error-detail.png"), QSize(600, 200));
}

void TestScreenshots::failureGroups()
{
    m_window->showTab(MainWindow::FailuresTab);
    QTest::qWait(400);
    saveAndCheck(m_window->grab(), QStringLiteral("main-failures.png"), QSize(1000, 600));
    m_window->showTab(MainWindow::TasksTab);
}

void TestScreenshots::mainWindowDark()
{
    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    saveAndCheck(m_window->grab(), QStringLiteral("main-dark.png"), QSize(1000, 600));
    saveAndCheck(m_window->detailPane()->errorCard()->grab(), QStringLiteral("error-card-dark.png"), QSize(300, 120));
    QApplication::setPalette(m_lightPalette);
    QTest::qWait(100);
}

void TestScreenshots::mainWindowChinese()
{
    m_rig->appSettings->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageLoader::currentLanguage(), QStringLiteral("zh_CN"));
    QTest::qWait(400);
    const QString title = m_window->detailPane()->errorCard()->titleText();
    QVERIFY(title.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    saveAndCheck(m_window->grab(), QStringLiteral("main-zh_CN.png"), QSize(1000, 600));
    m_rig->appSettings->setLanguage(QStringLiteral("en"));
    QTest::qWait(200);
}

void TestScreenshots::chartsTab()
{
    m_window->showTab(MainWindow::ChartsTab);
    auto *charts = m_window->findChild<ChartsWidget *>();
    QVERIFY(charts);
    charts->sampleNow();
    QTest::qWait(600);
    saveAndCheck(m_window->grab(), QStringLiteral("charts.png"), QSize(1000, 600));
    m_window->showTab(MainWindow::TasksTab);
}

void TestScreenshots::resultThumbnails()
{
    // The seaart image task with two outputs: its files are downloaded and shown as thumbnails.
    const TaskTableModel *model = m_window->taskModel();
    qint64 pick = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TaskSummary &summary = model->taskAt(row);
        if (summary.state != TaskState::Succeeded)
            continue;
        // The table holds summaries; results come with the full task.
        const std::optional<Task> task = model->engine()->task(summary.id);
        if (task && task->resultUrls.size() >= 2)
            pick = task->id;
    }
    QVERIFY(pick != 0);
    m_window->selectTasks({pick});
    TaskDetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->tabs()->currentIndex(), int(TaskDetailPane::ResultsTab));
    QTRY_COMPARE_WITH_TIMEOUT(pane->readyThumbnailCount(), 2, 10000);
    QTest::qWait(200);
    saveAndCheck(m_window->grab(), QStringLiteral("main-results.png"), QSize(1000, 600));
}

void TestScreenshots::submitPanelDocked()
{
    m_window->showSubmitPanel();
    QTest::qWait(300);
    QVERIFY(m_window->submitPanel()->isVisible());
    saveAndCheck(m_window->grab(), QStringLiteral("main-submit.png"), QSize(1000, 600));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
