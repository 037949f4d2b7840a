#pragma once

#include <QByteArray>
#include <QString>

// Where result files go: the folder the operator chose in Preferences (shared by the app and
// queuelens-cli), and how a file is written there without replacing anything already in it.
class ResultsFolder
{
public:
    // The desktop preference that holds the folder (QSettings of organization and application
    // "QueueLens").
    static QString preferenceKey();
    // The user's Pictures folder + "QueueLens".
    static QString defaultPath();
    // QUEUELENS_RESULTS_FOLDER when set, else the desktop preference, else defaultPath().
    static QString configured();

    // Writes bytes as "task-<id>-<index>.<suffix>" in folder (created when missing). A file of that
    // name is never replaced, since the folder is the user's: "-2", "-3", ... are tried instead.
    // Returns the file:// URL, or an empty string with error set.
    static QString save(const QString &folder, qint64 taskId, int index, const QString &suffix, const QByteArray &bytes,
                        QString *error);
};
