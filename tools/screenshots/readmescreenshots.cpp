// queuelens-screenshots <folder>: the README's pictures of the main window with live sandbox
// tasks (light and dark palettes, the error card, failure groups, charts, result thumbnails, the
// docked submit panel) and a gallery of the main window, the error card and Preferences in every
// language at 1366×768. Each is checked to be a real picture (size, many
// colours, not one flat fill); the exit code says whether all were made.
// Run by scripts/screenshots.sh, under Xvfb or offscreen.

#include "chartswidget.h"
#include "cockpitrig.h"
#include "errorcard.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "submitpanel.h"
#include "taskdetailpane.h"
#include "taskengine.h"
#include "tasktablemodel.h"
#include "widgetsettling.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>

#include <memory>

namespace {

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

// Runs the event loop until done() holds; false when the time is up first.
template <typename Done>
bool waitUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

class ScreenshotSession
{
public:
    explicit ScreenshotSession(const QString &folder) : m_folder(folder) {}

    bool run();

private:
    bool setUp();
    bool runningTasksHaveMoved() const;
    // The main window, the error card and Preferences in every language, at 1366×768.
    bool saveGallery();
    // Saves the picture if it is a real one: big enough, many colours, no flat fill.
    bool save(QWidget *widget, const QString &name, QSize minimum);
    bool fail(const QString &why);

    QString m_folder;
    std::unique_ptr<CockpitRig> m_rig;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_lightPalette;
    qint64 m_failed = 0;
};

bool ScreenshotSession::fail(const QString &why)
{
    qCritical("%s", qPrintable(why));
    return false;
}

bool ScreenshotSession::runningTasksHaveMoved() const
{
    const TaskTableModel *model = m_window->taskModel();
    int moved = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TaskSummary &summary = model->taskAt(row);
        if (summary.state == TaskState::Running && summary.progress >= 5)
            ++moved;
    }
    return moved >= 1;   // only some providers report progress
}

