// Error knowledge base: one entry per documented error identifier of the five providers,
// plus generic and client-side entries under "queuelens".
//
// Sources: the providers' error pages (SeaArt, FoxAPI, new-api/TokenDog, LLMAPI, Vidu) and the
// protocol notes in protocols.md (HTTP status per code, category guidance). httpStatus is the
// documented status, 0 where none is documented (in-task codes, Vidu's newer codes, new-api codes
// whose status depends on the call site). Texts are English source strings; lupdate extracts them
// from the "ErrorCatalog" context and ErrorCatalog translates them at run time. "%1" appears only
// in Vidu's field-naming entries, where it stands for the fields listed in the provider message.
//
// Data only: lookup, matching and fallbacks live in errorcatalog.cpp.

#include "errorcatalogdata.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
    // --- seaart: gateway error.code, runtime "detail" messages, in-task error_type, cancel status ---

    // Gateway / middleware envelope {error: {code, message}, request_id}
    {"seaart", "UNAUTHORIZED", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "API key missing or rejected"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt's gateway stopped the request before it reached the model "
                       "queue. The Authorization header carried no API key, or a key SeaArt "
                       "does not accept because it is mistyped, deleted or belongs to another "
                       "account."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Open the profile settings and enter the SeaCloud API key again, "
                       "without spaces around it. If the key was deleted or rotated, create a "
                       "new one in the SeaCloud console.")},
    {"seaart", "RATE_LIMIT_EXCEEDED", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests to SeaArt"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt's gateway limits how many requests one account may send in a "
                       "short period, and this request went over the limit. Submits, status "
                       "polls and result downloads all count toward it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait for the time given in Retry-After, or about a minute if none is "
                       "given, then retry. Lower the concurrency cap or raise the poll "
                       "interval in the profile settings.")},

    // Queue runtime envelope {detail: "..."}: the message itself is the identifier
    {"seaart", "App not found", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unknown SeaArt model endpoint"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model id in the request path is not a SeaCloud endpoint; the "
                       "message ends with the id that was tried. Usually the id is misspelled, "
                       "or the model was removed from SeaCloud."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Look up the exact model id in the SeaCloud model list (for example "
                       "nano_banana_2) and correct it with Edit and resubmit."),
     CatalogMatch::Prefix},
    {"seaart", "Model not allowed for this user", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Model not enabled for this SeaArt account"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model exists, but the account that owns this API key may not use "
                       "it. Some SeaCloud models must be activated separately or need a higher "
                       "plan."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Enable the model for your account in the SeaCloud console, or choose a "
                       "model your plan includes with Edit and resubmit. Check that the "
                       "profile uses the key of the right account."),
     CatalogMatch::Prefix},
    {"seaart", "webhook not supported", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt does not accept webhook callbacks"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt's queue has no webhook support and refuses any request that "
                       "carries a callback address, whether in the body, the query string or a "
                       "header. No task was queued."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Remove webhook or callback fields such as webhook_url from the "
                       "parameters with Edit and resubmit. QueueLens polls SeaArt for the task "
                       "state, so no callback is needed."),
     CatalogMatch::Prefix},
    {"seaart", "Runtime execution failed", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt runtime could not handle the call"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt's queue runtime failed while processing the call. This is a "
                       "fault on SeaArt's side; after a failed submit it is not certain "
                       "whether a task was created."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry status and result calls after a short pause. Resubmit a failed "
                       "submit only once or twice, because each new submit can create another "
                       "paid task."),
     CatalogMatch::Prefix},
    {"seaart", "SSE streaming not supported", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt has no streaming status endpoint"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A request went to the status stream path, which SeaArt does not offer. "
                       "SeaArt reports progress only through the ordinary status endpoint, "
                       "which must be polled."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the base URL in the profile settings is the plain SeaArt "
                       "model URL with no stream path. If it is, report this as a QueueLens "
                       "bug."),
     CatalogMatch::Prefix},
    {"seaart", "Not Found", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt endpoint does not exist"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request went to a path SeaArt does not serve, such as a "
                       "synchronous /sync endpoint. SeaArt runs generation only through its "
                       "asynchronous queue; a wrong base URL gives the same answer."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Set the base URL in the profile settings to "
                       "https://cloud.seaart.ai/model with no extra path. Submit through the "
                       "queue and let QueueLens poll for the result."),
     CatalogMatch::Prefix},
    {"seaart", "Request not found", 404, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt does not know this request id"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt found no task with this request_id for this model endpoint and "
                       "key. Typical causes are a wrong id, a status call that uses another "
                       "model id than the submit did, or a key from another account."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again once or twice, not more. If the answer stays the same, "
                       "treat the task as lost and make sure the profile still uses the key "
                       "the task was submitted with."),
     CatalogMatch::Prefix},

    // In-task: status COMPLETED with error and error_type
    {"seaart", "INFERENCE_FAILURE", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt model failed while generating"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ran, but the model stopped with an error before it produced a "
                       "result. SeaArt marks such a task as COMPLETED with an error, so it is "
                       "finished and has no output."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task again after a short wait. If the same inputs fail "
                       "again, change the prompt, image or parameters, or try another model.")},
    {"seaart", "INFERENCE_TIMEOUT", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt generation took too long"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model did not finish within SeaArt's own time limit, so SeaArt "
                       "ended the task without a result. Long videos, high resolutions and "
                       "busy hours make this more likely."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry later, when the model is less busy. If it keeps happening, ask "
                       "for a shorter duration or a lower resolution with Edit and resubmit.")},
    {"seaart", "REQUEST_INVALID", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt found the task input unusable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt queued the task, but the model then rejected its input, for "
                       "example a missing prompt, a value out of range or an image it could "
                       "not read. The error text from SeaArt usually names the problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Correct the input named in the provider message with Edit and "
                       "resubmit. Check that image URLs are public and that values match the "
                       "options the model documents.")},
    {"seaart", "CONTENT_BLOCKED", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt blocked the content"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt's safety filter stopped the task because the prompt, an input "
                       "image or the generated output broke its content rules. No result was "
                       "kept."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Rewrite the prompt or replace the input image so it clearly follows "
                       "SeaArt's content rules, then use Edit and resubmit. The same input "
                       "will be blocked again.")},
    {"seaart", "CANCELED", 0, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt task was cancelled"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ended because a cancel request reached SeaArt, from QueueLens "
                       "or from another client using the same key. SeaArt reports this as "
                       "COMPLETED with this error type."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "No action is needed if the cancel was intended. Otherwise submit the "
                       "task again with Edit and resubmit.")},
    {"seaart", "INTERNAL_SERVER_ERROR", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt internal error during the task"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Something failed inside SeaArt's service while the task was being "
                       "handled; the request itself was not the cause. The task is finished "
                       "without a result."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit the task again after a few minutes. If many tasks fail this "
                       "way, contact SeaArt support with the request id.")},

    // Cancel outcomes (PUT .../cancel)
    {"seaart", "ALREADY_COMPLETED", 400, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Task had already finished before the cancel"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The cancel request arrived after the task had reached a final state, "
                       "so there was nothing left to stop. This is not a failure: the task "
                       "succeeded or failed on its own."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to load the real final state and, if the task "
                       "succeeded, its result.")},
    {"seaart", "NOT_FOUND", 404, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "SeaArt found no task to cancel"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "SeaArt answered the cancel request with NOT_FOUND: no task with this "
                       "request id exists for this key and model endpoint, or the key may not "
                       "access it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to see whether the task still exists. If status calls "
                       "fail too, treat the task as lost and check that the profile uses the "
                       "key the task was submitted with.")},

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

    // --- newapi: HTTP status, error.code (relay) or top-level code (task routes), task fail_reason ---

    // HTTP statuses. new-api does not tie codes to fixed statuses: prefer error.code when present
    {"newapi", "http_400", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway rejected the request as invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The new-api gateway or the channel behind it found missing or "
                       "malformed parameters. On task routes an unknown task id also comes "
                       "back as 400, with the code task_not_exist."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the error code and message, then correct the request with Edit "
                       "and resubmit. If the code is task_not_exist, the task id is the "
                       "problem, not the parameters.")},
    {"newapi", "http_401", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway key missing or wrong"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The new-api gateway found no valid token in the Authorization header. "
                       "The error code is often empty in this case, so only the status shows "
                       "that it is a key problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Enter the gateway key (usually starting with sk-) in the profile "
                       "settings again. If the key was deleted in the gateway dashboard, "
                       "create a new one.")},
    {"newapi", "http_403", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway key revoked or without model access"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key was recognised but is disabled, used up, or not allowed to use "
                       "this model. new-api gateways bind each key to a quota and a model "
                       "group."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check in the gateway dashboard that the key is enabled, has quota left "
                       "and that its group includes this model. Update the key in the profile "
                       "settings if you change it.")},
    {"newapi", "http_404", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway path or model does not exist"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway has no such route, or it does not know the model. Many "
                       "new-api gateways do not enable the asynchronous video and image task "
                       "routes at all."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the base URL in the profile settings and the model name. Ask the "
                       "gateway operator whether task routes are enabled for your key.")},
    {"newapi", "http_429", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway rate limit reached"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway limits requests per key and model group, and this key went "
                       "over the limit; the message may be in Chinese. new-api sends no "
                       "Retry-After header, so the required wait is not known."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait at least a minute before retrying, and longer after repeated "
                       "refusals. Lower the concurrency cap and raise the poll interval in the "
                       "profile settings.")},
    {"newapi", "http_5xx", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway or upstream server error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway or the channel behind it failed with a 5xx status. new-api "
                       "also answers some client-side problems with 500, so the error code, if "
                       "present, is more reliable than the status."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. After a failed submit, check the usage log in the "
                       "gateway dashboard before submitting again, so the task is not paid "
                       "twice.")},

    // Request errors
    {"newapi", "invalid_request", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway found the request parameters invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "new-api could not use the parameters as sent. It often returns this "
                       "code with HTTP 500 even though the request is at fault, so sending it "
                       "again unchanged does not help."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the parameters against the gateway's API documentation and "
                       "correct them with Edit and resubmit.")},
    {"newapi", "bad_request_body", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request body is not valid JSON"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway could not decode the request body, usually because of "
                       "broken JSON or a field of the wrong type, such as text where a number "
                       "is expected."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Look for syntax errors and wrong field types in the parameters with "
                       "Edit and resubmit, then submit again.")},
    {"newapi", "read_request_body_failed", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not read the request body"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway failed while reading the body, for example because it was "
                       "cut off, larger than the gateway allows, or sent with a wrong "
                       "Content-Type. This code comes with status 400 or 413."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Make the request smaller (fewer or smaller images, links instead of "
                       "embedded data) and submit again with Edit and resubmit.")},
    {"newapi", "convert_request_failed", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not convert the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "new-api translates each request into the format of the upstream "
                       "provider, and that step failed because the parameters do not match "
                       "what the chosen API format expects."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use only the parameters the gateway documents for this model, remove "
                       "provider-specific extras, then use Edit and resubmit.")},
    {"newapi", "sensitive_words_detected", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway found blocked words in the prompt"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway's own word filter matched terms in the prompt and stopped "
                       "the request before it reached any model. The gateway operator decides "
                       "which words are blocked."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Reword the prompt to avoid the flagged terms and use Edit and "
                       "resubmit. Ask the gateway operator if you think the match is wrong.")},
    {"newapi", "prompt_blocked", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Prompt was blocked"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A content check, either the gateway's or the upstream provider's, "
                       "refused the prompt. The task was not run."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Rewrite the prompt so that it clearly follows the provider's content "
                       "rules, then use Edit and resubmit.")},
    {"newapi", "access_denied", 0, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway denied access"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key, its user or its group may not make this call, for example "
                       "because the group excludes this model, the user is disabled, or the "
                       "key only works from certain IP addresses."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the key's group, allowed models and IP restrictions in the "
                       "gateway dashboard, or ask the gateway operator. Update the profile "
                       "settings if you switch to another key.")},
    {"newapi", "model_not_found", 0, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Model not available on this gateway"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "No channel in your key's group serves this model, or the name is "
                       "misspelled. new-api often sends this with HTTP 503, which looks like "
                       "an outage but is not one."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the exact model name in the gateway's model list for your plan "
                       "and group, then use Edit and resubmit. Ask the operator to add the "
                       "model to your group if you need it.")},
    {"newapi", "invalid_api_type", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request format not supported by the channel"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The channel that serves this model does not support the kind of "
                       "request that was sent, for example a task route on a channel that only "
                       "handles chat."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a model that the gateway offers for this kind of task, or ask the "
                       "operator which request format the channel supports.")},

    // Channel and upstream errors (new-api retries channel faults itself before reporting them)
    {"newapi", "get_channel_failed", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway found no channel for the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway could not pick an upstream channel for this model and "
                       "group, typically because all matching channels are disabled or busy at "
                       "the moment."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a few minutes. If it persists, contact the gateway "
                       "operator: the model may have no working channel.")},
    {"newapi", "channel:no_available_key", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway channel has no usable key"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream channel has no provider key it can use right now, for "
                       "example because all of them are rate limited or disabled. The problem "
                       "is on the gateway side."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry later. If it keeps happening, tell the gateway operator that the "
                       "channel has run out of upstream keys.")},
    {"newapi", "channel:invalid_key", 0, C::Upstream, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway's upstream key is invalid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream provider rejected the key that the gateway uses for this "
                       "channel. Your own key is fine; only the gateway operator can replace "
                       "theirs."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Contact the gateway operator with the time and the request id from the "
                       "message. Retrying fails until they repair the channel.")},
    {"newapi", "channel:model_mapped_error", 0, C::Upstream, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway model mapping is broken"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway maps the requested model name to an upstream model, and "
                       "that mapping is invalid in the channel configuration."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Contact the gateway operator and name the model you used. Until it is "
                       "fixed, use another model if one is available.")},
    {"newapi", "channel:response_time_exceeded", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream answered too slowly"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream channel did not respond within the time limit the gateway "
                       "sets. Large requests and busy providers are the usual cause."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause; the gateway may choose another channel. If "
                       "it repeats, make the request smaller, for example fewer outputs or a "
                       "shorter duration.")},

    // Quota and billing
    {"newapi", "insufficient_user_quota", 403, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway quota used up"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Your account on the gateway does not have enough quota left to pay for "
                       "this request. Gateways usually send this with HTTP 403."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Top up the account in the gateway dashboard, then submit again.")},
    {"newapi", "pre_consume_token_quota_failed", 0, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not reserve quota for the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Before running a request, new-api reserves its estimated cost from the "
                       "key's quota. The reservation failed, usually because the key's own "
                       "quota limit is lower than the estimate."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Raise or remove the quota limit of this key, or top up the account in "
                       "the gateway dashboard, then retry.")},
    {"newapi", "model_price_error", 0, C::Server, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway has no price for this model"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway cannot bill the request because no price or ratio is "
                       "configured for the model. This is a configuration gap on the gateway "
                       "side."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Tell the gateway operator which model failed so that they can set its "
                       "price. Use another model meanwhile.")},
    {"newapi", "count_token_failed", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not measure the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "new-api estimates the size of each request before billing it, and the "
                       "estimate failed. This often happens when an image in the input cannot "
                       "be downloaded or read."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that all image URLs are public and valid, then use Edit and "
                       "resubmit. If the input is fine, retry once and then contact the "
                       "operator.")},

    // Upstream transport and response errors
    {"newapi", "do_request_failed", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not reach the upstream"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway's call to the upstream provider failed at the network "
                       "level, for example because the connection was refused or dropped."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause; the gateway may route the next attempt "
                       "through another channel.")},
    {"newapi", "bad_response", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream returned an unusable answer"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream provider answered, but the gateway could not parse the "
                       "answer. This points to a fault or a format change on the upstream "
                       "side."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. If it keeps failing, contact the gateway operator "
                       "with the request id.")},
    {"newapi", "bad_response_status_code", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream answered with an error status"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream provider returned an HTTP error and the gateway passed it "
                       "on under this code. The message often contains the upstream's own "
                       "explanation."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the message first: if it describes a problem with your input, fix "
                       "it with Edit and resubmit. Otherwise retry after a pause or contact "
                       "the operator.")},
    {"newapi", "empty_response", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream sent an empty answer"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream provider ended its response without any content. Slow "
                       "streamed answers that reach a timeout can end this way."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry. If it keeps happening, ask the gateway operator to raise the "
                       "streaming timeout.")},
    {"newapi", "read_response_body_failed", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway lost the upstream answer"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The connection to the upstream broke while the gateway was reading the "
                       "response, so the answer is incomplete."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry the call. After a failed submit, wait a moment and check the "
                       "gateway's usage log before submitting again, because the upstream may "
                       "have created the task.")},

    // Gateway internal errors
    {"newapi", "json_marshal_failed", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway could not encode data"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway failed to turn a request or a response into JSON. This is "
                       "an internal fault in the gateway software."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry once. If it repeats, report it to the gateway operator with the "
                       "request id.")},
    {"newapi", "query_data_error", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway database read failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway could not read data it needs, such as your key, your user "
                       "or the task record, from its database."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause. If the error lasts, the gateway itself has "
                       "a problem; contact its operator.")},
    {"newapi", "update_data_error", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway database write failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway could not save data, such as a new task record or a quota "
                       "change. After a submit, the upstream task may exist even though the "
                       "gateway did not record it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry status calls after a pause. Before submitting again, look for a "
                       "charge in the gateway's usage log and contact the operator if you were "
                       "billed.")},

    // Task routes ({code, message, data}) and concurrency gate
    {"newapi", "task_not_exist", 400, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway does not know this task id"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway has no task with this id for your key. new-api sends this "
                       "with HTTP 400 rather than 404, so it can look like an input error."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again once to rule out a delay. If the task stays unknown, "
                       "check that the profile still uses the key that created it; otherwise "
                       "treat the task as lost.")},
    {"newapi", "token_concurrency_limit_reached", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many parallel requests for this key"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway caps how many requests one key may have running at the "
                       "same time, and this key is at that cap."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait until running requests finish, then retry. Lower the concurrency "
                       "cap in the profile settings to stay below the key's limit.")},
    {"newapi", "token_concurrency_unavailable", 503, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway concurrency check unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway could not check how many requests the key has running, "
                       "because the service that counts them is down. It refuses requests "
                       "until the check works again."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause. If it persists, tell the gateway operator.")},
    {"newapi", "task_failed", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Task failed on the gateway"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task finished in a failed state. The reason from the gateway or "
                       "the upstream provider is in the provider message, because new-api "
                       "passes such texts on without a fixed code."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the message: if it points to the prompt or an input, fix it with "
                       "Edit and resubmit. Otherwise submit again after a pause.")},

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
    {"llmapi", "API key group platform is not gemini", 400, C::Permission, R::FixAccount,
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
    {"llmapi", "api_error", 0, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Upstream returned no images"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The upstream model answered without producing any image, often because "
                       "of a silent safety refusal or a passing fault."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit again after a pause. If it keeps returning nothing, reword the "
                       "prompt with Edit and resubmit.")},

    // --- vidu: reason field of {code, reason, message, metadata}, and in-task err_code ---

    // 400
    {"vidu", "BadRequest", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu rejected the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu found the request invalid without naming a more specific reason. "
                       "Vidu also uses this code when it refuses to cancel a task whose state "
                       "no longer allows cancelling."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the provider message. For a refused cancel, use Check again to "
                       "see the task's real state; otherwise correct the request with Edit and "
                       "resubmit.")},
    {"vidu", "FieldLacking", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Required field missing"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu needs the field(s) %1, but the request did not include them or "
                       "left them empty."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Fill in the named field(s) with Edit and resubmit. Check also that the "
                       "endpoint fits the task, since image-to-video, for example, needs an "
                       "input image.")},
    {"vidu", "FieldUnwanted", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request has a field Vidu does not accept"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request includes the field(s) %1, which this endpoint or model "
                       "does not accept."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Remove the named field(s) with Edit and resubmit. The accepted options "
                       "differ between Vidu models and endpoints.")},
    {"vidu", "FieldItemCountOutOfRange", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many or too few items in a field"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The list in the field(s) %1 has more or fewer entries than Vidu "
                       "allows, for example too many reference images."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the number of entries in the named field(s) to what the model "
                       "allows, then use Edit and resubmit.")},
    {"vidu", "PageSizeOutOfRange", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Page size or image size out of range"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The code name suggests a task list request whose page size is outside "
                       "the allowed range of 1 to 100. Vidu's own table instead links the code "
                       "to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an "
                       "aspect ratio between 1:4 and 4:1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "For task lists, use a page size from 1 to 100. For a submit, check the "
                       "input images against these limits and use Edit and resubmit.")},
    {"vidu", "ImageDownloadFailure", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu could not download the image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu could not fetch an image from a URL in the request. The link may "
                       "have expired, require a login, or be closed to automated downloads."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that each image URL opens without a login in a private browser "
                       "window, replace broken links and use Edit and resubmit.")},
    {"vidu", "OperationInProcess", 400, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Another operation is still in progress"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu is still processing an earlier request for the same task or "
                       "resource and refused this one for now."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait a few seconds and use Check again to see the current state. "
                       "Repeat the action only if it is still needed.")},
    {"vidu", "ImageFormatInvalid", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image format not accepted by Vidu"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "An input image is in a format Vidu does not accept, or the file is "
                       "damaged. Vidu reads JPG, JPEG, PNG and WEBP images."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Convert the image to PNG or JPEG and submit it again with Edit and "
                       "resubmit.")},
    {"vidu", "AuditSubmitIllegal", 400, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Input failed Vidu's safety review"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu's review of the submitted prompt or images found content it does "
                       "not allow, so the task was not accepted."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the prompt or the images so that they clearly follow Vidu's "
                       "content rules, then use Edit and resubmit.")},
    {"vidu", "CreditInsufficient", 400, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Not enough Vidu credits"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The account does not have enough credits for this task. Vidu sends "
                       "this with HTTP 400, but it is a billing matter, not an input error."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Buy or renew credits on the Vidu platform, or make the task cheaper "
                       "(shorter duration, lower resolution), then submit again.")},
    {"vidu", "CreationPolicyViolation", 400, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Generated content broke Vidu's policy"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task ran, but Vidu's content policy flagged the generated output, "
                       "so it was withheld."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the prompt or the input images so that the output is less "
                       "likely to be flagged, then use Edit and resubmit.")},
    {"vidu", "ModelUnavailable", 400, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu model unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The requested model could not run the task, either because it is "
                       "temporarily unavailable or because the model name does not fit this "
                       "endpoint."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the model name (for example viduq1) is valid for this "
                       "endpoint. If it is, retry later or choose another model with Edit and "
                       "resubmit.")},
    {"vidu", "UserCancelled", 400, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu task cancelled by the user"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task was stopped by a cancel request for this account, from "
                       "QueueLens or elsewhere. Vidu reports it as failed with this code."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Nothing to do if the cancel was intended; otherwise submit the task "
                       "again with Edit and resubmit.")},
    {"vidu", "FieldInvalid", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Field value not valid"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The value of the field(s) %1 did not pass Vidu's checks, for example "
                       "an unknown model, resolution or duration."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the named field(s) to a value the model documents, then use "
                       "Edit and resubmit.")},
    {"vidu", "ImageCheckBodyJointsFailed", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No usable human body found in the image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "This model or effect needs a clearly visible person, and Vidu's body "
                       "detection could not locate the body joints in the input image."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a photo that shows one person's whole body clearly, without heavy "
                       "cropping, then use Edit and resubmit.")},
    {"vidu", "ImageCheckFaceFailed", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Face check failed on the input image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu's face check on the input image failed, for example because the "
                       "face is too small, turned away or blurred."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Upload a sharp photo with a clear face that looks toward the camera, "
                       "then use Edit and resubmit.")},
    {"vidu", "ImageObjectsUndetected", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Body or face too hidden in the image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The person's body or face in the input image is covered too much for "
                       "Vidu to detect it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use an image in which the face and body are not hidden by objects, "
                       "hands or other people, then use Edit and resubmit.")},
    {"vidu", "TaskPromptPolicyViolation", 400, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Prompt violates Vidu's policy"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The text prompt contains words or themes that Vidu does not allow, so "
                       "the task was refused before it ran."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Rewrite the prompt without the problematic content and use Edit and "
                       "resubmit.")},

    // 401, 403, 404, 409
    {"vidu", "Unauthorized", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu API key rejected"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu did not accept the credentials: the key is wrong, deleted or "
                       "missing. Vidu expects the key with the Token scheme in the "
                       "Authorization header; resellers may expect another scheme."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the key in the profile settings and create a new one on the Vidu "
                       "platform if needed. If the base URL points to a reseller, use a key "
                       "issued by that reseller.")},
    {"vidu", "Forbidden", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu refused access"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key is valid but may not make this request, for example for an "
                       "endpoint or model that the account's package does not include."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the account's packages and permissions on the Vidu platform, or "
                       "set a key with the needed access in the profile settings.")},
    {"vidu", "TaskNotFound", 404, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu does not know this task id"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "No task with this id exists for the account behind the key. A mistyped "
                       "id or a key from another organization are the usual causes."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again once. If the task is still not found, check that the "
                       "profile uses the same key as at submit time; otherwise treat the task "
                       "as lost.")},
    {"vidu", "CreationNotFound", 404, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu creation id not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The creation, that is one generated output of a task, named in the "
                       "request does not exist or is no longer available."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to load the task's current list of creations and use "
                       "the ids from there.")},
    {"vidu", "NotFound", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu resource not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The requested path or resource does not exist, often because the base "
                       "URL or the endpoint is wrong."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the base URL in the profile settings (https://api.vidu.com for "
                       "the international platform) and that the endpoint matches the task "
                       "type.")},
    {"vidu", "Conflict", 409, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu resource conflict"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request would create or change a resource whose key is already in "
                       "use, so Vidu rejected it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to see whether the earlier request already took effect "
                       "before you repeat it.")},

    // 429, 499, 500
    {"vidu", "QuotaExceeded", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu concurrency limit exceeded"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The organization already has as many tasks running as its concurrency "
                       "limit allows (5 by default), and Vidu rejected the extra request."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait for running tasks to finish, then retry. Set the concurrency cap "
                       "in the profile settings to your Vidu limit, or ask Vidu support for a "
                       "higher limit.")},
    {"vidu", "TooManyRequests", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Requests sent to Vidu too often"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The key sent requests faster than Vidu allows in a short period; "
                       "status checks count as well."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait before retrying, and raise the poll interval in the profile "
                       "settings.")},
    {"vidu", "SystemThrottling", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu is throttling traffic"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu is limiting requests because its own resources are at their "
                       "limit, not because of your account."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a longer pause of at least a few minutes, and submit fewer "
                       "new tasks until the throttling ends.")},
    {"vidu", "Canceled", 499, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request aborted by the client"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu recorded that the client closed the HTTP request before the "
                       "answer was ready, for example after a client-side timeout. It concerns "
                       "that call, not necessarily the task."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "If this was a submit, use Check again or the Vidu task list before "
                       "submitting again, because the task may have been created.")},
    {"vidu", "InternalServiceFailure", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu internal service failure"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "An internal error occurred at Vidu while the request was being "
                       "handled."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. If it keeps failing, contact Vidu support with "
                       "the trace id from the error details.")},

    // Newer codes without a documented HTTP status (mostly in-task err_code values)
    {"vidu", "Unknown", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu failure without a known reason"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu reported the task or the request as failed without giving a "
                       "reason."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Submit again after a pause. If the same task keeps failing, contact "
                       "Vidu support with the task id.")},
    {"vidu", "FaceDetectFailure", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu face detection failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu could not run face detection on the input, often because the "
                       "image is too dark, too small or of poor quality."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a brighter, sharper image in which the face is large and clearly "
                       "visible, then use Edit and resubmit.")},
    {"vidu", "VideoDownloadFailure", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu could not download the video"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu could not fetch a video from a URL in the request. The link may "
                       "be private, expired or too slow."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a public, direct link to the video file, test it in a private "
                       "browser window, then use Edit and resubmit.")},
    {"vidu", "VideoFormatInvalid", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Video format not accepted by Vidu"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "An input video uses a container or codec that Vidu cannot read, or the "
                       "file is damaged."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Convert the video to MP4 with H.264 and submit it again with Edit and "
                       "resubmit.")},
    {"vidu", "FaceDetectNotPass", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Face did not pass Vidu's face check"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A face was found, but it does not meet the needs of the model or "
                       "effect, for example because it is seen from the side, partly hidden or "
                       "too small."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use a photo with a single, clear face that looks toward the camera and "
                       "fills a good part of the image, then use Edit and resubmit.")},
    {"vidu", "PhotoAuditNotPass", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Input photo failed Vidu's review"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu's image review rejected an uploaded photo, for example because it "
                       "shows content the platform does not allow."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Replace the photo with one that clearly follows Vidu's content rules "
                       "and use Edit and resubmit.")},
    {"vidu", "NoFaceDetected", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No face found in the image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The selected model or effect needs a face, but Vidu found none in the "
                       "input image."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Upload an image that shows a person's face clearly, then use Edit and "
                       "resubmit.")},
    {"vidu", "MultiFaceDetected", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "More than one face in the image"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model or effect works with a single person, but Vidu found several "
                       "faces in the input image."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Crop the image to one person or choose a photo with only one face, "
                       "then use Edit and resubmit.")},
    {"vidu", "AuditFailed", 0, C::ContentPolicy, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu content review failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu's content review rejected the input or the generated output, so "
                       "the task ended without a usable result."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Adjust the prompt and the images so that they clearly follow Vidu's "
                       "content rules, then use Edit and resubmit.")},
    {"vidu", "ImageSizeInvalid", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Image dimensions out of range"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The width or height of an input image, in pixels, is too large or too "
                       "small for Vidu."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Resize the image so that both sides are within the model's documented "
                       "pixel limits and the aspect ratio stays between 1:4 and 4:1, then use "
                       "Edit and resubmit.")},

    // --- queuelens: generic fallbacks (no documented provider code) and client-side conditions ---

    // Generic HTTP statuses
    {"queuelens", "http_400", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Bad request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider refused the request as malformed or invalid and sent no "
                       "documented error code. Usually a parameter is missing, has the wrong "
                       "type, or is not supported by the model."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Look at the raw response for hints and correct the parameters with "
                       "Edit and resubmit.")},
    {"queuelens", "http_401", 401, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Not authenticated"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider did not accept the credentials, because the API key is "
                       "missing, wrong or expired."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the API key in the profile settings and replace it with a "
                       "current key from the provider's website.")},
    {"queuelens", "http_402", 402, C::Billing, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Payment required"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider wants payment before it runs the request, usually because "
                       "the account balance or credits are used up."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Top up the account on the provider's website, then submit the task "
                       "again.")},
    {"queuelens", "http_403", 403, C::Permission, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Access forbidden"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider knows the key but does not allow this request, for "
                       "example a model outside the plan or an action the key may not perform."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the key's permissions and plan on the provider's website, or use "
                       "a different key in the profile settings.")},
    {"queuelens", "http_404", 404, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider has nothing at the requested address: the base URL or the "
                       "path is wrong, or the task or model does not exist."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the base URL in the profile settings. For an existing task, use "
                       "Check again; if it stays not found, treat it as lost.")},
    {"queuelens", "http_405", 405, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Method not allowed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider does not accept this kind of HTTP request at this "
                       "address. This nearly always means that the base URL points to the "
                       "wrong service or API version."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Compare the base URL in the profile settings with the provider's "
                       "documentation and correct it.")},
    {"queuelens", "http_408", 408, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request timeout"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server stopped waiting for the complete request, often because of "
                       "a slow or unstable connection or a very large body."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause. If it repeats, check the network connection "
                       "and make the request smaller.")},
    {"queuelens", "http_409", 409, C::Conflict, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Conflict with the current state"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request conflicts with the current state of the resource, for "
                       "example a cancel for a task that has already finished."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to load the current state, then decide whether the "
                       "action is still needed.")},
    {"queuelens", "http_410", 410, C::NotFound, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Resource no longer available"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider says the resource existed but has been removed for good, "
                       "such as an expired result or a deleted task."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The API cannot bring it back. Submit the task again if you still need "
                       "the output, and download results soon after they are ready.")},
    {"queuelens", "http_413", 413, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request too large"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request body is bigger than the provider accepts, usually because "
                       "of images or videos embedded in it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use smaller or compressed files, or links instead of embedded data, "
                       "then use Edit and resubmit.")},
    {"queuelens", "http_415", 415, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unsupported content type"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider does not accept the format of the request body, for "
                       "example because the Content-Type header is missing or wrong."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the profile uses the right provider type and base URL. If "
                       "both are right, report it as a QueueLens bug.")},
    {"queuelens", "http_422", 422, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request could not be processed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request was well formed, but the provider rejected its content, "
                       "for example a value outside the allowed range or options that do not "
                       "work together."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Find the field at fault in the provider message and correct it with "
                       "Edit and resubmit.")},
    {"queuelens", "http_429", 429, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider limits how many requests or parallel tasks a key may "
                       "send, and the limit was reached."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait as long as the provider asks in Retry-After, or a minute if it "
                       "gives no time, then retry. Reduce the concurrency cap or raise the "
                       "poll interval in the profile settings.")},
    {"queuelens", "http_499", 499, C::Cancelled, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Client closed the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server recorded that the client closed the connection before the "
                       "answer was sent, for example because of a client timeout or because "
                       "QueueLens was closed."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "For a submit, use Check again before submitting again, since the task "
                       "may have been created. Other calls can simply be repeated.")},
    {"queuelens", "http_500", 500, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Internal server error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider's server failed while handling the request. The cause "
                       "lies with the provider, not with the request."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause that grows with each attempt. After a failed "
                       "submit, use Check again or the provider's website before submitting "
                       "again.")},
    {"queuelens", "http_501", 501, C::Server, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Function not implemented"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider does not support this function at this address, for "
                       "example a cancel or list call that the service does not offer."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the base URL and provider type in the profile settings are "
                       "correct. If they are, the provider lacks this feature; ask them if you "
                       "need it.")},
    {"queuelens", "http_502", 502, C::Upstream, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Bad gateway"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A proxy or gateway in front of the provider got an invalid answer from "
                       "the server behind it. This usually lasts only a short time."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a short pause. If a submit failed this way, use Check "
                       "again before submitting again.")},
    {"queuelens", "http_503", 503, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Service unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider cannot accept requests for the moment because of "
                       "overload, maintenance or a lack of free capacity."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after the time given in Retry-After, or after a few minutes.")},
    {"queuelens", "http_504", 504, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Gateway timeout"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A gateway in front of the provider waited too long for the server "
                       "behind it. The request may still have been carried out."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. For a submit, use Check again first, because the "
                       "task may exist even though no answer arrived.")},
    {"queuelens", "http_524", 524, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Provider took too long to answer (Cloudflare)"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Cloudflare, which sits in front of the provider, reached the "
                       "provider's server but got no answer within its time limit of about 100 "
                       "seconds. The work may still finish at the provider."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Do not submit again at once: use Check again or the provider's website "
                       "to see whether the task was created, and retry only if it was not.")},
    {"queuelens", "http_4xx", 0, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request rejected by the provider"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider answered with a client error status that has no specific "
                       "entry here. Something in the request, the key or the account needs to "
                       "change."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Read the raw response in the error details for the reason, then "
                       "correct the request with Edit and resubmit or update the profile "
                       "settings.")},
    {"queuelens", "http_5xx", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Provider server error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider answered with a server error status that has no specific "
                       "entry here. The problem is on the provider's side."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause that grows with each attempt. If it lasts, check "
                       "the provider's status page.")},

    // Transport errors (no HTTP answer)
    {"queuelens", "connection_refused", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Connection refused"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server at the base URL refused the connection. The service may be "
                       "down, or the host or port in the base URL is wrong."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the base URL in the profile settings, including any port number. "
                       "If it is correct, retry later.")},
    {"queuelens", "host_not_found", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Host name not found"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The host name in the base URL could not be resolved to an address. It "
                       "may be misspelled, or the DNS server cannot be reached."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the spelling of the host in the profile settings and whether "
                       "other websites open. Retry when the network works.")},
    {"queuelens", "connection_timeout", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No data received in time"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "No data moved in either direction for longer than the transfer "
                       "timeout. The server may be overloaded, or a firewall may be dropping "
                       "the traffic."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. For a submit, use Check again before submitting "
                       "again, because the provider may have created the task.")},
    {"queuelens", "connection_closed", 0, C::Transport, R::RetryNow,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Connection closed before the full answer"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server or a proxy closed the connection before the whole response "
                       "arrived. Restarts on the provider side and unstable networks cause "
                       "this."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry the call. If it was a submit, use Check again first so that the "
                       "task is not created twice.")},
    {"queuelens", "tls_error", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Secure connection failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The encrypted (TLS) connection to the provider could not be set up or "
                       "verified. A wrong system clock, a proxy or antivirus program that "
                       "intercepts HTTPS, or an expired server certificate are common causes."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the computer's date and time and any HTTPS inspection in proxy "
                       "or antivirus software. If those are fine, retry later; the provider "
                       "may be renewing its certificate.")},
    {"queuelens", "proxy_error", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Proxy failed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The proxy server set for this computer refused the connection, asked "
                       "for a login, or could not reach the provider."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the system proxy settings and the proxy credentials, or try "
                       "without the proxy. Retry once the proxy works.")},
    {"queuelens", "network_unreachable", 0, C::Transport, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Computer is offline"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The computer has no working network connection, so the request could "
                       "not be sent. Nothing reached the provider."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Reconnect to the network. QueueLens can continue once the connection "
                       "is back.")},

    // Response handling (an HTTP answer arrived but could not be used)
    {"queuelens", "malformed_response", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Response is not valid JSON"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider reported success, but the body is not the JSON QueueLens "
                       "expects. Often it is an HTML page from a proxy, a login portal or a "
                       "maintenance notice."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. If it persists, open the base URL in a browser to "
                       "see what answers, and check the profile settings.")},
    {"queuelens", "empty_response", 0, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Empty response"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider answered without a body where QueueLens needs data, such "
                       "as a task id or a status."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Retry after a pause. If a submit got an empty answer, look for the "
                       "task on the provider's website before submitting again.")},
    {"queuelens", "response_too_large", 0, C::Server, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Response larger than allowed"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The response body was bigger than the size limit QueueLens applies, so "
                       "it was not read. A base URL that points to a large file or web page is "
                       "a common cause."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the base URL in the profile settings. If it is correct, the "
                       "provider sent far more data than its protocol allows; report it to the "
                       "provider with the task id.")},
    {"queuelens", "unexpected_response", 0, C::Server, R::ContactSupport,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Response is missing expected fields"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider sent valid JSON, but without the fields its protocol "
                       "promises, such as a task id or a status. The provider may have changed "
                       "its API, or the profile points to a different kind of service."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the provider type and base URL in the profile settings "
                       "match the service. If they do, report the raw response to the "
                       "QueueLens maintainers.")},

    // Client-side conditions
    {"queuelens", "submit_outcome_unknown", 0, C::Transport, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Submit outcome unknown"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The submit got no clear answer, for example because the connection "
                       "broke or timed out, so a task may or may not exist at the provider. "
                       "Submitting again blindly can create and bill a second task."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again first, or look on the provider's website. Submit "
                       "anyway only when you are sure that no task was created.")},
    {"queuelens", "task_lost", 0, C::NotFound, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Provider no longer knows the task"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The provider had reported this task before but now answers that it "
                       "does not exist. It may have expired or been deleted, or the key in the "
                       "profile has changed."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check that the profile still uses the key the task was created with, "
                       "then use Check again. If it stays unknown, submit the task again if "
                       "you still need the output.")},
    {"queuelens", "client_deadline", 0, C::Timeout, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Task exceeded the profile deadline"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The task did not finish within the deadline set in the profile, so "
                       "QueueLens stopped waiting for it. The provider may still complete it."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to see whether it finished later. Raise the deadline "
                       "in the profile settings for slow models such as long videos.")},
    {"queuelens", "cancel_unsupported", 0, C::Validation, R::NotRetryable,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Provider cannot cancel tasks"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "This provider has no API to cancel a task, so QueueLens cannot stop "
                       "it. The task keeps running and may still be billed."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Let the task finish, or stop it on the provider's website if the "
                       "provider offers that.")},
    {"queuelens", "missing_api_key", 0, C::Auth, R::FixAccount,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No API key set for this profile"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "QueueLens found no API key for this profile, so nothing was sent. The "
                       "key may never have been entered, or the system keychain that stores it "
                       "is locked or unavailable."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Enter the API key in the profile settings. If the key was saved "
                       "before, unlock the system keychain and try again.")},
    {"queuelens", "unknown_error", 0, C::Unknown, R::CheckStateFirst,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unknown error"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "An error occurred that neither the provider's documentation nor "
                       "QueueLens can classify. The raw response in the error details may tell "
                       "more."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Use Check again to see the real state of the task before you retry or "
                       "submit again.")},
};

} // namespace

std::span<const ErrorCatalogEntry> errorCatalogData()
{
    return kEntries;
}
