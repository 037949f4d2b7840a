#pragma once

#include "clock.h"
#include "task.h"
#include "tasktally.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <memory>

class TaskEngine;

// The task list as a table. Rows are kept in arrival order; the proxy sorts and filters.
//
// Built for thousands of live rows: id -> row is a hash; every display string (state name,
// error title and tooltip, formatted times, search text) is computed once per update and cached,
// so data() is a lookup; a batch of engine changes becomes one dataChanged per contiguous span
// of rows (or a single range when many rows changed); one 1 s timer refreshes only the age
// column of live rows.
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
    static constexpr int AgeRefreshMs = 1000;

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    // Loads the engine's tasks and follows its batched signals from then on.
    void setEngine(TaskEngine *engine);
    TaskEngine *engine() const;
    // The clock for ages and durations (tests pass a ManualClock); nullptr = system clock.
    void setClock(const Clock *clock);

    // The update API the engine signals go through (also used directly by tests).
    void resetTasks(const QList<Task> &tasks);
    void upsertTasks(const QList<Task> &tasks);   // unknown ids are appended, known ids updated
    void removeTasks(const QList<qint64> &ids);
    // Profile id -> display name, for the provider column.
    void setProfileNames(const QHash<QString, QString> &names);

    int rowOfTask(qint64 id) const { return m_rowOf.value(id, -1); }
    const Task &taskAt(int row) const { return m_rows.at(row).task; }
    std::optional<Task> taskById(qint64 id) const;
    QString searchTextAt(int row) const { return m_rows.at(row).searchText; }
    QString failureKeyAt(int row) const { return m_rows.at(row).failureKey; }
    QList<qint64> taskIds() const;
    const TaskTally &tally() const { return m_tally; }
    QString profileName(const QString &profileId) const;

    // What the 1 s timer does: dataChanged on the age column of every non-terminal row.
    void refreshAges();
    // Re-creates every cached, translated string (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnName(Column column);
    // "42 s", "3 min 05 s", "2 h 10 min", "3 d 4 h".
    static QString formatDuration(qint64 seconds);

    // Splits sorted row numbers into [first, last] runs of consecutive rows.
    static QList<QPair<int, int>> contiguousSpans(QList<int> rows);

signals:
    // After a batch changed the counters (sidebar, failure groups).
    void tallyChanged();
    // After a batch of updates (the detail pane refreshes when its task is among them).
    void tasksUpdated(const QList<qint64> &ids);

private:
    struct Row
    {
        Task task;
        QString stateText;
        QString providerText;
        QString promptText;
        QString submittedText;
        QString durationText;      // terminal rows only; live rows are formatted on demand
        QString progressText;
        QString errorTitle;
        QString errorTooltip;
        QString stateTooltip;
        QString searchText;        // lower-case haystack for the search box
        QString failureKey;
    };

    Row makeRow(const Task &task) const;
    void fillTexts(Row &row) const;
    qint64 ageSeconds(const Task &task) const;
    QDateTime now() const;
    void rebuildIndex();
    void emitSpans(const QList<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles);
    void updateAgeTimer();

    void onEngineTasksChanged(const QList<qint64> &ids);
    void onEngineTasksAdded(const QList<qint64> &ids);
    void onEngineProfilesChanged();

    QPointer<TaskEngine> m_engine;
    const Clock *m_clock = nullptr;
    std::unique_ptr<SystemClock> m_systemClock;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_profileNames;
    TaskTally m_tally;
    QTimer m_ageTimer;
};
