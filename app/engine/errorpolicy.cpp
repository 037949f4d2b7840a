#include "errorpolicy.h"

#include "errorcatalog.h"
#include "provideradapter.h"

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

bool submitMayHaveCreated(const ApiError &error, const ProviderAdapter *adapter)
{
    // The provider's own rules first (new-api codes, LLMAPI 5xx on async submits).
    if (adapter && adapter->submitMayHaveCreated(error))
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
