#include "taskactions.h"

#include "actiontext.h"
#include "taskengine.h"
#include "uiicons.h"

#include <QAction>
#include <QMenu>

TaskActions::TaskActions(TaskEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    for (TaskAction which : order()) {
        auto *action = new QAction(this);
        action->setIcon(UiIcons::action(iconName(which)));
        m_actions.insert(which, action);
        connect(action, &QAction::triggered, this, [this, which] {
            const Eligibility eligible = eligibility(which, m_selection);
            if (!eligible.ids.isEmpty())
                emit requested(which, eligible.ids);
        });
    }
    m_actions[TaskAction::Retry]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_actions[TaskAction::Cancel]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_actions[TaskAction::EditResubmit]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_actions[TaskAction::CheckAgain]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actions[TaskAction::Refresh]->setShortcut(QKeySequence::Refresh);
    m_actions[TaskAction::Remove]->setShortcut(QKeySequence::Delete);
    m_actions[TaskAction::CopyId]->setShortcut(QKeySequence::Copy);
    retranslate();
}

QList<TaskAction> TaskActions::order() const
{
    return {TaskAction::Retry,   TaskAction::Cancel, TaskAction::EditResubmit, TaskAction::CheckAgain,
            TaskAction::SubmitAnyway, TaskAction::Refresh, TaskAction::Remove, TaskAction::CopyId};
}

QString TaskActions::text(TaskAction which)
{
    switch (which) {
    case TaskAction::Retry: return tr("&Retry");
    case TaskAction::Cancel: return tr("&Cancel task");
    case TaskAction::EditResubmit: return tr("&Edit and resubmit…");
    case TaskAction::CheckAgain: return tr("Check &again");
    case TaskAction::SubmitAnyway: return tr("Submit any&way…");
    case TaskAction::Refresh: return tr("Re&fresh status");
    case TaskAction::Remove: return tr("Re&move from list");
    case TaskAction::CopyId: return tr("Cop&y id");
    }
    return {};
}

QString TaskActions::iconName(TaskAction which)
{
    switch (which) {
    case TaskAction::Retry: return QStringLiteral("retry");
    case TaskAction::Cancel: return QStringLiteral("cancel");
    case TaskAction::EditResubmit: return QStringLiteral("edit");
    case TaskAction::CheckAgain: return QStringLiteral("check-again");
    case TaskAction::SubmitAnyway: return QStringLiteral("submit-anyway");
    case TaskAction::Refresh: return QStringLiteral("refresh");
    case TaskAction::Remove: return QStringLiteral("remove");
    case TaskAction::CopyId: return QStringLiteral("copy");
    }
    return {};
}

void TaskActions::populateMenu(QMenu *menu) const
{
    menu->addAction(action(TaskAction::Retry));
    menu->addAction(action(TaskAction::Cancel));
    menu->addAction(action(TaskAction::EditResubmit));
    menu->addSeparator();
    menu->addAction(action(TaskAction::CheckAgain));
    menu->addAction(action(TaskAction::SubmitAnyway));
    menu->addAction(action(TaskAction::Refresh));
    menu->addSeparator();
    menu->addAction(action(TaskAction::CopyId));
    menu->addAction(action(TaskAction::Remove));
}

void TaskActions::setSelection(const QList<TaskSummary> &tasks)
{
    m_selection = tasks;
    update();
}

QString TaskActions::blockedReason(TaskAction which, const TaskSummary &task) const
{
    switch (which) {
    case TaskAction::Retry:
        if (m_engine)
            return m_engine->retryBlockedReason(task);
        return TaskStates::canRetry(task.state) ? QString() : tr("Only finished tasks that did not succeed can be retried.");
    case TaskAction::Cancel:
        if (m_engine)
            return m_engine->cancelBlockedReason(task);
        return TaskStates::canCancel(task.state) ? QString() : tr("Only queued or running tasks can be cancelled.");
    case TaskAction::EditResubmit:
        return {};
    case TaskAction::CheckAgain:
        if (!TaskStates::canCheckAgain(task.state))
            return tr("The task is %1: there is nothing to look up.").arg(TaskStates::displayName(task.state));
        return {};
    case TaskAction::SubmitAnyway:
        if (task.state != TaskState::Unknown)
            return tr("Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.");
        return {};
    case TaskAction::Refresh:
        if (!TaskStates::needsPolling(task.state))
            return tr("The task is %1: its status no longer changes.").arg(TaskStates::displayName(task.state));
        return {};
    case TaskAction::Remove:
    case TaskAction::CopyId:
        return {};
    }
    return {};
}

TaskActions::Eligibility TaskActions::eligibility(TaskAction which, const QList<TaskSummary> &tasks) const
{
    Eligibility result;
    if (which == TaskAction::EditResubmit && tasks.size() != 1) {
        result.skipped = int(tasks.size());
        result.reason = tr("Select a single task to edit and resubmit it.");
        return result;
    }
    for (const TaskSummary &task : tasks) {
        const QString reason = blockedReason(which, task);
        if (reason.isEmpty()) {
            result.ids.append(task.id);
        } else {
            if (result.reason.isEmpty())
                result.reason = reason;
            ++result.skipped;
        }
    }
    return result;
}

QString TaskActions::describe(TaskAction which, const Eligibility &eligible, int selected) const
{
    if (selected == 0)
        return tr("Select one or more tasks first.");
    if (eligible.ids.isEmpty()) {
        if (selected == 1 || which == TaskAction::EditResubmit)
            return eligible.reason;
        return tr("None of the %n selected tasks qualifies: %1", nullptr, selected).arg(eligible.reason);
    }
    if (eligible.skipped > 0)
        return tr("Applies to %1 of %n selected tasks; the others are skipped: %2", nullptr, selected)
            .arg(eligible.ids.size())
            .arg(eligible.reason);
    return {};
}

void TaskActions::update()
{
    const int selected = int(m_selection.size());
    for (TaskAction which : order()) {
        QAction *action = m_actions.value(which);
        const Eligibility eligible = eligibility(which, m_selection);
        action->setEnabled(!eligible.ids.isEmpty());
        QString tip = describe(which, eligible, selected);
        const QString plain = ActionText::plain(text(which));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString title = shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut);
        action->setToolTip(tip.isEmpty() ? title : title + QLatin1Char('\n') + tip);
        action->setStatusTip(tip.isEmpty() ? plain : tip);
    }
}

void TaskActions::retranslate()
{
    for (TaskAction which : order()) {
        m_actions.value(which)->setText(text(which));
        // The toolbar shows the icon text: no "(&R)" after a Chinese, Japanese or Korean label.
        m_actions.value(which)->setIconText(ActionText::plain(text(which)));
    }
    update();
}
