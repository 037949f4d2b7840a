// MainWindow end to end: a real engine on a temporary database talking to the in-process
// sandbox over loopback HTTP. Submits through the SubmitPanel, explains injected errors in
// English and Chinese, runs retry/cancel/submit-anyway/bulk cancel/bulk remove through the
// window's actions, checks that the sidebar, the proxy and the model agree, that the window's
// shortcuts work from any pane and that live durations are repainted only while shown.

#include "cockpitrig.h"
#include "errorcard.h"
#include "errorcatalog.h"
#include "failuregroupsmodel.h"
#include "failuregroupsview.h"
#include "httpclient.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "provideradapterregistry.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "statesidebar.h"
#include "storebanner.h"
#include "submitpanel.h"
#include "taskactioncontroller.h"
#include "taskdetailpane.h"
#include "taskengine.h"
#include "taskfilterproxymodel.h"
#include "taskstore.h"
#include "tasklistwidget.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QtTest>

#include <functional>
#include <memory>

namespace {

// The cockpit with quick polls and short timeouts, so that the tests wait less.
struct Rig : CockpitRig
{
    // seed fills the database before the engine starts (a history to load).
    explicit Rig(int pollIntervalMs = 150, const std::function<void(TaskStore &)> &seed = {})
        : CockpitRig(pollIntervalMs, quickSettings(), seed)
    {
    }

    static EngineSettings quickSettings()
    {
        EngineSettings settings;
        settings.submitTimeoutMs = 700;
        settings.requestTimeoutMs = 4000;
        settings.maxBackoffMs = 300;
        return settings;
    }
};

std::unique_ptr<MainWindow> makeWindow(Rig &rig)
{
    auto window = std::make_unique<MainWindow>(rig.engine.get(), rig.appSettings.get());
    window->setAdapterRegistry(&rig.registry);
    window->resize(1280, 800);
    window->show();
    return window;
}

QMessageBox *findBox(QWidget *window, const char *name)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QLatin1String(name))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void accept(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            button->click();
            return;
        }
    }
    QFAIL("the confirmation has no accept button");
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { LanguageLoader::install(QStringLiteral("en")); }
    void cleanupTestCase() { LanguageLoader::install(QStringLiteral("en")); }

    void submitPanelTaskAppearsAndSucceeds();
    void errorCardExplainsInjectedError();
    void retryAndCancelChangeState();
    void cancelDisabledWithProviderReason();
    void submitAnywayAsksFirst();
    void failureGroupSelectsItsTasks();
    void bulkActionOnOthersTasksAsksFirst();
    void bannerWhileTheDatabaseTakesNoChanges();
    void bulkCancelOfManyTasksEndsWithSummary();
    void headerStatePersists();
    void errorCardCountdownAndRedaction();
    void keyboardSearchAndRemove();
    void shortcutsWorkFromAnyPane();
    void liveDurationsRepaintOnlyWhileShown();
    void bulkRemoveShowsProgressAndSummary();
    void removingTenThousandTasksKeepsTheWindowResponsive();
    void windowRepaintsWhileAnotherProcessHoldsTheDatabase();
};

void TestMainWindow::initTestCase()
{
    Rig rig;
    QVERIFY2(rig.opened, qPrintable(rig.openError));
    QVERIFY(rig.listening);
}

void TestMainWindow::submitPanelTaskAppearsAndSucceeds()
{
    Rig rig;
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Fill the form the way "Edit and resubmit" does, then press Submit.
    Task draft;
    draft.profileId = QStringLiteral("sb-foxapi");
    draft.provider = QStringLiteral("foxapi");
    draft.spec = rig.spec(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=400ms outputs=1"));
    SubmitPanel *panel = window->submitPanel();
    QSignalSpy submitted(panel, &SubmitPanel::submitted);
    panel->editAndResubmit(draft);
    panel->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 5000);
    const QList<qint64> ids = submitted.at(0).at(0).value<QList<qint64>>();
    QCOMPARE(ids.size(), 1);
    const qint64 id = ids.first();

    TaskTableModel *model = window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTask(id) >= 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->taskById(id)->state, TaskState::Succeeded, 15000);
    const int row = model->rowOfTask(id);
    QCOMPARE(model->index(row, TaskTableModel::StateColumn).data().toString(),
             TaskStates::displayName(TaskState::Succeeded));
    QCOMPARE(window->proxyModel()->rowCount(), model->rowCount());

    // Selecting it shows it in the detail pane; the result is downloaded into the download folder.
    window->selectTasks({id});
    QCOMPARE(window->detailPane()->taskId(), id);
    QVERIFY(window->detailPane()->parametersText().contains(QStringLiteral("a red fox")));
    QTRY_VERIFY_WITH_TIMEOUT(window->detailPane()->resultCount() >= 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window->detailPane()->readyThumbnailCount(), window->detailPane()->resultCount(), 10000);
    QVERIFY(QDir(rig.appSettings->downloadFolder()).entryList(QDir::Files).size() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(window->detailPane()->timelineCount() >= 2, 5000);
    QVERIFY(window->detailPane()->attemptCount() >= 1);
}

