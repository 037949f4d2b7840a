#include "sandboxerrortables.h"

namespace QueueLensSandbox {

namespace {

constexpr CodeUse Req = CodeUse::Request;
constexpr CodeUse Task = CodeUse::InTask;

// SeaArt, seed 000 and protocols.md section 1. The page gives a status only for
// "Request not found" and the cancel outcomes.
constexpr SandboxErrorCode kSeaArt[] = {
    // inferred: gateway auth failure, 401 as on every Bearer/Key gateway
    {"UNAUTHORIZED", 401, true, Req},
    // inferred: the code names a rate limit
    {"RATE_LIMIT_EXCEEDED", 429, true, Req},
    // inferred: FastAPI's "not found" for an unknown app
    {"App not found", 404, true, Req},
    // inferred: a permission refusal
    {"Model not allowed for this user", 403, true, Req},
    // inferred: the request itself is refused, a client error
    {"webhook not supported", 400, true, Req},
    // inferred: the request itself is refused, a client error
    {"SSE streaming not supported", 400, true, Req},
    // inferred: a runtime crash is a server error
    {"Runtime execution failed", 500, true, Req},
    // inferred: FastAPI's default "Not Found" detail comes with 404
    {"Not Found", 404, true, Req},
    {"Request not found", 404, false, Req},
    {"ALREADY_COMPLETED", 400, false, Req},
    {"NOT_FOUND", 404, false, Req},
    // In-task error_type values (status COMPLETED + error). The status is what the result route
    // answers for a failed request.
    // inferred: a failed inference is a server-side failure
    {"INFERENCE_FAILURE", 500, true, Task},
    // inferred: gateway timeout
    {"INFERENCE_TIMEOUT", 504, true, Task},
    // inferred: invalid input is a client error
    {"REQUEST_INVALID", 400, true, Task},
    // inferred: a content refusal is a client error
    {"CONTENT_BLOCKED", 400, true, Task},
    // inferred: nginx's "client closed request" is the usual status for a cancelled request
    {"CANCELED", 499, true, Task},
    // inferred: named after HTTP 500
    {"INTERNAL_SERVER_ERROR", 500, true, Task},
};

// FoxAPI, seed 001 and protocols.md section 2: HTTP table, error types, task-specific codes.
constexpr SandboxErrorCode kFoxApi[] = {
    {"http_400", 400, false, Req},
    {"http_401", 401, false, Req},
    {"http_402", 402, false, Req},
    {"http_403", 403, false, Req},
    {"http_404", 404, false, Req},
    {"http_429", 429, false, Req},
    {"http_500", 500, false, Req},
    // The seed lists the types and the statuses but does not pair them.
    // inferred: pairs with 400 Bad Request
    {"invalid_request_error", 400, true, Req},
    // inferred: pairs with 401 Unauthorized
    {"authentication_error", 401, true, Req},
    // inferred: pairs with 403 Forbidden
    {"permission_error", 403, true, Req},
    // inferred: pairs with 404 Not Found
    {"not_found_error", 404, true, Req},
    // inferred: pairs with 429 Too Many Requests
    {"rate_limit_error", 429, true, Req},
    // inferred: pairs with 500 Internal Server Error
    {"server_error", 500, true, Req},
    // Task-specific codes (seed) and the larger Evolink list (protocols.md 2.8). They travel in
    // a 200 poll; the status is only used when a test asks for one as a request rejection.
    // inferred: an unavailable upstream model is a bad gateway
    {"model_unavailable", 502, true, Task},
    // inferred: a content refusal is a client error
    {"content_policy_violation", 400, true, Task},
    // inferred: a failed generation is a server error
    {"generation_failed", 500, true, Task},
    // inferred: gateway timeout
    {"timeout", 504, true, Task},
    // inferred: an unreachable input URL is a client error
    {"invalid_image_url", 400, true, Task},
    // inferred: payload too large
    {"file_too_large", 413, true, Task},
    // inferred: a client error
    {"unsupported_format", 400, true, Task},
    // inferred: a client error
    {"invalid_parameters", 400, true, Task},
    // inferred: a client error (the input image could not be processed)
    {"image_processing_error", 400, true, Task},
    // inferred: nginx's "client closed request"
    {"request_cancelled", 499, true, Task},
    // inferred: gateway timeout
    {"generation_timeout", 504, true, Task},
    // inferred: upstream capacity, a bad gateway
    {"resource_exhausted", 502, true, Task},
    // inferred: a quota is a rate limit
    {"quota_exceeded", 429, true, Task},
    // inferred: named after HTTP 503
    {"service_unavailable", 503, true, Task},
    // inferred: named after HTTP 404
    {"resource_not_found", 404, true, Task},
    // inferred: unknown failures are server errors
    {"unknown_error", 500, true, Task},
};

// new-api (TokenDog), seed 002 and protocols.md section 3b. new-api fixes no status per code;
// the few observed in its source are marked as such, everything else is inferred.
constexpr SandboxErrorCode kNewApi[] = {
    {"http_400", 400, false, Req},
    {"http_401", 401, false, Req},
    {"http_403", 403, false, Req},
    {"http_404", 404, false, Req},
    {"http_429", 429, false, Req},
    // inferred: "5xx upstream / gateway error" names no single status; 502 is the gateway's own
    {"http_5xx", 502, true, Req},
    // inferred: the relay wraps request validation with 400
    {"invalid_request", 400, true, Req},
    // inferred: a malformed body is a client error
    {"bad_request_body", 400, true, Req},
    {"read_request_body_failed", 400, false, Req},
    // inferred: a client error
    {"convert_request_failed", 400, true, Req},
    // inferred: a content refusal (NewError's default 500 is usually overridden with 400)
    {"sensitive_words_detected", 400, true, CodeUse::Both},
    // inferred: a content refusal
    {"prompt_blocked", 400, true, CodeUse::Both},
    // inferred: access refusals come with 403
    {"access_denied", 403, true, Req},
    {"model_not_found", 503, false, Req},
    // inferred: a client error
    {"invalid_api_type", 400, true, Req},
    {"get_channel_failed", 500, false, Req, true},
    // inferred: no usable channel key, the service is unavailable
    {"channel:no_available_key", 503, true, Req, true},
    // inferred: a channel fault is a bad gateway
    {"channel:invalid_key", 502, true, Req, true},
    // inferred: a channel fault is a bad gateway
    {"channel:model_mapped_error", 502, true, Req, true},
    // inferred: upstream timeout
    {"channel:response_time_exceeded", 504, true, CodeUse::Both, true},
    {"insufficient_user_quota", 403, false, Req},
    // inferred: like insufficient_user_quota
    {"pre_consume_token_quota_failed", 403, true, Req},
    // inferred: a pricing misconfiguration is a server error
    {"model_price_error", 500, true, Req},
    // inferred: a server-side failure
    {"count_token_failed", 500, true, Req},
    // inferred: the upstream call failed, a bad gateway
    {"do_request_failed", 502, true, CodeUse::Both, true},
    // inferred: a bad gateway
    {"bad_response", 502, true, CodeUse::Both, true},
    // inferred: a bad gateway
    {"bad_response_status_code", 502, true, Req, true},
    // inferred: a bad gateway
    {"empty_response", 502, true, CodeUse::Both, true},
    // inferred: a bad gateway
    {"read_response_body_failed", 502, true, Req, true},
    // inferred: a server error
    {"json_marshal_failed", 500, true, Req},
    // inferred: a server error
    {"query_data_error", 500, true, Req},
    // inferred: a server error
    {"update_data_error", 500, true, Req},
    {"task_not_exist", 400, false, Req},
    // inferred: a concurrency limit is a rate limit
    {"token_concurrency_limit_reached", 429, true, Req},
    // inferred: the gate itself is unavailable
    {"token_concurrency_unavailable", 503, true, Req},
    // In-task codes seen in channel adaptors' ConvertToOpenAIVideo (error.code of a failed video).
    // inferred: a failed upstream task is a server error
    {"task_failed", 500, true, Task},
    // inferred: a failed upstream task is a server error
    {"generation_failed", 500, true, Task},
};

// LLMAPI, seed 003 and protocols.md section 4: every IMAGE_TASK_* reason has a documented status.
constexpr SandboxErrorCode kLlmApi[] = {
    {"http_400", 400, false, Req},
    {"http_401", 401, false, Req},
    {"http_403", 403, false, Req},
    {"http_404", 404, false, Req},
    {"http_409", 409, false, Req},
    {"http_413", 413, false, Req},
    {"http_429", 429, false, Req},
    {"http_500", 500, false, Req},
    {"http_502", 502, false, Req},
    {"http_503", 503, false, Req},
    {"http_504", 504, false, Req},
    {"invalid_request_error", 400, false, Req},
    {"not_found_error", 404, false, Req},
    {"IMAGE_TASKS_DISABLED", 503, false, Req},
    {"IMAGE_TASK_STORAGE_UNAVAILABLE", 503, false, CodeUse::Both},
    {"IMAGE_TASK_INVALID_REQUEST", 400, false, Req},
    {"IMAGE_TASK_UNSUPPORTED_MODEL", 400, false, Req},
    {"IMAGE_TASK_UNSUPPORTED_FEATURE", 400, false, Req},
    {"IMAGE_TASK_SUBSCRIPTION_UNSUPPORTED", 400, false, Req},
    {"IMAGE_TASK_INSUFFICIENT_BALANCE", 403, false, Req},
    {"IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", 429, false, Req},
    {"IMAGE_TASK_ALREADY_TERMINAL", 409, false, Req},
    {"IMAGE_TASK_NOT_FOUND", 404, false, Req},
    {"Images API is not supported for this platform", 404, false, Req},
    {"Token counting is not supported for this platform", 404, false, Req},
    {"API key group platform is not gemini", 400, false, Req},
    {"Request body is empty", 400, false, Req},
    // Terminal task statuses and the sub2api-style in-task error type.
    // inferred: a failed task is a server error
    {"failed", 500, true, Task},
    // inferred: gateway timeout (the seed lists 504 for task execution timeouts)
    {"timeout", 504, true, Task},
    // inferred: nginx's "client closed request"
    {"canceled", 499, true, Task},
    // inferred: "upstream returned no generated images" is a bad gateway
    {"api_error", 502, true, Task},
};

// Vidu, seed 004 and protocols.md section 5: the older error-code page gives the statuses.
constexpr SandboxErrorCode kVidu[] = {
    {"BadRequest", 400, false, Req},
    {"FieldLacking", 400, false, Req},
    {"FieldUnwanted", 400, false, Req},
    {"FieldItemCountOutOfRange", 400, false, Req},
    {"PageSizeOutOfRange", 400, false, Req},
    {"ImageDownloadFailure", 400, false, CodeUse::Both},
    {"OperationInProcess", 400, false, Req},
    {"ImageFormatInvalid", 400, false, CodeUse::Both},
    {"AuditSubmitIllegal", 400, false, CodeUse::Both},
    {"CreditInsufficient", 400, false, CodeUse::Both},
    {"CreationPolicyViolation", 400, false, CodeUse::Both},
    {"ModelUnavailable", 400, false, CodeUse::Both},
    {"UserCancelled", 400, false, CodeUse::Both},
    {"FieldInvalid", 400, false, Req},
    {"ImageCheckBodyJointsFailed", 400, false, CodeUse::Both},
    {"ImageCheckFaceFailed", 400, false, CodeUse::Both},
    {"ImageObjectsUndetected", 400, false, CodeUse::Both},
    {"TaskPromptPolicyViolation", 400, false, CodeUse::Both},
    {"Unauthorized", 401, false, Req},
    {"Forbidden", 403, false, Req},
    {"TaskNotFound", 404, false, Req},
    {"CreationNotFound", 404, false, Req},
    {"NotFound", 404, false, Req},
    {"Conflict", 409, false, Req},
    {"QuotaExceeded", 429, false, Req},
    {"TooManyRequests", 429, false, Req},
    {"SystemThrottling", 429, false, Req},
    {"Canceled", 499, false, Req},
    {"InternalServiceFailure", 500, false, CodeUse::Both},
    // The newer table's codes have no status; they read as in-task err_code values.
    // inferred: an unknown failure is a server error
    {"Unknown", 500, true, Task},
    // inferred: input failures are 400 like the older face/body checks
    {"FaceDetectFailure", 400, true, Task},
    // inferred: like ImageDownloadFailure
    {"VideoDownloadFailure", 400, true, Task},
    // inferred: like ImageFormatInvalid
    {"VideoFormatInvalid", 400, true, Task},
    // inferred: like ImageCheckFaceFailed
    {"FaceDetectNotPass", 400, true, Task},
    // inferred: like AuditSubmitIllegal
    {"PhotoAuditNotPass", 400, true, Task},
    // inferred: like ImageCheckFaceFailed
    {"NoFaceDetected", 400, true, Task},
    // inferred: like ImageCheckFaceFailed
    {"MultiFaceDetected", 400, true, Task},
    // inferred: like AuditSubmitIllegal
    {"AuditFailed", 400, true, Task},
    // inferred: like ImageFormatInvalid
    {"ImageSizeInvalid", 400, true, Task},
};

QStringList codesWhere(QStringView provider, bool (SandboxErrorCode::*test)() const)
{
    QStringList codes;
    for (const SandboxErrorCode &entry : SandboxErrorTables::of(provider)) {
        if ((entry.*test)())
            codes << QString::fromUtf8(entry.code);
    }
    return codes;
}

} // namespace

std::span<const SandboxErrorCode> SandboxErrorTables::of(QStringView provider)
{
    if (provider == u"seaart")
        return kSeaArt;
    if (provider == u"foxapi")
        return kFoxApi;
    if (provider == u"newapi")
        return kNewApi;
    if (provider == u"llmapi")
        return kLlmApi;
    if (provider == u"vidu")
        return kVidu;
    return {};
}

const SandboxErrorCode *SandboxErrorTables::find(QStringView provider, QStringView code)
{
    for (const SandboxErrorCode &entry : of(provider)) {
        if (code == QLatin1StringView(entry.code))
            return &entry;
    }
    return nullptr;
}

QStringList SandboxErrorTables::inTaskCodes(QStringView provider)
{
    return codesWhere(provider, &SandboxErrorCode::isInTask);
}

QStringList SandboxErrorTables::requestCodes(QStringView provider)
{
    return codesWhere(provider, &SandboxErrorCode::isRequest);
}

} // namespace QueueLensSandbox
