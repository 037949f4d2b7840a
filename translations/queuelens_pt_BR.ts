<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>A URL base não é válida: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>Informe a URL base do provedor, por exemplo https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>A URL base precisa começar com http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>A URL base precisa de um nome de host, por exemplo https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>A URL base não pode conter nome de usuário nem senha; o próprio QueueLens envia a chave de API.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>A URL base não pode conter uma query (“?%1”): o próprio QueueLens acrescenta o caminho e os parâmetros da API.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>A URL base não pode conter um fragmento (“#%1”).</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>“%1” foi removido do final: o próprio QueueLens acrescenta o caminho da API.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>Pede ao provedor que cancele uma tarefa (com --wait, espera até ela parar).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local da tarefa (de submit ou list).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>Acompanha a tarefa até ela parar; o código de saída só é 0 se ela terminar cancelada.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>a tarefa %1 não pode ser cancelada: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>o provedor não respondeu ao pedido de cancelamento a tempo</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>o cancelamento não foi aceito: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>o provedor não cancelou a tarefa %1; ela continua no estado “%2”</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>A tarefa %1 terminou como “%2” antes de o cancelamento ter efeito.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>A tarefa %1 já havia terminado como “%2”.</translation>
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
%n tarefa</numerusform>
            <numerusform>%1 · %2
%3
%n tarefas</numerusform>
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
        <translation>Tarefas por estado</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>finalizadas (total)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>Finalizadas por minuto, últimos %1 minutos</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>Com falha, tempo esgotado ou perdidas</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>Espera na fila e tempo até o resultado</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>Espera na fila, mediana</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>Espera na fila, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>Tempo até o resultado, mediana</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>Tempo até o resultado, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Erros mais frequentes</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>tarefas com falha</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>Tarefas por estado

Amostragem a cada poucos segundos; o gráfico vai sendo preenchido com o tempo.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>Finalizadas por minuto

Nenhuma tarefa foi finalizada nos últimos %1 minutos.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>Espera na fila e tempo até o resultado

Ainda não há tarefa finalizada ou em execução para medir.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>Erros mais frequentes

Nenhuma tarefa com falha. Tudo tranquilo.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>Gráfico: tarefas por estado ao longo do tempo</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>Gráfico: tarefas finalizadas por minuto</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>Gráfico: espera na fila e tempo até o resultado por provedor</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>Gráfico: códigos de erro mais frequentes</translation>
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
        <translation>Procura novamente no provedor uma tarefa desconhecida ou perdida.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local da tarefa (de submit ou list).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>Se a tarefa ainda estiver ativa, acompanha-a até ela ser finalizada.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>a tarefa %1 não pode ser verificada: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>o provedor não respondeu a tempo</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>Uso: queuelens-cli &lt;comando&gt; [opções]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>Execute “queuelens-cli &lt;comando&gt; --help” para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Todos os comandos aceitam --lang &lt;código&gt; (por exemplo zh_CN ou ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>O idioma “%1” não está disponível; usando inglês. Disponíveis: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Erro: comando desconhecido “%1”.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1 em %2 (linha de comando)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>O perfil “%1” não indica nenhuma variável de ambiente para a chave de API; envie de novo com --key-env &lt;VAR&gt;.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>A chave de API de “%1” é lida da variável de ambiente %2, que não está definida ou está vazia. Defina-a ou indique outra variável com --key-env.</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>Lista todos os códigos de erro documentados com a respectiva explicação.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>Apenas este provedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Imprime um array JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma da interface, por exemplo zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>Categoria: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>Ação recomendada: %1</translation>
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
        <translation>Quando: %1</translation>
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
        <translation>não consta da documentação do provedor</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>O provedor informou: “%1”</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[resposta truncada]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>O envio não teve resposta clara</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>A requisição de envio não recebeu uma resposta utilizável; por isso, o provedor pode ou não ter criado a tarefa.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>Use “Verificar novamente” para procurar a tarefa primeiro. “Enviar mesmo assim” envia a tarefa outra vez; se o primeiro envio tiver chegado, isso cria uma duplicata que será cobrada duas vezes.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>O provedor não encontra mais esta tarefa</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>O provedor respondeu “não encontrada” várias vezes seguidas para uma tarefa que ele havia aceitado. Os provedores apagam tarefas antigas, e alguns as perdem ao reiniciar.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>Use “Verificar novamente” uma vez; se ela continuar perdida, tente novamente para executá-la outra vez.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>A tarefa passou do prazo</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>A tarefa não foi finalizada dentro do prazo do perfil; por isso, o QueueLens parou de esperar.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>Tente novamente ou, se este modelo for lento, aumente o prazo nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Tentar novamente em %n s</numerusform>
            <numerusform>Tentar novamente em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>Editar e reenviar…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>Abrir configurações do perfil…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>Enviar mesmo assim…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>O provedor pediu para aguardar antes de uma nova chamada.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Explicação do erro</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID da requisição:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>Copiar o ID da requisição (informe-o ao entrar em contato com o provedor)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copiar ID da requisição</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Resposta bruta</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>Resposta bruta do provedor</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 não informou nenhum código de erro; o QueueLens escolheu “%2” com base no estado da tarefa.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>A documentação de %1 não descreve o HTTP %2. O que esse status costuma significar: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 enviou o código “%2”, que não consta da documentação dele. A julgar pelo status HTTP %3: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sem código)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Erro não documentado “%1”</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 informou “%2”, que não consta da documentação dele. Parece um problema do tipo “%3”.</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>A mensagem do provedor foi: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>Tente novamente; esse tipo de falha costuma ser temporário.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>Aguarde um pouco e tente novamente. Se continuar acontecendo, reduza o número de tarefas simultâneas nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>Altere o prompt ou os parâmetros com “Editar e reenviar”; enviar a mesma requisição de novo vai falhar da mesma forma.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>Verifique com o provedor a chave de API, o plano e o saldo deste perfil e tente novamente.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>Use “Verificar novamente” para atualizar a tarefa a partir do provedor antes de tentar novamente, para que nenhuma tarefa duplicada seja criada.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>Não há o que tentar novamente: envie uma nova tarefa se ainda precisar do resultado.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>Entre em contato com o suporte do provedor informando o ID da requisição mostrado abaixo.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requisição inválida</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>O provedor recusou a requisição por estar malformada ou inválida e não enviou nenhum código de erro documentado. Normalmente falta um parâmetro, ele tem o tipo errado ou não é aceito pelo modelo.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>Procure pistas na resposta bruta e corrija os parâmetros com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Não autenticado</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>O provedor não aceitou as credenciais porque a chave de API está ausente, incorreta ou expirada.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>Verifique a chave de API nas configurações do perfil e substitua-a por uma chave válida obtida no site do provedor.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Pagamento necessário</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>O provedor exige pagamento antes de executar a requisição, normalmente porque o saldo ou os créditos da conta acabaram.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>Recarregue a conta no site do provedor e envie a tarefa de novo.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Acesso proibido</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>O provedor reconhece a chave, mas não permite esta requisição, por exemplo um modelo fora do plano ou uma ação que a chave não pode executar.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>Verifique as permissões e o plano da chave no site do provedor ou use outra chave nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>O provedor não tem nada no endereço solicitado: a URL base ou o caminho está errado, ou a tarefa ou o modelo não existe.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>Verifique a URL base nas configurações do perfil. Para uma tarefa existente, use “Verificar novamente”; se ela continuar não sendo encontrada, considere-a perdida.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método não permitido</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>O provedor não aceita este tipo de requisição HTTP neste endereço. Isso quase sempre significa que a URL base aponta para o serviço ou a versão de API errados.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>Compare a URL base nas configurações do perfil com a documentação do provedor e corrija-a.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tempo limite da requisição</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>O servidor parou de esperar pela requisição completa, muitas vezes por causa de uma conexão lenta ou instável ou de um corpo muito grande.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>Tente novamente após uma breve pausa. Se o erro se repetir, verifique a conexão de rede e reduza o tamanho da requisição.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Conflito com o estado atual</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>A requisição entra em conflito com o estado atual do recurso, por exemplo um cancelamento de uma tarefa que já foi finalizada.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>Use “Verificar novamente” para carregar o estado atual e então decida se a ação ainda é necessária.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>Recurso não está mais disponível</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>O provedor informa que o recurso existiu, mas foi removido definitivamente, como um resultado expirado ou uma tarefa excluída.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>A API não consegue recuperá-lo. Envie a tarefa de novo se ainda precisar do resultado e baixe os resultados logo que ficarem prontos.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requisição grande demais</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>O corpo da requisição é maior do que o provedor aceita, normalmente por causa de imagens ou vídeos incorporados a ele.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Use arquivos menores ou compactados, ou links em vez de dados incorporados, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>Tipo de conteúdo não suportado</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>O provedor não aceita o formato do corpo da requisição, por exemplo porque o cabeçalho Content-Type está ausente ou errado.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>Verifique se o perfil usa o tipo de provedor e a URL base corretos. Se ambos estiverem certos, relate isso como um bug do QueueLens.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>Não foi possível processar a requisição</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>A requisição estava bem formada, mas o provedor rejeitou o conteúdo, por exemplo um valor fora do intervalo permitido ou opções que não funcionam juntas.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>Localize na mensagem do provedor o campo com problema e corrija-o com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Requisições demais</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>O provedor limita quantas requisições ou tarefas simultâneas uma chave pode enviar, e esse limite foi atingido.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Aguarde o tempo que o provedor pede em Retry-After, ou um minuto se ele não indicar tempo, e tente novamente. Reduza o limite de simultaneidade ou aumente o intervalo de consulta nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>O cliente encerrou a requisição</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>O servidor registrou que o cliente fechou a conexão antes de a resposta ser enviada, por exemplo por causa de um tempo limite no cliente ou porque o QueueLens foi fechado.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>Se for um envio, use “Verificar novamente” antes de enviar de novo, pois a tarefa pode ter sido criada. As demais chamadas podem simplesmente ser repetidas.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erro interno do servidor</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>O servidor do provedor falhou ao processar a requisição. A causa está no provedor, não na requisição.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>Tente novamente após uma pausa que aumente a cada tentativa. Depois de um envio com falha, use “Verificar novamente” ou o site do provedor antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>Função não implementada</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>O provedor não oferece esta função neste endereço, por exemplo uma chamada de cancelamento ou de listagem que o serviço não disponibiliza.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>Verifique se a URL base e o tipo de provedor nas configurações do perfil estão corretos. Se estiverem, o provedor não tem esse recurso; peça-o a ele se precisar.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Gateway inválido</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>Um proxy ou gateway na frente do provedor recebeu uma resposta inválida do servidor por trás dele. Isso costuma durar pouco tempo.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>Tente novamente após uma breve pausa. Se um envio falhou desta forma, use “Verificar novamente” antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Serviço indisponível</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>No momento, o provedor não pode aceitar requisições por sobrecarga, manutenção ou falta de capacidade livre.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Tente novamente após o tempo indicado em Retry-After ou após alguns minutos.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Tempo limite do gateway</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>Um gateway na frente do provedor esperou demais pelo servidor por trás dele. A requisição pode ter sido executada mesmo assim.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>Tente novamente após uma pausa. Se for um envio, use “Verificar novamente” primeiro, porque a tarefa pode existir mesmo sem ter chegado resposta.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>O provedor demorou demais para responder (Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>O Cloudflare, que fica na frente do provedor, alcançou o servidor do provedor, mas não recebeu resposta dentro do tempo limite de cerca de 100 segundos. O trabalho ainda pode ser concluído no provedor.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>Não envie de novo imediatamente: use “Verificar novamente” ou o site do provedor para ver se a tarefa foi criada e só tente novamente se não tiver sido.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>Requisição rejeitada pelo provedor</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>O provedor respondeu com um status de erro do cliente que não tem uma entrada específica aqui. Algo na requisição, na chave ou na conta precisa mudar.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>Leia a resposta bruta nos detalhes do erro para saber o motivo e depois corrija a requisição com “Editar e reenviar” ou atualize as configurações do perfil.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>Erro no servidor do provedor</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>O provedor respondeu com um status de erro do servidor que não tem uma entrada específica aqui. O problema está do lado do provedor.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>Tente novamente após uma pausa que aumente a cada tentativa. Se persistir, verifique a página de status do provedor.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>O servidor na URL base recusou a conexão. O serviço pode estar fora do ar, ou o host ou a porta na URL base está errado.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>Verifique a URL base nas configurações do perfil, incluindo o número da porta, se houver. Se estiver correta, tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Nome de host não encontrado</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>Não foi possível resolver o nome de host da URL base para um endereço. Ele pode estar digitado errado, ou o servidor DNS está inacessível.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>Verifique a grafia do host nas configurações do perfil e se outros sites abrem. Tente novamente quando a rede estiver funcionando.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>Nenhum dado recebido a tempo</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>Nenhum dado trafegou em nenhuma direção por mais tempo que o tempo limite de transferência. O servidor pode estar sobrecarregado, ou um firewall pode estar descartando o tráfego.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>Tente novamente após uma pausa. Se for um envio, use “Verificar novamente” antes de enviar de novo, porque o provedor pode ter criado a tarefa.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>Conexão encerrada antes da resposta completa</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>O servidor ou um proxy fechou a conexão antes de a resposta inteira chegar. Reinicializações do lado do provedor e redes instáveis causam isso.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>Repita a chamada. Se foi um envio, use “Verificar novamente” primeiro para que a tarefa não seja criada duas vezes.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>Não foi possível estabelecer ou verificar a conexão criptografada (TLS) com o provedor. Causas comuns são o relógio do sistema errado, um proxy ou antivírus que intercepta HTTPS ou um certificado do servidor expirado.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>Verifique a data e a hora do computador e qualquer inspeção de HTTPS feita por proxy ou antivírus. Se estiver tudo certo, tente novamente mais tarde; o provedor pode estar renovando o certificado.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Falha no proxy</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>O servidor proxy configurado neste computador recusou a conexão, pediu login ou não conseguiu alcançar o provedor.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>Verifique as configurações de proxy do sistema e as credenciais do proxy, ou tente sem o proxy. Tente novamente quando o proxy estiver funcionando.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>O computador está off-line</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>O computador não tem uma conexão de rede funcionando; por isso, a requisição não pôde ser enviada. Nada chegou ao provedor.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>Reconecte-se à rede. O QueueLens pode continuar assim que a conexão voltar.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>A resposta não é um JSON válido</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>O provedor informou sucesso, mas o corpo não é o JSON que o QueueLens espera. Muitas vezes é uma página HTML de um proxy, de um portal de login ou um aviso de manutenção.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>Tente novamente após uma pausa. Se persistir, abra a URL base em um navegador para ver o que responde e verifique as configurações do perfil.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Resposta vazia</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>O provedor respondeu sem corpo onde o QueueLens precisa de dados, como um ID de tarefa ou um status.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>Tente novamente após uma pausa. Se um envio recebeu uma resposta vazia, procure a tarefa no site do provedor antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>Resposta maior que o permitido</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>O corpo da resposta era maior que o limite de tamanho que o QueueLens aplica; por isso, não foi lido. Uma causa comum é uma URL base que aponta para um arquivo ou uma página web grande.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>Verifique a URL base nas configurações do perfil. Se estiver correta, o provedor enviou muito mais dados do que o protocolo dele permite; informe isso ao provedor com o ID da tarefa.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>Faltam campos esperados na resposta</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>O provedor enviou um JSON válido, mas sem os campos que o protocolo dele promete, como um ID de tarefa ou um status. O provedor pode ter mudado a API, ou o perfil aponta para outro tipo de serviço.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>Verifique se o tipo de provedor e a URL base nas configurações do perfil correspondem ao serviço. Se corresponderem, envie a resposta bruta aos mantenedores do QueueLens.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>Resultado do envio desconhecido</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>O envio não teve resposta clara, por exemplo porque a conexão caiu ou excedeu o tempo limite; por isso, pode ou não existir uma tarefa no provedor. Enviar de novo às cegas pode criar uma segunda tarefa, que também será cobrada.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>Use “Verificar novamente” primeiro ou consulte o site do provedor. Use “Enviar mesmo assim” só quando tiver certeza de que nenhuma tarefa foi criada.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>O provedor não reconhece mais a tarefa</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>O provedor já havia informado esta tarefa, mas agora responde que ela não existe. Ela pode ter expirado ou sido excluída, ou a chave do perfil mudou.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>Verifique se o perfil ainda usa a chave com que a tarefa foi criada e depois use “Verificar novamente”. Se ela continuar desconhecida, envie a tarefa de novo caso ainda precise do resultado.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>A tarefa ultrapassou o prazo do perfil</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>A tarefa não foi finalizada dentro do prazo definido no perfil; por isso, o QueueLens parou de esperar por ela. O provedor ainda pode concluí-la.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>Use “Verificar novamente” para ver se ela foi finalizada depois. Aumente o prazo nas configurações do perfil para modelos lentos, como os de vídeos longos.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>O provedor não permite cancelar tarefas</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>Este provedor não tem API para cancelar uma tarefa; por isso, o QueueLens não consegue interrompê-la. A tarefa continua em execução e ainda pode ser cobrada.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>Deixe a tarefa terminar ou interrompa-a no site do provedor, se ele oferecer essa opção.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>Nenhuma chave de API definida para este perfil</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>O QueueLens não encontrou nenhuma chave de API para este perfil; por isso, nada foi enviado. A chave pode nunca ter sido informada, ou o chaveiro do sistema que a armazena está bloqueado ou indisponível.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>Informe a chave de API nas configurações do perfil. Se a chave já tiver sido salva antes, desbloqueie o chaveiro do sistema e tente de novo.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erro desconhecido</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>Ocorreu um erro que nem a documentação do provedor nem o QueueLens conseguem classificar. A resposta bruta nos detalhes do erro pode dizer mais.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>Use “Verificar novamente” para ver o estado real da tarefa antes de tentar novamente ou enviar de novo.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>A FoxAPI rejeitou a requisição por ser inválida</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>A FoxAPI não pôde aceitar a requisição: falta um campo obrigatório, um valor tem o tipo errado ou o corpo JSON está corrompido. A mensagem de erro costuma indicar o campo.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>Corrija os parâmetros indicados na mensagem do provedor com “Editar e reenviar”. Compare o nome do modelo e as opções com a página da FoxAPI sobre esse modelo.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>Chave de API da FoxAPI inválida ou ausente</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>A FoxAPI não aceitou o token Bearer porque a chave está ausente, digitada errado, expirada ou excluída. As chaves da FoxAPI normalmente começam com sk-.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>Copie de novo a chave do painel da FoxAPI para as configurações do perfil. Crie uma nova chave se a antiga tiver sido removida.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>Saldo da FoxAPI insuficiente</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>A conta da FoxAPI não tem saldo suficiente para esta tarefa; por isso, ela não foi iniciada. O preço depende do modelo, da duração e do número de saídas.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>Recarregue a conta da FoxAPI e envie a tarefa de novo sem alterações. Para gastar menos por tarefa, escolha um modelo mais barato ou menos saídas.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>A chave da FoxAPI não tem permissão</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>A chave é válida, mas não pode executar esta operação ou usar este modelo. No painel da FoxAPI, as chaves podem ser restritas a determinados modelos ou recursos.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>Verifique as permissões e os modelos permitidos da chave no painel da FoxAPI ou defina nas configurações do perfil uma chave com acesso mais amplo.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>Endpoint ou tarefa da FoxAPI não encontrado</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>A FoxAPI respondeu que não existe nada neste endereço. Ou a URL base ou o caminho está errado, ou o ID da tarefa é desconhecido, por exemplo porque pertence a outra conta.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>Verifique se a URL base nas configurações do perfil é https://api.foxapi.cc. Para uma tarefa, use “Verificar novamente”; uma tarefa que continua desconhecida está perdida.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>Limite de requisições da FoxAPI atingido</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>A FoxAPI limita as requisições por chave de API, e esta chave enviou requisições demais em pouco tempo. Consultas de status frequentes contam para o mesmo limite.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Aguarde o período indicado no cabeçalho Retry-After e tente novamente. Aumente o intervalo de consulta ou reduza o limite de simultaneidade nas configurações do perfil; peça ao suporte da FoxAPI se precisar de um limite maior.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>Erro no servidor da FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>A FoxAPI encontrou uma falha inesperada ao processar a requisição. A requisição em si normalmente está correta.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>Tente novamente após uma pausa e dobre a pausa a cada falha. Depois de um envio com falha, procure no painel da FoxAPI uma tarefa que tenha sido criada mesmo assim antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>A requisição está malformada ou incompleta</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>A FoxAPI classificou o erro como requisição inválida: não foi possível interpretar o corpo, falta um parâmetro obrigatório ou um valor está fora do que o modelo aceita.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>Corrija o campo indicado na mensagem do provedor com “Editar e reenviar”. Enviar a mesma requisição de novo vai falhar da mesma forma.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>A FoxAPI não conseguiu autenticar a chave</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>O tipo de erro indica que a chave de API está ausente, inválida ou expirada. A FoxAPI espera a chave em um cabeçalho Authorization com o esquema Bearer.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>Informe uma chave válida nas configurações do perfil. Se a chave tiver expirado, crie uma nova no painel da FoxAPI.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>Operação não permitida para esta chave da FoxAPI</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>A chave de API é reconhecida, mas não tem permissão para isso, por exemplo para usar um modelo ou recurso restrito.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>Conceda acesso à chave no painel da FoxAPI ou troque o perfil para uma chave que tenha esse acesso. Caso contrário, escolha um modelo que a chave possa usar.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>Recurso da FoxAPI não encontrado</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>O modelo, a tarefa ou o endpoint indicado na requisição não existe para esta conta. IDs de tarefa de outra conta e nomes de modelo digitados errado também geram este tipo de erro.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>Verifique o nome do modelo e a URL base nas configurações do perfil. Para uma tarefa, use “Verificar novamente”; se ela continuar não sendo encontrada, considere-a perdida.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>Taxa de requisições à FoxAPI alta demais</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>O tipo de erro indica que a chave enviou mais requisições na janela de tempo atual do que a FoxAPI permite.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>Aguarde o período de Retry-After antes da próxima requisição. Espace os envios reduzindo o limite de simultaneidade nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>Falha inesperada no servidor da FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>A FoxAPI informou um erro interno que não foi causado pelo conteúdo da requisição.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>Tente novamente com pausas crescentes. Se continuar falhando por vários minutos, entre em contato com o suporte da FoxAPI informando o horário e o ID da tarefa.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>Modelo temporariamente indisponível na FoxAPI</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>Não foi possível acessar o modelo solicitado quando a tarefa deveria ser executada, normalmente porque a empresa responsável pelo modelo está sobrecarregada ou em manutenção. A tarefa falhou sem gerar resultado.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>Envie a tarefa de novo daqui a alguns minutos. Se o modelo continuar indisponível, escolha um modelo semelhante com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>Conteúdo rejeitado pelas regras de segurança da FoxAPI</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>O prompt ou uma imagem de entrada foi considerado contrário à política de conteúdo, por exemplo por mostrar pessoas reais, figuras públicas ou temas inadequados. A mensagem do provedor costuma informar o motivo.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>Altere o prompt ou substitua a imagem para que atenda à política e depois use “Editar e reenviar”. A entrada sem alterações será rejeitada de novo.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>A geração na FoxAPI falhou</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>O modelo começou o trabalho, mas não produziu resultado. Pode ser uma falha passageira ou um prompt que o modelo não consegue processar.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>Envie a tarefa de novo. Se falhar uma segunda vez, simplifique ou reformule o prompt com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>A tarefa da FoxAPI excedeu o tempo limite</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>A tarefa foi executada por mais tempo do que a FoxAPI permite e foi interrompida. Configurações exigentes, como durações longas ou resoluções altas, tornam isso mais provável.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>Tente novamente mais tarde. Se exceder o tempo limite de novo, use uma duração menor, uma resolução mais baixa ou menos saídas com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>A FoxAPI não conseguiu obter a URL da imagem</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>A FoxAPI não conseguiu baixar uma URL de imagem informada na requisição. O link pode ser privado, ter expirado, exigir login ou bloquear downloads automatizados.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>Teste a URL em uma janela anônima do navegador. Use um link público e direto para o arquivo de imagem e envie de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>Arquivo de entrada grande demais para a FoxAPI</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>Um arquivo enviado ou vinculado é maior do que a FoxAPI ou o modelo selecionado aceita.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>Compacte ou reduza o arquivo, ou encurte o clipe, e envie de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>Formato do arquivo de entrada não suportado</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>Um arquivo da requisição está em um formato que o modelo não consegue ler, por exemplo um tipo de imagem incomum ou um codec de vídeo.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>Converta o arquivo para um formato comum, como PNG ou JPEG para imagens ou MP4 para vídeo, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>Os parâmetros da tarefa não servem para o modelo</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>A tarefa foi criada, mas falhou porque um ou mais parâmetros não servem para o modelo, como um tamanho, uma proporção ou uma duração não suportados.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>Confira a mensagem do provedor e as opções que o modelo documenta e depois corrija os valores com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>Não foi possível processar a imagem de entrada</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>O modelo não conseguiu trabalhar com uma imagem de entrada, por exemplo porque o arquivo está corrompido, é pequeno demais ou as dimensões dele não correspondem à saída solicitada.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>Use outra imagem ou exporte-a de novo em formato e tamanho padrão e depois envie com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>A tarefa da FoxAPI foi cancelada</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>A tarefa terminou porque foi cancelada, seja a pedido, seja pela própria FoxAPI. Nenhum resultado foi produzido.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>Se você não cancelou a tarefa, envie-a de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>A geração ficou sem tempo</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>O modelo não terminou dentro do tempo de processamento que a FoxAPI concede a uma tarefa, muitas vezes porque estava sob carga pesada.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>Tente novamente mais tarde. Se acontecer de novo, reduza a duração ou a resolução com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>Capacidade upstream temporariamente esgotada</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>O serviço por trás da FoxAPI está sem capacidade livre para este modelo no momento. Nem a requisição nem a conta têm culpa.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>Aguarde alguns minutos e envie de novo. Use outro modelo se não puder esperar.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>Limite de requisições ou de uso da FoxAPI excedido</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>A tarefa falhou porque a conta ultrapassou um limite de requisições ou de uso no momento em que a tarefa ia ser executada.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>Aguarde antes de enviar de novo e reduza o limite de simultaneidade nas configurações do perfil. Se o limite for baixo demais para o seu trabalho, peça à FoxAPI para aumentá-lo.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>Serviço da FoxAPI temporariamente indisponível</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>O serviço que executa este modelo estava fora do ar ou sobrecarregado quando a tarefa foi processada. Essas interrupções costumam terminar sem que você precise fazer nada.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>Envie a tarefa de novo daqui a alguns minutos.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>ID de tarefa da FoxAPI inválido ou expirado</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>A FoxAPI não reconhece mais esta tarefa: o ID está errado ou o registro da tarefa expirou. A FoxAPI guarda os resultados só por tempo limitado (os links de saída valem 24 horas).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>Use “Verificar novamente” uma vez para confirmar. Se a tarefa continuar não sendo encontrada, considere-a perdida e envie-a de novo se ainda precisar do resultado.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>Falha não classificada da FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>A FoxAPI informou uma falha que não conseguiu atribuir a nenhuma classe conhecida. A mensagem do provedor pode trazer mais detalhes.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>Envie a tarefa mais uma vez. Se o mesmo erro voltar, entre em contato com o suporte da FoxAPI informando o ID da tarefa e a mensagem do provedor.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>A LLMAPI rejeitou a requisição</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>O corpo da requisição não é um JSON válido, um parâmetro tem o tipo errado ou a plataforma do grupo da chave não corresponde ao endpoint chamado.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>Corrija a requisição conforme a mensagem e use “Editar e reenviar”. Se a mensagem mencionar a plataforma ou o grupo, use uma chave de um grupo feito para tarefas de imagem.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>Chave da LLMAPI ausente ou inválida</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>A LLMAPI não aceitou a chave Bearer. Ela pode estar digitada errado, ter sido excluída ou nem ter sido enviada.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>Informe uma chave válida nas configurações do perfil. Tarefas de imagem assíncronas precisam de uma chave vinculada a um grupo de lote de imagens.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>A LLMAPI recusou a requisição</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>A LLMAPI nega o acesso por um de vários motivos: o saldo é insuficiente, a geração de imagens está desativada para a chave ou a moderação de conteúdo bloqueou a requisição. A mensagem diz qual deles.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>Leia a mensagem e então recarregue o saldo, peça ao operador que ative a geração de imagens para a chave ou reescreva o prompt se a moderação o bloqueou.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>Endpoint não disponível para o grupo desta chave</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>O caminho não existe, ou a plataforma do grupo da chave não o oferece, por exemplo um endpoint de imagem da OpenAI chamado com uma chave de um grupo que não é da OpenAI.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>Verifique se a URL base nas configurações do perfil é https://llmapi.site e se a chave pertence a um grupo que oferece tarefas de imagem.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>Conflito de estado da tarefa na LLMAPI</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>A requisição entra em conflito com o estado atual da tarefa; na maioria das vezes, é um cancelamento de uma tarefa que já foi finalizada.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>Use “Verificar novamente” para carregar o estado atual da tarefa antes de fazer qualquer outra coisa.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>Corpo da requisição grande demais para a LLMAPI</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>A requisição é maior que o limite de tamanho de corpo configurado no servidor, normalmente por causa de imagens grandes incorporadas.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Reduza ou compacte as imagens de entrada, ou envie links de imagens em vez de dados incorporados, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>Limite de capacidade da LLMAPI atingido</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>Foi atingido um limite de simultaneidade, de fila de espera, de fila de tarefas ou de conta upstream. Esses limites valem por usuário e por chave.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Tente novamente com pausas crescentes e respeite o Retry-After, se ele for enviado. Reduza o limite de simultaneidade nas configurações do perfil para que menos tarefas esperem ao mesmo tempo.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>Erro interno da LLMAPI</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>A LLMAPI falhou inesperadamente ao processar a chamada.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>Tente novamente com pausas crescentes. Depois de um envio de tarefa de imagem com falha, use “Verificar novamente” ou a lista de tarefas antes de enviar de novo, para evitar uma tarefa duplicada.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>A conta upstream da LLMAPI retornou um erro</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>A plataforma ou conta upstream para a qual a LLMAPI encaminha a chamada respondeu com um erro; por isso, a LLMAPI não conseguiu concluir a chamada.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>Tente novamente após uma pausa; a LLMAPI pode usar outra conta upstream. Se persistir, entre em contato com o operador da LLMAPI.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>Serviço da LLMAPI indisponível</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>O serviço não pode aceitar a requisição agora: as tarefas assíncronas podem estar desativadas, o armazenamento de resultados pode não estar configurado ou não há nenhuma conta upstream livre.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>Tente novamente daqui a alguns minutos. Se a mensagem disser que as tarefas ou o armazenamento estão desativados, entre em contato com o operador, porque esperar não vai resolver.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>A LLMAPI ou o upstream dela excedeu o tempo limite</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>O upstream ou a execução da tarefa demorou mais do que o servidor permite. Uma tarefa de imagem pode ter sido criada mesmo assim.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>Tente novamente após uma pausa. Para envios de tarefas de imagem, use primeiro “Verificar novamente” ou a lista de tarefas, para que nenhuma tarefa duplicada seja criada.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>Requisição inválida para a LLMAPI</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>A requisição não tem a estrutura que este endpoint espera, por exemplo um corpo vazio, um JSON corrompido ou um campo com o tipo errado. A mensagem indica o problema exato.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>Corrija a requisição conforme descrito na mensagem e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>Recurso da LLMAPI não encontrado</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>O endpoint ou recurso chamado não está disponível, normalmente porque a plataforma do grupo da chave não o oferece.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>Use uma chave de um grupo compatível com o endpoint, como um grupo de lote de imagens para tarefas de imagem assíncronas, e defina-a nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>As tarefas de imagem assíncronas estão desativadas</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>O servidor da LLMAPI está com as tarefas de imagem assíncronas desativadas na configuração; nenhuma tarefa pode ser criada até que o operador as ative.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>Entre em contato com o operador da LLMAPI. Tentar novamente não adianta enquanto o recurso não for ativado.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>Armazenamento de resultados da LLMAPI indisponível</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>As tarefas de imagem assíncronas guardam os resultados em um armazenamento de objetos (OSS ou S3), e esse armazenamento não está configurado ou está inacessível. Nenhuma tarefa foi aceita.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>Tente novamente daqui a alguns minutos. Se persistir, fale com o operador da LLMAPI sobre a configuração do armazenamento.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>A requisição da tarefa de imagem é inválida</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>O corpo da tarefa de imagem não é aceitável, por exemplo porque o prompt está vazio ou um campo tem o tipo errado. A mensagem indica o problema.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>Corrija o campo indicado na mensagem (um prompt não vazio é sempre obrigatório) e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>O modelo não é um modelo de imagem suportado</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>O modelo indicado na tarefa não é um modelo de imagem aceito pela API de tarefas assíncronas da LLMAPI, ou não faz parte do grupo de imagens da chave.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>Escolha um modelo de imagem suportado, como gpt-image-2 ou o nome de um modelo de imagem oficial do Gemini, com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>Recurso indisponível para tarefas de imagem assíncronas</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>A tarefa usa algo que a API assíncrona não oferece, como upload multipart ou stream definido como true.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>Envie um corpo JSON simples com stream definido como false e remova as opções não suportadas com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>Chaves de assinatura não podem executar tarefas de imagem</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>A chave é cobrada por meio de uma assinatura, mas no momento as tarefas de imagem assíncronas só podem ser pagas com o saldo da conta. A requisição não entrou na fila.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>Defina nas configurações do perfil uma chave cobrada pelo saldo da conta.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>Saldo insuficiente para reservar a tarefa de imagem</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>A LLMAPI reserva o custo de uma tarefa no momento do envio, e o saldo não cobre essa reserva. O valor aumenta com o número e o tamanho das imagens.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>Recarregue o saldo da LLMAPI ou peça menos imagens, ou imagens menores, e envie de novo.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>Limite da fila de tarefas de imagem atingido</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>O usuário ou a chave já tem o máximo permitido de tarefas na fila, ou n pede mais imagens do que uma tarefa pode produzir.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>Aguarde as tarefas na fila terminarem antes de tentar novamente e reduza o limite de simultaneidade nas configurações do perfil. Se n for alto, peça menos imagens por tarefa com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>A tarefa já foi finalizada; não há o que cancelar</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>O cancelamento chegou depois que a tarefa já havia sido concluída com sucesso, falhado, excedido o tempo limite ou sido cancelada. Isso, por si só, não é um erro.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>Use “Verificar novamente” para carregar o estado final e o resultado, se houver.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>Tarefa de imagem da LLMAPI não encontrada</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>Não existe nenhuma tarefa com este ID, ou ela pertence a outra chave de API; a LLMAPI trata as tarefas de outras chaves como não encontradas.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>Verifique se o perfil usa a chave que criou a tarefa e depois use “Verificar novamente”. Se ela continuar não sendo encontrada, considere a tarefa perdida.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>Endpoint de imagem não oferecido para o grupo desta chave</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>A chave pertence a um grupo cuja plataforma não é a OpenAI; por isso, o endpoint de imagem da OpenAI não está disponível para ela.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>Troque o perfil para uma chave de um grupo OpenAI ou de lote de imagens, ou chame um endpoint compatível com a plataforma da chave.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>Contagem de tokens não oferecida para o grupo desta chave</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>O endpoint de contagem de tokens não está disponível para chaves de um grupo OpenAI, e foi usada uma chave desse tipo.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>Não use a contagem de tokens com esta chave ou use uma chave de um grupo que ofereça esse recurso.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>A chave não pertence a um grupo Gemini</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Um caminho nativo do Gemini foi chamado com uma chave cujo grupo não é da plataforma Gemini. A LLMAPI vincula cada chave a uma única plataforma.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Use uma chave de um grupo Gemini para os caminhos nativos do Gemini ou use o endpoint de tarefas compatível com OpenAI com a chave atual.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>O corpo da requisição estava vazio</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>A LLMAPI recebeu uma requisição sem corpo. Uma falha no cliente ou um proxy que remove o corpo podem causar isso.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>Verifique os parâmetros da requisição em “Editar e reenviar”. Se estiverem preenchidos, verifique as configurações de proxy e relate isso como um bug do QueueLens.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>A tarefa de imagem da LLMAPI falhou</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>A tarefa terminou com falha. A LLMAPI nunca tenta novamente por conta própria uma tarefa com falha; por isso, ela continua com falha.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>Envie a tarefa de novo após uma pausa. Se falhar outra vez, altere o prompt ou as configurações com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>A tarefa de imagem da LLMAPI excedeu o tempo limite</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>A tarefa não terminou dentro do tempo limite de execução da LLMAPI, e o servidor não vai executá-la de novo por conta própria.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>Envie de novo mais tarde. Imagens menores ou menos imagens por tarefa terminam mais rápido.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>A tarefa de imagem da LLMAPI foi cancelada</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>A tarefa foi cancelada antes de terminar, pelo QueueLens ou por outro cliente que usa a mesma chave.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>Se o cancelamento foi intencional, não há nada a fazer; caso contrário, use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>A tarefa de imagem da LLMAPI falhou no upstream</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>A tarefa falhou depois de chegar ao modelo: o upstream respondeu sem imagem, ou as imagens não puderam ser armazenadas após a geração (que talvez já tenha sido cobrada). A mensagem diz qual foi o caso.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>Leia a mensagem primeiro. Se nenhuma imagem foi produzida, envie de novo após uma pausa ou reformule o prompt com “Editar e reenviar”. Se o armazenamento falhou, verifique o consumo da conta antes de enviar de novo.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>O gateway rejeitou a requisição por ser inválida</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>O gateway new-api ou o canal por trás dele encontrou parâmetros ausentes ou malformados. Nas rotas de tarefas, um ID de tarefa desconhecido também volta como 400, com o código task_not_exist.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>Leia o código e a mensagem de erro e depois corrija a requisição com “Editar e reenviar”. Se o código for task_not_exist, o problema está no ID da tarefa, não nos parâmetros.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>Chave do gateway ausente ou incorreta</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>O gateway new-api não encontrou nenhum token válido no cabeçalho Authorization. Nesse caso o código de erro costuma vir vazio, e só o status mostra que é um problema de chave.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>Informe de novo a chave do gateway (normalmente começa com sk-) nas configurações do perfil. Se a chave tiver sido excluída no painel do gateway, crie uma nova.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>Chave do gateway revogada ou sem acesso ao modelo</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>A chave foi reconhecida, mas está desativada, esgotada ou não tem permissão para usar este modelo. Os gateways new-api vinculam cada chave a uma cota e a um grupo de modelos.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>Verifique no painel do gateway se a chave está ativada, se ainda tem cota e se o grupo dela inclui este modelo. Atualize a chave nas configurações do perfil se trocá-la.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>O caminho ou o modelo não existe no gateway</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>O gateway não tem essa rota ou não conhece o modelo. Muitos gateways new-api nem ativam as rotas de tarefas assíncronas de vídeo e imagem.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>Verifique a URL base nas configurações do perfil e o nome do modelo. Pergunte ao operador do gateway se as rotas de tarefas estão ativadas para a sua chave.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>Limite de requisições do gateway atingido</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>O gateway limita as requisições por chave e grupo de modelos, e esta chave ultrapassou o limite; a mensagem pode estar em chinês. A new-api não envia o cabeçalho Retry-After; por isso, o tempo de espera necessário é desconhecido.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>Aguarde pelo menos um minuto antes de tentar novamente, e mais tempo após recusas repetidas. Reduza o limite de simultaneidade e aumente o intervalo de consulta nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>Erro no servidor do gateway ou do upstream</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>O gateway ou o canal por trás dele falhou com um status 5xx. A new-api também responde a alguns problemas do lado do cliente com 500; por isso, o código de erro, se houver, é mais confiável que o status.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>Tente novamente após uma pausa. Depois de um envio com falha, verifique o registro de consumo no painel do gateway antes de enviar de novo, para que a tarefa não seja cobrada duas vezes.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>O gateway considerou os parâmetros da requisição inválidos</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>A new-api não conseguiu usar os parâmetros como foram enviados. Ela costuma retornar este código com HTTP 500 mesmo quando o erro está na requisição; por isso, enviá-la de novo sem alterações não adianta.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>Compare os parâmetros com a documentação da API do gateway e corrija-os com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>O corpo da requisição não é um JSON válido</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>O gateway não conseguiu decodificar o corpo da requisição, normalmente por causa de um JSON corrompido ou de um campo com o tipo errado, como texto onde se espera um número.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>Procure erros de sintaxe e tipos de campo errados nos parâmetros com “Editar e reenviar” e depois envie de novo.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>O gateway não conseguiu ler o corpo da requisição</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>O gateway falhou ao ler o corpo, por exemplo porque ele estava truncado, era maior do que o gateway permite ou foi enviado com um Content-Type errado. Este código vem com o status 400 ou 413.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>Reduza a requisição (menos imagens ou imagens menores, links em vez de dados incorporados) e envie de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>O gateway não conseguiu converter a requisição</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>A new-api converte cada requisição para o formato do provedor upstream, e essa etapa falhou porque os parâmetros não correspondem ao que o formato de API escolhido espera.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>Use apenas os parâmetros que o gateway documenta para este modelo, remova extras específicos do provedor e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>O gateway encontrou palavras bloqueadas no prompt</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>O filtro de palavras do próprio gateway encontrou termos no prompt e interrompeu a requisição antes que ela chegasse a qualquer modelo. O operador do gateway decide quais palavras são bloqueadas.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>Reformule o prompt para evitar os termos sinalizados e use “Editar e reenviar”. Pergunte ao operador do gateway se você acha que a correspondência está errada.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>O prompt foi bloqueado</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>Uma verificação de conteúdo, do gateway ou do provedor upstream, recusou o prompt. A tarefa não foi executada.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Reescreva o prompt para que ele siga claramente as regras de conteúdo do provedor e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>O gateway negou o acesso</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>A chave, o usuário dela ou o grupo dela não pode fazer esta chamada, por exemplo porque o grupo exclui este modelo, o usuário está desativado ou a chave só funciona a partir de determinados endereços IP.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>Verifique o grupo, os modelos permitidos e as restrições de IP da chave no painel do gateway ou pergunte ao operador do gateway. Atualize as configurações do perfil se trocar de chave.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>Modelo não disponível neste gateway</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>Nenhum canal do grupo da sua chave atende este modelo, ou o nome está digitado errado. A new-api costuma enviar isso com HTTP 503, o que parece uma indisponibilidade, mas não é.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>Confira o nome exato do modelo na lista de modelos do gateway para o seu plano e grupo e depois use “Editar e reenviar”. Peça ao operador que adicione o modelo ao seu grupo se precisar dele.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>Formato de requisição não suportado pelo canal</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>O canal que atende este modelo não aceita o tipo de requisição enviado, por exemplo uma rota de tarefas em um canal que só processa chat.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>Use um modelo que o gateway ofereça para este tipo de tarefa ou pergunte ao operador qual formato de requisição o canal aceita.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>O gateway não encontrou canal para a requisição</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>O gateway não conseguiu escolher um canal upstream para este modelo e grupo, normalmente porque todos os canais correspondentes estão desativados ou ocupados no momento.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>Tente novamente daqui a alguns minutos. Se persistir, entre em contato com o operador do gateway: o modelo pode não ter nenhum canal funcionando.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>O canal do gateway não tem chave utilizável</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>O canal upstream não tem, no momento, nenhuma chave de provedor que possa usar, por exemplo porque todas estão limitadas por excesso de requisições ou desativadas. O problema está do lado do gateway.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>Tente novamente mais tarde. Se continuar acontecendo, avise o operador do gateway que o canal ficou sem chaves upstream.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>A chave upstream do gateway é inválida</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>O provedor upstream rejeitou a chave que o gateway usa para este canal. A sua chave está correta; só o operador do gateway pode substituir a dele.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>Entre em contato com o operador do gateway informando o horário e o ID da requisição que aparece na mensagem. Novas tentativas vão falhar até que o canal seja corrigido.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>O mapeamento de modelos do gateway está quebrado</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>O gateway mapeia o nome de modelo solicitado para um modelo upstream, e esse mapeamento é inválido na configuração do canal.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>Entre em contato com o operador do gateway e informe o modelo que você usou. Enquanto isso não for corrigido, use outro modelo, se houver.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>O upstream respondeu devagar demais</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>O canal upstream não respondeu dentro do tempo limite definido pelo gateway. Requisições grandes e provedores sobrecarregados são a causa habitual.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>Tente novamente após uma breve pausa; o gateway pode escolher outro canal. Se o erro se repetir, reduza a requisição, por exemplo com menos saídas ou uma duração menor.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>Cota do gateway esgotada</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>A sua conta no gateway não tem cota suficiente para pagar esta requisição. Os gateways costumam enviar isso com HTTP 403.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>Recarregue a conta no painel do gateway e envie de novo.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>O gateway não conseguiu reservar cota para a requisição</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>Antes de executar uma requisição, a new-api reserva o custo estimado dela na cota da chave. A reserva falhou, normalmente porque o limite de cota da própria chave é menor que a estimativa.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>Aumente ou remova o limite de cota desta chave, ou recarregue a conta no painel do gateway, e tente novamente.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>O gateway não tem preço para este modelo</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>O gateway não consegue cobrar a requisição porque nenhum preço ou multiplicador está configurado para o modelo. É uma lacuna de configuração do lado do gateway.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>Informe ao operador do gateway qual modelo falhou para que ele defina o preço. Enquanto isso, use outro modelo.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>O gateway não conseguiu medir a requisição</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>A new-api estima o tamanho de cada requisição antes de cobrá-la, e a estimativa falhou. Isso costuma acontecer quando uma imagem da entrada não pode ser baixada ou lida.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>Verifique se todas as URLs de imagem são públicas e válidas e depois use “Editar e reenviar”. Se a entrada estiver correta, tente novamente uma vez e depois entre em contato com o operador.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>O gateway não conseguiu alcançar o upstream</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>A chamada do gateway ao provedor upstream falhou no nível da rede, por exemplo porque a conexão foi recusada ou caiu.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>Tente novamente após uma breve pausa; o gateway pode encaminhar a próxima tentativa por outro canal.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>O upstream retornou uma resposta inutilizável</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>O provedor upstream respondeu, mas o gateway não conseguiu interpretar a resposta. Isso indica uma falha ou uma mudança de formato do lado do upstream.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>Tente novamente após uma pausa. Se continuar falhando, entre em contato com o operador do gateway informando o ID da requisição.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>O upstream respondeu com um status de erro</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>O provedor upstream retornou um erro HTTP, e o gateway o repassou com este código. A mensagem costuma trazer a explicação do próprio upstream.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>Leia a mensagem primeiro: se ela descrever um problema com a sua entrada, corrija-o com “Editar e reenviar”. Caso contrário, tente novamente após uma pausa ou entre em contato com o operador.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>O upstream enviou uma resposta vazia</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>O provedor upstream encerrou a resposta sem nenhum conteúdo. Respostas em streaming lentas que atingem um tempo limite podem terminar assim.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>Tente novamente. Se continuar acontecendo, peça ao operador do gateway que aumente o tempo limite de streaming.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>O gateway perdeu a resposta do upstream</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>A conexão com o upstream caiu enquanto o gateway lia a resposta; por isso, a resposta está incompleta.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>Repita a chamada. Depois de um envio com falha, aguarde um pouco e verifique o registro de consumo do gateway antes de enviar de novo, porque o upstream pode ter criado a tarefa.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>O gateway não conseguiu codificar os dados</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>O gateway falhou ao converter uma requisição ou uma resposta em JSON. É uma falha interna do software do gateway.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>Tente novamente uma vez. Se o erro se repetir, informe-o ao operador do gateway com o ID da requisição.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>Falha de leitura no banco de dados do gateway</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>O gateway não conseguiu ler do banco de dados dele informações de que precisa, como a sua chave, o seu usuário ou o registro da tarefa.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>Tente novamente após uma breve pausa. Se o erro persistir, o problema está no próprio gateway; entre em contato com o operador dele.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>Falha de gravação no banco de dados do gateway</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>O gateway não conseguiu salvar dados, como o registro de uma nova tarefa ou uma alteração de cota. Após um envio, a tarefa upstream pode existir mesmo que o gateway não a tenha registrado.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>Repita as consultas de status após uma pausa. Antes de enviar de novo, procure uma cobrança no registro de consumo do gateway e entre em contato com o operador se você tiver sido cobrado.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>O gateway não reconhece este ID de tarefa</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>O gateway não tem nenhuma tarefa com este ID para a sua chave. A new-api envia isso com HTTP 400 em vez de 404; por isso, pode parecer um erro de entrada.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>Use “Verificar novamente” uma vez para descartar um atraso. Se a tarefa continuar desconhecida, verifique se o perfil ainda usa a chave que a criou; caso contrário, considere a tarefa perdida.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>Requisições simultâneas demais para esta chave</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>O gateway limita quantas requisições uma chave pode ter em execução ao mesmo tempo, e esta chave atingiu esse limite.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Aguarde as requisições em execução terminarem e tente novamente. Reduza o limite de simultaneidade nas configurações do perfil para ficar abaixo do limite da chave.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Verificação de simultaneidade do gateway indisponível</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>O gateway não conseguiu verificar quantas requisições a chave tem em execução, porque o serviço que as conta está fora do ar. Ele recusa requisições até que a verificação volte a funcionar.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>Tente novamente após uma breve pausa. Se persistir, avise o operador do gateway.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>A tarefa falhou no gateway</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>A tarefa terminou com falha. O motivo informado pelo gateway ou pelo provedor upstream está na mensagem do provedor, porque a new-api repassa esses textos sem um código fixo.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>Leia a mensagem: se ela apontar para o prompt ou para uma entrada, corrija-o com “Editar e reenviar”. Caso contrário, envie de novo após uma pausa.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>Chave de API ausente ou rejeitada</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>O gateway da SeaArt interrompeu a requisição antes que ela chegasse à fila do modelo. O cabeçalho Authorization não trazia chave de API, ou trazia uma chave que a SeaArt não aceita por estar digitada errado, ter sido excluída ou pertencer a outra conta.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>Abra as configurações do perfil e informe de novo a chave de API do SeaCloud, sem espaços antes ou depois. Se a chave tiver sido excluída ou trocada, crie uma nova no console do SeaCloud.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>Requisições demais para a SeaArt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>O gateway da SeaArt limita quantas requisições uma conta pode enviar em um curto período, e esta requisição ultrapassou o limite. Envios, consultas de status e downloads de resultados contam para ele.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Aguarde o tempo indicado em Retry-After, ou cerca de um minuto se nenhum for indicado, e tente novamente. Reduza o limite de simultaneidade ou aumente o intervalo de consulta nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>Endpoint de modelo da SeaArt desconhecido</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>O ID de modelo no caminho da requisição não é um endpoint do SeaCloud; a mensagem termina com o ID que foi tentado. Normalmente o ID está digitado errado, ou o modelo foi removido do SeaCloud.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>Procure o ID exato do modelo na lista de modelos do SeaCloud (por exemplo nano_banana_2) e corrija-o com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>Modelo não habilitado para esta conta da SeaArt</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>O modelo existe, mas a conta dona desta chave de API não pode usá-lo. Alguns modelos do SeaCloud precisam ser ativados à parte ou exigem um plano superior.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>Habilite o modelo para a sua conta no console do SeaCloud ou escolha um modelo incluído no seu plano com “Editar e reenviar”. Verifique se o perfil usa a chave da conta certa.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>A SeaArt não aceita callbacks de webhook</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>A fila da SeaArt não oferece webhooks e recusa qualquer requisição que traga um endereço de callback, seja no corpo, na query string ou em um cabeçalho. Nenhuma tarefa entrou na fila.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>Remova dos parâmetros os campos de webhook ou callback, como webhook_url, com “Editar e reenviar”. O QueueLens consulta a SeaArt para obter o estado da tarefa; por isso, nenhum callback é necessário.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>O runtime da SeaArt não conseguiu processar a chamada</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>O runtime da fila da SeaArt falhou ao processar a chamada. É uma falha do lado da SeaArt; após um envio com falha, não se sabe ao certo se uma tarefa foi criada.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>Repita as chamadas de status e de resultado após uma breve pausa. Reenvie um envio com falha só uma ou duas vezes, porque cada novo envio pode criar outra tarefa cobrada.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>A SeaArt não tem endpoint de status por streaming</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>Uma requisição foi enviada ao caminho de stream de status, que a SeaArt não oferece. A SeaArt informa o progresso apenas pelo endpoint de status comum, que precisa ser consultado periodicamente.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>Verifique se a URL base nas configurações do perfil é a URL simples de modelo da SeaArt, sem caminho de stream. Se for, relate isso como um bug do QueueLens.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>O endpoint da SeaArt não existe</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>A requisição foi para um caminho que a SeaArt não atende, como um endpoint síncrono /sync. A SeaArt só executa gerações pela fila assíncrona; uma URL base errada produz a mesma resposta.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>Defina a URL base nas configurações do perfil como https://cloud.seaart.ai/model, sem caminho adicional. Envie pela fila e deixe o QueueLens consultar o resultado.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>A SeaArt não reconhece este ID de requisição</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>A SeaArt não encontrou nenhuma tarefa com este request_id para este endpoint de modelo e esta chave. Causas típicas são um ID errado, uma consulta de status que usa um ID de modelo diferente do usado no envio ou uma chave de outra conta.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>Use “Verificar novamente” uma ou duas vezes, não mais. Se a resposta continuar a mesma, considere a tarefa perdida e verifique se o perfil ainda usa a chave com que a tarefa foi enviada.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>O modelo da SeaArt falhou durante a geração</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>A tarefa foi executada, mas o modelo parou com um erro antes de produzir um resultado. A SeaArt marca essa tarefa como COMPLETED com um erro; portanto, ela está finalizada e não tem saída.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>Envie a tarefa de novo após uma breve espera. Se as mesmas entradas falharem outra vez, altere o prompt, a imagem ou os parâmetros, ou experimente outro modelo.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>A geração na SeaArt demorou demais</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>O modelo não terminou dentro do tempo limite da própria SeaArt; por isso, a SeaArt encerrou a tarefa sem resultado. Vídeos longos, resoluções altas e horários de pico tornam isso mais provável.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>Tente novamente mais tarde, quando o modelo estiver menos ocupado. Se continuar acontecendo, peça uma duração menor ou uma resolução mais baixa com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>A SeaArt considerou a entrada da tarefa inutilizável</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>A SeaArt colocou a tarefa na fila, mas depois o modelo rejeitou a entrada, por exemplo um prompt ausente, um valor fora do intervalo ou uma imagem que ele não conseguiu ler. O texto de erro da SeaArt costuma indicar o problema.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>Corrija a entrada indicada na mensagem do provedor com “Editar e reenviar”. Verifique se as URLs de imagem são públicas e se os valores correspondem às opções que o modelo documenta.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>A SeaArt bloqueou o conteúdo</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>O filtro de segurança da SeaArt interrompeu a tarefa porque o prompt, uma imagem de entrada ou a saída gerada violou as regras de conteúdo dela. Nenhum resultado foi mantido.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>Reescreva o prompt ou substitua a imagem de entrada para que siga claramente as regras de conteúdo da SeaArt e depois use “Editar e reenviar”. A mesma entrada será bloqueada de novo.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>A tarefa da SeaArt foi cancelada</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>A tarefa terminou porque um pedido de cancelamento chegou à SeaArt, vindo do QueueLens ou de outro cliente que usa a mesma chave. A SeaArt informa isso como COMPLETED com este tipo de erro.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>Se o cancelamento foi intencional, nada precisa ser feito. Caso contrário, envie a tarefa de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>Erro interno da SeaArt durante a tarefa</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>Algo falhou dentro do serviço da SeaArt enquanto a tarefa era processada; a requisição em si não foi a causa. A tarefa está finalizada sem resultado.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>Envie a tarefa de novo daqui a alguns minutos. Se muitas tarefas falharem assim, entre em contato com o suporte da SeaArt informando o ID da requisição.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>A tarefa já havia terminado antes do cancelamento</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>O pedido de cancelamento chegou depois que a tarefa havia atingido um estado final; portanto, não havia mais nada a interromper. Isso não é uma falha: a tarefa foi concluída com sucesso ou falhou por conta própria.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>Use “Verificar novamente” para carregar o estado final real e, se a tarefa tiver sido concluída com sucesso, o resultado.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>A SeaArt não encontrou tarefa para cancelar</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>A SeaArt respondeu ao pedido de cancelamento com NOT_FOUND: não existe nenhuma tarefa com este ID de requisição para esta chave e este endpoint de modelo, ou a chave não tem acesso a ela.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>Use “Verificar novamente” para ver se a tarefa ainda existe. Se as consultas de status também falharem, considere a tarefa perdida e verifique se o perfil usa a chave com que a tarefa foi enviada.</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>A Vidu rejeitou a requisição</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>A Vidu considerou a requisição inválida sem indicar um motivo mais específico. A Vidu também usa este código quando se recusa a cancelar uma tarefa cujo estado não permite mais o cancelamento.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>Leia a mensagem do provedor. Se for um cancelamento recusado, use “Verificar novamente” para ver o estado real da tarefa; caso contrário, corrija a requisição com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Campo obrigatório ausente</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>A requisição tem um campo que a Vidu não aceita</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Itens demais ou de menos em um campo</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>Tamanho de página ou de imagem fora do intervalo</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>O nome do código sugere uma requisição de lista de tarefas cujo tamanho de página está fora do intervalo permitido de 1 a 100. Já a tabela da própria Vidu associa o código aos limites das imagens de entrada: no máximo 50 MB, JPG, JPEG, PNG ou WEBP e proporção entre 1:4 e 4:1.</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>Para listas de tarefas, use um tamanho de página de 1 a 100. Para um envio, confira as imagens de entrada com esses limites e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>A Vidu não conseguiu baixar a imagem</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>A Vidu não conseguiu obter uma imagem de uma URL da requisição. O link pode ter expirado, exigir login ou bloquear downloads automatizados.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>Verifique se cada URL de imagem abre sem login em uma janela anônima do navegador, substitua os links quebrados e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>A Vidu ainda está processando a requisição</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>A Vidu ainda está trabalhando na requisição e pede que se tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Aguarde um pouco e tente novamente, como a Vidu pede.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Formato de imagem não aceito pela Vidu</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>Uma imagem de entrada está em um formato que a Vidu não aceita, ou o arquivo está corrompido. A Vidu lê imagens JPG, JPEG, PNG e WEBP.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>Converta a imagem para PNG ou JPEG e envie-a de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>A entrada foi reprovada na revisão de segurança da Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>A revisão da Vidu no prompt ou nas imagens enviadas encontrou conteúdo não permitido; por isso, a tarefa não foi aceita.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Altere o prompt ou as imagens para que sigam claramente as regras de conteúdo da Vidu e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Créditos da Vidu insuficientes</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>A conta não tem créditos suficientes para esta tarefa. A Vidu envia isso com HTTP 400, mas é uma questão de cobrança, não um erro de entrada.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Compre ou renove créditos na plataforma da Vidu, ou torne a tarefa mais barata (duração menor, resolução mais baixa), e envie de novo.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>O conteúdo gerado violou a política da Vidu</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>A tarefa foi executada, mas a política de conteúdo da Vidu sinalizou a saída gerada; por isso, ela foi retida.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>Altere o prompt ou as imagens de entrada para que a saída tenha menos chance de ser sinalizada e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Modelo da Vidu indisponível</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>O modelo solicitado não está disponível para esta tarefa; por isso, a tarefa falhou. A Vidu aponta o tipo de modelo.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>Verifique o tipo de modelo (por exemplo viduq1 para este endpoint), corrija-o com “Editar e reenviar” e tente de novo.</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Tarefa da Vidu cancelada pelo usuário</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>A tarefa foi interrompida por um pedido de cancelamento desta conta, vindo do QueueLens ou de outro lugar. A Vidu a registra como falha, com este código.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>Se o cancelamento foi intencional, não há nada a fazer; caso contrário, envie a tarefa de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>Valor de campo inválido</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>Nenhum corpo humano utilizável encontrado na imagem</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>Este modelo ou efeito precisa de uma pessoa bem visível, e a detecção corporal da Vidu não conseguiu localizar as articulações do corpo na imagem de entrada.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>Use uma foto que mostre claramente o corpo inteiro de uma pessoa, sem cortes excessivos, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>A verificação facial da imagem de entrada falhou</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>A verificação facial da Vidu na imagem de entrada falhou, por exemplo porque o rosto está pequeno demais, virado ou desfocado.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>Envie uma foto nítida com um rosto bem visível voltado para a câmera e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>Corpo ou rosto encoberto demais na imagem</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>O corpo ou o rosto da pessoa na imagem de entrada está encoberto demais para que a Vidu o detecte.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>Use uma imagem em que o rosto e o corpo não estejam encobertos por objetos, mãos ou outras pessoas e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>O prompt viola a política da Vidu</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>O prompt de texto contém palavras ou temas que a Vidu não permite; por isso, a tarefa foi recusada antes de ser executada.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>Reescreva o prompt sem o conteúdo problemático e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Chave de API da Vidu rejeitada</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>A Vidu não aceitou as credenciais: a chave está errada, foi excluída ou está ausente. A Vidu espera a chave com o esquema Token no cabeçalho Authorization; revendedores podem esperar outro esquema.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>Verifique a chave nas configurações do perfil e crie uma nova na plataforma da Vidu, se necessário. Se a URL base apontar para um revendedor, use uma chave emitida por esse revendedor.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>A Vidu recusou o acesso</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>A chave é válida, mas não pode fazer esta requisição, por exemplo para um endpoint ou modelo que o pacote da conta não inclui.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Verifique os pacotes e as permissões da conta na plataforma da Vidu ou defina nas configurações do perfil uma chave com o acesso necessário.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>A Vidu não reconhece este ID de tarefa</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>Não existe nenhuma tarefa com este ID para a conta dona da chave. As causas habituais são um ID digitado errado ou uma chave de outra organização.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>Use “Verificar novamente” uma vez. Se a tarefa continuar não sendo encontrada, verifique se o perfil usa a mesma chave do momento do envio; caso contrário, considere a tarefa perdida.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>ID de criação da Vidu não encontrado</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>A criação indicada na requisição (ou seja, uma saída gerada de uma tarefa) não existe ou não está mais disponível.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>Use “Verificar novamente” para carregar a lista atual de criações da tarefa e use os IDs que aparecem nela.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Recurso da Vidu não encontrado</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>O caminho ou recurso solicitado não existe, muitas vezes porque a URL base ou o endpoint está errado.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>Verifique a URL base nas configurações do perfil (https://api.vidu.com para a plataforma internacional) e se o endpoint corresponde ao tipo de tarefa.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Conflito de recurso na Vidu</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>A requisição criaria ou alteraria um recurso cuja chave já está em uso; por isso, a Vidu a rejeitou.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>Use “Verificar novamente” para ver se a requisição anterior já teve efeito antes de repeti-la.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Limite de simultaneidade da Vidu excedido</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>A organização já tem tantas tarefas em execução quanto o limite de simultaneidade permite (5 por padrão), e a Vidu rejeitou a requisição excedente.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Aguarde as tarefas em execução terminarem e tente novamente. Ajuste o limite de simultaneidade nas configurações do perfil ao seu limite na Vidu ou peça ao suporte da Vidu um limite maior.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Requisições enviadas à Vidu com frequência excessiva</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>A chave enviou requisições mais rápido do que a Vidu permite em um curto período; as consultas de status também contam.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>Aguarde antes de tentar novamente e aumente o intervalo de consulta nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>A Vidu está limitando o tráfego</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>A Vidu está limitando as requisições porque os recursos dela estão no limite, não por causa da sua conta.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>Tente novamente após uma pausa mais longa, de pelo menos alguns minutos, e envie menos tarefas novas até que a limitação termine.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>Requisição abortada pelo cliente</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>A Vidu registrou que o cliente fechou a requisição HTTP antes de a resposta ficar pronta, por exemplo após um tempo limite no cliente. Isso diz respeito a essa chamada, não necessariamente à tarefa.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>Se foi um envio, use “Verificar novamente” ou a lista de tarefas da Vidu antes de enviar de novo, porque a tarefa pode ter sido criada.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Falha interna no serviço da Vidu</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Ocorreu um erro interno na Vidu enquanto a requisição era processada.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>Tente novamente após uma pausa. Se continuar falhando, entre em contato com o suporte da Vidu informando o trace id que aparece nos detalhes do erro.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Falha da Vidu sem motivo conhecido</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>A Vidu informou que a tarefa ou a requisição falhou sem dar um motivo.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>Envie de novo após uma pausa. Se a mesma tarefa continuar falhando, entre em contato com o suporte da Vidu informando o ID da tarefa.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>A detecção facial da Vidu falhou</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>A Vidu não conseguiu executar a detecção facial na entrada, muitas vezes porque a imagem está escura demais, pequena demais ou com baixa qualidade.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>Use uma imagem mais clara e nítida, em que o rosto apareça grande e bem visível, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>A Vidu não conseguiu baixar o vídeo</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>A Vidu não conseguiu obter um vídeo de uma URL da requisição. O link pode ser privado, ter expirado ou ser lento demais.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>Use um link público e direto para o arquivo de vídeo, teste-o em uma janela anônima do navegador e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Formato de vídeo não aceito pela Vidu</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>Um vídeo de entrada usa um contêiner ou codec que a Vidu não consegue ler, ou o arquivo está corrompido.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>Converta o vídeo para MP4 com H.264 e envie-o de novo com “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>O rosto não passou na verificação facial da Vidu</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>Um rosto foi encontrado, mas não atende aos requisitos do modelo ou efeito, por exemplo porque está de perfil, parcialmente encoberto ou pequeno demais.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>Use uma foto com um único rosto nítido, voltado para a câmera e ocupando boa parte da imagem, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>A foto de entrada foi reprovada na revisão da Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>A revisão de imagens da Vidu rejeitou uma foto enviada, por exemplo porque ela mostra conteúdo que a plataforma não permite.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Substitua a foto por outra que siga claramente as regras de conteúdo da Vidu e use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>Nenhum rosto encontrado na imagem</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>O modelo ou efeito selecionado precisa de um rosto, mas a Vidu não encontrou nenhum na imagem de entrada.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>Envie uma imagem que mostre claramente o rosto de uma pessoa e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>Mais de um rosto na imagem</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>O modelo ou efeito funciona com uma única pessoa, mas a Vidu encontrou vários rostos na imagem de entrada.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>Recorte a imagem para mostrar uma só pessoa ou escolha uma foto com apenas um rosto e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>A revisão de conteúdo da Vidu falhou</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>A revisão de conteúdo da Vidu rejeitou a entrada ou a saída gerada; por isso, a tarefa terminou sem um resultado utilizável.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Ajuste o prompt e as imagens para que sigam claramente as regras de conteúdo da Vidu e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>Dimensões da imagem fora do intervalo</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>A largura ou a altura de uma imagem de entrada, em pixels, é grande ou pequena demais para a Vidu.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>Redimensione a imagem para que os dois lados fiquem dentro dos limites de pixels documentados para o modelo e a proporção fique entre 1:4 e 4:1, e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>nada específico</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>A requisição omitiu ou deixou vazio algo de que a Vidu precisa. Indicado pela Vidu: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Preencha o que está faltando com “Editar e reenviar”. Verifique também se o endpoint é adequado à tarefa, já que imagem para vídeo, por exemplo, precisa de uma imagem de entrada.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>A requisição inclui algo que este endpoint ou modelo não aceita. Indicado pela Vidu: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Remova-o com “Editar e reenviar”. As opções aceitas variam entre os modelos e endpoints da Vidu.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>Uma lista na requisição tem mais ou menos entradas do que a Vidu permite, por exemplo imagens de referência demais. Indicado pela Vidu: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>Ajuste o número de entradas ao que o modelo permite e depois use “Editar e reenviar”.</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>Um valor na requisição não passou nas verificações da Vidu, por exemplo um modelo, uma resolução ou uma duração desconhecidos. Indicado pela Vidu: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>Altere-o para um valor documentado pelo modelo e depois use “Editar e reenviar”.</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permissão</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requisição inválida</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>Política de conteúdo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>Conflito de estado</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de requisições</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>Falha upstream</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo limite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar novamente agora</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>Tentar novamente após um intervalo</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>Alterar a requisição</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>Corrigir a conta ou a chave</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>Verificar primeiro o estado da tarefa</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>Não tentar novamente: não vai adiantar</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>Entrar em contato com o provedor</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>ao enviar a tarefa</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>ao verificar o status</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>ao obter o resultado</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>ao cancelar</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>ao pesquisar a lista de tarefas do provedor</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>durante a geração, no provedor</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ao conectar</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>Tarefa criada</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>Adicionada pelo ID da tarefa</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>Envio respondido</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>Envio recusado</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>Sem resposta clara ao envio</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>Envio limitado por excesso de requisições</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>Enviada mesmo assim</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Nova tentativa</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Verificação de status</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Falha na verificação de status</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>Resultado obtido</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>Desconhecida pelo provedor</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Verificada novamente</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>A nova verificação não encontrou nada</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>Encontrada na lista de tarefas</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>Não está na lista de tarefas</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>Várias correspondências na lista de tarefas</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>A lista de tarefas não vai tão longe</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>Lista de tarefas indisponível</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>Cancelamento respondido</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>Falha na chamada de cancelamento; tentando de novo</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>Falha no cancelamento</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>Cancelamento impossível</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>Finalizada antes do cancelamento</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Prazo atingido</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens reiniciado</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>Chave de API em outro computador</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>Baixando os resultados</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Resultados salvos</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>Falha ao baixar o resultado</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Outro evento</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>Explica um código de erro de provedor e sugere uma correção.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Categoria: %1 (%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>Ação recomendada: %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(Este código não consta da documentação do provedor; o texto acima foi deduzido do status HTTP e da categoria.)</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>O código, motivo, tipo ou mensagem que o provedor enviou (por exemplo CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>ID do provedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>O status HTTP que acompanhou o erro.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>A mensagem do provedor, usada para completar detalhes como nomes de campos.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma da interface, por exemplo zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>informe exatamente um identificador para explicar</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status precisa de um status HTTP entre 100 e 599, não “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>“%1” não consta do catálogo de erros.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>“%1” não consta do catálogo de erros de %2.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tarefa falhou com %1 (%2)</numerusform>
            <numerusform>%n tarefas falharam com %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tarefa falhou com %1 (%2)</numerusform>
            <numerusform>%n tarefas falharam com %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoria: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Ação recomendada: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>Tente novamente as tarefas ou verifique o prazo do perfil e a página de status do provedor.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>Tentar todas novamente (%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>Remover todas (%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>Nenhuma tarefa com falha. As tarefas que falham são agrupadas aqui por código de erro, para que a mesma correção possa ser aplicada a todas de uma só vez.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>Selecionar na tabela</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>Mostrar só estas</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>Tentar novamente todas as tarefas deste grupo que permitem nova tentativa</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>Remover da lista todas as tarefas deste grupo</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>Ir para a tabela de tarefas com estas tarefas selecionadas</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>Filtrar a tabela de tarefas por este grupo</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Falhas por código</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>A FoxAPI não documenta nenhum endpoint de cancelamento: a tarefa é executada até o fim e cobrada normalmente.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>A FoxAPI aceita os tipos “image” e “video”, não “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>“%1” não é um nome de modelo da FoxAPI (nomes de modelo não têm espaços).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>A resposta de %1 era maior que %2 bytes e não foi lida.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 redirecionou a requisição para %2. O QueueLens só segue redirecionamentos dentro do mesmo host; por isso, a chave de API não foi enviada para lá.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 redirecionou a requisição mais de %2 vezes.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 ainda estava enviando a resposta após %2 segundos, o limite para uma requisição; por isso, o QueueLens parou de esperar. O servidor mantém a resposta aberta sem concluí-la.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>Nenhum dado de %1 dentro do tempo limite de transferência (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 recusou a conexão (%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>Não foi possível resolver o nome de host %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>A conexão com %1 foi encerrada antes de a resposta inteira chegar (%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>O proxy falhou ao conectar a %1 (%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>A rede não está disponível; não foi possível alcançar %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>A conexão segura com %1 falhou (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>A requisição para %1 falhou (%2).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>Lista as tarefas do banco de dados (nenhum provedor é consultado).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>Apenas tarefas nestes estados (separados por vírgula): %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Apenas tarefas deste provedor.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>estado desconhecido “%1”</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Nenhuma tarefa.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEDOR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSO</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVAS</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID REMOTO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADA</translation>
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
        <translation>As tarefas assíncronas da LLMAPI geram apenas imagens, não “%1”.</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>As tarefas de imagem da LLMAPI não permitem streaming: remova “stream” ou defina-o como false.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>O número de imagens “n” precisa ser um número inteiro maior ou igual a 1.</translation>
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
        <translation>Sobre o QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>%n tarefa enviada.</numerusform>
            <numerusform>%n tarefas enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — sandbox</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>Abrir o painel de envio para criar novas tarefas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>Acompanhar tarefas criadas em outro lugar pelos IDs remotos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>Salvar as tarefas selecionadas ou exibidas como CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>Sair do QueueLens; as tarefas em execução continuam rodando no provedor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>Pesquisar por ID remoto, texto do prompt ou código de erro</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>Selecionar todas as tarefas exibidas na tabela</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Li&amp;mpar filtros</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>Mostrar todas as tarefas de novo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>Idioma, notificações, pasta de downloads e perfis</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>Adicionar ou editar contas de provedores e as chaves de API delas</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>&amp;Sobre o QueueLens</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Versão e créditos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>A versão do Qt em uso</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>Barra &amp;lateral de filtros</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>Mostrar ou ocultar os filtros de estado e de provedor</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Painel de &amp;detalhes</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>Mostrar ou ocultar os detalhes da tarefa selecionada</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>&amp;Falhas por código</translation>
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
        <translation>Painel de &amp;envio</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Barra de ferramentas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Retomar c&amp;onsultas</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>As consultas estão pausadas: nenhum provedor é consultado sobre atualizações. Clique para retomar.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>Parar de pedir atualizações aos provedores até que as consultas sejam retomadas</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n tarefa selecionada</numerusform>
            <numerusform>%n tarefas selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>Falhas por código (%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Falhas por código</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>Não há tarefas para exportar.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>Exportar %n tarefa</numerusform>
            <numerusform>Exportar %n tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n tarefa exportada para %1.</numerusform>
            <numerusform>%n tarefas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;Uma central de controle para desktop dos seus trabalhos assíncronos de geração de imagens e vídeos por IA: envie, acompanhe, entenda as falhas e corrija-as com um clique.&lt;/p&gt;&lt;p&gt;Provedores: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Colunas</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>Pe&amp;rfis de provedor…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>A new-api não tem endpoint de cancelamento: a tarefa é executada até o fim.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>O relay de tarefas da new-api é usado aqui apenas para vídeo, não para “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>“%1” não é um nome de modelo (nomes de modelo não têm espaços).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>O gateway marcou a tarefa como falha, mas não informou o motivo.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>mais de um valor; use um array JSON [ … ] para uma lista</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>Os parâmetros precisam ser um único objeto JSON: { &quot;nome&quot;: valor, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>linha %1: esperado “nome: valor”</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>linha %1: esperado um nome antes de &apos;:&apos;</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>linha %1: um nome não pode conter espaços (“%2”)</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>linha %1: esperado um valor depois de &apos;:&apos; (escreva &quot;&quot; para texto vazio)</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>linha %1: “%2” já foi definido na linha %3</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>linha %1: o valor de “%2” não é um JSON válido: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>“%1” vem do formulário acima; remova-o daqui</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 precisa ser um número</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 precisa ser um número inteiro</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 precisa ser true ou false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>nome: valor</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Formato dos parâmetros</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>Digite os parâmetros como um “nome: valor” por linha ou como um objeto JSON</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>Parâmetros extras como um objeto JSON.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>Um “nome: valor” por linha; texto não precisa de aspas, e # inicia um comentário.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Parâmetros extras</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>o QueueLens se conecta a um único servidor PostgreSQL; o endereço lista vários hosts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>“%1” não é um endereço PostgreSQL; escreva-o no formato postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>um endereço PostgreSQL não pode conter uma parte “#”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>“%1” não é um parâmetro de conexão que o QueueLens conheça (conhecidos: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>o endereço PostgreSQL não indica nenhum banco de dados; acrescente-o depois do host, como em postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>a porta do endereço PostgreSQL não é um número entre 1 e 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>o driver PostgreSQL do Qt não está instalado (Debian e Ubuntu: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>o banco de dados %1 contém uma tabela “tasks” que não é do QueueLens; use um banco de dados exclusivo</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>o servidor recusou a senha de %1 (%2)</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>o servidor %1 pede uma senha: digite-a em Preferências &gt; Histórico compartilhado (ela fica guardada no chaveiro do sistema), defina PGPASSWORD ou adicione-a ao ~/.pgpass</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>o banco de dados de %1 não existe no servidor; crie-o uma vez com createdb (%2)</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>o servidor %1 não conhece esse usuário (%2)</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>a conexão segura (TLS) com %1 falhou: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>o nome do servidor de %1 é desconhecido (%2)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>o servidor %1 está inacessível (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>a conexão com %1 foi perdida (%2)</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>o banco de dados %1 está ocupado: outro QueueLens detém o bloqueio de gravação (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>o banco de dados %1 é somente leitura (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>o disco do servidor que contém %1 está cheio (%2)</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>o usuário de %1 não tem permissão para isso; conceda a ele os direitos sobre o banco de dados (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>erro de banco de dados em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>Escolha o provedor com que este perfil se comunica.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Informe a variável de ambiente que contém a chave de API.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>“%1” não é um nome válido de variável de ambiente: use letras, dígitos e _, e não comece com um dígito.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>O intervalo de consulta precisa estar entre %1 e %2 segundos.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>A simultaneidade precisa estar entre 1 e %1 requisições ao mesmo tempo.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>O prazo precisa estar entre 0 (nenhum) e %1 minutos (7 dias).</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>Com http:// simples, a chave de API é enviada sem criptografia. Use https://, a menos que este seja um servidor local confiável.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>%1 não está definida no ambiente do QueueLens; as requisições serão recusadas até que ela seja definida.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>A chave é lida de %1 sempre que necessário.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>A nova chave será salva no chaveiro do sistema quando você clicar em OK.</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>A nova chave fica na memória até o QueueLens ser fechado; ela nunca é salva.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rovedor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>Consultar a &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Simultaneidade:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Salvar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Manter só nesta sessão</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>Ler de uma variável de ambiente:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>Nome da variável, por exemplo %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Deixe vazio para manter a chave atual</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requisições</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>Perfil do sandbox: ele se comunica com o servidor de testes embutido, e qualquer chave funciona.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>Salvar a chave no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Manter a chave só nesta sessão</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Ler a chave de uma variável de ambiente</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>Nome da variável de ambiente</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta em segundos</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>Máximo de requisições simultâneas</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>Prazo em minutos</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>Com que frequência cada tarefa em execução é verificada (1–3600 s). Os provedores podem pedir intervalos maiores.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>Quantas requisições este perfil pode ter em andamento ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>Desistir de uma tarefa que não tiver sido finalizada após esse tempo (0 = nunca).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar ou ocultar a chave</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>O arquivo tem %1 KB; um arquivo de perfis tem no máximo %2 KB. É o arquivo certo?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>O arquivo não é um JSON válido: %1 (no caractere %2).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>Este não é um arquivo de perfis do QueueLens: o formato dele é “%1”.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(não é texto)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>Este arquivo de perfis foi gravado por uma versão mais nova do QueueLens (versão de formato %1). Esta versão lê a versão %2; atualize o QueueLens para importá-lo.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>Este não é um arquivo de perfis do QueueLens: ele não tem uma lista “profiles”.</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>O arquivo de perfis não tem uma lista “profiles”.</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>O arquivo lista %1 perfis; apenas os %2 primeiros foram lidos.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>A entrada %1 não é um perfil e foi ignorada.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>número %1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>O perfil %1 não indica nenhum provedor e foi ignorado.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>O perfil %1 tem uma URL base que não é texto e foi ignorado.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>Perfil %1: o ID “%2” não pode ser usado aqui; um novo será escolhido.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>O perfil %1 repete o ID “%2” de uma entrada anterior e foi ignorado.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>Perfil %1: “%2” não é um número; o valor padrão será usado.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>O perfil %1 contém uma chave de API. Chaves nunca são importadas de um arquivo: informe-a nas Configurações, onde ela fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>“%1” é maior que %2 KB, grande demais para um arquivo de perfis. É o arquivo certo?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…e mais %n.</numerusform>
            <numerusform>…e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>A importação foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>Nenhum perfil foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>%n perfil adicionado.</numerusform>
            <numerusform>%n perfis adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>%n perfil atualizado.</numerusform>
            <numerusform>%n perfis atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>As chaves de API nunca fazem parte de um arquivo de perfis: informe a chave de cada perfil novo. Nada é salvo até você clicar em OK.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>%n perfil salvo em “%1”.</numerusform>
            <numerusform>%n perfis salvos em “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>O arquivo não contém nenhuma chave de API: quem o importar informa a própria chave.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfis</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n perfil do arquivo já existe aqui: %1.</numerusform>
            <numerusform>%n perfis do arquivo já existem aqui: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>Substituir as configurações deles pelas do arquivo (as chaves de API são mantidas) ou manter ambos e adicionar os do arquivo como perfis novos?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Manter ambos</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>Perfis do QueueLens (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Não há nenhum perfil para exportar.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>Os perfis do sandbox ficam de fora: eles só funcionam enquanto este QueueLens está em execução.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfis</translation>
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
        <translation>“%1” usa o provedor “%2”, que esta versão do QueueLens não conhece; ele foi ignorado.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
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
        <translation>Escolha um modelo ou endpoint.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Escreva um prompt.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>Imagem</translation>
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
        <translation>Envia de novo, como nova tentativa, uma tarefa com falha, cancelada, com tempo esgotado, rejeitada ou perdida.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local da tarefa (de submit ou list).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Acompanha a nova tentativa até ela ser finalizada.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>a tarefa %1 não pode ser tentada novamente: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>“%1” não é um ID de endpoint da SeaArt. Use o ID do modelo do catálogo do SeaCloud, por exemplo nano_banana_2.</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>A SeaArt não oferece webhooks: remova o parâmetro “%1”.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>O chaveiro do sistema está indisponível (%1); por isso, as chaves de API salvas não podem ser lidas. Informe a chave nas configurações do perfil ou defina a variável de ambiente do perfil.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sem detalhes</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>Nenhum chaveiro do sistema disponível; a chave de API de “%1” só fica guardada até o QueueLens ser fechado.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>O chaveiro do sistema está indisponível (%1); a chave de API de “%2” só fica guardada até o QueueLens ser fechado.</translation>
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
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>Nenhum armazenamento de chaves está conectado; por isso, as chaves não podem ser alteradas aqui.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Há uma chave salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>Há uma chave definida só para esta sessão; ela não é salva.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>A chave vem da variável de ambiente %1.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>Perfil do sandbox: nenhuma chave é necessária.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>Ainda não há chave: o provedor vai recusar as requisições até que você informe uma.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Novo perfil %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>Escolha uma pasta para os resultados baixados.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>A pasta de downloads precisa ser um caminho completo, por exemplo %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>O QueueLens não consegue gravar em “%1”.</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>A pasta será criada quando o primeiro resultado for baixado.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Corrija os campos marcados para salvar.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Perfil “%1”: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>Perfil “%1”: a chave não pode ser salva porque nenhum armazenamento de chaves está conectado.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Geral: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>Histórico compartilhado: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Não foi possível remover “%1”: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Não foi possível salvar “%1”: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Salvando a chave no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>O chaveiro do sistema não aceitou a chave; por isso, ela fica na memória até o QueueLens ser fechado. Para mantê-la entre reinicializações, coloque-a em uma variável de ambiente e escolha “Ler de uma variável de ambiente”.
Detalhes: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>A chave não foi salva no chaveiro. Clique em OK para continuar com uma chave válida só nesta sessão.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
Para manter uma chave entre reinicializações, coloque-a em uma variável de ambiente e escolha “Ler de uma variável de ambiente”.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>Histórico compartilhado</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>Perfis de provedor:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Perfis de provedor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Adicionar um perfil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Remover o perfil selecionado</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>Remove o perfil quando você clicar em OK. As tarefas dele continuam no histórico.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Importar perfis de um arquivo</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>Adiciona os perfis de um arquivo de perfis do QueueLens. As chaves de API nunca fazem parte desse arquivo.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Exportar os perfis para um arquivo</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>Salva estes perfis, sem as chaves de API, para compartilhar ou guardar.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>Ainda não há perfil de provedor.
Clique em “Adicionar” para conectar o QueueLens a um provedor ou em “Importar” para ler um arquivo de perfis.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>Aplicado imediatamente.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificações:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>Quando tarefas forem &amp;bem-sucedidas</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>Quando tarefas &amp;falharem</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>Notificar quando tarefas forem bem-sucedidas</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>Notificar quando tarefas falharem</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Pasta de &amp;downloads:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Escolher a pasta de downloads</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>O endereço precisa começar com postgresql:// (um histórico compartilhado fica em um servidor PostgreSQL).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Não inclua a senha no endereço: o QueueLens nunca a guarda nas configurações. Digite-a no campo de senha (ela vai para o chaveiro do sistema) ou use PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>Não é possível usar este endereço: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>Uma equipe pode compartilhar um único histórico de tarefas em um servidor PostgreSQL: todos veem todas as tarefas, quem as enviou e o que aconteceu com elas. As chaves de API nunca saem deste computador.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Endereço do &amp;servidor:</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>Endereço do servidor do histórico compartilhado</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>Vazio: o histórico fica no arquivo deste computador.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>Conecta e lê a versão do esquema; não altera nada no servidor.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>Senha do servidor do histórico compartilhado</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Guardada no chaveiro do sistema; vazio: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>Sem chaveiro: use PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>Seu nome no histórico compartilhado</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>Registrado em cada tarefa que você enviar. Se estiver vazio, será usado %1.</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>Um novo endereço de servidor passa a valer quando o QueueLens for reiniciado; seu nome vale imediatamente.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>o driver SQLite do Qt não está instalado</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>não é possível mudar o banco de dados %1 para o modo write-ahead logging (WAL); ele pode ser somente leitura</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>o banco de dados %1 está bloqueado por outro programa, talvez um segundo QueueLens (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>o banco de dados %1 é somente leitura (%2)</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>o banco de dados %1 está corrompido ou não é um banco de dados do QueueLens (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>o disco que contém %1 está cheio ou com defeito (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>erro de banco de dados em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>Tentar novamente %n tarefa em “%1”</numerusform>
            <numerusform>Tentar novamente as %n tarefas em “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>Cancelar %n tarefa em “%1”</numerusform>
            <numerusform>Cancelar as %n tarefas em “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>Remover da lista %n tarefa em “%1”</numerusform>
            <numerusform>Remover da lista as %n tarefas em “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas as tarefas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Precisam de atenção</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
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
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Filtros de tarefas</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>Clique em uma entrada para mostrar só essas tarefas</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>Conta as tarefas que precisam de você: %1.
Clique para mostrar só essas.</translation>
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
        <translation>Consultas pausadas</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>Nenhuma requisição de status é enviada até que as consultas sejam retomadas.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>Os estados das tarefas estão sendo consultados.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>Retomar consultas</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>Pausar consultas (as tarefas continuam em execução no provedor)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Pausar consultas</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requisição em andamento</numerusform>
            <numerusform>%n requisições em andamento</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>Limite de requisições: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>Estes perfis pediram para aguardar (HTTP 429 / Retry-After); as chamadas deles são retomadas após a contagem regressiva.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>Estado das consultas</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requisições em andamento</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>Perfis limitados por excesso de requisições</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>Pergunta agora ao provedor o estado de uma tarefa e o imprime.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>ID local da tarefa (de submit ou list).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>Imprime o que o banco de dados sabe, sem consultar o provedor.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>Não atualizado: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>o provedor não respondeu à requisição de status a tempo</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>a requisição de status falhou: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>O banco de dados de tarefas não está aceitando alterações no momento: %1
A lista permanece como foi lida pela última vez. O QueueLens guarda as próprias alterações (sobretudo os IDs de requisição) neste computador e as grava assim que o banco de dados voltar.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>Envia de novo uma tarefa desconhecida, aceitando que o provedor possa executá-la (e cobrá-la) duas vezes.</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>ID local de uma tarefa no estado “unknown”.</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Acompanha a nova tentativa até ela ser finalizada.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>a tarefa %1 não pode ser enviada de novo: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>Envia uma tarefa de geração (e, com --wait, acompanha-a até o fim).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param precisa de chave=valor, não “%1”</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Provedor: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>A URL base da API do provedor, por exemplo https://api.vidu.com ou uma URL de sandbox.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>Modelo ou, para a SeaArt, o ID do endpoint.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>O prompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>O que gerar: image, video, text2video, img2video, ... (padrão: o primeiro tipo do provedor).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>Parâmetro extra da requisição; pode ser repetido. Valores JSON (5, true, [..], {..}) são enviados como JSON; qualquer outro valor, como texto.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>chave=valor</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>Variável de ambiente que contém a chave de API (padrão: QUEUELENS_API_KEY). Só o nome da variável é armazenado.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>A URL base é um sandbox do QueueLens: nenhuma chave de API é necessária.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>Milissegundos entre requisições de status para este provedor e esta URL base (armazenado no perfil).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>Desiste de uma tarefa após este número de segundos (0: nunca; armazenado no perfil).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>Segundos de espera pela resposta à própria requisição de envio; sem resposta, a tarefa fica desconhecida (código de saída 4) e nunca é enviada duas vezes.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>Acompanha a tarefa até ela ser finalizada e imprime o estado final.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 é obrigatório</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url “%1”: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval precisa de milissegundos entre 50 e 3600000</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline precisa de segundos entre 0 e 604800</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout precisa de segundos entre 0.1 e 3600</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>nenhuma resposta ao envio da tarefa %1 foi registrada a tempo</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Ainda não há perfil de provedor. Adicione um nas Configurações primeiro.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>Escolha ou digite um modelo (ou endpoint).</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>Enviando %n tarefa…</numerusform>
            <numerusform>Enviando %n tarefas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>O mecanismo recusou a tarefa.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>Enviando… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>%n tarefa enviada: %1</numerusform>
            <numerusform>%n tarefas enviadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>%1 de %2 enviadas; depois o envio parou: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>A tarefa #%1 usava um perfil que não existe mais; escolha outro.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>Preenchido a partir da tarefa #%1. “Enviar” cria uma nova tarefa; a original permanece como está.</translation>
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
        <translation>P&amp;arâmetros:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>Cópia&amp;s:</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Adicionar um perfil…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>Enviar ao provedor (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Perfil de provedor</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>Modelo ou endpoint</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>ID do modelo ou endpoint</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>Tipo de tarefa</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>Descreva a imagem ou o vídeo…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Número de cópias</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>Enviar a mesma tarefa este número de vezes (1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>Adicionar um perfil de provedor</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>Progresso da ação em lote</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copiar ID</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>Agir sobre tarefas de outros operadores?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>%n destas tarefas foi enviada por outro operador (%1). Aplicar “%2” a ela também?</numerusform>
            <numerusform>%n destas tarefas foram enviadas por outros operadores (%1). Aplicar “%2” a elas também?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>Falha em “%1”: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>A tarefa #%1 está sendo enviada de novo.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>Cancelamento solicitado para a tarefa #%1.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>Enviar mesmo assim?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>O primeiro envio de %n tarefa não teve resposta clara: o provedor pode já tê-la criado. Enviar de novo pode criar uma duplicata, que também pode ser cobrada.

Use “Verificar novamente” primeiro se não tiver certeza.</numerusform>
            <numerusform>O primeiro envio de %n tarefas não teve resposta clara: o provedor pode já tê-las criado. Enviar de novo pode criar duplicatas, e cada uma pode ser cobrada.

Use “Verificar novamente” primeiro se não tiver certeza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>Remover tarefas que ainda estão em execução?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>%n das tarefas a remover não foi finalizada. Removê-la apenas faz com que ela deixe de ser acompanhada aqui; o provedor continua a executá-la (e a cobrá-la). Cancele-a primeiro para interrompê-la.</numerusform>
            <numerusform>%n das tarefas a remover não foram finalizadas. Removê-las apenas faz com que deixem de ser acompanhadas aqui; o provedor continua a executá-las (e a cobrá-las). Cancele-as primeiro para interrompê-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>Remover tarefas?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>Remover da lista %n tarefa e o histórico dela? Os arquivos de resultado já baixados permanecem na pasta de downloads.</numerusform>
            <numerusform>Remover da lista %n tarefas e o histórico delas? Os arquivos de resultado já baixados permanecem na pasta de downloads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>Tentar novamente o grupo inteiro?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>Tentar novamente %n tarefa com os mesmos parâmetros? Cada nova tentativa é um novo envio e pode ser cobrada.</numerusform>
            <numerusform>Tentar novamente %n tarefas com os mesmos parâmetros? Cada nova tentativa é um novo envio e pode ser cobrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tentar todas novamente</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n ID copiado.</numerusform>
            <numerusform>%n IDs copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>Ações em lote: %1 de %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: concluído para %2 de %n tarefa.</numerusform>
            <numerusform>%1: concluído para %2 de %n tarefas.</numerusform>
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
            <numerusform>Não concluída: %n.</numerusform>
            <numerusform>Não concluídas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1: concluído</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Cancelar tarefa</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>&amp;Editar e reenviar…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificar novamente</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>Enviar &amp;mesmo assim…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>&amp;Atualizar status</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>Copiar I&amp;D</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>Só é possível tentar novamente tarefas finalizadas que não foram bem-sucedidas.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>Só é possível cancelar tarefas na fila ou em execução.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>A tarefa está no estado “%1”: não há nada a consultar.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>Só uma tarefa cujo envio não teve resposta clara (estado Desconhecida) pode ser enviada mesmo assim.</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>A tarefa está no estado “%1”: o status dela não muda mais.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>Selecione uma única tarefa para editá-la e reenviá-la.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Selecione uma ou mais tarefas primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>A tarefa selecionada não se qualifica: %1</numerusform>
            <numerusform>Nenhuma das %n tarefas selecionadas se qualifica: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>Aplica-se a %1 de %n tarefa selecionada; as outras são ignoradas: %2</numerusform>
            <numerusform>Aplica-se a %1 das %n tarefas selecionadas; as outras são ignoradas: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma da interface, por exemplo zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>Nome registrado nas tarefas enviadas nesta execução (padrão: a variável de ambiente QUEUELENS_OPERATOR ou, na falta dela, user@host).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>Banco de dados de tarefas: um arquivo (padrão: o do aplicativo desktop, %1) ou um servidor PostgreSQL compartilhado, postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>arquivo ou URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>informe exatamente um ID de tarefa</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>“%1” não é um ID de tarefa (um número positivo, como os impressos por submit e list)</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>A espera foi interrompida; a tarefa %1 está no estado “%2” e permanece no banco de dados. Acompanhe-a com “queuelens-cli watch”.</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>não há tarefa %1 em %2</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>o perfil “%1” da tarefa %2 não existe mais</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>nenhuma resposta ao envio da tarefa %1 foi registrada a tempo</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>Tarefa #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2% concluído</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, posição %2</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>ainda não atribuído</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>O provedor não retornou nenhum arquivo de resultado.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>Os resultados aparecem aqui quando a tarefa for bem-sucedida.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>Baixando %n arquivo para %1…</numerusform>
            <numerusform>Baixando %n arquivos para %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>Salvo em %1. Clique duas vezes para abrir.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Não foi possível baixar %1: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Detalhes da tarefa</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>Selecione uma tarefa para ver os parâmetros, a linha do tempo, os resultados e os erros dela.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
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
        <translation>Enviada em:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Finalizada em:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentativas:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>Copiar o ID da tarefa no provedor</translation>
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
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Abrir pasta do arquivo</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Arquivos de resultado</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>Parâmetros da tarefa em JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
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
        <translation>Enviada em</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada em</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Não existe a tarefa %1.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Não existe o perfil “%1”.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Provedor desconhecido “%1”.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>O perfil “%1” desta tarefa não existe mais.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>O perfil “%1” não tem chave de API nesta máquina.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>Não há adaptador para o provedor “%1”.</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>Uma requisição para esta tarefa ainda está em andamento; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 não oferece nenhuma forma de cancelar uma tarefa.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>O provedor já está cancelando esta tarefa.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>O envio ainda não foi respondido; cancele quando a tarefa tiver um ID.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>O QueueLens não sabe se esta tarefa existe; use “Verificar novamente” primeiro.</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>A tarefa já terminou.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>A tarefa não pode ser cancelada no estado atual.</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 só consegue cancelar uma tarefa que ainda não começou a ser executada.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>A tarefa ainda não tem ID do provedor.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>Um cancelamento desta tarefa já está em andamento.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>O resultado do envio é desconhecido: use “Verificar novamente” ou, se tiver certeza de que nenhuma tarefa foi criada, “Enviar mesmo assim”.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>Só é possível tentar novamente tarefas com falha, canceladas, com tempo esgotado, rejeitadas ou perdidas.</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>O provedor ainda não atribuiu um ID a esta tarefa; por isso, ela não pode ser consultada.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>A tarefa terminou; não há nada a atualizar.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 não consegue localizar uma tarefa sem o ID dela, e o QueueLens nunca recebeu um ID para esta tarefa. Procure-a no site do provedor; use “Enviar mesmo assim” só se tiver certeza de que nenhuma tarefa foi criada, porque uma segunda tarefa pode ser cobrada.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>“Enviar mesmo assim” serve apenas para tarefas cujo resultado do envio é desconhecido.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>Outra ação em lote já está atuando nesta tarefa.</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>Nenhuma chave de API definida para o perfil “%1”. Informe-a nas configurações do perfil.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>Informe o ID da tarefa no provedor.</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>O envio não teve resposta clara (%1). O provedor pode ter criado a tarefa: use “Verificar novamente” ou consulte o site do provedor antes de enviar de novo.</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>Voltou uma página HTML em vez do JSON do provedor: muitas vezes é uma página de login da rede, um proxy ou uma URL base que aponta para um site em vez da API. Abra a URL base do perfil em um navegador e verifique-a nas configurações do perfil.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>O provedor aceitou o envio (HTTP %1), mas não enviou nenhum ID de tarefa.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID da requisição %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>O provedor respondeu %n vez que não conhece a tarefa %1.</numerusform>
            <numerusform>O provedor respondeu %n vezes seguidas que não conhece a tarefa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>A tarefa já havia terminado; o estado final dela foi adotado.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Um perfil precisa de um ID.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>A URL base precisa ser um endereço http:// ou https:// completo.</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>Não foi possível salvar o ID da requisição %1 da tarefa %2: %3 Anote-o: o QueueLens o mantém na memória e tenta salvá-lo de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>Não foi possível salvar as alterações de %n tarefa: %1 O QueueLens as mantém na memória e tenta de novo; nada se perde enquanto ele estiver em execução.</numerusform>
            <numerusform>Não foi possível salvar as alterações de %n tarefas: %1 O QueueLens as mantém na memória e tenta de novo; nada se perde enquanto ele estiver em execução.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>Precisa da chave do perfil “%1” nesta máquina; fica a cargo de um operador que a tenha.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>O QueueLens foi encerrado antes de o envio ser respondido. O provedor pode ter criado a tarefa: use “Verificar novamente” ou consulte o site do provedor antes de enviar de novo.</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>A tarefa foi removida.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>Outro processo do QueueLens (%1, processo %2 em %3) está acompanhando esta tarefa agora; atue nela por lá ou aguarde até esse processo terminar.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>O banco de dados de tarefas não conseguiu transferir esta tarefa: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>Resultado baixado com a chave do perfil: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>Não foi possível baixar o resultado (%1); ele continua em %2, que exige a chave do perfil.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>A rede parece estar fora do ar. O QueueLens a verifica de tempos em tempos e retoma as consultas quando ela voltar.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>A tarefa não foi finalizada dentro de %n segundo, o prazo do perfil “%1”. O provedor ainda pode concluí-la.</numerusform>
            <numerusform>A tarefa não foi finalizada dentro de %n segundos, o prazo do perfil “%1”. O provedor ainda pode concluí-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>Encontrada na lista de tarefas do provedor como %1.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>A lista de tarefas do provedor não vai tão longe quanto o envio desta tarefa: ela retornou uma página cheia com %n tarefa mais recente. A tarefa pode existir; procure-a no site do provedor antes de enviá-la de novo.</numerusform>
            <numerusform>A lista de tarefas do provedor não vai tão longe quanto o envio desta tarefa: ela retornou uma página cheia com %n tarefas mais recentes. A tarefa pode existir; procure-a no site do provedor antes de enviá-la de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>A tarefa não foi encontrada na lista de tarefas do provedor: nenhuma tarefa com o mesmo modelo e prompt foi criada em até %n minuto após o envio. Provavelmente ela nunca foi criada.</numerusform>
            <numerusform>A tarefa não foi encontrada na lista de tarefas do provedor: nenhuma tarefa com o mesmo modelo e prompt foi criada em até %n minutos após o envio. Provavelmente ela nunca foi criada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>A lista de tarefas do provedor é ambígua: %n tarefa tem o mesmo modelo e prompt e foi criada perto do envio desta tarefa. O QueueLens não tenta adivinhar se é esta tarefa; procure-a no site do provedor.</numerusform>
            <numerusform>A lista de tarefas do provedor é ambígua: %n tarefas têm o mesmo modelo e prompt e foram criadas perto do envio desta tarefa. O QueueLens não tenta adivinhar qual delas é esta tarefa; procure-a no site do provedor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>Concluída; o resultado está sendo baixado com a chave do perfil antes de a tarefa ser marcada como bem-sucedida.</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>Não foi possível repassar o cancelamento: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>Cancelamento repassado ao processo do QueueLens que acompanha esta tarefa.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>Não foi possível remover a tarefa: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>Não foi possível ler o histórico da tarefa por completo: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>O banco de dados de tarefas voltou a aceitar alterações; tudo o que estava guardado na memória foi salvo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>%n alteração guardada neste computador enquanto o histórico compartilhado estava inacessível foi gravada nele agora.</numerusform>
            <numerusform>%n alterações guardadas neste computador enquanto o histórico compartilhado estava inacessível foram gravadas nele agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>As alterações guardadas neste computador enquanto o histórico compartilhado estava inacessível ainda não puderam ser gravadas (%1); o QueueLens tentará de novo na próxima inicialização.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Não foi possível salvar o perfil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n tarefa deste perfil ainda não foi finalizada. Cancele-a ou remova-a primeiro.</numerusform>
            <numerusform>%n tarefas deste perfil ainda não foram finalizadas. Cancele-as ou remova-as primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>Não foi possível remover o perfil: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>Não foi possível salvar a tarefa; por isso, ela não foi enviada: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>Não foi possível salvar a tarefa: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>O banco de dados de tarefas não está disponível. As tarefas só são mantidas até o QueueLens ser fechado.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>O banco de dados de tarefas não está disponível (%1). As tarefas só são mantidas até o QueueLens ser fechado.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>Mostrando só as tarefas que falharam com %1 (%2)</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>Pesquisar ID, prompt, código de erro…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>Mostra as tarefas cujo ID remoto, prompt, modelo ou código de erro contém todas as palavras digitadas (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Pesquisar tarefas</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>Limpar este filtro</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Limpar filtro</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>Um ID não pode conter espaços. Coloque um ID em cada linha.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>Longo demais para um ID de tarefa (mais de %1 caracteres).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>Mesmo ID da linha %1; importado uma vez.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>Já acompanhada como tarefa #%1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>O arquivo não é um JSON válido: %1 (no caractere %2).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>O arquivo JSON não contém uma lista de tarefas: era esperado um array de tarefas ou um objeto com um array “tasks”.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>Carregar IDs de tarefas</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>Arquivos de texto, CSV ou JSON (*.txt *.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Ainda não há perfil de provedor. Adicione um nas Configurações primeiro.</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>Cole os IDs remotos das tarefas, um por linha, ou carregue um arquivo de texto, CSV ou JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n ID pronto para importar.</numerusform>
            <numerusform>%n IDs prontos para importar.</numerusform>
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
            <numerusform>%n ID pronto para importar</numerusform>
            <numerusform>%n IDs prontos para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n linha será ignorada (veja abaixo).</numerusform>
            <numerusform>%n linhas serão ignoradas (veja abaixo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>Procurando as tarefas já acompanhadas…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>Acompanhando como tarefa #%1</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Não importado.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>%1 de %2 importados…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>%n tarefa passou a ser acompanhada.</numerusform>
            <numerusform>%n tarefas passaram a ser acompanhadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importar tarefas</translation>
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
        <translation>&amp;Carregar arquivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Impo&amp;rtar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>Perfil ao qual as tarefas pertencem</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>Modelo das tarefas importadas</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>Tipo das tarefas importadas</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>IDs remotos das tarefas</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>Resultado por linha</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
        <translation>Alguns provedores precisam do modelo ou do tipo para encontrar uma tarefa; use os mesmos com que ela foi criada.</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>&amp;IDs remotos das tarefas (um por linha):</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Posição na fila</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada em</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>Tarefa %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>O provedor informou: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID da requisição: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>posição %1 na fila</translation>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>Carregando o histórico de tarefas…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>Ainda não há tarefas.
Pressione %1 para enviar uma ou %2 para acompanhar tarefas criadas em outro lugar.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>Nenhuma tarefa corresponde ao filtro atual.
%1 mostra todas as tarefas de novo.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
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
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
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
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Aguardam decisão</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>O banco de dados de tarefas não está aberto.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>a tarefa %1 foi alterada enquanto era salva</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>o banco de dados %1 foi gravado por uma versão mais nova do QueueLens (esquema %2; esta versão conhece até o %3)</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>Conectado. O banco de dados está vazio: o QueueLens cria as tabelas dele na primeira vez que iniciar com este banco de dados.</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>Conectado. O banco de dados contém um histórico do QueueLens (esquema %1).</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>O QueueLens não consegue usar o banco de dados de tarefas: %1.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>o banco de dados %1 foi gravado por uma versão mais nova do QueueLens (esquema %2; esta versão conhece até o %3); atualize o QueueLens ou escolha outro banco de dados</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>o banco de dados %1 foi atualizado nesse meio-tempo por uma versão mais nova do QueueLens (esquema %2)</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>a atualização para o esquema %1 falhou: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>o banco de dados %1 não atribuiu um ID à nova tarefa</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>a tarefa %1 não está mais em execução</translation>
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
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>O envio não teve resposta clara; por isso, o provedor pode ou não ter criado a tarefa. Use “Verificar novamente” para procurá-la ou “Enviar mesmo assim” para enviá-la de novo.</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>#%1 na fila</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>working</source>
        <translation>processando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>Provedor / perfil</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada em</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
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
        <translation>O arquivo %1 não existe mais.</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>Só é possível baixar resultados http e https.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
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
        <translation>Tarefa #%1 bem-sucedida</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Tarefa #%1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>Tarefa #%1 falhou</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n tarefa bem-sucedida</numerusform>
            <numerusform>%n tarefas bem-sucedidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n tarefa falhou</numerusform>
            <numerusform>%n tarefas falharam</numerusform>
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
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n em execução</numerusform>
            <numerusform>%n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n na fila</numerusform>
            <numerusform>%n na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n precisa de decisão</numerusform>
            <numerusform>%n precisam de decisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n bem-sucedida</numerusform>
            <numerusform>%n bem-sucedidas</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: nenhuma tarefa</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Consultas pausadas</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>&amp;Mostrar o QueueLens</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Pausar consultas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>A Vidu não tem o endpoint “%1”. Escolha um destes: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>O text2video da Vidu não aceita imagens: remova “images” ou escolha img2video.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>O img2video da Vidu precisa de “images” como um array com exatamente uma URL de imagem.</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>O start-end2video da Vidu precisa de “images” como um array de duas URLs de imagem: o primeiro e o último quadro.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>O reference2video da Vidu precisa de “images” como um array de uma a sete URLs de imagem, ou de “subjects”.</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>O template2video da Vidu precisa do nome do template em “template” (o template define o modelo).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>O template2video da Vidu precisa de “images” como um array de URLs de imagem.</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>O reference2image da Vidu com viduq1 precisa de “images” como um array de URLs de imagens de referência.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>“%1” não é um nome de modelo da Vidu (por exemplo viduq1).</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Texto para vídeo</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Imagem para vídeo</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>Imagens de referência para vídeo</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>Primeiro e último quadro para vídeo</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>Template para vídeo</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>Imagens de referência para imagem</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>Acompanha todas as tarefas ativas (ou as indicadas) até que todas sejam finalizadas; uma linha por mudança. Tarefas que outros processos do QueueLens enviarem nesse meio-tempo também são acompanhadas.</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>Apenas estas tarefas (padrão: todas as tarefas ativas).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Apenas tarefas deste provedor.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>Continua em execução quando não há nada ativo, aguardando tarefas que outros processos enviarem (interrompa com Ctrl+C).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>Sem IDs de tarefa, o watch acompanha todas as tarefas ativas do banco de dados, inclusive as que outros processos do QueueLens (o aplicativo desktop, outras execuções do queuelens-cli) adicionarem enquanto ele roda, e assume as consultas das tarefas cujo processo terminou ou caiu. Ele sai quando nenhuma tarefa do banco de dados estiver mais ativa (com --follow: só com Ctrl+C). Com IDs de tarefa, ele sai quando essas tarefas forem finalizadas.</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>“%1” não é um ID de tarefa</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>provedor desconhecido “%1”</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>não há tarefa %1 em %2</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>o perfil “%1” não existe mais</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>A tarefa %1 não será acompanhada: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>Nenhuma tarefa ativa para acompanhar.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>O acompanhamento foi interrompido; as tarefas continuam em execução no provedor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>Sandbox · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>Central de controle para desktop dos seus trabalhos assíncronos de geração de imagens e vídeos por IA.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>Executa o sandbox de provedores embutido e o usa para todos os provedores.</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>Banco de dados de tarefas: um arquivo ou o servidor PostgreSQL de uma equipe, no formato postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>arquivo ou URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Idioma da interface, por exemplo zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>Salva uma imagem da janela em &lt;arquivo&gt; após a inicialização e depois sai.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>Semente para a combinação aleatória de resultados do sandbox.</translation>
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
        <translation>Não foi possível abrir o banco de dados de tarefas:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>Não foi possível abrir o histórico compartilhado:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>Abrir o histórico deste computador</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>O sandbox não conseguiu escutar em 127.0.0.1.</translation>
    </message>
</context>
</TS>
