#include "providerprotocol.h"

#include "faultlayer.h"
#include "scenariomix.h"
#include "scenarioparser.h"
#include "sandboxtaskstore.h"

#include "sandboxerrortables.h"

#include <QJsonDocument>

namespace QueueLensSandbox {

ProviderProtocol::ProviderProtocol(SandboxContext &context)
    : m_ctx(context)
{
}

ProviderProtocol::~ProviderProtocol() = default;

std::optional<ProviderProtocol::AuthProblem> ProviderProtocol::checkAuth(const SandboxRequest &request, QString *key) const
{
    return checkScheme(request, {QStringLiteral("Bearer")}, false, key);
}

std::optional<ProviderProtocol::AuthProblem> ProviderProtocol::checkScheme(const SandboxRequest &request,
                                                                           const QStringList &schemes,
                                                                           bool acceptBare, QString *key)
{
    const QString value = QString::fromUtf8(request.header("authorization")).trimmed();
    if (value.isEmpty())
        return AuthProblem::Missing;
    QString presented;
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString scheme = value.left(space);
        bool known = false;
        for (const QString &s : schemes)
            known = known || scheme.compare(s, Qt::CaseInsensitive) == 0;
        if (!known)
            return AuthProblem::Missing;   // a key in the wrong scheme is no key at all
        presented = value.mid(space + 1).trimmed();
    } else if (acceptBare) {
        presented = value;
    } else {
        return AuthProblem::Missing;
    }
    if (presented.isEmpty())
        return AuthProblem::Missing;
    if (presented == QLatin1String("sandbox-invalid-key"))
        return AuthProblem::Invalid;
    if (presented == QLatin1String("sandbox-no-credit"))
        return AuthProblem::NoCredit;
    if (presented == QLatin1String("sandbox-forbidden"))
        return AuthProblem::Forbidden;
    if (presented == QLatin1String("sandbox-rate-limited"))
        return AuthProblem::RateLimited;
    if (key)
        *key = presented;
    return std::nullopt;
}

QString ProviderProtocol::specialKeyProblemName(AuthProblem problem)
{
    switch (problem) {
    case AuthProblem::Missing: return QStringLiteral("missing");
    case AuthProblem::Invalid: return QStringLiteral("sandbox-invalid-key");
    case AuthProblem::NoCredit: return QStringLiteral("sandbox-no-credit");
    case AuthProblem::Forbidden: return QStringLiteral("sandbox-forbidden");
    case AuthProblem::RateLimited: return QStringLiteral("sandbox-rate-limited");
    }
    return {};
}

int ProviderProtocol::statusFor(const QString &code) const
{
    // "http_429" and "http_5xx" name their status themselves.
    if (code.startsWith(QLatin1String("http_"))) {
        const QString digits = code.mid(5);
        bool ok = false;
        const int status = digits.toInt(&ok);
        if (ok && status >= 400 && status <= 599)
            return status;
        if (digits.endsWith(QLatin1String("xx"))) {
            const int klass = digits.left(1).toInt();
            return klass == 4 ? 400 : 502;
        }
    }
    const SandboxErrorCode *entry = SandboxErrorTables::find(id(), code);
    // An undocumented code: a client error is the least surprising guess.
    return entry ? entry->status : 400;
}

QStringList ProviderProtocol::inTaskCodes() const
{
    return SandboxErrorTables::inTaskCodes(id());
}

QString ProviderProtocol::randomCode(QRandomGenerator64 &rng, bool inTask) const
{
    const QStringList codes = inTask ? inTaskCodes() : SandboxErrorTables::requestCodes(id());
    if (codes.isEmpty())
        return QStringLiteral("http_500");
    return codes.at(qsizetype(rng.bounded(quint64(codes.size()))));
}

SandboxReply ProviderProtocol::rejection(const Scenario &scenario, QRandomGenerator64 *rng) const
{
    SandboxReply reply;
    if (scenario.error) {
        QString code = *scenario.error;
        if (code.compare(QLatin1String("random"), Qt::CaseInsensitive) == 0) {
            QRandomGenerator64 fallback(QRandomGenerator64::global()->generate());
            code = randomCode(rng ? *rng : fallback, false);
        }
        const int status = scenario.status.value_or(statusFor(code));
        // http_<status> identifiers mean "only the status is documented": the bare status answer.
        reply = code.startsWith(QLatin1String("http_")) ? statusError(status) : catalogError(code, status, {});
        reply.status = status;
        reply.fault = QStringLiteral("error");
    } else if (scenario.fault && scenario.fault->rejects()) {
        reply = statusError(scenario.status.value_or(scenario.fault->status));
        reply.fault = scenario.fault->label();
    } else {
        return statusError(500);
    }
    if (reply.status == 429)
        FaultLayer::applyRetryAfter(reply, scenario.retryAfter, documentsRetryAfter());
    return reply;
}

