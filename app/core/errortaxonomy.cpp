#include "errortaxonomy.h"

#include "apierror.h"

#include <array>
#include <utility>

namespace {

struct CategoryInfo
{
    ErrorCategory category;
    const char *id;
    const char *name;
};

// Ids are stable: they are stored in the database and printed by the CLI.
constexpr std::array kCategories{
    CategoryInfo{ErrorCategory::Auth, "auth", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Authentication")},
    CategoryInfo{ErrorCategory::Permission, "permission", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Permission")},
    CategoryInfo{ErrorCategory::Billing, "billing", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Billing")},
    CategoryInfo{ErrorCategory::Validation, "validation", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Invalid request")},
    CategoryInfo{ErrorCategory::ContentPolicy, "content_policy", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Content policy")},
    CategoryInfo{ErrorCategory::NotFound, "not_found", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Not found")},
    CategoryInfo{ErrorCategory::Conflict, "conflict", QT_TRANSLATE_NOOP("ErrorTaxonomy", "State conflict")},
    CategoryInfo{ErrorCategory::RateLimit, "rate_limit", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Rate limit")},
    CategoryInfo{ErrorCategory::Upstream, "upstream", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Upstream failure")},
    CategoryInfo{ErrorCategory::Server, "server", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Server error")},
    CategoryInfo{ErrorCategory::Timeout, "timeout", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Timeout")},
    CategoryInfo{ErrorCategory::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Cancelled")},
    CategoryInfo{ErrorCategory::Transport, "transport", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Network")},
    CategoryInfo{ErrorCategory::Unknown, "unknown", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Unknown")},
};

struct RetryInfo
{
    RetryClass retry;
    const char *id;
    const char *name;
};

constexpr std::array kRetryClasses{
    RetryInfo{RetryClass::RetryNow, "retry_now", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Retry now")},
    RetryInfo{RetryClass::RetryAfterDelay, "retry_after_delay", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Retry after a delay")},
    RetryInfo{RetryClass::FixInput, "fix_input", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Change the request")},
    RetryInfo{RetryClass::FixAccount, "fix_account", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Fix the account or key")},
    RetryInfo{RetryClass::CheckStateFirst, "check_state_first", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Check the task state first")},
    RetryInfo{RetryClass::NotRetryable, "not_retryable", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Retrying will not help")},
    RetryInfo{RetryClass::ContactSupport, "contact_support", QT_TRANSLATE_NOOP("ErrorTaxonomy", "Contact the provider")},
};

} // namespace

QString ErrorTaxonomy::categoryId(ErrorCategory category)
{
    for (const auto &info : kCategories) {
        if (info.category == category)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("unknown");
}

std::optional<ErrorCategory> ErrorTaxonomy::categoryFromId(QStringView id)
{
    for (const auto &info : kCategories) {
        if (id == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

QString ErrorTaxonomy::categoryName(ErrorCategory category)
{
    for (const auto &info : kCategories) {
        if (info.category == category)
            return tr(info.name);
    }
    return tr("Unknown");
}

QString ErrorTaxonomy::retryClassId(RetryClass retry)
{
    for (const auto &info : kRetryClasses) {
        if (info.retry == retry)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("not_retryable");
}

std::optional<RetryClass> ErrorTaxonomy::retryClassFromId(QStringView id)
{
    for (const auto &info : kRetryClasses) {
        if (id == QLatin1String(info.id))
            return info.retry;
    }
    return std::nullopt;
}

QString ErrorTaxonomy::retryClassName(RetryClass retry)
{
    for (const auto &info : kRetryClasses) {
        if (info.retry == retry)
            return tr(info.name);
    }
    return {};
}

QString ErrorTaxonomy::phaseName(ApiPhase phase)
{
    switch (phase) {
    case ApiPhase::Submit:
        return tr("submitting the task");
    case ApiPhase::Poll:
        return tr("checking the status");
    case ApiPhase::Result:
        return tr("fetching the result");
    case ApiPhase::Cancel:
        return tr("cancelling");
    case ApiPhase::List:
        return tr("searching the provider's task list");
    case ApiPhase::InTask:
        return tr("generating, at the provider");
    case ApiPhase::Transport:
        return tr("connecting");
    }
    return tr("checking the status");
}

ErrorCategory ErrorTaxonomy::categoryForHttpStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return ErrorCategory::Auth;
    case 402:
        return ErrorCategory::Billing;
    case 403:
        return ErrorCategory::Permission;
    case 404:
    case 410:
        return ErrorCategory::NotFound;
    case 408:
    case 504:
    case 524:
        return ErrorCategory::Timeout;
    case 409:
        return ErrorCategory::Conflict;
    case 429:
        return ErrorCategory::RateLimit;
    case 499:
        return ErrorCategory::Cancelled;
    case 502:
        return ErrorCategory::Upstream;
    default:
        break;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return ErrorCategory::Validation;
    if (httpStatus >= 500 && httpStatus < 600)
        return ErrorCategory::Server;
    return ErrorCategory::Unknown;
}

RetryClass ErrorTaxonomy::defaultRetryClass(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Auth:
    case ErrorCategory::Permission:
    case ErrorCategory::Billing:
        return RetryClass::FixAccount;
    case ErrorCategory::Validation:
    case ErrorCategory::ContentPolicy:
        return RetryClass::FixInput;
    case ErrorCategory::NotFound:
    case ErrorCategory::Conflict:
    case ErrorCategory::Unknown:
        return RetryClass::CheckStateFirst;
    case ErrorCategory::RateLimit:
    case ErrorCategory::Upstream:
    case ErrorCategory::Server:
    case ErrorCategory::Timeout:
    case ErrorCategory::Transport:
        return RetryClass::RetryAfterDelay;
    case ErrorCategory::Cancelled:
        return RetryClass::NotRetryable;
    }
    return RetryClass::CheckStateFirst;
}

QList<ErrorCategory> ErrorTaxonomy::allCategories()
{
    QList<ErrorCategory> result;
    for (const auto &info : kCategories)
        result.append(info.category);
    return result;
}

QList<RetryClass> ErrorTaxonomy::allRetryClasses()
{
    QList<RetryClass> result;
    for (const auto &info : kRetryClasses)
        result.append(info.retry);
    return result;
}
