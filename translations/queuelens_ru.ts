<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>Некорректный базовый URL: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>Введите базовый URL провайдера, например https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Базовый URL должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>В базовом URL должно быть имя хоста, например https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>Базовый URL не может содержать имя пользователя или пароль: QueueLens сам передаёт API-ключ.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>Базовый URL не может содержать строку запроса («?%1»): QueueLens сам добавляет путь API и параметры.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>Базовый URL не может содержать фрагмент («#%1»).</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>Окончание «%1» удалено: QueueLens сам добавляет путь API.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>Попросить провайдера отменить задачу (с --wait — дождаться её остановки).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Локальный ID задачи (из submit или list).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>Следить за задачей до её остановки; код выхода 0 только если она завершится отменой.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>задачу %1 нельзя отменить: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>провайдер не ответил на запрос отмены вовремя</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>отмена не принята: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>провайдер не отменил задачу %1; её состояние по-прежнему «%2»</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>Задача %1 завершилась в состоянии «%2» до того, как отмена вступила в силу.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>Задача %1 уже была завершена в состоянии «%2».</translation>
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
%n задача</numerusform>
            <numerusform>%1 · %2
%3
%n задачи</numerusform>
            <numerusform>%1 · %2
%3
%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Задачи по состояниям</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>завершено (всего)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>Завершено в минуту, последние %1 мин</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>Ошибка, тайм-аут или потеряна</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>Ожидание в очереди и время до результата</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>Ожидание в очереди, медиана</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>Ожидание в очереди, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>Время до результата, медиана</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>Время до результата, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Самые частые ошибки</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>задачи с ошибкой</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>Задачи по состояниям

Данные собираются каждые несколько секунд; график заполняется со временем.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>Завершено в минуту

За последние %1 мин не завершилась ни одна задача.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>Ожидание в очереди и время до результата

Пока нет завершённых или выполняющихся задач для измерения.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>Самые частые ошибки

Задач с ошибкой нет. Поводов для беспокойства нет.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>График: задачи по состояниям во времени</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>График: завершённые задачи в минуту</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>График: ожидание в очереди и время до результата по провайдерам</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>График: самые частые коды ошибок</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>Повторно запросить у провайдера неизвестную или потерянную задачу.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Локальный ID задачи (из submit или list).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>Если задача окажется активной, следить за ней до завершения.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>задачу %1 нельзя проверить: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>провайдер не ответил вовремя</translation>
    </message>
</context>
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
        <translation>Выполните «queuelens-cli &lt;command&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Каждая команда принимает параметр --lang &lt;код&gt; (например, zh_CN или ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>Язык «%1» недоступен; используется английский. Доступные языки: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Ошибка: неизвестная команда «%1».</translation>
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
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1 на %2 (командная строка)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>В профиле «%1» не указана переменная окружения для API-ключа; отправьте снова с параметром --key-env &lt;VAR&gt;.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>API-ключ для «%1» читается из переменной окружения %2, которая не задана или пуста. Задайте её или укажите другую переменную через --key-env.</translation>
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
        <translation>ID</translation>
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
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>Повтор: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Код: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>На этапе: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n секунда</numerusform>
            <numerusform>Retry-After: %n секунды</numerusform>
            <numerusform>Retry-After: %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>нет в документации провайдера</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>Ответ провайдера: «%1»</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[ответ обрезан]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>Нет однозначного ответа на отправку</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>Запрос на отправку не получил пригодного ответа, поэтому неизвестно, создал ли провайдер задачу.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>Сначала найдите задачу с помощью «Проверить снова». «Всё равно отправить» отправит её ещё раз; если первая отправка всё же дошла, появится дубликат и провайдер выставит счёт дважды.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>Провайдер больше не находит эту задачу</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>Провайдер несколько раз подряд ответил «не найдено» для задачи, которую ранее принял. Провайдеры удаляют старые задачи, а некоторые теряют их при перезапусках.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>Нажмите «Проверить снова» один раз; если задача так и не найдётся, повторите её, чтобы запустить заново.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>Задача превысила срок</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>Задача не завершилась в срок, заданный в профиле, поэтому QueueLens перестал её ожидать.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>Повторите её или увеличьте срок в настройках профиля, если эта модель работает медленно.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Повторить через %n секунду</numerusform>
            <numerusform>Повторить через %n секунды</numerusform>
            <numerusform>Повторить через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>Изменить и отправить снова…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>Открыть настройки профиля…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>Всё равно отправить…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>Провайдер попросил подождать перед следующим запросом.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Пояснение к ошибке</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID запроса:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>Скопировать ID запроса (укажите его при обращении к провайдеру)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Копировать ID запроса</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Исходный ответ</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>Исходный ответ провайдера</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 вернул код «%2», которого нет в его документации. Судя по HTTP-статусу %3: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(без кода)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Недокументированная ошибка «%1»</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 сообщил об ошибке «%2», которой нет в его документации. Похоже, это проблема категории «%3».</translation>
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
        <translation>Подождите немного и повторите. Если ошибка повторяется, уменьшите лимит одновременных запросов в настройках профиля.</translation>
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
        <translation>Подождите время, указанное в Retry-After (или около минуты, если оно не указано), затем повторите. Уменьшите лимит одновременных запросов или увеличьте интервал опроса в настройках профиля.</translation>
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
        <translation>ID запроса неизвестен SeaArt</translation>
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
        <translation>Подождите время, указанное в заголовке Retry-After, затем повторите. Увеличьте интервал опроса или уменьшите лимит одновременных запросов в настройках профиля; если нужен более высокий лимит, обратитесь в поддержку FoxAPI.</translation>
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
        <translation>Перед следующим запросом выждите период из Retry-After. Распределите отправки во времени, уменьшив лимит одновременных запросов в настройках профиля.</translation>
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
        <translation>Подождите, прежде чем отправлять снова, и уменьшите лимит одновременных запросов в настройках профиля. Если лимита недостаточно для вашей работы, попросите FoxAPI его увеличить.</translation>
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
        <translation>FoxAPI больше не находит эту задачу: ID неверен или запись о задаче устарела. FoxAPI хранит результаты ограниченное время (ссылки на результаты действуют 24 часа).</translation>
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
        <translation>У шлюза нет такого маршрута, или эта модель ему неизвестна. Многие шлюзы new-api вообще не включают асинхронные маршруты задач для видео и изображений.</translation>
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
        <translation>Подождите не меньше минуты перед повтором, а после повторных отказов — дольше. Уменьшите лимит одновременных запросов и увеличьте интервал опроса в настройках профиля.</translation>
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
        <translation>Повторите после паузы. После неудачной отправки проверьте журнал использования в панели управления шлюза, прежде чем отправлять снова, чтобы шлюз не выставил счёт за задачу дважды.</translation>
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
        <translation>У вышестоящего канала сейчас нет ключа провайдера, который можно использовать, — например, все ключи достигли лимита запросов или отключены. Проблема на стороне шлюза.</translation>
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
        <translation>Вышестоящий провайдер завершил ответ без какого-либо содержимого. Так могут заканчиваться медленные потоковые ответы, прерванные по тайм-ауту.</translation>
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
        <translation>Повторяйте запросы статуса после паузы. Прежде чем отправлять снова, поищите списание в журнале использования шлюза и, если счёт был выставлен, обратитесь к оператору.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>ID задачи неизвестен шлюзу</translation>
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
        <translation>Слишком много одновременных запросов для этого ключа</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>Шлюз ограничивает число запросов, которые один ключ может выполнять одновременно, и этот ключ достиг предела.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Дождитесь завершения выполняющихся запросов, затем повторите. Уменьшите лимит одновременных запросов в настройках профиля, чтобы не превышать лимит ключа.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Проверка одновременных запросов на шлюзе недоступна</translation>
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
        <translation>Достигнут лимит одновременных запросов, очереди ожидания, очереди задач или аккаунта вышестоящего сервиса. Эти лимиты действуют отдельно для каждого пользователя и каждого ключа.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Повторяйте с увеличивающимися паузами и соблюдайте Retry-After, если он передан. Уменьшите лимит одновременных запросов в настройках профиля, чтобы одновременно ожидало меньше задач.</translation>
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
        <translation>Дождитесь завершения задач в очереди, прежде чем повторять, и уменьшите лимит одновременных запросов в настройках профиля. Если n велико, запросите меньше изображений на задачу с помощью «Изменить и отправить снова».</translation>
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
        <source>Request has a field Vidu does not accept</source>
        <translation>В запросе есть поле, которое Vidu не принимает</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Слишком много или слишком мало элементов в поле</translation>
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
        <translation>ID задачи неизвестен Vidu</translation>
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
        <translation>Превышен лимит одновременных задач Vidu</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>У организации уже выполняется столько задач, сколько допускает её лимит одновременных задач (по умолчанию 5), и Vidu отклонил лишний запрос.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Дождитесь завершения выполняющихся задач, затем повторите. Установите в настройках профиля лимит одновременных запросов, равный вашему лимиту Vidu, или попросите поддержку Vidu увеличить лимит.</translation>
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
        <translation>Провайдер распознал ключ, но не разрешает этот запрос — например, модель вне тарифа или действие, которое ключу не разрешено.</translation>
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
        <translation>Провайдер ограничивает число запросов или одновременных задач для ключа, и лимит достигнут.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Подождите столько, сколько провайдер указал в Retry-After (или минуту, если время не указано), затем повторите. Уменьшите лимит одновременных запросов или увеличьте интервал опроса в настройках профиля.</translation>
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
        <translation>Провайдер больше не находит задачу</translation>
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
        <translation>Провайдер не поддерживает отмену задач</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>У этого провайдера нет API для отмены задач, поэтому QueueLens не может остановить задачу. Она продолжит выполняться, и провайдер всё равно может выставить за неё счёт.</translation>
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
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 не указал код ошибки; QueueLens выбрал «%2» по состоянию задачи.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>Документация %1 не описывает HTTP %2. Обычно этот статус означает: %3</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>Задача с изображением LLMAPI завершилась ошибкой у вышестоящего сервиса</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>Задача завершилась ошибкой уже после того, как дошла до модели: вышестоящий сервис ответил без изображения, либо изображения не удалось сохранить после генерации (счёт за них уже мог быть выставлен). В сообщении указано, что именно произошло.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>Сначала прочитайте сообщение. Если изображение не создано, отправьте задачу снова после паузы или переформулируйте промпт с помощью «Изменить и отправить снова». Если не удалось сохранение, проверьте расход по аккаунту, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu ещё обрабатывает запрос</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu ещё работает над запросом и просит повторить попытку позже.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Подождите немного и повторите попытку, как просит Vidu.</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>Запрошенная модель недоступна для этой задачи, поэтому задача завершилась ошибкой. Vidu указывает на тип модели.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>Проверьте тип модели (например, viduq1 для этого эндпоинта), исправьте его с помощью «Изменить и отправить снова» и повторите попытку.</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>не указано</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>В запросе отсутствует или не заполнено то, что нужно Vidu. Поле по сообщению Vidu: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Добавьте недостающее с помощью «Изменить и отправить снова». Также убедитесь, что эндпоинт подходит для задачи: например, для видео по изображению нужно входное изображение.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>Запрос содержит то, что этот эндпоинт или модель не принимает. Поле по сообщению Vidu: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Удалите это с помощью «Изменить и отправить снова». Допустимые параметры у разных моделей и эндпоинтов Vidu различаются.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>Список в запросе содержит больше или меньше элементов, чем допускает Vidu, — например, слишком много опорных изображений. Поле по сообщению Vidu: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>Приведите количество элементов к допустимому для модели, затем нажмите «Изменить и отправить снова».</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>Значение в запросе не прошло проверку Vidu — например, неизвестная модель, разрешение или длительность. Поле по сообщению Vidu: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>Замените его значением из документации модели, затем нажмите «Изменить и отправить снова».</translation>
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
    <message>
        <source>submitting the task</source>
        <translation>отправка задачи</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>проверка состояния</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>получение результата</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>отмена</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>поиск в списке задач провайдера</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>генерация у провайдера</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>соединение</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>Задача создана</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>Добавлена по ID задачи</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>Ответ на отправку</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>Отправка отклонена</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>Нет однозначного ответа на отправку</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>Превышен лимит запросов при отправке</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>Отправлена повторно вручную</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Проверка состояния</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Ошибка проверки состояния</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>Результат получен</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>Провайдер не находит задачу</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Проверена снова</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>Повторная проверка ничего не нашла</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>Найдена в списке задач</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>Нет в списке задач</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>Несколько совпадений в списке задач</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>Список задач не охватывает нужное время</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>Список задач недоступен</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Запрошена отмена</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>Ответ на отмену</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>Запрос отмены не прошёл, повтор</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>Отмена не удалась</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>Отмена невозможна</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>Завершена до отмены</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Истёк лимит времени</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens перезапущен</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>API-ключ на другом компьютере</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>Загрузка результатов</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Результаты сохранены</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>Ошибка загрузки результата</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Другое событие</translation>
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
        <translation>ID провайдера: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
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
        <translation>--status требует HTTP-статус от 100 до 599, а не «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>«%1» нет в каталоге ошибок.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>«%1» нет в каталоге ошибок провайдера %2.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n задача завершилась с ошибкой %1 (%2)</numerusform>
            <numerusform>%n задачи завершились с ошибкой %1 (%2)</numerusform>
            <numerusform>%n задач завершились с ошибкой %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n задача завершилась с ошибкой %1 (%2)</numerusform>
            <numerusform>%n задачи завершились с ошибкой %1 (%2)</numerusform>
            <numerusform>%n задач завершились с ошибкой %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Повтор: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>Повторите задачи или проверьте срок, заданный в профиле, и страницу статуса провайдера.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>Повторить все (%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>Удалить все (%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>Задач с ошибкой нет. Задачи с ошибками группируются здесь по коду ошибки, чтобы одно исправление можно было применить сразу ко всем.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>Выделить в таблице</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>Показать только эти</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>Повторить все задачи этой группы, которые можно повторить</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>Удалить все задачи этой группы из списка</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>Перейти к таблице задач, выделив эти задачи</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>Отфильтровать таблицу задач по этой группе</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Ошибки по кодам</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>В документации FoxAPI нет эндпоинта отмены: задача выполняется до конца, и провайдер выставляет за неё счёт как обычно.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI принимает типы «image» и «video», но не «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>«%1» — не название модели FoxAPI (в названиях моделей нет пробелов).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>Ответ от %1 превысил %2 байт и не был прочитан.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 перенаправил запрос на %2. QueueLens следует перенаправлениям только в пределах того же хоста, поэтому API-ключ туда не отправлялся.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>Нет данных от %1 в пределах тайм-аута передачи (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 отклонил соединение (%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>Не удалось разрешить имя хоста %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>Соединение с %1 закрылось до получения полного ответа (%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>Ошибка прокси при подключении к %1 (%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>Сеть недоступна; не удалось связаться с %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Не удалось установить защищённое соединение с %1 (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>Запрос к %1 завершился ошибкой (%2).</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 перенаправил запрос более %2 раз.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 всё ещё передавал ответ через %2 с — это предел для одного запроса, поэтому QueueLens перестал ждать. Сервер держит ответ открытым и не завершает его.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>Показать задачи из базы данных (без обращения к провайдерам).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>Только задачи в указанных состояниях (через запятую): %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Только задачи этого провайдера.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>неизвестное состояние «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Задач нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ПРОВАЙДЕР</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>ПРОГРЕСС</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>ПОПЫТКИ</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>УДАЛЁННЫЙ ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАНА</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>МОДЕЛЬ</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>Асинхронные задачи LLMAPI генерируют только изображения, а не «%1».</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>Задачи LLMAPI с изображениями не поддерживают потоковую передачу: удалите «stream» или задайте значение false.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>Количество изображений «n» должно быть целым числом не меньше 1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About QueueLens</source>
        <translation>О программе QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>Отправлена %n задача.</numerusform>
            <numerusform>Отправлены %n задачи.</numerusform>
            <numerusform>Отправлено %n задач.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — песочница</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>Открыть панель отправки для создания новых задач</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>Отслеживать задачи, созданные в другом месте, по их удалённым ID</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>Сохранить выбранные или показанные задачи в CSV или JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>Выйти из QueueLens; запущенные задачи продолжат выполняться у провайдера</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>Поиск по удалённому ID, тексту промпта или коду ошибки</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;все</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>Выделить все задачи, показанные в таблице</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>Снова показать все задачи</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>Язык, уведомления, папка загрузок и профили</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>Добавить или изменить аккаунты провайдеров и их API-ключи</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>&amp;О программе QueueLens</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Версия и благодарности</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Используемая версия Qt</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>Боковая панель &amp;фильтров</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>Показать или скрыть фильтры по состоянию и провайдеру</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Панель сведений</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>Показать или скрыть сведения о выбранной задаче</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>&amp;Ошибки по кодам</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>Панель о&amp;тправки</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>Панель &amp;инструментов</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Во&amp;зобновить опрос</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Приос&amp;тановить опрос</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>Опрос приостановлен: обновления у провайдеров не запрашиваются. Нажмите, чтобы возобновить.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>Не запрашивать обновления у провайдеров до возобновления</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>Выбрана %n задача</numerusform>
            <numerusform>Выбраны %n задачи</numerusform>
            <numerusform>Выбрано %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>Ошибки по кодам (%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Ошибки по кодам</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>Нет задач для экспорта.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>Экспорт %n задачи</numerusform>
            <numerusform>Экспорт %n задач</numerusform>
            <numerusform>Экспорт %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n задача экспортирована в %1.</numerusform>
            <numerusform>%n задачи экспортированы в %1.</numerusform>
            <numerusform>%n задач экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a notification&apos;s title, then its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;Настольный центр управления асинхронными задачами генерации изображений и видео с помощью ИИ: отправляйте задачи, следите за ними, узнавайте причины ошибок и исправляйте их в один щелчок.&lt;/p&gt;&lt;p&gt;Провайдеры: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>П&amp;рофили провайдеров…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>У new-api нет эндпоинта отмены: задача выполняется до конца.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>Ретрансляция задач new-api используется здесь только для видео, а не для «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>«%1» — не название модели (в названиях моделей нет пробелов).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>Шлюз пометил задачу как неудачную, но не указал причину.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>больше одного значения; для списка используйте JSON-массив [ … ]</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>Параметры должны быть одним JSON-объектом: { &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>строка %1: ожидается «имя: значение»</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>строка %1: ожидается имя перед &apos;:&apos;</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>строка %1: имя не может содержать пробелы («%2»)</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>строка %1: ожидается значение после &apos;:&apos; (для пустого текста напишите &quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>строка %1: «%2» уже задан в строке %3</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>строка %1: значение «%2» не является корректным JSON: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>«%1» задаётся в форме выше; удалите его здесь</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 должно быть числом</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 должно быть целым числом</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 должно быть true или false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>имя: значение</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>Объект JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Формат параметров</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>Вводите параметры по одному «имя: значение» в строке или как JSON-объект</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>Дополнительные параметры в виде JSON-объекта.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>По одному «имя: значение» в строке; текст не нужно заключать в кавычки, # начинает комментарий.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Дополнительные параметры</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens подключается только к одному серверу PostgreSQL, а в адресе указано несколько хостов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>«%1» — не адрес PostgreSQL; укажите его в виде postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>QueueLens не поддерживает параметр подключения «%1» (поддерживаются: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>в адресе PostgreSQL не указана база данных; добавьте её после хоста, например postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>порт в адресе PostgreSQL не является числом от 1 до 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>драйвер PostgreSQL для Qt не установлен (Debian и Ubuntu: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>в базе данных %1 есть таблица «tasks», не принадлежащая QueueLens; выделите для QueueLens отдельную базу данных</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>сервер отклонил пароль для %1 (%2)</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>базы данных, указанной в %1, на сервере нет; создайте её один раз командой createdb (%2)</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>на сервере %1 нет такого пользователя (%2)</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>не удалось установить защищённое соединение (TLS) с %1: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>не удаётся найти сервер по имени, указанному в %1 (%2)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>сервер %1 недоступен (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>соединение с %1 прервано (%2)</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>база данных %1 занята: блокировку записи удерживает другой экземпляр QueueLens (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>база данных %1 доступна только для чтения (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>диск сервера, на котором хранится %1, заполнен (%2)</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>у пользователя из %1 нет прав на это действие; выдайте ему права на базу данных (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>ошибка базы данных в %1 (%2)</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>адрес PostgreSQL не может содержать часть, начинающуюся с «#»</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>сервер %1 запрашивает пароль: введите его в «Параметры» → «Общая история» (он хранится в системном хранилище ключей), задайте PGPASSWORD или добавьте пароль в ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Задайте имя профиля.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Профиль с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>Выберите провайдера, с которым работает этот профиль.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Укажите переменную окружения, в которой хранится API-ключ.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>«%1» — недопустимое имя переменной окружения: используйте буквы, цифры и _ и не начинайте имя с цифры.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>Интервал опроса должен быть от %1 до %2 секунд.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>Число одновременных запросов должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>Срок должен быть от 0 (без срока) до %1 минут (7 дней).</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>Обычный http:// передаёт API-ключ без шифрования. Используйте https://, если это не доверенный локальный сервер.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>Переменная %1 не задана в окружении QueueLens; запросы будут отклоняться, пока она не будет задана.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>Ключ читается из %1 каждый раз, когда он нужен.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>Новый ключ будет сохранён в системном хранилище ключей при нажатии «ОК».</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>Новый ключ хранится в памяти до выхода из QueueLens и никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>П&amp;ровайдер:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Интервал &amp;опроса:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>Одно&amp;временно:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Сохранить в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Хранить только в этом сеансе</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>Читать из переменной окружения:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>Имя переменной, например %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Оставьте пустым, чтобы сохранить текущий ключ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> запр.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>Профиль песочницы: работает со встроенным тестовым сервером, подойдёт любой ключ.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>Сохранить ключ в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Хранить ключ только в этом сеансе</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Читать ключ из переменной окружения</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>Имя переменной окружения</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Интервал опроса в секундах</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>Максимум одновременных запросов</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>Срок в минутах</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>Как часто проверяется каждая выполняющаяся задача (1–3600 с). Провайдеры могут попросить опрашивать реже.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>Сколько запросов этот профиль может выполнять одновременно.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>Прекратить ожидание задачи, если она не завершилась за это время (0 — никогда).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Показать или скрыть ключ</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>Размер файла — %1 КБ, а файл профилей не больше %2 КБ. Точно выбран нужный файл?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Файл не является корректным JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>Это не файл профилей QueueLens: его формат — «%1».</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(не текст)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>Этот файл профилей создан более новой версией QueueLens (версия формата %1). Эта версия читает версию %2; обновите QueueLens, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>Это не файл профилей QueueLens: в нём нет списка «profiles».</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>В файле профилей нет списка «profiles».</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>В файле %1 профилей; прочитаны только первые %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>Запись %1 не является профилем и пропущена.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>В профиле %1 не указан провайдер; профиль пропущен.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>Базовый URL профиля %1 — не текст; профиль пропущен.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>Профиль %1: ID «%2» использовать нельзя, будет выбран новый.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>Профиль %1 повторяет ID «%2» предыдущей записи и пропущен.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>Профиль %1: «%2» — не число, используется значение по умолчанию.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>Профиль %1 содержит API-ключ. Ключи никогда не импортируются из файла: введите ключ в настройках — там он хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>«%1» больше %2 КБ — слишком большой для файла профилей. Точно выбран нужный файл?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…и ещё %n замечание.</numerusform>
            <numerusform>…и ещё %n замечания.</numerusform>
            <numerusform>…и ещё %n замечаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Импорт отменён, ничего не изменилось.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>Ни один профиль не импортирован.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>Добавлен %n профиль.</numerusform>
            <numerusform>Добавлено %n профиля.</numerusform>
            <numerusform>Добавлено %n профилей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>Обновлён %n профиль.</numerusform>
            <numerusform>Обновлено %n профиля.</numerusform>
            <numerusform>Обновлено %n профилей.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>API-ключи никогда не входят в файл профилей: введите ключ для каждого нового профиля. Ничего не сохраняется, пока вы не нажмёте «ОК».</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>%n профиль сохранён в «%1».</numerusform>
            <numerusform>%n профиля сохранены в «%1».</numerusform>
            <numerusform>%n профилей сохранено в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>В файле нет API-ключей: тот, кто его импортирует, вводит свой ключ.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Импорт профилей</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n профиль из файла уже есть здесь: %1.</numerusform>
            <numerusform>%n профиля из файла уже есть здесь: %1.</numerusform>
            <numerusform>%n профилей из файла уже есть здесь: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>Заменить их настройки настройками из файла (API-ключи останутся) или сохранить оба варианта и добавить профили из файла как новые?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Оставить оба</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>Профили QueueLens (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Нет профилей для экспорта.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>Профили песочницы не экспортируются: они работают, только пока запущен этот QueueLens.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Экспорт профилей</translation>
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
        <translation>«%1» использует провайдера «%2», который не поддерживается этой версией QueueLens; профиль пропущен.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
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
        <translation>Выберите модель или эндпоинт.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Напишите промпт.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>Видео</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>Снова отправить задачу в состоянии «Ошибка», «Отменена», «Тайм-аут», «Отклонена» или «Потеряна» как новую попытку.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Локальный ID задачи (из submit или list).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Следить за новой попыткой до её завершения.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>задачу %1 нельзя повторить: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>«%1» — не ID эндпоинта SeaArt. Используйте ID модели из каталога SeaCloud, например nano_banana_2.</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt не поддерживает вебхуки: удалите параметр «%1».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>Системное хранилище ключей недоступно (%1), поэтому сохранённые API-ключи нельзя прочитать. Введите ключ в настройках профиля или задайте переменную окружения профиля.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>подробностей нет</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>Системное хранилище ключей недоступно; API-ключ для «%1» хранится только до выхода из QueueLens.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>Системное хранилище ключей недоступно (%1); API-ключ для «%2» хранится только до выхода из QueueLens.</translation>
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
        <translation>Папка загрузок</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (песочница)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>Хранилище ключей не подключено, поэтому ключи здесь изменить нельзя.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Ключ сохранён в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>Ключ задан только для этого сеанса и не сохраняется.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>Ключ берётся из переменной окружения %1.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>Профиль песочницы: ключ не нужен.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>Ключ ещё не задан: провайдер будет отклонять запросы, пока вы его не введёте.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Новый профиль %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>Выберите папку для загруженных результатов.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>Папка загрузок должна быть указана полным путём, например %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«%1» — это файл, а не папка.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens не может записывать в «%1».</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>Папка будет создана при загрузке первого результата.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Исправьте отмеченные поля, чтобы сохранить.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Профиль «%1»: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>Профиль «%1»: ключ нельзя сохранить, так как хранилище ключей не подключено.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Общие: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Не удалось удалить «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Сохранение ключа в системном хранилище ключей…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>Системное хранилище ключей не приняло ключ, поэтому он хранится в памяти до выхода из QueueLens. Чтобы ключ сохранялся после перезапуска, поместите его в переменную окружения и выберите «Читать из переменной окружения».
Подробности: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>Ключ не сохранён в хранилище ключей. Нажмите «ОК», чтобы продолжить с ключом только для этого сеанса.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
Чтобы ключ сохранялся после перезапуска, поместите его в переменную окружения и выберите «Читать из переменной окружения».</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>Профили провайдеров:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Профили провайдеров</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Удалить выбранный профиль</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>Профиль будет удалён при нажатии «ОК». Его задачи останутся в истории.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>Применяется сразу.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>При &amp;успешном завершении задач</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>При &amp;ошибке задач</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>Уведомлять об успешном завершении задач</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>Уведомлять об ошибках задач</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Папка загрузок:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Выбрать папку загрузок</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>Общая история: %1</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>Общая история</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Импортировать профили из файла</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>Добавляет профили из файла профилей QueueLens. API-ключей в таком файле не бывает.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Экспортировать профили в файл</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>Сохраняет эти профили без API-ключей — чтобы поделиться ими или сохранить копию.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>Профилей провайдеров пока нет.
Нажмите «Добавить», чтобы подключить QueueLens к провайдеру, или «Импорт», чтобы загрузить файл профилей.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>Адрес должен начинаться с postgresql:// (общая история хранится на сервере PostgreSQL).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>Команда может вести общую историю задач на сервере PostgreSQL: каждый видит все задачи, кто их отправил и чем они закончились. API-ключи никогда не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>Адрес сервера общей истории</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>Если поле пустое, история хранится в файле на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>Подключается к серверу и считывает версию схемы; на сервере ничего не изменяется.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>Ваше имя в общей истории</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>Новый адрес сервера вступит в силу после перезапуска QueueLens, а имя — сразу.</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>Этот адрес нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>Записывается в каждую отправленную вами задачу. Если поле пустое, используется %1.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Не указывайте пароль в адресе: QueueLens никогда не хранит его в своих настройках. Введите его в поле пароля (он попадёт в системное хранилище ключей) или используйте PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>Пароль сервера общей истории</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Хранится в системном хранилище ключей; если пусто — PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>Хранилища ключей нет: используйте PGPASSWORD или ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>драйвер SQLite для Qt не установлен</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>не удаётся переключить базу данных %1 в режим журнала упреждающей записи (WAL); возможно, она доступна только для чтения</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>база данных %1 заблокирована другой программой, возможно вторым экземпляром QueueLens (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>база данных %1 доступна только для чтения (%2)</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>база данных %1 повреждена или не является базой данных QueueLens (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>диск с %1 заполнен или неисправен (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>ошибка базы данных в %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>Повторить %n задачу группы «%1»</numerusform>
            <numerusform>Повторить все %n задачи группы «%1»</numerusform>
            <numerusform>Повторить все %n задач группы «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>Отменить %n задачу группы «%1»</numerusform>
            <numerusform>Отменить все %n задачи группы «%1»</numerusform>
            <numerusform>Отменить все %n задач группы «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>Удалить из списка %n задачу группы «%1»</numerusform>
            <numerusform>Удалить из списка все %n задачи группы «%1»</numerusform>
            <numerusform>Удалить из списка все %n задач группы «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Состояния</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Фильтры задач</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>Щёлкните по пункту, чтобы показать только эти задачи</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>Задачи, которые ждут вашего решения: %1.
Нажмите, чтобы показать только их.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <source>Polling paused</source>
        <translation>Опрос приостановлен</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Опрос активен</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>Запросы статуса не отправляются, пока опрос не будет возобновлён.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>Выполняется опрос состояний задач.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>Возобновить опрос</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>Приостановить опрос (задачи продолжат выполняться у провайдера)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Приостановить опрос</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n запрос в работе</numerusform>
            <numerusform>%n запроса в работе</numerusform>
            <numerusform>%n запросов в работе</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 с</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>Превышен лимит запросов: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>Эти профили попросили подождать (HTTP 429 / Retry-After); их запросы возобновятся после окончания отсчёта.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>Состояние опроса</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Запросы в работе</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>Профили, превысившие лимит запросов</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>Запросить у провайдера текущее состояние задачи и вывести его.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Локальный ID задачи (из submit или list).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>Вывести то, что известно базе данных, не обращаясь к провайдеру.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>Не обновлено: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>провайдер не ответил на запрос статуса вовремя</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>запрос статуса завершился ошибкой: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>База данных задач сейчас не принимает изменения: %1
Список показан в том виде, в каком был прочитан в последний раз. QueueLens сохраняет свои изменения (прежде всего ID запросов) на этом компьютере и запишет их, как только база данных снова станет доступна.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>Снова отправить задачу в неизвестном состоянии, допуская, что провайдер может выполнить её дважды и дважды выставить за неё счёт.</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>Локальный ID задачи в состоянии «unknown».</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Следить за новой попыткой до её завершения.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>задачу %1 нельзя отправить снова: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>Отправить задачу генерации (с --wait — следить за ней до конца).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>для --param нужно key=value, а не «%1»</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Провайдер: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>Базовый URL API провайдера, например https://api.vidu.com или URL песочницы.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>Модель, для SeaArt — ID эндпоинта.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>Промпт.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>Что генерировать: image, video, text2video, img2video, ... (по умолчанию — первый тип провайдера).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>Дополнительный параметр запроса; можно указывать несколько раз. JSON-значения (5, true, [..], {..}) отправляются как JSON, всё остальное — как текст.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значение</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>Переменная окружения с API-ключом (по умолчанию QUEUELENS_API_KEY). Сохраняется только имя переменной.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>ПЕРЕМЕННАЯ</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>Базовый URL указывает на песочницу QueueLens: API-ключ не нужен.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>Интервал между запросами статуса в миллисекундах для этого провайдера и базового URL (сохраняется в его профиле).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>Прекратить ожидание задачи через указанное число секунд (0 — никогда; сохраняется в профиле).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>Сколько секунд ждать ответа на сам запрос отправки; без ответа задача становится неизвестной (код выхода 4) и никогда не отправляется дважды.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>Следить за задачей до завершения и вывести итоговое состояние.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>параметр --%1 обязателен</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>для --poll-interval нужно значение в миллисекундах от 50 до 3600000</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>для --deadline нужно значение в секундах от 0 до 604800</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>для --timeout нужно значение в секундах от 0.1 до 3600</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>ответ на отправку задачи %1 не был вовремя записан</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url «%1»: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Профилей провайдеров пока нет. Сначала добавьте профиль в настройках.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>Выберите или введите модель (или эндпоинт).</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>Отправка %n задачи…</numerusform>
            <numerusform>Отправка %n задач…</numerusform>
            <numerusform>Отправка %n задач…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>Движок отклонил задачу.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>Отправка… %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>Отправлена %n задача: %1</numerusform>
            <numerusform>Отправлены %n задачи: %1</numerusform>
            <numerusform>Отправлено %n задач: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>Отправлено %1 из %2, затем остановлено: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>Задача #%1 использовала профиль, которого больше нет; выберите другой.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>Заполнено по задаче #%1. Отправка создаст новую задачу; исходная останется без изменений.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>П&amp;ромпт:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>П&amp;араметры:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Копии:</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Добавить профиль…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>Отправить задачи провайдеру (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Профиль провайдера</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>Модель или эндпоинт</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>ID модели или эндпоинт</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>Опишите изображение или видео…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Количество копий</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>Отправить одну и ту же задачу указанное число раз (1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>Добавить профиль провайдера</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>Ход массового действия</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>Изменить и отправить снова</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>Задача #%1 отправлена снова.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>Запрошена отмена задачи #%1.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>Всё равно отправить?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>Первая отправка %n задачи не получила однозначного ответа: возможно, провайдер уже создал её. Повторная отправка может создать дубликат, за который провайдер тоже выставит счёт.

Если не уверены, сначала нажмите «Проверить снова».</numerusform>
            <numerusform>Первая отправка %n задач не получила однозначного ответа: возможно, провайдер уже создал их. Повторная отправка может создать дубликаты, и за каждый провайдер может выставить счёт.

Если не уверены, сначала нажмите «Проверить снова».</numerusform>
            <numerusform>Первая отправка %n задач не получила однозначного ответа: возможно, провайдер уже создал их. Повторная отправка может создать дубликаты, и за каждый провайдер может выставить счёт.

Если не уверены, сначала нажмите «Проверить снова».</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>Удалить задачи, которые ещё выполняются?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>%n из удаляемых задач ещё не завершена. Удаление лишь прекращает её отслеживание здесь; провайдер продолжит её выполнять (и выставлять за неё счёт). Чтобы остановить задачу, сначала отмените её.</numerusform>
            <numerusform>%n из удаляемых задач ещё не завершены. Удаление лишь прекращает их отслеживание здесь; провайдер продолжит их выполнять (и выставлять за них счёт). Чтобы остановить задачи, сначала отмените их.</numerusform>
            <numerusform>%n из удаляемых задач ещё не завершено. Удаление лишь прекращает их отслеживание здесь; провайдер продолжит их выполнять (и выставлять за них счёт). Чтобы остановить задачи, сначала отмените их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>Удалить задачи?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>Удалить из списка %n задачу вместе с историей? Уже загруженные файлы результатов останутся в папке загрузок.</numerusform>
            <numerusform>Удалить из списка %n задачи вместе с историей? Уже загруженные файлы результатов останутся в папке загрузок.</numerusform>
            <numerusform>Удалить из списка %n задач вместе с историей? Уже загруженные файлы результатов останутся в папке загрузок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>Повторить всю группу?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>Повторить %n задачу с теми же параметрами? Каждый повтор — это новая отправка, за которую провайдер может выставить счёт.</numerusform>
            <numerusform>Повторить %n задачи с теми же параметрами? Каждый повтор — это новая отправка, за которую провайдер может выставить счёт.</numerusform>
            <numerusform>Повторить %n задач с теми же параметрами? Каждый повтор — это новая отправка, за которую провайдер может выставить счёт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Повторить все</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Скопирован %n ID.</numerusform>
            <numerusform>Скопировано %n ID.</numerusform>
            <numerusform>Скопировано %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>Массовые действия: %1 из %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: выполнено для %2 из %n задачи.</numerusform>
            <numerusform>%1: выполнено для %2 из %n задач.</numerusform>
            <numerusform>%1: выполнено для %2 из %n задач.</numerusform>
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
            <numerusform>Не выполнено для %n задачи.</numerusform>
            <numerusform>Не выполнено для %n задач.</numerusform>
            <numerusform>Не выполнено для %n задач.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1: завершено</translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>Применить действие к задачам других операторов?</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>ещё %n оператор</numerusform>
            <numerusform>ещё %n оператора</numerusform>
            <numerusform>ещё %n операторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>%n из этих задач отправлена другими операторами (%1). Применить «%2» и к чужим задачам?</numerusform>
            <numerusform>%n из этих задач отправлены другими операторами (%1). Применить «%2» и к чужим задачам?</numerusform>
            <numerusform>%n из этих задач отправлено другими операторами (%1). Применить «%2» и к чужим задачам?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Отменить задачу</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>&amp;Изменить и отправить снова…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>О&amp;бновить статус</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Удалить из списка</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>&amp;Копировать ID</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>Повторить можно только завершённые задачи, которые не завершились успешно.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>Отменить можно только задачи в очереди или выполняющиеся задачи.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>Задача в состоянии «%1»: проверять нечего.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>«Всё равно отправить» доступно только для задачи, на отправку которой не пришло однозначного ответа (состояние «Неизвестно»).</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>Задача в состоянии «%1»: её статус больше не меняется.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>Выберите одну задачу, чтобы изменить и отправить её снова.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Сначала выберите одну или несколько задач.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>Ни одна из %n выбранной задачи не подходит: %1</numerusform>
            <numerusform>Ни одна из %n выбранных задач не подходит: %1</numerusform>
            <numerusform>Ни одна из %n выбранных задач не подходит: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>Применяется к %1 из %n выбранной задачи; остальные пропускаются: %2</numerusform>
            <numerusform>Применяется к %1 из %n выбранных задач; остальные пропускаются: %2</numerusform>
            <numerusform>Применяется к %1 из %n выбранных задач; остальные пропускаются: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>&amp;Всё равно отправить…</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Язык интерфейса, например zh_CN или ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>укажите ровно один ID задачи</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>«%1» — не ID задачи (нужно положительное число, как выводят submit и list)</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>Ожидание прекращено; задача %1 в состоянии «%2» и остаётся в базе данных. Следите за ней с помощью «queuelens-cli watch».</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>в %2 нет задачи %1</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>профиль «%1» задачи %2 больше не существует</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>ответ на отправку задачи %1 не был вовремя записан</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>База данных задач: файл (по умолчанию — файл настольного приложения, %1) или общий сервер PostgreSQL в виде postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>файл или URI</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>Имя, которое записывается в задачи, отправленные при этом запуске (по умолчанию — значение переменной окружения QUEUELENS_OPERATOR, а если она не задана — user@host).</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>Задача #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, выполнено %2 %</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, позиция в очереди %2</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>ещё не назначен</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>Провайдер не вернул файлов результата.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>Результаты появятся здесь, когда задача завершится успешно.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>Загрузка %n файла в %1…</numerusform>
            <numerusform>Загрузка %n файлов в %1…</numerusform>
            <numerusform>Загрузка %n файлов в %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>Сохранено в %1. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Сведения о задаче</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>Выберите задачу, чтобы увидеть её параметры, хронологию, результаты и ошибки.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>Удалённый ID:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Отправлена:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Завершена:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Попытки:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Промпт:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>Скопировать ID задачи у провайдера</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>Копировать удалённый ID</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Открыть папку с файлом</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Копировать как JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Файлы результатов</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>Параметры задачи в формате JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Удалённый ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a model, then the task&apos;s kind</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>Не удалось сохранить изменения %n задачи: %1 QueueLens хранит их в памяти и повторяет попытку; пока программа работает, ничего не потеряется.</numerusform>
            <numerusform>Не удалось сохранить изменения %n задач: %1 QueueLens хранит их в памяти и повторяет попытку; пока программа работает, ничего не потеряется.</numerusform>
            <numerusform>Не удалось сохранить изменения %n задач: %1 QueueLens хранит их в памяти и повторяет попытку; пока программа работает, ничего не потеряется.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>База данных задач снова принимает изменения; всё, что хранилось в памяти, сохранено.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>Похоже, сеть недоступна. QueueLens периодически проверяет её и возобновит опрос, когда она появится.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>Нет адаптера для провайдера «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>Профиль «%1» этой задачи больше не существует.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>У профиля «%1» нет API-ключа на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>Задача не завершилась за %n секунду — срок, заданный в профиле «%1». Провайдер ещё может её выполнить.</numerusform>
            <numerusform>Задача не завершилась за %n секунды — срок, заданный в профиле «%1». Провайдер ещё может её выполнить.</numerusform>
            <numerusform>Задача не завершилась за %n секунд — срок, заданный в профиле «%1». Провайдер ещё может её выполнить.</numerusform>
        </translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>На отправку не пришло однозначного ответа (%1). Провайдер мог создать задачу: прежде чем отправлять снова, нажмите «Проверить снова» или посмотрите на сайте провайдера.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>Провайдер принял отправку (HTTP %1), но не прислал ID задачи.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID запроса %1</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>Не удалось сохранить ID запроса %1 задачи %2: %3 Запишите его: QueueLens хранит его в памяти и попытается сохранить снова.</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>Провайдер %n раз подряд ответил, что задача %1 ему неизвестна.</numerusform>
            <numerusform>Провайдер %n раза подряд ответил, что задача %1 ему неизвестна.</numerusform>
            <numerusform>Провайдер %n раз подряд ответил, что задача %1 ему неизвестна.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>Задача уже была завершена; принято её итоговое состояние.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Задачи %1 нет.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>С этой задачей уже работает другое массовое действие.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>Запрос на отмену этой задачи уже отправлен.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens завершил работу до получения ответа на отправку. Провайдер мог создать задачу: прежде чем отправлять снова, нажмите «Проверить снова» или посмотрите на сайте провайдера.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Профилю нужен ID.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Неизвестный провайдер «%1».</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>Базовый URL должен быть полным адресом http:// или https://.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Не удалось сохранить профиль: %1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n задача этого профиля ещё не завершена. Сначала отмените или удалите её.</numerusform>
            <numerusform>%n задачи этого профиля ещё не завершены. Сначала отмените или удалите их.</numerusform>
            <numerusform>%n задач этого профиля ещё не завершено. Сначала отмените или удалите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>Не удалось удалить профиль: %1</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>Для профиля «%1» не задан API-ключ. Введите его в настройках профиля.</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>Не удалось сохранить задачу, поэтому она не отправлена: %1</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>Провайдер ещё не присвоил этой задаче ID, поэтому её нельзя проверить.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>Задача завершена; обновлять нечего.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 не может найти задачу без её ID, а QueueLens так и не получил ID этой задачи. Поищите её на сайте провайдера; нажимайте «Всё равно отправить», только если уверены, что задача не была создана, потому что за вторую задачу может быть выставлен счёт.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>«Всё равно отправить» предназначено только для задач с неизвестным результатом отправки.</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>Запрос по этой задаче ещё выполняется; повторите через мгновение.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>Не удалось удалить задачу: %1</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>Задача удалена.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>Введите ID задачи у провайдера.</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>Не удалось сохранить задачу: %1</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 не поддерживает отмену задач.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>Провайдер уже отменяет эту задачу.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>Ответ на отправку ещё не получен; отмените задачу, когда у неё появится ID.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>Неизвестно, существует ли эта задача; сначала нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>Задача уже завершена.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>Задачу нельзя отменить в её текущем состоянии.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>У задачи ещё нет ID у провайдера.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>Результат отправки неизвестен: нажмите «Проверить снова» или «Всё равно отправить», если уверены, что задача не была создана.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>Повторить можно только задачи в состоянии «Ошибка», «Отменена», «Тайм-аут», «Отклонена» или «Потеряна».</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 может отменить только задачу, которая ещё не начала выполняться.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>Эту задачу сейчас отслеживает другой процесс QueueLens (%1, процесс %2 на %3); выполните действие в нём или дождитесь завершения этого процесса.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>База данных задач не смогла передать эту задачу текущему процессу: %1</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>Не удалось передать запрос на отмену: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>Запрос на отмену передан процессу QueueLens, который отслеживает эту задачу.</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>Историю задач не удалось прочитать полностью: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>Результат загружен с ключом профиля: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>Не удалось загрузить результат (%1); он остаётся по адресу %2, для которого нужен ключ профиля.</translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>Задача найдена в списке задач провайдера с ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>Задача не найдена в списке задач провайдера: в пределах %n минуты от её отправки не создавалось ни одной задачи с той же моделью и тем же промптом. Скорее всего, она так и не была создана.</numerusform>
            <numerusform>Задача не найдена в списке задач провайдера: в пределах %n минут от её отправки не создавалось ни одной задачи с той же моделью и тем же промптом. Скорее всего, она так и не была создана.</numerusform>
            <numerusform>Задача не найдена в списке задач провайдера: в пределах %n минут от её отправки не создавалось ни одной задачи с той же моделью и тем же промптом. Скорее всего, она так и не была создана.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>Список задач провайдера неоднозначен: %n задача с той же моделью и тем же промптом создана примерно во время отправки этой задачи. QueueLens не угадывает, какая из них — эта задача; найдите её на сайте провайдера.</numerusform>
            <numerusform>Список задач провайдера неоднозначен: %n задачи с той же моделью и тем же промптом созданы примерно во время отправки этой задачи. QueueLens не угадывает, какая из них — эта задача; найдите её на сайте провайдера.</numerusform>
            <numerusform>Список задач провайдера неоднозначен: %n задач с той же моделью и тем же промптом создано примерно во время отправки этой задачи. QueueLens не угадывает, какая из них — эта задача; найдите её на сайте провайдера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>Нужен ключ профиля «%1» на этом компьютере; задача оставлена оператору, у которого этот ключ есть.</translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>Задача выполнена; результат загружается с ключом профиля, и только после этого задача получит состояние «Успешно».</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>%n изменение, сохранённое на этом компьютере, пока общая история была недоступна, теперь записано в неё.</numerusform>
            <numerusform>%n изменения, сохранённые на этом компьютере, пока общая история была недоступна, теперь записаны в неё.</numerusform>
            <numerusform>%n изменений, сохранённых на этом компьютере, пока общая история была недоступна, теперь записаны в неё.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>Изменения, сохранённые на этом компьютере за время недоступности общей истории, записать пока не удалось (%1); QueueLens попробует снова при следующем запуске.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>Список задач провайдера не доходит до времени отправки этой задачи: провайдер вернул целую страницу — %n задачу, созданную позже. Возможно, задача всё же существует; прежде чем отправлять её снова, поищите её на сайте провайдера.</numerusform>
            <numerusform>Список задач провайдера не доходит до времени отправки этой задачи: провайдер вернул целую страницу — %n задачи, созданные позже. Возможно, задача всё же существует; прежде чем отправлять её снова, поищите её на сайте провайдера.</numerusform>
            <numerusform>Список задач провайдера не доходит до времени отправки этой задачи: провайдер вернул целую страницу — %n задач, созданных позже. Возможно, задача всё же существует; прежде чем отправлять её снова, поищите её на сайте провайдера.</numerusform>
        </translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>Вместо JSON провайдера пришла HTML-страница: обычно это страница входа в сеть, прокси или базовый URL, указывающий на сайт, а не на API. Откройте базовый URL профиля в браузере и проверьте его в настройках профиля.</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>База данных задач недоступна. Задачи хранятся только до выхода из QueueLens.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>База данных задач недоступна (%1). Задачи хранятся только до выхода из QueueLens.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>Показаны только задачи с ошибкой %1 (%2)</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>Поиск по ID, промпту, коду ошибки…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>Показывает задачи, у которых удалённый ID, промпт, модель или код ошибки содержат все введённые слова (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Поиск задач</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>Сбросить этот фильтр</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>ID не может содержать пробелы. Указывайте по одному ID в строке.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>Слишком длинный ID задачи (больше %1 символов).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>Тот же ID, что в строке %1; импортирован один раз.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>Уже отслеживается как задача #%1.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Не удалось открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>Загрузить ID задач</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Профилей провайдеров пока нет. Сначала добавьте профиль в настройках.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n ID готов к импорту.</numerusform>
            <numerusform>%n ID готовы к импорту.</numerusform>
            <numerusform>%n ID готово к импорту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n ID готов к импорту</numerusform>
            <numerusform>%n ID готовы к импорту</numerusform>
            <numerusform>%n ID готово к импорту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n строка будет пропущена (см. ниже).</numerusform>
            <numerusform>%n строки будут пропущены (см. ниже).</numerusform>
            <numerusform>%n строк будет пропущено (см. ниже).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>Отслеживается как задача #%1</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>Импортировано %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>Теперь отслеживается %n задача.</numerusform>
            <numerusform>Теперь отслеживаются %n задачи.</numerusform>
            <numerusform>Теперь отслеживается %n задач.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Импорт задач</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Загрузить файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>Профиль, к которому относятся задачи</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>Модель импортируемых задач</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>Тип импортируемых задач</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>Удалённые ID задач</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>Результат по строкам</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Удалённый ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>Некоторым провайдерам для поиска задачи нужны модель или тип; укажите те, с которыми она была создана.</translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>Поиск задач, которые уже отслеживаются…</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Файл не является корректным JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>В JSON-файле нет списка задач: ожидается массив задач или объект с массивом «tasks».</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>Текстовые, CSV- или JSON-файлы (*.txt *.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>Вставьте удалённые ID задач, по одному в строке, или загрузите текстовый, CSV- или JSON-файл.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>&amp;Удалённые ID задач (по одному в строке):</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>Удалённый ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Позиция в очереди</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлена</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>Задача %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>Ответ провайдера: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID запроса: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>позиция в очереди %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Отправитель</translation>
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
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>Загрузка истории задач…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>Задач пока нет.
Нажмите %1, чтобы отправить задачу, или %2, чтобы отслеживать задачи, созданные в другом месте.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>Ни одна задача не соответствует текущему фильтру.
%1 снова показывает все задачи.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
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
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняются</translation>
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
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Требуют решения</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens не может использовать базу данных задач: %1.</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>не удалось обновить её до схемы %1: %2</translation>
    </message>
    <message>
        <source>The task database is not open.</source>
        <translation>База данных задач не открыта.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>задача %1 изменилась во время сохранения</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>задача %1 больше не выполняется</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>база данных %1 записана более новой версией QueueLens (схема %2, эта версия поддерживает схемы до %3)</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>Подключение установлено. В базе данных есть история QueueLens (схема %1).</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>база данных %1 записана более новой версией QueueLens (схема %2, эта версия поддерживает схемы до %3); обновите QueueLens или выберите другую базу данных</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>база данных %1 тем временем обновлена более новой версией QueueLens (схема %2)</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>база данных %1 не присвоила новой задаче ID</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>Подключение установлено. База данных пуста: QueueLens создаст свои таблицы при первом запуске с этой базой данных.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>№%1 в очереди</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>working</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>На отправку не пришло однозначного ответа, поэтому неизвестно, создал ли провайдер задачу. Нажмите «Проверить снова», чтобы найти её, или «Всё равно отправить», чтобы отправить её снова.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>Провайдер / профиль</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Удалённый ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>Загружать можно только результаты по http и https.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Файл %1 больше не существует.</translation>
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
        <translation>Задача #%1 выполнена успешно</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Задача #%1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>Задача #%1 завершилась ошибкой</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n задача выполнена успешно</numerusform>
            <numerusform>%n задачи выполнены успешно</numerusform>
            <numerusform>%n задач выполнено успешно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n задача завершилась с ошибкой</numerusform>
            <numerusform>%n задачи завершились с ошибкой</numerusform>
            <numerusform>%n задач завершились с ошибкой</numerusform>
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
            <numerusform>%n завершилась с ошибкой</numerusform>
            <numerusform>%n завершились с ошибкой</numerusform>
            <numerusform>%n завершились с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n выполняется</numerusform>
            <numerusform>%n выполняются</numerusform>
            <numerusform>%n выполняются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n ожидает в очереди</numerusform>
            <numerusform>%n ожидают в очереди</numerusform>
            <numerusform>%n ожидают в очереди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n ждёт решения</numerusform>
            <numerusform>%n ждут решения</numerusform>
            <numerusform>%n ждут решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n выполнена успешно</numerusform>
            <numerusform>%n выполнены успешно</numerusform>
            <numerusform>%n выполнено успешно</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: нет задач</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Опрос приостановлен</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>&amp;Показать QueueLens</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Приос&amp;тановить опрос</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>У Vidu нет эндпоинта «%1». Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video не принимает изображения: удалите «images» или выберите img2video.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Для Vidu img2video нужен параметр «images» — массив ровно с одним URL изображения.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>«%1» — не название модели Vidu (например, viduq1).</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Для Vidu start-end2video нужен массив «images» из двух URL изображений: первого и последнего кадра.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Для Vidu reference2video нужен массив «images» из одного–семи URL изображений или «subjects».</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Для Vidu template2video нужно имя шаблона в «template» (модель выбирает шаблон).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Для Vidu template2video нужен массив URL изображений в «images».</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>Для Vidu reference2image с viduq1 нужен массив URL опорных изображений в «images».</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Видео по тексту</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Видео по изображению</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>Видео по опорным изображениям</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>Видео по первому и последнему кадрам</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>Видео по шаблону</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>Изображение по опорным изображениям</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>Только эти задачи (по умолчанию — все активные).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Только задачи этого провайдера.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>«%1» — не ID задачи</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>неизвестный провайдер «%1»</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>в %2 нет задачи %1</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>профиль «%1» больше не существует</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>Задача %1 не отслеживается: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>Нет активных задач для отслеживания.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>Отслеживание остановлено; задачи продолжают выполняться у провайдера.</translation>
    </message>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>Следить за всеми активными задачами (или указанными) до их завершения; по одной строке на каждое изменение. Задачи, которые тем временем отправляют другие процессы QueueLens, тоже отслеживаются.</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>Не завершать работу, когда активных задач нет, а ждать задачи, которые отправят другие процессы (остановка — Ctrl+C).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>Если ID задач не указаны, watch отслеживает все активные задачи в базе данных, включая задачи, которые во время его работы добавляют другие процессы QueueLens (настольное приложение, другие запуски queuelens-cli), и берёт на себя опрос задач, чей процесс завершился или аварийно остановился. Команда watch завершает работу, когда в базе данных не остаётся ни одной активной задачи (с --follow — только по Ctrl+C). Если ID задач указаны, watch завершает работу, когда эти задачи закончатся.</translation>
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
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>Настольный пульт управления асинхронными задачами генерации изображений и видео с помощью ИИ.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>Запустить встроенную песочницу провайдеров и использовать её для всех провайдеров.</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>Начальное значение (seed) для случайного набора исходов в песочнице.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>The task database could not be opened:
%1</source>
        <translation>Не удалось открыть базу данных задач:
%1</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Песочница не может принимать соединения на 127.0.0.1.</translation>
    </message>
    <message>
        <source>Sandbox · %1</source>
        <translation>Песочница · %1</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>База данных задач: файл или сервер PostgreSQL команды в виде postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>файл или URI</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>Не удалось открыть общую историю:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>Открыть историю этого компьютера</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
</TS>
