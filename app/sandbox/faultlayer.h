#pragma once

#include "sandboxexchange.h"
#include "sandboxroute.h"
#include "scenario.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace QueueLensSandbox {

// The fault layer: outcomes queued for upcoming requests (admin API "next", scenario-file
// rules) and the transformations that turn a correct answer into a faulty one (hang, drop,
// malformed, truncated, oversize, slow, delayed) plus the Retry-After header of a 429.
// Provider envelopes are not its business: rejections are built by the protocols.
class FaultLayer
{
public:
    static constexpr qint64 DefaultOversizeBytes = 8LL * 1024 * 1024;
    static constexpr qint64 DefaultSlowMs = 2000;

    struct Rule
    {
        QString provider;    // provider id, or "*"
        QString route;       // "*", a kind (submit, poll, cancel, list, other), or a path pattern
                             // with or without the method and provider prefix
        Scenario scenario;
        int remaining = 1;   // -1: every matching request, forever
    };

    void addRule(const Rule &rule);
    QList<Rule> rules() const;
    void clearRules();
    // The scenario of the first rule matching this request (one use of it is consumed).
    std::optional<Scenario> takeRule(const QString &provider, const QByteArray &method, const SandboxRoute &route);
    QJsonArray rulesToJson() const;

    // Applies every non-rejecting fault of the scenario (fault, delay, size) to the reply.
    static void shape(SandboxReply &reply, const Scenario &scenario);
    static void shapeFault(SandboxReply &reply, const FaultSpec &fault, qint64 delayMs, qint64 oversizeBytes);
    // Adds (or leaves out) Retry-After on a 429 according to the spec; documented: whether the
    // provider documents the header, which decides the default.
    static void applyRetryAfter(SandboxReply &reply, const std::optional<RetryAfterSpec> &spec, bool documented);
    static qint64 pickDelay(const std::optional<DurationRange> &range);

private:
    static bool matches(const Rule &rule, const QString &provider, const QByteArray &method, const SandboxRoute &route);

    QList<Rule> m_rules;
};

} // namespace QueueLensSandbox
