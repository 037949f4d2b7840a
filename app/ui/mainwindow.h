#pragma once

#include "taskactions.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class AppSettings;
class BulkOperation;
class ChartsWidget;
class FailureGroupsView;
class ProviderAdapterRegistry;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolBar;
class QToolButton;
class SecretStore;
class SettingsDialog;
class StateSidebar;
class StatusBarWidget;
class SubmitPanel;
class TaskDetailPane;
class TaskEngine;
class TaskFilterProxyModel;
class TaskTableModel;
class TrayNotifier;

// The cockpit: state sidebar on the left, the task table (with the failure groups and charts
// as sibling tabs) in the middle, the selected task's details below it, the submit panel as a
// dock, and the engine's live status in the status bar. Every task action goes through
// runAction(), so toolbar, menus, context menu, error card and failure groups behave alike.
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
    QTableView *taskView() const { return m_table; }
    StateSidebar *sidebar() const { return m_sidebar; }
    TaskDetailPane *detailPane() const { return m_detail; }
    FailureGroupsView *failuresView() const { return m_failures; }
    TaskActions *taskActions() const { return m_actions; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    SubmitPanel *submitPanel() const { return m_submitPanel; }
    QAction *pauseAction() const { return m_pauseAction; }

    QList<Task> selectedTasks() const;
    // Selects these tasks in the table (clearing filters that would hide them) and shows the first.
    void selectTasks(const QList<qint64> &ids);
    void showTab(Tab tab);

    // Bulk work in progress (engine bulk operations and chunked local actions).
    bool isBulkRunning() const;
    // The per-task outcome summary of the last bulk action (also shown to the operator).
    QString lastBulkSummary() const { return m_lastBulkSummary; }

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
    struct BulkRun
    {
        TaskAction action = TaskAction::Retry;
        int total = 0;
        int done = 0;
        int succeeded = 0;
        QHash<QString, int> failures;   // reason -> count
        QStringList skippedReasons;     // from the eligibility check, before running
    };

    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildTable();
    void buildLayout();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void applyDefaultColumnWidths();
    void widenColumnsToFitTitles();
    int headerTextWidth(int column) const;

    void scheduleSelectionUpdate();
    void updateSelection();
    void updateEmptyHint();
    void updateFilterBar();
    void updateFailureTabTitle();
    void updatePauseAction();
    void applySearch();
    void showTableContextMenu(const QPoint &pos);
    void showHeaderContextMenu(const QPoint &pos);
    void populateColumnMenu(QMenu *menu);

    void confirmThen(const QString &title, const QString &text, const QString &acceptText, std::function<void()> then);
    void runEngineBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped);
    void runLocalBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped,
                      std::function<bool(qint64, QString *)> op);
    std::shared_ptr<BulkRun> startBulk(TaskAction action, int total, const QStringList &skipped);
    void bulkProgressed();
    void finishBulk(const std::shared_ptr<BulkRun> &run);
    void retryGroup(const QString &key);
    void removeGroup(const QString &key);
    void showGroup(const QString &key);
    void editAndResubmit(qint64 id);
    SettingsDialog *createSettingsDialog();
    void copyIds(const QList<qint64> &ids);
    static QString actionName(TaskAction action);

    TaskEngine *m_engine;
    AppSettings *m_settings;
    const ProviderAdapterRegistry *m_registry = nullptr;
    QPointer<SecretStore> m_secrets;
    bool m_sandbox = false;

    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    TaskActions *m_actions;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    StateSidebar *m_sidebar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_tasksPage = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QToolButton *m_filterClear = nullptr;
    FailureGroupsView *m_failures = nullptr;
    ChartsWidget *m_charts = nullptr;
    TaskDetailPane *m_detail = nullptr;
    QDockWidget *m_submitDock = nullptr;
    SubmitPanel *m_submitPanel = nullptr;
    StatusBarWidget *m_statusWidget = nullptr;
    TrayNotifier *m_tray = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_bulkBox = nullptr;
    QLabel *m_bulkLabel = nullptr;
    QProgressBar *m_bulkBar = nullptr;

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
    QAction *m_settingsAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showSidebarAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QList<QAction *> m_tabActions;

    QSet<qint64> m_selectedIds;   // to tell whether an engine update touches the selection
    QTimer m_selectionTimer;
    QTimer m_searchTimer;
    QTimer m_headerSaveTimer;
    QList<std::shared_ptr<BulkRun>> m_runs;   // bulk actions in progress (engine and local)
    QString m_lastBulkSummary;
};
