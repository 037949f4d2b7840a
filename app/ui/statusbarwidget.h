#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class TaskEngine;

// The permanent part of the main window's status bar: whether polling is live or paused (with
// the toggle), how many provider requests are in flight, and which profiles are waiting out a
// rate limit, counting down each second ("vidu: 12 s") so the operator sees when calls resume.
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    StatusBarWidget(TaskEngine *engine, QWidget *parent);

    // For tests: the texts as shown.
    QString pollingText() const;
    QString requestsText() const;
    QString rateLimitText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

public:
    static constexpr int CoalesceMs = 250;

private:
    void retranslate();

    TaskEngine *m_engine;
    QLabel *m_dot = nullptr;
    QLabel *m_polling = nullptr;
    QToolButton *m_toggle = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_rateLimits = nullptr;
    QTimer *m_countdown = nullptr;
    QTimer *m_coalesce = nullptr;   // activity changes, gathered
    qint64 m_shownLook = 0;         // pause state and size the dot and icon were made for
};
