#pragma once

#include <QString>
#include <QUrl>

// A configured provider account: which protocol, where, and how politely to poll it.
// The API key is never part of the profile: it lives in the OS keychain (or memory/env).
struct ProviderProfile
{
    static constexpr int DefaultPollIntervalMs = 3000;
    static constexpr int DefaultMaxConcurrent = 4;
    static constexpr int DefaultDeadlineSeconds = 30 * 60;

    QString id;                      // stable local id, e.g. "sandbox-vidu"
    QString name;                    // shown to the operator
    QString provider;                // adapter id: seaart, foxapi, newapi, llmapi, vidu
    QUrl baseUrl;                    // e.g. https://api.vidu.com or http://127.0.0.1:8080/vidu
    int pollIntervalMs = DefaultPollIntervalMs;
    int maxConcurrent = DefaultMaxConcurrent;   // requests in flight for this profile
    int deadlineSeconds = DefaultDeadlineSeconds; // client-side deadline per task, 0 = none
    QString keyEnvironmentVariable;  // optional: read the key from this variable
    bool sandbox = false;            // created by --sandbox; any key works

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};
