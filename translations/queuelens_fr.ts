<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>L’URL de base n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>Saisissez l’URL de base du fournisseur, par exemple https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>L’URL de base doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>L’URL de base doit contenir un nom d’hôte, par exemple https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>L’URL de base ne peut pas contenir de nom d’utilisateur ni de mot de passe&#xa0;; QueueLens envoie lui-même la clé API.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>L’URL de base ne peut pas contenir de requête («&#xa0;?%1&#xa0;»)&#xa0;: QueueLens ajoute lui-même le chemin et les paramètres de l’API.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>L’URL de base ne peut pas contenir de fragment («&#xa0;#%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré de la fin&#xa0;: QueueLens ajoute lui-même le chemin de l’API.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>Demander au fournisseur d’annuler une tâche (avec --wait, attendre qu’elle soit arrêtée).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Identifiant local de la tâche (donné par submit ou list).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>Suivre la tâche jusqu’à son arrêt&#xa0;; code de sortie 0 uniquement si elle se termine annulée.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>impossible d’annuler la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>le fournisseur n’a pas répondu à temps à la demande d’annulation</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>l’annulation n’a pas été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>le fournisseur n’a pas annulé la tâche %1&#xa0;; elle est toujours à l’état %2</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>La tâche %1&#xa0;s’est terminée à l’état «&#xa0;%2&#xa0;» avant que l’annulation ne prenne effet.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>La tâche %1&#xa0;s’était déjà terminée à l’état «&#xa0;%2&#xa0;».</translation>
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
%n tâche</numerusform>
            <numerusform>%1 · %2
%3
%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tâches par état</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>terminées (total)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>Terminées par minute, %1 dernières minutes</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>Échouées, hors délai ou perdues</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>Attente en file et délai d’obtention du résultat</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>Attente en file, médiane</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>Attente en file, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>Délai de résultat, médiane</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>Délai de résultat, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Erreurs les plus fréquentes</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>tâches échouées</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>Tâches par état

Échantillonnage toutes les quelques secondes&#xa0;; le graphique se remplit au fil du temps.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>Terminées par minute

Aucune tâche terminée au cours des %1 dernières minutes.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>Attente en file et délai d’obtention du résultat

Aucune tâche terminée ou en cours à mesurer pour l’instant.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>Erreurs les plus fréquentes

