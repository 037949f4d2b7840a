#pragma once

#include <QString>
#include <QtGlobal>

// Engine-wide limits. Per-profile values live in ProviderProfile.
struct EngineSettings
{
    int maxConcurrentRequests = 6;      // across all profiles (QNAM's per-host limit on HTTP/1.1)
    int requestTimeoutMs = 30000;       // transfer timeout: no bytes moved for this long
    int submitTimeoutMs = 60000;        // a submit without an answer in this time -> Unknown
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxBackoffMs = 60000;
    int notFoundConfirmations = 3;      // "not found" answers in a row before a task is Lost
    int submitRateLimitRetries = 3;     // automatic retries of a submit refused with 429
    int bulkParallelism = 4;            // bulk cancel/retry items in flight
    // Shared store: take over every orphaned live task (the app, `watch`), or only the tasks this
    // process submits or acts on (one-shot CLI commands).
    bool adoptOrphans = true;
    qint64 leaseMs = 0;                 // 0: LeaseKeeper's default (QUEUELENS_LEASE_SECONDS or 15 s)
    int changeFeedIntervalMs = 400;     // how often other processes' commits are looked for
    bool storeThread = true;            // writes, feed and lease renewals on a thread of their own
    int storeBusyTimeoutMs = 5000;      // how long a write waits for another process's lock
    QString operatorName;               // recorded on submitted tasks; empty: OperatorIdentity::resolve()
    QString inlineResultsFolder;        // files of results sent inline (base64); empty: InlineResults::defaultFolder()
};
