#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProviderAdapterRegistry;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class TaskEngine;

// Starts tracking tasks that were created elsewhere (another tool, a script, a colleague):
// the operator picks a profile, pastes remote ids (one per line) or loads a text, CSV or JSON
// file (our own exports too), and each id is handed to TaskEngine::track(). Every line gets its
// own result, so a list of 500 ids with three typos reports exactly those three.
class TaskImportDialog : public QDialog
{
    Q_OBJECT

public:
    TaskImportDialog(TaskEngine *engine, QWidget *parent);

    void setAdapterRegistry(const ProviderAdapterRegistry *registry);
    void setIdsText(const QString &text);
    bool loadFile(const QString &file, QString *error);

    // One pasted line, checked.
    struct Line
    {
        int number = 0;        // 1-based line in the text
        QString remoteId;
        QString problem;       // translated; empty when the id can be imported
    };
    // trackedIds: remote ids the chosen profile already tracks, mapped to their local ids.
    static QList<Line> checkLines(const QString &text, const QHash<QString, qint64> &trackedIds);
    // RFC 4180 records; the remote-id column of an export (or the first column) as lines.
    static QList<QStringList> parseCsv(const QString &text);
    static QString idsFromCsv(const QString &text);
    // The remote ids in a JSON task list: our own export (an array of task objects, or an object
    // with a "tasks" array), objects naming the id remote_id / request_id / task_id, or an array
    // of id strings; as lines. nullopt (with *error, translated) when the text is no such list.
    static std::optional<QString> idsFromJson(const QString &text, QString *error);

    static constexpr int MaxIdLength = 256;
    static constexpr int ChunkSize = 50;

signals:
    void imported(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadProfiles();
    void onProfileChanged();
    void revalidate();
    void startImport();
    void importNextChunk();
    void chooseFile();
    void setResult(int row, const QString &text, bool ok);
    QHash<QString, qint64> trackedIds() const;
    void retranslate();

    TaskEngine *m_engine;
    const ProviderAdapterRegistry *m_registry = nullptr;
    QList<Line> m_lines;
    QList<Line> m_pending;
    QList<qint64> m_imported;
    QString m_pendingProfile;
    int m_pendingRow = 0;
    // Remote ids already tracked, per profile, from the whole history (TaskEngine::tasks()
    // holds only the live tasks). Import waits until it is read.
    QHash<QString, QHash<QString, qint64>> m_known;
    bool m_historyRead = false;

    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_idsLabel = nullptr;
    QPlainTextEdit *m_ids = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_results = nullptr;
    QPushButton *m_importButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_timer = nullptr;
};
