<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>基底 URL 無效：%1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>請輸入服務商的基底 URL，例如 https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>基底 URL 必須以 http:// 或 https:// 開頭</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>基底 URL 需要包含主機名稱，例如 https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>基底 URL 不可包含使用者名稱或密碼；QueueLens 會自行傳送 API 金鑰。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>基底 URL 不可包含查詢字串（「?%1」）：QueueLens 會自行加上 API 路徑與參數。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>基底 URL 不可包含片段（「#%1」）。</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>已移除結尾的「%1」：QueueLens 會自行加上 API 路徑。</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>要求服務商取消任務（加上 --wait 時，會等到任務停止）。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本機任務 ID（取自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>持續追蹤任務直到停止；只有任務最終為已取消時，結束代碼才是 0。</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>無法取消任務 %1：%2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>服務商未及時回應取消請求</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>取消請求未被接受：%1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>服務商未取消任務 %1；任務目前仍為「%2」</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>任務 %1 在取消生效前就已結束，狀態為「%2」。</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>任務 %1 早已結束，狀態為「%2」。</translation>
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
%n 個任務</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>各狀態任務數</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>已結束（累計）</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>每分鐘完成數（最近 %1 分鐘）</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>失敗、逾時或已遺失</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>排隊等待與產出時間</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>排隊等待（中位數）</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>排隊等待（P90）</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>產出時間（中位數）</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>產出時間（P90）</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>最常見的錯誤</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>失敗的任務</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>各狀態任務數

每隔幾秒取樣一次，圖表會隨時間逐漸填滿。</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>每分鐘完成數

最近 %1 分鐘內沒有任務完成。</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>排隊等待與產出時間

目前還沒有已完成或執行中的任務可供計算。</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>最常見的錯誤

