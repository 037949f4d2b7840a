// Vidu's error knowledge: one entry per documented identifier (data only; lookup
// lives in core/errorcatalog.cpp). httpStatus is the documented status, 0 where the
// documentation gives none. Texts are English source strings in the "ErrorCatalog" context,
// translated at run time.

#include "viducatalog.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP

namespace {

using C = ErrorCategory;
using R = RetryClass;

const ErrorCatalogEntry kEntries[] = {
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
                       "The request left out or left empty something Vidu needs. Named by "
                       "Vidu: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Fill in what is missing with Edit and resubmit. Check also that the "
                       "endpoint fits the task, since image-to-video, for example, needs an "
                       "input image.")},
    {"vidu", "FieldUnwanted", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Request has a field Vidu does not accept"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The request includes something this endpoint or model does not "
                       "accept. Named by Vidu: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Remove it with Edit and resubmit. The accepted options differ between "
                       "Vidu models and endpoints.")},
    {"vidu", "FieldItemCountOutOfRange", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many or too few items in a field"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A list in the request has more or fewer entries than Vidu allows, for "
                       "example too many reference images. Named by Vidu: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change the number of entries to what the model allows, then use Edit "
                       "and resubmit.")},
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
    {"vidu", "OperationInProcess", 400, C::Server, R::RetryAfterDelay,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu is still processing the request"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Vidu is still working on the request and asks to try again later."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Wait a little and retry, as Vidu asks.")},
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
    {"vidu", "ModelUnavailable", 400, C::Validation, R::FixInput,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Vidu model unavailable"),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The requested model is not available for this task, so the task failed. "
                       "Vidu points to the model type."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Check the model type (for example viduq1 for this endpoint), correct it "
                       "with Edit and resubmit, and try again.")},
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
                       "A value in the request did not pass Vidu's checks, for example an "
                       "unknown model, resolution or duration. Named by Vidu: %1."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Change it to a value the model documents, then use Edit and "
                       "resubmit.")},
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
};

} // namespace

std::span<const ErrorCatalogEntry> viduCatalogEntries()
{
    return kEntries;
}
