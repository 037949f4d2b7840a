#pragma once

#include "providerprofile.h"
#include "task.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The engine's persistence: profiles (never their keys), tasks, attempts, timeline events,
// last errors and results in one SQLite file (WAL, synchronous=FULL, foreign keys on).
// Every write is committed before the call returns, so a request id saved with
// saveSubmitAnswer() survives a SIGKILL right after it. Many changes at once go through
// write(), one transaction per batch, with statements prepared once per connection.
// Not thread-safe: one instance per thread; each instance has its own connection name.
class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    // Version 1: profiles, tasks (results as a JSON column), attempts, events.
    // Version 2: results in their own table, index on task state.
    static constexpr int SchemaVersion = 2;

    struct Migration
    {
        int version;                 // user_version after this step
        QStringList statements;
    };
    static const QList<Migration> &migrations();

    // <AppDataLocation>/queuelens.sqlite
    static QString defaultPath();

    // Changes collected by the engine and written in one transaction.
    struct Batch
    {
        QList<Task> tasks;                          // full rows (results included)
        QList<QPair<qint64, TaskAttempt>> attempts; // inserted or replaced
        QList<TaskEvent> events;                    // appended

        bool isEmpty() const { return tasks.isEmpty() && attempts.isEmpty() && events.isEmpty(); }
    };

    TaskStore();
    ~TaskStore();
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    // Opens (creating and migrating as needed). path empty: defaultPath(). On failure the
    // translated reason is in *error and lastError(), and the store stays closed.
    bool open(const QString &path = {}, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const;
    QString connectionName() const;
    int schemaVersion() const;       // user_version of the open file
    QString lastError() const;       // translated, of the last failed call
    void setBusyTimeoutMs(int ms);   // how long to wait for another writer (default 3000)

    QList<ProviderProfile> loadProfiles();
    bool saveProfile(const ProviderProfile &profile);
    bool removeProfile(const QString &profileId);

    // Inserts the task (id assigned), its current attempt and the events in one transaction.
    bool insertTask(Task &task, const QList<TaskEvent> &events = {});
    // The answer of a submit: the task row (with its remote id) and the attempt, committed at once.
    bool saveSubmitAnswer(const Task &task, const QList<TaskEvent> &events = {});
    bool write(const Batch &batch);
    bool removeTasks(const QList<qint64> &ids);

    QList<Task> loadTasks();
    std::optional<Task> loadTask(qint64 id);
    QList<TaskAttempt> attempts(qint64 taskId);
    QList<TaskEvent> events(qint64 taskId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
