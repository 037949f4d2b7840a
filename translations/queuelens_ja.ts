<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>ベース URL が無効です: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>プロバイダーのベース URL を入力してください（例: https://api.vidu.com）</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>ベース URL は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>ベース URL にはホスト名が必要です（例: https://api.vidu.com）</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>ベース URL にユーザー名やパスワードは含められません。API キーは QueueLens が自動で送信します。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>ベース URL にクエリ（「?%1」）は含められません。API のパスとパラメーターは QueueLens が自動で付加します。</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>ベース URL にフラグメント（「#%1」）は含められません。</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>末尾の「%1」を削除しました。API のパスは QueueLens が自動で付加します。</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>タスクのキャンセルをプロバイダーに要求します（--wait を指定すると停止するまで待機します）。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ローカルタスク ID（submit または list で表示されるもの）。</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>タスクが停止するまで追跡します。キャンセル済みで終了した場合のみ終了コード 0 を返します。</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>タスク %1 はキャンセルできません: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>プロバイダーがキャンセル要求に時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>キャンセルは受け付けられませんでした: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>プロバイダーはタスク %1 をキャンセルしませんでした。現在も「%2」です</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>キャンセルが反映される前に、タスク %1 は「%2」で終了しました。</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>タスク %1 は既に「%2」で終了しています。</translation>
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
%n 件のタスク</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>状態別タスク数</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>完了（累計）</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>1 分あたりの完了数（直近 %1 分）</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>失敗、タイムアウト、消失</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>キュー待ち時間と結果までの時間</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>キュー待ち時間（中央値）</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>キュー待ち時間（p90）</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>結果までの時間（中央値）</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>結果までの時間（p90）</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>頻出エラー</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>失敗したタスク</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>状態別タスク数

数秒ごとにサンプリングしています。時間の経過とともにグラフが描画されます。</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>1 分あたりの完了数

直近 %1 分間に完了したタスクはありません。</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>キュー待ち時間と結果までの時間

計測できる完了済みまたは実行中のタスクはまだありません。</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>頻出エラー

