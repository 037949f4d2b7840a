#include "taskactioncontroller.h"

#include "bulkoperation.h"
#include "sentences.h"
#include "taskengine.h"
#include "tasktablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

TaskActionController::TaskActionController(TaskEngine *engine, TaskTableModel *model, TaskActions *actions,
                                           QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_model(model)
    , m_actions(actions)
    , m_window(window)
{
    m_progressBox = new QWidget(window);
    auto *layout = new QHBoxLayout(m_progressBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel;
    m_progressBar = new QProgressBar;
    m_progressBar->setMaximumWidth(window->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    m_progressBox->setVisible(false);

    connect(m_actions, &TaskActions::requested, this, &TaskActionController::run);
    retranslate();
}

TaskActionController::~TaskActionController() = default;

void TaskActionController::retranslate()
{
    m_progressBar->setAccessibleName(tr("Bulk action progress"));
    bulkProgressed();
}

QString TaskActionController::actionName(TaskAction action)
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

void TaskActionController::run(TaskAction action, const QList<qint64> &requestedIds)
{
    if (!m_engine)
        return;
    // The rules work on the list's summaries: nothing is read from the store for them.
    QList<TaskSummary> tasks;
    tasks.reserve(requestedIds.size());
    for (qint64 id : requestedIds) {
        if (std::optional<TaskSummary> task = m_model->taskById(id))
            tasks.append(std::move(*task));
        else if (std::optional<Task> stored = m_engine->task(id))
            tasks.append(TaskSummary::of(*stored));   // not listed (yet): ask the engine
    }
    const TaskActions::Eligibility eligible = m_actions->eligibility(action, tasks);
    QStringList skipped;
    for (int i = 0; i < eligible.skipped; ++i)
        skipped.append(eligible.reason);
    const QList<qint64> ids = eligible.ids;
    if (ids.isEmpty()) {
        if (!eligible.reason.isEmpty())
            emit statusMessage(eligible.reason, 8000);
        return;
    }

    // Team mode: a bulk action that changes other operators' tasks is confirmed first.
    const bool changesTasks = action == TaskAction::Retry || action == TaskAction::Cancel || action == TaskAction::Remove
                              || action == TaskAction::SubmitAnyway;
    QStringList others;
    int othersTasks = 0;
    if (changesTasks && requestedIds.size() > 1) {
        const QString me = m_engine->operatorName();
        for (const TaskSummary &task : std::as_const(tasks)) {
            if (!ids.contains(task.id) || task.submittedBy.isEmpty() || task.submittedBy == me)
                continue;
            ++othersTasks;
            if (!others.contains(task.submittedBy))
                others.append(task.submittedBy);
        }
    }
    if (othersTasks > 0) {
        QStringList shown = others.size() <= 3 ? others : others.first(2);
        if (others.size() > 3)
            //: The end of a list of operator names: "Ana, Li and 3 more" (%n counts operators).
            shown.append(tr("%n more", nullptr, int(others.size() - 2)));
        confirmThen(tr("Act on other operators' tasks?"),
                    tr("%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?", nullptr,
                       othersTasks)
                        .arg(QLocale().createSeparatedList(shown), actionName(action)),
                    actionName(action), [this, action, ids, skipped, tasks] { perform(action, ids, skipped, tasks); });
        return;
    }
    perform(action, ids, skipped, tasks);
}

void TaskActionController::perform(TaskAction action, const QList<qint64> &ids, const QStringList &skipped,
                                   const QList<TaskSummary> &tasks)
{
    if (!m_engine)
        return;
    switch (action) {
    case TaskAction::Retry:
    case TaskAction::Cancel:
        if (ids.size() == 1 && skipped.isEmpty()) {
            QString error;
            const bool ok = action == TaskAction::Retry ? m_engine->retry(ids.first(), &error)
                                                        : m_engine->cancel(ids.first(), &error);
            QString message;
            if (!ok)
                //: %1 is an action's name (Retry, Cancel task…), %2 why it did not work.
                message = tr("%1 failed: %2").arg(actionName(action), error);
            else if (action == TaskAction::Retry)
                message = tr("Task #%1 is submitted again.").arg(ids.first());
            else
                message = tr("Cancel requested for task #%1.").arg(ids.first());
            emit statusMessage(message, 8000);
        } else {
            runEngineBulk(action, action == TaskAction::Retry ? m_engine->retryMany(ids) : m_engine->cancelMany(ids),
                          skipped);
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
        for (const TaskSummary &task : std::as_const(tasks))
            live += task.isTerminal() ? 0 : 1;   // Remove applies to every task
        remove(ids, skipped, live);
        break;
    }
    case TaskAction::CopyId:
        copyIds(ids);
        break;
    }
}

void TaskActionController::remove(const QList<qint64> &ids, const QStringList &skipped, int live)
{
    auto removeNow = [this, ids, skipped] {
        if (!m_engine)
            return;
        // Many tasks: the engine removes them in batched transactions over several turns and
        // reports progress; one task is removed at once.
        if (ids.size() > 1)
            runEngineBulk(TaskAction::Remove, m_engine->removeMany(ids), skipped);
        else
            runLocalBulk(TaskAction::Remove, ids, skipped, [this](qint64 id, QString *error) { return m_engine->remove(id, error); });
    };
    if (live > 0) {
        confirmThen(tr("Remove tasks that are still running?"),
                    tr("%n of the tasks to remove are not finished. Removing them only stops tracking them "
                       "here; the provider keeps running (and billing) them. Cancel them first to stop them.",
                       nullptr, live),
                    tr("Remove"), removeNow);
    } else if (ids.size() > 1) {
        confirmThen(tr("Remove tasks?"),
                    tr("Remove %n task(s) and their history from the list? Result files already downloaded "
                       "stay in the download folder.",
                       nullptr, int(ids.size())),
                    tr("Remove"), removeNow);
    } else {
        removeNow();
    }
}

void TaskActionController::retryGroup(const QList<qint64> &ids)
{
    if (ids.size() > 1) {
        confirmThen(tr("Retry the whole group?"),
                    tr("Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.",
                       nullptr, int(ids.size())),
                    tr("Retry all"), [this, ids] { run(TaskAction::Retry, ids); });
    } else {
        run(TaskAction::Retry, ids);
    }
}

void TaskActionController::removeGroup(const QList<qint64> &ids)
{
    run(TaskAction::Remove, ids);
}

void TaskActionController::confirmThen(const QString &title, const QString &text, const QString &acceptText,
                                       std::function<void()> then)
{
    // Window-modal and non-blocking: the table keeps updating behind the question.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
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

void TaskActionController::copyIds(const QList<qint64> &ids)
{
    QStringList lines;
    for (qint64 id : ids) {
        const auto task = m_model->taskById(id);
        if (!task)
            continue;
        lines.append(task->remoteId.isEmpty() ? QStringLiteral("#%1").arg(id) : task->remoteId);
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit statusMessage(tr("Copied %n id(s).", nullptr, int(lines.size())), 4000);
}

void TaskActionController::editAndResubmit(qint64 id)
{
    // The submit panel needs the parameters: the full task, not the list's summary.
    if (const auto task = m_engine->task(id))
        emit editAndResubmitRequested(*task);
}

// --- bulk work ------------------------------------------------------------------------------

std::shared_ptr<TaskActionController::BulkRun> TaskActionController::startBulk(TaskAction action, int total,
                                                                             const QStringList &skipped)
{
    auto run = std::make_shared<BulkRun>();
    run->action = action;
    run->total = total;
    run->skippedReasons = skipped;
    m_runs.append(run);
    bulkProgressed();
    return run;
}

void TaskActionController::bulkProgressed()
{
    int done = 0;
    int total = 0;
    for (const auto &run : std::as_const(m_runs)) {
        done += run->done;
        total += run->total;
    }
    m_progressBox->setVisible(!m_runs.isEmpty());
    if (m_runs.isEmpty())
        return;
    m_progressLabel->setText(m_runs.size() == 1
                                 ? tr("%1: %2 of %3").arg(actionName(m_runs.first()->action)).arg(done).arg(total)
                                 : tr("Bulk actions: %1 of %2").arg(done).arg(total));
    m_progressBar->setRange(0, std::max(1, total));
    m_progressBar->setValue(done);
}

void TaskActionController::runEngineBulk(TaskAction action, BulkOperation *operation, const QStringList &skipped)
{
    if (!operation)
        return;
    const std::shared_ptr<BulkRun> run = startBulk(action, operation->total(), skipped);
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

void TaskActionController::runLocalBulk(TaskAction action, const QList<qint64> &ids, const QStringList &skipped,
                                        std::function<bool(qint64, QString *)> op)
{
    const std::shared_ptr<BulkRun> run = startBulk(action, int(ids.size()), skipped);
    // Work in chunks so that thousands of actions never freeze the window. Each pending turn
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

void TaskActionController::finishBulk(const std::shared_ptr<BulkRun> &run)
{
    m_runs.removeAll(run);
    bulkProgressed();

    const int skipped = int(run->skippedReasons.size());
    const int requested = run->total + skipped;
    const int failed = run->total - run->succeeded;
    //: %1 is an action's name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.
    QString summary = tr("%1: done for %2 of %n task(s).", nullptr, requested).arg(actionName(run->action)).arg(run->succeeded);
    QHash<QString, int> reasons = run->failures;
    for (const QString &reason : std::as_const(run->skippedReasons))
        ++reasons[reason];
    QStringList details;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        //: One line of a bulk action's summary: %1 is how many tasks, %2 the reason they were skipped or failed.
        details.append(tr("%1 × %2").arg(it.value()).arg(it.key()));
    details.sort();
    if (failed + skipped > 0)
        summary = Sentences::join(summary, tr("Not done: %n.", nullptr, failed + skipped));
    m_lastBulkSummary = details.isEmpty() ? summary : summary + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    emit bulkFinished(m_lastBulkSummary);

    if (requested >= SummaryDialogThreshold || failed + skipped > 0) {
        auto *box = new QMessageBox(failed + skipped > 0 ? QMessageBox::Warning : QMessageBox::Information,
                                    //: A window title: %1 is the action's name (Retry, Cancel task…).
                                    tr("%1 finished").arg(actionName(run->action)), summary, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("bulkSummary"));
        if (!details.isEmpty())
            box->setDetailedText(details.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        emit statusMessage(summary, 8000);
    }
}