void TestMainWindow::errorCardExplainsInjectedError()
{
    Rig rig;
    auto window = makeWindow(rig);
    const qint64 id = rig.submit(QStringLiteral("vidu"), QStringLiteral("queue=100ms run=200ms fail=CreditInsufficient"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(id), TaskState::Failed, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(id)->state, TaskState::Failed, 2000);
    const Task task = *rig.engine->task(id);
    QVERIFY(task.lastError.has_value());
    QCOMPARE(task.lastError->code, QStringLiteral("CreditInsufficient"));

    window->selectTasks({id});
    ErrorCard *card = window->detailPane()->errorCard();
    QVERIFY(card->isVisible());
    const ErrorExplanation en = ErrorCatalog::instance().explain(*task.lastError);
    QCOMPARE(card->titleText(), en.title);
    QCOMPARE(card->explanationText(), en.explanation);
    QCOMPARE(card->fixText(), en.fix);
    QVERIFY(card->detailsText().contains(ErrorTaxonomy::categoryName(en.category)));
    QVERIFY(card->detailsText().contains(QStringLiteral("CreditInsufficient")));
    // A billing problem: the first thing to offer is the profile (account) settings.
    QCOMPARE(card->suggestions().value(0), ErrorCard::Suggestion::OpenProfile);
    QVERIFY(card->primaryButton()->isVisible());
    QVERIFY(!card->rawText().isEmpty());
    QVERIFY(!card->rawText().contains(QStringLiteral("sandbox-key")));
    // The table shows the same title.
    const int row = window->taskModel()->rowOfTask(id);
    QCOMPARE(window->taskModel()->index(row, TaskTableModel::ErrorColumn).data().toString(), en.title);

    // Live language switch: the card follows, in the catalog's Chinese.
    rig.appSettings->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageLoader::currentLanguage(), QStringLiteral("zh_CN"));
    const ErrorExplanation zh = ErrorCatalog::instance().explain(*task.lastError);
    QVERIFY(zh.title != en.title);
    QTRY_COMPARE_WITH_TIMEOUT(card->titleText(), zh.title, 3000);
    QCOMPARE(card->explanationText(), zh.explanation);
    QCOMPARE(card->fixText(), zh.fix);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->index(row, TaskTableModel::ErrorColumn).data().toString(), zh.title, 3000);
    QCOMPARE(window->taskModel()->index(row, TaskTableModel::StateColumn).data().toString(),
             TaskStates::displayName(TaskState::Failed));
    rig.appSettings->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(card->titleText(), en.title, 3000);
}

