#pragma once

#include "taskactions.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

class AppSettings;
class ChartsWidget;
class FailureGroupsView;
class ProviderAdapterRegistry;
class QDockWidget;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolBar;
class SecretStore;
class SettingsDialog;
class StateSidebar;
class StatusBarWidget;
class SubmitPanel;
class TaskActionController;
class TaskDetailPane;
class TaskEngine;
class StoreBanner;
class TaskFilterBar;
class TaskFilterProxyModel;
class TaskListWidget;
class TaskTableModel;
class TrayNotifier;

// The cockpit. The window only assembles its parts and wires them together: the state sidebar
// on the left; in the middle the task list (TaskListWidget, under the TaskFilterBar) with the
// failure groups and charts as sibling tabs; the selected task's details below; the submit
// panel as a dock; the engine's live status in the status bar. Every task action goes through
// the TaskActionController, so toolbar, menus, context menu, error card and failure groups
// behave alike. Every shortcut belongs to the window, so it works wherever the focus is.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { TasksTab, FailuresTab, ChartsTab };

    MainWindow(TaskEngine *engine, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Optional services the settings dialog and the submit panel use when present.
    void setAdapterRegistry(const ProviderAdapterRegistry *registry);
    void setSecretStore(SecretStore *secrets);
    // Marks the window as talking to the built-in sandbox (title).
    void setSandboxMode(bool sandbox);

    TaskTableModel *taskModel() const { return m_model; }
    TaskFilterProxyModel *proxyModel() const { return m_proxy; }
    TaskListWidget *taskList() const { return m_taskList; }
    QTableView *taskView() const;
    TaskFilterBar *filterBar() const { return m_filterBar; }
    QLineEdit *searchField() const;
    TaskActionController *actionController() const { return m_controller; }
    StoreBanner *storeBanner() const { return m_storeBanner; }
    StateSidebar *sidebar() const { return m_sidebar; }
    TaskDetailPane *detailPane() const { return m_detail; }
    FailureGroupsView *failuresView() const { return m_failures; }
    TaskActions *taskActions() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    SubmitPanel *submitPanel() const { return m_submitPanel; }
    QAction *pauseAction() const { return m_pauseAction; }

    // Local ids of the selected tasks, in view order.
    QList<qint64> selectedTaskIds() const;
    // Selects these tasks in the table (clearing filters that would hide them) and shows the first.
    void selectTasks(const QList<qint64> &ids);
    void showTab(Tab tab);

    // Bulk work in progress (engine bulk operations and chunked local actions).
    bool isBulkRunning() const;
    // The per-task outcome summary of the last bulk action (also shown to the operator).
    QString lastBulkSummary() const;

public slots:
    // Carries out an action on the tasks it applies to; the others are reported as skipped.
    void runAction(TaskAction action, const QList<qint64> &ids);
    void showSubmitPanel();
    void openSettings(const QString &profileId = {});
    void exportTasks();
    void importTasks();

signals:
    void bulkFinished(const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildTaskList();
    void buildLayout();
    void buildToolBar();
    void buildMenus();
    void addWindowShortcuts();
    void retranslate();
    // Sizes that depend on the language's text lengths (sidebar, state column).
    void fitToLanguage();
    void restoreLayout();
    void saveLayout();

    void scheduleSelectionUpdate();
    void updateSelection();
    void updateFailureTabTitle();
    void updatePauseAction();
    void clearFilters();
    void showGroup(const QString &key);
    SettingsDialog *createSettingsDialog();

    TaskEngine *m_engine;
    AppSettings *m_settings;
    const ProviderAdapterRegistry *m_registry = nullptr;
    QPointer<SecretStore> m_secrets;
    bool m_sandbox = false;

    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    TaskActions *m_actions;
    TaskActionController *m_controller;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    StateSidebar *m_sidebar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_tasksPage = nullptr;
    TaskFilterBar *m_filterBar = nullptr;
    StoreBanner *m_storeBanner = nullptr;   // while the database takes no changes
    TaskListWidget *m_taskList = nullptr;
    FailureGroupsView *m_failures = nullptr;
    ChartsWidget *m_charts = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QDockWidget *m_submitDock = nullptr;
    SubmitPanel *m_submitPanel = nullptr;
    StatusBarWidget *m_statusWidget = nullptr;
    TrayNotifier *m_tray = nullptr;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_tasksMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_submitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_pauseAction = nullptr;
    int m_pauseShown = -1;   // the pause state the action shows (-1: must be made again)
    QAction *m_settingsAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showSidebarAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QList<QAction *> m_tabActions;

    QSet<qint64> m_selectedIds;   // to tell whether an engine update touches the selection
    QTimer m_selectionTimer;
};
