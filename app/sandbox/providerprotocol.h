#pragma once

#include "sandboxcontext.h"
#include "sandboxtask.h"

#include <QJsonObject>
#include <QRandomGenerator64>
#include <QStringList>

#include <optional>

namespace QueueLensSandbox {

// One provider's wire protocol: its paths and methods, auth scheme, id format, status
// vocabulary, response shapes and error envelopes. The generic pipeline (SandboxServer) does
// routing to the provider, admin rules, special keys and fault shaping; a subclass only says
// how this provider spells things.
class ProviderProtocol
{
public:
    enum class AuthProblem {
        Missing,       // no Authorization header (or the wrong scheme)
        Invalid,       // sandbox-invalid-key
        NoCredit,      // sandbox-no-credit
        Forbidden,     // sandbox-forbidden
        RateLimited,   // sandbox-rate-limited
    };

    explicit ProviderProtocol(SandboxContext &context);
    virtual ~ProviderProtocol();
    ProviderProtocol(const ProviderProtocol &) = delete;
    ProviderProtocol &operator=(const ProviderProtocol &) = delete;

    virtual QString id() const = 0;

    // segments: the path after "/<provider>", split on '/'.
    virtual SandboxRoute match(const QByteArray &method, const QStringList &segments) const = 0;
    virtual SandboxReply handle(RequestState &state) = 0;

    // --- envelopes -------------------------------------------------------------------------
    // A code of this provider (or an undocumented one) in its envelope, with the given status.
    // detail fills message templates (Vidu's "{{.fields}}", SeaArt's "App not found: <id>").
    virtual SandboxReply catalogError(const QString &code, int status, const QString &detail) const = 0;
    // A bare HTTP status (429 and 5xx faults, http_<status> codes).
    virtual SandboxReply statusError(int status) const = 0;
    virtual SandboxReply unknownRoute(const SandboxRequest &request) const = 0;
    virtual SandboxReply authFailure(AuthProblem problem) const = 0;
    // A request the sandbox cannot read (bad JSON, bad scenario directive).
    virtual SandboxReply invalidRequest(const QString &message) const = 0;

    // Returns the problem, or nullopt with *key set to the presented key.
    virtual std::optional<AuthProblem> checkAuth(const SandboxRequest &request, QString *key) const;
    // Codes this provider reports inside a task (failure of a task that was accepted).
    QStringList inTaskCodes() const;
    // Whether the provider documents Retry-After on 429 (decides the default).
    virtual bool documentsRetryAfter() const { return false; }

    // error=<code> or a status fault, in this provider's envelope (+ Retry-After for 429).
    SandboxReply rejection(const Scenario &scenario, QRandomGenerator64 *rng) const;
    SandboxReply rateLimited(const std::optional<RetryAfterSpec> &retryAfter) const;

    // The status the sandbox's error table gives a code (400 for a code it does not know).
    int statusFor(const QString &code) const;
    static QString specialKeyProblemName(AuthProblem problem);

protected:
    struct SubmitPlan
    {
        Scenario scenario;          // everything merged: mix < rule < header < prompt
        QString cleanPrompt;
        quint64 sequence = 0;
        QRandomGenerator64 rng;
        std::optional<SandboxReply> reject;
    };

    // Reads the prompt directive, layers the scenarios, and decides whether to reject.
    SubmitPlan planSubmit(RequestState &state, const QString &prompt);
    // Fills timing, outcome and faults from the plan and stores the task.
    SandboxTask *createTask(RequestState &state, SubmitPlan &plan, SandboxTask draft);
    SandboxTask *visibleTask(const QString &id) const;

    // The JSON object body, or nullopt when it is empty or not an object.
    static std::optional<QJsonObject> bodyObject(const SandboxRequest &request);
    // Authorization "<scheme> <key>" with one of the given schemes (case-insensitive);
    // a bare key counts when acceptBare.
    static std::optional<AuthProblem> checkScheme(const SandboxRequest &request, const QStringList &schemes,
                                                  bool acceptBare, QString *key);
    QString randomCode(QRandomGenerator64 &rng, bool inTask) const;
    static QString randomToken(QRandomGenerator64 &rng, int length, const char *alphabet);
    QString fileUrl(const SandboxTask &task, const QString &name) const;
    // The HTML page a reverse proxy sends for 502/503/504 when the service behind it is down.
    static SandboxReply proxyErrorPage(int status);
    // A random request/trace id for error bodies (not reproducible, and need not be).
    static QString traceId(int length = 24);
    qint64 now() const;
    static qint64 unixSeconds(const QDateTime &utc);

    SandboxContext &m_ctx;
};

} // namespace QueueLensSandbox
