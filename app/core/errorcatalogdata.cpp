// QueueLens's own error entries ("queuelens"): generic fallbacks for bare HTTP statuses and
// transport faults, and client-side conditions. Each provider's documented identifiers live in
// its own folder (app/providers/<provider>/<provider>catalog.cpp) and are registered with it.
// Texts are English source strings; lupdate extracts them from the "ErrorCatalog" context and
// ErrorCatalog translates them at run time.
//
// Data only: lookup, matching and fallbacks live in errorcatalog.cpp.

#include "errorcatalogdata.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
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
