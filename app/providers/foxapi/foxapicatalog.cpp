// FoxAPI's error knowledge: one entry per documented identifier (data only; lookup
// lives in core/errorcatalog.cpp). httpStatus is the documented status, 0 where the
// documentation gives none. Texts are English source strings in the "ErrorCatalog" context,
// translated at run time.

#include "foxapicatalog.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
    // --- foxapi: HTTP status, error.type and error.code of {error: {message, type, code}} ---

    // HTTP statuses (used when the body carries no more specific code)
    {"foxapi", "http_400", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI rejected the request as invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI could not accept the request: a required field is missing, a "
                       "value has the wrong type, or the JSON body is broken. The error "
                       "message usually names the field."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Correct the parameters named in the provider message with Edit and "
                       "resubmit. Compare the model name and options with the FoxAPI page for "
                       "that model.")},
    {"foxapi", "http_401", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI API key invalid or missing"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI did not accept the Bearer token because the key is missing, "
                       "mistyped, expired or deleted. FoxAPI keys normally start with sk-."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Copy the key again from the FoxAPI dashboard into the profile "
                       "settings. Create a new key if the old one was removed.")},
    {"foxapi", "http_402", 402, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI balance too low"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The FoxAPI account does not hold enough balance to pay for this task, "
                       "so it was not started. The price depends on the model, the duration "
                       "and the number of outputs."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Top up the FoxAPI account, then submit the task again unchanged. To "
                       "spend less per task, choose a cheaper model or fewer outputs.")},
    {"foxapi", "http_403", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI key lacks permission"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key is valid but may not perform this operation or use this model. "
                       "Keys can be limited to certain models or features in the FoxAPI "
                       "dashboard."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the key's permissions and allowed models in the FoxAPI "
                       "dashboard, or set a key with wider access in the profile settings.")},
    {"foxapi", "http_404", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI endpoint or task not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI answered that nothing exists at this address. Either the base "
                       "URL or path is wrong, or the task id is unknown, for example because "
                       "it belongs to another account."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the base URL in the profile settings is "
                       "https://api.foxapi.cc. For a task, use Check again; a task that stays "
                       "unknown is lost.")},
    {"foxapi", "http_429", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI rate limit reached"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI limits requests per API key, and this key sent too many in a "
                       "short time. Frequent status polling counts toward the same limit."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait for the period in the Retry-After header, then retry. Raise the "
                       "poll interval or lower the concurrency cap in the profile settings; "
                       "ask FoxAPI support if you need a higher limit.")},
    {"foxapi", "http_500", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI server error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI hit an unexpected fault while handling the request. The request "
                       "itself is usually fine."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause and double the pause after each failure. After a "
                       "failed submit, look in the FoxAPI dashboard for a task that was "
                       "created anyway before submitting again.")},

    // error.type
    {"foxapi", "invalid_request_error", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request is malformed or incomplete"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI classed the error as a bad request: the body could not be "
                       "parsed, a required parameter is absent, or a value is outside what the "
                       "model accepts."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Fix the field named in the provider message with Edit and resubmit. "
                       "Sending the same request again will fail in the same way.")},
    {"foxapi", "authentication_error", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI could not authenticate the key"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The error type says the API key is missing, invalid or expired. FoxAPI "
                       "expects the key in an Authorization header with the Bearer scheme."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Enter a current key in the profile settings. If the key expired, "
                       "create a new one in the FoxAPI dashboard.")},
    {"foxapi", "permission_error", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Operation not allowed for this FoxAPI key"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The API key is recognised but is not allowed to do this, for example "
                       "to use a restricted model or feature."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Grant the key access in the FoxAPI dashboard or switch the profile to "
                       "a key that has it. Otherwise choose a model the key may use.")},
    {"foxapi", "not_found_error", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI resource not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model, task or endpoint named in the request does not exist for "
                       "this account. Task ids from another account and mistyped model names "
                       "also give this type."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the model name and the base URL in the profile settings. For a "
                       "task, use Check again; if it is still not found, treat it as lost.")},
    {"foxapi", "rate_limit_error", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI request rate too high"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The error type says the key sent more requests in the current time "
                       "window than FoxAPI allows."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Pause for the Retry-After period before the next request. Spread "
                       "submits out by lowering the concurrency cap in the profile settings.")},
    {"foxapi", "server_error", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unexpected FoxAPI server failure"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI reported an internal error that the content of the request did "
                       "not cause."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry with growing pauses. If it keeps failing for several minutes, "
                       "contact FoxAPI support with the time and the task id.")},

    // In-task error.code (task status "failed")
    {"foxapi", "model_unavailable", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Model temporarily unavailable on FoxAPI"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The requested model could not be reached when the task was due to run, "
                       "usually because the company behind the model is overloaded or doing "
                       "maintenance. The task failed without output."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task again after a few minutes. If the model stays "
                       "unavailable, pick a similar model with Edit and resubmit.")},
    {"foxapi", "content_policy_violation", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Content rejected by FoxAPI safety rules"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The prompt or an input image was judged to break the content policy, "
                       "for example because it shows real people, public figures or unsafe "
                       "themes. The provider message often names the reason."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the prompt or replace the image so it meets the policy, then "
                       "use Edit and resubmit. The unchanged input will be rejected again.")},
    {"foxapi", "generation_failed", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI generation failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model started work but did not produce a result. This can be a "
                       "passing fault or a prompt the model cannot handle."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task again. If it fails a second time, simplify or reword "
                       "the prompt with Edit and resubmit.")},
    {"foxapi", "timeout", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI task timed out"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ran longer than FoxAPI allows and was stopped. Demanding "
                       "settings such as long durations or high resolutions make this more "
                       "likely."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry later. If it times out again, use a shorter duration, a lower "
                       "resolution or fewer outputs with Edit and resubmit.")},
    {"foxapi", "invalid_image_url", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI could not fetch the image URL"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI could not download an image URL given in the request. The link "
                       "may be private, expired, behind a login or closed to automated "
                       "downloads."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Test the URL in a private browser window. Use a public, direct link to "
                       "the image file and submit again with Edit and resubmit.")},
    {"foxapi", "file_too_large", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Input file too large for FoxAPI"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "An uploaded or linked file is bigger than FoxAPI or the selected model "
                       "accepts."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Compress or scale down the file, or shorten the clip, then submit "
                       "again with Edit and resubmit.")},
    {"foxapi", "unsupported_format", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Input file format not supported"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A file in the request is in a format the model cannot read, for "
                       "example an unusual image type or video codec."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Convert the file to a common format such as PNG or JPEG for images or "
                       "MP4 for video, then use Edit and resubmit.")},

    // In-task error.code, wider Evolink-family list that FoxAPI may also send
    {"foxapi", "invalid_parameters", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Task parameters do not fit the model"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task was created but failed because one or more parameters do not "
                       "fit the model, such as an unsupported size, aspect ratio or duration."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the provider message and the options the model documents, then "
                       "correct the values with Edit and resubmit.")},
    {"foxapi", "image_processing_error", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Input image could not be processed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model could not work with an input image, for example because the "
                       "file is damaged, too small, or its dimensions do not match the "
                       "requested output."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a different image, or export it again in a standard format and "
                       "size, then submit with Edit and resubmit.")},
    {"foxapi", "request_cancelled", 0, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI task was cancelled"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ended because it was cancelled, either on request or by "
                       "FoxAPI itself. No result was produced."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "If you did not cancel the task, submit it again with Edit and "
                       "resubmit.")},
    {"foxapi", "generation_timeout", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Generation ran out of time"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model did not finish within the processing time FoxAPI gives a "
                       "task, often because the model was under heavy load."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry later. If it happens again, lower the duration or resolution "
                       "with Edit and resubmit.")},
    {"foxapi", "resource_exhausted", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream capacity temporarily used up"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The service behind FoxAPI has no free capacity for this model at the "
                       "moment. Neither the request nor the account is at fault."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait several minutes and submit again. Use another model if you cannot "
                       "wait.")},
    {"foxapi", "quota_exceeded", 0, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI rate or usage limit exceeded"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task failed because the account went over a rate or usage limit "
                       "when the task was about to run."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait before submitting again and lower the concurrency cap in the "
                       "profile settings. If the limit is too low for your work, ask FoxAPI to "
                       "raise it.")},
    {"foxapi", "service_unavailable", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI service temporarily unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The service that runs this model was down or overloaded when the task "
                       "was processed. Such outages usually end without any action on your "
                       "side."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Submit the task again after a few minutes.")},
    {"foxapi", "resource_not_found", 0, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "FoxAPI task id invalid or expired"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI no longer knows this task: the id is wrong or the task record "
                       "has expired. FoxAPI keeps results only for a limited time (output "
                       "links last 24 hours)."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again once to confirm. If the task is still not found, treat "
                       "it as lost and submit it again if you still need the output.")},
    {"foxapi", "unknown_error", 0, C::Unknown, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unclassified FoxAPI failure"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "FoxAPI reported a failure that it could not assign to any known class. "
                       "The provider message may contain more detail."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task once more. If the same error returns, contact FoxAPI "
                       "support with the task id and the provider message.")},
};

} // namespace

std::span<const ErrorCatalogEntry> foxApiCatalogEntries()
{
    return kEntries;
}