void TestMainWindow::retryAndCancelChangeState()
{
    Rig rig;
    auto window = makeWindow(rig);
    const qint64 failing = rig.submit(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=200ms fail=generation_failed"));
    // LLM API cancels running tasks (Vidu only cancels tasks still waiting for a worker).
    const qint64 running = rig.submit(QStringLiteral("llmapi"), QStringLiteral("queue=100ms run=60s"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(failing), TaskState::Failed, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(running), TaskState::Running, 15000);
    // The table hears of the engine's changes once they are written: the actions follow it.
    auto listedAs = [&window](qint64 id, TaskState state) {
        const std::optional<TaskSummary> task = window->taskModel()->taskById(id);
        return task && task->state == state;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listedAs(failing, TaskState::Failed), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(listedAs(running, TaskState::Running), 5000);

    // Retry through the toolbar action on the selection.
    window->selectTasks({failing});
    QAction *retry = window->taskActions()->action(TaskAction::Retry);
    QVERIFY(retry->isEnabled());
    retry->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rig.engine->task(failing)->attempts, 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window->taskModel()->taskById(failing)->attempts == 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(failing), TaskState::Failed, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->detailPane()->attemptCount(), 2, 5000);

    // Cancel through the action as well; a succeeded or failed task cannot be cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(!window->taskActions()->action(TaskAction::Cancel)->isEnabled(), 2000);
    window->selectTasks({running});
    QTRY_VERIFY_WITH_TIMEOUT(window->taskActions()->action(TaskAction::Cancel)->isEnabled(), 2000);
    window->taskActions()->action(TaskAction::Cancel)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(running), TaskState::Cancelled, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(running)->state, TaskState::Cancelled, 2000);
    // The actions follow the selected task's new state (re-checked a moment after each update).
    QTRY_VERIFY_WITH_TIMEOUT(!window->taskActions()->action(TaskAction::Cancel)->isEnabled(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(window->taskActions()->action(TaskAction::Retry)->isEnabled(), 2000);
}

void TestMainWindow::cancelDisabledWithProviderReason()
{
    Rig rig;
    auto window = makeWindow(rig);
    const qint64 id = rig.submit(QStringLiteral("newapi"), QStringLiteral("queue=100ms run=30s"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(id), TaskState::Running, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(id)->state, TaskState::Running, 2000);
    window->selectTasks({id});
    QAction *cancel = window->taskActions()->action(TaskAction::Cancel);
    const QString reason = rig.engine->cancelBlockedReason(*rig.engine->task(id));
    QVERIFY(!reason.isEmpty());
    QVERIFY(!cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(reason), qPrintable(cancel->toolTip()));
    QCOMPARE(cancel->statusTip(), reason);
}

void TestMainWindow::submitAnywayAsksFirst()
{
    Rig rig;
    auto window = makeWindow(rig);
    const qint64 id = rig.submit(QStringLiteral("seaart"), QStringLiteral("fault=hang"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(id), TaskState::Unknown, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(id)->state, TaskState::Unknown, 2000);
    window->selectTasks({id});
    ErrorCard *card = window->detailPane()->errorCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->suggestions(),
             (QList<ErrorCard::Suggestion>{ErrorCard::Suggestion::CheckAgain, ErrorCard::Suggestion::SubmitAnyway}));
    QVERIFY(window->taskActions()->action(TaskAction::SubmitAnyway)->isEnabled());

    // The error card's second button asks before sending the submit again.
    QTRY_VERIFY_WITH_TIMEOUT(card->secondaryButton()->isEnabled(), 3000);
    card->secondaryButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findBox(window.get(), "confirmation")) != nullptr, 2000);
    QVERIFY(box->text().contains(QStringLiteral("duplicate")));
    QCOMPARE(rig.engine->task(id)->attempts, 1);
    accept(box);
    QTRY_COMPARE_WITH_TIMEOUT(rig.engine->task(id)->attempts, 2, 5000);
}

// Team mode: a bulk cancel that reaches another operator's tasks names them and waits for a yes.
void TestMainWindow::bulkActionOnOthersTasksAsksFirst()
{
    Rig rig;
    auto window = makeWindow(rig);
    EngineSettings settings = rig.engine->settings();
    settings.operatorName = QStringLiteral("night shift");
    rig.engine->setSettings(settings);
    const qint64 theirs = rig.submit(QStringLiteral("seaart"), QStringLiteral("queue=30s"));
    settings.operatorName = QStringLiteral("day shift");
    rig.engine->setSettings(settings);
    const qint64 mine = rig.submit(QStringLiteral("seaart"), QStringLiteral("queue=30s"));
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(theirs) == TaskState::Queued && rig.state(mine) == TaskState::Queued, 10000);
    auto listedAsQueued = [&window](qint64 id) {
        const std::optional<TaskSummary> listed = window->taskModel()->taskById(id);
        return listed && listed->state == TaskState::Queued;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listedAsQueued(theirs) && listedAsQueued(mine), 5000);
    QCOMPARE(window->taskModel()->taskById(theirs)->submittedBy, QStringLiteral("night shift"));

    // Only my own task: no question.
    window->actionController()->run(TaskAction::Cancel, {mine});
    QVERIFY(!findBox(window.get(), "confirmation"));
    QTRY_VERIFY_WITH_TIMEOUT(TaskStates::isTerminal(rig.state(mine)) || rig.state(mine) == TaskState::Cancelling, 10000);

    const qint64 mine2 = rig.submit(QStringLiteral("seaart"), QStringLiteral("queue=30s"));
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(mine2) == TaskState::Queued, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(listedAsQueued(mine2), 5000);
    window->actionController()->run(TaskAction::Cancel, {theirs, mine2});
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findBox(window.get(), "confirmation")) != nullptr, 2000);
    QVERIFY2(box->text().contains(QStringLiteral("night shift")), qPrintable(box->text()));
    QCOMPARE(rig.state(theirs), TaskState::Queued);   // nothing sent before the answer
    accept(box);
    QTRY_VERIFY_WITH_TIMEOUT(rig.state(theirs) != TaskState::Queued, 10000);
}

