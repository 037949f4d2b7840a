<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>(the provider did not name them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream returned no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream model answered without producing any image, often because of a silent safety refusal or a passing fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit again after a pause. If it keeps returning nothing, reword the prompt with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu needs the field(s) %1, but the request did not include them or left them empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the named field(s) with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request includes the field(s) %1, which this endpoint or model does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the named field(s) with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list in the field(s) %1 has more or fewer entries than Vidu allows, for example too many reference images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of entries in the named field(s) to what the model allows, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation is still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu is still processing an earlier request for the same task or resource and refused this one for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and use Check again to see the current state. Repeat the action only if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested model could not run the task, either because it is temporarily unavailable or because the model name does not fit this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the model name (for example viduq1) is valid for this endpoint. If it is, retry later or choose another model with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the field(s) %1 did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the named field(s) to a value the model documents, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <source>Choose a model or endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
