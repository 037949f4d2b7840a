<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>La URL base no es válida: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>Introduzca la URL base del proveedor, por ejemplo https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>La URL base debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>La URL base necesita un nombre de host, por ejemplo https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>La URL base no puede contener un nombre de usuario ni una contraseña; QueueLens envía la clave de API por su cuenta.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>La URL base no puede contener una consulta («?%1»): QueueLens añade por su cuenta la ruta de la API y los parámetros.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>La URL base no puede contener un fragmento («#%1»).</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>Se ha quitado «%1» del final: QueueLens añade por su cuenta la ruta de la API.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>Pedir al proveedor que cancele una tarea (con --wait, hasta que se haya detenido).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local de la tarea (de submit o list).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>Seguir la tarea hasta que se detenga; sale con 0 solo si termina cancelada.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>la tarea %1 no se puede cancelar: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>el proveedor no respondió a tiempo a la solicitud de cancelación</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>no se aceptó la cancelación: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>el proveedor no canceló la tarea %1; sigue en estado %2</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>La tarea %1 terminó como «%2» antes de que la cancelación surtiera efecto.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>La tarea %1 ya había terminado como «%2».</translation>
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
%n tarea</numerusform>
            <numerusform>%1 · %2
%3
%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tareas por estado</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>terminadas (total)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>Terminadas por minuto, últimos %1 minutos</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>Fallidas, con plazo agotado o perdidas</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>Espera en cola y tiempo hasta el resultado</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>Espera en cola, mediana</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>Espera en cola, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>Tiempo hasta el resultado, mediana</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>Tiempo hasta el resultado, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Errores más frecuentes</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>tareas fallidas</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>Tareas por estado

Se toma una muestra cada pocos segundos; el gráfico se completa con el tiempo.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>Terminadas por minuto

Ninguna tarea ha terminado en los últimos %1 minutos.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>Espera en cola y tiempo hasta el resultado

Todavía no hay tareas terminadas ni en ejecución que medir.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>Errores más frecuentes

No hay tareas fallidas. Nada de qué preocuparse.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>Gráfico: tareas por estado a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>Gráfico: tareas terminadas por minuto</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>Gráfico: espera en cola y tiempo hasta el resultado por proveedor</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>Gráfico: códigos de error más frecuentes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>Volver a consultar al proveedor una tarea desconocida o perdida.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local de la tarea (de submit o list).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>Si la tarea resulta estar activa, seguirla hasta que termine.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>no se puede comprobar la tarea %1: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>el proveedor no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>Uso: queuelens-cli &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>Ejecute «queuelens-cli &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Todos los comandos aceptan --lang &lt;código&gt; (por ejemplo, zh_CN o ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>El idioma «%1» no está disponible; se usa el inglés. Disponibles: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Error: comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1 en %2 (línea de comandos)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>El perfil «%1» no indica ninguna variable de entorno para su clave de API; vuelva a enviar con --key-env &lt;VAR&gt;.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>La clave de API de «%1» se lee de la variable de entorno %2, que no está definida o está vacía. Defínala o indique otra variable con --key-env.</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>Mostrar todos los códigos de error documentados con su explicación.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>Solo este proveedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprimir un array JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma de la interfaz, p. ej., zh_CN o ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>Reintento: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Código: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>Durante: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n s</numerusform>
            <numerusform>Retry-After: %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>no figura en la documentación del proveedor</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>El proveedor dijo: «%1»</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[respuesta truncada]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>Sin respuesta clara al envío</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>La solicitud de envío no obtuvo una respuesta utilizable, así que puede que el proveedor haya creado la tarea o puede que no.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>Use «Volver a comprobar» para buscar primero la tarea. «Enviar de todos modos» la envía una vez más; si el primer envío sí llegó, se crea un duplicado que se factura dos veces.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>El proveedor ya no encuentra esta tarea</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>El proveedor respondió «no encontrado» varias veces seguidas para una tarea que había aceptado. Los proveedores eliminan las tareas antiguas, y algunos las pierden al reiniciarse.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>Vuelva a comprobarla una vez; si sigue perdida, reinténtela para ejecutarla de nuevo.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>La tarea superó su plazo</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>La tarea no terminó dentro del plazo del perfil, así que QueueLens dejó de esperarla.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>Reinténtela o, si este modelo es lento, amplíe el plazo en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Reintentar en %n s</numerusform>
            <numerusform>Reintentar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>Editar y reenviar…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>Abrir configuración del perfil…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>Enviar de todos modos…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>El proveedor pidió esperar antes de volver a llamarlo.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Explicación del error</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID de solicitud:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>Copiar el ID de solicitud (indíquelo cuando contacte con el proveedor)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copiar ID de solicitud</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>Respuesta sin procesar del proveedor</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 no indicó ningún código de error; QueueLens eligió «%2» a partir del estado de la tarea.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>La documentación de %1 no describe el HTTP %2. Lo que suele significar este estado: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 envió el código «%2», que su documentación no recoge. A juzgar por el estado HTTP %3: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Error no documentado «%1»</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 notificó «%2», que no figura en su documentación. Parece un problema del tipo «%3».</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>El mensaje del proveedor fue: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>Reintente la tarea; este tipo de fallo suele ser temporal.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>Espere un poco y vuelva a intentarlo. Si sigue ocurriendo, reduzca el número de tareas en paralelo en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>Cambie el prompt o los parámetros con «Editar y reenviar»; si envía la misma solicitud otra vez, fallará de la misma manera.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>Compruebe con el proveedor la clave de API, el plan y el saldo de este perfil y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>Use «Volver a comprobar» para actualizar la tarea desde el proveedor antes de reintentarla, para no crear una tarea duplicada.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>No hay nada que reintentar: envíe una tarea nueva si todavía necesita el resultado.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>Contacte con el soporte del proveedor e indique el ID de solicitud que aparece abajo.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>El proveedor rechazó la solicitud por mal formada o no válida, sin enviar ningún código de error documentado. Normalmente falta un parámetro, tiene un tipo incorrecto o el modelo no lo admite.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>Busque pistas en la respuesta sin procesar y corrija los parámetros con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>No autenticado</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>El proveedor no aceptó las credenciales porque la clave de API falta, es incorrecta o ha caducado.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>Compruebe la clave de API en la configuración del perfil y sustitúyala por una clave vigente del sitio web del proveedor.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Pago requerido</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>El proveedor exige un pago antes de ejecutar la solicitud, normalmente porque se ha agotado el saldo o los créditos de la cuenta.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>Recargue la cuenta en el sitio web del proveedor y vuelva a enviar la tarea.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Acceso prohibido</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>El proveedor reconoce la clave, pero no permite esta solicitud; por ejemplo, un modelo que no incluye el plan o una acción que la clave no puede realizar.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>Compruebe los permisos y el plan de la clave en el sitio web del proveedor, o use otra clave en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>El proveedor no tiene nada en la dirección solicitada: la URL base o la ruta son incorrectas, o la tarea o el modelo no existen.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>Compruebe la URL base en la configuración del perfil. Si la tarea ya existía, use «Volver a comprobar»; si sigue sin encontrarse, considérela perdida.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>El proveedor no acepta este tipo de solicitud HTTP en esta dirección. Casi siempre significa que la URL base apunta al servicio o a la versión de la API equivocados.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>Compare la URL base de la configuración del perfil con la documentación del proveedor y corríjala.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera de la solicitud agotado</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>El servidor dejó de esperar la solicitud completa, a menudo por una conexión lenta o inestable o por un cuerpo muy grande.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>Vuelva a intentarlo tras una breve pausa. Si se repite, compruebe la conexión de red y reduzca el tamaño de la solicitud.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Conflicto con el estado actual</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>La solicitud entra en conflicto con el estado actual del recurso; por ejemplo, la cancelación de una tarea que ya ha terminado.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>Use «Volver a comprobar» para cargar el estado actual y decida después si la acción sigue siendo necesaria.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>El recurso ya no está disponible</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>El proveedor indica que el recurso existió, pero se ha eliminado definitivamente, como un resultado caducado o una tarea borrada.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>La API no puede recuperarlo. Vuelva a enviar la tarea si todavía necesita el resultado, y descargue los resultados poco después de que estén listos.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>El cuerpo de la solicitud supera el tamaño que acepta el proveedor, normalmente por las imágenes o los vídeos incrustados en él.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Use archivos más pequeños o comprimidos, o enlaces en lugar de datos incrustados, y después use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>Tipo de contenido no admitido</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>El proveedor no acepta el formato del cuerpo de la solicitud; por ejemplo, porque la cabecera Content-Type falta o es incorrecta.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>Compruebe que el perfil usa el tipo de proveedor y la URL base correctos. Si ambos son correctos, notifíquelo como un error de QueueLens.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>No se pudo procesar la solicitud</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>La solicitud estaba bien formada, pero el proveedor rechazó su contenido; por ejemplo, un valor fuera del intervalo permitido u opciones que no son compatibles entre sí.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>Localice en el mensaje del proveedor el campo erróneo y corríjalo con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>El proveedor limita cuántas solicitudes o tareas en paralelo puede enviar una clave, y se ha alcanzado el límite.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Espere el tiempo que indique el proveedor en Retry-After, o un minuto si no indica ninguno, y vuelva a intentarlo. Reduzca el límite de concurrencia o aumente el intervalo de consulta en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>El cliente cerró la solicitud</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>El servidor registró que el cliente cerró la conexión antes de enviarse la respuesta; por ejemplo, por un tiempo de espera del cliente o porque se cerró QueueLens.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>Si era un envío, use «Volver a comprobar» antes de enviarla de nuevo, ya que la tarea puede haberse creado. Las demás llamadas pueden repetirse sin más.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>El servidor del proveedor falló al procesar la solicitud. La causa está en el proveedor, no en la solicitud.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>Vuelva a intentarlo tras una pausa que aumente con cada intento. Si falló un envío, use «Volver a comprobar» o el sitio web del proveedor antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>Función no implementada</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>El proveedor no admite esta función en esta dirección; por ejemplo, una llamada de cancelación o de listado que el servicio no ofrece.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>Compruebe que la URL base y el tipo de proveedor de la configuración del perfil son correctos. Si lo son, el proveedor no tiene esta función; consúltele si la necesita.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>Un proxy o una pasarela situados delante del proveedor recibieron una respuesta no válida del servidor que hay detrás. Esto suele durar poco.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>Vuelva a intentarlo tras una breve pausa. Si un envío falló de este modo, use «Volver a comprobar» antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>El proveedor no puede aceptar solicitudes por el momento debido a una sobrecarga, a tareas de mantenimiento o a la falta de capacidad libre.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Vuelva a intentarlo cuando pase el tiempo indicado en Retry-After, o al cabo de unos minutos.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Tiempo de espera de la pasarela agotado</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>Una pasarela situada delante del proveedor esperó demasiado al servidor que hay detrás. Es posible que la solicitud se haya ejecutado de todos modos.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si era un envío, use antes «Volver a comprobar», porque la tarea puede existir aunque no haya llegado ninguna respuesta.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>El proveedor tardó demasiado en responder (Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>Cloudflare, que está delante del proveedor, llegó al servidor del proveedor, pero no obtuvo respuesta dentro de su límite de unos 100 segundos. Es posible que el trabajo termine igualmente en el proveedor.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>No vuelva a enviarla de inmediato: use «Volver a comprobar» o el sitio web del proveedor para ver si se creó la tarea, y reinténtela solo si no se creó.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>Solicitud rechazada por el proveedor</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>El proveedor respondió con un estado de error del cliente que no tiene una entrada específica aquí. Hay que cambiar algo en la solicitud, la clave o la cuenta.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>Lea la causa en la respuesta sin procesar de los detalles del error y corrija la solicitud con «Editar y reenviar» o actualice la configuración del perfil.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>Error del servidor del proveedor</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>El proveedor respondió con un estado de error del servidor que no tiene una entrada específica aquí. El problema está en el lado del proveedor.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>Vuelva a intentarlo tras una pausa que aumente con cada intento. Si persiste, consulte la página de estado del proveedor.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>El servidor de la URL base rechazó la conexión. Puede que el servicio no esté disponible o que el host o el puerto de la URL base sean incorrectos.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>Compruebe la URL base en la configuración del perfil, incluido el número de puerto si lo hay. Si es correcta, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>No se encontró el nombre de host</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>No se pudo resolver el nombre de host de la URL base en una dirección. Puede que esté mal escrito o que no se pueda acceder al servidor DNS.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>Compruebe cómo está escrito el host en la configuración del perfil y si se abren otros sitios web. Vuelva a intentarlo cuando la red funcione.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>No se recibieron datos a tiempo</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>No se transfirieron datos en ningún sentido durante más tiempo del límite de transferencia. Puede que el servidor esté sobrecargado o que un cortafuegos esté descartando el tráfico.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si era un envío, use «Volver a comprobar» antes de enviarla de nuevo, porque puede que el proveedor haya creado la tarea.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>Conexión cerrada antes de recibir la respuesta completa</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>El servidor o un proxy cerró la conexión antes de que llegara la respuesta completa. Los reinicios en el lado del proveedor y las redes inestables provocan esto.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>Repita la llamada. Si era un envío, use antes «Volver a comprobar» para no crear la tarea dos veces.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>No se pudo establecer ni verificar la conexión cifrada (TLS) con el proveedor. Causas habituales: un reloj del sistema incorrecto, un proxy o antivirus que intercepta HTTPS o un certificado del servidor caducado.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>Compruebe la fecha y la hora del equipo y si algún proxy o antivirus inspecciona el tráfico HTTPS. Si todo está bien, vuelva a intentarlo más tarde; puede que el proveedor esté renovando su certificado.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Falló el proxy</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>El servidor proxy configurado en este equipo rechazó la conexión, pidió iniciar sesión o no pudo llegar al proveedor.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>Compruebe la configuración de proxy del sistema y sus credenciales, o pruebe sin el proxy. Vuelva a intentarlo cuando el proxy funcione.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>El equipo no tiene conexión</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>El equipo no tiene ninguna conexión de red operativa, así que no se pudo enviar la solicitud. No llegó nada al proveedor.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>Vuelva a conectarse a la red. QueueLens podrá continuar cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>La respuesta no es un JSON válido</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>El proveedor notificó un resultado correcto, pero el cuerpo no es el JSON que espera QueueLens. A menudo es una página HTML de un proxy, de un portal de inicio de sesión o un aviso de mantenimiento.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si persiste, abra la URL base en un navegador para ver qué responde y revise la configuración del perfil.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Respuesta vacía</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>El proveedor respondió sin cuerpo cuando QueueLens necesitaba datos, como un ID de tarea o un estado.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si un envío obtuvo una respuesta vacía, busque la tarea en el sitio web del proveedor antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>Respuesta mayor de lo permitido</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>El cuerpo de la respuesta superaba el límite de tamaño que aplica QueueLens, así que no se leyó. Una causa habitual es una URL base que apunta a un archivo o una página web grandes.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>Compruebe la URL base en la configuración del perfil. Si es correcta, el proveedor envió muchos más datos de los que permite su protocolo; notifíquelo al proveedor indicando el ID de la tarea.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>Faltan campos esperados en la respuesta</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>El proveedor envió un JSON válido, pero sin los campos que promete su protocolo, como un ID de tarea o un estado. Puede que el proveedor haya cambiado su API o que el perfil apunte a otro tipo de servicio.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>Compruebe que el tipo de proveedor y la URL base de la configuración del perfil corresponden al servicio. Si es así, envíe la respuesta sin procesar a los mantenedores de QueueLens.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>Resultado del envío desconocido</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>El envío no obtuvo una respuesta clara, por ejemplo porque la conexión se cortó o se agotó el tiempo de espera, así que puede que exista una tarea en el proveedor o puede que no. Volver a enviarla a ciegas puede crear una segunda tarea y que se facture.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>Use antes «Volver a comprobar» o consulte el sitio web del proveedor. Use «Enviar de todos modos» solo cuando esté seguro de que no se creó ninguna tarea.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>El proveedor ya no conoce la tarea</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>El proveedor había informado antes de esta tarea, pero ahora responde que no existe. Puede que haya caducado o se haya eliminado, o que haya cambiado la clave del perfil.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>Compruebe que el perfil sigue usando la clave con la que se creó la tarea y use «Volver a comprobar». Si sigue desconocida y todavía necesita el resultado, vuelva a enviar la tarea.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>La tarea superó el plazo del perfil</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>La tarea no terminó dentro del plazo fijado en el perfil, así que QueueLens dejó de esperarla. Es posible que el proveedor la complete igualmente.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>Use «Volver a comprobar» para ver si terminó más tarde. Amplíe el plazo en la configuración del perfil para modelos lentos, como los de vídeos largos.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>El proveedor no permite cancelar tareas</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>Este proveedor no tiene ninguna API para cancelar tareas, así que QueueLens no puede detenerla. La tarea sigue ejecutándose y puede facturarse igualmente.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>Deje que la tarea termine, o deténgala en el sitio web del proveedor si este lo permite.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>No hay ninguna clave de API definida para este perfil</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens no encontró ninguna clave de API para este perfil, así que no se envió nada. Puede que la clave no se haya introducido nunca o que el llavero del sistema que la guarda esté bloqueado o no esté disponible.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>Introduzca la clave de API en la configuración del perfil. Si la clave ya se había guardado, desbloquee el llavero del sistema y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>Se produjo un error que ni la documentación del proveedor ni QueueLens pueden clasificar. La respuesta sin procesar de los detalles del error puede aportar más información.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>Use «Volver a comprobar» para ver el estado real de la tarea antes de reintentarla o volver a enviarla.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI rechazó la solicitud por no ser válida</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI no pudo aceptar la solicitud: falta un campo obligatorio, un valor tiene un tipo incorrecto o el cuerpo JSON está dañado. El mensaje de error suele indicar el campo.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>Corrija los parámetros que indica el mensaje del proveedor con «Editar y reenviar». Compare el nombre del modelo y las opciones con la página de FoxAPI de ese modelo.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>Clave de API de FoxAPI no válida o ausente</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI no aceptó el token Bearer porque la clave falta, está mal escrita, ha caducado o se ha eliminado. Las claves de FoxAPI suelen empezar por sk-.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>Vuelva a copiar la clave del panel de FoxAPI en la configuración del perfil. Cree una clave nueva si se eliminó la anterior.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>Saldo de FoxAPI insuficiente</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>La cuenta de FoxAPI no tiene saldo suficiente para pagar esta tarea, así que no se inició. El precio depende del modelo, la duración y el número de resultados.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>Recargue la cuenta de FoxAPI y vuelva a enviar la tarea sin cambios. Para gastar menos por tarea, elija un modelo más barato o menos resultados.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>La clave de FoxAPI no tiene permiso</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>La clave es válida, pero no puede realizar esta operación ni usar este modelo. En el panel de FoxAPI se pueden limitar las claves a determinados modelos o funciones.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>Compruebe los permisos y los modelos permitidos de la clave en el panel de FoxAPI, o indique en la configuración del perfil una clave con más acceso.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>No se encontró el endpoint o la tarea en FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI respondió que no existe nada en esta dirección. O bien la URL base o la ruta son incorrectas, o bien el ID de tarea es desconocido, por ejemplo porque pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>Compruebe que la URL base de la configuración del perfil es https://api.foxapi.cc. Para una tarea, use «Volver a comprobar»; una tarea que sigue desconocida está perdida.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>Se alcanzó el límite de frecuencia de FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI limita las solicitudes por clave de API, y esta clave envió demasiadas en poco tiempo. Las consultas frecuentes del estado cuentan para el mismo límite.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Espere el tiempo que indica la cabecera Retry-After y vuelva a intentarlo. Aumente el intervalo de consulta o reduzca el límite de concurrencia en la configuración del perfil; pida al soporte de FoxAPI un límite mayor si lo necesita.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>Error del servidor de FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>FoxAPI sufrió un fallo inesperado al procesar la solicitud. Normalmente, la solicitud en sí es correcta.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>Vuelva a intentarlo tras una pausa y duplique la pausa después de cada fallo. Si falló un envío, busque en el panel de FoxAPI una tarea que se haya creado igualmente antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>La solicitud está mal formada o incompleta</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI clasificó el error como solicitud incorrecta: no se pudo analizar el cuerpo, falta un parámetro obligatorio o un valor está fuera de lo que acepta el modelo.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>Corrija el campo que indica el mensaje del proveedor con «Editar y reenviar». Si envía la misma solicitud otra vez, fallará de la misma manera.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI no pudo autenticar la clave</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>El tipo de error indica que la clave de API falta, no es válida o ha caducado. FoxAPI espera la clave en una cabecera Authorization con el esquema Bearer.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>Introduzca una clave vigente en la configuración del perfil. Si la clave ha caducado, cree una nueva en el panel de FoxAPI.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>Operación no permitida para esta clave de FoxAPI</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>La clave de API se reconoce, pero no tiene permiso para esto; por ejemplo, para usar un modelo o una función restringidos.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>Conceda acceso a la clave en el panel de FoxAPI o cambie el perfil a una clave que lo tenga. Si no, elija un modelo que la clave pueda usar.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>No se encontró el recurso en FoxAPI</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>El modelo, la tarea o el endpoint indicados en la solicitud no existen para esta cuenta. Los ID de tarea de otra cuenta y los nombres de modelo mal escritos también producen este tipo.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>Compruebe el nombre del modelo y la URL base en la configuración del perfil. Para una tarea, use «Volver a comprobar»; si sigue sin encontrarse, considérela perdida.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>Frecuencia de solicitudes a FoxAPI demasiado alta</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>El tipo de error indica que la clave envió en la ventana de tiempo actual más solicitudes de las que permite FoxAPI.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>Espere el tiempo de Retry-After antes de la siguiente solicitud. Espacie los envíos reduciendo el límite de concurrencia en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>Fallo inesperado del servidor de FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI notificó un error interno que no se debe al contenido de la solicitud.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>Vuelva a intentarlo con pausas cada vez más largas. Si sigue fallando durante varios minutos, contacte con el soporte de FoxAPI e indique la hora y el ID de la tarea.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>Modelo no disponible temporalmente en FoxAPI</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>No se pudo acceder al modelo solicitado cuando la tarea debía ejecutarse, normalmente porque la empresa que está detrás del modelo está sobrecargada o en mantenimiento. La tarea falló sin resultado.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>Vuelva a enviar la tarea dentro de unos minutos. Si el modelo sigue sin estar disponible, elija un modelo similar con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>Contenido rechazado por las normas de seguridad de FoxAPI</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>Se consideró que el prompt o una imagen de entrada infringen la política de contenido; por ejemplo, porque muestran personas reales, figuras públicas o temas no seguros. El mensaje del proveedor suele indicar el motivo.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>Cambie el prompt o sustituya la imagen para que cumpla la política y use «Editar y reenviar». Si no cambia la entrada, se volverá a rechazar.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>Falló la generación en FoxAPI</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>El modelo empezó a trabajar, pero no produjo ningún resultado. Puede ser un fallo pasajero o un prompt que el modelo no es capaz de procesar.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>Vuelva a enviar la tarea. Si falla una segunda vez, simplifique o reformule el prompt con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>La tarea de FoxAPI agotó su tiempo</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>La tarea se ejecutó durante más tiempo del que permite FoxAPI y se detuvo. Los ajustes exigentes, como duraciones largas o resoluciones altas, lo hacen más probable.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>Vuelva a intentarlo más tarde. Si vuelve a agotar el tiempo, use una duración más corta, una resolución más baja o menos resultados con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI no pudo obtener la URL de la imagen</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI no pudo descargar una URL de imagen indicada en la solicitud. Puede que el enlace sea privado, haya caducado, requiera iniciar sesión o no admita descargas automatizadas.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>Pruebe la URL en una ventana privada del navegador. Use un enlace público y directo al archivo de imagen y vuelva a enviar con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>Archivo de entrada demasiado grande para FoxAPI</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>Un archivo subido o enlazado supera el tamaño que aceptan FoxAPI o el modelo seleccionado.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>Comprima o reduzca el archivo, o acorte el clip, y vuelva a enviar con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>Formato del archivo de entrada no admitido</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>Un archivo de la solicitud tiene un formato que el modelo no puede leer; por ejemplo, un tipo de imagen poco habitual o un códec de vídeo.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>Convierta el archivo a un formato habitual, como PNG o JPEG para imágenes o MP4 para vídeo, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>Los parámetros de la tarea no son adecuados para el modelo</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>La tarea se creó, pero falló porque uno o varios parámetros no son adecuados para el modelo, como un tamaño, una relación de aspecto o una duración no admitidos.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>Revise el mensaje del proveedor y las opciones que documenta el modelo, y corrija los valores con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>No se pudo procesar la imagen de entrada</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>El modelo no pudo trabajar con una imagen de entrada; por ejemplo, porque el archivo está dañado, es demasiado pequeño o sus dimensiones no coinciden con el resultado solicitado.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>Use otra imagen o vuelva a exportarla en un formato y un tamaño estándar, y envíela con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>La tarea de FoxAPI se canceló</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>La tarea terminó porque se canceló, ya sea a petición o por parte de la propia FoxAPI. No se produjo ningún resultado.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>Si usted no canceló la tarea, vuelva a enviarla con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>La generación se quedó sin tiempo</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>El modelo no terminó dentro del tiempo de procesamiento que FoxAPI concede a una tarea, a menudo porque el modelo estaba muy cargado.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>Vuelva a intentarlo más tarde. Si vuelve a ocurrir, reduzca la duración o la resolución con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>Capacidad de origen agotada temporalmente</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>El servicio que está detrás de FoxAPI no tiene capacidad libre para este modelo en este momento. No es un problema de la solicitud ni de la cuenta.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>Espere varios minutos y vuelva a enviar. Use otro modelo si no puede esperar.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>Se superó el límite de frecuencia o de uso de FoxAPI</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>La tarea falló porque la cuenta superó un límite de frecuencia o de uso justo cuando la tarea iba a ejecutarse.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>Espere antes de volver a enviar y reduzca el límite de concurrencia en la configuración del perfil. Si el límite es demasiado bajo para su trabajo, pida a FoxAPI que lo aumente.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>Servicio de FoxAPI no disponible temporalmente</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>El servicio que ejecuta este modelo no estaba disponible o estaba sobrecargado cuando se procesó la tarea. Estas interrupciones suelen resolverse sin que usted tenga que hacer nada.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>Vuelva a enviar la tarea dentro de unos minutos.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>ID de tarea de FoxAPI no válido o caducado</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI ya no conoce esta tarea: el ID es incorrecto o el registro de la tarea ha caducado. FoxAPI conserva los resultados solo durante un tiempo limitado (los enlaces a los resultados duran 24 horas).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>Use «Volver a comprobar» una vez para confirmarlo. Si la tarea sigue sin encontrarse, considérela perdida y vuelva a enviarla si todavía necesita el resultado.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>Fallo de FoxAPI sin clasificar</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI notificó un fallo que no pudo asignar a ninguna clase conocida. El mensaje del proveedor puede contener más detalles.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>Envíe la tarea una vez más. Si vuelve el mismo error, contacte con el soporte de FoxAPI e indique el ID de la tarea y el mensaje del proveedor.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI rechazó la solicitud</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>El cuerpo de la solicitud no es un JSON válido, un parámetro tiene un tipo incorrecto o la plataforma del grupo de la clave no coincide con el endpoint al que se llamó.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>Corrija la solicitud como indica el mensaje y use «Editar y reenviar». Si el mensaje menciona la plataforma o el grupo, use una clave de un grupo pensado para tareas de imagen.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>Clave de LLMAPI ausente o no válida</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI no aceptó la clave Bearer. Puede que esté mal escrita, que se haya eliminado o que no se haya enviado.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>Introduzca una clave válida en la configuración del perfil. Las tareas de imagen asíncronas necesitan una clave vinculada a un grupo de lotes de imágenes.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI denegó la solicitud</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI deniega el acceso por uno de varios motivos: el saldo es insuficiente, la generación de imágenes está desactivada para la clave o la moderación de contenido bloqueó la solicitud. El mensaje indica cuál.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>Lea el mensaje y, según el caso, recargue el saldo, pida al operador que active la generación de imágenes para la clave o reescriba el prompt si lo bloqueó la moderación.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>Endpoint no disponible para este grupo de claves</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>La ruta no existe o la plataforma del grupo de la clave no la ofrece; por ejemplo, un endpoint de imágenes de OpenAI llamado con una clave de un grupo que no es de OpenAI.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>Compruebe que la URL base de la configuración del perfil es https://llmapi.site y que la clave pertenece a un grupo que admite tareas de imagen.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>Conflicto con el estado de la tarea en LLMAPI</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>La solicitud entra en conflicto con el estado actual de la tarea; lo más frecuente es una cancelación de una tarea que ya ha terminado.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>Use «Volver a comprobar» para cargar el estado actual de la tarea antes de hacer nada más.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>Cuerpo de la solicitud demasiado grande para LLMAPI</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>La solicitud supera el límite de tamaño del cuerpo configurado en el servidor, normalmente por imágenes grandes incrustadas.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Reduzca o comprima las imágenes de entrada, o envíe enlaces a las imágenes en lugar de datos incrustados, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>Se alcanzó el límite de capacidad de LLMAPI</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>Se alcanzó un límite de concurrencia, de cola de espera, de cola de tareas o de la cuenta de origen. Estos límites se aplican por usuario y por clave.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Vuelva a intentarlo con pausas cada vez más largas y respete Retry-After si se envía. Reduzca el límite de concurrencia en la configuración del perfil para que esperen menos tareas a la vez.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>Error interno de LLMAPI</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI falló de forma inesperada al procesar la llamada.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>Vuelva a intentarlo con pausas cada vez más largas. Si falló el envío de una tarea de imagen, use «Volver a comprobar» o la lista de tareas antes de enviarla de nuevo, para evitar una tarea duplicada.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>La cuenta de origen de LLMAPI devolvió un error</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>La plataforma o la cuenta de origen a la que LLMAPI reenvía la llamada respondió con un error, así que LLMAPI no pudo completarla.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>Vuelva a intentarlo tras una pausa; puede que LLMAPI use otra cuenta de origen. Si persiste, contacte con el operador de LLMAPI.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>Servicio de LLMAPI no disponible</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>El servicio no puede atender la solicitud ahora: puede que las tareas asíncronas estén desactivadas, que falte el almacenamiento de resultados o que no haya ninguna cuenta de origen libre.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos. Si el mensaje indica que las tareas o el almacenamiento están desactivados, contacte con el operador, porque esperar no servirá de nada.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>Se agotó el tiempo de espera de LLMAPI o de su origen</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>El origen o la ejecución de la tarea tardaron más de lo que permite el servidor. Es posible que se haya creado igualmente una tarea de imagen.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si era el envío de una tarea de imagen, use antes «Volver a comprobar» o la lista de tareas para no crear una tarea duplicada.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>Solicitud no válida a LLMAPI</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>La solicitud no tiene la forma que espera este endpoint; por ejemplo, un cuerpo vacío, un JSON dañado o un campo con un tipo incorrecto. El mensaje indica el problema exacto.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>Corrija la solicitud como se describe en el mensaje y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>No se encontró la funcionalidad en LLMAPI</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>El endpoint o la función a la que se llamó no está disponible, normalmente porque la plataforma del grupo de la clave no la ofrece.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>Use una clave de un grupo que corresponda al endpoint, como un grupo de lotes de imágenes para las tareas de imagen asíncronas, e indíquela en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>Las tareas de imagen asíncronas están desactivadas</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>El servidor de LLMAPI tiene desactivadas en su configuración las tareas de imagen asíncronas, así que no se puede crear ninguna tarea hasta que el operador las active.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>Contacte con el operador de LLMAPI. Reintentar no sirve de nada hasta que se active la función.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>Almacenamiento de resultados de LLMAPI no disponible</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>Las tareas de imagen asíncronas guardan sus resultados en un almacenamiento de objetos (OSS o S3), y ese almacenamiento no está configurado o no es accesible. No se aceptó ninguna tarea.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos. Si persiste, contacte con el operador de LLMAPI sobre la configuración del almacenamiento.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>La solicitud de la tarea de imagen no es válida</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>El cuerpo de la tarea de imagen no es aceptable; por ejemplo, porque el prompt está vacío o un campo tiene un tipo incorrecto. El mensaje indica el problema.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>Corrija el campo que indica el mensaje (siempre se necesita un prompt no vacío) y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>El modelo no es un modelo de imagen admitido</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>El modelo indicado en la tarea no es un modelo de imagen que admita la API de tareas asíncronas de LLMAPI, o no forma parte del grupo de imágenes de la clave.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>Elija un modelo de imagen admitido, como gpt-image-2 o el nombre de un modelo de imagen oficial de Gemini, con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>Función no disponible para tareas de imagen asíncronas</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>La tarea usa algo que la API asíncrona no ofrece, como una subida multipart o stream con el valor true.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>Envíe un cuerpo JSON simple con stream en false y quite las opciones no admitidas con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>Las claves de suscripción no pueden ejecutar tareas de imagen</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>La clave se factura mediante una suscripción, pero por ahora las tareas de imagen asíncronas solo pueden pagarse con el saldo de la cuenta. La solicitud no se puso en cola.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>Indique en la configuración del perfil una clave que se facture con el saldo de la cuenta.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>Saldo insuficiente para reservar la tarea de imagen</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI reserva el coste de una tarea al enviarla, y el saldo no cubre esa reserva. El importe aumenta con el número de imágenes y su tamaño.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>Recargue el saldo de LLMAPI o pida menos imágenes o más pequeñas, y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>Se alcanzó el límite de la cola de tareas de imagen</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>El usuario o la clave ya tienen tantas tareas en cola como se permite, o n pide más imágenes de las que puede producir una tarea.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>Espere a que terminen las tareas en cola antes de reintentar y reduzca el límite de concurrencia en la configuración del perfil. Si n es alto, pida menos imágenes por tarea con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>La tarea ya terminó; no hay nada que cancelar</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>La cancelación llegó cuando la tarea ya se había completado, había fallado, había agotado su plazo o se había cancelado. Esto no es un error en sí.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>Use «Volver a comprobar» para cargar el estado final y el resultado, si lo hay.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>No se encontró la tarea de imagen en LLMAPI</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>No existe ninguna tarea con este ID o pertenece a otra clave de API; LLMAPI trata las tareas de otras claves como no encontradas.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>Asegúrese de que el perfil usa la clave que creó la tarea y use «Volver a comprobar». Si sigue sin encontrarse, considere perdida la tarea.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>El endpoint de imágenes no está disponible para el grupo de esta clave</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>La clave pertenece a un grupo cuya plataforma no es OpenAI, así que el endpoint de imágenes de OpenAI no está disponible para ella.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>Cambie el perfil a una clave de un grupo de OpenAI o de lotes de imágenes, o llame a un endpoint que corresponda a la plataforma de la clave.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>El recuento de tokens no está disponible para el grupo de esta clave</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>El endpoint de recuento de tokens no está disponible para claves de un grupo de OpenAI, y se usó una clave de ese tipo.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>No use el recuento de tokens con esta clave, o use una clave de un grupo que lo admita.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>La clave no pertenece a un grupo de Gemini</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Se llamó a una ruta nativa de Gemini con una clave cuyo grupo no es de la plataforma Gemini. LLMAPI vincula cada clave a una sola plataforma.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Use una clave de un grupo de Gemini para las rutas nativas de Gemini, o use el endpoint de tareas compatible con OpenAI con la clave actual.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>El cuerpo de la solicitud estaba vacío</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI recibió una solicitud sin cuerpo. Puede deberse a un fallo del cliente o a un proxy que elimina el cuerpo.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>Compruebe los parámetros de la solicitud en «Editar y reenviar». Si están rellenados, revise la configuración del proxy y notifíquelo como un error de QueueLens.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>Falló la tarea de imagen de LLMAPI</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>La tarea terminó en estado fallido. LLMAPI nunca reintenta por su cuenta una tarea fallida, así que sigue fallida.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>Vuelva a enviar la tarea tras una pausa. Si vuelve a fallar, cambie el prompt o los ajustes con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>La tarea de imagen de LLMAPI agotó su tiempo</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>La tarea no terminó dentro del límite de tiempo de ejecución de LLMAPI, y el servidor no volverá a ejecutarla por su cuenta.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>Vuelva a enviarla más tarde. Las imágenes más pequeñas o con menos imágenes por tarea terminan antes.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>La tarea de imagen de LLMAPI se canceló</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>La tarea se canceló antes de terminar, por QueueLens o por otro cliente que usa la misma clave.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>Si la cancelación era intencionada, no hay nada que hacer; si no, use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>La tarea de imagen de LLMAPI falló en el origen</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>La tarea falló después de llegar al modelo: el origen respondió sin ninguna imagen o no se pudieron guardar las imágenes tras generarlas (lo que puede haberse facturado ya). El mensaje indica qué ocurrió.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>Lea primero el mensaje. Si no se produjo ninguna imagen, vuelva a enviar tras una pausa o reformule el prompt con «Editar y reenviar». Si falló el guardado, revise el consumo de la cuenta antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>La pasarela rechazó la solicitud por no ser válida</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>La pasarela new-api o el canal que hay detrás encontraron parámetros ausentes o mal formados. En las rutas de tareas, un ID de tarea desconocido también se devuelve como 400, con el código task_not_exist.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>Lea el código y el mensaje de error, y corrija la solicitud con «Editar y reenviar». Si el código es task_not_exist, el problema es el ID de tarea, no los parámetros.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>Clave de la pasarela ausente o incorrecta</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>La pasarela new-api no encontró ningún token válido en la cabecera Authorization. En este caso el código de error suele estar vacío, así que solo el estado indica que es un problema de la clave.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>Vuelva a introducir la clave de la pasarela (normalmente empieza por sk-) en la configuración del perfil. Si la clave se eliminó en el panel de la pasarela, cree una nueva.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>Clave de la pasarela revocada o sin acceso al modelo</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>La clave se reconoció, pero está desactivada, agotada o no tiene permiso para usar este modelo. Las pasarelas new-api vinculan cada clave a una cuota y a un grupo de modelos.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>Compruebe en el panel de la pasarela que la clave está activada, que le queda cuota y que su grupo incluye este modelo. Actualice la clave en la configuración del perfil si la cambia.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>La ruta o el modelo no existen en la pasarela</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>La pasarela no tiene esa ruta o no conoce el modelo. Muchas pasarelas new-api no activan en absoluto las rutas de tareas asíncronas de vídeo e imagen.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>Compruebe la URL base en la configuración del perfil y el nombre del modelo. Pregunte al operador de la pasarela si las rutas de tareas están activadas para su clave.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>Se alcanzó el límite de frecuencia de la pasarela</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>La pasarela limita las solicitudes por clave y por grupo de modelos, y esta clave superó el límite; puede que el mensaje esté en chino. new-api no envía ninguna cabecera Retry-After, así que no se sabe cuánto hay que esperar.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>Espere al menos un minuto antes de reintentar, y más tiempo tras rechazos repetidos. Reduzca el límite de concurrencia y aumente el intervalo de consulta en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>Error del servidor de la pasarela o del origen</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>La pasarela o el canal que hay detrás fallaron con un estado 5xx. new-api también responde con 500 a algunos problemas del cliente, así que el código de error, si lo hay, es más fiable que el estado.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si falló un envío, revise el registro de consumo en el panel de la pasarela antes de enviarla de nuevo, para que la tarea no se facture dos veces.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>La pasarela consideró no válidos los parámetros de la solicitud</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api no pudo usar los parámetros tal como se enviaron. A menudo devuelve este código con HTTP 500 aunque el fallo esté en la solicitud, así que enviarla otra vez sin cambios no sirve de nada.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>Contraste los parámetros con la documentación de la API de la pasarela y corríjalos con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>El cuerpo de la solicitud no es un JSON válido</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>La pasarela no pudo decodificar el cuerpo de la solicitud, normalmente por un JSON dañado o un campo con un tipo incorrecto, como texto donde se espera un número.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>Busque errores de sintaxis y tipos de campo incorrectos en los parámetros con «Editar y reenviar», y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>La pasarela no pudo leer el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>La pasarela falló al leer el cuerpo; por ejemplo, porque estaba cortado, superaba el tamaño que permite la pasarela o se envió con un Content-Type incorrecto. Este código llega con el estado 400 o 413.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>Reduzca la solicitud (menos imágenes o más pequeñas, enlaces en lugar de datos incrustados) y vuelva a enviar con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>La pasarela no pudo convertir la solicitud</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api traduce cada solicitud al formato del proveedor de origen, y ese paso falló porque los parámetros no coinciden con lo que espera el formato de API elegido.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>Use solo los parámetros que documenta la pasarela para este modelo, quite los añadidos específicos de un proveedor y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>La pasarela encontró palabras bloqueadas en el prompt</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>El filtro de palabras propio de la pasarela detectó términos en el prompt y detuvo la solicitud antes de que llegara a ningún modelo. El operador de la pasarela decide qué palabras se bloquean.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>Reformule el prompt para evitar los términos señalados y use «Editar y reenviar». Consulte al operador de la pasarela si cree que la coincidencia es errónea.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>Se bloqueó el prompt</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>Una comprobación de contenido, de la pasarela o del proveedor de origen, rechazó el prompt. La tarea no se ejecutó.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Reescriba el prompt para que cumpla claramente las normas de contenido del proveedor y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>La pasarela denegó el acceso</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>La clave, su usuario o su grupo no pueden hacer esta llamada; por ejemplo, porque el grupo excluye este modelo, el usuario está desactivado o la clave solo funciona desde determinadas direcciones IP.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>Compruebe el grupo, los modelos permitidos y las restricciones de IP de la clave en el panel de la pasarela, o consulte al operador de la pasarela. Actualice la configuración del perfil si cambia a otra clave.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>Modelo no disponible en esta pasarela</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>Ningún canal del grupo de su clave sirve este modelo, o el nombre está mal escrito. new-api suele enviar esto con HTTP 503, que parece una interrupción del servicio, pero no lo es.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>Compruebe el nombre exacto del modelo en la lista de modelos de la pasarela para su plan y su grupo, y use «Editar y reenviar». Si necesita el modelo, pida al operador que lo añada a su grupo.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>El canal no admite el formato de la solicitud</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>El canal que sirve este modelo no admite el tipo de solicitud que se envió; por ejemplo, una ruta de tareas en un canal que solo gestiona chat.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>Use un modelo que la pasarela ofrezca para este tipo de tarea, o pregunte al operador qué formato de solicitud admite el canal.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>La pasarela no encontró ningún canal para la solicitud</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>La pasarela no pudo elegir un canal de origen para este modelo y este grupo, normalmente porque todos los canales correspondientes están desactivados u ocupados en este momento.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos. Si persiste, contacte con el operador de la pasarela: puede que el modelo no tenga ningún canal operativo.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>El canal de la pasarela no tiene ninguna clave utilizable</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>El canal de origen no tiene ahora ninguna clave del proveedor que pueda usar; por ejemplo, porque todas han alcanzado el límite de frecuencia o están desactivadas. El problema está en el lado de la pasarela.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>Vuelva a intentarlo más tarde. Si sigue ocurriendo, avise al operador de la pasarela de que el canal se ha quedado sin claves de origen.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>La clave de origen de la pasarela no es válida</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>El proveedor de origen rechazó la clave que usa la pasarela para este canal. Su propia clave es correcta; solo el operador de la pasarela puede sustituir la suya.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>Contacte con el operador de la pasarela e indique la hora y el ID de solicitud del mensaje. Los reintentos fallarán hasta que reparen el canal.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>La asignación de modelos de la pasarela está dañada</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>La pasarela asigna el nombre de modelo solicitado a un modelo de origen, y esa asignación no es válida en la configuración del canal.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>Contacte con el operador de la pasarela e indique el modelo que usó. Hasta que se corrija, use otro modelo si hay alguno disponible.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>El origen respondió demasiado despacio</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>El canal de origen no respondió dentro del límite de tiempo que fija la pasarela. Las causas habituales son las solicitudes grandes y los proveedores saturados.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>Vuelva a intentarlo tras una breve pausa; puede que la pasarela elija otro canal. Si se repite, reduzca la solicitud; por ejemplo, menos resultados o una duración más corta.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>Cuota de la pasarela agotada</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>A su cuenta en la pasarela no le queda cuota suficiente para pagar esta solicitud. Las pasarelas suelen enviar esto con HTTP 403.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>Recargue la cuenta en el panel de la pasarela y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>La pasarela no pudo reservar cuota para la solicitud</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>Antes de ejecutar una solicitud, new-api reserva su coste estimado de la cuota de la clave. La reserva falló, normalmente porque el límite de cuota propio de la clave es inferior a la estimación.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>Aumente o elimine el límite de cuota de esta clave, o recargue la cuenta en el panel de la pasarela, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>La pasarela no tiene precio para este modelo</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>La pasarela no puede facturar la solicitud porque no hay ningún precio ni ratio configurado para el modelo. Es una carencia de configuración en el lado de la pasarela.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>Indique al operador de la pasarela qué modelo falló para que pueda fijar su precio. Mientras tanto, use otro modelo.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>La pasarela no pudo medir la solicitud</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api estima el tamaño de cada solicitud antes de facturarla, y la estimación falló. Suele ocurrir cuando no se puede descargar o leer una imagen de la entrada.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>Compruebe que todas las URL de imagen son públicas y válidas, y use «Editar y reenviar». Si la entrada es correcta, reintente una vez y después contacte con el operador.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>La pasarela no pudo llegar al origen</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>La llamada de la pasarela al proveedor de origen falló en el nivel de red; por ejemplo, porque se rechazó o se cortó la conexión.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>Vuelva a intentarlo tras una breve pausa; puede que la pasarela dirija el siguiente intento por otro canal.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>El origen devolvió una respuesta inutilizable</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>El proveedor de origen respondió, pero la pasarela no pudo analizar la respuesta. Esto apunta a un fallo o a un cambio de formato en el lado del origen.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si sigue fallando, contacte con el operador de la pasarela e indique el ID de solicitud.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>El origen respondió con un estado de error</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>El proveedor de origen devolvió un error HTTP y la pasarela lo transmitió con este código. El mensaje suele contener la explicación del propio origen.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>Lea primero el mensaje: si describe un problema con su entrada, corríjalo con «Editar y reenviar». Si no, vuelva a intentarlo tras una pausa o contacte con el operador.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>El origen envió una respuesta vacía</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>El proveedor de origen terminó su respuesta sin ningún contenido. Las respuestas en streaming lentas que alcanzan un tiempo de espera pueden terminar así.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, pida al operador de la pasarela que aumente el tiempo de espera del streaming.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>La pasarela perdió la respuesta del origen</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>La conexión con el origen se cortó mientras la pasarela leía la respuesta, así que la respuesta está incompleta.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>Repita la llamada. Si falló un envío, espere un momento y revise el registro de consumo de la pasarela antes de enviarla de nuevo, porque puede que el origen haya creado la tarea.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>La pasarela no pudo codificar los datos</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>La pasarela no pudo convertir una solicitud o una respuesta en JSON. Es un fallo interno del software de la pasarela.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>Vuelva a intentarlo una vez. Si se repite, notifíquelo al operador de la pasarela indicando el ID de solicitud.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>Falló la lectura de la base de datos de la pasarela</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>La pasarela no pudo leer de su base de datos información que necesita, como su clave, su usuario o el registro de la tarea.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>Vuelva a intentarlo tras una breve pausa. Si el error persiste, el problema está en la propia pasarela; contacte con su operador.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>Falló la escritura en la base de datos de la pasarela</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>La pasarela no pudo guardar datos, como el registro de una tarea nueva o un cambio de cuota. Después de un envío, puede que la tarea exista en el origen aunque la pasarela no la haya registrado.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>Repita las consultas de estado tras una pausa. Antes de volver a enviar, busque un cargo en el registro de consumo de la pasarela y contacte con el operador si se le ha facturado.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>La pasarela no conoce este ID de tarea</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>La pasarela no tiene ninguna tarea con este ID para su clave. new-api envía esto con HTTP 400 en lugar de 404, así que puede parecer un error en la entrada.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>Use «Volver a comprobar» una vez para descartar un retraso. Si la tarea sigue desconocida, compruebe que el perfil sigue usando la clave que la creó; si es así, considere perdida la tarea.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>Demasiadas solicitudes en paralelo para esta clave</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>La pasarela limita cuántas solicitudes puede tener en ejecución a la vez una misma clave, y esta clave ha alcanzado ese límite.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Espere a que terminen las solicitudes en ejecución y vuelva a intentarlo. Reduzca el límite de concurrencia en la configuración del perfil para no superar el límite de la clave.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Comprobación de concurrencia de la pasarela no disponible</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>La pasarela no pudo comprobar cuántas solicitudes tiene en ejecución la clave, porque el servicio que las cuenta no está disponible. Rechaza solicitudes hasta que la comprobación vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>Vuelva a intentarlo tras una breve pausa. Si persiste, avise al operador de la pasarela.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>La tarea falló en la pasarela</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>La tarea terminó en estado fallido. El motivo que indica la pasarela o el proveedor de origen está en el mensaje del proveedor, porque new-api transmite esos textos sin un código fijo.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>Lea el mensaje: si apunta al prompt o a una entrada, corríjalo con «Editar y reenviar». Si no, vuelva a enviar tras una pausa.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>Clave de API ausente o rechazada</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>La pasarela de SeaArt detuvo la solicitud antes de que llegara a la cola del modelo. La cabecera Authorization no llevaba ninguna clave de API, o llevaba una que SeaArt no acepta porque está mal escrita, se ha eliminado o pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>Abra la configuración del perfil y vuelva a introducir la clave de API de SeaCloud, sin espacios alrededor. Si la clave se eliminó o se rotó, cree una nueva en la consola de SeaCloud.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>Demasiadas solicitudes a SeaArt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>La pasarela de SeaArt limita cuántas solicitudes puede enviar una cuenta en un periodo corto, y esta solicitud superó el límite. Los envíos, las consultas de estado y las descargas de resultados cuentan para él.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Espere el tiempo indicado en Retry-After, o un minuto aproximadamente si no se indica ninguno, y vuelva a intentarlo. Reduzca el límite de concurrencia o aumente el intervalo de consulta en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>Endpoint de modelo de SeaArt desconocido</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>El ID de modelo de la ruta de la solicitud no es un endpoint de SeaCloud; el mensaje termina con el ID que se probó. Normalmente el ID está mal escrito o el modelo se retiró de SeaCloud.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>Busque el ID de modelo exacto en la lista de modelos de SeaCloud (por ejemplo, nano_banana_2) y corríjalo con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>Modelo no habilitado para esta cuenta de SeaArt</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>El modelo existe, pero la cuenta propietaria de esta clave de API no puede usarlo. Algunos modelos de SeaCloud deben activarse por separado o requieren un plan superior.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>Habilite el modelo para su cuenta en la consola de SeaCloud, o elija con «Editar y reenviar» un modelo que incluya su plan. Compruebe que el perfil usa la clave de la cuenta correcta.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt no acepta retrollamadas de webhook</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>La cola de SeaArt no admite webhooks y rechaza cualquier solicitud que lleve una dirección de retrollamada, ya sea en el cuerpo, en la cadena de consulta o en una cabecera. No se puso ninguna tarea en cola.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>Quite de los parámetros los campos de webhook o de retrollamada, como webhook_url, con «Editar y reenviar». QueueLens consulta a SeaArt el estado de la tarea, así que no se necesita ninguna retrollamada.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>El entorno de ejecución de SeaArt no pudo procesar la llamada</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>El entorno de ejecución de la cola de SeaArt falló al procesar la llamada. Es un fallo en el lado de SeaArt; tras un envío fallido no se sabe con seguridad si se creó una tarea.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>Repita las consultas de estado y de resultado tras una breve pausa. Reenvíe un envío fallido solo una o dos veces, porque cada nuevo envío puede crear otra tarea de pago.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt no tiene un endpoint de estado en streaming</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>Una solicitud se dirigió a la ruta del flujo de estado, que SeaArt no ofrece. SeaArt solo informa del progreso a través del endpoint de estado normal, que hay que consultar periódicamente.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>Compruebe que la URL base de la configuración del perfil es la URL de modelo de SeaArt sin más, sin ruta de streaming. Si es así, notifíquelo como un error de QueueLens.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>El endpoint de SeaArt no existe</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>La solicitud se dirigió a una ruta que SeaArt no sirve, como un endpoint síncrono /sync. SeaArt solo genera a través de su cola asíncrona; una URL base incorrecta produce la misma respuesta.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>Establezca la URL base de la configuración del perfil en https://cloud.seaart.ai/model sin ninguna ruta adicional. Envíe a través de la cola y deje que QueueLens consulte el resultado.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt no conoce este ID de solicitud</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt no encontró ninguna tarea con este request_id para este endpoint de modelo y esta clave. Causas habituales: un ID incorrecto, una consulta de estado que usa un ID de modelo distinto del envío o una clave de otra cuenta.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>Use «Volver a comprobar» una o dos veces, no más. Si la respuesta no cambia, considere perdida la tarea y asegúrese de que el perfil sigue usando la clave con la que se envió.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>El modelo de SeaArt falló durante la generación</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>La tarea se ejecutó, pero el modelo se detuvo con un error antes de producir un resultado. SeaArt marca esa tarea como COMPLETED con un error, así que está terminada y no tiene resultado.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>Vuelva a enviar la tarea tras una breve espera. Si las mismas entradas vuelven a fallar, cambie el prompt, la imagen o los parámetros, o pruebe otro modelo.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>La generación en SeaArt tardó demasiado</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>El modelo no terminó dentro del límite de tiempo propio de SeaArt, así que SeaArt finalizó la tarea sin resultado. Los vídeos largos, las resoluciones altas y las horas de mucha actividad lo hacen más probable.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>Vuelva a intentarlo más tarde, cuando el modelo esté menos ocupado. Si sigue ocurriendo, pida una duración más corta o una resolución más baja con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt consideró inutilizable la entrada de la tarea</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt puso la tarea en cola, pero después el modelo rechazó su entrada; por ejemplo, por falta de prompt, un valor fuera de rango o una imagen que no pudo leer. El texto de error de SeaArt suele indicar el problema.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>Corrija con «Editar y reenviar» la entrada que indica el mensaje del proveedor. Compruebe que las URL de imagen son públicas y que los valores corresponden a las opciones que documenta el modelo.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt bloqueó el contenido</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>El filtro de seguridad de SeaArt detuvo la tarea porque el prompt, una imagen de entrada o el resultado generado infringían sus normas de contenido. No se conservó ningún resultado.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>Reescriba el prompt o sustituya la imagen de entrada para que cumpla claramente las normas de contenido de SeaArt, y use «Editar y reenviar». La misma entrada se volverá a bloquear.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>La tarea de SeaArt se canceló</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>La tarea terminó porque llegó a SeaArt una solicitud de cancelación, de QueueLens o de otro cliente que usa la misma clave. SeaArt lo notifica como COMPLETED con este tipo de error.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>Si la cancelación era intencionada, no hay que hacer nada. Si no, vuelva a enviar la tarea con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>Error interno de SeaArt durante la tarea</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>Algo falló dentro del servicio de SeaArt mientras se procesaba la tarea; la causa no fue la solicitud. La tarea ha terminado sin resultado.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>Vuelva a enviar la tarea dentro de unos minutos. Si muchas tareas fallan así, contacte con el soporte de SeaArt e indique el ID de solicitud.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>La tarea ya había terminado antes de la cancelación</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>La solicitud de cancelación llegó cuando la tarea ya había alcanzado un estado final, así que no quedaba nada que detener. No es un fallo: la tarea se completó o falló por sí sola.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>Use «Volver a comprobar» para cargar el estado final real y, si la tarea se completó, su resultado.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt no encontró ninguna tarea que cancelar</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt respondió a la solicitud de cancelación con NOT_FOUND: no existe ninguna tarea con este ID de solicitud para esta clave y este endpoint de modelo, o la clave no tiene acceso a ella.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>Use «Volver a comprobar» para ver si la tarea sigue existiendo. Si las consultas de estado también fallan, considere perdida la tarea y compruebe que el perfil usa la clave con la que se envió.</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu rechazó la solicitud</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu consideró que la solicitud no era válida sin indicar un motivo más concreto. Vidu también usa este código cuando se niega a cancelar una tarea cuyo estado ya no permite cancelarla.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>Lea el mensaje del proveedor. Si se denegó una cancelación, use «Volver a comprobar» para ver el estado real de la tarea; en otro caso, corrija la solicitud con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Falta un campo obligatorio</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>La solicitud tiene un campo que Vidu no acepta</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Demasiados o muy pocos elementos en un campo</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>Tamaño de página o de imagen fuera de rango</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>El nombre del código sugiere una solicitud de lista de tareas cuyo tamaño de página está fuera del rango permitido, de 1 a 100. Sin embargo, la tabla de Vidu asocia el código a los límites de las imágenes de entrada: 50 MB como máximo, JPG, JPEG, PNG o WEBP, y una relación de aspecto entre 1:4 y 4:1.</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>Para las listas de tareas, use un tamaño de página de 1 a 100. Para un envío, compruebe que las imágenes de entrada cumplen estos límites y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu no pudo descargar la imagen</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu no pudo obtener una imagen de una URL de la solicitud. Puede que el enlace haya caducado, requiera iniciar sesión o no admita descargas automatizadas.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>Compruebe que cada URL de imagen se abre sin iniciar sesión en una ventana privada del navegador, sustituya los enlaces rotos y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu sigue procesando la solicitud</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu sigue trabajando en la solicitud y pide que se vuelva a intentar más tarde.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Espere un poco y vuelva a intentarlo, como pide Vidu.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Vidu no acepta el formato de la imagen</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>Una imagen de entrada tiene un formato que Vidu no acepta, o el archivo está dañado. Vidu lee imágenes JPG, JPEG, PNG y WEBP.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>Convierta la imagen a PNG o JPEG y vuelva a enviarla con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>La entrada no superó la revisión de seguridad de Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>La revisión de Vidu del prompt o de las imágenes enviadas encontró contenido que no permite, así que no se aceptó la tarea.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Cambie el prompt o las imágenes para que cumplan claramente las normas de contenido de Vidu, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Créditos de Vidu insuficientes</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>La cuenta no tiene créditos suficientes para esta tarea. Vidu envía esto con HTTP 400, pero es una cuestión de facturación, no un error en la entrada.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Compre o renueve créditos en la plataforma de Vidu, o abarate la tarea (duración más corta, resolución más baja), y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>El contenido generado infringió la política de Vidu</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>La tarea se ejecutó, pero la política de contenido de Vidu marcó el resultado generado, así que se retuvo.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>Cambie el prompt o las imágenes de entrada para que sea menos probable que se marque el resultado, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Modelo de Vidu no disponible</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>El modelo solicitado no está disponible para esta tarea, así que la tarea falló. Vidu señala el tipo de modelo.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>Compruebe el tipo de modelo (por ejemplo, viduq1 para este endpoint), corríjalo con «Editar y reenviar» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Tarea de Vidu cancelada por el usuario</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>La tarea se detuvo por una solicitud de cancelación de esta cuenta, desde QueueLens o desde otro lugar. Vidu la notifica como fallida con este código.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>Si la cancelación era intencionada, no hay nada que hacer; si no, vuelva a enviar la tarea con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>Valor de campo no válido</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>No se encontró un cuerpo humano utilizable en la imagen</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>Este modelo o efecto necesita una persona claramente visible, y la detección corporal de Vidu no pudo localizar las articulaciones del cuerpo en la imagen de entrada.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>Use una foto que muestre con claridad el cuerpo entero de una persona, sin recortes excesivos, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>Falló la comprobación facial de la imagen de entrada</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Falló la comprobación facial de Vidu en la imagen de entrada; por ejemplo, porque la cara es demasiado pequeña, está girada o está borrosa.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>Suba una foto nítida con una cara bien visible que mire a la cámara, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>Cuerpo o cara demasiado ocultos en la imagen</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>El cuerpo o la cara de la persona de la imagen de entrada están demasiado tapados para que Vidu los detecte.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>Use una imagen en la que la cara y el cuerpo no estén tapados por objetos, manos u otras personas, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>El prompt infringe la política de Vidu</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>El prompt de texto contiene palabras o temas que Vidu no permite, así que la tarea se rechazó antes de ejecutarse.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>Reescriba el prompt sin el contenido problemático y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu rechazó la clave de API</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu no aceptó las credenciales: la clave es incorrecta, se eliminó o falta. Vidu espera la clave con el esquema Token en la cabecera Authorization; los revendedores pueden esperar otro esquema.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>Compruebe la clave en la configuración del perfil y, si es necesario, cree una nueva en la plataforma de Vidu. Si la URL base apunta a un revendedor, use una clave emitida por ese revendedor.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu denegó el acceso</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>La clave es válida, pero no puede hacer esta solicitud; por ejemplo, para un endpoint o un modelo que no incluye el paquete de la cuenta.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Compruebe los paquetes y permisos de la cuenta en la plataforma de Vidu, o indique en la configuración del perfil una clave con el acceso necesario.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu no conoce este ID de tarea</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>No existe ninguna tarea con este ID para la cuenta asociada a la clave. Las causas habituales son un ID mal escrito o una clave de otra organización.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>Use «Volver a comprobar» una vez. Si la tarea sigue sin encontrarse, compruebe que el perfil usa la misma clave que al enviarla; si es así, considere perdida la tarea.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>No se encontró el ID de creación de Vidu</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>La creación indicada en la solicitud (es decir, uno de los resultados generados de una tarea) no existe o ya no está disponible.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>Use «Volver a comprobar» para cargar la lista actual de creaciones de la tarea y use los ID que aparecen en ella.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>No se encontró el recurso en Vidu</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>La ruta o el recurso solicitados no existen, a menudo porque la URL base o el endpoint son incorrectos.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>Compruebe la URL base en la configuración del perfil (https://api.vidu.com para la plataforma internacional) y que el endpoint corresponde al tipo de tarea.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Conflicto de recursos en Vidu</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>La solicitud crearía o modificaría un recurso cuya clave ya está en uso, así que Vidu la rechazó.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>Use «Volver a comprobar» para ver si la solicitud anterior ya surtió efecto antes de repetirla.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Se superó el límite de concurrencia de Vidu</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>La organización ya tiene en ejecución tantas tareas como permite su límite de concurrencia (5 de forma predeterminada), y Vidu rechazó la solicitud adicional.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Espere a que terminen las tareas en ejecución y vuelva a intentarlo. Ajuste el límite de concurrencia de la configuración del perfil a su límite de Vidu, o pida al soporte de Vidu un límite mayor.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Solicitudes enviadas a Vidu con demasiada frecuencia</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>La clave envió solicitudes más deprisa de lo que Vidu permite en un periodo corto; las consultas de estado también cuentan.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>Espere antes de reintentar y aumente el intervalo de consulta en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu está limitando el tráfico</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu está limitando las solicitudes porque sus propios recursos están al límite, no por su cuenta.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>Vuelva a intentarlo tras una pausa más larga, de al menos unos minutos, y envíe menos tareas nuevas hasta que termine la limitación.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>Solicitud cancelada por el cliente</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu registró que el cliente cerró la solicitud HTTP antes de que la respuesta estuviera lista; por ejemplo, tras un tiempo de espera en el lado del cliente. Afecta a esa llamada, no necesariamente a la tarea.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>Si era un envío, use «Volver a comprobar» o la lista de tareas de Vidu antes de enviarla de nuevo, porque puede que la tarea se haya creado.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Fallo interno del servicio de Vidu</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Se produjo un error interno en Vidu mientras se procesaba la solicitud.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>Vuelva a intentarlo tras una pausa. Si sigue fallando, contacte con el soporte de Vidu e indique el ID de traza de los detalles del error.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Fallo de Vidu sin motivo conocido</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu notificó que la tarea o la solicitud fallaron sin indicar ningún motivo.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>Vuelva a enviar tras una pausa. Si la misma tarea sigue fallando, contacte con el soporte de Vidu e indique el ID de la tarea.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Falló la detección facial de Vidu</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu no pudo ejecutar la detección facial en la entrada, a menudo porque la imagen es demasiado oscura, demasiado pequeña o de mala calidad.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>Use una imagen más luminosa y nítida en la que la cara se vea grande y con claridad, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu no pudo descargar el vídeo</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu no pudo obtener un vídeo de una URL de la solicitud. Puede que el enlace sea privado, haya caducado o sea demasiado lento.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>Use un enlace público y directo al archivo de vídeo, pruébelo en una ventana privada del navegador y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Vidu no acepta el formato del vídeo</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>Un vídeo de entrada usa un contenedor o un códec que Vidu no puede leer, o el archivo está dañado.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>Convierta el vídeo a MP4 con H.264 y vuelva a enviarlo con «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>La cara no superó la comprobación facial de Vidu</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>Se encontró una cara, pero no cumple los requisitos del modelo o del efecto; por ejemplo, porque se ve de perfil, está parcialmente oculta o es demasiado pequeña.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>Use una foto con una sola cara bien visible que mire a la cámara y ocupe buena parte de la imagen, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>La foto de entrada no superó la revisión de Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>La revisión de imágenes de Vidu rechazó una foto subida; por ejemplo, porque muestra contenido que la plataforma no permite.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Sustituya la foto por otra que cumpla claramente las normas de contenido de Vidu y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>No se encontró ninguna cara en la imagen</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>El modelo o efecto seleccionado necesita una cara, pero Vidu no encontró ninguna en la imagen de entrada.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>Suba una imagen que muestre con claridad la cara de una persona, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>Hay más de una cara en la imagen</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>El modelo o efecto funciona con una sola persona, pero Vidu encontró varias caras en la imagen de entrada.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>Recorte la imagen para que aparezca una sola persona o elija una foto con una sola cara, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Falló la revisión de contenido de Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>La revisión de contenido de Vidu rechazó la entrada o el resultado generado, así que la tarea terminó sin un resultado utilizable.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Ajuste el prompt y las imágenes para que cumplan claramente las normas de contenido de Vidu, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>Dimensiones de la imagen fuera de rango</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>El ancho o el alto en píxeles de una imagen de entrada es demasiado grande o demasiado pequeño para Vidu.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>Cambie el tamaño de la imagen para que ambos lados estén dentro de los límites de píxeles documentados para el modelo y la relación de aspecto se mantenga entre 1:4 y 4:1, y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>nada en concreto</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>La solicitud omite algo que Vidu necesita o lo deja vacío. Indicado por Vidu: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Complete lo que falta con «Editar y reenviar». Compruebe también que el endpoint corresponde a la tarea, ya que, por ejemplo, la conversión de imagen a vídeo necesita una imagen de entrada.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>La solicitud incluye algo que este endpoint o este modelo no acepta. Indicado por Vidu: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Quítelo con «Editar y reenviar». Las opciones aceptadas varían entre los modelos y los endpoints de Vidu.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>Una lista de la solicitud tiene más o menos entradas de las que permite Vidu, por ejemplo, demasiadas imágenes de referencia. Indicado por Vidu: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>Ajuste el número de entradas a lo que permite el modelo y use «Editar y reenviar».</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>Un valor de la solicitud no superó las comprobaciones de Vidu, por ejemplo, un modelo, una resolución o una duración desconocidos. Indicado por Vidu: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>Cámbielo por un valor que documente el modelo y use «Editar y reenviar».</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Solicitud no válida</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>Política de contenido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>Conflicto de estado</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>Fallo en el origen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>Reintentar tras una espera</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>Cambiar la solicitud</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>Corregir la cuenta o la clave</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>Comprobar antes el estado de la tarea</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>Reintentar no servirá de nada</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>Contactar con el proveedor</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>el envío de la tarea</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>la consulta del estado</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>la obtención del resultado</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>la cancelación</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>la búsqueda en la lista de tareas del proveedor</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>la generación, en el proveedor</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la conexión</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>Tarea creada</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>Añadida por su ID de tarea</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>Envío respondido</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>Envío rechazado</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>Sin respuesta clara al envío</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>Envío frenado por el límite de frecuencia</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>Enviada de todos modos</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Reintentada</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Consulta de estado</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Falló la consulta de estado</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>Resultado obtenido</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>Desconocida para el proveedor</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Comprobada de nuevo</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>La nueva comprobación no encontró nada</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>Encontrada en la lista de tareas</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>No está en la lista de tareas</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>Varias coincidencias en la lista de tareas</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>La lista de tareas no llega tan atrás</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>Lista de tareas no disponible</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>Cancelación respondida</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>Falló la llamada de cancelación; se vuelve a intentar</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>Falló la cancelación</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>Cancelación imposible</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>Terminada antes de la cancelación</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Se alcanzó el límite de tiempo</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens se reinició</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>Clave de API en otro equipo</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>Descargando los resultados</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Resultados guardados</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>Falló la descarga del resultado</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Otro evento</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>Explicar un código de error del proveedor y proponer una solución.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Categoría: %1 (%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>Reintento: %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(Este código no figura en la documentación del proveedor; el texto anterior se deduce del estado HTTP y de la categoría).</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>El código, motivo, tipo o mensaje que envió el proveedor (p. ej., CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>ID del proveedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>El estado HTTP con el que llegó el error.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>El mensaje del proveedor, que se usa para completar detalles como los nombres de campo.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma de la interfaz, p. ej., zh_CN o ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>indique exactamente un identificador que explicar</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status necesita un estado HTTP entre 100 y 599, no «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>«%1» no figura en el catálogo de errores.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>«%1» no figura en el catálogo de errores de %2.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tarea falló con %1 (%2)</numerusform>
            <numerusform>%n tareas fallaron con %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tarea falló con %1 (%2)</numerusform>
            <numerusform>%n tareas fallaron con %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Reintento: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>Reintente las tareas, o revise el plazo del perfil y la página de estado del proveedor.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>Reintentar todas (%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>Quitar todas (%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>No hay tareas fallidas. Las tareas que fallan se agrupan aquí por código de error, para poder aplicar una misma solución a todas a la vez.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>Seleccionar en la tabla</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>Mostrar solo estas</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>Reintentar todas las tareas de este grupo que se puedan reintentar</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>Quitar de la lista todas las tareas de este grupo</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>Cambiar a la tabla de tareas con estas tareas seleccionadas</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>Filtrar la tabla de tareas por este grupo</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Fallos por código</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI no documenta ningún endpoint de cancelación: la tarea se ejecuta hasta el final y se factura como siempre.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI acepta los tipos «image» y «video», no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>«%1» no es un nombre de modelo de FoxAPI (los nombres de modelo no tienen espacios).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>La respuesta de %1 superaba los %2 bytes y no se leyó.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 redirigió la solicitud a %2. QueueLens solo sigue redirecciones dentro del mismo host, así que no se envió allí la clave de API.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 redirigió la solicitud más de %2 veces.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 seguía enviando su respuesta después de %2 segundos, el límite para una solicitud, así que QueueLens dejó de esperar. El servidor mantiene la respuesta abierta sin terminarla.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>No se recibieron datos de %1 dentro del tiempo de espera de transferencia (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 rechazó la conexión (%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>No se pudo resolver el nombre de host %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>La conexión con %1 se cerró antes de que llegara la respuesta completa (%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>El proxy falló al conectar con %1 (%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>La red no está disponible; no se pudo acceder a %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Falló la conexión segura con %1 (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>Falló la solicitud a %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>Mostrar las tareas de la base de datos (no se contacta con ningún proveedor).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>Solo las tareas en estos estados (separados por comas): %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Solo las tareas de este proveedor.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>estado desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESO</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>INTENTOS</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID REMOTO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>Las tareas asíncronas de LLMAPI solo generan imágenes, no «%1».</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>Las tareas de imagen de LLMAPI no admiten streaming: quite «stream» o establézcalo en false.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>El número de imágenes «n» debe ser un número entero igual o mayor que 1.</translation>
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
        <translation>Acerca de QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>Se envió %n tarea.</numerusform>
            <numerusform>Se enviaron %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — entorno de pruebas</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>Abrir el panel de envío para crear tareas nuevas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>Seguir por su ID remoto tareas creadas en otro lugar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>Guardar las tareas seleccionadas o visibles como CSV o JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>Salir de QueueLens; las tareas en ejecución siguen ejecutándose en el proveedor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>Buscar por ID remoto, texto del prompt o código de error</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>Seleccionar todas las tareas que muestra la tabla</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>Volver a mostrar todas las tareas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>Idioma, notificaciones, carpeta de descargas y perfiles</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>Añadir o editar cuentas de proveedor y sus claves de API</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>&amp;Acerca de QueueLens</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Versión y créditos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>La versión de Qt en uso</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>Barra lateral de &amp;filtros</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>Mostrar u ocultar los filtros de estado y proveedor</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>Mostrar u ocultar los detalles de la tarea seleccionada</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>&amp;Fallos por código</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>Panel de &amp;envío</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Reanudar c&amp;onsultas</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>Las consultas están en pausa: no se piden actualizaciones a ningún proveedor. Haga clic para reanudarlas.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>Dejar de pedir actualizaciones a los proveedores hasta que se reanuden</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n tarea seleccionada</numerusform>
            <numerusform>%n tareas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>Fallos por código (%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Fallos por código</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>No hay tareas que exportar.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>Exportar %n tarea</numerusform>
            <numerusform>Exportar %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n tarea a %1.</numerusform>
            <numerusform>Se exportaron %n tareas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;Un centro de control de escritorio para trabajos asíncronos de generación de imágenes y vídeo con IA: envíe tareas, sígalas, entienda los fallos y corríjalos con un clic.&lt;/p&gt;&lt;p&gt;Proveedores: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>&amp;Perfiles de proveedor…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api no tiene ningún endpoint de cancelación: la tarea se ejecuta hasta el final.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>Aquí el relé de tareas de new-api solo se usa para vídeo, no para «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>«%1» no es un nombre de modelo (los nombres de modelo no tienen espacios).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>La pasarela marcó la tarea como fallida, pero no indicó ningún motivo.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>más de un valor; use un array JSON [ … ] para una lista</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>Los parámetros deben ser un único objeto JSON: { &quot;nombre&quot;: valor, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>línea %1: se esperaba «nombre: valor»</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>línea %1: se esperaba un nombre antes de &apos;:&apos;</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>línea %1: un nombre no puede contener espacios («%2»)</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>línea %1: se esperaba un valor después de &apos;:&apos; (escriba &quot;&quot; para un texto vacío)</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>línea %1: «%2» ya está definido en la línea %3</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>línea %1: el valor de «%2» no es un JSON válido: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>«%1» procede del formulario de arriba; quítelo de aquí</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>nombre: valor</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Formato de los parámetros</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>Escriba los parámetros como «nombre: valor», uno por línea, o como un objeto JSON</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>Parámetros adicionales como objeto JSON.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>Un «nombre: valor» por línea; el texto no necesita comillas y # inicia un comentario.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Parámetros adicionales</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens se conecta a un único servidor PostgreSQL; la dirección indica varios hosts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>«%1» no es una dirección de PostgreSQL; escríbala como postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>una dirección de PostgreSQL no puede contener una parte «#»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>«%1» no es un parámetro de conexión que QueueLens conozca (conocidos: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>la dirección de PostgreSQL no indica ninguna base de datos; añádala después del host, como en postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>el puerto de la dirección de PostgreSQL no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt no está instalado (Debian y Ubuntu: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>la base de datos %1 contiene una tabla «tasks» que no es de QueueLens; use una base de datos propia</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>el servidor rechazó la contraseña de %1 (%2)</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>el servidor %1 pide una contraseña: escríbala en Preferencias, Historial compartido (se guarda en el llavero del sistema), defina PGPASSWORD o añádala a ~/.pgpass</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>la base de datos de %1 no existe en el servidor; créela una vez con createdb (%2)</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>el servidor %1 no conoce ese usuario (%2)</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>falló la conexión segura (TLS) con %1: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>el nombre del servidor de %1 es desconocido (%2)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>no se puede acceder al servidor %1 (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>se perdió la conexión con %1 (%2)</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>la base de datos %1 está ocupada: otra instancia de QueueLens tiene su bloqueo de escritura (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>la base de datos %1 es de solo lectura (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>el disco del servidor que contiene %1 está lleno (%2)</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>el usuario de %1 no tiene permiso para esto; concédale los derechos sobre la base de datos (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>error de base de datos en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>Elija el proveedor con el que se comunica este perfil.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Indique la variable de entorno que contiene la clave de API.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>«%1» no es un nombre de variable de entorno válido: use letras, dígitos y _, y no empiece por un dígito.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>El intervalo de consulta debe estar entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>La concurrencia debe estar entre 1 y %1 solicitudes a la vez.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>El plazo debe estar entre 0 (sin plazo) y %1 minutos (7 días).</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>Con http:// simple, la clave de API se envía sin cifrar. Use https:// salvo que se trate de un servidor local de confianza.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>%1 no está definida en el entorno de QueueLens; las solicitudes se rechazarán hasta que lo esté.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>La clave se lee de %1 cada vez que se necesita.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>La clave nueva se guarda en el llavero del sistema al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>La clave nueva se conserva en memoria hasta que se cierre QueueLens; nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Consultar &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>C&amp;oncurrencia:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conservar solo durante esta sesión</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>Leer de una variable de entorno:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>Nombre de la variable, p. ej., %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Dejar vacío para conservar la clave actual</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> solicitudes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>Perfil de entorno de pruebas: se comunica con el servidor de pruebas integrado y sirve cualquier clave.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Conservar la clave solo durante esta sesión</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Leer la clave de una variable de entorno</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>Nombre de la variable de entorno</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>Máximo de solicitudes a la vez</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>Plazo en minutos</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>Con qué frecuencia se comprueba cada tarea en ejecución (1–3600 s). Los proveedores pueden pedir que sea más lenta.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>Cuántas solicitudes puede tener en curso a la vez este perfil.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>Abandonar una tarea que no ha terminado pasado este tiempo (0 = nunca).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>El archivo ocupa %1 KB; un archivo de perfiles ocupa como máximo %2 KB. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>El archivo no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>Este no es un archivo de perfiles de QueueLens: su formato es «%1».</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(no es texto)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>Este archivo de perfiles lo escribió una versión más reciente de QueueLens (versión de formato %1). Esta versión lee la versión %2; actualice QueueLens para importarlo.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>Este no es un archivo de perfiles de QueueLens: no tiene ninguna lista «profiles».</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>El archivo de perfiles no tiene ninguna lista «profiles».</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>El archivo contiene %1 perfiles; solo se leyeron los %2 primeros.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>La entrada %1 no es un perfil y se omitió.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>El perfil %1 no indica ningún proveedor y se omitió.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>El perfil %1 tiene una URL base que no es texto y se omitió.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>Perfil %1: el ID «%2» no se puede usar aquí; se elige uno nuevo.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>El perfil %1 repite el ID «%2» de una entrada anterior y se omitió.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>Perfil %1: «%2» no es un número; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>El perfil %1 contiene una clave de API. Las claves nunca se importan de un archivo: introdúzcala en Configuración, donde se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>«%1» ocupa más de %2 KB, demasiado para un archivo de perfiles. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…y %n aviso más.</numerusform>
            <numerusform>…y %n avisos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Se canceló la importación; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>No se importó ningún perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>Se añadió %n perfil.</numerusform>
            <numerusform>Se añadieron %n perfiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>Se actualizó %n perfil.</numerusform>
            <numerusform>Se actualizaron %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>Las claves de API nunca forman parte de un archivo de perfiles: introduzca la clave de cada perfil nuevo. No se guarda nada hasta que pulse Aceptar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>Se guardó %n perfil en «%1».</numerusform>
            <numerusform>Se guardaron %n perfiles en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>El archivo no contiene ninguna clave de API: quien lo importe introducirá la suya.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n perfil del archivo ya existe aquí: %1.</numerusform>
            <numerusform>%n perfiles del archivo ya existen aquí: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>¿Desea sustituir su configuración por la del archivo (sus claves de API se conservan) o conservar ambos y añadir los del archivo como perfiles nuevos?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>Perfiles de QueueLens (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>No hay ningún perfil que exportar.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>Los perfiles de entorno de pruebas se excluyen: solo funcionan mientras se ejecuta esta instancia de QueueLens.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
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
        <translation>«%1» usa el proveedor «%2», que esta versión de QueueLens no conoce; se omitió.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
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
        <translation>Elija un modelo o un endpoint.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Escriba un prompt.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>Volver a enviar como nuevo intento una tarea fallida, cancelada, con plazo agotado, rechazada o perdida.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local de la tarea (de submit o list).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Seguir el nuevo intento hasta que termine.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>la tarea %1 no se puede reintentar: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>«%1» no es un ID de endpoint de SeaArt. Use el ID de modelo del catálogo de SeaCloud, por ejemplo nano_banana_2.</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt no admite webhooks: quite el parámetro «%1».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>El llavero del sistema no está disponible (%1), así que no se pueden leer las claves de API guardadas. Introduzca la clave en la configuración del perfil o defina la variable de entorno del perfil.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>No hay ningún llavero del sistema disponible; la clave de API de «%1» solo se conserva hasta que se cierre QueueLens.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>El llavero del sistema no está disponible (%1); la clave de API de «%2» solo se conserva hasta que se cierre QueueLens.</translation>
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
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (entorno de pruebas)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>No hay ningún almacén de claves conectado, así que las claves no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Hay una clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>Hay una clave definida solo para esta sesión; no se guarda.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>La clave procede de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>Perfil de entorno de pruebas: no se necesita ninguna clave.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>Todavía no hay ninguna clave: el proveedor rechazará las solicitudes hasta que introduzca una.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Perfil nuevo %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>Elija una carpeta para los resultados descargados.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>La carpeta de descargas debe ser una ruta completa, por ejemplo %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens no puede escribir en «%1».</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>La carpeta se creará cuando se descargue el primer resultado.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Corrija los campos marcados para guardar.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Perfil «%1»: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>Perfil «%1»: la clave no se puede guardar porque no hay ningún almacén de claves conectado.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>General: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>Historial compartido: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>No se pudo quitar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>El llavero del sistema no aceptó la clave, así que se conserva en memoria hasta que se cierre QueueLens. Para conservarla entre reinicios, guárdela en una variable de entorno y elija «Leer de una variable de entorno».
Detalles: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>La clave no se guardó en el llavero. Pulse Aceptar para continuar con una clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
Para conservar una clave entre reinicios, guárdela en una variable de entorno y elija «Leer de una variable de entorno».</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>Historial compartido</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>Perfiles de proveedor:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Perfiles de proveedor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Quitar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>Quita el perfil al pulsar Aceptar. Sus tareas permanecen en el historial.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Importar perfiles de un archivo</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>Añade los perfiles de un archivo de perfiles de QueueLens. Las claves de API nunca forman parte de él.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Exportar los perfiles a un archivo</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>Guarda estos perfiles, sin sus claves de API, para compartirlos o conservarlos.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>Todavía no hay ningún perfil de proveedor.
Pulse «Añadir» para conectar QueueLens con un proveedor, o «Importar» para leer un archivo de perfiles.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>Se aplica de inmediato.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>Cuando las tareas se &amp;completen</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>Cuando las tareas &amp;fallen</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>Notificar cuando las tareas se completen</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>Notificar cuando las tareas fallen</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Carpeta de &amp;descargas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>La dirección debe empezar por postgresql:// (un historial compartido reside en un servidor PostgreSQL).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>No incluya la contraseña en la dirección: QueueLens nunca la guarda en su configuración. Escríbala en el campo de contraseña (se guarda en el llavero del sistema) o use PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>No se puede usar esta dirección: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>Un equipo puede compartir un mismo historial de tareas en un servidor PostgreSQL: todos ven todas las tareas, quién las envió y cómo terminaron. Las claves de API nunca salen de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>Dirección del servidor del historial compartido</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>Vacío: el historial se queda en el archivo de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>Se conecta y lee la versión del esquema; no cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>Contraseña del servidor del historial compartido</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Se guarda en el llavero del sistema; vacío: PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>Sin llavero: use PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>Su nombre en el historial compartido</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>Se registra en cada tarea que envíe. Si está vacío, se usa %1.</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>Una nueva dirección del servidor se aplica cuando QueueLens se vuelve a iniciar; su nombre se aplica de inmediato.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>el controlador SQLite de Qt no está instalado</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>la base de datos %1 no se puede cambiar al registro de escritura anticipada (WAL); puede que sea de solo lectura</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>la base de datos %1 está bloqueada por otro programa, quizá una segunda instancia de QueueLens (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>la base de datos %1 es de solo lectura (%2)</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>la base de datos %1 está dañada o no es una base de datos de QueueLens (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>el disco que contiene %1 está lleno o falla (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>error de base de datos en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>Reintentar la tarea de «%1»</numerusform>
            <numerusform>Reintentar las %n tareas de «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>Cancelar la tarea de «%1»</numerusform>
            <numerusform>Cancelar las %n tareas de «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>Quitar de la lista la tarea de «%1»</numerusform>
            <numerusform>Quitar de la lista las %n tareas de «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Filtros de tareas</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>Haga clic en una entrada para mostrar solo esas tareas</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>Cuenta las tareas que requieren su intervención: %1.
Haga clic para mostrar solo estas.</translation>
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
        <translation>Consultas en pausa</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>No se envía ninguna consulta de estado hasta que se reanuden las consultas.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>Se están consultando los estados de las tareas.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>Reanudar consultas</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>Pausar consultas (las tareas siguen ejecutándose en el proveedor)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Pausar consultas</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>Límite de frecuencia: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>Estos perfiles pidieron esperar (HTTP 429 / Retry-After); sus llamadas se reanudan al terminar la cuenta atrás.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>Estado de las consultas</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>Perfiles frenados por el límite de frecuencia</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>Pedir ahora al proveedor el estado de una tarea y mostrarlo.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local de la tarea (de submit o list).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>Mostrar lo que sabe la base de datos sin consultar al proveedor.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>No actualizado: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>el proveedor no respondió a tiempo a la consulta de estado</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>falló la consulta de estado: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>La base de datos de tareas no admite cambios en este momento: %1
La lista se queda como se leyó por última vez. QueueLens conserva sus propios cambios (sobre todo los ID de solicitud) en este equipo y los escribe en cuanto vuelva la base de datos.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>Volver a enviar una tarea desconocida, aceptando que el proveedor puede ejecutarla (y facturarla) dos veces.</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>ID local de una tarea en estado «unknown».</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Seguir el nuevo intento hasta que termine.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>la tarea %1 no se puede volver a enviar: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>Enviar una tarea de generación (y, con --wait, seguirla hasta el final).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param necesita clave=valor, no «%1»</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Proveedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>La URL base de la API del proveedor, p. ej., https://api.vidu.com o una URL de entorno de pruebas.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>Modelo o, en SeaArt, el ID del endpoint.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>El prompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>Qué generar: image, video, text2video, img2video, ... (predeterminado: el primer tipo del proveedor).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>Parámetro adicional de la solicitud; se puede repetir. Los valores JSON (5, true, [..], {..}) se envían como JSON; todo lo demás, como texto.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>Variable de entorno que contiene la clave de API (predeterminada: QUEUELENS_API_KEY). Solo se guarda el nombre de la variable.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>La URL base es un entorno de pruebas de QueueLens: no se necesita clave de API.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>Milisegundos entre consultas de estado para este proveedor y esta URL base (se guarda en su perfil).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>Abandonar una tarea pasados estos segundos (0: nunca; se guarda en el perfil).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>Segundos que se espera la respuesta a la propia solicitud de envío; sin respuesta, la tarea pasa a desconocida (salida 4) y nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>Seguir la tarea hasta que termine y mostrar el estado final.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url «%1»: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval necesita un valor en milisegundos entre 50 y 3600000</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline necesita un valor en segundos entre 0 y 604800</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout necesita un valor en segundos entre 0.1 y 3600</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>no se registró a tiempo ninguna respuesta al envío de la tarea %1</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Todavía no hay ningún perfil de proveedor. Añada uno primero en Configuración.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>Elija o escriba un modelo (o un endpoint).</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>Enviando %n tarea…</numerusform>
            <numerusform>Enviando %n tareas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>El motor rechazó la tarea.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>Enviando… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>Se envió %n tarea: %1</numerusform>
            <numerusform>Se enviaron %n tareas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>Se enviaron %1 de %2 y después se detuvo: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>La tarea n.º %1 usaba un perfil que ya no existe; elija otro.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>Rellenado a partir de la tarea n.º %1. Enviar crea una tarea nueva; la original se queda como está.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;arámetros:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Añadir un perfil…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>Enviar las tareas al proveedor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Perfil de proveedor</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>Modelo o endpoint</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>ID de modelo o endpoint</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>Describa la imagen o el vídeo…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Número de copias</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>Enviar la misma tarea este número de veces (1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>Añadir un perfil de proveedor</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>Progreso de la acción en bloque</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copiar ID</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>%n operador más</numerusform>
            <numerusform>%n operadores más</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>¿Actuar sobre tareas de otros operadores?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>%n de estas tareas la envió otro operador (%1). ¿Aplicarle también «%2»?</numerusform>
            <numerusform>%n de estas tareas las enviaron otros operadores (%1). ¿Aplicarles también «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>No se pudo completar «%1»: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>La tarea n.º %1 se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>Se solicitó la cancelación de la tarea n.º %1.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>¿Enviar de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>El primer envío de %n tarea no obtuvo una respuesta clara: puede que el proveedor ya la haya creado. Volver a enviarla puede crear un duplicado, que puede facturarse.

Si no está seguro, use antes Volver a comprobar.</numerusform>
            <numerusform>El primer envío de %n tareas no obtuvo una respuesta clara: puede que el proveedor ya las haya creado. Volver a enviarlas puede crear duplicados, y cada uno puede facturarse.

Si no está seguro, use antes Volver a comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>¿Quitar tareas que siguen en ejecución?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>%n de las tareas que se van a quitar no ha terminado. Quitarla solo deja de seguirla aquí; el proveedor sigue ejecutándola (y facturándola). Cancélela antes para detenerla.</numerusform>
            <numerusform>%n de las tareas que se van a quitar no han terminado. Quitarlas solo deja de seguirlas aquí; el proveedor sigue ejecutándolas (y facturándolas). Cancélelas antes para detenerlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>¿Quitar tareas?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>¿Quitar de la lista %n tarea y su historial? Los archivos de resultados ya descargados permanecen en la carpeta de descargas.</numerusform>
            <numerusform>¿Quitar de la lista %n tareas y su historial? Los archivos de resultados ya descargados permanecen en la carpeta de descargas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>¿Reintentar todo el grupo?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>¿Reintentar %n tarea con los mismos parámetros? Cada reintento es un envío nuevo y puede facturarse.</numerusform>
            <numerusform>¿Reintentar %n tareas con los mismos parámetros? Cada reintento es un envío nuevo y puede facturarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Reintentar todas</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Se copió %n ID.</numerusform>
            <numerusform>Se copiaron %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>Acciones en bloque: %1 de %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: hecho en %2 de %n tarea.</numerusform>
            <numerusform>%1: hecho en %2 de %n tareas.</numerusform>
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
            <numerusform>Sin hacer: %n tarea.</numerusform>
            <numerusform>Sin hacer: %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1: terminado</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>Enviar de &amp;todos modos…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>&amp;Actualizar estado</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>Solo se pueden reintentar las tareas terminadas que no se completaron.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>Solo se pueden cancelar las tareas en cola o en ejecución.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>La tarea está en estado «%1»: no hay nada que buscar.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>Solo se puede enviar de todos modos una tarea cuyo envío no obtuvo una respuesta clara (estado «Desconocida»).</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>La tarea está en estado «%1»: su estado ya no cambia.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>Seleccione una sola tarea para editarla y reenviarla.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Seleccione antes una o varias tareas.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>La tarea seleccionada no cumple los requisitos: %1</numerusform>
            <numerusform>Ninguna de las %n tareas seleccionadas cumple los requisitos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>Se aplica a %1 de %n tarea seleccionada; las demás se omiten: %2</numerusform>
            <numerusform>Se aplica a %1 de las %n tareas seleccionadas; las demás se omiten: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma de la interfaz, p. ej., zh_CN o ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>Nombre que se registra en las tareas que envía esta ejecución (predeterminado: la variable de entorno QUEUELENS_OPERATOR o, si no existe, usuario@host).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>Base de datos de tareas: un archivo (predeterminado: el de la aplicación de escritorio, %1) o un servidor PostgreSQL compartido, postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>archivo o URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>indique exactamente un ID de tarea</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>«%1» no es un ID de tarea (un número positivo, como los que muestran submit y list)</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>Se dejó de esperar; la tarea %1 está en estado %2 y permanece en la base de datos. Sígala con «queuelens-cli watch».</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>la tarea %1 no está en la base de datos %2</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>el perfil «%1» de la tarea %2 ya no existe</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>no se registró a tiempo ninguna respuesta al envío de la tarea %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>Tarea n.º %1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2 % completado</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, posición %2</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>aún sin asignar</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>El proveedor no devolvió ningún archivo de resultados.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>Los resultados aparecen aquí cuando la tarea se completa.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>Descargando %n archivo en %1…</numerusform>
            <numerusform>Descargando %n archivos en %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>Guardado en %1. Haga doble clic para abrirlo.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>Seleccione una tarea para ver sus parámetros, su cronología, sus resultados y sus errores.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>ID remoto:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Enviada:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Terminada:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>Copiar el ID de la tarea en el proveedor</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>Copiar ID remoto</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Abrir la carpeta contenedora</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Archivos de resultados</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>Parámetros de la tarea en JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a model, then the task&apos;s kind</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>There is no task %1.</source>
        <translation>No existe la tarea %1.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>No existe el perfil «%1».</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Proveedor desconocido «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>El perfil «%1» de esta tarea ya no existe.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>El perfil «%1» no tiene clave de API en este equipo.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>No hay ningún adaptador para el proveedor «%1».</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>Todavía hay una solicitud en curso para esta tarea; vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 no ofrece ninguna forma de cancelar una tarea.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>El proveedor ya está cancelando esta tarea.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>El envío todavía no ha recibido respuesta; cancele cuando la tarea tenga un ID.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens no sabe si esta tarea existe; use antes «Volver a comprobar».</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>La tarea ya ha terminado.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>La tarea no se puede cancelar en su estado actual.</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 solo puede cancelar una tarea que todavía no ha empezado a ejecutarse.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>La tarea todavía no tiene ID del proveedor.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>Ya hay una cancelación de esta tarea en curso.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>El resultado del envío es desconocido: use «Volver a comprobar», o «Enviar de todos modos» si está seguro de que no se creó ninguna tarea.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>Solo se pueden reintentar las tareas fallidas, canceladas, con plazo agotado, rechazadas o perdidas.</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>El proveedor todavía no ha asignado un ID a esta tarea, así que no se puede consultar.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>La tarea ha terminado; no hay nada que actualizar.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 no puede consultar una tarea sin su ID, y QueueLens nunca recibió un ID para esta tarea. Búsquela en el sitio web del proveedor; use «Enviar de todos modos» solo si está seguro de que no se creó ninguna tarea, porque podría facturarse una segunda tarea.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>«Enviar de todos modos» solo sirve para tareas cuyo resultado de envío es desconocido.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>Otra acción en bloque ya está procesando esta tarea.</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>No hay ninguna clave de API definida para el perfil «%1». Introdúzcala en la configuración del perfil.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>Introduzca el ID de la tarea en el proveedor.</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>El envío no obtuvo una respuesta clara (%1). Puede que el proveedor haya creado la tarea: use «Volver a comprobar» o consulte el sitio web del proveedor antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>Se recibió una página HTML en lugar del JSON del proveedor: a menudo es una página de inicio de sesión de la red, un proxy o una URL base que apunta a un sitio web en lugar de a la API. Abra la URL base del perfil en un navegador y revísela en la configuración del perfil.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>El proveedor aceptó el envío (HTTP %1), pero no envió ningún ID de tarea.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>El proveedor respondió %n vez que no conoce la tarea %1.</numerusform>
            <numerusform>El proveedor respondió %n veces seguidas que no conoce la tarea %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>La tarea ya había terminado; se adopta su estado final.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Un perfil necesita un ID.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>La URL base debe ser una dirección http:// o https:// completa.</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>No se pudo guardar el ID de solicitud %1 de la tarea %2: %3 Anótelo: QueueLens lo conserva en memoria e intenta guardarlo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>No se pudieron guardar los cambios de %n tarea: %1 QueueLens los conserva en memoria y vuelve a intentarlo; no se pierde nada mientras se esté ejecutando.</numerusform>
            <numerusform>No se pudieron guardar los cambios de %n tareas: %1 QueueLens los conserva en memoria y vuelve a intentarlo; no se pierde nada mientras se esté ejecutando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>Necesita la clave del perfil «%1» en este equipo; se deja a un operador que la tenga.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens se detuvo antes de que se respondiera al envío. Puede que el proveedor haya creado la tarea: use «Volver a comprobar» o consulte el sitio web del proveedor antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>Se quitó la tarea.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>Otro proceso de QueueLens (%1, proceso %2 en %3) está siguiendo esta tarea en este momento; actúe sobre ella desde allí o espere a que ese proceso termine.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>La base de datos de tareas no pudo traspasar esta tarea: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>Resultado descargado con la clave del perfil: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>No se pudo descargar el resultado (%1); sigue en %2, que requiere la clave del perfil.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>Parece que la red no funciona. QueueLens la comprueba de vez en cuando y reanuda las consultas cuando vuelve.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>La tarea no terminó en %n segundo, el plazo del perfil «%1». Es posible que el proveedor la complete igualmente.</numerusform>
            <numerusform>La tarea no terminó en %n segundos, el plazo del perfil «%1». Es posible que el proveedor la complete igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>Encontrada en la lista de tareas del proveedor como %1.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>La lista de tareas del proveedor no llega hasta el envío de esta tarea: devolvió una página completa con %n tarea más reciente. La tarea puede existir; búsquela en el sitio web del proveedor antes de volver a enviarla.</numerusform>
            <numerusform>La lista de tareas del proveedor no llega hasta el envío de esta tarea: devolvió una página completa con %n tareas más recientes. La tarea puede existir; búsquela en el sitio web del proveedor antes de volver a enviarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>La tarea no se encontró en la lista de tareas del proveedor: no se creó ninguna tarea con el mismo modelo y prompt en el %n minuto siguiente a su envío. Probablemente nunca se creó.</numerusform>
            <numerusform>La tarea no se encontró en la lista de tareas del proveedor: no se creó ninguna tarea con el mismo modelo y prompt en los %n minutos siguientes a su envío. Probablemente nunca se creó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>La lista de tareas del proveedor es ambigua: %n tarea tiene el mismo modelo y prompt y se creó en torno al envío de esta tarea. QueueLens no adivina cuál es esta tarea; búsquela en el sitio web del proveedor.</numerusform>
            <numerusform>La lista de tareas del proveedor es ambigua: %n tareas tienen el mismo modelo y prompt y se crearon en torno al envío de esta tarea. QueueLens no adivina cuál es esta tarea; búsquela en el sitio web del proveedor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>Terminada; el resultado se está descargando con la clave del perfil antes de marcar la tarea como completada.</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>No se pudo transmitir la cancelación: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>Cancelación transmitida al proceso de QueueLens que sigue esta tarea.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>No se pudo quitar la tarea: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>No se pudo leer completo el historial de la tarea: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>La base de datos de tareas vuelve a admitir cambios; todo lo que se conservaba en memoria ya está guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>Se ha escrito ahora en el historial compartido %n cambio que se conservó en este equipo mientras no estaba accesible.</numerusform>
            <numerusform>Se han escrito ahora en el historial compartido %n cambios que se conservaron en este equipo mientras no estaba accesible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>Todavía no se pudieron escribir los cambios conservados en este equipo mientras el historial compartido no estaba accesible (%1); QueueLens lo volverá a intentar en su próximo inicio.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n tarea de este perfil todavía no ha terminado. Cancélela o quítela primero.</numerusform>
            <numerusform>%n tareas de este perfil todavía no han terminado. Cancélelas o quítelas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>No se pudo quitar el perfil: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>No se pudo guardar la tarea, así que no se envió: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>No se pudo guardar la tarea: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>La base de datos de tareas no está disponible. Las tareas solo se conservan hasta que se cierre QueueLens.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>La base de datos de tareas no está disponible (%1). Las tareas solo se conservan hasta que se cierre QueueLens.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>Se muestran solo las tareas que fallaron con %1 (%2)</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>Buscar ID, prompt, código de error…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>Muestra las tareas cuyo ID remoto, prompt, modelo o código de error contienen todas las palabras escritas (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Quitar filtro</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>Un ID no puede contener espacios. Escriba un ID por línea.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>Demasiado largo para un ID de tarea (más de %1 caracteres).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>Mismo ID que en la línea %1; se importa una sola vez.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>Ya se sigue como la tarea n.º %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>El archivo no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>El archivo JSON no contiene ninguna lista de tareas: se esperaba un array de tareas o un objeto con un array «tasks».</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>Cargar ID de tareas</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>Archivos de texto, CSV o JSON (*.txt *.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Todavía no hay ningún perfil de proveedor. Añada uno primero en Configuración.</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>Pegue los ID remotos de las tareas, uno por línea, o cargue un archivo de texto, CSV o JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n ID listo para importar.</numerusform>
            <numerusform>%n ID listos para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n ID listo para importar</numerusform>
            <numerusform>%n ID listos para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>Se omitirá %n línea (véase abajo).</numerusform>
            <numerusform>Se omitirán %n líneas (véase abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>Buscando las tareas que ya se siguen…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>Se sigue como la tarea n.º %1</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>No importado.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>Importados %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>Ahora se sigue %n tarea.</numerusform>
            <numerusform>Ahora se siguen %n tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importar tareas</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Cargar archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>Perfil al que pertenecen las tareas</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>Modelo de las tareas importadas</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>Tipo de las tareas importadas</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>ID remotos de las tareas</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>Resultado por línea</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>Algunos proveedores necesitan el modelo o el tipo para encontrar una tarea; use los que se usaron al crearla.</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>I&amp;D remotos de las tareas (uno por línea):</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Posición en la cola</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>Tarea %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>El proveedor dijo: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>posición en la cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
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
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>Cargando el historial de tareas…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>Todavía no hay tareas.
Pulse %1 para enviar una, o %2 para seguir tareas creadas en otro lugar.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>Ninguna tarea coincide con el filtro actual.
%1 vuelve a mostrar todas las tareas.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Plazo agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Requieren decisión</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>La base de datos de tareas no está abierta.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>la tarea %1 cambió mientras se guardaba</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>la base de datos %1 la escribió una versión más reciente de QueueLens (esquema %2; esta versión conoce hasta el %3)</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>Conectado. La base de datos está vacía: QueueLens crea sus tablas la primera vez que se inicia con esta base de datos.</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>Conectado. La base de datos contiene un historial de QueueLens (esquema %1).</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens no puede usar su base de datos de tareas: %1.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>la base de datos %1 la escribió una versión más reciente de QueueLens (esquema %2; esta versión conoce hasta el %3); actualice QueueLens o elija otra base de datos</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>mientras tanto, una versión más reciente de QueueLens actualizó la base de datos %1 (esquema %2)</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>falló su actualización al esquema %1: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>la base de datos %1 no asignó ningún ID a la tarea nueva</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>la tarea %1 ya no está en ejecución</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>El envío no obtuvo una respuesta clara, así que puede que el proveedor haya creado la tarea o puede que no. Use «Volver a comprobar» para buscarla, o «Enviar de todos modos» para enviarla otra vez.</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>n.º %1 en la cola</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>working</source>
        <translation>procesando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>Proveedor / perfil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviada por</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>Solo se pueden descargar resultados http y https.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>Tarea n.º %1 completada</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Tarea n.º %1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>Tarea n.º %1 fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n tarea completada</numerusform>
            <numerusform>%n tareas completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n tarea fallida</numerusform>
            <numerusform>%n tareas fallidas</numerusform>
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
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en ejecución</numerusform>
            <numerusform>%n en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n requiere decisión</numerusform>
            <numerusform>%n requieren decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: no hay tareas</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Consultas en pausa</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>&amp;Mostrar QueueLens</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu no tiene ningún endpoint «%1». Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>text2video de Vidu no admite imágenes: quite «images» o elija img2video.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>img2video de Vidu necesita «images» como un array con exactamente una URL de imagen.</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>start-end2video de Vidu necesita «images» como un array de dos URL de imagen: el primer y el último fotograma.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>reference2video de Vidu necesita «images» como un array de una a siete URL de imagen, o «subjects».</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>template2video de Vidu necesita el nombre de la plantilla en «template» (la plantilla determina el modelo).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>template2video de Vidu necesita «images» como un array de URL de imagen.</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>reference2image de Vidu con viduq1 necesita «images» como un array de URL de imágenes de referencia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>«%1» no es un nombre de modelo de Vidu (por ejemplo, viduq1).</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Texto a vídeo</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Imagen a vídeo</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>Imágenes de referencia a vídeo</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>Primer y último fotograma a vídeo</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>Plantilla a vídeo</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>Imágenes de referencia a imagen</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>Seguir todas las tareas activas (o las indicadas) hasta que terminen todas; una línea por cambio. También se siguen las tareas que envíen mientras tanto otros procesos de QueueLens.</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>Solo estas tareas (predeterminado: todas las tareas activas).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Solo las tareas de este proveedor.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>Seguir ejecutándose cuando no haya nada activo, a la espera de tareas que envíen otros procesos (detener con Ctrl+C).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>Sin ID de tareas, watch sigue todas las tareas activas de la base de datos, incluidas las que añadan otros procesos de QueueLens (la aplicación de escritorio, otras ejecuciones de queuelens-cli) mientras se ejecuta, y se hace cargo de la consulta de las tareas cuyo proceso haya terminado o se haya interrumpido. Termina cuando ya no queda ninguna tarea activa en la base de datos (con --follow: solo con Ctrl+C). Con ID de tareas, termina cuando esas tareas han terminado.</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>«%1» no es un ID de tarea</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>proveedor desconocido «%1»</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>la tarea %1 no está en la base de datos %2</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>el perfil «%1» ya no existe</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>No se sigue la tarea %1: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>No hay tareas activas que seguir.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>Se dejó de seguir; las tareas siguen ejecutándose en el proveedor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>Entorno de pruebas · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>Centro de control de escritorio para trabajos asíncronos de generación de imágenes y vídeo con IA.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>Ejecutar el entorno de pruebas de proveedores integrado y usarlo para todos los proveedores.</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>Base de datos de tareas: un archivo o el servidor PostgreSQL de un equipo, como postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>archivo o URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma de la interfaz, p. ej., zh_CN o ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;archivo&gt; tras el inicio y después salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>Semilla para la mezcla aleatoria de resultados del entorno de pruebas.</translation>
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
        <translation>No se pudo abrir la base de datos de tareas:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>No se pudo abrir el historial compartido:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>Abrir el historial de este equipo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>No se pudo poner el entorno de pruebas a la escucha en 127.0.0.1.</translation>
    </message>
</context>
</TS>
