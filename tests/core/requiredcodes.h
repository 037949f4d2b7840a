#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Every identifier the providers document (seeds + protocols.md): the catalog must know each.
inline QList<QPair<QString, QString>> requiredCatalogCodes()
{
    const QList<QPair<const char *, QStringList>> perProvider{
        {"seaart",
         {"UNAUTHORIZED", "RATE_LIMIT_EXCEEDED", "App not found", "Model not allowed for this user",
          "webhook not supported", "Runtime execution failed", "SSE streaming not supported", "Not Found",
          "Request not found", "INFERENCE_FAILURE", "INFERENCE_TIMEOUT", "REQUEST_INVALID", "CONTENT_BLOCKED",
          "CANCELED", "INTERNAL_SERVER_ERROR", "ALREADY_COMPLETED", "NOT_FOUND"}},
        {"foxapi",
         {"http_400", "http_401", "http_402", "http_403", "http_404", "http_429", "http_500",
          "invalid_request_error", "authentication_error", "permission_error", "not_found_error",
          "rate_limit_error", "server_error", "model_unavailable", "content_policy_violation",
          "generation_failed", "timeout", "invalid_image_url", "file_too_large", "unsupported_format"}},
        {"newapi",
         {"http_400", "http_401", "http_403", "http_404", "http_429", "http_5xx", "invalid_request",
          "bad_request_body", "read_request_body_failed", "convert_request_failed", "sensitive_words_detected",
          "prompt_blocked", "access_denied", "model_not_found", "invalid_api_type", "get_channel_failed",
          "channel:no_available_key", "channel:invalid_key", "channel:model_mapped_error",
          "channel:response_time_exceeded", "insufficient_user_quota", "pre_consume_token_quota_failed",
          "model_price_error", "count_token_failed", "do_request_failed", "bad_response",
          "bad_response_status_code", "empty_response", "read_response_body_failed", "json_marshal_failed",
          "query_data_error", "update_data_error", "task_not_exist"}},
        {"llmapi",
         {"http_400", "http_401", "http_403", "http_404", "http_409", "http_413", "http_429", "http_500",
          "http_502", "http_503", "http_504", "invalid_request_error", "not_found_error", "IMAGE_TASKS_DISABLED",
          "IMAGE_TASK_STORAGE_UNAVAILABLE", "IMAGE_TASK_INVALID_REQUEST", "IMAGE_TASK_UNSUPPORTED_MODEL",
          "IMAGE_TASK_UNSUPPORTED_FEATURE", "IMAGE_TASK_SUBSCRIPTION_UNSUPPORTED", "IMAGE_TASK_INSUFFICIENT_BALANCE",
          "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", "IMAGE_TASK_ALREADY_TERMINAL", "IMAGE_TASK_NOT_FOUND",
          "Images API is not supported for this platform", "Token counting is not supported for this platform",
          "API key group platform is not gemini", "Request body is empty"}},
        {"vidu",
         {"BadRequest", "FieldLacking", "FieldUnwanted", "FieldItemCountOutOfRange", "PageSizeOutOfRange",
          "ImageDownloadFailure", "OperationInProcess", "ImageFormatInvalid", "AuditSubmitIllegal",
          "CreditInsufficient", "CreationPolicyViolation", "ModelUnavailable", "UserCancelled", "FieldInvalid",
          "ImageCheckBodyJointsFailed", "ImageCheckFaceFailed", "ImageObjectsUndetected", "Unauthorized",
          "Forbidden", "TaskNotFound", "CreationNotFound", "NotFound", "Conflict", "QuotaExceeded",
          "TooManyRequests", "SystemThrottling", "Canceled", "InternalServiceFailure", "Unknown",
          "FaceDetectFailure", "VideoDownloadFailure", "VideoFormatInvalid", "FaceDetectNotPass",
          "PhotoAuditNotPass", "NoFaceDetected", "MultiFaceDetected", "AuditFailed", "ImageSizeInvalid",
          "TaskPromptPolicyViolation"}},
    };
    QList<QPair<QString, QString>> codes;
    for (const auto &[provider, list] : perProvider) {
        for (const QString &code : list)
            codes.append({QString::fromLatin1(provider), code});
    }
    return codes;
}
