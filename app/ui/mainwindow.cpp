#include "mainwindow.h"

#include "actiontext.h"
#include "appsettings.h"
#include "chartswidget.h"
#include "failuregroupsmodel.h"
#include "failuregroupsview.h"
#include "languageloader.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "statesidebar.h"
#include "statusbarwidget.h"
#include "storebanner.h"
#include "submitpanel.h"
#include "taskactioncontroller.h"
#include "taskdetailpane.h"
#include "taskengine.h"
#include "taskexporter.h"
#include "taskfilterbar.h"
#include "taskfilterproxymodel.h"
#include "taskimportdialog.h"
#include "tasklistwidget.h"
#include "tasktablemodel.h"
#include "traynotifier.h"
#include "uiicons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr quint32 LayoutMagic = 0x514c5731;   // "QLW1": our packing of window state + splitters

} // namespace

MainWindow::MainWindow(TaskEngine *engine, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxyModel(this))
    , m_actions(new TaskActions(engine, this))
    , m_controller(new TaskActionController(engine, m_model, m_actions, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(UiIcons::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_proxy->setSourceModel(m_model);
    m_model->setEngine(engine);

    buildActions();
    buildTaskList();
    buildLayout();
    buildToolBar();
    buildMenus();
    addWindowShortcuts();

    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(40);
    connect(&m_selectionTimer, &QTimer::timeout, this, &MainWindow::updateSelection);

    connect(m_controller, &TaskActionController::bulkFinished, this, &MainWindow::bulkFinished);
    connect(m_controller, &TaskActionController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_controller, &TaskActionController::editAndResubmitRequested, this, [this](const Task &task) {
        m_submitPanel->editAndResubmit(task);
        showSubmitPanel();
    });
    connect(m_model, &TaskTableModel::tasksUpdated, this, [this](const QList<qint64> &ids) {
        m_detail->tasksUpdated(ids);
        // Re-check the actions' rules only when a selected task changed.
        bool selectionChanged = false;
        for (qint64 id : ids) {
            if (m_selectedIds.contains(id))
                selectionChanged = true;
        }
        if (selectionChanged)
            scheduleSelectionUpdate();
    });
    connect(engine, &TaskEngine::notice, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(engine, &TaskEngine::activityChanged, this, &MainWindow::updatePauseAction);
    connect(settings, &AppSettings::languageChanged, this, [](const QString &language) {
        LanguageLoader::install(language);   // posts LanguageChange: every widget retranslates itself
    });

    m_tray = new TrayNotifier(engine, settings, this);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayNotifier::quitRequested, this, &QWidget::close);
    connect(m_tray, &TrayNotifier::notificationPosted, this, [this](const QString &title, const QString &message) {
        if (!m_tray->hasTrayIcon())
            statusBar()->showMessage(tr("%1: %2", "a notification's title, then its text").arg(title, message), 8000);
    });

    retranslate();
    restoreLayout();
    m_taskList->updateEmptyHint();
    updateSelection();
}

MainWindow::~MainWindow() = default;

void MainWindow::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    m_submitPanel->setAdapterRegistry(registry);
    m_charts->setAdapterRegistry(registry);
    m_model->setAdapterRegistry(registry);
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandbox = sandbox;
    retranslate();
}

QTableView *MainWindow::taskView() const
{
    return m_taskList->view();
}

QLineEdit *MainWindow::searchField() const
{
    return m_filterBar->searchField();
}

bool MainWindow::isBulkRunning() const
{
    return m_controller->isBulkRunning();
}

QString MainWindow::lastBulkSummary() const
{
    return m_controller->lastBulkSummary();
}

void MainWindow::runAction(TaskAction action, const QList<qint64> &ids)
{
    m_controller->run(action, ids);
}

// --- construction ---------------------------------------------------------------------------

void MainWindow::buildActions()
{
    m_submitAction = new QAction(UiIcons::action(QStringLiteral("submit")), {}, this);
    m_submitAction->setShortcut(QKeySequence::New);
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::showSubmitPanel);

    m_importAction = new QAction(UiIcons::action(QStringLiteral("import")), {}, this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importTasks);
    m_exportAction = new QAction(UiIcons::action(QStringLiteral("export")), {}, this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTasks);
    m_quitAction = new QAction(UiIcons::action(QStringLiteral("quit")), {}, this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(UiIcons::action(QStringLiteral("search")), {}, this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showTab(TasksTab);
        searchField()->setFocus(Qt::ShortcutFocusReason);
        searchField()->selectAll();
    });
    m_selectAllAction = new QAction(UiIcons::action(QStringLiteral("select")), {}, this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        showTab(TasksTab);
        m_taskList->selectAll();
    });
    m_clearFiltersAction = new QAction(UiIcons::action(QStringLiteral("clear")), {}, this);
    connect(m_clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilters);

    m_pauseAction = new QAction(UiIcons::action(QStringLiteral("pause")), {}, this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setChecked(m_engine->isPollingPaused());
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_engine->setPollingPaused(paused);
        updatePauseAction();
    });

    m_settingsAction = new QAction(UiIcons::action(QStringLiteral("settings")), {}, this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    m_profilesAction = new QAction(UiIcons::action(QStringLiteral("profile")), {}, this);
    connect(m_profilesAction, &QAction::triggered, this, [this] {
        SettingsDialog *dialog = createSettingsDialog();
        dialog->showPage(SettingsDialog::Page::Profiles);
        dialog->open();
    });

    m_aboutAction = new QAction(UiIcons::action(QStringLiteral("about")), {}, this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About QueueLens"),
                           tr("<h3>QueueLens %1</h3><p>A desktop cockpit for asynchronous AI image and video "
                              "generation jobs: submit, watch, explain failures and fix them in a click.</p>"
                              "<p>Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_showSidebarAction = new QAction(this);
    m_showSidebarAction->setCheckable(true);
    m_showSidebarAction->setChecked(true);
    m_showDetailsAction = new QAction(this);
    m_showDetailsAction->setCheckable(true);
    m_showDetailsAction->setChecked(true);

    for (int tab = TasksTab; tab <= ChartsTab; ++tab) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] { showTab(Tab(tab)); });
        m_tabActions.append(action);
    }
}

