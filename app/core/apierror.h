#pragma once

#include "errortaxonomy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Which call of a task's life produced an error.
enum class ApiPhase {
    Submit,
    Poll,
    Result,
    Cancel,
    List,
    InTask,     // the poll succeeded (2xx) but the task itself reports a failure
    Transport,  // no usable HTTP answer at all (DNS, refused, TLS, timeout, dropped)
};

// One provider error, normalised. Every field keeps the provider's own words verbatim;
// category and retry class are derived (catalog first, then type, then HTTP status).
struct ApiError
{
    static constexpr qsizetype RawBodyCap = 64 * 1024;

    ApiPhase phase = ApiPhase::Poll;
    int httpStatus = 0;            // 0 for in-task and transport errors
    QString provider;              // "seaart", "foxapi", "newapi", "llmapi", "vidu", or "queuelens"
    QString code;                  // provider's machine code or message-style identifier, verbatim
    QString type;                  // provider's class string (error.type), if any
    QString message;               // provider's human text, request-id suffix removed
    QString requestId;             // provider request id / trace id
    std::optional<int> retryAfterSeconds;
    ErrorCategory category = ErrorCategory::Unknown;
    RetryClass retryClass = RetryClass::NotRetryable;
    bool documented = false;       // the catalog has an entry for provider+code (or type)
    bool codeInferred = false;     // the answer named no code: QueueLens chose one from the task's state
    QByteArray rawBody;            // at most RawBodyCap bytes
    bool rawBodyTruncated = false;

    void setRawBody(const QByteArray &body);

    static QString phaseId(ApiPhase phase);
    static std::optional<ApiPhase> phaseFromId(QStringView id);

    QJsonObject toJson() const;
    static ApiError fromJson(const QJsonObject &object);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};
