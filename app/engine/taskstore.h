#pragma once

#include "providerprofile.h"
#include "storebackend.h"
#include "task.h"
#include "tasksummary.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// The engine's persistence and the shared source of truth of every QueueLens process that opens
// the same database: profiles (never their keys), tasks, attempts, timeline events and results.
// The database is an SQLite file (WAL, synchronous=FULL, foreign keys on), or a PostgreSQL server
// a team shares (team mode, "postgresql://..." as the location); StoreBackend holds what differs.
//
// Sharing rules (README "The task engine"):
//  * Conditional writes. Every task row has a version. commit() updates only the fields that
//    differ between the copy a process read (TaskWrite::base) and its new copy, and only where
//    the row still has the version it read; on a conflict it re-reads the row inside the same
//    transaction and re-applies the change or drops it (TaskWrite outcome). A remote id is never
//    replaced by an empty value within one attempt.
//  * Leases. Taking or giving back a lease is a change of the row too (its version moves), so a
//    copy read before it never overwrites it. A process registers as an owner (heartbeat, expiry) and claims tasks; only the
//    holder polls or cancels them. Claims succeed only for tasks nobody holds or whose holder's
//    lease expired. A clean exit releases everything.
//  * Change feed. Every change stamps the row with a store-wide change sequence; removals leave
//    a tombstone. changesSince() reads on from where a process stopped; dataVersion() says
//    cheaply whether any other connection committed since the last look.
// Every write is committed before the call returns. Not thread-safe: one instance per thread;
// each instance has its own connection name.
class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    // Version 1: profiles, tasks (results as a JSON column), attempts, events.
    // Version 2: results in their own table, index on task state.
    // Version 3: row versions, leases (owners), change sequence and tombstones.
    // Version 4: who submitted each task (submitted_by). PostgreSQL databases start at 3.
    static constexpr int SchemaVersion = 4;

    using Migration = StoreBackend::Migration;
    // The SQLite file's migrations, in order (each backend has its own list; see StoreBackend).
    static QList<Migration> migrations();

    // Connects to a location without changing anything in it (Preferences' "Test connection"):
    // empty on success with *summary saying what is there, else the reason it cannot be used.
    // Blocks for up to the connect timeout; safe on any thread.
    static QString probe(const QString &location, QString *summary);

    // <AppDataLocation>/queuelens.sqlite
    static QString defaultPath();

    // One task's change: the copy it was derived from and the copy to store.
    struct TaskWrite
    {
        Task base;               // as last read or written (base.version is the expected version)
        Task task;               // the new copy
        bool releaseLease = false;
    };

    enum class WriteResult {
        Applied,     // written as asked
        Merged,      // the row had moved on; the change was re-applied on top of it
        Dropped,     // the row had moved on incompatibly (another attempt, another state): not written
        Gone,        // the row no longer exists (removed by another process)
    };

    struct WriteOutcome
    {
        qint64 id = 0;
        WriteResult result = WriteResult::Applied;
        Task stored;             // the row as it is now in the database (not for Gone)
    };

    // Changes collected by the engine and written in one transaction.
    struct Batch
    {
        QList<TaskWrite> writes;
        QList<TaskEvent> events;   // appended (skipped for tasks that no longer exist)

        bool isEmpty() const { return writes.isEmpty() && events.isEmpty(); }
    };

    // A process that holds leases.
    struct Owner
    {
        QString id;              // unique per process run
        QString program;         // "queuelens", "queuelens-cli", ...
        qint64 pid = 0;
        QString host;
        qint64 expiresAtMs = 0;  // wall clock, ms since the epoch
    };

    // What changed since a given change sequence.
    struct ChangeSet
    {
        QList<Task> tasks;         // current rows, in change order
        QList<qint64> removed;     // ids removed since
        qint64 lastSequence = 0;   // read on from here next time
        bool more = false;         // the limit was reached: read again
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
    QString path() const;              // the location as given to open() (a URI may hold a password)
    QString displayLocation() const;   // for messages: the file, or the server URI without password
    bool isShared() const;             // a database server (team mode), not a local file
    QString connectionName() const;
    int schemaVersion() const;       // user_version of the open file
    QString lastError() const;       // translated, of the last failed call
    // How long a write waits for another process's write lock before it fails (default 5000).
    void setBusyTimeoutMs(int ms);

    QList<ProviderProfile> loadProfiles();
    bool saveProfile(const ProviderProfile &profile);
    bool removeProfile(const QString &profileId);

    // Inserts the task (id, version and change sequence assigned), its current attempt and the
    // events in one transaction. task.owner, when set, is the lease holder from the start.
    bool insertTask(Task &task, const QList<TaskEvent> &events = {});
    // Writes the batch in one transaction. outcomes (optional) gets one entry per write. Returns
    // false when the transaction failed as a whole (nothing written; see lastError()).
    bool commit(const Batch &batch, QList<WriteOutcome> *outcomes = nullptr);
    // Removes the tasks (with their attempts, events and results) and leaves tombstones.
    bool removeTasks(const QList<qint64> &ids);

    QList<Task> loadTasks();
    std::optional<Task> loadTask(qint64 id);
    // The tasks that are not finished (Submitting, Queued, Running, Cancelling, Unknown), by id;
    // answered from the state index, so start-up cost does not grow with the history.
    QList<Task> loadLiveTasks();
    // Tasks matching a filter, by id (an empty list of states or provider: no restriction).
    QList<Task> findTasks(const QList<TaskState> &states, const QString &provider = {});
    // One page of the history as summaries, newest first: ids below beforeId (0: from the
    // newest). Reads neither results, parameters nor raw answers, so a list of 100,000 tasks
    // stays small. Returns nullopt when the store failed.
    std::optional<QList<TaskSummary>> loadSummaries(qint64 beforeId, int limit);
    QList<TaskAttempt> attempts(qint64 taskId);
    QList<TaskEvent> events(qint64 taskId);

    // --- leases ------------------------------------------------------------------------------
    // Registers (or renews) this process as an owner until nowMs + leaseMs.
    bool registerOwner(const Owner &owner, qint64 nowMs, qint64 leaseMs);
    // Renews the lease. *lost is set when the owner row had been removed meanwhile (another
    // process took this one for dead); the owner is registered again in that case.
    bool heartbeat(const Owner &owner, qint64 nowMs, qint64 leaseMs, bool *lost = nullptr);
    // Claims the given tasks (empty: every live task, and every Unknown task without a holder)
    // that nobody holds or whose holder's lease has expired. Returns the claimed rows as they
    // are now (owner set), or nullopt when the store failed.
    // A sweep (ids empty) leaves the tasks of skipProfiles alone: their keys are not on this machine.
    std::optional<QList<Task>> claimTasks(const QString &ownerId, const QList<qint64> &ids, qint64 nowMs,
                                          const QStringList &skipProfiles = {});
    // Gives up the leases on these tasks (empty: all of the owner's) so another process adopts
    // them at once.
    bool releaseTasks(const QString &ownerId, const QList<qint64> &ids = {});
    // Releases everything and removes the owner row (a clean exit).
    bool unregisterOwner(const QString &ownerId);
    // The live holder of a task's lease, if any (expired holders do not count).
    std::optional<Owner> leaseHolder(qint64 taskId, qint64 nowMs);
    // Asks the holder of a live task to cancel it (seen through the change feed).
    bool requestCancel(qint64 taskId);

    // --- change feed -------------------------------------------------------------------------
    // Changes when another connection committed (SQLite: PRAGMA data_version; PostgreSQL: the
    // change sequence): cheap, one small read.
    qint64 dataVersion();
    qint64 currentSequence();
    // Calls onChange (on this store's thread, from its event loop) whenever another connection
    // commits a change, where the database can say so (PostgreSQL LISTEN/NOTIFY); the change
    // sequence stays the source of truth. False when it cannot; nullptr stops listening.
    bool listenForChanges(std::function<void()> onChange);
    ChangeSet changesSince(qint64 sequence, int limit = 5000);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
