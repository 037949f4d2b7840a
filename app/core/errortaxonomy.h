#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

enum class ApiPhase;   // apierror.h, which includes this header

// What kind of failure an error is, independent of the provider that reported it.
enum class ErrorCategory {
    Auth,
    Permission,
    Billing,
    Validation,
    ContentPolicy,
    NotFound,
    Conflict,
    RateLimit,
    Upstream,
    Server,
    Timeout,
    Cancelled,
    Transport,
    Unknown,
};

// What the operator (or the engine) should do about an error before trying again.
enum class RetryClass {
    RetryNow,          // transient; an immediate retry is reasonable
    RetryAfterDelay,   // back off (Retry-After or exponential), then retry
    FixInput,          // the request itself must change
    FixAccount,        // key, plan, balance or permissions must change
    CheckStateFirst,   // refresh the task before deciding (409, ambiguous submit)
    NotRetryable,      // retrying cannot help (already terminal, cancelled on purpose)
    ContactSupport,    // provider-side misconfiguration only they can fix
};

// Stable identifiers (used in JSON, the CLI and the database) and translated names
// for the two enums above, plus the HTTP-status based defaults used as a last resort.
class ErrorTaxonomy
{
    Q_DECLARE_TR_FUNCTIONS(ErrorTaxonomy)

public:
    static QString categoryId(ErrorCategory category);
    static std::optional<ErrorCategory> categoryFromId(QStringView id);
    static QString categoryName(ErrorCategory category);

    static QString retryClassId(RetryClass retry);
    static std::optional<RetryClass> retryClassFromId(QStringView id);
    static QString retryClassName(RetryClass retry);

    // What QueueLens was doing when the error came, as the error card says it ("checking the
    // status"); ApiError::phaseId() is the id kept in the database and exports.
    static QString phaseName(ApiPhase phase);

    static ErrorCategory categoryForHttpStatus(int httpStatus);
    static RetryClass defaultRetryClass(ErrorCategory category);

    static QList<ErrorCategory> allCategories();
    static QList<RetryClass> allRetryClasses();
};
