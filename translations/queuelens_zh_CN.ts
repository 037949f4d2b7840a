<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>基础 URL 无效：%1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>请输入服务商的基础 URL，例如 https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>基础 URL 需要包含主机名，例如 https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>基础 URL 不能包含用户名或密码；QueueLens 会自行发送 API 密钥。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>基础 URL 不能包含查询字符串（“?%1”）：QueueLens 会自行添加 API 路径和参数。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>基础 URL 不能包含片段（“#%1”）。</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>已删除末尾的“%1”：QueueLens 会自行添加 API 路径。</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>请求服务商取消任务（使用 --wait 时等待任务停止）。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本地任务 ID（来自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>跟踪任务直至停止；仅当任务最终为已取消时退出码为 0。</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>任务 %1 无法取消：%2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>服务商未及时响应取消请求</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>取消请求未被接受：%1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>服务商未取消任务 %1；其当前状态仍为“%2”</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>在取消生效前，任务 %1 已结束，状态为“%2”。</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>任务 %1 已经结束，状态为“%2”。</translation>
    </message>
</context>
<context>
    <name>ChartsWidget</name>
    <message numerus="yes">
        <source>%1 · %2
%3
%n task(s)</source>
        <translation>
            <numerusform>%1 · %2
%3
%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>各状态任务数</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>已结束（累计）</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>每分钟完成数（最近 %1 分钟）</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>失败、超时或已丢失</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>排队等待与出结果耗时</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>排队等待（中位数）</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>排队等待（P90）</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>出结果耗时（中位数）</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>出结果耗时（P90）</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>最常见错误</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>失败任务</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>各状态任务数

每隔几秒采样一次，图表会随时间逐渐填充。</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>每分钟完成数

最近 %1 分钟内没有任务完成。</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>排队等待与出结果耗时

暂无已完成或运行中的任务可供统计。</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>最常见错误

