#include "errorpolicy.h"

#include "errorcatalog.h"

namespace ErrorPolicy {

bool neverSent(const ApiError &error)
{
    return error.code == QLatin1String("connection_refused") || error.code == QLatin1String("host_not_found")
           || error.code == QLatin1String("network_unreachable") || error.code == QLatin1String("tls_error");
}

bool pointsAtNetwork(const ApiError &error)
{
    return error.code == QLatin1String("host_not_found") || error.code == QLatin1String("network_unreachable")
           || error.code == QLatin1String("connection_timeout") || error.code == QLatin1String("proxy_error");
}

bool isRateLimit(const ApiError &error)
{
    return error.httpStatus == 429 || error.category == ErrorCategory::RateLimit;
}

bool isTransient(const ApiError &error)
{
    if (error.phase == ApiPhase::Transport || isRateLimit(error))
        return true;
    switch (error.category) {
    case ErrorCategory::Server:
    case ErrorCategory::Upstream:
    case ErrorCategory::Timeout:
    case ErrorCategory::Transport:
        return true;
    default:
        return error.httpStatus >= 500;
    }
}

bool isAccountProblem(const ApiError &error)
{
    return error.category == ErrorCategory::Auth || error.category == ErrorCategory::Permission
           || error.category == ErrorCategory::Billing;
}

// Provider codes whose documented meaning is "the answer was lost after the upstream took the
// task", so a refused-looking submit may still have created one. Keyed here rather than on the
// catalog's retry class, which also marks ordinary poll trouble (CheckStateFirst on 404/409).
static bool ambiguousSubmitCode(const ApiError &error)
{
    // LLMAPI on 500-504: "for async images, query task status first to avoid duplicate
    // submissions", unless the answer names a documented refusal (IMAGE_TASKS_DISABLED, ...).
    if (error.provider == QLatin1String("llmapi") && error.httpStatus >= 500 && error.httpStatus <= 504)
        return error.code.startsWith(QLatin1String("http_")) || !error.documented;
    if (error.provider != QLatin1String("newapi"))
        return false;
    // Catalog: read_response_body_failed "the upstream may have created the task";
    // update_data_error "the upstream task may exist even though the gateway did not record it".
    if (error.code == QLatin1String("read_response_body_failed") || error.code == QLatin1String("update_data_error"))
        return true;
    // Inferred from new-api's task adaptors: raised after the upstream answered 200 to the create
    // call but its body could not be decoded, so the upstream task most likely exists.
    return error.code == QLatin1String("unmarshal_response_body_failed");
}

bool submitMayHaveCreated(const ApiError &error)
{
    if (ambiguousSubmitCode(error))
        return true;
    const int status = error.httpStatus;
    if (status >= 200 && status < 300)
        return true;
    if (error.category == ErrorCategory::Timeout)
        return true;
    if (status == 408 || status == 504 || status == 524)
        return true;
    return status == 502 && !error.documented;
}

ApiError clientError(const QString &code, ApiPhase phase, const QString &message)
{
    ApiError error;
    error.phase = phase;
    error.provider = QStringLiteral("queuelens");
    error.code = code;
    error.message = message;
    ErrorCatalog::instance().classify(error);
    return error;
}

} // namespace ErrorPolicy
