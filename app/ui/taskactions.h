#pragma once

#include "tasksummary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class TaskEngine;

// What the operator can do to tasks. Shared by the toolbar, the menus, the context menu, the
// error card and the failure groups, so every place applies the same rules.
enum class TaskAction {
    Retry,
    Cancel,
    EditResubmit,
    CheckAgain,
    SubmitAnyway,
    Refresh,
    Remove,
    CopyId,
};

// The task actions as QActions, enabled only where they make sense for the current selection,
// with the reason in the tooltip and status tip when they are not (from the engine where it
// knows better, e.g. "new-api has no cancel endpoint"). Triggering emits requested() with the
// ids the action applies to; the main window carries it out.
class TaskActions : public QObject
{
    Q_OBJECT

public:
    // Which of the given tasks an action applies to, and why the others are left out.
    struct Eligibility
    {
        QList<qint64> ids;
        int skipped = 0;
        QString reason;   // translated; why the first left-out task cannot take the action
    };

    TaskActions(TaskEngine *engine, QObject *parent = nullptr);

    QAction *action(TaskAction which) const { return m_actions.value(which); }
    QList<TaskAction> order() const;

    // The rules need only what the list shows, so a selection of 10,000 reads nothing.
    void setSelection(const QList<TaskSummary> &tasks);
    QList<TaskSummary> selection() const { return m_selection; }

    Eligibility eligibility(TaskAction which, const QList<TaskSummary> &tasks) const;
    // Empty when the action applies to this task, else the translated reason.
    QString blockedReason(TaskAction which, const TaskSummary &task) const;

    // Adds the actions in their usual groups.
    void populateMenu(QMenu *menu) const;

    static QString text(TaskAction which);
    static QString iconName(TaskAction which);

    void retranslate();

signals:
    void requested(TaskAction which, const QList<qint64> &ids);

private:
    void update();
    QString describe(TaskAction which, const Eligibility &eligible, int selected) const;

    QPointer<TaskEngine> m_engine;
    QHash<TaskAction, QAction *> m_actions;
    QList<TaskSummary> m_selection;
};
