// SeaArt's error knowledge: one entry per documented identifier (data only; lookup
// lives in core/errorcatalog.cpp). httpStatus is the documented status, 0 where the
// documentation gives none. Texts are English source strings in the "ErrorCatalog" context,
// translated at run time.
//
// SeaArt's error page gives bodies but no statuses, except 404 for "Request not found"; the
// cancel page gives 400 ALREADY_COMPLETED and 404 NOT_FOUND. Every other status is 0 here.

#include "seaartcatalog.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
    // --- seaart: gateway error.code, runtime "detail" messages, in-task error_type, cancel status ---

    // Gateway / middleware envelope {error: {code, message}, request_id}
    {"seaart", "UNAUTHORIZED", 0, C::Auth, R::FixAccount,
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
    {"seaart", "RATE_LIMIT_EXCEEDED", 0, C::RateLimit, R::RetryAfterDelay,
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
    {"seaart", "App not found", 0, C::NotFound, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unknown SeaArt model endpoint"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The model id in the request path is not a SeaCloud endpoint; the "
                       "message ends with the id that was tried. Usually the id is misspelled, "
                       "or the model was removed from SeaCloud."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Look up the exact model id in the SeaCloud model list (for example "
                       "nano_banana_2) and correct it with Edit and resubmit."),
     CatalogMatch::Prefix},
    {"seaart", "Model not allowed for this user", 0, C::Permission, R::FixAccount,
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
    {"seaart", "webhook not supported", 0, C::Validation, R::FixInput,
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
    {"seaart", "Runtime execution failed", 0, C::Server, R::RetryAfterDelay,
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
    {"seaart", "SSE streaming not supported", 0, C::Validation, R::FixInput,
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
    {"seaart", "Not Found", 0, C::NotFound, R::FixInput,
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
};

} // namespace

std::span<const ErrorCatalogEntry> seaArtCatalogEntries()
{
    return kEntries;
}
