#pragma once

#include "task.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class ParamsEditor;
class ProviderAdapter;
class ProviderAdapterRegistry;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class TaskEngine;

// The "new task" form: profile, model/endpoint, kind, prompt, extra parameters and a number of
// copies. Everything is checked here (parameter syntax and the adapter's own rules) before the
// engine sees it. Many copies are handed to the engine in small chunks from a zero timer, so
// the window keeps painting while 100 tasks are created.
class SubmitPanel : public QWidget
{
    Q_OBJECT

public:
    SubmitPanel(TaskEngine *engine, QWidget *parent);

    // Without a registry the model and kind fields are free text and only the engine validates.
    void setAdapterRegistry(const ProviderAdapterRegistry *registry);

    // Fills the form from an existing task (its profile, model, kind, prompt and parameters).
    void editAndResubmit(const Task &task);

    // For tests and the main window: the spec the form currently describes.
    TaskSpec currentSpec() const;
    QString currentProfileId() const;
    bool isSubmitting() const;
    QString problemText() const;   // the inline message, empty when there is none

    static constexpr int MaxCopies = 100;
    static constexpr int ChunkSize = 10;   // engine submits per event-loop turn

signals:
    void submitted(const QList<qint64> &ids);
    void manageProfilesRequested();   // "no profile yet: open settings"

public slots:
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadProfiles();
    void onProfileChanged();
    void submitNextChunk();
    void finishSubmitting(const QString &problem);
    // Checks the form; returns the first problem (translated) or empty.
    QString validateForm() const;
    void updateValidation();
    // The message under the form is kept as a phrase, so that a language switch renders it
    // again in the new language; a QString is shown as it is (an engine's reason).
    using Phrase = std::function<QString()>;
    void showProblem(const QString &text);
    void showProblem(const Phrase &text);
    void showStatus(const QString &text);
    void showStatus(const Phrase &text);
    void renderMessage();
    void updateSubmitButton();
    void retranslate();
    const ProviderAdapter *currentAdapter() const;

    TaskEngine *m_engine;
    const ProviderAdapterRegistry *m_registry = nullptr;
    QString m_currentProvider;

    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileBox = nullptr;
    QPushButton *m_manageProfiles = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_modelBox = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindBox = nullptr;
    QLabel *m_promptLabel = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QLabel *m_paramsLabel = nullptr;
    ParamsEditor *m_params = nullptr;
    QLabel *m_copiesLabel = nullptr;
    QSpinBox *m_copies = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_submit = nullptr;

    // A submit in progress (chunked).
    QTimer *m_chunkTimer = nullptr;
    QString m_pendingProfile;
    TaskSpec m_pendingSpec;
    int m_remaining = 0;
    int m_requested = 0;
    QList<qint64> m_createdIds;
    bool m_triedOnce = false;   // live validation starts after the first Submit
    bool m_messageIsProblem = false;
    Phrase m_messagePhrase;
};