void TestMainWindow::bannerWhileTheDatabaseTakesNoChanges()
{
    Rig rig;
    auto window = makeWindow(rig);
    StoreBanner *banner = window->storeBanner();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    emit rig.engine->storeWritableChanged(false, QStringLiteral("the connection to postgresql://team@db/queuelens was lost"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("connection to postgresql://team@db/queuelens was lost")));
    QVERIFY(banner->text().contains(QStringLiteral("writes them as soon as the database is back")));
    emit rig.engine->storeWritableChanged(true, {});
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::failureGroupSelectsItsTasks()
{
    Rig rig;
    auto window = makeWindow(rig);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(rig.submit(QStringLiteral("foxapi"), QStringLiteral("queue=50ms run=100ms fail=content_policy_violation")));
    const qint64 fine = rig.submit(QStringLiteral("llmapi"), QStringLiteral("queue=50ms run=100ms"));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return rig.state(id) == TaskState::Failed; }),
                             15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(fine), TaskState::Succeeded, 15000);

    FailureGroupsView *failures = window->failuresView();
    const QString key = TaskTally::keyOf(QStringLiteral("foxapi"), QStringLiteral("content_policy_violation"));
    QTRY_VERIFY_WITH_TIMEOUT(failures->selectGroup(key), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(failures->groupsModel()->taskIds(key).size(), 6, 3000);
    // The heading follows the group on the view's own refresh turn.
    QTRY_VERIFY2_WITH_TIMEOUT(failures->headingText().contains(QStringLiteral("6")), qPrintable(failures->headingText()),
                              3000);
    QVERIFY(failures->headingText().contains(QStringLiteral("content_policy_violation")));

    emit failures->selectGroupRequested(key);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::TasksTab));
    QList<qint64> selected = window->selectedTaskIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, ids);

    emit failures->showGroupRequested(key);
    QCOMPARE(window->proxyModel()->rowCount(), 6);
    QCOMPARE(window->proxyModel()->failureKey(), key);

    // The sidebar's counts match the filtered proxy for every state.
    StateSidebar *sidebar = window->sidebar();
    TaskFilterProxyModel *proxy = window->proxyModel();
    proxy->setFailureKey({});
    sidebar->refreshNow();
    for (TaskState state : TaskStates::all()) {
        QVERIFY(sidebar->selectState(state));
        QCOMPARE(proxy->rowCount(), sidebar->shownCount({{state}, {}, {}, {}}));
        QCOMPARE(proxy->rowCount(), window->taskModel()->tally().count(state));
    }

    // "Retry all" from the sidebar's context menu on Failed: one bulk action with a summary.
    QSignalSpy finished(window.get(), &MainWindow::bulkFinished);
    emit sidebar->bulkActionRequested(StateSidebar::Filter{{TaskState::Failed}, {}, {}, {}}, TaskAction::Retry);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("6 of 6")), qPrintable(finished.at(0).at(0).toString()));
    for (qint64 id : ids)
        QCOMPARE(rig.engine->task(id)->attempts, 2);
    QCOMPARE(rig.engine->task(fine)->attempts, 1);
}