SandboxReply ProviderProtocol::rateLimited(const std::optional<RetryAfterSpec> &retryAfter) const
{
    SandboxReply reply = statusError(429);
    FaultLayer::applyRetryAfter(reply, retryAfter, documentsRetryAfter());
    return reply;
}

ProviderProtocol::SubmitPlan ProviderProtocol::planSubmit(RequestState &state, const QString &prompt)
{
    SubmitPlan plan;
    const ScenarioParser::PromptResult directive = ScenarioParser::fromPrompt(prompt);
    plan.cleanPrompt = directive.cleanPrompt;
    plan.sequence = m_ctx.store->nextSequence(id());
    plan.rng = m_ctx.mix->taskRng(id(), plan.sequence);
    if (!directive.error.isEmpty()) {
        plan.reject = invalidRequest(directive.error);
        return plan;
    }
    plan.scenario = m_ctx.mix->baseScenario(plan.rng);
    plan.scenario.overrideWith(state.scenario);
    plan.scenario.overrideWith(directive.scenario);
    state.scenario = plan.scenario;   // request faults of the submit come from the merged view
    if (plan.scenario.rejectsRequest())
        plan.reject = rejection(plan.scenario, &plan.rng);
    return plan;
}

SandboxTask *ProviderProtocol::createTask(RequestState &state, SubmitPlan &plan, SandboxTask draft)
{
    const Scenario &s = plan.scenario;
    QRandomGenerator64 &rng = plan.rng;
    draft.provider = id();
    draft.submitRoute = state.route.pattern;
    draft.apiKey = state.apiKey;
    draft.prompt = plan.cleanPrompt;
    draft.createdMs = now();
    draft.createdUtc = QDateTime::currentDateTimeUtc();
    draft.queueMs = s.queue ? s.queue->pick(rng) : 2000;
    draft.runMs = s.run ? s.run->pick(rng) : 6000;
    draft.steps = s.steps.value_or(4);
    if (s.timeout.value_or(false)) {
        draft.outcome = TaskOutcome::Timeout;
    } else if (s.fail) {
        draft.outcome = TaskOutcome::Fail;
        draft.failCode = s.fail->compare(QLatin1String("random"), Qt::CaseInsensitive) == 0 ? randomCode(rng, true)
                                                                                              : *s.fail;
    }
    draft.stuck = s.stuck.value_or(StuckPhase::None);
    draft.vanishAfterMs = s.vanish ? s.vanish->pick(rng) : -1;
    if (s.media)
        draft.media = *s.media;
    if (s.outputs)
        draft.outputs = *s.outputs;
    if (s.shape)
        draft.resultShape = *s.shape;
    if (s.failShape)
        draft.failShape = *s.failShape;
    draft.noResultUrl = s.noUrl.value_or(false);
    if (draft.media == MediaKind::Video)
        draft.outputs = 1;
    if (s.pollFault && s.pollFault->kind != FaultSpec::Kind::None) {
        draft.pollFault = *s.pollFault;
        draft.pollFaultsLeft = s.pollCount.value_or(1);
    }
    draft.pollDelayMs = s.pollDelay ? s.pollDelay->pick(rng) : 0;
    draft.seed = rng.generate();
    draft.scenarioText = s.toText();
    return m_ctx.store->add(std::move(draft));
}

SandboxTask *ProviderProtocol::visibleTask(const QString &taskId) const
{
    return m_ctx.store->findVisible(id(), taskId);
}

std::optional<QJsonObject> ProviderProtocol::bodyObject(const SandboxRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString ProviderProtocol::randomToken(QRandomGenerator64 &rng, int length, const char *alphabet)
{
    const auto size = quint64(qstrlen(alphabet));
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[rng.bounded(size)]);
    return token;
}

QString ProviderProtocol::fileUrl(const SandboxTask &task, const QString &name) const
{
    return m_ctx.fileUrl(task.id, name);
}

SandboxReply ProviderProtocol::proxyErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + sandboxReasonPhrase(status);
    return SandboxReply::raw(status, QByteArrayLiteral("text/html"),
                             QByteArrayLiteral("<html>\r\n<head><title>") + title
                                 + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title
                                 + QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
}

QString ProviderProtocol::traceId(int length)
{
    return randomToken(*QRandomGenerator64::global(), length, "0123456789abcdef");
}

qint64 ProviderProtocol::now() const
{
    return m_ctx.store->nowMs();
}

qint64 ProviderProtocol::unixSeconds(const QDateTime &utc)
{
    return utc.toSecsSinceEpoch();
}

} // namespace QueueLensSandbox