没有失败的任务，一切正常。</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>图表：各状态任务数随时间变化</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>图表：每分钟完成的任务数</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>图表：各服务商的排队等待与出结果耗时</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>图表：最常见的错误码</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>再次向服务商查询状态未知或已丢失的任务。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本地任务 ID（来自 submit 或 list）。</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>如果任务仍然存活，则跟踪至其结束。</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>任务 %1 无法检查：%2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>服务商未及时响应</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>用法：queuelens-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>运行“queuelens-cli &lt;command&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>所有命令都接受 --lang &lt;语言代码&gt;（例如 zh_CN 或 ru）。</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>语言“%1”不可用，将使用英语。可用语言：%2。</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>错误：未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1（%2，命令行）</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>服务商配置“%1”未指定存放 API 密钥的环境变量；请使用 --key-env &lt;VAR&gt; 重新提交。</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>“%1”的 API 密钥从环境变量 %2 读取，但该变量未设置或为空。请设置该变量，或使用 --key-env 指定其他变量。</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>列出所有已收录的错误码及其说明。</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>仅显示此服务商：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>服务商 ID</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出 JSON 数组。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>界面语言，例如 zh_CN 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>重试：%1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>错误码：%1（%2）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>发生于：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>服务商文档中未收录</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>服务商返回：“%1”</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[响应已截断]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>提交未获得明确响应</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>提交请求未收到可用的响应，服务商可能已创建任务，也可能没有。</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>请先使用“重新检查”查询该任务。“仍然提交”会再次发送请求；如果第一次提交实际已送达，则会产生重复任务并被计费两次。</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>服务商已找不到此任务</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>对于一个已接受的任务，服务商连续多次返回“未找到”。服务商会删除旧任务，有些服务商在重启后也会丢失任务。</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>先“重新检查”一次；如果仍为已丢失，请重试以重新运行。</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>任务已超过截止时限</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>任务未在服务商配置的截止时限内完成，QueueLens 已停止等待。</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>请重试；如果该模型较慢，可在服务商配置中调大截止时限。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>编辑并重新提交…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>打开服务商配置…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>仍然提交…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>服务商要求等待一段时间后再发起请求。</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>错误说明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>复制请求 ID（联系服务商时请提供）</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>原始响应</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>服务商返回的原始响应</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 返回了错误码“%2”，但其文档中未列出该错误码。根据 HTTP 状态码 %3 判断：%4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无错误码）</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>文档未记载的错误“%1”</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 报告了“%2”，该错误不在其文档中。看起来属于“%3”类问题。</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>服务商返回的消息：%1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>请重试该任务；此类故障通常是暂时的。</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>请稍等片刻后重试。如果问题反复出现，请在服务商配置中降低并发上限。</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>请通过“编辑并重新提交”修改提示词或参数；原样再次发送同一请求会以同样的方式失败。</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>请向服务商核实此服务商配置所用的 API 密钥、套餐和余额，然后重试。</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>重试前请先使用“重新检查”从服务商刷新任务状态，以免创建重复任务。</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>无需重试：如果仍需要结果，请提交新任务。</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>请携带下方显示的请求 ID 联系服务商的技术支持。</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API 密钥缺失或被拒绝</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>请求在到达模型队列之前就被 SeaArt 网关拦截。Authorization 请求头中没有 API 密钥，或者所带密钥因输错、已删除或属于其他账户而不被 SeaArt 接受。</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>请打开服务商配置，重新输入 SeaCloud API 密钥，注意前后不要带空格。如果密钥已被删除或轮换，请在 SeaCloud 控制台中创建新密钥。</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>对 SeaArt 的请求过多</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>SeaArt 网关限制了单个账户在短时间内可发送的请求数，此请求超出了该限制。提交、状态轮询和结果下载都计入该限制。</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>请等待 Retry-After 指定的时间（如未指定，约等待一分钟）后重试。请在服务商配置中降低并发上限或增大轮询间隔。</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>未知的 SeaArt 模型端点</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>请求路径中的模型 ID 不是 SeaCloud 端点；消息末尾会给出所尝试的 ID。通常是 ID 拼写有误，或该模型已从 SeaCloud 下架。</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>请在 SeaCloud 模型列表中查找准确的模型 ID（例如 nano_banana_2），然后通过“编辑并重新提交”进行更正。</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>该 SeaArt 账户未开通此模型</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>模型存在，但此 API 密钥所属的账户可能无权使用它。部分 SeaCloud 模型需要单独开通或需要更高级别的套餐。</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>请在 SeaCloud 控制台中为账户开通该模型，或通过“编辑并重新提交”选择套餐中包含的模型。并请确认服务商配置使用的是正确账户的密钥。</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt 不支持 Webhook 回调</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>SeaArt 的队列不支持 Webhook，任何携带回调地址的请求都会被拒绝，无论回调地址位于请求体、查询字符串还是请求头中。未创建任何排队任务。</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>请通过“编辑并重新提交”从参数中删除 webhook_url 等 Webhook 或回调字段。QueueLens 会轮询 SeaArt 获取任务状态，无需回调。</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>SeaArt 运行时无法处理此调用</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>SeaArt 队列运行时在处理此调用时出错。这是 SeaArt 一侧的故障；提交失败后，无法确定是否已创建任务。</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>请稍候片刻后重试状态查询和结果获取。失败的提交最多只重新提交一两次，因为每次新提交都可能再创建一个付费任务。</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt 没有流式状态端点</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>有请求发往了状态流路径，而 SeaArt 并不提供该路径。SeaArt 只通过普通的状态端点报告进度，必须轮询该端点。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>请检查服务商配置中的基础 URL 是否为不带流路径的 SeaArt 模型 URL。如果是，请将此问题作为 QueueLens 的缺陷报告。</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>SeaArt 端点不存在</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>请求发往了 SeaArt 不提供的路径，例如同步的 /sync 端点。SeaArt 只通过其异步队列执行生成；基础 URL 错误时也会得到同样的响应。</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>请在服务商配置中将基础 URL 设为 https://cloud.seaart.ai/model，不要附加其他路径。请通过队列提交，由 QueueLens 轮询获取结果。</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt 无法识别此请求 ID</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt 在此模型端点和密钥下找不到该 request_id 对应的任务。常见原因包括：ID 错误、状态查询使用的模型 ID 与提交时不同，或使用了其他账户的密钥。</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>请使用“重新检查”一两次，不要更多。如果结果仍然相同，请将该任务视为已丢失，并确认服务商配置仍在使用提交该任务时所用的密钥。</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>SeaArt 模型在生成过程中出错</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>任务已运行，但模型在产出结果之前因错误而停止。SeaArt 会将此类任务标记为带有错误的 COMPLETED，因此任务已结束且没有输出。</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>请稍等片刻后重新提交任务。如果相同的输入再次失败，请修改提示词、图片或参数，或换用其他模型。</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>SeaArt 生成耗时过长</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>模型未能在 SeaArt 自身的时间限制内完成，SeaArt 因此结束了任务，未产出结果。长视频、高分辨率和高峰时段都会增加此情况的发生概率。</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>请在模型较空闲时稍后重试。如果问题反复出现，请通过“编辑并重新提交”缩短时长或降低分辨率。</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt 认为任务输入不可用</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt 已将任务加入队列，但模型随后拒绝了其输入，例如缺少提示词、取值超出范围或无法读取的图片。SeaArt 返回的错误信息通常会指明问题所在。</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>请通过“编辑并重新提交”更正服务商消息中指出的输入。请确认图片 URL 可公开访问，且各项取值符合模型文档中的选项。</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt 拦截了该内容</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>SeaArt 的安全过滤器拦截了该任务，因为提示词、输入图片或生成的输出违反了其内容规范。未保留任何结果。</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>请改写提示词或更换输入图片，使其明确符合 SeaArt 的内容规范，然后使用“编辑并重新提交”。相同的输入会再次被拦截。</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>SeaArt 任务已被取消</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>任务因有取消请求到达 SeaArt 而结束，该请求来自 QueueLens 或使用同一密钥的其他客户端。SeaArt 将其报告为带有此错误类型的 COMPLETED。</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>如果取消是有意为之，则无需任何操作。否则请通过“编辑并重新提交”重新提交任务。</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>任务执行期间 SeaArt 内部错误</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>处理任务时 SeaArt 服务内部出现故障；请求本身并非原因。任务已结束，没有结果。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>请几分钟后重新提交任务。如果有大量任务以此方式失败，请携带请求 ID 联系 SeaArt 技术支持。</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>取消前任务已结束</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>取消请求到达时，任务已进入最终状态，因此没有可停止的内容。这不是故障：任务已自行成功或失败。</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>请使用“重新检查”加载真实的最终状态；如果任务已成功，还会加载其结果。</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt 找不到要取消的任务</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt 对取消请求返回了 NOT_FOUND：在此密钥和模型端点下不存在该请求 ID 对应的任务，或该密钥无权访问它。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>请使用“重新检查”查看任务是否仍然存在。如果状态查询也失败，请将该任务视为已丢失，并确认服务商配置使用的是提交该任务时所用的密钥。</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI 认为请求无效并拒绝</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI 无法接受该请求：缺少必填字段、某个值的类型错误，或 JSON 请求体格式损坏。错误消息通常会指出具体字段。</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>请通过“编辑并重新提交”更正服务商消息中指出的参数。请对照 FoxAPI 上该模型的页面核对模型名称和选项。</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>FoxAPI API 密钥无效或缺失</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI 未接受 Bearer 令牌，原因是密钥缺失、输错、已过期或已删除。FoxAPI 密钥通常以 sk- 开头。</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>请从 FoxAPI 控制台重新复制密钥并填入服务商配置。如果旧密钥已被删除，请创建新密钥。</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>FoxAPI 余额不足</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>FoxAPI 账户余额不足以支付此任务，因此任务未启动。价格取决于模型、时长和输出数量。</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>请为 FoxAPI 账户充值，然后原样重新提交任务。如需降低单个任务的费用，请选择更便宜的模型或减少输出数量。</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>FoxAPI 密钥权限不足</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>密钥有效，但无权执行此操作或使用此模型。可以在 FoxAPI 控制台中将密钥限制为仅能使用特定模型或功能。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>请在 FoxAPI 控制台中检查该密钥的权限和允许使用的模型，或在服务商配置中改用权限更大的密钥。</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>FoxAPI 端点或任务不存在</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI 返回此地址下不存在任何内容。可能是基础 URL 或路径有误，也可能是任务 ID 未知，例如该任务属于其他账户。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>请检查服务商配置中的基础 URL 是否为 https://api.foxapi.cc。对于任务，请使用“重新检查”；始终无法识别的任务即视为已丢失。</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>已达到 FoxAPI 速率限制</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI 按 API 密钥限制请求数，此密钥在短时间内发送的请求过多。频繁的状态轮询也计入同一限制。</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>请等待 Retry-After 响应头中指定的时间后重试。请在服务商配置中增大轮询间隔或降低并发上限；如需更高的限额，请咨询 FoxAPI 技术支持。</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>FoxAPI 服务器错误</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>FoxAPI 在处理请求时遇到意外故障。请求本身通常没有问题。</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>请稍候后重试，每次失败后将等待时间加倍。如果提交失败，请先在 FoxAPI 控制台中查看是否仍创建了任务，再重新提交。</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>请求格式错误或不完整</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI 将该错误归类为错误请求：请求体无法解析、缺少必需参数，或某个值超出了模型可接受的范围。</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>请通过“编辑并重新提交”修正服务商消息中指出的字段。原样再次发送同一请求会以同样的方式失败。</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI 无法验证密钥</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>错误类型表明 API 密钥缺失、无效或已过期。FoxAPI 要求在 Authorization 请求头中以 Bearer 方案提供密钥。</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>请在服务商配置中输入当前有效的密钥。如果密钥已过期，请在 FoxAPI 控制台中创建新密钥。</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>此 FoxAPI 密钥不允许执行该操作</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>API 密钥可以识别，但无权执行此操作，例如使用受限的模型或功能。</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>请在 FoxAPI 控制台中为该密钥授予访问权限，或将服务商配置切换为具有该权限的密钥。也可以选择该密钥可以使用的模型。</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>FoxAPI 资源不存在</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>请求中指定的模型、任务或端点在此账户下不存在。使用其他账户的任务 ID 或模型名称拼写错误时，也会返回此类型。</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>请检查服务商配置中的模型名称和基础 URL。对于任务，请使用“重新检查”；如果仍找不到，请将其视为已丢失。</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>FoxAPI 请求频率过高</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>错误类型表明该密钥在当前时间窗口内发送的请求数超过了 FoxAPI 的允许值。</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>在发送下一个请求前，请等待 Retry-After 指定的时间。请在服务商配置中降低并发上限，以分散提交。</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>FoxAPI 服务器意外故障</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI 报告了内部错误，该错误并非由请求内容引起。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>请重试，并逐步延长等待间隔。如果连续几分钟都失败，请携带发生时间和任务 ID 联系 FoxAPI 技术支持。</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>FoxAPI 上的模型暂时不可用</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>在任务应当运行时无法访问所请求的模型，通常是因为模型背后的厂商负载过高或正在维护。任务失败，没有输出。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>请几分钟后重新提交任务。如果该模型持续不可用，请通过“编辑并重新提交”选择类似的模型。</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>内容被 FoxAPI 安全规则拒绝</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>提示词或输入图片被判定为违反内容安全策略，例如涉及真实人物、公众人物或不安全的主题。服务商消息中通常会说明原因。</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>请修改提示词或更换图片使其符合策略，然后使用“编辑并重新提交”。未经修改的输入会再次被拒绝。</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>FoxAPI 生成失败</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>模型已开始处理，但未产出结果。这可能是暂时性故障，也可能是模型无法处理该提示词。</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>请重新提交任务。如果再次失败，请通过“编辑并重新提交”简化或改写提示词。</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>FoxAPI 任务超时</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>任务运行时间超过了 FoxAPI 的上限，已被终止。时长较长或分辨率较高等高要求设置会增加此情况的发生概率。</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>请稍后重试。如果再次超时，请通过“编辑并重新提交”缩短时长、降低分辨率或减少输出数量。</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI 无法获取图片 URL</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI 无法下载请求中提供的图片 URL。该链接可能是私有的、已过期、需要登录，或禁止自动下载。</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>请在浏览器的无痕窗口中测试该 URL。请使用可公开访问、直接指向图片文件的链接，然后通过“编辑并重新提交”再次提交。</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>输入文件超出 FoxAPI 的大小限制</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>某个上传或链接的文件超出了 FoxAPI 或所选模型可接受的大小。</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>请压缩文件、缩小尺寸或缩短片段，然后通过“编辑并重新提交”再次提交。</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>不支持的输入文件格式</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>请求中的某个文件采用了模型无法读取的格式，例如不常见的图片类型或视频编码。</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>请将文件转换为常见格式，例如图片使用 PNG 或 JPEG，视频使用 MP4，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>任务参数与模型不匹配</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>任务已创建，但由于一个或多个参数与模型不匹配而失败，例如不支持的尺寸、宽高比或时长。</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>请查看服务商消息和模型文档中的选项，然后通过“编辑并重新提交”更正取值。</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>无法处理输入图片</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>模型无法使用某张输入图片，例如文件已损坏、尺寸太小，或其尺寸与请求的输出不匹配。</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>请换用其他图片，或以标准格式和尺寸重新导出该图片，然后通过“编辑并重新提交”提交。</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>FoxAPI 任务已被取消</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>任务因被取消而结束，取消可能来自请求，也可能由 FoxAPI 自身执行。未产出任何结果。</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>如果并非您取消的任务，请通过“编辑并重新提交”重新提交。</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>生成超时</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>模型未能在 FoxAPI 给予任务的处理时间内完成，通常是因为模型负载过高。</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>请稍后重试。如果再次发生，请通过“编辑并重新提交”缩短时长或降低分辨率。</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>上游容量暂时耗尽</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>FoxAPI 背后的服务目前没有该模型的空闲容量。请求和账户均无问题。</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>请等待几分钟后再次提交。如果无法等待，请换用其他模型。</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>超出 FoxAPI 速率或用量限制</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>任务即将运行时，账户超出了速率或用量限制，导致任务失败。</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>请等待一段时间后再提交，并在服务商配置中降低并发上限。如果该限制无法满足您的工作需要，请联系 FoxAPI 提高限额。</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>FoxAPI 服务暂时不可用</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>处理任务时，运行该模型的服务已宕机或过载。此类故障通常无需您采取任何措施即可恢复。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>请几分钟后重新提交任务。</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>FoxAPI 任务 ID 无效或已过期</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI 已无法识别此任务：ID 错误或任务记录已过期。FoxAPI 只在有限时间内保留结果（输出链接有效期为 24 小时）。</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>请使用一次“重新检查”进行确认。如果仍找不到该任务，请将其视为已丢失；如果仍需要输出，请重新提交。</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>FoxAPI 未分类故障</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI 报告了一个无法归入任何已知类别的故障。服务商消息中可能包含更多详细信息。</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>请再提交一次任务。如果再次出现相同错误，请携带任务 ID 和服务商消息联系 FoxAPI 技术支持。</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>网关认为请求无效并拒绝</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>new-api 网关或其背后的渠道发现参数缺失或格式错误。在任务路由上，未知的任务 ID 也会以 400 返回，错误码为 task_not_exist。</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>请阅读错误码和消息，然后通过“编辑并重新提交”更正请求。如果错误码是 task_not_exist，则问题出在任务 ID 上，而非参数。</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>网关密钥缺失或错误</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>new-api 网关在 Authorization 请求头中没有找到有效的令牌。这种情况下错误码通常为空，只能通过状态码看出是密钥问题。</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>请在服务商配置中重新输入网关密钥（通常以 sk- 开头）。如果该密钥已在网关控制台中删除，请创建新密钥。</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>网关密钥已被吊销或无权使用该模型</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>密钥可以识别，但已被禁用、额度已用完，或无权使用此模型。new-api 网关会为每个密钥绑定额度和模型分组。</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>请在网关控制台中确认该密钥已启用、仍有剩余额度，且其分组包含此模型。如果更换了密钥，请同步更新服务商配置。</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>网关路径或模型不存在</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>网关没有该路由，或无法识别该模型。许多 new-api 网关根本没有启用异步视频和图片任务路由。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>请检查服务商配置中的基础 URL 和模型名称。请向网关运营方确认您的密钥是否已启用任务路由。</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>已达到网关速率限制</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>网关按密钥和模型分组限制请求数，此密钥超出了限制；消息可能是中文。new-api 不发送 Retry-After 响应头，因此无法得知需要等待多久。</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>请至少等待一分钟后再重试，如果多次被拒绝，请等待更长时间。请在服务商配置中降低并发上限并增大轮询间隔。</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>网关或上游服务器错误</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>网关或其背后的渠道返回了 5xx 状态码。new-api 对某些客户端问题也会返回 500，因此错误码（如有）比状态码更可靠。</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>请稍候后重试。如果提交失败，请先查看网关控制台中的使用日志，再重新提交，以免任务被重复计费。</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>网关认为请求参数无效</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api 无法使用所发送的参数。即使问题出在请求本身，它也经常以 HTTP 500 返回此错误码，因此原样再次发送无济于事。</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>请对照网关的 API 文档检查参数，并通过“编辑并重新提交”进行更正。</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>请求体不是有效的 JSON</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>网关无法解析请求体，通常是因为 JSON 格式损坏或某个字段类型错误，例如应为数字的位置填入了文本。</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>请通过“编辑并重新提交”检查参数中的语法错误和字段类型错误，然后再次提交。</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>网关无法读取请求体</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>网关在读取请求体时出错，例如请求体被截断、超出网关允许的大小，或使用了错误的 Content-Type。此错误码会与状态码 400 或 413 一起返回。</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>请减小请求（减少图片数量或缩小图片，使用链接代替内嵌数据），然后通过“编辑并重新提交”再次提交。</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>网关无法转换请求</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api 会将每个请求转换为上游服务商的格式，而这一步失败了，因为参数与所选 API 格式的要求不匹配。</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>请只使用网关文档中为该模型列出的参数，删除服务商特有的额外参数，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>网关在提示词中发现了屏蔽词</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>网关自带的敏感词过滤器在提示词中匹配到了屏蔽词，并在请求到达任何模型之前将其拦截。屏蔽哪些词由网关运营方决定。</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>请改写提示词，避开被标记的词语，然后使用“编辑并重新提交”。如果您认为匹配有误，请咨询网关运营方。</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>提示词被拦截</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>内容检查（网关或上游服务商的）拒绝了该提示词。任务未运行。</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>请改写提示词，使其明确符合服务商的内容规范，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>网关拒绝访问</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>该密钥、其所属用户或分组无权进行此调用，例如分组不包含此模型、用户已被禁用，或密钥仅允许从特定 IP 地址使用。</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>请在网关控制台中检查该密钥的分组、允许使用的模型和 IP 限制，或咨询网关运营方。如果改用其他密钥，请同步更新服务商配置。</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>此网关上没有该模型</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>您的密钥所属分组中没有任何渠道提供此模型，或模型名称拼写有误。new-api 常以 HTTP 503 返回此错误，看起来像服务中断，但实际上并非如此。</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>请在网关模型列表中查找适用于您的套餐和分组的准确模型名称，然后使用“编辑并重新提交”。如果需要该模型，请联系运营方将其加入您的分组。</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>渠道不支持该请求格式</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>提供此模型的渠道不支持所发送的请求类型，例如向仅处理对话的渠道发送任务路由请求。</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>请使用网关为此类任务提供的模型，或向运营方询问该渠道支持哪种请求格式。</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>网关找不到可处理该请求的渠道</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>网关无法为此模型和分组选择上游渠道，通常是因为所有匹配的渠道当前都已禁用或繁忙。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>请几分钟后重试。如果问题持续，请联系网关运营方：该模型可能没有可用的渠道。</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>网关渠道没有可用的密钥</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>上游渠道当前没有可用的服务商密钥，例如所有密钥都受到速率限制或已被禁用。问题出在网关一侧。</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>请稍后重试。如果问题反复出现，请告知网关运营方该渠道的上游密钥已耗尽。</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>网关的上游密钥无效</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>上游服务商拒绝了网关在此渠道上使用的密钥。您自己的密钥没有问题；只有网关运营方才能更换他们的密钥。</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>请携带发生时间和消息中的请求 ID 联系网关运营方。在他们修复该渠道之前，重试都会失败。</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>网关模型映射有误</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>网关会将请求的模型名称映射到上游模型，而渠道配置中的该映射无效。</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>请联系网关运营方并告知您使用的模型。在修复之前，如有其他可用模型，请换用其他模型。</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>上游响应过慢</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>上游渠道未在网关设定的时间限制内响应。通常是由于请求过大或服务商繁忙。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>请稍候片刻后重试；网关可能会选择其他渠道。如果问题重复出现，请减小请求，例如减少输出数量或缩短时长。</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>网关额度已用完</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>您在网关上的账户剩余额度不足以支付此请求。网关通常以 HTTP 403 返回此错误。</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>请在网关控制台中为账户充值，然后再次提交。</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>网关无法为请求预扣额度</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>在执行请求之前，new-api 会从密钥额度中预扣估算费用。预扣失败，通常是因为该密钥自身的额度上限低于估算值。</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>请提高或取消该密钥的额度上限，或在网关控制台中为账户充值，然后重试。</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>网关未给此模型定价</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>网关无法对该请求计费，因为没有为该模型配置价格或倍率。这是网关一侧的配置缺失。</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>请告知网关运营方出错的模型，以便其设置价格。在此期间请换用其他模型。</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>网关无法计量该请求</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api 在计费前会估算每个请求的用量，而估算失败了。这通常发生在输入中的图片无法下载或读取时。</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>请确认所有图片 URL 均可公开访问且有效，然后使用“编辑并重新提交”。如果输入没有问题，请重试一次，然后联系运营方。</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>网关无法连接上游</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>网关调用上游服务商时在网络层面失败，例如连接被拒绝或中断。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>请稍候片刻后重试；网关可能会通过其他渠道路由下一次尝试。</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>上游返回了无法使用的响应</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>上游服务商已响应，但网关无法解析该响应。这说明上游存在故障或格式发生了变化。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>请稍候后重试。如果持续失败，请携带请求 ID 联系网关运营方。</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>上游返回了错误状态码</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>上游服务商返回了 HTTP 错误，网关以此错误码将其转发。消息中通常包含上游自身的说明。</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>请先阅读消息：如果描述的是您的输入问题，请通过“编辑并重新提交”修正。否则请稍候后重试或联系运营方。</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>上游返回了空响应</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>上游服务商结束了响应，但没有返回任何内容。缓慢的流式响应在达到超时时可能以这种方式结束。</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>请重试。如果问题反复出现，请联系网关运营方提高流式超时时间。</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>网关丢失了上游响应</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>网关读取响应时与上游的连接中断，因此响应不完整。</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>请重试该调用。如果提交失败，请稍等片刻并查看网关的使用日志后再重新提交，因为上游可能已创建了该任务。</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>网关无法编码数据</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>网关无法将请求或响应转换为 JSON。这是网关软件的内部故障。</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>请重试一次。如果问题重复出现，请携带请求 ID 向网关运营方报告。</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>网关数据库读取失败</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>网关无法从其数据库中读取所需的数据，例如您的密钥、用户或任务记录。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>请稍候片刻后重试。如果错误持续存在，说明网关本身有问题；请联系其运营方。</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>网关数据库写入失败</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>网关无法保存数据，例如新的任务记录或额度变更。提交后，即使网关没有记录，上游任务也可能已经存在。</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>请稍候后重试状态查询。再次提交之前，请在网关的使用日志中查看是否已扣费；如果已被扣费，请联系运营方。</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>网关无法识别此任务 ID</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>网关在您的密钥下没有此 ID 对应的任务。new-api 以 HTTP 400 而非 404 返回此错误，因此看起来可能像输入错误。</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>请使用一次“重新检查”以排除延迟因素。如果仍无法识别该任务，请确认服务商配置仍在使用创建该任务的密钥；否则请将该任务视为已丢失。</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>此密钥的并发请求过多</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>网关限制了单个密钥可同时运行的请求数，此密钥已达到该上限。</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>请等待运行中的请求完成后重试。请在服务商配置中降低并发上限，使其低于该密钥的限制。</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>网关并发检查不可用</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>网关无法检查该密钥正在运行的请求数，因为负责计数的服务已宕机。在检查恢复正常之前，网关会拒绝请求。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>请稍候片刻后重试。如果问题持续，请告知网关运营方。</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>任务在网关上失败</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>任务以失败状态结束。网关或上游服务商给出的原因在服务商消息中，因为 new-api 转发此类文本时不附带固定的错误码。</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>请阅读消息：如果指向提示词或某项输入，请通过“编辑并重新提交”修正。否则请稍候后再次提交。</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI 拒绝了请求</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>请求体不是有效的 JSON、某个参数类型错误，或密钥所属分组的平台与所调用的端点不匹配。</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>请按消息提示修正请求，然后使用“编辑并重新提交”。如果消息提到平台或分组，请使用专用于图片任务的分组中的密钥。</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>LLMAPI 密钥缺失或无效</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI 未接受 Bearer 密钥。密钥可能输错、已删除或根本没有发送。</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>请在服务商配置中输入有效的密钥。异步图片任务需要绑定到图片批量分组的密钥。</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI 拒绝访问</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI 拒绝访问的原因可能有多种：余额不足、该密钥已关闭图片生成，或请求被内容审核拦截。消息中会说明具体原因。</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>请阅读消息，然后充值余额、请运营方为该密钥开启图片生成；如果被内容审核拦截，请改写提示词。</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>此密钥分组不提供该端点</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>该路径不存在，或密钥所属分组的平台不提供该路径，例如使用非 OpenAI 分组的密钥调用 OpenAI 图片端点。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>请检查服务商配置中的基础 URL 是否为 https://llmapi.site，并确认该密钥属于支持图片任务的分组。</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>LLMAPI 任务状态冲突</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>请求与任务的当前状态冲突，最常见的是对已结束的任务发起取消。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>在进行其他操作之前，请先使用“重新检查”加载任务的当前状态。</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>请求体超出 LLMAPI 的大小限制</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>请求超出了服务器配置的请求体大小限制，通常是因为内嵌了较大的图片。</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>请缩小或压缩输入图片，或发送图片链接代替内嵌数据，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>已达到 LLMAPI 容量限制</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>触发了并发、等待队列、任务队列或上游账户的限制。这些限制按用户和密钥分别计算。</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>请重试，并逐步延长等待间隔；如果返回了 Retry-After，请遵守。请在服务商配置中降低并发上限，以减少同时等待的任务数。</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>LLMAPI 内部错误</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI 在处理调用时意外失败。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>请重试，并逐步延长等待间隔。如果图片任务提交失败，请先使用“重新检查”或查看任务列表，再重新提交，以免产生重复任务。</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>LLMAPI 上游账户返回错误</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>LLMAPI 转发到的上游平台或账户返回了错误，因此 LLMAPI 无法完成调用。</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>请稍候后重试；LLMAPI 可能会使用其他上游账户。如果问题持续，请联系 LLMAPI 运营方。</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>LLMAPI 服务不可用</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>服务当前无法接受请求：可能关闭了异步任务、缺少结果存储，或没有空闲的上游账户。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>请几分钟后重试。如果消息表明任务或存储已被禁用，请直接联系运营方，因为等待无济于事。</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>LLMAPI 或其上游超时</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>上游或任务执行耗时超过了服务器允许的时间。图片任务可能仍已创建。</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>请稍候后重试。对于图片任务提交，请先使用“重新检查”或查看任务列表，以免产生重复任务。</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>向 LLMAPI 发送的请求无效</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>请求的结构不符合该端点的要求，例如请求体为空、JSON 格式损坏或字段类型错误。消息中会给出具体问题。</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>请按消息中的说明更正请求，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>找不到 LLMAPI 功能</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>所调用的端点或功能不可用，通常是因为密钥所属分组的平台不提供该功能。</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>请使用与该端点匹配的分组中的密钥（例如异步图片任务使用图片批量分组），并在服务商配置中填入该密钥。</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>异步图片任务已关闭</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>LLMAPI 服务器在配置中禁用了异步图片任务，在运营方启用之前无法创建任何任务。</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>请联系 LLMAPI 运营方。在该功能开启之前，重试无济于事。</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>LLMAPI 结果存储不可用</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>异步图片任务将结果保存在对象存储（OSS 或 S3）中，而该存储未配置或无法访问。未接受任何任务。</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>请几分钟后重试。如果问题持续，请就存储配置联系 LLMAPI 运营方。</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>图片任务请求无效</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>图片任务的请求体不可接受，例如提示词为空或某个字段类型错误。消息中会指出具体问题。</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>请更正消息中指出的字段（提示词始终不能为空），然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>该模型不是受支持的图片模型</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>任务中指定的模型不是 LLMAPI 异步任务 API 支持的图片模型，或不在该密钥的图片分组中。</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>请通过“编辑并重新提交”选择受支持的图片模型，例如 gpt-image-2 或 Gemini 官方图片模型名称。</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>异步图片任务不支持此功能</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>任务使用了异步 API 不提供的功能，例如 multipart 上传或将 stream 设为 true。</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>请通过“编辑并重新提交”发送普通 JSON 请求体，将 stream 设为 false，并删除不受支持的选项。</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>订阅制密钥无法运行图片任务</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>该密钥按订阅计费，但异步图片任务目前只能从账户余额中扣费。请求未加入队列。</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>请在服务商配置中填入从账户余额扣费的密钥。</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>余额不足，无法为图片任务预扣费用</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI 会在提交任务时预扣任务费用，而余额不足以支付该预扣。金额随图片数量和尺寸的增加而增加。</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>请为 LLMAPI 充值余额，或减少图片数量、缩小图片尺寸，然后再次提交。</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>已达到图片任务队列上限</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>该用户或密钥排队中的任务数已达上限，或 n 请求的图片数超过了单个任务可生成的数量。</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>请等待排队中的任务完成后再重试，并在服务商配置中降低并发上限。如果 n 较大，请通过“编辑并重新提交”减少每个任务请求的图片数。</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>任务已结束，无需取消</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>取消请求到达时，任务已经成功、失败、超时或已被取消。这本身并不是错误。</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>请使用“重新检查”加载最终状态及可能存在的结果。</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>找不到 LLMAPI 图片任务</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>不存在此 ID 对应的任务，或该任务属于其他 API 密钥；LLMAPI 会将其他密钥的任务视为不存在。</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>请确保服务商配置使用的是创建该任务的密钥，然后使用“重新检查”。如果仍找不到，请将该任务视为已丢失。</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>此密钥所属分组不提供图片端点</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>该密钥所属分组的平台不是 OpenAI，因此无法使用 OpenAI 图片端点。</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>请将服务商配置切换为 OpenAI 分组或图片批量分组的密钥，或调用与该密钥平台匹配的端点。</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>此密钥所属分组不提供 Token 计数</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>OpenAI 分组的密钥无法使用 Token 计数端点，而本次使用的正是此类密钥。</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>请勿使用此密钥进行 Token 计数，或使用支持该功能的分组中的密钥。</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>密钥不属于 Gemini 分组</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>使用分组平台不是 Gemini 的密钥调用了 Gemini 原生路径。LLMAPI 将每个密钥绑定到一个平台。</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>请使用 Gemini 分组的密钥调用 Gemini 原生路径，或用当前密钥调用 OpenAI 兼容的任务端点。</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>请求体为空</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI 收到了一个没有请求体的请求。客户端故障或会剥离请求体的代理都可能导致此问题。</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>请在“编辑并重新提交”中检查请求参数。如果参数已填写，请检查代理设置，并将此问题作为 QueueLens 的缺陷报告。</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>LLMAPI 图片任务失败</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>任务以失败状态结束。LLMAPI 不会自动重试失败的任务，因此该任务将保持失败状态。</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>请稍候后重新提交任务。如果再次失败，请通过“编辑并重新提交”修改提示词或设置。</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>LLMAPI 图片任务超时</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>任务未能在 LLMAPI 的执行时间限制内完成，服务器也不会自行重新运行它。</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>请稍后再次提交。较小的图片尺寸或每个任务较少的图片数量可以更快完成。</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>LLMAPI 图片任务已被取消</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>任务在完成前已被取消，取消来自 QueueLens 或使用同一密钥的其他客户端。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>如果取消是有意为之，则无需任何操作；否则请使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu 拒绝了请求</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu 认为请求无效，但未给出更具体的原因。当任务的状态已不允许取消时，Vidu 拒绝取消也会使用此错误码。</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>请阅读服务商消息。如果是取消被拒绝，请使用“重新检查”查看任务的真实状态；否则请通过“编辑并重新提交”更正请求。</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>请求包含 Vidu 不接受的字段</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>字段中的条目过多或过少</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>分页大小或图片尺寸超出范围</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>对于任务列表，请使用 1 到 100 之间的分页大小。对于提交，请对照这些限制检查输入图片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu 无法下载图片</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu 无法从请求中的 URL 获取图片。该链接可能已过期、需要登录，或禁止自动下载。</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>请在浏览器的无痕窗口中确认每个图片 URL 无需登录即可打开，替换失效的链接，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Vidu 不接受此图片格式</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>某张输入图片的格式不被 Vidu 接受，或文件已损坏。Vidu 可读取 JPG、JPEG、PNG 和 WEBP 图片。</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>请将图片转换为 PNG 或 JPEG，然后通过“编辑并重新提交”再次提交。</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>输入未通过 Vidu 安全审核</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Vidu 在审核所提交的提示词或图片时发现了不允许的内容，因此未接受该任务。</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>请修改提示词或图片，使其明确符合 Vidu 的内容规范，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Vidu 积分不足</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>账户积分不足以运行此任务。Vidu 以 HTTP 400 返回此错误，但这属于计费问题，而非输入错误。</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>请在 Vidu 平台购买或续订积分，或降低任务成本（缩短时长、降低分辨率），然后再次提交。</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>生成内容违反了 Vidu 的策略</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>任务已运行，但生成的输出被 Vidu 内容安全策略标记，因此未予返回。</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>请修改提示词或输入图片，降低输出被标记的可能性，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Vidu 模型不可用</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Vidu 任务已被用户取消</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>任务因针对此账户的取消请求而停止，该请求来自 QueueLens 或其他地方。Vidu 将其报告为带有此错误码的失败。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>如果取消是有意为之，则无需任何操作；否则请通过“编辑并重新提交”重新提交任务。</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>字段值无效</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>图片中未找到可用的人体</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>此模型或特效需要清晰可见的人物，而 Vidu 的人体检测无法在输入图片中定位人体关节。</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>请使用清晰显示单人全身、未被过度裁剪的照片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>输入图片的人脸检查失败</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Vidu 对输入图片的人脸检查失败，例如人脸过小、未朝向镜头或模糊。</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>请上传一张清晰、人脸朝向镜头的照片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>图片中的人体或人脸遮挡过多</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>输入图片中人物的身体或面部被遮挡过多，Vidu 无法检测到。</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>请使用人脸和身体未被物体、手或其他人遮挡的图片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>提示词违反了 Vidu 的策略</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>文本提示词包含 Vidu 不允许的词语或主题，因此任务在运行前即被拒绝。</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>请改写提示词，去除有问题的内容，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu 未接受该凭据：密钥错误、已删除或缺失。Vidu 要求在 Authorization 请求头中以 Token 方案提供密钥；代理商可能要求其他方案。</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>请检查服务商配置中的密钥，必要时在 Vidu 平台创建新密钥。如果基础 URL 指向代理商，请使用该代理商签发的密钥。</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu 拒绝访问</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>密钥有效，但无权发出此请求，例如请求的端点或模型不在账户套餐范围内。</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>请在 Vidu 平台检查账户的套餐和权限，或在服务商配置中改用具有所需权限的密钥。</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu 无法识别此任务 ID</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>该密钥对应的账户下不存在此 ID 的任务。通常是 ID 输错，或使用了其他组织的密钥。</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>请使用一次“重新检查”。如果仍找不到该任务，请确认服务商配置使用的密钥与提交时相同；否则请将该任务视为已丢失。</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>找不到 Vidu 作品 ID</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>请求中指定的作品（即任务的一个生成输出）不存在或已不可用。</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>请使用“重新检查”加载任务当前的作品列表，并使用其中的 ID。</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>找不到 Vidu 资源</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>请求的路径或资源不存在，通常是因为基础 URL 或端点有误。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>请检查服务商配置中的基础 URL（国际版平台为 https://api.vidu.com），并确认端点与任务类型相符。</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Vidu 资源冲突</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>该请求要创建或修改的资源，其键已被占用，因此 Vidu 拒绝了该请求。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>在重复请求之前，请使用“重新检查”查看先前的请求是否已经生效。</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>超出 Vidu 并发限制</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>该组织正在运行的任务数已达到其并发限制（默认为 5），Vidu 拒绝了额外的请求。</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>请等待运行中的任务完成后重试。请在服务商配置中将并发上限设为您的 Vidu 限额，或联系 Vidu 技术支持提高限额。</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>向 Vidu 发送请求过于频繁</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>该密钥在短时间内发送请求的速度超过了 Vidu 的允许值；状态查询也计算在内。</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>请等待一段时间后再重试，并在服务商配置中增大轮询间隔。</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu 正在限流</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu 正在限制请求，原因是其自身资源已达上限，而非您的账户问题。</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>请等待更长时间（至少几分钟）后重试，并在限流结束前减少新提交的任务。</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>请求被客户端中止</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu 记录到客户端在响应就绪之前关闭了 HTTP 请求，例如客户端超时之后。这只涉及该次调用，不一定影响任务本身。</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>如果这是一次提交，请先使用“重新检查”或查看 Vidu 任务列表，再重新提交，因为任务可能已经创建。</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Vidu 内部服务故障</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Vidu 在处理请求时发生了内部错误。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>请稍候后重试。如果持续失败，请携带错误详情中的 trace ID 联系 Vidu 技术支持。</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Vidu 失败，原因未知</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu 报告任务或请求失败，但未给出原因。</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>请稍候后再次提交。如果同一任务持续失败，请携带任务 ID 联系 Vidu 技术支持。</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Vidu 人脸检测失败</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu 无法对输入执行人脸检测，通常是因为图片过暗、过小或质量较差。</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>请使用更明亮、更清晰且人脸较大、清晰可见的图片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu 无法下载视频</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu 无法从请求中的 URL 获取视频。该链接可能是私有的、已过期或速度过慢。</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>请使用可公开访问、直接指向视频文件的链接，在浏览器的无痕窗口中测试后，使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Vidu 不接受此视频格式</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>某个输入视频使用了 Vidu 无法读取的封装格式或编码，或文件已损坏。</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>请将视频转换为 H.264 编码的 MP4，然后通过“编辑并重新提交”再次提交。</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>人脸未通过 Vidu 的人脸检查</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>已检测到人脸，但不满足该模型或特效的要求，例如侧脸、部分被遮挡或过小。</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>请使用只有一张清晰人脸、面朝镜头且人脸占画面较大比例的照片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>输入照片未通过 Vidu 审核</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Vidu 的图片审核拒绝了上传的照片，例如照片包含平台不允许的内容。</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>请更换为明确符合 Vidu 内容规范的照片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>图片中未找到人脸</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>所选模型或特效需要人脸，但 Vidu 在输入图片中未找到人脸。</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>请上传一张清晰显示人物面部的图片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>图片中有多张人脸</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>该模型或特效仅适用于单人，但 Vidu 在输入图片中发现了多张人脸。</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>请将图片裁剪为只包含一个人，或选择只有一张人脸的照片，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Vidu 内容审核未通过</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Vidu 的内容审核拒绝了输入或生成的输出，因此任务结束时没有可用的结果。</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>请调整提示词和图片，使其明确符合 Vidu 的内容规范，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>图片尺寸超出范围</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>某张输入图片的宽度或高度（像素）对 Vidu 而言过大或过小。</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>请调整图片大小，使两条边都在模型文档规定的像素范围内，且宽高比保持在 1:4 到 4:1 之间，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>错误请求</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>服务商以格式错误或无效为由拒绝了请求，且未返回文档中记载的错误码。通常是某个参数缺失、类型错误或不受该模型支持。</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>请查看原始响应中的线索，并通过“编辑并重新提交”更正参数。</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>未通过身份验证</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>服务商未接受该凭据，原因是 API 密钥缺失、错误或已过期。</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>请检查服务商配置中的 API 密钥，并替换为从服务商网站获取的当前有效密钥。</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>需要付款</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>服务商要求付款后才执行该请求，通常是因为账户余额或积分已用完。</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>请在服务商网站上为账户充值，然后再次提交任务。</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>服务商识别该密钥，但不允许此请求，例如请求了套餐之外的模型或该密钥无权执行的操作。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>请在服务商网站上检查该密钥的权限和套餐，或在服务商配置中改用其他密钥。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>服务商在所请求的地址上没有任何内容：基础 URL 或路径有误，或者任务或模型不存在。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>请检查服务商配置中的基础 URL。对于已存在的任务，请使用“重新检查”；如果仍找不到，请将其视为已丢失。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>不允许的请求方法</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>服务商不接受在此地址上使用这种 HTTP 请求。这几乎总是意味着基础 URL 指向了错误的服务或 API 版本。</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>请将服务商配置中的基础 URL 与服务商文档进行对照并更正。</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>服务器停止等待完整的请求，通常是因为连接缓慢或不稳定，或请求体过大。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>请稍候片刻后重试。如果问题重复出现，请检查网络连接并减小请求。</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>与当前状态冲突</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>请求与资源的当前状态冲突，例如对已结束的任务发起取消。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>请使用“重新检查”加载当前状态，然后再决定是否仍需执行该操作。</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>资源已不可用</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>服务商表示该资源曾经存在，但已被永久删除，例如已过期的结果或已删除的任务。</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>无法通过 API 恢复该资源。如果仍需要输出，请重新提交任务，并在结果就绪后尽快下载。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>请求体超出了服务商可接受的大小，通常是因为其中内嵌了图片或视频。</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>请使用更小或经过压缩的文件，或使用链接代替内嵌数据，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>不支持的内容类型</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>服务商不接受该请求体的格式，例如 Content-Type 请求头缺失或错误。</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>请确认服务商配置使用了正确的服务商类型和基础 URL。如果两者都正确，请将此问题作为 QueueLens 的缺陷报告。</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>无法处理该请求</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>请求格式正确，但服务商拒绝了其内容，例如某个值超出允许范围，或某些选项不能同时使用。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>服务商限制了单个密钥可发送的请求数或并发任务数，已达到该限制。</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>请按服务商在 Retry-After 中要求的时间等待（如未给出时间，则等待一分钟），然后重试。请在服务商配置中降低并发上限或增大轮询间隔。</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>客户端关闭了请求</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>服务器记录到客户端在响应发送之前关闭了连接，例如客户端超时或 QueueLens 被关闭。</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>对于提交，请先使用“重新检查”再重新提交，因为任务可能已经创建。其他调用可以直接重试。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>服务商的服务器在处理请求时出错。原因在于服务商，而非请求本身。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>请重试，并随每次尝试逐步延长等待间隔。如果提交失败，请先使用“重新检查”或查看服务商网站，再重新提交。</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>功能未实现</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>服务商在此地址上不支持该功能，例如服务未提供的取消或列表调用。</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>请确认服务商配置中的基础 URL 和服务商类型正确。如果正确，说明该服务商缺少此功能；如有需要，请向其咨询。</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>服务商前端的代理或网关从其后端服务器收到了无效的响应。这种情况通常只会持续很短时间。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>请稍候片刻后重试。如果提交因此失败，请先使用“重新检查”再重新提交。</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>由于过载、维护或缺少空闲容量，服务商暂时无法接受请求。</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>请在 Retry-After 指定的时间后重试，或几分钟后重试。</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>网关超时</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>服务商前端的网关等待其后端服务器响应的时间过长。请求可能仍已被执行。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>请稍候后重试。对于提交，请先使用“重新检查”，因为即使没有收到响应，任务也可能已存在。</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>服务商响应超时（Cloudflare）</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>位于服务商前端的 Cloudflare 已连接到服务商的服务器，但在约 100 秒的时间限制内未收到响应。该工作可能仍会在服务商处完成。</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>请勿立即重新提交：请先使用“重新检查”或在服务商网站上查看任务是否已创建，仅在未创建时再重试。</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>请求被服务商拒绝</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>服务商返回了客户端错误状态码，此处没有与之对应的具体条目。请求、密钥或账户中的某项需要修改。</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>请查看错误详情中的原始响应以了解原因，然后通过“编辑并重新提交”更正请求，或更新服务商配置。</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>服务商服务器错误</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>服务商返回了服务器错误状态码，此处没有与之对应的具体条目。问题出在服务商一侧。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>请重试，并随每次尝试逐步延长等待间隔。如果问题持续，请查看服务商的状态页。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>基础 URL 所指的服务器拒绝了连接。服务可能已宕机，或基础 URL 中的主机或端口有误。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>请检查服务商配置中的基础 URL，包括端口号。如果正确，请稍后重试。</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>无法将基础 URL 中的主机名解析为地址。主机名可能拼写有误，或无法连接 DNS 服务器。</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>请检查服务商配置中主机名的拼写，并确认其他网站能否打开。请在网络恢复后重试。</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>未在规定时间内收到数据</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>在超过传输超时时间的时段内，双向均无数据传输。服务器可能过载，或防火墙可能正在丢弃流量。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>请稍候后重试。对于提交，请先使用“重新检查”再重新提交，因为服务商可能已经创建了任务。</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>响应未完整接收即连接关闭</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>在完整响应到达之前，服务器或代理关闭了连接。服务商一侧重启或网络不稳定都会导致此问题。</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>请重试该调用。如果这是一次提交，请先使用“重新检查”，以免重复创建任务。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>无法建立或验证与服务商之间的加密（TLS）连接。常见原因包括系统时钟错误、代理或杀毒软件拦截 HTTPS，或服务器证书已过期。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>请检查计算机的日期和时间，以及代理或杀毒软件中的 HTTPS 检查功能。如果这些都没有问题，请稍后重试；服务商可能正在更新证书。</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>代理失败</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>为本机设置的代理服务器拒绝了连接、要求登录，或无法连接到服务商。</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>请检查系统代理设置和代理凭据，或尝试不使用代理。代理恢复正常后请重试。</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>计算机处于离线状态</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>计算机没有可用的网络连接，因此无法发送请求。没有任何内容到达服务商。</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>请重新连接网络。连接恢复后，QueueLens 即可继续。</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>响应不是有效的 JSON</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>服务商报告成功，但响应体不是 QueueLens 所期望的 JSON。通常是来自代理、登录门户或维护公告的 HTML 页面。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>请稍候后重试。如果问题持续，请在浏览器中打开基础 URL 查看返回的内容，并检查服务商配置。</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>空响应</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>服务商返回的响应没有响应体，而 QueueLens 需要其中的数据，例如任务 ID 或状态。</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>请稍候后重试。如果提交收到了空响应，请先在服务商网站上查找该任务，再重新提交。</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>响应超出大小限制</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>响应体超出了 QueueLens 设定的大小限制，因此未被读取。常见原因是基础 URL 指向了大文件或网页。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>请检查服务商配置中的基础 URL。如果正确，说明服务商发送的数据远超其协议允许的范围；请携带任务 ID 向服务商报告。</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>响应缺少预期字段</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>服务商发送了有效的 JSON，但缺少其协议约定的字段，例如任务 ID 或状态。服务商可能更改了 API，或该服务商配置指向了另一类服务。</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>请确认服务商配置中的服务商类型和基础 URL 与该服务相符。如果相符，请将原始响应报告给 QueueLens 维护者。</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>提交结果未知</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>提交未得到明确的响应，例如连接中断或超时，因此服务商处可能存在也可能不存在该任务。盲目重新提交可能会创建第二个任务并重复计费。</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>请先使用“重新检查”，或在服务商网站上查看。仅在确定未创建任务时才使用“仍然提交”。</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>服务商已无法识别该任务</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>服务商之前报告过此任务，但现在返回该任务不存在。任务可能已过期或被删除，或服务商配置中的密钥已更改。</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>请确认服务商配置仍在使用创建该任务时的密钥，然后使用“重新检查”。如果仍无法识别，且仍需要输出，请重新提交任务。</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>任务超出服务商配置的截止时限</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>任务未能在服务商配置设定的截止时限内完成，因此 QueueLens 停止了等待。服务商仍可能完成该任务。</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>请使用“重新检查”查看任务是否在之后完成。对于长视频等较慢的模型，请在服务商配置中延长截止时限。</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>服务商不支持取消任务</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>该服务商没有取消任务的 API，因此 QueueLens 无法停止任务。任务将继续运行，并可能仍会计费。</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>请等待任务完成；如果服务商网站提供停止功能，也可以在网站上停止该任务。</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>此服务商配置未设置 API 密钥</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens 未找到此服务商配置的 API 密钥，因此未发送任何请求。可能从未输入过密钥，或存储密钥的系统钥匙串已锁定或不可用。</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>请在服务商配置中输入 API 密钥。如果之前已保存过密钥，请解锁系统钥匙串后重试。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>发生了一个既无法根据服务商文档、也无法由 QueueLens 分类的错误。错误详情中的原始响应可能会提供更多信息。</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>在重试或重新提交之前，请先使用“重新检查”查看任务的真实状态。</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>从错误码名称来看，这表示任务列表请求的分页大小超出了 1 到 100 的允许范围。但 Vidu 自己的错误码表将此错误码与输入图片限制关联：最大 50 MB，格式为 JPG、JPEG、PNG 或 WEBP，宽高比在 1:4 到 4:1 之间。</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>请在服务商消息中找到出错的字段，并通过“编辑并重新提交”更正。</translation>
    </message>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 没有给出错误码；QueueLens 根据任务状态选用了“%2”。</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>%1 的文档没有说明 HTTP %2。该状态通常的含义：%3</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>LLMAPI 图片任务在上游失败</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>任务在到达模型后失败：上游没有返回图片，或者生成的图片无法保存（可能已经计费）。消息中会说明是哪一种情况。</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>请先阅读消息。如果没有生成图片，请稍后重新提交，或通过“编辑并重新提交”改写提示词。如果是保存失败，请先查看账户用量，再重新提交。</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu 仍在处理该请求</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu 仍在处理该请求，并要求稍后重试。</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>请按 Vidu 的要求，稍等片刻后重试。</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>所请求的模型不适用于此任务，因此任务失败。Vidu 提示检查模型类型。</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>请检查模型类型（例如此端点使用 viduq1），通过“编辑并重新提交”更正后再试。</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>未指明</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>请求中缺少 Vidu 所需的内容，或相应内容为空。Vidu 指出的字段：%1。</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>请通过“编辑并重新提交”补全缺少的内容。另请确认端点与任务相符，例如图生视频需要输入图片。</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>请求包含此端点或模型不接受的内容。Vidu 指出的字段：%1。</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>请通过“编辑并重新提交”将其删除。不同 Vidu 模型和端点接受的选项各不相同。</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>请求中某个列表的条目数多于或少于 Vidu 允许的数量，例如参考图片过多。Vidu 指出的字段：%1。</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>请将条目数改为模型允许的数量，然后使用“编辑并重新提交”。</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>请求中的某个值未通过 Vidu 的校验，例如模型、分辨率或时长未知。Vidu 指出的字段：%1。</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>请将其改为模型文档中列出的值，然后使用“编辑并重新提交”。</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>无效请求</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>内容安全策略</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>状态冲突</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>上游故障</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>修改请求</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>修正账户或密钥</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>先检查任务状态</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>重试无济于事</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>联系服务商</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>提交任务</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>获取结果</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>在服务商的任务列表中查找</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>服务商生成中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>建立连接</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>任务已创建</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>按任务 ID 添加</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>已收到提交响应</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>提交被拒绝</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>提交未获得明确响应</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>提交受速率限制</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>已强制重新提交</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>状态查询</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>状态查询失败</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>已获取结果</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>服务商找不到该任务</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>已重新检查</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>重新检查未找到任务</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>在任务列表中找到</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>任务列表中没有</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>任务列表中有多个匹配</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>任务列表未覆盖提交时间</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>任务列表不可用</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>已请求取消</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>已收到取消响应</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>取消请求失败，正在重试</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>取消失败</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>无法取消</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>取消前已结束</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>已达时间上限</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens 已重启</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>API 密钥在另一台电脑上</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>正在下载结果</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>结果已保存</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>结果下载失败</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>其他事件</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>解释服务商错误码并给出修复建议。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>类别：%1（%2）</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>重试：%1（%2）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>（此错误码不在服务商的文档中；以上内容是根据 HTTP 状态码和类别推断得出的。）</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>服务商返回的错误码、原因、类型或消息（例如 CreditInsufficient、channel:no_available_key、429）。</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>服务商 ID：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>服务商 ID</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>错误附带的 HTTP 状态码。</translation>
    </message>
    <message>
        <source>http</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>服务商返回的消息，用于补充字段名等细节。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>界面语言，例如 zh_CN 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>请只指定一个要解释的标识符</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status 需要 100 到 599 之间的 HTTP 状态码，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>错误目录中没有“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>%2 的错误目录中没有“%1”。</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 个任务因 %1（%2）失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 个任务因 %1（%2）失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>重试：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>请重试这些任务，或检查服务商配置的截止时限以及服务商的状态页。</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>全部重试（%1）</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>全部移除（%1）</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>没有失败的任务。失败的任务会按错误码在此分组，以便一次性对整组应用同一修复。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>在表格中选中</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>仅显示这些</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>重试本组中所有可重试的任务</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>从列表中移除本组的所有任务</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>切换到任务表格并选中这些任务</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>将任务表格筛选为本组</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>失败分组</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI 文档中没有取消端点：任务会运行到结束并照常计费。</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI 仅接受“image”和“video”类型，不接受“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>“%1”不是 FoxAPI 模型名称（模型名称不含空格）。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>来自 %1 的响应超过 %2 字节，未予读取。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 将请求重定向到了 %2。QueueLens 只跟随同一主机内的重定向，因此未向该地址发送 API 密钥。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>在传输超时时间（%2）内未从 %1 收到数据。</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 拒绝了连接（%2）。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>无法解析主机名 %1（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>与 %1 的连接在完整响应到达前已关闭（%2）。</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>连接 %1 时代理出错（%2）。</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>网络不可用，无法访问 %1（%2）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>与 %1 的安全连接失败（%2）。</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>对 %1 的请求失败（%2）。</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 重定向该请求超过了 %2 次。</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 在 %2 秒后仍在发送响应，已达到单个请求的时间上限，QueueLens 已停止等待。该服务器一直保持响应打开而不结束。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>列出数据库中的任务（不会联系服务商）。</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>仅显示处于这些状态的任务（逗号分隔）：%1。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>仅显示此服务商的任务。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>服务商 ID</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>没有任务。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>远程 ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>LLMAPI 的异步任务只能生成图片，不支持“%1”。</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>LLMAPI 图片任务不支持流式输出：请移除“stream”或将其设为 false。</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>图片数量“n”必须是不小于 1 的整数。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About QueueLens</source>
        <translation>关于 QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>已提交 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — 沙盒</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>打开提交面板以创建新任务</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>通过远程 ID 跟踪在其他地方创建的任务</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>将选中或当前显示的任务保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>退出 QueueLens；运行中的任务仍会在服务商处继续运行</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>按远程 ID、提示词文本或错误码搜索</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>选中表格中显示的所有任务</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>重新显示所有任务</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>语言、通知、下载文件夹和服务商配置</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>添加或编辑服务商账户及其 API 密钥</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>关于 QueueLens(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>当前使用的 Qt 版本</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>筛选侧栏(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>显示或隐藏状态和服务商筛选器</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>显示或隐藏所选任务的详情</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>失败分组(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>提交面板(&amp;S)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>工具栏(&amp;O)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>恢复轮询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>暂停轮询(&amp;P)</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>轮询已暂停：不会向任何服务商查询更新。点击以恢复。</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>在恢复之前停止向服务商查询更新</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>已选中 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>失败分组（%1）</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>失败分组</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>没有可导出的任务。</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV 表格文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>导出 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a notification&apos;s title, then its text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;面向异步 AI 图片和视频生成任务的桌面控制台：提交任务、跟踪进度、解释失败原因，并一键修复。&lt;/p&gt;&lt;p&gt;服务商：SeaArt、FoxAPI、new-api、LLMAPI、Vidu。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>服务商配置(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api 没有取消端点：任务会运行到结束。</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>此处 new-api 的任务中转仅用于视频，不支持“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>“%1”不是有效的模型名称（模型名称不含空格）。</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>网关将任务标记为失败，但未给出原因。</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>有多个值；如需列表请使用 JSON 数组 [ … ]</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>参数必须是一个 JSON 对象：{ &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>第 %1 行：应为“名称: 值”格式</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>第 %1 行：&apos;:&apos; 前应有名称</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>第 %1 行：名称不能包含空格（“%2”）</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>第 %1 行：&apos;:&apos; 后应有值（空文本请写 &quot;&quot;）</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>第 %1 行：“%2”已在第 %3 行设置</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>第 %1 行：“%2”的值不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>“%1”由上方表单提供；请在此处删除</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>名称: 值</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON 格式</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>参数格式</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>每行输入一个“名称: 值”形式的参数，或输入一个 JSON 对象</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>额外参数（JSON 对象）。</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>每行一个“名称: 值”；文本无需加引号，# 开头表示注释。</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>额外参数</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens 只能连接一台 PostgreSQL 服务器，但该地址列出了多个主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 地址；请写成 postgresql://user@host:port/database 的形式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>“%1”不是 QueueLens 可识别的连接参数（可识别的参数：%2）</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>PostgreSQL 地址中未指定数据库；请将其添加在主机之后，例如 postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>PostgreSQL 地址中的端口不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 和 Ubuntu：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>数据库 %1 中有一个不属于 QueueLens 的“tasks”表；请为 QueueLens 单独使用一个数据库</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>服务器拒绝了 %1 的密码（%2）</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>服务器上不存在 %1 指定的数据库；请使用 createdb 创建一次（%2）</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>服务器 %1 上不存在该用户（%2）</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>与 %1 的安全连接（TLS）失败：%2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>无法解析 %1 中的服务器名称（%2）</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>无法连接到服务器 %1（%2）</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>与 %1 的连接已断开（%2）</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>数据库 %1 正忙：另一个 QueueLens 实例持有其写锁（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>数据库 %1 为只读（%2）</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>存放 %1 的服务器磁盘已满（%2）</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>%1 中的用户无权执行此操作；请为该用户授予此数据库的相应权限（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 中出现数据库错误（%2）</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>PostgreSQL 地址中不能包含以“#”开头的部分</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>服务器 %1 要求提供密码：请在“首选项 → 共享历史记录”中输入（密码保存在系统钥匙串中），或设置 PGPASSWORD，或将密码添加到 ~/.pgpass 中</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为服务商配置命名。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>已存在名为“%1”的服务商配置。</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>请选择此服务商配置所连接的服务商。</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>请填写存放 API 密钥的环境变量名称。</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>“%1”不是有效的环境变量名：只能使用字母、数字和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>轮询间隔必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>并发数必须在 1 到 %1 个请求之间。</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>截止时限必须在 0（不限）到 %1 分钟（7 天）之间。</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>纯 http:// 会以明文发送 API 密钥。除非是可信的本地服务器，否则请使用 https://。</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>QueueLens 的环境中未设置 %1；在设置之前，请求将被拒绝。</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>每次需要时都会从 %1 读取密钥。</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>按“确定”后，新密钥将保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>新密钥仅保留在内存中，直到 QueueLens 退出；不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>服务商(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>轮询间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>从环境变量读取：</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>变量名，例如 %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>留空则保留当前密钥</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> 个请求</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>沙盒服务商配置：连接内置测试服务器，任意密钥均可。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>服务商配置名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>将密钥保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>从环境变量读取密钥</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>环境变量名称</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>轮询间隔（秒）</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>最大并发请求数</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>截止时限（分钟）</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>每个运行中任务的检查频率（1–3600 秒）。服务商可能要求降低频率。</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>此服务商配置同时进行中的最大请求数。</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>任务超过此时长仍未完成则放弃（0 = 永不放弃）。</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>文件大小为 %1 KB，而服务商配置文件最大为 %2 KB。请确认是否选错了文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>文件不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>这不是 QueueLens 服务商配置文件：其格式为“%1”。</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>（非文本）</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>此服务商配置文件由更新版本的 QueueLens 生成（格式版本 %1）。当前版本只能读取版本 %2，请升级 QueueLens 后再导入。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>这不是 QueueLens 服务商配置文件：其中没有“profiles”列表。</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>服务商配置文件中没有“profiles”列表。</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>文件中列出了 %1 个服务商配置，仅读取了前 %2 个。</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>第 %1 项不是服务商配置，已跳过。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>服务商配置 %1 未指定服务商，已跳过。</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>服务商配置 %1 的基础 URL 不是文本，已跳过。</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>服务商配置 %1：无法使用 ID“%2”，将另行分配新 ID。</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>服务商配置 %1 与前面的条目重复使用了 ID“%2”，已跳过。</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>服务商配置 %1：“%2”不是数字，已使用默认值。</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>服务商配置 %1 中包含 API 密钥。密钥永远不会从文件导入：请在“设置”中输入，密钥将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>“%1”大于 %2 KB，作为服务商配置文件过大。请确认是否选错了文件。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>未导入任何服务商配置。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>已添加 %n 个服务商配置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>已更新 %n 个服务商配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>服务商配置文件中从不包含 API 密钥：请为每个新服务商配置输入密钥。按“确定”之前不会保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个服务商配置保存到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>文件中不含 API 密钥：导入者需自行输入自己的密钥。</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入服务商配置</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>文件中有 %n 个服务商配置已存在：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>用文件中的设置替换它们（API 密钥保留不变），还是两者都保留，将文件中的作为新服务商配置添加？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>两者都保留(&amp;K)</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>QueueLens 服务商配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>没有可导出的服务商配置。</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>沙盒服务商配置不会导出：它们仅在当前 QueueLens 运行期间有效。</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>导出服务商配置</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a profile name made unique: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” uses the provider “%2”, which this version of QueueLens does not know; it was skipped.</source>
        <translation>“%1”使用的服务商“%2”不受此版本 QueueLens 支持，已跳过。</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A profile in a list: &quot;&lt;profile name&gt; — &lt;provider&gt;&quot;, e.g. &quot;My key — Vidu&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <source>Choose a model or endpoint.</source>
        <translation>请选择模型或端点。</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>请填写提示词。</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>将失败、已取消、超时、已拒绝或已丢失的任务作为一次新尝试重新提交。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本地任务 ID（来自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>跟踪新尝试直至结束。</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>任务 %1 无法重试：%2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>“%1”不是 SeaArt 端点 ID。请使用 SeaCloud 目录中的模型 ID，例如 nano_banana_2。</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt 不支持 Webhook：请移除参数“%1”。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>系统钥匙串不可用（%1），无法读取已保存的 API 密钥。请在服务商配置中输入密钥，或设置该服务商配置的环境变量。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>系统钥匙串不可用；“%1”的 API 密钥仅保留到 QueueLens 退出。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>系统钥匙串不可用（%1）；“%2”的 API 密钥仅保留到 QueueLens 退出。</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <extracomment>Two whole sentences in a row. Keep the space only if your language separates sentences with one.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（沙盒）</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>未连接密钥存储，无法在此修改密钥。</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>已有密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>已为本次会话设置密钥，该密钥不会被保存。</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>密钥来自环境变量 %1。</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>沙盒服务商配置：无需密钥。</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>尚未设置密钥：在输入密钥之前，服务商会拒绝请求。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新服务商配置</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>新服务商配置 %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>请选择用于保存下载结果的文件夹。</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>下载文件夹必须是完整路径，例如 %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens 无法写入“%1”。</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>首次下载结果时将创建该文件夹。</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>请修正标记的字段后再保存。</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>服务商配置“%1”：%2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>服务商配置“%1”：未连接密钥存储，无法保存密钥。</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>常规：%1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>无法移除“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>系统钥匙串未接受该密钥，因此它将保留在内存中，直到 QueueLens 退出。如需在重启后保留，请将其放入环境变量，并选择“从环境变量读取”。
详细信息：%1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>密钥未保存到钥匙串。按“确定”以继续使用仅限本次会话的密钥。</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
如需在重启后保留密钥，请将其放入环境变量，并选择“从环境变量读取”。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>服务商配置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>服务商配置：</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>服务商配置列表</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>添加服务商配置</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>移除所选服务商配置</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>按“确定”后移除该服务商配置。其任务仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>任务成功时(&amp;S)</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>任务失败时(&amp;F)</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>任务成功时通知</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>任务失败时通知</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下载文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>共享历史记录：%1</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>共享历史记录</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>从文件导入服务商配置</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>添加 QueueLens 服务商配置文件中的服务商配置。此类文件从不包含 API 密钥。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>将服务商配置导出到文件</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>保存这些服务商配置（不含 API 密钥），以便共享或备份。</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>尚无服务商配置。
按“添加”将 QueueLens 连接到服务商，或按“导入”读取服务商配置文件。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>地址必须以 postgresql:// 开头（共享历史记录存放在 PostgreSQL 服务器上）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>团队可以在 PostgreSQL 服务器上共享同一份任务历史记录：每个人都能看到所有任务、任务由谁提交以及最终结果。API 密钥始终只保留在本机。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>共享历史记录服务器地址</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>留空：历史记录保存在本机的文件中。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>连接服务器并读取架构版本；不会更改服务器上的任何内容。</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的名称(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>您在共享历史记录中的名称</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>新的服务器地址在 QueueLens 下次启动时生效；您的名称立即生效。</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>无法使用此地址：%1</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>记录在您提交的每个任务上。留空时使用 %1。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>请勿在地址中包含密码：QueueLens 从不在设置中保存密码。请在密码框中输入（密码将保存到系统钥匙串），或使用 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>共享历史记录服务器密码</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>保存在系统钥匙串中；留空时使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>没有可用的钥匙串：请使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>数据库 %1 无法切换到预写日志（WAL）模式；它可能是只读的</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>数据库 %1 被其他程序锁定，可能是另一个 QueueLens 实例（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>数据库 %1 为只读（%2）</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>数据库 %1 已损坏或不是 QueueLens 数据库（%2）</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>%1 所在磁盘已满或出现故障（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 中出现数据库错误（%2）</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>全部重试“%1”中的 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>全部取消“%1”中的 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>从列表中移除“%1”中的全部 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动中</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>任务筛选器</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>点击条目以仅显示对应任务</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>统计需要您处理的任务：%1。
点击即可只显示这些任务。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>恢复轮询之前不会发送状态查询请求。</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>正在轮询任务状态。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>恢复轮询</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>暂停轮询（任务仍会在服务商处继续运行）</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>暂停轮询</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1：%2 秒</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>已限流：%1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>这些服务商配置要求等待（HTTP 429 / Retry-After）；倒计时结束后将恢复请求。</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>轮询状态</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>进行中的请求</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>被限流的服务商配置</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>立即向服务商查询任务状态并输出。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本地任务 ID（来自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>仅输出数据库中已有的信息，不查询服务商。</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>未刷新：%1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>服务商未及时响应状态查询请求</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>状态查询请求失败：%1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>任务数据库当前无法接受更改：%1
列表保持上次读取时的状态。QueueLens 会将自己的更改（尤其是请求 ID）保存在本机，并在数据库恢复后立即写入。</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>再次发送状态未知任务的提交请求，并接受服务商可能将其运行两次并重复计费。</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>状态为“未知”（unknown）的任务的本地 ID。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>跟踪新尝试直至结束。</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>任务 %1 无法再次提交：%2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>提交生成任务（使用 --wait 时跟踪至结束）。</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param 需要 key=value 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>服务商：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>服务商 ID</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>服务商的 API 基础 URL，例如 https://api.vidu.com 或沙盒 URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>模型；对于 SeaArt 为端点 ID。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>提示词。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>要生成的内容：image、video、text2video、img2video 等（默认：服务商支持的第一种类型）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>额外的请求参数，可重复使用。JSON 值（5、true、[..]、{..}）按 JSON 发送，其他值按文本发送。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>存放 API 密钥的环境变量（默认：QUEUELENS_API_KEY）。仅保存变量名。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>变量名</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>该基础 URL 是 QueueLens 沙盒：无需 API 密钥。</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>对此服务商和基础 URL 发送状态查询请求的间隔毫秒数（保存在其服务商配置中）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>任务超过此秒数后放弃（0：永不放弃；保存在服务商配置中）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>等待提交请求本身响应的秒数；若无响应，任务将变为未知状态（退出码 4），且绝不会重复发送。</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>跟踪任务直至结束，并输出最终状态。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval 需要 50 到 3600000 之间的毫秒数</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline 需要 0 到 604800 之间的秒数</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout 需要 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>未能及时记录到任务 %1 的提交响应</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url “%1”：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>尚无服务商配置。请先在“设置”中添加。</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>请选择或输入模型（或端点）。</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>正在提交 %n 个任务…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>引擎拒绝了该任务。</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>正在提交… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>已提交 %n 个任务：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>已提交 %1 / %2 个，随后停止：%3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>任务 #%1 使用的服务商配置已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>已根据任务 #%1 填写。提交将创建新任务，原任务保持不变。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>服务商配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>提示词(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>添加服务商配置…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>将任务发送给服务商（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>服务商配置</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>模型或端点</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>模型 ID 或端点</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>描述要生成的图片或视频…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>将同一任务提交指定次数（1–%1）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>添加服务商配置</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>批量操作进度</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>编辑并重新提交</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>仍然提交</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>任务 #%1 已重新提交。</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>已请求取消任务 #%1。</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>仍然提交？</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>%n 个任务的首次提交未获得明确响应：服务商可能已经创建了这些任务。再次提交可能产生重复任务，且每个都可能被计费。

如果不确定，请先使用“重新检查”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>移除仍在运行的任务？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>要移除的任务中有 %n 个尚未结束。移除只会停止在此处跟踪它们；服务商会继续运行（并计费）。如需停止，请先取消这些任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>移除任务？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>从列表中移除 %n 个任务及其历史记录？已下载的结果文件会保留在下载文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>重试整个分组？</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>使用相同参数重试 %n 个任务？每次重试都是一次新的提交，可能会被计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>全部重试</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>已复制 %n 个 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>批量操作：%1 / %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1：%n 个任务中已完成 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>One line of a bulk action&apos;s summary: %1 is how many tasks, %2 the reason they were skipped or failed.</extracomment>
        <translation>%2（%1 个）</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n.</source>
        <translation>
            <numerusform>未完成：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>对其他操作员的任务执行操作？</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>其他 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>其中 %n 个任务由其他操作员（%1）提交。是否也对这些任务执行“%2”？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>编辑并重新提交(&amp;E)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>刷新状态(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>复制 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>只有已结束且未成功的任务才能重试。</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>只有排队中或运行中的任务才能取消。</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>任务状态为“%1”：没有可查询的内容。</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>只有提交未获得明确响应（状态为未知）的任务才能“仍然提交”。</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>任务状态为“%1”：其状态不会再变化。</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>请只选择一个任务进行编辑并重新提交。</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>请先选择一个或多个任务。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>所选的 %n 个任务均不符合条件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>适用于所选 %n 个任务中的 %1 个；其他任务将被跳过：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>仍然提交(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>界面语言，例如 zh_CN 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>请只指定一个任务 ID</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>“%1”不是任务 ID（应为正整数，即 submit 和 list 输出的编号）</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>已停止等待；任务 %1 的状态为“%2”，仍保留在数据库中。可使用“queuelens-cli watch”继续跟踪。</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 中没有任务 %1</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>任务 %2 的服务商配置“%1”已不存在</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>未能及时记录到任务 %1 的提交响应</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>任务数据库：文件（默认为桌面应用使用的文件 %1）或共享的 PostgreSQL 服务器，格式为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>文件或 URI</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>记录在本次运行所提交任务上的名称（默认：环境变量 QUEUELENS_OPERATOR 的值；若未设置，则为 user@host）。</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>任务 #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1，已完成 %2%</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1，排第 %2 位</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未结束</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>服务商未返回结果文件。</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>任务成功后，结果将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>正在下载 %n 个文件到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>已保存到 %1。双击打开。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>选择一个任务以查看其参数、时间线、结果和错误。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>远程 ID：</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>复制服务商的任务 ID</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>复制远程 ID</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>JSON 格式的任务参数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>远程 ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a model, then the task&apos;s kind</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>%n 个任务的更改无法保存：%1 QueueLens 会将其保留在内存中并重试；在程序运行期间不会丢失任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>任务数据库已恢复可写；内存中保留的所有更改现已保存。</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>网络似乎已断开。QueueLens 会定期检测，并在网络恢复后继续轮询。</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>没有适用于服务商“%1”的适配器。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>此任务的服务商配置“%1”已不存在。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>服务商配置“%1”在本机上没有 API 密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>任务未能在 %n 秒（服务商配置“%1”的截止时限）内完成。服务商仍可能完成该任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>提交未获得明确响应（%1）。服务商可能已创建该任务：请先使用“重新检查”，或在服务商网站上查看，然后再重新提交。</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>服务商已接受提交（HTTP %1），但未返回任务 ID。</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>无法保存任务 %2 的请求 ID %1：%3 请记下该 ID：QueueLens 会将其保留在内存中并尝试再次保存。</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>服务商已连续 %n 次回复找不到任务 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>该任务已经结束；已采用其最终状态。</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>已有另一个批量操作正在处理此任务。</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>此任务的取消请求已在发送中。</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens 在提交获得响应之前已停止。服务商可能已创建该任务：请先使用“重新检查”，或在服务商网站上查看，然后再重新提交。</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>服务商配置需要一个 ID。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知服务商“%1”。</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>基础 URL 必须是完整的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存服务商配置：%1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在服务商配置“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>此服务商配置有 %n 个任务尚未结束。请先取消或移除这些任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>无法移除服务商配置：%1</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>服务商配置“%1”未设置 API 密钥。请在服务商配置中输入。</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>无法保存任务，因此未发送：%1</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>服务商尚未为此任务分配 ID，因此无法查询。</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>任务已结束，无需刷新。</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 无法在没有任务 ID 的情况下查询任务，而 QueueLens 从未收到此任务的 ID。请在服务商网站上查找；只有在确定未创建任务时才使用“仍然提交”，因为第二个任务可能会被计费。</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>“仍然提交”仅适用于提交结果未知的任务。</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>此任务的一个请求仍在进行中；请稍后再试。</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>无法移除任务：%1</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>任务已移除。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>请输入服务商的任务 ID。</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>无法保存任务：%1</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 不支持取消任务。</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>服务商已在取消此任务。</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>提交尚未获得响应；请在任务获得 ID 后再取消。</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens 不知道此任务是否存在；请先使用“重新检查”。</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>任务已经结束。</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>任务在当前状态下无法取消。</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>任务尚无服务商 ID。</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>提交结果未知：请使用“重新检查”；如果确定未创建任务，可使用“仍然提交”。</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>只有失败、已取消、超时、已拒绝或已丢失的任务才能重试。</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 只能取消尚未开始运行的任务。</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>另一个 QueueLens 进程（%1，%3 上的进程 %2）当前正在跟踪此任务；请在该进程中操作，或等待该进程退出。</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>任务数据库无法将此任务移交给当前进程：%1</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>无法转交取消请求：%1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>已将取消请求转交给正在跟踪此任务的 QueueLens 进程。</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>无法完整读取任务历史：%1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>已使用服务商配置的密钥下载结果：%1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>无法下载结果（%1）；结果仍位于 %2，访问它需要服务商配置的密钥。</translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>已在服务商的任务列表中找到，编号为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>在服务商的任务列表中未找到该任务：提交前后 %n 分钟内没有创建过模型和提示词都相同的任务。该任务很可能从未被创建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>服务商的任务列表有歧义：有 %n 个任务的模型和提示词都相同，且都在此任务提交前后创建。QueueLens 不会猜测哪一个是此任务；请在服务商的网站上查找。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>需要本机具有服务商配置“%1”的密钥；已留给拥有该密钥的操作员处理。</translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>已完成；正在使用服务商配置的密钥下载结果，下载完成后任务才会标记为“已成功”。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>共享历史记录无法访问期间保存在本机的 %n 项更改现已写入共享历史记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>共享历史记录无法访问期间保存在本机的更改暂时无法写入（%1）；QueueLens 将在下次启动时重试。</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>服务商的任务列表无法追溯到此任务的提交时间：返回的一整页 %n 个任务均晚于此任务创建。该任务可能存在；重新提交之前，请先在服务商的网站上查找。</numerusform>
        </translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>返回的是 HTML 页面，而不是服务商的 JSON：通常是网络登录页、代理，或基础 URL 指向了网站而不是 API。请在浏览器中打开该服务商配置的基础 URL，并在服务商配置中核对。</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>任务数据库不可用。任务仅保留到 QueueLens 退出为止。</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>任务数据库不可用（%1）。任务仅保留到 QueueLens 退出为止。</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>仅显示因 %1（%2）失败的任务</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>搜索 ID、提示词、错误码…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>显示远程 ID、提示词、模型或错误码中包含所输入的每个词的任务（%1）</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>清除此筛选</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>ID 不能包含空格。请每行填写一个 ID。</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>作为任务 ID 过长（超过 %1 个字符）。</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>与第 %1 行的 ID 相同；仅导入一次。</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>已作为任务 #%1 跟踪。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>加载任务 ID</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>尚无服务商配置。请先在“设置”中添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n 个 ID 可导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n 个 ID 可导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>将跳过 %n 行（见下文）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>正在作为任务 #%1 跟踪</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>未导入。</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>已导入 %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>现已跟踪 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>导入任务</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>服务商配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>加载文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>任务所属的服务商配置</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>导入任务的模型</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>导入任务的类型</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>远程任务 ID</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>逐行结果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>远程 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>部分服务商需要模型或类型才能找到任务；请使用创建任务时所用的值。</translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>正在查找已跟踪的任务…</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>该文件不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>该 JSON 文件中没有任务列表：应为任务数组，或带有“tasks”数组的对象。</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>文本、CSV 或 JSON 文件 (*.txt *.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>粘贴远程任务 ID（每行一个），或加载文本、CSV 或 JSON 文件。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>远程任务 ID（每行一个）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>远程 ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>排队位置</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>任务 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>服务商返回：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>排队位置 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before a value, e.g. Model: flux</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>TaskListWidget</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>正在加载任务历史…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>暂无任务。
按 %1 提交任务，或按 %2 跟踪在其他地方创建的任务。</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>没有符合当前筛选条件的任务。
%1 可重新显示所有任务。</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>需要决定</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens 无法使用其任务数据库：%1。</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>升级到架构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>The task database is not open.</source>
        <translation>任务数据库未打开。</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>任务 %1 在保存过程中被更改</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>任务 %1 已不在运行中</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>数据库 %1 由更新版本的 QueueLens 写入（架构版本 %2，当前版本最高支持 %3）</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>已连接。数据库中已有 QueueLens 历史记录（架构版本 %1）。</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>数据库 %1 由更新版本的 QueueLens 写入（架构版本 %2，当前版本最高支持 %3）；请更新 QueueLens 或选择其他数据库</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>数据库 %1 在此期间已被更新版本的 QueueLens 升级（架构版本 %2）</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>数据库 %1 未给新任务分配 ID</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>已连接。数据库为空：QueueLens 首次使用此数据库启动时会创建所需的表。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>排队第 %1 位</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理建议：</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>提交未获得明确响应，服务商可能已创建任务，也可能没有。请使用“重新检查”查询，或使用“仍然提交”再次发送。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>服务商 / 配置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>远程 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>只能下载 http 和 https 结果。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>文件 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>Task #%1 succeeded</source>
        <translation>任务 #%1 已成功</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>任务 #%1：%2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>任务 #%1 失败</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n 个任务已成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 failed&quot;); the same words end &quot;12 tasks succeeded, 3 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n 个需要决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n 个已成功</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens：无任务</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens：%1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>显示 QueueLens(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>暂停轮询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu 没有“%1”端点。请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video 不接受图片：请移除“images”或改用 img2video。</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu img2video 要求“images”为仅含一个图片 URL 的数组。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>“%1”不是 Vidu 模型名称（例如 viduq1）。</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu start-end2video 需要“images”为包含两个图片 URL 的数组：首帧和尾帧。</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu reference2video 需要“images”为包含一到七个图片 URL 的数组，或提供“subjects”。</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu template2video 需要在“template”中填写模板名称（模型由模板决定）。</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu template2video 需要“images”为图片 URL 数组。</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>使用 viduq1 的 Vidu reference2image 需要“images”为参考图片 URL 数组。</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>参考图生视频</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>首尾帧生视频</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>模板生视频</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>参考图生图</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>仅跟踪这些任务（默认：所有活动任务）。</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>仅跟踪此服务商的任务。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>服务商 ID</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>“%1”不是任务 ID</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知服务商“%1”</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 中没有任务 %1</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>服务商配置“%1”已不存在</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>未跟踪任务 %1：%2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>没有可跟踪的活动任务。</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>已停止跟踪；任务仍会在服务商处继续运行。</translation>
    </message>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>跟踪所有活动任务（或指定的任务）直至全部结束；每次变化输出一行。其间由其他 QueueLens 进程提交的任务也会被跟踪。</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>没有活动任务时也继续运行，等待其他进程提交的任务（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>未指定任务 ID 时，watch 会跟踪数据库中的所有活动任务，包括其运行期间由其他 QueueLens 进程（桌面应用、其他正在运行的 queuelens-cli）添加的任务，并接管所属进程已退出或意外终止的任务的轮询。当数据库中不再有任何活动任务时，watch 即退出（使用 --follow 时：仅在按下 Ctrl+C 时退出）。指定任务 ID 时，watch 会在这些任务结束后退出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>界面语言，例如 zh_CN 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>启动后将窗口截图保存到 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>面向异步 AI 图片和视频生成任务的桌面控制台。</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>运行内置的服务商沙盒，并将其用于所有服务商。</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>沙盒随机结果组合的种子。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>The task database could not be opened:
%1</source>
        <translation>无法打开任务数据库：
%1</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>沙盒无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Sandbox · %1</source>
        <translation>沙盒 · %1</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>任务数据库：文件，或团队的 PostgreSQL 服务器，格式为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>文件或 URI</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>无法打开共享历史记录：
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>打开本机的历史记录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>
