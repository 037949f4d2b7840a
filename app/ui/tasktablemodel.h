#pragma once

#include "clock.h"
#include "tasksummary.h"
#include "tasktally.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <memory>

class ProviderAdapterRegistry;
class TaskEngine;

// The task list as a table, built for a 100,000-task history: each row is a TaskSummary (what
// the columns show, never events, results or parameters) plus a lower-case UTF-8 search text.
// Display strings are made in data() for the rows being painted; an error's title and
// explanation are made once per distinct error and shared by every row that has it.
//
// Rows are kept in arrival order (the history arrives newest first, in pages, from the store
// thread; later tasks are appended); the proxy sorts and filters. A batch of engine changes
// becomes one dataChanged per contiguous span of rows. Durations of live rows are computed on
// paint; the view repaints the visible ones (TaskListWidget), so nothing here runs on a timer.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        ProviderColumn,
        ModelColumn,
        PromptColumn,
        ProgressColumn,
        SubmittedColumn,
        DurationColumn,
        AttemptsColumn,
        RemoteIdColumn,
        ErrorColumn,
        SubmittedByColumn,   // the operator (team mode); last, so saved header layouts stay valid
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,   // raw value for sorting (numbers, times, lower-case text)
        TaskIdRole,                    // qint64 local id
        StateRole,                     // int(TaskState)
        ProgressRole,                  // 0..100 or -1
        QueuePositionRole,             // -1 when unknown
        FailureKeyRole,                // TaskTally::failureKey
    };
    Q_ENUM(Role)

    // More changed rows than this in one batch are announced as one range.
    static constexpr int SingleRangeThreshold = 300;

    // One row: the summary, its search text and its error's index (public only so that the
    // row list can be declared relocatable below).
    struct Row
    {
        TaskSummary task;
        QByteArray haystack;       // searchForm() of the row's own searchable fields
        int error = -1;            // index into m_errors, -1 without an error
    };

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    // Reads the engine's history in pages (isLoading() until loadingFinished()) and follows
    // its batched signals from then on.
    void setEngine(TaskEngine *engine);
    TaskEngine *engine() const;
    bool isLoading() const { return m_loading; }
    // The clock for ages and durations (tests pass a ManualClock); nullptr = system clock.
    void setClock(const Clock *clock);

    // The update API the engine signals go through (also used directly by tests).
    void resetTasks(const QList<TaskSummary> &tasks);
    void upsertTasks(const QList<TaskSummary> &tasks);   // unknown ids are appended, known ids updated
    void removeTasks(const QList<qint64> &ids);
    // The same for full tasks (tests, benchmarks): only their summaries are kept.
    void resetTasks(const QList<Task> &tasks) { resetTasks(summariesOf(tasks)); }
    void upsertTasks(const QList<Task> &tasks) { upsertTasks(summariesOf(tasks)); }
    static QList<TaskSummary> summariesOf(const QList<Task> &tasks);
    // Adds a page of the history: ids already listed (announced meanwhile, so newer) are kept.
    void appendHistory(QList<TaskSummary> page);
    // Profile id -> display name, for the provider column.
    void setProfileNames(const QHash<QString, QString> &names);
    // Provider display names ("Vidu") for the provider column and the sidebar.
    void setAdapterRegistry(const ProviderAdapterRegistry *registry);
    QString providerName(const QString &provider) const;
    // What the provider column shows: "My key — Vidu", or the profile name when it names the
    // provider already ("Sandbox · Vidu").
    QString profileLabel(const QString &profileId, const QString &provider) const;

    int rowOfTask(qint64 id) const { return m_rowOf.value(id, -1); }
    const TaskSummary &taskAt(int row) const { return m_rows.at(row).task; }
    std::optional<TaskSummary> taskById(qint64 id) const;
    QString failureKeyAt(int row) const { return TaskTally::failureKey(m_rows.at(row).task); }
    QList<qint64> taskIds() const;
    const TaskTally &tally() const { return m_tally; }
    QString profileName(const QString &profileId) const;

    // Search support for the proxy. Words are lower-case UTF-8; a row matches a word when its
    // own text (ids, prompt, model, provider, profile, request id) or its error's text (code,
    // type, HTTP status, title) contains it.
    bool rowContains(int row, QByteArrayView word) const;
    // The rows of the batch being announced by dataChanged (empty otherwise), so the proxy
    // need not walk a wide range that covers a few scattered rows.
    const QList<int> &batchRows() const { return m_batchRows; }
    // Changes with every batch, so a listener can handle a batch's spans at once.
    quint64 batchSerial() const { return m_batchSerial; }
    // The error title shown in the Error column ("" when the row shows none).
    QString errorTitleAt(int row) const;
    // Duration in seconds (live rows: until now).
    qint64 ageSeconds(const TaskSummary &task) const;

    // Re-creates every cached, translated string (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnName(Column column);
    // "42 s", "3 min 05 s", "2 h 10 min", "3 d 4 h".
    static QString formatDuration(qint64 seconds);
    // The raw sort values of the Progress and Submitted columns (SortRole and the proxy).
    static double progressSortKey(const TaskSummary &task);
    static qint64 submittedSortKey(const TaskSummary &task);
    // The lower-case UTF-8 form searches compare in.
    static QByteArray searchForm(const QString &text);

    // Splits sorted row numbers into [first, last] runs of consecutive rows.
    static QList<QPair<int, int>> contiguousSpans(QList<int> rows);

