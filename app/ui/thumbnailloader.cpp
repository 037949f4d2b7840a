#include "thumbnailloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace {

QString suffixForContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "image/png")
        return QStringLiteral("png");
    if (type == "image/apng" || type == "image/vnd.mozilla.apng")
        return QStringLiteral("apng");
    if (type == "image/jpeg")
        return QStringLiteral("jpg");
    if (type == "image/webp")
        return QStringLiteral("webp");
    if (type == "image/gif")
        return QStringLiteral("gif");
    if (type == "video/mp4")
        return QStringLiteral("mp4");
    return QStringLiteral("bin");
}

} // namespace

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ThumbnailLoader::setDownloadFolder(const QString &folder)
{
    m_folder = folder;
}

bool ThumbnailLoader::isPending(const QUrl &url) const
{
    return m_pending.contains(url);
}

QString ThumbnailLoader::targetPath(qint64 taskId, int index, const QUrl &url, const QByteArray &contentType) const
{
    QString suffix = QFileInfo(url.path()).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,5}$"));
    if (!plain.match(suffix).hasMatch())
        suffix = suffixForContentType(contentType);
    return QDir(m_folder).filePath(QStringLiteral("task-%1-%2.%3").arg(taskId).arg(index).arg(suffix));
}

QString ThumbnailLoader::existingFile(qint64 taskId, int index, const QUrl &url) const
{
    const QString guess = targetPath(taskId, index, url);
    if (QFileInfo::exists(guess))
        return guess;
    // Downloaded earlier with a suffix taken from the content type.
    const QStringList matches = QDir(m_folder).entryList({QStringLiteral("task-%1-%2.*").arg(taskId).arg(index)},
                                                         QDir::Files);
    return matches.isEmpty() ? QString() : QDir(m_folder).filePath(matches.first());
}

void ThumbnailLoader::request(qint64 taskId, int index, const QUrl &url)
{
    if (!url.isValid() || m_pending.contains(url))
        return;
    if (m_files.contains(url)) {
        finishFromDisk(url, m_files.value(url));
        return;
    }
    if (const QString existing = existingFile(taskId, index, url); !existing.isEmpty()) {
        finishFromDisk(url, existing);
        return;
    }
    if (url.isLocalFile()) {
        // Written by the engine (results sent inline): already on disk.
        if (QFileInfo::exists(url.toLocalFile()))
            finishFromDisk(url, url.toLocalFile());
        else
            QTimer::singleShot(0, this, [this, url] {
                emit failed(url, tr("The file %1 no longer exists.").arg(QDir::toNativeSeparators(url.toLocalFile())));
            });
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        QTimer::singleShot(0, this, [this, url] { emit failed(url, tr("Only http and https results can be downloaded.")); });
        return;
    }
    m_pending.insert(url);
    m_queue.append({taskId, index, url});
    startNext();
}

void ThumbnailLoader::finishFromDisk(const QUrl &url, const QString &file)
{
    // Answer later, never from inside request(): callers may still be setting up.
    QTimer::singleShot(0, this, [this, url, file] {
        m_files.insert(url, file);
        if (!m_thumbnails.contains(url))
            m_thumbnails.insert(url, makeThumbnail(file));
        emit ready(url, file);
    });
}

void ThumbnailLoader::startNext()
{
    while (m_running < MaxParallel && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        QNetworkRequest request(job.url);
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_nam->get(request);
        ++m_running;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxFileBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, job] { finished(reply, job); });
    }
}

void ThumbnailLoader::finished(QNetworkReply *reply, const Job &job)
{
    reply->deleteLater();
    --m_running;
    m_pending.remove(job.url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        const QString reason = status >= 400 ? tr("HTTP %1").arg(status) : reply->errorString();
        emit failed(job.url, reason);
        startNext();
        return;
    }
    const QString path =
        targetPath(job.taskId, job.index, job.url, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0 || !file.commit()) {
        emit failed(job.url, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        startNext();
        return;
    }
    m_files.insert(job.url, path);
    m_thumbnails.insert(job.url, makeThumbnail(path));
    emit ready(job.url, path);
    startNext();
}

QPixmap ThumbnailLoader::makeThumbnail(const QString &file) const
{
    QImageReader reader(file);
    if (file.endsWith(QLatin1String(".apng"), Qt::CaseInsensitive))
        reader.setFormat("png");   // the first frame of an animated PNG is an ordinary PNG image
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(ThumbnailEdge, ThumbnailEdge, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QPixmap() : QPixmap::fromImage(image);
}
