#pragma once

#include <QString>
#include <QStringList>

// Results some providers send inline (base64 images, as data: URLs from the adapters) are
// written to files, so that the database, exports and the table hold a short file URL rather
// than megabytes of text. Runs on the parser's thread.
class InlineResults
{
public:
    // Replaces every data: URL in urls by the file:// URL of the decoded file
    // "task-<id>-<index>.<ext>" in folder. A data: URL that cannot be written stays as it is
    // (nothing is lost) and error names the problem. Other URLs pass unchanged.
    static QStringList store(const QStringList &urls, qint64 taskId, const QString &folder, QString *error = nullptr);

    // The folder used when none is configured: "results" in the app's data folder.
    static QString defaultFolder();
};
