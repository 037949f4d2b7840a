#include "mainwindow.h"

#include "appsettings.h"
#include "bulkoperation.h"
#include "chartswidget.h"
#include "failuregroupsmodel.h"
#include "failuregroupsview.h"
#include "languageloader.h"
#include "progressdelegate.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "statesidebar.h"
#include "statusbarwidget.h"
#include "submitpanel.h"
#include "taskdetailpane.h"
#include "taskengine.h"
#include "taskexporter.h"
#include "taskfilterproxymodel.h"
#include "taskimportdialog.h"
#include "tasktablemodel.h"
#include "traynotifier.h"
#include "uiicons.h"


#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr quint32 LayoutMagic = 0x514c5731;   // "QLW1": our packing of window state + splitters
constexpr int LocalChunk = 200;               // local bulk actions per event-loop turn
constexpr int SyncLimit = 50;                 // up to this many, local actions run at once
constexpr int LargeTableRows = 5000;          // above this, searching waits for a typing pause
constexpr int SearchDebounceMs = 200;
constexpr int SummaryDialogThreshold = 20;    // bulk actions this large always end with a dialog

} // namespace

MainWindow::MainWindow(TaskEngine *engine, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxyModel(this))
    , m_actions(new TaskActions(engine, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(UiIcons::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_proxy->setSourceModel(m_model);
    m_model->setEngine(engine);

    buildActions();
    buildTable();
    buildLayout();
    buildToolBar();
    buildMenus();

    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(40);
    connect(&m_selectionTimer, &QTimer::timeout, this, &MainWindow::updateSelection);
    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    m_headerSaveTimer.setSingleShot(true);
    m_headerSaveTimer.setInterval(500);
    connect(&m_headerSaveTimer, &QTimer::timeout, this, [this] {
        m_settings->setTableHeaderState(m_table->horizontalHeader()->saveState());
    });

    connect(m_actions, &TaskActions::requested, this, &MainWindow::runAction);
    connect(m_model, &TaskTableModel::tasksUpdated, this, [this](const QList<qint64> &ids) {
        m_detail->tasksUpdated(ids);
        // Re-check the actions' rules only when a selected task changed.
        for (qint64 id : ids) {
            if (m_selectedIds.contains(id)) {
                scheduleSelectionUpdate();
                break;
            }
        }
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
            statusBar()->showMessage(title + QStringLiteral(": ") + message, 8000);
    });

    retranslate();
    restoreLayout();
    updateEmptyHint();
    updateSelection();
}

MainWindow::~MainWindow() = default;

void MainWindow::setAdapterRegistry(const ProviderAdapterRegistry *registry)
{
    m_registry = registry;
    m_submitPanel->setAdapterRegistry(registry);
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
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_selectAllAction = new QAction(UiIcons::action(QStringLiteral("select")), {}, this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        showTab(TasksTab);
        m_table->selectAll();
    });
    m_clearFiltersAction = new QAction(UiIcons::action(QStringLiteral("clear")), {}, this);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_search->clear();
        m_proxy->setSearchText({});
        m_proxy->setFailureKey({});
        m_sidebar->selectAll();
        updateFilterBar();
    });

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
                              "<p>Providers: SeaArt, FoxAPI, new-api, LLM API, Vidu.</p>")
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
    // Window-wide shortcuts work from any pane; text fields still keep their own keys.
    addActions({m_submitAction, m_findAction, m_pauseAction});
    for (TaskAction which : m_actions->order()) {
        if (which != TaskAction::Remove && which != TaskAction::CopyId)
            addAction(m_actions->action(which));
    }
}

void MainWindow::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(TaskTableModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setIconSize(QSize(16, 16));
    // Fixed row height: the view never measures rows, which keeps 10,000 rows smooth.
    QHeaderView *vertical = m_table->verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(std::max(22, m_table->fontMetrics().height() + 10));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    applyDefaultColumnWidths();
    m_table->sortByColumn(TaskTableModel::SubmittedColumn, Qt::DescendingOrder);

    // Del and Ctrl+C act on tasks only while the table has the focus: pressed in the sidebar
    // or the failure list they should not silently remove or copy the table's selection.
    for (TaskAction which : {TaskAction::Remove, TaskAction::CopyId}) {
        m_actions->action(which)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(m_actions->action(which));
    }
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        m_showDetailsAction->setChecked(true);
        const auto task = m_model->taskById(m_detail->taskId());
        if (task && !task->resultUrls.isEmpty())
            m_detail->tabs()->setCurrentIndex(TaskDetailPane::ResultsTab);
    });
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized}) {
        connect(header, signal, this, [this] { m_headerSaveTimer.start(); });
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_headerSaveTimer.start(); });

    // "No tasks" hint drawn over the empty table.
    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &MainWindow::updateEmptyHint);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    // Removed rows leave the selection without always saying so: look again.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);
}

