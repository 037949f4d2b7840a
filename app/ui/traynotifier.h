#pragma once

#include "taskstate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>

class AppSettings;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class TaskEngine;

// The tray icon (where the desktop has a tray) and the desktop notifications for finished tasks.
// Finishes are collected for a short window and announced together ("12 tasks succeeded,
// 3 failed"), so a batch never floods the desktop with a hundred bubbles. Without a system tray
// (offscreen, some Wayland desktops) nothing is shown, but notificationPosted() still fires so
// the main window can show the text itself.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(TaskEngine *engine, AppSettings *settings, QObject *parent);
    ~TrayNotifier() override;

    static constexpr int DefaultGroupWindowMs = 2000;
    void setGroupWindowMs(int ms);   // tests shorten it

    bool hasTrayIcon() const;
    QString summary() const;         // the tooltip text: "3 running, 5 queued, 2 failed"
    bool hasPendingNotification() const;   // outcomes collected, waiting for the group window

signals:
    void showWindowRequested();
    void quitRequested();            // when nothing is connected, the application quits
    void notificationPosted(const QString &title, const QString &message);

private:
    void onTasksAdded(const QList<qint64> &ids);
    void onTasksChanged(const QList<qint64> &ids);
    void onTasksRemoved(const QList<qint64> &ids);
    void setKnownState(qint64 id, TaskState state);
    void flush();
    void updateSummary();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    TaskEngine *m_engine;
    AppSettings *m_settings;
    QHash<qint64, TaskState> m_known;       // last state seen per task
    std::array<int, 16> m_counts{};         // per TaskState, kept in step with m_known (cheap tooltip)
    QList<qint64> m_succeeded;              // collected during the grouping window
    QList<qint64> m_failed;
    QTimer *m_groupTimer = nullptr;
    QTimer *m_summaryTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QMenu> m_menu;
    QAction *m_showAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_quitAction = nullptr;
};
