#pragma once

#include "taskactions.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <optional>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Explains the last error of a task in the UI language: title, explanation and suggested fix
// from the error catalog, the category and retry class, the provider's code, HTTP status and
// request id (copyable), the raw answer (pretty JSON, secrets redacted), and the one or two
// actions that fit the retry class (Retry, Retry after a Retry-After countdown, Edit and
// resubmit, Open profile settings, Check again, Submit anyway).
class ErrorCard : public QFrame
{
    Q_OBJECT

public:
    enum class Suggestion { None, Retry, RetryAfter, EditResubmit, OpenProfile, CheckAgain, SubmitAnyway };
    Q_ENUM(Suggestion)

    explicit ErrorCard(QWidget *parent = nullptr);

    // Shows the task's problem; returns false (and clears) when there is nothing to explain.
    bool setTask(const Task &task);
    void clear();
    // Used to enable the buttons with the same rules as the menus (may be null).
    void setActions(TaskActions *actions);

    // The actions offered for this task: primary first.
    static QList<Suggestion> suggestionsFor(const Task &task);
    // Pretty-printed JSON when the body is JSON, else the text; API-key-looking strings masked.
    static QString prettyBody(const QByteArray &body);
    static QString redactSecrets(const QString &text);

    // What is on screen (tests and accessibility).
    QString titleText() const;
    QString explanationText() const;
    QString fixText() const;
    QString detailsText() const;
    QString requestIdText() const;
    QString rawText() const;
    QList<Suggestion> suggestions() const { return m_suggestions; }
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *secondaryButton() const { return m_secondary; }
    int retryCountdownSeconds() const;

    // Narrow enough for a detail pane squeezed by the docked submit panel: the buttons stack.
    QSize minimumSizeHint() const override;

signals:
    void actionRequested(TaskAction action, qint64 taskId);
    void openProfileRequested(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void refresh();
    void applyTint();
    void configureButton(QPushButton *button, Suggestion suggestion);
    void trigger(Suggestion suggestion);
    QString buttonText(Suggestion suggestion) const;
    void updateButtonDirection();

    std::optional<Task> m_task;
    QList<Suggestion> m_suggestions;
    QPointer<TaskActions> m_actions;
    QDateTime m_retryAt;   // when a Retry-After wait ends (UTC)
    QTimer m_countdown;
    bool m_tinting = false;

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_fixHeading;
    QLabel *m_fix;
    QLabel *m_message;
    QLabel *m_details;
    QLabel *m_requestIdLabel;
    QLabel *m_requestId;
    QToolButton *m_copyRequestId;
    QPushButton *m_primary;
    QPushButton *m_secondary;
    QBoxLayout *m_buttonRow = nullptr;
    QToolButton *m_rawToggle;
    QPlainTextEdit *m_raw;
};