void TestMainWindow::bulkCancelOfManyTasksEndsWithSummary()
{
    Rig rig(2000);   // slow polling: 300 live tasks should not flood the loop
    auto window = makeWindow(rig);
    QList<qint64> ids;
    const QStringList cancellable{QStringLiteral("seaart"), QStringLiteral("llmapi"), QStringLiteral("vidu")};
    for (int i = 0; i < 300; ++i)
        ids.append(rig.submit(cancellable.at(i % 3), QStringLiteral("queue=120s")));
    QVERIFY(!ids.contains(0));
    auto allQueued = [&] {
        for (qint64 id : ids) {
            const auto task = rig.engine->task(id);
            if (!task || task->state != TaskState::Queued || task->remoteId.isEmpty())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allQueued(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->tally().count(TaskState::Queued), 300, 5000);

    window->sidebar()->selectState(TaskState::Queued);
    QCOMPARE(window->proxyModel()->rowCount(), 300);
    window->taskView()->selectAll();
    QTRY_COMPARE_WITH_TIMEOUT(window->taskActions()->selection().size(), 300, 2000);
    QSignalSpy finished(window.get(), &MainWindow::bulkFinished);
    window->taskActions()->action(TaskAction::Cancel)->trigger();
    QVERIFY(window->isBulkRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
    QVERIFY(!window->isBulkRunning());
    const QString summary = finished.at(0).at(0).toString();
    QVERIFY2(summary.contains(QStringLiteral("300 of 300")), qPrintable(summary));
    QCOMPARE(window->lastBulkSummary(), summary);
    QMessageBox *box = findBox(window.get(), "bulkSummary");
    QVERIFY(box);
    box->accept();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return rig.state(id) == TaskState::Cancelled; }),
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->tally().count(TaskState::Cancelled), 300, 5000);
    window->sidebar()->refreshNow();
    QCOMPARE(window->sidebar()->shownCount({{TaskState::Cancelled}, {}, {}, {}}), 300);
}

void TestMainWindow::headerStatePersists()
{
    Rig rig;
    {
        auto window = makeWindow(rig);
        window->taskView()->horizontalHeader()->setSectionHidden(TaskTableModel::RemoteIdColumn, true);
        window->close();
    }
    QVERIFY(!rig.appSettings->tableHeaderState().isEmpty());
    QVERIFY(!rig.appSettings->windowState().isEmpty());
    auto again = makeWindow(rig);
    QVERIFY(again->taskView()->horizontalHeader()->isSectionHidden(TaskTableModel::RemoteIdColumn));
    QVERIFY(!again->taskView()->horizontalHeader()->isSectionHidden(TaskTableModel::ErrorColumn));
}

void TestMainWindow::errorCardCountdownAndRedaction()
{
    // A 429 with Retry-After: the card offers Retry only after the wait, counting down.
    Task task;
    task.id = 99;
    task.provider = QStringLiteral("seaart");
    task.profileId = QStringLiteral("sb-seaart");
    task.state = TaskState::Rejected;
    task.finishedAt = QDateTime::currentDateTimeUtc();
    task.updatedAt = task.finishedAt;
    ApiError error;
    error.phase = ApiPhase::Submit;
    error.provider = QStringLiteral("seaart");
    error.code = QStringLiteral("RATE_LIMIT_EXCEEDED");
    error.httpStatus = 429;
    error.retryAfterSeconds = 30;
    error.requestId = QStringLiteral("trace-7f3a");
    error.setRawBody(QByteArrayLiteral("{\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"slow down, key sk-live-abcdefghijklmnop1234\"},"
                                       "\"echo\":\"Authorization: Bearer abcdefghijklmnopqrstuvwxyz\"}"));
    ErrorCatalog::instance().classify(error);
    task.lastError = error;

    ErrorCard card;
    QVERIFY(card.setTask(task));
    QCOMPARE(card.suggestions(), QList<ErrorCard::Suggestion>{ErrorCard::Suggestion::RetryAfter});
    QVERIFY(card.retryCountdownSeconds() > 25);
    QVERIFY(!card.primaryButton()->isEnabled());
    // The label was written a moment ago: it may show one second more than is left now.
    const int left = card.retryCountdownSeconds();
    const QString label = card.primaryButton()->text();
    QVERIFY2(label.contains(QString::number(left)) || label.contains(QString::number(left + 1)), qPrintable(label));
    QCOMPARE(card.requestIdText(), QStringLiteral("trace-7f3a"));
    QVERIFY(card.detailsText().contains(QStringLiteral("429")));
    // Pretty JSON, with key-shaped strings masked.
    QVERIFY(card.rawText().contains(QStringLiteral("\n")));
    QVERIFY2(!card.rawText().contains(QStringLiteral("abcdefghijklmnop1234")), qPrintable(card.rawText()));
    QVERIFY2(!card.rawText().contains(QStringLiteral("abcdefghijklmnopqrstuvwxyz")), qPrintable(card.rawText()));
    QVERIFY(card.rawText().contains(QStringLiteral("RATE_LIMIT_EXCEEDED")));

    // Once the wait is over, the same card offers a plain Retry.
    task.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-31);
    task.lastError->retryAfterSeconds = 30;
    task.id = 100;
    QVERIFY(card.setTask(task));
    QCOMPARE(card.retryCountdownSeconds(), 0);
    QVERIFY(card.primaryButton()->isEnabled());
    QSignalSpy requested(&card, &ErrorCard::actionRequested);
    card.primaryButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<TaskAction>(), TaskAction::Retry);
    QCOMPARE(requested.at(0).at(1).toLongLong(), 100);

    // Fix the input -> edit and resubmit; nothing to explain for a running task.
    task.lastError->retryClass = RetryClass::FixInput;
    QCOMPARE(ErrorCard::suggestionsFor(task), QList<ErrorCard::Suggestion>{ErrorCard::Suggestion::EditResubmit});
    task.state = TaskState::Running;
    QVERIFY(!card.setTask(task));
    QVERIFY(card.isHidden());
}

