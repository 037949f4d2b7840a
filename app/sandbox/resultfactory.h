#pragma once

#include "sandboxtask.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace QueueLensSandbox {

// Makes the result files a task "generated": real PNG images (a gradient with the prompt's
// first words and the task id drawn in) and, for video tasks, a short APNG animation plus a
// PNG poster frame. Files are made on first request and cached, so thumbnails and downloads
// work offline and cost nothing after the first fetch. Thread-safe: the file route draws
// uncached files on a worker thread so a 12-frame animation never stalls the event loop.
class ResultFactory
{
public:
    struct File
    {
        QByteArray bytes;
        QByteArray contentType;
        QSize size;
        double durationSeconds = 0;   // videos only
    };

    static constexpr int VideoFrames = 12;
    static constexpr int VideoFrameMs = 125;
    static constexpr qint64 CacheLimitBytes = 96LL * 1024 * 1024;

    // "0.png", "1.png", ... for images; "video.apng" and "poster.png" for videos.
    static QStringList fileNames(const SandboxTask &task);
    static QString mainFileName(const SandboxTask &task, int index);   // what the provider links to
    static QSize pixelSize(const SandboxTask &task);
    static QByteArray contentTypeOf(const QString &name);
    static double videoDurationSeconds();
    // A small real PNG (a gradient in the task's colours) for answers that inline the image as
    // base64, such as LLMAPI's default b64_json: cheap enough to draw on every poll.
    static QByteArray smallPng(const SandboxTask &task, int index);
    static constexpr int SmallPngSide = 32;

    std::optional<File> file(const SandboxTask &task, const QString &name);
    bool isCached(const QString &taskId, const QString &name) const;
    void clear();

private:
    QImage drawFrame(const SandboxTask &task, int index, int frame, int frameCount) const;

    mutable QMutex m_mutex;   // guards the cache; drawing happens unlocked
    QHash<QString, File> m_cache;
    qint64 m_cacheBytes = 0;
};

} // namespace QueueLensSandbox