void MainWindow::addWindowShortcuts()
{
    // A shortcut fires only while one of the widgets its action was added to is visible in the
    // active window. Added to the window itself, every shortcut works as soon as the window has
    // the focus, wherever the focus is inside it and whether or not the toolbar or the menu bar
    // is shown. Text fields still keep their own keys (Ctrl+A, Ctrl+C, Del) through their
    // shortcut override. Remove (Del) and Copy id (Ctrl+C) are the exception: they act on the
    // table's selection, so TaskListWidget scopes them to the table.
    QList<QAction *> windowActions{m_submitAction, m_importAction,    m_exportAction, m_quitAction,
                                   m_findAction,   m_selectAllAction, m_pauseAction,  m_settingsAction};
    windowActions += m_tabActions;
    for (TaskAction which : m_actions->order()) {
        if (which != TaskAction::Remove && which != TaskAction::CopyId)
            windowActions.append(m_actions->action(which));
    }
    for (QAction *action : std::as_const(windowActions)) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

void MainWindow::buildTaskList()
{
    m_taskList = new TaskListWidget(m_model, m_proxy, m_actions, m_settings);
    m_taskList->setHintActions(m_submitAction, m_importAction, m_clearFiltersAction);
    m_taskList->setTeamMode(m_engine->isTeamStore());
    m_taskList->addContextMenuAction(m_exportAction);
    connect(m_taskList, &TaskListWidget::selectionChanged, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_taskList, &TaskListWidget::doubleClicked, this, [this] {
        m_showDetailsAction->setChecked(true);
        const qint64 id = m_detail->taskId();
        const auto task = id != 0 ? m_engine->task(id) : std::nullopt;
        if (task && !task->resultUrls.isEmpty())
            m_detail->tabs()->setCurrentIndex(TaskDetailPane::ResultsTab);
    });

    m_filterBar = new TaskFilterBar(m_model, m_proxy);
    m_filterBar->setFindShortcut(m_findAction->shortcut());
    connect(m_filterBar, &TaskFilterBar::filtersChanged, m_taskList, &TaskListWidget::updateEmptyHint);
    connect(m_filterBar, &TaskFilterBar::searchAccepted, m_taskList, &TaskListWidget::focusList);

    m_tasksPage = new QWidget;
    auto *tasksLayout = new QVBoxLayout(m_tasksPage);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->setSpacing(0);
    m_storeBanner = new StoreBanner;
    tasksLayout->addWidget(m_storeBanner);
    connect(m_engine, &TaskEngine::storeWritableChanged, m_storeBanner,
            [this](bool writable, const QString &reason) { m_storeBanner->setProblem(writable ? QString() : reason); });
    tasksLayout->addWidget(m_filterBar);
    tasksLayout->addWidget(m_taskList);
}

void MainWindow::buildLayout()
{
    m_sidebar = new StateSidebar(m_model, this);
    m_sidebar->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    connect(m_sidebar, &StateSidebar::filterChanged, this, [this](const StateSidebar::Filter &filter) {
        m_proxy->setStates(filter.states);
        m_proxy->setProvider(filter.provider);
        m_proxy->setProfile(filter.profile);
        m_proxy->setSubmitter(filter.submitter);
        m_proxy->setFailureKey({});
        showTab(TasksTab);
        m_filterBar->refresh();
        m_taskList->updateEmptyHint();
    });

    connect(m_sidebar, &StateSidebar::bulkActionRequested, this,
            [this](const StateSidebar::Filter &filter, TaskAction action) {
                QList<qint64> ids;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const auto &task = m_model->taskAt(row);
                    if (StateSidebar::matches(filter, task))
                        ids.append(task.id);
                }
                m_controller->run(action, ids);
            });

    m_failures = new FailureGroupsView(m_model, this);
    connect(m_failures, &FailureGroupsView::retryGroupRequested, this, [this](const QString &key) {
        m_controller->retryGroup(m_failures->groupsModel()->taskIds(key));
    });
    connect(m_failures, &FailureGroupsView::removeGroupRequested, this, [this](const QString &key) {
        m_controller->removeGroup(m_failures->groupsModel()->taskIds(key));
    });
    connect(m_failures, &FailureGroupsView::selectGroupRequested, this, [this](const QString &key) {
        selectTasks(m_failures->groupsModel()->taskIds(key));
    });
    connect(m_failures, &FailureGroupsView::showGroupRequested, this, &MainWindow::showGroup);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_failures->groupsModel(), signal, this, &MainWindow::updateFailureTabTitle);
    }

    m_charts = new ChartsWidget(m_model, this);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tasksPage, UiIcons::action(QStringLiteral("tasks")), {});
    m_tabs->addTab(m_failures, UiIcons::action(QStringLiteral("failures")), {});
    m_tabs->addTab(m_charts, UiIcons::action(QStringLiteral("charts")), {});
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The charts want the height; the detail pane comes back with the other tabs.
        m_detail->setVisible(index != ChartsTab && m_showDetailsAction->isChecked());
    });

    m_detail = new TaskDetailPane(m_engine, m_settings, this);
    m_detail->setTaskModel(m_model);
    m_detail->setActions(m_actions);
    connect(m_detail, &TaskDetailPane::actionRequested, this, [this](TaskAction action, qint64 id) {
        m_controller->run(action, {id});
    });
    connect(m_detail, &TaskDetailPane::openProfileRequested, this, &MainWindow::openSettings);

    m_centreSplitter = new QSplitter(Qt::Vertical);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_tabs);
    m_centreSplitter->addWidget(m_detail);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setChildrenCollapsible(false);
    m_centreSplitter->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 19});

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 17, 1000});
    setCentralWidget(m_mainSplitter);

    connect(m_showSidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_showDetailsAction, &QAction::toggled, this, [this](bool on) {
        m_detail->setVisible(on && m_tabs->currentIndex() != ChartsTab);
    });

    m_submitPanel = new SubmitPanel(m_engine, this);
    connect(m_submitPanel, &SubmitPanel::submitted, this, [this](const QList<qint64> &ids) {
        statusBar()->showMessage(tr("Submitted %n task(s).", nullptr, int(ids.size())), 5000);
    });
    connect(m_submitPanel, &SubmitPanel::manageProfilesRequested, this, [this] { openSettings(); });
    m_submitDock = new QDockWidget(this);
    m_submitDock->setObjectName(QStringLiteral("submitDock"));
    m_submitDock->setWidget(m_submitPanel);
    m_submitDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_submitDock);
    m_submitDock->hide();

    m_statusWidget = new StatusBarWidget(m_engine, this);
    statusBar()->addPermanentWidget(m_controller->progressWidget());
    statusBar()->addPermanentWidget(m_statusWidget);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_submitAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->action(TaskAction::Retry));
    m_toolBar->addAction(m_actions->action(TaskAction::Cancel));
    m_toolBar->addAction(m_actions->action(TaskAction::CheckAgain));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settingsAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_importAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_filterBar->searchField());
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_submitAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions->action(TaskAction::CopyId));
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_clearFiltersAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : std::as_const(m_tabActions))
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_columnsMenu = m_viewMenu->addMenu(QString());
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { m_taskList->populateColumnMenu(m_columnsMenu); });
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->addAction(m_showSidebarAction);
    m_panelsMenu->addAction(m_showDetailsAction);
    m_panelsMenu->addAction(m_submitDock->toggleViewAction());
    m_panelsMenu->addAction(m_toolBar->toggleViewAction());

    m_tasksMenu = menuBar()->addMenu(QString());
    m_tasksMenu->setToolTipsVisible(true);
    m_actions->populateMenu(m_tasksMenu);
    m_tasksMenu->addSeparator();
    m_tasksMenu->addAction(m_pauseAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_profilesAction);
    m_settingsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_sandbox ? tr("QueueLens — sandbox") : tr("QueueLens"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("C&olumns"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_tasksMenu->setTitle(tr("&Tasks"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));

    auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        // The toolbar shows the icon text: no "(&R)" after a Chinese, Japanese or Korean label.
        action->setIconText(ActionText::plain(text));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString plain = ActionText::plain(text);
        action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
        action->setStatusTip(tip.isEmpty() ? plain : tip);
    };
    set(m_submitAction, tr("&Submit…"), tr("Open the submit panel to create new tasks"));
    set(m_importAction, tr("&Import…"), tr("Track tasks created elsewhere by their remote ids"));
    set(m_exportAction, tr("&Export…"), tr("Save the selected or shown tasks as CSV or JSON"));
    set(m_quitAction, tr("&Quit"), tr("Quit QueueLens; running tasks keep running at the provider"));
    set(m_findAction, tr("&Find…"), tr("Search by remote id, prompt text or error code"));
    set(m_selectAllAction, tr("Select &all"), tr("Select every task shown in the table"));
    set(m_clearFiltersAction, tr("C&lear filters"), tr("Show all tasks again"));
    set(m_settingsAction, tr("&Preferences…"), tr("Language, notifications, download folder and profiles"));
    set(m_profilesAction, tr("Provider p&rofiles…"), tr("Add or edit provider accounts and their API keys"));
    set(m_aboutAction, tr("&About QueueLens"), tr("Version and credits"));
    set(m_aboutQtAction, tr("About &Qt"), tr("The Qt version in use"));
    set(m_showSidebarAction, tr("&Filters sidebar"), tr("Show or hide the state and provider filters"));
    set(m_showDetailsAction, tr("&Details pane"), tr("Show or hide the selected task's details"));
    const QStringList tabNames{tr("&Tasks"), tr("&Failures by code"), tr("&Charts")};
    for (int tab = 0; tab < m_tabActions.size(); ++tab)
        set(m_tabActions.at(tab), tabNames.at(tab), ActionText::plain(tabNames.at(tab)));
    m_submitDock->setWindowTitle(tr("Submit"));
    m_submitDock->toggleViewAction()->setText(tr("&Submit panel"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_toolBar->toggleViewAction()->setText(tr("T&oolbar"));

    m_tabs->setTabText(TasksTab, tr("Tasks"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    updateFailureTabTitle();
    m_actions->retranslate();
    m_model->retranslate();
    m_controller->retranslate();
    m_pauseShown = -1;
    updatePauseAction();
    // The parts retranslate themselves on LanguageChange, but their texts quote this window's
    // actions, which may have been renamed only now.
    m_taskList->updateEmptyHint();
    m_filterBar->refresh();
    // A notification shown for a few seconds was written in the old language.
    statusBar()->clearMessage();
    // After every part has retranslated itself (LanguageChange reaches them in no set order).
    QTimer::singleShot(0, this, &MainWindow::fitToLanguage);
}

void MainWindow::fitToLanguage()
{
    // Widen, never narrow: a width the operator chose stays when it is wide enough.
    const QList<int> sizes = m_mainSplitter->sizes();
    const int wanted = m_sidebar->preferredWidth();
    if (!m_sidebar->isHidden() && sizes.size() == 2 && sizes.first() < wanted)
        m_mainSplitter->setSizes({wanted, std::max(0, sizes.first() + sizes.last() - wanted)});
    m_taskList->fitStateColumn();
}

void MainWindow::updatePauseAction()
{
    // The status bar widget and the tray can pause too: always show the engine's real state.
    const bool paused = m_engine->isPollingPaused();
    // activityChanged comes with every request: touch the action (and the toolbar's layout)
    // only when the state really changed, or the language did.
    if (m_pauseShown == int(paused))
        return;
    m_pauseShown = int(paused);
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setIcon(UiIcons::action(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    m_pauseAction->setText(paused ? tr("Resume &polling") : tr("&Pause polling"));
    m_pauseAction->setIconText(ActionText::plain(m_pauseAction->text()));
    const QString tip = paused ? tr("Polling is paused: no provider is asked for updates. Click to resume.")
                               : tr("Stop asking the providers for updates until resumed");
    const QString shortcut = m_pauseAction->shortcut().toString(QKeySequence::NativeText);
    m_pauseAction->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut));
    m_pauseAction->setStatusTip(tip);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->windowGeometry());
    m_taskList->restoreHeaderState();

    QByteArray blob = m_settings->windowState();
    QDataStream in(&blob, QIODevice::ReadOnly);
    quint32 magic = 0;
    in >> magic;
    if (magic != LayoutMagic)
        return;
    QByteArray windowState, mainSplitter, centreSplitter;
    bool details = true;
    bool sidebar = true;
    in >> windowState >> mainSplitter >> centreSplitter >> details >> sidebar;
    if (in.status() != QDataStream::Ok)
        return;
    restoreState(windowState);
    m_mainSplitter->restoreState(mainSplitter);
    m_centreSplitter->restoreState(centreSplitter);
    m_showDetailsAction->setChecked(details);
    m_showSidebarAction->setChecked(sidebar);
}

void MainWindow::saveLayout()
{
    // AppSettings has one blob for the window state: the splitters and panel toggles ride along.
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out << LayoutMagic << saveState() << m_mainSplitter->saveState() << m_centreSplitter->saveState()
        << m_showDetailsAction->isChecked() << m_showSidebarAction->isChecked();
    m_settings->setWindowState(blob);
    m_settings->setWindowGeometry(saveGeometry());
    m_taskList->saveHeaderState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

// --- selection ------------------------------------------------------------------------------

void MainWindow::scheduleSelectionUpdate()
{
    if (!m_selectionTimer.isActive())
        m_selectionTimer.start();
}

QList<qint64> MainWindow::selectedTaskIds() const
{
    return m_taskList->selectedTaskIds();
}

void MainWindow::updateSelection()
{
    const QList<qint64> ids = m_taskList->selectedTaskIds();
    m_selectedIds = QSet<qint64>(ids.cbegin(), ids.cend());
    // The actions' rules work on the list's summaries; only the task the detail pane shows is
    // read in full (a finished one from the store), so selecting 10,000 rows reads nothing.
    QList<TaskSummary> tasks;
    tasks.reserve(ids.size());
    for (qint64 id : ids) {
        if (std::optional<TaskSummary> task = m_model->taskById(id))
            tasks.append(std::move(*task));
    }
    m_actions->setSelection(tasks);
    // The detail pane follows the current row, or the single selected task.
    std::optional<Task> shown;
    if (const qint64 current = m_taskList->currentTaskId())
        shown = m_detail->taskId() == current ? std::nullopt : m_engine->task(current);
    else if (tasks.size() == 1 && tasks.first().id != m_detail->taskId())
        shown = m_engine->task(tasks.first().id);
    if (shown)
        m_detail->showTask(shown);
    else if (!shown && tasks.isEmpty())
        m_detail->showTask(std::nullopt);
    if (tasks.size() > 1)
        statusBar()->showMessage(tr("%n task(s) selected", nullptr, int(tasks.size())), 3000);
}

void MainWindow::selectTasks(const QList<qint64> &ids)
{
    showTab(TasksTab);
    // A task hidden by a filter cannot be selected: widen the view first.
    if (std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_taskList->isHiddenByFilter(id); }))
        m_clearFiltersAction->trigger();
    m_taskList->selectTasks(ids);
    updateSelection();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

// --- filters --------------------------------------------------------------------------------

void MainWindow::clearFilters()
{
    m_filterBar->clearSearch();
    m_proxy->setFailureKey({});
    m_sidebar->selectAll();
    m_filterBar->refresh();
    m_taskList->updateEmptyHint();
}

void MainWindow::showGroup(const QString &key)
{
    m_filterBar->clearSearch();
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectAll();
    }
    m_proxy->setStates({});
    m_proxy->setProvider({});
    m_proxy->setProfile({});
    m_proxy->setFailureKey(key);
    m_filterBar->refresh();
    m_taskList->updateEmptyHint();
    showTab(TasksTab);
}

void MainWindow::updateFailureTabTitle()
{
    const int groups = m_failures->groupsModel()->rowCount();
    m_tabs->setTabText(FailuresTab, groups > 0 ? tr("Failures by code (%1)").arg(groups) : tr("Failures by code"));
}

// --- dialogs --------------------------------------------------------------------------------

void MainWindow::showSubmitPanel()
{
    m_submitDock->show();
    m_submitDock->raise();
    m_submitPanel->setFocus(Qt::ShortcutFocusReason);
}

SettingsDialog *MainWindow::createSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_engine, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secrets)
        dialog->setSecretStore(m_secrets);
    if (m_registry)
        dialog->setAdapterRegistry(m_registry);
    return dialog;
}