Aucune tâche échouée. Tout va bien.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>Graphique&#xa0;: tâches par état au fil du temps</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>Graphique&#xa0;: tâches terminées par minute</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>Graphique&#xa0;: attente en file et délai de résultat par fournisseur</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>Graphique&#xa0;: codes d’erreur les plus fréquents</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>Interroger à nouveau le fournisseur sur une tâche inconnue ou perdue.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Identifiant local de la tâche (donné par submit ou list).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>Si la tâche s’avère toujours active, la suivre jusqu’à ce qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>impossible de vérifier la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>le fournisseur n’a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: queuelens-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>Exécutez «&#xa0;queuelens-cli &lt;commande&gt; --help&#xa0;» pour afficher les options d’une commande.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Toutes les commandes acceptent --lang &lt;code&gt; (par exemple zh_CN ou ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas disponible&#xa0;; l’anglais est utilisé. Langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Erreur&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1 sur %2 (ligne de commande)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’indique aucune variable d’environnement pour sa clé API&#xa0;; relancez l’envoi avec --key-env &lt;VAR&gt;.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>La clé API de «&#xa0;%1&#xa0;» est lue dans la variable d’environnement %2, qui n’est pas définie ou est vide. Définissez-la, ou indiquez une autre variable avec --key-env.</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>Lister tous les codes d’erreur documentés avec leur explication.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>Uniquement ce fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Langue de l’interface, par exemple zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>Relance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Code&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After&#xa0;: %n&#xa0;s</numerusform>
            <numerusform>Retry-After&#xa0;: %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>absent de la documentation du fournisseur</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>Réponse du fournisseur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[réponse tronquée]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>Pas de réponse claire à l’envoi</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>La requête d’envoi n’a reçu aucune réponse exploitable&#xa0;: le fournisseur a peut-être créé la tâche, ou peut-être pas.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>Utilisez d’abord «&#xa0;Revérifier&#xa0;» pour rechercher la tâche. «&#xa0;Envoyer quand même&#xa0;» la renvoie&#xa0;; si le premier envoi est bien arrivé, cela crée un doublon facturé deux fois.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>Le fournisseur ne trouve plus cette tâche</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>Le fournisseur a répondu «&#xa0;introuvable&#xa0;» plusieurs fois de suite pour une tâche qu’il avait acceptée. Les fournisseurs suppriment les anciennes tâches, et certains les perdent lors d’un redémarrage.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>Revérifiez une fois&#xa0;; si la tâche reste perdue, relancez-la pour l’exécuter à nouveau.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>La tâche a dépassé son délai maximal</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>La tâche ne s’est pas terminée dans le délai maximal du profil&#xa0;; QueueLens a donc cessé d’attendre.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>Relancez-la, ou augmentez le délai maximal dans les paramètres du profil si ce modèle est lent.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Relancer dans %n&#xa0;s</numerusform>
            <numerusform>Relancer dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>Ouvrir les paramètres du profil…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>Envoyer quand même…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>Le fournisseur a demandé d’attendre avant le prochain appel.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Explication de l’erreur</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Identifiant de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>Copier l’identifiant de requête (à communiquer si vous contactez le fournisseur)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copier l’identifiant de requête</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>Réponse brute du fournisseur</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 n’a indiqué aucun code d’erreur&#xa0;; QueueLens a choisi «&#xa0;%2&#xa0;» d’après l’état de la tâche.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>La documentation de %1 ne décrit pas le statut HTTP %2. Signification habituelle de ce statut&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 a renvoyé le code «&#xa0;%2&#xa0;», absent de sa documentation. D’après le statut HTTP %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(aucun code)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Erreur non documentée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 a signalé «&#xa0;%2&#xa0;», qui ne figure pas dans sa documentation. Le problème semble relever de la catégorie «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>Message du fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>Relancez la tâche&#xa0;; ce type d’échec est généralement temporaire.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>Patientez un peu, puis relancez. Si le problème persiste, réduisez le nombre de tâches simultanées dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>Modifiez le prompt ou les paramètres avec «&#xa0;Modifier et renvoyer&#xa0;»&#xa0;; renvoyer la même requête échouerait de la même façon.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>Vérifiez auprès du fournisseur la clé API, l’offre et le solde de ce profil, puis relancez.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour actualiser la tâche auprès du fournisseur avant de la relancer, afin de ne pas créer de doublon.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>Rien à relancer&#xa0;: envoyez une nouvelle tâche si vous avez encore besoin du résultat.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>Contactez l’assistance du fournisseur en indiquant l’identifiant de requête ci-dessous.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>Le fournisseur a refusé la requête comme mal formée ou non valide, sans renvoyer de code d’erreur documenté. En général, un paramètre manque, a un type incorrect ou n’est pas pris en charge par le modèle.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>Consultez la réponse brute pour trouver des indices, puis corrigez les paramètres avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>Le fournisseur n’a pas accepté les identifiants de connexion&#xa0;: la clé API est absente, erronée ou expirée.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>Vérifiez la clé API dans les paramètres du profil et remplacez-la par une clé valide obtenue sur le site du fournisseur.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Paiement requis</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>Le fournisseur exige un paiement avant d’exécuter la requête, généralement parce que le solde ou les crédits du compte sont épuisés.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>Rechargez le compte sur le site du fournisseur, puis renvoyez la tâche.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Accès interdit</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>Le fournisseur reconnaît la clé mais n’autorise pas cette requête, par exemple un modèle non inclus dans l’offre ou une action que la clé n’a pas le droit d’effectuer.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>Vérifiez les autorisations et l’offre associées à la clé sur le site du fournisseur, ou utilisez une autre clé dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>Il n’y a rien à l’adresse demandée chez le fournisseur&#xa0;: l’URL de base ou le chemin est erroné, ou la tâche ou le modèle n’existe pas.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>Vérifiez l’URL de base dans les paramètres du profil. Pour une tâche existante, utilisez «&#xa0;Revérifier&#xa0;»&#xa0;; si elle reste introuvable, considérez-la comme perdue.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>Le fournisseur n’accepte pas ce type de requête HTTP à cette adresse. Cela signifie presque toujours que l’URL de base pointe vers le mauvais service ou la mauvaise version de l’API.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>Comparez l’URL de base définie dans les paramètres du profil avec la documentation du fournisseur et corrigez-la.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai de requête dépassé</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>Le serveur a cessé d’attendre la fin de la requête, souvent à cause d’une connexion lente ou instable, ou d’un corps de requête très volumineux.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>Relancez après une courte pause. Si le problème se répète, vérifiez la connexion réseau et allégez la requête.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Conflit avec l’état actuel</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>La requête entre en conflit avec l’état actuel de la ressource, par exemple une annulation demandée pour une tâche déjà terminée.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour charger l’état actuel, puis décidez si l’action est encore nécessaire.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>Ressource plus disponible</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>Selon le fournisseur, la ressource a existé mais a été supprimée définitivement, par exemple un résultat expiré ou une tâche effacée.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>L’API ne peut pas la restaurer. Renvoyez la tâche si vous avez encore besoin du résultat, et téléchargez les résultats peu après leur disponibilité.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>Le corps de la requête dépasse la taille acceptée par le fournisseur, généralement à cause des images ou vidéos qu’il contient.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Utilisez des fichiers plus petits ou compressés, ou des liens au lieu de données intégrées, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>Type de contenu non pris en charge</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>Le fournisseur n’accepte pas le format du corps de la requête, par exemple parce que l’en-tête Content-Type est absent ou incorrect.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>Vérifiez que le profil utilise le bon type de fournisseur et la bonne URL de base. Si les deux sont corrects, signalez un bogue de QueueLens.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>Impossible de traiter la requête</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>La requête était bien formée, mais le fournisseur a rejeté son contenu, par exemple une valeur hors de la plage autorisée ou des options incompatibles entre elles.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>Repérez le champ en cause dans le message du fournisseur et corrigez-le avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>Le fournisseur limite le nombre de requêtes ou de tâches simultanées qu’une clé peut envoyer, et cette limite a été atteinte.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Attendez le délai demandé par le fournisseur dans Retry-After, ou une minute s’il n’en indique pas, puis relancez. Réduisez la limite de simultanéité ou augmentez l’intervalle d’interrogation dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>Requête fermée par le client</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>Le serveur a constaté que le client avait fermé la connexion avant l’envoi de la réponse, par exemple à la suite d’un dépassement de délai côté client ou de la fermeture de QueueLens.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>Pour un envoi, utilisez «&#xa0;Revérifier&#xa0;» avant de renvoyer la tâche, car elle a peut-être été créée. Les autres appels peuvent simplement être répétés.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>Le serveur du fournisseur a échoué en traitant la requête. La cause se trouve chez le fournisseur, pas dans la requête.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>Relancez après une pause de plus en plus longue à chaque tentative. Après un envoi échoué, utilisez «&#xa0;Revérifier&#xa0;» ou consultez le site du fournisseur avant de renvoyer la tâche.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>Fonction non implémentée</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>Le fournisseur ne prend pas en charge cette fonction à cette adresse, par exemple un appel d’annulation ou de liste que le service ne propose pas.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>Vérifiez que l’URL de base et le type de fournisseur sont corrects dans les paramètres du profil. S’ils le sont, le fournisseur ne propose pas cette fonction&#xa0;; demandez-la-lui si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>Un proxy ou une passerelle placé devant le fournisseur a reçu une réponse non valide du serveur situé derrière. Cela ne dure généralement pas.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>Relancez après une courte pause. Si un envoi a échoué de cette façon, utilisez «&#xa0;Revérifier&#xa0;» avant de renvoyer la tâche.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>Le fournisseur ne peut pas accepter de requêtes pour le moment, en raison d’une surcharge, d’une maintenance ou d’un manque de capacité disponible.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Relancez après le délai indiqué dans Retry-After, ou après quelques minutes.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Délai de la passerelle dépassé</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>Une passerelle placée devant le fournisseur a attendu trop longtemps le serveur situé derrière. La requête a peut-être quand même été exécutée.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>Relancez après une pause. Pour un envoi, utilisez d’abord «&#xa0;Revérifier&#xa0;», car la tâche existe peut-être même si aucune réponse n’est arrivée.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>Le fournisseur a mis trop de temps à répondre (Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>Cloudflare, placé devant le fournisseur, a bien joint le serveur du fournisseur mais n’a reçu aucune réponse dans son délai d’environ 100 secondes. Le traitement peut encore aboutir chez le fournisseur.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>Ne renvoyez pas la tâche tout de suite&#xa0;: utilisez «&#xa0;Revérifier&#xa0;» ou le site du fournisseur pour savoir si elle a été créée, et relancez uniquement si ce n’est pas le cas.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>Requête rejetée par le fournisseur</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>Le fournisseur a répondu par un statut d’erreur client qui n’a pas d’entrée spécifique ici. Il faut modifier quelque chose dans la requête, la clé ou le compte.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>Lisez la réponse brute dans les détails de l’erreur pour connaître la raison, puis corrigez la requête avec «&#xa0;Modifier et renvoyer&#xa0;» ou mettez à jour les paramètres du profil.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>Erreur du serveur du fournisseur</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>Le fournisseur a répondu par un statut d’erreur serveur qui n’a pas d’entrée spécifique ici. Le problème se situe du côté du fournisseur.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>Relancez après une pause de plus en plus longue à chaque tentative. Si le problème dure, consultez la page d’état du fournisseur.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>Le serveur situé à l’URL de base a refusé la connexion. Le service est peut-être hors ligne, ou l’hôte ou le port indiqué dans l’URL de base est erroné.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>Vérifiez l’URL de base dans les paramètres du profil, y compris l’éventuel numéro de port. Si elle est correcte, relancez plus tard.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Nom d’hôte introuvable</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>Le nom d’hôte de l’URL de base n’a pas pu être résolu en adresse. Il est peut-être mal orthographié, ou le serveur DNS est injoignable.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>Vérifiez l’orthographe de l’hôte dans les paramètres du profil et assurez-vous que d’autres sites web s’ouvrent. Relancez lorsque le réseau fonctionne.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>Aucune donnée reçue à temps</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>Aucune donnée n’a circulé dans un sens ou dans l’autre pendant plus longtemps que le délai de transfert. Le serveur est peut-être surchargé, ou un pare-feu bloque le trafic.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>Relancez après une pause. Pour un envoi, utilisez «&#xa0;Revérifier&#xa0;» avant de renvoyer la tâche, car le fournisseur l’a peut-être créée.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>Connexion fermée avant la fin de la réponse</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>Le serveur ou un proxy a fermé la connexion avant l’arrivée complète de la réponse. Les redémarrages côté fournisseur et les réseaux instables en sont la cause.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>Relancez l’appel. S’il s’agissait d’un envoi, utilisez d’abord «&#xa0;Revérifier&#xa0;» pour éviter de créer la tâche deux fois.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>La connexion chiffrée (TLS) avec le fournisseur n’a pas pu être établie ou vérifiée. Causes fréquentes&#xa0;: une horloge système incorrecte, un proxy ou un antivirus qui intercepte le trafic HTTPS, ou un certificat de serveur expiré.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>Vérifiez la date et l’heure de l’ordinateur ainsi que toute inspection HTTPS effectuée par un proxy ou un antivirus. Si tout est correct, relancez plus tard&#xa0;; le fournisseur est peut-être en train de renouveler son certificat.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Échec du proxy</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>Le serveur proxy configuré sur cet ordinateur a refusé la connexion, demandé une authentification ou n’a pas pu joindre le fournisseur.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>Vérifiez les paramètres de proxy du système et les identifiants du proxy, ou essayez sans proxy. Relancez dès que le proxy fonctionne.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>Ordinateur hors ligne</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>L’ordinateur n’a aucune connexion réseau opérationnelle&#xa0;; la requête n’a donc pas pu être envoyée. Rien n’est parvenu au fournisseur.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>Reconnectez-vous au réseau. QueueLens pourra reprendre dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>Réponse JSON non valide</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>Le fournisseur a signalé un succès, mais le corps de la réponse n’est pas le JSON attendu par QueueLens. Il s’agit souvent d’une page HTML provenant d’un proxy, d’un portail de connexion ou d’un avis de maintenance.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>Relancez après une pause. Si le problème persiste, ouvrez l’URL de base dans un navigateur pour voir ce qui répond, et vérifiez les paramètres du profil.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Réponse vide</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>Le fournisseur a répondu sans corps alors que QueueLens attendait des données, comme un identifiant de tâche ou un statut.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>Relancez après une pause. Si un envoi a reçu une réponse vide, recherchez la tâche sur le site du fournisseur avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>Réponse plus volumineuse que permis</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>Le corps de la réponse dépassait la taille maximale appliquée par QueueLens&#xa0;; il n’a donc pas été lu. Cause fréquente&#xa0;: une URL de base qui pointe vers un gros fichier ou une page web.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>Vérifiez l’URL de base dans les paramètres du profil. Si elle est correcte, le fournisseur a envoyé bien plus de données que son protocole ne le permet&#xa0;; signalez-le-lui en indiquant l’identifiant de la tâche.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>Champs attendus absents de la réponse</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>Le fournisseur a envoyé un JSON valide, mais sans les champs promis par son protocole, comme un identifiant de tâche ou un statut. Le fournisseur a peut-être modifié son API, ou le profil pointe vers un autre type de service.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>Vérifiez que le type de fournisseur et l’URL de base définis dans les paramètres du profil correspondent au service. Si c’est le cas, transmettez la réponse brute aux mainteneurs de QueueLens.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>Issue de l’envoi inconnue</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>L’envoi n’a pas reçu de réponse claire, par exemple parce que la connexion a été coupée ou a expiré&#xa0;; une tâche existe donc peut-être chez le fournisseur, ou peut-être pas. Renvoyer la tâche à l’aveugle peut créer une seconde tâche, elle aussi facturée.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>Utilisez d’abord «&#xa0;Revérifier&#xa0;», ou consultez le site du fournisseur. N’utilisez «&#xa0;Envoyer quand même&#xa0;» que si vous êtes certain qu’aucune tâche n’a été créée.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>Le fournisseur ne connaît plus la tâche</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>Le fournisseur avait déjà signalé cette tâche, mais répond maintenant qu’elle n’existe pas. Elle a peut-être expiré ou été supprimée, ou la clé du profil a changé.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>Vérifiez que le profil utilise toujours la clé avec laquelle la tâche a été créée, puis utilisez «&#xa0;Revérifier&#xa0;». Si elle reste inconnue, renvoyez la tâche si vous avez encore besoin du résultat.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>Tâche hors du délai maximal du profil</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>La tâche ne s’est pas terminée dans le délai maximal défini dans le profil&#xa0;; QueueLens a donc cessé de l’attendre. Le fournisseur peut encore la mener à terme.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour savoir si elle s’est terminée plus tard. Augmentez le délai maximal dans les paramètres du profil pour les modèles lents, par exemple pour les vidéos longues.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>Le fournisseur ne permet pas d’annuler les tâches</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>Ce fournisseur n’offre aucune API d’annulation&#xa0;; QueueLens ne peut donc pas arrêter la tâche. Elle continue de s’exécuter et peut quand même être facturée.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>Laissez la tâche se terminer, ou arrêtez-la sur le site du fournisseur si celui-ci le permet.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>Aucune clé API définie pour ce profil</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens n’a trouvé aucune clé API pour ce profil&#xa0;; rien n’a donc été envoyé. La clé n’a peut-être jamais été saisie, ou le trousseau système qui la stocke est verrouillé ou indisponible.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>Saisissez la clé API dans les paramètres du profil. Si la clé avait déjà été enregistrée, déverrouillez le trousseau système et réessayez.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>Une erreur s’est produite que ni la documentation du fournisseur ni QueueLens ne savent classer. La réponse brute, dans les détails de l’erreur, peut en dire plus.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour connaître l’état réel de la tâche avant de la relancer ou de la renvoyer.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI a rejeté la requête comme non valide</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI n’a pas pu accepter la requête&#xa0;: un champ obligatoire manque, une valeur a un type incorrect ou le corps JSON est mal formé. Le message d’erreur indique généralement le champ concerné.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>Corrigez les paramètres cités dans le message du fournisseur avec «&#xa0;Modifier et renvoyer&#xa0;». Comparez le nom du modèle et les options avec la page FoxAPI de ce modèle.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>Clé API FoxAPI non valide ou absente</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI n’a pas accepté le jeton Bearer&#xa0;: la clé est absente, mal saisie, expirée ou supprimée. Les clés FoxAPI commencent normalement par sk-.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>Copiez à nouveau la clé depuis le tableau de bord FoxAPI dans les paramètres du profil. Créez une nouvelle clé si l’ancienne a été supprimée.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>Solde FoxAPI insuffisant</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>Le solde du compte FoxAPI ne suffit pas à payer cette tâche&#xa0;; elle n’a donc pas été lancée. Le prix dépend du modèle, de la durée et du nombre de résultats.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>Rechargez le compte FoxAPI, puis renvoyez la tâche sans la modifier. Pour réduire le coût par tâche, choisissez un modèle moins cher ou moins de résultats.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>Autorisations insuffisantes pour la clé FoxAPI</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>La clé est valide mais n’a pas le droit d’effectuer cette opération ou d’utiliser ce modèle. Dans le tableau de bord FoxAPI, les clés peuvent être limitées à certains modèles ou fonctions.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>Vérifiez les autorisations et les modèles permis de la clé dans le tableau de bord FoxAPI, ou définissez une clé aux droits plus étendus dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>Point de terminaison ou tâche FoxAPI introuvable</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI a répondu qu’il n’existe rien à cette adresse. Soit l’URL de base ou le chemin est erroné, soit l’identifiant de tâche est inconnu, par exemple parce qu’il appartient à un autre compte.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>Vérifiez que l’URL de base définie dans les paramètres du profil est https://api.foxapi.cc. Pour une tâche, utilisez «&#xa0;Revérifier&#xa0;»&#xa0;; une tâche qui reste inconnue est perdue.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>Limite de débit FoxAPI atteinte</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI limite les requêtes par clé API, et cette clé en a envoyé trop en peu de temps. Les interrogations fréquentes du statut comptent dans la même limite.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Attendez le délai indiqué dans l’en-tête Retry-After, puis relancez. Augmentez l’intervalle d’interrogation ou réduisez la limite de simultanéité dans les paramètres du profil&#xa0;; demandez à l’assistance FoxAPI si vous avez besoin d’une limite plus élevée.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>Erreur du serveur FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>FoxAPI a rencontré une panne inattendue en traitant la requête. La requête elle-même est généralement correcte.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>Relancez après une pause, en doublant la pause après chaque échec. Après un envoi échoué, cherchez dans le tableau de bord FoxAPI une tâche qui aurait quand même été créée avant de renvoyer la tâche.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>Requête mal formée ou incomplète</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI a classé l’erreur comme une requête incorrecte&#xa0;: le corps n’a pas pu être analysé, un paramètre obligatoire est absent ou une valeur sort de ce que le modèle accepte.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>Corrigez le champ cité dans le message du fournisseur avec «&#xa0;Modifier et renvoyer&#xa0;». Renvoyer la même requête échouerait de la même façon.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI n’a pas pu authentifier la clé</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>Le type d’erreur indique que la clé API est absente, non valide ou expirée. FoxAPI attend la clé dans un en-tête Authorization avec le schéma Bearer.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>Saisissez une clé valide dans les paramètres du profil. Si la clé a expiré, créez-en une nouvelle dans le tableau de bord FoxAPI.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>Opération non autorisée pour cette clé FoxAPI</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>La clé API est reconnue mais n’a pas le droit de faire cela, par exemple utiliser un modèle ou une fonction à accès restreint.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>Accordez cet accès à la clé dans le tableau de bord FoxAPI ou associez au profil une clé qui en dispose. Sinon, choisissez un modèle que la clé peut utiliser.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>Ressource FoxAPI introuvable</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>Le modèle, la tâche ou le point de terminaison indiqué dans la requête n’existe pas pour ce compte. Les identifiants de tâche d’un autre compte et les noms de modèle mal saisis produisent aussi ce type d’erreur.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>Vérifiez le nom du modèle et l’URL de base dans les paramètres du profil. Pour une tâche, utilisez «&#xa0;Revérifier&#xa0;»&#xa0;; si elle reste introuvable, considérez-la comme perdue.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>Fréquence de requêtes FoxAPI trop élevée</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>Le type d’erreur indique que la clé a envoyé dans la fenêtre de temps actuelle plus de requêtes que FoxAPI ne l’autorise.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>Attendez le délai indiqué par Retry-After avant la requête suivante. Espacez les envois en réduisant la limite de simultanéité dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>Panne inattendue du serveur FoxAPI</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI a signalé une erreur interne qui n’est pas due au contenu de la requête.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>Relancez avec des pauses de plus en plus longues. Si l’échec persiste plusieurs minutes, contactez l’assistance FoxAPI en indiquant l’heure et l’identifiant de la tâche.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>Modèle temporairement indisponible sur FoxAPI</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>Le modèle demandé était injoignable au moment d’exécuter la tâche, généralement parce que l’entreprise qui le propose était surchargée ou en maintenance. La tâche a échoué sans résultat.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>Renvoyez la tâche dans quelques minutes. Si le modèle reste indisponible, choisissez un modèle similaire avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>Contenu refusé par les règles de sécurité de FoxAPI</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>Le prompt ou une image d’entrée a été jugé contraire à la politique de contenu, par exemple parce qu’il montre des personnes réelles, des personnalités publiques ou des thèmes dangereux. Le message du fournisseur indique souvent la raison.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>Modifiez le prompt ou remplacez l’image pour respecter la politique, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;». La même entrée serait de nouveau refusée.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>Échec de la génération FoxAPI</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>Le modèle a commencé le travail mais n’a produit aucun résultat. Il peut s’agir d’une panne passagère ou d’un prompt que le modèle ne sait pas traiter.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>Renvoyez la tâche. Si elle échoue une seconde fois, simplifiez ou reformulez le prompt avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>Tâche FoxAPI hors délai</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>La tâche a duré plus longtemps que FoxAPI ne l’autorise et a été arrêtée. Les réglages exigeants, comme les longues durées ou les hautes résolutions, rendent ce cas plus probable.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>Relancez plus tard. Si le délai est de nouveau dépassé, choisissez une durée plus courte, une résolution plus basse ou moins de résultats avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI n’a pas pu récupérer l’URL de l’image</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI n’a pas pu télécharger une URL d’image fournie dans la requête. Le lien est peut-être privé, expiré, protégé par une connexion ou fermé aux téléchargements automatisés.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>Testez l’URL dans une fenêtre de navigation privée. Utilisez un lien public et direct vers le fichier image, puis renvoyez la tâche avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>Fichier d’entrée trop volumineux pour FoxAPI</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>Un fichier envoyé ou lié dépasse la taille acceptée par FoxAPI ou par le modèle choisi.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>Compressez ou réduisez le fichier, ou raccourcissez l’extrait, puis renvoyez la tâche avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>Format de fichier d’entrée non pris en charge</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>Un fichier de la requête est dans un format que le modèle ne sait pas lire, par exemple un type d’image inhabituel ou un codec vidéo peu courant.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>Convertissez le fichier dans un format courant, comme PNG ou JPEG pour les images ou MP4 pour la vidéo, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>Paramètres de la tâche inadaptés au modèle</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>La tâche a été créée mais a échoué parce qu’un ou plusieurs paramètres ne conviennent pas au modèle, par exemple une taille, un format d’image ou une durée non pris en charge.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>Consultez le message du fournisseur et les options documentées pour le modèle, puis corrigez les valeurs avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>Impossible de traiter l’image d’entrée</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>Le modèle n’a pas pu exploiter une image d’entrée, par exemple parce que le fichier est endommagé, trop petit ou que ses dimensions ne correspondent pas au résultat demandé.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>Utilisez une autre image, ou exportez-la de nouveau dans un format et une taille standard, puis envoyez-la avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>La tâche FoxAPI a été annulée</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>La tâche s’est terminée parce qu’elle a été annulée, soit à la demande, soit par FoxAPI lui-même. Aucun résultat n’a été produit.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>Si vous n’avez pas annulé la tâche, renvoyez-la avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>Temps de génération écoulé</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>Le modèle n’a pas terminé dans le temps de traitement que FoxAPI accorde à une tâche, souvent parce qu’il était très sollicité.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>Relancez plus tard. Si cela se reproduit, réduisez la durée ou la résolution avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>Capacité en amont temporairement épuisée</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>Le service situé derrière FoxAPI n’a pour le moment aucune capacité disponible pour ce modèle. Ni la requête ni le compte ne sont en cause.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>Patientez plusieurs minutes, puis renvoyez la tâche. Utilisez un autre modèle si vous ne pouvez pas attendre.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>Limite de débit ou d’utilisation FoxAPI dépassée</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>La tâche a échoué parce que le compte a dépassé une limite de débit ou d’utilisation au moment où la tâche allait s’exécuter.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>Patientez avant de renvoyer la tâche et réduisez la limite de simultanéité dans les paramètres du profil. Si la limite est trop basse pour votre activité, demandez à FoxAPI de la relever.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>Service FoxAPI temporairement indisponible</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>Le service qui exécute ce modèle était hors service ou surchargé au moment du traitement de la tâche. Ces interruptions prennent généralement fin sans intervention de votre part.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>Renvoyez la tâche dans quelques minutes.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>Identifiant de tâche FoxAPI non valide ou expiré</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI ne connaît plus cette tâche&#xa0;: l’identifiant est erroné ou l’enregistrement de la tâche a expiré. FoxAPI ne conserve les résultats que pendant une durée limitée (les liens vers les résultats restent valides 24 heures).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» une fois pour confirmer. Si la tâche reste introuvable, considérez-la comme perdue et renvoyez-la si vous avez encore besoin du résultat.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>Échec FoxAPI non classé</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI a signalé un échec qu’il n’a pu rattacher à aucune catégorie connue. Le message du fournisseur contient peut-être plus de détails.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>Renvoyez la tâche une fois. Si la même erreur revient, contactez l’assistance FoxAPI en indiquant l’identifiant de la tâche et le message du fournisseur.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI a rejeté la requête</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>Le corps de la requête n’est pas un JSON valide, un paramètre a un type incorrect, ou la plateforme du groupe de la clé ne correspond pas au point de terminaison appelé.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>Corrigez la requête comme l’indique le message et utilisez «&#xa0;Modifier et renvoyer&#xa0;». Si le message mentionne la plateforme ou le groupe, utilisez une clé d’un groupe prévu pour les tâches d’image.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>Clé LLMAPI absente ou non valide</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI n’a pas accepté la clé Bearer. Elle est peut-être mal saisie, supprimée ou n’a pas été envoyée du tout.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>Saisissez une clé valide dans les paramètres du profil. Les tâches d’image asynchrones exigent une clé associée à un groupe de lots d’images.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI a refusé la requête</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI refuse l’accès pour l’une de ces raisons&#xa0;: le solde est insuffisant, la génération d’images est désactivée pour la clé, ou la modération du contenu a bloqué la requête. Le message précise laquelle.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>Lisez le message, puis rechargez le solde, demandez à l’administrateur d’activer la génération d’images pour la clé, ou reformulez le prompt si la modération l’a bloqué.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>Point de terminaison indisponible pour ce groupe de clés</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>Le chemin n’existe pas, ou la plateforme du groupe de la clé ne le propose pas, par exemple un point de terminaison d’image OpenAI appelé avec une clé d’un groupe non OpenAI.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>Vérifiez que l’URL de base définie dans les paramètres du profil est https://llmapi.site et que la clé appartient à un groupe qui prend en charge les tâches d’image.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>Conflit d’état de tâche LLMAPI</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>La requête entre en conflit avec l’état actuel de la tâche&#xa0;; le plus souvent, il s’agit d’une annulation pour une tâche déjà terminée.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour charger l’état actuel de la tâche avant toute autre action.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>Corps de requête trop volumineux pour LLMAPI</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>La requête dépasse la taille de corps maximale configurée sur le serveur, généralement à cause de grandes images intégrées.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Réduisez ou compressez les images d’entrée, ou envoyez des liens vers les images au lieu de données intégrées, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>Limite de capacité LLMAPI atteinte</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>Une limite de simultanéité, de file d’attente, de file de tâches ou de compte amont a été atteinte. Ces limites s’appliquent par utilisateur et par clé.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Relancez avec des pauses de plus en plus longues et respectez Retry-After s’il est envoyé. Réduisez la limite de simultanéité dans les paramètres du profil afin que moins de tâches attendent en même temps.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>Erreur interne LLMAPI</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI a échoué de manière inattendue en traitant l’appel.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>Relancez avec des pauses de plus en plus longues. Après l’échec de l’envoi d’une tâche d’image, utilisez «&#xa0;Revérifier&#xa0;» ou la liste des tâches avant de la renvoyer, afin d’éviter un doublon.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>Le compte amont de LLMAPI a renvoyé une erreur</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>La plateforme ou le compte amont vers lequel LLMAPI transmet la requête a répondu par une erreur&#xa0;; LLMAPI n’a donc pas pu mener l’appel à bien.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>Relancez après une pause&#xa0;; LLMAPI utilisera peut-être un autre compte amont. Si le problème persiste, contactez l’administrateur de LLMAPI.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>Service LLMAPI indisponible</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>Le service ne peut pas prendre la requête pour l’instant&#xa0;: les tâches asynchrones sont peut-être désactivées, le stockage des résultats manque, ou aucun compte amont n’est libre.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>Relancez dans quelques minutes. Si le message indique que les tâches ou le stockage sont désactivés, contactez plutôt l’administrateur, car attendre ne servira à rien.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>Délai dépassé chez LLMAPI ou en amont</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>Le service amont ou l’exécution de la tâche a pris plus de temps que le serveur ne l’autorise. Une tâche d’image a peut-être quand même été créée.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>Relancez après une pause. Pour l’envoi d’une tâche d’image, utilisez d’abord «&#xa0;Revérifier&#xa0;» ou la liste des tâches afin de ne pas créer de doublon.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>Requête non valide envoyée à LLMAPI</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>La requête n’a pas la forme attendue par ce point de terminaison, par exemple un corps vide, un JSON mal formé ou un champ de type incorrect. Le message précise le problème.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>Corrigez la requête comme l’indique le message et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>Fonction LLMAPI introuvable</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>Le point de terminaison ou la fonction appelée n’est pas disponible, généralement parce que la plateforme du groupe de la clé ne la propose pas.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>Utilisez une clé d’un groupe adapté au point de terminaison, par exemple un groupe de lots d’images pour les tâches d’image asynchrones, et définissez-la dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>Les tâches d’image asynchrones sont désactivées</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>Le serveur LLMAPI a désactivé les tâches d’image asynchrones dans sa configuration&#xa0;; aucune tâche ne peut être créée tant que l’administrateur ne les a pas activées.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>Contactez l’administrateur de LLMAPI. Relancer ne sert à rien tant que la fonction n’est pas activée.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>Stockage des résultats LLMAPI indisponible</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>Les tâches d’image asynchrones conservent leurs résultats dans un stockage objet (OSS ou S3), et ce stockage n’est pas configuré ou est injoignable. Aucune tâche n’a été acceptée.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>Relancez dans quelques minutes. Si le problème dure, contactez l’administrateur de LLMAPI au sujet de la configuration du stockage.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>Requête de tâche d’image non valide</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>Le corps de la tâche d’image n’est pas acceptable, par exemple parce que le prompt est vide ou qu’un champ a un type incorrect. Le message indique le problème.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>Corrigez le champ cité dans le message (un prompt non vide est toujours obligatoire) et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>Le modèle n’est pas un modèle d’image pris en charge</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>Le modèle indiqué dans la tâche n’est pas un modèle d’image pris en charge par l’API de tâches asynchrones de LLMAPI, ou il ne fait pas partie du groupe d’images de la clé.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>Choisissez un modèle d’image pris en charge, comme gpt-image-2 ou un nom de modèle d’image Gemini officiel, avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>Fonction non disponible pour les tâches d’image asynchrones</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>La tâche utilise quelque chose que l’API asynchrone ne propose pas, comme un envoi multipart ou stream défini à true.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>Envoyez un simple corps JSON avec stream défini à false et supprimez les options non prises en charge avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>Les clés d’abonnement ne peuvent pas exécuter de tâches d’image</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>La clé est facturée via un abonnement, mais les tâches d’image asynchrones ne peuvent actuellement être payées que sur le solde du compte. La requête n’a pas été mise en file d’attente.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>Définissez dans les paramètres du profil une clé facturée sur le solde du compte.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>Solde insuffisant pour réserver la tâche d’image</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI réserve le coût d’une tâche lors de son envoi, et le solde ne couvre pas cette réservation. Le montant augmente avec le nombre d’images et leur taille.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>Rechargez le solde LLMAPI, ou demandez moins d’images ou des images plus petites, puis renvoyez la tâche.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>Limite de la file de tâches d’image atteinte</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>L’utilisateur ou la clé a déjà autant de tâches en file d’attente que permis, ou n demande plus d’images qu’une tâche ne peut en produire.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>Attendez que les tâches en file d’attente se terminent avant de relancer, et réduisez la limite de simultanéité dans les paramètres du profil. Si n est élevé, demandez moins d’images par tâche avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>Tâche déjà terminée, rien à annuler</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>L’annulation est arrivée alors que la tâche avait déjà réussi, échoué, dépassé son délai ou été annulée. Ce n’est pas une erreur en soi.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour charger l’état final et l’éventuel résultat.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>Tâche d’image LLMAPI introuvable</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>Aucune tâche ne porte cet identifiant, ou elle appartient à une autre clé API&#xa0;; LLMAPI traite les tâches des autres clés comme introuvables.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>Assurez-vous que le profil utilise la clé qui a créé la tâche, puis utilisez «&#xa0;Revérifier&#xa0;». Si elle reste introuvable, considérez la tâche comme perdue.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>Point de terminaison d’image non proposé pour le groupe de cette clé</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>La clé appartient à un groupe dont la plateforme n’est pas OpenAI&#xa0;; le point de terminaison d’image OpenAI lui est donc fermé.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>Associez au profil une clé d’un groupe OpenAI ou d’un groupe de lots d’images, ou appelez un point de terminaison correspondant à la plateforme de la clé.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>Comptage des jetons non proposé pour le groupe de cette clé</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>Le point de terminaison de comptage des jetons n’est pas disponible pour les clés d’un groupe OpenAI, et une telle clé a été utilisée.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>N’utilisez pas le comptage des jetons avec cette clé, ou utilisez une clé d’un groupe qui le prend en charge.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>La clé n’appartient pas à un groupe Gemini</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Un chemin natif Gemini a été appelé avec une clé dont la plateforme de groupe n’est pas Gemini. LLMAPI associe chaque clé à une seule plateforme.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Utilisez une clé d’un groupe Gemini pour les chemins natifs Gemini, ou utilisez le point de terminaison de tâches compatible OpenAI avec la clé actuelle.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>Le corps de la requête était vide</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI a reçu une requête sans aucun corps. Un défaut du client ou un proxy qui supprime le corps peut en être la cause.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>Vérifiez les paramètres de la requête dans «&#xa0;Modifier et renvoyer&#xa0;». S’ils sont renseignés, vérifiez les paramètres du proxy et signalez un bogue de QueueLens.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>Échec de la tâche d’image LLMAPI</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>La tâche s’est terminée à l’état échoué. LLMAPI ne relance jamais de lui-même une tâche échouée&#xa0;; elle reste donc en échec.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>Renvoyez la tâche après une pause. Si elle échoue de nouveau, modifiez le prompt ou les réglages avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>Tâche d’image LLMAPI hors délai</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>La tâche ne s’est pas terminée dans le temps d’exécution maximal de LLMAPI, et le serveur ne la relancera pas de lui-même.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>Renvoyez la tâche plus tard. Des images plus petites ou moins d’images par tâche se terminent plus vite.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>La tâche d’image LLMAPI a été annulée</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>La tâche a été annulée avant sa fin, par QueueLens ou par un autre client utilisant la même clé.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>Rien à faire si l’annulation était voulue&#xa0;; sinon, utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>Échec en amont de la tâche d’image LLMAPI</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>La tâche a échoué après avoir atteint le modèle&#xa0;: le service amont a répondu sans image, ou les images n’ont pas pu être stockées après la génération (qui a peut-être déjà été facturée). Le message précise le cas.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>Lisez d’abord le message. Si aucune image n’a été produite, renvoyez la tâche après une pause ou reformulez le prompt avec «&#xa0;Modifier et renvoyer&#xa0;». Si le stockage a échoué, vérifiez la consommation du compte avant de renvoyer la tâche.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>La passerelle a rejeté la requête comme non valide</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>La passerelle new-api ou le canal situé derrière elle a trouvé des paramètres manquants ou mal formés. Sur les routes de tâches, un identifiant de tâche inconnu renvoie aussi un statut 400, avec le code task_not_exist.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>Lisez le code et le message d’erreur, puis corrigez la requête avec «&#xa0;Modifier et renvoyer&#xa0;». Si le code est task_not_exist, c’est l’identifiant de la tâche qui pose problème, pas les paramètres.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>Clé de passerelle absente ou erronée</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>La passerelle new-api n’a trouvé aucun jeton valide dans l’en-tête Authorization. Le code d’erreur est souvent vide dans ce cas&#xa0;; seul le statut indique qu’il s’agit d’un problème de clé.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>Saisissez de nouveau la clé de la passerelle (qui commence généralement par sk-) dans les paramètres du profil. Si la clé a été supprimée dans le tableau de bord de la passerelle, créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>Clé de passerelle révoquée ou sans accès au modèle</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>La clé a été reconnue, mais elle est désactivée, épuisée ou n’a pas le droit d’utiliser ce modèle. Les passerelles new-api associent chaque clé à un quota et à un groupe de modèles.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>Vérifiez dans le tableau de bord de la passerelle que la clé est activée, qu’il lui reste du quota et que son groupe inclut ce modèle. Mettez à jour la clé dans les paramètres du profil si vous la changez.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>Le chemin ou le modèle n’existe pas sur la passerelle</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>La passerelle n’a pas cette route, ou elle ne connaît pas le modèle. De nombreuses passerelles new-api n’activent pas du tout les routes de tâches asynchrones de vidéo et d’image.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>Vérifiez l’URL de base dans les paramètres du profil ainsi que le nom du modèle. Demandez à l’administrateur de la passerelle si les routes de tâches sont activées pour votre clé.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>Limite de débit de la passerelle atteinte</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>La passerelle limite les requêtes par clé et par groupe de modèles, et cette clé a dépassé la limite&#xa0;; le message peut être en chinois. new-api n’envoie pas d’en-tête Retry-After&#xa0;: le délai d’attente requis n’est donc pas connu.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>Attendez au moins une minute avant de relancer, et plus longtemps après des refus répétés. Réduisez la limite de simultanéité et augmentez l’intervalle d’interrogation dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>Erreur du serveur de la passerelle ou en amont</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>La passerelle ou le canal situé derrière elle a échoué avec un statut 5xx. new-api répond aussi à certains problèmes côté client par un statut 500&#xa0;; le code d’erreur, s’il est présent, est donc plus fiable que le statut.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>Relancez après une pause. Après un envoi échoué, consultez le journal de consommation dans le tableau de bord de la passerelle avant de renvoyer la tâche, pour ne pas la payer deux fois.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>La passerelle a jugé les paramètres de la requête non valides</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api n’a pas pu utiliser les paramètres tels qu’ils ont été envoyés. Il renvoie souvent ce code avec un statut HTTP 500 alors que la requête est en cause&#xa0;; la renvoyer sans modification ne sert donc à rien.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>Comparez les paramètres avec la documentation de l’API de la passerelle et corrigez-les avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>Le corps de la requête n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>La passerelle n’a pas pu décoder le corps de la requête, généralement à cause d’un JSON mal formé ou d’un champ de type incorrect, par exemple du texte là où un nombre est attendu.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>Recherchez les erreurs de syntaxe et les types de champ incorrects dans les paramètres avec «&#xa0;Modifier et renvoyer&#xa0;», puis renvoyez la tâche.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>La passerelle n’a pas pu lire le corps de la requête</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>La passerelle a échoué en lisant le corps, par exemple parce qu’il était tronqué, plus volumineux que ce qu’elle accepte, ou envoyé avec un Content-Type incorrect. Ce code accompagne un statut 400 ou 413.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>Allégez la requête (moins d’images ou des images plus petites, des liens au lieu de données intégrées) et renvoyez-la avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>La passerelle n’a pas pu convertir la requête</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api traduit chaque requête dans le format du fournisseur en amont, et cette étape a échoué parce que les paramètres ne correspondent pas à ce qu’attend le format d’API choisi.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>N’utilisez que les paramètres documentés par la passerelle pour ce modèle, supprimez les options propres à un fournisseur, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>La passerelle a trouvé des mots interdits dans le prompt</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>Le filtre de mots de la passerelle a détecté des termes dans le prompt et a arrêté la requête avant qu’elle n’atteigne un modèle. C’est l’administrateur de la passerelle qui décide des mots bloqués.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>Reformulez le prompt pour éviter les termes signalés et utilisez «&#xa0;Modifier et renvoyer&#xa0;». Adressez-vous à l’administrateur de la passerelle si vous pensez que la détection est erronée.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>Le prompt a été bloqué</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>Un contrôle de contenu, celui de la passerelle ou celui du fournisseur en amont, a refusé le prompt. La tâche n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Réécrivez le prompt pour qu’il respecte clairement les règles de contenu du fournisseur, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>La passerelle a refusé l’accès</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>La clé, son utilisateur ou son groupe n’a pas le droit d’effectuer cet appel, par exemple parce que le groupe exclut ce modèle, que l’utilisateur est désactivé ou que la clé ne fonctionne que depuis certaines adresses IP.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>Vérifiez le groupe de la clé, les modèles autorisés et les restrictions d’IP dans le tableau de bord de la passerelle, ou adressez-vous à son administrateur. Mettez à jour les paramètres du profil si vous passez à une autre clé.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>Modèle non disponible sur cette passerelle</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>Aucun canal du groupe de votre clé ne sert ce modèle, ou son nom est mal orthographié. new-api renvoie souvent cette erreur avec un statut HTTP 503, qui ressemble à une panne mais n’en est pas une.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>Vérifiez le nom exact du modèle dans la liste des modèles de la passerelle pour votre offre et votre groupe, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;». Demandez à l’administrateur d’ajouter le modèle à votre groupe si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>Format de requête non pris en charge par le canal</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>Le canal qui sert ce modèle ne prend pas en charge le type de requête envoyé, par exemple une route de tâches sur un canal qui ne gère que le chat.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>Utilisez un modèle que la passerelle propose pour ce type de tâche, ou demandez à l’administrateur quel format de requête le canal accepte.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>La passerelle n’a trouvé aucun canal pour la requête</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>La passerelle n’a pas pu choisir de canal amont pour ce modèle et ce groupe, généralement parce que tous les canaux correspondants sont désactivés ou occupés pour le moment.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>Relancez dans quelques minutes. Si le problème persiste, contactez l’administrateur de la passerelle&#xa0;: le modèle n’a peut-être aucun canal opérationnel.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>Le canal de la passerelle n’a aucune clé utilisable</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>Le canal amont n’a pour l’instant aucune clé de fournisseur utilisable, par exemple parce qu’elles sont toutes limitées en débit ou désactivées. Le problème se situe du côté de la passerelle.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>Relancez plus tard. Si cela se reproduit, signalez à l’administrateur de la passerelle que le canal n’a plus de clés amont.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>La clé amont de la passerelle n’est pas valide</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>Le fournisseur en amont a rejeté la clé que la passerelle utilise pour ce canal. Votre propre clé est correcte&#xa0;; seul l’administrateur de la passerelle peut remplacer la sienne.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>Contactez l’administrateur de la passerelle en indiquant l’heure et l’identifiant de requête figurant dans le message. Les relances échoueront tant que le canal n’aura pas été réparé.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>Correspondance de modèle défectueuse sur la passerelle</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>La passerelle fait correspondre le nom de modèle demandé à un modèle amont, et cette correspondance n’est pas valide dans la configuration du canal.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>Contactez l’administrateur de la passerelle en indiquant le modèle utilisé. En attendant la correction, utilisez un autre modèle si possible.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>Le service amont a répondu trop lentement</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>Le canal amont n’a pas répondu dans le délai fixé par la passerelle. Les requêtes volumineuses et les fournisseurs surchargés en sont la cause habituelle.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>Relancez après une courte pause&#xa0;; la passerelle choisira peut-être un autre canal. Si le problème se répète, allégez la requête, par exemple avec moins de résultats ou une durée plus courte.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>Quota de la passerelle épuisé</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>Votre compte sur la passerelle n’a plus assez de quota pour payer cette requête. Les passerelles renvoient généralement cette erreur avec un statut HTTP 403.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>Rechargez le compte dans le tableau de bord de la passerelle, puis renvoyez la tâche.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>La passerelle n’a pas pu réserver de quota pour la requête</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>Avant d’exécuter une requête, new-api réserve son coût estimé sur le quota de la clé. La réservation a échoué, généralement parce que la limite de quota propre à la clé est inférieure à l’estimation.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>Relevez ou supprimez la limite de quota de cette clé, ou rechargez le compte dans le tableau de bord de la passerelle, puis relancez.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>La passerelle n’a pas de prix pour ce modèle</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>La passerelle ne peut pas facturer la requête, car aucun prix ni ratio n’est configuré pour le modèle. Il s’agit d’une lacune de configuration du côté de la passerelle.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>Indiquez à l’administrateur de la passerelle quel modèle a échoué afin qu’il en fixe le prix. En attendant, utilisez un autre modèle.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>La passerelle n’a pas pu évaluer la requête</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api estime la taille de chaque requête avant de la facturer, et cette estimation a échoué. Cela arrive souvent lorsqu’une image de l’entrée ne peut pas être téléchargée ou lue.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>Vérifiez que toutes les URL d’images sont publiques et valides, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;». Si l’entrée est correcte, relancez une fois, puis contactez l’administrateur.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>La passerelle n’a pas pu joindre le service amont</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>L’appel de la passerelle au fournisseur en amont a échoué au niveau du réseau, par exemple parce que la connexion a été refusée ou interrompue.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>Relancez après une courte pause&#xa0;; la passerelle fera peut-être passer la tentative suivante par un autre canal.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>Le service amont a renvoyé une réponse inexploitable</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>Le fournisseur en amont a répondu, mais la passerelle n’a pas pu analyser la réponse. Cela indique une panne ou un changement de format du côté amont.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>Relancez après une pause. Si l’échec persiste, contactez l’administrateur de la passerelle en indiquant l’identifiant de requête.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>Le service amont a répondu par un statut d’erreur</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>Le fournisseur en amont a renvoyé une erreur HTTP, que la passerelle a transmise sous ce code. Le message contient souvent l’explication du service amont lui-même.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>Lisez d’abord le message&#xa0;: s’il décrit un problème dans votre entrée, corrigez-le avec «&#xa0;Modifier et renvoyer&#xa0;». Sinon, relancez après une pause ou contactez l’administrateur.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>Le service amont a envoyé une réponse vide</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>Le fournisseur en amont a terminé sa réponse sans aucun contenu. Cela peut arriver lorsque des réponses diffusées en flux, trop lentes, atteignent un délai maximal.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>Relancez. Si cela se reproduit, demandez à l’administrateur de la passerelle d’augmenter le délai de diffusion en flux.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>La passerelle a perdu la réponse du service amont</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>La connexion avec le service amont a été coupée pendant que la passerelle lisait la réponse&#xa0;; celle-ci est donc incomplète.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>Relancez l’appel. Après un envoi échoué, patientez un instant et consultez le journal de consommation de la passerelle avant de renvoyer la tâche, car le service amont l’a peut-être créée.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>La passerelle n’a pas pu encoder les données</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>La passerelle n’a pas réussi à convertir une requête ou une réponse en JSON. Il s’agit d’une panne interne du logiciel de la passerelle.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>Relancez une fois. Si le problème se répète, signalez-le à l’administrateur de la passerelle en indiquant l’identifiant de requête.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>Échec de lecture de la base de données de la passerelle</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>La passerelle n’a pas pu lire dans sa base de données des informations dont elle a besoin, comme votre clé, votre utilisateur ou l’enregistrement de la tâche.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>Relancez après une courte pause. Si l’erreur persiste, c’est la passerelle elle-même qui a un problème&#xa0;; contactez son administrateur.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>Échec d’écriture dans la base de données de la passerelle</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>La passerelle n’a pas pu enregistrer des données, comme un nouvel enregistrement de tâche ou une modification de quota. Après un envoi, la tâche amont existe peut-être même si la passerelle ne l’a pas enregistrée.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>Relancez les appels de statut après une pause. Avant de renvoyer la tâche, cherchez un débit dans le journal de consommation de la passerelle et contactez l’administrateur si vous avez été facturé.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>La passerelle ne connaît pas cet identifiant de tâche</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>La passerelle n’a aucune tâche portant cet identifiant pour votre clé. new-api renvoie cette erreur avec un statut HTTP 400 plutôt que 404&#xa0;; elle peut donc ressembler à une erreur de saisie.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» une fois pour écarter un simple retard. Si la tâche reste inconnue, vérifiez que le profil utilise toujours la clé qui l’a créée&#xa0;; sinon, considérez la tâche comme perdue.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>Trop de requêtes simultanées pour cette clé</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>La passerelle plafonne le nombre de requêtes qu’une clé peut avoir en cours en même temps, et cette clé a atteint ce plafond.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Attendez la fin des requêtes en cours, puis relancez. Réduisez la limite de simultanéité dans les paramètres du profil pour rester sous la limite de la clé.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Contrôle de simultanéité de la passerelle indisponible</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>La passerelle n’a pas pu vérifier combien de requêtes la clé a en cours, car le service qui les compte est hors service. Elle refuse les requêtes jusqu’au rétablissement de ce contrôle.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>Relancez après une courte pause. Si le problème persiste, prévenez l’administrateur de la passerelle.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>La tâche a échoué sur la passerelle</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>La tâche s’est terminée à l’état échoué. La raison donnée par la passerelle ou le fournisseur en amont figure dans le message du fournisseur, car new-api transmet ces textes sans code fixe.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>Lisez le message&#xa0;: s’il met en cause le prompt ou une entrée, corrigez-les avec «&#xa0;Modifier et renvoyer&#xa0;». Sinon, renvoyez la tâche après une pause.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>Clé API absente ou refusée</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>La passerelle de SeaArt a arrêté la requête avant qu’elle n’atteigne la file d’attente du modèle. L’en-tête Authorization ne contenait pas de clé API, ou contenait une clé que SeaArt n’accepte pas parce qu’elle est mal saisie, supprimée ou appartient à un autre compte.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>Ouvrez les paramètres du profil et saisissez de nouveau la clé API SeaCloud, sans espace avant ni après. Si la clé a été supprimée ou renouvelée, créez-en une nouvelle dans la console SeaCloud.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>Trop de requêtes envoyées à SeaArt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>La passerelle de SeaArt limite le nombre de requêtes qu’un compte peut envoyer sur une courte période, et cette requête a dépassé la limite. Les envois, les interrogations de statut et les téléchargements de résultats comptent tous dans cette limite.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Attendez le délai indiqué dans Retry-After, ou environ une minute s’il n’y en a pas, puis relancez. Réduisez la limite de simultanéité ou augmentez l’intervalle d’interrogation dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>Point de terminaison de modèle SeaArt inconnu</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>L’identifiant de modèle figurant dans le chemin de la requête n’est pas un point de terminaison SeaCloud&#xa0;; le message se termine par l’identifiant essayé. En général, l’identifiant est mal orthographié, ou le modèle a été retiré de SeaCloud.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>Recherchez l’identifiant exact du modèle dans la liste des modèles SeaCloud (par exemple nano_banana_2) et corrigez-le avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>Modèle non activé pour ce compte SeaArt</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>Le modèle existe, mais le compte auquel appartient cette clé API n’a pas le droit de l’utiliser. Certains modèles SeaCloud doivent être activés séparément ou exigent une offre supérieure.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>Activez le modèle pour votre compte dans la console SeaCloud, ou choisissez un modèle inclus dans votre offre avec «&#xa0;Modifier et renvoyer&#xa0;». Vérifiez que le profil utilise la clé du bon compte.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt n’accepte pas les rappels webhook</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>La file d’attente de SeaArt ne prend pas en charge les webhooks et refuse toute requête qui contient une adresse de rappel, que ce soit dans le corps, la chaîne de requête ou un en-tête. Aucune tâche n’a été mise en file d’attente.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>Supprimez les champs de webhook ou de rappel, comme webhook_url, des paramètres avec «&#xa0;Modifier et renvoyer&#xa0;». QueueLens interroge SeaArt pour connaître l’état de la tâche&#xa0;: aucun rappel n’est nécessaire.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>L’environnement d’exécution SeaArt n’a pas pu traiter l’appel</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>L’environnement d’exécution de la file d’attente SeaArt a échoué pendant le traitement de l’appel. La panne se situe du côté de SeaArt&#xa0;; après un envoi échoué, on ne sait pas avec certitude si une tâche a été créée.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>Relancez les appels de statut et de résultat après une courte pause. Ne renvoyez un envoi échoué qu’une ou deux fois, car chaque nouvel envoi peut créer une autre tâche payante.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt n’a pas de point de terminaison de statut en flux</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>Une requête a été envoyée au chemin de flux de statut, que SeaArt ne propose pas. SeaArt ne signale la progression que par le point de terminaison de statut ordinaire, qu’il faut interroger.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>Vérifiez que l’URL de base définie dans les paramètres du profil est l’URL de modèle SeaArt simple, sans chemin de flux. Si c’est le cas, signalez un bogue de QueueLens.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>Le point de terminaison SeaArt n’existe pas</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>La requête a été envoyée à un chemin que SeaArt ne sert pas, comme un point de terminaison synchrone /sync. SeaArt n’exécute la génération que par sa file d’attente asynchrone&#xa0;; une URL de base erronée produit la même réponse.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>Définissez l’URL de base dans les paramètres du profil à https://cloud.seaart.ai/model, sans chemin supplémentaire. Envoyez par la file d’attente et laissez QueueLens interroger SeaArt pour obtenir le résultat.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt ne connaît pas cet identifiant de requête</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt n’a trouvé aucune tâche portant ce request_id pour ce point de terminaison de modèle et cette clé. Causes habituelles&#xa0;: un identifiant erroné, un appel de statut qui utilise un autre identifiant de modèle que l’envoi, ou une clé d’un autre compte.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» une ou deux fois, pas davantage. Si la réponse ne change pas, considérez la tâche comme perdue et assurez-vous que le profil utilise toujours la clé avec laquelle la tâche a été envoyée.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>Le modèle SeaArt a échoué pendant la génération</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>La tâche s’est exécutée, mais le modèle s’est arrêté sur une erreur avant de produire un résultat. SeaArt marque une telle tâche comme COMPLETED avec une erreur&#xa0;: elle est donc terminée et sans résultat.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>Renvoyez la tâche après une courte attente. Si les mêmes entrées échouent de nouveau, modifiez le prompt, l’image ou les paramètres, ou essayez un autre modèle.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>La génération SeaArt a pris trop de temps</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>Le modèle n’a pas terminé dans le délai propre à SeaArt&#xa0;; SeaArt a donc mis fin à la tâche sans résultat. Les vidéos longues, les hautes résolutions et les heures de forte affluence rendent ce cas plus probable.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>Relancez plus tard, lorsque le modèle est moins sollicité. Si cela se reproduit, demandez une durée plus courte ou une résolution plus basse avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt a jugé l’entrée de la tâche inutilisable</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt a mis la tâche en file d’attente, mais le modèle a ensuite rejeté son entrée, par exemple un prompt manquant, une valeur hors limites ou une image illisible. Le texte d’erreur de SeaArt indique généralement le problème.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>Corrigez l’entrée citée dans le message du fournisseur avec «&#xa0;Modifier et renvoyer&#xa0;». Vérifiez que les URL d’images sont publiques et que les valeurs correspondent aux options documentées pour le modèle.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt a bloqué le contenu</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>Le filtre de sécurité de SeaArt a arrêté la tâche parce que le prompt, une image d’entrée ou le résultat généré enfreignait ses règles de contenu. Aucun résultat n’a été conservé.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>Réécrivez le prompt ou remplacez l’image d’entrée pour respecter clairement les règles de contenu de SeaArt, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;». La même entrée serait de nouveau bloquée.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>La tâche SeaArt a été annulée</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>La tâche s’est terminée parce qu’une demande d’annulation est parvenue à SeaArt, de QueueLens ou d’un autre client utilisant la même clé. SeaArt signale ce cas comme COMPLETED avec ce type d’erreur.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>Aucune action n’est nécessaire si l’annulation était voulue. Sinon, renvoyez la tâche avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>Erreur interne SeaArt pendant la tâche</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>Une défaillance s’est produite dans le service SeaArt pendant le traitement de la tâche&#xa0;; la requête elle-même n’en est pas la cause. La tâche est terminée sans résultat.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>Renvoyez la tâche dans quelques minutes. Si de nombreuses tâches échouent ainsi, contactez l’assistance SeaArt en indiquant l’identifiant de requête.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>La tâche était déjà terminée avant l’annulation</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>La demande d’annulation est arrivée après que la tâche avait atteint un état final&#xa0;; il n’y avait donc plus rien à arrêter. Ce n’est pas un échec&#xa0;: la tâche a réussi ou échoué d’elle-même.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour charger l’état final réel et, si la tâche a réussi, son résultat.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt n’a trouvé aucune tâche à annuler</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt a répondu à la demande d’annulation par NOT_FOUND&#xa0;: aucune tâche portant cet identifiant de requête n’existe pour cette clé et ce point de terminaison de modèle, ou la clé n’y a pas accès.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour savoir si la tâche existe encore. Si les appels de statut échouent aussi, considérez la tâche comme perdue et vérifiez que le profil utilise la clé avec laquelle elle a été envoyée.</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu a rejeté la requête</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu a jugé la requête non valide sans donner de raison plus précise. Vidu utilise aussi ce code lorsqu’il refuse d’annuler une tâche dont l’état ne permet plus l’annulation.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>Lisez le message du fournisseur. Pour une annulation refusée, utilisez «&#xa0;Revérifier&#xa0;» afin de connaître l’état réel de la tâche&#xa0;; sinon, corrigez la requête avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Champ obligatoire manquant</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>La requête contient un champ que Vidu n’accepte pas</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Trop ou trop peu d’éléments dans un champ</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>Taille de page ou d’image hors limites</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>Le nom du code évoque une requête de liste de tâches dont la taille de page sort de la plage autorisée (1 à 100). Le tableau de Vidu associe pourtant ce code aux limites des images d’entrée&#xa0;: 50&#xa0;Mo au maximum, formats JPG, JPEG, PNG ou WEBP, et un rapport largeur/hauteur compris entre 1:4 et 4:1.</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>Pour les listes de tâches, utilisez une taille de page comprise entre 1 et 100. Pour un envoi, vérifiez que les images d’entrée respectent ces limites et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu n’a pas pu télécharger l’image</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu n’a pas pu récupérer une image à partir d’une URL de la requête. Le lien a peut-être expiré, exige une connexion ou est fermé aux téléchargements automatisés.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>Vérifiez que chaque URL d’image s’ouvre sans connexion dans une fenêtre de navigation privée, remplacez les liens défectueux et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu traite encore la requête</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu travaille encore sur la requête et demande de réessayer plus tard.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Patientez un peu, puis relancez, comme le demande Vidu.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Format d’image refusé par Vidu</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>Une image d’entrée est dans un format que Vidu n’accepte pas, ou le fichier est endommagé. Vidu lit les images JPG, JPEG, PNG et WEBP.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>Convertissez l’image en PNG ou en JPEG et renvoyez-la avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>L’entrée n’a pas passé le contrôle de sécurité de Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Le contrôle du prompt ou des images envoyés par Vidu a détecté un contenu non autorisé&#xa0;; la tâche n’a donc pas été acceptée.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Modifiez le prompt ou les images pour qu’ils respectent clairement les règles de contenu de Vidu, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Crédits Vidu insuffisants</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>Le compte n’a pas assez de crédits pour cette tâche. Vidu renvoie cette erreur avec un statut HTTP 400, mais il s’agit d’une question de facturation, pas d’une erreur de saisie.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Achetez ou renouvelez des crédits sur la plateforme Vidu, ou rendez la tâche moins coûteuse (durée plus courte, résolution plus basse), puis renvoyez-la.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>Le contenu généré enfreint la politique de Vidu</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>La tâche s’est exécutée, mais la politique de contenu de Vidu a signalé le résultat généré&#xa0;; il n’a donc pas été transmis.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>Modifiez le prompt ou les images d’entrée pour que le résultat risque moins d’être signalé, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Modèle Vidu indisponible</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>Le modèle demandé n’est pas disponible pour cette tâche&#xa0;; la tâche a donc échoué. Vidu met en cause le type de modèle.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>Vérifiez le type de modèle (par exemple viduq1 pour ce point de terminaison), corrigez-le avec «&#xa0;Modifier et renvoyer&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Tâche Vidu annulée par l’utilisateur</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>La tâche a été arrêtée par une demande d’annulation pour ce compte, émise par QueueLens ou ailleurs. Vidu la signale comme échouée avec ce code.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>Rien à faire si l’annulation était voulue&#xa0;; sinon, renvoyez la tâche avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>Valeur de champ non valide</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>Aucun corps humain exploitable dans l’image</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>Ce modèle ou cet effet exige une personne bien visible, et la détection corporelle de Vidu n’a pas pu localiser les articulations dans l’image d’entrée.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>Utilisez une photo qui montre clairement une personne en pied, sans recadrage serré, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>Échec du contrôle du visage sur l’image d’entrée</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Le contrôle du visage effectué par Vidu sur l’image d’entrée a échoué, par exemple parce que le visage est trop petit, détourné ou flou.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>Envoyez une photo nette avec un visage bien visible, tourné vers l’objectif, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>Corps ou visage trop masqué dans l’image</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>Le corps ou le visage de la personne est trop masqué dans l’image d’entrée pour que Vidu puisse le détecter.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>Utilisez une image où le visage et le corps ne sont cachés ni par des objets, ni par des mains, ni par d’autres personnes, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>Le prompt enfreint la politique de Vidu</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>Le prompt contient des mots ou des thèmes que Vidu n’autorise pas&#xa0;; la tâche a donc été refusée avant son exécution.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>Réécrivez le prompt sans le contenu problématique et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Clé API Vidu refusée</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu n’a pas accepté les identifiants de connexion&#xa0;: la clé est erronée, supprimée ou absente. Vidu attend la clé avec le schéma Token dans l’en-tête Authorization&#xa0;; les revendeurs peuvent attendre un autre schéma.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>Vérifiez la clé dans les paramètres du profil et créez-en une nouvelle sur la plateforme Vidu si nécessaire. Si l’URL de base pointe vers un revendeur, utilisez une clé émise par ce revendeur.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu a refusé l’accès</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>La clé est valide mais n’a pas le droit d’effectuer cette requête, par exemple pour un point de terminaison ou un modèle que la formule du compte n’inclut pas.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Vérifiez les formules et les autorisations du compte sur la plateforme Vidu, ou définissez dans les paramètres du profil une clé disposant de l’accès nécessaire.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu ne connaît pas cet identifiant de tâche</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>Aucune tâche portant cet identifiant n’existe pour le compte associé à la clé. Causes habituelles&#xa0;: un identifiant mal saisi ou une clé d’une autre organisation.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» une fois. Si la tâche reste introuvable, vérifiez que le profil utilise la même clé qu’au moment de l’envoi&#xa0;; sinon, considérez la tâche comme perdue.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>Identifiant de création Vidu introuvable</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>La création indiquée dans la requête, c’est-à-dire l’un des résultats générés par une tâche, n’existe pas ou n’est plus disponible.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour charger la liste actuelle des créations de la tâche, et utilisez les identifiants qui y figurent.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Ressource Vidu introuvable</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>Le chemin ou la ressource demandés n’existent pas, souvent parce que l’URL de base ou le point de terminaison est erroné.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>Vérifiez l’URL de base dans les paramètres du profil (https://api.vidu.com pour la plateforme internationale) et assurez-vous que le point de terminaison correspond au type de tâche.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Conflit de ressource Vidu</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>La requête créerait ou modifierait une ressource dont la clé est déjà utilisée&#xa0;; Vidu l’a donc rejetée.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>Utilisez «&#xa0;Revérifier&#xa0;» pour savoir si la requête précédente a déjà pris effet avant de la répéter.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Limite de simultanéité Vidu dépassée</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>L’organisation a déjà autant de tâches en cours que sa limite de simultanéité le permet (5 par défaut), et Vidu a rejeté la requête supplémentaire.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Attendez la fin des tâches en cours, puis relancez. Réglez la limite de simultanéité dans les paramètres du profil sur votre limite Vidu, ou demandez une limite plus élevée à l’assistance Vidu.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Requêtes trop fréquentes vers Vidu</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>La clé a envoyé des requêtes plus vite que Vidu ne l’autorise sur une courte période&#xa0;; les vérifications de statut comptent aussi.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>Patientez avant de relancer, et augmentez l’intervalle d’interrogation dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu limite le trafic</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu limite les requêtes parce que ses propres ressources sont saturées, et non à cause de votre compte.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>Relancez après une pause plus longue, d’au moins quelques minutes, et envoyez moins de nouvelles tâches jusqu’à la fin de la limitation.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>Requête interrompue par le client</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu a constaté que le client avait fermé la requête HTTP avant que la réponse soit prête, par exemple après un dépassement de délai côté client. Cela concerne cet appel, pas forcément la tâche.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>S’il s’agissait d’un envoi, utilisez «&#xa0;Revérifier&#xa0;» ou la liste des tâches Vidu avant de renvoyer la tâche, car elle a peut-être été créée.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Défaillance interne du service Vidu</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Une erreur interne s’est produite chez Vidu pendant le traitement de la requête.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>Relancez après une pause. Si l’échec persiste, contactez l’assistance Vidu en indiquant l’identifiant de trace figurant dans les détails de l’erreur.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Échec Vidu sans raison connue</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu a signalé l’échec de la tâche ou de la requête sans en donner la raison.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>Renvoyez la tâche après une pause. Si la même tâche continue d’échouer, contactez l’assistance Vidu en indiquant l’identifiant de la tâche.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Échec de la détection de visage Vidu</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu n’a pas pu effectuer la détection de visage sur l’entrée, souvent parce que l’image est trop sombre, trop petite ou de mauvaise qualité.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>Utilisez une image plus lumineuse et plus nette, où le visage est grand et bien visible, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu n’a pas pu télécharger la vidéo</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu n’a pas pu récupérer une vidéo à partir d’une URL de la requête. Le lien est peut-être privé, expiré ou trop lent.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>Utilisez un lien public et direct vers le fichier vidéo, testez-le dans une fenêtre de navigation privée, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Format vidéo refusé par Vidu</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>Une vidéo d’entrée utilise un conteneur ou un codec que Vidu ne sait pas lire, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>Convertissez la vidéo en MP4 avec H.264 et renvoyez-la avec «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>Le visage n’a pas passé le contrôle de Vidu</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>Un visage a été trouvé, mais il ne répond pas aux exigences du modèle ou de l’effet, par exemple parce qu’il est vu de profil, partiellement masqué ou trop petit.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>Utilisez une photo avec un seul visage net, tourné vers l’objectif et occupant une bonne partie de l’image, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>La photo d’entrée n’a pas passé le contrôle de Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Le contrôle des images de Vidu a rejeté une photo envoyée, par exemple parce qu’elle montre un contenu que la plateforme n’autorise pas.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Remplacez la photo par une autre qui respecte clairement les règles de contenu de Vidu et utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>Aucun visage trouvé dans l’image</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>Le modèle ou l’effet choisi exige un visage, mais Vidu n’en a trouvé aucun dans l’image d’entrée.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>Envoyez une image qui montre clairement le visage d’une personne, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>Plusieurs visages dans l’image</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>Le modèle ou l’effet fonctionne avec une seule personne, mais Vidu a trouvé plusieurs visages dans l’image d’entrée.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>Recadrez l’image sur une seule personne ou choisissez une photo ne comportant qu’un visage, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Échec du contrôle de contenu Vidu</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Le contrôle de contenu de Vidu a rejeté l’entrée ou le résultat généré&#xa0;; la tâche s’est donc terminée sans résultat exploitable.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Adaptez le prompt et les images pour qu’ils respectent clairement les règles de contenu de Vidu, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>Dimensions de l’image hors limites</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>La largeur ou la hauteur d’une image d’entrée, en pixels, est trop grande ou trop petite pour Vidu.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>Redimensionnez l’image pour que ses deux côtés respectent les limites en pixels documentées pour le modèle et que le rapport largeur/hauteur reste compris entre 1:4 et 4:1, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>rien de précis</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>La requête omet un élément dont Vidu a besoin, ou le laisse vide. Indiqué par Vidu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Complétez ce qui manque avec «&#xa0;Modifier et renvoyer&#xa0;». Vérifiez aussi que le point de terminaison convient à la tâche&#xa0;: la conversion d’image en vidéo, par exemple, exige une image d’entrée.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>La requête contient un élément que ce point de terminaison ou ce modèle n’accepte pas. Indiqué par Vidu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Supprimez-le avec «&#xa0;Modifier et renvoyer&#xa0;». Les options acceptées varient selon les modèles et les points de terminaison Vidu.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>Une liste de la requête contient plus ou moins d’éléments que Vidu ne l’autorise, par exemple trop d’images de référence. Indiqué par Vidu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>Ajustez le nombre d’éléments à ce que le modèle autorise, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>Une valeur de la requête n’a pas passé les contrôles de Vidu, par exemple un modèle, une résolution ou une durée inconnus. Indiqué par Vidu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>Remplacez-la par une valeur documentée pour le modèle, puis utilisez «&#xa0;Modifier et renvoyer&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requête non valide</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>Politique de contenu</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>Conflit d’état</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>Défaillance en amont</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Relancer maintenant</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>Relancer après un délai</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>Modifier la requête</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>Corriger le compte ou la clé</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>Vérifier d’abord l’état de la tâche</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>Relancer ne servira à rien</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>Contacter le fournisseur</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>envoi de la tâche</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>vérification du statut</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>récupération du résultat</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>recherche dans la liste des tâches du fournisseur</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>génération, chez le fournisseur</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>Tâche créée</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>Ajoutée par son identifiant de tâche</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>Réponse à l’envoi</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>Envoi refusé</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>Pas de réponse claire à l’envoi</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>Envoi limité en débit</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>Envoyée quand même</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Relancée</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Vérification du statut</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Échec de la vérification du statut</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>Résultat récupéré</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>Inconnue du fournisseur</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Revérifiée</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>La revérification n’a rien trouvé</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>Trouvée dans la liste des tâches</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>Absente de la liste des tâches</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>Plusieurs correspondances dans la liste des tâches</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>La liste des tâches ne remonte pas assez loin</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>Liste des tâches indisponible</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>Réponse à l’annulation</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>Échec de l’appel d’annulation, nouvelle tentative</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>Échec de l’annulation</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>Terminée avant l’annulation</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Délai maximal atteint</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens a redémarré</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>Clé API sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>Téléchargement des résultats</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Résultats enregistrés</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>Échec du téléchargement du résultat</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>Expliquer un code d’erreur de fournisseur et proposer une solution.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Catégorie&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>Relance&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(Ce code ne figure pas dans la documentation du fournisseur&#xa0;; le texte ci-dessus est déduit du statut HTTP et de la catégorie.)</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>Le code, la raison, le type ou le message envoyé par le fournisseur (par ex. CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>Identifiant du fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>Statut HTTP reçu avec l’erreur.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>Message du fournisseur, utilisé pour compléter des détails comme les noms de champs.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Langue de l’interface, par exemple zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>indiquez exactement un identifiant à expliquer</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status exige un statut HTTP compris entre 100 et 599, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le catalogue d’erreurs.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le catalogue d’erreurs de %2.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tâche a échoué avec %1 (%2)</numerusform>
            <numerusform>%n tâches ont échoué avec %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n tâche a échoué avec %1 (%2)</numerusform>
            <numerusform>%n tâches ont échoué avec %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Relance&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>Relancez les tâches, ou vérifiez le délai maximal du profil et la page d’état du fournisseur.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>Tout relancer (%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>Tout retirer (%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>Aucune tâche échouée. Les tâches en échec sont regroupées ici par code d’erreur, pour appliquer une même correction à toutes à la fois.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>Sélectionner dans le tableau</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>Afficher uniquement celles-ci</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>Relancer toutes les tâches de ce groupe qui peuvent l’être</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>Retirer de la liste toutes les tâches de ce groupe</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>Passer au tableau des tâches avec ces tâches sélectionnées</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>Filtrer le tableau des tâches sur ce groupe</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Échecs par code</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI ne documente aucun point de terminaison d’annulation&#xa0;: la tâche s’exécute jusqu’au bout et est facturée normalement.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI accepte les types «&#xa0;image&#xa0;» et «&#xa0;video&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de modèle FoxAPI (les noms de modèle ne contiennent pas d’espace).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>La réponse de %1 dépassait %2 octets et n’a pas été lue.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 a redirigé la requête vers %2. QueueLens ne suit les redirections que vers le même hôte&#xa0;; la clé API n’y a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 a redirigé la requête plus de %2 fois.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 envoyait encore sa réponse après %2 secondes, la limite pour une requête&#xa0;; QueueLens a donc cessé d’attendre. Le serveur maintient la réponse ouverte sans la terminer.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>Aucune donnée reçue de %1 dans le délai de transfert (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 a refusé la connexion (%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>Le nom d’hôte %1 n’a pas pu être résolu (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>La connexion à %1 a été fermée avant la réception complète de la réponse (%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>Le proxy a échoué lors de la connexion à %1 (%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>Le réseau n’est pas disponible&#xa0;; impossible de joindre %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>La connexion sécurisée à %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>La requête vers %1 a échoué (%2).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>Lister les tâches de la base de données (aucun fournisseur n’est contacté).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>Uniquement les tâches dans ces états (séparés par des virgules)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Uniquement les tâches de ce fournisseur.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>état inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSION</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID DISTANT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>Les tâches asynchrones de LLMAPI génèrent uniquement des images, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>Les tâches d’image LLMAPI ne prennent pas en charge le streaming&#xa0;: supprimez «&#xa0;stream&#xa0;» ou définissez-le à false.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>Le nombre d’images «&#xa0;n&#xa0;» doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <comment>a notification&apos;s title, then its text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About QueueLens</source>
        <translation>À propos de QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>%n tâche envoyée.</numerusform>
            <numerusform>%n tâches envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — bac à sable</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>Ouvrir le panneau d’envoi pour créer de nouvelles tâches</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>Suivre des tâches créées ailleurs grâce à leurs identifiants distants</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>Enregistrer les tâches sélectionnées ou affichées au format CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>Quitter QueueLens&#xa0;; les tâches en cours continuent chez le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>Rechercher par identifiant distant, texte du prompt ou code d’erreur</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>Sélectionner toutes les tâches affichées dans le tableau</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>Afficher de nouveau toutes les tâches</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>Langue, notifications, dossier de téléchargement et profils</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>Ajouter ou modifier des comptes de fournisseurs et leurs clés API</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>À &amp;propos de QueueLens</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version et crédits</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Version de Qt utilisée</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>Barre latérale des &amp;filtres</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>Afficher ou masquer les filtres par état et par fournisseur</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>Volet des &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>Afficher ou masquer les détails de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>Échecs par co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>Panneau d’&amp;envoi</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Repre&amp;ndre l’interrogation</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Suspendre l’interrogation</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>L’interrogation est suspendue&#xa0;: aucun fournisseur n’est sollicité pour les mises à jour. Cliquez pour la reprendre.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>Cesser de demander des mises à jour aux fournisseurs jusqu’à la reprise</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n tâche sélectionnée</numerusform>
            <numerusform>%n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>Échecs par code (%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Échecs par code</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>Il n’y a aucune tâche à exporter.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>Exporter %n tâche</numerusform>
            <numerusform>Exporter %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n tâche exportée vers %1.</numerusform>
            <numerusform>%n tâches exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;Un poste de pilotage pour les tâches asynchrones de génération d’images et de vidéos par IA&#xa0;: envoyer, suivre, comprendre les échecs et les corriger en un clic.&lt;/p&gt;&lt;p&gt;Fournisseurs&#xa0;: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>Profils de &amp;fournisseurs…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api n’a pas de point de terminaison d’annulation&#xa0;: la tâche s’exécute jusqu’au bout.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>Le relais de tâches de new-api n’est utilisé ici que pour la vidéo, pas pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de modèle (les noms de modèle ne contiennent pas d’espace).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>La passerelle a marqué la tâche comme échouée sans en donner la raison.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>plusieurs valeurs&#xa0;; utilisez un tableau JSON [ … ] pour une liste</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>Les paramètres doivent former un seul objet JSON&#xa0;: { &quot;nom&quot;: valeur, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>ligne %1&#xa0;: «&#xa0;nom: valeur&#xa0;» attendu</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>ligne %1&#xa0;: nom attendu avant «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>ligne %1&#xa0;: un nom ne peut pas contenir d’espace («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>ligne %1&#xa0;: valeur attendue après «&#xa0;:&#xa0;» (écrivez &quot;&quot; pour un texte vide)</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» est déjà défini à la ligne %3</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>ligne %1&#xa0;: la valeur de «&#xa0;%2&#xa0;» n’est pas un JSON valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>«&#xa0;%1&#xa0;» provient du formulaire ci-dessus&#xa0;; supprimez-le ici</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>nom: valeur</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Format des paramètres</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>Saisissez les paramètres à raison d’un «&#xa0;nom: valeur&#xa0;» par ligne, ou sous forme d’objet JSON</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>Paramètres supplémentaires sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>Un «&#xa0;nom: valeur&#xa0;» par ligne&#xa0;; le texte n’a pas besoin de guillemets, # commence un commentaire.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Paramètres supplémentaires</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens se connecte à un seul serveur PostgreSQL&#xa0;; l’adresse indique plusieurs hôtes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse PostgreSQL&#xa0;; écrivez-la sous la forme postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>une adresse PostgreSQL ne peut pas contenir de partie «&#xa0;#&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paramètre de connexion connu de QueueLens (paramètres connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>l’adresse PostgreSQL n’indique aucune base de données&#xa0;; ajoutez-la après l’hôte, comme dans postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>le port de l’adresse PostgreSQL n’est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt n’est pas installé (Debian et Ubuntu&#xa0;: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>la base de données %1 contient une table «&#xa0;tasks&#xa0;» qui n’appartient pas à QueueLens&#xa0;; utilisez une base de données dédiée</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>le serveur a refusé le mot de passe pour %1 (%2)</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>le serveur %1 demande un mot de passe&#xa0;: saisissez-le dans les préférences, page «&#xa0;Historique partagé&#xa0;» (il est conservé dans le trousseau système), définissez PGPASSWORD ou ajoutez-le à ~/.pgpass</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>la base de données de %1 n’existe pas sur le serveur&#xa0;; créez-la une fois pour toutes avec createdb (%2)</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>le serveur %1 ne connaît pas cet utilisateur (%2)</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>la connexion sécurisée (TLS) à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>le nom du serveur de %1 est inconnu (%2)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>le serveur %1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>la connexion à %1 a été perdue (%2)</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>la base de données %1 est occupée&#xa0;: une autre instance de QueueLens détient son verrou d’écriture (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>la base de données %1 est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>le disque du serveur qui contient %1 est plein (%2)</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>l’utilisateur de %1 n’a pas le droit de faire cela&#xa0;; accordez-lui les droits sur la base de données (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>erreur de base de données dans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>Choisissez le fournisseur auquel ce profil se connecte.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Indiquez la variable d’environnement qui contient la clé API.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement valide&#xa0;: utilisez des lettres, des chiffres et _, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>L’intervalle d’interrogation doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>La simultanéité doit être comprise entre 1 et %1 requêtes à la fois.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>Le délai maximal doit être compris entre 0 (aucun) et %1 minutes (7 jours).</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>Le simple http:// envoie la clé API sans chiffrement. Utilisez https://, sauf s’il s’agit d’un serveur local de confiance.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>La variable %1 n’est pas définie dans l’environnement de QueueLens&#xa0;; les requêtes seront refusées tant qu’elle ne le sera pas.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>La clé est lue dans %1 chaque fois qu’elle est nécessaire.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>La nouvelle clé sera enregistrée dans le trousseau système lorsque vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>La nouvelle clé est conservée en mémoire jusqu’à la fermeture de QueueLens&#xa0;; elle n’est jamais enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Intervalle d’interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Simultanéité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Délai maximal&#xa0;:</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Enregistrer dans le trousseau système</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>Lire dans une variable d’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>Nom de variable, par ex. %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Laisser vide pour conserver la clé actuelle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Aucun délai</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>Profil de bac à sable&#xa0;: il se connecte au serveur de test intégré, et n’importe quelle clé fonctionne.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>Enregistrer la clé dans le trousseau système</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Conserver la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Lire la clé dans une variable d’environnement</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>Nom de la variable d’environnement</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d’interrogation en secondes</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>Nombre maximal de requêtes simultanées</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>Délai maximal en minutes</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>Fréquence à laquelle chaque tâche en cours est vérifiée (1–3600&#xa0;s). Les fournisseurs peuvent demander un rythme plus lent.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>Nombre de requêtes que ce profil peut avoir en cours simultanément.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>Abandonner une tâche qui n’est pas terminée au bout de cette durée (0 = jamais).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>Le fichier pèse %1&#xa0;Ko&#xa0;; un fichier de profils fait au plus %2&#xa0;Ko. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Le fichier n’est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>Ce n’est pas un fichier de profils QueueLens&#xa0;: son format est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(pas du texte)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>Ce fichier de profils a été écrit par une version plus récente de QueueLens (version de format %1). Cette version lit la version %2&#xa0;; mettez QueueLens à jour pour l’importer.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>Ce n’est pas un fichier de profils QueueLens&#xa0;: il ne contient pas de liste «&#xa0;profiles&#xa0;».</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>Le fichier de profils ne contient pas de liste «&#xa0;profiles&#xa0;».</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>Le fichier contient %1 profils&#xa0;; seuls les %2 premiers ont été lus.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>L’entrée %1 n’est pas un profil et a été ignorée.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>Le profil %1 n’indique aucun fournisseur et a été ignoré.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>Le profil %1 a une URL de base qui n’est pas du texte et a été ignoré.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>Profil %1&#xa0;: l’identifiant «&#xa0;%2&#xa0;» ne peut pas être utilisé ici&#xa0;; un nouvel identifiant est attribué.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>Le profil %1 reprend l’identifiant «&#xa0;%2&#xa0;» d’une entrée précédente et a été ignoré.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>Profil %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre&#xa0;; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>Le profil %1 contient une clé API. Les clés ne sont jamais importées depuis un fichier&#xa0;: saisissez-la dans les paramètres, qui la conservent dans le trousseau système.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2&#xa0;Ko, ce qui est trop volumineux pour un fichier de profils. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>Aucun profil n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>%n profil ajouté.</numerusform>
            <numerusform>%n profils ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>%n profil mis à jour.</numerusform>
            <numerusform>%n profils mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>Les clés API ne font jamais partie d’un fichier de profils&#xa0;: saisissez la clé de chaque nouveau profil. Rien n’est enregistré tant que vous n’avez pas cliqué sur OK.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>%n profil enregistré dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n profils enregistrés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>Le fichier ne contient aucune clé API&#xa0;: chaque personne qui l’importe saisit la sienne.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n profil du fichier existe déjà ici&#xa0;: %1.</numerusform>
            <numerusform>%n profils du fichier existent déjà ici&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>Remplacer leurs réglages par ceux du fichier (leurs clés API sont conservées), ou garder les deux et ajouter ceux du fichier comme nouveaux profils&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>Profils QueueLens (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Il n’y a aucun profil à exporter.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>Les profils de bac à sable sont exclus&#xa0;: ils ne fonctionnent que pendant l’exécution de cette instance de QueueLens.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
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
        <translation>«&#xa0;%1&#xa0;» utilise le fournisseur «&#xa0;%2&#xa0;», que cette version de QueueLens ne connaît pas&#xa0;; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
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
        <translation>Choisissez un modèle ou un point de terminaison.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Rédigez un prompt.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>Renvoyer une tâche échouée, annulée, hors délai, rejetée ou perdue sous forme de nouvelle tentative.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Identifiant local de la tâche (donné par submit ou list).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Suivre la nouvelle tentative jusqu’à ce qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>impossible de relancer la tâche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de point de terminaison SeaArt. Utilisez l’identifiant de modèle du catalogue SeaCloud, par exemple nano_banana_2.</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt ne prend pas en charge les webhooks&#xa0;: supprimez le paramètre «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>Le trousseau système n’est pas disponible (%1)&#xa0;: les clés API enregistrées ne peuvent pas être lues. Saisissez la clé dans les paramètres du profil ou définissez la variable d’environnement du profil.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;; la clé API de «&#xa0;%1&#xa0;» n’est conservée que jusqu’à la fermeture de QueueLens.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>Le trousseau système n’est pas disponible (%1)&#xa0;; la clé API de «&#xa0;%2&#xa0;» n’est conservée que jusqu’à la fermeture de QueueLens.</translation>
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
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (bac à sable)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>Aucun magasin de clés n’est connecté&#xa0;: les clés ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Une clé est enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>Une clé est définie pour cette session uniquement&#xa0;; elle n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>La clé provient de la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>Profil de bac à sable&#xa0;: aucune clé n’est nécessaire.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>Aucune clé pour l’instant&#xa0;: le fournisseur refusera les requêtes tant que vous n’en aurez pas saisi une.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>Choisissez un dossier pour les résultats téléchargés.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>Le dossier de téléchargement doit être un chemin complet, par exemple %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens ne peut pas écrire dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>Le dossier sera créé lors du téléchargement du premier résultat.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Corrigez les champs signalés pour enregistrer.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: la clé ne peut pas être enregistrée, car aucun magasin de clés n’est connecté.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Général&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>Historique partagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau système…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>Le trousseau système n’a pas accepté la clé&#xa0;; elle est donc conservée en mémoire jusqu’à la fermeture de QueueLens. Pour la conserver d’un redémarrage à l’autre, placez-la dans une variable d’environnement et choisissez «&#xa0;Lire dans une variable d’environnement&#xa0;».
Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>La clé n’a pas été enregistrée dans le trousseau. Cliquez sur OK pour continuer avec une clé valable pour cette session uniquement.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
Pour conserver une clé d’un redémarrage à l’autre, placez-la dans une variable d’environnement et choisissez «&#xa0;Lire dans une variable d’environnement&#xa0;».</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>Historique partagé</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>Profils de fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Profils de fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>Supprime le profil lorsque vous cliquez sur OK. Ses tâches restent dans l’historique.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Importer des profils depuis un fichier</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>Ajoute les profils d’un fichier de profils QueueLens. Les clés API n’en font jamais partie.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Exporter les profils dans un fichier</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>Enregistre ces profils, sans leurs clés API, pour les partager ou les conserver.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>Aucun profil de fournisseur pour l’instant.
Cliquez sur «&#xa0;Ajouter&#xa0;» pour connecter QueueLens à un fournisseur, ou sur «&#xa0;Importer&#xa0;» pour lire un fichier de profils.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>S’applique immédiatement.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>Quand des tâches &amp;réussissent</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>Quand des tâches &amp;échouent</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>Notifier quand des tâches réussissent</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>Notifier quand des tâches échouent</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Dossier de téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier de téléchargement</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>L’adresse doit commencer par postgresql:// (un historique partagé est hébergé sur un serveur PostgreSQL).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>N’incluez pas le mot de passe dans l’adresse&#xa0;: QueueLens ne le conserve jamais dans ses paramètres. Saisissez-le dans le champ du mot de passe (il est placé dans le trousseau système), ou utilisez PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>Impossible d’utiliser cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>Une équipe peut partager un même historique des tâches sur un serveur PostgreSQL&#xa0;: chacun voit toutes les tâches, qui les a envoyées et ce qu’elles sont devenues. Les clés API ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>Adresse du serveur de l’historique partagé</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>Vide&#xa0;: l’historique reste dans le fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>Se connecte et lit la version du schéma&#xa0;; ne modifie rien sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>Mot de passe du serveur de l’historique partagé</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Conservé dans le trousseau système&#xa0;; si vide&#xa0;: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>Pas de trousseau&#xa0;: utilisez PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>Votre nom dans l’historique partagé</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>Enregistré sur chaque tâche que vous envoyez. S’il est vide, %1 est utilisé.</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>Une nouvelle adresse de serveur s’applique au prochain démarrage de QueueLens&#xa0;; votre nom s’applique immédiatement.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>le pilote SQLite de Qt n’est pas installé</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>impossible de passer la base de données %1 en journalisation anticipée (WAL)&#xa0;; elle est peut-être en lecture seule</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>la base de données %1 est verrouillée par un autre programme, peut-être une seconde instance de QueueLens (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>la base de données %1 est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>la base de données %1 est endommagée ou n’est pas une base de données QueueLens (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>le disque qui contient %1 est plein ou défaillant (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>erreur de base de données dans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>Relancer %n tâche à l’état «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Relancer les %n tâches à l’état «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>Annuler %n tâche à l’état «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Annuler les %n tâches à l’état «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>Retirer de la liste %n tâche à l’état «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Retirer de la liste les %n tâches à l’état «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Filtres des tâches</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>Cliquez sur une entrée pour n’afficher que les tâches correspondantes</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>Compte les tâches qui demandent votre intervention&#xa0;: %1.
Cliquez pour n’afficher que celles-ci.</translation>
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
        <translation>Interrogation suspendue</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>Aucune demande de statut n’est envoyée tant que l’interrogation n’a pas repris.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>L’état des tâches est interrogé.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>Reprendre l’interrogation</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>Suspendre l’interrogation (les tâches continuent chez le fournisseur)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Suspendre l’interrogation</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1&#xa0;: %2&#xa0;s</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>Débit limité&#xa0;: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>Ces profils nous ont demandé de patienter (HTTP 429 / Retry-After)&#xa0;; leurs appels reprennent à la fin du compte à rebours.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>État de l’interrogation</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requêtes en cours</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>Profils limités en débit</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>Demander immédiatement au fournisseur l’état d’une tâche et l’afficher.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Identifiant local de la tâche (donné par submit ou list).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>Afficher ce que contient la base de données sans interroger le fournisseur.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>Non actualisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>le fournisseur n’a pas répondu à temps à la demande de statut</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>la demande de statut a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>La base de données des tâches n’accepte pas de modifications pour le moment&#xa0;: %1
La liste reste telle qu’elle a été lue en dernier. QueueLens conserve ses propres modifications (avant tout les identifiants de requête) sur cet ordinateur et les écrit dès que la base de données est de nouveau disponible.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>Renvoyer l’envoi d’une tâche inconnue, en acceptant que le fournisseur puisse l’exécuter (et la facturer) deux fois.</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>Identifiant local d’une tâche à l’état «&#xa0;Inconnue&#xa0;» (unknown).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Suivre la nouvelle tentative jusqu’à ce qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>impossible de renvoyer la tâche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>Envoyer une tâche de génération (et, avec --wait, la suivre jusqu’au bout).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param exige clé=valeur, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>URL de base de l’API du fournisseur, par ex. https://api.vidu.com ou une URL de bac à sable.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>Modèle ou, pour SeaArt, identifiant du point de terminaison.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>Le prompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>Ce qu’il faut générer&#xa0;: image, video, text2video, img2video, ... (par défaut&#xa0;: le premier type du fournisseur).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>Paramètre de requête supplémentaire&#xa0;; peut être répété. Les valeurs JSON (5, true, [..], {..}) sont envoyées en JSON, tout le reste en texte.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>Variable d’environnement contenant la clé API (par défaut&#xa0;: QUEUELENS_API_KEY). Seul le nom de la variable est enregistré.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>L’URL de base est un bac à sable QueueLens&#xa0;: aucune clé API n’est nécessaire.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>Millisecondes entre deux demandes de statut pour ce fournisseur et cette URL de base (enregistré dans son profil).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>Abandonner une tâche au bout de ce nombre de secondes (0&#xa0;: jamais&#xa0;; enregistré dans le profil).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>Secondes d’attente de la réponse à la requête d’envoi elle-même&#xa0;; sans réponse, la tâche passe à l’état inconnu (code de sortie 4) et n’est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>Suivre la tâche jusqu’à ce qu’elle soit terminée et afficher son état final.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval exige un nombre de millisecondes compris entre 50 et 3600000</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline exige un nombre de secondes compris entre 0 et 604800</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout exige un nombre de secondes compris entre 0.1 et 3600</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>aucune réponse à l’envoi de la tâche %1 n’a été enregistrée à temps</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Aucun profil de fournisseur pour l’instant. Ajoutez-en d’abord un dans les paramètres.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>Choisissez ou saisissez un modèle (ou un point de terminaison).</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>Envoi de %n tâche…</numerusform>
            <numerusform>Envoi de %n tâches…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>Le moteur a refusé la tâche.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>Envoi… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>%n tâche envoyée&#xa0;: %1</numerusform>
            <numerusform>%n tâches envoyées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>%1 sur %2 envoyées, puis arrêt&#xa0;: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>La tâche n°%1 utilisait un profil qui n’existe plus&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>Rempli à partir de la tâche n°%1. «&#xa0;Envoyer&#xa0;» crée une nouvelle tâche&#xa0;; l’originale reste inchangée.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>P&amp;rompt&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;aramètres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies&#xa0;:</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>Envoyer la ou les tâches au fournisseur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Profil de fournisseur</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>Modèle ou point de terminaison</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>identifiant de modèle ou point de terminaison</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>Décrivez l’image ou la vidéo…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Nombre de copies</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>Envoyer la même tâche autant de fois (1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>Ajouter un profil de fournisseur</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>Progression de l’action groupée</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copier l’identifiant</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>Agir sur les tâches d’autres opérateurs&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>%n de ces tâches a été envoyée par un autre opérateur (%1). Appliquer «&#xa0;%2&#xa0;» à celle-ci également&#xa0;?</numerusform>
            <numerusform>%n de ces tâches ont été envoyées par d’autres opérateurs (%1). Leur appliquer «&#xa0;%2&#xa0;» également&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>La tâche n°%1 est renvoyée.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>Annulation demandée pour la tâche n°%1.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>Envoyer quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>Le premier envoi de %n tâche n’a pas reçu de réponse claire&#xa0;: le fournisseur l’a peut-être déjà créée. La renvoyer peut créer un doublon, qui peut lui aussi être facturé.

Utilisez d’abord «&#xa0;Revérifier&#xa0;» en cas de doute.</numerusform>
            <numerusform>Le premier envoi de %n tâches n’a pas reçu de réponse claire&#xa0;: le fournisseur les a peut-être déjà créées. Les renvoyer peut créer des doublons, et chacun peut être facturé.

Utilisez d’abord «&#xa0;Revérifier&#xa0;» en cas de doute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>Retirer des tâches encore en cours&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>%n des tâches à retirer n’est pas terminée. La retirer arrête seulement son suivi ici&#xa0;; le fournisseur continue de l’exécuter (et de la facturer). Annulez-la d’abord pour l’arrêter.</numerusform>
            <numerusform>%n des tâches à retirer ne sont pas terminées. Les retirer arrête seulement leur suivi ici&#xa0;; le fournisseur continue de les exécuter (et de les facturer). Annulez-les d’abord pour les arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>Retirer les tâches&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>Retirer %n tâche et son historique de la liste&#xa0;? Les fichiers de résultat déjà téléchargés restent dans le dossier de téléchargement.</numerusform>
            <numerusform>Retirer %n tâches et leur historique de la liste&#xa0;? Les fichiers de résultat déjà téléchargés restent dans le dossier de téléchargement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>Relancer tout le groupe&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>Relancer %n tâche avec les mêmes paramètres&#xa0;? Chaque relance est un nouvel envoi et peut être facturée.</numerusform>
            <numerusform>Relancer %n tâches avec les mêmes paramètres&#xa0;? Chaque relance est un nouvel envoi et peut être facturée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tout relancer</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n identifiant copié.</numerusform>
            <numerusform>%n identifiants copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>Actions groupées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: effectué pour %2 sur %n tâche.</numerusform>
            <numerusform>%1&#xa0;: effectué pour %2 sur %n tâches.</numerusform>
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
            <numerusform>Non effectuée&#xa0;: %n.</numerusform>
            <numerusform>Non effectuées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1&#xa0;: terminé</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>Envoyer &amp;quand même…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>A&amp;ctualiser le statut</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>Co&amp;pier l’identifiant</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>Seules les tâches terminées sans succès peuvent être relancées.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>Seules les tâches en file d’attente ou en cours peuvent être annulées.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>La tâche est à l’état %1&#xa0;: il n’y a rien à rechercher.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>Seule une tâche dont l’envoi n’a pas reçu de réponse claire (état «&#xa0;Inconnue&#xa0;») peut être envoyée quand même.</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>La tâche est à l’état %1&#xa0;: son statut n’évolue plus.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>Sélectionnez une seule tâche pour la modifier et la renvoyer.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Sélectionnez d’abord une ou plusieurs tâches.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>La tâche sélectionnée ne remplit pas les conditions&#xa0;: %1</numerusform>
            <numerusform>Aucune des %n tâches sélectionnées ne remplit les conditions&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>S’applique à %1 tâche sur %n sélectionnée&#xa0;; les autres sont ignorées&#xa0;: %2</numerusform>
            <numerusform>S’applique à %1 des %n tâches sélectionnées&#xa0;; les autres sont ignorées&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Langue de l’interface, par exemple zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>Nom enregistré sur les tâches envoyées par cette exécution (par défaut&#xa0;: la variable d’environnement QUEUELENS_OPERATOR, sinon user@host).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>Base de données des tâches&#xa0;: un fichier (par défaut, celui de l’application de bureau, %1) ou un serveur PostgreSQL partagé, postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>fichier ou URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>indiquez exactement un identifiant de tâche</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche (un nombre positif, tel qu’affiché par submit et list)</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>Attente interrompue&#xa0;; la tâche %1 est à l’état %2 et reste dans la base de données. Suivez-la avec «&#xa0;queuelens-cli watch&#xa0;».</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>il n’y a pas de tâche %1 dans %2</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>le profil «&#xa0;%1&#xa0;» de la tâche %2 n’existe plus</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>aucune réponse à l’envoi de la tâche %1 n’a été enregistrée à temps</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>Tâche n°%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2&#xa0;% effectués</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, position %2</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>pas encore attribué</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>Le fournisseur n’a renvoyé aucun fichier de résultat.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>Les résultats s’affichent ici lorsque la tâche réussit.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>Téléchargement de %n fichier dans %1…</numerusform>
            <numerusform>Téléchargement de %n fichiers dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>Enregistré dans %1. Double-cliquez pour ouvrir.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>Sélectionnez une tâche pour voir ses paramètres, sa chronologie, ses résultats et ses erreurs.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>Identifiant distant&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Terminée&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>Copier l’identifiant de la tâche chez le fournisseur</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>Copier l’identifiant distant</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Fichiers de résultat</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>Paramètres de la tâche en JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>La tâche %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» de cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de clé API sur cette machine.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>Aucun adaptateur pour le fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>Une requête pour cette tâche est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 ne permet pas d’annuler une tâche.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>Le fournisseur est déjà en train d’annuler cette tâche.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>L’envoi n’a pas encore reçu de réponse&#xa0;; annulez la tâche lorsqu’elle aura un identifiant.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens ne sait pas si cette tâche existe&#xa0;; utilisez d’abord «&#xa0;Revérifier&#xa0;».</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>La tâche est déjà terminée.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>La tâche ne peut pas être annulée dans son état actuel.</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 ne peut annuler qu’une tâche dont l’exécution n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>La tâche n’a pas encore d’identifiant chez le fournisseur.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>Une annulation de cette tâche est déjà en cours.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>L’issue de l’envoi est inconnue&#xa0;: utilisez «&#xa0;Revérifier&#xa0;», ou «&#xa0;Envoyer quand même&#xa0;» si vous êtes certain qu’aucune tâche n’a été créée.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>Seules les tâches échouées, annulées, hors délai, rejetées ou perdues peuvent être relancées.</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>Le fournisseur n’a pas encore attribué d’identifiant à cette tâche&#xa0;; elle ne peut donc pas être recherchée.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>La tâche est terminée&#xa0;; il n’y a rien à actualiser.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 ne peut pas rechercher une tâche sans son identifiant, et QueueLens n’a jamais reçu d’identifiant pour cette tâche. Cherchez-la sur le site du fournisseur&#xa0;; n’utilisez «&#xa0;Envoyer quand même&#xa0;» que si vous êtes certain qu’aucune tâche n’a été créée, car une seconde tâche pourrait être facturée.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>«&#xa0;Envoyer quand même&#xa0;» est réservé aux tâches dont l’issue de l’envoi est inconnue.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>Une autre action groupée traite déjà cette tâche.</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>Aucune clé API n’est définie pour le profil «&#xa0;%1&#xa0;». Saisissez-la dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>Saisissez l’identifiant de la tâche chez le fournisseur.</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>L’envoi n’a pas reçu de réponse claire (%1). Le fournisseur a peut-être créé la tâche&#xa0;: utilisez «&#xa0;Revérifier&#xa0;» ou consultez le site du fournisseur avant de la renvoyer.</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>Une page HTML a été reçue au lieu du JSON du fournisseur&#xa0;: souvent une page de connexion réseau, un proxy, ou une URL de base qui pointe vers un site web au lieu de l’API. Ouvrez l’URL de base du profil dans un navigateur et vérifiez-la dans les paramètres du profil.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>Le fournisseur a accepté l’envoi (HTTP %1) mais n’a renvoyé aucun identifiant de tâche.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>identifiant de requête %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>Le fournisseur a répondu %n fois qu’il ne connaît pas la tâche %1.</numerusform>
            <numerusform>Le fournisseur a répondu %n fois de suite qu’il ne connaît pas la tâche %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>La tâche était déjà terminée&#xa0;; son état final est repris.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Un profil doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>L’URL de base doit être une adresse http:// ou https:// complète.</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>L’identifiant de requête %1 de la tâche %2 n’a pas pu être enregistré&#xa0;: %3 Notez-le&#xa0;: QueueLens le conserve en mémoire et réessaie de l’enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>Les modifications de %n tâche n’ont pas pu être enregistrées&#xa0;: %1 QueueLens les conserve en mémoire et réessaie&#xa0;; rien n’est perdu tant qu’il reste ouvert.</numerusform>
            <numerusform>Les modifications de %n tâches n’ont pas pu être enregistrées&#xa0;: %1 QueueLens les conserve en mémoire et réessaie&#xa0;; rien n’est perdu tant qu’il reste ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>Nécessite la clé du profil «&#xa0;%1&#xa0;» sur cette machine&#xa0;; laissée à un opérateur qui la possède.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens s’est arrêté avant la réponse à l’envoi. Le fournisseur a peut-être créé la tâche&#xa0;: utilisez «&#xa0;Revérifier&#xa0;» ou consultez le site du fournisseur avant de la renvoyer.</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>La tâche a été retirée.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>Un autre processus QueueLens (%1, processus %2 sur %3) suit actuellement cette tâche&#xa0;; agissez depuis ce processus, ou attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>La base de données des tâches n’a pas pu transférer cette tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>Résultat téléchargé avec la clé du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>Le résultat n’a pas pu être téléchargé (%1)&#xa0;; il reste disponible à l’adresse %2, qui exige la clé du profil.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>Le réseau semble indisponible. QueueLens le vérifie régulièrement et reprend l’interrogation dès son retour.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>La tâche ne s’est pas terminée en %n seconde, le délai maximal du profil «&#xa0;%1&#xa0;». Le fournisseur peut encore la mener à terme.</numerusform>
            <numerusform>La tâche ne s’est pas terminée en %n secondes, le délai maximal du profil «&#xa0;%1&#xa0;». Le fournisseur peut encore la mener à terme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>Trouvée dans la liste des tâches du fournisseur sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>La liste des tâches du fournisseur ne remonte pas jusqu’à l’envoi de cette tâche&#xa0;: elle a renvoyé une page complète de %n tâche plus récente. La tâche existe peut-être&#xa0;; cherchez-la sur le site du fournisseur avant de la renvoyer.</numerusform>
            <numerusform>La liste des tâches du fournisseur ne remonte pas jusqu’à l’envoi de cette tâche&#xa0;: elle a renvoyé une page complète de %n tâches plus récentes. La tâche existe peut-être&#xa0;; cherchez-la sur le site du fournisseur avant de la renvoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>La tâche est absente de la liste des tâches du fournisseur&#xa0;: aucune tâche avec le même modèle et le même prompt n’a été créée dans un délai de %n minute après son envoi. Elle n’a probablement jamais été créée.</numerusform>
            <numerusform>La tâche est absente de la liste des tâches du fournisseur&#xa0;: aucune tâche avec le même modèle et le même prompt n’a été créée dans un délai de %n minutes après son envoi. Elle n’a probablement jamais été créée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>La liste des tâches du fournisseur est ambiguë&#xa0;: %n tâche a le même modèle et le même prompt et a été créée au moment de l’envoi de cette tâche. QueueLens ne devine pas laquelle est la bonne&#xa0;; cherchez-la sur le site du fournisseur.</numerusform>
            <numerusform>La liste des tâches du fournisseur est ambiguë&#xa0;: %n tâches ont le même modèle et le même prompt et ont été créées au moment de l’envoi de cette tâche. QueueLens ne devine pas laquelle est la bonne&#xa0;; cherchez-la sur le site du fournisseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>Terminée&#xa0;; le résultat est en cours de téléchargement avec la clé du profil avant que la tâche ne soit marquée comme réussie.</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>L’annulation n’a pas pu être transmise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>Annulation transmise au processus QueueLens qui suit cette tâche.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>La tâche n’a pas pu être retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>L’historique des tâches n’a pas pu être lu entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>La base de données des tâches accepte de nouveau les modifications&#xa0;; tout ce qui était conservé en mémoire est maintenant enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>%n modification conservée sur cet ordinateur pendant que l’historique partagé était injoignable vient d’y être écrite.</numerusform>
            <numerusform>%n modifications conservées sur cet ordinateur pendant que l’historique partagé était injoignable viennent d’y être écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>Les modifications conservées sur cet ordinateur pendant que l’historique partagé était injoignable n’ont pas encore pu y être écrites (%1)&#xa0;; QueueLens réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n tâche de ce profil n’est pas encore terminée. Annulez-la ou retirez-la d’abord.</numerusform>
            <numerusform>%n tâches de ce profil ne sont pas encore terminées. Annulez-les ou retirez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>Le profil n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>La tâche n’a pas pu être enregistrée&#xa0;; elle n’a donc pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>La tâche n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>La base de données des tâches n’est pas disponible. Les tâches ne sont conservées que jusqu’à la fermeture de QueueLens.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>La base de données des tâches n’est pas disponible (%1). Les tâches ne sont conservées que jusqu’à la fermeture de QueueLens.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>Seules les tâches ayant échoué avec %1 (%2) sont affichées</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>Rechercher un identifiant, un prompt, un code d’erreur…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>Affiche les tâches dont l’identifiant distant, le prompt, le modèle ou le code d’erreur contient chacun des mots saisis (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>Effacer ce filtre</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>Un identifiant ne peut pas contenir d’espace. Indiquez un identifiant par ligne.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>Trop long pour un identifiant de tâche (plus de %1 caractères).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>Même identifiant qu’à la ligne %1&#xa0;; importé une seule fois.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>Déjà suivie en tant que tâche n°%1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Le fichier n’est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>Le fichier JSON ne contient aucune liste de tâches&#xa0;: un tableau de tâches, ou un objet contenant un tableau «&#xa0;tasks&#xa0;», est attendu.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>Charger des identifiants de tâches</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>Fichiers texte, CSV ou JSON (*.txt *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Aucun profil de fournisseur pour l’instant. Ajoutez-en d’abord un dans les paramètres.</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>Collez des identifiants de tâches distants, un par ligne, ou chargez un fichier texte, CSV ou JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n identifiant prêt à être importé.</numerusform>
            <numerusform>%n identifiants prêts à être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>ids ready to import; lines that will be skipped</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n identifiant prêt à être importé</numerusform>
            <numerusform>%n identifiants prêts à être importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n ligne sera ignorée (voir ci-dessous).</numerusform>
            <numerusform>%n lignes seront ignorées (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>Recherche des tâches déjà suivies…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>Suivie en tant que tâche n°%1</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importé.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>%1 sur %2 importés…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>%n tâche désormais suivie.</numerusform>
            <numerusform>%n tâches désormais suivies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importer des tâches</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>Profil auquel appartiennent les tâches</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>Modèle des tâches importées</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>Type des tâches importées</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>Identifiants distants des tâches</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>Résultat par ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>Certains fournisseurs ont besoin du modèle ou du type pour retrouver une tâche&#xa0;; indiquez ceux utilisés lors de sa création.</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>Identifiants &amp;distants des tâches (un par ligne)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Position dans la file</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>Tâche %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>Réponse du fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>position %1 dans la file</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before a value, e.g. Model: flux</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TaskListWidget</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>Chargement de l’historique des tâches…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>Aucune tâche pour l’instant.
Appuyez sur %1 pour en envoyer une, ou sur %2 pour suivre des tâches créées ailleurs.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>Aucune tâche ne correspond au filtre actuel.
%1 affiche de nouveau toutes les tâches.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>À décider</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>La base de données des tâches n’est pas ouverte.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>la tâche %1 a été modifiée pendant son enregistrement</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>la base de données %1 a été écrite par une version plus récente de QueueLens (schéma %2&#xa0;; cette version connaît jusqu’au schéma %3)</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>Connecté. La base de données est vide&#xa0;: QueueLens y créera ses tables la première fois qu’il démarrera avec cette base.</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>Connecté. La base de données contient un historique QueueLens (schéma %1).</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens ne peut pas utiliser sa base de données des tâches&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>la base de données %1 a été écrite par une version plus récente de QueueLens (schéma %2&#xa0;; cette version connaît jusqu’au schéma %3)&#xa0;; mettez QueueLens à jour ou choisissez une autre base de données</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>la base de données %1 a été mise à jour entre-temps par une version plus récente de QueueLens (schéma %2)</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>sa mise à jour vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>la base de données %1 n’a attribué aucun identifiant à la nouvelle tâche</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>la tâche %1 n’est plus en cours</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>L’envoi n’a pas reçu de réponse claire&#xa0;: le fournisseur a peut-être créé la tâche, ou peut-être pas. Utilisez «&#xa0;Revérifier&#xa0;» pour la rechercher, ou «&#xa0;Envoyer quand même&#xa0;» pour la renvoyer.</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>n°%1 dans la file</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>working</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>Fournisseur / profil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Envoyée par</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Le fichier %1 n’existe plus.</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>Seuls les résultats http et https peuvent être téléchargés.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
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
        <translation>Tâche n°%1 réussie</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Tâche n°%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>Tâche n°%1 échouée</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n tâche réussie</numerusform>
            <numerusform>%n tâches réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n tâche échouée</numerusform>
            <numerusform>%n tâches échouées</numerusform>
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
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en file d’attente</numerusform>
            <numerusform>%n en file d’attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n à décider</numerusform>
            <numerusform>%n à décider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens&#xa0;: aucune tâche</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation suspendue</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>&amp;Afficher QueueLens</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Suspendre l’interrogation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu n’a pas de point de terminaison «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video n’accepte pas d’images&#xa0;: supprimez «&#xa0;images&#xa0;» ou choisissez img2video.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu img2video exige que «&#xa0;images&#xa0;» soit un tableau contenant exactement une URL d’image.</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu start-end2video exige que «&#xa0;images&#xa0;» soit un tableau de deux URL d’images&#xa0;: la première et la dernière image de la vidéo.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu reference2video exige que «&#xa0;images&#xa0;» soit un tableau d’une à sept URL d’images, ou bien «&#xa0;subjects&#xa0;».</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu template2video exige le nom du template dans «&#xa0;template&#xa0;» (c’est le template qui détermine le modèle).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu template2video exige que «&#xa0;images&#xa0;» soit un tableau d’URL d’images.</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>Vidu reference2image avec viduq1 exige que «&#xa0;images&#xa0;» soit un tableau d’URL d’images de référence.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de modèle Vidu (par exemple viduq1).</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Texte vers vidéo</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Image vers vidéo</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>Images de référence vers vidéo</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>Première et dernière images vers vidéo</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>Template vers vidéo</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>Images de référence vers image</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>Suivre toutes les tâches actives (ou celles indiquées) jusqu’à ce qu’elles soient toutes terminées&#xa0;; une ligne par changement. Les tâches envoyées entre-temps par d’autres processus QueueLens sont également suivies.</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>Uniquement ces tâches (par défaut&#xa0;: toutes les tâches actives).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Uniquement les tâches de ce fournisseur.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>Continuer à s’exécuter lorsque aucune tâche n’est active, en attendant celles que d’autres processus envoient (arrêt avec Ctrl+C).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>Sans identifiant de tâche, watch suit toutes les tâches actives de la base de données, y compris celles que d’autres processus QueueLens (l’application de bureau, d’autres exécutions de queuelens-cli) ajoutent pendant son exécution, et prend le relais de l’interrogation des tâches dont le processus s’est terminé ou a planté. Il s’arrête lorsque plus aucune tâche de la base de données n’est active (avec --follow&#xa0;: uniquement sur Ctrl+C). Avec des identifiants de tâches, il s’arrête lorsque ces tâches sont terminées.</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>il n’y a pas de tâche %1 dans %2</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>le profil «&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>Tâche %1 non suivie&#xa0;: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>Aucune tâche active à suivre.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>Suivi arrêté&#xa0;; les tâches continuent de s’exécuter chez le fournisseur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox · %1</source>
        <translation>Bac à sable · %1</translation>
    </message>
    <message>
        <source>Desktop cockpit for asynchronous AI image and video generation jobs.</source>
        <translation>Poste de pilotage pour les tâches asynchrones de génération d’images et de vidéos par IA.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>Lancer le bac à sable de fournisseurs intégré et l’utiliser pour tous les fournisseurs.</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>Base de données des tâches&#xa0;: un fichier, ou le serveur PostgreSQL d’une équipe, sous la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>fichier ou URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Langue de l’interface, par exemple zh_CN ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre dans &lt;fichier&gt; après le démarrage, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>Graine pour la répartition aléatoire des résultats du bac à sable.</translation>
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
        <translation>La base de données des tâches n’a pas pu être ouverte&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>L’historique partagé n’a pas pu être ouvert&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>Ouvrir l’historique de cet ordinateur</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable n’a pas pu écouter sur 127.0.0.1.</translation>
    </message>
</context>
</TS>