沒有失敗的任務，一切正常。</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>圖表：各狀態任務數隨時間的變化</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>圖表：每分鐘完成的任務數</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>圖表：各服務商的排隊等待與產出時間</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>圖表：最常見的錯誤代碼</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>再次向服務商查詢狀態未知或已遺失的任務。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本機任務 ID（取自 submit 或 list）。</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>若任務仍在進行，則持續追蹤直到結束。</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>無法檢查任務 %1：%2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>服務商未及時回應</translation>
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
        <translation>指令：</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>執行「queuelens-cli &lt;command&gt; --help」可查看指令的選項。</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>所有指令都接受 --lang &lt;code&gt;（例如 zh_TW 或 ru）。</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>無法使用「%1」語言，改用英文。可用的語言：%2。</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>錯誤：未知的指令「%1」。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1（%2，命令列）</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>設定檔「%1」未指定存放 API 金鑰的環境變數；請加上 --key-env &lt;VAR&gt; 重新提交。</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>「%1」的 API 金鑰從環境變數 %2 讀取，但該變數未設定或為空值。請設定該變數，或以 --key-env 指定其他變數。</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>列出所有文件記載的錯誤代碼及其說明。</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>只列出此服務商：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>輸出 JSON 陣列。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>介面語言，例如 zh_TW 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>非預期的引數「%1」</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>類別：%1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>重試：%1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>代碼：%1（%2）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>發生於：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>服務商文件中未記載</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>服務商回覆：「%1」</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[回應已截斷]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>提交未獲得明確回應</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>提交請求沒有收到可用的回應，因此服務商可能已建立此任務，也可能沒有。</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>請先使用「重新檢查」查詢此任務。「仍要提交」會再送出一次；如果第一次提交其實已送達，就會產生一個重複任務並被計費兩次。</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>服務商已找不到此任務</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>服務商已接受此任務，之後卻連續多次回應「找不到」。服務商會刪除舊任務，有些服務商在重新啟動後也會遺失任務。</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>先「重新檢查」一次；如果仍然遺失，請重試以重新執行。</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>任務已超過截止時限</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>任務未在設定檔的截止時限內完成，因此 QueueLens 已停止等待。</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>請重試；如果這個模型較慢，可在設定檔中調高截止時限。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>%n 秒後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>編輯並重新提交…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>開啟設定檔…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>仍要提交…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>服務商要求等待一段時間後再發出請求。</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>錯誤說明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>請求 ID：</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>複製請求 ID（聯絡服務商時請提供）</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>複製請求 ID</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>原始回應</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>服務商傳回的原始回應</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 未提供錯誤代碼；QueueLens 根據任務狀態選用了「%2」。</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>%1 的文件未說明 HTTP %2。此狀態碼通常的意義：%3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 傳回了錯誤代碼「%2」，但其文件中未列出此代碼。依 HTTP 狀態碼 %3 判斷：%4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（無代碼）</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>文件未記載的錯誤「%1」</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 回報了「%2」，但此錯誤不在其文件中。看起來屬於「%3」類的問題。</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>服務商的訊息：%1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>請重試任務；這類失敗通常只是暫時的。</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>請稍候再重試。如果一再發生，請在設定檔中降低並行數。</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>請用「編輯並重新提交」修改提示詞或參數；原封不動再送一次，結果也會以相同方式失敗。</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>請向服務商確認此設定檔的 API 金鑰、方案與餘額，然後重試。</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>重試之前請先使用「重新檢查」從服務商更新任務狀態，以免建立重複的任務。</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>沒有可重試的項目：如果仍需要結果，請提交新的任務。</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>請提供下方顯示的請求 ID，聯絡服務商的技術支援。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>錯誤的請求</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>服務商認為請求格式錯誤或無效而拒絕，且未傳回文件記載的錯誤代碼。通常是某個參數缺少、類型錯誤，或該模型不支援。</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>請查看原始回應中的線索，並用「編輯並重新提交」更正參數。</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>未通過驗證</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>服務商不接受此憑證，原因是 API 金鑰缺少、錯誤或已過期。</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>請檢查設定檔中的 API 金鑰，並換成從服務商網站取得的有效金鑰。</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>需要付款</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>服務商要求先付款才會執行此請求，通常是因為帳戶餘額或點數已用完。</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>請到服務商網站為帳戶儲值，然後再次提交任務。</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>禁止存取</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>服務商認得此金鑰，但不允許這個請求，例如所用模型不在方案範圍內，或此金鑰無權執行該操作。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>請到服務商網站檢查此金鑰的權限與方案，或在設定檔中改用其他金鑰。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>服務商在請求的位址上找不到任何內容：基底 URL 或路徑有誤，或者該任務或模型不存在。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>請檢查設定檔中的基底 URL。若是已存在的任務，請使用「重新檢查」；如果仍然找不到，請將其視為已遺失。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>不允許的請求方法</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>服務商在此位址不接受這種 HTTP 請求。這幾乎都表示基底 URL 指向了錯誤的服務或 API 版本。</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>請對照服務商文件，檢查並更正設定檔中的基底 URL。</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>請求逾時</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>伺服器不再等待完整的請求，通常是因為連線緩慢或不穩定，或是請求本文過大。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>請稍候片刻再重試。如果一再發生，請檢查網路連線並縮小請求。</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>與目前狀態衝突</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>請求與資源的目前狀態衝突，例如要取消一個已結束的任務。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>請使用「重新檢查」載入目前狀態，再決定是否仍需執行此操作。</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>資源已無法使用</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>服務商表示該資源曾經存在，但已被永久移除，例如已過期的結果或已刪除的任務。</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>透過 API 無法復原。如果仍需要產出內容，請重新提交任務，並在結果就緒後儘快下載。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>請求過大</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>請求本文超過服務商可接受的大小，通常是因為內嵌了圖片或影片。</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>請改用較小或經過壓縮的檔案，或以連結取代內嵌資料，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>不支援的內容類型</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>服務商不接受此請求本文的格式，例如 Content-Type 標頭缺少或錯誤。</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>請確認設定檔使用了正確的服務商類型與基底 URL。如果兩者都正確，請將此問題當作 QueueLens 的錯誤回報。</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>無法處理請求</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>請求格式正確，但服務商拒絕了其內容，例如某個值超出允許範圍，或選項之間無法搭配。</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>請從服務商的訊息中找出有問題的欄位，並用「編輯並重新提交」更正。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>請求過多</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>服務商限制了每個金鑰可送出的請求數或並行任務數，目前已達上限。</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>請依服務商在 Retry-After 中要求的時間等待（若未提供時間則等一分鐘），然後重試。請在設定檔中降低並行數上限或拉長輪詢間隔。</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>用戶端關閉了請求</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>伺服器記錄到用戶端在回應送出前就關閉了連線，例如用戶端逾時，或 QueueLens 被關閉。</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>若是提交，請先使用「重新檢查」再重新提交，因為任務可能已經建立。其他呼叫可以直接重試。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>伺服器內部錯誤</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>服務商的伺服器在處理請求時發生故障。原因在服務商，而不在請求本身。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>請重試，並在每次嘗試後逐步拉長間隔。若提交失敗，請先使用「重新檢查」或查看服務商網站，再重新提交。</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>功能未實作</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>服務商在此位址不支援這項功能，例如該服務未提供的取消或任務清單呼叫。</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>請確認設定檔中的基底 URL 與服務商類型正確。如果正確，表示服務商沒有這項功能；如有需要，請向服務商洽詢。</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>閘道錯誤</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>服務商前端的代理伺服器或閘道從後端伺服器收到無效的回應。這種情況通常很快就會恢復。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>請稍候片刻再重試。若提交因此失敗，請先使用「重新檢查」再重新提交。</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>服務商目前因負載過高、維護中或沒有可用容量，暫時無法接受請求。</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>請在 Retry-After 指定的時間後重試，或過幾分鐘再重試。</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>閘道逾時</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>服務商前端的閘道等待後端伺服器回應的時間過長。請求可能仍已被執行。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>請稍候再重試。若是提交，請先使用「重新檢查」，因為即使沒有收到回應，任務也可能已經存在。</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>服務商回應時間過長（Cloudflare）</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>位於服務商前端的 Cloudflare 已連上服務商的伺服器，但在約 100 秒的時限內沒有收到回應。服務商仍可能完成這項工作。</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>請勿立即重新提交：請先使用「重新檢查」或到服務商網站確認任務是否已建立，只有在未建立時才重試。</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>請求遭服務商拒絕</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>服務商回應了用戶端錯誤狀態碼，此處沒有對應的具體說明。請求、金鑰或帳戶中有某些地方需要修改。</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>請查看錯誤詳細資料中的原始回應以了解原因，然後用「編輯並重新提交」更正請求，或更新設定檔。</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>服務商伺服器錯誤</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>服務商回應了伺服器錯誤狀態碼，此處沒有對應的具體說明。問題出在服務商端。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>請重試，並在每次嘗試後逐步拉長間隔。如果問題持續，請查看服務商的狀態頁面。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>基底 URL 所指的伺服器拒絕了連線。服務可能已停擺，或基底 URL 中的主機或連接埠有誤。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>請檢查設定檔中的基底 URL，包括連接埠號碼。如果正確，請稍後再重試。</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>找不到主機名稱</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>無法將基底 URL 中的主機名稱解析為位址。可能是拼寫錯誤，或無法連上 DNS 伺服器。</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>請檢查設定檔中主機名稱的拼寫，並確認其他網站能否開啟。網路恢復後再重試。</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>未及時收到資料</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>超過傳輸逾時時間都沒有任何資料往來。伺服器可能負載過高，或防火牆可能正在丟棄流量。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>請稍候再重試。若是提交，請先使用「重新檢查」再重新提交，因為服務商可能已經建立了任務。</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>回應尚未完整接收，連線就已關閉</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>伺服器或代理伺服器在完整回應送達前就關閉了連線。服務商端重新啟動或網路不穩定都會造成這種情況。</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>請重試此呼叫。如果是提交，請先使用「重新檢查」，以免重複建立任務。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全連線失敗</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>無法建立或驗證與服務商之間的加密（TLS）連線。常見原因包括系統時鐘錯誤、代理伺服器或防毒軟體攔截 HTTPS，或伺服器憑證已過期。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>請檢查電腦的日期與時間，以及代理伺服器或防毒軟體中的 HTTPS 檢查功能。如果這些都沒問題，請稍後再重試；服務商可能正在更新憑證。</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>代理伺服器失敗</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>此電腦設定的代理伺服器拒絕了連線、要求登入，或無法連上服務商。</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>請檢查系統的代理伺服器設定與代理伺服器憑證，或嘗試不使用代理伺服器。代理伺服器恢復正常後再重試。</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>電腦處於離線狀態</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>電腦沒有可用的網路連線，因此無法送出請求。服務商沒有收到任何內容。</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>請重新連上網路。連線恢復後，QueueLens 即可繼續。</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>回應不是有效的 JSON</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>服務商回報成功，但回應本文不是 QueueLens 預期的 JSON。通常是來自代理伺服器、登入入口網頁或維護公告的 HTML 頁面。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>請稍候再重試。如果問題持續，請在瀏覽器中開啟基底 URL 查看回應的內容，並檢查設定檔。</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>空白回應</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>QueueLens 需要資料（例如任務 ID 或狀態），但服務商的回應沒有本文。</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>請稍候再重試。如果提交收到空白回應，請先到服務商網站尋找該任務，再重新提交。</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>回應超過允許的大小</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>回應本文超過 QueueLens 的大小上限，因此未被讀取。常見原因是基底 URL 指向大型檔案或網頁。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>請檢查設定檔中的基底 URL。如果正確，表示服務商傳送的資料遠超其協定允許的範圍；請附上任務 ID 向服務商回報。</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>回應缺少預期的欄位</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>服務商傳送了有效的 JSON，但缺少其協定應有的欄位，例如任務 ID 或狀態。服務商可能變更了 API，或設定檔指向了另一種服務。</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>請確認設定檔中的服務商類型與基底 URL 符合該服務。如果相符，請將原始回應回報給 QueueLens 維護者。</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>提交結果未知</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>提交沒有得到明確的回應（例如連線中斷或逾時），因此服務商端可能有、也可能沒有這個任務。貿然重新提交可能會建立第二個任務並被計費。</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>請先使用「重新檢查」，或到服務商網站查看。只有確定沒有建立任務時，才使用「仍要提交」。</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>服務商已不認得此任務</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>服務商之前回報過此任務，現在卻回應該任務不存在。任務可能已過期或被刪除，或設定檔中的金鑰已變更。</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>請確認設定檔仍使用建立任務時的金鑰，然後使用「重新檢查」。如果仍無法辨識，而您仍需要產出內容，請重新提交任務。</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>任務超過設定檔的截止時限</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>任務未在設定檔所設的截止時限內完成，因此 QueueLens 已停止等待。服務商仍可能完成此任務。</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>請使用「重新檢查」查看任務之後是否已完成。對於長影片等較慢的模型，請在設定檔中調高截止時限。</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>服務商無法取消任務</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>此服務商沒有取消任務的 API，因此 QueueLens 無法停止任務。任務會繼續執行，仍可能被計費。</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>請讓任務執行完畢；若服務商網站提供停止功能，也可以在網站上停止。</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>此設定檔未設定 API 金鑰</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens 找不到此設定檔的 API 金鑰，因此沒有送出任何請求。可能從未輸入金鑰，或存放金鑰的系統鑰匙圈已鎖定或無法使用。</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>請在設定檔中輸入 API 金鑰。如果之前已儲存過金鑰，請解鎖系統鑰匙圈後再試一次。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知的錯誤</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>發生了服務商文件與 QueueLens 都無法分類的錯誤。錯誤詳細資料中的原始回應也許能提供更多資訊。</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>重試或重新提交之前，請先使用「重新檢查」查看任務的實際狀態。</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI 認為請求無效而拒絕</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI 無法接受此請求：缺少必要欄位、某個值的類型錯誤，或 JSON 本文格式損毀。錯誤訊息通常會指出是哪個欄位。</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>請用「編輯並重新提交」更正服務商訊息中指出的參數。並對照 FoxAPI 上該模型的頁面，核對模型名稱與選項。</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>FoxAPI 的 API 金鑰無效或缺少</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI 不接受此 Bearer 權杖，原因是金鑰缺少、輸入錯誤、已過期或已刪除。FoxAPI 金鑰通常以 sk- 開頭。</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>請從 FoxAPI 控制台重新複製金鑰，貼到設定檔中。如果舊金鑰已被移除，請建立新的金鑰。</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>FoxAPI 餘額不足</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>FoxAPI 帳戶的餘額不足以支付此任務，因此任務未啟動。費用取決於模型、時長與產出數量。</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>請為 FoxAPI 帳戶儲值，然後原封不動重新提交任務。若要降低每個任務的花費，請選擇較便宜的模型或減少產出數量。</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>FoxAPI 金鑰權限不足</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>金鑰有效，但不允許執行此操作或使用此模型。在 FoxAPI 控制台中可將金鑰限制為只能使用特定模型或功能。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>請在 FoxAPI 控制台中檢查此金鑰的權限與允許的模型，或在設定檔中改用權限較大的金鑰。</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>找不到 FoxAPI 端點或任務</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI 回應此位址沒有任何內容。可能是基底 URL 或路徑錯誤，也可能是任務 ID 不明，例如該任務屬於其他帳戶。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>請確認設定檔中的基底 URL 是 https://api.foxapi.cc。若是任務，請使用「重新檢查」；一直無法辨識的任務即為已遺失。</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>已達 FoxAPI 速率限制</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI 依 API 金鑰限制請求數，而此金鑰在短時間內送出了過多請求。頻繁輪詢狀態也會計入同一個限制。</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>請等待 Retry-After 標頭指定的時間後再重試。請在設定檔中拉長輪詢間隔或降低並行數上限；如需更高的上限，請洽詢 FoxAPI 技術支援。</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>FoxAPI 伺服器錯誤</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>FoxAPI 在處理請求時發生非預期的故障。請求本身通常沒有問題。</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>請稍候再重試，每次失敗後將間隔加倍。若提交失敗，請先到 FoxAPI 控制台查看任務是否仍已建立，再重新提交。</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>請求格式錯誤或不完整</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI 將此錯誤歸類為錯誤的請求：本文無法剖析、缺少必要參數，或某個值超出模型可接受的範圍。</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>請用「編輯並重新提交」修正服務商訊息中指出的欄位。原封不動再送一次，結果也會以相同方式失敗。</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI 無法驗證金鑰</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>錯誤類型表示 API 金鑰缺少、無效或已過期。FoxAPI 要求以 Bearer 配置在 Authorization 標頭中提供金鑰。</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>請在設定檔中輸入有效的金鑰。如果金鑰已過期，請在 FoxAPI 控制台建立新的金鑰。</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>此 FoxAPI 金鑰不允許執行該操作</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>API 金鑰已被辨識，但無權執行此操作，例如使用受限的模型或功能。</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>請在 FoxAPI 控制台為此金鑰授予存取權，或將設定檔改用具備該權限的金鑰；否則請選擇此金鑰可以使用的模型。</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>找不到 FoxAPI 資源</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>請求中指定的模型、任務或端點在此帳戶下不存在。使用其他帳戶的任務 ID 或模型名稱拼錯，也會得到此類型。</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>請檢查設定檔中的模型名稱與基底 URL。若是任務，請使用「重新檢查」；如果仍然找不到，請將其視為已遺失。</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>FoxAPI 請求頻率過高</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>錯誤類型表示此金鑰在目前的時間區間內送出的請求數超過 FoxAPI 的允許值。</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>送出下一個請求前，請先等待 Retry-After 指定的時間。請在設定檔中降低並行數上限，讓提交分散開來。</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>FoxAPI 伺服器發生非預期故障</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI 回報了內部錯誤，此錯誤並非由請求內容所引起。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>請重試，並逐步拉長間隔。如果連續數分鐘都失敗，請附上發生時間與任務 ID 聯絡 FoxAPI 技術支援。</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>FoxAPI 上的模型暫時無法使用</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>任務輪到執行時無法連上所請求的模型，通常是因為模型背後的公司負載過高或正在維護。任務失敗，沒有產出。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>請過幾分鐘再重新提交任務。如果該模型一直無法使用，請用「編輯並重新提交」改選類似的模型。</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>內容遭 FoxAPI 安全規則拒絕</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>提示詞或輸入圖片被判定違反內容政策，例如涉及真實人物、公眾人物或不安全的主題。服務商的訊息通常會說明原因。</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>請修改提示詞或更換圖片以符合政策，然後使用「編輯並重新提交」。未經修改的輸入會再次被拒絕。</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>FoxAPI 生成失敗</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>模型已開始處理，但沒有產生結果。這可能是暫時性故障，也可能是模型無法處理此提示詞。</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>請重新提交任務。如果第二次仍失敗，請用「編輯並重新提交」簡化或改寫提示詞。</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>FoxAPI 任務逾時</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>任務執行時間超過 FoxAPI 的上限，已被停止。時長較長或解析度較高等要求較高的設定，較容易發生這種情況。</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>請稍後再重試。如果再次逾時，請用「編輯並重新提交」縮短時長、降低解析度或減少產出數量。</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI 無法取得圖片 URL</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI 無法下載請求中提供的圖片 URL。該連結可能不公開、已過期、需要登入，或禁止自動下載。</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>請在瀏覽器的無痕視窗中測試此 URL。請改用公開且直接指向圖片檔案的連結，再用「編輯並重新提交」重新提交。</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>輸入檔案超過 FoxAPI 的大小上限</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>某個上傳或連結的檔案超過 FoxAPI 或所選模型可接受的大小。</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>請壓縮檔案、縮小尺寸或縮短片段，再用「編輯並重新提交」重新提交。</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>不支援的輸入檔案格式</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>請求中的某個檔案採用模型無法讀取的格式，例如少見的圖片類型或影片編碼。</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>請將檔案轉換成常見格式，例如圖片用 PNG 或 JPEG、影片用 MP4，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>任務參數不符合模型</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>任務已建立，但因為一或多個參數不符合模型而失敗，例如不支援的尺寸、長寬比或時長。</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>請查看服務商的訊息與模型文件中列出的選項，再用「編輯並重新提交」更正數值。</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>無法處理輸入圖片</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>模型無法使用某張輸入圖片，例如檔案已損毀、尺寸太小，或其尺寸與要求的輸出不符。</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>請改用其他圖片，或以標準格式與尺寸重新匯出該圖片，再用「編輯並重新提交」提交。</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>FoxAPI 任務已取消</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>任務因取消而結束，取消可能來自請求，也可能由 FoxAPI 自行執行。沒有產生任何結果。</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>如果不是您取消的，請用「編輯並重新提交」再次提交。</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>生成時間已用完</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>模型未在 FoxAPI 給予任務的處理時間內完成，通常是因為模型負載過高。</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>請稍後再重試。如果再次發生，請用「編輯並重新提交」縮短時長或降低解析度。</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>上游容量暫時用盡</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>FoxAPI 後方的服務目前沒有此模型的可用容量。請求與帳戶都沒有問題。</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>請等幾分鐘再提交。如果無法等待，請改用其他模型。</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>超過 FoxAPI 的速率或用量限制</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>任務即將執行時，帳戶超過了速率或用量限制，導致任務失敗。</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>請稍候再提交，並在設定檔中降低並行數上限。如果此限制不敷您的工作所需，請要求 FoxAPI 調高。</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>FoxAPI 服務暫時無法使用</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>處理任務時，執行此模型的服務已停擺或負載過高。這類中斷通常不需要您處理就會恢復。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>請過幾分鐘再重新提交任務。</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>FoxAPI 任務 ID 無效或已過期</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI 已不認得此任務：ID 錯誤，或任務記錄已過期。FoxAPI 只會保留結果一段有限的時間（產出連結的有效期為 24 小時）。</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>請使用一次「重新檢查」確認。如果仍找不到任務，請將其視為已遺失；若仍需要產出內容，請重新提交。</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>未分類的 FoxAPI 失敗</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI 回報了一個無法歸入任何已知類別的失敗。服務商的訊息中可能有更多細節。</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>請再提交一次任務。如果再次出現相同的錯誤，請附上任務 ID 與服務商的訊息，聯絡 FoxAPI 技術支援。</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI 拒絕了請求</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>請求本文不是有效的 JSON、某個參數類型錯誤，或金鑰所屬群組的平台與所呼叫的端點不符。</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>請依訊息修正請求，然後使用「編輯並重新提交」。如果訊息提到平台或群組，請改用專供圖片任務使用之群組的金鑰。</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>LLMAPI 金鑰缺少或無效</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI 不接受此 Bearer 金鑰。金鑰可能輸入錯誤、已刪除，或根本沒有送出。</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>請在設定檔中輸入有效的金鑰。非同步圖片任務需要綁定至圖片批次群組的金鑰。</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI 拒絕了請求</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI 拒絕存取的原因可能有幾種：餘額不足、此金鑰已停用圖片生成，或請求遭內容審核攔截。訊息會說明是哪一種。</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>請閱讀訊息，然後儲值餘額、請營運方為此金鑰啟用圖片生成；若遭內容審核攔截，請改寫提示詞。</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>此金鑰群組無法使用該端點</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>路徑不存在，或金鑰所屬群組的平台不提供此路徑，例如以非 OpenAI 群組的金鑰呼叫 OpenAI 圖片端點。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>請確認設定檔中的基底 URL 是 https://llmapi.site，且金鑰屬於支援圖片任務的群組。</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>LLMAPI 任務狀態衝突</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>請求與任務的目前狀態衝突，最常見的是取消一個已結束的任務。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>在執行其他操作之前，請先使用「重新檢查」載入任務的目前狀態。</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>請求本文超過 LLMAPI 的大小上限</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>請求超過伺服器設定的本文大小上限，通常是因為內嵌了大型圖片。</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>請縮小或壓縮輸入圖片，或改傳圖片連結而非內嵌資料，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>已達 LLMAPI 容量上限</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>觸及了並行數、等待佇列、任務佇列或上游帳戶的限制。這些限制分別按使用者與金鑰計算。</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>請重試並逐步拉長間隔；如果回應包含 Retry-After，請依其指示等待。請在設定檔中降低並行數上限，減少同時等待的任務。</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>LLMAPI 內部錯誤</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI 在處理呼叫時發生非預期的失敗。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>請重試並逐步拉長間隔。若圖片任務提交失敗，請先使用「重新檢查」或查看任務清單，再重新提交，以免產生重複任務。</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>LLMAPI 的上游帳戶傳回錯誤</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>LLMAPI 轉送到的上游平台或帳戶回應了錯誤，因此 LLMAPI 無法完成呼叫。</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>請稍候再重試；LLMAPI 可能會改用其他上游帳戶。如果問題持續，請聯絡 LLMAPI 營運方。</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>LLMAPI 服務無法使用</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>服務目前無法接受請求：可能已停用非同步任務、缺少結果儲存空間，或沒有可用的上游帳戶。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>請過幾分鐘再重試。如果訊息表示任務或儲存空間已停用，請直接聯絡營運方，因為等待也沒有用。</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>LLMAPI 或其上游逾時</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>上游或任務執行所花的時間超過伺服器允許的上限。圖片任務可能仍已建立。</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>請稍候再重試。若是提交圖片任務，請先使用「重新檢查」或查看任務清單，以免建立重複的任務。</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>送往 LLMAPI 的請求無效</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>請求的結構不符合此端點的要求，例如本文為空、JSON 格式損毀，或欄位類型錯誤。訊息會指出確切的問題。</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>請依訊息說明更正請求，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>找不到 LLMAPI 功能</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>所呼叫的端點或功能無法使用，通常是因為金鑰所屬群組的平台不提供此功能。</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>請使用與端點相符之群組的金鑰（例如非同步圖片任務要用圖片批次群組），並將其填入設定檔。</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>非同步圖片任務已停用</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>LLMAPI 伺服器的組態停用了非同步圖片任務，在營運方啟用之前無法建立任何任務。</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>請聯絡 LLMAPI 營運方。在此功能啟用之前，重試並沒有用。</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>LLMAPI 結果儲存空間無法使用</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>非同步圖片任務會將結果存放在物件儲存空間（OSS 或 S3），但該儲存空間未設定或無法連線。沒有接受任何任務。</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>請過幾分鐘再重試。如果問題持續，請就儲存空間設定聯絡 LLMAPI 營運方。</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>圖片任務請求無效</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>圖片任務的本文無法接受，例如提示詞為空，或某個欄位類型錯誤。訊息會指出問題所在。</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>請更正訊息中指出的欄位（提示詞一律不可為空），然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>此模型不是支援的圖片模型</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>任務中指定的模型不是 LLMAPI 非同步任務 API 支援的圖片模型，或不在此金鑰的圖片群組內。</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>請用「編輯並重新提交」選擇支援的圖片模型，例如 gpt-image-2 或 Gemini 官方圖片模型名稱。</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>非同步圖片任務不提供此功能</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>任務使用了非同步 API 不提供的功能，例如 multipart 上傳，或將 stream 設為 true。</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>請用「編輯並重新提交」改送一般 JSON 本文、將 stream 設為 false，並移除不支援的選項。</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>訂閱制金鑰無法執行圖片任務</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>此金鑰以訂閱方式計費，但非同步圖片任務目前只能從帳戶餘額扣款。請求未排入佇列。</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>請在設定檔中改用從帳戶餘額扣款的金鑰。</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>餘額不足，無法預留圖片任務的費用</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI 會在提交任務時預留其費用，但餘額不足以支應這筆預留。金額會隨圖片數量與尺寸增加。</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>請儲值 LLMAPI 餘額，或要求較少、較小的圖片，然後再次提交。</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>已達圖片任務佇列上限</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>此使用者或金鑰排隊中的任務數已達上限，或 n 要求的圖片數超過單一任務可產生的數量。</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>請等排隊中的任務完成後再重試，並在設定檔中降低並行數上限。如果 n 較大，請用「編輯並重新提交」減少每個任務要求的圖片數。</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>任務已結束，沒有可取消的項目</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>取消請求送達時，任務已經成功、失敗、逾時或已取消。這本身並不是錯誤。</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>請使用「重新檢查」載入最終狀態及可能的結果。</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>找不到 LLMAPI 圖片任務</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>沒有此 ID 的任務，或該任務屬於其他 API 金鑰；LLMAPI 會將其他金鑰的任務視為不存在。</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>請確認設定檔使用的是建立此任務的金鑰，然後使用「重新檢查」。如果仍然找不到，請將任務視為已遺失。</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>此金鑰所屬群組不提供圖片端點</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>此金鑰所屬群組的平台不是 OpenAI，因此無法使用 OpenAI 圖片端點。</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>請將設定檔改用 OpenAI 群組或圖片批次群組的金鑰，或呼叫與金鑰平台相符的端點。</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>此金鑰所屬群組不提供 token 計數</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>OpenAI 群組的金鑰無法使用 token 計數端點，而這次使用的正是這類金鑰。</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>請勿以此金鑰進行 token 計數，或改用支援此功能之群組的金鑰。</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>金鑰不屬於 Gemini 群組</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>以群組平台不是 Gemini 的金鑰呼叫了 Gemini 原生路徑。LLMAPI 會將每個金鑰綁定到單一平台。</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>呼叫 Gemini 原生路徑請使用 Gemini 群組的金鑰，或以目前的金鑰改用與 OpenAI 相容的任務端點。</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>請求本文為空</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI 收到了一個沒有本文的請求。用戶端故障，或代理伺服器移除了本文，都可能造成這種情況。</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>請在「編輯並重新提交」中檢查請求參數。如果參數都已填寫，請檢查代理伺服器設定，並將此問題當作 QueueLens 的錯誤回報。</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>LLMAPI 圖片任務失敗</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>任務以失敗狀態結束。LLMAPI 從不自動重試失敗的任務，因此它會維持失敗。</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>請稍候再重新提交任務。如果再次失敗，請用「編輯並重新提交」修改提示詞或設定。</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>LLMAPI 圖片任務逾時</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>任務未在 LLMAPI 的執行時限內完成，伺服器也不會自行重新執行。</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>請稍後再提交。較小的圖片尺寸或每個任務較少的圖片數量，可以更快完成。</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>LLMAPI 圖片任務已取消</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>任務在完成前已被取消，取消者是 QueueLens 或使用同一金鑰的其他用戶端。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>如果是刻意取消，則不需任何處理；否則請使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>LLMAPI 圖片任務在上游失敗</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>任務送達模型後失敗：上游的回應沒有圖片，或生成後的圖片無法儲存（可能已經計費）。訊息會說明是哪一種。</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>請先閱讀訊息。如果沒有產生圖片，請稍候再重新提交，或用「編輯並重新提交」改寫提示詞。如果是儲存失敗，請先查看帳戶的用量再重新提交。</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>閘道認為請求無效而拒絕</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>new-api 閘道或其後方的通道發現參數缺少或格式錯誤。在任務路由上，不明的任務 ID 也會以 400 傳回，錯誤代碼為 task_not_exist。</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>請閱讀錯誤代碼與訊息，然後用「編輯並重新提交」更正請求。如果代碼是 task_not_exist，問題出在任務 ID，而不是參數。</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>閘道金鑰缺少或錯誤</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>new-api 閘道在 Authorization 標頭中找不到有效的 token。這種情況下錯誤代碼通常為空，只能從狀態碼看出是金鑰問題。</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>請在設定檔中重新輸入閘道金鑰（通常以 sk- 開頭）。如果該金鑰已在閘道控制台中刪除，請建立新的金鑰。</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>閘道金鑰已撤銷或無權使用此模型</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>金鑰已被辨識，但已停用、配額用盡，或無權使用此模型。new-api 閘道會為每個金鑰綁定配額與模型群組。</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>請在閘道控制台確認此金鑰已啟用、仍有剩餘配額，且其群組包含此模型。如果更換了金鑰，請一併更新設定檔。</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>閘道路徑或模型不存在</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>閘道沒有此路由，或不認得此模型。許多 new-api 閘道根本沒有啟用非同步影片與圖片任務路由。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>請檢查設定檔中的基底 URL 與模型名稱，並向閘道營運方確認您的金鑰是否已啟用任務路由。</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>已達閘道速率限制</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>閘道依金鑰與模型群組限制請求數，而此金鑰已超過上限；訊息可能是簡體中文。new-api 不會傳送 Retry-After 標頭，因此無從得知需要等待多久。</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>請至少等待一分鐘再重試，若一再被拒，請等更久。請在設定檔中降低並行數上限並拉長輪詢間隔。</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>閘道或上游伺服器錯誤</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>閘道或其後方的通道以 5xx 狀態失敗。new-api 對某些用戶端的問題也會回應 500，因此錯誤代碼（如果有的話）比狀態碼更可靠。</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>請稍候再重試。若提交失敗，請先查看閘道控制台中的用量記錄再重新提交，以免同一任務被計費兩次。</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>閘道認為請求參數無效</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api 無法使用所送出的參數。即使問題出在請求本身，它也常以 HTTP 500 傳回此代碼，因此原封不動再送一次並沒有用。</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>請對照閘道的 API 文件檢查參數，並用「編輯並重新提交」更正。</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>請求本文不是有效的 JSON</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>閘道無法解碼請求本文，通常是因為 JSON 格式損毀，或欄位類型錯誤，例如應填數字的地方填了文字。</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>請用「編輯並重新提交」檢查參數中的語法錯誤與錯誤的欄位類型，然後再次提交。</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>閘道無法讀取請求本文</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>閘道在讀取本文時失敗，例如本文被截斷、超過閘道允許的大小，或送出時 Content-Type 錯誤。此代碼會搭配狀態碼 400 或 413 出現。</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>請縮小請求（減少圖片數量或縮小圖片、以連結取代內嵌資料），再用「編輯並重新提交」重新提交。</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>閘道無法轉換請求</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api 會將每個請求轉換成上游服務商的格式，而這個步驟失敗了，因為參數與所選 API 格式的要求不符。</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>請只使用閘道文件為此模型列出的參數，移除服務商專屬的額外參數，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>閘道在提示詞中發現封鎖字詞</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>閘道自己的字詞過濾器在提示詞中比對到封鎖字詞，並在請求送達任何模型之前將其攔下。封鎖哪些字詞由閘道營運方決定。</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>請改寫提示詞、避開被標記的字詞，然後使用「編輯並重新提交」。如果您認為比對有誤，請洽詢閘道營運方。</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>提示詞遭到封鎖</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>內容檢查（閘道或上游服務商的檢查）拒絕了此提示詞。任務並未執行。</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>請改寫提示詞，使其明確符合服務商的內容規範，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>閘道拒絕存取</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>此金鑰、其使用者或群組無權進行這個呼叫，例如群組不包含此模型、使用者已停用，或金鑰只能從特定 IP 位址使用。</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>請在閘道控制台檢查此金鑰的群組、允許的模型與 IP 限制，或洽詢閘道營運方。如果改用其他金鑰，請一併更新設定檔。</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>此閘道沒有這個模型</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>您金鑰所屬群組中沒有任何通道提供此模型，或模型名稱拼錯。new-api 常以 HTTP 503 傳回此錯誤，看起來像服務中斷，但其實不是。</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>請在閘道的模型清單中找到適用於您方案與群組的確切模型名稱，然後使用「編輯並重新提交」。如果需要此模型，請請營運方將它加入您的群組。</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>通道不支援此請求格式</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>提供此模型的通道不支援所送出的請求類型，例如對只處理對話的通道使用任務路由。</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>請使用閘道為這類任務提供的模型，或向營運方詢問該通道支援哪種請求格式。</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>閘道找不到可處理此請求的通道</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>閘道無法為此模型與群組選出上游通道，通常是因為所有符合的通道目前都已停用或忙碌中。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>請過幾分鐘再重試。如果問題持續，請聯絡閘道營運方：此模型可能沒有可正常運作的通道。</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>閘道通道沒有可用的金鑰</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>上游通道目前沒有可用的服務商金鑰，例如全部都受到速率限制或已停用。問題出在閘道端。</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>請稍後再重試。如果一再發生，請告知閘道營運方該通道的上游金鑰已用盡。</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>閘道的上游金鑰無效</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>上游服務商拒絕了閘道在此通道使用的金鑰。您自己的金鑰沒有問題；只有閘道營運方能更換他們的金鑰。</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>請附上發生時間與訊息中的請求 ID，聯絡閘道營運方。在他們修復通道之前，重試都會失敗。</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>閘道的模型對應設定有誤</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>閘道會將請求的模型名稱對應到上游模型，而通道組態中的這項對應無效。</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>請聯絡閘道營運方，並告知您使用的模型。修復之前，如有其他可用的模型，請改用其他模型。</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>上游回應太慢</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>上游通道未在閘道設定的時限內回應。通常是請求過大或服務商忙碌所致。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>請稍候片刻再重試；閘道可能會改選其他通道。如果一再發生，請縮小請求，例如減少產出數量或縮短時長。</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>閘道配額已用盡</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>您在閘道上的帳戶剩餘配額不足以支付此請求。閘道通常以 HTTP 403 傳回此錯誤。</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>請在閘道控制台為帳戶儲值，然後再次提交。</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>閘道無法為請求預留配額</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>執行請求之前，new-api 會從金鑰的配額中預留估計費用。預留失敗，通常是因為金鑰本身的配額上限低於估計值。</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>請調高或取消此金鑰的配額上限，或在閘道控制台為帳戶儲值，然後重試。</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>閘道未設定此模型的價格</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>閘道無法為此請求計費，因為此模型沒有設定價格或倍率。這是閘道端的組態缺漏。</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>請告知閘道營運方是哪個模型失敗，以便設定價格。在此期間請改用其他模型。</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>閘道無法計量此請求</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api 在計費前會估算每個請求的用量，而估算失敗了。輸入中的圖片無法下載或讀取時，常會發生這種情況。</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>請確認所有圖片 URL 都公開且有效，然後使用「編輯並重新提交」。如果輸入沒有問題，請重試一次，再聯絡營運方。</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>閘道無法連上上游</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>閘道呼叫上游服務商時在網路層失敗，例如連線遭拒或中斷。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>請稍候片刻再重試；閘道可能會透過其他通道傳送下一次嘗試。</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>上游傳回了無法使用的回應</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>上游服務商有回應，但閘道無法剖析該回應。這表示上游發生故障或格式有所變更。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>請稍候再重試。如果持續失敗，請附上請求 ID 聯絡閘道營運方。</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>上游回應了錯誤狀態</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>上游服務商傳回 HTTP 錯誤，閘道以此代碼轉傳。訊息中通常包含上游自己的說明。</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>請先閱讀訊息：如果描述的是您輸入的問題，請用「編輯並重新提交」修正；否則請稍候再重試，或聯絡營運方。</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>上游傳回了空白回應</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>上游服務商結束回應時沒有任何內容。串流回應太慢而達到逾時時限時，可能會這樣結束。</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>請重試。如果一再發生，請要求閘道營運方調高串流逾時時間。</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>閘道遺失了上游回應</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>閘道讀取回應時，與上游的連線中斷，因此回應不完整。</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>請重試此呼叫。若提交失敗，請稍待片刻並查看閘道的用量記錄後再重新提交，因為上游可能已建立任務。</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>閘道無法編碼資料</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>閘道無法將請求或回應轉換成 JSON。這是閘道軟體的內部故障。</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>請重試一次。如果一再發生，請附上請求 ID 回報給閘道營運方。</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>閘道資料庫讀取失敗</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>閘道無法從其資料庫讀取所需的資料，例如您的金鑰、使用者或任務記錄。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>請稍候片刻再重試。如果錯誤持續，表示閘道本身有問題；請聯絡其營運方。</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>閘道資料庫寫入失敗</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>閘道無法儲存資料，例如新的任務記錄或配額變動。提交之後，即使閘道沒有記錄，上游任務也可能已經存在。</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>請稍候再重試狀態查詢。再次提交之前，請在閘道的用量記錄中查看是否已扣款；如果已被計費，請聯絡營運方。</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>閘道不認得此任務 ID</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>閘道在您的金鑰下沒有此 ID 的任務。new-api 以 HTTP 400 而不是 404 傳回此錯誤，因此看起來可能像輸入錯誤。</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>請使用一次「重新檢查」以排除延遲的可能。如果仍無法辨識此任務，請確認設定檔仍使用建立它的金鑰；否則請將任務視為已遺失。</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>此金鑰的並行請求過多</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>閘道限制每個金鑰同時進行中的請求數，而此金鑰已達上限。</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>請等進行中的請求完成後再重試。請在設定檔中降低並行數上限，使其低於此金鑰的限制。</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>閘道無法檢查並行數</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>負責計數的服務已停擺，因此閘道無法檢查此金鑰有多少請求正在進行。在檢查恢復正常之前，閘道會拒絕請求。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>請稍候片刻再重試。如果問題持續，請告知閘道營運方。</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>任務在閘道上失敗</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>任務以失敗狀態結束。閘道或上游服務商提供的原因在服務商的訊息中，因為 new-api 轉傳這類文字時不會附上固定的代碼。</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>請閱讀訊息：如果指出提示詞或某項輸入有問題，請用「編輯並重新提交」修正；否則請稍候再重新提交。</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API 金鑰缺少或遭拒</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>SeaArt 的閘道在請求進入模型佇列之前就將其攔下。Authorization 標頭中沒有 API 金鑰，或所帶的金鑰因輸入錯誤、已刪除或屬於其他帳戶而不被 SeaArt 接受。</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>請開啟設定檔，重新輸入 SeaCloud API 金鑰，前後不要有空格。如果金鑰已被刪除或輪替，請在 SeaCloud 控制台建立新的金鑰。</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>對 SeaArt 的請求過多</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>SeaArt 的閘道限制每個帳戶在短時間內可送出的請求數，而此請求超過了上限。提交、狀態輪詢與結果下載都會計入此限制。</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>請等待 Retry-After 指定的時間（若未指定，約等一分鐘），然後重試。請在設定檔中降低並行數上限或拉長輪詢間隔。</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>不明的 SeaArt 模型端點</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>請求路徑中的模型 ID 不是 SeaCloud 端點；訊息結尾會列出所嘗試的 ID。通常是 ID 拼錯，或該模型已從 SeaCloud 下架。</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>請在 SeaCloud 模型清單中查出確切的模型 ID（例如 nano_banana_2），並用「編輯並重新提交」更正。</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>此 SeaArt 帳戶未啟用該模型</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>模型存在，但擁有此 API 金鑰的帳戶無權使用。部分 SeaCloud 模型必須另外啟用，或需要更高等級的方案。</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>請在 SeaCloud 控制台為您的帳戶啟用此模型，或用「編輯並重新提交」改選方案內含的模型。並確認設定檔使用的是正確帳戶的金鑰。</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt 不接受 Webhook 回呼</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>SeaArt 的佇列不支援 Webhook，任何帶有回呼位址的請求都會被拒絕，不論位址放在本文、查詢字串還是標頭中。沒有任務被排入佇列。</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>請用「編輯並重新提交」從參數中移除 webhook_url 等 Webhook 或回呼欄位。QueueLens 會輪詢 SeaArt 取得任務狀態，因此不需要回呼。</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>SeaArt 執行環境無法處理此呼叫</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>SeaArt 的佇列執行環境在處理此呼叫時失敗。這是 SeaArt 端的故障；提交失敗後，無法確定是否已建立任務。</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>請稍候片刻再重試狀態與結果呼叫。失敗的提交最多只重新提交一兩次，因為每次新的提交都可能再建立一個需付費的任務。</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt 沒有串流狀態端點</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>有請求送往狀態串流路徑，但 SeaArt 不提供此路徑。SeaArt 只透過一般的狀態端點回報進度，必須以輪詢取得。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>請確認設定檔中的基底 URL 是不含串流路徑的 SeaArt 模型 URL。如果是，請將此問題當作 QueueLens 的錯誤回報。</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>SeaArt 端點不存在</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>請求送往 SeaArt 未提供的路徑，例如同步的 /sync 端點。SeaArt 只透過非同步佇列執行生成；基底 URL 錯誤時也會得到相同的回應。</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>請在設定檔中將基底 URL 設為 https://cloud.seaart.ai/model，不要附加其他路徑。請透過佇列提交，讓 QueueLens 輪詢取得結果。</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt 不認得此請求 ID</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt 在此模型端點與金鑰下找不到此 request_id 的任務。常見原因是 ID 錯誤、狀態查詢使用了與提交時不同的模型 ID，或使用了其他帳戶的金鑰。</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>請使用「重新檢查」一兩次就好，不要更多。如果回應仍相同，請將任務視為已遺失，並確認設定檔仍使用提交此任務時的金鑰。</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>SeaArt 模型在生成時失敗</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>任務已執行，但模型在產生結果之前因錯誤而停止。SeaArt 會將這類任務標記為帶有錯誤的 COMPLETED，因此任務已結束，且沒有產出。</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>請稍候片刻再重新提交任務。如果相同的輸入再次失敗，請修改提示詞、圖片或參數，或改用其他模型。</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>SeaArt 生成時間過長</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>模型未在 SeaArt 自己的時限內完成，因此 SeaArt 結束了任務，沒有產生結果。長影片、高解析度與尖峰時段都較容易發生這種情況。</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>請等模型較不忙碌時再重試。如果一再發生，請用「編輯並重新提交」要求較短的時長或較低的解析度。</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt 認為任務輸入無法使用</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt 已將任務排入佇列，但模型隨後拒絕了其輸入，例如缺少提示詞、數值超出範圍，或無法讀取的圖片。SeaArt 的錯誤文字通常會指出問題所在。</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>請用「編輯並重新提交」更正服務商訊息中指出的輸入。請確認圖片 URL 是公開的，且數值符合模型文件列出的選項。</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt 封鎖了此內容</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>SeaArt 的安全過濾器停止了此任務，因為提示詞、輸入圖片或生成的產出違反其內容規範。沒有保留任何結果。</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>請改寫提示詞或更換輸入圖片，使其明確符合 SeaArt 的內容規範，然後使用「編輯並重新提交」。相同的輸入會再次遭到封鎖。</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>SeaArt 任務已取消</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>任務因為有取消請求送達 SeaArt 而結束，請求來自 QueueLens 或使用同一金鑰的其他用戶端。SeaArt 會將此回報為帶有此錯誤類型的 COMPLETED。</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>如果是刻意取消，則不需任何處理；否則請用「編輯並重新提交」再次提交任務。</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>任務執行期間 SeaArt 發生內部錯誤</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>處理任務時 SeaArt 服務內部發生故障；原因並不在請求本身。任務已結束，沒有結果。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>請過幾分鐘再重新提交任務。如果許多任務都以這種方式失敗，請附上請求 ID 聯絡 SeaArt 技術支援。</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>取消前任務就已結束</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>取消請求送達時，任務已進入最終狀態，因此沒有可停止的項目。這不是失敗：任務是自行成功或失敗的。</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>請使用「重新檢查」載入實際的最終狀態；如果任務已成功，也會一併載入結果。</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt 找不到要取消的任務</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt 對取消請求回應 NOT_FOUND：此金鑰與模型端點下沒有此請求 ID 的任務，或此金鑰無權存取該任務。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>請使用「重新檢查」查看任務是否仍然存在。如果狀態查詢也失敗，請將任務視為已遺失，並確認設定檔使用的是提交此任務時的金鑰。</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu 拒絕了請求</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu 認為請求無效，但沒有說明更具體的原因。當任務的狀態已不允許取消而 Vidu 拒絕取消時，也會使用此代碼。</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>請閱讀服務商的訊息。如果是取消遭拒，請使用「重新檢查」查看任務的實際狀態；否則請用「編輯並重新提交」更正請求。</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>缺少必要欄位</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>請求包含 Vidu 不接受的欄位</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>欄位中的項目過多或過少</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>分頁大小或圖片大小超出範圍</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>從代碼名稱看來，這是任務清單請求的分頁大小超出 1 到 100 的允許範圍。但 Vidu 自己的對照表將此代碼連結到輸入圖片的限制：最大 50 MB、格式為 JPG、JPEG、PNG 或 WEBP，且長寬比介於 1:4 到 4:1 之間。</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>若是任務清單，請使用 1 到 100 的分頁大小。若是提交，請依這些限制檢查輸入圖片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu 無法下載圖片</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu 無法從請求中的 URL 取得圖片。該連結可能已過期、需要登入，或禁止自動下載。</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>請在瀏覽器的無痕視窗中確認每個圖片 URL 都不需登入即可開啟，替換失效的連結，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu 仍在處理此請求</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu 仍在處理此請求，並要求稍後再試。</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>請依 Vidu 的要求，稍候片刻再重試。</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Vidu 不接受此圖片格式</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>某張輸入圖片的格式不被 Vidu 接受，或檔案已損毀。Vidu 可讀取 JPG、JPEG、PNG 與 WEBP 圖片。</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>請將圖片轉換成 PNG 或 JPEG，再用「編輯並重新提交」重新提交。</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>輸入內容未通過 Vidu 的安全審核</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Vidu 審核所提交的提示詞或圖片時，發現了不允許的內容，因此未接受此任務。</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>請修改提示詞或圖片，使其明確符合 Vidu 的內容規範，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Vidu 點數不足</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>帳戶的點數不足以執行此任務。Vidu 以 HTTP 400 傳回此錯誤，但這是計費問題，不是輸入錯誤。</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>請在 Vidu 平台購買或續購點數，或降低任務成本（縮短時長、降低解析度），然後再次提交。</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>生成的內容違反 Vidu 的政策</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>任務已執行，但生成的產出被 Vidu 的內容政策標記，因此未提供。</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>請修改提示詞或輸入圖片，降低產出被標記的可能，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Vidu 模型無法使用</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>所要求的模型無法用於此任務，因此任務失敗。Vidu 指出問題在於模型類型。</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>請檢查模型類型（例如此端點使用 viduq1），用「編輯並重新提交」更正後再試一次。</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Vidu 任務已被使用者取消</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>任務因為此帳戶的取消請求而停止，請求來自 QueueLens 或其他地方。Vidu 會將其回報為失敗，並附上此代碼。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>如果是刻意取消，則不需任何處理；否則請用「編輯並重新提交」再次提交任務。</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>欄位值無效</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>圖片中找不到可用的人體</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>此模型或特效需要清楚可見的人物，但 Vidu 的人體偵測無法在輸入圖片中找出身體關節的位置。</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>請使用清楚拍出單一人物全身、沒有過度裁切的照片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>輸入圖片的臉部檢查失敗</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Vidu 對輸入圖片的臉部檢查失敗，例如臉部太小、沒有面向鏡頭或模糊不清。</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>請上傳一張清晰、臉部清楚且面向鏡頭的照片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>圖片中的身體或臉部遮擋過多</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>輸入圖片中人物的身體或臉部遮擋太多，Vidu 無法偵測。</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>請使用臉部與身體沒有被物品、手或其他人遮住的圖片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>提示詞違反 Vidu 的政策</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>文字提示詞包含 Vidu 不允許的字詞或主題，因此任務在執行前就被拒絕。</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>請改寫提示詞、去除有問題的內容，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu API 金鑰遭拒</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu 不接受此憑證：金鑰錯誤、已刪除或缺少。Vidu 要求以 Token 配置在 Authorization 標頭中提供金鑰；轉售商可能要求其他配置。</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>請檢查設定檔中的金鑰，必要時在 Vidu 平台建立新的金鑰。如果基底 URL 指向轉售商，請使用該轉售商核發的金鑰。</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu 拒絕存取</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>金鑰有效，但無權提出此請求，例如帳戶方案未包含的端點或模型。</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>請在 Vidu 平台檢查帳戶的方案與權限，或在設定檔中改用具備所需權限的金鑰。</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu 不認得此任務 ID</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>此金鑰所屬的帳戶下沒有此 ID 的任務。通常是 ID 輸入錯誤，或使用了其他組織的金鑰。</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>請使用一次「重新檢查」。如果仍找不到任務，請確認設定檔使用的金鑰與提交時相同；否則請將任務視為已遺失。</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>找不到 Vidu 作品 ID</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>請求中指定的作品（也就是任務的一項生成產出）不存在或已無法取得。</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>請使用「重新檢查」載入任務目前的作品清單，並改用其中的 ID。</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>找不到 Vidu 資源</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>所要求的路徑或資源不存在，通常是因為基底 URL 或端點錯誤。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>請檢查設定檔中的基底 URL（國際版平台為 https://api.vidu.com），並確認端點符合任務類型。</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Vidu 資源衝突</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>此請求要建立或變更的資源，其鍵值已被使用，因此 Vidu 拒絕了請求。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>重複送出之前，請先使用「重新檢查」查看先前的請求是否已經生效。</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>超過 Vidu 並行數限制</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>此組織正在執行的任務數已達其並行數限制（預設為 5），因此 Vidu 拒絕了多出的請求。</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>請等執行中的任務完成後再重試。請在設定檔中將並行數上限設為您的 Vidu 限制，或請 Vidu 技術支援調高上限。</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>傳送給 Vidu 的請求過於頻繁</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>此金鑰在短時間內送出請求的速度超過 Vidu 的允許值；狀態查詢也會計算在內。</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>請稍候再重試，並在設定檔中拉長輪詢間隔。</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu 正在限制流量</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu 正在限制請求，原因是其自身資源已達上限，而不是您的帳戶有問題。</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>請等待較長的時間（至少幾分鐘）再重試，並在流量限制結束前減少新提交的任務。</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>請求被用戶端中止</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu 記錄到用戶端在回應就緒之前就關閉了 HTTP 請求，例如用戶端逾時之後。這只涉及該次呼叫，不一定影響任務本身。</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>如果是提交，請先使用「重新檢查」或查看 Vidu 任務清單再重新提交，因為任務可能已經建立。</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Vidu 內部服務故障</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Vidu 在處理請求時發生內部錯誤。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>請稍候再重試。如果持續失敗，請附上錯誤詳細資料中的 trace ID，聯絡 Vidu 技術支援。</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Vidu 失敗，原因不明</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu 回報任務或請求失敗，但沒有說明原因。</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>請稍候再重新提交。如果同一個任務一直失敗，請附上任務 ID 聯絡 Vidu 技術支援。</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Vidu 臉部偵測失敗</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu 無法對輸入內容執行臉部偵測，通常是因為圖片太暗、太小或品質不佳。</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>請使用較明亮、清晰，且臉部夠大、清楚可見的圖片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu 無法下載影片</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu 無法從請求中的 URL 取得影片。該連結可能不公開、已過期或速度太慢。</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>請使用公開且直接指向影片檔案的連結，先在瀏覽器的無痕視窗中測試，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Vidu 不接受此影片格式</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>某段輸入影片使用了 Vidu 無法讀取的封裝格式或編碼，或檔案已損毀。</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>請將影片轉換成 H.264 編碼的 MP4，再用「編輯並重新提交」重新提交。</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>臉部未通過 Vidu 的臉部檢查</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>已找到臉部，但不符合模型或特效的要求，例如是側臉、部分被遮住或太小。</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>請使用只有一張清楚臉部、面向鏡頭且占畫面相當比例的照片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>輸入照片未通過 Vidu 審核</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Vidu 的圖片審核拒絕了上傳的照片，例如照片含有平台不允許的內容。</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>請換成明確符合 Vidu 內容規範的照片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>圖片中找不到臉部</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>所選的模型或特效需要臉部，但 Vidu 在輸入圖片中找不到。</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>請上傳一張清楚顯示人物臉部的圖片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>圖片中有多張臉</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>此模型或特效只適用於單一人物，但 Vidu 在輸入圖片中找到多張臉。</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>請將圖片裁切成只有一個人，或選擇只有一張臉的照片，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>未通過 Vidu 內容審核</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Vidu 的內容審核拒絕了輸入或生成的產出，因此任務結束時沒有可用的結果。</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>請調整提示詞與圖片，使其明確符合 Vidu 的內容規範，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>圖片尺寸超出範圍</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>某張輸入圖片的寬度或高度（像素）對 Vidu 而言過大或過小。</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>請調整圖片大小，讓兩邊都在模型文件規定的像素範圍內，且長寬比保持在 1:4 到 4:1 之間，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>未指明</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>請求中缺少 Vidu 需要的內容，或該內容為空。Vidu 指出的項目：%1。</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>請用「編輯並重新提交」補上缺少的內容。另請確認端點符合此任務，例如「圖片轉影片」需要輸入圖片。</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>請求包含此端點或模型不接受的內容。Vidu 指出的項目：%1。</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>請用「編輯並重新提交」移除該項目。可接受的選項因 Vidu 模型與端點而異。</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>請求中某個清單的項目數多於或少於 Vidu 允許的數量，例如參考圖片過多。Vidu 指出的項目：%1。</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>請將項目數改為模型允許的數量，然後使用「編輯並重新提交」。</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>請求中的某個值未通過 Vidu 的檢查，例如未知的模型、解析度或時長。Vidu 指出的項目：%1。</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>請改成模型文件所列的值，然後使用「編輯並重新提交」。</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>計費</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無效的請求</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>內容政策</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>狀態衝突</translation>
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
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重試</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>稍後重試</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>修改請求</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>修正帳戶或金鑰</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>先檢查任務狀態</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>重試也無效</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>聯絡服務商</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>提交任務</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>查詢狀態</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>取得結果</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>搜尋服務商的任務清單</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>在服務商端生成</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>連線</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>任務已建立</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>依任務 ID 加入</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>提交已獲回應</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>提交遭拒</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>提交未獲明確回應</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>提交受速率限制</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>已強制再次提交</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>已重試</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>狀態查詢</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>狀態查詢失敗</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>已取得結果</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>服務商不認得此任務</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>已重新檢查</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>重新檢查未找到任務</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>在任務清單中找到</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>不在任務清單中</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>任務清單中有多筆相符</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>任務清單未涵蓋提交時間</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>任務清單無法使用</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>已要求取消</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>取消已獲回應</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>取消呼叫失敗，正在重試</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>取消失敗</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>無法取消</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>取消前已結束</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>已達時間上限</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens 已重新啟動</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>API 金鑰在另一台電腦上</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>正在下載結果</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>結果已儲存</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>結果下載失敗</translation>
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
        <translation>說明服務商的錯誤代碼並建議修正方式。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>類別：%1（%2）</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>重試：%1（%2）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>（此代碼不在服務商的文件中；以上內容是根據 HTTP 狀態碼與類別推斷而來。）</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>服務商傳送的代碼、原因、類型或訊息（例如 CreditInsufficient、channel:no_available_key、429）。</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>服務商 ID：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>錯誤附帶的 HTTP 狀態碼。</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>服務商的訊息，用來填入欄位名稱等細節。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>介面語言，例如 zh_TW 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>請只指定一個要說明的識別碼</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status 需要介於 100 到 599 之間的 HTTP 狀態碼，而不是「%1」</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>錯誤目錄中沒有「%1」。</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>%2 的錯誤目錄中沒有「%1」。</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 個任務因 %1（%2）而失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務數</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服務商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 個任務因 %1（%2）而失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>類別：%1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>重試：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>請重試這些任務，或檢查設定檔的截止時限與服務商的狀態頁面。</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>全部重試（%1）</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>全部移除（%1）</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>沒有失敗的任務。失敗的任務會依錯誤代碼在此分組，讓您一次對整組套用同一種修正。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>在表格中選取</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>只顯示這些</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>重試此分組中所有可重試的任務</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>從清單中移除此分組的所有任務</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>切換到任務表格並選取這些任務</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>將任務表格篩選為此分組</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>依代碼分組的失敗</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI 文件中沒有取消端點：任務會執行到結束，並照常計費。</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI 只接受「image」與「video」類型，不接受「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>「%1」不是 FoxAPI 的模型名稱（模型名稱不含空格）。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>%1 的回應超過 %2 位元組，因此未讀取。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 將請求重新導向至 %2。QueueLens 只會跟隨同一主機內的重新導向，因此沒有將 API 金鑰傳送到該處。</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 重新導向請求超過 %2 次。</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 在 %2 秒（單一請求的時間上限）後仍在傳送回應，因此 QueueLens 停止等待。該伺服器讓回應一直保持開啟而不結束。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>與 %1 的安全連線失敗：%2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>在傳輸逾時時間（%2）內沒有收到來自 %1 的資料。</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 拒絕了連線（%2）。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>無法解析主機名稱 %1（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>與 %1 的連線在完整回應送達前就已關閉（%2）。</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>連線至 %1 時代理伺服器失敗（%2）。</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>網路無法使用；無法連上 %1（%2）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>與 %1 的安全連線失敗（%2）。</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>對 %1 的請求失敗（%2）。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>列出資料庫中的任務（不會聯絡服務商）。</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>只列出處於這些狀態的任務（以逗號分隔）：%1。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>只列出此服務商的任務。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>非預期的引數「%1」</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>未知的狀態「%1」</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>沒有任務。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>服務商</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>遠端 ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>建立時間</translation>
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
        <translation>LLMAPI 的非同步任務只能生成圖片，不支援「%1」。</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>LLMAPI 圖片任務無法使用串流：請移除「stream」或將其設為 false。</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>圖片數量「n」必須是大於或等於 1 的整數。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <comment>a notification&apos;s title, then its text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About QueueLens</source>
        <translation>關於 QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>已提交 %n 個任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — 沙箱</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任務(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>開啟提交面板以建立新任務</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>依遠端 ID 追蹤在其他地方建立的任務</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>將選取或顯示中的任務儲存為 CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>結束 QueueLens；執行中的任務仍會在服務商端繼續執行</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>依遠端 ID、提示詞文字或錯誤代碼搜尋</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>選取表格中顯示的所有任務</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>重新顯示所有任務</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>語言、通知、下載資料夾與設定檔</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>新增或編輯服務商帳戶及其 API 金鑰</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>關於 QueueLens(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本與致謝</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>目前使用的 Qt 版本</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>篩選側邊欄(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>顯示或隱藏狀態與服務商篩選器</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>詳細資料窗格(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>顯示或隱藏所選任務的詳細資料</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>依代碼分組的失敗(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>圖表(&amp;C)</translation>
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
        <translation>工具列</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>工具列(&amp;O)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>恢復輪詢(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>暫停輪詢(&amp;P)</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>輪詢已暫停：不會向任何服務商查詢更新。按一下即可恢復。</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>停止向服務商查詢更新，直到恢復為止</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>已選取 %n 個任務</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>依代碼分組的失敗（%1）</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>依代碼分組的失敗</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>沒有可匯出的任務。</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>試算表用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>匯出 %n 個任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個任務匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;非同步 AI 圖片與影片生成工作的桌面控制中心：提交、監看、解釋失敗原因，並一鍵修正。&lt;/p&gt;&lt;p&gt;服務商：SeaArt、FoxAPI、new-api、LLMAPI、Vidu。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>欄位(&amp;O)</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>服務商設定檔(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api 沒有取消端點：任務會執行到結束。</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>此處的 new-api 任務轉送只用於影片，不支援「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>「%1」不是模型名稱（模型名稱不含空格）。</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>閘道將任務標記為失敗，但沒有說明原因。</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>有多個值；如需清單，請使用 JSON 陣列 [ … ]</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 欄：%3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>參數必須是單一 JSON 物件：{ &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>第 %1 行：應為「name: value」格式</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>第 %1 行：「:」之前應有名稱</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>第 %1 行：名稱不可包含空格（「%2」）</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>第 %1 行：「:」之後應有值（空白文字請寫 &quot;&quot;）</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>第 %1 行：「%2」已在第 %3 行設定</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>第 %1 行：「%2」的值不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>「%1」來自上方的表單；請從這裡移除</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必須是數字</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必須是整數</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必須是 true 或 false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>name: value</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>參數格式</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>每行輸入一個「name: value」參數，或輸入一個 JSON 物件</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>以 JSON 物件輸入的額外參數。</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>每行一個「name: value」；文字不需加引號，# 開頭為註解。</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>額外參數</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens 只能連線至一台 PostgreSQL 伺服器，但此位址列出了多部主機</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>「%1」不是 PostgreSQL 位址；請寫成 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>PostgreSQL 位址不可包含「#」部分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>「%1」不是 QueueLens 認得的連線參數（可用的參數：%2）</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>PostgreSQL 位址未指定資料庫；請加在主機之後，例如 postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>PostgreSQL 位址中的連接埠不是 1 到 65535 之間的數字</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動程式（Debian 與 Ubuntu：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>資料庫 %1 中有一個不屬於 QueueLens 的「tasks」資料表；請為 QueueLens 使用專屬的資料庫</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>伺服器拒絕了 %1 的密碼（%2）</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>伺服器 %1 要求密碼：請在「偏好設定」的「共用歷程記錄」中輸入（密碼會存放在系統鑰匙圈），或設定 PGPASSWORD，或將其加入 ~/.pgpass</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>伺服器上沒有 %1 的資料庫；請用 createdb 建立一次（%2）</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>伺服器 %1 上沒有此使用者（%2）</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>與 %1 的安全連線（TLS）失敗：%2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>無法辨識 %1 的伺服器名稱（%2）</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>無法連上伺服器 %1（%2）</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>與 %1 的連線已中斷（%2）</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>資料庫 %1 忙碌中：另一個 QueueLens 正持有其寫入鎖定（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>資料庫 %1 為唯讀（%2）</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>存放 %1 的伺服器磁碟已滿（%2）</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>%1 的使用者無權執行此操作；請授予該使用者此資料庫的權限（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 發生資料庫錯誤（%2）</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>請為設定檔命名。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>已有名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>請選擇此設定檔所連線的服務商。</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>請填寫存放 API 金鑰的環境變數名稱。</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>「%1」不是有效的環境變數名稱：只能使用字母、數字與 _，且不可以數字開頭。</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>輪詢間隔必須介於 %1 到 %2 秒之間。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>並行數必須介於 1 到 %1 個請求之間。</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>截止時限必須介於 0（不限）到 %1 分鐘（7 天）之間。</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>純 http:// 會以未加密的方式傳送 API 金鑰。除非這是受信任的本機伺服器，否則請使用 https://。</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>QueueLens 的環境中未設定 %1；設定之前，請求都會被拒絕。</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>每次需要時都會從 %1 讀取金鑰。</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>按下「確定」後，新金鑰會儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>新金鑰只會保留在記憶體中，直到 QueueLens 結束；不會被儲存。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>服務商(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基底 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>輪詢間隔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>並行數(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止時限(&amp;D)：</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>儲存在系統鑰匙圈</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>只在本次工作階段保留</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>從環境變數讀取：</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>變數名稱，例如 %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>留空則保留目前的金鑰</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> 個請求</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>不設截止時限</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>沙箱設定檔：連線至內建的測試伺服器，任何金鑰都可使用。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服務商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基底 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>將金鑰儲存在系統鑰匙圈</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>只在本次工作階段保留金鑰</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>從環境變數讀取金鑰</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>環境變數名稱</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>輪詢間隔（秒）</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>同時進行的請求數上限</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>截止時限（分鐘）</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>每個執行中任務的檢查頻率（1–3600 秒）。服務商可能會要求降低頻率。</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>此設定檔同時可進行的請求數上限。</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>任務超過此時間仍未完成就放棄（0 = 永不放棄）。</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>顯示或隱藏金鑰</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>檔案大小為 %1 KB，但設定檔匯出檔最大為 %2 KB。確定是正確的檔案嗎？</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>檔案不是有效的 JSON：%1（位於第 %2 個字元）。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>這不是 QueueLens 設定檔匯出檔：其格式為「%1」。</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>（非文字）</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>此設定檔匯出檔是由較新版的 QueueLens 所寫入（格式版本 %1）。此版本只能讀取版本 %2；請更新 QueueLens 後再匯入。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>這不是 QueueLens 設定檔匯出檔：其中沒有「profiles」清單。</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>設定檔匯出檔中沒有「profiles」清單。</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>檔案中列出了 %1 個設定檔；只讀取了前 %2 個。</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>第 %1 筆項目不是設定檔，已略過。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>第 %1 筆</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>設定檔%1未指定服務商，已略過。</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>設定檔%1的基底 URL 不是文字，已略過。</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>設定檔%1：此處無法使用 ID「%2」，將另選一個新的 ID。</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>設定檔%1重複使用了前面項目的 ID「%2」，已略過。</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>設定檔%1：「%2」不是數字，已改用預設值。</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>設定檔%1含有 API 金鑰。金鑰一律不會從檔案匯入：請在「設定」中輸入，金鑰會存放在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>「%1」大於 %2 KB，對設定檔匯出檔而言太大了。確定是正確的檔案嗎？</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…還有 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>已取消匯入，沒有任何變更。</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>沒有匯入任何設定檔。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>已新增 %n 個設定檔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>已更新 %n 個設定檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>設定檔匯出檔一律不含 API 金鑰：請為每個新設定檔輸入金鑰。按下「確定」之前不會儲存任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>已將 %n 個設定檔儲存至「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>此檔案不含 API 金鑰：匯入的人需自行輸入自己的金鑰。</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>匯入設定檔</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>檔案中有 %n 個設定檔在此已存在：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>要以檔案中的設定取代它們（保留其 API 金鑰），還是兩者都保留，並將檔案中的設定檔新增為新的設定檔？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>兩者都保留(&amp;K)</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>QueueLens 設定檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>沒有可匯出的設定檔。</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>沙箱設定檔不會匯出：它們只在此 QueueLens 執行期間有效。</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>匯出設定檔</translation>
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
        <translation>「%1」使用的服務商「%2」是此版本 QueueLens 不認得的，已略過。</translation>
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
        <translation>請選擇模型或端點。</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>請輸入提示詞。</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>影片</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>將失敗、已取消、逾時、已拒絕或已遺失的任務以新的嘗試重新提交。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本機任務 ID（取自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>持續追蹤新的嘗試直到結束。</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>無法重試任務 %1：%2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>「%1」不是 SeaArt 端點 ID。請使用 SeaCloud 目錄中的模型 ID，例如 nano_banana_2。</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt 不支援 Webhook：請移除參數「%1」。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>系統鑰匙圈無法使用（%1），因此無法讀取已儲存的 API 金鑰。請在設定檔中輸入金鑰，或設定該設定檔的環境變數。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>沒有詳細資訊</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>沒有可用的系統鑰匙圈；「%1」的 API 金鑰只會保留到 QueueLens 結束。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>系統鑰匙圈無法使用（%1）；「%2」的 API 金鑰只會保留到 QueueLens 結束。</translation>
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
        <translation>下載資料夾</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（沙箱）</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>未連接金鑰儲存區，因此無法在此變更金鑰。</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>已有金鑰儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>已設定僅限本次工作階段的金鑰；此金鑰不會被儲存。</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>金鑰來自環境變數 %1。</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>沙箱設定檔：不需要金鑰。</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>尚未設定金鑰：在您輸入金鑰之前，服務商會拒絕請求。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新設定檔</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>新設定檔 %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>請選擇存放下載結果的資料夾。</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>下載資料夾必須是完整路徑，例如 %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>「%1」是檔案，不是資料夾。</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens 無法寫入「%1」。</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>下載第一個結果時會建立此資料夾。</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>請修正標示的欄位後再儲存。</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>設定檔「%1」：%2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>設定檔「%1」：未連接金鑰儲存區，因此無法儲存金鑰。</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>一般：%1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>共用歷程記錄：%1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>無法移除「%1」：%2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>無法儲存「%1」：%2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在將金鑰儲存到系統鑰匙圈…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>系統鑰匙圈不接受此金鑰，因此它會保留在記憶體中，直到 QueueLens 結束。若要在重新啟動後保留，請將金鑰放在環境變數中，並選擇「從環境變數讀取」。
詳細資訊：%1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>金鑰未儲存到鑰匙圈。按「確定」以繼續使用僅限本次工作階段的金鑰。</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
若要在重新啟動後保留金鑰，請將其放在環境變數中，並選擇「從環境變數讀取」。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>共用歷程記錄</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定頁面</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>服務商設定檔：</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>服務商設定檔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>移除所選的設定檔</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>按下「確定」後會移除此設定檔。其任務仍會保留在歷程記錄中。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>從檔案匯入設定檔</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>加入 QueueLens 設定檔匯出檔中的設定檔。這類檔案一律不含 API 金鑰。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>將設定檔匯出至檔案</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>將這些設定檔（不含 API 金鑰）儲存起來，以便分享或保存。</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>尚無服務商設定檔。
按「新增」將 QueueLens 連線至服務商，或按「匯入」讀取設定檔匯出檔。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
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
        <translation>任務成功時(&amp;S)</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>任務失敗時(&amp;F)</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>任務成功時通知</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>任務失敗時通知</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下載資料夾(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>選擇下載資料夾</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>位址必須以 postgresql:// 開頭（共用歷程記錄存放在 PostgreSQL 伺服器上）。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>請勿在位址中包含密碼：QueueLens 絕不會將密碼存放在設定中。請在密碼欄位中輸入（密碼會存入系統鑰匙圈），或使用 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>無法使用此位址：%1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>團隊可以在 PostgreSQL 伺服器上共用同一份任務歷程記錄：每個人都能看到所有任務、提交者與最終結果。API 金鑰絕不會離開這台電腦。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>共用歷程記錄伺服器位址</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>留空：歷程記錄保存在這台電腦的檔案中。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>連線並讀取結構描述版本；不會變更伺服器上的任何內容。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>共用歷程記錄伺服器密碼</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>存放在系統鑰匙圈中；留空則使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>沒有鑰匙圈：請使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的名稱(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>您在共用歷程記錄中的名稱</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>會記錄在您提交的每個任務上。若留空，則使用 %1。</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>新的伺服器位址會在 QueueLens 下次啟動時生效；您的名稱則立即生效。</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>無法將資料庫 %1 切換為預寫式記錄（WAL）模式；它可能是唯讀的</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>資料庫 %1 已被其他程式鎖定，可能是另一個 QueueLens（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>資料庫 %1 為唯讀（%2）</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>資料庫 %1 已損毀，或不是 QueueLens 資料庫（%2）</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>存放 %1 的磁碟已滿或發生故障（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 發生資料庫錯誤（%2）</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>重試「%1」中的全部 %n 個任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>取消「%1」中的全部 %n 個任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>從清單中移除「%1」中的全部 %n 個任務</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有任務</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>States</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服務商</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>任務篩選器</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>按一下項目，只顯示這些任務</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>需要您處理的任務數：%1。
按一下即可只顯示這些任務。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>Polling paused</source>
        <translation>輪詢已暫停</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>恢復輪詢之前，不會送出任何狀態請求。</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>正在輪詢任務狀態。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>恢復輪詢</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>暫停輪詢（任務仍會在服務商端繼續執行）</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>暫停輪詢</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 個請求進行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1：%2 秒</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>受速率限制：%1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>這些設定檔被要求等待（HTTP 429 / Retry-After）；倒數結束後就會恢復呼叫。</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>輪詢狀態</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>進行中的請求</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>受速率限制的設定檔</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>立即向服務商查詢任務狀態並輸出。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>本機任務 ID（取自 submit 或 list）。</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>只輸出資料庫中已有的資訊，不查詢服務商。</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>未更新：%1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>服務商未及時回應狀態請求</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>狀態請求失敗：%1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>任務資料庫目前無法接受變更：%1
清單會維持上次讀取時的內容。QueueLens 會將自己的變更（尤其是請求 ID）保存在這台電腦上，並在資料庫恢復後立即寫入。</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>再次送出狀態未知之任務的提交，並接受服務商可能會執行（並計費）兩次。</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>狀態為「未知」（unknown）之任務的本機 ID。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>持續追蹤新的嘗試直到結束。</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>無法再次提交任務 %1：%2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>提交生成任務（加上 --wait 時，持續追蹤到結束）。</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param 需要 key=value 格式，而不是「%1」</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>服務商：%1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>服務商的 API 基底 URL，例如 https://api.vidu.com 或沙箱 URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>模型；若是 SeaArt 則為端點 ID。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>提示詞。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>要生成的內容：image、video、text2video、img2video 等（預設：服務商的第一種類型）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>額外的請求參數，可重複指定。JSON 值（5、true、[..]、{..}）會以 JSON 傳送，其他值則以文字傳送。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>存放 API 金鑰的環境變數（預設：QUEUELENS_API_KEY）。只會儲存變數名稱。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>此基底 URL 是 QueueLens 沙箱：不需要 API 金鑰。</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>對此服務商與基底 URL 送出狀態請求的間隔毫秒數（儲存在其設定檔中）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>任務超過此秒數就放棄（0：永不放棄；儲存在設定檔中）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>等待提交請求本身回應的秒數；若沒有回應，任務會變成未知狀態（結束代碼 4），且絕不會重複送出。</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>持續追蹤任務直到結束，並輸出最終狀態。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>非預期的引數「%1」</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必須指定 --%1</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url「%1」：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval 需要 50 到 3600000 之間的毫秒數</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline 需要 0 到 604800 之間的秒數</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout 需要 0.1 到 3600 之間的秒數</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>未能及時記錄到任務 %1 的提交回應</translation>
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
        <translation>尚無服務商設定檔。請先在「設定」中新增。</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>請選擇或輸入模型（或端點）。</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>正在提交 %n 個任務…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>引擎拒絕了此任務。</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>正在提交… %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>已提交 %n 個任務：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>已提交 %1/%2 個，之後停止：%3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>任務 #%1 使用的設定檔已不存在；請另選一個。</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>已依任務 #%1 填入。提交會建立新任務，原任務維持不變。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>設定檔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>提示詞(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>參數(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份數(&amp;C)：</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>新增設定檔…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>將任務傳送給服務商（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>服務商設定檔</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>模型或端點</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>模型 ID 或端點</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>任務類型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>描述要生成的圖片或影片…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>份數</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>將同一個任務提交這麼多次（1–%1）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>新增服務商設定檔</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>批次操作進度</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>編輯並重新提交</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>仍要提交</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>複製 ID</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>要對其他操作人員的任務執行操作嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>其中 %n 個任務是由其他操作人員（%1）提交的。也要對它們執行「%2」嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>無法%1：%2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>已重新提交任務 #%1。</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>已要求取消任務 #%1。</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>仍要提交嗎？</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>%n 個任務的第一次提交沒有得到明確回應：服務商可能已經建立了這些任務。再次提交可能會產生重複的任務，而且每一個都可能被計費。

如果不確定，請先使用「重新檢查」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>要移除仍在執行的任務嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>要移除的任務中有 %n 個尚未結束。移除只會停止在這裡追蹤它們；服務商會繼續執行（並計費）。若要停止，請先取消這些任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>要移除任務嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>要從清單中移除 %n 個任務及其歷程記錄嗎？已下載的結果檔案會保留在下載資料夾中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>要重試整個分組嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>要以相同的參數重試 %n 個任務嗎？每次重試都是一次新的提交，可能會被計費。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>全部重試</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>已複製 %n 個 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>批次操作：%1/%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1：%n 個任務中已完成 %2 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>One line of a bulk action&apos;s summary: %1 is how many tasks, %2 the reason they were skipped or failed.</extracomment>
        <translation>%2（%1 個）</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n.</source>
        <translation>
            <numerusform>未完成：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>取消任務(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>編輯並重新提交(&amp;E)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>仍要提交(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>重新整理狀態(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>從清單中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>複製 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>只有已結束但未成功的任務才能重試。</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>只有排隊中或執行中的任務才能取消。</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>此任務為「%1」狀態：沒有可查詢的內容。</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>只有提交後未獲明確回應（狀態為「未知」）的任務，才能使用「仍要提交」。</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>此任務為「%1」狀態：其狀態不會再改變。</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>請只選取一個任務來編輯並重新提交。</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>請先選取一或多個任務。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>所選的 %n 個任務都不符合條件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>適用於所選 %n 個任務中的 %1 個；其餘的將略過：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>介面語言，例如 zh_TW 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>記錄在本次執行所提交之任務上的名稱（預設：環境變數 QUEUELENS_OPERATOR，若未設定則為 user@host）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>任務資料庫：檔案（預設為桌面應用程式所用的檔案 %1），或共用的 PostgreSQL 伺服器，格式為 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>file or URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>輸出 JSON。</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>請只指定一個任務 ID</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>「%1」不是任務 ID（應為正整數，即 submit 與 list 輸出的編號）</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>已停止等待；任務 %1 目前為「%2」，仍保留在資料庫中。可用「queuelens-cli watch」繼續追蹤。</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 中沒有任務 %1</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>任務 %2 的設定檔「%1」已不存在</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>未能及時記錄到任務 %1 的提交回應</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>任務 #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1，已完成 %2%</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1，排在第 %2 位</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未結束</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>服務商沒有傳回任何結果檔案。</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>任務成功後，結果會顯示在這裡。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>正在下載 %n 個檔案至 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>已儲存在 %1。按兩下即可開啟。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>無法下載 %1：%2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任務詳細資料</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>選取任務即可查看其參數、時間軸、結果與錯誤。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服務商：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>遠端 ID：</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交時間：</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>結束時間：</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>嘗試次數：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示詞：</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>複製服務商的任務 ID</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>複製遠端 ID</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試記錄</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>開啟所在資料夾</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>複製為 JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>結果檔案</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>JSON 格式的任務參數</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>嘗試</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>遠端 ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a model, then the task&apos;s kind</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>There is no task %1.</source>
        <translation>沒有任務 %1。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>沒有設定檔「%1」。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知的服務商「%1」。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>此任務的設定檔「%1」已不存在。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>設定檔「%1」在這台電腦上沒有 API 金鑰。</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>沒有適用於服務商「%1」的轉接器。</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>此任務仍有一個請求在進行中；請稍後再試。</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 無法取消任務。</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>服務商已在取消此任務。</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>提交尚未獲得回應；請等任務取得 ID 後再取消。</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens 不知道此任務是否存在；請先使用「重新檢查」。</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>任務已經結束。</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>任務在目前的狀態下無法取消。</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 只能取消尚未開始執行的任務。</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>任務尚未取得服務商 ID。</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>此任務的取消請求已在傳送中。</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>提交結果未知：請使用「重新檢查」；若確定沒有建立任務，也可以使用「仍要提交」。</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>只有失敗、已取消、逾時、已拒絕或已遺失的任務才能重試。</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>服務商尚未為此任務指派 ID，因此無法查詢。</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>任務已結束；沒有可重新整理的內容。</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 無法在沒有 ID 的情況下查詢任務，而 QueueLens 從未收到此任務的 ID。請到服務商網站上尋找；只有確定沒有建立任務時，才使用「仍要提交」，因為第二個任務可能會被計費。</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>「仍要提交」只適用於提交結果未知的任務。</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>已有另一個批次操作正在處理此任務。</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>設定檔「%1」未設定 API 金鑰。請在設定檔中輸入。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>請輸入服務商的任務 ID。</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>提交沒有得到明確的回應（%1）。服務商可能已建立此任務：重新提交之前，請先使用「重新檢查」，或到服務商網站查看。</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>傳回的是 HTML 網頁，而不是服務商的 JSON：通常是網路登入頁面、代理伺服器，或是基底 URL 指向網站而非 API。請在瀏覽器中開啟此設定檔的基底 URL，並在設定檔中檢查。</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>服務商已接受提交（HTTP %1），但沒有傳回任務 ID。</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>請求 ID %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>服務商已連續 %n 次回應不認得任務 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>此任務早已結束；已採用其最終狀態。</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>設定檔需要 ID。</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>基底 URL 必須是完整的 http:// 或 https:// 位址。</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>無法儲存任務 %2 的請求 ID %1：%3 請記下此 ID：QueueLens 會將它保留在記憶體中，並再次嘗試儲存。</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>%n 個任務的變更無法儲存：%1 QueueLens 會將其保留在記憶體中並重試；程式執行期間不會遺失任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>需要這台電腦上有設定檔「%1」的金鑰；已交由擁有該金鑰的操作人員處理。</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens 在提交獲得回應之前就已停止。服務商可能已建立此任務：重新提交之前，請先使用「重新檢查」，或到服務商網站查看。</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>任務已移除。</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>另一個 QueueLens 處理程序（%1，%3 上的處理程序 %2）目前正在追蹤此任務；請在該處理程序中操作，或等它結束。</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>任務資料庫無法移交此任務：%1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>已使用設定檔的金鑰下載結果：%1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>無法下載結果（%1）；結果仍在 %2，存取它需要設定檔的金鑰。</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>網路似乎已中斷。QueueLens 會不時檢查，並在網路恢復後繼續輪詢。</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>任務未在 %n 秒（設定檔「%1」的截止時限）內完成。服務商仍可能完成此任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>已在服務商的任務清單中找到，ID 為 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>服務商的任務清單無法回溯到此任務的提交時間：傳回的一整頁 %n 個任務都比它新。此任務可能存在；重新提交之前，請先到服務商網站上尋找。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>服務商的任務清單中找不到此任務：在提交前後 %n 分鐘內，沒有建立過模型與提示詞都相同的任務。此任務很可能從未建立。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>服務商的任務清單無法判定：有 %n 個任務的模型與提示詞相同，且都是在此任務提交前後建立的。QueueLens 不會猜測哪一個才是此任務；請到服務商網站上尋找。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>已完成；正在使用設定檔的金鑰下載結果，下載完成後任務才會標示為成功。</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>無法轉交取消請求：%1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>已將取消請求轉交給正在追蹤此任務的 QueueLens 處理程序。</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>無法移除任務：%1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>無法完整讀取任務歷程記錄：%1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>任務資料庫已恢復接受變更；保留在記憶體中的所有內容現已儲存。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>共用歷程記錄無法連線期間，保留在這台電腦上的 %n 項變更現已寫入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>共用歷程記錄無法連線期間保留在這台電腦上的變更，目前仍無法寫入（%1）；QueueLens 會在下次啟動時再試。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>無法儲存設定檔：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>此設定檔有 %n 個任務尚未結束。請先取消或移除這些任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>無法移除設定檔：%1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>無法儲存任務，因此沒有送出：%1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>無法儲存任務：%1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>無法使用任務資料庫。任務只會保留到 QueueLens 結束為止。</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>無法使用任務資料庫（%1）。任務只會保留到 QueueLens 結束為止。</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>只顯示因 %1（%2）而失敗的任務</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>搜尋 ID、提示詞、錯誤代碼…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>顯示遠端 ID、提示詞、模型或錯誤代碼中包含所輸入的每個字詞的任務（%1）</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜尋任務</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>清除此篩選條件</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除篩選</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>ID 不可包含空格。請每行輸入一個 ID。</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>以任務 ID 而言太長（超過 %1 個字元）。</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>與第 %1 行的 ID 相同；只會匯入一次。</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>已追蹤為任務 #%1。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>檔案不是有效的 JSON：%1（位於第 %2 個字元）。</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>此 JSON 檔案中沒有任務清單：應為任務陣列，或是含有「tasks」陣列的物件。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>載入任務 ID</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>文字、CSV 或 JSON 檔案 (*.txt *.csv *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>尚無服務商設定檔。請先在「設定」中新增。</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>貼上遠端任務 ID（每行一個），或載入文字、CSV 或 JSON 檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n 個 ID 可以匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n 個 ID 可以匯入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>將略過 %n 行（見下方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>正在查詢已追蹤的任務…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>正在追蹤為任務 #%1</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>未匯入。</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>已匯入 %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>目前已追蹤 %n 個任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>匯入任務</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>設定檔(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>載入檔案(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>任務所屬的設定檔</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>匯入任務的模型</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>匯入任務的類型</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>遠端任務 ID</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>各行結果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>遠端 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>有些服務商需要模型或類型才能找到任務；請使用建立任務時所用的值。</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>遠端任務 ID（每行一個）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>遠端 ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>排隊位置</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>任務 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>服務商回覆：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>請求 ID：%1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>排隊位置 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 個結果</numerusform>
        </translation>
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
        <translation>任務</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>正在載入任務歷程記錄…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>尚無任務。
按 %1 提交任務，或按 %2 追蹤在其他地方建立的任務。</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>沒有符合目前篩選條件的任務。
%1 可重新顯示所有任務。</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重設欄位</translation>
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
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已遺失</translation>
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
        <translation>執行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>待決定</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>任務資料庫未開啟。</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>任務 %1 在儲存期間被變更</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>資料庫 %1 是由較新版的 QueueLens 所寫入（結構描述版本 %2，此版本最高只支援 %3）</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>已連線。資料庫是空的：QueueLens 第一次以此資料庫啟動時，會建立所需的資料表。</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>已連線。資料庫中已有 QueueLens 歷程記錄（結構描述版本 %1）。</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens 無法使用其任務資料庫：%1。</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>資料庫 %1 是由較新版的 QueueLens 所寫入（結構描述版本 %2，此版本最高只支援 %3）；請更新 QueueLens 或選擇其他資料庫</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>資料庫 %1 在此期間已被較新版的 QueueLens 更新（結構描述版本 %2）</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>更新至結構描述版本 %1 失敗：%2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>資料庫 %1 沒有為新任務指派 ID</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>任務 %1 已不在執行中</translation>
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
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>處理方式：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>提交沒有得到明確的回應，因此服務商可能已建立此任務，也可能沒有。請使用「重新檢查」查詢，或使用「仍要提交」再次送出。</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>排隊第 %1 位</translation>
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
        <translation>處理中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>服務商／設定檔</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>遠端 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的錯誤</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交者</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>檔案 %1 已不存在。</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>只能下載 http 與 https 的結果。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>任務 #%1 成功</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>任務 #%1：%2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>任務 #%1 失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n 個任務成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n 個任務失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 failed&quot;); the same words end &quot;12 tasks succeeded, 3 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n 個失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 個執行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 個排隊中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n 個待決定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n 個成功</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens：沒有任務</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens：%1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>輪詢已暫停</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>顯示 QueueLens(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>暫停輪詢(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu 沒有「%1」端點。請從下列選項中選擇：%2。</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video 不接受圖片：請移除「images」或改用 img2video。</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu img2video 需要「images」為只含一個圖片 URL 的陣列。</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu start-end2video 需要「images」為含有兩個圖片 URL 的陣列：第一格與最後一格畫面。</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu reference2video 需要「images」為含有一到七個圖片 URL 的陣列，或是提供「subjects」。</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu template2video 需要在「template」中填入範本名稱（模型由範本決定）。</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu template2video 需要「images」為圖片 URL 陣列。</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>搭配 viduq1 的 Vidu reference2image 需要「images」為參考圖片 URL 陣列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>「%1」不是 Vidu 模型名稱（例如 viduq1）。</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>文字轉影片</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>圖片轉影片</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>參考圖片轉影片</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>首尾影格轉影片</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>範本轉影片</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>參考圖片轉圖片</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>持續追蹤所有進行中的任務（或指定的任務）直到全部結束；每次變化輸出一行。期間由其他 QueueLens 處理程序提交的任務也會一併追蹤。</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>只追蹤這些任務（預設：所有進行中的任務）。</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>只追蹤此服務商的任務。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>沒有進行中的任務時仍繼續執行，等待其他處理程序提交的任務（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>未指定任務 ID 時，watch 會追蹤資料庫中所有進行中的任務，包括執行期間由其他 QueueLens 處理程序（桌面應用程式、其他 queuelens-cli 執行個體）加入的任務，並接手其處理程序已結束或異常終止之任務的輪詢。當資料庫中已沒有任何進行中的任務時，watch 就會結束（加上 --follow 時：只在按下 Ctrl+C 時結束）。指定任務 ID 時，watch 會在這些任務結束後結束。</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>「%1」不是任務 ID</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>未知的服務商「%1」</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 中沒有任務 %1</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>設定檔「%1」已不存在</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>未追蹤任務 %1：%2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>沒有進行中的任務可追蹤。</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>已停止追蹤；任務仍會在服務商端繼續執行。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>沙箱 · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>非同步 AI 圖片與影片生成工作的桌面控制中心。</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>執行內建的服務商沙箱，並讓所有服務商都使用它。</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>任務資料庫：檔案，或團隊的 PostgreSQL 伺服器，格式為 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>file or URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>介面語言，例如 zh_TW 或 ru。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>啟動後將視窗畫面儲存至 &lt;file&gt;，然後結束。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>沙箱隨機結果組合的種子值。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>The task database could not be opened:
%1</source>
        <translation>無法開啟任務資料庫：
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>無法開啟共用歷程記錄：
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>開啟這台電腦的歷程記錄</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>沙箱無法在 127.0.0.1 上接聽。</translation>
    </message>
</context>
</TS>
