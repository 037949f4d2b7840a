#include "resultdownloader.h"

#include "httpclient.h"
#include "inlineresults.h"
#include "resultsfolder.h"

#include <QMimeDatabase>
#include <QPointer>

namespace {

QString runningKey(qint64 taskId, const QString &url)
{
    return QString::number(taskId) + QLatin1Char(' ') + url;
}

} // namespace

ResultDownloader::ResultDownloader(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_pool.setMaxThreadCount(1);
}

ResultDownloader::~ResultDownloader()
{
    for (const quint64 handle : std::as_const(m_running)) {
        if (handle && m_http)
            m_http->abort(handle);
    }
    // A file being written finishes; its answer is dropped with this object's pending events.
    m_pool.waitForDone();
}

QList<QPair<int, QString>> ResultDownloader::resolve(TaskUpdate *update, const QUrl &baseUrl)
{
    QList<QPair<int, QString>> pending;
    for (const QString &entry : std::as_const(update->resultUrlsNeedingKey)) {
        const qsizetype index = update->resultUrls.indexOf(entry);
        QString absolute = entry;
        if (QUrl(entry).isRelative() && baseUrl.isValid()) {
            // Under the base's own path prefix, as adapters build their endpoints.
            QUrl url = baseUrl;
            QString path = url.path();
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            url.setPath(path + (entry.startsWith(QLatin1Char('/')) ? entry : QLatin1Char('/') + entry));
            absolute = url.toString();
        }
        if (index >= 0)
            update->resultUrls[index] = absolute;
        else
            update->resultUrls.append(absolute);
        const int at = int(update->resultUrls.indexOf(absolute));
        if (!QUrl(absolute).isRelative())
            pending.append({at, absolute});
    }
    update->resultUrlsNeedingKey.clear();
    return pending;
}

QList<QPair<QByteArray, QByteArray>> ResultDownloader::credentialHeaders(const ProviderRequest &statusRequest)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &header : statusRequest.headers) {
        const QByteArray name = header.first.toLower();
        if (name == "accept" || name == "content-type" || name == "content-length")
            continue;
        headers.append(header);
    }
    return headers;
}

QString ResultDownloader::suffixFor(const QByteArray &contentType)
{
    const QString mime = QString::fromLatin1(contentType.split(';').value(0)).trimmed().toLower();
    if (mime.isEmpty() || mime == QLatin1String("application/octet-stream"))
        return QStringLiteral("bin");
    if (mime == QLatin1String("image/apng"))
        return QStringLiteral("png");
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    QString suffix = type.isValid() ? type.preferredSuffix() : QString();
    if (suffix.isEmpty()) {
        // Unknown to the MIME database: the subtype, when it looks like a file suffix.
        suffix = mime.section(QLatin1Char('/'), 1);
        suffix.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    }
    return suffix.isEmpty() ? QStringLiteral("bin") : suffix.left(8);
}

bool ResultDownloader::download(const Download &download, std::function<void(const Outcome &)> done)
{
    const QString key = runningKey(download.taskId, download.url);
    if (!m_http || m_running.contains(key))
        return false;
    ProviderRequest request;
    request.phase = ApiPhase::Result;
    request.method = QByteArrayLiteral("GET");
    request.url = QUrl(download.url);
    request.headers = download.headers;
    m_running.insert(key, 0);
    const quint64 handle = m_http->send(
        request, download.timeoutMs,
        [this, download, key, done = std::move(done)](const HttpOutcome &outcome) {
            m_running.insert(key, 0);
            if (!outcome.isReply()) {
                m_running.remove(key);
                done({download.taskId, download.index, download.url, {},
                      outcome.error ? outcome.error->message : QStringLiteral("no answer")});
                return;
            }
            const ProviderReply &reply = *outcome.reply;
            if (reply.httpStatus < 200 || reply.httpStatus >= 300 || reply.body.isEmpty()) {
                m_running.remove(key);
                done({download.taskId, download.index, download.url, {},
                      QStringLiteral("HTTP %1 %2").arg(reply.httpStatus)
                          .arg(QString::fromUtf8(reply.body.left(200)).simplified())});
                return;
            }
            finish(download, reply.body, reply.headers.value(QByteArrayLiteral("content-type")), done);
        },
        MaxBodyBytes);
    m_running.insert(key, handle);
    return true;
}

void ResultDownloader::finish(const Download &download, const QByteArray &bytes, const QByteArray &contentType,
                              std::function<void(const Outcome &)> done)
{
    // Hundreds of megabytes are written on the pool's thread; the answer comes back queued.
    m_pool.start([this, download, bytes, contentType, done = std::move(done)]() mutable {
        Outcome outcome{download.taskId, download.index, download.url, {}, {}};
        const QString folder = download.folder.isEmpty() ? InlineResults::defaultFolder() : download.folder;
        outcome.fileUrl = ResultsFolder::save(folder, download.taskId, download.index, suffixFor(contentType), bytes,
                                              &outcome.problem);
        QMetaObject::invokeMethod(
            this,
            [this, outcome, done = std::move(done)] {
                m_running.remove(runningKey(outcome.taskId, outcome.url));
                done(outcome);
            },
            Qt::QueuedConnection);
    });
}

int ResultDownloader::inFlightCount() const
{
    return int(m_running.size());
}
