#pragma once

#include "apierror.h"
#include "taskstate.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A provider call described as data: adapters build these, the HTTP client sends them.
struct ProviderRequest
{
    ApiPhase phase = ApiPhase::Poll;
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;   // includes Authorization; never logged
    QByteArray body;                                // JSON, empty for GET
};

// What came back over HTTP (transport failures never reach an adapter).
struct ProviderReply
{
    int httpStatus = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;          // names lower-cased
};

// What an adapter understood from a reply. Fields left at their defaults mean "no news".
struct TaskUpdate
{
    std::optional<TaskState> state;
    QString remoteId;                   // submit: the provider's id
    QJsonObject remoteData;             // merged into Task::remoteData (e.g. SeaArt's status/response URLs)
    int progress = -1;                  // 0..100
    int queuePosition = -1;
    int estimatedSeconds = -1;          // provider hint for the next poll (FoxAPI estimated_time)
    QStringList resultUrls;
    // Entries of resultUrls that only the profile's key can fetch (no public link). An entry may
    // be a path relative to the profile's base URL; the engine makes it absolute, keeps it as the
    // result and downloads the file with the key (ResultDownloader), then shows the local file.
    QStringList resultUrlsNeedingKey;
    std::optional<ApiError> error;      // an HTTP error answer or an in-task failure
    bool fetchResult = false;           // the task is done; call resultRequest() for the outputs
    bool notFound = false;              // the provider does not know the id (counts towards Lost)
    QString excerpt;                    // short redacted text for the timeline
};

// Where and as whom to call a provider.
struct ProviderEndpoint
{
    QUrl baseUrl;
    QString apiKey;
};
