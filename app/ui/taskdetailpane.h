#pragma once

#include "taskactions.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class AppSettings;
class ErrorCard;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class TaskEngine;
class TaskTableModel;
class ThumbnailLoader;
struct TaskEvent;

// Everything about the selected task: a summary, the error card, result thumbnails (downloaded
// into the download folder; double-click opens the file), the full parameters as JSON, the
// timeline of events and the attempts.
class TaskDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ResultsTab, ParametersTab, TimelineTab, AttemptsTab };

    TaskDetailPane(TaskEngine *engine, AppSettings *settings, QWidget *parent = nullptr);
    // Names providers and profiles as the table does.
    void setTaskModel(const TaskTableModel *model) { m_taskModel = model; }

    void setActions(TaskActions *actions);
    // nullopt: nothing selected.
    void showTask(const std::optional<Task> &task);
    // Called for every batch of updated tasks; refreshes when the shown task is among them.
    void tasksUpdated(const QList<qint64> &ids);
    qint64 taskId() const { return m_task ? m_task->id : 0; }

    ErrorCard *errorCard() const { return m_errorCard; }
    QTabWidget *tabs() const { return m_tabs; }
    ThumbnailLoader *thumbnails() const { return m_loader; }
    QString parametersText() const;
    int timelineCount() const;
    int attemptCount() const;
    int resultCount() const;
    int readyThumbnailCount() const;

    // model, kind, prompt and every parameter, as the operator would resubmit them.
    static QJsonObject specJson(const TaskSpec &spec);

signals:
    void actionRequested(TaskAction action, qint64 taskId);
    void openProfileRequested(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshSummary();
    void refreshResults();
    void reloadTimeline();
    void reloadAttempts();
    void appendEvent(const TaskEvent &event);
    void thumbnailReady(const QUrl &url);
    void thumbnailFailed(const QUrl &url, const QString &reason);
    void openSelectedResult();
    void openFolder();
    QLabel *addFact(QFormLayout *form, QLabel **labelOut);

    QPointer<TaskEngine> m_engine;
    const TaskTableModel *m_taskModel = nullptr;
    AppSettings *m_settings;
    std::optional<Task> m_task;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    QLabel *m_heading;
    QLabel *m_stateLabel, *m_stateValue;
    QLabel *m_providerLabel, *m_providerValue;
    QLabel *m_modelLabel, *m_modelValue;
    QLabel *m_remoteLabel, *m_remoteValue;
    QLabel *m_submittedLabel, *m_submittedValue;
    QLabel *m_finishedLabel, *m_finishedValue;
    QLabel *m_attemptsLabel, *m_attemptsValue;
    QLabel *m_promptLabel, *m_promptValue;
    QToolButton *m_copyRemote;
    ErrorCard *m_errorCard;

    QTabWidget *m_tabs;
    QListWidget *m_results;
    QLabel *m_resultsStatus;
    QPushButton *m_openResult;
    QPushButton *m_openFolder;
    QPlainTextEdit *m_parameters;
    QPushButton *m_copyJson;
    QTreeWidget *m_timeline;
    QTreeWidget *m_attempts;
    ThumbnailLoader *m_loader;
};
