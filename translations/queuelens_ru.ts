<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>Использование: queuelens-cli &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>Выполните “queuelens-cli &lt;command&gt; --help”, чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Каждая команда принимает параметр --lang &lt;код&gt; (например, zh_CN или ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>Язык “%1” недоступен; используется английский. Доступные языки: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Ошибка: неизвестная команда “%1”.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>Показать все документированные коды ошибок с пояснениями.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>Только указанный провайдер: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести JSON-массив.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Язык интерфейса, например zh_CN или ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неожиданный аргумент “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер “%1”</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>(the provider did not name them)</source>
        <translation>(провайдер их не указал)</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 вернул код “%2”, которого нет в его документации. Судя по HTTP-статусу %3: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(без кода)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Недокументированная ошибка “%1”</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 сообщил об ошибке “%2”, которой нет в его документации. Похоже, это проблема категории “%3”.</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>Сообщение провайдера: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>Повторите задачу: такие сбои обычно временные.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>Подождите немного и повторите. Если ошибка повторяется, уменьшите число параллельных задач в настройках профиля.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>Измените промпт или параметры с помощью «Изменить и отправить снова»: тот же запрос при повторной отправке завершится той же ошибкой.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>Проверьте у провайдера API-ключ, тариф и баланс этого профиля, затем повторите.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>Перед повтором нажмите «Проверить снова», чтобы обновить состояние задачи у провайдера и не создать дубликат.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>Повторять нечего: если результат всё ещё нужен, отправьте новую задачу.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>Обратитесь в службу поддержки провайдера, указав ID запроса, показанный ниже.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API-ключ отсутствует или отклонён</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>Шлюз SeaArt остановил запрос до того, как он попал в очередь модели. В заголовке Authorization не было API-ключа либо был ключ, который SeaArt не принимает: он введён с ошибкой, удалён или принадлежит другому аккаунту.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>Откройте настройки профиля и введите API-ключ SeaCloud заново, без пробелов по краям. Если ключ был удалён или заменён, создайте новый в консоли SeaCloud.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>Слишком много запросов к SeaArt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>Шлюз SeaArt ограничивает число запросов, которые один аккаунт может отправить за короткое время, и этот запрос превысил лимит. В лимит засчитываются отправки задач, опросы статуса и загрузки результатов.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Подождите время, указанное в Retry-After (или около минуты, если оно не указано), затем повторите. Уменьшите лимит параллельных задач или увеличьте интервал опроса в настройках профиля.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>Неизвестный эндпоинт модели SeaArt</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>ID модели в пути запроса не является эндпоинтом SeaCloud; сообщение заканчивается ID, который был использован. Обычно ID написан с ошибкой или модель удалена из SeaCloud.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>Найдите точный ID модели в списке моделей SeaCloud (например, nano_banana_2) и исправьте его с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>Модель не подключена для этого аккаунта SeaArt</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>Модель существует, но аккаунт, которому принадлежит этот API-ключ, не может её использовать. Некоторые модели SeaCloud нужно активировать отдельно или они требуют более высокого тарифа.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>Подключите модель для своего аккаунта в консоли SeaCloud или выберите модель, входящую в ваш тариф, с помощью «Изменить и отправить снова». Убедитесь, что в профиле указан ключ нужного аккаунта.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt не принимает вебхуки</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>Очередь SeaArt не поддерживает вебхуки и отклоняет любой запрос с адресом обратного вызова — в теле, в строке запроса или в заголовке. Задача не поставлена в очередь.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>Удалите из параметров поля вебхука или обратного вызова, например webhook_url, с помощью «Изменить и отправить снова». QueueLens сам опрашивает SeaArt о состоянии задачи, поэтому обратный вызов не нужен.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>Среда выполнения SeaArt не смогла обработать вызов</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>Среда выполнения очереди SeaArt дала сбой при обработке вызова. Это сбой на стороне SeaArt; после неудачной отправки нельзя сказать наверняка, была ли создана задача.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>Повторяйте запросы статуса и результата после короткой паузы. Неудачную отправку повторяйте не больше одного-двух раз: каждая новая отправка может создать ещё одну платную задачу.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>У SeaArt нет потокового эндпоинта статуса</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>Запрос был отправлен по пути потока статуса, которого у SeaArt нет. SeaArt сообщает о ходе выполнения только через обычный эндпоинт статуса, который нужно опрашивать.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>Убедитесь, что базовый URL в настройках профиля — это обычный URL модели SeaArt без пути потока. Если это так, сообщите об ошибке в QueueLens.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>Эндпоинт SeaArt не существует</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>Запрос был отправлен по пути, который SeaArt не обслуживает, например на синхронный эндпоинт /sync. SeaArt выполняет генерацию только через асинхронную очередь; при неверном базовом URL ответ будет тем же.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>Укажите в настройках профиля базовый URL https://cloud.seaart.ai/model без дополнительного пути. Отправляйте задачи через очередь, а QueueLens сам будет опрашивать результат.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt не знает этот ID запроса</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt не нашёл задачу с этим request_id для данного эндпоинта модели и ключа. Типичные причины: неверный ID, запрос статуса с другим ID модели, чем при отправке, или ключ от другого аккаунта.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>Нажмите «Проверить снова» один-два раза, не больше. Если ответ не меняется, считайте задачу потерянной и убедитесь, что в профиле по-прежнему указан ключ, с которым задача была отправлена.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>Сбой модели SeaArt во время генерации</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>Задача запустилась, но модель остановилась с ошибкой, не выдав результата. SeaArt помечает такую задачу как COMPLETED с ошибкой, то есть она завершена и результата у неё нет.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>Отправьте задачу снова после небольшой паузы. Если те же входные данные снова приводят к ошибке, измените промпт, изображение или параметры либо попробуйте другую модель.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>Генерация в SeaArt заняла слишком много времени</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>Модель не уложилась в собственный лимит времени SeaArt, и SeaArt завершил задачу без результата. Вероятность этого выше для длинных видео, высокого разрешения и в часы пиковой нагрузки.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>Повторите позже, когда модель будет менее загружена. Если ошибка повторяется, уменьшите длительность или разрешение с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt счёл входные данные задачи непригодными</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt поставил задачу в очередь, но затем модель отклонила её входные данные, например из-за отсутствующего промпта, значения вне допустимого диапазона или нечитаемого изображения. Обычно текст ошибки SeaArt указывает на проблему.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>Исправьте входные данные, указанные в сообщении провайдера, с помощью «Изменить и отправить снова». Убедитесь, что URL изображений общедоступны, а значения соответствуют документированным параметрам модели.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt заблокировал контент</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>Фильтр безопасности SeaArt остановил задачу, потому что промпт, входное изображение или сгенерированный результат нарушили правила контента. Результат не сохранён.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>Перепишите промпт или замените входное изображение так, чтобы они явно соответствовали правилам контента SeaArt, затем нажмите «Изменить и отправить снова». Те же входные данные будут заблокированы снова.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>Задача SeaArt отменена</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>Задача завершилась, потому что SeaArt получил запрос на отмену — от QueueLens или от другого клиента с тем же ключом. SeaArt сообщает об этом как COMPLETED с этим типом ошибки.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>Если отмена была намеренной, ничего делать не нужно. Иначе отправьте задачу снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>Внутренняя ошибка SeaArt во время задачи</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>Во время обработки задачи произошёл сбой внутри сервиса SeaArt; сам запрос здесь ни при чём. Задача завершена без результата.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>Отправьте задачу снова через несколько минут. Если так завершается много задач, обратитесь в поддержку SeaArt и укажите ID запроса.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>Задача завершилась ещё до отмены</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>Запрос на отмену пришёл, когда задача уже была в конечном состоянии, поэтому останавливать было нечего. Это не ошибка: задача сама завершилась успешно или с ошибкой.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>Нажмите «Проверить снова», чтобы загрузить фактическое конечное состояние и, если задача выполнена успешно, её результат.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt не нашёл задачу для отмены</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt ответил на запрос отмены кодом NOT_FOUND: задачи с этим ID запроса нет для данного ключа и эндпоинта модели, либо у ключа нет к ней доступа.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>Нажмите «Проверить снова», чтобы узнать, существует ли ещё задача. Если запросы статуса тоже не проходят, считайте задачу потерянной и убедитесь, что в профиле указан ключ, с которым задача была отправлена.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI отклонил запрос как некорректный</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI не смог принять запрос: отсутствует обязательное поле, у значения неверный тип или тело JSON повреждено. Обычно в сообщении об ошибке указано поле.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>Исправьте параметры, указанные в сообщении провайдера, с помощью «Изменить и отправить снова». Сверьте название модели и параметры со страницей этой модели на FoxAPI.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>API-ключ FoxAPI недействителен или отсутствует</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI не принял токен Bearer: ключ отсутствует, введён с ошибкой, истёк или удалён. Ключи FoxAPI обычно начинаются с sk-.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>Скопируйте ключ заново из панели управления FoxAPI в настройки профиля. Если старый ключ удалён, создайте новый.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>Недостаточно средств на балансе FoxAPI</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>На балансе аккаунта FoxAPI недостаточно средств для оплаты этой задачи, поэтому она не запущена. Стоимость зависит от модели, длительности и количества результатов.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>Пополните баланс аккаунта FoxAPI, затем отправьте задачу снова без изменений. Чтобы тратить меньше на задачу, выберите более дешёвую модель или меньше результатов.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>У ключа FoxAPI нет прав</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>Ключ действителен, но ему не разрешено выполнять эту операцию или использовать эту модель. В панели управления FoxAPI ключи можно ограничить определёнными моделями или функциями.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>Проверьте права ключа и разрешённые модели в панели управления FoxAPI или укажите в настройках профиля ключ с более широким доступом.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>Эндпоинт или задача FoxAPI не найдены</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI ответил, что по этому адресу ничего нет. Либо неверен базовый URL или путь, либо ID задачи неизвестен — например, потому что задача принадлежит другому аккаунту.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>Убедитесь, что в настройках профиля указан базовый URL https://api.foxapi.cc. Для задачи нажмите «Проверить снова»; задача, которая так и остаётся неизвестной, потеряна.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>Достигнут лимит запросов FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI ограничивает число запросов на API-ключ, и этот ключ отправил слишком много запросов за короткое время. Частый опрос статуса учитывается в том же лимите.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Подождите время, указанное в заголовке Retry-After, затем повторите. Увеличьте интервал опроса или уменьшите лимит параллельных задач в настройках профиля; если нужен более высокий лимит, обратитесь в поддержку FoxAPI.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>Ошибка сервера FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>При обработке запроса на стороне FoxAPI произошёл непредвиденный сбой. Сам запрос, как правило, в порядке.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>Повторите после паузы и удваивайте паузу после каждого сбоя. После неудачной отправки проверьте в панели управления FoxAPI, не была ли задача всё-таки создана, прежде чем отправлять её снова.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>Запрос некорректен или неполон</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI отнёс ошибку к некорректным запросам: тело не удалось разобрать, отсутствует обязательный параметр или значение выходит за пределы допустимого для модели.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>Исправьте поле, указанное в сообщении провайдера, с помощью «Изменить и отправить снова». Тот же запрос при повторной отправке завершится той же ошибкой.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI не смог аутентифицировать ключ</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>Тип ошибки означает, что API-ключ отсутствует, недействителен или истёк. FoxAPI ожидает ключ в заголовке Authorization по схеме Bearer.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>Укажите действующий ключ в настройках профиля. Если срок действия ключа истёк, создайте новый в панели управления FoxAPI.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>Операция не разрешена для этого ключа FoxAPI</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>API-ключ распознан, но это действие ему не разрешено — например, использовать модель или функцию с ограниченным доступом.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>Выдайте ключу доступ в панели управления FoxAPI или переключите профиль на ключ, у которого он есть. Либо выберите модель, доступную этому ключу.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>Ресурс FoxAPI не найден</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>Модель, задача или эндпоинт из запроса не существует для этого аккаунта. Этот же тип ошибки возникает для ID задач другого аккаунта и названий моделей с опечатками.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>Проверьте название модели и базовый URL в настройках профиля. Для задачи нажмите «Проверить снова»; если она по-прежнему не найдена, считайте её потерянной.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>Слишком высокая частота запросов к FoxAPI</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>Тип ошибки означает, что ключ отправил в текущем временном окне больше запросов, чем разрешает FoxAPI.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>Перед следующим запросом выждите период из Retry-After. Распределите отправки во времени, уменьшив лимит параллельных задач в настройках профиля.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>Непредвиденный сбой сервера FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI сообщил о внутренней ошибке, которая не вызвана содержимым запроса.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>Повторяйте с увеличивающимися паузами. Если сбои продолжаются несколько минут, обратитесь в поддержку FoxAPI, указав время и ID задачи.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>Модель временно недоступна в FoxAPI</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>Запрошенная модель была недоступна, когда задача должна была выполняться, — обычно потому, что компания, стоящая за моделью, перегружена или проводит техническое обслуживание. Задача завершилась ошибкой без результата.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>Отправьте задачу снова через несколько минут. Если модель остаётся недоступной, выберите похожую модель с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>Контент отклонён правилами безопасности FoxAPI</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>Промпт или входное изображение признаны нарушающими правила контента — например, потому что на них изображены реальные люди, публичные персоны или небезопасные темы. Причина часто указана в сообщении провайдера.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>Измените промпт или замените изображение так, чтобы они соответствовали правилам, затем нажмите «Изменить и отправить снова». Неизменённые входные данные будут отклонены снова.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>Ошибка генерации FoxAPI</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>Модель начала работу, но не выдала результата. Это может быть временный сбой или промпт, с которым модель не справляется.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>Отправьте задачу снова. Если она снова завершится ошибкой, упростите или переформулируйте промпт с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>Тайм-аут задачи FoxAPI</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>Задача выполнялась дольше, чем позволяет FoxAPI, и была остановлена. Вероятность этого выше при ресурсоёмких настройках, например большой длительности или высоком разрешении.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>Повторите позже. Если снова произойдёт тайм-аут, уменьшите длительность, разрешение или количество результатов с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI не смог загрузить изображение по URL</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI не смог скачать изображение по URL из запроса. Ссылка может быть закрытой, устаревшей, требовать входа в систему или запрещать автоматическую загрузку.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>Откройте URL в приватном окне браузера. Используйте общедоступную прямую ссылку на файл изображения и отправьте задачу снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>Входной файл слишком велик для FoxAPI</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>Загруженный или указанный по ссылке файл больше, чем допускает FoxAPI или выбранная модель.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>Сожмите файл или уменьшите его размер либо сократите клип, затем отправьте снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>Формат входного файла не поддерживается</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>Файл в запросе имеет формат, который модель не может прочитать, например редкий тип изображения или видеокодек.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>Преобразуйте файл в распространённый формат — PNG или JPEG для изображений, MP4 для видео, — затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>Параметры задачи не подходят модели</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>Задача была создана, но завершилась ошибкой, потому что один или несколько параметров не подходят модели, например неподдерживаемый размер, соотношение сторон или длительность.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>Сверьтесь с сообщением провайдера и документированными параметрами модели, затем исправьте значения с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>Не удалось обработать входное изображение</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>Модель не смогла работать с входным изображением — например, файл повреждён, слишком мал или его размеры не соответствуют запрошенному результату.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>Используйте другое изображение или заново экспортируйте его в стандартном формате и размере, затем отправьте с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>Задача FoxAPI отменена</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>Задача завершилась, потому что была отменена — по запросу или самим FoxAPI. Результат не получен.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>Если вы не отменяли задачу, отправьте её снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>Время генерации истекло</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>Модель не уложилась в отведённое FoxAPI на задачу время обработки — часто из-за высокой нагрузки на модель.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>Повторите позже. Если ошибка повторится, уменьшите длительность или разрешение с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>Мощности вышестоящего сервиса временно исчерпаны</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>У сервиса, стоящего за FoxAPI, сейчас нет свободных мощностей для этой модели. Ни запрос, ни аккаунт здесь ни при чём.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>Подождите несколько минут и отправьте снова. Если ждать нельзя, используйте другую модель.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>Превышен лимит запросов или использования FoxAPI</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>Задача завершилась ошибкой, потому что в момент запуска аккаунт превысил лимит запросов или использования.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>Подождите, прежде чем отправлять снова, и уменьшите лимит параллельных задач в настройках профиля. Если лимита недостаточно для вашей работы, попросите FoxAPI его увеличить.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>Сервис FoxAPI временно недоступен</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>Сервис, на котором работает эта модель, был недоступен или перегружен во время обработки задачи. Такие сбои обычно проходят без каких-либо действий с вашей стороны.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>Отправьте задачу снова через несколько минут.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>ID задачи FoxAPI недействителен или устарел</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI больше не знает эту задачу: ID неверен или запись о задаче устарела. FoxAPI хранит результаты ограниченное время (ссылки на результаты действуют 24 часа).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>Нажмите «Проверить снова» один раз для подтверждения. Если задача по-прежнему не найдена, считайте её потерянной и отправьте заново, если результат ещё нужен.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>Неклассифицированный сбой FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI сообщил о сбое, который не удалось отнести ни к одному известному классу. В сообщении провайдера могут быть подробности.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>Отправьте задачу ещё раз. Если та же ошибка повторится, обратитесь в поддержку FoxAPI, указав ID задачи и сообщение провайдера.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>Шлюз отклонил запрос как некорректный</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>Шлюз new-api или канал за ним обнаружил отсутствующие или некорректные параметры. На маршрутах задач неизвестный ID задачи тоже возвращается со статусом 400 и кодом task_not_exist.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>Прочитайте код и сообщение об ошибке, затем исправьте запрос с помощью «Изменить и отправить снова». Если код — task_not_exist, проблема в ID задачи, а не в параметрах.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>Ключ шлюза отсутствует или неверен</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>Шлюз new-api не нашёл действительного токена в заголовке Authorization. Код ошибки в этом случае часто пуст, и только статус показывает, что проблема в ключе.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>Введите ключ шлюза (обычно начинается с sk-) в настройках профиля заново. Если ключ был удалён в панели управления шлюза, создайте новый.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>Ключ шлюза отозван или не имеет доступа к модели</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>Ключ распознан, но отключён, исчерпан или не имеет права использовать эту модель. Шлюзы new-api привязывают каждый ключ к квоте и группе моделей.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>Проверьте в панели управления шлюза, что ключ включён, квота не исчерпана, а в его группу входит эта модель. Если вы меняете ключ, обновите его в настройках профиля.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>Путь или модель шлюза не существует</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>У шлюза нет такого маршрута, или он не знает эту модель. Многие шлюзы new-api вообще не включают асинхронные маршруты задач для видео и изображений.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>Проверьте базовый URL в настройках профиля и название модели. Уточните у оператора шлюза, включены ли маршруты задач для вашего ключа.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>Достигнут лимит запросов шлюза</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>Шлюз ограничивает число запросов на ключ и группу моделей, и этот ключ превысил лимит; сообщение может быть на китайском языке. new-api не отправляет заголовок Retry-After, поэтому необходимое время ожидания неизвестно.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>Подождите не меньше минуты перед повтором, а после повторных отказов — дольше. Уменьшите лимит параллельных задач и увеличьте интервал опроса в настройках профиля.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>Ошибка сервера шлюза или вышестоящего сервиса</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>Шлюз или канал за ним завершился ошибкой со статусом 5xx. На некоторые ошибки на стороне клиента new-api тоже отвечает статусом 500, поэтому код ошибки (если он есть) надёжнее статуса.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>Повторите после паузы. После неудачной отправки проверьте журнал использования в панели управления шлюза, прежде чем отправлять снова, чтобы не оплатить задачу дважды.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>Шлюз счёл параметры запроса некорректными</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api не смог использовать параметры в том виде, в каком они отправлены. Этот код часто приходит с HTTP 500, хотя ошибка в запросе, поэтому повторная отправка без изменений не поможет.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>Сверьте параметры с документацией API шлюза и исправьте их с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>Тело запроса не является корректным JSON</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>Шлюз не смог декодировать тело запроса — обычно из-за повреждённого JSON или поля неверного типа, например текста там, где ожидается число.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>Найдите синтаксические ошибки и поля неверного типа в параметрах с помощью «Изменить и отправить снова», затем отправьте снова.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>Шлюз не смог прочитать тело запроса</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>Шлюз дал сбой при чтении тела — например, оно было обрезано, превышало допустимый размер или было отправлено с неверным Content-Type. Этот код приходит со статусом 400 или 413.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>Уменьшите запрос (меньше изображений или изображения меньшего размера, ссылки вместо встроенных данных) и отправьте снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>Шлюз не смог преобразовать запрос</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api преобразует каждый запрос в формат вышестоящего провайдера, и этот шаг не удался, потому что параметры не соответствуют ожиданиям выбранного формата API.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>Используйте только параметры, которые шлюз документирует для этой модели, удалите специфичные для провайдера дополнения, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>Шлюз нашёл запрещённые слова в промпте</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>Собственный фильтр слов шлюза нашёл совпадения в промпте и остановил запрос до того, как он дошёл до какой-либо модели. Какие слова запрещены, решает оператор шлюза.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>Переформулируйте промпт, избегая отмеченных слов, и нажмите «Изменить и отправить снова». Если считаете срабатывание ошибочным, обратитесь к оператору шлюза.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>Промпт заблокирован</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>Проверка контента — на стороне шлюза или вышестоящего провайдера — отклонила промпт. Задача не выполнялась.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Перепишите промпт так, чтобы он явно соответствовал правилам контента провайдера, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>Шлюз отказал в доступе</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>Ключу, его пользователю или группе не разрешён этот вызов — например, группа не включает эту модель, пользователь отключён или ключ работает только с определённых IP-адресов.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>Проверьте группу ключа, разрешённые модели и ограничения по IP в панели управления шлюза или обратитесь к оператору шлюза. Если переходите на другой ключ, обновите настройки профиля.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>Модель недоступна на этом шлюзе</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>Ни один канал в группе вашего ключа не обслуживает эту модель, или её название написано с ошибкой. new-api часто отправляет эту ошибку с HTTP 503, что похоже на сбой сервиса, но им не является.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>Найдите точное название модели в списке моделей шлюза для вашего тарифа и группы, затем нажмите «Изменить и отправить снова». Если модель нужна, попросите оператора добавить её в вашу группу.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>Формат запроса не поддерживается каналом</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>Канал, обслуживающий эту модель, не поддерживает тип отправленного запроса — например, маршрут задач на канале, который обрабатывает только чат.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>Используйте модель, которую шлюз предлагает для такого типа задач, или уточните у оператора, какой формат запросов поддерживает канал.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>Шлюз не нашёл канал для запроса</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>Шлюз не смог выбрать вышестоящий канал для этой модели и группы — обычно потому, что все подходящие каналы сейчас отключены или заняты.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>Повторите через несколько минут. Если ошибка не исчезает, обратитесь к оператору шлюза: возможно, у модели нет работающего канала.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>У канала шлюза нет пригодного ключа</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>У вышестоящего канала сейчас нет ключа провайдера, который можно использовать, — например, все ключи упёрлись в лимит запросов или отключены. Проблема на стороне шлюза.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>Повторите позже. Если ошибка повторяется, сообщите оператору шлюза, что у канала закончились ключи вышестоящего сервиса.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>Недействителен ключ шлюза для вышестоящего сервиса</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>Вышестоящий провайдер отклонил ключ, который шлюз использует для этого канала. С вашим ключом всё в порядке; заменить свой ключ может только оператор шлюза.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>Обратитесь к оператору шлюза, указав время и ID запроса из сообщения. Повторы будут завершаться ошибкой, пока он не исправит канал.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>Сопоставление моделей на шлюзе нарушено</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>Шлюз сопоставляет запрошенное название модели с моделью вышестоящего сервиса, и это сопоставление в конфигурации канала некорректно.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>Обратитесь к оператору шлюза и назовите использованную модель. Пока проблема не исправлена, используйте другую модель, если она доступна.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>Вышестоящий сервис ответил слишком медленно</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>Вышестоящий канал не ответил в пределах лимита времени, установленного шлюзом. Обычная причина — большие запросы и перегруженные провайдеры.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>Повторите после короткой паузы: шлюз может выбрать другой канал. Если ошибка повторяется, уменьшите запрос — например, меньше результатов или меньшая длительность.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>Квота шлюза исчерпана</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>На вашем аккаунте шлюза недостаточно квоты для оплаты этого запроса. Обычно шлюзы отправляют эту ошибку с HTTP 403.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>Пополните баланс аккаунта в панели управления шлюза, затем отправьте снова.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>Шлюз не смог зарезервировать квоту для запроса</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>Перед выполнением запроса new-api резервирует его ориентировочную стоимость из квоты ключа. Резервирование не удалось — обычно потому, что собственный лимит квоты ключа меньше этой оценки.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>Увеличьте или снимите лимит квоты этого ключа либо пополните баланс аккаунта в панели управления шлюза, затем повторите.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>На шлюзе не задана цена для этой модели</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>Шлюз не может выставить счёт за запрос, потому что для модели не настроены цена или коэффициент. Это пробел в конфигурации на стороне шлюза.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>Сообщите оператору шлюза, с какой моделью произошла ошибка, чтобы он задал для неё цену. Пока используйте другую модель.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>Шлюз не смог оценить запрос</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api оценивает объём каждого запроса перед выставлением счёта, и эта оценка не удалась. Часто так бывает, когда изображение во входных данных не удаётся скачать или прочитать.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>Убедитесь, что все URL изображений общедоступны и корректны, затем нажмите «Изменить и отправить снова». Если входные данные в порядке, повторите один раз, а затем обратитесь к оператору.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>Шлюз не смог связаться с вышестоящим сервисом</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>Обращение шлюза к вышестоящему провайдеру не удалось на сетевом уровне — например, соединение было отклонено или разорвано.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>Повторите после короткой паузы: следующую попытку шлюз может направить через другой канал.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>Вышестоящий сервис вернул непригодный ответ</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>Вышестоящий провайдер ответил, но шлюз не смог разобрать ответ. Это указывает на сбой или изменение формата на стороне вышестоящего сервиса.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>Повторите после паузы. Если сбои продолжаются, обратитесь к оператору шлюза, указав ID запроса.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>Вышестоящий сервис ответил статусом ошибки</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>Вышестоящий провайдер вернул HTTP-ошибку, и шлюз передал её под этим кодом. В сообщении часто есть собственное пояснение вышестоящего сервиса.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>Сначала прочитайте сообщение: если в нём описана проблема с вашими входными данными, исправьте её с помощью «Изменить и отправить снова». Иначе повторите после паузы или обратитесь к оператору.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>Вышестоящий сервис прислал пустой ответ</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>Вышестоящий провайдер завершил ответ без какого-либо содержимого. Так могут заканчиваться медленные потоковые ответы, упёршиеся в тайм-аут.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>Повторите. Если ошибка повторяется, попросите оператора шлюза увеличить тайм-аут потоковой передачи.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>Шлюз потерял ответ вышестоящего сервиса</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>Соединение с вышестоящим сервисом оборвалось, пока шлюз читал ответ, поэтому ответ неполный.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>Повторите вызов. После неудачной отправки подождите немного и проверьте журнал использования шлюза, прежде чем отправлять снова: вышестоящий сервис мог создать задачу.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>Шлюз не смог закодировать данные</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>Шлюзу не удалось преобразовать запрос или ответ в JSON. Это внутренний сбой программного обеспечения шлюза.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>Повторите один раз. Если ошибка повторится, сообщите о ней оператору шлюза, указав ID запроса.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>Ошибка чтения из базы данных шлюза</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>Шлюз не смог прочитать из своей базы данных нужные данные, например ваш ключ, пользователя или запись о задаче.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>Повторите после короткой паузы. Если ошибка сохраняется, проблема в самом шлюзе; обратитесь к его оператору.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>Ошибка записи в базу данных шлюза</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>Шлюз не смог сохранить данные, например новую запись о задаче или изменение квоты. После отправки задача у вышестоящего сервиса может существовать, даже если шлюз её не записал.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>Повторяйте запросы статуса после паузы. Прежде чем отправлять снова, поищите списание в журнале использования шлюза и, если с вас взяли оплату, обратитесь к оператору.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>Шлюз не знает этот ID задачи</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>У шлюза нет задачи с этим ID для вашего ключа. new-api отправляет эту ошибку с HTTP 400, а не 404, поэтому она может выглядеть как ошибка во входных данных.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>Нажмите «Проверить снова» один раз, чтобы исключить задержку. Если задача остаётся неизвестной, убедитесь, что в профиле по-прежнему указан ключ, которым она создана; иначе считайте задачу потерянной.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>Слишком много параллельных запросов для этого ключа</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>Шлюз ограничивает число запросов, которые один ключ может выполнять одновременно, и этот ключ достиг предела.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Дождитесь завершения выполняющихся запросов, затем повторите. Уменьшите лимит параллельных задач в настройках профиля, чтобы не превышать лимит ключа.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Проверка параллельности на шлюзе недоступна</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>Шлюз не смог проверить, сколько запросов выполняется у ключа, потому что сервис, который их подсчитывает, не работает. Пока проверка не заработает, шлюз отклоняет запросы.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>Повторите после короткой паузы. Если ошибка не исчезает, сообщите оператору шлюза.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>Задача завершилась ошибкой на шлюзе</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>Задача завершилась в состоянии ошибки. Причина от шлюза или вышестоящего провайдера приведена в сообщении провайдера, так как new-api передаёт такие тексты без фиксированного кода.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>Прочитайте сообщение: если оно указывает на промпт или входные данные, исправьте их с помощью «Изменить и отправить снова». Иначе отправьте снова после паузы.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI отклонил запрос</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>Тело запроса не является корректным JSON, у параметра неверный тип или платформа группы ключа не соответствует вызванному эндпоинту.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>Исправьте запрос согласно сообщению и нажмите «Изменить и отправить снова». Если в сообщении упоминается платформа или группа, используйте ключ из группы, предназначенной для задач с изображениями.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>Ключ LLMAPI отсутствует или недействителен</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI не принял ключ Bearer. Возможно, он введён с ошибкой, удалён или вообще не был отправлен.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>Укажите действительный ключ в настройках профиля. Для асинхронных задач с изображениями нужен ключ, привязанный к группе пакетной генерации изображений.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI отказал в выполнении запроса</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI отказывает в доступе по одной из нескольких причин: недостаточно средств на балансе, генерация изображений отключена для ключа или запрос заблокирован модерацией контента. Причина указана в сообщении.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>Прочитайте сообщение, затем пополните баланс, попросите оператора включить генерацию изображений для ключа или перепишите промпт, если его заблокировала модерация.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>Эндпоинт недоступен для этой группы ключей</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>Путь не существует, или платформа группы ключа его не предоставляет — например, эндпоинт изображений OpenAI вызван с ключом из группы не OpenAI.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>Убедитесь, что в настройках профиля указан базовый URL https://llmapi.site, а ключ принадлежит группе, поддерживающей задачи с изображениями.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>Конфликт состояния задачи LLMAPI</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>Запрос противоречит текущему состоянию задачи; чаще всего это отмена уже завершённой задачи.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>Прежде чем что-либо делать, нажмите «Проверить снова», чтобы загрузить текущее состояние задачи.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>Тело запроса слишком велико для LLMAPI</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>Запрос превышает лимит размера тела, настроенный на сервере, — обычно из-за больших встроенных изображений.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Уменьшите или сожмите входные изображения либо отправляйте ссылки на изображения вместо встроенных данных, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>Достигнут лимит мощностей LLMAPI</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>Достигнут лимит параллельности, очереди ожидания, очереди задач или аккаунта вышестоящего сервиса. Эти лимиты действуют отдельно для каждого пользователя и каждого ключа.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Повторяйте с увеличивающимися паузами и соблюдайте Retry-After, если он передан. Уменьшите лимит параллельных задач в настройках профиля, чтобы одновременно ожидало меньше задач.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>Внутренняя ошибка LLMAPI</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI неожиданно дал сбой при обработке вызова.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>Повторяйте с увеличивающимися паузами. После неудачной отправки задачи с изображением нажмите «Проверить снова» или посмотрите список задач, прежде чем отправлять снова, чтобы избежать дубликата задачи.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>Аккаунт вышестоящего сервиса LLMAPI вернул ошибку</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>Вышестоящая платформа или аккаунт, куда LLMAPI перенаправляет запросы, ответили ошибкой, поэтому LLMAPI не смог завершить вызов.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>Повторите после паузы: LLMAPI может использовать другой аккаунт вышестоящего сервиса. Если ошибка не исчезает, обратитесь к оператору LLMAPI.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>Сервис LLMAPI недоступен</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>Сервис сейчас не может принять запрос: асинхронные задачи могут быть отключены, хранилище результатов может отсутствовать или нет свободного аккаунта вышестоящего сервиса.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>Повторите через несколько минут. Если в сообщении сказано, что задачи или хранилище отключены, вместо этого обратитесь к оператору — ожидание не поможет.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>Тайм-аут LLMAPI или вышестоящего сервиса</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>Вышестоящий сервис или выполнение задачи заняли больше времени, чем допускает сервер. Задача с изображением при этом всё же могла быть создана.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>Повторите после паузы. Для отправок задач с изображениями сначала нажмите «Проверить снова» или посмотрите список задач, чтобы не создать дубликат.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>Некорректный запрос к LLMAPI</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>Запрос имеет не ту структуру, которую ожидает этот эндпоинт: например, пустое тело, повреждённый JSON или поле неверного типа. В сообщении указана точная проблема.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>Исправьте запрос согласно сообщению и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>Возможность LLMAPI не найдена</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>Вызванный эндпоинт или функция недоступны — обычно потому, что платформа группы ключа их не предоставляет.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>Используйте ключ из группы, соответствующей эндпоинту (например, группы пакетной генерации изображений для асинхронных задач с изображениями), и укажите его в настройках профиля.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>Асинхронные задачи с изображениями отключены</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>На сервере LLMAPI асинхронные задачи с изображениями отключены в конфигурации, поэтому создать задачу нельзя, пока оператор их не включит.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>Обратитесь к оператору LLMAPI. Повторы не помогут, пока функция не будет включена.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>Хранилище результатов LLMAPI недоступно</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>Асинхронные задачи с изображениями хранят результаты в объектном хранилище (OSS или S3), а оно не настроено или недоступно. Задача не принята.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>Повторите через несколько минут. Если проблема сохраняется, обратитесь к оператору LLMAPI по поводу настройки хранилища.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>Некорректный запрос задачи с изображением</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>Тело задачи с изображением неприемлемо — например, промпт пуст или у поля неверный тип. Проблема указана в сообщении.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>Исправьте поле, указанное в сообщении (непустой промпт обязателен всегда), и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>Модель не является поддерживаемой моделью изображений</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>Модель, указанная в задаче, не относится к моделям изображений, поддерживаемым API асинхронных задач LLMAPI, или не входит в группу изображений ключа.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>Выберите поддерживаемую модель изображений, например gpt-image-2 или официальное название модели изображений Gemini, с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>Функция недоступна для асинхронных задач с изображениями</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>Задача использует то, чего нет в асинхронном API, например загрузку multipart или stream со значением true.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>Отправьте обычное JSON-тело со stream, равным false, и удалите неподдерживаемые параметры с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>Ключи с подпиской не могут запускать задачи с изображениями</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>Ключ оплачивается по подписке, но асинхронные задачи с изображениями сейчас можно оплачивать только с баланса аккаунта. Запрос не поставлен в очередь.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>Укажите в настройках профиля ключ, оплачиваемый с баланса аккаунта.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>Недостаточно средств для резервирования задачи с изображением</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>При отправке задачи LLMAPI резервирует её стоимость, и баланса для этого резервирования недостаточно. Сумма растёт с количеством и размером изображений.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>Пополните баланс LLMAPI или запросите меньше изображений либо изображения меньшего размера, затем отправьте снова.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>Достигнут лимит очереди задач с изображениями</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>У пользователя или ключа уже максимально допустимое число задач в очереди, либо n запрашивает больше изображений, чем может выдать одна задача.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>Дождитесь завершения задач в очереди, прежде чем повторять, и уменьшите лимит параллельных задач в настройках профиля. Если n велико, запросите меньше изображений на задачу с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>Задача уже завершена, отменять нечего</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>Отмена пришла, когда задача уже завершилась успешно, с ошибкой, по тайм-ауту или была отменена. Само по себе это не ошибка.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>Нажмите «Проверить снова», чтобы загрузить конечное состояние и результат, если он есть.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>Задача с изображением LLMAPI не найдена</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>Задачи с этим ID не существует, или она принадлежит другому API-ключу; задачи других ключей LLMAPI считает ненайденными.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>Убедитесь, что в профиле указан ключ, которым создана задача, затем нажмите «Проверить снова». Если задача по-прежнему не найдена, считайте её потерянной.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>Эндпоинт изображений недоступен для группы этого ключа</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>Ключ принадлежит группе, платформа которой не OpenAI, поэтому эндпоинт изображений OpenAI для него закрыт.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>Переключите профиль на ключ из группы OpenAI или группы пакетной генерации изображений либо вызовите эндпоинт, соответствующий платформе ключа.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>Подсчёт токенов недоступен для группы этого ключа</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>Эндпоинт подсчёта токенов недоступен для ключей из группы OpenAI, а был использован именно такой ключ.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>Не используйте подсчёт токенов с этим ключом или возьмите ключ из группы, которая его поддерживает.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>Ключ не принадлежит группе Gemini</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Нативный путь Gemini был вызван с ключом, платформа группы которого не Gemini. LLMAPI привязывает каждый ключ к одной платформе.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Для нативных путей Gemini используйте ключ из группы Gemini или вызывайте OpenAI-совместимый эндпоинт задач с текущим ключом.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>Тело запроса пустое</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI получил запрос без тела. Причиной может быть ошибка клиента или прокси, который удаляет тело.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>Проверьте параметры запроса в окне «Изменить и отправить снова». Если они заполнены, проверьте настройки прокси и сообщите об ошибке в QueueLens.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>Задача с изображением LLMAPI завершилась ошибкой</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>Задача завершилась в состоянии ошибки. LLMAPI никогда не повторяет неудачные задачи сам, поэтому она так и останется с ошибкой.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>Отправьте задачу снова после паузы. Если она снова завершится ошибкой, измените промпт или настройки с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>Тайм-аут задачи с изображением LLMAPI</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>Задача не уложилась в лимит времени выполнения LLMAPI, и сервер не запустит её повторно сам.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>Отправьте снова позже. Задачи с изображениями меньшего размера или с меньшим числом изображений выполняются быстрее.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>Задача с изображением LLMAPI отменена</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>Задача была отменена до завершения — из QueueLens или другим клиентом с тем же ключом.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>Если отмена была намеренной, ничего делать не нужно; иначе нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Upstream returned no images</source>
        <translation>Вышестоящий сервис не вернул изображений</translation>
    </message>
    <message>
        <source>The upstream model answered without producing any image, often because of a silent safety refusal or a passing fault.</source>
        <translation>Вышестоящая модель ответила, не создав ни одного изображения, — часто из-за негласного отказа по соображениям безопасности или временного сбоя.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If it keeps returning nothing, reword the prompt with Edit and resubmit.</source>
        <translation>Отправьте снова после паузы. Если результат по-прежнему пуст, переформулируйте промпт с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu отклонил запрос</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu счёл запрос некорректным, не указав более конкретной причины. Этот же код Vidu использует, когда отказывается отменить задачу, состояние которой уже не допускает отмены.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>Прочитайте сообщение провайдера. Если отказано в отмене, нажмите «Проверить снова», чтобы увидеть фактическое состояние задачи; иначе исправьте запрос с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Отсутствует обязательное поле</translation>
    </message>
    <message>
        <source>Vidu needs the field(s) %1, but the request did not include them or left them empty.</source>
        <translation>Vidu требуются поля: %1, но в запросе они отсутствуют или пусты.</translation>
    </message>
    <message>
        <source>Fill in the named field(s) with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Заполните указанные поля с помощью «Изменить и отправить снова». Проверьте также, что эндпоинт подходит для задачи: например, для преобразования изображения в видео нужно входное изображение.</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>В запросе есть поле, которое Vidu не принимает</translation>
    </message>
    <message>
        <source>The request includes the field(s) %1, which this endpoint or model does not accept.</source>
        <translation>Запрос содержит поля: %1, которые этот эндпоинт или модель не принимает.</translation>
    </message>
    <message>
        <source>Remove the named field(s) with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Удалите указанные поля с помощью «Изменить и отправить снова». Допустимые параметры различаются у разных моделей и эндпоинтов Vidu.</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Слишком много или слишком мало элементов в поле</translation>
    </message>
    <message>
        <source>The list in the field(s) %1 has more or fewer entries than Vidu allows, for example too many reference images.</source>
        <translation>Список в полях: %1 содержит больше или меньше элементов, чем допускает Vidu, — например, слишком много референсных изображений.</translation>
    </message>
    <message>
        <source>Change the number of entries in the named field(s) to what the model allows, then use Edit and resubmit.</source>
        <translation>Приведите число элементов в указанных полях к допустимому для модели, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>Размер страницы или изображения вне допустимого диапазона</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>Для списков задач используйте размер страницы от 1 до 100. Для отправки сверьте входные изображения с этими ограничениями и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu не смог загрузить изображение</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu не смог получить изображение по URL из запроса. Срок действия ссылки мог истечь, она может требовать входа в систему или запрещать автоматическую загрузку.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>Убедитесь, что каждый URL изображения открывается без входа в приватном окне браузера, замените нерабочие ссылки и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Another operation is still in progress</source>
        <translation>Другая операция ещё выполняется</translation>
    </message>
    <message>
        <source>Vidu is still processing an earlier request for the same task or resource and refused this one for now.</source>
        <translation>Vidu ещё обрабатывает предыдущий запрос для той же задачи или ресурса и пока отклонил этот.</translation>
    </message>
    <message>
        <source>Wait a few seconds and use Check again to see the current state. Repeat the action only if it is still needed.</source>
        <translation>Подождите несколько секунд и нажмите «Проверить снова», чтобы увидеть текущее состояние. Повторяйте действие, только если оно всё ещё нужно.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Формат изображения не принимается Vidu</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>Входное изображение имеет формат, который Vidu не принимает, или файл повреждён. Vidu читает изображения JPG, JPEG, PNG и WEBP.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>Преобразуйте изображение в PNG или JPEG и отправьте снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>Входные данные не прошли проверку безопасности Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Проверка отправленного промпта или изображений в Vidu обнаружила недопустимый контент, поэтому задача не принята.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Измените промпт или изображения так, чтобы они явно соответствовали правилам контента Vidu, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Недостаточно кредитов Vidu</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>На аккаунте недостаточно кредитов для этой задачи. Vidu отправляет эту ошибку с HTTP 400, но это вопрос оплаты, а не ошибка во входных данных.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Купите или продлите кредиты на платформе Vidu либо удешевите задачу (меньшая длительность, более низкое разрешение), затем отправьте снова.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>Сгенерированный контент нарушил правила Vidu</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>Задача выполнилась, но правила контента Vidu отметили сгенерированный результат, поэтому он не выдан.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>Измените промпт или входные изображения так, чтобы результат с меньшей вероятностью был отмечен, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Модель Vidu недоступна</translation>
    </message>
    <message>
        <source>The requested model could not run the task, either because it is temporarily unavailable or because the model name does not fit this endpoint.</source>
        <translation>Запрошенная модель не смогла выполнить задачу: она временно недоступна или её название не подходит для этого эндпоинта.</translation>
    </message>
    <message>
        <source>Check that the model name (for example viduq1) is valid for this endpoint. If it is, retry later or choose another model with Edit and resubmit.</source>
        <translation>Убедитесь, что название модели (например, viduq1) допустимо для этого эндпоинта. Если да, повторите позже или выберите другую модель с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Задача Vidu отменена пользователем</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>Задача остановлена запросом на отмену для этого аккаунта — из QueueLens или из другого места. Vidu сообщает о ней как о завершённой с ошибкой с этим кодом.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>Если отмена была намеренной, ничего делать не нужно; иначе отправьте задачу снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>Недопустимое значение поля</translation>
    </message>
    <message>
        <source>The value of the field(s) %1 did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration.</source>
        <translation>Значение полей: %1 не прошло проверку Vidu — например, неизвестная модель, разрешение или длительность.</translation>
    </message>
    <message>
        <source>Change the named field(s) to a value the model documents, then use Edit and resubmit.</source>
        <translation>Измените указанные поля на значения, документированные для модели, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>На изображении не найдено пригодное тело человека</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>Этой модели или эффекту нужен хорошо различимый человек, а система распознавания тела Vidu не смогла найти суставы на входном изображении.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>Используйте фотографию, на которой один человек хорошо виден в полный рост, без сильной обрезки, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>Проверка лица на входном изображении не пройдена</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Проверка лица на входном изображении в Vidu не пройдена — например, лицо слишком маленькое, отвёрнуто или размыто.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>Загрузите резкую фотографию с хорошо различимым лицом, обращённым к камере, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>Тело или лицо на изображении слишком закрыто</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>Тело или лицо человека на входном изображении закрыто настолько, что Vidu не может его распознать.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>Используйте изображение, на котором лицо и тело не закрыты предметами, руками или другими людьми, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>Промпт нарушает правила Vidu</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>Текстовый промпт содержит слова или темы, которые Vidu не допускает, поэтому задача отклонена до запуска.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>Перепишите промпт без проблемного содержимого и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>API-ключ Vidu отклонён</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu не принял учётные данные: ключ неверен, удалён или отсутствует. Vidu ожидает ключ со схемой Token в заголовке Authorization; у реселлеров схема может быть другой.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>Проверьте ключ в настройках профиля и при необходимости создайте новый на платформе Vidu. Если базовый URL указывает на реселлера, используйте ключ, выданный этим реселлером.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu отказал в доступе</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>Ключ действителен, но не может выполнять этот запрос — например, к эндпоинту или модели, которые не входят в пакет аккаунта.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Проверьте пакеты и права аккаунта на платформе Vidu или укажите в настройках профиля ключ с нужным доступом.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu не знает этот ID задачи</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>Для аккаунта, которому принадлежит ключ, задачи с этим ID не существует. Обычные причины — опечатка в ID или ключ другой организации.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>Нажмите «Проверить снова» один раз. Если задача по-прежнему не найдена, убедитесь, что в профиле указан тот же ключ, что и при отправке; иначе считайте задачу потерянной.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>ID результата (creation) Vidu не найден</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>Указанный в запросе результат (creation), то есть один из сгенерированных результатов задачи, не существует или больше недоступен.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>Нажмите «Проверить снова», чтобы загрузить актуальный список результатов задачи, и используйте ID оттуда.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Ресурс Vidu не найден</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>Запрошенный путь или ресурс не существует — часто из-за неверного базового URL или эндпоинта.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>Проверьте базовый URL в настройках профиля (https://api.vidu.com для международной платформы) и соответствие эндпоинта типу задачи.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Конфликт ресурсов Vidu</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>Запрос создал бы или изменил ресурс, ключ которого уже используется, поэтому Vidu его отклонил.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>Прежде чем повторять запрос, нажмите «Проверить снова», чтобы узнать, не вступил ли уже в силу предыдущий.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Превышен лимит параллельных задач Vidu</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>У организации уже выполняется столько задач, сколько допускает её лимит параллельности (по умолчанию 5), и Vidu отклонил лишний запрос.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Дождитесь завершения выполняющихся задач, затем повторите. Установите лимит параллельных задач в настройках профиля равным вашему лимиту Vidu или попросите поддержку Vidu его увеличить.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Слишком частые запросы к Vidu</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>Ключ отправлял запросы чаще, чем Vidu допускает за короткий период; проверки статуса тоже учитываются.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>Подождите перед повтором и увеличьте интервал опроса в настройках профиля.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu ограничивает трафик</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu ограничивает запросы, потому что его собственные ресурсы на пределе, а не из-за вашего аккаунта.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>Повторите после более длительной паузы — не меньше нескольких минут — и отправляйте меньше новых задач, пока ограничение не снимется.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>Запрос прерван клиентом</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu зафиксировал, что клиент закрыл HTTP-запрос до того, как ответ был готов, — например, после тайм-аута на стороне клиента. Это касается данного вызова, а не обязательно задачи.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>Если это была отправка, нажмите «Проверить снова» или посмотрите список задач Vidu, прежде чем отправлять снова: задача могла быть создана.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Внутренний сбой сервиса Vidu</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>При обработке запроса в Vidu произошла внутренняя ошибка.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>Повторите после паузы. Если сбои продолжаются, обратитесь в поддержку Vidu, указав trace id из подробностей ошибки.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Сбой Vidu без известной причины</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu сообщил, что задача или запрос завершились ошибкой, не указав причину.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>Отправьте снова после паузы. Если та же задача продолжает завершаться ошибкой, обратитесь в поддержку Vidu, указав ID задачи.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Ошибка распознавания лица Vidu</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu не смог выполнить распознавание лица на входных данных — часто потому, что изображение слишком тёмное, слишком маленькое или плохого качества.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>Используйте более яркое и резкое изображение, на котором лицо крупное и хорошо различимо, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu не смог загрузить видео</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu не смог получить видео по URL из запроса. Ссылка может быть закрытой, устаревшей или слишком медленной.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>Используйте общедоступную прямую ссылку на видеофайл, проверьте её в приватном окне браузера, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Формат видео не принимается Vidu</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>Входное видео использует контейнер или кодек, который Vidu не может прочитать, или файл повреждён.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>Преобразуйте видео в MP4 с H.264 и отправьте снова с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>Лицо не прошло проверку Vidu</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>Лицо найдено, но не отвечает требованиям модели или эффекта — например, снято в профиль, частично закрыто или слишком маленькое.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>Используйте фотографию с одним чётким лицом, обращённым к камере и занимающим значительную часть кадра, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>Входная фотография не прошла проверку Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Проверка изображений Vidu отклонила загруженную фотографию — например, потому что на ней контент, который платформа не допускает.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Замените фотографию на такую, которая явно соответствует правилам контента Vidu, и нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>На изображении не найдено лицо</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>Выбранной модели или эффекту нужно лицо, но Vidu не нашёл его на входном изображении.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>Загрузите изображение, на котором хорошо видно лицо человека, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>На изображении больше одного лица</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>Модель или эффект работает с одним человеком, но Vidu нашёл на входном изображении несколько лиц.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>Обрежьте изображение до одного человека или выберите фотографию только с одним лицом, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Проверка контента Vidu не пройдена</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Проверка контента Vidu отклонила входные данные или сгенерированный результат, поэтому задача завершилась без пригодного результата.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Скорректируйте промпт и изображения так, чтобы они явно соответствовали правилам контента Vidu, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>Размеры изображения вне допустимого диапазона</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>Ширина или высота входного изображения в пикселях слишком велика или слишком мала для Vidu.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>Измените размер изображения так, чтобы обе стороны укладывались в документированные для модели ограничения в пикселях, а соотношение сторон оставалось в пределах от 1:4 до 4:1, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Некорректный запрос</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>Провайдер отклонил запрос как неправильно сформированный или некорректный и не прислал документированного кода ошибки. Обычно параметр отсутствует, имеет неверный тип или не поддерживается моделью.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>Поищите подсказки в исходном ответе и исправьте параметры с помощью «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Не выполнена аутентификация</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>Провайдер не принял учётные данные: API-ключ отсутствует, неверен или истёк.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>Проверьте API-ключ в настройках профиля и замените его действующим ключом с сайта провайдера.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Требуется оплата</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>Провайдер требует оплату перед выполнением запроса — обычно потому, что баланс аккаунта или кредиты исчерпаны.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>Пополните баланс аккаунта на сайте провайдера, затем отправьте задачу снова.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>Провайдер знает ключ, но не разрешает этот запрос — например, модель вне тарифа или действие, которое ключу не разрешено.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>Проверьте права ключа и тариф на сайте провайдера или укажите другой ключ в настройках профиля.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>По запрошенному адресу у провайдера ничего нет: неверен базовый URL или путь либо задача или модель не существует.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>Проверьте базовый URL в настройках профиля. Для существующей задачи нажмите «Проверить снова»; если она так и не находится, считайте её потерянной.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Метод не разрешён</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>Провайдер не принимает такой тип HTTP-запроса по этому адресу. Почти всегда это значит, что базовый URL указывает не на тот сервис или не на ту версию API.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>Сверьте базовый URL в настройках профиля с документацией провайдера и исправьте его.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Тайм-аут запроса</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>Сервер перестал ждать полного запроса — часто из-за медленного или нестабильного соединения или очень большого тела.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>Повторите после короткой паузы. Если ошибка повторяется, проверьте сетевое подключение и уменьшите запрос.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Конфликт с текущим состоянием</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>Запрос противоречит текущему состоянию ресурса — например, отмена уже завершённой задачи.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>Нажмите «Проверить снова», чтобы загрузить текущее состояние, затем решите, нужно ли ещё это действие.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>Ресурс больше недоступен</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>Провайдер сообщает, что ресурс существовал, но удалён навсегда, — например, устаревший результат или удалённая задача.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>Через API его не восстановить. Если результат ещё нужен, отправьте задачу снова и скачивайте результаты вскоре после их готовности.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Запрос слишком велик</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>Тело запроса больше, чем принимает провайдер, — обычно из-за встроенных в него изображений или видео.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Используйте файлы меньшего размера или сжатые файлы либо ссылки вместо встроенных данных, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>Неподдерживаемый тип содержимого</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>Провайдер не принимает формат тела запроса — например, потому что заголовок Content-Type отсутствует или неверен.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>Убедитесь, что в профиле указаны правильные тип провайдера и базовый URL. Если оба верны, сообщите об ошибке в QueueLens.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>Не удалось обработать запрос</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>Запрос сформирован правильно, но провайдер отклонил его содержимое — например, значение вне допустимого диапазона или несовместимые параметры.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>Провайдер ограничивает число запросов или параллельных задач для ключа, и лимит достигнут.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Подождите столько, сколько провайдер указал в Retry-After (или минуту, если время не указано), затем повторите. Уменьшите лимит параллельных задач или увеличьте интервал опроса в настройках профиля.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>Клиент закрыл запрос</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>Сервер зафиксировал, что клиент закрыл соединение до отправки ответа — например, из-за тайм-аута на стороне клиента или потому, что QueueLens был закрыт.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>Если это была отправка, нажмите «Проверить снова», прежде чем отправлять снова: задача могла быть создана. Остальные вызовы можно просто повторить.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>Сервер провайдера дал сбой при обработке запроса. Причина на стороне провайдера, а не в запросе.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>Повторите после паузы, увеличивая её с каждой попыткой. После неудачной отправки нажмите «Проверить снова» или проверьте сайт провайдера, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>Функция не реализована</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>Провайдер не поддерживает эту функцию по этому адресу — например, вызов отмены или списка, которого у сервиса нет.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>Убедитесь, что базовый URL и тип провайдера в настройках профиля указаны верно. Если да, у провайдера нет этой функции; если она вам нужна, обратитесь к нему.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Ошибка шлюза</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>Прокси или шлюз перед провайдером получил некорректный ответ от сервера за ним. Обычно это длится недолго.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>Повторите после короткой паузы. Если так завершилась отправка, нажмите «Проверить снова», прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Сервис недоступен</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>Провайдер сейчас не может принимать запросы из-за перегрузки, технического обслуживания или нехватки свободных мощностей.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Повторите по истечении времени, указанного в Retry-After, или через несколько минут.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Тайм-аут шлюза</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>Шлюз перед провайдером слишком долго ждал ответа от сервера за ним. Запрос при этом всё же мог быть выполнен.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>Повторите после паузы. Если это была отправка, сначала нажмите «Проверить снова»: задача может существовать, даже если ответ не пришёл.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>Провайдер отвечал слишком долго (Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>Cloudflare, стоящий перед провайдером, связался с его сервером, но не получил ответа в пределах своего лимита времени (около 100 секунд). Работа у провайдера ещё может завершиться.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>Не отправляйте задачу сразу повторно: нажмите «Проверить снова» или проверьте на сайте провайдера, была ли создана задача, и повторяйте, только если не была.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>Запрос отклонён провайдером</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>Провайдер ответил статусом ошибки клиента, для которого здесь нет отдельной записи. Что-то нужно изменить в запросе, ключе или аккаунте.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>Найдите причину в исходном ответе в подробностях ошибки, затем исправьте запрос с помощью «Изменить и отправить снова» или обновите настройки профиля.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>Ошибка сервера провайдера</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>Провайдер ответил статусом ошибки сервера, для которого здесь нет отдельной записи. Проблема на стороне провайдера.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>Повторите после паузы, увеличивая её с каждой попыткой. Если ошибка сохраняется, проверьте страницу статуса провайдера.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Соединение отклонено</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>Сервер по базовому URL отклонил соединение. Возможно, сервис не работает или в базовом URL указаны неверные хост или порт.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>Проверьте базовый URL в настройках профиля, включая номер порта. Если он верен, повторите позже.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Имя хоста не найдено</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>Не удалось преобразовать имя хоста из базового URL в адрес. Возможно, оно написано с ошибкой или DNS-сервер недоступен.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>Проверьте написание хоста в настройках профиля и открываются ли другие сайты. Повторите, когда сеть заработает.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>Данные не получены вовремя</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>Дольше, чем позволяет тайм-аут передачи, данные не передавались ни в одном направлении. Возможно, сервер перегружен или брандмауэр отбрасывает трафик.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>Повторите после паузы. Если это была отправка, нажмите «Проверить снова», прежде чем отправлять снова: провайдер мог создать задачу.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>Соединение закрыто до получения полного ответа</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>Сервер или прокси закрыл соединение до того, как пришёл весь ответ. Причина — перезапуски на стороне провайдера и нестабильная сеть.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>Повторите вызов. Если это была отправка, сначала нажмите «Проверить снова», чтобы задача не была создана дважды.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>Не удалось установить или проверить зашифрованное (TLS) соединение с провайдером. Частые причины — неверное системное время, прокси или антивирус, перехватывающие HTTPS, или истёкший сертификат сервера.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>Проверьте дату и время на компьютере и перехват HTTPS в прокси или антивирусе. Если с этим всё в порядке, повторите позже: возможно, провайдер обновляет сертификат.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Ошибка прокси</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>Прокси-сервер, настроенный на этом компьютере, отклонил соединение, запросил вход или не смог связаться с провайдером.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>Проверьте системные настройки прокси и учётные данные прокси или попробуйте без прокси. Повторите, когда прокси заработает.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>Компьютер не в сети</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>У компьютера нет работающего сетевого подключения, поэтому запрос не удалось отправить. До провайдера ничего не дошло.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>Подключитесь к сети. QueueLens сможет продолжить, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>Ответ не является корректным JSON</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>Провайдер сообщил об успехе, но тело ответа — не тот JSON, который ожидает QueueLens. Часто это HTML-страница прокси, портала авторизации или уведомление о техническом обслуживании.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>Повторите после паузы. Если ошибка сохраняется, откройте базовый URL в браузере, чтобы увидеть, что отвечает, и проверьте настройки профиля.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Пустой ответ</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>Провайдер ответил без тела там, где QueueLens нужны данные, например ID задачи или статус.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>Повторите после паузы. Если на отправку пришёл пустой ответ, поищите задачу на сайте провайдера, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>Ответ больше допустимого размера</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>Тело ответа превысило ограничение размера, которое применяет QueueLens, поэтому не было прочитано. Частая причина — базовый URL, указывающий на большой файл или веб-страницу.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>Проверьте базовый URL в настройках профиля. Если он верен, провайдер прислал гораздо больше данных, чем допускает его протокол; сообщите об этом провайдеру, указав ID задачи.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>В ответе нет ожидаемых полей</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>Провайдер прислал корректный JSON, но без полей, которые обещает его протокол, например ID задачи или статуса. Возможно, провайдер изменил свой API или профиль указывает на сервис другого типа.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>Убедитесь, что тип провайдера и базовый URL в настройках профиля соответствуют сервису. Если да, отправьте исходный ответ разработчикам QueueLens.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>Результат отправки неизвестен</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>На отправку не пришёл однозначный ответ — например, соединение оборвалось или истёк тайм-аут, — поэтому задача у провайдера может как существовать, так и нет. Повторная отправка вслепую может создать вторую задачу и выставить за неё счёт.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>Сначала нажмите «Проверить снова» или посмотрите на сайте провайдера. Нажимайте «Всё равно отправить», только если уверены, что задача не была создана.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>Провайдер больше не знает задачу</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>Провайдер ранее сообщал об этой задаче, а теперь отвечает, что её не существует. Возможно, срок её хранения истёк, она удалена или в профиле сменился ключ.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>Убедитесь, что в профиле по-прежнему указан ключ, которым создана задача, затем нажмите «Проверить снова». Если задача остаётся неизвестной, отправьте её снова, если результат ещё нужен.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>Задача превысила срок, заданный в профиле</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>Задача не завершилась в срок, заданный в профиле, поэтому QueueLens перестал её ждать. Провайдер всё ещё может её выполнить.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>Нажмите «Проверить снова», чтобы узнать, не завершилась ли она позже. Для медленных моделей, например при генерации длинных видео, увеличьте срок в настройках профиля.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>Провайдер не умеет отменять задачи</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>У этого провайдера нет API для отмены задач, поэтому QueueLens не может остановить задачу. Она продолжит выполняться, и за неё всё равно может быть выставлен счёт.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>Дождитесь завершения задачи или остановите её на сайте провайдера, если он это позволяет.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>Для этого профиля не задан API-ключ</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens не нашёл API-ключ для этого профиля, поэтому ничего не отправлено. Возможно, ключ не был введён, или системное хранилище ключей, где он хранится, заблокировано или недоступно.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>Введите API-ключ в настройках профиля. Если ключ был сохранён ранее, разблокируйте системное хранилище ключей и попробуйте снова.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>Произошла ошибка, которую не может классифицировать ни документация провайдера, ни QueueLens. Подробнее может рассказать исходный ответ в подробностях ошибки.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>Нажмите «Проверить снова», чтобы увидеть фактическое состояние задачи, прежде чем повторять или отправлять снова.</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>Судя по названию кода, речь о запросе списка задач с размером страницы вне допустимого диапазона от 1 до 100. Однако собственная таблица Vidu связывает этот код с ограничениями для входных изображений: не более 50 МБ, JPG, JPEG, PNG или WEBP и соотношение сторон от 1:4 до 4:1.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>Найдите проблемное поле в сообщении провайдера и исправьте его с помощью «Изменить и отправить снова».</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Некорректный запрос</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>Правила контента</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>Конфликт состояния</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Лимит запросов</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>Сбой вышестоящего сервиса</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сразу</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>Повторить после паузы</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>Изменить запрос</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>Исправить аккаунт или ключ</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>Сначала проверить состояние задачи</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>Повтор не поможет</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>Обратиться к провайдеру</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>Пояснить код ошибки провайдера и предложить решение.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Категория: %1 (%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>Повтор: %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(Этого кода нет в документации провайдера; текст выше составлен по HTTP-статусу и категории.)</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>Код, причина (reason), тип или сообщение, присланные провайдером (например, CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>Идентификатор провайдера: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>HTTP-статус, с которым пришла ошибка.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>Сообщение провайдера; из него берутся подробности, например названия полей.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Язык интерфейса, например zh_CN или ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>укажите ровно один идентификатор для пояснения</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status требует HTTP-статус от 100 до 599, а не “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер “%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>“%1” нет в каталоге ошибок.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>“%1” нет в каталоге ошибок провайдера %2.</translation>
    </message>
</context>
<context>
    <name>ProviderAdapter</name>
    <message>
        <source>Choose a model or endpoint.</source>
        <translation>Выберите модель или эндпоинт.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Напишите промпт.</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Отменяется</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряна</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Язык интерфейса, например zh_CN или ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>После запуска сохранить снимок окна в &lt;файл&gt; и завершить работу.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Задач пока нет.</translation>
    </message>
</context>
</TS>