void TestMainWindow::keyboardSearchAndRemove()
{
    Rig rig;
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const qint64 failed = rig.submit(QStringLiteral("foxapi"), QStringLiteral("queue=50ms run=100ms fail=content_policy_violation"));
    const qint64 fine = rig.submit(QStringLiteral("llmapi"), QStringLiteral("queue=50ms run=100ms"));
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->tally().count(TaskState::Failed), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->tally().count(TaskState::Succeeded), 1, 15000);

    // Ctrl+F goes to the search box; typing filters at once.
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->searchField()->hasFocus(), 2000);
    QTest::keyClicks(window->searchField(), QStringLiteral("content_policy"));
    QTRY_COMPARE_WITH_TIMEOUT(window->proxyModel()->rowCount(), 1, 2000);
    QCOMPARE(window->proxyModel()->visibleTaskIds(), QList<qint64>{failed});
    // Del inside the search box edits the text; it never removes tasks.
    window->searchField()->setCursorPosition(0);
    QTest::keyClick(window->searchField(), Qt::Key_Delete);
    QCOMPARE(window->searchField()->text(), QStringLiteral("ontent_policy"));
    QCOMPARE(window->taskModel()->rowCount(), 2);
    window->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(window->proxyModel()->rowCount(), 2, 2000);

    // Del in the table removes the selected finished task (one task: no question asked).
    window->selectTasks({fine});
    window->taskView()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(window->taskView()->hasFocus(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(window->taskActions()->action(TaskAction::Remove)->isEnabled(), 2000);
    QTest::keyClick(window->taskView(), Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->task(fine).has_value(), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->rowOfTask(fine), -1, 3000);
    QCOMPARE(window->taskModel()->tally().total(), 1);
}

// Every window shortcut works as soon as the window is active, wherever the focus is, even with
// the menu bar and the toolbar hidden (the actions belong to the window itself).
void TestMainWindow::shortcutsWorkFromAnyPane()
{
    Rig rig;
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), window.get(), 2000);

    // Every action with a shortcut is the window's own, or scoped to the table (Del, Ctrl+C).
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const bool tableScoped = action->shortcutContext() == Qt::WidgetWithChildrenShortcut
                                 && window->taskView()->actions().contains(action);
        const bool windowWide = action->shortcutContext() == Qt::WindowShortcut && window->actions().contains(action);
        QVERIFY2(tableScoped || windowWide, qPrintable(action->text() + QLatin1Char(' ') + action->shortcut().toString()));
    }

    // Focus in the sidebar: Ctrl+N opens the submit panel.
    auto *tree = window->sidebar()->findChild<QTreeWidget *>();
    QVERIFY(tree);
    tree->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), 2000);
    QVERIFY(!window->submitPanel()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->submitPanel()->isVisible(), 2000);

    // Focus in the detail pane (the parameters of a selected task), with the menu bar and the
    // toolbar hidden: the tab shortcuts, Ctrl+P and Ctrl+F still act.
    const qint64 id = rig.submit(QStringLiteral("foxapi"), QStringLiteral("queue=50ms run=100ms"));
    QTRY_VERIFY_WITH_TIMEOUT(window->taskModel()->rowOfTask(id) >= 0, 5000);
    window->selectTasks({id});
    QCOMPARE(window->detailPane()->taskId(), id);
    window->detailPane()->tabs()->setCurrentIndex(TaskDetailPane::ParametersTab);
    auto *parameters = window->detailPane()->findChild<QPlainTextEdit *>();
    QVERIFY(parameters);
    window->menuBar()->hide();
    window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->hide();
    parameters->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(parameters->hasFocus(), 2000);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::FailuresTab));
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::TasksTab));

    parameters->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(parameters->hasFocus(), 2000);
    const bool paused = rig.engine->isPollingPaused();
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(rig.engine->isPollingPaused(), !paused);
    QCOMPARE(window->pauseAction()->isChecked(), !paused);
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(rig.engine->isPollingPaused(), paused);

    // Ctrl+F from the detail pane goes to the search box (in the toolbar, shown again for it).
    window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->show();
    window->showTab(MainWindow::FailuresTab);
    parameters->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(parameters->hasFocus(), 2000);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->searchField()->hasFocus(), 2000);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::TasksTab));

    // Ctrl+N again with the submit panel closed and the focus back in the sidebar.
    window->submitPanel()->parentWidget()->hide();
    QTRY_VERIFY_WITH_TIMEOUT(!window->submitPanel()->isVisible(), 2000);
    tree->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(tree->hasFocus(), 2000);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->submitPanel()->isVisible(), 2000);
}

