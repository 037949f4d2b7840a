// LLMAPI's error knowledge: one entry per documented identifier (data only; lookup
// lives in core/errorcatalog.cpp). httpStatus is the documented status, 0 where the
// documentation gives none. Texts are English source strings in the "ErrorCatalog" context,
// translated at run time.

#include "llmapicatalog.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
    // --- llmapi: HTTP status, error.type (IMAGE_TASK_* reasons), platform messages, task status ---

    // HTTP statuses
    {"llmapi", "http_400", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI rejected the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request body is not valid JSON, a parameter has the wrong type, or "
                       "the key's group platform does not match the endpoint that was called."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Fix the request as the message says and use Edit and resubmit. If the "
                       "message mentions the platform or group, use a key from a group that is "
                       "made for image tasks.")},
    {"llmapi", "http_401", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI key missing or invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or "
                       "not sent at all."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Enter a valid key in the profile settings. Async image tasks need a "
                       "key that is bound to an image batch group.")},
    {"llmapi", "http_403", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI refused the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "LLMAPI denies access for one of several reasons: the balance is too "
                       "low, image generation is switched off for the key, or content "
                       "moderation blocked the request. The message says which."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the message, then top up the balance, ask the operator to enable "
                       "image generation for the key, or rewrite the prompt if moderation "
                       "blocked it.")},
    {"llmapi", "http_404", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Endpoint not available for this key group"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The path does not exist, or the key's group platform does not offer "
                       "it, for example an OpenAI image endpoint called with a key from a "
                       "non-OpenAI group."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the base URL in the profile settings is https://llmapi.site "
                       "and that the key belongs to a group that supports image tasks.")},
    {"llmapi", "http_409", 409, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI task state conflict"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request conflicts with the current state of the task, most often a "
                       "cancel for a task that has already finished."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to load the current state of the task before doing "
                       "anything else.")},
    {"llmapi", "http_413", 413, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request body too large for LLMAPI"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request is bigger than the body size limit configured on the "
                       "server, usually because of large embedded images."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Shrink or compress the input images, or send image links instead of "
                       "embedded data, then use Edit and resubmit.")},
    {"llmapi", "http_429", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI capacity limit reached"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A concurrency, wait queue, task queue or upstream account limit was "
                       "hit. These limits apply per user and per key."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry with growing pauses and honour Retry-After if it is sent. Lower "
                       "the concurrency cap in the profile settings so that fewer tasks wait "
                       "at once.")},
    {"llmapi", "http_500", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI internal error"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI failed unexpectedly while handling the call."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry with growing pauses. After a failed image task submit, use Check "
                       "again or the task list before submitting again, to avoid a duplicate "
                       "task.")},
    {"llmapi", "http_502", 502, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI upstream account returned an error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream platform or account that LLMAPI forwards to answered with "
                       "an error, so LLMAPI could not complete the call."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause; LLMAPI may use another upstream account. If it "
                       "persists, contact the LLMAPI operator.")},
    {"llmapi", "http_503", 503, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI service unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The service cannot take the request now: async tasks may be switched "
                       "off, result storage may be missing, or no upstream account is free."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a few minutes. If the message says that tasks or storage "
                       "are disabled, contact the operator instead, because waiting will not "
                       "help.")},
    {"llmapi", "http_504", 504, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI or its upstream timed out"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream or the task execution took longer than the server allows. "
                       "An image task may still have been created."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. For image task submits, use Check again or the "
                       "task list first, so that no duplicate task is created.")},

    // error.type of OpenAI/Anthropic-compatible endpoints
    {"llmapi", "invalid_request_error", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Invalid request to LLMAPI"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request does not have the shape this endpoint expects, for example "
                       "an empty body, broken JSON or a field of the wrong type. The message "
                       "gives the exact problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Correct the request as described in the message and use Edit and "
                       "resubmit.")},
    {"llmapi", "not_found_error", 404, C::NotFound, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI capability not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The endpoint or feature that was called is not available, usually "
                       "because the key's group platform does not provide it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a key from a group that matches the endpoint, such as an image "
                       "batch group for async image tasks, and set it in the profile settings.")},

    // Async image task reasons (in error.type)
    {"llmapi", "IMAGE_TASKS_DISABLED", 503, C::Server, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Async image tasks are switched off"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The LLMAPI server has async image tasks disabled in its configuration, "
                       "so no task can be created until the operator enables them."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Contact the LLMAPI operator. Retrying does not help until the feature "
                       "is switched on.")},
    {"llmapi", "IMAGE_TASK_STORAGE_UNAVAILABLE", 503, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI result storage unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Async image tasks keep their results in object storage (OSS or S3), "
                       "and that storage is not configured or cannot be reached. No task was "
                       "accepted."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry in a few minutes. If it lasts, contact the LLMAPI operator about "
                       "the storage setup.")},
    {"llmapi", "IMAGE_TASK_INVALID_REQUEST", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image task request is invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The body of the image task is not acceptable, for example because the "
                       "prompt is empty or a field has the wrong type. The message names the "
                       "problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Correct the field named in the message (a non-empty prompt is always "
                       "required) and use Edit and resubmit.")},
    {"llmapi", "IMAGE_TASK_UNSUPPORTED_MODEL", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Model is not a supported image model"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model named in the task is not an image model that LLMAPI's async "
                       "task API supports, or it is not part of the key's image group."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Choose a supported image model, such as gpt-image-2 or an official "
                       "Gemini image model name, with Edit and resubmit.")},
    {"llmapi", "IMAGE_TASK_UNSUPPORTED_FEATURE", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Feature not available for async image tasks"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task uses something the async API does not offer, such as a "
                       "multipart upload or stream set to true."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Send a plain JSON body with stream set to false and remove unsupported "
                       "options with Edit and resubmit.")},
    {"llmapi", "IMAGE_TASK_SUBSCRIPTION_UNSUPPORTED", 400, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Subscription keys cannot run image tasks"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key is billed through a subscription, but async image tasks can "
                       "currently only be paid from the account balance. The request was not "
                       "queued."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Set a key that is billed from the account balance in the profile "
                       "settings.")},
    {"llmapi", "IMAGE_TASK_INSUFFICIENT_BALANCE", 403, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Balance too low to reserve the image task"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "LLMAPI reserves the cost of a task when it is submitted, and the "
                       "balance does not cover that reservation. The amount grows with the "
                       "number of images and their size."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Top up the LLMAPI balance, or request fewer or smaller images, then "
                       "submit again.")},
    {"llmapi", "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image task queue limit reached"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The user or the key already has as many queued tasks as allowed, or n "
                       "asks for more images than one task may produce."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait for queued tasks to finish before retrying, and lower the "
                       "concurrency cap in the profile settings. If n is high, request fewer "
                       "images per task with Edit and resubmit.")},
    {"llmapi", "IMAGE_TASK_ALREADY_TERMINAL", 409, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Task already finished, nothing to cancel"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The cancel arrived after the task had already succeeded, failed, timed "
                       "out or been cancelled. This is not an error in itself."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Use Check again to load the final state and any result.")},
    {"llmapi", "IMAGE_TASK_NOT_FOUND", 404, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "No task with this id exists, or it belongs to a different API key; "
                       "LLMAPI treats the tasks of other keys as not found."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Make sure the profile uses the key that created the task, then use "
                       "Check again. If it is still not found, treat the task as lost.")},

    // Platform restriction messages (the message is the identifier)
    {"llmapi", "Images API is not supported for this platform", 404, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image endpoint not offered for this key's group"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key belongs to a group whose platform is not OpenAI, so the OpenAI "
                       "image endpoint is closed to it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Switch the profile to a key from an OpenAI or image batch group, or "
                       "call an endpoint that matches the key's platform."),
     CatalogMatch::Prefix},
    {"llmapi", "Token counting is not supported for this platform",
     404, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Token counting not offered for this key's group"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The token counting endpoint is not available for keys from an OpenAI "
                       "group, and such a key was used."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Skip token counting with this key, or use a key from a group that "
                       "supports it."),
     CatalogMatch::Prefix},
    {"llmapi", "API key group platform is not gemini", 0, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Key does not belong to a Gemini group"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A Gemini native path was called with a key whose group platform is not "
                       "Gemini. LLMAPI ties each key to one platform."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a key from a Gemini group for Gemini native paths, or use the "
                       "OpenAI-compatible task endpoint with the current key."),
     CatalogMatch::Prefix},
    {"llmapi", "Request body is empty", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request body was empty"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "LLMAPI received a request without any body. A client fault or a proxy "
                       "that strips the body can cause this."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the request parameters in Edit and resubmit. If they are filled "
                       "in, check the proxy settings and report it as a QueueLens bug."),
     CatalogMatch::Prefix},

    // Terminal task status and in-task error type
    {"llmapi", "failed", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ended in the failed state. LLMAPI never retries a failed task "
                       "on its own, so it stays failed."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task again after a pause. If it fails again, change the "
                       "prompt or the settings with Edit and resubmit.")},
    {"llmapi", "timeout", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task timed out"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task did not finish within LLMAPI's execution time limit, and the "
                       "server will not run it again by itself."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit again later. Smaller image sizes or fewer images per task "
                       "finish faster.")},
    {"llmapi", "canceled", 0, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task was cancelled"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task was cancelled before it finished, by QueueLens or by another "
                       "client using the same key."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Nothing to do if the cancel was intended; otherwise use Edit and "
                       "resubmit.")},
    {"llmapi", "cancelled", 0, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task was cancelled"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task was cancelled before it finished, by QueueLens or by another "
                       "client using the same key."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Nothing to do if the cancel was intended; otherwise use Edit and "
                       "resubmit.")},
    {"llmapi", "api_error", 0, C::Upstream, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "LLMAPI image task failed upstream"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task failed after it reached the model: the upstream answered without "
                       "an image, or the images could not be stored after generation (which may "
                       "already have been billed). The message says which."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the message first. If no image was produced, submit again after a "
                       "pause or reword the prompt with Edit and resubmit. If storing failed, "
                       "check the account's usage before submitting again.")},
};

} // namespace

std::span<const ErrorCatalogEntry> llmApiCatalogEntries()
{
    return kEntries;
}
