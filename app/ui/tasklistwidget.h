#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class AppSettings;
class QAction;
class QLabel;
class QMenu;
class QTableView;
class TaskActions;
class TaskFilterProxyModel;
class TaskTableModel;

// The task table as one part of the window: the view with its header (default widths, the
// column menu, saved state), the hint drawn over an empty list, the context menu and the
// selection helpers. It also keeps the live "Duration" cells ticking: the model no longer
// announces age changes, so the list repaints only the Duration cells it actually shows,
// and only while it is on screen.
class TaskListWidget : public QWidget
{
    Q_OBJECT

public:
    // How often the live durations are repainted.
    static constexpr int DurationRefreshMs = 1000;

    TaskListWidget(TaskTableModel *model, TaskFilterProxyModel *proxy, TaskActions *actions, AppSettings *settings,
                   QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Team mode shows who submitted each task; a local history hides that column (one operator).
    void setTeamMode(bool team);

    // Local ids of the selected rows, in view order.
    QList<qint64> selectedTaskIds() const;
    // The current row's task when that row is selected, else 0 (what the detail pane follows).
    qint64 currentTaskId() const;
    // Local ids of the rows the filter lets through, in view order.
    QList<qint64> visibleTaskIds() const;
    // Whether the filter hides this task (false for unknown ids).
    bool isHiddenByFilter(qint64 id) const;
    // Selects the shown rows of these tasks (replacing the selection), makes the first one
    // current and scrolls to it. Tasks hidden by the filter are left out.
    void selectTasks(const QList<qint64> &ids);
    void selectAll();
    // Keyboard focus to the list; selects the first row when none is current (after a search).
    void focusList();

    // The actions whose shortcuts the hint for an empty list names.
    void setHintActions(QAction *submit, QAction *import, QAction *clearFilters);
    // Added after the task actions in the table's context menu.
    void addContextMenuAction(QAction *action);
    // Show/hide per column and "Reset columns" (header context menu and View > Columns).
    void populateColumnMenu(QMenu *menu);

    // Widens the state column to the longest state name in the current language (icon
    // included), so that "Fehlgeschlagen" is not shown as "Fehlgesch…".
    void fitStateColumn();

    void restoreHeaderState();
    void saveHeaderState();
    void updateEmptyHint();

    // Whether the live durations are being repainted (only while the list is visible).
    bool isRefreshingDurations() const { return m_durationTimer.isActive(); }
    // The part of the viewport the last duration tick repainted (empty: no live row shown).
    QRect lastDurationRepaint() const { return m_lastDurationRepaint; }
    // One duration tick now: repaints the Duration cells of the shown rows if any is live.
    void refreshLiveDurations();

signals:
    // The selection or the current row changed, or rows under the selection went away.
    void selectionChanged();
    void doubleClicked();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildView();
    void retranslate();
    void applyDefaultColumnWidths();
    void widenColumnsToFitTitles();
    int headerTextWidth(int column) const;
    void showContextMenu(const QPoint &pos);
    void showHeaderContextMenu(const QPoint &pos);

    TaskTableModel *m_model;
    TaskFilterProxyModel *m_proxy;
    TaskActions *m_actions;
    AppSettings *m_settings;

    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPointer<QAction> m_submitAction;
    QPointer<QAction> m_importAction;
    QPointer<QAction> m_clearFiltersAction;
    QList<QPointer<QAction>> m_contextActions;

    QTimer m_headerSaveTimer;
    QTimer m_durationTimer;
    QRect m_lastDurationRepaint;
};
