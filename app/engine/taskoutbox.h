#pragma once

#include "taskstore.h"

#include <QString>

#include <optional>

// Team mode's local journal: while the shared server cannot be written, the changes waiting
// for it (each task's stored and current copy, and timeline events) are kept in a file on this
// computer, replaced atomically at every failed write. If QueueLens stops before the server is
// back, the next start replays the file through the same conditional writes, so a request id
// received while the server was away is never lost. The file holds no key.
class TaskOutbox
{
public:
    // One file per shared database, in the app-data folder.
    explicit TaskOutbox(const QString &location);

    QString path() const { return m_path; }
    bool exists() const;
    // Replaces the file with these changes; false (with *error) when it cannot be written.
    bool save(const TaskStore::Batch &pending, QString *error = nullptr);
    // The changes in the file; nullopt (with *error) when it is damaged.
    std::optional<TaskStore::Batch> load(QString *error = nullptr) const;
    // The changes in a journal's bytes; nullopt (with *error naming `name`) when damaged.
    static std::optional<TaskStore::Batch> parse(const QByteArray &bytes, const QString &name, QString *error = nullptr);
    void clear();

    // Writes the file's changes into the store and removes the file when they are in. Returns
    // how many task changes were written (0 when there was no file); -1 with *error on failure
    // (the file stays for the next try).
    int replayInto(TaskStore &store, QString *error = nullptr);

private:
    QString m_path;
};
