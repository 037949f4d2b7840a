#include "traynotifier.h"

#include "appsettings.h"
#include "errorcatalog.h"
#include "taskengine.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QMetaMethod>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

#include <utility>

namespace {

// Terminal states worth a "failed" notification. Cancelled is left out: the operator did it.
bool countsAsFailure(TaskState state)
{
    return state == TaskState::Failed || state == TaskState::TimedOut || state == TaskState::Rejected
           || state == TaskState::Lost;
}

QIcon appIcon()
{
    for (const char *name : {":/icons/queuelens.svg", ":/icons/app.svg"}) {
        if (QFile::exists(QLatin1String(name)))
            return QIcon(QLatin1String(name));
    }
    if (!QApplication::windowIcon().isNull())
        return QApplication::windowIcon();
    return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
}

} // namespace

TrayNotifier::TrayNotifier(TaskEngine *engine, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(settings)
{
    m_groupTimer = new QTimer(this);
    m_groupTimer->setSingleShot(true);
    m_groupTimer->setInterval(DefaultGroupWindowMs);
    connect(m_groupTimer, &QTimer::timeout, this, &TrayNotifier::flush);

    // The tooltip is refreshed at most once a second, however busy the engine is.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(1000);
    connect(m_summaryTimer, &QTimer::timeout, this, &TrayNotifier::updateSummary);

    if (m_engine) {
        // Tasks already finished before we started must not be announced.
        for (const Task &task : m_engine->tasks())
            setKnownState(task.id, task.state);
        connect(m_engine, &TaskEngine::tasksAdded, this, &TrayNotifier::onTasksAdded);
        connect(m_engine, &TaskEngine::tasksChanged, this, &TrayNotifier::onTasksChanged);
        connect(m_engine, &TaskEngine::tasksRemoved, this, &TrayNotifier::onTasksRemoved);
    }

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_menu = new QMenu;
        m_menu->installEventFilter(this);   // LanguageChange reaches widgets, not this QObject
        m_showAction = m_menu->addAction(QString());
        m_pauseAction = m_menu->addAction(QString());
        m_pauseAction->setCheckable(true);
        m_menu->addSeparator();
        m_quitAction = m_menu->addAction(QString());

        connect(m_showAction, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
        connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
            if (m_engine && m_engine->isPollingPaused() != paused)
                m_engine->setPollingPaused(paused);
        });
        connect(m_quitAction, &QAction::triggered, this, [this] {
            if (isSignalConnected(QMetaMethod::fromSignal(&TrayNotifier::quitRequested)))
                emit quitRequested();
            else
                QCoreApplication::quit();
        });
        if (m_engine) {
            connect(m_engine, &TaskEngine::activityChanged, this, [this] {
                const QSignalBlocker blocker(m_pauseAction);
                m_pauseAction->setChecked(m_engine->isPollingPaused());
            });
            m_pauseAction->setChecked(m_engine->isPollingPaused());
        }

        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindowRequested);
        m_tray->show();
    }
    retranslate();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;   // a context menu has no parent widget to delete it
}

void TrayNotifier::setGroupWindowMs(int ms)
{
    m_groupTimer->setInterval(ms);
}

bool TrayNotifier::hasPendingNotification() const
{
    return !m_succeeded.isEmpty() || !m_failed.isEmpty();
}

bool TrayNotifier::hasTrayIcon() const
{
    return m_tray != nullptr;
}

void TrayNotifier::setKnownState(qint64 id, TaskState state)
{
    const auto it = m_known.constFind(id);
    if (it != m_known.constEnd()) {
        if (it.value() == state)
            return;
        --m_counts[size_t(it.value())];
    }
    m_known.insert(id, state);
    ++m_counts[size_t(state)];
}

void TrayNotifier::onTasksAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (const std::optional<Task> task = m_engine->task(id))
            setKnownState(id, task->state);
    }
    m_summaryTimer->start();
}

void TrayNotifier::onTasksChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const std::optional<Task> task = m_engine->task(id);
        if (!task)
            continue;
        const auto previous = m_known.constFind(id);
        const bool wasTerminal = previous != m_known.constEnd() && TaskStates::isTerminal(previous.value());
        setKnownState(id, task->state);
        if (wasTerminal || !task->isTerminal())
            continue;
        if (task->state == TaskState::Succeeded && (!m_settings || m_settings->notifyOnSuccess()))
            m_succeeded.append(id);
        else if (countsAsFailure(task->state) && (!m_settings || m_settings->notifyOnFailure()))
            m_failed.append(id);
    }
    if ((!m_succeeded.isEmpty() || !m_failed.isEmpty()) && !m_groupTimer->isActive())
        m_groupTimer->start();
    if (!m_summaryTimer->isActive())
        m_summaryTimer->start();
}