// The model does not announce age changes: the list repaints the Duration cells of the rows it
// shows, only while one of them is live and only while the list is on screen.
void TestMainWindow::liveDurationsRepaintOnlyWhileShown()
{
    Rig rig;
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    TaskListWidget *list = window->taskList();
    QVERIFY(list->isRefreshingDurations());

    const qint64 id = rig.submit(QStringLiteral("llmapi"), QStringLiteral("queue=100ms run=60s"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.state(id), TaskState::Running, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(id)->state, TaskState::Running, 2000);
    list->refreshLiveDurations();
    QTableView *view = window->taskView();
    const QRect repainted = list->lastDurationRepaint();
    QVERIFY(!repainted.isEmpty());
    QCOMPARE(repainted.x(), view->columnViewportPosition(TaskTableModel::DurationColumn));
    QCOMPARE(repainted.width(), view->columnWidth(TaskTableModel::DurationColumn));
    QCOMPARE(repainted.top(), view->rowViewportPosition(0));
    QCOMPARE(repainted.height(), view->rowHeight(0));

    // Off screen: no timer at all.
    window->showTab(MainWindow::ChartsTab);
    QVERIFY(!list->isRefreshingDurations());
    window->showTab(MainWindow::TasksTab);
    QVERIFY(list->isRefreshingDurations());

    // Only finished rows shown: nothing to repaint.
    QVERIFY(rig.engine->cancel(id));
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->taskById(id)->state, TaskState::Cancelled, 15000);
    list->refreshLiveDurations();
    QVERIFY(list->lastDurationRepaint().isEmpty());
}

// Removing many tasks asks first, shows its progress and ends with a per-task summary.
void TestMainWindow::bulkRemoveShowsProgressAndSummary()
{
    Rig rig;
    auto window = makeWindow(rig);
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i)
        ids.append(rig.submit(QStringLiteral("foxapi"), QStringLiteral("queue=20ms run=20ms")));
    QVERIFY(!ids.contains(0));
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->tally().count(TaskState::Succeeded), 60, 30000);

    QSignalSpy finished(window.get(), &MainWindow::bulkFinished);
    window->runAction(TaskAction::Remove, ids);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findBox(window.get(), "confirmation")) != nullptr, 2000);
    QVERIFY(!window->isBulkRunning());
    accept(box);
    // More than a handful: the work runs over several event-loop turns, with progress shown.
    QVERIFY(window->isBulkRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!window->isBulkRunning());
    const QString summary = finished.at(0).at(0).toString();
    QVERIFY2(summary.contains(QStringLiteral("60 of 60")), qPrintable(summary));
    QMessageBox *summaryBox = findBox(window.get(), "bulkSummary");
    QVERIFY(summaryBox);
    summaryBox->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->rowCount(), 0, 10000);
    for (qint64 id : std::as_const(ids))
        QVERIFY(!rig.engine->task(id).has_value());
}

