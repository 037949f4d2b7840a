#pragma once

#include "engine/httpclient.h"

#include <QtTest>

#include <memory>

// One request's callback: whether it ran, and with what.
struct HttpCall
{
    bool done = false;
    HttpOutcome outcome;
};

// Sends one request through an HttpClient and runs the event loop until its callback has run
// (or waitMs has passed: then the outcome is empty and a warning says so).
inline HttpOutcome sendAndWait(HttpClient &client, const ProviderRequest &request, int timeoutMs = 3000,
                               qint64 cap = -1, int waitMs = 10000)
{
    auto call = std::make_shared<HttpCall>();
    client.send(request, timeoutMs, [call](const HttpOutcome &outcome) {
        call->done = true;
        call->outcome = outcome;
    }, cap);
    if (!QTest::qWaitFor([call] { return call->done; }, waitMs))
        qWarning("request did not finish");
    return call->outcome;
}
