#pragma once

#include "taskactions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class BulkOperation;
class QLabel;
class QProgressBar;
class QWidget;
class TaskEngine;
class TaskTableModel;

// Carries out task actions, one task or thousands: checks which tasks an action applies to,
// asks before anything that may bill or cannot be undone, runs bulk work without freezing the
// window (engine bulk operations, or small chunks per event-loop turn) and reports the
// per-task outcome. Toolbar, menus, context menu, error card, sidebar and failure groups all
// come through run(), so they behave alike.
class TaskActionController : public QObject
{
    Q_OBJECT

public:
    // Up to this many tasks, local actions run at once; above, in chunks of LocalChunk.
    static constexpr int SyncLimit = 50;
    static constexpr int LocalChunk = 200;
    // Bulk actions this large always end with a summary dialog.
    static constexpr int SummaryDialogThreshold = 20;

    // Dialogs are window-modal children of `window`.
    TaskActionController(TaskEngine *engine, TaskTableModel *model, TaskActions *actions, QWidget *window);
    ~TaskActionController() override;

    // Label and progress bar of the bulk work in progress, for the status bar; hidden when idle.
    QWidget *progressWidget() const { return m_progressBox; }
    bool isBulkRunning() const { return !m_runs.isEmpty(); }
    // The per-task outcome summary of the last bulk action (also shown to the operator).
    QString lastBulkSummary() const { return m_lastBulkSummary; }

    void retranslate();
    static QString actionName(TaskAction action);

public slots:
    // Carries out an action on the tasks it applies to; the others are reported as skipped.
    void run(TaskAction action, const QList<qint64> &ids);
    // A failure group's "Retry all" (asks first when it is more than one task) and "Remove".
    void retryGroup(const QList<qint64> &ids);
    void removeGroup(const QList<qint64> &ids);

signals:
    void bulkFinished(const QString &summary);
    // A short outcome for the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    // Edit and resubmit: the window fills the submit panel with this task.
    void editAndResubmitRequested(const Task &task);

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

    // The action on the eligible tasks, once confirmed where that is needed.
    void perform(TaskAction action, const QList<qint64> &ids, const QStringList &skipped, const QList<TaskSummary> &tasks);
    void remove(const QList<qint64> &ids, const QStringList &skipped, int live);
    void confirmThen(const QString &title, const QString &text, const QString &acceptText, std::function<void()> then);
    void runEngineBulk(TaskAction action, BulkOperation *operation, const QStringList &skipped);
    void runLocalBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped,
                      std::function<bool(qint64, QString *)> op);
    std::shared_ptr<BulkRun> startBulk(TaskAction action, int total, const QStringList &skipped);
    void bulkProgressed();
    void finishBulk(const std::shared_ptr<BulkRun> &run);
    void editAndResubmit(qint64 id);
    void copyIds(const QList<qint64> &ids);

    QPointer<TaskEngine> m_engine;
    TaskTableModel *m_model;
    TaskActions *m_actions;
    QWidget *m_window;

    QWidget *m_progressBox;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;

    QList<std::shared_ptr<BulkRun>> m_runs;   // bulk actions in progress (engine and local)
    QString m_lastBulkSummary;
};