void MainWindow::openSettings(const QString &profileId)
{
    SettingsDialog *dialog = createSettingsDialog();
    if (!profileId.isEmpty())
        dialog->showProfile(profileId);
    dialog->open();
}

void MainWindow::exportTasks()
{
    // The selection when it is more than one task, else everything the filter shows. Only the
    // exported tasks are read in full.
    QList<qint64> ids = m_taskList->selectedTaskIds();
    if (ids.size() <= 1)
        ids = m_taskList->visibleTaskIds();
    QList<Task> tasks;
    tasks.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (auto task = m_engine->task(id))
            tasks.append(std::move(*task));
    }
    if (tasks.isEmpty()) {
        statusBar()->showMessage(tr("There are no tasks to export."), 5000);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export %n task(s)", nullptr, int(tasks.size())),
                                                      QDir(folder).filePath(QStringLiteral("queuelens-tasks.csv")),
                                                      csvFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (file.isEmpty())
        return;
    QString error;
    const bool json = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || selectedFilter == jsonFilter;
    const bool ok = json ? TaskExporter::exportJson(tasks, file, &error) : TaskExporter::exportCsv(tasks, file, &error);
    if (ok)
        statusBar()->showMessage(tr("Exported %n task(s) to %1.", nullptr, int(tasks.size())).arg(QDir::toNativeSeparators(file)), 8000);
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::importTasks()
{
    auto *dialog = new TaskImportDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_registry)
        dialog->setAdapterRegistry(m_registry);
    dialog->open();
}