signals:
    // After a batch changed the counters (sidebar, failure groups).
    void tallyChanged();
    // After a batch of updates (the detail pane refreshes when its task is among them).
    void tasksUpdated(const QList<qint64> &ids);
    // Every change of the list as summaries leave and enter it: removals only in before,
    // additions only in after, updates in both at the same index. Incremental counters (the
    // charts) keep themselves current from it.
    void summariesChanged(const QList<TaskSummary> &before, const QList<TaskSummary> &after);
    void loadingFinished();
    // Provider or profile names changed (labels elsewhere follow the model's).
    void labelsChanged();

private:
    // What every row with the same error shares: its title, tooltip and search text.
    struct ErrorInfo
    {
        QString title;
        QString tooltip;
        QByteArray haystack;
        TaskSummary sample;   // a task with this error, to make the texts again after a language switch
    };


    Row makeRow(const TaskSummary &task);
    int errorIndexOf(const TaskSummary &task);
    ErrorInfo makeErrorInfo(const TaskSummary &task) const;
    QString stateTooltip(const Row &row) const;
    QDateTime now() const;
    void rebuildIndex();
    void emitSpans(const QList<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles);
    void appendRows(const QList<TaskSummary> &tasks);

    void onEngineTasksChanged(const QList<qint64> &ids);
    void onEngineTasksRemoved(const QList<qint64> &ids);
    void onEngineProfilesChanged();

    QPointer<TaskEngine> m_engine;
    const Clock *m_clock = nullptr;
    std::unique_ptr<SystemClock> m_systemClock;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_profileNames;
    mutable QHash<QString, QString> m_profileLabels;   // cache of profileLabel(), made again on changes
    const ProviderAdapterRegistry *m_registry = nullptr;
    QList<ErrorInfo> m_errors;
    QHash<QString, int> m_errorIndex;   // error signature -> index into m_errors
    TaskTally m_tally;
    QList<int> m_batchRows;
    quint64 m_batchSerial = 0;
    bool m_loading = false;
    int m_loadGeneration = 0;
    QSet<qint64> m_removedWhileLoading;   // so an older page cannot bring them back
};

// Rows move in memory without copying their strings when the list grows (100,000 of them).
Q_DECLARE_TYPEINFO(TaskTableModel::Row, Q_RELOCATABLE_TYPE);
