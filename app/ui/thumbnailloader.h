#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads result files into the download folder and makes thumbnails of them.
// Each URL is fetched once: a file already on disk (same task, same index) is reused, so
// reopening a task costs nothing. At most a few downloads run at a time; the rest wait.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxParallel = 3;
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
    static constexpr int ThumbnailEdge = 160;

    explicit ThumbnailLoader(QObject *parent = nullptr);

    void setDownloadFolder(const QString &folder);
    QString downloadFolder() const { return m_folder; }

    // Starts (or reuses) the download of a task's result file.
    void request(qint64 taskId, int index, const QUrl &url);
    QString localFile(const QUrl &url) const { return m_files.value(url); }
    QPixmap thumbnail(const QUrl &url) const { return m_thumbnails.value(url); }
    bool isPending(const QUrl &url) const;

    // "<folder>/task-<id>-<index>.<ext>" (ext from the URL, else from the content type).
    QString targetPath(qint64 taskId, int index, const QUrl &url, const QByteArray &contentType = {}) const;

signals:
    void ready(const QUrl &url, const QString &file);
    void failed(const QUrl &url, const QString &reason);

private:
    struct Job
    {
        qint64 taskId = 0;
        int index = 0;
        QUrl url;
    };

    void startNext();
    void finished(QNetworkReply *reply, const Job &job);
    void finishFromDisk(const QUrl &url, const QString &file);
    QPixmap makeThumbnail(const QString &file) const;
    QString existingFile(qint64 taskId, int index, const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    QString m_folder;
    QList<Job> m_queue;
    QSet<QUrl> m_pending;   // queued or running
    int m_running = 0;
    QHash<QUrl, QString> m_files;
    QHash<QUrl, QPixmap> m_thumbnails;
};