// 10,000 finished tasks from the history, all selected and removed: the engine removes them in
// batches over several event-loop turns, the window shows the progress and keeps responding.
void TestMainWindow::removingTenThousandTasksKeepsTheWindowResponsive()
{
    constexpr int Count = 10000;
    QElapsedTimer seeding;
    seeding.start();
    Rig rig(150, [](TaskStore &store) {
        QSqlQuery(QSqlDatabase::database(store.connectionName())).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < Count; ++i) {
            Task task;
            task.profileId = QStringLiteral("sb-foxapi");
            task.provider = QStringLiteral("foxapi");
            task.spec.model = QStringLiteral("wan-2.7-image");
            task.spec.kind = QStringLiteral("image");
            task.spec.prompt = QStringLiteral("history task %1").arg(i);
            task.remoteId = QStringLiteral("task-history-%1").arg(i);
            task.state = TaskState::Succeeded;
            task.createdAt = task.submittedAt = finished.addSecs(-60);
            task.updatedAt = task.finishedAt = finished;
            QVERIFY(store.insertTask(task));
        }
    });
    qInfo("seeded %d tasks in %lld ms", Count, seeding.elapsed());
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->taskModel()->isLoading(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->rowCount(), Count, 10000);

    QElapsedTimer step;
    step.start();
    window->taskView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->selectedTaskIds().size(), Count, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->taskActions()->selection().size(), Count, 10000);
    qInfo("select all: %lld ms", step.restart());

    QSignalSpy finished(window.get(), &MainWindow::bulkFinished);
    QTest::keyClick(window->taskView(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = findBox(window.get(), "confirmation")) != nullptr, 10000);
    qInfo("confirmation: %lld ms", step.restart());

    // The longest gap between two ticks of a 20 ms timer while the removal runs.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    bool progressShown = false;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        progressShown = progressShown || window->isBulkRunning();
    });
    accept(box);
    sinceTick.start();
    ticker.start(20);
    QVERIFY(window->isBulkRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    ticker.stop();
    qInfo("removal: %lld ms, longest pause of the event loop: %lld ms", step.restart(), longestGap);
    QVERIFY(progressShown);
    QVERIFY2(finished.at(0).at(0).toString().contains(QStringLiteral("10000 of 10000")),
             qPrintable(finished.at(0).at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(window->taskModel()->rowCount(), 0, 10000);
    // Generous for a shared machine; one synchronous pass over 10,000 rows takes far longer.
    QVERIFY2(longestGap < 1500, qPrintable(QString::number(longestGap)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// Another process holds the database's write lock for 3 s while tasks move on: the window keeps
// painting (store writes run on the store thread) and nothing is lost once the lock is gone.
void TestMainWindow::windowRepaintsWhileAnotherProcessHoldsTheDatabase()
{
    Rig rig;
    auto window = makeWindow(rig);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(rig.submit(QStringLiteral("vidu"), QStringLiteral("queue=200ms run=2500ms")));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](qint64 id) { return !rig.engine->task(id)->remoteId.isEmpty(); }),
                             10000);

    const QString lockName = QStringLiteral("tst-mainwindow-locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        locker.setDatabaseName(rig.store.path());
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        bool released = false;
        QTimer::singleShot(3000, [&] {
            QSqlQuery(locker).exec(QStringLiteral("ROLLBACK"));
            released = true;
        });
        // Paints in the second half of the lock, while the tasks' changes wait to be written,
        // prove that the GUI thread is not the one waiting for it.
        bool counting = false;
        QTimer::singleShot(1500, [&] { counting = true; });
        int paintsWhileLocked = 0;
        QTimer painter;
        QObject::connect(&painter, &QTimer::timeout, [&] {
            if (released || !counting)
                return;
            window->repaint();
            ++paintsWhileLocked;
        });
        painter.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(released, 10000);
        painter.stop();
        QVERIFY2(paintsWhileLocked >= 3, qPrintable(QString::number(paintsWhileLocked)));
    }
    QSqlDatabase::removeDatabase(lockName);

    // The tasks finished meanwhile or finish now; every change reaches the database.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](qint64 id) { return rig.state(id) == TaskState::Succeeded; }),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->hasUnsavedChanges(), 20000);
    TaskStore reader;
    QVERIFY(reader.open(rig.store.path()));
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Task> stored = reader.loadTask(id);
        QVERIFY(stored);
        QCOMPARE(stored->state, TaskState::Succeeded);
        QCOMPARE(stored->remoteId, rig.engine->task(id)->remoteId);
    }
}