失敗したタスクはありません。問題ありません。</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>グラフ: 状態別タスク数の推移</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>グラフ: 1 分あたりの完了タスク数</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>グラフ: プロバイダー別のキュー待ち時間と結果までの時間</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>グラフ: 頻出エラーコード</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>不明または消失したタスクをプロバイダーに再照会します。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ローカルタスク ID（submit または list で表示されるもの）。</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>タスクがまだ有効だった場合は、完了するまで追跡します。</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>タスク %1 を確認できません: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>プロバイダーが時間内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>使い方: queuelens-cli &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>各コマンドのオプションは「queuelens-cli &lt;コマンド&gt; --help」で確認できます。</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>すべてのコマンドで --lang &lt;言語コード&gt; を指定できます（例: zh_CN、ru）。</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>言語「%1」は利用できないため、英語を使用します。利用可能な言語: %2。</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>エラー: 不明なコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1（%2、コマンドライン）</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>プロファイル「%1」には API キー用の環境変数が指定されていません。--key-env &lt;変数名&gt; を付けて再度 submit してください。</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>「%1」の API キーは環境変数 %2 から読み込まれますが、この変数が未設定または空です。変数を設定するか、--key-env で別の変数を指定してください。</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>文書化されたすべてのエラーコードを説明付きで一覧表示します。</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>このプロバイダーのみ: %1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列で出力します。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI の言語（例: zh_CN、ru）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>言語コード</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>想定外の引数「%1」</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>カテゴリー: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>再試行: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>コード: %1（%2）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>発生段階: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>プロバイダーのドキュメントに記載なし</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>プロバイダーからのメッセージ: 「%1」</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[レスポンスは省略されています]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>送信に対する明確な応答がありません</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>送信リクエストに有効な応答がなかったため、プロバイダーがタスクを作成したかどうかは不明です。</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>まず「再確認」でタスクを照会してください。「それでも送信」を使うと再度送信されます。最初の送信が届いていた場合は重複タスクが作成され、二重に課金されます。</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>プロバイダーでこのタスクが見つからなくなりました</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>受け付け済みのタスクについて、プロバイダーが「not found」を連続して返しました。プロバイダーは古いタスクを削除することがあり、再起動時にタスクを失うプロバイダーもあります。</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>一度「再確認」してください。それでも消失したままの場合は、再試行してもう一度実行してください。</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>タスクが期限を過ぎました</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>プロファイルで設定された期限内にタスクが完了しなかったため、QueueLens は待機を終了しました。</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>再試行するか、このモデルの処理が遅い場合はプロファイル設定で期限を延ばしてください。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>%n 秒後に再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>編集して再送信…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>プロファイル設定を開く…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>それでも送信…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>プロバイダーから、次の呼び出しまで待つよう求められました。</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>エラーの説明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>リクエスト ID をコピー（プロバイダーへの問い合わせ時に伝えてください）</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>リクエスト ID をコピー</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>生のレスポンス</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>プロバイダーからの生のレスポンス</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 はエラーコードを返しませんでした。QueueLens がタスクの状態から「%2」を選びました。</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>%1 のドキュメントには HTTP %2 の説明がありません。このステータスの一般的な意味: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 はコード「%2」を返しましたが、これはドキュメントに記載されていません。HTTP ステータス %3 から判断すると: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（コードなし）</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>未文書化のエラー「%1」</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 が「%2」を報告しましたが、これはドキュメントに記載されていません。「%3」の種類の問題と思われます。</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>プロバイダーのメッセージ: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>タスクを再試行してください。この種の失敗は通常一時的なものです。</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>少し待ってから再試行してください。繰り返し発生する場合は、プロファイル設定で並列タスク数を減らしてください。</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>「編集して再送信」でプロンプトまたはパラメーターを変更してください。同じリクエストを再送信しても同じ理由で失敗します。</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>このプロファイルの API キー、プラン、残高をプロバイダー側で確認してから再試行してください。</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>重複タスクが作成されないよう、再試行する前に「再確認」でプロバイダーからタスクの状態を更新してください。</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>再試行できるものはありません。結果がまだ必要な場合は、新しいタスクを送信してください。</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>下に表示されているリクエスト ID を添えて、プロバイダーのサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>プロバイダーはリクエストを不正な形式または無効として拒否し、文書化されたエラーコードを返しませんでした。通常は、パラメーターが欠けている、型が誤っている、またはモデルがサポートしていないことが原因です。</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>生のレスポンスで手がかりを確認し、「編集して再送信」でパラメーターを修正してください。</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>未認証</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>API キーがない、誤っている、または期限切れのため、プロバイダーが認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>プロファイル設定で API キーを確認し、プロバイダーの Web サイトで取得した有効なキーに置き換えてください。</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>支払いが必要</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>プロバイダーはリクエストの実行前に支払いを求めています。通常は、アカウントの残高またはクレジットを使い切ったことが原因です。</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>プロバイダーの Web サイトでアカウントにチャージしてから、タスクを再度送信してください。</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>アクセス禁止</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>プロバイダーはキーを認識していますが、このリクエストを許可していません。たとえば、プラン外のモデルや、キーに権限のない操作などです。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>プロバイダーの Web サイトでキーの権限とプランを確認するか、プロファイル設定で別のキーを使用してください。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>要求されたアドレスにプロバイダー側のリソースがありません。ベース URL またはパスが誤っているか、タスクまたはモデルが存在しません。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>プロファイル設定でベース URL を確認してください。既存のタスクの場合は「再確認」を使い、それでも見つからない場合は消失したものとして扱ってください。</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>プロバイダーはこのアドレスでこの種類の HTTP リクエストを受け付けていません。ほとんどの場合、ベース URL が誤ったサービスまたは API バージョンを指しています。</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>プロファイル設定のベース URL をプロバイダーのドキュメントと照らし合わせて修正してください。</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストのタイムアウト</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>サーバーがリクエスト全体の受信を待ちきれずに打ち切りました。接続が遅いか不安定な場合や、本文が非常に大きい場合によく発生します。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>少し間を置いてから再試行してください。繰り返し発生する場合は、ネットワーク接続を確認し、リクエストを小さくしてください。</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>現在の状態との競合</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>リクエストがリソースの現在の状態と競合しています。たとえば、既に完了したタスクへのキャンセルなどです。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>「再確認」で現在の状態を読み込んでから、その操作がまだ必要かどうかを判断してください。</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>リソースは利用できなくなりました</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>プロバイダーによると、リソースは存在していましたが完全に削除されています。期限切れの結果や削除されたタスクなどが該当します。</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>API から復元することはできません。出力がまだ必要な場合はタスクを再度送信し、結果は準備ができたら早めにダウンロードしてください。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>リクエストの本文がプロバイダーの受け付けるサイズを超えています。通常は、埋め込まれた画像や動画が原因です。</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>より小さいファイルや圧縮したファイルを使うか、データを埋め込む代わりにリンクを使ってから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>サポートされていないコンテンツタイプ</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>プロバイダーはリクエスト本文の形式を受け付けていません。たとえば、Content-Type ヘッダーがないか誤っている場合です。</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>プロファイルで正しいプロバイダーの種類とベース URL が使われているか確認してください。どちらも正しい場合は、QueueLens のバグとして報告してください。</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>リクエストを処理できませんでした</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>リクエストの形式は正しいものの、プロバイダーがその内容を拒否しました。たとえば、値が許容範囲外である、または同時に使えないオプションが指定されているなどです。</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>プロバイダーのメッセージから問題のあるフィールドを特定し、「編集して再送信」で修正してください。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>プロバイダーは 1 つのキーから送信できるリクエスト数または並列タスク数を制限しており、その上限に達しました。</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Retry-After でプロバイダーが指定した時間（指定がない場合は 1 分）待ってから再試行してください。プロファイル設定で同時実行数の上限を下げるか、ポーリング間隔を長くしてください。</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>クライアントがリクエストを終了しました</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>応答の送信前にクライアントが接続を閉じたことをサーバーが記録しました。たとえば、クライアント側のタイムアウトや、QueueLens を終了したことが原因です。</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>送信の場合は、タスクが作成されている可能性があるため、再度送信する前に「再確認」を使ってください。それ以外の呼び出しはそのまま繰り返して構いません。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>内部サーバーエラー</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>リクエストの処理中にプロバイダーのサーバーで障害が発生しました。原因はリクエストではなくプロバイダー側にあります。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>試行のたびに間隔を延ばしながら再試行してください。送信が失敗した場合は、再度送信する前に「再確認」またはプロバイダーの Web サイトで確認してください。</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>未実装の機能</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>プロバイダーはこのアドレスでこの機能をサポートしていません。たとえば、サービスが提供していないキャンセルや一覧取得の呼び出しなどです。</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>プロファイル設定のベース URL とプロバイダーの種類が正しいか確認してください。正しい場合、プロバイダーにはこの機能がありません。必要であればプロバイダーに問い合わせてください。</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>不正なゲートウェイ</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>プロバイダーの前段にあるプロキシまたはゲートウェイが、背後のサーバーから無効な応答を受け取りました。通常は短時間で解消します。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>少し間を置いてから再試行してください。この理由で送信が失敗した場合は、再度送信する前に「再確認」を使ってください。</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>サービス利用不可</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>過負荷、メンテナンス、または空き容量の不足により、プロバイダーは現在リクエストを受け付けられません。</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Retry-After で指定された時間が経過してから、または数分後に再試行してください。</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>ゲートウェイのタイムアウト</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>プロバイダーの前段にあるゲートウェイが、背後のサーバーからの応答を長時間待ちすぎました。リクエスト自体は実行されている可能性があります。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>間を置いてから再試行してください。送信の場合は、応答がなくてもタスクが存在する可能性があるため、先に「再確認」を使ってください。</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>プロバイダーの応答に時間がかかりすぎました（Cloudflare）</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>プロバイダーの前段にある Cloudflare がプロバイダーのサーバーに到達しましたが、制限時間（約 100 秒）内に応答がありませんでした。処理はプロバイダー側でまだ完了する可能性があります。</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>すぐに再送信しないでください。「再確認」またはプロバイダーの Web サイトでタスクが作成されたかどうかを確認し、作成されていない場合にのみ再試行してください。</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>プロバイダーがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>プロバイダーが、ここに個別の項目がないクライアントエラーのステータスを返しました。リクエスト、キー、またはアカウントのいずれかを変更する必要があります。</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>エラーの詳細にある生のレスポンスで理由を確認し、「編集して再送信」でリクエストを修正するか、プロファイル設定を更新してください。</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>プロバイダーのサーバーエラー</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>プロバイダーが、ここに個別の項目がないサーバーエラーのステータスを返しました。問題はプロバイダー側にあります。</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>試行のたびに間隔を延ばしながら再試行してください。解消しない場合は、プロバイダーのステータスページを確認してください。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>ベース URL のサーバーが接続を拒否しました。サービスが停止しているか、ベース URL のホストまたはポートが誤っている可能性があります。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>ポート番号も含めて、プロファイル設定のベース URL を確認してください。正しい場合は、しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>ベース URL のホスト名をアドレスに解決できませんでした。スペルが誤っているか、DNS サーバーに到達できない可能性があります。</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>プロファイル設定のホスト名のスペルと、ほかの Web サイトが開けるかどうかを確認してください。ネットワークが復旧したら再試行してください。</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>時間内にデータを受信できませんでした</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>転送タイムアウトを超える時間、どちらの方向にもデータが流れませんでした。サーバーが過負荷になっているか、ファイアウォールが通信を遮断している可能性があります。</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>間を置いてから再試行してください。送信の場合は、プロバイダーがタスクを作成している可能性があるため、再度送信する前に「再確認」を使ってください。</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>応答の受信完了前に接続が閉じられました</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>レスポンス全体が届く前に、サーバーまたはプロキシが接続を閉じました。プロバイダー側の再起動や不安定なネットワークが原因となります。</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>呼び出しを再試行してください。送信だった場合は、タスクが二重に作成されないよう、先に「再確認」を使ってください。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>セキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>プロバイダーとの暗号化（TLS）接続を確立または検証できませんでした。システム時刻のずれ、HTTPS を傍受するプロキシやウイルス対策ソフト、サーバー証明書の期限切れがよくある原因です。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>コンピューターの日付と時刻、およびプロキシやウイルス対策ソフトの HTTPS 検査の設定を確認してください。問題がなければ、しばらくしてから再試行してください。プロバイダーが証明書を更新中の可能性があります。</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>プロキシエラー</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>このコンピューターに設定されたプロキシサーバーが接続を拒否したか、ログインを要求したか、プロバイダーに到達できませんでした。</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>システムのプロキシ設定とプロキシの認証情報を確認するか、プロキシなしで試してください。プロキシが動作するようになったら再試行してください。</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>コンピューターがオフラインです</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>コンピューターに有効なネットワーク接続がないため、リクエストを送信できませんでした。プロバイダーには何も届いていません。</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>ネットワークに再接続してください。接続が回復すれば QueueLens は処理を続行できます。</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>レスポンスが有効な JSON ではありません</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>プロバイダーは成功を返しましたが、本文は QueueLens が想定する JSON ではありません。多くの場合、プロキシ、ログインポータル、またはメンテナンス通知の HTML ページです。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>間を置いてから再試行してください。解消しない場合は、ブラウザーでベース URL を開いて何が応答しているかを確認し、プロファイル設定を確認してください。</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>空のレスポンス</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>QueueLens がタスク ID やステータスなどのデータを必要としているのに、プロバイダーが本文なしで応答しました。</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>間を置いてから再試行してください。送信に対して空の応答が返った場合は、再度送信する前にプロバイダーの Web サイトでタスクを探してください。</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>レスポンスが許容サイズを超えています</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>レスポンス本文が QueueLens の適用するサイズ上限を超えていたため、読み込みませんでした。ベース URL が大きなファイルや Web ページを指していることがよくある原因です。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>プロファイル設定のベース URL を確認してください。正しい場合は、プロバイダーがプロトコルの許容量をはるかに超えるデータを送信しています。タスク ID を添えてプロバイダーに報告してください。</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>レスポンスに必要なフィールドがありません</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>プロバイダーは有効な JSON を送信しましたが、タスク ID やステータスなど、プロトコルで定められたフィールドが含まれていません。プロバイダーが API を変更したか、プロファイルが別の種類のサービスを指している可能性があります。</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>プロファイル設定のプロバイダーの種類とベース URL がサービスと一致しているか確認してください。一致している場合は、生のレスポンスを QueueLens のメンテナーに報告してください。</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>送信結果が不明</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>接続の切断やタイムアウトなどにより、送信に対する明確な応答が得られなかったため、プロバイダー側にタスクが存在するかどうかは不明です。確認せずに再送信すると、2 つ目のタスクが作成されて課金される可能性があります。</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>まず「再確認」を使うか、プロバイダーの Web サイトで確認してください。「それでも送信」は、タスクが作成されていないと確信できる場合にのみ使ってください。</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>プロバイダーがタスクを認識しなくなりました</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>プロバイダーは以前このタスクを報告していましたが、現在は存在しないと応答しています。期限切れになったか削除されたか、プロファイルのキーが変更された可能性があります。</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>プロファイルがタスク作成時と同じキーを使用しているか確認してから、「再確認」を使ってください。それでも不明のままで、出力がまだ必要な場合は、タスクを再度送信してください。</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>タスクがプロファイルの期限を超過しました</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>プロファイルで設定された期限内にタスクが完了しなかったため、QueueLens は待機を終了しました。プロバイダー側ではまだ完了する可能性があります。</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>「再確認」で、その後完了したかどうかを確認してください。長い動画など処理の遅いモデルでは、プロファイル設定で期限を延ばしてください。</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>プロバイダーはタスクをキャンセルできません</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>このプロバイダーにはタスクをキャンセルする API がないため、QueueLens はタスクを停止できません。タスクは実行を続け、課金される可能性があります。</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>タスクの完了を待つか、プロバイダーが対応している場合はプロバイダーの Web サイトで停止してください。</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>このプロファイルに API キーが設定されていません</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>このプロファイルの API キーが見つからなかったため、何も送信しませんでした。キーが一度も入力されていないか、キーを保存しているシステムのキーチェーンがロックされているか利用できない可能性があります。</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>プロファイル設定で API キーを入力してください。以前にキーを保存した場合は、システムのキーチェーンのロックを解除してから再度お試しください。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>プロバイダーのドキュメントでも QueueLens でも分類できないエラーが発生しました。エラーの詳細にある生のレスポンスに手がかりがある可能性があります。</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>再試行または再送信する前に、「再確認」でタスクの実際の状態を確認してください。</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI がリクエストを無効として拒否しました</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI はリクエストを受け付けられませんでした。必須フィールドがない、値の型が誤っている、または JSON 本文が壊れています。通常はエラーメッセージにフィールド名が示されています。</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>プロバイダーのメッセージに示されたパラメーターを「編集して再送信」で修正してください。モデル名とオプションを、そのモデルの FoxAPI ページと照らし合わせてください。</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>FoxAPI の API キーが無効または未設定です</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>キーがない、入力ミスがある、期限切れ、または削除済みのため、FoxAPI は Bearer トークンを受け付けませんでした。FoxAPI のキーは通常 sk- で始まります。</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>FoxAPI ダッシュボードからキーをもう一度コピーして、プロファイル設定に貼り付けてください。以前のキーが削除された場合は、新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>FoxAPI の残高不足</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>FoxAPI アカウントの残高がこのタスクの料金に足りないため、タスクは開始されませんでした。料金はモデル、長さ、出力数によって異なります。</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>FoxAPI アカウントにチャージしてから、タスクをそのまま再度送信してください。タスクあたりの費用を抑えるには、より安価なモデルを選ぶか出力数を減らしてください。</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>FoxAPI キーの権限不足</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>キーは有効ですが、この操作の実行やこのモデルの使用は許可されていません。FoxAPI ダッシュボードでは、キーを特定のモデルや機能に制限できます。</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>FoxAPI ダッシュボードでキーの権限と許可されたモデルを確認するか、プロファイル設定でより広い権限を持つキーを設定してください。</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>FoxAPI のエンドポイントまたはタスクが見つかりません</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI から、このアドレスには何も存在しないという応答がありました。ベース URL またはパスが誤っているか、タスク ID が不明です（別のアカウントに属するタスクなど）。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>プロファイル設定のベース URL が https://api.foxapi.cc になっているか確認してください。タスクの場合は「再確認」を使ってください。不明のままのタスクは消失として扱われます。</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>FoxAPI のレート制限に達しました</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI は API キーごとにリクエスト数を制限しており、このキーは短時間に送信しすぎました。頻繁なステータスのポーリングも同じ制限にカウントされます。</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Retry-After ヘッダーで指定された時間待ってから再試行してください。プロファイル設定でポーリング間隔を長くするか、同時実行数の上限を下げてください。より高い上限が必要な場合は FoxAPI のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>FoxAPI のサーバーエラー</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>FoxAPI でリクエストの処理中に予期しない障害が発生しました。通常、リクエスト自体に問題はありません。</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>間を置いてから再試行し、失敗するたびに間隔を 2 倍にしてください。送信が失敗した場合は、再度送信する前に、タスクが作成されていないか FoxAPI ダッシュボードで確認してください。</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>リクエストの形式が不正か不完全です</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI はこのエラーを不正なリクエストとして分類しました。本文を解析できない、必須パラメーターがない、または値がモデルの受け付ける範囲外です。</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>プロバイダーのメッセージに示されたフィールドを「編集して再送信」で修正してください。同じリクエストを再送信しても同じ理由で失敗します。</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI がキーを認証できませんでした</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>エラーの種類から、API キーがない、無効、または期限切れであることがわかります。FoxAPI は Bearer スキームの Authorization ヘッダーでキーを受け取ります。</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>プロファイル設定に有効なキーを入力してください。キーの期限が切れている場合は、FoxAPI ダッシュボードで新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>この FoxAPI キーでは許可されていない操作です</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>API キーは認識されていますが、この操作は許可されていません。たとえば、制限されたモデルや機能の使用などです。</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>FoxAPI ダッシュボードでキーにアクセス権を付与するか、アクセス権のあるキーにプロファイルを切り替えてください。それ以外の場合は、キーで使用できるモデルを選んでください。</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>FoxAPI のリソースが見つかりません</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>リクエストで指定したモデル、タスク、またはエンドポイントは、このアカウントには存在しません。別のアカウントのタスク ID や、モデル名の入力ミスでもこの種類のエラーになります。</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>プロファイル設定のモデル名とベース URL を確認してください。タスクの場合は「再確認」を使い、それでも見つからない場合は消失として扱ってください。</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>FoxAPI へのリクエスト頻度が高すぎます</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>エラーの種類から、このキーが現在の時間枠内で FoxAPI の許容数を超えるリクエストを送信したことがわかります。</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>次のリクエストまで Retry-After の時間だけ待ってください。プロファイル設定で同時実行数の上限を下げて、送信を分散させてください。</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>FoxAPI の予期しないサーバー障害</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI が内部エラーを報告しました。リクエストの内容が原因ではありません。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>間隔を延ばしながら再試行してください。数分間失敗が続く場合は、発生時刻とタスク ID を添えて FoxAPI のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>FoxAPI のモデルが一時的に利用できません</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>タスクの実行予定時に、要求されたモデルに接続できませんでした。通常は、モデルの提供元が過負荷またはメンテナンス中であることが原因です。タスクは出力なしで失敗しました。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>数分後にタスクを再度送信してください。モデルが利用できないままの場合は、「編集して再送信」で類似のモデルを選んでください。</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>FoxAPI の安全ルールによりコンテンツが拒否されました</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>プロンプトまたは入力画像がコンテンツポリシーに違反していると判断されました。たとえば、実在の人物や著名人、安全でないテーマが含まれている場合です。プロバイダーのメッセージに理由が示されていることがよくあります。</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>ポリシーに適合するようプロンプトを変更するか画像を差し替えてから、「編集して再送信」を使ってください。入力を変更しなければ再び拒否されます。</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>FoxAPI での生成に失敗しました</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>モデルは処理を開始しましたが、結果を生成しませんでした。一時的な障害か、モデルが処理できないプロンプトが原因の可能性があります。</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>タスクを再度送信してください。2 回目も失敗する場合は、「編集して再送信」でプロンプトを簡略化するか言い換えてください。</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>FoxAPI のタスクがタイムアウトしました</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>タスクの実行時間が FoxAPI の許容時間を超えたため、停止されました。長い尺や高解像度などの負荷の高い設定では、この問題が起こりやすくなります。</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>しばらくしてから再試行してください。再びタイムアウトする場合は、「編集して再送信」で尺を短くする、解像度を下げる、または出力数を減らしてください。</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI が画像 URL を取得できませんでした</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI はリクエストで指定された画像 URL をダウンロードできませんでした。リンクが非公開、期限切れ、ログインが必要、または自動ダウンロードを拒否している可能性があります。</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>ブラウザーのプライベートウィンドウで URL を試してください。画像ファイルへの公開された直接リンクを使い、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>入力ファイルが FoxAPI の上限を超えています</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>アップロードまたはリンクしたファイルが、FoxAPI または選択したモデルの受け付けるサイズを超えています。</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>ファイルを圧縮または縮小するか、クリップを短くしてから、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>サポートされていない入力ファイル形式</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>リクエスト内のファイルが、モデルで読み込めない形式です。たとえば、一般的でない画像形式や動画コーデックなどです。</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>画像は PNG や JPEG、動画は MP4 など一般的な形式にファイルを変換してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>タスクのパラメーターがモデルに適合しません</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>タスクは作成されましたが、1 つ以上のパラメーターがモデルに適合しないため失敗しました。たとえば、サポートされていないサイズ、アスペクト比、長さなどです。</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>プロバイダーのメッセージと、モデルのドキュメントに記載されたオプションを確認し、「編集して再送信」で値を修正してください。</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>入力画像を処理できませんでした</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>モデルが入力画像を処理できませんでした。たとえば、ファイルが破損している、小さすぎる、または寸法が要求された出力と合っていない場合です。</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>別の画像を使うか、標準的な形式とサイズで画像を書き出し直してから、「編集して再送信」で送信してください。</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>FoxAPI のタスクがキャンセルされました</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>要求によって、または FoxAPI 自身によってキャンセルされたため、タスクは終了しました。結果は生成されていません。</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>タスクをキャンセルしていない場合は、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>生成が時間切れになりました</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>FoxAPI がタスクに割り当てる処理時間内にモデルが完了しませんでした。多くの場合、モデルが高負荷だったことが原因です。</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>しばらくしてから再試行してください。再び発生する場合は、「編集して再送信」で尺または解像度を下げてください。</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>アップストリームの処理能力が一時的に不足しています</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>FoxAPI の背後にあるサービスで、現在このモデルの空き容量がありません。リクエストにもアカウントにも問題はありません。</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>数分待ってから再度送信してください。待てない場合は別のモデルを使ってください。</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>FoxAPI のレート制限または使用量上限を超えました</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>タスクの実行直前に、アカウントがレート制限または使用量の上限を超えたため、タスクは失敗しました。</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>時間を置いてから再度送信し、プロファイル設定で同時実行数の上限を下げてください。作業量に対して上限が低すぎる場合は、FoxAPI に引き上げを依頼してください。</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>FoxAPI のサービスが一時的に利用できません</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>タスクの処理時に、このモデルを実行するサービスが停止しているか過負荷でした。通常、このような障害は特に対応しなくても解消します。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>数分後にタスクを再度送信してください。</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>FoxAPI のタスク ID が無効または期限切れです</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI はこのタスクを認識しなくなりました。ID が誤っているか、タスクの記録が期限切れです。FoxAPI は結果を一定期間しか保持しません（出力リンクの有効期間は 24 時間）。</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>確認のため一度「再確認」を使ってください。それでもタスクが見つからない場合は消失として扱い、出力がまだ必要であれば再度送信してください。</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>分類されていない FoxAPI のエラー</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI が、既知のどの分類にも当てはまらないエラーを報告しました。プロバイダーのメッセージに詳細が含まれている可能性があります。</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>タスクをもう一度送信してください。同じエラーが再び発生する場合は、タスク ID とプロバイダーのメッセージを添えて FoxAPI のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI がリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>リクエスト本文が有効な JSON ではない、パラメーターの型が誤っている、またはキーのグループのプラットフォームが呼び出したエンドポイントと一致していません。</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>メッセージに従ってリクエストを修正し、「編集して再送信」を使ってください。メッセージにプラットフォームやグループについての記載がある場合は、画像タスク用のグループのキーを使ってください。</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>LLMAPI のキーが未設定または無効です</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI は Bearer キーを受け付けませんでした。入力ミスがあるか、削除されたか、まったく送信されていない可能性があります。</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>プロファイル設定に有効なキーを入力してください。非同期の画像タスクには、画像バッチグループに紐付けられたキーが必要です。</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI がリクエストを拒否しました</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI は次のいずれかの理由でアクセスを拒否しています: 残高不足、キーで画像生成が無効になっている、またはコンテンツモデレーションによりリクエストがブロックされた。どれに該当するかはメッセージに示されています。</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>メッセージを読み、残高をチャージする、キーの画像生成を有効にするよう運営者に依頼する、またはモデレーションでブロックされた場合はプロンプトを書き直す、のいずれかを行ってください。</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>このキーのグループではエンドポイントを利用できません</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>パスが存在しないか、キーのグループのプラットフォームがそのパスを提供していません。たとえば、OpenAI 以外のグループのキーで OpenAI の画像エンドポイントを呼び出した場合です。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>プロファイル設定のベース URL が https://llmapi.site であること、およびキーが画像タスクに対応したグループに属していることを確認してください。</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>LLMAPI のタスク状態の競合</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>リクエストがタスクの現在の状態と競合しています。最も多いのは、既に完了したタスクへのキャンセルです。</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>ほかの操作を行う前に、「再確認」でタスクの現在の状態を読み込んでください。</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>リクエスト本文が LLMAPI の上限を超えています</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>リクエストがサーバーで設定された本文サイズの上限を超えています。通常は、埋め込まれた大きな画像が原因です。</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>入力画像を縮小または圧縮するか、データを埋め込む代わりに画像のリンクを送信してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>LLMAPI の処理能力の上限に達しました</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>同時実行数、待機キュー、タスクキュー、またはアップストリームアカウントの上限に達しました。これらの上限はユーザーごと、キーごとに適用されます。</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>間隔を延ばしながら再試行し、Retry-After が送信された場合はそれに従ってください。同時に待機するタスクが減るよう、プロファイル設定で同時実行数の上限を下げてください。</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>LLMAPI の内部エラー</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI で呼び出しの処理中に予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>間隔を延ばしながら再試行してください。画像タスクの送信が失敗した場合は、重複タスクを避けるため、再度送信する前に「再確認」またはタスク一覧で確認してください。</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>LLMAPI のアップストリームアカウントがエラーを返しました</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>LLMAPI の転送先のアップストリームのプラットフォームまたはアカウントがエラーを返したため、LLMAPI は呼び出しを完了できませんでした。</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>間を置いてから再試行してください。LLMAPI が別のアップストリームアカウントを使う可能性があります。解消しない場合は、LLMAPI の運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>LLMAPI のサービスが利用できません</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>サービスは現在リクエストを受け付けられません。非同期タスクが無効になっている、結果の保存先が設定されていない、または空いているアップストリームアカウントがない可能性があります。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>数分後に再試行してください。タスクまたはストレージが無効になっているとメッセージに示されている場合は、待っても解決しないため、運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>LLMAPI またはそのアップストリームがタイムアウトしました</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>アップストリームまたはタスクの実行に、サーバーの許容時間を超える時間がかかりました。画像タスクは作成されている可能性があります。</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>間を置いてから再試行してください。画像タスクの送信の場合は、重複タスクが作成されないよう、先に「再確認」またはタスク一覧で確認してください。</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>LLMAPI への無効なリクエスト</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>リクエストが、このエンドポイントの想定する形式になっていません。たとえば、本文が空である、JSON が壊れている、フィールドの型が誤っているなどです。具体的な問題はメッセージに示されています。</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>メッセージの説明に従ってリクエストを修正し、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>LLMAPI の機能が見つかりません</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>呼び出したエンドポイントまたは機能は利用できません。通常は、キーのグループのプラットフォームがそれを提供していないことが原因です。</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>エンドポイントに合ったグループのキー（非同期画像タスクの場合は画像バッチグループなど）を用意し、プロファイル設定で設定してください。</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>非同期画像タスクが無効になっています</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>LLMAPI サーバーの設定で非同期画像タスクが無効になっているため、運営者が有効にするまでタスクを作成できません。</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>LLMAPI の運営者に問い合わせてください。機能が有効になるまでは、再試行しても解決しません。</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>LLMAPI の結果の保存先を利用できません</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>非同期画像タスクの結果はオブジェクトストレージ（OSS または S3）に保存されますが、そのストレージが設定されていないか接続できません。タスクは受け付けられていません。</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>数分後に再試行してください。解消しない場合は、ストレージの設定について LLMAPI の運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>画像タスクのリクエストが無効です</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>画像タスクの本文を受け付けられません。たとえば、プロンプトが空である、フィールドの型が誤っているなどです。問題はメッセージに示されています。</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>メッセージに示されたフィールドを修正し（空でないプロンプトは常に必須です）、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>サポートされている画像モデルではありません</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>タスクで指定したモデルは、LLMAPI の非同期タスク API が対応する画像モデルではないか、キーの画像グループに含まれていません。</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>「編集して再送信」で、gpt-image-2 や Gemini の公式画像モデル名など、サポートされている画像モデルを選んでください。</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>非同期画像タスクでは利用できない機能です</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>タスクで、非同期 API が提供していない機能（multipart アップロードや stream を true にする設定など）が使われています。</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>「編集して再送信」で、stream を false にした通常の JSON 本文を送信し、サポートされていないオプションを削除してください。</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>サブスクリプションのキーでは画像タスクを実行できません</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>このキーはサブスクリプションで課金されますが、非同期画像タスクは現在アカウント残高からの支払いにしか対応していません。リクエストはキューに追加されていません。</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>プロファイル設定で、アカウント残高から課金されるキーを設定してください。</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>画像タスクの予約に必要な残高が不足しています</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI はタスクの送信時に費用を予約しますが、残高がその予約額に足りません。金額は画像の枚数とサイズに応じて増えます。</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>LLMAPI の残高をチャージするか、画像の枚数を減らすかサイズを小さくしてから、再度送信してください。</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>画像タスクのキュー上限に達しました</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>ユーザーまたはキーが既に上限数のキュー待ちタスクを抱えているか、n で 1 つのタスクが生成できる枚数を超える画像を要求しています。</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>キュー待ちのタスクが完了するのを待ってから再試行し、プロファイル設定で同時実行数の上限を下げてください。n が大きい場合は、「編集して再送信」でタスクあたりの画像枚数を減らしてください。</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>タスクは既に終了しているため、キャンセルするものはありません</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>タスクが成功、失敗、タイムアウト、またはキャンセルされた後にキャンセル要求が届きました。これ自体はエラーではありません。</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>「再確認」で最終的な状態と結果を読み込んでください。</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>LLMAPI の画像タスクが見つかりません</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>この ID のタスクが存在しないか、別の API キーに属しています。LLMAPI はほかのキーのタスクを「見つからない」として扱います。</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>プロファイルがタスクを作成したキーを使用していることを確認してから、「再確認」を使ってください。それでも見つからない場合は、タスクを消失として扱ってください。</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>このキーのグループでは画像エンドポイントを利用できません</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>キーが OpenAI 以外のプラットフォームのグループに属しているため、OpenAI の画像エンドポイントは利用できません。</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>OpenAI グループまたは画像バッチグループのキーにプロファイルを切り替えるか、キーのプラットフォームに合ったエンドポイントを呼び出してください。</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>このキーのグループではトークンカウントを利用できません</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>トークンカウントのエンドポイントは OpenAI グループのキーでは利用できませんが、そのようなキーが使われました。</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>このキーではトークンカウントを使わないか、トークンカウントに対応したグループのキーを使ってください。</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>キーが Gemini グループに属していません</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Gemini ネイティブのパスが、グループのプラットフォームが Gemini ではないキーで呼び出されました。LLMAPI では各キーが 1 つのプラットフォームに紐付けられています。</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Gemini ネイティブのパスには Gemini グループのキーを使うか、現在のキーで OpenAI 互換のタスクエンドポイントを使ってください。</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>リクエスト本文が空でした</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI が本文のないリクエストを受信しました。クライアントの不具合や、本文を削除するプロキシが原因の可能性があります。</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>「編集して再送信」でリクエストのパラメーターを確認してください。入力されている場合は、プロキシ設定を確認し、QueueLens のバグとして報告してください。</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>LLMAPI の画像タスクが失敗しました</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>タスクは失敗状態で終了しました。LLMAPI は失敗したタスクを自動で再試行しないため、失敗のままとなります。</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>間を置いてからタスクを再度送信してください。再び失敗する場合は、「編集して再送信」でプロンプトまたは設定を変更してください。</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>LLMAPI の画像タスクがタイムアウトしました</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>LLMAPI の実行時間の上限内にタスクが完了せず、サーバーが自動で再実行することもありません。</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>しばらくしてから再度送信してください。画像サイズを小さくするか、タスクあたりの枚数を減らすと早く完了します。</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>LLMAPI の画像タスクがキャンセルされました</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>完了前に、QueueLens または同じキーを使う別のクライアントによってタスクがキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>意図したキャンセルであれば対応は不要です。そうでない場合は「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>LLMAPI の画像タスクがアップストリームで失敗しました</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>タスクはモデルに到達した後に失敗しました。アップストリームが画像なしで応答したか、生成後に画像を保存できませんでした（この場合は既に課金されている可能性があります）。どちらに該当するかはメッセージに示されています。</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>まずメッセージを読んでください。画像が生成されなかった場合は、間を置いて再度送信するか、「編集して再送信」でプロンプトを言い換えてください。保存に失敗した場合は、再度送信する前にアカウントの使用量を確認してください。</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>ゲートウェイがリクエストを無効として拒否しました</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>new-api ゲートウェイまたはその背後のチャネルが、パラメーターの欠落または不正な形式を検出しました。タスクのルートでは、不明なタスク ID もコード task_not_exist とともに 400 として返されます。</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>エラーコードとメッセージを読み、「編集して再送信」でリクエストを修正してください。コードが task_not_exist の場合、問題はパラメーターではなくタスク ID です。</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>ゲートウェイのキーが未設定または誤っています</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>new-api ゲートウェイは Authorization ヘッダーに有効なトークンを見つけられませんでした。この場合エラーコードは空であることが多く、キーの問題であることはステータスからしかわかりません。</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>プロファイル設定でゲートウェイのキー（通常は sk- で始まります）を入力し直してください。ゲートウェイのダッシュボードでキーが削除されている場合は、新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>ゲートウェイのキーが失効しているか、モデルへのアクセス権がありません</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>キーは認識されましたが、無効化されている、使い切られている、またはこのモデルの使用が許可されていません。new-api ゲートウェイは各キーをクォータとモデルグループに紐付けています。</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>ゲートウェイのダッシュボードで、キーが有効であること、クォータが残っていること、キーのグループにこのモデルが含まれていることを確認してください。キーを変更した場合は、プロファイル設定のキーも更新してください。</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>ゲートウェイのパスまたはモデルが存在しません</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>ゲートウェイにそのようなルートがないか、モデルを認識していません。多くの new-api ゲートウェイでは、非同期の動画・画像タスクのルートがまったく有効になっていません。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>プロファイル設定のベース URL とモデル名を確認してください。お使いのキーでタスクのルートが有効になっているかどうか、ゲートウェイの運営者に確認してください。</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>ゲートウェイのレート制限に達しました</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>ゲートウェイはキーとモデルグループごとにリクエスト数を制限しており、このキーは上限を超えました。メッセージは中国語の場合があります。new-api は Retry-After ヘッダーを送信しないため、必要な待機時間はわかりません。</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>再試行まで少なくとも 1 分待ち、拒否が繰り返される場合はさらに長く待ってください。プロファイル設定で同時実行数の上限を下げ、ポーリング間隔を長くしてください。</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>ゲートウェイまたはアップストリームのサーバーエラー</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>ゲートウェイまたはその背後のチャネルが 5xx ステータスで失敗しました。new-api はクライアント側の問題にも 500 を返すことがあるため、エラーコードがある場合はステータスよりもそちらの方が信頼できます。</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>間を置いてから再試行してください。送信が失敗した場合は、タスクが二重に課金されないよう、再度送信する前にゲートウェイのダッシュボードで使用ログを確認してください。</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>ゲートウェイがリクエストのパラメーターを無効と判断しました</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api は送信されたパラメーターをそのまま使えませんでした。リクエスト側に問題があっても HTTP 500 とともにこのコードを返すことが多いため、変更せずに再送信しても解決しません。</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>ゲートウェイの API ドキュメントと照らしてパラメーターを確認し、「編集して再送信」で修正してください。</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>リクエスト本文が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>ゲートウェイはリクエスト本文をデコードできませんでした。通常は、JSON が壊れているか、数値が必要な箇所にテキストがあるなど、フィールドの型が誤っていることが原因です。</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>「編集して再送信」でパラメーターの構文エラーやフィールドの型の誤りを探してから、再度送信してください。</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>ゲートウェイがリクエスト本文を読み取れませんでした</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>ゲートウェイは本文の読み取り中に失敗しました。たとえば、本文が途中で切れている、ゲートウェイの上限を超えている、または誤った Content-Type で送信された場合です。このコードはステータス 400 または 413 とともに返されます。</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>リクエストを小さくして（画像の枚数やサイズを減らす、データを埋め込まずにリンクを使うなど）、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>ゲートウェイがリクエストを変換できませんでした</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api は各リクエストをアップストリームのプロバイダーの形式に変換しますが、パラメーターが選択した API 形式の想定と一致しないため、その変換に失敗しました。</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>ゲートウェイがこのモデル用に記載しているパラメーターのみを使い、プロバイダー固有の追加項目を削除してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>ゲートウェイがプロンプト内の禁止語を検出しました</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>ゲートウェイ独自の語句フィルターがプロンプト内の語句に一致したため、リクエストはモデルに届く前に停止されました。どの語句を禁止するかはゲートウェイの運営者が決めています。</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>該当する語句を避けるようにプロンプトを言い換え、「編集して再送信」を使ってください。誤検出だと思われる場合は、ゲートウェイの運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>プロンプトがブロックされました</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>ゲートウェイまたはアップストリームのプロバイダーのコンテンツチェックにより、プロンプトが拒否されました。タスクは実行されていません。</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>プロバイダーのコンテンツルールに明確に従うようプロンプトを書き直してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>ゲートウェイがアクセスを拒否しました</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>キー、そのユーザー、またはそのグループにはこの呼び出しが許可されていません。たとえば、グループでこのモデルが除外されている、ユーザーが無効化されている、またはキーが特定の IP アドレスからしか使えない場合です。</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>ゲートウェイのダッシュボードでキーのグループ、許可されたモデル、IP 制限を確認するか、ゲートウェイの運営者に問い合わせてください。別のキーに切り替えた場合は、プロファイル設定を更新してください。</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>このゲートウェイではモデルを利用できません</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>お使いのキーのグループにこのモデルを提供するチャネルがないか、名前のスペルが誤っています。new-api はこれを HTTP 503 で返すことが多く、障害のように見えますが障害ではありません。</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>ご利用のプランとグループのモデル一覧で正確なモデル名を確認してから、「編集して再送信」を使ってください。モデルが必要な場合は、グループへの追加を運営者に依頼してください。</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>チャネルがサポートしていないリクエスト形式です</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>このモデルを提供するチャネルは、送信された種類のリクエストに対応していません。たとえば、チャット専用のチャネルにタスクのルートでリクエストした場合です。</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>ゲートウェイがこの種類のタスク用に提供しているモデルを使うか、チャネルが対応するリクエスト形式を運営者に確認してください。</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>ゲートウェイがリクエストに使えるチャネルを見つけられませんでした</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>ゲートウェイはこのモデルとグループに対応するアップストリームのチャネルを選択できませんでした。通常は、該当するチャネルがすべて無効になっているか、現在使用中であることが原因です。</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>数分後に再試行してください。解消しない場合は、ゲートウェイの運営者に問い合わせてください。このモデルには動作するチャネルがない可能性があります。</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>ゲートウェイのチャネルに使用可能なキーがありません</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>アップストリームのチャネルに、現在使用できるプロバイダーのキーがありません。たとえば、すべてのキーがレート制限中または無効になっている場合です。問題はゲートウェイ側にあります。</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>しばらくしてから再試行してください。繰り返し発生する場合は、チャネルのアップストリームキーが尽きていることをゲートウェイの運営者に伝えてください。</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>ゲートウェイのアップストリームキーが無効です</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>アップストリームのプロバイダーが、ゲートウェイがこのチャネルで使用しているキーを拒否しました。お使いのキーに問題はありません。キーを交換できるのはゲートウェイの運営者だけです。</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>発生時刻とメッセージ内のリクエスト ID を添えて、ゲートウェイの運営者に問い合わせてください。運営者がチャネルを修復するまで、再試行しても失敗します。</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>ゲートウェイのモデルマッピングが壊れています</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>ゲートウェイは要求されたモデル名をアップストリームのモデルに対応付けていますが、チャネル設定内のその対応付けが無効です。</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>使用したモデル名を伝えて、ゲートウェイの運営者に問い合わせてください。修正されるまでは、利用可能であれば別のモデルを使ってください。</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>アップストリームの応答が遅すぎます</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>アップストリームのチャネルが、ゲートウェイの設定した制限時間内に応答しませんでした。大きなリクエストや混雑したプロバイダーがよくある原因です。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>少し間を置いてから再試行してください。ゲートウェイが別のチャネルを選ぶ可能性があります。繰り返し発生する場合は、出力数を減らす、尺を短くするなどしてリクエストを小さくしてください。</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>ゲートウェイのクォータを使い切りました</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>ゲートウェイ上のアカウントに、このリクエストの料金に足りるクォータが残っていません。ゲートウェイは通常これを HTTP 403 で返します。</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>ゲートウェイのダッシュボードでアカウントにチャージしてから、再度送信してください。</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>ゲートウェイがリクエスト用のクォータを予約できませんでした</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>new-api はリクエストの実行前に、推定費用をキーのクォータから予約します。この予約に失敗しました。通常は、キー自体のクォータ上限が推定額より低いことが原因です。</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>このキーのクォータ上限を引き上げるか解除する、またはゲートウェイのダッシュボードでアカウントにチャージしてから、再試行してください。</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>ゲートウェイにこのモデルの料金が設定されていません</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>モデルに料金または倍率が設定されていないため、ゲートウェイはリクエストに課金できません。これはゲートウェイ側の設定漏れです。</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>料金を設定してもらえるよう、失敗したモデルをゲートウェイの運営者に伝えてください。それまでは別のモデルを使ってください。</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>ゲートウェイがリクエストを計測できませんでした</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api は課金前に各リクエストのサイズを推定しますが、その推定に失敗しました。入力内の画像をダウンロードまたは読み込みできない場合によく発生します。</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>すべての画像 URL が公開されていて有効であることを確認してから、「編集して再送信」を使ってください。入力に問題がない場合は、一度再試行してから運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>ゲートウェイがアップストリームに接続できませんでした</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>ゲートウェイからアップストリームのプロバイダーへの呼び出しが、ネットワークレベルで失敗しました。たとえば、接続が拒否されたか切断された場合です。</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>少し間を置いてから再試行してください。次の試行では、ゲートウェイが別のチャネルを経由させる可能性があります。</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>アップストリームが使用できない応答を返しました</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>アップストリームのプロバイダーは応答しましたが、ゲートウェイがその応答を解析できませんでした。アップストリーム側の不具合または形式の変更が考えられます。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>間を置いてから再試行してください。失敗が続く場合は、リクエスト ID を添えてゲートウェイの運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>アップストリームがエラーステータスを返しました</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>アップストリームのプロバイダーが HTTP エラーを返し、ゲートウェイがこのコードでそれを転送しました。メッセージにはアップストリーム自身の説明が含まれていることがよくあります。</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>まずメッセージを読んでください。入力の問題が示されている場合は、「編集して再送信」で修正してください。それ以外の場合は、間を置いて再試行するか、運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>アップストリームが空の応答を返しました</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>アップストリームのプロバイダーが内容なしでレスポンスを終了しました。ストリーミングの応答が遅くタイムアウトに達した場合に、このように終了することがあります。</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>再試行してください。繰り返し発生する場合は、ストリーミングのタイムアウトを延ばすようゲートウェイの運営者に依頼してください。</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>ゲートウェイがアップストリームの応答を受信しきれませんでした</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>ゲートウェイがレスポンスを読み取っている途中でアップストリームとの接続が切れたため、応答が不完全です。</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>呼び出しを再試行してください。送信が失敗した場合は、アップストリームがタスクを作成している可能性があるため、少し待ってゲートウェイの使用ログを確認してから再度送信してください。</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>ゲートウェイがデータをエンコードできませんでした</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>ゲートウェイがリクエストまたはレスポンスを JSON に変換できませんでした。これはゲートウェイのソフトウェアの内部障害です。</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>一度再試行してください。繰り返し発生する場合は、リクエスト ID を添えてゲートウェイの運営者に報告してください。</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>ゲートウェイのデータベース読み取りに失敗しました</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>ゲートウェイが、キー、ユーザー、タスクの記録など、必要なデータをデータベースから読み取れませんでした。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>少し間を置いてから再試行してください。エラーが続く場合はゲートウェイ自体に問題があるため、運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>ゲートウェイのデータベース書き込みに失敗しました</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>ゲートウェイが、新しいタスクの記録やクォータの変更などのデータを保存できませんでした。送信後の場合、ゲートウェイが記録していなくても、アップストリームにタスクが存在する可能性があります。</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>ステータスの呼び出しは間を置いてから再試行してください。再度送信する前に、ゲートウェイの使用ログで課金を確認し、課金されていた場合は運営者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>ゲートウェイがこのタスク ID を認識していません</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>ゲートウェイには、お使いのキーに対応するこの ID のタスクがありません。new-api はこれを 404 ではなく HTTP 400 で返すため、入力エラーのように見えることがあります。</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>遅延の可能性を除外するため、一度「再確認」を使ってください。タスクが不明のままの場合は、プロファイルがタスクを作成したキーを今も使っているか確認し、そうでなければタスクを消失として扱ってください。</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>このキーの並列リクエストが多すぎます</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>ゲートウェイは 1 つのキーで同時に実行できるリクエスト数を制限しており、このキーはその上限に達しています。</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>実行中のリクエストが完了するのを待ってから再試行してください。キーの上限を超えないよう、プロファイル設定で同時実行数の上限を下げてください。</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>ゲートウェイの同時実行数チェックを利用できません</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>リクエスト数を数えるサービスが停止しているため、ゲートウェイはキーで実行中のリクエスト数を確認できませんでした。確認が再び可能になるまで、リクエストは拒否されます。</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>少し間を置いてから再試行してください。解消しない場合は、ゲートウェイの運営者に伝えてください。</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>ゲートウェイでタスクが失敗しました</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>タスクは失敗状態で終了しました。new-api はこのようなテキストを固定のコードなしで転送するため、ゲートウェイまたはアップストリームのプロバイダーからの理由はプロバイダーのメッセージに含まれています。</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>メッセージを読んでください。プロンプトや入力に問題があると示されている場合は、「編集して再送信」で修正してください。それ以外の場合は、間を置いて再度送信してください。</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API キーが未設定か拒否されました</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>SeaArt のゲートウェイが、リクエストがモデルのキューに届く前に停止しました。Authorization ヘッダーに API キーが含まれていないか、入力ミス、削除済み、または別のアカウントのものであるため SeaArt が受け付けないキーが含まれています。</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>プロファイル設定を開き、前後に空白を入れずに SeaCloud の API キーを入力し直してください。キーが削除またはローテーションされた場合は、SeaCloud コンソールで新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>SeaArt へのリクエストが多すぎます</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>SeaArt のゲートウェイは 1 つのアカウントが短時間に送信できるリクエスト数を制限しており、このリクエストは上限を超えました。送信、ステータスのポーリング、結果のダウンロードはすべてこの上限にカウントされます。</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Retry-After で指定された時間（指定がない場合は約 1 分）待ってから再試行してください。プロファイル設定で同時実行数の上限を下げるか、ポーリング間隔を長くしてください。</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>不明な SeaArt モデルエンドポイント</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>リクエストパス内のモデル ID は SeaCloud のエンドポイントではありません。メッセージの末尾に試行した ID が示されています。通常は ID のスペルが誤っているか、モデルが SeaCloud から削除されています。</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>SeaCloud のモデル一覧で正確なモデル ID（例: nano_banana_2）を調べ、「編集して再送信」で修正してください。</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>この SeaArt アカウントではモデルが有効になっていません</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>モデルは存在しますが、この API キーを所有するアカウントでは使用できません。SeaCloud のモデルには、個別に有効化が必要なものや上位プランが必要なものがあります。</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>SeaCloud コンソールでアカウントのモデルを有効にするか、「編集して再送信」でプランに含まれるモデルを選んでください。プロファイルが正しいアカウントのキーを使っているかも確認してください。</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt は Webhook コールバックを受け付けません</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>SeaArt のキューは Webhook に対応しておらず、本文、クエリ文字列、ヘッダーのいずれかにコールバックアドレスが含まれるリクエストはすべて拒否されます。タスクはキューに追加されていません。</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>「編集して再送信」で、webhook_url などの Webhook やコールバックのフィールドをパラメーターから削除してください。QueueLens は SeaArt をポーリングしてタスクの状態を取得するため、コールバックは必要ありません。</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>SeaArt のランタイムが呼び出しを処理できませんでした</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>SeaArt のキューランタイムが呼び出しの処理中に失敗しました。これは SeaArt 側の障害です。送信が失敗した場合、タスクが作成されたかどうかは確実ではありません。</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>ステータスと結果の呼び出しは、少し間を置いてから再試行してください。新たに送信するたびに課金対象のタスクがもう 1 つ作成される可能性があるため、失敗した送信の再送信は 1～2 回にとどめてください。</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt にはストリーミングのステータスエンドポイントがありません</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>SeaArt が提供していないステータスストリームのパスにリクエストが送信されました。SeaArt は通常のステータスエンドポイントでのみ進捗を報告するため、ポーリングが必要です。</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>プロファイル設定のベース URL が、ストリームのパスを含まない通常の SeaArt モデル URL になっているか確認してください。なっている場合は、QueueLens のバグとして報告してください。</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>SeaArt のエンドポイントが存在しません</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>同期用の /sync エンドポイントなど、SeaArt が提供していないパスにリクエストが送信されました。SeaArt は非同期キューでのみ生成を実行します。ベース URL が誤っている場合も同じ応答になります。</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>プロファイル設定のベース URL を、余分なパスを付けずに https://cloud.seaart.ai/model に設定してください。キュー経由で送信し、結果は QueueLens のポーリングに任せてください。</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt がこのリクエスト ID を認識していません</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt では、このモデルエンドポイントとキーに対応する request_id のタスクが見つかりませんでした。よくある原因は、ID の誤り、送信時と異なるモデル ID でのステータス呼び出し、または別のアカウントのキーです。</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>「再確認」は 1～2 回までにしてください。応答が変わらない場合はタスクを消失として扱い、プロファイルがタスク送信時のキーを今も使っているか確認してください。</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>SeaArt のモデルが生成中に失敗しました</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>タスクは実行されましたが、モデルが結果を生成する前にエラーで停止しました。SeaArt はこのようなタスクをエラー付きの COMPLETED とするため、タスクは終了しており出力はありません。</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>少し待ってからタスクを再度送信してください。同じ入力で再び失敗する場合は、プロンプト、画像、パラメーターを変更するか、別のモデルを試してください。</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>SeaArt での生成に時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>SeaArt 独自の制限時間内にモデルが完了しなかったため、SeaArt は結果なしでタスクを終了しました。長い動画、高解像度、混雑する時間帯ではこの問題が起こりやすくなります。</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>モデルが混雑していない時間に再試行してください。繰り返し発生する場合は、「編集して再送信」で尺を短くするか解像度を下げてください。</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt がタスクの入力を使用できないと判断しました</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt はタスクをキューに追加しましたが、その後モデルが入力を拒否しました。たとえば、プロンプトがない、値が範囲外である、画像を読み込めないなどです。通常は SeaArt のエラーテキストに問題が示されています。</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>プロバイダーのメッセージに示された入力を「編集して再送信」で修正してください。画像 URL が公開されていること、値がモデルのドキュメントに記載されたオプションと一致していることを確認してください。</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt がコンテンツをブロックしました</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>プロンプト、入力画像、または生成された出力が SeaArt のコンテンツルールに違反したため、SeaArt の安全フィルターがタスクを停止しました。結果は保存されていません。</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>SeaArt のコンテンツルールに明確に従うようプロンプトを書き直すか入力画像を差し替えてから、「編集して再送信」を使ってください。同じ入力は再びブロックされます。</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>SeaArt のタスクがキャンセルされました</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>QueueLens または同じキーを使う別のクライアントからのキャンセル要求が SeaArt に届いたため、タスクは終了しました。SeaArt はこれを、このエラーの種類を伴う COMPLETED として報告します。</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>意図したキャンセルであれば対応は不要です。そうでない場合は、「編集して再送信」でタスクを再度送信してください。</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>タスクの処理中に SeaArt の内部エラーが発生しました</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>タスクの処理中に SeaArt のサービス内部で障害が発生しました。リクエスト自体は原因ではありません。タスクは結果なしで終了しています。</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>数分後にタスクを再度送信してください。多くのタスクがこの理由で失敗する場合は、リクエスト ID を添えて SeaArt のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>キャンセル前にタスクは既に終了していました</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>タスクが最終状態に達した後にキャンセル要求が届いたため、停止するものはありませんでした。これは失敗ではありません。タスクはキャンセルとは無関係に成功または失敗しています。</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>「再確認」で実際の最終状態と、タスクが成功していればその結果を読み込んでください。</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt にキャンセル対象のタスクが見つかりませんでした</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt はキャンセル要求に NOT_FOUND を返しました。このキーとモデルエンドポイントに対応するこのリクエスト ID のタスクが存在しないか、キーにアクセス権がない可能性があります。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>「再確認」でタスクがまだ存在するかどうかを確認してください。ステータスの呼び出しも失敗する場合は、タスクを消失として扱い、プロファイルがタスク送信時のキーを使っているか確認してください。</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu がリクエストを拒否しました</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu はより具体的な理由を示さずに、リクエストを無効と判断しました。Vidu は、状態がキャンセル不可となったタスクのキャンセルを拒否する場合にもこのコードを使います。</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>プロバイダーのメッセージを読んでください。キャンセルが拒否された場合は、「再確認」でタスクの実際の状態を確認してください。それ以外の場合は、「編集して再送信」でリクエストを修正してください。</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>Vidu が受け付けないフィールドがリクエストに含まれています</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>フィールドの項目数が多すぎるか少なすぎます</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>ページサイズまたは画像サイズが範囲外です</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>コード名からは、ページサイズが許容範囲（1～100）外のタスク一覧リクエストであることがうかがえます。一方、Vidu 自身の表ではこのコードは入力画像の制限（最大 50 MB、JPG・JPEG・PNG・WEBP 形式、アスペクト比 1:4～4:1）に関連付けられています。</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>タスク一覧の場合は、1～100 のページサイズを使ってください。送信の場合は、入力画像がこれらの制限を満たしているか確認し、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu が画像をダウンロードできませんでした</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu はリクエスト内の URL から画像を取得できませんでした。リンクが期限切れ、ログインが必要、または自動ダウンロードを拒否している可能性があります。</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>各画像 URL がブラウザーのプライベートウィンドウでログインなしに開けることを確認し、無効なリンクを差し替えてから「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu はまだリクエストを処理中です</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu はまだリクエストを処理しており、後でやり直すよう求めています。</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Vidu の求めに従い、少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Vidu が受け付けない画像形式です</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>入力画像が Vidu の受け付けない形式であるか、ファイルが破損しています。Vidu が読み込めるのは JPG、JPEG、PNG、WEBP 形式の画像です。</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>画像を PNG または JPEG に変換し、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>入力が Vidu の安全審査を通過しませんでした</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>送信されたプロンプトまたは画像の審査で、Vidu が許可していないコンテンツが見つかったため、タスクは受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Vidu のコンテンツルールに明確に従うようプロンプトまたは画像を変更してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Vidu のクレジットが不足しています</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>アカウントのクレジットがこのタスクに足りません。Vidu はこれを HTTP 400 で返しますが、入力エラーではなく課金の問題です。</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Vidu プラットフォームでクレジットを購入または更新するか、タスクの費用を抑えて（尺を短くする、解像度を下げる）から再度送信してください。</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>生成されたコンテンツが Vidu のポリシーに違反しました</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>タスクは実行されましたが、生成された出力が Vidu のコンテンツポリシーに抵触したため、出力は提供されませんでした。</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>出力が抵触しにくくなるようプロンプトまたは入力画像を変更してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Vidu のモデルを利用できません</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>要求されたモデルはこのタスクでは利用できないため、タスクは失敗しました。Vidu はモデルの種類を問題として示しています。</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>モデルの種類（このエンドポイントの場合は viduq1 など）を確認し、「編集して再送信」で修正してから再度お試しください。</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Vidu のタスクがユーザーによってキャンセルされました</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>QueueLens またはほかの場所から、このアカウントに対するキャンセル要求によってタスクが停止されました。Vidu はこれをこのコード付きの失敗として報告します。</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>意図したキャンセルであれば対応は不要です。そうでない場合は、「編集して再送信」でタスクを再度送信してください。</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>フィールドの値が無効です</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>画像内に使用可能な人物の全身が見つかりません</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>このモデルまたはエフェクトには人物がはっきり写っている必要がありますが、Vidu の人体検出で入力画像内の関節位置を特定できませんでした。</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>1 人の人物の全身が大きく切り取られずにはっきり写っている写真を使い、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>入力画像の顔チェックに失敗しました</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>入力画像に対する Vidu の顔チェックに失敗しました。たとえば、顔が小さすぎる、横を向いている、またはぼやけている場合です。</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>顔がはっきり写り、カメラの方を向いている鮮明な写真をアップロードしてから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>画像内の人物や顔が隠れすぎています</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>入力画像内の人物の体または顔が大きく隠れているため、Vidu が検出できません。</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>顔や体が物、手、ほかの人物で隠れていない画像を使い、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>プロンプトが Vidu のポリシーに違反しています</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>テキストプロンプトに Vidu が許可していない語句やテーマが含まれているため、タスクは実行前に拒否されました。</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>問題のある内容を除いてプロンプトを書き直し、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu が API キーを拒否しました</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu は認証情報を受け付けませんでした。キーが誤っている、削除されている、または未設定です。Vidu は Authorization ヘッダーで Token スキームのキーを受け取りますが、再販業者は別のスキームを求める場合があります。</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>プロファイル設定のキーを確認し、必要であれば Vidu プラットフォームで新しいキーを作成してください。ベース URL が再販業者を指している場合は、その再販業者が発行したキーを使ってください。</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu がアクセスを拒否しました</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>キーは有効ですが、このリクエストは許可されていません。たとえば、アカウントのパッケージに含まれていないエンドポイントやモデルへのリクエストです。</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Vidu プラットフォームでアカウントのパッケージと権限を確認するか、プロファイル設定で必要なアクセス権を持つキーを設定してください。</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu がこのタスク ID を認識していません</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>キーに対応するアカウントには、この ID のタスクが存在しません。ID の入力ミスや、別の組織のキーがよくある原因です。</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>一度「再確認」を使ってください。それでもタスクが見つからない場合は、プロファイルが送信時と同じキーを使っているか確認し、そうでなければタスクを消失として扱ってください。</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>Vidu のクリエイション ID が見つかりません</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>リクエストで指定されたクリエイション（タスクの生成出力の 1 つ）が存在しないか、利用できなくなっています。</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>「再確認」でタスクの現在のクリエイション一覧を読み込み、そこにある ID を使ってください。</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Vidu のリソースが見つかりません</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>要求されたパスまたはリソースが存在しません。多くの場合、ベース URL またはエンドポイントが誤っています。</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>プロファイル設定のベース URL（国際版プラットフォームの場合は https://api.vidu.com）と、エンドポイントがタスクの種類に合っているかを確認してください。</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Vidu のリソースの競合</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>リクエストは既に使用中のキーを持つリソースを作成または変更しようとしたため、Vidu に拒否されました。</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>繰り返す前に、「再確認」で前回のリクエストが既に反映されているかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Vidu の同時実行数の上限を超えました</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>組織で実行中のタスクが既に同時実行数の上限（既定では 5）に達しているため、Vidu は追加のリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>実行中のタスクが完了するのを待ってから再試行してください。プロファイル設定で同時実行数の上限を Vidu の上限に合わせるか、Vidu のサポートに上限の引き上げを依頼してください。</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Vidu へのリクエストの頻度が高すぎます</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>キーが短時間に Vidu の許容を超える速さでリクエストを送信しました。ステータスの確認もカウントされます。</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>時間を置いてから再試行し、プロファイル設定でポーリング間隔を長くしてください。</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu がトラフィックを制限しています</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>お使いのアカウントが原因ではなく、Vidu 自身のリソースが上限に達しているため、リクエストが制限されています。</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>少なくとも数分の長めの間隔を置いてから再試行し、制限が解除されるまで新しいタスクの送信を減らしてください。</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>クライアントがリクエストを中断しました</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>応答の準備ができる前にクライアントが HTTP リクエストを閉じたことを Vidu が記録しました。たとえば、クライアント側のタイムアウト後などです。これはその呼び出しに関するもので、タスクに関するものとは限りません。</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>送信だった場合は、タスクが作成されている可能性があるため、再度送信する前に「再確認」または Vidu のタスク一覧で確認してください。</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Vidu の内部サービス障害</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>リクエストの処理中に Vidu で内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>間を置いてから再試行してください。失敗が続く場合は、エラーの詳細にあるトレース ID を添えて Vidu のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>原因不明の Vidu のエラー</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu はタスクまたはリクエストが失敗したことを、理由を示さずに報告しました。</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>間を置いてから再度送信してください。同じタスクが失敗し続ける場合は、タスク ID を添えて Vidu のサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Vidu の顔検出に失敗しました</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu は入力に対して顔検出を実行できませんでした。多くの場合、画像が暗すぎる、小さすぎる、または画質が低いことが原因です。</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>顔が大きくはっきり写った、明るく鮮明な画像を使い、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu が動画をダウンロードできませんでした</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu はリクエスト内の URL から動画を取得できませんでした。リンクが非公開、期限切れ、または低速すぎる可能性があります。</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>動画ファイルへの公開された直接リンクを使い、ブラウザーのプライベートウィンドウで確認してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Vidu が受け付けない動画形式です</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>入力動画のコンテナーまたはコーデックを Vidu が読み込めないか、ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>動画を H.264 の MP4 に変換し、「編集して再送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>顔が Vidu の顔チェックを通過しませんでした</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>顔は見つかりましたが、モデルまたはエフェクトの要件を満たしていません。たとえば、横顔である、一部が隠れている、または小さすぎる場合です。</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>カメラの方を向いたはっきりした顔が 1 つだけ、画像の大部分を占めるように写った写真を使い、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>入力写真が Vidu の審査を通過しませんでした</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>アップロードされた写真が Vidu の画像審査で拒否されました。たとえば、プラットフォームが許可していないコンテンツが写っている場合です。</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Vidu のコンテンツルールに明確に従う写真に差し替え、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>画像内に顔が見つかりません</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>選択したモデルまたはエフェクトには顔が必要ですが、Vidu は入力画像内に顔を見つけられませんでした。</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>人物の顔がはっきり写った画像をアップロードしてから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>画像内に複数の顔があります</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>このモデルまたはエフェクトは 1 人の人物を対象としていますが、Vidu は入力画像内に複数の顔を検出しました。</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>画像を 1 人だけになるようトリミングするか、顔が 1 つだけの写真を選んでから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Vidu のコンテンツ審査で不合格になりました</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Vidu のコンテンツ審査で入力または生成された出力が拒否されたため、タスクは使用可能な結果なしで終了しました。</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Vidu のコンテンツルールに明確に従うようプロンプトと画像を調整してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>画像の寸法が範囲外です</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>入力画像の幅または高さ（ピクセル）が、Vidu にとって大きすぎるか小さすぎます。</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>両辺がモデルのドキュメントに記載されたピクセル数の範囲内に収まり、アスペクト比が 1:4～4:1 になるよう画像のサイズを変更してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>Vidu が必要とする項目がリクエストにないか、空になっています。Vidu が示したフィールド: %1。</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>「編集して再送信」で不足している項目を入力してください。また、エンドポイントがタスクに合っているかも確認してください。たとえば、画像から動画を生成するには入力画像が必要です。</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>このエンドポイントまたはモデルが受け付けない項目がリクエストに含まれています。Vidu が示したフィールド: %1。</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>「編集して再送信」でその項目を削除してください。受け付けられるオプションは Vidu のモデルやエンドポイントによって異なります。</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>リクエスト内のリストの項目数が、Vidu の許容範囲を外れています（多すぎるか少なすぎます）。たとえば、参照画像が多すぎる場合です。Vidu が示したフィールド: %1。</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>項目数をモデルが許容する数に変更してから、「編集して再送信」を使ってください。</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>リクエスト内の値が Vidu のチェックを通過しませんでした。たとえば、不明なモデル、解像度、尺などです。Vidu が示したフィールド: %1。</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>モデルのドキュメントに記載された値に変更してから、「編集して再送信」を使ってください。</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>課金</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>コンテンツポリシー</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未検出</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>状態の競合</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>アップストリームの障害</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>すぐに再試行</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>時間を置いて再試行</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>リクエストを変更</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>アカウントまたはキーを修正</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>先にタスクの状態を確認</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>再試行しても解決しない</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>プロバイダーに問い合わせ</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>タスクの送信</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>ステータスの確認</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>結果の取得</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>プロバイダーのタスク一覧の検索</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>プロバイダー側での生成</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>タスク作成</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>タスク ID で追加</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>送信に応答あり</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>送信が拒否された</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>送信に明確な応答なし</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>送信がレート制限された</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>それでも送信</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>ステータス確認</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>ステータス確認に失敗</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>結果を取得</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>プロバイダーが認識していない</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>再確認で見つからず</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>タスク一覧で発見</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>タスク一覧にない</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>タスク一覧に複数一致</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>タスク一覧が十分に遡れない</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>タスク一覧を利用できない</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>キャンセルを要求</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>キャンセルに応答あり</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>キャンセル呼び出しに失敗、再試行中</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>キャンセルに失敗</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>キャンセル不可</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>キャンセル前に終了</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>制限時間に到達</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens を再起動</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>API キーが別のコンピューターにある</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>結果をダウンロード中</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>結果のダウンロードに失敗</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>その他のイベント</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>プロバイダーのエラーコードを説明し、対処方法を提案します。</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>カテゴリー: %1（%2）</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>再試行: %1（%2）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>（このコードはプロバイダーのドキュメントに記載されていません。上記の説明は HTTP ステータスとカテゴリーから推定したものです。）</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>プロバイダーが送信したコード、理由、種類、またはメッセージ（例: CreditInsufficient、channel:no_available_key、429）。</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>プロバイダー ID: %1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>エラーとともに返された HTTP ステータス。</translation>
    </message>
    <message>
        <source>http</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>フィールド名などの詳細を補うために使う、プロバイダーのメッセージ。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI の言語（例: zh_CN、ru）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>言語コード</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>説明する識別子を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status には 100～599 の HTTP ステータスを指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>「%1」はエラーカタログにありません。</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>「%1」は %2 のエラーカタログにありません。</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 件のタスクが %1（%2）で失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n 件のタスクが %1（%2）で失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>カテゴリー: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>再試行: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>タスクを再試行するか、プロファイルの期限とプロバイダーのステータスページを確認してください。</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>すべて再試行（%1）</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>すべて削除（%1）</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>失敗したタスクはありません。失敗したタスクはここでエラーコードごとにグループ化されるため、1 つの対処をまとめて適用できます。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>テーブルで選択</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>これらのみ表示</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>このグループの再試行可能なタスクをすべて再試行します</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>このグループのタスクをすべて一覧から削除します</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>これらのタスクを選択した状態でタスクテーブルに切り替えます</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>タスクテーブルをこのグループで絞り込みます</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>コード別の失敗</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI にはキャンセル用のエンドポイントが文書化されていません。タスクは最後まで実行され、通常どおり課金されます。</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI が受け付ける種類は &quot;image&quot; と &quot;video&quot; です（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>「%1」は FoxAPI のモデル名ではありません（モデル名にスペースは含まれません）。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>%1 からの応答が %2 バイトを超えたため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 がリクエストを %2 にリダイレクトしました。QueueLens は同一ホスト内のリダイレクトのみに従うため、API キーはリダイレクト先に送信されていません。</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 のリダイレクトが %2 回を超えました。</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>1 リクエストあたりの制限時間である %2 秒を過ぎても %1 が応答を送信し続けていたため、QueueLens は待機を終了しました。サーバーは応答を完了させずに開いたままにしています。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 とのセキュリティで保護された接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>転送タイムアウト（%2）内に %1 からデータを受信できませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 が接続を拒否しました（%2）。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>ホスト名 %1 を解決できませんでした（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>応答全体が届く前に %1 との接続が閉じられました（%2）。</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>%1 への接続中にプロキシでエラーが発生しました（%2）。</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>ネットワークを利用できないため、%1 に接続できませんでした（%2）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>%1 とのセキュリティで保護された接続に失敗しました（%2）。</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>%1 へのリクエストに失敗しました（%2）。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>データベース内のタスクを一覧表示します（プロバイダーには接続しません）。</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>指定した状態のタスクのみ（カンマ区切り）: %1。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>このプロバイダーのタスクのみ。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>想定外の引数「%1」</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>不明な状態「%1」</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>タスクはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>リモート ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>モデル</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>LLMAPI の非同期タスクで生成できるのは画像のみです（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>LLMAPI の画像タスクではストリーミングを使用できません。&quot;stream&quot; を削除するか false に設定してください。</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>画像の枚数 &quot;n&quot; は 1 以上の整数である必要があります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <comment>a notification&apos;s title, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About QueueLens</source>
        <translation>QueueLens について</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>%n 件のタスクを送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — サンドボックス</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>送信パネルを開いて新しいタスクを作成します</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>ほかの場所で作成されたタスクをリモート ID で追跡します</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>選択中または表示中のタスクを CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>QueueLens を終了します。実行中のタスクはプロバイダー側で引き続き実行されます</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>リモート ID、プロンプトのテキスト、エラーコードで検索します</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>テーブルに表示されているタスクをすべて選択します</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>すべてのタスクを再び表示します</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>言語、通知、ダウンロードフォルダー、プロファイル</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>プロバイダーのアカウントと API キーを追加・編集します</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>QueueLens について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>バージョンとクレジット</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>使用中の Qt のバージョン</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>フィルターサイドバー(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>状態とプロバイダーのフィルターを表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>詳細ペイン(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>選択したタスクの詳細を表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>コード別の失敗(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>送信パネル(&amp;S)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>ツールバー(&amp;O)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>ポーリングを再開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>ポーリングを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>ポーリングは一時停止中です。プロバイダーに更新を問い合わせていません。クリックすると再開します。</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>再開するまでプロバイダーへの更新の問い合わせを停止します</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n 件のタスクを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>コード別の失敗（%1）</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>コード別の失敗</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>エクスポートするタスクはありません。</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>スプレッドシート用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>%n 件のタスクをエクスポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n 件のタスクを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;AI による画像・動画の非同期生成タスクを扱うデスクトップツールです。タスクの送信と監視、失敗原因の説明、ワンクリックでの修正が行えます。&lt;/p&gt;&lt;p&gt;プロバイダー: SeaArt、FoxAPI、new-api、LLMAPI、Vidu&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>プロバイダープロファイル(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api にはキャンセル用のエンドポイントがありません。タスクは最後まで実行されます。</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>ここでは new-api のタスクリレーは動画専用です（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>「%1」はモデル名ではありません（モデル名にスペースは含まれません）。</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>ゲートウェイはタスクを失敗としましたが、理由を示していません。</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>値が複数あります。リストには JSON 配列 [ … ] を使ってください</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>パラメーターは 1 つの JSON オブジェクトにしてください: { &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>%1 行目: 「名前: 値」の形式で入力してください</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>%1 行目: &apos;:&apos; の前に名前が必要です</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>%1 行目: 名前にスペースは使用できません（「%2」）</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>%1 行目: &apos;:&apos; の後に値が必要です（空のテキストは &quot;&quot; と入力します）</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>%1 行目: 「%2」は既に %3 行目で設定されています</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>%1 行目: 「%2」の値が有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>「%1」は上のフォームで設定されます。ここからは削除してください</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 は整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 は true または false である必要があります</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>名前: 値</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>パラメーターの形式</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>パラメーターを 1 行に 1 つずつ「名前: 値」の形式で、または JSON オブジェクトとして入力します</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>追加パラメーター（JSON オブジェクト）。</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>1 行に 1 つずつ「名前: 値」の形式で入力します。テキストに引用符は不要で、# 以降はコメントになります。</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>追加パラメーター</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens が接続できる PostgreSQL サーバーは 1 つだけですが、アドレスに複数のホストが指定されています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>「%1」は PostgreSQL のアドレスではありません。postgresql://user@host:port/database の形式で入力してください</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>PostgreSQL のアドレスに &quot;#&quot; 以降の部分は含められません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>「%1」は QueueLens が認識できる接続パラメーターではありません（認識できるもの: %2）</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>PostgreSQL のアドレスにデータベース名がありません。postgresql://user@host/queuelens のように、ホストの後に追加してください</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>PostgreSQL のアドレスのポートが 1～65535 の数値ではありません</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません（Debian および Ubuntu: libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>データベース %1 には QueueLens のものではない &quot;tasks&quot; テーブルがあります。QueueLens 専用のデータベースを使ってください</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>サーバーが %1 のパスワードを拒否しました（%2）</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>サーバー %1 がパスワードを要求しています。「環境設定」の「共有履歴」で入力する（システムのキーチェーンに保存されます）か、PGPASSWORD を設定するか、~/.pgpass に追加してください</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>%1 のデータベースがサーバー上に存在しません。createdb で一度作成してください（%2）</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>サーバー %1 にそのようなユーザーは存在しません（%2）</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>%1 とのセキュリティで保護された接続（TLS）に失敗しました: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>%1 のサーバー名が不明です（%2）</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>サーバー %1 に接続できません（%2）</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>%1 との接続が切断されました（%2）</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>データベース %1 は使用中です。別の QueueLens が書き込みロックを保持しています（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>データベース %1 は読み取り専用です（%2）</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>%1 を格納しているサーバーのディスクがいっぱいです（%2）</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>%1 のユーザーにはこの操作の権限がありません。データベースに対する権限を付与してください（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 でデータベースエラーが発生しました（%2）</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>このプロファイルの接続先プロバイダーを選択してください。</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>API キーを格納する環境変数の名前を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>「%1」は有効な環境変数名ではありません。英字、数字、_ を使い、数字で始めないでください。</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>ポーリング間隔は %1～%2 秒の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>同時実行数は 1～%1 リクエストの範囲で指定してください。</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>期限は 0（なし）～%1 分（7 日）の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>http:// では API キーが暗号化されずに送信されます。信頼できるローカルサーバーでない限り、https:// を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>%1 が QueueLens の環境に設定されていません。設定されるまでリクエストは拒否されます。</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>キーは必要になるたびに %1 から読み込まれます。</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>新しいキーは「OK」を押すとシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>新しいキーは QueueLens を終了するまでメモリ内に保持され、保存されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>プロバイダー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>ポーリング間隔(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>同時実行数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションのみ保持</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>環境変数から読み込む:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>変数名（例: %1）</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>現在のキーを維持する場合は空欄のまま</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> リクエスト</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>サンドボックスプロファイル: 組み込みのテストサーバーに接続します。キーは何でも使えます。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>キーをこのセッションのみ保持</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>キーを環境変数から読み込む</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>環境変数名</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>同時リクエストの最大数</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>期限（分）</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>実行中の各タスクを確認する間隔（1～3600 秒）。プロバイダーがより長い間隔を求める場合があります。</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>このプロファイルで同時に処理できるリクエストの数。</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>この時間が経過しても完了しないタスクは待機を打ち切ります（0 = 打ち切らない）。</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>キーを表示または非表示</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>ファイルのサイズは %1 KB ですが、プロファイルファイルの上限は %2 KB です。正しいファイルですか？</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>ファイルが有効な JSON ではありません: %1（%2 文字目）。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>QueueLens のプロファイルファイルではありません。形式は「%1」です。</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>（テキストではありません）</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>このプロファイルファイルは新しいバージョンの QueueLens で作成されています（形式バージョン %1）。このバージョンが読み込めるのはバージョン %2 です。インポートするには QueueLens を更新してください。</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>QueueLens のプロファイルファイルではありません。「profiles」リストがありません。</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>プロファイルファイルに「profiles」リストがありません。</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>ファイルには %1 個のプロファイルがありますが、読み込んだのは最初の %2 個のみです。</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>項目 %1 はプロファイルではないため、スキップしました。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>プロファイル %1 にはプロバイダーが指定されていないため、スキップしました。</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>プロファイル %1 のベース URL がテキストではないため、スキップしました。</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>プロファイル %1: ID「%2」はここでは使用できないため、新しい ID を割り当てます。</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>プロファイル %1 は前の項目の ID「%2」と重複しているため、スキップしました。</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>プロファイル %1: 「%2」は数値ではないため、既定値を使用します。</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>プロファイル %1 に API キーが含まれています。キーがファイルからインポートされることはありません。「設定」で入力してください。キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>「%1」は %2 KB を超えており、プロファイルファイルとしては大きすぎます。正しいファイルですか？</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>インポートはキャンセルされました。変更はありません。</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>インポートされたプロファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>%n 個のプロファイルを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>%n 個のプロファイルを更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>API キーはプロファイルファイルに含まれません。新しい各プロファイルのキーを入力してください。「OK」を押すまで何も保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>%n 個のプロファイルを「%1」に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>ファイルに API キーは含まれていません。インポートする人が各自のキーを入力します。</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>ファイル内の %n 個のプロファイルは既に存在します: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>既存のプロファイルの設定をファイルの内容で置き換えますか（API キーは維持されます）？ それとも両方を残し、ファイルのプロファイルを新規として追加しますか？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>両方を残す(&amp;K)</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>QueueLens プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>エクスポートするプロファイルはありません。</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>サンドボックスプロファイルは除外されます。この QueueLens の実行中にしか動作しないためです。</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>プロファイルのエクスポート</translation>
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
        <translation>「%1」はこのバージョンの QueueLens が認識しないプロバイダー「%2」を使用しているため、スキップしました。</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
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
        <translation>モデルまたはエンドポイントを選択してください。</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>プロンプトを入力してください。</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>動画</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>失敗、キャンセル済み、タイムアウト、拒否、または消失したタスクを、新しい試行として再度送信します。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ローカルタスク ID（submit または list で表示されるもの）。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>新しい試行が完了するまで追跡します。</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>タスク %1 は再試行できません: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>「%1」は SeaArt のエンドポイント ID ではありません。SeaCloud カタログのモデル ID（例: nano_banana_2）を使ってください。</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt は Webhook に対応していません。パラメーター「%1」を削除してください。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>システムのキーチェーンを利用できないため（%1）、保存済みの API キーを読み込めません。プロファイル設定でキーを入力するか、プロファイルの環境変数を設定してください。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>システムのキーチェーンを利用できません。「%1」の API キーは QueueLens を終了するまでのみ保持されます。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>システムのキーチェーンを利用できません（%1）。「%2」の API キーは QueueLens を終了するまでのみ保持されます。</translation>
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
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（サンドボックス）</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>キーストアが接続されていないため、ここではキーを変更できません。</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>キーはこのセッションのみ設定されており、保存されていません。</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>キーは環境変数 %1 から取得されます。</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>サンドボックスプロファイル: キーは不要です。</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>キーが未設定です。キーを入力するまで、プロバイダーはリクエストを拒否します。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>新しいプロファイル %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>ダウンロードした結果を保存するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>ダウンロードフォルダーはフルパスで指定してください（例: %1）</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>「%1」はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens は「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>フォルダーは最初の結果がダウンロードされたときに作成されます。</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>保存するには、マークされた項目を修正してください。</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>プロファイル「%1」: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>プロファイル「%1」: キーストアが接続されていないため、キーを保存できません。</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>全般: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>共有履歴: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>キーをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>システムのキーチェーンがキーを受け付けなかったため、キーは QueueLens を終了するまでメモリ内に保持されます。再起動後もキーを保持するには、キーを環境変数に設定し、「環境変数から読み込む」を選択してください。
詳細: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>キーはキーチェーンに保存されませんでした。このセッションのみのキーで続行するには「OK」を押してください。</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
再起動後もキーを保持するには、キーを環境変数に設定し、「環境変数から読み込む」を選択してください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>共有履歴</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>プロバイダープロファイル:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>プロバイダープロファイル</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>選択したプロファイルを削除</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>「OK」を押すとプロファイルが削除されます。そのプロファイルのタスクは履歴に残ります。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>ファイルからプロファイルをインポート</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>QueueLens のプロファイルファイルからプロファイルを追加します。API キーはファイルに含まれません。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>プロファイルをファイルにエクスポート</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>共有や保管のため、これらのプロファイルを API キーを除いて保存します。</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>プロバイダープロファイルはまだありません。
「追加」を押して QueueLens をプロバイダーに接続するか、「インポート」を押してプロファイルファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>すぐに適用されます。</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>タスクが成功したとき(&amp;S)</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>タスクが失敗したとき(&amp;F)</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>タスクが成功したときに通知</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>タスクが失敗したときに通知</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロードフォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>ダウンロードフォルダーを選択</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>アドレスは postgresql:// で始まる必要があります（共有履歴は PostgreSQL サーバー上に置かれます）。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>アドレスにパスワードを含めないでください。QueueLens はパスワードを設定に保存しません。パスワード欄に入力する（システムのキーチェーンに保存されます）か、PGPASSWORD または ~/.pgpass を使ってください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>このアドレスは使用できません: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>チームで 1 つのタスク履歴を PostgreSQL サーバー上で共有できます。全員がすべてのタスクと、その送信者、結果を確認できます。API キーがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>サーバーアドレス(&amp;S):</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>共有履歴サーバーのアドレス</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>空欄の場合: 履歴はこのコンピューター上のファイルに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>接続してスキーマのバージョンを読み取ります。サーバー上の内容は変更しません。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>共有履歴サーバーのパスワード</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>システムのキーチェーンに保存されます。空欄の場合: PGPASSWORD または ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>キーチェーンなし: PGPASSWORD または ~/.pgpass を使用してください</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>あなたの名前(&amp;Y):</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>共有履歴でのあなたの名前</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>送信するすべてのタスクに記録されます。空欄の場合は %1 が使われます。</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>新しいサーバーアドレスは QueueLens の次回起動時に適用されます。名前はすぐに適用されます。</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Qt の SQLite ドライバーがインストールされていません</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>データベース %1 を先行書き込みログ（WAL）モードに切り替えられません。読み取り専用の可能性があります</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>データベース %1 は別のプログラム（2 つ目の QueueLens など）によってロックされています（%2）</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>データベース %1 は読み取り専用です（%2）</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>データベース %1 は破損しているか、QueueLens のデータベースではありません（%2）</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>%1 を格納しているディスクがいっぱいか、故障しかけています（%2）</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1 でデータベースエラーが発生しました（%2）</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>「%1」の %n 件をすべて再試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>「%1」の %n 件をすべてキャンセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>「%1」の %n 件をすべて一覧から削除</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>タスクフィルター</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>項目をクリックすると、そのタスクのみを表示します</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>対応が必要なタスクの数です: %1。
クリックすると、これらのみを表示します。</translation>
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
        <translation>ポーリング一時停止中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>ポーリングを再開するまで、ステータスのリクエストは送信されません。</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>タスクの状態をポーリングしています。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>ポーリングを再開</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>ポーリングを一時停止（タスクはプロバイダー側で引き続き実行されます）</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>ポーリングを一時停止</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 件のリクエストを処理中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 秒</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>レート制限中: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>これらのプロファイルは待機を求められています（HTTP 429 / Retry-After）。カウントダウンが終わると呼び出しが再開されます。</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>ポーリングの状態</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>処理中のリクエスト</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>レート制限中のプロファイル</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>プロバイダーにタスクの現在の状態を問い合わせて表示します。</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ローカルタスク ID（submit または list で表示されるもの）。</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>プロバイダーに問い合わせず、データベースにある情報を表示します。</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>更新されていません: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>プロバイダーがステータスのリクエストに時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>ステータスのリクエストに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>タスクデータベースは現在変更を受け付けていません: %1
一覧は最後に読み込んだ状態のままです。QueueLens は自身の変更（特にリクエスト ID）をこのコンピューター上に保持し、データベースが復旧しだい書き込みます。</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>状態が不明なタスクの送信をもう一度行います。プロバイダーがタスクを二重に実行（および課金）する可能性があることを承知のうえで使ってください。</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>状態が「unknown」のタスクのローカル ID。</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>新しい試行が完了するまで追跡します。</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>タスク %1 は再度送信できません: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>生成タスクを送信します（--wait を指定すると最後まで追跡します）。</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param には key=value の形式が必要です（「%1」は無効です）</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>プロバイダー: %1。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>プロバイダーの API のベース URL（例: https://api.vidu.com またはサンドボックスの URL）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>モデル（SeaArt の場合はエンドポイント ID）。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>プロンプト。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>生成する種類: image、video、text2video、img2video など（既定: プロバイダーの最初の種類）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>追加のリクエストパラメーター。複数回指定できます。JSON の値（5、true、[..]、{..}）は JSON として、それ以外はテキストとして送信されます。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>API キーを格納する環境変数（既定: QUEUELENS_API_KEY）。保存されるのは変数名のみです。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>変数名</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>ベース URL は QueueLens のサンドボックスです。API キーは不要です。</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>このプロバイダーとベース URL でのステータスリクエストの間隔（ミリ秒、プロファイルに保存されます）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>この秒数が経過したらタスクの待機を打ち切ります（0: 打ち切らない、プロファイルに保存されます）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>送信リクエスト自体の応答を待つ秒数。応答がない場合、タスクは不明（終了コード 4）になり、二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>タスクが完了するまで追跡し、最終状態を表示します。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>想定外の引数「%1」</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url「%1」: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval には 50～3600000 のミリ秒を指定してください</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline には 0～604800 の秒数を指定してください</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout には 0.1～3600 の秒数を指定してください</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>タスク %1 の送信に対する応答が時間内に記録されませんでした</translation>
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
        <translation>プロバイダープロファイルがまだありません。先に「設定」で追加してください。</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>モデル（またはエンドポイント）を選択または入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>%n 件のタスクを送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>エンジンがタスクを拒否しました。</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>送信しています… %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>%n 件のタスクを送信しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>%2 件中 %1 件を送信した後、停止しました: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>タスク #%1 で使われていたプロファイルは存在しなくなりました。別のプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>タスク #%1 の内容を入力しました。送信すると新しいタスクが作成され、元のタスクはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>プロンプト(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>パラメーター(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>コピー数(&amp;C):</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>プロファイルを追加…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>タスクをプロバイダーに送信します（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>プロバイダープロファイル</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>モデルまたはエンドポイント</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>モデル ID またはエンドポイント</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>タスクの種類</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>画像や動画の内容を記述してください…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>コピー数</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>同じタスクをこの回数だけ送信します（1～%1）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>プロバイダープロファイルを追加</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>一括操作の進捗</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>それでも送信</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>ほかのオペレーターのタスクも操作しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>これらのタスクのうち %n 件はほかのオペレーター（%1）が送信したものです。これらにも「%2」を適用しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>タスク #%1 を再度送信します。</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>タスク #%1 のキャンセルを要求しました。</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>それでも送信しますか？</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>%n 件のタスクの最初の送信に明確な応答がありませんでした。プロバイダーが既にタスクを作成している可能性があります。再度送信すると重複タスクが作成され、それぞれに課金される可能性があります。

確信が持てない場合は、先に「再確認」を使ってください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>実行中のタスクを削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>削除対象のタスクのうち %n 件は完了していません。削除してもここでの追跡が停止するだけで、プロバイダー側では実行（および課金）が続きます。停止するには、先にキャンセルしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>タスクを削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>%n 件のタスクとその履歴を一覧から削除しますか？ ダウンロード済みの結果ファイルはダウンロードフォルダーに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>グループ全体を再試行しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>%n 件のタスクを同じパラメーターで再試行しますか？ 再試行はそれぞれ新しい送信となり、課金される可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>すべて再試行</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n 件の ID をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>一括操作: %1/%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: %n 件中 %2 件のタスクで完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>One line of a bulk action&apos;s summary: %1 is how many tasks, %2 the reason they were skipped or failed.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n.</source>
        <translation>
            <numerusform>未完了: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1 が完了しました</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>タスクをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>編集して再送信(&amp;E)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>それでも送信(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>ステータスを更新(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>一覧から削除(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>ID をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>再試行できるのは、成功せずに終了したタスクのみです。</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>キャンセルできるのは、キュー待ちまたは実行中のタスクのみです。</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>タスクは「%1」です。照会するものはありません。</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>「それでも送信」を使えるのは、送信に明確な応答がなかったタスク（状態が「不明」）のみです。</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>タスクは「%1」です。ステータスはこれ以上変わりません。</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>編集して再送信するには、タスクを 1 つだけ選択してください。</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>先に 1 つ以上のタスクを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>選択した %n 件のタスクはいずれも対象外です: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>選択した %n 件のタスクのうち %1 件に適用されます。それ以外はスキップされます: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI の言語（例: zh_CN、ru）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>言語コード</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>この実行で送信するタスクに記録される名前（既定: 環境変数 QUEUELENS_OPERATOR、未設定の場合は user@host）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>タスクデータベース: ファイル（既定: デスクトップアプリのもの、%1）または共有 PostgreSQL サーバー（postgresql://user@host:port/database）。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>ファイルまたは URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>タスク ID を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>「%1」はタスク ID ではありません（submit や list で表示される正の整数を指定してください）</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>待機を終了しました。タスク %1 は「%2」で、データベースに残っています。「queuelens-cli watch」で追跡できます。</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 にタスク %1 はありません</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>タスク %2 のプロファイル「%1」は存在しなくなりました</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>タスク %1 の送信に対する応答が時間内に記録されませんでした</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>タスク #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1（%2% 完了）</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1（キューの %2 番目）</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>プロバイダーは結果ファイルを返しませんでした。</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>タスクが成功すると、ここに結果が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にダウンロードしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>%1 に保存しました。ダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>タスクの詳細</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>タスクを選択すると、パラメーター、タイムライン、結果、エラーが表示されます。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>リモート ID:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>送信日時:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>終了日時:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>試行回数:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>プロバイダーのタスク ID をコピー</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>リモート ID をコピー</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>格納フォルダーを開く</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>結果ファイル</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>タスクのパラメーター（JSON）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>リモート ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
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
        <translation>タスク %1 はありません。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>不明なプロバイダー「%1」です。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>このタスクのプロファイル「%1」は存在しなくなりました。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>プロファイル「%1」には、このマシン上に API キーがありません。</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>プロバイダー「%1」用のアダプターがありません。</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>このタスクのリクエストはまだ処理中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 にはタスクをキャンセルする手段がありません。</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>プロバイダーは既にこのタスクをキャンセル中です。</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>送信への応答がまだありません。タスクに ID が割り当てられてからキャンセルしてください。</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens はこのタスクが存在するかどうかを把握していません。先に「再確認」を使ってください。</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>タスクは既に終了しています。</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>現在の状態ではタスクをキャンセルできません。</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 でキャンセルできるのは、まだ実行を開始していないタスクのみです。</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>タスクにはまだプロバイダーの ID がありません。</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>このタスクのキャンセルは既に処理中です。</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>送信結果が不明です。「再確認」を使うか、タスクが作成されていないと確信できる場合は「それでも送信」を使ってください。</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>再試行できるのは、失敗、キャンセル済み、タイムアウト、拒否、または消失したタスクのみです。</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>プロバイダーがまだこのタスクに ID を割り当てていないため、照会できません。</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>タスクは終了しています。更新するものはありません。</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 は ID なしではタスクを照会できませんが、QueueLens はこのタスクの ID を受け取っていません。プロバイダーの Web サイトでタスクを探してください。2 つ目のタスクが課金される可能性があるため、「それでも送信」はタスクが作成されていないと確信できる場合にのみ使ってください。</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>「それでも送信」は、送信結果が不明なタスク専用です。</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>別の一括操作が既にこのタスクを処理中です。</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>プロファイル「%1」に API キーが設定されていません。プロファイル設定で入力してください。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>プロバイダーのタスク ID を入力してください。</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>送信に明確な応答がありませんでした（%1）。プロバイダーがタスクを作成している可能性があります。再度送信する前に、「再確認」を使うか、プロバイダーの Web サイトで確認してください。</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>プロバイダーの JSON の代わりに HTML ページが返されました。多くの場合、ネットワークのログインページ、プロキシ、または API ではなく Web サイトを指すベース URL が原因です。プロファイルのベース URL をブラウザーで開き、プロファイル設定で確認してください。</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>プロバイダーは送信を受け付けました（HTTP %1）が、タスク ID を返しませんでした。</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>リクエスト ID %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>プロバイダーは %n 回連続で、タスク %1 を認識していないと応答しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>タスクは既に終了していたため、その最終状態を採用しました。</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>プロファイルには ID が必要です。</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>ベース URL は http:// または https:// で始まる完全なアドレスである必要があります。</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>タスク %2 のリクエスト ID %1 を保存できませんでした: %3 この ID を控えておいてください。QueueLens はメモリ内に保持し、再度保存を試みます。</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>%n 件のタスクの変更を保存できませんでした: %1 QueueLens はメモリ内に保持して再試行します。実行中にデータが失われることはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>このマシン上にプロファイル「%1」のキーが必要です。キーを持つオペレーターに任せます。</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>送信への応答を受け取る前に QueueLens が停止しました。プロバイダーがタスクを作成している可能性があります。再度送信する前に、「再確認」を使うか、プロバイダーの Web サイトで確認してください。</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>タスクは削除されました。</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>別の QueueLens プロセス（%1、%3 上のプロセス %2）が現在このタスクを追跡しています。そちらで操作するか、そのプロセスが終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>タスクデータベースがこのタスクを引き渡せませんでした: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>プロファイルのキーを使って結果をダウンロードしました: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>結果をダウンロードできませんでした（%1）。結果は %2 に残っており、取得にはプロファイルのキーが必要です。</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>ネットワークが停止しているようです。QueueLens は定期的に確認し、復旧したらポーリングを再開します。</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>プロファイル「%1」の期限である %n 秒以内にタスクが完了しませんでした。プロバイダー側ではまだ完了する可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>プロバイダーのタスク一覧で %1 として見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>プロバイダーのタスク一覧は、このタスクの送信時点まで遡れません。より新しいタスク %n 件で 1 ページが埋まっていました。タスクが存在する可能性があるため、再度送信する前にプロバイダーの Web サイトで探してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>プロバイダーのタスク一覧にタスクが見つかりませんでした。送信から %n 分以内に、同じモデルとプロンプトのタスクは作成されていません。タスクはおそらく作成されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>プロバイダーのタスク一覧から特定できません。このタスクの送信前後に、同じモデルとプロンプトのタスクが %n 件作成されています。QueueLens はどれがこのタスクかを推測しません。プロバイダーの Web サイトで探してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>完了しました。タスクを成功とする前に、プロファイルのキーを使って結果をダウンロードしています。</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>キャンセルを引き渡せませんでした: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>このタスクを追跡している QueueLens プロセスにキャンセルを引き渡しました。</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>タスクを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>タスク履歴をすべて読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>タスクデータベースが再び変更を受け付けるようになりました。メモリ内に保持していた内容はすべて保存されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>共有履歴に接続できない間このコンピューターに保持していた %n 件の変更を、共有履歴に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>共有履歴に接続できない間このコンピューターに保持していた変更を、まだ書き込めません（%1）。QueueLens は次回起動時に再試行します。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>このプロファイルのタスクのうち %n 件がまだ完了していません。先にキャンセルまたは削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>プロファイルを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>タスクを保存できなかったため、送信しませんでした: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>タスクを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>タスクデータベースを利用できません。タスクは QueueLens を終了するまでしか保持されません。</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>タスクデータベースを利用できません（%1）。タスクは QueueLens を終了するまでしか保持されません。</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>%1（%2）で失敗したタスクのみ表示中</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>ID、プロンプト、エラーコードを検索…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>リモート ID、プロンプト、モデル、エラーコードに入力したすべての語句を含むタスクを表示します（%1）</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>タスクを検索</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>このフィルターをクリア</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>フィルターをクリア</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>ID にスペースは使用できません。1 行に 1 つずつ ID を入力してください。</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>タスク ID としては長すぎます（%1 文字を超えています）。</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>%1 行目と同じ ID です。1 回だけインポートされます。</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>既にタスク #%1 として追跡中です。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>ファイルが有効な JSON ではありません: %1（%2 文字目）。</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>JSON ファイルにタスクの一覧がありません。タスクの配列、または &quot;tasks&quot; 配列を持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>タスク ID の読み込み</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>テキスト、CSV、JSON ファイル (*.txt *.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>プロバイダープロファイルがまだありません。先に「設定」で追加してください。</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>リモートタスク ID を 1 行に 1 つずつ貼り付けるか、テキスト、CSV、JSON ファイルを読み込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n 件の ID をインポートできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n 件の ID をインポート可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n 行はスキップされます（下記参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>追跡中のタスクを確認しています…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>タスク #%1 として追跡中</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>インポートされませんでした。</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>%2 件中 %1 件をインポートしました…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>%n 件のタスクを追跡中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>タスクのインポート</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>ファイルを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>タスクが属するプロファイル</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>インポートするタスクのモデル</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>インポートするタスクの種類</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>リモートタスク ID</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>行ごとの結果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>リモート ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>プロバイダーによっては、タスクを見つけるためにモデルや種類が必要です。タスク作成時のものを指定してください。</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>リモートタスク ID（1 行に 1 つ）(&amp;D):</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>リモート ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>キュー内の位置</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>タスク %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>プロバイダーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>キュー内の位置 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件の結果</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before a value, e.g. Model: flux</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>TaskListWidget</name>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>タスク履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>タスクはまだありません。
%1 を押してタスクを送信するか、%2 を押してほかの場所で作成されたタスクを追跡してください。</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>現在のフィルターに一致するタスクはありません。
「%1」ですべてのタスクを再表示できます。</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>キャンセル中</translation>
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
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>消失</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
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
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>要判断</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>タスクデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>タスク %1 は保存中に変更されました</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>データベース %1 は新しいバージョンの QueueLens で書き込まれています（スキーマ %2、このバージョンが対応するのは %3 まで）</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>接続しました。データベースは空です。このデータベースで初めて起動したときに、QueueLens がテーブルを作成します。</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>接続しました。データベースには QueueLens の履歴があります（スキーマ %1）。</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens はタスクデータベースを使用できません: %1。</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>データベース %1 は新しいバージョンの QueueLens で書き込まれています（スキーマ %2、このバージョンが対応するのは %3 まで）。QueueLens を更新するか、別のデータベースを選択してください</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>データベース %1 はその間に新しいバージョンの QueueLens によって更新されました（スキーマ %2）</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>スキーマ %1 への更新に失敗しました: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>データベース %1 が新しいタスクに ID を割り当てませんでした</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>タスク %1 はもう実行されていません</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>送信に明確な応答がなかったため、プロバイダーがタスクを作成したかどうかは不明です。「再確認」で照会するか、「それでも送信」で再度送信してください。</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>キューの %1 番目</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>プロバイダー / プロファイル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>リモート ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>送信者</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>ファイル %1 は存在しなくなりました。</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>ダウンロードできるのは http および https の結果のみです。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
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
        <translation>タスク #%1 が成功しました</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>タスク #%1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>タスク #%1 が失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n 件のタスクが成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n 件のタスクが失敗</numerusform>
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
            <numerusform>%n 件が失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 件が実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 件がキュー待ち</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n 件が要判断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n 件が成功</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: タスクなし</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>ポーリング一時停止中</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>QueueLens を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>ポーリングを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu に「%1」エンドポイントはありません。次のいずれかを選択してください: %2。</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu の text2video では画像を使用できません。&quot;images&quot; を削除するか、img2video を選択してください。</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu の img2video では、&quot;images&quot; に画像 URL をちょうど 1 つ含む配列を指定する必要があります。</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu の start-end2video では、&quot;images&quot; に最初と最後のフレームの 2 つの画像 URL を含む配列を指定する必要があります。</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu の reference2video では、&quot;images&quot; に 1～7 個の画像 URL を含む配列を指定するか、&quot;subjects&quot; を指定する必要があります。</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu の template2video では、&quot;template&quot; にテンプレート名を指定する必要があります（モデルはテンプレートによって決まります）。</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu の template2video では、&quot;images&quot; に画像 URL の配列を指定する必要があります。</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>viduq1 を使った Vidu の reference2image では、&quot;images&quot; に参照画像 URL の配列を指定する必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>「%1」は Vidu のモデル名ではありません（例: viduq1）。</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>画像から動画</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>参照画像から動画</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>最初と最後のフレームから動画</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>テンプレートから動画</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>参照画像から画像</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>有効なすべてのタスク（または指定したタスク）を、すべて完了するまで追跡します。変化ごとに 1 行出力します。その間にほかの QueueLens プロセスが送信したタスクも追跡します。</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>指定したタスクのみ（既定: 有効なすべてのタスク）。</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>このプロバイダーのタスクのみ。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>プロバイダー ID</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>有効なタスクがなくても実行を続け、ほかのプロセスが送信するタスクを待ちます（Ctrl+C で停止）。</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>タスク ID を指定しない場合、watch はデータベース内の有効なすべてのタスクを追跡します。これには、実行中にほかの QueueLens プロセス（デスクトップアプリや別の queuelens-cli の実行）が追加したタスクも含まれます。また、プロセスが終了または異常終了したタスクのポーリングを引き継ぎます。データベース内に有効なタスクがなくなると終了します（--follow を指定した場合は Ctrl+C でのみ終了）。タスク ID を指定した場合は、それらのタスクが完了すると終了します。</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>「%1」はタスク ID ではありません</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>不明なプロバイダー「%1」</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2 にタスク %1 はありません</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>プロファイル「%1」は存在しなくなりました</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>タスク %1 を追跡しません: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>追跡する有効なタスクはありません。</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>追跡を終了しました。タスクはプロバイダー側で引き続き実行されます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>サンドボックス · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>非同期の AI 画像・動画生成ジョブのためのデスクトップコックピット。</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>組み込みのプロバイダーサンドボックスを起動し、すべてのプロバイダーでそれを使用します。</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>タスクデータベース: ファイル、またはチームの PostgreSQL サーバー（postgresql://user@host:port/database）。</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>ファイルまたは URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI の言語（例: zh_CN、ru）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>言語コード</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>起動後にウィンドウの画像を &lt;ファイル&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>サンドボックスのランダムな結果の組み合わせに使うシード値。</translation>
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
        <translation>タスクデータベースを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>共有履歴を開けませんでした:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>このコンピューターの履歴を開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>サンドボックスが 127.0.0.1 で待ち受けを開始できませんでした。</translation>
    </message>
</context>
</TS>