void TrayNotifier::onTasksRemoved(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto it = m_known.constFind(id);
        if (it != m_known.constEnd()) {
            --m_counts[size_t(it.value())];
            m_known.erase(it);
        }
        m_succeeded.removeAll(id);
        m_failed.removeAll(id);
    }
    m_summaryTimer->start();
}

void TrayNotifier::flush()
{
    const QList<qint64> succeeded = std::exchange(m_succeeded, {});
    const QList<qint64> failed = std::exchange(m_failed, {});
    if (succeeded.isEmpty() && failed.isEmpty())
        return;

    QString title = tr("QueueLens");
    QString message;
    if (succeeded.size() + failed.size() == 1) {
        // One task: say which, and for a failure why.
        const qint64 id = succeeded.isEmpty() ? failed.first() : succeeded.first();
        const std::optional<Task> task = m_engine ? m_engine->task(id) : std::nullopt;
        const QString what = task ? QStringLiteral("%1 · %2").arg(task->profileId, task->spec.model) : QString();
        if (!succeeded.isEmpty()) {
            title = tr("Task #%1 succeeded").arg(id);
            message = what;
        } else {
            title = task ? tr("Task #%1: %2").arg(QString::number(id), TaskStates::displayName(task->state))
                         : tr("Task #%1 failed").arg(id);
            const QString reason = task && task->lastError ? ErrorCatalog::instance().explain(*task->lastError).title
                                                           : QString();
            message = reason.isEmpty() ? what : QStringLiteral("%1\n%2").arg(what, reason);
        }
    } else if (failed.isEmpty()) {
        message = tr("%n task(s) succeeded", nullptr, int(succeeded.size()));
    } else if (succeeded.isEmpty()) {
        message = tr("%n task(s) failed", nullptr, int(failed.size()));
    } else {
        //: Grouped notification, e.g. "12 tasks succeeded, 3 failed"
        message = tr("%n task(s) succeeded", nullptr, int(succeeded.size())) + tr(", ")
                  + tr("%n failed", nullptr, int(failed.size()));
    }

    emit notificationPosted(title, message);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, message, failed.isEmpty() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning,
                            8000);
    }
}

QString TrayNotifier::summary() const
{
    const auto count = [this](std::initializer_list<TaskState> states) {
        int total = 0;
        for (TaskState state : states)
            total += m_counts[size_t(state)];
        return total;
    };
    const int running = count({TaskState::Running, TaskState::Cancelling});
    const int queued = count({TaskState::Submitting, TaskState::Queued});
    const int failed = count({TaskState::Failed, TaskState::TimedOut, TaskState::Rejected, TaskState::Lost});
    const int unknown = count({TaskState::Unknown});
    const int succeeded = count({TaskState::Succeeded});

    QStringList parts;
    if (running > 0)
        parts.append(tr("%n running", nullptr, running));
    if (queued > 0)
        parts.append(tr("%n queued", nullptr, queued));
    if (unknown > 0)
        parts.append(tr("%n need a decision", nullptr, unknown));
    if (failed > 0)
        //: One count in the tray's summary ("3 running, 2 failed"); the same words end "12 tasks succeeded, 3 failed".
        parts.append(tr("%n failed", nullptr, failed));
    if (succeeded > 0)
        //: One count in the tray's summary ("3 running, 2 succeeded").
        parts.append(tr("%n succeeded", nullptr, succeeded));
    if (parts.isEmpty())
        return tr("QueueLens: no tasks");
    return tr("QueueLens: %1").arg(parts.join(tr(", ")));
}

void TrayNotifier::updateSummary()
{
    if (!m_tray)
        return;
    QString tip = summary();
    if (m_engine && m_engine->isPollingPaused())
        tip += QLatin1Char('\n') + tr("Polling paused");
    m_tray->setToolTip(tip);
}

void TrayNotifier::retranslate()
{
    if (m_menu) {
        m_showAction->setText(tr("&Show QueueLens"));
        m_pauseAction->setText(tr("&Pause polling"));
        m_quitAction->setText(tr("&Quit"));
    }
    updateSummary();
}

bool TrayNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