bool ScreenshotSession::setUp()
{
    LanguageLoader::install(QStringLiteral("en"));
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
    m_rig = std::make_unique<CockpitRig>(300);
    if (!m_rig->opened)
        return fail(m_rig->openError);
    if (!m_rig->listening)
        return fail(QStringLiteral("the sandbox did not start"));

    CockpitRig &r = *m_rig;
    r.submit(QStringLiteral("seaart"), QStringLiteral("queue=100ms run=600ms outputs=2"), QStringLiteral("A lighthouse on a cliff at dusk, oil painting"), 0);
    r.submit(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=500ms"), QStringLiteral("Isometric cozy reading room, soft light"), 0);
    r.submit(QStringLiteral("llmapi"), QStringLiteral("queue=100ms run=700ms"), QStringLiteral("Product photo of a ceramic teapot on linen"), 0);
    m_failed = r.submit(QStringLiteral("vidu"), QStringLiteral("queue=100ms run=300ms fail=CreditInsufficient"), QStringLiteral("A paper boat drifting down a rainy street"), 0);
    r.submit(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=300ms fail=content_policy_violation"), QStringLiteral("Portrait in the style of a famous living artist"), 0);
    r.submit(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=300ms fail=content_policy_violation"), QStringLiteral("Same portrait, second try"), 0);
    r.submit(QStringLiteral("newapi"), QStringLiteral("error=insufficient_user_quota"), QStringLiteral("Timelapse of clouds over mountains"), 0);
    r.submit(QStringLiteral("seaart"), QStringLiteral("queue=200ms run=120s steps=40 media=video"), QStringLiteral("Slow dolly shot through a neon market"), 1);
    r.submit(QStringLiteral("vidu"), QStringLiteral("queue=200ms run=90s steps=30"), QStringLiteral("A fox running through fresh snow, slow motion"), 0);
    r.submit(QStringLiteral("newapi"), QStringLiteral("queue=200ms run=60s steps=20"), QStringLiteral("Drone flight over a turquoise lagoon"), 0);
    r.submit(QStringLiteral("llmapi"), QStringLiteral("queue=120s"), QStringLiteral("Minimalist poster of a bicycle, two colours"), 0);
    r.submit(QStringLiteral("foxapi"), QStringLiteral("stuck=queue"), QStringLiteral("Waves crashing on black sand, cinematic"), 1);

    m_window = std::make_unique<MainWindow>(r.engine.get(), r.appSettings.get());
    m_window->setAdapterRegistry(&r.registry);
    m_window->setSandboxMode(true);
    m_window->resize(1360, 860);
    m_window->show();
    // A lively picture: finished, failed and running tasks side by side, the running ones
    // visibly under way.
    const TaskTally &tally = m_window->taskModel()->tally();
    const bool lively = waitUntil([&] {
        return tally.count(TaskState::Succeeded) >= 3 && tally.count(TaskState::Failed) >= 3
            && tally.count(TaskState::Running) >= 2 && tally.count(TaskState::Rejected) >= 1
            && runningTasksHaveMoved();
    }, 30000);
    if (!lively) {
        QStringList seen;
        const TaskTableModel *model = m_window->taskModel();
        for (int row = 0; row < model->rowCount(); ++row)
            seen << QStringLiteral("%1 %2%").arg(TaskStates::id(model->taskAt(row).state)).arg(model->taskAt(row).progress);
        return fail(QStringLiteral("the sandbox tasks did not reach the expected states in 30 s: %1").arg(seen.join(QStringLiteral(", "))));
    }
    m_window->selectTasks({m_failed});
    settleWidgets();
    if (!m_window->detailPane()->errorCard()->isVisible())
        return fail(QStringLiteral("the error card of the failed task is not shown"));
    return true;
}

bool ScreenshotSession::save(QWidget *widget, const QString &name, QSize minimum)
{
    settleWidgets();
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (image.width() < minimum.width() || image.height() < minimum.height())
        return fail(QStringLiteral("%1 is only %2x%3").arg(name).arg(image.width()).arg(image.height()));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(line[x]);
    }
    if (colours.size() <= 24)
        return fail(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours.size()));
    const QString file = QDir(m_folder).filePath(name);
    if (!image.save(file))
        return fail(QStringLiteral("cannot write %1").arg(file));
    qInfo("%s", qPrintable(file));
    return true;
}

bool ScreenshotSession::saveGallery()
{
    const QString folder = QDir(m_folder).filePath(QStringLiteral("gallery"));
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create %1").arg(folder));
    ErrorCard *card = m_window->detailPane()->errorCard();
    const QString englishTitle = card->titleText();
    const QSize normal = m_window->size();
    // The smallest screen QueueLens is laid out for: long German and Russian labels must fit.
    m_window->resize(1366, 768);
    bool ok = true;
    for (const QString &language : LanguageLoader::availableLanguages()) {
        m_rig->appSettings->setLanguage(language);
        settleWidgets();
        if (language != QLatin1String(LanguageLoader::SourceLanguage) && card->titleText() == englishTitle) {
            ok = fail(QStringLiteral("the error card is not in %1: %2").arg(language, card->titleText()));
            continue;
        }
        ok &= save(m_window.get(), QStringLiteral("gallery/%1-main.png").arg(language), QSize(1000, 600));
        ok &= save(card, QStringLiteral("gallery/%1-error-card.png").arg(language), QSize(300, 120));
    }

    // Preferences as an operator's would look: a real provider's profile next to the sandbox
    // ones, these named after their providers and polling at a pace Settings accepts.
    const QList<ProviderProfile> sandboxProfiles = m_rig->engine->profiles();
    for (ProviderProfile profile : sandboxProfiles) {
        profile.name = m_rig->registry.adapter(profile.provider)->displayName();
        profile.pollIntervalMs = 2000;
        m_rig->engine->saveProfile(profile);
    }
    ProviderProfile production;
    production.id = QStringLiteral("vidu-production");
    production.name = QStringLiteral("Vidu production");
    production.provider = QStringLiteral("vidu");
    production.baseUrl = QUrl(QStringLiteral("https://api.vidu.com"));
    production.pollIntervalMs = 5000;
    production.maxConcurrent = 8;
    production.deadlineSeconds = 45 * 60;
    m_rig->engine->saveProfile(production);
    for (const QString &language : LanguageLoader::availableLanguages()) {
        m_rig->appSettings->setLanguage(language);
        SettingsDialog settings(m_rig->engine.get(), m_rig->appSettings.get(), m_window.get());
        settings.setAdapterRegistry(&m_rig->registry);
        settings.showProfile(production.id);
        settings.show();
        ok &= save(&settings, QStringLiteral("gallery/%1-settings.png").arg(language), QSize(600, 400));
    }
    QString ignored;
    m_rig->engine->removeProfile(production.id, &ignored);
    for (const ProviderProfile &profile : sandboxProfiles)
        m_rig->engine->saveProfile(profile);
    m_rig->appSettings->setLanguage(QStringLiteral("en"));
    m_window->resize(normal);
    return ok;
}

bool ScreenshotSession::run()
{
    if (!QDir().mkpath(m_folder))
        return fail(QStringLiteral("cannot create %1").arg(m_folder));
    if (!setUp())
        return false;
    bool ok = true;
    ErrorCard *card = m_window->detailPane()->errorCard();
    ok &= save(m_window.get(), QStringLiteral("main.png"), QSize(1000, 600));
    ok &= save(card, QStringLiteral("error-card.png"), QSize(300, 120));
    ok &= save(m_window->detailPane(), QStringLiteral("error-detail.png"), QSize(600, 200));

    m_window->showTab(MainWindow::FailuresTab);
    ok &= save(m_window.get(), QStringLiteral("main-failures.png"), QSize(1000, 600));
    m_window->showTab(MainWindow::TasksTab);

    QApplication::setPalette(darkPalette());
    ok &= save(m_window.get(), QStringLiteral("main-dark.png"), QSize(1000, 600));
    ok &= save(card, QStringLiteral("error-card-dark.png"), QSize(300, 120));
    QApplication::setPalette(m_lightPalette);

    ok &= saveGallery();

    m_window->showTab(MainWindow::ChartsTab);
    auto *charts = m_window->findChild<ChartsWidget *>();
    if (charts) {
        charts->sampleNow();
        waitUntil([&] { return !charts->isDirty(); }, 5000);
        ok &= save(m_window.get(), QStringLiteral("charts.png"), QSize(1000, 600));
    } else {
        ok = fail(QStringLiteral("no charts tab"));
    }
    m_window->showTab(MainWindow::TasksTab);

    // The seaart image task with two outputs: its files are downloaded and shown as thumbnails.
    const TaskTableModel *model = m_window->taskModel();
    qint64 pick = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TaskSummary &summary = model->taskAt(row);
        if (summary.state != TaskState::Succeeded)
            continue;
        const std::optional<Task> task = model->engine()->task(summary.id);   // results come with the full task
        if (task && task->resultUrls.size() >= 2)
            pick = task->id;
    }
    if (pick != 0) {
        m_window->selectTasks({pick});
        TaskDetailPane *pane = m_window->detailPane();
        if (waitUntil([&] { return pane->readyThumbnailCount() == 2; }, 10000))
            ok &= save(m_window.get(), QStringLiteral("main-results.png"), QSize(1000, 600));
        else
            ok = fail(QStringLiteral("the result thumbnails did not load"));
    } else {
        ok = fail(QStringLiteral("no task with two results"));
    }

    m_window->showSubmitPanel();
    ok &= save(m_window.get(), QStringLiteral("main-submit.png"), QSize(1000, 600));

    m_window.reset();
    m_rig.reset();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        qCritical("usage: queuelens-screenshots <folder>");
        return 2;
    }
    ScreenshotSession session(args.at(1));
    return session.run() ? 0 : 1;
}
