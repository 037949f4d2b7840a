// new-api's error knowledge: one entry per documented identifier (data only; lookup
// lives in core/errorcatalog.cpp). httpStatus is the documented status, 0 where the
// documentation gives none. Texts are English source strings in the "ErrorCatalog" context,
// translated at run time.

#include "newapicatalog.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
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
    {"newapi", "token_concurrency_limit_reached", 0, C::RateLimit, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many parallel requests for this key"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The gateway caps how many requests one key may have running at the "
                       "same time, and this key is at that cap."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait until running requests finish, then retry. Lower the concurrency "
                       "cap in the profile settings to stay below the key's limit.")},
    {"newapi", "token_concurrency_unavailable", 0, C::Server, R::RetryAfterDelay,
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
};

} // namespace

std::span<const ErrorCatalogEntry> newApiCatalogEntries()
{
    return kEntries;
}
