<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>기본 URL이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>제공업체의 기본 URL을 입력하세요. 예: https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>기본 URL은 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>기본 URL에 호스트 이름이 필요합니다. 예: https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>기본 URL에는 사용자 이름이나 비밀번호를 넣을 수 없습니다. API 키는 QueueLens가 직접 보냅니다.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>기본 URL에는 쿼리(“?%1”)를 넣을 수 없습니다. API 경로와 매개변수는 QueueLens가 직접 추가합니다.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>기본 URL에는 프래그먼트(“#%1”)를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>끝부분의 “%1”을(를) 제거했습니다. API 경로는 QueueLens가 직접 추가합니다.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>제공업체에 작업 취소를 요청합니다(--wait를 지정하면 작업이 멈출 때까지 기다림).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>로컬 작업 ID(submit 또는 list에서 확인).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>작업이 멈출 때까지 추적합니다. 작업이 취소됨으로 끝난 경우에만 0으로 종료합니다.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>작업 %1을(를) 취소할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>제공업체가 취소 요청에 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>취소 요청이 받아들여지지 않았습니다: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>제공업체가 작업 %1을(를) 취소하지 않았습니다. 작업은 아직 “%2” 상태입니다.</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>취소가 적용되기 전에 작업 %1이(가) “%2” 상태로 끝났습니다.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>작업 %1은(는) 이미 “%2” 상태로 끝났습니다.</translation>
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
작업 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>상태별 작업</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>완료(누적)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>분당 완료 수, 최근 %1분</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>실패, 시간 초과 또는 유실됨</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>대기열 대기 시간 및 결과까지 걸린 시간</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>대기열 대기 시간, 중앙값</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>대기열 대기 시간, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>결과까지 걸린 시간, 중앙값</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>결과까지 걸린 시간, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>가장 자주 발생한 오류</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>실패한 작업</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>상태별 작업

몇 초마다 표본을 수집하며, 시간이 지나면 차트가 채워집니다.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>분당 완료 수

최근 %1분 동안 완료된 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>대기열 대기 시간 및 결과까지 걸린 시간

아직 측정할 완료 또는 실행 중인 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>가장 자주 발생한 오류

실패한 작업이 없습니다. 걱정할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>차트: 시간에 따른 상태별 작업</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>차트: 분당 완료된 작업</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>차트: 제공업체별 대기열 대기 시간 및 결과까지 걸린 시간</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>차트: 가장 자주 발생한 오류 코드</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>알 수 없음 또는 유실됨 상태인 작업을 제공업체에서 다시 조회합니다.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>로컬 작업 ID(submit 또는 list에서 확인).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>작업이 살아 있는 것으로 확인되면 끝날 때까지 추적합니다.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>작업 %1을(를) 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>제공업체가 제때 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>사용법: queuelens-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>명령별 옵션은 “queuelens-cli &lt;command&gt; --help”를 실행하여 확인하세요.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>모든 명령에서 --lang &lt;code&gt;를 사용할 수 있습니다(예: zh_CN 또는 ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>언어 “%1”을(를) 사용할 수 없어 영어로 표시합니다. 사용 가능한 언어: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>오류: 알 수 없는 명령 “%1”입니다.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%2의 %1(명령줄)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>프로필 “%1”에 API 키를 읽을 환경 변수가 지정되어 있지 않습니다. --key-env &lt;VAR&gt;를 붙여 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>“%1”의 API 키는 환경 변수 %2에서 읽는데, 이 변수가 설정되지 않았거나 비어 있습니다. 변수를 설정하거나 --key-env로 다른 변수를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>문서화된 모든 오류 코드를 설명과 함께 나열합니다.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>이 제공업체만 표시: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI 언어(예: zh_CN 또는 ru).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>예상하지 못한 인수 “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>범주: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>재시도: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>코드: %1(%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>발생 단계: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n초</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>제공업체 문서에 없음</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>제공업체 메시지: “%1”</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[응답 잘림]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>제출에 대한 명확한 응답 없음</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>제출 요청에 대해 쓸 수 있는 응답을 받지 못해, 제공업체가 작업을 만들었는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>먼저 “다시 확인”으로 작업을 조회하세요. “그래도 제출”은 작업을 한 번 더 보냅니다. 첫 번째 제출이 실제로 도착했다면 중복 작업이 생겨 요금이 두 번 청구됩니다.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>제공업체가 이 작업을 더 이상 찾지 못함</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>제공업체가 이미 접수한 작업에 대해 여러 번 연속으로 “찾을 수 없음”이라고 응답했습니다. 제공업체는 오래된 작업을 삭제하며, 일부는 재시작할 때 작업을 잃어버리기도 합니다.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>“다시 확인”을 한 번 사용하세요. 계속 유실됨 상태이면 재시도하여 작업을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>작업이 기한을 넘김</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>작업이 프로필에 설정된 기한 안에 끝나지 않아 QueueLens가 기다리기를 중단했습니다.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>다시 시도하거나, 이 모델이 느리다면 프로필 설정에서 기한을 늘리세요.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>%n초 후 재시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>수정 후 다시 제출…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>프로필 설정 열기…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>그래도 제출…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>제공업체가 다시 호출하기 전에 기다려 달라고 요청했습니다.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>오류 설명</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>요청 ID:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>요청 ID 복사(제공업체에 문의할 때 알려 주세요)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>요청 ID 복사</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>원본 응답</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>제공업체의 원본 응답</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1이(가) 오류 코드를 알려 주지 않아, QueueLens가 작업 상태를 바탕으로 “%2”을(를) 선택했습니다.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>%1 문서에는 HTTP %2에 대한 설명이 없습니다. 이 상태 코드의 일반적인 의미: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1이(가) 보낸 코드 “%2”은(는) 문서에 없는 코드입니다. HTTP 상태 %3으로 판단하면: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(코드 없음)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>문서에 없는 오류 “%1”</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1이(가) 보고한 “%2”은(는) 문서에 없는 오류입니다. “%3” 유형의 문제로 보입니다.</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>제공업체 메시지: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>작업을 다시 시도하세요. 이런 종류의 실패는 대개 일시적입니다.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>잠시 기다린 후 다시 시도하세요. 계속 발생하면 프로필 설정에서 동시 작업 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>“수정 후 다시 제출”로 프롬프트나 매개변수를 변경하세요. 같은 요청을 다시 보내면 같은 이유로 실패합니다.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>이 프로필의 API 키, 요금제, 잔액을 제공업체에서 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>중복 작업이 생기지 않도록, 다시 시도하기 전에 “다시 확인”으로 제공업체에서 작업 정보를 새로 고치세요.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>다시 시도할 대상이 없습니다. 결과물이 아직 필요하면 새 작업을 제출하세요.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>아래에 표시된 요청 ID를 알려 주며 제공업체 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>잘못된 요청</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>제공업체가 요청의 형식이 잘못되었거나 유효하지 않다며 거부했고, 문서화된 오류 코드는 보내지 않았습니다. 대개 매개변수가 빠졌거나, 형식이 틀렸거나, 모델이 지원하지 않는 매개변수입니다.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>원본 응답에서 단서를 찾아 “수정 후 다시 제출”로 매개변수를 고치세요.</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>인증되지 않음</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>API 키가 없거나, 틀렸거나, 만료되어 제공업체가 인증 정보를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>프로필 설정에서 API 키를 확인하고, 제공업체 웹사이트에서 발급한 유효한 키로 바꾸세요.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>결제 필요</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>제공업체가 요청을 실행하기 전에 결제를 요구합니다. 대개 계정 잔액이나 크레딧을 모두 사용했기 때문입니다.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>제공업체 웹사이트에서 계정을 충전한 후 작업을 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>액세스 금지됨</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>제공업체가 키는 인식하지만 이 요청은 허용하지 않습니다. 예를 들어 요금제에 포함되지 않은 모델이거나 이 키로 수행할 수 없는 동작입니다.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>제공업체 웹사이트에서 키의 권한과 요금제를 확인하거나, 프로필 설정에서 다른 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>요청한 주소에 제공업체의 리소스가 없습니다. 기본 URL이나 경로가 잘못되었거나, 작업이나 모델이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>프로필 설정에서 기본 URL을 확인하세요. 기존 작업이라면 “다시 확인”을 사용하고, 계속 찾을 수 없으면 유실된 것으로 간주하세요.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>허용되지 않는 메서드</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>제공업체가 이 주소에서 이런 종류의 HTTP 요청을 받지 않습니다. 거의 항상 기본 URL이 잘못된 서비스나 API 버전을 가리킨다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>프로필 설정의 기본 URL을 제공업체 문서와 비교하여 고치세요.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>요청 시간 초과</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>서버가 요청 전체를 받을 때까지 기다리다가 중단했습니다. 연결이 느리거나 불안정할 때, 또는 본문이 매우 클 때 자주 발생합니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>잠시 후 다시 시도하세요. 반복되면 네트워크 연결을 확인하고 요청 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>현재 상태와 충돌</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>요청이 리소스의 현재 상태와 충돌합니다. 예를 들어 이미 끝난 작업에 대한 취소 요청입니다.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>“다시 확인”으로 현재 상태를 불러온 후, 이 동작이 여전히 필요한지 판단하세요.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>더 이상 사용할 수 없는 리소스</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>제공업체에 따르면 리소스가 존재했지만 완전히 삭제되었습니다. 만료된 결과물이나 삭제된 작업이 그 예입니다.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>API로는 복구할 수 없습니다. 결과물이 아직 필요하면 작업을 다시 제출하고, 결과물은 준비되는 대로 빨리 다운로드하세요.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>요청이 너무 큼</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>요청 본문이 제공업체가 허용하는 크기보다 큽니다. 대개 본문에 포함된 이미지나 동영상 때문입니다.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>더 작거나 압축된 파일을 쓰거나, 데이터를 포함하는 대신 링크를 사용한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>지원되지 않는 콘텐츠 유형</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>제공업체가 요청 본문의 형식을 받아들이지 않습니다. 예를 들어 Content-Type 헤더가 없거나 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>프로필이 올바른 제공업체 유형과 기본 URL을 사용하는지 확인하세요. 둘 다 올바르다면 QueueLens 버그로 신고하세요.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>요청을 처리할 수 없음</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>요청 형식은 올바르지만 제공업체가 내용을 거부했습니다. 예를 들어 허용 범위를 벗어난 값이나 함께 쓸 수 없는 옵션이 있습니다.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>제공업체 메시지에서 문제가 된 필드를 찾아 “수정 후 다시 제출”로 고치세요.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>요청이 너무 많음</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>제공업체는 키 하나가 보낼 수 있는 요청 수나 동시 작업 수를 제한하는데, 그 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>제공업체가 Retry-After로 요청한 시간만큼, 시간이 없으면 1분 정도 기다린 후 다시 시도하세요. 프로필 설정에서 동시 실행 수 상한을 줄이거나 폴링 간격을 늘리세요.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>클라이언트가 요청을 닫음</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>응답을 보내기 전에 클라이언트가 연결을 닫았다고 서버가 기록했습니다. 예를 들어 클라이언트 쪽 시간 초과나 QueueLens 종료가 원인입니다.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>제출이었다면 작업이 이미 만들어졌을 수 있으므로, 다시 제출하기 전에 “다시 확인”을 사용하세요. 다른 호출은 그냥 반복해도 됩니다.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>내부 서버 오류</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>요청을 처리하는 중에 제공업체 서버에서 오류가 발생했습니다. 원인은 요청이 아니라 제공업체 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>시도할 때마다 대기 시간을 늘리면서 다시 시도하세요. 제출이 실패했다면 다시 제출하기 전에 “다시 확인”이나 제공업체 웹사이트에서 작업을 확인하세요.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>구현되지 않은 기능</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>제공업체가 이 주소에서 이 기능을 지원하지 않습니다. 예를 들어 서비스가 제공하지 않는 취소 또는 목록 조회 호출입니다.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>프로필 설정의 기본 URL과 제공업체 유형이 올바른지 확인하세요. 올바르다면 제공업체에 이 기능이 없는 것이므로, 필요하면 제공업체에 문의하세요.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>잘못된 게이트웨이</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>제공업체 앞단의 프록시나 게이트웨이가 뒤쪽 서버로부터 잘못된 응답을 받았습니다. 대개 잠시 후 해결됩니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>잠시 후 다시 시도하세요. 이 오류로 제출이 실패했다면 다시 제출하기 전에 “다시 확인”을 사용하세요.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>서비스를 사용할 수 없음</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>과부하, 점검 또는 여유 용량 부족으로 제공업체가 지금은 요청을 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Retry-After에 지정된 시간이 지난 후, 또는 몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>게이트웨이 시간 초과</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>제공업체 앞단의 게이트웨이가 뒤쪽 서버의 응답을 너무 오래 기다렸습니다. 요청은 그래도 처리되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>잠시 후 다시 시도하세요. 제출이었다면 응답은 없었어도 작업이 존재할 수 있으므로 먼저 “다시 확인”을 사용하세요.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>제공업체 응답이 너무 늦음(Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>제공업체 앞단의 Cloudflare가 제공업체 서버에 연결했지만, 약 100초의 제한 시간 안에 응답을 받지 못했습니다. 제공업체에서는 작업이 계속 진행되어 완료될 수 있습니다.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>바로 다시 제출하지 마세요. “다시 확인”이나 제공업체 웹사이트에서 작업이 만들어졌는지 확인하고, 만들어지지 않은 경우에만 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>제공업체가 요청을 거부함</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>제공업체가 클라이언트 오류 상태로 응답했지만, 여기에 해당 항목이 없습니다. 요청, 키 또는 계정 중 무언가를 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>오류 세부 정보의 원본 응답에서 이유를 확인한 후, “수정 후 다시 제출”로 요청을 고치거나 프로필 설정을 업데이트하세요.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>제공업체 서버 오류</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>제공업체가 서버 오류 상태로 응답했지만, 여기에 해당 항목이 없습니다. 문제는 제공업체 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>시도할 때마다 대기 시간을 늘리면서 다시 시도하세요. 계속되면 제공업체의 상태 페이지를 확인하세요.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>기본 URL의 서버가 연결을 거부했습니다. 서비스가 중단되었거나, 기본 URL의 호스트 또는 포트가 잘못되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>프로필 설정에서 포트 번호를 포함한 기본 URL을 확인하세요. 올바르다면 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>호스트 이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>기본 URL의 호스트 이름을 주소로 변환하지 못했습니다. 철자가 틀렸거나 DNS 서버에 연결할 수 없는 것일 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>프로필 설정에서 호스트 철자를 확인하고, 다른 웹사이트가 열리는지 확인하세요. 네트워크가 정상으로 돌아오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>제한 시간 안에 받은 데이터 없음</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>전송 제한 시간보다 오래 양방향 모두 데이터가 오가지 않았습니다. 서버가 과부하 상태이거나 방화벽이 트래픽을 차단하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>잠시 후 다시 시도하세요. 제출이었다면 제공업체가 작업을 만들었을 수 있으므로, 다시 제출하기 전에 “다시 확인”을 사용하세요.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>응답을 모두 받기 전에 연결이 끊김</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>응답 전체가 도착하기 전에 서버나 프록시가 연결을 닫았습니다. 제공업체 쪽의 재시작이나 불안정한 네트워크 때문에 발생합니다.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>호출을 다시 시도하세요. 제출이었다면 작업이 두 번 만들어지지 않도록 먼저 “다시 확인”을 사용하세요.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>보안 연결 실패</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>제공업체와의 암호화(TLS) 연결을 설정하거나 검증하지 못했습니다. 시스템 시계가 틀렸거나, 프록시나 백신 프로그램이 HTTPS를 가로채거나, 서버 인증서가 만료된 경우가 흔한 원인입니다.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>컴퓨터의 날짜와 시간, 그리고 프록시나 백신 소프트웨어의 HTTPS 검사 기능을 확인하세요. 문제가 없다면 제공업체가 인증서를 갱신 중일 수 있으니 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>프록시 오류</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>이 컴퓨터에 설정된 프록시 서버가 연결을 거부했거나, 로그인을 요구했거나, 제공업체에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>시스템 프록시 설정과 프록시 인증 정보를 확인하거나, 프록시 없이 시도해 보세요. 프록시가 정상으로 돌아오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>컴퓨터가 오프라인 상태임</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>컴퓨터에 작동하는 네트워크 연결이 없어 요청을 보내지 못했습니다. 제공업체에는 아무것도 전달되지 않았습니다.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>네트워크에 다시 연결하세요. 연결이 복구되면 QueueLens가 계속 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>응답이 유효한 JSON이 아님</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>제공업체가 성공을 보고했지만, 본문이 QueueLens가 기대하는 JSON이 아닙니다. 프록시, 로그인 포털 또는 점검 안내의 HTML 페이지인 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>잠시 후 다시 시도하세요. 계속되면 브라우저에서 기본 URL을 열어 무엇이 응답하는지 확인하고 프로필 설정을 점검하세요.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>빈 응답</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>QueueLens에 작업 ID나 상태 같은 데이터가 필요한데, 제공업체가 본문 없이 응답했습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>잠시 후 다시 시도하세요. 제출에 대해 빈 응답을 받았다면 다시 제출하기 전에 제공업체 웹사이트에서 작업을 찾아보세요.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>응답이 허용 크기보다 큼</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>응답 본문이 QueueLens의 크기 제한보다 커서 읽지 않았습니다. 기본 URL이 큰 파일이나 웹 페이지를 가리키는 경우가 흔한 원인입니다.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>프로필 설정에서 기본 URL을 확인하세요. 올바르다면 제공업체가 프로토콜에서 허용하는 것보다 훨씬 많은 데이터를 보낸 것이므로, 작업 ID와 함께 제공업체에 알리세요.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>응답에 필요한 필드가 없음</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>제공업체가 유효한 JSON을 보냈지만, 작업 ID나 상태처럼 프로토콜상 있어야 할 필드가 없습니다. 제공업체가 API를 변경했거나, 프로필이 다른 종류의 서비스를 가리키고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>프로필 설정의 제공업체 유형과 기본 URL이 서비스와 맞는지 확인하세요. 맞다면 원본 응답을 QueueLens 개발자에게 보고하세요.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>제출 결과를 알 수 없음</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>연결이 끊기거나 시간이 초과되는 등의 이유로 제출에 대한 명확한 응답을 받지 못해, 제공업체에 작업이 있는지 알 수 없습니다. 확인 없이 다시 제출하면 두 번째 작업이 만들어져 요금이 청구될 수 있습니다.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>먼저 “다시 확인”을 사용하거나 제공업체 웹사이트를 확인하세요. 작업이 만들어지지 않았다고 확신할 때만 “그래도 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>제공업체가 더 이상 작업을 알지 못함</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>제공업체가 이전에 이 작업을 보고했지만, 지금은 존재하지 않는다고 응답합니다. 작업이 만료 또는 삭제되었거나, 프로필의 키가 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>프로필이 작업을 만들 때 쓴 키를 아직 사용하는지 확인한 후 “다시 확인”을 사용하세요. 계속 알 수 없고 결과물이 아직 필요하면 작업을 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>작업이 프로필 기한을 초과함</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>프로필에 설정된 기한 안에 작업이 끝나지 않아 QueueLens가 기다리기를 중단했습니다. 제공업체는 작업을 계속 완료할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>“다시 확인”으로 나중에 완료되었는지 확인하세요. 긴 동영상처럼 느린 모델이라면 프로필 설정에서 기한을 늘리세요.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>제공업체가 작업 취소를 지원하지 않음</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>이 제공업체에는 작업을 취소하는 API가 없어 QueueLens가 작업을 중지할 수 없습니다. 작업은 계속 실행되며 요금이 청구될 수 있습니다.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>작업이 끝나도록 두거나, 제공업체가 지원한다면 제공업체 웹사이트에서 중지하세요.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>이 프로필에 API 키가 설정되지 않음</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens가 이 프로필의 API 키를 찾지 못해 아무것도 보내지 않았습니다. 키를 입력한 적이 없거나, 키를 저장한 시스템 키체인이 잠겨 있거나 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>프로필 설정에서 API 키를 입력하세요. 이전에 키를 저장했다면 시스템 키체인의 잠금을 해제한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>제공업체 문서로도, QueueLens로도 분류할 수 없는 오류가 발생했습니다. 오류 세부 정보의 원본 응답에 더 많은 정보가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>다시 시도하거나 다시 제출하기 전에 “다시 확인”으로 작업의 실제 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI가 요청을 유효하지 않다고 거부함</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI가 요청을 받아들일 수 없었습니다. 필수 필드가 없거나, 값의 형식이 틀렸거나, JSON 본문이 손상되었습니다. 오류 메시지에 대개 해당 필드가 나와 있습니다.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>제공업체 메시지에 나온 매개변수를 “수정 후 다시 제출”로 고치세요. 모델 이름과 옵션을 FoxAPI의 해당 모델 페이지와 비교해 보세요.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>FoxAPI API 키가 유효하지 않거나 없음</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>키가 없거나, 잘못 입력되었거나, 만료 또는 삭제되어 FoxAPI가 Bearer 토큰을 받아들이지 않았습니다. FoxAPI 키는 보통 sk-로 시작합니다.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>FoxAPI 대시보드에서 키를 다시 복사하여 프로필 설정에 넣으세요. 이전 키가 삭제되었다면 새 키를 만드세요.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>FoxAPI 잔액 부족</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>FoxAPI 계정의 잔액이 이 작업의 요금을 내기에 부족하여 작업이 시작되지 않았습니다. 요금은 모델, 길이, 출력 개수에 따라 다릅니다.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>FoxAPI 계정을 충전한 후 작업을 변경 없이 다시 제출하세요. 작업당 비용을 줄이려면 더 저렴한 모델을 고르거나 출력 개수를 줄이세요.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>FoxAPI 키에 권한이 없음</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>키는 유효하지만 이 동작을 수행하거나 이 모델을 사용할 권한이 없습니다. FoxAPI 대시보드에서 키를 특정 모델이나 기능으로 제한할 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>FoxAPI 대시보드에서 키의 권한과 허용된 모델을 확인하거나, 프로필 설정에서 더 넓은 권한을 가진 키를 설정하세요.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>FoxAPI 엔드포인트 또는 작업을 찾을 수 없음</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI가 이 주소에 아무것도 없다고 응답했습니다. 기본 URL이나 경로가 잘못되었거나, 다른 계정의 작업이라서 작업 ID를 알 수 없는 경우입니다.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>프로필 설정의 기본 URL이 https://api.foxapi.cc인지 확인하세요. 작업이라면 “다시 확인”을 사용하고, 계속 알 수 없으면 유실된 것입니다.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>FoxAPI 속도 제한에 도달함</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI는 API 키별로 요청 수를 제한하는데, 이 키가 짧은 시간에 너무 많은 요청을 보냈습니다. 잦은 상태 폴링도 같은 한도에 포함됩니다.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Retry-After 헤더에 지정된 시간만큼 기다린 후 다시 시도하세요. 프로필 설정에서 폴링 간격을 늘리거나 동시 실행 수 상한을 줄이고, 더 높은 한도가 필요하면 FoxAPI 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>FoxAPI 서버 오류</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>요청을 처리하는 중에 FoxAPI에서 예기치 않은 오류가 발생했습니다. 요청 자체는 대개 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>잠시 후 다시 시도하고, 실패할 때마다 대기 시간을 두 배로 늘리세요. 제출이 실패했다면 다시 제출하기 전에 FoxAPI 대시보드에서 작업이 그래도 만들어졌는지 확인하세요.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>요청 형식이 잘못되었거나 불완전함</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI가 이 오류를 잘못된 요청으로 분류했습니다. 본문을 해석할 수 없거나, 필수 매개변수가 없거나, 값이 모델이 허용하는 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>제공업체 메시지에 나온 필드를 “수정 후 다시 제출”로 고치세요. 같은 요청을 다시 보내면 같은 이유로 실패합니다.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI가 키를 인증하지 못함</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>오류 유형에 따르면 API 키가 없거나, 유효하지 않거나, 만료되었습니다. FoxAPI는 Bearer 방식의 Authorization 헤더로 키를 받습니다.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>프로필 설정에 유효한 키를 입력하세요. 키가 만료되었다면 FoxAPI 대시보드에서 새 키를 만드세요.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>이 FoxAPI 키로 허용되지 않는 동작</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>API 키는 인식되었지만 이 동작을 수행할 권한이 없습니다. 예를 들어 제한된 모델이나 기능을 사용하려는 경우입니다.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>FoxAPI 대시보드에서 키에 권한을 부여하거나, 권한이 있는 키로 프로필을 바꾸세요. 그렇지 않으면 이 키로 사용할 수 있는 모델을 고르세요.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>FoxAPI 리소스를 찾을 수 없음</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>요청에 지정된 모델, 작업 또는 엔드포인트가 이 계정에 존재하지 않습니다. 다른 계정의 작업 ID나 잘못 입력한 모델 이름도 이 오류 유형이 됩니다.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>프로필 설정에서 모델 이름과 기본 URL을 확인하세요. 작업이라면 “다시 확인”을 사용하고, 그래도 찾을 수 없으면 유실된 것으로 간주하세요.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>FoxAPI 요청 빈도가 너무 높음</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>오류 유형에 따르면 이 키가 현재 시간 구간에 FoxAPI가 허용하는 것보다 많은 요청을 보냈습니다.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>다음 요청 전에 Retry-After 시간만큼 기다리세요. 프로필 설정에서 동시 실행 수 상한을 줄여 제출을 분산하세요.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>예기치 않은 FoxAPI 서버 오류</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI가 요청 내용과 무관한 내부 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>대기 시간을 점점 늘리면서 다시 시도하세요. 몇 분 동안 계속 실패하면 발생 시각과 작업 ID를 알려 주며 FoxAPI 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>FoxAPI에서 모델을 일시적으로 사용할 수 없음</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>작업을 실행할 시점에 요청한 모델에 연결할 수 없었습니다. 대개 모델을 운영하는 회사의 과부하나 점검 때문입니다. 작업은 출력 없이 실패했습니다.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>몇 분 후 작업을 다시 제출하세요. 모델을 계속 사용할 수 없으면 “수정 후 다시 제출”로 비슷한 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>FoxAPI 안전 규칙에 따라 콘텐츠가 거부됨</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>프롬프트나 입력 이미지가 콘텐츠 정책을 위반한다고 판단되었습니다. 예를 들어 실존 인물, 공인 또는 안전하지 않은 주제가 포함된 경우입니다. 제공업체 메시지에 이유가 나와 있는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>정책에 맞도록 프롬프트를 바꾸거나 이미지를 교체한 후 “수정 후 다시 제출”을 사용하세요. 입력을 바꾸지 않으면 다시 거부됩니다.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>FoxAPI 생성 실패</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>모델이 작업을 시작했지만 결과물을 만들지 못했습니다. 일시적인 오류이거나 모델이 처리할 수 없는 프롬프트일 수 있습니다.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>작업을 다시 제출하세요. 두 번째에도 실패하면 “수정 후 다시 제출”로 프롬프트를 단순하게 하거나 다르게 표현하세요.</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>FoxAPI 작업 시간 초과</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>작업이 FoxAPI가 허용하는 시간보다 오래 실행되어 중지되었습니다. 긴 길이나 높은 해상도처럼 부담이 큰 설정일수록 발생하기 쉽습니다.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>나중에 다시 시도하세요. 다시 시간이 초과되면 “수정 후 다시 제출”로 길이를 줄이거나, 해상도를 낮추거나, 출력 개수를 줄이세요.</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI가 이미지 URL을 가져오지 못함</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI가 요청에 지정된 이미지 URL을 다운로드하지 못했습니다. 링크가 비공개이거나, 만료되었거나, 로그인이 필요하거나, 자동 다운로드가 차단되어 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>브라우저의 시크릿 창에서 URL을 열어 보세요. 이미지 파일에 대한 공개 직접 링크를 사용하여 “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>FoxAPI 입력 파일이 너무 큼</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>업로드했거나 링크로 지정한 파일이 FoxAPI 또는 선택한 모델이 허용하는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>파일을 압축하거나 크기를 줄이거나 클립 길이를 줄인 후 “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>지원되지 않는 입력 파일 형식</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>요청에 포함된 파일이 모델이 읽을 수 없는 형식입니다. 예를 들어 흔하지 않은 이미지 형식이나 동영상 코덱입니다.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>파일을 이미지는 PNG나 JPEG, 동영상은 MP4 같은 일반적인 형식으로 변환한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>작업 매개변수가 모델에 맞지 않음</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>작업은 만들어졌지만, 지원되지 않는 크기, 화면비 또는 길이처럼 하나 이상의 매개변수가 모델에 맞지 않아 실패했습니다.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>제공업체 메시지와 모델 문서에 나온 옵션을 확인한 후 “수정 후 다시 제출”로 값을 고치세요.</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>입력 이미지를 처리할 수 없음</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>모델이 입력 이미지를 처리하지 못했습니다. 예를 들어 파일이 손상되었거나, 너무 작거나, 크기가 요청한 출력과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>다른 이미지를 쓰거나, 표준 형식과 크기로 다시 내보낸 후 “수정 후 다시 제출”로 제출하세요.</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>FoxAPI 작업이 취소됨</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>요청에 따라 또는 FoxAPI 자체에 의해 작업이 취소되어 종료되었습니다. 결과물은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>작업을 직접 취소하지 않았다면 “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>생성 시간이 초과됨</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>FoxAPI가 작업에 부여하는 처리 시간 안에 모델이 완료하지 못했습니다. 대개 모델에 부하가 많이 걸렸기 때문입니다.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>나중에 다시 시도하세요. 다시 발생하면 “수정 후 다시 제출”로 길이나 해상도를 낮추세요.</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>업스트림 용량이 일시적으로 소진됨</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>FoxAPI 뒤에서 이 모델을 실행하는 서비스에 현재 여유 용량이 없습니다. 요청이나 계정의 문제가 아닙니다.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>몇 분 기다린 후 다시 제출하세요. 기다릴 수 없으면 다른 모델을 사용하세요.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>FoxAPI 속도 또는 사용량 한도 초과</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>작업을 실행하려던 시점에 계정이 속도 제한이나 사용량 한도를 넘어 작업이 실패했습니다.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>잠시 기다린 후 다시 제출하고, 프로필 설정에서 동시 실행 수 상한을 줄이세요. 작업량에 비해 한도가 너무 낮다면 FoxAPI에 한도 상향을 요청하세요.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>FoxAPI 서비스를 일시적으로 사용할 수 없음</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>작업을 처리할 때 이 모델을 실행하는 서비스가 중단되었거나 과부하 상태였습니다. 이런 장애는 대개 사용자가 따로 조치하지 않아도 해소됩니다.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>몇 분 후 작업을 다시 제출하세요.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>FoxAPI 작업 ID가 유효하지 않거나 만료됨</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI가 더 이상 이 작업을 알지 못합니다. ID가 잘못되었거나 작업 기록이 만료되었습니다. FoxAPI는 결과물을 제한된 기간만 보관합니다(출력 링크는 24시간 유효).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>“다시 확인”을 한 번 사용하여 확인하세요. 그래도 작업을 찾을 수 없으면 유실된 것으로 간주하고, 결과물이 아직 필요하면 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>분류되지 않은 FoxAPI 실패</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI가 알려진 어떤 유형에도 해당하지 않는 실패를 보고했습니다. 제공업체 메시지에 자세한 내용이 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>작업을 한 번 더 제출하세요. 같은 오류가 다시 나오면 작업 ID와 제공업체 메시지를 알려 주며 FoxAPI 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI가 요청을 거부함</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>요청 본문이 유효한 JSON이 아니거나, 매개변수의 형식이 틀렸거나, 키가 속한 그룹의 플랫폼이 호출한 엔드포인트와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>메시지에 따라 요청을 고친 후 “수정 후 다시 제출”을 사용하세요. 메시지에 플랫폼이나 그룹이 언급되어 있으면 이미지 작업용 그룹의 키를 사용하세요.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>LLMAPI 키가 없거나 유효하지 않음</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI가 Bearer 키를 받아들이지 않았습니다. 키를 잘못 입력했거나, 삭제되었거나, 아예 전송되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>프로필 설정에 유효한 키를 입력하세요. 비동기 이미지 작업에는 이미지 배치 그룹에 연결된 키가 필요합니다.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI가 요청을 거절함</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI가 여러 이유 중 하나로 액세스를 거부했습니다. 잔액이 부족하거나, 이 키에 이미지 생성이 꺼져 있거나, 콘텐츠 검토에서 요청이 차단되었습니다. 어느 경우인지는 메시지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>메시지를 읽은 후 잔액을 충전하거나, LLMAPI 관리자에게 이 키의 이미지 생성을 켜 달라고 요청하거나, 콘텐츠 검토에 걸렸다면 프롬프트를 다시 작성하세요.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>이 키 그룹에서 사용할 수 없는 엔드포인트</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>경로가 존재하지 않거나 키가 속한 그룹의 플랫폼에서 제공하지 않습니다. 예를 들어 OpenAI가 아닌 그룹의 키로 OpenAI 이미지 엔드포인트를 호출한 경우입니다.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>프로필 설정의 기본 URL이 https://llmapi.site인지, 키가 이미지 작업을 지원하는 그룹에 속하는지 확인하세요.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>LLMAPI 작업 상태 충돌</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>요청이 작업의 현재 상태와 충돌합니다. 대개 이미 끝난 작업에 대한 취소 요청입니다.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>다른 조치를 하기 전에 “다시 확인”으로 작업의 현재 상태를 불러오세요.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>LLMAPI에 보내기에 요청 본문이 너무 큼</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>요청이 서버에 설정된 본문 크기 제한보다 큽니다. 대개 포함된 이미지가 크기 때문입니다.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>입력 이미지를 줄이거나 압축하거나, 데이터를 포함하는 대신 이미지 링크를 보낸 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>LLMAPI 용량 한도에 도달함</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>동시 실행, 대기열, 작업 대기열 또는 업스트림 계정 한도에 걸렸습니다. 이 한도는 사용자별, 키별로 적용됩니다.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>대기 시간을 점점 늘리면서 다시 시도하고, Retry-After가 오면 그 시간을 지키세요. 한 번에 대기하는 작업이 줄도록 프로필 설정에서 동시 실행 수 상한을 줄이세요.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>LLMAPI 내부 오류</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>호출을 처리하는 중에 LLMAPI에서 예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>대기 시간을 점점 늘리면서 다시 시도하세요. 이미지 작업 제출이 실패했다면 중복 작업이 생기지 않도록 다시 제출하기 전에 “다시 확인”이나 작업 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>LLMAPI 업스트림 계정이 오류를 반환함</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>LLMAPI가 요청을 전달하는 업스트림 플랫폼 또는 계정이 오류로 응답하여, LLMAPI가 호출을 완료하지 못했습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>잠시 후 다시 시도하세요. LLMAPI가 다른 업스트림 계정을 사용할 수도 있습니다. 계속되면 LLMAPI 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>LLMAPI 서비스를 사용할 수 없음</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>서비스가 지금은 요청을 받을 수 없습니다. 비동기 작업이 꺼져 있거나, 결과물 저장소가 없거나, 사용 가능한 업스트림 계정이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>몇 분 후 다시 시도하세요. 메시지에 작업이나 저장소가 비활성화되었다고 나오면 기다려도 소용없으므로 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>LLMAPI 또는 업스트림 시간 초과</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>업스트림이나 작업 실행이 서버가 허용하는 시간보다 오래 걸렸습니다. 이미지 작업은 그래도 만들어졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>잠시 후 다시 시도하세요. 이미지 작업 제출이었다면 중복 작업이 생기지 않도록 먼저 “다시 확인”이나 작업 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>LLMAPI에 대한 잘못된 요청</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>요청이 이 엔드포인트가 기대하는 구조가 아닙니다. 예를 들어 본문이 비어 있거나, JSON이 손상되었거나, 필드 형식이 틀렸습니다. 정확한 문제는 메시지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>메시지에 설명된 대로 요청을 고친 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>LLMAPI 기능을 찾을 수 없음</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>호출한 엔드포인트나 기능을 사용할 수 없습니다. 대개 키가 속한 그룹의 플랫폼에서 제공하지 않기 때문입니다.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>비동기 이미지 작업에는 이미지 배치 그룹처럼 엔드포인트에 맞는 그룹의 키를 사용하고, 프로필 설정에 지정하세요.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>비동기 이미지 작업이 꺼져 있음</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>LLMAPI 서버 구성에서 비동기 이미지 작업이 비활성화되어 있어, 관리자가 활성화하기 전까지는 작업을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>LLMAPI 관리자에게 문의하세요. 기능이 켜지기 전에는 다시 시도해도 소용없습니다.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>LLMAPI 결과물 저장소를 사용할 수 없음</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>비동기 이미지 작업은 결과물을 객체 스토리지(OSS 또는 S3)에 보관하는데, 이 저장소가 구성되지 않았거나 연결할 수 없습니다. 접수된 작업은 없습니다.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>몇 분 후 다시 시도하세요. 계속되면 LLMAPI 관리자에게 저장소 구성에 대해 문의하세요.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>이미지 작업 요청이 유효하지 않음</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>이미지 작업 본문을 받아들일 수 없습니다. 예를 들어 프롬프트가 비어 있거나 필드 형식이 틀렸습니다. 문제는 메시지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>메시지에 나온 필드를 고친 후(비어 있지 않은 프롬프트는 항상 필요) “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>지원되는 이미지 모델이 아님</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>작업에 지정된 모델이 LLMAPI 비동기 작업 API에서 지원하는 이미지 모델이 아니거나, 키의 이미지 그룹에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>“수정 후 다시 제출”로 gpt-image-2나 공식 Gemini 이미지 모델 이름처럼 지원되는 이미지 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>비동기 이미지 작업에서 사용할 수 없는 기능</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>작업에 비동기 API가 제공하지 않는 기능이 쓰였습니다. 예를 들어 multipart 업로드나 stream을 true로 설정한 경우입니다.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>“수정 후 다시 제출”로 지원되지 않는 옵션을 제거하고, stream을 false로 설정한 일반 JSON 본문을 보내세요.</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>구독 키로는 이미지 작업을 실행할 수 없음</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>이 키는 구독으로 요금이 청구되지만, 비동기 이미지 작업은 현재 계정 잔액으로만 결제할 수 있습니다. 요청은 대기열에 들어가지 않았습니다.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>프로필 설정에서 계정 잔액으로 요금이 청구되는 키를 설정하세요.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>잔액이 부족하여 이미지 작업 비용을 예약할 수 없음</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI는 작업을 제출할 때 비용을 미리 예약하는데, 잔액이 그 금액에 미치지 못합니다. 금액은 이미지 수와 크기에 따라 늘어납니다.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>LLMAPI 잔액을 충전하거나, 이미지 수를 줄이거나 크기를 작게 요청한 후 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>이미지 작업 대기열 한도에 도달함</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>사용자나 키가 이미 허용된 최대 개수만큼 대기 중인 작업을 가지고 있거나, n이 작업 하나가 만들 수 있는 것보다 많은 이미지를 요청합니다.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>대기 중인 작업이 끝날 때까지 기다린 후 다시 시도하고, 프로필 설정에서 동시 실행 수 상한을 줄이세요. n이 크다면 “수정 후 다시 제출”로 작업당 이미지 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>작업이 이미 끝나 취소할 대상이 없음</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>작업이 이미 성공, 실패, 시간 초과 또는 취소된 후에 취소 요청이 도착했습니다. 그 자체로는 오류가 아닙니다.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>“다시 확인”으로 최종 상태와 결과물을 불러오세요.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>LLMAPI 이미지 작업을 찾을 수 없음</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>이 ID의 작업이 없거나 다른 API 키의 작업입니다. LLMAPI는 다른 키의 작업을 찾을 수 없는 것으로 처리합니다.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>프로필이 작업을 만든 키를 사용하는지 확인한 후 “다시 확인”을 사용하세요. 그래도 찾을 수 없으면 작업을 유실된 것으로 간주하세요.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>이 키의 그룹에서 제공하지 않는 이미지 엔드포인트</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>키가 속한 그룹의 플랫폼이 OpenAI가 아니어서 OpenAI 이미지 엔드포인트를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>OpenAI 그룹이나 이미지 배치 그룹의 키로 프로필을 바꾸거나, 키의 플랫폼에 맞는 엔드포인트를 호출하세요.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>이 키의 그룹에서 제공하지 않는 토큰 계산</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>OpenAI 그룹의 키로는 토큰 계산 엔드포인트를 사용할 수 없는데, 그런 키가 사용되었습니다.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>이 키로는 토큰 계산을 건너뛰거나, 토큰 계산을 지원하는 그룹의 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>키가 Gemini 그룹에 속하지 않음</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>그룹 플랫폼이 Gemini가 아닌 키로 Gemini 네이티브 경로를 호출했습니다. LLMAPI는 키마다 하나의 플랫폼에 연결합니다.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Gemini 네이티브 경로에는 Gemini 그룹의 키를 사용하거나, 현재 키로 OpenAI 호환 작업 엔드포인트를 사용하세요.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>요청 본문이 비어 있음</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI가 본문이 전혀 없는 요청을 받았습니다. 클라이언트 오류나 본문을 제거하는 프록시가 원인일 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>“수정 후 다시 제출”에서 요청 매개변수를 확인하세요. 값이 채워져 있다면 프록시 설정을 확인하고 QueueLens 버그로 신고하세요.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>LLMAPI 이미지 작업 실패</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>작업이 실패 상태로 끝났습니다. LLMAPI는 실패한 작업을 스스로 다시 시도하지 않으므로 작업은 실패 상태로 남습니다.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>잠시 후 작업을 다시 제출하세요. 또 실패하면 “수정 후 다시 제출”로 프롬프트나 설정을 변경하세요.</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>LLMAPI 이미지 작업 시간 초과</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>작업이 LLMAPI의 실행 제한 시간 안에 끝나지 않았으며, 서버가 스스로 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>나중에 다시 제출하세요. 이미지 크기를 줄이거나 작업당 이미지 수를 줄이면 더 빨리 끝납니다.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>LLMAPI 이미지 작업이 취소됨</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>작업이 끝나기 전에 QueueLens 또는 같은 키를 쓰는 다른 클라이언트가 작업을 취소했습니다.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>의도한 취소라면 따로 할 일이 없습니다. 그렇지 않다면 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>LLMAPI 이미지 작업이 업스트림에서 실패함</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>작업이 모델에 도달한 후 실패했습니다. 업스트림이 이미지 없이 응답했거나, 생성 후 이미지를 저장하지 못했습니다(이 경우 이미 요금이 청구되었을 수 있음). 어느 경우인지는 메시지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>먼저 메시지를 읽으세요. 이미지가 생성되지 않았다면 잠시 후 다시 제출하거나 “수정 후 다시 제출”로 프롬프트를 다르게 표현하세요. 저장에 실패했다면 다시 제출하기 전에 계정 사용 내역을 확인하세요.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>게이트웨이가 요청을 유효하지 않다고 거부함</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>new-api 게이트웨이 또는 그 뒤의 채널에서 매개변수가 없거나 형식이 잘못된 것을 발견했습니다. 작업 경로에서는 알 수 없는 작업 ID도 task_not_exist 코드와 함께 400으로 반환됩니다.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>오류 코드와 메시지를 읽은 후 “수정 후 다시 제출”로 요청을 고치세요. 코드가 task_not_exist라면 문제는 매개변수가 아니라 작업 ID입니다.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>게이트웨이 키가 없거나 잘못됨</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>new-api 게이트웨이가 Authorization 헤더에서 유효한 토큰을 찾지 못했습니다. 이 경우 오류 코드가 비어 있는 경우가 많아, 상태 코드만으로 키 문제임을 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>프로필 설정에 게이트웨이 키(보통 sk-로 시작)를 다시 입력하세요. 게이트웨이 대시보드에서 키가 삭제되었다면 새 키를 만드세요.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>게이트웨이 키가 폐기되었거나 모델 액세스 권한이 없음</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>키는 인식되었지만 비활성화되었거나, 할당량을 모두 썼거나, 이 모델을 사용할 수 없습니다. new-api 게이트웨이는 키마다 할당량과 모델 그룹을 연결합니다.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>게이트웨이 대시보드에서 키가 활성화되어 있는지, 할당량이 남아 있는지, 키의 그룹에 이 모델이 포함되어 있는지 확인하세요. 키를 바꾸면 프로필 설정에서도 업데이트하세요.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>게이트웨이 경로 또는 모델이 존재하지 않음</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>게이트웨이에 해당 경로가 없거나 모델을 알지 못합니다. 많은 new-api 게이트웨이는 비동기 동영상·이미지 작업 경로를 아예 활성화하지 않습니다.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>프로필 설정의 기본 URL과 모델 이름을 확인하세요. 게이트웨이 관리자에게 내 키에 작업 경로가 활성화되어 있는지 문의하세요.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>게이트웨이 속도 제한에 도달함</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>게이트웨이는 키와 모델 그룹별로 요청 수를 제한하는데, 이 키가 한도를 넘었습니다. 메시지는 중국어일 수 있습니다. new-api는 Retry-After 헤더를 보내지 않으므로 얼마나 기다려야 하는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>다시 시도하기 전에 최소 1분은 기다리고, 거부가 반복되면 더 오래 기다리세요. 프로필 설정에서 동시 실행 수 상한을 줄이고 폴링 간격을 늘리세요.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>게이트웨이 또는 업스트림 서버 오류</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>게이트웨이 또는 그 뒤의 채널이 5xx 상태로 실패했습니다. new-api는 일부 클라이언트 측 문제에도 500으로 응답하므로, 오류 코드가 있다면 상태 코드보다 더 믿을 만합니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>잠시 후 다시 시도하세요. 제출이 실패했다면 작업 요금이 두 번 청구되지 않도록 다시 제출하기 전에 게이트웨이 대시보드의 사용 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>게이트웨이가 요청 매개변수를 유효하지 않다고 판단함</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api가 전송된 매개변수를 그대로 사용할 수 없었습니다. 요청에 문제가 있어도 HTTP 500과 함께 이 코드를 반환하는 경우가 많으므로, 변경 없이 다시 보내도 소용없습니다.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>게이트웨이 API 문서와 매개변수를 비교하여 “수정 후 다시 제출”로 고치세요.</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>요청 본문이 유효한 JSON이 아님</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>게이트웨이가 요청 본문을 디코딩하지 못했습니다. 대개 JSON이 손상되었거나, 숫자가 와야 할 곳에 텍스트가 있는 것처럼 필드 형식이 틀렸기 때문입니다.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>“수정 후 다시 제출”에서 매개변수의 구문 오류와 잘못된 필드 형식을 찾아 고친 후 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>게이트웨이가 요청 본문을 읽지 못함</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>게이트웨이가 본문을 읽는 중에 실패했습니다. 예를 들어 본문이 잘렸거나, 게이트웨이 허용 크기보다 크거나, 잘못된 Content-Type으로 전송되었습니다. 이 코드는 상태 400 또는 413과 함께 옵니다.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>요청 크기를 줄인 후(이미지 수나 크기를 줄이고, 데이터 포함 대신 링크 사용) “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>게이트웨이가 요청을 변환하지 못함</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api는 각 요청을 업스트림 제공업체의 형식으로 변환하는데, 매개변수가 선택한 API 형식에 맞지 않아 이 단계가 실패했습니다.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>게이트웨이가 이 모델에 대해 문서화한 매개변수만 사용하고 제공업체 전용 추가 매개변수는 제거한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>게이트웨이가 프롬프트에서 금지어를 발견함</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>게이트웨이 자체 단어 필터가 프롬프트에서 금지어를 발견하여, 요청이 모델에 도달하기 전에 중단했습니다. 어떤 단어를 차단할지는 게이트웨이 관리자가 정합니다.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>문제가 된 단어를 피하도록 프롬프트를 다시 작성하고 “수정 후 다시 제출”을 사용하세요. 잘못 걸렸다고 생각되면 게이트웨이 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>프롬프트가 차단됨</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>게이트웨이나 업스트림 제공업체의 콘텐츠 검사에서 프롬프트를 거부했습니다. 작업은 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>제공업체의 콘텐츠 규칙을 분명히 따르도록 프롬프트를 다시 작성한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>게이트웨이가 액세스를 거부함</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>키, 키의 사용자 또는 그룹에 이 호출 권한이 없습니다. 예를 들어 그룹에서 이 모델을 제외했거나, 사용자가 비활성화되었거나, 키가 특정 IP 주소에서만 작동합니다.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>게이트웨이 대시보드에서 키의 그룹, 허용된 모델, IP 제한을 확인하거나 게이트웨이 관리자에게 문의하세요. 다른 키로 바꾸면 프로필 설정을 업데이트하세요.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>이 게이트웨이에서 사용할 수 없는 모델</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>키가 속한 그룹에 이 모델을 제공하는 채널이 없거나, 이름의 철자가 틀렸습니다. new-api는 이 오류를 HTTP 503과 함께 보내는 경우가 많아 장애처럼 보이지만 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>게이트웨이 모델 목록에서 내 요금제와 그룹에 맞는 정확한 모델 이름을 확인한 후 “수정 후 다시 제출”을 사용하세요. 모델이 필요하면 관리자에게 그룹에 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>채널에서 지원하지 않는 요청 형식</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>이 모델을 제공하는 채널이 전송된 종류의 요청을 지원하지 않습니다. 예를 들어 채팅만 처리하는 채널에 작업 경로로 요청한 경우입니다.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>게이트웨이가 이런 종류의 작업에 제공하는 모델을 사용하거나, 관리자에게 채널이 지원하는 요청 형식을 문의하세요.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>게이트웨이가 요청에 맞는 채널을 찾지 못함</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>게이트웨이가 이 모델과 그룹에 맞는 업스트림 채널을 고르지 못했습니다. 대개 해당하는 채널이 모두 비활성화되었거나 현재 사용 중이기 때문입니다.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>몇 분 후 다시 시도하세요. 계속되면 게이트웨이 관리자에게 문의하세요. 모델에 작동하는 채널이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>게이트웨이 채널에 사용할 수 있는 키가 없음</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>업스트림 채널에 지금 사용할 수 있는 제공업체 키가 없습니다. 예를 들어 모든 키가 속도 제한에 걸렸거나 비활성화되었습니다. 문제는 게이트웨이 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>나중에 다시 시도하세요. 계속 발생하면 게이트웨이 관리자에게 채널의 업스트림 키가 모두 소진되었다고 알리세요.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>게이트웨이의 업스트림 키가 유효하지 않음</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>게이트웨이가 이 채널에 사용하는 키를 업스트림 제공업체가 거부했습니다. 내 키에는 문제가 없으며, 게이트웨이 관리자만 해당 키를 교체할 수 있습니다.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>발생 시각과 메시지에 나온 요청 ID를 알려 주며 게이트웨이 관리자에게 문의하세요. 관리자가 채널을 고치기 전에는 다시 시도해도 실패합니다.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>게이트웨이 모델 매핑이 잘못됨</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>게이트웨이는 요청한 모델 이름을 업스트림 모델에 매핑하는데, 채널 구성의 이 매핑이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>사용한 모델 이름을 알려 주며 게이트웨이 관리자에게 문의하세요. 수정될 때까지는 가능하면 다른 모델을 사용하세요.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>업스트림 응답이 너무 느림</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>업스트림 채널이 게이트웨이가 정한 제한 시간 안에 응답하지 않았습니다. 큰 요청이나 바쁜 제공업체가 주된 원인입니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>잠시 후 다시 시도하세요. 게이트웨이가 다른 채널을 고를 수도 있습니다. 반복되면 출력 개수를 줄이거나 길이를 짧게 하는 등 요청 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>게이트웨이 할당량 소진</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>게이트웨이 계정에 이 요청의 요금을 낼 만큼 할당량이 남아 있지 않습니다. 게이트웨이는 대개 이 오류를 HTTP 403과 함께 보냅니다.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>게이트웨이 대시보드에서 계정을 충전한 후 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>게이트웨이가 요청에 필요한 할당량을 예약하지 못함</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>new-api는 요청을 실행하기 전에 예상 비용을 키의 할당량에서 예약합니다. 예약이 실패했으며, 대개 키 자체의 할당량 한도가 예상 비용보다 낮기 때문입니다.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>게이트웨이 대시보드에서 이 키의 할당량 한도를 올리거나 없애거나, 계정을 충전한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>게이트웨이에 이 모델의 가격이 없음</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>모델에 가격이나 배율이 설정되어 있지 않아 게이트웨이가 요청에 요금을 청구할 수 없습니다. 게이트웨이 쪽 구성이 누락된 것입니다.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>게이트웨이 관리자가 가격을 설정할 수 있도록 실패한 모델을 알려 주세요. 그동안에는 다른 모델을 사용하세요.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>게이트웨이가 요청 크기를 측정하지 못함</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api는 요금을 청구하기 전에 각 요청의 크기를 추정하는데, 이 추정이 실패했습니다. 입력 이미지를 다운로드하거나 읽을 수 없을 때 자주 발생합니다.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>모든 이미지 URL이 공개되어 있고 유효한지 확인한 후 “수정 후 다시 제출”을 사용하세요. 입력에 문제가 없으면 한 번 다시 시도한 후 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>게이트웨이가 업스트림에 연결하지 못함</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>게이트웨이가 업스트림 제공업체를 호출하는 중에 네트워크 수준에서 실패했습니다. 예를 들어 연결이 거부되었거나 끊겼습니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>잠시 후 다시 시도하세요. 게이트웨이가 다음 시도를 다른 채널로 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>업스트림이 사용할 수 없는 응답을 반환함</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>업스트림 제공업체가 응답했지만 게이트웨이가 응답을 해석하지 못했습니다. 업스트림 쪽의 오류나 형식 변경을 뜻합니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>잠시 후 다시 시도하세요. 계속 실패하면 요청 ID를 알려 주며 게이트웨이 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>업스트림이 오류 상태로 응답함</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>업스트림 제공업체가 HTTP 오류를 반환했고, 게이트웨이가 이 코드로 전달했습니다. 메시지에 업스트림 자체의 설명이 들어 있는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>먼저 메시지를 읽으세요. 입력에 문제가 있다고 나오면 “수정 후 다시 제출”로 고치세요. 그렇지 않으면 잠시 후 다시 시도하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>업스트림이 빈 응답을 보냄</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>업스트림 제공업체가 아무 내용 없이 응답을 끝냈습니다. 느린 스트리밍 응답이 제한 시간에 걸리면 이렇게 끝날 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>다시 시도하세요. 계속 발생하면 게이트웨이 관리자에게 스트리밍 제한 시간을 늘려 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>게이트웨이가 업스트림 응답을 잃음</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>게이트웨이가 응답을 읽는 중에 업스트림과의 연결이 끊겨 응답이 불완전합니다.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>호출을 다시 시도하세요. 제출이 실패했다면 업스트림이 작업을 만들었을 수 있으므로, 잠시 기다렸다가 다시 제출하기 전에 게이트웨이 사용 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>게이트웨이가 데이터를 인코딩하지 못함</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>게이트웨이가 요청이나 응답을 JSON으로 변환하지 못했습니다. 게이트웨이 소프트웨어의 내부 오류입니다.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>한 번 다시 시도하세요. 반복되면 요청 ID를 알려 주며 게이트웨이 관리자에게 보고하세요.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>게이트웨이 데이터베이스 읽기 실패</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>게이트웨이가 키, 사용자, 작업 기록 등 필요한 데이터를 데이터베이스에서 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>잠시 후 다시 시도하세요. 오류가 계속되면 게이트웨이 자체에 문제가 있는 것이므로 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>게이트웨이 데이터베이스 쓰기 실패</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>게이트웨이가 새 작업 기록이나 할당량 변경 같은 데이터를 저장하지 못했습니다. 제출 후라면 게이트웨이가 기록하지 않았어도 업스트림 작업이 존재할 수 있습니다.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>상태 조회 호출은 잠시 후 다시 시도하세요. 다시 제출하기 전에 게이트웨이 사용 로그에서 요금 청구 내역을 확인하고, 요금이 청구되었다면 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>게이트웨이가 이 작업 ID를 알지 못함</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>게이트웨이에 내 키로 만든 이 ID의 작업이 없습니다. new-api는 이 오류를 404가 아닌 HTTP 400으로 보내므로 입력 오류처럼 보일 수 있습니다.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>지연 때문인지 확인하려면 “다시 확인”을 한 번 사용하세요. 계속 알 수 없으면 프로필이 작업을 만든 키를 아직 사용하는지 확인하고, 그렇지 않다면 작업을 유실된 것으로 간주하세요.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>이 키의 동시 요청이 너무 많음</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>게이트웨이는 키 하나가 동시에 실행할 수 있는 요청 수를 제한하는데, 이 키가 그 상한에 도달했습니다.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>실행 중인 요청이 끝날 때까지 기다린 후 다시 시도하세요. 키의 한도를 넘지 않도록 프로필 설정에서 동시 실행 수 상한을 줄이세요.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>게이트웨이 동시 실행 검사를 사용할 수 없음</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>요청 수를 세는 서비스가 중단되어, 게이트웨이가 키의 실행 중인 요청 수를 확인하지 못했습니다. 검사가 다시 작동할 때까지 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>잠시 후 다시 시도하세요. 계속되면 게이트웨이 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>게이트웨이에서 작업 실패</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>작업이 실패 상태로 끝났습니다. new-api는 이런 메시지를 고정 코드 없이 그대로 전달하므로, 게이트웨이나 업스트림 제공업체가 밝힌 이유는 제공업체 메시지에 있습니다.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>메시지를 읽으세요. 프롬프트나 입력이 원인이라면 “수정 후 다시 제출”로 고치세요. 그렇지 않으면 잠시 후 다시 제출하세요.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API 키가 없거나 거부됨</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>SeaArt 게이트웨이가 요청이 모델 대기열에 도달하기 전에 중단했습니다. Authorization 헤더에 API 키가 없었거나, 잘못 입력되었거나 삭제되었거나 다른 계정의 키여서 SeaArt가 받아들이지 않는 키였습니다.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>프로필 설정을 열고 앞뒤 공백 없이 SeaCloud API 키를 다시 입력하세요. 키가 삭제되었거나 교체되었다면 SeaCloud 콘솔에서 새 키를 만드세요.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>SeaArt에 대한 요청이 너무 많음</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>SeaArt 게이트웨이는 계정 하나가 짧은 시간에 보낼 수 있는 요청 수를 제한하는데, 이 요청이 한도를 넘었습니다. 제출, 상태 폴링, 결과물 다운로드가 모두 포함됩니다.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Retry-After에 지정된 시간만큼, 지정되지 않았다면 1분 정도 기다린 후 다시 시도하세요. 프로필 설정에서 동시 실행 수 상한을 줄이거나 폴링 간격을 늘리세요.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>알 수 없는 SeaArt 모델 엔드포인트</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>요청 경로의 모델 ID가 SeaCloud 엔드포인트가 아닙니다. 메시지 끝에 시도한 ID가 나와 있습니다. 대개 ID의 철자가 틀렸거나 SeaCloud에서 모델이 제거되었습니다.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>SeaCloud 모델 목록에서 정확한 모델 ID(예: nano_banana_2)를 찾아 “수정 후 다시 제출”로 고치세요.</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>이 SeaArt 계정에서 활성화되지 않은 모델</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>모델은 존재하지만, 이 API 키를 소유한 계정은 이 모델을 사용할 수 없습니다. 일부 SeaCloud 모델은 별도로 활성화하거나 상위 요금제가 필요합니다.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>SeaCloud 콘솔에서 계정에 모델을 활성화하거나, “수정 후 다시 제출”로 요금제에 포함된 모델을 고르세요. 프로필이 올바른 계정의 키를 사용하는지도 확인하세요.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt는 웹훅 콜백을 받지 않음</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>SeaArt 대기열은 웹훅을 지원하지 않으며, 본문, 쿼리 문자열, 헤더 중 어디에든 콜백 주소가 있는 요청은 거부합니다. 대기열에 들어간 작업은 없습니다.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>“수정 후 다시 제출”에서 webhook_url 같은 웹훅 또는 콜백 필드를 매개변수에서 제거하세요. QueueLens가 SeaArt에 작업 상태를 폴링하므로 콜백은 필요 없습니다.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>SeaArt 런타임이 호출을 처리하지 못함</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>SeaArt 대기열 런타임이 호출을 처리하는 중에 실패했습니다. SeaArt 쪽 오류이며, 제출이 실패했다면 작업이 만들어졌는지 확실하지 않습니다.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>상태 및 결과물 호출은 잠시 후 다시 시도하세요. 실패한 제출은 한두 번만 다시 제출하세요. 새로 제출할 때마다 요금이 청구되는 작업이 또 만들어질 수 있습니다.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt에는 스트리밍 상태 엔드포인트가 없음</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>SeaArt가 제공하지 않는 상태 스트림 경로로 요청이 전송되었습니다. SeaArt는 일반 상태 엔드포인트로만 진행 상황을 알려 주며, 이 엔드포인트는 폴링해야 합니다.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>프로필 설정의 기본 URL이 스트림 경로가 없는 일반 SeaArt 모델 URL인지 확인하세요. 올바르다면 QueueLens 버그로 신고하세요.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>SeaArt 엔드포인트가 존재하지 않음</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>요청이 동기식 /sync 엔드포인트처럼 SeaArt가 제공하지 않는 경로로 전송되었습니다. SeaArt는 비동기 대기열로만 생성을 실행하며, 기본 URL이 잘못되어도 같은 응답이 옵니다.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>프로필 설정의 기본 URL을 추가 경로 없이 https://cloud.seaart.ai/model로 설정하세요. 대기열로 제출하고 결과물은 QueueLens가 폴링하도록 두세요.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt가 이 요청 ID를 알지 못함</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt가 이 모델 엔드포인트와 키에서 이 request_id의 작업을 찾지 못했습니다. ID가 잘못되었거나, 상태 조회 호출이 제출할 때와 다른 모델 ID를 사용했거나, 다른 계정의 키를 사용한 경우가 일반적입니다.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>“다시 확인”은 한두 번만 사용하세요. 응답이 같으면 작업을 유실된 것으로 간주하고, 프로필이 작업을 제출할 때 쓴 키를 아직 사용하는지 확인하세요.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>SeaArt 모델이 생성 중에 실패함</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>작업이 실행되었지만 모델이 결과물을 만들기 전에 오류로 중단되었습니다. SeaArt는 이런 작업을 오류와 함께 COMPLETED로 표시하므로, 작업은 끝났고 출력은 없습니다.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>잠시 기다린 후 작업을 다시 제출하세요. 같은 입력으로 또 실패하면 프롬프트, 이미지 또는 매개변수를 바꾸거나 다른 모델을 사용해 보세요.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>SeaArt 생성 시간이 너무 오래 걸림</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>모델이 SeaArt 자체 제한 시간 안에 끝나지 않아 SeaArt가 결과물 없이 작업을 종료했습니다. 긴 동영상, 높은 해상도, 사용량이 많은 시간대일수록 발생하기 쉽습니다.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>모델 사용량이 적을 때 나중에 다시 시도하세요. 계속 발생하면 “수정 후 다시 제출”로 길이를 줄이거나 해상도를 낮추세요.</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt가 작업 입력을 사용할 수 없다고 판단함</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt가 작업을 대기열에 넣었지만, 이후 모델이 입력을 거부했습니다. 예를 들어 프롬프트가 없거나, 값이 범위를 벗어났거나, 읽을 수 없는 이미지입니다. SeaArt의 오류 메시지에 대개 문제가 나와 있습니다.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>제공업체 메시지에 나온 입력을 “수정 후 다시 제출”로 고치세요. 이미지 URL이 공개되어 있는지, 값이 모델 문서의 옵션과 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt가 콘텐츠를 차단함</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>프롬프트, 입력 이미지 또는 생성된 출력이 콘텐츠 규칙을 위반하여 SeaArt 안전 필터가 작업을 중단했습니다. 보관된 결과물은 없습니다.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>SeaArt 콘텐츠 규칙을 분명히 따르도록 프롬프트를 다시 작성하거나 입력 이미지를 교체한 후 “수정 후 다시 제출”을 사용하세요. 같은 입력은 다시 차단됩니다.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>SeaArt 작업이 취소됨</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>QueueLens 또는 같은 키를 쓰는 다른 클라이언트가 보낸 취소 요청이 SeaArt에 도달하여 작업이 종료되었습니다. SeaArt는 이를 이 오류 유형과 함께 COMPLETED로 보고합니다.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>의도한 취소라면 따로 조치할 필요가 없습니다. 그렇지 않다면 “수정 후 다시 제출”로 작업을 다시 제출하세요.</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>작업 중 SeaArt 내부 오류</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>작업을 처리하는 중에 SeaArt 서비스 내부에서 오류가 발생했습니다. 요청 자체는 원인이 아닙니다. 작업은 결과물 없이 끝났습니다.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>몇 분 후 작업을 다시 제출하세요. 이런 식으로 실패하는 작업이 많으면 요청 ID를 알려 주며 SeaArt 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>취소 전에 작업이 이미 끝남</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>작업이 최종 상태에 도달한 후에 취소 요청이 도착하여 중지할 대상이 없었습니다. 실패가 아니며, 작업은 스스로 성공하거나 실패했습니다.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>“다시 확인”으로 실제 최종 상태와, 작업이 성공했다면 결과물을 불러오세요.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt에서 취소할 작업을 찾지 못함</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt가 취소 요청에 NOT_FOUND로 응답했습니다. 이 키와 모델 엔드포인트에 이 요청 ID의 작업이 없거나, 키에 액세스 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>“다시 확인”으로 작업이 아직 존재하는지 확인하세요. 상태 조회 호출도 실패하면 작업을 유실된 것으로 간주하고, 프로필이 작업을 제출할 때 쓴 키를 사용하는지 확인하세요.</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu가 요청을 거부함</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu가 구체적인 이유를 밝히지 않고 요청이 유효하지 않다고 판단했습니다. Vidu는 더 이상 취소할 수 없는 상태의 작업에 대한 취소를 거부할 때도 이 코드를 사용합니다.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>제공업체 메시지를 읽으세요. 취소가 거부되었다면 “다시 확인”으로 작업의 실제 상태를 확인하고, 그렇지 않다면 “수정 후 다시 제출”로 요청을 고치세요.</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>필수 필드 누락</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>요청에 Vidu가 받지 않는 필드가 있음</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>필드의 항목이 너무 많거나 적음</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>페이지 크기 또는 이미지 크기가 범위를 벗어남</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>코드 이름으로 보면 페이지 크기가 허용 범위(1~100)를 벗어난 작업 목록 요청입니다. 하지만 Vidu 자체 표에서는 이 코드를 입력 이미지 제한(최대 50MB, JPG·JPEG·PNG·WEBP, 화면비 1:4~4:1)과 연결합니다.</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>작업 목록에서는 페이지 크기를 1~100으로 지정하세요. 제출이었다면 입력 이미지가 이 제한에 맞는지 확인하고 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu가 이미지를 다운로드하지 못함</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu가 요청에 포함된 URL에서 이미지를 가져오지 못했습니다. 링크가 만료되었거나, 로그인이 필요하거나, 자동 다운로드가 차단되어 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>각 이미지 URL이 브라우저의 시크릿 창에서 로그인 없이 열리는지 확인하고, 깨진 링크를 교체한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu가 아직 요청을 처리하는 중</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu가 아직 요청을 처리하고 있으며, 나중에 다시 시도해 달라고 요청합니다.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Vidu의 요청대로 잠시 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Vidu가 받지 않는 이미지 형식</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>입력 이미지가 Vidu가 받지 않는 형식이거나 파일이 손상되었습니다. Vidu는 JPG, JPEG, PNG, WEBP 이미지를 읽습니다.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>이미지를 PNG나 JPEG로 변환한 후 “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>입력이 Vidu 안전 검토를 통과하지 못함</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Vidu가 제출된 프롬프트나 이미지를 검토한 결과 허용하지 않는 콘텐츠가 발견되어 작업이 접수되지 않았습니다.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Vidu 콘텐츠 규칙을 분명히 따르도록 프롬프트나 이미지를 바꾼 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Vidu 크레딧 부족</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>계정에 이 작업에 필요한 크레딧이 부족합니다. Vidu는 이 오류를 HTTP 400과 함께 보내지만, 입력 오류가 아니라 결제 문제입니다.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Vidu 플랫폼에서 크레딧을 구매하거나 갱신하거나, 작업 비용을 줄인 후(길이 단축, 해상도 낮춤) 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>생성된 콘텐츠가 Vidu 정책을 위반함</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>작업은 실행되었지만 Vidu 콘텐츠 정책이 생성된 출력을 문제로 판단하여 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>출력이 문제로 판단될 가능성이 낮아지도록 프롬프트나 입력 이미지를 바꾼 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Vidu 모델을 사용할 수 없음</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>요청한 모델을 이 작업에 사용할 수 없어 작업이 실패했습니다. Vidu는 모델 유형을 원인으로 지목합니다.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>모델 유형(예: 이 엔드포인트에서는 viduq1)을 확인하고 “수정 후 다시 제출”로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>사용자가 Vidu 작업을 취소함</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>QueueLens 또는 다른 곳에서 보낸 이 계정의 취소 요청으로 작업이 중지되었습니다. Vidu는 이를 이 코드와 함께 실패로 보고합니다.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>의도한 취소라면 따로 할 일이 없습니다. 그렇지 않다면 “수정 후 다시 제출”로 작업을 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>필드 값이 유효하지 않음</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>이미지에서 사용할 수 있는 인체를 찾지 못함</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>이 모델이나 효과에는 사람이 분명하게 보여야 하는데, Vidu의 인체 감지가 입력 이미지에서 신체 관절을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>한 사람의 전신이 과도하게 잘리지 않고 분명하게 나온 사진을 사용한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>입력 이미지의 얼굴 검사 실패</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>입력 이미지에 대한 Vidu 얼굴 검사가 실패했습니다. 예를 들어 얼굴이 너무 작거나, 다른 쪽을 향하거나, 흐릿합니다.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>얼굴이 분명하고 카메라를 향한 선명한 사진을 업로드한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>이미지에서 신체나 얼굴이 너무 많이 가려짐</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>입력 이미지 속 인물의 신체나 얼굴이 너무 많이 가려져 Vidu가 감지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>얼굴과 신체가 물건, 손, 다른 사람에게 가려지지 않은 이미지를 사용한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>프롬프트가 Vidu 정책을 위반함</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>텍스트 프롬프트에 Vidu가 허용하지 않는 단어나 주제가 포함되어 있어, 작업이 실행되기 전에 거부되었습니다.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>문제가 되는 내용을 빼고 프롬프트를 다시 작성한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu API 키가 거부됨</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>키가 잘못되었거나, 삭제되었거나, 없어서 Vidu가 인증 정보를 받아들이지 않았습니다. Vidu는 Authorization 헤더에 Token 방식으로 키를 받으며, 재판매업체는 다른 방식을 요구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>프로필 설정에서 키를 확인하고, 필요하면 Vidu 플랫폼에서 새 키를 만드세요. 기본 URL이 재판매업체를 가리킨다면 해당 재판매업체가 발급한 키를 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu가 액세스를 거부함</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>키는 유효하지만 이 요청을 보낼 권한이 없습니다. 예를 들어 계정의 패키지에 포함되지 않은 엔드포인트나 모델입니다.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Vidu 플랫폼에서 계정의 패키지와 권한을 확인하거나, 프로필 설정에서 필요한 권한이 있는 키를 설정하세요.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu가 이 작업 ID를 알지 못함</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>키에 연결된 계정에 이 ID의 작업이 없습니다. ID를 잘못 입력했거나 다른 조직의 키를 사용한 경우가 일반적입니다.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>“다시 확인”을 한 번 사용하세요. 그래도 작업을 찾을 수 없으면 프로필이 제출할 때와 같은 키를 사용하는지 확인하고, 그렇지 않다면 작업을 유실된 것으로 간주하세요.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>Vidu 생성물 ID를 찾을 수 없음</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>요청에 지정된 생성물(작업이 만든 출력 하나)이 존재하지 않거나 더 이상 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>“다시 확인”으로 작업의 현재 생성물 목록을 불러와 그 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Vidu 리소스를 찾을 수 없음</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>요청한 경로나 리소스가 존재하지 않습니다. 대개 기본 URL이나 엔드포인트가 잘못되었기 때문입니다.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>프로필 설정의 기본 URL(국제 플랫폼은 https://api.vidu.com)과 엔드포인트가 작업 유형에 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Vidu 리소스 충돌</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>요청이 이미 사용 중인 키로 리소스를 만들거나 변경하려 하여 Vidu가 거부했습니다.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>요청을 반복하기 전에 “다시 확인”으로 이전 요청이 이미 적용되었는지 확인하세요.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Vidu 동시 실행 한도 초과</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>조직에서 이미 동시 실행 한도(기본값 5)만큼 작업을 실행하고 있어, Vidu가 추가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>실행 중인 작업이 끝날 때까지 기다린 후 다시 시도하세요. 프로필 설정의 동시 실행 수 상한을 Vidu 한도에 맞추거나, Vidu 고객 지원에 한도 상향을 요청하세요.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Vidu에 요청을 너무 자주 보냄</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>이 키가 짧은 시간 동안 Vidu가 허용하는 것보다 빠르게 요청을 보냈습니다. 상태 확인도 포함됩니다.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>잠시 기다린 후 다시 시도하고, 프로필 설정에서 폴링 간격을 늘리세요.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu가 트래픽을 제한하는 중</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>계정 때문이 아니라 Vidu 자체 리소스가 한계에 도달하여 Vidu가 요청을 제한하고 있습니다.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>최소 몇 분 이상 충분히 기다린 후 다시 시도하고, 제한이 풀릴 때까지 새 작업 제출을 줄이세요.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>클라이언트가 요청을 중단함</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>응답이 준비되기 전에 클라이언트가 HTTP 요청을 닫았다고 Vidu가 기록했습니다. 예를 들어 클라이언트 쪽 시간 초과 후입니다. 작업이 아니라 해당 호출에 관한 오류입니다.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>제출이었다면 작업이 만들어졌을 수 있으므로, 다시 제출하기 전에 “다시 확인”이나 Vidu 작업 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Vidu 내부 서비스 오류</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>요청을 처리하는 중에 Vidu 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>잠시 후 다시 시도하세요. 계속 실패하면 오류 세부 정보의 trace ID를 알려 주며 Vidu 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>원인을 알 수 없는 Vidu 실패</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu가 이유를 밝히지 않고 작업이나 요청이 실패했다고 보고했습니다.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>잠시 후 다시 제출하세요. 같은 작업이 계속 실패하면 작업 ID를 알려 주며 Vidu 고객 지원에 문의하세요.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Vidu 얼굴 감지 실패</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu가 입력에 대해 얼굴 감지를 실행하지 못했습니다. 대개 이미지가 너무 어둡거나, 작거나, 품질이 낮기 때문입니다.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>얼굴이 크고 분명하게 보이는 더 밝고 선명한 이미지를 사용한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu가 동영상을 다운로드하지 못함</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu가 요청에 포함된 URL에서 동영상을 가져오지 못했습니다. 링크가 비공개이거나, 만료되었거나, 너무 느릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>동영상 파일에 대한 공개 직접 링크를 사용하고, 브라우저의 시크릿 창에서 열어 본 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Vidu가 받지 않는 동영상 형식</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>입력 동영상이 Vidu가 읽을 수 없는 컨테이너나 코덱을 사용하거나, 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>동영상을 H.264 MP4로 변환한 후 “수정 후 다시 제출”로 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>얼굴이 Vidu 얼굴 검사를 통과하지 못함</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>얼굴은 발견되었지만 모델이나 효과의 요건에 맞지 않습니다. 예를 들어 옆모습이거나, 일부가 가려졌거나, 너무 작습니다.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>카메라를 향한 선명한 얼굴 하나가 이미지의 상당 부분을 차지하는 사진을 사용한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>입력 사진이 Vidu 검토를 통과하지 못함</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Vidu 이미지 검토에서 업로드된 사진을 거부했습니다. 예를 들어 플랫폼이 허용하지 않는 콘텐츠가 담겨 있습니다.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Vidu 콘텐츠 규칙을 분명히 따르는 사진으로 교체한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>이미지에서 얼굴을 찾지 못함</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>선택한 모델이나 효과에는 얼굴이 필요한데, Vidu가 입력 이미지에서 얼굴을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>사람의 얼굴이 분명하게 보이는 이미지를 업로드한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>이미지에 얼굴이 둘 이상 있음</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>이 모델이나 효과는 한 사람만 처리하는데, Vidu가 입력 이미지에서 여러 얼굴을 발견했습니다.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>이미지를 한 사람만 나오도록 자르거나 얼굴이 하나뿐인 사진을 고른 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Vidu 콘텐츠 검토 실패</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Vidu 콘텐츠 검토에서 입력이나 생성된 출력을 거부하여, 작업이 사용할 수 있는 결과물 없이 끝났습니다.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Vidu 콘텐츠 규칙을 분명히 따르도록 프롬프트와 이미지를 조정한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>이미지 크기가 범위를 벗어남</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>입력 이미지의 너비나 높이(픽셀)가 Vidu에서 쓰기에 너무 크거나 작습니다.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>두 변이 모델 문서의 픽셀 제한 안에 들어오고 화면비가 1:4~4:1 사이가 되도록 이미지 크기를 조정한 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>요청에 Vidu가 필요로 하는 항목이 빠져 있거나 비어 있습니다. Vidu가 지목한 항목: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>“수정 후 다시 제출”로 빠진 항목을 채우세요. 엔드포인트가 작업에 맞는지도 확인하세요. 예를 들어 이미지로 동영상을 생성하려면 입력 이미지가 필요합니다.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>요청에 이 엔드포인트나 모델이 받지 않는 항목이 포함되어 있습니다. Vidu가 지목한 항목: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>“수정 후 다시 제출”로 해당 항목을 제거하세요. 허용되는 옵션은 Vidu 모델과 엔드포인트마다 다릅니다.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>요청에 포함된 목록의 항목 수가 Vidu가 허용하는 범위를 벗어났습니다. 예를 들어 참조 이미지가 너무 많습니다. Vidu가 지목한 항목: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>항목 수를 모델이 허용하는 수로 바꾼 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>요청에 포함된 값이 Vidu 검사를 통과하지 못했습니다. 예를 들어 알 수 없는 모델, 해상도 또는 길이입니다. Vidu가 지목한 항목: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>모델 문서에 나온 값으로 바꾼 후 “수정 후 다시 제출”을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>잘못된 요청</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>콘텐츠 정책</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>상태 충돌</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>속도 제한</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>업스트림 오류</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>즉시 재시도</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>잠시 후 재시도</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>요청 변경 필요</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>계정 또는 키 수정 필요</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>작업 상태 먼저 확인</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>재시도해도 소용없음</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>제공업체에 문의</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>작업 제출 중</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>상태 확인 중</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>결과물 가져오는 중</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>제공업체 작업 목록 검색 중</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>제공업체에서 생성 중</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>작업 생성됨</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>작업 ID로 추가됨</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>제출 응답 받음</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>제출 거부됨</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>제출에 대한 명확한 응답 없음</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>제출이 속도 제한에 걸림</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>그래도 제출함</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>재시도함</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>상태 확인 실패</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>결과물 가져옴</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>제공업체가 알지 못함</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>다시 확인함</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>다시 확인했으나 찾지 못함</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>작업 목록에서 찾음</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>작업 목록에 없음</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>작업 목록에서 여러 건 일치</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>작업 목록이 그 시점까지 거슬러 올라가지 않음</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>작업 목록을 사용할 수 없음</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>취소 요청함</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>취소 응답 받음</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>취소 호출 실패, 다시 시도 중</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>취소 실패</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>취소할 수 없음</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>취소 전에 끝남</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>제한 시간 도달</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens 재시작됨</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>다른 컴퓨터에 있는 API 키</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>결과물 다운로드 중</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>결과물 저장됨</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>결과물 다운로드 실패</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>기타 이벤트</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>제공업체 오류 코드를 설명하고 해결 방법을 제안합니다.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>범주: %1(%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>재시도: %1(%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>조치 방법: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(이 코드는 제공업체 문서에 없습니다. 위 내용은 HTTP 상태와 범주를 바탕으로 작성되었습니다.)</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>제공업체가 보낸 코드, 사유, 유형 또는 메시지(예: CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>제공업체 ID: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>오류와 함께 온 HTTP 상태.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>필드 이름 같은 세부 정보를 채우는 데 쓰이는 제공업체 메시지.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI 언어(예: zh_CN 또는 ru).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>설명할 식별자를 정확히 하나 지정하세요.</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status에는 “%1”이(가) 아니라 100~599 사이의 HTTP 상태를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>“%1”은(는) 오류 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>“%1”은(는) %2의 오류 카탈로그에 없습니다.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>작업 %n개가 %1(%2)(으)로 실패함</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>작업 %n개가 %1(%2)(으)로 실패함</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>범주: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>재시도: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>작업을 재시도하거나, 프로필의 기한과 제공업체 상태 페이지를 확인하세요.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>모두 재시도(%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>모두 제거(%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>실패한 작업이 없습니다. 실패한 작업은 여기에 오류 코드별로 묶여 표시되므로, 한 가지 해결 방법을 한꺼번에 적용할 수 있습니다.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>표에서 선택</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>이 작업만 표시</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>이 그룹에서 재시도할 수 있는 작업을 모두 재시도합니다</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>이 그룹의 작업을 모두 목록에서 제거합니다</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>이 작업들을 선택한 상태로 작업 표로 전환합니다</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>작업 표를 이 그룹으로 필터링합니다</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>코드별 실패</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI에는 문서화된 취소 엔드포인트가 없습니다. 작업은 끝까지 실행되며 평소대로 요금이 청구됩니다.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI는 “image”와 “video” 유형만 받으며, “%1”은(는) 받지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>“%1”은(는) FoxAPI 모델 이름이 아닙니다(모델 이름에는 공백이 없음).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>%1의 응답이 %2바이트보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1이(가) 요청을 %2(으)로 리디렉션했습니다. QueueLens는 같은 호스트 안에서만 리디렉션을 따르므로, API 키를 그쪽으로 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1이(가) 요청을 %2회 넘게 리디렉션했습니다.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1이(가) 요청 하나의 제한 시간인 %2초가 지나도 응답을 계속 보내고 있어 QueueLens가 기다리기를 중단했습니다. 서버가 응답을 끝내지 않고 열어 두고 있습니다.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1에 대한 보안 연결 실패: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>전송 제한 시간(%2) 안에 %1에서 받은 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1이(가) 연결을 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>호스트 이름 %1을(를) 확인할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>응답을 모두 받기 전에 %1과(와)의 연결이 닫혔습니다(%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>%1에 연결하는 중에 프록시 오류가 발생했습니다(%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>네트워크를 사용할 수 없어 %1에 연결하지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>%1에 대한 보안 연결에 실패했습니다(%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>%1에 대한 요청이 실패했습니다(%2).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>데이터베이스의 작업을 나열합니다(제공업체에 연결하지 않음).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>이 상태의 작업만 표시(쉼표로 구분): %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>이 제공업체의 작업만 표시.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>예상하지 못한 인수 “%1”</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>알 수 없는 상태 “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>작업이 없습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>원격 ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>LLMAPI 비동기 작업은 이미지만 생성하며, “%1”은(는) 생성하지 않습니다.</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>LLMAPI 이미지 작업은 스트리밍할 수 없습니다. “stream”을 제거하거나 false로 설정하세요.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>이미지 수 “n”은 1 이상의 정수여야 합니다.</translation>
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
        <translation>QueueLens 정보</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>작업 %n개를 제출했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — 샌드박스</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>작업(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>제출(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>새 작업을 만드는 제출 패널을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>다른 곳에서 만든 작업을 원격 ID로 추적합니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>선택하거나 표시된 작업을 CSV 또는 JSON으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>QueueLens를 끝냅니다. 실행 중인 작업은 제공업체에서 계속 실행됩니다</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>원격 ID, 프롬프트 텍스트 또는 오류 코드로 검색합니다</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>표에 표시된 작업을 모두 선택합니다</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>모든 작업을 다시 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>언어, 알림, 다운로드 폴더 및 프로필</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>제공업체 계정과 API 키를 추가하거나 편집합니다</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>QueueLens 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>버전 및 만든 사람</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>사용 중인 Qt 버전</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>필터 사이드바(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>상태 및 제공업체 필터를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>세부 정보 창(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>선택한 작업의 세부 정보를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>코드별 실패(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>제출 패널(&amp;S)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>도구 모음(&amp;O)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>폴링 재개(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>폴링 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>폴링이 일시 중지되었습니다. 어떤 제공업체에도 업데이트를 요청하지 않습니다. 재개하려면 클릭하세요.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>재개할 때까지 제공업체에 업데이트 요청을 중단합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>작업 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>코드별 실패(%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>코드별 실패</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>내보낼 작업이 없습니다.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>스프레드시트용 CSV(*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON(*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>작업 %n개 내보내기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>작업 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;비동기 AI 이미지·동영상 생성 작업을 위한 데스크톱 콘솔입니다. 작업을 제출하고 지켜보며, 실패 원인을 설명하고 클릭 한 번으로 해결합니다.&lt;/p&gt;&lt;p&gt;제공업체: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>열(&amp;O)</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>제공업체 프로필(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api에는 취소 엔드포인트가 없습니다. 작업은 끝까지 실행됩니다.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>여기서는 new-api 작업 릴레이를 동영상에만 사용하며, “%1”에는 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>“%1”은(는) 모델 이름이 아닙니다(모델 이름에는 공백이 없음).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>게이트웨이가 작업을 실패로 표시했지만 이유를 밝히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>값이 둘 이상입니다. 목록은 JSON 배열 [ … ]로 작성하세요.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>매개변수는 하나의 JSON 객체여야 합니다: { &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>%1행: “이름: 값” 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>%1행: &apos;:&apos; 앞에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>%1행: 이름에는 공백을 넣을 수 없습니다(“%2”).</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>%1행: &apos;:&apos; 뒤에 값이 있어야 합니다(빈 텍스트는 &quot;&quot;로 작성).</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>%1행: “%2”은(는) 이미 %3행에서 설정되었습니다.</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>%1행: “%2”의 값이 유효한 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>“%1”은(는) 위쪽 양식에서 설정되므로 여기서는 제거하세요.</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1은(는) 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>이름: 값</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>매개변수 형식</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>매개변수를 한 줄에 하나씩 “이름: 값”으로 입력하거나 JSON 객체로 입력하세요</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>JSON 객체로 작성한 추가 매개변수입니다.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>한 줄에 하나씩 “이름: 값”으로 작성합니다. 텍스트에는 따옴표가 필요 없으며, #으로 시작하면 주석입니다.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>추가 매개변수</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens는 PostgreSQL 서버 하나에만 연결하는데, 주소에 여러 호스트가 지정되어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>“%1”은(는) PostgreSQL 주소가 아닙니다. postgresql://user@host:port/database 형식으로 작성하세요.</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>PostgreSQL 주소에는 “#” 부분을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>“%1”은(는) QueueLens가 알고 있는 연결 매개변수가 아닙니다(알려진 매개변수: %2).</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>PostgreSQL 주소에 데이터베이스가 지정되지 않았습니다. postgresql://user@host/queuelens처럼 호스트 뒤에 추가하세요.</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>PostgreSQL 주소의 포트가 1~65535 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>Qt의 PostgreSQL 드라이버가 설치되어 있지 않습니다(Debian 및 Ubuntu: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>데이터베이스 %1에 QueueLens의 것이 아닌 “tasks” 테이블이 있습니다. QueueLens 전용 데이터베이스를 사용하세요.</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>서버가 %1의 비밀번호를 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>서버 %1에 비밀번호가 필요합니다. 환경 설정의 공유 기록에 입력하거나(시스템 키체인에 보관됨), PGPASSWORD를 설정하거나, ~/.pgpass에 추가하세요.</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>%1의 데이터베이스가 서버에 없습니다. createdb로 한 번 만드세요(%2).</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>서버 %1에 해당 사용자가 없습니다(%2).</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>%1에 대한 보안 연결(TLS)에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>%1의 서버 이름을 알 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>서버 %1에 연결할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>%1과(와)의 연결이 끊어졌습니다(%2).</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>데이터베이스 %1이(가) 사용 중입니다. 다른 QueueLens가 쓰기 잠금을 보유하고 있습니다(%2).</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>데이터베이스 %1은(는) 읽기 전용입니다(%2).</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>%1이(가) 있는 서버 디스크가 가득 찼습니다(%2).</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>%1의 사용자에게 이 동작을 수행할 권한이 없습니다. 데이터베이스에 대한 권한을 부여하세요(%2).</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1에서 데이터베이스 오류 발생(%2)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>프로필 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>이름이 “%1”인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>이 프로필이 연결할 제공업체를 선택하세요.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>API 키가 들어 있는 환경 변수 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>“%1”은(는) 올바른 환경 변수 이름이 아닙니다. 영문자, 숫자, _만 사용하고 숫자로 시작하지 마세요.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>폴링 간격은 %1~%2초 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>동시 실행 수는 한 번에 1~%1개 요청 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>기한은 0(없음)~%1분(7일) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>일반 http://는 API 키를 암호화하지 않고 보냅니다. 신뢰할 수 있는 로컬 서버가 아니라면 https://를 사용하세요.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>QueueLens 환경에 %1이(가) 설정되어 있지 않습니다. 설정하기 전까지는 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>키가 필요할 때마다 %1에서 읽습니다.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>확인을 누르면 새 키가 시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>새 키는 QueueLens가 끝날 때까지 메모리에만 보관되며, 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>제공업체(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>폴링 간격(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>동시 실행 수(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>기한(&amp;D):</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>시스템 키체인에 저장</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>이 세션에만 보관</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>환경 변수에서 읽기:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>변수 이름(예: %1)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>현재 키를 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source> requests</source>
        <translation>개</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>샌드박스 프로필: 내장 테스트 서버에 연결하며, 어떤 키든 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>키를 시스템 키체인에 저장</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>키를 이 세션에만 보관</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>환경 변수에서 키 읽기</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>환경 변수 이름</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>폴링 간격(초)</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>동시 최대 요청 수</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>기한(분)</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>실행 중인 각 작업을 얼마나 자주 확인할지 설정합니다(1–3600초). 제공업체가 더 느린 간격을 요구할 수 있습니다.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>이 프로필에서 동시에 진행할 수 있는 요청 수입니다.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>이 시간이 지나도 끝나지 않은 작업은 기다리기를 중단합니다(0 = 무제한).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>키 표시 또는 숨기기</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>파일 크기가 %1KB입니다. 프로필 파일은 최대 %2KB입니다. 올바른 파일이 맞습니까?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>파일이 유효한 JSON이 아닙니다: %1(%2번째 문자).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>QueueLens 프로필 파일이 아닙니다. 형식이 “%1”입니다.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(텍스트 아님)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>이 프로필 파일은 최신 버전의 QueueLens에서 작성되었습니다(형식 버전 %1). 이 버전은 버전 %2까지 읽을 수 있으므로, 가져오려면 QueueLens를 업데이트하세요.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>QueueLens 프로필 파일이 아닙니다. “profiles” 목록이 없습니다.</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>프로필 파일에 “profiles” 목록이 없습니다.</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>파일에 프로필이 %1개 있지만, 처음 %2개만 읽었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>항목 %1은(는) 프로필이 아니므로 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>%1번</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>프로필 %1에 제공업체가 지정되지 않아 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>프로필 %1의 기본 URL이 텍스트가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>프로필 %1: ID “%2”은(는) 여기서 사용할 수 없어 새 ID를 지정합니다.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>프로필 %1의 ID “%2”이(가) 앞 항목과 중복되어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>프로필 %1: “%2”은(는) 숫자가 아니므로 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>프로필 %1에 API 키가 들어 있습니다. 키는 파일에서 가져오지 않습니다. 설정에서 키를 입력하면 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>“%1”이(가) %2KB보다 커서 프로필 파일로 보기에는 너무 큽니다. 올바른 파일이 맞습니까?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>가져오기가 취소되었습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>가져온 프로필이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>프로필 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>프로필 %n개를 업데이트했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>API 키는 프로필 파일에 포함되지 않으므로, 새 프로필마다 키를 입력하세요. 확인을 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>프로필 %n개를 “%1”에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>파일에는 API 키가 없습니다. 파일을 가져오는 사람이 자신의 키를 입력합니다.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>파일에 있는 프로필 중 %n개가 이미 있습니다: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>기존 프로필의 설정을 파일의 설정으로 바꾸시겠습니까(API 키는 유지됨)? 아니면 둘 다 유지하고 파일의 프로필을 새 프로필로 추가하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>둘 다 유지(&amp;K)</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>QueueLens 프로필(*.json);;모든 파일(*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>내보낼 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>샌드박스 프로필은 제외됩니다. 샌드박스 프로필은 이 QueueLens가 실행되는 동안에만 작동합니다.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>프로필 내보내기</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a profile name made unique: name (number)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>“%1” uses the provider “%2”, which this version of QueueLens does not know; it was skipped.</source>
        <translation>“%1”은(는) 이 버전의 QueueLens가 알지 못하는 제공업체 “%2”을(를) 사용하므로 건너뛰었습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
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
        <translation>모델 또는 엔드포인트를 선택하세요.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>프롬프트를 입력하세요.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>동영상</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>실패, 취소됨, 시간 초과, 거부됨 또는 유실됨 상태의 작업을 새 시도로 다시 제출합니다.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>로컬 작업 ID(submit 또는 list에서 확인).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>새 시도가 끝날 때까지 추적합니다.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>작업 %1을(를) 재시도할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>“%1”은(는) SeaArt 엔드포인트 ID가 아닙니다. SeaCloud 카탈로그의 모델 ID를 사용하세요(예: nano_banana_2).</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt는 웹훅을 지원하지 않습니다. 매개변수 “%1”을(를) 제거하세요.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>시스템 키체인을 사용할 수 없어(%1) 저장된 API 키를 읽을 수 없습니다. 프로필 설정에서 키를 입력하거나 프로필의 환경 변수를 설정하세요.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>세부 정보 없음</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다. “%1”의 API 키는 QueueLens가 끝날 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>시스템 키체인을 사용할 수 없습니다(%1). “%2”의 API 키는 QueueLens가 끝날 때까지만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <extracomment>Two whole sentences in a row. Keep the space only if your language separates sentences with one.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Download folder</source>
        <translation>다운로드 폴더</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1(샌드박스)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>연결된 키 저장소가 없어 여기서 키를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>키가 시스템 키체인에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>키가 이 세션에만 설정되어 있으며, 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>키를 환경 변수 %1에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>샌드박스 프로필: 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>아직 키가 없습니다. 키를 입력하기 전까지 제공업체가 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>새 프로필 %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>다운로드한 결과물을 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>다운로드 폴더는 전체 경로여야 합니다. 예: %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1”은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens가 “%1”에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>첫 번째 결과물을 다운로드할 때 폴더가 만들어집니다.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>저장하려면 표시된 필드를 고치세요.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>프로필 “%1”: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>프로필 “%1”: 연결된 키 저장소가 없어 키를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>일반: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>공유 기록: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>“%1”을(를) 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>시스템 키체인에 키를 저장하는 중…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>시스템 키체인이 키를 받아들이지 않아, QueueLens가 끝날 때까지 메모리에 보관합니다. 다시 시작한 후에도 키를 유지하려면 환경 변수에 넣고 “환경 변수에서 읽기”를 선택하세요.
세부 정보: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>키가 키체인에 저장되지 않았습니다. 이 세션에만 쓰는 키로 계속하려면 확인을 누르세요.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
다시 시작한 후에도 키를 유지하려면 환경 변수에 넣고 “환경 변수에서 읽기”를 선택하세요.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>공유 기록</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>제공업체 프로필:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>제공업체 프로필</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>프로필 추가</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>선택한 프로필 제거</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>확인을 누르면 프로필이 제거됩니다. 프로필의 작업은 기록에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>파일에서 프로필 가져오기</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>QueueLens 프로필 파일의 프로필을 추가합니다. API 키는 프로필 파일에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>프로필을 파일로 내보내기</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>이 프로필들을 API 키 없이 저장하여 공유하거나 보관합니다.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>아직 제공업체 프로필이 없습니다.
QueueLens를 제공업체에 연결하려면 “추가”를, 프로필 파일을 읽으려면 “가져오기”를 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 설정과 동일</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>즉시 적용됩니다.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>알림:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>작업 성공 시(&amp;S)</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>작업 실패 시(&amp;F)</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>작업이 성공하면 알림</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>작업이 실패하면 알림</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>다운로드 폴더(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>다운로드 폴더 선택</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>주소는 postgresql://로 시작해야 합니다(공유 기록은 PostgreSQL 서버에 저장됨).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>주소에 비밀번호를 넣지 마세요. QueueLens는 비밀번호를 설정에 저장하지 않습니다. 비밀번호 필드에 입력하거나(시스템 키체인에 저장됨), PGPASSWORD 또는 ~/.pgpass를 사용하세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>이 주소를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>팀은 PostgreSQL 서버에서 하나의 작업 기록을 공유할 수 있습니다. 모두가 모든 작업과 각 작업을 누가 제출했는지, 결과가 어떻게 되었는지 볼 수 있습니다. API 키는 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>서버 주소(&amp;S):</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>공유 기록 서버 주소</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>비워 두면 기록이 이 컴퓨터의 파일에 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>연결하여 스키마 버전을 읽습니다. 서버에서는 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>공유 기록 서버 비밀번호</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>시스템 키체인에 보관됩니다. 비워 두면 PGPASSWORD 또는 ~/.pgpass 사용</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>키체인 없음: PGPASSWORD 또는 ~/.pgpass를 사용하세요</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>내 이름(&amp;Y):</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>공유 기록에 표시되는 내 이름</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>내가 제출하는 모든 작업에 기록됩니다. 비워 두면 %1이(가) 사용됩니다.</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>새 서버 주소는 QueueLens를 다시 시작할 때 적용되며, 이름은 즉시 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Qt의 SQLite 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>데이터베이스 %1을(를) WAL(write-ahead logging) 모드로 전환할 수 없습니다. 읽기 전용일 수 있습니다.</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>데이터베이스 %1이(가) 다른 프로그램(두 번째 QueueLens일 수 있음)에 의해 잠겨 있습니다(%2).</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>데이터베이스 %1은(는) 읽기 전용입니다(%2).</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>데이터베이스 %1이(가) 손상되었거나 QueueLens 데이터베이스가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>%1이(가) 있는 디스크가 가득 찼거나 고장 나고 있습니다(%2).</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>%1에서 데이터베이스 오류 발생(%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>“%1”의 작업 %n개 모두 재시도</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>“%1”의 작업 %n개 모두 취소</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>“%1”의 작업 %n개 모두 목록에서 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>States</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>작업 필터</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>항목을 클릭하면 해당 작업만 표시됩니다</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>확인이 필요한 작업 수입니다: %1.
클릭하면 이 작업만 표시됩니다.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>Polling paused</source>
        <translation>폴링 일시 중지됨</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>폴링을 재개할 때까지 상태 요청을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>작업 상태를 폴링하는 중입니다.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>폴링 재개</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>폴링 일시 중지(작업은 제공업체에서 계속 실행됨)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>폴링 일시 중지</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>진행 중인 요청 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2초</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>속도 제한: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>이 프로필들은 제공업체로부터 대기 요청을 받았습니다(HTTP 429 / Retry-After). 카운트다운이 끝나면 호출이 재개됩니다.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>폴링 상태</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>진행 중인 요청</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>속도 제한에 걸린 프로필</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>제공업체에 작업 상태를 지금 조회하여 출력합니다.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>로컬 작업 ID(submit 또는 list에서 확인).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>제공업체에 조회하지 않고 데이터베이스에 있는 정보를 출력합니다.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>새로 고치지 못함: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>제공업체가 상태 요청에 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>상태 요청 실패: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>작업 데이터베이스가 지금 변경 사항을 받지 않습니다: %1
목록은 마지막으로 읽은 상태로 유지됩니다. QueueLens는 자체 변경 사항(특히 요청 ID)을 이 컴퓨터에 보관했다가 데이터베이스가 복구되면 바로 기록합니다.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>알 수 없음 상태인 작업의 제출을 다시 보냅니다. 제공업체가 작업을 두 번 실행하고 요금도 두 번 청구할 수 있다는 점을 감수하는 경우에만 사용하세요.</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>“알 수 없음” 상태인 작업의 로컬 ID.</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>새 시도가 끝날 때까지 추적합니다.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>작업 %1을(를) 다시 제출할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>생성 작업을 제출합니다(--wait를 지정하면 끝까지 추적).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param에는 “%1”이(가) 아니라 key=value를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>제공업체: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>제공업체 API의 기본 URL(예: https://api.vidu.com 또는 샌드박스 URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>모델(SeaArt는 엔드포인트 ID).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>프롬프트.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>생성할 대상: image, video, text2video, img2video 등(기본값: 제공업체의 첫 번째 유형).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>추가 요청 매개변수이며, 여러 번 지정할 수 있습니다. JSON 값(5, true, [..], {..})은 JSON으로, 그 밖의 값은 텍스트로 전송됩니다.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>API 키가 들어 있는 환경 변수(기본값: QUEUELENS_API_KEY). 변수 이름만 저장됩니다.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>기본 URL이 QueueLens 샌드박스이므로 API 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>이 제공업체와 기본 URL에 대한 상태 요청 간격(밀리초, 프로필에 저장됨).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>이 시간(초)이 지나면 작업 대기를 중단합니다(0: 무제한, 프로필에 저장됨).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>제출 요청 자체의 응답을 기다릴 시간(초). 응답이 없으면 작업은 알 수 없음 상태가 되며(종료 코드 4), 절대 두 번 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>작업이 끝날 때까지 추적하고 최종 상태를 출력합니다.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>예상하지 못한 인수 “%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1은(는) 필수입니다.</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url “%1”: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval에는 50~3600000 사이의 밀리초 값을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline에는 0~604800 사이의 초 값을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout에는 0.1~3600 사이의 초 값을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>작업 %1의 제출에 대한 응답이 제때 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>아직 제공업체 프로필이 없습니다. 먼저 설정에서 프로필을 추가하세요.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>모델(또는 엔드포인트)을 선택하거나 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>작업 %n개 제출 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>엔진이 작업을 거부했습니다.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>제출 중… %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>작업 %n개를 제출했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>%2개 중 %1개를 제출한 후 중단됨: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>작업 #%1에 사용된 프로필이 더 이상 없습니다. 다른 프로필을 선택하세요.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>작업 #%1의 내용으로 채웠습니다. 제출하면 새 작업이 만들어지며, 원래 작업은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>프롬프트(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>매개변수(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>복사본 수(&amp;C):</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>프로필 추가…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>제출(&amp;S)</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>작업을 제공업체에 보냅니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>제공업체 프로필</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>모델 또는 엔드포인트</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>모델 ID 또는 엔드포인트</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>작업 유형</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>이미지나 동영상을 설명하세요…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>복사본 수</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>같은 작업을 이 횟수만큼 제출합니다(1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>제공업체 프로필 추가</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>일괄 처리 진행률</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>수정 후 다시 제출</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>그래도 제출</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID 복사</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>다른 운영자의 작업에도 적용하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>이 작업 중 %n개는 다른 운영자(%1)가 제출했습니다. 이 작업에도 “%2”을(를) 적용하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>작업 #%1을(를) 다시 제출합니다.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>작업 #%1의 취소를 요청했습니다.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>그래도 제출하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>작업 %n개의 첫 번째 제출에 대해 명확한 응답을 받지 못했습니다. 제공업체가 이미 작업을 만들었을 수 있습니다. 다시 제출하면 중복 작업이 생길 수 있고, 각각 요금이 청구될 수 있습니다.

확실하지 않다면 먼저 “다시 확인”을 사용하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>아직 실행 중인 작업을 제거하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>제거할 작업 중 %n개가 아직 끝나지 않았습니다. 제거하면 여기서 추적만 중단되며, 제공업체는 작업을 계속 실행하고 요금을 청구합니다. 작업을 중지하려면 먼저 취소하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>작업을 제거하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>작업 %n개와 그 기록을 목록에서 제거하시겠습니까? 이미 다운로드한 결과물 파일은 다운로드 폴더에 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>그룹 전체를 재시도하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>작업 %n개를 같은 매개변수로 재시도하시겠습니까? 재시도할 때마다 새로 제출되며 요금이 청구될 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>모두 재시도</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>ID %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3개 중 %2개</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>일괄 처리: %2개 중 %1개</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 제시되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: 작업 %n개 중 %2개 완료.</numerusform>
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
            <numerusform>완료되지 않음: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1 완료</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>작업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>수정 후 다시 제출(&amp;E)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>다시 확인(&amp;A)</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>그래도 제출(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>상태 새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>목록에서 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>ID 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>성공하지 못하고 끝난 작업만 재시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>대기 중이거나 실행 중인 작업만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>작업이 %1 상태이므로 조회할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>제출에 대한 명확한 응답을 받지 못한 작업(알 수 없음 상태)만 “그래도 제출”할 수 있습니다.</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>작업이 %1 상태이므로 상태가 더 이상 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>수정 후 다시 제출하려면 작업을 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>먼저 작업을 하나 이상 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>선택한 작업 %n개 중 해당하는 작업이 없습니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>선택한 작업 %n개 중 %1개에 적용되며, 나머지는 건너뜁니다: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI 언어(예: zh_CN 또는 ru).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>이번 실행에서 제출하는 작업에 기록할 이름(기본값: 환경 변수 QUEUELENS_OPERATOR, 없으면 user@host).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>작업 데이터베이스: 파일(기본값: 데스크톱 앱의 파일, %1) 또는 공유 PostgreSQL 서버(postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>file or URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>작업 ID를 정확히 하나 지정하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>“%1”은(는) 작업 ID가 아닙니다(submit과 list에서 출력되는 양의 정수).</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>대기를 중단했습니다. 작업 %1은(는) %2 상태이며 데이터베이스에 남아 있습니다. “queuelens-cli watch”로 추적하세요.</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>작업 %2의 프로필 “%1”이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>작업 %1의 제출에 대한 응답이 제때 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>작업 #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2% 완료</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, 대기열 %2번째</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>아직 할당되지 않음</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>제공업체가 결과물 파일을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>작업이 성공하면 여기에 결과물이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>파일 %n개를 %1에 다운로드하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>%1에 저장했습니다. 열려면 두 번 클릭하세요.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>작업 세부 정보</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>매개변수, 타임라인, 결과물, 오류를 보려면 작업을 선택하세요.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>제공업체:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>원격 ID:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>제출 시각:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>완료 시각:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>시도 횟수:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>프롬프트:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>제공업체의 작업 ID 복사</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>원격 ID 복사</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과물</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 내역</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>포함 폴더 열기</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON으로 복사</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>결과물 파일</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>JSON 형식의 작업 매개변수</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>원격 ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출 시각</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료 시각</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a model, then the task&apos;s kind</comment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>There is no task %1.</source>
        <translation>작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>프로필 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>알 수 없는 제공업체 “%1”입니다.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>이 작업의 프로필 “%1”이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>이 컴퓨터에는 프로필 “%1”의 API 키가 없습니다.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>제공업체 “%1”에 대한 어댑터가 없습니다.</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>이 작업에 대한 요청이 아직 진행 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1은(는) 작업을 취소하는 방법을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>제공업체가 이미 이 작업을 취소하는 중입니다.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>제출에 대한 응답을 아직 받지 못했습니다. 작업에 ID가 생긴 후 취소하세요.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens는 이 작업이 존재하는지 알 수 없습니다. 먼저 “다시 확인”을 사용하세요.</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>작업이 이미 끝났습니다.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>현재 상태에서는 작업을 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1은(는) 아직 실행을 시작하지 않은 작업만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>작업에 아직 제공업체 ID가 없습니다.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>이 작업에 대한 취소 요청이 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>제출 결과를 알 수 없습니다. “다시 확인”을 사용하거나, 작업이 만들어지지 않았다고 확신한다면 “그래도 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>실패, 취소됨, 시간 초과, 거부됨 또는 유실됨 상태의 작업만 재시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>제공업체가 아직 이 작업에 ID를 부여하지 않아 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>작업이 끝났으므로 새로 고칠 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1은(는) ID 없이 작업을 조회할 수 없는데, QueueLens는 이 작업의 ID를 받지 못했습니다. 제공업체 웹사이트에서 작업을 찾아보세요. 두 번째 작업에 요금이 청구될 수 있으므로, 작업이 만들어지지 않았다고 확신할 때만 “그래도 제출”을 사용하세요.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>“그래도 제출”은 제출 결과를 알 수 없는 작업에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>다른 일괄 처리가 이미 이 작업을 처리하고 있습니다.</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>프로필 “%1”에 API 키가 설정되지 않았습니다. 프로필 설정에서 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>제공업체의 작업 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>제출에 대한 명확한 응답을 받지 못했습니다(%1). 제공업체가 작업을 만들었을 수 있으니, 다시 제출하기 전에 “다시 확인”을 사용하거나 제공업체 웹사이트를 확인하세요.</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>제공업체의 JSON 대신 HTML 페이지가 반환되었습니다. 네트워크 로그인 페이지나 프록시 때문이거나, 기본 URL이 API가 아닌 웹사이트를 가리키는 경우가 많습니다. 브라우저에서 프로필의 기본 URL을 열어 보고 프로필 설정에서 확인하세요.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>제공업체가 제출을 수락했지만(HTTP %1) 작업 ID를 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>요청 ID %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>제공업체가 작업 %1을(를) 알지 못한다고 %n회 연속으로 응답했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>작업이 이미 끝났으므로 최종 상태를 반영합니다.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>프로필에 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>기본 URL은 http:// 또는 https://로 시작하는 전체 주소여야 합니다.</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>작업 %2의 요청 ID %1을(를) 저장하지 못했습니다: %3 이 ID를 적어 두세요. QueueLens가 메모리에 보관하며 다시 저장을 시도합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>작업 %n개의 변경 사항을 저장하지 못했습니다: %1 QueueLens가 변경 사항을 메모리에 보관하며 다시 시도하므로, 실행 중에는 아무것도 손실되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>이 컴퓨터에 프로필 “%1”의 키가 있어야 합니다. 키를 가진 운영자에게 맡겨 둡니다.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>제출에 대한 응답을 받기 전에 QueueLens가 중지되었습니다. 제공업체가 작업을 만들었을 수 있으니, 다시 제출하기 전에 “다시 확인”을 사용하거나 제공업체 웹사이트를 확인하세요.</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>작업을 제거했습니다.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>다른 QueueLens 프로세스(%1, %3의 프로세스 %2)가 지금 이 작업을 추적하고 있습니다. 그 프로세스에서 처리하거나 프로세스가 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>작업 데이터베이스가 이 작업을 넘겨주지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>프로필의 키로 결과물을 다운로드했습니다: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>결과물을 다운로드하지 못했습니다(%1). 결과물은 %2에 그대로 있으며, 다운로드하려면 프로필의 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>네트워크가 끊긴 것 같습니다. QueueLens가 수시로 네트워크를 확인하며, 복구되면 폴링을 재개합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>작업이 프로필 “%1”의 기한인 %n초 안에 끝나지 않았습니다. 제공업체는 작업을 계속 완료할 수도 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>제공업체 작업 목록에서 %1(으)로 찾았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>제공업체 작업 목록이 이 작업의 제출 시점까지 거슬러 올라가지 않습니다. 더 최근 작업 %n개로 한 페이지가 가득 찼습니다. 작업이 존재할 수 있으니, 다시 제출하기 전에 제공업체 웹사이트에서 찾아보세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>제공업체 작업 목록에서 작업을 찾지 못했습니다. 제출 후 %n분 안에 같은 모델과 프롬프트로 만들어진 작업이 없습니다. 작업이 만들어지지 않았을 가능성이 높습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>제공업체 작업 목록이 모호합니다. 이 작업의 제출 시점 무렵에 같은 모델과 프롬프트로 만들어진 작업이 %n개 있습니다. QueueLens는 어느 것이 이 작업인지 추측하지 않으므로, 제공업체 웹사이트에서 찾아보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>완료되었습니다. 작업을 성공으로 표시하기 전에 프로필의 키로 결과물을 다운로드하는 중입니다.</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>취소를 전달하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>이 작업을 추적하는 QueueLens 프로세스에 취소를 전달했습니다.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>작업을 제거하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>작업 기록을 모두 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>작업 데이터베이스가 다시 변경 사항을 받습니다. 메모리에 보관했던 내용을 모두 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>공유 기록에 연결할 수 없는 동안 이 컴퓨터에 보관했던 변경 사항 %n개를 방금 공유 기록에 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>공유 기록에 연결할 수 없는 동안 이 컴퓨터에 보관했던 변경 사항을 아직 기록하지 못했습니다(%1). QueueLens가 다음에 시작할 때 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>프로필을 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>이 프로필의 작업 %n개가 아직 끝나지 않았습니다. 먼저 취소하거나 제거하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>프로필을 제거하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>작업을 저장하지 못해 전송하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>작업을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>작업 데이터베이스를 사용할 수 없습니다. 작업은 QueueLens를 종료할 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>작업 데이터베이스를 사용할 수 없습니다(%1). 작업은 QueueLens를 종료할 때까지만 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1”에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>%1(%2)(으)로 실패한 작업만 표시 중</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>ID, 프롬프트, 오류 코드 검색…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>원격 ID, 프롬프트, 모델 또는 오류 코드에 입력한 단어가 모두 포함된 작업을 표시합니다(%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>작업 검색</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>이 필터 지우기</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>필터 지우기</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>ID에는 공백을 넣을 수 없습니다. 한 줄에 ID 하나씩 입력하세요.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>작업 ID로는 너무 깁니다(%1자 초과).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>%1행과 같은 ID이므로 한 번만 가져옵니다.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>이미 작업 #%1(으)로 추적 중입니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>파일이 유효한 JSON이 아닙니다: %1(%2번째 문자).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>JSON 파일에 작업 목록이 없습니다. 작업 배열이나 “tasks” 배열을 가진 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>작업 ID 불러오기</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>텍스트, CSV 또는 JSON 파일(*.txt *.csv *.json);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>아직 제공업체 프로필이 없습니다. 먼저 설정에서 프로필을 추가하세요.</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>원격 작업 ID를 한 줄에 하나씩 붙여 넣거나, 텍스트, CSV 또는 JSON 파일을 불러오세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>가져올 준비가 된 ID %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>가져올 준비가 된 ID %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n행을 건너뜁니다(아래 참조).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>이미 추적 중인 작업을 찾는 중…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>작업 #%1(으)로 추적 중</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>가져오지 않음.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>%2개 중 %1개 가져옴…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>이제 작업 %n개를 추적합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>작업 가져오기</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>파일 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>작업이 속한 프로필</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>가져온 작업의 모델</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>가져온 작업의 유형</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>원격 작업 ID</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>행별 결과</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>원격 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>일부 제공업체는 작업을 찾는 데 모델이나 유형이 필요합니다. 작업을 만들 때 사용한 값을 지정하세요.</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>원격 작업 ID(한 줄에 하나씩)(&amp;D):</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>원격 ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>대기열 순서</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트 시각</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과물</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>제출자</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>작업 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>제공업체 메시지: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>대기열 %1번째</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과물 %n개</numerusform>
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
        <translation>작업</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>작업 기록을 불러오는 중…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>아직 작업이 없습니다.
작업을 제출하려면 %1을(를), 다른 곳에서 만든 작업을 추적하려면 %2을(를) 누르세요.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>현재 필터와 일치하는 작업이 없습니다.
%1을(를) 누르면 모든 작업이 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>열 초기화</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>제출 중</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>유실됨</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>결정 필요</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>작업 데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>작업 %1이(가) 저장되는 동안 변경되었습니다.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>데이터베이스 %1은(는) 최신 버전의 QueueLens에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원).</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>연결되었습니다. 데이터베이스가 비어 있습니다. QueueLens가 이 데이터베이스로 처음 시작할 때 테이블을 만듭니다.</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>연결되었습니다. 데이터베이스에 QueueLens 기록이 있습니다(스키마 %1).</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens가 작업 데이터베이스를 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>데이터베이스 %1은(는) 최신 버전의 QueueLens에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원). QueueLens를 업데이트하거나 다른 데이터베이스를 선택하세요.</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>그사이 최신 버전의 QueueLens가 데이터베이스 %1을(를) 업데이트했습니다(스키마 %2).</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>스키마 %1(으)로 업데이트하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>데이터베이스 %1이(가) 새 작업에 ID를 부여하지 않았습니다.</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>작업 %1은(는) 더 이상 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>조치 방법:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>제출에 대한 명확한 응답을 받지 못해, 제공업체가 작업을 만들었는지 알 수 없습니다. “다시 확인”으로 조회하거나 “그래도 제출”로 다시 보내세요.</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>대기열 %1번째</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>working</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>제공업체 / 프로필</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출 시각</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>원격 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>제출자</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>파일 %1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>http 및 https 결과물만 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
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
        <translation>작업 #%1 성공</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>작업 #%1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>작업 #%1 실패</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>작업 %n개 성공</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>작업 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 failed&quot;); the same words end &quot;12 tasks succeeded, 3 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n개 실행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n개 결정 필요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n개 성공</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: 작업 없음</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>폴링 일시 중지됨</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>QueueLens 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>폴링 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu에는 “%1” 엔드포인트가 없습니다. 다음 중 하나를 선택하세요: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video는 이미지를 받지 않습니다. “images”를 제거하거나 img2video를 선택하세요.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu img2video에는 이미지 URL이 정확히 하나 들어 있는 배열 형식의 “images”가 필요합니다.</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu start-end2video에는 첫 프레임과 마지막 프레임의 이미지 URL 두 개가 들어 있는 배열 형식의 “images”가 필요합니다.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu reference2video에는 이미지 URL 1~7개가 들어 있는 배열 형식의 “images” 또는 “subjects”가 필요합니다.</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu template2video에는 “template”에 템플릿 이름이 필요합니다(모델은 템플릿이 결정함).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu template2video에는 이미지 URL 배열 형식의 “images”가 필요합니다.</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>viduq1을 사용하는 Vidu reference2image에는 참조 이미지 URL 배열 형식의 “images”가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>“%1”은(는) Vidu 모델 이름이 아닙니다(예: viduq1).</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>텍스트로 동영상 생성</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>이미지로 동영상 생성</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>참조 이미지로 동영상 생성</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>첫 프레임과 마지막 프레임으로 동영상 생성</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>템플릿으로 동영상 생성</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>참조 이미지로 이미지 생성</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>진행 중인 모든 작업(또는 지정한 작업)을 모두 끝날 때까지 추적하며, 변경될 때마다 한 줄씩 출력합니다. 그사이 다른 QueueLens 프로세스가 제출한 작업도 추적합니다.</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>이 작업만 추적(기본값: 진행 중인 모든 작업).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>이 제공업체의 작업만 추적.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>진행 중인 작업이 없어도 계속 실행하며 다른 프로세스가 제출하는 작업을 기다립니다(Ctrl+C로 중지).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>작업 ID를 지정하지 않으면 watch는 데이터베이스에서 진행 중인 모든 작업을 추적합니다. 여기에는 실행 중에 다른 QueueLens 프로세스(데스크톱 앱, 다른 queuelens-cli 실행)가 추가하는 작업도 포함되며, 프로세스가 끝났거나 비정상 종료된 작업의 폴링도 이어받습니다. 데이터베이스에 진행 중인 작업이 더 이상 없으면 종료합니다(--follow를 지정하면 Ctrl+C로만 종료). 작업 ID를 지정하면 해당 작업이 끝났을 때 종료합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>“%1”은(는) 작업 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>알 수 없는 제공업체 “%1”</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>%2에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>프로필 “%1”이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>작업 %1을(를) 추적하지 않음: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>추적할 진행 중인 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>추적을 중단했습니다. 작업은 제공업체에서 계속 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>샌드박스 · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>비동기 AI 이미지·동영상 생성 작업을 위한 데스크톱 콘솔입니다.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>내장 제공업체 샌드박스를 실행하고 모든 제공업체 대신 사용합니다.</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>작업 데이터베이스: 파일 또는 팀의 PostgreSQL 서버(postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>file or URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>UI 언어(예: zh_CN 또는 ru).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>시작 후 창 화면을 &lt;file&gt;에 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>샌드박스의 무작위 결과 분포에 사용할 시드.</translation>
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
        <translation>작업 데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>공유 기록을 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>이 컴퓨터의 기록 열기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>샌드박스가 127.0.0.1에서 수신 대기할 수 없습니다.</translation>
    </message>
</context>
</TS>