int MainWindow::headerTextWidth(int column) const
{
    // Title plus room for the sort arrow and padding.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    return m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + em * 3;
}

void MainWindow::applyDefaultColumnWidths()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{10, 12, 10, 22, 9, 7, 7, 5, 14, 18};
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::max(widths.value(column, 10) * em, headerTextWidth(column)));
}

void MainWindow::widenColumnsToFitTitles()
{
    // Saved widths may come from another language: never let a title be clipped.
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        if (!m_table->isColumnHidden(column) && m_table->columnWidth(column) < headerTextWidth(column))
            m_table->setColumnWidth(column, headerTextWidth(column));
    }
}

void MainWindow::buildLayout()
{
    m_sidebar = new StateSidebar(m_model, this);
    m_sidebar->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    connect(m_sidebar, &StateSidebar::filterChanged, this, [this](const StateSidebar::Filter &filter) {
        m_proxy->setStates(filter.states);
        m_proxy->setProvider(filter.provider);
        m_proxy->setProfile(filter.profile);
        m_proxy->setFailureKey({});
        showTab(TasksTab);
        updateFilterBar();
        updateEmptyHint();
    });

    connect(m_sidebar, &StateSidebar::bulkActionRequested, this,
            [this](const StateSidebar::Filter &filter, TaskAction action) {
                QList<qint64> ids;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (StateSidebar::matches(filter, m_model->taskAt(row)))
                        ids.append(m_model->taskAt(row).id);
                }
                runAction(action, ids);
            });

    // The bar above the table says when a failure group filter is on, with a way out.
    m_filterBar = new QWidget;
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(6, 2, 6, 2);
    m_filterLabel = new QLabel;
    m_filterClear = new QToolButton;
    m_filterClear->setIcon(UiIcons::action(QStringLiteral("clear")));
    m_filterClear->setAutoRaise(true);
    connect(m_filterClear, &QToolButton::clicked, this, [this] {
        m_proxy->setFailureKey({});
        updateFilterBar();
    });
    auto *filterIcon = new QLabel;
    filterIcon->setPixmap(UiIcons::action(QStringLiteral("filter")).pixmap(QSize(16, 16), devicePixelRatioF()));
    filterLayout->addWidget(filterIcon);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(m_filterClear);
    m_filterBar->setVisible(false);

    m_tasksPage = new QWidget;
    auto *tasksLayout = new QVBoxLayout(m_tasksPage);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->setSpacing(0);
    tasksLayout->addWidget(m_filterBar);
    tasksLayout->addWidget(m_table);

    m_failures = new FailureGroupsView(m_model, this);
    connect(m_failures, &FailureGroupsView::retryGroupRequested, this, &MainWindow::retryGroup);
    connect(m_failures, &FailureGroupsView::removeGroupRequested, this, &MainWindow::removeGroup);
    connect(m_failures, &FailureGroupsView::selectGroupRequested, this, [this](const QString &key) {
        selectTasks(m_failures->groupsModel()->taskIds(key));
    });
    connect(m_failures, &FailureGroupsView::showGroupRequested, this, &MainWindow::showGroup);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_failures->groupsModel(), signal, this, &MainWindow::updateFailureTabTitle);
    }

    m_charts = new ChartsWidget(m_engine, this);

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
    m_detail->setActions(m_actions);
    connect(m_detail, &TaskDetailPane::actionRequested, this, [this](TaskAction action, qint64 id) {
        runAction(action, {id});
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
    m_bulkBox = new QWidget;
    auto *bulkLayout = new QHBoxLayout(m_bulkBox);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    m_bulkLabel = new QLabel;
    m_bulkBar = new QProgressBar;
    m_bulkBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    bulkLayout->addWidget(m_bulkLabel);
    bulkLayout->addWidget(m_bulkBar);
    m_bulkBox->setVisible(false);
    statusBar()->addPermanentWidget(m_bulkBox);
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
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(UiIcons::action(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Instant on ordinary lists; on very large ones, wait for a pause in typing.
        m_searchTimer.start(m_model->rowCount() > LargeTableRows ? SearchDebounceMs : 0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_table->setFocus();
        if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
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
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { populateColumnMenu(m_columnsMenu); });
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
    if (m_table)
        widenColumnsToFitTitles();
    setWindowTitle(m_sandbox ? tr("QueueLens — sandbox") : tr("QueueLens"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_tasksMenu->setTitle(tr("&Tasks"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));

    auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString plain = QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026));
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
    set(m_profilesAction, tr("Provider &profiles…"), tr("Add or edit provider accounts and their API keys"));
    set(m_aboutAction, tr("&About QueueLens"), tr("Version and credits"));
    set(m_aboutQtAction, tr("About &Qt"), tr("The Qt version in use"));
    set(m_showSidebarAction, tr("&Filters sidebar"), tr("Show or hide the state and provider filters"));
    set(m_showDetailsAction, tr("&Details pane"), tr("Show or hide the selected task's details"));
    const QStringList tabNames{tr("&Tasks"), tr("&Failures by code"), tr("&Charts")};
    for (int tab = 0; tab < m_tabActions.size(); ++tab)
        set(m_tabActions.at(tab), tabNames.at(tab), QString(tabNames.at(tab)).remove(QLatin1Char('&')));
    m_submitDock->setWindowTitle(tr("Submit"));
    m_submitDock->toggleViewAction()->setText(tr("&Submit panel"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_toolBar->toggleViewAction()->setText(tr("T&oolbar"));

    m_search->setPlaceholderText(tr("Search id, prompt, error code…"));
    m_search->setToolTip(tr("Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)")
                             .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search tasks"));
    m_table->setAccessibleName(tr("Tasks"));
    m_filterClear->setToolTip(tr("Clear this filter"));
    m_filterClear->setAccessibleName(tr("Clear filter"));
    m_tabs->setTabText(TasksTab, tr("Tasks"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    updateFailureTabTitle();
    m_bulkBar->setAccessibleName(tr("Bulk action progress"));
    m_actions->retranslate();
    m_model->retranslate();
    updatePauseAction();
    updateEmptyHint();
    updateFilterBar();
}

void MainWindow::updatePauseAction()
{
    // The status bar widget and the tray can pause too: always show the engine's real state.
    const bool paused = m_engine->isPollingPaused();
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setIcon(UiIcons::action(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    m_pauseAction->setText(paused ? tr("Resume &polling") : tr("&Pause polling"));
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
    const QByteArray header = m_settings->tableHeaderState();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
        widenColumnsToFitTitles();
    }

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
    m_settings->setTableHeaderState(m_table->horizontalHeader()->saveState());
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

QList<Task> MainWindow::selectedTasks() const
{
    QList<Task> tasks;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    tasks.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_model->rowCount())
            tasks.append(m_model->taskAt(row));
    }
    return tasks;
}

void MainWindow::updateSelection()
{
    const QList<Task> tasks = selectedTasks();
    m_selectedIds.clear();
    for (const Task &task : tasks)
        m_selectedIds.insert(task.id);
    m_actions->setSelection(tasks);
    // The detail pane follows the current row, or the single selected task.
    std::optional<Task> shown;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        shown = m_model->taskById(current.data(TaskTableModel::TaskIdRole).toLongLong());
    else if (tasks.size() == 1)
        shown = tasks.first();
    if (shown && shown->id != m_detail->taskId())
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
    bool hidden = false;
    for (qint64 id : ids) {
        const int row = m_model->rowOfTask(id);
        if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
            hidden = true;
            break;
        }
    }
    if (hidden)
        m_clearFiltersAction->trigger();

    QList<int> rows;
    for (qint64 id : ids) {
        const int sourceRow = m_model->rowOfTask(id);
        const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
        if (index.isValid())
            rows.append(index.row());
    }
    QItemSelection selection;
    for (const auto &span : TaskTableModel::contiguousSpans(rows))
        selection.select(m_proxy->index(span.first, 0), m_proxy->index(span.second, TaskTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->index(*std::min_element(rows.cbegin(), rows.cend()), 0);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    updateSelection();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

// --- view helpers ---------------------------------------------------------------------------

void MainWindow::updateEmptyHint()
{
    if (!m_emptyHint || !m_search)
        return;
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        if (m_model->rowCount() == 0)
            m_emptyHint->setText(tr("No tasks yet.\nPress %1 to submit one, or %2 to track tasks created elsewhere.")
                                     .arg(m_submitAction->shortcut().toString(QKeySequence::NativeText),
                                          m_importAction->shortcut().toString(QKeySequence::NativeText)));
        else
            m_emptyHint->setText(tr("No task matches the current filter.\n%1 shows all tasks again.")
                                     .arg(QString(m_clearFiltersAction->text()).remove(QLatin1Char('&'))));
        m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyHint->setVisible(empty);
    if (empty)
        m_emptyHint->raise();
}

void MainWindow::updateFilterBar()
{
    const QString key = m_proxy->failureKey();
    if (key.isEmpty()) {
        m_filterBar->setVisible(false);
        return;
    }
    const QStringList parts = key.split(QChar(0x1f));
    m_filterLabel->setText(tr("Showing only tasks that failed with %1 (%2)")
                               .arg(parts.value(1), parts.value(0)));
    m_filterBar->setVisible(true);
}

void MainWindow::updateFailureTabTitle()
{
    const int groups = m_failures->groupsModel()->rowCount();
    m_tabs->setTabText(FailuresTab, groups > 0 ? tr("Failures by code (%1)").arg(groups) : tr("Failures by code"));
}

void MainWindow::applySearch()
{
    m_proxy->setSearchText(m_search->text().trimmed());
    updateEmptyHint();
}

void MainWindow::showTableContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    m_actions->populateMenu(&menu);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::populateColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(TaskTableModel::columnName(TaskTableModel::Column(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The state column stays: without it a row says nothing.
        action->setEnabled(column != TaskTableModel::StateColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            m_headerSaveTimer.start();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        applyDefaultColumnWidths();
        m_headerSaveTimer.start();
    });
}

void MainWindow::showHeaderContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    populateColumnMenu(&menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
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
    QList<Task> tasks = selectedTasks();
    if (tasks.size() <= 1) {
        tasks.clear();
        for (qint64 id : m_proxy->visibleTaskIds()) {
            if (auto task = m_model->taskById(id))
                tasks.append(*task);
        }
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

void MainWindow::confirmThen(const QString &title, const QString &text, const QString &acceptText,
                             std::function<void()> then)
{
    // Window-modal and non-blocking: the table keeps updating behind the question.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmation"));
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, accept, then = std::move(then)] {
        if (box->clickedButton() == accept)
            then();
    });
    box->open();
}

// --- actions --------------------------------------------------------------------------------

QString MainWindow::actionName(TaskAction action)
{
    switch (action) {
    case TaskAction::Retry: return tr("Retry");
    case TaskAction::Cancel: return tr("Cancel");
    case TaskAction::EditResubmit: return tr("Edit and resubmit");
    case TaskAction::CheckAgain: return tr("Check again");
    case TaskAction::SubmitAnyway: return tr("Submit anyway");
    case TaskAction::Refresh: return tr("Refresh");
    case TaskAction::Remove: return tr("Remove");
    case TaskAction::CopyId: return tr("Copy id");
    }
    return {};
}

void MainWindow::runAction(TaskAction action, const QList<qint64> &requestedIds)
{
    QList<Task> tasks;
    for (qint64 id : requestedIds) {
        if (auto task = m_model->taskById(id))
            tasks.append(*task);
    }
    const TaskActions::Eligibility eligible = m_actions->eligibility(action, tasks);
    QStringList skipped;
    for (int i = 0; i < eligible.skipped; ++i)
        skipped.append(eligible.reason);
    const QList<qint64> ids = eligible.ids;
    if (ids.isEmpty()) {
        if (!eligible.reason.isEmpty())
            statusBar()->showMessage(eligible.reason, 8000);
        return;
    }

    switch (action) {
    case TaskAction::Retry:
    case TaskAction::Cancel:
        if (ids.size() == 1 && skipped.isEmpty()) {
            QString error;
            const bool ok = action == TaskAction::Retry ? m_engine->retry(ids.first(), &error)
                                                        : m_engine->cancel(ids.first(), &error);
            QString message;
            if (!ok)
                message = tr("%1 failed: %2").arg(actionName(action), error);
            else if (action == TaskAction::Retry)
                message = tr("Task #%1 is submitted again.").arg(ids.first());
            else
                message = tr("Cancel requested for task #%1.").arg(ids.first());
            statusBar()->showMessage(message, 8000);
        } else {
            runEngineBulk(action, ids, skipped);
        }
        break;
    case TaskAction::EditResubmit:
        editAndResubmit(ids.first());
        break;
    case TaskAction::CheckAgain:
        runLocalBulk(action, ids, skipped, [this](qint64 id, QString *error) { return m_engine->checkAgain(id, error); });
        break;
    case TaskAction::Refresh:
        runLocalBulk(action, ids, skipped, [this](qint64 id, QString *error) { return m_engine->refresh(id, error); });
        break;
    case TaskAction::SubmitAnyway:
        confirmThen(tr("Submit anyway?"),
                    tr("The first submit of %n task(s) got no clear answer: the provider may already have "
                       "created them. Submitting again can create duplicates, and each one may be billed.\n\n"
                       "Use Check again first if you are not sure.",
                       nullptr, int(ids.size())),
                    tr("Submit anyway"), [this, ids, skipped] {
                        runLocalBulk(TaskAction::SubmitAnyway, ids, skipped, [this](qint64 id, QString *error) {
                            return m_engine->submitAnyway(id, error);
                        });
                    });
        break;
    case TaskAction::Remove: {
        int live = 0;
        for (const Task &task : std::as_const(tasks))
            live += task.isTerminal() ? 0 : 1;   // Remove applies to every task
        auto remove = [this, ids, skipped] {
            runLocalBulk(TaskAction::Remove, ids, skipped, [this](qint64 id, QString *error) { return m_engine->remove(id, error); });
        };
        if (live > 0) {
            confirmThen(tr("Remove tasks that are still running?"),
                        tr("%n of the tasks to remove are not finished. Removing them only stops tracking them "
                           "here; the provider keeps running (and billing) them. Cancel them first to stop them.",
                           nullptr, live),
                        tr("Remove"), remove);
        } else if (ids.size() > 1) {
            confirmThen(tr("Remove tasks?"),
                        tr("Remove %n task(s) and their history from the list? Result files already downloaded "
                           "stay in the download folder.",
                           nullptr, int(ids.size())),
                        tr("Remove"), remove);
        } else {
            remove();
        }
        break;
    }
    case TaskAction::CopyId:
        copyIds(ids);
        break;
    }
}

void MainWindow::copyIds(const QList<qint64> &ids)
{
    QStringList lines;
    for (qint64 id : ids) {
        const auto task = m_model->taskById(id);
        if (!task)
            continue;
        lines.append(task->remoteId.isEmpty() ? QStringLiteral("#%1").arg(id) : task->remoteId);
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n id(s).", nullptr, int(lines.size())), 4000);
}

void MainWindow::editAndResubmit(qint64 id)
{
    const auto task = m_model->taskById(id);
    if (!task)
        return;
    m_submitPanel->editAndResubmit(*task);
    showSubmitPanel();
}

std::shared_ptr<MainWindow::BulkRun> MainWindow::startBulk(TaskAction action, int total, const QStringList &skipped)
{
    auto run = std::make_shared<BulkRun>();
    run->action = action;
    run->total = total;
    run->skippedReasons = skipped;
    m_runs.append(run);
    bulkProgressed();
    return run;
}

void MainWindow::bulkProgressed()
{
    int done = 0;
    int total = 0;
    for (const auto &run : std::as_const(m_runs)) {
        done += run->done;
        total += run->total;
    }
    m_bulkBox->setVisible(!m_runs.isEmpty());
    if (m_runs.isEmpty())
        return;
    m_bulkLabel->setText(m_runs.size() == 1 ? tr("%1: %2 of %3").arg(actionName(m_runs.first()->action)).arg(done).arg(total)
                                            : tr("Bulk actions: %1 of %2").arg(done).arg(total));
    m_bulkBar->setRange(0, std::max(1, total));
    m_bulkBar->setValue(done);
}

bool MainWindow::isBulkRunning() const
{
    return !m_runs.isEmpty();
}

void MainWindow::runEngineBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped)
{
    BulkOperation *operation = action == TaskAction::Retry ? m_engine->retryMany(ids) : m_engine->cancelMany(ids);
    if (!operation)
        return;
    const std::shared_ptr<BulkRun> run = startBulk(action, int(ids.size()), skipped);
    connect(operation, &BulkOperation::progress, this, [this, run](int done, int) {
        run->done = done;
        bulkProgressed();
    });
    auto finish = [this, run, operation] {
        // The operation deletes itself after finished(): read the outcomes now.
        const auto outcomes = operation->outcomes();
        run->done = run->total;
        run->succeeded = 0;
        run->failures.clear();
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            if (it->ok)
                ++run->succeeded;
            else
                ++run->failures[it->message.isEmpty() ? tr("no reason given") : it->message];
        }
        finishBulk(run);
    };
    if (operation->isFinished())
        QTimer::singleShot(0, this, finish);
    else
        connect(operation, &BulkOperation::finished, this, finish);
}

void MainWindow::runLocalBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped,
                              std::function<bool(qint64, QString *)> op)
{
    const std::shared_ptr<BulkRun> run = startBulk(action, int(ids.size()), skipped);
    // Work in chunks so that thousands of removals never freeze the window. Each pending turn
    // holds the step alive; the step itself only keeps a weak reference (no cycle).
    auto step = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [this, run, ids, op, weakStep] {
        const int end = std::min<int>(run->done + (ids.size() <= SyncLimit ? SyncLimit : LocalChunk), int(ids.size()));
        for (; run->done < end; ++run->done) {
            QString error;
            if (op(ids.at(run->done), &error))
                ++run->succeeded;
            else
                ++run->failures[error.isEmpty() ? tr("no reason given") : error];
        }
        bulkProgressed();
        if (run->done >= run->total) {
            finishBulk(run);
        } else if (auto self = weakStep.lock()) {
            QTimer::singleShot(0, this, [self] { (*self)(); });
        }
    };
    if (ids.size() <= SyncLimit)
        (*step)();
    else
        QTimer::singleShot(0, this, [step] { (*step)(); });
}

void MainWindow::finishBulk(const std::shared_ptr<BulkRun> &run)
{
    m_runs.removeAll(run);
    bulkProgressed();

    const int skipped = int(run->skippedReasons.size());
    const int requested = run->total + skipped;
    const int failed = run->total - run->succeeded;
    QString summary = tr("%1: done for %2 of %n task(s).", nullptr, requested).arg(actionName(run->action)).arg(run->succeeded);
    QHash<QString, int> reasons = run->failures;
    for (const QString &reason : std::as_const(run->skippedReasons))
        ++reasons[reason];
    QStringList details;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        details.append(tr("%1 × %2").arg(it.value()).arg(it.key()));
    details.sort();
    if (failed + skipped > 0)
        summary += QLatin1Char(' ') + tr("Not done: %n.", nullptr, failed + skipped);
    m_lastBulkSummary = details.isEmpty() ? summary : summary + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    emit bulkFinished(m_lastBulkSummary);

    if (requested >= SummaryDialogThreshold || failed + skipped > 0) {
        auto *box = new QMessageBox(failed + skipped > 0 ? QMessageBox::Warning : QMessageBox::Information,
                                    tr("%1 finished").arg(actionName(run->action)), summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("bulkSummary"));
        if (!details.isEmpty())
            box->setDetailedText(details.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        statusBar()->showMessage(summary, 8000);
    }
}

// --- failure groups -------------------------------------------------------------------------

void MainWindow::retryGroup(const QString &key)
{
    const QList<qint64> ids = m_failures->groupsModel()->taskIds(key);
    if (ids.size() > 1) {
        confirmThen(tr("Retry the whole group?"),
                    tr("Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.",
                       nullptr, int(ids.size())),
                    tr("Retry all"), [this, ids] { runAction(TaskAction::Retry, ids); });
    } else {
        runAction(TaskAction::Retry, ids);
    }
}

void MainWindow::removeGroup(const QString &key)
{
    runAction(TaskAction::Remove, m_failures->groupsModel()->taskIds(key));
}

void MainWindow::showGroup(const QString &key)
{
    m_search->clear();
    m_proxy->setSearchText({});
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->selectAll();
    }
    m_proxy->setStates({});
    m_proxy->setProvider({});
    m_proxy->setProfile({});
    m_proxy->setFailureKey(key);
    updateFilterBar();
    updateEmptyHint();
    showTab(TasksTab);
}
