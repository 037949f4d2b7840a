#pragma once

#include "providerexchange.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <functional>

class HttpClient;

// Results that only the profile's key can fetch (TaskUpdate::resultUrlsNeedingKey, e.g. new-api's
// GET {base}/v1/videos/{id}/content): the file is downloaded with the key into the results
// folder as "task-<id>-<index>.<ext>", so the task can show a local file. Asynchronous: the
// request goes through HttpClient and the file is written on a pool thread, never on the thread
// that owns the downloader (the GUI thread in the app).
class ResultDownloader : public QObject
{
    Q_OBJECT

public:
    // Videos are large: the usual body cap for API answers would refuse them.
    static constexpr qint64 MaxBodyBytes = 512LL * 1024 * 1024;

    struct Download
    {
        qint64 taskId = 0;
        int index = 0;                                  // position in the task's resultUrls
        QString url;                                    // absolute, as stored in resultUrls
        QList<QPair<QByteArray, QByteArray>> headers;   // the credentials (Authorization, ...)
        QString folder;                                 // empty: InlineResults::defaultFolder()
        int timeoutMs = 30000;                          // transfer timeout (no bytes for this long)
    };

    struct Outcome
    {
        qint64 taskId = 0;
        int index = 0;
        QString url;        // the URL that was downloaded
        QString fileUrl;    // file:// URL of the saved file; empty when the download failed
        QString problem;    // why it failed (no key material in it)
    };

    explicit ResultDownloader(HttpClient *http, QObject *parent = nullptr);
    ~ResultDownloader() override;   // stops what is still running; no callback after that

    // Makes every entry of update->resultUrlsNeedingKey absolute against baseUrl (in resultUrls
    // too) and returns the (index in resultUrls, absolute URL) pairs to download.
    static QList<QPair<int, QString>> resolve(TaskUpdate *update, const QUrl &baseUrl);

    // The header a status call of the same provider carries, minus what describes a JSON call.
    static QList<QPair<QByteArray, QByteArray>> credentialHeaders(const ProviderRequest &statusRequest);

    // "video/mp4" -> "mp4"; "bin" when nothing fits.
    static QString suffixFor(const QByteArray &contentType);

    // Starts a download; done is called once, later, on this object's thread. A second request
    // for the same task and URL while the first runs is ignored (returns false).
    bool download(const Download &download, std::function<void(const Outcome &)> done);
    int inFlightCount() const;

private:
    void finish(const Download &download, const QByteArray &bytes, const QByteArray &contentType,
                std::function<void(const Outcome &)> done);

    HttpClient *m_http;
    QThreadPool m_pool;                 // writes files; waited for in the destructor
    QHash<QString, quint64> m_running;  // "<taskId> <url>" -> HttpClient handle (0 while writing)
};
