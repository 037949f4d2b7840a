<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BaseUrlNormalizer</name>
    <message>
        <source>The base URL is not valid: %1</source>
        <translation>Die Basis-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL, for example https://api.vidu.com</source>
        <translation>Geben Sie die Basis-URL des Anbieters ein, zum Beispiel https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>The base URL needs a host name, for example https://api.vidu.com</source>
        <translation>Die Basis-URL braucht einen Hostnamen, zum Beispiel https://api.vidu.com</translation>
    </message>
    <message>
        <source>The base URL cannot contain a user name or password; QueueLens sends the API key itself.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; QueueLens sendet den API-Schlüssel selbst.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (“?%1”): QueueLens adds the API path and parameters itself.</source>
        <translation>Die Basis-URL darf keine Abfrage („?%1“) enthalten: QueueLens ergänzt API-Pfad und Parameter selbst.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a fragment (“#%1”).</source>
        <translation>Die Basis-URL darf kein Fragment („#%1“) enthalten.</translation>
    </message>
    <message>
        <source>Removed “%1” from the end: QueueLens adds the API path itself.</source>
        <translation>„%1“ wurde am Ende entfernt: QueueLens ergänzt den API-Pfad selbst.</translation>
    </message>
</context>
<context>
    <name>CancelCommand</name>
    <message>
        <source>Ask the provider to cancel a task (with --wait, until it has stopped).</source>
        <translation>Den Anbieter bitten, einen Auftrag abzubrechen (mit --wait, bis er beendet ist).</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Lokale Auftrags-ID (aus submit oder list).</translation>
    </message>
    <message>
        <source>Follow the task until it has stopped; exit 0 only if it ends cancelled.</source>
        <translation>Den Auftrag verfolgen, bis er beendet ist; Exitcode 0 nur, wenn er als abgebrochen endet.</translation>
    </message>
    <message>
        <source>task %1 cannot be cancelled: %2</source>
        <translation>Auftrag %1 kann nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>the provider did not answer the cancel request in time</source>
        <translation>Der Anbieter hat auf die Abbruchanfrage nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the cancel was not accepted: %1</source>
        <translation>Der Abbruch wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the provider did not cancel task %1; it is still %2</source>
        <translation>Der Anbieter hat Auftrag %1 nicht abgebrochen; sein Status ist weiterhin „%2“</translation>
    </message>
    <message>
        <source>Task %1 ended as “%2” before the cancel took effect.</source>
        <translation>Auftrag %1 endete mit „%2“, bevor der Abbruch wirksam wurde.</translation>
    </message>
    <message>
        <source>Task %1 had already ended as “%2”.</source>
        <translation>Auftrag %1 war bereits mit „%2“ beendet.</translation>
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
%n Auftrag</numerusform>
            <numerusform>%1 · %2
%3
%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Aufträge nach Status</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>finished (total)</source>
        <translation>beendet (gesamt)</translation>
    </message>
    <message>
        <source>Finished per minute, last %1 minutes</source>
        <translation>Beendet pro Minute, letzte %1 Minuten</translation>
    </message>
    <message>
        <source>Failed, timed out or lost</source>
        <translation>Fehlgeschlagen, Zeitüberschreitung oder verloren</translation>
    </message>
    <message>
        <source>Queue wait and time to result</source>
        <translation>Wartezeit und Zeit bis zum Ergebnis</translation>
    </message>
    <message>
        <source>Queue wait, median</source>
        <translation>Wartezeit, Median</translation>
    </message>
    <message>
        <source>Queue wait, p90</source>
        <translation>Wartezeit, p90</translation>
    </message>
    <message>
        <source>Time to result, median</source>
        <translation>Zeit bis zum Ergebnis, Median</translation>
    </message>
    <message>
        <source>Time to result, p90</source>
        <translation>Zeit bis zum Ergebnis, p90</translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation>Häufigste Fehler</translation>
    </message>
    <message>
        <source>failed tasks</source>
        <translation>fehlgeschlagene Aufträge</translation>
    </message>
    <message>
        <source>Tasks by state

Sampling every few seconds; the chart fills in as time passes.</source>
        <translation>Aufträge nach Status

Abtastung alle paar Sekunden; das Diagramm füllt sich mit der Zeit.</translation>
    </message>
    <message>
        <source>Finished per minute

No task finished in the last %1 minutes.</source>
        <translation>Beendet pro Minute

In den letzten %1 Minuten wurde kein Auftrag beendet.</translation>
    </message>
    <message>
        <source>Queue wait and time to result

No finished or running task to measure yet.</source>
        <translation>Wartezeit und Zeit bis zum Ergebnis

Noch kein beendeter oder laufender Auftrag zum Messen.</translation>
    </message>
    <message>
        <source>Most frequent errors

No failed task. Nothing to worry about.</source>
        <translation>Häufigste Fehler

Kein fehlgeschlagener Auftrag. Alles in Ordnung.</translation>
    </message>
    <message>
        <source>Chart: tasks by state over time</source>
        <translation>Diagramm: Aufträge nach Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart: finished tasks per minute</source>
        <translation>Diagramm: beendete Aufträge pro Minute</translation>
    </message>
    <message>
        <source>Chart: queue wait and time to result per provider</source>
        <translation>Diagramm: Wartezeit und Zeit bis zum Ergebnis je Anbieter</translation>
    </message>
    <message>
        <source>Chart: most frequent error codes</source>
        <translation>Diagramm: häufigste Fehlercodes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Look an unknown or lost task up at the provider again.</source>
        <translation>Einen unbekannten oder verlorenen Auftrag erneut beim Anbieter nachschlagen.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Lokale Auftrags-ID (aus submit oder list).</translation>
    </message>
    <message>
        <source>If the task turns out to be alive, follow it until it has finished.</source>
        <translation>Wenn der Auftrag noch existiert, ihn verfolgen, bis er beendet ist.</translation>
    </message>
    <message>
        <source>task %1 cannot be checked: %2</source>
        <translation>Auftrag %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>the provider did not answer in time</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: queuelens-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: queuelens-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “queuelens-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>„queuelens-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Every command accepts --lang &lt;code&gt; (for example zh_CN or ru).</source>
        <translation>Jeder Befehl akzeptiert --lang &lt;Code&gt; (zum Beispiel zh_CN oder ru).</translation>
    </message>
    <message>
        <source>Language “%1” is not available; using English. Available: %2.</source>
        <translation>Die Sprache „%1“ ist nicht verfügbar; Englisch wird verwendet. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>Error: unknown command “%1”.</source>
        <translation>Fehler: unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CliEngineHost</name>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 at %2 (command line)</source>
        <extracomment>The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server&apos;s host name.</extracomment>
        <translation>%1 unter %2 (Befehlszeile)</translation>
    </message>
    <message>
        <source>The profile “%1” names no environment variable for its API key; submit again with --key-env &lt;VAR&gt;.</source>
        <translation>Das Profil „%1“ nennt keine Umgebungsvariable für seinen API-Schlüssel; senden Sie erneut mit --key-env &lt;VAR&gt;.</translation>
    </message>
    <message>
        <source>The API key for “%1” is read from the environment variable %2, which is not set or empty. Set it, or name another variable with --key-env.</source>
        <translation>Der API-Schlüssel für „%1“ wird aus der Umgebungsvariablen %2 gelesen, die nicht gesetzt oder leer ist. Setzen Sie sie oder geben Sie mit --key-env eine andere Variable an.</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>List every documented error code with its explanation.</source>
        <translation>Alle dokumentierten Fehlercodes mit Erklärung auflisten.</translation>
    </message>
    <message>
        <source>Only this provider: %1.</source>
        <translation>Nur dieser Anbieter: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Sprache der Oberfläche, z. B. zh_CN oder ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>%1 is the advice about retrying, e.g. &quot;Retry now&quot; or &quot;Retrying will not help&quot;.</extracomment>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Code: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>During: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n Sekunde</numerusform>
            <numerusform>Retry-After: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the provider&apos;s documentation</source>
        <translation>nicht in der Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>Meldung des Anbieters: „%1“</translation>
    </message>
    <message>
        <source>[answer truncated]</source>
        <translation>[Antwort gekürzt]</translation>
    </message>
    <message>
        <source>No clear answer to the submit</source>
        <translation>Keine eindeutige Antwort auf die Sendeanfrage</translation>
    </message>
    <message>
        <source>The submit request got no usable answer, so the provider may or may not have created the task.</source>
        <translation>Die Sendeanfrage hat keine verwertbare Antwort erhalten; der Anbieter hat den Auftrag also möglicherweise angelegt, möglicherweise aber auch nicht.</translation>
    </message>
    <message>
        <source>Use Check again to look the task up first. Submit anyway sends it once more; if the first submit did arrive, that creates a duplicate that is billed twice.</source>
        <translation>Schlagen Sie den Auftrag zuerst mit „Erneut prüfen“ nach. „Trotzdem senden“ schickt ihn noch einmal; ist die erste Sendeanfrage doch angekommen, entsteht ein Duplikat, das doppelt abgerechnet wird.</translation>
    </message>
    <message>
        <source>The provider no longer finds this task</source>
        <translation>Der Anbieter findet diesen Auftrag nicht mehr</translation>
    </message>
    <message>
        <source>The provider answered “not found” several times in a row for a task it had accepted. Providers delete old tasks, and some lose them on restarts.</source>
        <translation>Der Anbieter hat für einen bereits angenommenen Auftrag mehrmals hintereinander „nicht gefunden“ gemeldet. Anbieter löschen alte Aufträge, und manche verlieren sie bei Neustarts.</translation>
    </message>
    <message>
        <source>Check again once; if it stays lost, retry to run it again.</source>
        <translation>Verwenden Sie einmal „Erneut prüfen“; bleibt der Auftrag verloren, wiederholen Sie ihn, um ihn neu auszuführen.</translation>
    </message>
    <message>
        <source>The task passed its deadline</source>
        <translation>Der Auftrag hat seine Frist überschritten</translation>
    </message>
    <message>
        <source>The task did not finish within the profile&apos;s deadline, so QueueLens stopped waiting.</source>
        <translation>Der Auftrag wurde nicht innerhalb der Frist des Profils beendet, daher wartet QueueLens nicht länger.</translation>
    </message>
    <message>
        <source>Retry it, or raise the deadline in the profile settings if this model is slow.</source>
        <translation>Wiederholen Sie ihn oder verlängern Sie die Frist in den Profileinstellungen, falls dieses Modell langsam ist.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Erneut versuchen in %n Sekunde</numerusform>
            <numerusform>Erneut versuchen in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and resubmit…</source>
        <translation>Bearbeiten und neu senden…</translation>
    </message>
    <message>
        <source>Open profile settings…</source>
        <translation>Profileinstellungen öffnen…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Submit anyway…</source>
        <translation>Trotzdem senden…</translation>
    </message>
    <message>
        <source>The provider asked to wait before calling again.</source>
        <translation>Der Anbieter hat gebeten, vor dem nächsten Aufruf zu warten.</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Fehlererklärung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfohlene Schritte</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Copy the request id (quote it when you contact the provider)</source>
        <translation>Anfrage-ID kopieren (geben Sie sie an, wenn Sie den Anbieter kontaktieren)</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Raw response from the provider</source>
        <translation>Rohantwort des Anbieters</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>%1 named no error code; QueueLens chose “%2” from the task&apos;s state.</source>
        <translation>%1 hat keinen Fehlercode genannt; QueueLens hat „%2“ anhand des Auftragsstatus gewählt.</translation>
    </message>
    <message>
        <source>%1&apos;s documentation does not describe HTTP %2. What the status usually means: %3</source>
        <translation>Die Dokumentation von %1 beschreibt HTTP %2 nicht. Was dieser Status üblicherweise bedeutet: %3</translation>
    </message>
    <message>
        <source>%1 sent the code “%2”, which its documentation does not list. Judging by the HTTP status %3: %4</source>
        <translation>%1 hat den Code „%2“ gesendet, der in seiner Dokumentation nicht aufgeführt ist. Nach dem HTTP-Status %3 zu urteilen: %4</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>Undocumented error “%1”</source>
        <translation>Undokumentierter Fehler „%1“</translation>
    </message>
    <message>
        <source>%1 reported “%2”, which is not in its documentation. It looks like a problem of the kind “%3”.</source>
        <translation>%1 hat „%2“ gemeldet, das nicht in seiner Dokumentation steht. Es sieht nach einem Problem der Art „%3“ aus.</translation>
    </message>
    <message>
        <source>The provider&apos;s message was: %1</source>
        <translation>Meldung des Anbieters: %1</translation>
    </message>
    <message>
        <source>Retry the task; this kind of failure is usually temporary.</source>
        <translation>Wiederholen Sie den Auftrag; diese Art von Fehler ist meist vorübergehend.</translation>
    </message>
    <message>
        <source>Wait a little, then retry. If it keeps happening, lower the number of parallel tasks in the profile settings.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut. Wenn es wieder auftritt, senken Sie die Zahl paralleler Aufträge in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>Change the prompt or parameters with Edit and resubmit; sending the same request again will fail the same way.</source>
        <translation>Ändern Sie Prompt oder Parameter mit „Bearbeiten und neu senden“; dieselbe Anfrage scheitert sonst auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Check the API key, plan and balance of this profile with the provider, then retry.</source>
        <translation>Prüfen Sie API-Schlüssel, Tarif und Guthaben dieses Profils beim Anbieter und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Use Check again to refresh the task from the provider before retrying, so that no duplicate task is created.</source>
        <translation>Aktualisieren Sie den Auftrag vor einer Wiederholung mit „Erneut prüfen“ beim Anbieter, damit kein doppelter Auftrag entsteht.</translation>
    </message>
    <message>
        <source>Nothing to retry: submit a new task if you still need the result.</source>
        <translation>Nichts zu wiederholen: Senden Sie einen neuen Auftrag, falls Sie das Ergebnis noch benötigen.</translation>
    </message>
    <message>
        <source>Contact the provider&apos;s support with the request id shown below.</source>
        <translation>Wenden Sie sich mit der unten angezeigten Anfrage-ID an den Support des Anbieters.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>The provider refused the request as malformed or invalid and sent no documented error code. Usually a parameter is missing, has the wrong type, or is not supported by the model.</source>
        <translation>Der Anbieter hat die Anfrage als fehlerhaft oder ungültig abgelehnt und keinen dokumentierten Fehlercode gesendet. Meist fehlt ein Parameter, hat den falschen Typ oder wird vom Modell nicht unterstützt.</translation>
    </message>
    <message>
        <source>Look at the raw response for hints and correct the parameters with Edit and resubmit.</source>
        <translation>Suchen Sie in der Rohantwort nach Hinweisen und korrigieren Sie die Parameter mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <source>The provider did not accept the credentials, because the API key is missing, wrong or expired.</source>
        <translation>Der Anbieter hat die Zugangsdaten nicht akzeptiert, weil der API-Schlüssel fehlt, falsch oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>Check the API key in the profile settings and replace it with a current key from the provider&apos;s website.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Profileinstellungen und ersetzen Sie ihn durch einen aktuellen Schlüssel von der Website des Anbieters.</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>The provider wants payment before it runs the request, usually because the account balance or credits are used up.</source>
        <translation>Der Anbieter verlangt eine Zahlung, bevor er die Anfrage ausführt, meist weil Guthaben oder Credits des Kontos aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Top up the account on the provider&apos;s website, then submit the task again.</source>
        <translation>Laden Sie das Konto auf der Website des Anbieters auf und senden Sie den Auftrag dann erneut.</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The provider knows the key but does not allow this request, for example a model outside the plan or an action the key may not perform.</source>
        <translation>Der Anbieter kennt den Schlüssel, erlaubt diese Anfrage aber nicht, zum Beispiel für ein Modell außerhalb des Tarifs oder eine Aktion, die der Schlüssel nicht ausführen darf.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and plan on the provider&apos;s website, or use a different key in the profile settings.</source>
        <translation>Prüfen Sie Berechtigungen und Tarif des Schlüssels auf der Website des Anbieters oder verwenden Sie in den Profileinstellungen einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The provider has nothing at the requested address: the base URL or the path is wrong, or the task or model does not exist.</source>
        <translation>Unter der angefragten Adresse gibt es beim Anbieter nichts: Basis-URL oder Pfad sind falsch, oder der Auftrag bzw. das Modell existiert nicht.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. For an existing task, use Check again; if it stays not found, treat it as lost.</source>
        <translation>Prüfen Sie die Basis-URL in den Profileinstellungen. Verwenden Sie bei einem bestehenden Auftrag „Erneut prüfen“; wird er weiterhin nicht gefunden, betrachten Sie ihn als verloren.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>The provider does not accept this kind of HTTP request at this address. This nearly always means that the base URL points to the wrong service or API version.</source>
        <translation>Der Anbieter akzeptiert diese Art von HTTP-Anfrage unter dieser Adresse nicht. Das bedeutet fast immer, dass die Basis-URL auf den falschen Dienst oder die falsche API-Version zeigt.</translation>
    </message>
    <message>
        <source>Compare the base URL in the profile settings with the provider&apos;s documentation and correct it.</source>
        <translation>Vergleichen Sie die Basis-URL in den Profileinstellungen mit der Dokumentation des Anbieters und korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The server stopped waiting for the complete request, often because of a slow or unstable connection or a very large body.</source>
        <translation>Der Server hat nicht länger auf die vollständige Anfrage gewartet, oft wegen einer langsamen oder instabilen Verbindung oder eines sehr großen Anfragetexts.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it repeats, check the network connection and make the request smaller.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut. Wenn es wieder auftritt, prüfen Sie die Netzwerkverbindung und verkleinern Sie die Anfrage.</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Konflikt mit dem aktuellen Status</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource, for example a cancel for a task that has already finished.</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Status der Ressource, zum Beispiel ein Abbruch für einen bereits beendeten Auftrag.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state, then decide whether the action is still needed.</source>
        <translation>Laden Sie mit „Erneut prüfen“ den aktuellen Status und entscheiden Sie dann, ob die Aktion noch nötig ist.</translation>
    </message>
    <message>
        <source>Resource no longer available</source>
        <translation>Ressource nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>The provider says the resource existed but has been removed for good, such as an expired result or a deleted task.</source>
        <translation>Laut Anbieter existierte die Ressource, wurde aber endgültig entfernt, etwa ein abgelaufenes Ergebnis oder ein gelöschter Auftrag.</translation>
    </message>
    <message>
        <source>The API cannot bring it back. Submit the task again if you still need the output, and download results soon after they are ready.</source>
        <translation>Über die API lässt sie sich nicht wiederherstellen. Senden Sie den Auftrag erneut, falls Sie das Ergebnis noch benötigen, und laden Sie Ergebnisse bald nach ihrer Fertigstellung herunter.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request body is bigger than the provider accepts, usually because of images or videos embedded in it.</source>
        <translation>Der Anfragetext ist größer, als der Anbieter akzeptiert, meist wegen eingebetteter Bilder oder Videos.</translation>
    </message>
    <message>
        <source>Use smaller or compressed files, or links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Verwenden Sie kleinere oder komprimierte Dateien oder Links statt eingebetteter Daten und nutzen Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Unsupported content type</source>
        <translation>Nicht unterstützter Inhaltstyp</translation>
    </message>
    <message>
        <source>The provider does not accept the format of the request body, for example because the Content-Type header is missing or wrong.</source>
        <translation>Der Anbieter akzeptiert das Format des Anfragetexts nicht, zum Beispiel weil der Content-Type-Header fehlt oder falsch ist.</translation>
    </message>
    <message>
        <source>Check that the profile uses the right provider type and base URL. If both are right, report it as a QueueLens bug.</source>
        <translation>Prüfen Sie, ob das Profil den richtigen Anbietertyp und die richtige Basis-URL verwendet. Wenn beides stimmt, melden Sie dies als Fehler in QueueLens.</translation>
    </message>
    <message>
        <source>Request could not be processed</source>
        <translation>Anfrage konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>The request was well formed, but the provider rejected its content, for example a value outside the allowed range or options that do not work together.</source>
        <translation>Die Anfrage war formal korrekt, aber der Anbieter hat ihren Inhalt abgelehnt, zum Beispiel einen Wert außerhalb des zulässigen Bereichs oder Optionen, die nicht zusammenpassen.</translation>
    </message>
    <message>
        <source>Find the field at fault in the provider message and correct it with Edit and resubmit.</source>
        <translation>Suchen Sie das fehlerhafte Feld in der Meldung des Anbieters und korrigieren Sie es mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The provider limits how many requests or parallel tasks a key may send, and the limit was reached.</source>
        <translation>Der Anbieter begrenzt, wie viele Anfragen oder parallele Aufträge ein Schlüssel senden darf, und dieses Limit wurde erreicht.</translation>
    </message>
    <message>
        <source>Wait as long as the provider asks in Retry-After, or a minute if it gives no time, then retry. Reduce the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Warten Sie so lange, wie der Anbieter in Retry-After verlangt, oder eine Minute, falls er keine Zeit nennt, und versuchen Sie es dann erneut. Senken Sie die Parallelität oder erhöhen Sie das Abfrageintervall in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>Client closed the request</source>
        <translation>Client hat die Anfrage geschlossen</translation>
    </message>
    <message>
        <source>The server recorded that the client closed the connection before the answer was sent, for example because of a client timeout or because QueueLens was closed.</source>
        <translation>Der Server hat festgestellt, dass der Client die Verbindung geschlossen hat, bevor die Antwort gesendet wurde, zum Beispiel wegen eines Client-Zeitlimits oder weil QueueLens beendet wurde.</translation>
    </message>
    <message>
        <source>For a submit, use Check again before submitting again, since the task may have been created. Other calls can simply be repeated.</source>
        <translation>Verwenden Sie bei einer Sendeanfrage „Erneut prüfen“, bevor Sie erneut senden, denn der Auftrag wurde möglicherweise angelegt. Andere Aufrufe können einfach wiederholt werden.</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed while handling the request. The cause lies with the provider, not with the request.</source>
        <translation>Der Server des Anbieters ist bei der Bearbeitung der Anfrage gescheitert. Die Ursache liegt beim Anbieter, nicht bei der Anfrage.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. After a failed submit, use Check again or the provider&apos;s website before submitting again.</source>
        <translation>Versuchen Sie es nach einer Pause erneut, die mit jedem Versuch länger wird. Sehen Sie nach einer gescheiterten Sendeanfrage mit „Erneut prüfen“ oder auf der Website des Anbieters nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Function not implemented</source>
        <translation>Funktion nicht implementiert</translation>
    </message>
    <message>
        <source>The provider does not support this function at this address, for example a cancel or list call that the service does not offer.</source>
        <translation>Der Anbieter unterstützt diese Funktion unter dieser Adresse nicht, zum Beispiel einen Abbruch- oder Listenaufruf, den der Dienst nicht anbietet.</translation>
    </message>
    <message>
        <source>Check that the base URL and provider type in the profile settings are correct. If they are, the provider lacks this feature; ask them if you need it.</source>
        <translation>Prüfen Sie, ob Basis-URL und Anbietertyp in den Profileinstellungen stimmen. Falls ja, fehlt dem Anbieter diese Funktion; fragen Sie bei ihm nach, wenn Sie sie benötigen.</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>A proxy or gateway in front of the provider got an invalid answer from the server behind it. This usually lasts only a short time.</source>
        <translation>Ein Proxy oder Gateway vor dem Anbieter hat vom dahinterliegenden Server eine ungültige Antwort erhalten. Das dauert meist nur kurz an.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If a submit failed this way, use Check again before submitting again.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut. Ist eine Sendeanfrage so gescheitert, verwenden Sie „Erneut prüfen“, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>The provider cannot accept requests for the moment because of overload, maintenance or a lack of free capacity.</source>
        <translation>Der Anbieter kann derzeit keine Anfragen annehmen, wegen Überlastung, Wartung oder fehlender freier Kapazität.</translation>
    </message>
    <message>
        <source>Retry after the time given in Retry-After, or after a few minutes.</source>
        <translation>Versuchen Sie es nach der in Retry-After genannten Zeit oder nach einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>A gateway in front of the provider waited too long for the server behind it. The request may still have been carried out.</source>
        <translation>Ein Gateway vor dem Anbieter hat zu lange auf den dahinterliegenden Server gewartet. Die Anfrage wurde möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again first, because the task may exist even though no answer arrived.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Verwenden Sie bei einer Sendeanfrage zuerst „Erneut prüfen“, denn der Auftrag kann existieren, obwohl keine Antwort kam.</translation>
    </message>
    <message>
        <source>Provider took too long to answer (Cloudflare)</source>
        <translation>Anbieter hat zu lange für die Antwort gebraucht (Cloudflare)</translation>
    </message>
    <message>
        <source>Cloudflare, which sits in front of the provider, reached the provider&apos;s server but got no answer within its time limit of about 100 seconds. The work may still finish at the provider.</source>
        <translation>Cloudflare, das dem Anbieter vorgeschaltet ist, hat den Server des Anbieters erreicht, aber innerhalb seines Zeitlimits von etwa 100 Sekunden keine Antwort erhalten. Die Arbeit beim Anbieter kann dennoch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Do not submit again at once: use Check again or the provider&apos;s website to see whether the task was created, and retry only if it was not.</source>
        <translation>Senden Sie nicht sofort erneut: Sehen Sie mit „Erneut prüfen“ oder auf der Website des Anbieters nach, ob der Auftrag angelegt wurde, und wiederholen Sie ihn nur, wenn nicht.</translation>
    </message>
    <message>
        <source>Request rejected by the provider</source>
        <translation>Anfrage vom Anbieter abgelehnt</translation>
    </message>
    <message>
        <source>The provider answered with a client error status that has no specific entry here. Something in the request, the key or the account needs to change.</source>
        <translation>Der Anbieter hat mit einem Client-Fehlerstatus geantwortet, für den es hier keinen eigenen Eintrag gibt. An der Anfrage, am Schlüssel oder am Konto muss sich etwas ändern.</translation>
    </message>
    <message>
        <source>Read the raw response in the error details for the reason, then correct the request with Edit and resubmit or update the profile settings.</source>
        <translation>Den Grund finden Sie in der Rohantwort in den Fehlerdetails; korrigieren Sie dann die Anfrage mit „Bearbeiten und neu senden“ oder passen Sie die Profileinstellungen an.</translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation>Serverfehler beim Anbieter</translation>
    </message>
    <message>
        <source>The provider answered with a server error status that has no specific entry here. The problem is on the provider&apos;s side.</source>
        <translation>Der Anbieter hat mit einem Server-Fehlerstatus geantwortet, für den es hier keinen eigenen Eintrag gibt. Das Problem liegt beim Anbieter.</translation>
    </message>
    <message>
        <source>Retry after a pause that grows with each attempt. If it lasts, check the provider&apos;s status page.</source>
        <translation>Versuchen Sie es nach einer Pause erneut, die mit jedem Versuch länger wird. Hält das Problem an, sehen Sie auf der Statusseite des Anbieters nach.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server at the base URL refused the connection. The service may be down, or the host or port in the base URL is wrong.</source>
        <translation>Der Server unter der Basis-URL hat die Verbindung abgelehnt. Der Dienst ist möglicherweise ausgefallen, oder Host bzw. Port in der Basis-URL sind falsch.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings, including any port number. If it is correct, retry later.</source>
        <translation>Prüfen Sie die Basis-URL in den Profileinstellungen einschließlich einer eventuellen Portnummer. Ist sie korrekt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>The host name in the base URL could not be resolved to an address. It may be misspelled, or the DNS server cannot be reached.</source>
        <translation>Der Hostname in der Basis-URL konnte nicht in eine Adresse aufgelöst werden. Er ist möglicherweise falsch geschrieben, oder der DNS-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the profile settings and whether other websites open. Retry when the network works.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts in den Profileinstellungen und ob sich andere Websites öffnen lassen. Versuchen Sie es erneut, sobald das Netzwerk funktioniert.</translation>
    </message>
    <message>
        <source>No data received in time</source>
        <translation>Keine Daten rechtzeitig empfangen</translation>
    </message>
    <message>
        <source>No data moved in either direction for longer than the transfer timeout. The server may be overloaded, or a firewall may be dropping the traffic.</source>
        <translation>Länger als das Übertragungszeitlimit wurden in keiner Richtung Daten übertragen. Der Server ist möglicherweise überlastet, oder eine Firewall verwirft den Datenverkehr.</translation>
    </message>
    <message>
        <source>Retry after a pause. For a submit, use Check again before submitting again, because the provider may have created the task.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Verwenden Sie bei einer Sendeanfrage „Erneut prüfen“, bevor Sie erneut senden, denn der Anbieter hat den Auftrag möglicherweise angelegt.</translation>
    </message>
    <message>
        <source>Connection closed before the full answer</source>
        <translation>Verbindung vor der vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>The server or a proxy closed the connection before the whole response arrived. Restarts on the provider side and unstable networks cause this.</source>
        <translation>Der Server oder ein Proxy hat die Verbindung geschlossen, bevor die gesamte Antwort ankam. Ursache sind Neustarts beim Anbieter oder instabile Netzwerke.</translation>
    </message>
    <message>
        <source>Retry the call. If it was a submit, use Check again first so that the task is not created twice.</source>
        <translation>Wiederholen Sie den Aufruf. War es eine Sendeanfrage, verwenden Sie zuerst „Erneut prüfen“, damit der Auftrag nicht doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the provider could not be set up or verified. A wrong system clock, a proxy or antivirus program that intercepts HTTPS, or an expired server certificate are common causes.</source>
        <translation>Die verschlüsselte Verbindung (TLS) zum Anbieter konnte nicht aufgebaut oder überprüft werden. Häufige Ursachen sind eine falsche Systemuhr, ein Proxy oder Virenschutzprogramm, das HTTPS abfängt, oder ein abgelaufenes Serverzertifikat.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and any HTTPS inspection in proxy or antivirus software. If those are fine, retry later; the provider may be renewing its certificate.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Computers sowie eine eventuelle HTTPS-Prüfung in Proxy- oder Virenschutzsoftware. Ist dort alles in Ordnung, versuchen Sie es später erneut; der Anbieter erneuert möglicherweise gerade sein Zertifikat.</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>The proxy server set for this computer refused the connection, asked for a login, or could not reach the provider.</source>
        <translation>Der für diesen Computer eingerichtete Proxyserver hat die Verbindung abgelehnt, eine Anmeldung verlangt oder den Anbieter nicht erreicht.</translation>
    </message>
    <message>
        <source>Check the system proxy settings and the proxy credentials, or try without the proxy. Retry once the proxy works.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen des Systems und die Proxy-Zugangsdaten oder versuchen Sie es ohne Proxy. Versuchen Sie es erneut, sobald der Proxy funktioniert.</translation>
    </message>
    <message>
        <source>Computer is offline</source>
        <translation>Computer ist offline</translation>
    </message>
    <message>
        <source>The computer has no working network connection, so the request could not be sent. Nothing reached the provider.</source>
        <translation>Der Computer hat keine funktionierende Netzwerkverbindung, daher konnte die Anfrage nicht gesendet werden. Beim Anbieter ist nichts angekommen.</translation>
    </message>
    <message>
        <source>Reconnect to the network. QueueLens can continue once the connection is back.</source>
        <translation>Stellen Sie die Netzwerkverbindung wieder her. QueueLens kann fortfahren, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Response is not valid JSON</source>
        <translation>Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The provider reported success, but the body is not the JSON QueueLens expects. Often it is an HTML page from a proxy, a login portal or a maintenance notice.</source>
        <translation>Der Anbieter hat Erfolg gemeldet, aber der Antworttext ist nicht das JSON, das QueueLens erwartet. Oft handelt es sich um eine HTML-Seite eines Proxys, eines Anmeldeportals oder einen Wartungshinweis.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it persists, open the base URL in a browser to see what answers, and check the profile settings.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Hält das Problem an, öffnen Sie die Basis-URL im Browser, um zu sehen, was dort antwortet, und prüfen Sie die Profileinstellungen.</translation>
    </message>
    <message>
        <source>Empty response</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <source>The provider answered without a body where QueueLens needs data, such as a task id or a status.</source>
        <translation>Der Anbieter hat ohne Antworttext geantwortet, wo QueueLens Daten benötigt, etwa eine Auftrags-ID oder einen Status.</translation>
    </message>
    <message>
        <source>Retry after a pause. If a submit got an empty answer, look for the task on the provider&apos;s website before submitting again.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Hat eine Sendeanfrage eine leere Antwort erhalten, suchen Sie den Auftrag auf der Website des Anbieters, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Response larger than allowed</source>
        <translation>Antwort größer als erlaubt</translation>
    </message>
    <message>
        <source>The response body was bigger than the size limit QueueLens applies, so it was not read. A base URL that points to a large file or web page is a common cause.</source>
        <translation>Der Antworttext war größer als das Größenlimit von QueueLens und wurde daher nicht gelesen. Eine häufige Ursache ist eine Basis-URL, die auf eine große Datei oder Webseite zeigt.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings. If it is correct, the provider sent far more data than its protocol allows; report it to the provider with the task id.</source>
        <translation>Prüfen Sie die Basis-URL in den Profileinstellungen. Ist sie korrekt, hat der Anbieter weit mehr Daten gesendet, als sein Protokoll erlaubt; melden Sie dies dem Anbieter mit der Auftrags-ID.</translation>
    </message>
    <message>
        <source>Response is missing expected fields</source>
        <translation>Erwartete Felder fehlen in der Antwort</translation>
    </message>
    <message>
        <source>The provider sent valid JSON, but without the fields its protocol promises, such as a task id or a status. The provider may have changed its API, or the profile points to a different kind of service.</source>
        <translation>Der Anbieter hat gültiges JSON gesendet, aber ohne die Felder, die sein Protokoll zusichert, etwa eine Auftrags-ID oder einen Status. Der Anbieter hat möglicherweise seine API geändert, oder das Profil zeigt auf einen anderen Diensttyp.</translation>
    </message>
    <message>
        <source>Check that the provider type and base URL in the profile settings match the service. If they do, report the raw response to the QueueLens maintainers.</source>
        <translation>Prüfen Sie, ob Anbietertyp und Basis-URL in den Profileinstellungen zum Dienst passen. Falls ja, melden Sie die Rohantwort den Entwicklern von QueueLens.</translation>
    </message>
    <message>
        <source>Submit outcome unknown</source>
        <translation>Ergebnis der Sendeanfrage unbekannt</translation>
    </message>
    <message>
        <source>The submit got no clear answer, for example because the connection broke or timed out, so a task may or may not exist at the provider. Submitting again blindly can create and bill a second task.</source>
        <translation>Die Sendeanfrage hat keine eindeutige Antwort erhalten, etwa weil die Verbindung abbrach oder das Zeitlimit überschritten wurde; ein Auftrag existiert beim Anbieter also möglicherweise. Blindes erneutes Senden kann einen zweiten Auftrag anlegen, der ebenfalls abgerechnet wird.</translation>
    </message>
    <message>
        <source>Use Check again first, or look on the provider&apos;s website. Submit anyway only when you are sure that no task was created.</source>
        <translation>Verwenden Sie zuerst „Erneut prüfen“ oder sehen Sie auf der Website des Anbieters nach. Verwenden Sie „Trotzdem senden“ nur, wenn Sie sicher sind, dass kein Auftrag angelegt wurde.</translation>
    </message>
    <message>
        <source>Provider no longer knows the task</source>
        <translation>Anbieter kennt den Auftrag nicht mehr</translation>
    </message>
    <message>
        <source>The provider had reported this task before but now answers that it does not exist. It may have expired or been deleted, or the key in the profile has changed.</source>
        <translation>Der Anbieter hatte diesen Auftrag bereits gemeldet, antwortet aber jetzt, dass er nicht existiert. Er ist möglicherweise abgelaufen oder wurde gelöscht, oder der Schlüssel im Profil hat sich geändert.</translation>
    </message>
    <message>
        <source>Check that the profile still uses the key the task was created with, then use Check again. If it stays unknown, submit the task again if you still need the output.</source>
        <translation>Prüfen Sie, ob das Profil noch den Schlüssel verwendet, mit dem der Auftrag angelegt wurde, und verwenden Sie dann „Erneut prüfen“. Bleibt er unbekannt, senden Sie den Auftrag erneut, falls Sie das Ergebnis noch benötigen.</translation>
    </message>
    <message>
        <source>Task exceeded the profile deadline</source>
        <translation>Auftrag hat die Frist des Profils überschritten</translation>
    </message>
    <message>
        <source>The task did not finish within the deadline set in the profile, so QueueLens stopped waiting for it. The provider may still complete it.</source>
        <translation>Der Auftrag wurde nicht innerhalb der im Profil festgelegten Frist beendet, daher wartet QueueLens nicht länger auf ihn. Der Anbieter kann ihn trotzdem noch abschließen.</translation>
    </message>
    <message>
        <source>Use Check again to see whether it finished later. Raise the deadline in the profile settings for slow models such as long videos.</source>
        <translation>Sehen Sie mit „Erneut prüfen“ nach, ob er später doch fertig wurde. Verlängern Sie die Frist in den Profileinstellungen für langsame Modelle wie lange Videos.</translation>
    </message>
    <message>
        <source>Provider cannot cancel tasks</source>
        <translation>Anbieter kann Aufträge nicht abbrechen</translation>
    </message>
    <message>
        <source>This provider has no API to cancel a task, so QueueLens cannot stop it. The task keeps running and may still be billed.</source>
        <translation>Dieser Anbieter hat keine API zum Abbrechen eines Auftrags, daher kann QueueLens ihn nicht stoppen. Der Auftrag läuft weiter und wird möglicherweise trotzdem abgerechnet.</translation>
    </message>
    <message>
        <source>Let the task finish, or stop it on the provider&apos;s website if the provider offers that.</source>
        <translation>Lassen Sie den Auftrag zu Ende laufen oder stoppen Sie ihn auf der Website des Anbieters, falls dieser das anbietet.</translation>
    </message>
    <message>
        <source>No API key set for this profile</source>
        <translation>Kein API-Schlüssel für dieses Profil festgelegt</translation>
    </message>
    <message>
        <source>QueueLens found no API key for this profile, so nothing was sent. The key may never have been entered, or the system keychain that stores it is locked or unavailable.</source>
        <translation>QueueLens hat für dieses Profil keinen API-Schlüssel gefunden, daher wurde nichts gesendet. Der Schlüssel wurde möglicherweise nie eingegeben, oder der Schlüsselbund des Systems, in dem er gespeichert ist, ist gesperrt oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>Enter the API key in the profile settings. If the key was saved before, unlock the system keychain and try again.</source>
        <translation>Geben Sie den API-Schlüssel in den Profileinstellungen ein. Wurde der Schlüssel bereits gespeichert, entsperren Sie den Schlüsselbund des Systems und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>An error occurred that neither the provider&apos;s documentation nor QueueLens can classify. The raw response in the error details may tell more.</source>
        <translation>Es ist ein Fehler aufgetreten, den weder die Dokumentation des Anbieters noch QueueLens einordnen kann. Die Rohantwort in den Fehlerdetails verrät möglicherweise mehr.</translation>
    </message>
    <message>
        <source>Use Check again to see the real state of the task before you retry or submit again.</source>
        <translation>Ermitteln Sie mit „Erneut prüfen“ den tatsächlichen Status des Auftrags, bevor Sie ihn wiederholen oder erneut senden.</translation>
    </message>
    <message>
        <source>FoxAPI rejected the request as invalid</source>
        <translation>FoxAPI hat die Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>FoxAPI could not accept the request: a required field is missing, a value has the wrong type, or the JSON body is broken. The error message usually names the field.</source>
        <translation>FoxAPI konnte die Anfrage nicht annehmen: Ein Pflichtfeld fehlt, ein Wert hat den falschen Typ oder der JSON-Text ist fehlerhaft. Die Fehlermeldung nennt meist das Feld.</translation>
    </message>
    <message>
        <source>Correct the parameters named in the provider message with Edit and resubmit. Compare the model name and options with the FoxAPI page for that model.</source>
        <translation>Korrigieren Sie die in der Meldung des Anbieters genannten Parameter mit „Bearbeiten und neu senden“. Vergleichen Sie Modellname und Optionen mit der FoxAPI-Seite dieses Modells.</translation>
    </message>
    <message>
        <source>FoxAPI API key invalid or missing</source>
        <translation>FoxAPI-API-Schlüssel ungültig oder fehlt</translation>
    </message>
    <message>
        <source>FoxAPI did not accept the Bearer token because the key is missing, mistyped, expired or deleted. FoxAPI keys normally start with sk-.</source>
        <translation>FoxAPI hat das Bearer-Token nicht akzeptiert, weil der Schlüssel fehlt, falsch geschrieben, abgelaufen oder gelöscht ist. FoxAPI-Schlüssel beginnen normalerweise mit sk-.</translation>
    </message>
    <message>
        <source>Copy the key again from the FoxAPI dashboard into the profile settings. Create a new key if the old one was removed.</source>
        <translation>Kopieren Sie den Schlüssel erneut aus dem FoxAPI-Dashboard in die Profileinstellungen. Erstellen Sie einen neuen Schlüssel, falls der alte entfernt wurde.</translation>
    </message>
    <message>
        <source>FoxAPI balance too low</source>
        <translation>FoxAPI-Guthaben zu niedrig</translation>
    </message>
    <message>
        <source>The FoxAPI account does not hold enough balance to pay for this task, so it was not started. The price depends on the model, the duration and the number of outputs.</source>
        <translation>Das FoxAPI-Konto hat nicht genug Guthaben für diesen Auftrag, daher wurde er nicht gestartet. Der Preis hängt von Modell, Dauer und Anzahl der Ausgaben ab.</translation>
    </message>
    <message>
        <source>Top up the FoxAPI account, then submit the task again unchanged. To spend less per task, choose a cheaper model or fewer outputs.</source>
        <translation>Laden Sie das FoxAPI-Konto auf und senden Sie den Auftrag dann unverändert erneut. Um pro Auftrag weniger auszugeben, wählen Sie ein günstigeres Modell oder weniger Ausgaben.</translation>
    </message>
    <message>
        <source>FoxAPI key lacks permission</source>
        <translation>FoxAPI-Schlüssel fehlt die Berechtigung</translation>
    </message>
    <message>
        <source>The key is valid but may not perform this operation or use this model. Keys can be limited to certain models or features in the FoxAPI dashboard.</source>
        <translation>Der Schlüssel ist gültig, darf diesen Vorgang aber nicht ausführen oder dieses Modell nicht nutzen. Schlüssel lassen sich im FoxAPI-Dashboard auf bestimmte Modelle oder Funktionen beschränken.</translation>
    </message>
    <message>
        <source>Check the key&apos;s permissions and allowed models in the FoxAPI dashboard, or set a key with wider access in the profile settings.</source>
        <translation>Prüfen Sie Berechtigungen und zugelassene Modelle des Schlüssels im FoxAPI-Dashboard oder legen Sie in den Profileinstellungen einen Schlüssel mit umfassenderem Zugriff fest.</translation>
    </message>
    <message>
        <source>FoxAPI endpoint or task not found</source>
        <translation>FoxAPI-Endpunkt oder -Auftrag nicht gefunden</translation>
    </message>
    <message>
        <source>FoxAPI answered that nothing exists at this address. Either the base URL or path is wrong, or the task id is unknown, for example because it belongs to another account.</source>
        <translation>FoxAPI hat geantwortet, dass unter dieser Adresse nichts existiert. Entweder ist die Basis-URL oder der Pfad falsch, oder die Auftrags-ID ist unbekannt, zum Beispiel weil sie zu einem anderen Konto gehört.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://api.foxapi.cc. For a task, use Check again; a task that stays unknown is lost.</source>
        <translation>Prüfen Sie, ob die Basis-URL in den Profileinstellungen https://api.foxapi.cc lautet. Verwenden Sie bei einem Auftrag „Erneut prüfen“; ein Auftrag, der unbekannt bleibt, ist verloren.</translation>
    </message>
    <message>
        <source>FoxAPI rate limit reached</source>
        <translation>FoxAPI-Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>FoxAPI limits requests per API key, and this key sent too many in a short time. Frequent status polling counts toward the same limit.</source>
        <translation>FoxAPI begrenzt die Anfragen pro API-Schlüssel, und dieser Schlüssel hat in kurzer Zeit zu viele gesendet. Häufige Statusabfragen zählen zum selben Limit.</translation>
    </message>
    <message>
        <source>Wait for the period in the Retry-After header, then retry. Raise the poll interval or lower the concurrency cap in the profile settings; ask FoxAPI support if you need a higher limit.</source>
        <translation>Warten Sie den im Retry-After-Header genannten Zeitraum ab und versuchen Sie es dann erneut. Erhöhen Sie das Abfrageintervall oder senken Sie die Parallelität in den Profileinstellungen; wenden Sie sich an den FoxAPI-Support, wenn Sie ein höheres Limit benötigen.</translation>
    </message>
    <message>
        <source>FoxAPI server error</source>
        <translation>FoxAPI-Serverfehler</translation>
    </message>
    <message>
        <source>FoxAPI hit an unexpected fault while handling the request. The request itself is usually fine.</source>
        <translation>Bei FoxAPI ist während der Bearbeitung der Anfrage ein unerwarteter Fehler aufgetreten. Die Anfrage selbst ist in der Regel in Ordnung.</translation>
    </message>
    <message>
        <source>Retry after a pause and double the pause after each failure. After a failed submit, look in the FoxAPI dashboard for a task that was created anyway before submitting again.</source>
        <translation>Versuchen Sie es nach einer Pause erneut und verdoppeln Sie die Pause nach jedem Fehlschlag. Suchen Sie nach einer gescheiterten Sendeanfrage im FoxAPI-Dashboard nach einem trotzdem angelegten Auftrag, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Request is malformed or incomplete</source>
        <translation>Anfrage ist fehlerhaft oder unvollständig</translation>
    </message>
    <message>
        <source>FoxAPI classed the error as a bad request: the body could not be parsed, a required parameter is absent, or a value is outside what the model accepts.</source>
        <translation>FoxAPI hat den Fehler als fehlerhafte Anfrage eingestuft: Der Anfragetext konnte nicht geparst werden, ein Pflichtparameter fehlt oder ein Wert liegt außerhalb dessen, was das Modell akzeptiert.</translation>
    </message>
    <message>
        <source>Fix the field named in the provider message with Edit and resubmit. Sending the same request again will fail in the same way.</source>
        <translation>Korrigieren Sie das in der Meldung des Anbieters genannte Feld mit „Bearbeiten und neu senden“. Dieselbe Anfrage scheitert sonst auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>FoxAPI could not authenticate the key</source>
        <translation>FoxAPI konnte den Schlüssel nicht authentifizieren</translation>
    </message>
    <message>
        <source>The error type says the API key is missing, invalid or expired. FoxAPI expects the key in an Authorization header with the Bearer scheme.</source>
        <translation>Laut Fehlertyp fehlt der API-Schlüssel oder er ist ungültig oder abgelaufen. FoxAPI erwartet den Schlüssel in einem Authorization-Header mit dem Bearer-Schema.</translation>
    </message>
    <message>
        <source>Enter a current key in the profile settings. If the key expired, create a new one in the FoxAPI dashboard.</source>
        <translation>Geben Sie in den Profileinstellungen einen aktuellen Schlüssel ein. Ist der Schlüssel abgelaufen, erstellen Sie im FoxAPI-Dashboard einen neuen.</translation>
    </message>
    <message>
        <source>Operation not allowed for this FoxAPI key</source>
        <translation>Vorgang für diesen FoxAPI-Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <source>The API key is recognised but is not allowed to do this, for example to use a restricted model or feature.</source>
        <translation>Der API-Schlüssel wird erkannt, darf dies aber nicht, zum Beispiel ein eingeschränktes Modell oder eine eingeschränkte Funktion nutzen.</translation>
    </message>
    <message>
        <source>Grant the key access in the FoxAPI dashboard or switch the profile to a key that has it. Otherwise choose a model the key may use.</source>
        <translation>Erteilen Sie dem Schlüssel im FoxAPI-Dashboard den Zugriff oder stellen Sie das Profil auf einen Schlüssel um, der ihn hat. Wählen Sie andernfalls ein Modell, das der Schlüssel nutzen darf.</translation>
    </message>
    <message>
        <source>FoxAPI resource not found</source>
        <translation>FoxAPI-Ressource nicht gefunden</translation>
    </message>
    <message>
        <source>The model, task or endpoint named in the request does not exist for this account. Task ids from another account and mistyped model names also give this type.</source>
        <translation>Das in der Anfrage genannte Modell, der Auftrag oder der Endpunkt existiert für dieses Konto nicht. Auftrags-IDs eines anderen Kontos und falsch geschriebene Modellnamen führen ebenfalls zu diesem Fehlertyp.</translation>
    </message>
    <message>
        <source>Check the model name and the base URL in the profile settings. For a task, use Check again; if it is still not found, treat it as lost.</source>
        <translation>Prüfen Sie Modellname und Basis-URL in den Profileinstellungen. Verwenden Sie bei einem Auftrag „Erneut prüfen“; wird er weiterhin nicht gefunden, betrachten Sie ihn als verloren.</translation>
    </message>
    <message>
        <source>FoxAPI request rate too high</source>
        <translation>FoxAPI-Anfragerate zu hoch</translation>
    </message>
    <message>
        <source>The error type says the key sent more requests in the current time window than FoxAPI allows.</source>
        <translation>Laut Fehlertyp hat der Schlüssel im aktuellen Zeitfenster mehr Anfragen gesendet, als FoxAPI erlaubt.</translation>
    </message>
    <message>
        <source>Pause for the Retry-After period before the next request. Spread submits out by lowering the concurrency cap in the profile settings.</source>
        <translation>Warten Sie vor der nächsten Anfrage den Retry-After-Zeitraum ab. Verteilen Sie Sendeanfragen zeitlich, indem Sie die Parallelität in den Profileinstellungen senken.</translation>
    </message>
    <message>
        <source>Unexpected FoxAPI server failure</source>
        <translation>Unerwarteter FoxAPI-Serverausfall</translation>
    </message>
    <message>
        <source>FoxAPI reported an internal error that the content of the request did not cause.</source>
        <translation>FoxAPI hat einen internen Fehler gemeldet, der nicht durch den Inhalt der Anfrage verursacht wurde.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. If it keeps failing for several minutes, contact FoxAPI support with the time and the task id.</source>
        <translation>Versuchen Sie es mit wachsenden Pausen erneut. Scheitert es mehrere Minuten lang, wenden Sie sich mit Uhrzeit und Auftrags-ID an den FoxAPI-Support.</translation>
    </message>
    <message>
        <source>Model temporarily unavailable on FoxAPI</source>
        <translation>Modell bei FoxAPI vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The requested model could not be reached when the task was due to run, usually because the company behind the model is overloaded or doing maintenance. The task failed without output.</source>
        <translation>Das angeforderte Modell war bei der geplanten Ausführung des Auftrags nicht erreichbar, meist weil das Unternehmen hinter dem Modell überlastet ist oder Wartungsarbeiten durchführt. Der Auftrag ist ohne Ergebnis fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If the model stays unavailable, pick a similar model with Edit and resubmit.</source>
        <translation>Senden Sie den Auftrag nach einigen Minuten erneut. Bleibt das Modell nicht verfügbar, wählen Sie mit „Bearbeiten und neu senden“ ein ähnliches Modell.</translation>
    </message>
    <message>
        <source>Content rejected by FoxAPI safety rules</source>
        <translation>Inhalt durch FoxAPI-Sicherheitsregeln abgelehnt</translation>
    </message>
    <message>
        <source>The prompt or an input image was judged to break the content policy, for example because it shows real people, public figures or unsafe themes. The provider message often names the reason.</source>
        <translation>Der Prompt oder ein Eingabebild verstößt vermutlich gegen die Inhaltsrichtlinie, zum Beispiel weil es reale Personen, Personen des öffentlichen Lebens oder unzulässige Themen zeigt. Die Meldung des Anbieters nennt oft den Grund.</translation>
    </message>
    <message>
        <source>Change the prompt or replace the image so it meets the policy, then use Edit and resubmit. The unchanged input will be rejected again.</source>
        <translation>Ändern Sie den Prompt oder ersetzen Sie das Bild, sodass es der Richtlinie entspricht, und verwenden Sie dann „Bearbeiten und neu senden“. Unveränderte Eingaben werden erneut abgelehnt.</translation>
    </message>
    <message>
        <source>FoxAPI generation failed</source>
        <translation>FoxAPI-Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The model started work but did not produce a result. This can be a passing fault or a prompt the model cannot handle.</source>
        <translation>Das Modell hat mit der Arbeit begonnen, aber kein Ergebnis erzeugt. Das kann ein vorübergehender Fehler sein oder ein Prompt, den das Modell nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>Submit the task again. If it fails a second time, simplify or reword the prompt with Edit and resubmit.</source>
        <translation>Senden Sie den Auftrag erneut. Scheitert er ein zweites Mal, vereinfachen oder formulieren Sie den Prompt mit „Bearbeiten und neu senden“ um.</translation>
    </message>
    <message>
        <source>FoxAPI task timed out</source>
        <translation>Zeitüberschreitung des FoxAPI-Auftrags</translation>
    </message>
    <message>
        <source>The task ran longer than FoxAPI allows and was stopped. Demanding settings such as long durations or high resolutions make this more likely.</source>
        <translation>Der Auftrag lief länger, als FoxAPI erlaubt, und wurde gestoppt. Anspruchsvolle Einstellungen wie lange Dauer oder hohe Auflösung machen dies wahrscheinlicher.</translation>
    </message>
    <message>
        <source>Retry later. If it times out again, use a shorter duration, a lower resolution or fewer outputs with Edit and resubmit.</source>
        <translation>Versuchen Sie es später erneut. Tritt die Zeitüberschreitung wieder auf, wählen Sie mit „Bearbeiten und neu senden“ eine kürzere Dauer, eine niedrigere Auflösung oder weniger Ausgaben.</translation>
    </message>
    <message>
        <source>FoxAPI could not fetch the image URL</source>
        <translation>FoxAPI konnte die Bild-URL nicht abrufen</translation>
    </message>
    <message>
        <source>FoxAPI could not download an image URL given in the request. The link may be private, expired, behind a login or closed to automated downloads.</source>
        <translation>FoxAPI konnte eine in der Anfrage angegebene Bild-URL nicht herunterladen. Der Link ist möglicherweise privat, abgelaufen, hinter einer Anmeldung oder für automatisierte Downloads gesperrt.</translation>
    </message>
    <message>
        <source>Test the URL in a private browser window. Use a public, direct link to the image file and submit again with Edit and resubmit.</source>
        <translation>Testen Sie die URL in einem privaten Browserfenster. Verwenden Sie einen öffentlichen, direkten Link auf die Bilddatei und senden Sie erneut mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Input file too large for FoxAPI</source>
        <translation>Eingabedatei zu groß für FoxAPI</translation>
    </message>
    <message>
        <source>An uploaded or linked file is bigger than FoxAPI or the selected model accepts.</source>
        <translation>Eine hochgeladene oder verlinkte Datei ist größer, als FoxAPI oder das gewählte Modell akzeptiert.</translation>
    </message>
    <message>
        <source>Compress or scale down the file, or shorten the clip, then submit again with Edit and resubmit.</source>
        <translation>Komprimieren oder verkleinern Sie die Datei oder kürzen Sie den Clip und senden Sie dann erneut mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Input file format not supported</source>
        <translation>Format der Eingabedatei nicht unterstützt</translation>
    </message>
    <message>
        <source>A file in the request is in a format the model cannot read, for example an unusual image type or video codec.</source>
        <translation>Eine Datei in der Anfrage liegt in einem Format vor, das das Modell nicht lesen kann, zum Beispiel ein ungewöhnlicher Bildtyp oder Videocodec.</translation>
    </message>
    <message>
        <source>Convert the file to a common format such as PNG or JPEG for images or MP4 for video, then use Edit and resubmit.</source>
        <translation>Konvertieren Sie die Datei in ein gängiges Format wie PNG oder JPEG für Bilder bzw. MP4 für Videos und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Task parameters do not fit the model</source>
        <translation>Auftragsparameter passen nicht zum Modell</translation>
    </message>
    <message>
        <source>The task was created but failed because one or more parameters do not fit the model, such as an unsupported size, aspect ratio or duration.</source>
        <translation>Der Auftrag wurde angelegt, ist aber fehlgeschlagen, weil ein oder mehrere Parameter nicht zum Modell passen, etwa eine nicht unterstützte Größe, ein Seitenverhältnis oder eine Dauer.</translation>
    </message>
    <message>
        <source>Check the provider message and the options the model documents, then correct the values with Edit and resubmit.</source>
        <translation>Prüfen Sie die Meldung des Anbieters und die vom Modell dokumentierten Optionen und korrigieren Sie dann die Werte mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Input image could not be processed</source>
        <translation>Eingabebild konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>The model could not work with an input image, for example because the file is damaged, too small, or its dimensions do not match the requested output.</source>
        <translation>Das Modell konnte ein Eingabebild nicht verwenden, zum Beispiel weil die Datei beschädigt oder zu klein ist oder ihre Abmessungen nicht zur angeforderten Ausgabe passen.</translation>
    </message>
    <message>
        <source>Use a different image, or export it again in a standard format and size, then submit with Edit and resubmit.</source>
        <translation>Verwenden Sie ein anderes Bild oder exportieren Sie es erneut in einem Standardformat und einer Standardgröße; senden Sie dann mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>FoxAPI task was cancelled</source>
        <translation>FoxAPI-Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>The task ended because it was cancelled, either on request or by FoxAPI itself. No result was produced.</source>
        <translation>Der Auftrag wurde beendet, weil er abgebrochen wurde, entweder auf Anfrage oder durch FoxAPI selbst. Es wurde kein Ergebnis erzeugt.</translation>
    </message>
    <message>
        <source>If you did not cancel the task, submit it again with Edit and resubmit.</source>
        <translation>Wenn Sie den Auftrag nicht abgebrochen haben, senden Sie ihn mit „Bearbeiten und neu senden“ erneut.</translation>
    </message>
    <message>
        <source>Generation ran out of time</source>
        <translation>Generierung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The model did not finish within the processing time FoxAPI gives a task, often because the model was under heavy load.</source>
        <translation>Das Modell wurde nicht innerhalb der Verarbeitungszeit fertig, die FoxAPI einem Auftrag gewährt, oft wegen hoher Auslastung des Modells.</translation>
    </message>
    <message>
        <source>Retry later. If it happens again, lower the duration or resolution with Edit and resubmit.</source>
        <translation>Versuchen Sie es später erneut. Passiert es wieder, verringern Sie Dauer oder Auflösung mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Upstream capacity temporarily used up</source>
        <translation>Upstream-Kapazität vorübergehend erschöpft</translation>
    </message>
    <message>
        <source>The service behind FoxAPI has no free capacity for this model at the moment. Neither the request nor the account is at fault.</source>
        <translation>Der Dienst hinter FoxAPI hat im Moment keine freie Kapazität für dieses Modell. Weder die Anfrage noch das Konto sind schuld.</translation>
    </message>
    <message>
        <source>Wait several minutes and submit again. Use another model if you cannot wait.</source>
        <translation>Warten Sie einige Minuten und senden Sie erneut. Verwenden Sie ein anderes Modell, wenn Sie nicht warten können.</translation>
    </message>
    <message>
        <source>FoxAPI rate or usage limit exceeded</source>
        <translation>FoxAPI-Raten- oder Nutzungslimit überschritten</translation>
    </message>
    <message>
        <source>The task failed because the account went over a rate or usage limit when the task was about to run.</source>
        <translation>Der Auftrag ist fehlgeschlagen, weil das Konto kurz vor der Ausführung ein Raten- oder Nutzungslimit überschritten hat.</translation>
    </message>
    <message>
        <source>Wait before submitting again and lower the concurrency cap in the profile settings. If the limit is too low for your work, ask FoxAPI to raise it.</source>
        <translation>Warten Sie, bevor Sie erneut senden, und senken Sie die Parallelität in den Profileinstellungen. Ist das Limit für Ihre Arbeit zu niedrig, bitten Sie FoxAPI, es anzuheben.</translation>
    </message>
    <message>
        <source>FoxAPI service temporarily unavailable</source>
        <translation>FoxAPI-Dienst vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The service that runs this model was down or overloaded when the task was processed. Such outages usually end without any action on your side.</source>
        <translation>Der Dienst, der dieses Modell ausführt, war bei der Verarbeitung des Auftrags ausgefallen oder überlastet. Solche Ausfälle enden meist, ohne dass Sie etwas tun müssen.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes.</source>
        <translation>Senden Sie den Auftrag nach einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>FoxAPI task id invalid or expired</source>
        <translation>FoxAPI-Auftrags-ID ungültig oder abgelaufen</translation>
    </message>
    <message>
        <source>FoxAPI no longer knows this task: the id is wrong or the task record has expired. FoxAPI keeps results only for a limited time (output links last 24 hours).</source>
        <translation>FoxAPI kennt diesen Auftrag nicht mehr: Die ID ist falsch oder der Auftragsdatensatz ist abgelaufen. FoxAPI bewahrt Ergebnisse nur begrenzte Zeit auf (Ausgabelinks gelten 24 Stunden).</translation>
    </message>
    <message>
        <source>Use Check again once to confirm. If the task is still not found, treat it as lost and submit it again if you still need the output.</source>
        <translation>Verwenden Sie zur Bestätigung einmal „Erneut prüfen“. Wird der Auftrag weiterhin nicht gefunden, betrachten Sie ihn als verloren und senden Sie ihn erneut, falls Sie das Ergebnis noch benötigen.</translation>
    </message>
    <message>
        <source>Unclassified FoxAPI failure</source>
        <translation>Nicht zugeordneter FoxAPI-Fehler</translation>
    </message>
    <message>
        <source>FoxAPI reported a failure that it could not assign to any known class. The provider message may contain more detail.</source>
        <translation>FoxAPI hat einen Fehler gemeldet, den es keiner bekannten Klasse zuordnen konnte. Die Meldung des Anbieters enthält möglicherweise weitere Details.</translation>
    </message>
    <message>
        <source>Submit the task once more. If the same error returns, contact FoxAPI support with the task id and the provider message.</source>
        <translation>Senden Sie den Auftrag noch einmal. Tritt derselbe Fehler erneut auf, wenden Sie sich mit Auftrags-ID und Meldung des Anbieters an den FoxAPI-Support.</translation>
    </message>
    <message>
        <source>LLMAPI rejected the request</source>
        <translation>LLMAPI hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The request body is not valid JSON, a parameter has the wrong type, or the key&apos;s group platform does not match the endpoint that was called.</source>
        <translation>Der Anfragetext ist kein gültiges JSON, ein Parameter hat den falschen Typ oder die Gruppenplattform des Schlüssels passt nicht zum aufgerufenen Endpunkt.</translation>
    </message>
    <message>
        <source>Fix the request as the message says and use Edit and resubmit. If the message mentions the platform or group, use a key from a group that is made for image tasks.</source>
        <translation>Korrigieren Sie die Anfrage gemäß der Meldung und verwenden Sie „Bearbeiten und neu senden“. Erwähnt die Meldung Plattform oder Gruppe, verwenden Sie einen Schlüssel aus einer Gruppe für Bildaufträge.</translation>
    </message>
    <message>
        <source>LLMAPI key missing or invalid</source>
        <translation>LLMAPI-Schlüssel fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>LLMAPI did not accept the Bearer key. It may be mistyped, deleted, or not sent at all.</source>
        <translation>LLMAPI hat den Bearer-Schlüssel nicht akzeptiert. Er ist möglicherweise falsch geschrieben, gelöscht oder wurde gar nicht gesendet.</translation>
    </message>
    <message>
        <source>Enter a valid key in the profile settings. Async image tasks need a key that is bound to an image batch group.</source>
        <translation>Geben Sie in den Profileinstellungen einen gültigen Schlüssel ein. Asynchrone Bildaufträge benötigen einen Schlüssel, der an eine Bild-Batch-Gruppe gebunden ist.</translation>
    </message>
    <message>
        <source>LLMAPI refused the request</source>
        <translation>LLMAPI hat die Anfrage verweigert</translation>
    </message>
    <message>
        <source>LLMAPI denies access for one of several reasons: the balance is too low, image generation is switched off for the key, or content moderation blocked the request. The message says which.</source>
        <translation>LLMAPI verweigert den Zugriff aus einem von mehreren Gründen: Das Guthaben ist zu niedrig, die Bildgenerierung ist für den Schlüssel deaktiviert oder die Inhaltsmoderation hat die Anfrage blockiert. Die Meldung nennt den Grund.</translation>
    </message>
    <message>
        <source>Read the message, then top up the balance, ask the operator to enable image generation for the key, or rewrite the prompt if moderation blocked it.</source>
        <translation>Lesen Sie die Meldung und laden Sie dann das Guthaben auf, bitten Sie den Betreiber, die Bildgenerierung für den Schlüssel zu aktivieren, oder formulieren Sie den Prompt um, falls die Moderation ihn blockiert hat.</translation>
    </message>
    <message>
        <source>Endpoint not available for this key group</source>
        <translation>Endpunkt für diese Schlüsselgruppe nicht verfügbar</translation>
    </message>
    <message>
        <source>The path does not exist, or the key&apos;s group platform does not offer it, for example an OpenAI image endpoint called with a key from a non-OpenAI group.</source>
        <translation>Der Pfad existiert nicht, oder die Gruppenplattform des Schlüssels bietet ihn nicht an, zum Beispiel ein OpenAI-Bildendpunkt, der mit einem Schlüssel aus einer Nicht-OpenAI-Gruppe aufgerufen wird.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is https://llmapi.site and that the key belongs to a group that supports image tasks.</source>
        <translation>Prüfen Sie, ob die Basis-URL in den Profileinstellungen https://llmapi.site lautet und der Schlüssel zu einer Gruppe gehört, die Bildaufträge unterstützt.</translation>
    </message>
    <message>
        <source>LLMAPI task state conflict</source>
        <translation>LLMAPI: Konflikt mit dem Auftragsstatus</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the task, most often a cancel for a task that has already finished.</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Status des Auftrags, meist ein Abbruch für einen bereits beendeten Auftrag.</translation>
    </message>
    <message>
        <source>Use Check again to load the current state of the task before doing anything else.</source>
        <translation>Laden Sie mit „Erneut prüfen“ den aktuellen Status des Auftrags, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>Request body too large for LLMAPI</source>
        <translation>Anfragetext zu groß für LLMAPI</translation>
    </message>
    <message>
        <source>The request is bigger than the body size limit configured on the server, usually because of large embedded images.</source>
        <translation>Die Anfrage überschreitet das auf dem Server konfigurierte Größenlimit für den Anfragetext, meist wegen großer eingebetteter Bilder.</translation>
    </message>
    <message>
        <source>Shrink or compress the input images, or send image links instead of embedded data, then use Edit and resubmit.</source>
        <translation>Verkleinern oder komprimieren Sie die Eingabebilder oder senden Sie Bildlinks statt eingebetteter Daten und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>LLMAPI capacity limit reached</source>
        <translation>LLMAPI-Kapazitätslimit erreicht</translation>
    </message>
    <message>
        <source>A concurrency, wait queue, task queue or upstream account limit was hit. These limits apply per user and per key.</source>
        <translation>Ein Limit wurde erreicht: Parallelität, Warteschlange für Anfragen, Auftragswarteschlange oder Upstream-Konto. Diese Limits gelten pro Benutzer und pro Schlüssel.</translation>
    </message>
    <message>
        <source>Retry with growing pauses and honour Retry-After if it is sent. Lower the concurrency cap in the profile settings so that fewer tasks wait at once.</source>
        <translation>Versuchen Sie es mit wachsenden Pausen erneut und beachten Sie Retry-After, falls gesendet. Senken Sie die Parallelität in den Profileinstellungen, damit weniger Aufträge gleichzeitig warten.</translation>
    </message>
    <message>
        <source>LLMAPI internal error</source>
        <translation>Interner LLMAPI-Fehler</translation>
    </message>
    <message>
        <source>LLMAPI failed unexpectedly while handling the call.</source>
        <translation>LLMAPI ist bei der Bearbeitung des Aufrufs unerwartet gescheitert.</translation>
    </message>
    <message>
        <source>Retry with growing pauses. After a failed image task submit, use Check again or the task list before submitting again, to avoid a duplicate task.</source>
        <translation>Versuchen Sie es mit wachsenden Pausen erneut. Sehen Sie nach einer gescheiterten Sendeanfrage für einen Bildauftrag mit „Erneut prüfen“ oder in der Auftragsliste nach, bevor Sie erneut senden, um einen doppelten Auftrag zu vermeiden.</translation>
    </message>
    <message>
        <source>LLMAPI upstream account returned an error</source>
        <translation>Upstream-Konto von LLMAPI hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The upstream platform or account that LLMAPI forwards to answered with an error, so LLMAPI could not complete the call.</source>
        <translation>Die Upstream-Plattform bzw. das Upstream-Konto, an das LLMAPI weiterleitet, hat mit einem Fehler geantwortet, daher konnte LLMAPI den Aufruf nicht abschließen.</translation>
    </message>
    <message>
        <source>Retry after a pause; LLMAPI may use another upstream account. If it persists, contact the LLMAPI operator.</source>
        <translation>Versuchen Sie es nach einer Pause erneut; LLMAPI verwendet dann möglicherweise ein anderes Upstream-Konto. Hält das Problem an, wenden Sie sich an den LLMAPI-Betreiber.</translation>
    </message>
    <message>
        <source>LLMAPI service unavailable</source>
        <translation>LLMAPI-Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>The service cannot take the request now: async tasks may be switched off, result storage may be missing, or no upstream account is free.</source>
        <translation>Der Dienst kann die Anfrage derzeit nicht annehmen: Asynchrone Aufträge sind möglicherweise deaktiviert, der Ergebnisspeicher fehlt oder kein Upstream-Konto ist frei.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If the message says that tasks or storage are disabled, contact the operator instead, because waiting will not help.</source>
        <translation>Versuchen Sie es nach einigen Minuten erneut. Meldet die Nachricht, dass Aufträge oder Speicher deaktiviert sind, wenden Sie sich stattdessen an den Betreiber, denn Warten hilft dann nicht.</translation>
    </message>
    <message>
        <source>LLMAPI or its upstream timed out</source>
        <translation>Zeitüberschreitung bei LLMAPI oder dessen Upstream</translation>
    </message>
    <message>
        <source>The upstream or the task execution took longer than the server allows. An image task may still have been created.</source>
        <translation>Der Upstream oder die Auftragsausführung hat länger gedauert, als der Server erlaubt. Ein Bildauftrag wurde möglicherweise trotzdem angelegt.</translation>
    </message>
    <message>
        <source>Retry after a pause. For image task submits, use Check again or the task list first, so that no duplicate task is created.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Sehen Sie bei Sendeanfragen für Bildaufträge zuerst mit „Erneut prüfen“ oder in der Auftragsliste nach, damit kein doppelter Auftrag entsteht.</translation>
    </message>
    <message>
        <source>Invalid request to LLMAPI</source>
        <translation>Ungültige Anfrage an LLMAPI</translation>
    </message>
    <message>
        <source>The request does not have the shape this endpoint expects, for example an empty body, broken JSON or a field of the wrong type. The message gives the exact problem.</source>
        <translation>Die Anfrage hat nicht die Form, die dieser Endpunkt erwartet, zum Beispiel ein leerer Anfragetext, fehlerhaftes JSON oder ein Feld mit falschem Typ. Die Meldung nennt das genaue Problem.</translation>
    </message>
    <message>
        <source>Correct the request as described in the message and use Edit and resubmit.</source>
        <translation>Korrigieren Sie die Anfrage wie in der Meldung beschrieben und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>LLMAPI capability not found</source>
        <translation>LLMAPI-Funktion nicht gefunden</translation>
    </message>
    <message>
        <source>The endpoint or feature that was called is not available, usually because the key&apos;s group platform does not provide it.</source>
        <translation>Der aufgerufene Endpunkt bzw. die Funktion ist nicht verfügbar, meist weil die Gruppenplattform des Schlüssels sie nicht bereitstellt.</translation>
    </message>
    <message>
        <source>Use a key from a group that matches the endpoint, such as an image batch group for async image tasks, and set it in the profile settings.</source>
        <translation>Verwenden Sie einen Schlüssel aus einer zum Endpunkt passenden Gruppe, etwa einer Bild-Batch-Gruppe für asynchrone Bildaufträge, und legen Sie ihn in den Profileinstellungen fest.</translation>
    </message>
    <message>
        <source>Async image tasks are switched off</source>
        <translation>Asynchrone Bildaufträge sind deaktiviert</translation>
    </message>
    <message>
        <source>The LLMAPI server has async image tasks disabled in its configuration, so no task can be created until the operator enables them.</source>
        <translation>Auf dem LLMAPI-Server sind asynchrone Bildaufträge in der Konfiguration deaktiviert, daher kann kein Auftrag angelegt werden, bis der Betreiber sie aktiviert.</translation>
    </message>
    <message>
        <source>Contact the LLMAPI operator. Retrying does not help until the feature is switched on.</source>
        <translation>Wenden Sie sich an den LLMAPI-Betreiber. Wiederholen hilft nicht, solange die Funktion nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>LLMAPI result storage unavailable</source>
        <translation>LLMAPI-Ergebnisspeicher nicht verfügbar</translation>
    </message>
    <message>
        <source>Async image tasks keep their results in object storage (OSS or S3), and that storage is not configured or cannot be reached. No task was accepted.</source>
        <translation>Asynchrone Bildaufträge legen ihre Ergebnisse in einem Objektspeicher (OSS oder S3) ab, und dieser Speicher ist nicht konfiguriert oder nicht erreichbar. Es wurde kein Auftrag angenommen.</translation>
    </message>
    <message>
        <source>Retry in a few minutes. If it lasts, contact the LLMAPI operator about the storage setup.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Hält das Problem an, wenden Sie sich wegen der Speichereinrichtung an den LLMAPI-Betreiber.</translation>
    </message>
    <message>
        <source>Image task request is invalid</source>
        <translation>Anfrage für Bildauftrag ist ungültig</translation>
    </message>
    <message>
        <source>The body of the image task is not acceptable, for example because the prompt is empty or a field has the wrong type. The message names the problem.</source>
        <translation>Der Anfragetext des Bildauftrags ist nicht zulässig, zum Beispiel weil der Prompt leer ist oder ein Feld den falschen Typ hat. Die Meldung nennt das Problem.</translation>
    </message>
    <message>
        <source>Correct the field named in the message (a non-empty prompt is always required) and use Edit and resubmit.</source>
        <translation>Korrigieren Sie das in der Meldung genannte Feld (ein nicht leerer Prompt ist immer erforderlich) und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Model is not a supported image model</source>
        <translation>Modell ist kein unterstütztes Bildmodell</translation>
    </message>
    <message>
        <source>The model named in the task is not an image model that LLMAPI&apos;s async task API supports, or it is not part of the key&apos;s image group.</source>
        <translation>Das im Auftrag genannte Modell ist kein Bildmodell, das die asynchrone Auftrags-API von LLMAPI unterstützt, oder es gehört nicht zur Bildgruppe des Schlüssels.</translation>
    </message>
    <message>
        <source>Choose a supported image model, such as gpt-image-2 or an official Gemini image model name, with Edit and resubmit.</source>
        <translation>Wählen Sie mit „Bearbeiten und neu senden“ ein unterstütztes Bildmodell, etwa gpt-image-2 oder einen offiziellen Gemini-Bildmodellnamen.</translation>
    </message>
    <message>
        <source>Feature not available for async image tasks</source>
        <translation>Funktion für asynchrone Bildaufträge nicht verfügbar</translation>
    </message>
    <message>
        <source>The task uses something the async API does not offer, such as a multipart upload or stream set to true.</source>
        <translation>Der Auftrag nutzt etwas, das die asynchrone API nicht bietet, etwa einen Multipart-Upload oder stream auf true.</translation>
    </message>
    <message>
        <source>Send a plain JSON body with stream set to false and remove unsupported options with Edit and resubmit.</source>
        <translation>Senden Sie einen einfachen JSON-Text mit stream auf false und entfernen Sie nicht unterstützte Optionen mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Subscription keys cannot run image tasks</source>
        <translation>Abo-Schlüssel können keine Bildaufträge ausführen</translation>
    </message>
    <message>
        <source>The key is billed through a subscription, but async image tasks can currently only be paid from the account balance. The request was not queued.</source>
        <translation>Der Schlüssel wird über ein Abonnement abgerechnet, asynchrone Bildaufträge können derzeit aber nur über das Kontoguthaben bezahlt werden. Die Anfrage wurde nicht in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Set a key that is billed from the account balance in the profile settings.</source>
        <translation>Legen Sie in den Profileinstellungen einen Schlüssel fest, der über das Kontoguthaben abgerechnet wird.</translation>
    </message>
    <message>
        <source>Balance too low to reserve the image task</source>
        <translation>Guthaben reicht nicht zum Reservieren des Bildauftrags</translation>
    </message>
    <message>
        <source>LLMAPI reserves the cost of a task when it is submitted, and the balance does not cover that reservation. The amount grows with the number of images and their size.</source>
        <translation>LLMAPI reserviert die Kosten eines Auftrags beim Senden, und das Guthaben deckt diese Reservierung nicht. Der Betrag steigt mit Anzahl und Größe der Bilder.</translation>
    </message>
    <message>
        <source>Top up the LLMAPI balance, or request fewer or smaller images, then submit again.</source>
        <translation>Laden Sie das LLMAPI-Guthaben auf oder fordern Sie weniger oder kleinere Bilder an und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Image task queue limit reached</source>
        <translation>Limit der Bildauftrags-Warteschlange erreicht</translation>
    </message>
    <message>
        <source>The user or the key already has as many queued tasks as allowed, or n asks for more images than one task may produce.</source>
        <translation>Der Benutzer oder der Schlüssel hat bereits so viele wartende Aufträge wie erlaubt, oder n fordert mehr Bilder an, als ein Auftrag erzeugen darf.</translation>
    </message>
    <message>
        <source>Wait for queued tasks to finish before retrying, and lower the concurrency cap in the profile settings. If n is high, request fewer images per task with Edit and resubmit.</source>
        <translation>Warten Sie, bis wartende Aufträge beendet sind, bevor Sie es erneut versuchen, und senken Sie die Parallelität in den Profileinstellungen. Ist n hoch, fordern Sie mit „Bearbeiten und neu senden“ weniger Bilder pro Auftrag an.</translation>
    </message>
    <message>
        <source>Task already finished, nothing to cancel</source>
        <translation>Auftrag bereits beendet, nichts abzubrechen</translation>
    </message>
    <message>
        <source>The cancel arrived after the task had already succeeded, failed, timed out or been cancelled. This is not an error in itself.</source>
        <translation>Der Abbruch kam an, nachdem der Auftrag bereits erfolgreich war, fehlgeschlagen, wegen Zeitüberschreitung beendet oder abgebrochen worden war. Das ist an sich kein Fehler.</translation>
    </message>
    <message>
        <source>Use Check again to load the final state and any result.</source>
        <translation>Laden Sie mit „Erneut prüfen“ den endgültigen Status und ein eventuelles Ergebnis.</translation>
    </message>
    <message>
        <source>LLMAPI image task not found</source>
        <translation>LLMAPI-Bildauftrag nicht gefunden</translation>
    </message>
    <message>
        <source>No task with this id exists, or it belongs to a different API key; LLMAPI treats the tasks of other keys as not found.</source>
        <translation>Es gibt keinen Auftrag mit dieser ID, oder er gehört zu einem anderen API-Schlüssel; LLMAPI behandelt Aufträge anderer Schlüssel als nicht gefunden.</translation>
    </message>
    <message>
        <source>Make sure the profile uses the key that created the task, then use Check again. If it is still not found, treat the task as lost.</source>
        <translation>Stellen Sie sicher, dass das Profil den Schlüssel verwendet, mit dem der Auftrag angelegt wurde, und verwenden Sie dann „Erneut prüfen“. Wird er weiterhin nicht gefunden, betrachten Sie den Auftrag als verloren.</translation>
    </message>
    <message>
        <source>Image endpoint not offered for this key&apos;s group</source>
        <translation>Bildendpunkt für die Gruppe dieses Schlüssels nicht verfügbar</translation>
    </message>
    <message>
        <source>The key belongs to a group whose platform is not OpenAI, so the OpenAI image endpoint is closed to it.</source>
        <translation>Der Schlüssel gehört zu einer Gruppe, deren Plattform nicht OpenAI ist, daher ist der OpenAI-Bildendpunkt für ihn gesperrt.</translation>
    </message>
    <message>
        <source>Switch the profile to a key from an OpenAI or image batch group, or call an endpoint that matches the key&apos;s platform.</source>
        <translation>Stellen Sie das Profil auf einen Schlüssel aus einer OpenAI- oder Bild-Batch-Gruppe um oder rufen Sie einen Endpunkt auf, der zur Plattform des Schlüssels passt.</translation>
    </message>
    <message>
        <source>Token counting not offered for this key&apos;s group</source>
        <translation>Tokenzählung für die Gruppe dieses Schlüssels nicht verfügbar</translation>
    </message>
    <message>
        <source>The token counting endpoint is not available for keys from an OpenAI group, and such a key was used.</source>
        <translation>Der Endpunkt zur Tokenzählung ist für Schlüssel aus einer OpenAI-Gruppe nicht verfügbar, und es wurde ein solcher Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>Skip token counting with this key, or use a key from a group that supports it.</source>
        <translation>Verzichten Sie mit diesem Schlüssel auf die Tokenzählung oder verwenden Sie einen Schlüssel aus einer Gruppe, die sie unterstützt.</translation>
    </message>
    <message>
        <source>Key does not belong to a Gemini group</source>
        <translation>Schlüssel gehört nicht zu einer Gemini-Gruppe</translation>
    </message>
    <message>
        <source>A Gemini native path was called with a key whose group platform is not Gemini. LLMAPI ties each key to one platform.</source>
        <translation>Ein nativer Gemini-Pfad wurde mit einem Schlüssel aufgerufen, dessen Gruppenplattform nicht Gemini ist. LLMAPI bindet jeden Schlüssel an genau eine Plattform.</translation>
    </message>
    <message>
        <source>Use a key from a Gemini group for Gemini native paths, or use the OpenAI-compatible task endpoint with the current key.</source>
        <translation>Verwenden Sie für native Gemini-Pfade einen Schlüssel aus einer Gemini-Gruppe oder mit dem aktuellen Schlüssel den OpenAI-kompatiblen Auftragsendpunkt.</translation>
    </message>
    <message>
        <source>Request body was empty</source>
        <translation>Anfragetext war leer</translation>
    </message>
    <message>
        <source>LLMAPI received a request without any body. A client fault or a proxy that strips the body can cause this.</source>
        <translation>LLMAPI hat eine Anfrage ganz ohne Anfragetext erhalten. Ursache kann ein Fehler im Client oder ein Proxy sein, der den Anfragetext entfernt.</translation>
    </message>
    <message>
        <source>Check the request parameters in Edit and resubmit. If they are filled in, check the proxy settings and report it as a QueueLens bug.</source>
        <translation>Prüfen Sie die Anfrageparameter in „Bearbeiten und neu senden“. Sind sie ausgefüllt, prüfen Sie die Proxy-Einstellungen und melden Sie dies als Fehler in QueueLens.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed</source>
        <translation>LLMAPI-Bildauftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>The task ended in the failed state. LLMAPI never retries a failed task on its own, so it stays failed.</source>
        <translation>Der Auftrag endete im Status „fehlgeschlagen“. LLMAPI wiederholt einen fehlgeschlagenen Auftrag nie von selbst, daher bleibt er fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Submit the task again after a pause. If it fails again, change the prompt or the settings with Edit and resubmit.</source>
        <translation>Senden Sie den Auftrag nach einer Pause erneut. Scheitert er wieder, ändern Sie Prompt oder Einstellungen mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>LLMAPI image task timed out</source>
        <translation>Zeitüberschreitung des LLMAPI-Bildauftrags</translation>
    </message>
    <message>
        <source>The task did not finish within LLMAPI&apos;s execution time limit, and the server will not run it again by itself.</source>
        <translation>Der Auftrag wurde nicht innerhalb des Ausführungszeitlimits von LLMAPI beendet, und der Server führt ihn nicht von selbst erneut aus.</translation>
    </message>
    <message>
        <source>Submit again later. Smaller image sizes or fewer images per task finish faster.</source>
        <translation>Senden Sie später erneut. Kleinere Bildgrößen oder weniger Bilder pro Auftrag sind schneller fertig.</translation>
    </message>
    <message>
        <source>LLMAPI image task was cancelled</source>
        <translation>LLMAPI-Bildauftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished, by QueueLens or by another client using the same key.</source>
        <translation>Der Auftrag wurde vor seinem Ende abgebrochen, von QueueLens oder von einem anderen Client mit demselben Schlüssel.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise use Edit and resubmit.</source>
        <translation>War der Abbruch beabsichtigt, ist nichts zu tun; verwenden Sie andernfalls „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>LLMAPI image task failed upstream</source>
        <translation>LLMAPI-Bildauftrag im Upstream fehlgeschlagen</translation>
    </message>
    <message>
        <source>The task failed after it reached the model: the upstream answered without an image, or the images could not be stored after generation (which may already have been billed). The message says which.</source>
        <translation>Der Auftrag ist fehlgeschlagen, nachdem er das Modell erreicht hatte: Der Upstream hat ohne Bild geantwortet, oder die Bilder konnten nach der Generierung nicht gespeichert werden (die möglicherweise schon abgerechnet wurde). Die Meldung nennt den Grund.</translation>
    </message>
    <message>
        <source>Read the message first. If no image was produced, submit again after a pause or reword the prompt with Edit and resubmit. If storing failed, check the account&apos;s usage before submitting again.</source>
        <translation>Lesen Sie zuerst die Meldung. Wurde kein Bild erzeugt, senden Sie nach einer Pause erneut oder formulieren Sie den Prompt mit „Bearbeiten und neu senden“ um. Ist das Speichern gescheitert, prüfen Sie die Nutzung des Kontos, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Gateway rejected the request as invalid</source>
        <translation>Gateway hat die Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>The new-api gateway or the channel behind it found missing or malformed parameters. On task routes an unknown task id also comes back as 400, with the code task_not_exist.</source>
        <translation>Das new-api-Gateway oder der Kanal dahinter hat fehlende oder fehlerhafte Parameter festgestellt. Bei Auftragsrouten kommt auch eine unbekannte Auftrags-ID als 400 zurück, mit dem Code task_not_exist.</translation>
    </message>
    <message>
        <source>Read the error code and message, then correct the request with Edit and resubmit. If the code is task_not_exist, the task id is the problem, not the parameters.</source>
        <translation>Lesen Sie Fehlercode und Meldung und korrigieren Sie dann die Anfrage mit „Bearbeiten und neu senden“. Lautet der Code task_not_exist, liegt das Problem bei der Auftrags-ID, nicht bei den Parametern.</translation>
    </message>
    <message>
        <source>Gateway key missing or wrong</source>
        <translation>Gateway-Schlüssel fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>The new-api gateway found no valid token in the Authorization header. The error code is often empty in this case, so only the status shows that it is a key problem.</source>
        <translation>Das new-api-Gateway hat im Authorization-Header kein gültiges Token gefunden. Der Fehlercode ist in diesem Fall oft leer, sodass nur der Status auf ein Schlüsselproblem hinweist.</translation>
    </message>
    <message>
        <source>Enter the gateway key (usually starting with sk-) in the profile settings again. If the key was deleted in the gateway dashboard, create a new one.</source>
        <translation>Geben Sie den Gateway-Schlüssel (meist beginnend mit sk-) erneut in den Profileinstellungen ein. Wurde der Schlüssel im Gateway-Dashboard gelöscht, erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Gateway key revoked or without model access</source>
        <translation>Gateway-Schlüssel widerrufen oder ohne Modellzugriff</translation>
    </message>
    <message>
        <source>The key was recognised but is disabled, used up, or not allowed to use this model. new-api gateways bind each key to a quota and a model group.</source>
        <translation>Der Schlüssel wurde erkannt, ist aber deaktiviert, aufgebraucht oder für dieses Modell nicht zugelassen. new-api-Gateways binden jeden Schlüssel an ein Kontingent und eine Modellgruppe.</translation>
    </message>
    <message>
        <source>Check in the gateway dashboard that the key is enabled, has quota left and that its group includes this model. Update the key in the profile settings if you change it.</source>
        <translation>Prüfen Sie im Gateway-Dashboard, ob der Schlüssel aktiviert ist, noch Kontingent hat und seine Gruppe dieses Modell enthält. Aktualisieren Sie den Schlüssel in den Profileinstellungen, wenn Sie ihn ändern.</translation>
    </message>
    <message>
        <source>Gateway path or model does not exist</source>
        <translation>Gateway-Pfad oder Modell existiert nicht</translation>
    </message>
    <message>
        <source>The gateway has no such route, or it does not know the model. Many new-api gateways do not enable the asynchronous video and image task routes at all.</source>
        <translation>Das Gateway hat keine solche Route oder kennt das Modell nicht. Viele new-api-Gateways aktivieren die asynchronen Auftragsrouten für Video und Bild überhaupt nicht.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings and the model name. Ask the gateway operator whether task routes are enabled for your key.</source>
        <translation>Prüfen Sie die Basis-URL in den Profileinstellungen und den Modellnamen. Fragen Sie den Gateway-Betreiber, ob Auftragsrouten für Ihren Schlüssel aktiviert sind.</translation>
    </message>
    <message>
        <source>Gateway rate limit reached</source>
        <translation>Gateway-Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>The gateway limits requests per key and model group, and this key went over the limit; the message may be in Chinese. new-api sends no Retry-After header, so the required wait is not known.</source>
        <translation>Das Gateway begrenzt die Anfragen pro Schlüssel und Modellgruppe, und dieser Schlüssel hat das Limit überschritten; die Meldung ist möglicherweise auf Chinesisch. new-api sendet keinen Retry-After-Header, daher ist die nötige Wartezeit unbekannt.</translation>
    </message>
    <message>
        <source>Wait at least a minute before retrying, and longer after repeated refusals. Lower the concurrency cap and raise the poll interval in the profile settings.</source>
        <translation>Warten Sie mindestens eine Minute, bevor Sie es erneut versuchen, nach wiederholten Ablehnungen länger. Senken Sie die Parallelität und erhöhen Sie das Abfrageintervall in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>Gateway or upstream server error</source>
        <translation>Gateway- oder Upstream-Serverfehler</translation>
    </message>
    <message>
        <source>The gateway or the channel behind it failed with a 5xx status. new-api also answers some client-side problems with 500, so the error code, if present, is more reliable than the status.</source>
        <translation>Das Gateway oder der Kanal dahinter ist mit einem 5xx-Status gescheitert. new-api beantwortet auch manche clientseitigen Probleme mit 500, daher ist der Fehlercode, sofern vorhanden, verlässlicher als der Status.</translation>
    </message>
    <message>
        <source>Retry after a pause. After a failed submit, check the usage log in the gateway dashboard before submitting again, so the task is not paid twice.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Prüfen Sie nach einer gescheiterten Sendeanfrage das Nutzungsprotokoll im Gateway-Dashboard, bevor Sie erneut senden, damit der Auftrag nicht doppelt abgerechnet wird.</translation>
    </message>
    <message>
        <source>Gateway found the request parameters invalid</source>
        <translation>Gateway hat die Anfrageparameter als ungültig eingestuft</translation>
    </message>
    <message>
        <source>new-api could not use the parameters as sent. It often returns this code with HTTP 500 even though the request is at fault, so sending it again unchanged does not help.</source>
        <translation>new-api konnte die Parameter so nicht verwenden. Es liefert diesen Code oft mit HTTP 500, obwohl der Fehler in der Anfrage liegt; unverändertes erneutes Senden hilft daher nicht.</translation>
    </message>
    <message>
        <source>Check the parameters against the gateway&apos;s API documentation and correct them with Edit and resubmit.</source>
        <translation>Gleichen Sie die Parameter mit der API-Dokumentation des Gateways ab und korrigieren Sie sie mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>Anfragetext ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The gateway could not decode the request body, usually because of broken JSON or a field of the wrong type, such as text where a number is expected.</source>
        <translation>Das Gateway konnte den Anfragetext nicht dekodieren, meist wegen fehlerhaftem JSON oder eines Felds mit falschem Typ, etwa Text, wo eine Zahl erwartet wird.</translation>
    </message>
    <message>
        <source>Look for syntax errors and wrong field types in the parameters with Edit and resubmit, then submit again.</source>
        <translation>Suchen Sie mit „Bearbeiten und neu senden“ nach Syntaxfehlern und falschen Feldtypen in den Parametern und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Gateway could not read the request body</source>
        <translation>Gateway konnte den Anfragetext nicht lesen</translation>
    </message>
    <message>
        <source>The gateway failed while reading the body, for example because it was cut off, larger than the gateway allows, or sent with a wrong Content-Type. This code comes with status 400 or 413.</source>
        <translation>Das Gateway ist beim Lesen des Anfragetexts gescheitert, zum Beispiel weil er abgeschnitten, größer als vom Gateway erlaubt oder mit falschem Content-Type gesendet war. Dieser Code kommt mit Status 400 oder 413.</translation>
    </message>
    <message>
        <source>Make the request smaller (fewer or smaller images, links instead of embedded data) and submit again with Edit and resubmit.</source>
        <translation>Verkleinern Sie die Anfrage (weniger oder kleinere Bilder, Links statt eingebetteter Daten) und senden Sie erneut mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Gateway could not convert the request</source>
        <translation>Gateway konnte die Anfrage nicht umwandeln</translation>
    </message>
    <message>
        <source>new-api translates each request into the format of the upstream provider, and that step failed because the parameters do not match what the chosen API format expects.</source>
        <translation>new-api übersetzt jede Anfrage in das Format des Upstream-Anbieters, und dieser Schritt ist gescheitert, weil die Parameter nicht dem gewählten API-Format entsprechen.</translation>
    </message>
    <message>
        <source>Use only the parameters the gateway documents for this model, remove provider-specific extras, then use Edit and resubmit.</source>
        <translation>Verwenden Sie nur die Parameter, die das Gateway für dieses Modell dokumentiert, entfernen Sie anbieterspezifische Zusätze und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Gateway found blocked words in the prompt</source>
        <translation>Gateway hat gesperrte Wörter im Prompt gefunden</translation>
    </message>
    <message>
        <source>The gateway&apos;s own word filter matched terms in the prompt and stopped the request before it reached any model. The gateway operator decides which words are blocked.</source>
        <translation>Der eigene Wortfilter des Gateways hat Begriffe im Prompt erkannt und die Anfrage gestoppt, bevor sie ein Modell erreichte. Welche Wörter gesperrt sind, legt der Gateway-Betreiber fest.</translation>
    </message>
    <message>
        <source>Reword the prompt to avoid the flagged terms and use Edit and resubmit. Ask the gateway operator if you think the match is wrong.</source>
        <translation>Formulieren Sie den Prompt ohne die beanstandeten Begriffe um und verwenden Sie „Bearbeiten und neu senden“. Wenden Sie sich an den Gateway-Betreiber, wenn Sie den Treffer für falsch halten.</translation>
    </message>
    <message>
        <source>Prompt was blocked</source>
        <translation>Prompt wurde blockiert</translation>
    </message>
    <message>
        <source>A content check, either the gateway&apos;s or the upstream provider&apos;s, refused the prompt. The task was not run.</source>
        <translation>Eine Inhaltsprüfung, entweder die des Gateways oder die des Upstream-Anbieters, hat den Prompt abgelehnt. Der Auftrag wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Rewrite the prompt so that it clearly follows the provider&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Formulieren Sie den Prompt so um, dass er eindeutig den Inhaltsregeln des Anbieters entspricht, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Gateway denied access</source>
        <translation>Gateway hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>The key, its user or its group may not make this call, for example because the group excludes this model, the user is disabled, or the key only works from certain IP addresses.</source>
        <translation>Der Schlüssel, sein Benutzer oder seine Gruppe darf diesen Aufruf nicht ausführen, zum Beispiel weil die Gruppe dieses Modell ausschließt, der Benutzer deaktiviert ist oder der Schlüssel nur von bestimmten IP-Adressen aus funktioniert.</translation>
    </message>
    <message>
        <source>Check the key&apos;s group, allowed models and IP restrictions in the gateway dashboard, or ask the gateway operator. Update the profile settings if you switch to another key.</source>
        <translation>Prüfen Sie Gruppe, zugelassene Modelle und IP-Beschränkungen des Schlüssels im Gateway-Dashboard oder fragen Sie den Gateway-Betreiber. Passen Sie die Profileinstellungen an, wenn Sie zu einem anderen Schlüssel wechseln.</translation>
    </message>
    <message>
        <source>Model not available on this gateway</source>
        <translation>Modell auf diesem Gateway nicht verfügbar</translation>
    </message>
    <message>
        <source>No channel in your key&apos;s group serves this model, or the name is misspelled. new-api often sends this with HTTP 503, which looks like an outage but is not one.</source>
        <translation>Kein Kanal in der Gruppe Ihres Schlüssels bedient dieses Modell, oder der Name ist falsch geschrieben. new-api sendet dies oft mit HTTP 503, was wie ein Ausfall aussieht, aber keiner ist.</translation>
    </message>
    <message>
        <source>Check the exact model name in the gateway&apos;s model list for your plan and group, then use Edit and resubmit. Ask the operator to add the model to your group if you need it.</source>
        <translation>Prüfen Sie den genauen Modellnamen in der Modellliste des Gateways für Ihren Tarif und Ihre Gruppe und verwenden Sie dann „Bearbeiten und neu senden“. Bitten Sie den Betreiber, das Modell Ihrer Gruppe hinzuzufügen, wenn Sie es benötigen.</translation>
    </message>
    <message>
        <source>Request format not supported by the channel</source>
        <translation>Anfrageformat vom Kanal nicht unterstützt</translation>
    </message>
    <message>
        <source>The channel that serves this model does not support the kind of request that was sent, for example a task route on a channel that only handles chat.</source>
        <translation>Der Kanal, der dieses Modell bedient, unterstützt die gesendete Art von Anfrage nicht, zum Beispiel eine Auftragsroute auf einem Kanal, der nur Chat verarbeitet.</translation>
    </message>
    <message>
        <source>Use a model that the gateway offers for this kind of task, or ask the operator which request format the channel supports.</source>
        <translation>Verwenden Sie ein Modell, das das Gateway für diese Auftragsart anbietet, oder fragen Sie den Betreiber, welches Anfrageformat der Kanal unterstützt.</translation>
    </message>
    <message>
        <source>Gateway found no channel for the request</source>
        <translation>Gateway hat keinen Kanal für die Anfrage gefunden</translation>
    </message>
    <message>
        <source>The gateway could not pick an upstream channel for this model and group, typically because all matching channels are disabled or busy at the moment.</source>
        <translation>Das Gateway konnte für dieses Modell und diese Gruppe keinen Upstream-Kanal auswählen, typischerweise weil alle passenden Kanäle derzeit deaktiviert oder ausgelastet sind.</translation>
    </message>
    <message>
        <source>Retry after a few minutes. If it persists, contact the gateway operator: the model may have no working channel.</source>
        <translation>Versuchen Sie es nach einigen Minuten erneut. Hält das Problem an, wenden Sie sich an den Gateway-Betreiber: Für das Modell gibt es möglicherweise keinen funktionierenden Kanal.</translation>
    </message>
    <message>
        <source>Gateway channel has no usable key</source>
        <translation>Gateway-Kanal hat keinen nutzbaren Schlüssel</translation>
    </message>
    <message>
        <source>The upstream channel has no provider key it can use right now, for example because all of them are rate limited or disabled. The problem is on the gateway side.</source>
        <translation>Der Upstream-Kanal hat derzeit keinen nutzbaren Anbieterschlüssel, zum Beispiel weil alle im Ratenlimit oder deaktiviert sind. Das Problem liegt beim Gateway.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell the gateway operator that the channel has run out of upstream keys.</source>
        <translation>Versuchen Sie es später erneut. Tritt es weiterhin auf, teilen Sie dem Gateway-Betreiber mit, dass dem Kanal die Upstream-Schlüssel ausgegangen sind.</translation>
    </message>
    <message>
        <source>Gateway&apos;s upstream key is invalid</source>
        <translation>Upstream-Schlüssel des Gateways ist ungültig</translation>
    </message>
    <message>
        <source>The upstream provider rejected the key that the gateway uses for this channel. Your own key is fine; only the gateway operator can replace theirs.</source>
        <translation>Der Upstream-Anbieter hat den Schlüssel abgelehnt, den das Gateway für diesen Kanal verwendet. Ihr eigener Schlüssel ist in Ordnung; nur der Gateway-Betreiber kann seinen ersetzen.</translation>
    </message>
    <message>
        <source>Contact the gateway operator with the time and the request id from the message. Retrying fails until they repair the channel.</source>
        <translation>Wenden Sie sich mit Uhrzeit und der Anfrage-ID aus der Meldung an den Gateway-Betreiber. Wiederholungen scheitern, bis der Kanal repariert ist.</translation>
    </message>
    <message>
        <source>Gateway model mapping is broken</source>
        <translation>Modellzuordnung des Gateways ist fehlerhaft</translation>
    </message>
    <message>
        <source>The gateway maps the requested model name to an upstream model, and that mapping is invalid in the channel configuration.</source>
        <translation>Das Gateway ordnet den angeforderten Modellnamen einem Upstream-Modell zu, und diese Zuordnung ist in der Kanalkonfiguration ungültig.</translation>
    </message>
    <message>
        <source>Contact the gateway operator and name the model you used. Until it is fixed, use another model if one is available.</source>
        <translation>Wenden Sie sich an den Gateway-Betreiber und nennen Sie das verwendete Modell. Verwenden Sie bis zur Behebung ein anderes Modell, falls verfügbar.</translation>
    </message>
    <message>
        <source>Upstream answered too slowly</source>
        <translation>Upstream hat zu langsam geantwortet</translation>
    </message>
    <message>
        <source>The upstream channel did not respond within the time limit the gateway sets. Large requests and busy providers are the usual cause.</source>
        <translation>Der Upstream-Kanal hat nicht innerhalb des vom Gateway festgelegten Zeitlimits geantwortet. Übliche Ursachen sind große Anfragen und ausgelastete Anbieter.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may choose another channel. If it repeats, make the request smaller, for example fewer outputs or a shorter duration.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut; das Gateway wählt möglicherweise einen anderen Kanal. Tritt es wieder auf, verkleinern Sie die Anfrage, zum Beispiel mit weniger Ausgaben oder kürzerer Dauer.</translation>
    </message>
    <message>
        <source>Gateway quota used up</source>
        <translation>Gateway-Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Your account on the gateway does not have enough quota left to pay for this request. Gateways usually send this with HTTP 403.</source>
        <translation>Ihr Konto beim Gateway hat nicht mehr genug Kontingent für diese Anfrage. Gateways senden dies meist mit HTTP 403.</translation>
    </message>
    <message>
        <source>Top up the account in the gateway dashboard, then submit again.</source>
        <translation>Laden Sie das Konto im Gateway-Dashboard auf und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Gateway could not reserve quota for the request</source>
        <translation>Gateway konnte kein Kontingent für die Anfrage reservieren</translation>
    </message>
    <message>
        <source>Before running a request, new-api reserves its estimated cost from the key&apos;s quota. The reservation failed, usually because the key&apos;s own quota limit is lower than the estimate.</source>
        <translation>Vor der Ausführung einer Anfrage reserviert new-api die geschätzten Kosten aus dem Kontingent des Schlüssels. Die Reservierung ist gescheitert, meist weil das eigene Kontingentlimit des Schlüssels unter der Schätzung liegt.</translation>
    </message>
    <message>
        <source>Raise or remove the quota limit of this key, or top up the account in the gateway dashboard, then retry.</source>
        <translation>Erhöhen oder entfernen Sie das Kontingentlimit dieses Schlüssels oder laden Sie das Konto im Gateway-Dashboard auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Gateway has no price for this model</source>
        <translation>Gateway hat keinen Preis für dieses Modell</translation>
    </message>
    <message>
        <source>The gateway cannot bill the request because no price or ratio is configured for the model. This is a configuration gap on the gateway side.</source>
        <translation>Das Gateway kann die Anfrage nicht abrechnen, weil für das Modell kein Preis und kein Faktor konfiguriert ist. Das ist eine Konfigurationslücke beim Gateway.</translation>
    </message>
    <message>
        <source>Tell the gateway operator which model failed so that they can set its price. Use another model meanwhile.</source>
        <translation>Teilen Sie dem Gateway-Betreiber mit, welches Modell gescheitert ist, damit er einen Preis festlegen kann. Verwenden Sie bis dahin ein anderes Modell.</translation>
    </message>
    <message>
        <source>Gateway could not measure the request</source>
        <translation>Gateway konnte die Anfrage nicht bemessen</translation>
    </message>
    <message>
        <source>new-api estimates the size of each request before billing it, and the estimate failed. This often happens when an image in the input cannot be downloaded or read.</source>
        <translation>new-api schätzt vor der Abrechnung die Größe jeder Anfrage, und diese Schätzung ist gescheitert. Das passiert oft, wenn ein Bild in der Eingabe nicht heruntergeladen oder gelesen werden kann.</translation>
    </message>
    <message>
        <source>Check that all image URLs are public and valid, then use Edit and resubmit. If the input is fine, retry once and then contact the operator.</source>
        <translation>Prüfen Sie, ob alle Bild-URLs öffentlich und gültig sind, und verwenden Sie dann „Bearbeiten und neu senden“. Ist die Eingabe in Ordnung, versuchen Sie es einmal erneut und wenden Sie sich dann an den Betreiber.</translation>
    </message>
    <message>
        <source>Gateway could not reach the upstream</source>
        <translation>Gateway konnte den Upstream nicht erreichen</translation>
    </message>
    <message>
        <source>The gateway&apos;s call to the upstream provider failed at the network level, for example because the connection was refused or dropped.</source>
        <translation>Der Aufruf des Gateways beim Upstream-Anbieter ist auf Netzwerkebene gescheitert, zum Beispiel weil die Verbindung abgelehnt oder unterbrochen wurde.</translation>
    </message>
    <message>
        <source>Retry after a short pause; the gateway may route the next attempt through another channel.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut; das Gateway leitet den nächsten Versuch möglicherweise über einen anderen Kanal.</translation>
    </message>
    <message>
        <source>Upstream returned an unusable answer</source>
        <translation>Upstream hat eine unbrauchbare Antwort geliefert</translation>
    </message>
    <message>
        <source>The upstream provider answered, but the gateway could not parse the answer. This points to a fault or a format change on the upstream side.</source>
        <translation>Der Upstream-Anbieter hat geantwortet, aber das Gateway konnte die Antwort nicht parsen. Das deutet auf einen Fehler oder eine Formatänderung beim Upstream hin.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact the gateway operator with the request id.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Scheitert es weiterhin, wenden Sie sich mit der Anfrage-ID an den Gateway-Betreiber.</translation>
    </message>
    <message>
        <source>Upstream answered with an error status</source>
        <translation>Upstream hat mit einem Fehlerstatus geantwortet</translation>
    </message>
    <message>
        <source>The upstream provider returned an HTTP error and the gateway passed it on under this code. The message often contains the upstream&apos;s own explanation.</source>
        <translation>Der Upstream-Anbieter hat einen HTTP-Fehler zurückgegeben, und das Gateway hat ihn unter diesem Code weitergereicht. Die Meldung enthält oft die eigene Erklärung des Upstreams.</translation>
    </message>
    <message>
        <source>Read the message first: if it describes a problem with your input, fix it with Edit and resubmit. Otherwise retry after a pause or contact the operator.</source>
        <translation>Lesen Sie zuerst die Meldung: Beschreibt sie ein Problem mit Ihrer Eingabe, beheben Sie es mit „Bearbeiten und neu senden“. Versuchen Sie es andernfalls nach einer Pause erneut oder wenden Sie sich an den Betreiber.</translation>
    </message>
    <message>
        <source>Upstream sent an empty answer</source>
        <translation>Upstream hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>The upstream provider ended its response without any content. Slow streamed answers that reach a timeout can end this way.</source>
        <translation>Der Upstream-Anbieter hat seine Antwort ganz ohne Inhalt beendet. So können langsame gestreamte Antworten enden, die ein Zeitlimit erreichen.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, ask the gateway operator to raise the streaming timeout.</source>
        <translation>Versuchen Sie es erneut. Tritt es weiterhin auf, bitten Sie den Gateway-Betreiber, das Streaming-Zeitlimit zu erhöhen.</translation>
    </message>
    <message>
        <source>Gateway lost the upstream answer</source>
        <translation>Gateway hat die Upstream-Antwort verloren</translation>
    </message>
    <message>
        <source>The connection to the upstream broke while the gateway was reading the response, so the answer is incomplete.</source>
        <translation>Die Verbindung zum Upstream ist abgebrochen, während das Gateway die Antwort las, daher ist die Antwort unvollständig.</translation>
    </message>
    <message>
        <source>Retry the call. After a failed submit, wait a moment and check the gateway&apos;s usage log before submitting again, because the upstream may have created the task.</source>
        <translation>Wiederholen Sie den Aufruf. Warten Sie nach einer gescheiterten Sendeanfrage kurz und prüfen Sie das Nutzungsprotokoll des Gateways, bevor Sie erneut senden, denn der Upstream hat den Auftrag möglicherweise angelegt.</translation>
    </message>
    <message>
        <source>Gateway could not encode data</source>
        <translation>Gateway konnte Daten nicht kodieren</translation>
    </message>
    <message>
        <source>The gateway failed to turn a request or a response into JSON. This is an internal fault in the gateway software.</source>
        <translation>Das Gateway konnte eine Anfrage oder Antwort nicht in JSON umwandeln. Das ist ein interner Fehler in der Gateway-Software.</translation>
    </message>
    <message>
        <source>Retry once. If it repeats, report it to the gateway operator with the request id.</source>
        <translation>Versuchen Sie es einmal erneut. Tritt es wieder auf, melden Sie es mit der Anfrage-ID dem Gateway-Betreiber.</translation>
    </message>
    <message>
        <source>Gateway database read failed</source>
        <translation>Lesen aus der Gateway-Datenbank fehlgeschlagen</translation>
    </message>
    <message>
        <source>The gateway could not read data it needs, such as your key, your user or the task record, from its database.</source>
        <translation>Das Gateway konnte benötigte Daten, etwa Ihren Schlüssel, Ihren Benutzer oder den Auftragsdatensatz, nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If the error lasts, the gateway itself has a problem; contact its operator.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut. Hält der Fehler an, hat das Gateway selbst ein Problem; wenden Sie sich an seinen Betreiber.</translation>
    </message>
    <message>
        <source>Gateway database write failed</source>
        <translation>Schreiben in die Gateway-Datenbank fehlgeschlagen</translation>
    </message>
    <message>
        <source>The gateway could not save data, such as a new task record or a quota change. After a submit, the upstream task may exist even though the gateway did not record it.</source>
        <translation>Das Gateway konnte Daten wie einen neuen Auftragsdatensatz oder eine Kontingentänderung nicht speichern. Nach einer Sendeanfrage kann der Upstream-Auftrag existieren, obwohl das Gateway ihn nicht erfasst hat.</translation>
    </message>
    <message>
        <source>Retry status calls after a pause. Before submitting again, look for a charge in the gateway&apos;s usage log and contact the operator if you were billed.</source>
        <translation>Wiederholen Sie Statusabfragen nach einer Pause. Suchen Sie vor erneutem Senden im Nutzungsprotokoll des Gateways nach einer Belastung und wenden Sie sich an den Betreiber, falls Ihnen etwas berechnet wurde.</translation>
    </message>
    <message>
        <source>Gateway does not know this task id</source>
        <translation>Gateway kennt diese Auftrags-ID nicht</translation>
    </message>
    <message>
        <source>The gateway has no task with this id for your key. new-api sends this with HTTP 400 rather than 404, so it can look like an input error.</source>
        <translation>Das Gateway hat für Ihren Schlüssel keinen Auftrag mit dieser ID. new-api sendet dies mit HTTP 400 statt 404, daher kann es wie ein Eingabefehler aussehen.</translation>
    </message>
    <message>
        <source>Use Check again once to rule out a delay. If the task stays unknown, check that the profile still uses the key that created it; otherwise treat the task as lost.</source>
        <translation>Verwenden Sie einmal „Erneut prüfen“, um eine Verzögerung auszuschließen. Bleibt der Auftrag unbekannt, prüfen Sie, ob das Profil noch den Schlüssel verwendet, mit dem er angelegt wurde; trifft das zu, betrachten Sie den Auftrag als verloren.</translation>
    </message>
    <message>
        <source>Too many parallel requests for this key</source>
        <translation>Zu viele parallele Anfragen für diesen Schlüssel</translation>
    </message>
    <message>
        <source>The gateway caps how many requests one key may have running at the same time, and this key is at that cap.</source>
        <translation>Das Gateway begrenzt, wie viele Anfragen ein Schlüssel gleichzeitig laufen lassen darf, und dieser Schlüssel hat die Grenze erreicht.</translation>
    </message>
    <message>
        <source>Wait until running requests finish, then retry. Lower the concurrency cap in the profile settings to stay below the key&apos;s limit.</source>
        <translation>Warten Sie, bis laufende Anfragen beendet sind, und versuchen Sie es dann erneut. Senken Sie die Parallelität in den Profileinstellungen, um unter dem Limit des Schlüssels zu bleiben.</translation>
    </message>
    <message>
        <source>Gateway concurrency check unavailable</source>
        <translation>Parallelitätsprüfung des Gateways nicht verfügbar</translation>
    </message>
    <message>
        <source>The gateway could not check how many requests the key has running, because the service that counts them is down. It refuses requests until the check works again.</source>
        <translation>Das Gateway konnte nicht prüfen, wie viele Anfragen der Schlüssel laufen hat, weil der Dienst, der sie zählt, ausgefallen ist. Es lehnt Anfragen ab, bis die Prüfung wieder funktioniert.</translation>
    </message>
    <message>
        <source>Retry after a short pause. If it persists, tell the gateway operator.</source>
        <translation>Versuchen Sie es nach einer kurzen Pause erneut. Hält das Problem an, informieren Sie den Gateway-Betreiber.</translation>
    </message>
    <message>
        <source>Task failed on the gateway</source>
        <translation>Auftrag auf dem Gateway fehlgeschlagen</translation>
    </message>
    <message>
        <source>The task finished in a failed state. The reason from the gateway or the upstream provider is in the provider message, because new-api passes such texts on without a fixed code.</source>
        <translation>Der Auftrag endete im Status „fehlgeschlagen“. Der Grund vom Gateway oder vom Upstream-Anbieter steht in der Meldung des Anbieters, da new-api solche Texte ohne festen Code weiterreicht.</translation>
    </message>
    <message>
        <source>Read the message: if it points to the prompt or an input, fix it with Edit and resubmit. Otherwise submit again after a pause.</source>
        <translation>Lesen Sie die Meldung: Deutet sie auf den Prompt oder eine Eingabe hin, beheben Sie das mit „Bearbeiten und neu senden“. Senden Sie andernfalls nach einer Pause erneut.</translation>
    </message>
    <message>
        <source>API key missing or rejected</source>
        <translation>API-Schlüssel fehlt oder wurde abgelehnt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway stopped the request before it reached the model queue. The Authorization header carried no API key, or a key SeaArt does not accept because it is mistyped, deleted or belongs to another account.</source>
        <translation>Das Gateway von SeaArt hat die Anfrage gestoppt, bevor sie die Modellwarteschlange erreichte. Der Authorization-Header enthielt keinen API-Schlüssel oder einen, den SeaArt nicht akzeptiert, weil er falsch geschrieben, gelöscht oder zu einem anderen Konto gehört.</translation>
    </message>
    <message>
        <source>Open the profile settings and enter the SeaCloud API key again, without spaces around it. If the key was deleted or rotated, create a new one in the SeaCloud console.</source>
        <translation>Öffnen Sie die Profileinstellungen und geben Sie den SeaCloud-API-Schlüssel erneut ein, ohne Leerzeichen davor oder danach. Wurde der Schlüssel gelöscht oder ausgetauscht, erstellen Sie in der SeaCloud-Konsole einen neuen.</translation>
    </message>
    <message>
        <source>Too many requests to SeaArt</source>
        <translation>Zu viele Anfragen an SeaArt</translation>
    </message>
    <message>
        <source>SeaArt&apos;s gateway limits how many requests one account may send in a short period, and this request went over the limit. Submits, status polls and result downloads all count toward it.</source>
        <translation>Das Gateway von SeaArt begrenzt, wie viele Anfragen ein Konto in kurzer Zeit senden darf, und diese Anfrage hat das Limit überschritten. Sendeanfragen, Statusabfragen und Ergebnisdownloads zählen alle dazu.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, or about a minute if none is given, then retry. Lower the concurrency cap or raise the poll interval in the profile settings.</source>
        <translation>Warten Sie die in Retry-After genannte Zeit ab, ohne Angabe etwa eine Minute, und versuchen Sie es dann erneut. Senken Sie die Parallelität oder erhöhen Sie das Abfrageintervall in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>Unknown SeaArt model endpoint</source>
        <translation>Unbekannter SeaArt-Modellendpunkt</translation>
    </message>
    <message>
        <source>The model id in the request path is not a SeaCloud endpoint; the message ends with the id that was tried. Usually the id is misspelled, or the model was removed from SeaCloud.</source>
        <translation>Die Modell-ID im Anfragepfad ist kein SeaCloud-Endpunkt; die Meldung endet mit der versuchten ID. Meist ist die ID falsch geschrieben oder das Modell wurde aus SeaCloud entfernt.</translation>
    </message>
    <message>
        <source>Look up the exact model id in the SeaCloud model list (for example nano_banana_2) and correct it with Edit and resubmit.</source>
        <translation>Schlagen Sie die genaue Modell-ID in der SeaCloud-Modellliste nach (zum Beispiel nano_banana_2) und korrigieren Sie sie mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Model not enabled for this SeaArt account</source>
        <translation>Modell für dieses SeaArt-Konto nicht freigeschaltet</translation>
    </message>
    <message>
        <source>The model exists, but the account that owns this API key may not use it. Some SeaCloud models must be activated separately or need a higher plan.</source>
        <translation>Das Modell existiert, aber das Konto, dem dieser API-Schlüssel gehört, darf es nicht nutzen. Manche SeaCloud-Modelle müssen separat aktiviert werden oder erfordern einen höheren Tarif.</translation>
    </message>
    <message>
        <source>Enable the model for your account in the SeaCloud console, or choose a model your plan includes with Edit and resubmit. Check that the profile uses the key of the right account.</source>
        <translation>Schalten Sie das Modell in der SeaCloud-Konsole für Ihr Konto frei oder wählen Sie mit „Bearbeiten und neu senden“ ein Modell, das Ihr Tarif enthält. Prüfen Sie, ob das Profil den Schlüssel des richtigen Kontos verwendet.</translation>
    </message>
    <message>
        <source>SeaArt does not accept webhook callbacks</source>
        <translation>SeaArt akzeptiert keine Webhook-Callbacks</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue has no webhook support and refuses any request that carries a callback address, whether in the body, the query string or a header. No task was queued.</source>
        <translation>Die Warteschlange von SeaArt unterstützt keine Webhooks und lehnt jede Anfrage ab, die eine Callback-Adresse enthält, ob im Anfragetext, im Query-String oder in einem Header. Es wurde kein Auftrag in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Remove webhook or callback fields such as webhook_url from the parameters with Edit and resubmit. QueueLens polls SeaArt for the task state, so no callback is needed.</source>
        <translation>Entfernen Sie Webhook- oder Callback-Felder wie webhook_url mit „Bearbeiten und neu senden“ aus den Parametern. QueueLens fragt den Auftragsstatus bei SeaArt ab, daher ist kein Callback nötig.</translation>
    </message>
    <message>
        <source>SeaArt runtime could not handle the call</source>
        <translation>SeaArt-Laufzeitumgebung konnte den Aufruf nicht verarbeiten</translation>
    </message>
    <message>
        <source>SeaArt&apos;s queue runtime failed while processing the call. This is a fault on SeaArt&apos;s side; after a failed submit it is not certain whether a task was created.</source>
        <translation>Die Warteschlangen-Laufzeitumgebung von SeaArt ist bei der Verarbeitung des Aufrufs gescheitert. Der Fehler liegt bei SeaArt; nach einer gescheiterten Sendeanfrage ist unklar, ob ein Auftrag angelegt wurde.</translation>
    </message>
    <message>
        <source>Retry status and result calls after a short pause. Resubmit a failed submit only once or twice, because each new submit can create another paid task.</source>
        <translation>Wiederholen Sie Status- und Ergebnisabrufe nach einer kurzen Pause. Wiederholen Sie eine gescheiterte Sendeanfrage höchstens ein- oder zweimal, denn jede neue Sendeanfrage kann einen weiteren kostenpflichtigen Auftrag anlegen.</translation>
    </message>
    <message>
        <source>SeaArt has no streaming status endpoint</source>
        <translation>SeaArt hat keinen Streaming-Statusendpunkt</translation>
    </message>
    <message>
        <source>A request went to the status stream path, which SeaArt does not offer. SeaArt reports progress only through the ordinary status endpoint, which must be polled.</source>
        <translation>Eine Anfrage ging an den Pfad für den Statusstream, den SeaArt nicht anbietet. SeaArt meldet den Fortschritt nur über den normalen Statusendpunkt, der abgefragt werden muss.</translation>
    </message>
    <message>
        <source>Check that the base URL in the profile settings is the plain SeaArt model URL with no stream path. If it is, report this as a QueueLens bug.</source>
        <translation>Prüfen Sie, ob die Basis-URL in den Profileinstellungen die einfache SeaArt-Modell-URL ohne Stream-Pfad ist. Falls ja, melden Sie dies als Fehler in QueueLens.</translation>
    </message>
    <message>
        <source>SeaArt endpoint does not exist</source>
        <translation>SeaArt-Endpunkt existiert nicht</translation>
    </message>
    <message>
        <source>The request went to a path SeaArt does not serve, such as a synchronous /sync endpoint. SeaArt runs generation only through its asynchronous queue; a wrong base URL gives the same answer.</source>
        <translation>Die Anfrage ging an einen Pfad, den SeaArt nicht bedient, etwa einen synchronen /sync-Endpunkt. SeaArt führt Generierungen nur über seine asynchrone Warteschlange aus; eine falsche Basis-URL ergibt dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Set the base URL in the profile settings to https://cloud.seaart.ai/model with no extra path. Submit through the queue and let QueueLens poll for the result.</source>
        <translation>Setzen Sie die Basis-URL in den Profileinstellungen auf https://cloud.seaart.ai/model ohne zusätzlichen Pfad. Senden Sie über die Warteschlange und lassen Sie QueueLens das Ergebnis abfragen.</translation>
    </message>
    <message>
        <source>SeaArt does not know this request id</source>
        <translation>SeaArt kennt diese Anfrage-ID nicht</translation>
    </message>
    <message>
        <source>SeaArt found no task with this request_id for this model endpoint and key. Typical causes are a wrong id, a status call that uses another model id than the submit did, or a key from another account.</source>
        <translation>SeaArt hat für diesen Modellendpunkt und Schlüssel keinen Auftrag mit dieser request_id gefunden. Typische Ursachen sind eine falsche ID, eine Statusabfrage mit einer anderen Modell-ID als beim Senden oder ein Schlüssel eines anderen Kontos.</translation>
    </message>
    <message>
        <source>Use Check again once or twice, not more. If the answer stays the same, treat the task as lost and make sure the profile still uses the key the task was submitted with.</source>
        <translation>Verwenden Sie „Erneut prüfen“ ein- oder zweimal, nicht öfter. Bleibt die Antwort gleich, betrachten Sie den Auftrag als verloren und stellen Sie sicher, dass das Profil noch den Schlüssel verwendet, mit dem der Auftrag gesendet wurde.</translation>
    </message>
    <message>
        <source>SeaArt model failed while generating</source>
        <translation>SeaArt-Modell ist bei der Generierung gescheitert</translation>
    </message>
    <message>
        <source>The task ran, but the model stopped with an error before it produced a result. SeaArt marks such a task as COMPLETED with an error, so it is finished and has no output.</source>
        <translation>Der Auftrag lief, aber das Modell brach mit einem Fehler ab, bevor es ein Ergebnis erzeugte. SeaArt markiert einen solchen Auftrag als COMPLETED mit Fehler; er ist also beendet und hat keine Ausgabe.</translation>
    </message>
    <message>
        <source>Submit the task again after a short wait. If the same inputs fail again, change the prompt, image or parameters, or try another model.</source>
        <translation>Senden Sie den Auftrag nach kurzer Wartezeit erneut. Scheitern dieselben Eingaben wieder, ändern Sie Prompt, Bild oder Parameter oder versuchen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>SeaArt generation took too long</source>
        <translation>SeaArt-Generierung hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The model did not finish within SeaArt&apos;s own time limit, so SeaArt ended the task without a result. Long videos, high resolutions and busy hours make this more likely.</source>
        <translation>Das Modell wurde nicht innerhalb des eigenen Zeitlimits von SeaArt fertig, daher hat SeaArt den Auftrag ohne Ergebnis beendet. Lange Videos, hohe Auflösungen und Stoßzeiten machen dies wahrscheinlicher.</translation>
    </message>
    <message>
        <source>Retry later, when the model is less busy. If it keeps happening, ask for a shorter duration or a lower resolution with Edit and resubmit.</source>
        <translation>Versuchen Sie es später erneut, wenn das Modell weniger ausgelastet ist. Tritt es weiterhin auf, fordern Sie mit „Bearbeiten und neu senden“ eine kürzere Dauer oder eine niedrigere Auflösung an.</translation>
    </message>
    <message>
        <source>SeaArt found the task input unusable</source>
        <translation>SeaArt hat die Auftragseingabe als unbrauchbar eingestuft</translation>
    </message>
    <message>
        <source>SeaArt queued the task, but the model then rejected its input, for example a missing prompt, a value out of range or an image it could not read. The error text from SeaArt usually names the problem.</source>
        <translation>SeaArt hat den Auftrag in die Warteschlange gestellt, aber das Modell hat dann seine Eingabe abgelehnt, zum Beispiel einen fehlenden Prompt, einen Wert außerhalb des Bereichs oder ein unlesbares Bild. Der Fehlertext von SeaArt nennt meist das Problem.</translation>
    </message>
    <message>
        <source>Correct the input named in the provider message with Edit and resubmit. Check that image URLs are public and that values match the options the model documents.</source>
        <translation>Korrigieren Sie die in der Meldung des Anbieters genannte Eingabe mit „Bearbeiten und neu senden“. Prüfen Sie, ob Bild-URLs öffentlich sind und die Werte den vom Modell dokumentierten Optionen entsprechen.</translation>
    </message>
    <message>
        <source>SeaArt blocked the content</source>
        <translation>SeaArt hat den Inhalt blockiert</translation>
    </message>
    <message>
        <source>SeaArt&apos;s safety filter stopped the task because the prompt, an input image or the generated output broke its content rules. No result was kept.</source>
        <translation>Der Sicherheitsfilter von SeaArt hat den Auftrag gestoppt, weil der Prompt, ein Eingabebild oder die erzeugte Ausgabe gegen seine Inhaltsregeln verstieß. Es wurde kein Ergebnis aufbewahrt.</translation>
    </message>
    <message>
        <source>Rewrite the prompt or replace the input image so it clearly follows SeaArt&apos;s content rules, then use Edit and resubmit. The same input will be blocked again.</source>
        <translation>Formulieren Sie den Prompt um oder ersetzen Sie das Eingabebild, sodass es eindeutig den Inhaltsregeln von SeaArt entspricht, und verwenden Sie dann „Bearbeiten und neu senden“. Dieselbe Eingabe wird erneut blockiert.</translation>
    </message>
    <message>
        <source>SeaArt task was cancelled</source>
        <translation>SeaArt-Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <source>The task ended because a cancel request reached SeaArt, from QueueLens or from another client using the same key. SeaArt reports this as COMPLETED with this error type.</source>
        <translation>Der Auftrag wurde beendet, weil eine Abbruchanfrage SeaArt erreicht hat, von QueueLens oder von einem anderen Client mit demselben Schlüssel. SeaArt meldet dies als COMPLETED mit diesem Fehlertyp.</translation>
    </message>
    <message>
        <source>No action is needed if the cancel was intended. Otherwise submit the task again with Edit and resubmit.</source>
        <translation>War der Abbruch beabsichtigt, ist nichts zu tun. Senden Sie den Auftrag andernfalls mit „Bearbeiten und neu senden“ erneut.</translation>
    </message>
    <message>
        <source>SeaArt internal error during the task</source>
        <translation>Interner SeaArt-Fehler während des Auftrags</translation>
    </message>
    <message>
        <source>Something failed inside SeaArt&apos;s service while the task was being handled; the request itself was not the cause. The task is finished without a result.</source>
        <translation>Im Dienst von SeaArt ist bei der Bearbeitung des Auftrags etwas fehlgeschlagen; die Anfrage selbst war nicht die Ursache. Der Auftrag ist ohne Ergebnis beendet.</translation>
    </message>
    <message>
        <source>Submit the task again after a few minutes. If many tasks fail this way, contact SeaArt support with the request id.</source>
        <translation>Senden Sie den Auftrag nach einigen Minuten erneut. Scheitern viele Aufträge auf diese Weise, wenden Sie sich mit der Anfrage-ID an den SeaArt-Support.</translation>
    </message>
    <message>
        <source>Task had already finished before the cancel</source>
        <translation>Auftrag war vor dem Abbruch bereits beendet</translation>
    </message>
    <message>
        <source>The cancel request arrived after the task had reached a final state, so there was nothing left to stop. This is not a failure: the task succeeded or failed on its own.</source>
        <translation>Die Abbruchanfrage kam an, nachdem der Auftrag einen Endstatus erreicht hatte, es gab also nichts mehr zu stoppen. Das ist kein Fehler: Der Auftrag war von sich aus erfolgreich oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Use Check again to load the real final state and, if the task succeeded, its result.</source>
        <translation>Laden Sie mit „Erneut prüfen“ den tatsächlichen Endstatus und, falls der Auftrag erfolgreich war, sein Ergebnis.</translation>
    </message>
    <message>
        <source>SeaArt found no task to cancel</source>
        <translation>SeaArt hat keinen Auftrag zum Abbrechen gefunden</translation>
    </message>
    <message>
        <source>SeaArt answered the cancel request with NOT_FOUND: no task with this request id exists for this key and model endpoint, or the key may not access it.</source>
        <translation>SeaArt hat die Abbruchanfrage mit NOT_FOUND beantwortet: Für diesen Schlüssel und Modellendpunkt gibt es keinen Auftrag mit dieser Anfrage-ID, oder der Schlüssel hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the task still exists. If status calls fail too, treat the task as lost and check that the profile uses the key the task was submitted with.</source>
        <translation>Sehen Sie mit „Erneut prüfen“ nach, ob der Auftrag noch existiert. Scheitern auch die Statusabfragen, betrachten Sie den Auftrag als verloren und prüfen Sie, ob das Profil den Schlüssel verwendet, mit dem der Auftrag gesendet wurde.</translation>
    </message>
    <message>
        <source>Vidu rejected the request</source>
        <translation>Vidu hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Vidu found the request invalid without naming a more specific reason. Vidu also uses this code when it refuses to cancel a task whose state no longer allows cancelling.</source>
        <translation>Vidu hat die Anfrage als ungültig eingestuft, ohne einen genaueren Grund zu nennen. Vidu verwendet diesen Code auch, wenn es den Abbruch eines Auftrags verweigert, dessen Status keinen Abbruch mehr zulässt.</translation>
    </message>
    <message>
        <source>Read the provider message. For a refused cancel, use Check again to see the task&apos;s real state; otherwise correct the request with Edit and resubmit.</source>
        <translation>Lesen Sie die Meldung des Anbieters. Ermitteln Sie bei einem verweigerten Abbruch mit „Erneut prüfen“ den tatsächlichen Status des Auftrags; korrigieren Sie andernfalls die Anfrage mit „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>Request has a field Vidu does not accept</source>
        <translation>Anfrage enthält ein Feld, das Vidu nicht akzeptiert</translation>
    </message>
    <message>
        <source>Too many or too few items in a field</source>
        <translation>Zu viele oder zu wenige Einträge in einem Feld</translation>
    </message>
    <message>
        <source>Page size or image size out of range</source>
        <translation>Seitengröße oder Bildgröße außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>The code name suggests a task list request whose page size is outside the allowed range of 1 to 100. Vidu&apos;s own table instead links the code to input image limits: at most 50 MB, JPG, JPEG, PNG or WEBP, and an aspect ratio between 1:4 and 4:1.</source>
        <translation>Der Codename deutet auf eine Auftragslistenabfrage hin, deren Seitengröße außerhalb des zulässigen Bereichs von 1 bis 100 liegt. Die Tabelle von Vidu selbst ordnet den Code dagegen Grenzen für Eingabebilder zu: höchstens 50 MB, JPG, JPEG, PNG oder WEBP und ein Seitenverhältnis zwischen 1:4 und 4:1.</translation>
    </message>
    <message>
        <source>For task lists, use a page size from 1 to 100. For a submit, check the input images against these limits and use Edit and resubmit.</source>
        <translation>Verwenden Sie für Auftragslisten eine Seitengröße von 1 bis 100. Prüfen Sie bei einer Sendeanfrage die Eingabebilder anhand dieser Grenzen und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu could not download the image</source>
        <translation>Vidu konnte das Bild nicht herunterladen</translation>
    </message>
    <message>
        <source>Vidu could not fetch an image from a URL in the request. The link may have expired, require a login, or be closed to automated downloads.</source>
        <translation>Vidu konnte ein Bild von einer URL in der Anfrage nicht abrufen. Der Link ist möglicherweise abgelaufen, erfordert eine Anmeldung oder ist für automatisierte Downloads gesperrt.</translation>
    </message>
    <message>
        <source>Check that each image URL opens without a login in a private browser window, replace broken links and use Edit and resubmit.</source>
        <translation>Prüfen Sie, ob sich jede Bild-URL in einem privaten Browserfenster ohne Anmeldung öffnen lässt, ersetzen Sie defekte Links und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu is still processing the request</source>
        <translation>Vidu verarbeitet die Anfrage noch</translation>
    </message>
    <message>
        <source>Vidu is still working on the request and asks to try again later.</source>
        <translation>Vidu arbeitet noch an der Anfrage und bittet, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Wait a little and retry, as Vidu asks.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut, wie von Vidu erbeten.</translation>
    </message>
    <message>
        <source>Image format not accepted by Vidu</source>
        <translation>Bildformat von Vidu nicht akzeptiert</translation>
    </message>
    <message>
        <source>An input image is in a format Vidu does not accept, or the file is damaged. Vidu reads JPG, JPEG, PNG and WEBP images.</source>
        <translation>Ein Eingabebild liegt in einem Format vor, das Vidu nicht akzeptiert, oder die Datei ist beschädigt. Vidu liest Bilder im Format JPG, JPEG, PNG und WEBP.</translation>
    </message>
    <message>
        <source>Convert the image to PNG or JPEG and submit it again with Edit and resubmit.</source>
        <translation>Konvertieren Sie das Bild in PNG oder JPEG und senden Sie es mit „Bearbeiten und neu senden“ erneut.</translation>
    </message>
    <message>
        <source>Input failed Vidu&apos;s safety review</source>
        <translation>Eingabe hat die Sicherheitsprüfung von Vidu nicht bestanden</translation>
    </message>
    <message>
        <source>Vidu&apos;s review of the submitted prompt or images found content it does not allow, so the task was not accepted.</source>
        <translation>Die Prüfung von Prompt oder Bildern durch Vidu hat unzulässige Inhalte gefunden, daher wurde der Auftrag nicht angenommen.</translation>
    </message>
    <message>
        <source>Change the prompt or the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Ändern Sie Prompt oder Bilder so, dass sie eindeutig den Inhaltsregeln von Vidu entsprechen, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Not enough Vidu credits</source>
        <translation>Nicht genug Vidu-Credits</translation>
    </message>
    <message>
        <source>The account does not have enough credits for this task. Vidu sends this with HTTP 400, but it is a billing matter, not an input error.</source>
        <translation>Das Konto hat nicht genug Credits für diesen Auftrag. Vidu sendet dies mit HTTP 400, es handelt sich aber um eine Abrechnungsfrage, nicht um einen Eingabefehler.</translation>
    </message>
    <message>
        <source>Buy or renew credits on the Vidu platform, or make the task cheaper (shorter duration, lower resolution), then submit again.</source>
        <translation>Kaufen oder erneuern Sie Credits auf der Vidu-Plattform oder machen Sie den Auftrag günstiger (kürzere Dauer, niedrigere Auflösung) und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Generated content broke Vidu&apos;s policy</source>
        <translation>Erzeugter Inhalt verstößt gegen die Richtlinie von Vidu</translation>
    </message>
    <message>
        <source>The task ran, but Vidu&apos;s content policy flagged the generated output, so it was withheld.</source>
        <translation>Der Auftrag lief, aber die Inhaltsrichtlinie von Vidu hat die erzeugte Ausgabe beanstandet, daher wurde sie zurückgehalten.</translation>
    </message>
    <message>
        <source>Change the prompt or the input images so that the output is less likely to be flagged, then use Edit and resubmit.</source>
        <translation>Ändern Sie Prompt oder Eingabebilder so, dass die Ausgabe weniger wahrscheinlich beanstandet wird, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu model unavailable</source>
        <translation>Vidu-Modell nicht verfügbar</translation>
    </message>
    <message>
        <source>The requested model is not available for this task, so the task failed. Vidu points to the model type.</source>
        <translation>Das angeforderte Modell ist für diesen Auftrag nicht verfügbar, daher ist der Auftrag fehlgeschlagen. Vidu verweist auf den Modelltyp.</translation>
    </message>
    <message>
        <source>Check the model type (for example viduq1 for this endpoint), correct it with Edit and resubmit, and try again.</source>
        <translation>Prüfen Sie den Modelltyp (zum Beispiel viduq1 für diesen Endpunkt), korrigieren Sie ihn mit „Bearbeiten und neu senden“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Vidu task cancelled by the user</source>
        <translation>Vidu-Auftrag vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>The task was stopped by a cancel request for this account, from QueueLens or elsewhere. Vidu reports it as failed with this code.</source>
        <translation>Der Auftrag wurde durch eine Abbruchanfrage für dieses Konto gestoppt, von QueueLens oder anderswo. Vidu meldet ihn mit diesem Code als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing to do if the cancel was intended; otherwise submit the task again with Edit and resubmit.</source>
        <translation>War der Abbruch beabsichtigt, ist nichts zu tun; senden Sie den Auftrag andernfalls mit „Bearbeiten und neu senden“ erneut.</translation>
    </message>
    <message>
        <source>Field value not valid</source>
        <translation>Feldwert ungültig</translation>
    </message>
    <message>
        <source>No usable human body found in the image</source>
        <translation>Kein verwendbarer menschlicher Körper im Bild gefunden</translation>
    </message>
    <message>
        <source>This model or effect needs a clearly visible person, and Vidu&apos;s body detection could not locate the body joints in the input image.</source>
        <translation>Dieses Modell oder dieser Effekt benötigt eine deutlich sichtbare Person, und die Körpererkennung von Vidu konnte die Gelenke im Eingabebild nicht finden.</translation>
    </message>
    <message>
        <source>Use a photo that shows one person&apos;s whole body clearly, without heavy cropping, then use Edit and resubmit.</source>
        <translation>Verwenden Sie ein Foto, das den ganzen Körper einer Person deutlich zeigt, ohne starken Beschnitt, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Face check failed on the input image</source>
        <translation>Gesichtsprüfung des Eingabebilds fehlgeschlagen</translation>
    </message>
    <message>
        <source>Vidu&apos;s face check on the input image failed, for example because the face is too small, turned away or blurred.</source>
        <translation>Die Gesichtsprüfung von Vidu am Eingabebild ist fehlgeschlagen, zum Beispiel weil das Gesicht zu klein, abgewandt oder unscharf ist.</translation>
    </message>
    <message>
        <source>Upload a sharp photo with a clear face that looks toward the camera, then use Edit and resubmit.</source>
        <translation>Laden Sie ein scharfes Foto mit einem deutlich erkennbaren, der Kamera zugewandten Gesicht hoch und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Body or face too hidden in the image</source>
        <translation>Körper oder Gesicht im Bild zu stark verdeckt</translation>
    </message>
    <message>
        <source>The person&apos;s body or face in the input image is covered too much for Vidu to detect it.</source>
        <translation>Körper oder Gesicht der Person im Eingabebild sind zu stark verdeckt, als dass Vidu sie erkennen könnte.</translation>
    </message>
    <message>
        <source>Use an image in which the face and body are not hidden by objects, hands or other people, then use Edit and resubmit.</source>
        <translation>Verwenden Sie ein Bild, in dem Gesicht und Körper nicht durch Gegenstände, Hände oder andere Personen verdeckt sind, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Prompt violates Vidu&apos;s policy</source>
        <translation>Prompt verstößt gegen die Richtlinie von Vidu</translation>
    </message>
    <message>
        <source>The text prompt contains words or themes that Vidu does not allow, so the task was refused before it ran.</source>
        <translation>Der Text-Prompt enthält Wörter oder Themen, die Vidu nicht zulässt, daher wurde der Auftrag vor der Ausführung abgelehnt.</translation>
    </message>
    <message>
        <source>Rewrite the prompt without the problematic content and use Edit and resubmit.</source>
        <translation>Formulieren Sie den Prompt ohne die problematischen Inhalte um und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu API key rejected</source>
        <translation>Vidu-API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Vidu did not accept the credentials: the key is wrong, deleted or missing. Vidu expects the key with the Token scheme in the Authorization header; resellers may expect another scheme.</source>
        <translation>Vidu hat die Zugangsdaten nicht akzeptiert: Der Schlüssel ist falsch, gelöscht oder fehlt. Vidu erwartet den Schlüssel mit dem Token-Schema im Authorization-Header; Wiederverkäufer erwarten möglicherweise ein anderes Schema.</translation>
    </message>
    <message>
        <source>Check the key in the profile settings and create a new one on the Vidu platform if needed. If the base URL points to a reseller, use a key issued by that reseller.</source>
        <translation>Prüfen Sie den Schlüssel in den Profileinstellungen und erstellen Sie bei Bedarf einen neuen auf der Vidu-Plattform. Zeigt die Basis-URL auf einen Wiederverkäufer, verwenden Sie einen von diesem ausgestellten Schlüssel.</translation>
    </message>
    <message>
        <source>Vidu refused access</source>
        <translation>Vidu hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>The key is valid but may not make this request, for example for an endpoint or model that the account&apos;s package does not include.</source>
        <translation>Der Schlüssel ist gültig, darf diese Anfrage aber nicht stellen, zum Beispiel für einen Endpunkt oder ein Modell, das nicht im Paket des Kontos enthalten ist.</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and permissions on the Vidu platform, or set a key with the needed access in the profile settings.</source>
        <translation>Prüfen Sie Pakete und Berechtigungen des Kontos auf der Vidu-Plattform oder legen Sie in den Profileinstellungen einen Schlüssel mit dem nötigen Zugriff fest.</translation>
    </message>
    <message>
        <source>Vidu does not know this task id</source>
        <translation>Vidu kennt diese Auftrags-ID nicht</translation>
    </message>
    <message>
        <source>No task with this id exists for the account behind the key. A mistyped id or a key from another organization are the usual causes.</source>
        <translation>Für das Konto hinter dem Schlüssel gibt es keinen Auftrag mit dieser ID. Übliche Ursachen sind eine falsch geschriebene ID oder ein Schlüssel einer anderen Organisation.</translation>
    </message>
    <message>
        <source>Use Check again once. If the task is still not found, check that the profile uses the same key as at submit time; otherwise treat the task as lost.</source>
        <translation>Verwenden Sie einmal „Erneut prüfen“. Wird der Auftrag weiterhin nicht gefunden, prüfen Sie, ob das Profil denselben Schlüssel wie beim Senden verwendet; trifft das zu, betrachten Sie den Auftrag als verloren.</translation>
    </message>
    <message>
        <source>Vidu creation id not found</source>
        <translation>Vidu-Creation-ID nicht gefunden</translation>
    </message>
    <message>
        <source>The creation, that is one generated output of a task, named in the request does not exist or is no longer available.</source>
        <translation>Die in der Anfrage genannte Creation, also eine erzeugte Ausgabe eines Auftrags, existiert nicht oder ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Use Check again to load the task&apos;s current list of creations and use the ids from there.</source>
        <translation>Laden Sie mit „Erneut prüfen“ die aktuelle Liste der Creations des Auftrags und verwenden Sie die IDs von dort.</translation>
    </message>
    <message>
        <source>Vidu resource not found</source>
        <translation>Vidu-Ressource nicht gefunden</translation>
    </message>
    <message>
        <source>The requested path or resource does not exist, often because the base URL or the endpoint is wrong.</source>
        <translation>Der angeforderte Pfad bzw. die Ressource existiert nicht, oft weil Basis-URL oder Endpunkt falsch sind.</translation>
    </message>
    <message>
        <source>Check the base URL in the profile settings (https://api.vidu.com for the international platform) and that the endpoint matches the task type.</source>
        <translation>Prüfen Sie die Basis-URL in den Profileinstellungen (https://api.vidu.com für die internationale Plattform) und ob der Endpunkt zur Auftragsart passt.</translation>
    </message>
    <message>
        <source>Vidu resource conflict</source>
        <translation>Vidu-Ressourcenkonflikt</translation>
    </message>
    <message>
        <source>The request would create or change a resource whose key is already in use, so Vidu rejected it.</source>
        <translation>Die Anfrage würde eine Ressource anlegen oder ändern, deren Schlüssel bereits verwendet wird, daher hat Vidu sie abgelehnt.</translation>
    </message>
    <message>
        <source>Use Check again to see whether the earlier request already took effect before you repeat it.</source>
        <translation>Sehen Sie mit „Erneut prüfen“ nach, ob die frühere Anfrage bereits wirksam wurde, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>Vidu concurrency limit exceeded</source>
        <translation>Vidu-Parallelitätslimit überschritten</translation>
    </message>
    <message>
        <source>The organization already has as many tasks running as its concurrency limit allows (5 by default), and Vidu rejected the extra request.</source>
        <translation>Bei der Organisation laufen bereits so viele Aufträge, wie ihr Parallelitätslimit erlaubt (standardmäßig 5), und Vidu hat die zusätzliche Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Wait for running tasks to finish, then retry. Set the concurrency cap in the profile settings to your Vidu limit, or ask Vidu support for a higher limit.</source>
        <translation>Warten Sie, bis laufende Aufträge beendet sind, und versuchen Sie es dann erneut. Stellen Sie die Parallelität in den Profileinstellungen auf Ihr Vidu-Limit ein oder bitten Sie den Vidu-Support um ein höheres Limit.</translation>
    </message>
    <message>
        <source>Requests sent to Vidu too often</source>
        <translation>Zu häufige Anfragen an Vidu</translation>
    </message>
    <message>
        <source>The key sent requests faster than Vidu allows in a short period; status checks count as well.</source>
        <translation>Der Schlüssel hat in kurzer Zeit schneller Anfragen gesendet, als Vidu erlaubt; Statusabfragen zählen mit.</translation>
    </message>
    <message>
        <source>Wait before retrying, and raise the poll interval in the profile settings.</source>
        <translation>Warten Sie, bevor Sie es erneut versuchen, und erhöhen Sie das Abfrageintervall in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>Vidu is throttling traffic</source>
        <translation>Vidu drosselt den Datenverkehr</translation>
    </message>
    <message>
        <source>Vidu is limiting requests because its own resources are at their limit, not because of your account.</source>
        <translation>Vidu begrenzt Anfragen, weil die eigenen Ressourcen am Limit sind, nicht wegen Ihres Kontos.</translation>
    </message>
    <message>
        <source>Retry after a longer pause of at least a few minutes, and submit fewer new tasks until the throttling ends.</source>
        <translation>Versuchen Sie es nach einer längeren Pause von mindestens einigen Minuten erneut und senden Sie weniger neue Aufträge, bis die Drosselung endet.</translation>
    </message>
    <message>
        <source>Request aborted by the client</source>
        <translation>Anfrage vom Client abgebrochen</translation>
    </message>
    <message>
        <source>Vidu recorded that the client closed the HTTP request before the answer was ready, for example after a client-side timeout. It concerns that call, not necessarily the task.</source>
        <translation>Vidu hat festgestellt, dass der Client die HTTP-Anfrage geschlossen hat, bevor die Antwort bereit war, zum Beispiel nach einem clientseitigen Zeitlimit. Das betrifft diesen Aufruf, nicht unbedingt den Auftrag.</translation>
    </message>
    <message>
        <source>If this was a submit, use Check again or the Vidu task list before submitting again, because the task may have been created.</source>
        <translation>War dies eine Sendeanfrage, sehen Sie mit „Erneut prüfen“ oder in der Vidu-Auftragsliste nach, bevor Sie erneut senden, denn der Auftrag wurde möglicherweise angelegt.</translation>
    </message>
    <message>
        <source>Vidu internal service failure</source>
        <translation>Interner Vidu-Dienstfehler</translation>
    </message>
    <message>
        <source>An internal error occurred at Vidu while the request was being handled.</source>
        <translation>Bei Vidu ist während der Bearbeitung der Anfrage ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Retry after a pause. If it keeps failing, contact Vidu support with the trace id from the error details.</source>
        <translation>Versuchen Sie es nach einer Pause erneut. Scheitert es weiterhin, wenden Sie sich mit der Trace-ID aus den Fehlerdetails an den Vidu-Support.</translation>
    </message>
    <message>
        <source>Vidu failure without a known reason</source>
        <translation>Vidu-Fehler ohne bekannten Grund</translation>
    </message>
    <message>
        <source>Vidu reported the task or the request as failed without giving a reason.</source>
        <translation>Vidu hat den Auftrag oder die Anfrage ohne Angabe eines Grundes als fehlgeschlagen gemeldet.</translation>
    </message>
    <message>
        <source>Submit again after a pause. If the same task keeps failing, contact Vidu support with the task id.</source>
        <translation>Senden Sie nach einer Pause erneut. Scheitert derselbe Auftrag weiterhin, wenden Sie sich mit der Auftrags-ID an den Vidu-Support.</translation>
    </message>
    <message>
        <source>Vidu face detection failed</source>
        <translation>Vidu-Gesichtserkennung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Vidu could not run face detection on the input, often because the image is too dark, too small or of poor quality.</source>
        <translation>Vidu konnte auf der Eingabe keine Gesichtserkennung durchführen, oft weil das Bild zu dunkel, zu klein oder von schlechter Qualität ist.</translation>
    </message>
    <message>
        <source>Use a brighter, sharper image in which the face is large and clearly visible, then use Edit and resubmit.</source>
        <translation>Verwenden Sie ein helleres, schärferes Bild, in dem das Gesicht groß und deutlich sichtbar ist, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu could not download the video</source>
        <translation>Vidu konnte das Video nicht herunterladen</translation>
    </message>
    <message>
        <source>Vidu could not fetch a video from a URL in the request. The link may be private, expired or too slow.</source>
        <translation>Vidu konnte ein Video von einer URL in der Anfrage nicht abrufen. Der Link ist möglicherweise privat, abgelaufen oder zu langsam.</translation>
    </message>
    <message>
        <source>Use a public, direct link to the video file, test it in a private browser window, then use Edit and resubmit.</source>
        <translation>Verwenden Sie einen öffentlichen, direkten Link auf die Videodatei, testen Sie ihn in einem privaten Browserfenster und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Video format not accepted by Vidu</source>
        <translation>Videoformat von Vidu nicht akzeptiert</translation>
    </message>
    <message>
        <source>An input video uses a container or codec that Vidu cannot read, or the file is damaged.</source>
        <translation>Ein Eingabevideo verwendet einen Container oder Codec, den Vidu nicht lesen kann, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Convert the video to MP4 with H.264 and submit it again with Edit and resubmit.</source>
        <translation>Konvertieren Sie das Video in MP4 mit H.264 und senden Sie es mit „Bearbeiten und neu senden“ erneut.</translation>
    </message>
    <message>
        <source>Face did not pass Vidu&apos;s face check</source>
        <translation>Gesicht hat die Gesichtsprüfung von Vidu nicht bestanden</translation>
    </message>
    <message>
        <source>A face was found, but it does not meet the needs of the model or effect, for example because it is seen from the side, partly hidden or too small.</source>
        <translation>Ein Gesicht wurde gefunden, erfüllt aber nicht die Anforderungen des Modells oder Effekts, zum Beispiel weil es von der Seite zu sehen, teilweise verdeckt oder zu klein ist.</translation>
    </message>
    <message>
        <source>Use a photo with a single, clear face that looks toward the camera and fills a good part of the image, then use Edit and resubmit.</source>
        <translation>Verwenden Sie ein Foto mit einem einzelnen, deutlichen Gesicht, das der Kamera zugewandt ist und einen guten Teil des Bildes ausfüllt, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Input photo failed Vidu&apos;s review</source>
        <translation>Eingabefoto hat die Prüfung von Vidu nicht bestanden</translation>
    </message>
    <message>
        <source>Vidu&apos;s image review rejected an uploaded photo, for example because it shows content the platform does not allow.</source>
        <translation>Die Bildprüfung von Vidu hat ein hochgeladenes Foto abgelehnt, zum Beispiel weil es Inhalte zeigt, die die Plattform nicht zulässt.</translation>
    </message>
    <message>
        <source>Replace the photo with one that clearly follows Vidu&apos;s content rules and use Edit and resubmit.</source>
        <translation>Ersetzen Sie das Foto durch eines, das eindeutig den Inhaltsregeln von Vidu entspricht, und verwenden Sie „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>No face found in the image</source>
        <translation>Kein Gesicht im Bild gefunden</translation>
    </message>
    <message>
        <source>The selected model or effect needs a face, but Vidu found none in the input image.</source>
        <translation>Das gewählte Modell oder der Effekt benötigt ein Gesicht, aber Vidu hat im Eingabebild keines gefunden.</translation>
    </message>
    <message>
        <source>Upload an image that shows a person&apos;s face clearly, then use Edit and resubmit.</source>
        <translation>Laden Sie ein Bild hoch, das das Gesicht einer Person deutlich zeigt, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>More than one face in the image</source>
        <translation>Mehr als ein Gesicht im Bild</translation>
    </message>
    <message>
        <source>The model or effect works with a single person, but Vidu found several faces in the input image.</source>
        <translation>Das Modell oder der Effekt arbeitet mit einer einzelnen Person, aber Vidu hat im Eingabebild mehrere Gesichter gefunden.</translation>
    </message>
    <message>
        <source>Crop the image to one person or choose a photo with only one face, then use Edit and resubmit.</source>
        <translation>Schneiden Sie das Bild auf eine Person zu oder wählen Sie ein Foto mit nur einem Gesicht und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Vidu content review failed</source>
        <translation>Inhaltsprüfung von Vidu fehlgeschlagen</translation>
    </message>
    <message>
        <source>Vidu&apos;s content review rejected the input or the generated output, so the task ended without a usable result.</source>
        <translation>Die Inhaltsprüfung von Vidu hat die Eingabe oder die erzeugte Ausgabe abgelehnt, daher endete der Auftrag ohne verwendbares Ergebnis.</translation>
    </message>
    <message>
        <source>Adjust the prompt and the images so that they clearly follow Vidu&apos;s content rules, then use Edit and resubmit.</source>
        <translation>Passen Sie Prompt und Bilder so an, dass sie eindeutig den Inhaltsregeln von Vidu entsprechen, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>Image dimensions out of range</source>
        <translation>Bildabmessungen außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>The width or height of an input image, in pixels, is too large or too small for Vidu.</source>
        <translation>Breite oder Höhe eines Eingabebilds in Pixeln ist für Vidu zu groß oder zu klein.</translation>
    </message>
    <message>
        <source>Resize the image so that both sides are within the model&apos;s documented pixel limits and the aspect ratio stays between 1:4 and 4:1, then use Edit and resubmit.</source>
        <translation>Skalieren Sie das Bild so, dass beide Seiten innerhalb der dokumentierten Pixelgrenzen des Modells liegen und das Seitenverhältnis zwischen 1:4 und 4:1 bleibt, und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>none given</source>
        <extracomment>Fills &quot;Named by Vidu: %1.&quot; when the provider&apos;s message names no field.</extracomment>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>The request left out or left empty something Vidu needs. Named by Vidu: %1.</source>
        <translation>In der Anfrage fehlt eine Angabe, die Vidu benötigt, oder sie ist leer. Von Vidu genannt: %1.</translation>
    </message>
    <message>
        <source>Fill in what is missing with Edit and resubmit. Check also that the endpoint fits the task, since image-to-video, for example, needs an input image.</source>
        <translation>Ergänzen Sie die fehlende Angabe mit „Bearbeiten und neu senden“. Prüfen Sie auch, ob der Endpunkt zum Auftrag passt, denn „Video aus Bild“ benötigt zum Beispiel ein Eingabebild.</translation>
    </message>
    <message>
        <source>The request includes something this endpoint or model does not accept. Named by Vidu: %1.</source>
        <translation>Die Anfrage enthält eine Angabe, die dieser Endpunkt oder dieses Modell nicht akzeptiert. Von Vidu genannt: %1.</translation>
    </message>
    <message>
        <source>Remove it with Edit and resubmit. The accepted options differ between Vidu models and endpoints.</source>
        <translation>Entfernen Sie die Angabe mit „Bearbeiten und neu senden“. Welche Optionen akzeptiert werden, hängt vom Vidu-Modell und vom Endpunkt ab.</translation>
    </message>
    <message>
        <source>A list in the request has more or fewer entries than Vidu allows, for example too many reference images. Named by Vidu: %1.</source>
        <translation>Eine Liste in der Anfrage hat mehr oder weniger Einträge, als Vidu zulässt, zum Beispiel zu viele Referenzbilder. Von Vidu genannt: %1.</translation>
    </message>
    <message>
        <source>Change the number of entries to what the model allows, then use Edit and resubmit.</source>
        <translation>Passen Sie die Anzahl der Einträge an die Vorgaben des Modells an und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
    <message>
        <source>A value in the request did not pass Vidu&apos;s checks, for example an unknown model, resolution or duration. Named by Vidu: %1.</source>
        <translation>Ein Wert in der Anfrage hat die Prüfung von Vidu nicht bestanden, zum Beispiel ein unbekanntes Modell, eine unbekannte Auflösung oder Dauer. Von Vidu genannt: %1.</translation>
    </message>
    <message>
        <source>Change it to a value the model documents, then use Edit and resubmit.</source>
        <translation>Setzen Sie einen für das Modell dokumentierten Wert ein und verwenden Sie dann „Bearbeiten und neu senden“.</translation>
    </message>
</context>
<context>
    <name>ErrorTaxonomy</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Content policy</source>
        <translation>Inhaltsrichtlinie</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>State conflict</source>
        <translation>Statuskonflikt</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Upstream failure</source>
        <translation>Upstream-Fehler</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Sofort wiederholen</translation>
    </message>
    <message>
        <source>Retry after a delay</source>
        <translation>Nach einer Pause wiederholen</translation>
    </message>
    <message>
        <source>Change the request</source>
        <translation>Anfrage ändern</translation>
    </message>
    <message>
        <source>Fix the account or key</source>
        <translation>Konto oder Schlüssel korrigieren</translation>
    </message>
    <message>
        <source>Check the task state first</source>
        <translation>Zuerst Auftragsstatus prüfen</translation>
    </message>
    <message>
        <source>Retrying will not help</source>
        <translation>Wiederholen hilft nicht</translation>
    </message>
    <message>
        <source>Contact the provider</source>
        <translation>Anbieter kontaktieren</translation>
    </message>
    <message>
        <source>submitting the task</source>
        <translation>Senden des Auftrags</translation>
    </message>
    <message>
        <source>checking the status</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>Abruf des Ergebnisses</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>searching the provider&apos;s task list</source>
        <translation>Suche in der Auftragsliste des Anbieters</translation>
    </message>
    <message>
        <source>generating, at the provider</source>
        <translation>Generierung beim Anbieter</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
</context>
<context>
    <name>EventCauses</name>
    <message>
        <source>Task created</source>
        <translation>Auftrag angelegt</translation>
    </message>
    <message>
        <source>Added by its task id</source>
        <translation>Über Auftrags-ID hinzugefügt</translation>
    </message>
    <message>
        <source>Submit answered</source>
        <translation>Sendeanfrage beantwortet</translation>
    </message>
    <message>
        <source>Submit refused</source>
        <translation>Sendeanfrage abgelehnt</translation>
    </message>
    <message>
        <source>No clear submit answer</source>
        <translation>Keine eindeutige Antwort auf Sendeanfrage</translation>
    </message>
    <message>
        <source>Submit rate-limited</source>
        <translation>Sendeanfrage im Ratenlimit</translation>
    </message>
    <message>
        <source>Submitted anyway</source>
        <translation>Trotzdem gesendet</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <source>Status check failed</source>
        <translation>Statusabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Result fetched</source>
        <translation>Ergebnis abgerufen</translation>
    </message>
    <message>
        <source>Unknown to the provider</source>
        <translation>Beim Anbieter unbekannt</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Erneut geprüft</translation>
    </message>
    <message>
        <source>Check again found nothing</source>
        <translation>Erneute Prüfung ohne Treffer</translation>
    </message>
    <message>
        <source>Found in the task list</source>
        <translation>In der Auftragsliste gefunden</translation>
    </message>
    <message>
        <source>Not in the task list</source>
        <translation>Nicht in der Auftragsliste</translation>
    </message>
    <message>
        <source>Several matches in the task list</source>
        <translation>Mehrere Treffer in der Auftragsliste</translation>
    </message>
    <message>
        <source>Task list does not reach back</source>
        <translation>Auftragsliste reicht nicht weit genug zurück</translation>
    </message>
    <message>
        <source>Task list unavailable</source>
        <translation>Auftragsliste nicht verfügbar</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Abbruch angefordert</translation>
    </message>
    <message>
        <source>Cancel answered</source>
        <translation>Abbruchanfrage beantwortet</translation>
    </message>
    <message>
        <source>Cancel call failed, trying again</source>
        <translation>Abbruchaufruf fehlgeschlagen, neuer Versuch</translation>
    </message>
    <message>
        <source>Cancel failed</source>
        <translation>Abbruch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel not possible</source>
        <translation>Abbruch nicht möglich</translation>
    </message>
    <message>
        <source>Finished before the cancel</source>
        <translation>Vor dem Abbruch beendet</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>QueueLens restarted</source>
        <translation>QueueLens neu gestartet</translation>
    </message>
    <message>
        <source>API key on another computer</source>
        <translation>API-Schlüssel auf anderem Computer</translation>
    </message>
    <message>
        <source>Downloading the results</source>
        <translation>Ergebnisse werden heruntergeladen</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Ergebnisse gespeichert</translation>
    </message>
    <message>
        <source>Result download failed</source>
        <translation>Download des Ergebnisses fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Sonstiges Ereignis</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explain a provider error code and suggest a fix.</source>
        <translation>Einen Fehlercode eines Anbieters erklären und eine Lösung vorschlagen.</translation>
    </message>
    <message>
        <source>Category: %1 (%2)</source>
        <translation>Kategorie: %1 (%2)</translation>
    </message>
    <message>
        <source>Retry: %1 (%2)</source>
        <translation>Wiederholung: %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Empfohlene Schritte: %1</translation>
    </message>
    <message>
        <source>(This code is not in the provider&apos;s documentation; the text above is derived from the HTTP status and category.)</source>
        <translation>(Dieser Code steht nicht in der Dokumentation des Anbieters; der Text oben wurde aus HTTP-Status und Kategorie abgeleitet.)</translation>
    </message>
    <message>
        <source>The code, reason, type or message the provider sent (e.g. CreditInsufficient, channel:no_available_key, 429).</source>
        <translation>Code, Grund, Typ oder Meldung, die der Anbieter gesendet hat (z. B. CreditInsufficient, channel:no_available_key, 429).</translation>
    </message>
    <message>
        <source>Provider id: %1.</source>
        <translation>Anbieter-ID: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The HTTP status the error came with.</source>
        <translation>Der HTTP-Status, mit dem der Fehler kam.</translation>
    </message>
    <message>
        <source>http</source>
        <translation>http</translation>
    </message>
    <message>
        <source>The provider&apos;s message, used to fill in details such as field names.</source>
        <translation>Die Meldung des Anbieters, mit der Details wie Feldnamen ergänzt werden.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Sprache der Oberfläche, z. B. zh_CN oder ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>give exactly one identifier to explain</source>
        <translation>Es muss genau ein Bezeichner zum Erklären angegeben werden</translation>
    </message>
    <message>
        <source>--status needs an HTTP status between 100 and 599, not “%1”</source>
        <translation>--status erwartet einen HTTP-Status zwischen 100 und 599, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog.</source>
        <translation>„%1“ ist nicht im Fehlerkatalog.</translation>
    </message>
    <message>
        <source>“%1” is not in the error catalog of %2.</source>
        <translation>„%1“ ist nicht im Fehlerkatalog von %2.</translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n Auftrag ist mit %1 (%2) fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge sind mit %1 (%2) fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n Auftrag ist mit %1 (%2) fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge sind mit %1 (%2) fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>an error&apos;s title, then its explanation</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Retry the tasks, or check the profile&apos;s deadline and the provider&apos;s status page.</source>
        <translation>Wiederholen Sie die Aufträge oder prüfen Sie die Frist des Profils und die Statusseite des Anbieters.</translation>
    </message>
    <message>
        <source>Retry all (%1)</source>
        <translation>Alle wiederholen (%1)</translation>
    </message>
    <message>
        <source>Remove all (%1)</source>
        <translation>Alle entfernen (%1)</translation>
    </message>
    <message>
        <source>No failed tasks. Tasks that fail are grouped here by error code, so one fix can be applied to all of them at once.</source>
        <translation>Keine fehlgeschlagenen Aufträge. Fehlgeschlagene Aufträge werden hier nach Fehlercode gruppiert, sodass sich eine Lösung auf alle zugleich anwenden lässt.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfohlene Schritte</translation>
    </message>
    <message>
        <source>Select in table</source>
        <translation>In Tabelle auswählen</translation>
    </message>
    <message>
        <source>Show only these</source>
        <translation>Nur diese anzeigen</translation>
    </message>
    <message>
        <source>Retry every task of this group that can be retried</source>
        <translation>Alle wiederholbaren Aufträge dieser Gruppe wiederholen</translation>
    </message>
    <message>
        <source>Remove every task of this group from the list</source>
        <translation>Alle Aufträge dieser Gruppe aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Switch to the task table with these tasks selected</source>
        <translation>Zur Auftragstabelle wechseln und diese Aufträge auswählen</translation>
    </message>
    <message>
        <source>Filter the task table to this group</source>
        <translation>Auftragstabelle auf diese Gruppe filtern</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Fehler nach Code</translation>
    </message>
</context>
<context>
    <name>FoxApiAdapter</name>
    <message>
        <source>FoxAPI documents no cancel endpoint: the task runs to the end and is billed as usual.</source>
        <translation>FoxAPI dokumentiert keinen Abbruch-Endpunkt: Der Auftrag läuft bis zum Ende und wird wie üblich abgerechnet.</translation>
    </message>
    <message>
        <source>FoxAPI accepts the kinds &quot;image&quot; and &quot;video&quot;, not &quot;%1&quot;.</source>
        <translation>FoxAPI akzeptiert die Arten „image“ und „video“, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a FoxAPI model name (model names have no spaces).</source>
        <translation>„%1“ ist kein FoxAPI-Modellname (Modellnamen enthalten keine Leerzeichen).</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was not read.</source>
        <translation>Die Antwort von %1 war größer als %2 Bytes und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. QueueLens follows redirects only within the same host, so the API key was not sent there.</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet. QueueLens folgt Umleitungen nur innerhalb desselben Hosts, daher wurde der API-Schlüssel nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 seconds, the limit for one request, so QueueLens stopped waiting. The server keeps the answer open without finishing it.</source>
        <translation>%1 hat nach %2 Sekunden, dem Limit für eine Anfrage, noch immer an seiner Antwort gesendet, daher hat QueueLens das Warten beendet. Der Server hält die Antwort offen, ohne sie abzuschließen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No data from %1 within the transfer timeout (%2).</source>
        <translation>Keine Daten von %1 innerhalb des Übertragungszeitlimits (%2).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 hat die Verbindung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die gesamte Antwort ankam (%2).</translation>
    </message>
    <message>
        <source>The proxy failed while connecting to %1 (%2).</source>
        <translation>Der Proxy ist beim Verbinden mit %1 gescheitert (%2).</translation>
    </message>
    <message>
        <source>The network is not available; %1 could not be reached (%2).</source>
        <translation>Das Netzwerk ist nicht verfügbar; %1 konnte nicht erreicht werden (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the tasks in the database (no provider is contacted).</source>
        <translation>Die Aufträge in der Datenbank auflisten (es wird kein Anbieter kontaktiert).</translation>
    </message>
    <message>
        <source>Only tasks in these states (comma-separated): %1.</source>
        <translation>Nur Aufträge mit diesen Status (durch Kommas getrennt): %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Nur Aufträge dieses Anbieters.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>Unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufträge.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>REMOTE-ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
</context>
<context>
    <name>LlmApiAdapter</name>
    <message>
        <source>LLMAPI&apos;s async tasks generate images only, not &quot;%1&quot;.</source>
        <translation>Die asynchronen Aufträge von LLMAPI erzeugen nur Bilder, nicht „%1“.</translation>
    </message>
    <message>
        <source>LLMAPI image tasks cannot stream: remove &quot;stream&quot; or set it to false.</source>
        <translation>LLMAPI-Bildaufträge können nicht streamen: Entfernen Sie „stream“ oder setzen Sie es auf false.</translation>
    </message>
    <message>
        <source>The number of images &quot;n&quot; must be a whole number of at least 1.</source>
        <translation>Die Anzahl der Bilder „n“ muss eine ganze Zahl von mindestens 1 sein.</translation>
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
        <translation>Über QueueLens</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>%n Auftrag gesendet.</numerusform>
            <numerusform>%n Aufträge gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens — sandbox</source>
        <translation>QueueLens — Sandbox</translation>
    </message>
    <message>
        <source>QueueLens</source>
        <translation>QueueLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Open the submit panel to create new tasks</source>
        <translation>Sendebereich öffnen, um neue Aufträge anzulegen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Track tasks created elsewhere by their remote ids</source>
        <translation>Anderswo angelegte Aufträge über ihre Remote-IDs verfolgen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected or shown tasks as CSV or JSON</source>
        <translation>Ausgewählte oder angezeigte Aufträge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit QueueLens; running tasks keep running at the provider</source>
        <translation>QueueLens beenden; laufende Aufträge laufen beim Anbieter weiter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search by remote id, prompt text or error code</source>
        <translation>Nach Remote-ID, Prompttext oder Fehlercode suchen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select every task shown in the table</source>
        <translation>Alle in der Tabelle angezeigten Aufträge auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show all tasks again</source>
        <translation>Wieder alle Aufträge anzeigen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, notifications, download folder and profiles</source>
        <translation>Sprache, Benachrichtigungen, Downloadordner und Profile</translation>
    </message>
    <message>
        <source>Add or edit provider accounts and their API keys</source>
        <translation>Anbieterkonten und ihre API-Schlüssel hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <source>&amp;About QueueLens</source>
        <translation>Ü&amp;ber QueueLens</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Danksagungen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Die verwendete Qt-Version</translation>
    </message>
    <message>
        <source>&amp;Filters sidebar</source>
        <translation>&amp;Filterleiste</translation>
    </message>
    <message>
        <source>Show or hide the state and provider filters</source>
        <translation>Status- und Anbieterfilter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide the selected task&apos;s details</source>
        <translation>Details des ausgewählten Auftrags ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Failures by code</source>
        <translation>Fehler nach &amp;Code</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Submit panel</source>
        <translation>&amp;Sendebereich</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Abfragen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfragen pa&amp;usieren</translation>
    </message>
    <message>
        <source>Polling is paused: no provider is asked for updates. Click to resume.</source>
        <translation>Abfragen pausiert: Es werden keine Anbieter nach Aktualisierungen gefragt. Klicken Sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Stop asking the providers for updates until resumed</source>
        <translation>Anbieter bis zum Fortsetzen nicht mehr nach Aktualisierungen fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n Auftrag ausgewählt</numerusform>
            <numerusform>%n Aufträge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by code (%1)</source>
        <translation>Fehler nach Code (%1)</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>Fehler nach Code</translation>
    </message>
    <message>
        <source>There are no tasks to export.</source>
        <translation>Es gibt keine Aufträge zum Exportieren.</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>%n Auftrag exportieren</numerusform>
            <numerusform>%n Aufträge exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>%n Auftrag nach %1 exportiert.</numerusform>
            <numerusform>%n Aufträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;A desktop cockpit for asynchronous AI image and video generation jobs: submit, watch, explain failures and fix them in a click.&lt;/p&gt;&lt;p&gt;Providers: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QueueLens %1&lt;/h3&gt;&lt;p&gt;Desktop-Cockpit für asynchrone KI-Bild- und Videogenerierung: Aufträge senden und verfolgen, Fehler erklären lassen und mit einem Klick beheben.&lt;/p&gt;&lt;p&gt;Anbieter: SeaArt, FoxAPI, new-api, LLMAPI, Vidu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Provider p&amp;rofiles…</source>
        <translation>Anbieter&amp;profile…</translation>
    </message>
</context>
<context>
    <name>NewApiAdapter</name>
    <message>
        <source>new-api has no cancel endpoint: the task runs to the end.</source>
        <translation>new-api hat keinen Abbruch-Endpunkt: Der Auftrag läuft bis zum Ende.</translation>
    </message>
    <message>
        <source>new-api&apos;s task relay is used here for video only, not &quot;%1&quot;.</source>
        <translation>Das Auftrags-Relay von new-api wird hier nur für Video verwendet, nicht für „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model name (model names have no spaces).</source>
        <translation>„%1“ ist kein Modellname (Modellnamen enthalten keine Leerzeichen).</translation>
    </message>
    <message>
        <source>The gateway marked the task as failed but gave no reason.</source>
        <translation>Das Gateway hat den Auftrag als fehlgeschlagen markiert, aber keinen Grund genannt.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>more than one value; use a JSON array [ … ] for a list</source>
        <translation>Mehr als ein Wert; verwenden Sie für eine Liste ein JSON-Array [ … ]</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The parameters must be one JSON object: { &quot;name&quot;: value, … }</source>
        <translation>Die Parameter müssen ein einzelnes JSON-Objekt sein: { &quot;name&quot;: value, … }</translation>
    </message>
    <message>
        <source>line %1: expected “name: value”</source>
        <translation>Zeile %1: „Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>line %1: expected a name before &apos;:&apos;</source>
        <translation>Zeile %1: Name vor „:“ erwartet</translation>
    </message>
    <message>
        <source>line %1: a name cannot contain spaces (“%2”)</source>
        <translation>Zeile %1: Ein Name darf keine Leerzeichen enthalten („%2“)</translation>
    </message>
    <message>
        <source>line %1: expected a value after &apos;:&apos; (write &quot;&quot; for empty text)</source>
        <translation>Zeile %1: Wert nach „:“ erwartet (schreiben Sie &quot;&quot; für leeren Text)</translation>
    </message>
    <message>
        <source>line %1: “%2” is already set on line %3</source>
        <translation>Zeile %1: „%2“ ist bereits in Zeile %3 gesetzt</translation>
    </message>
    <message>
        <source>line %1: the value of “%2” is not valid JSON: %3</source>
        <translation>Zeile %1: Der Wert von „%2“ ist kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from the form above; remove it here</source>
        <translation>„%1“ stammt aus dem Formular oben; entfernen Sie es hier</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>name: value</source>
        <translation>Name: Wert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameter format</source>
        <translation>Parameterformat</translation>
    </message>
    <message>
        <source>Type parameters as one “name: value” per line, or as a JSON object</source>
        <translation>Parameter als „Name: Wert“ pro Zeile oder als JSON-Objekt eingeben</translation>
    </message>
    <message>
        <source>Extra parameters as a JSON object.</source>
        <translation>Zusätzliche Parameter als JSON-Objekt.</translation>
    </message>
    <message>
        <source>One “name: value” per line; text needs no quotes, # starts a comment.</source>
        <translation>Ein „Name: Wert“ pro Zeile; Text braucht keine Anführungszeichen, # leitet einen Kommentar ein.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>QueueLens connects to one PostgreSQL server; the address lists several hosts</source>
        <translation>QueueLens verbindet sich mit genau einem PostgreSQL-Server; die Adresse nennt mehrere Hosts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse; schreiben Sie sie als postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>a PostgreSQL address cannot contain a &quot;#&quot; part</source>
        <translation>Eine PostgreSQL-Adresse darf keinen „#“-Teil enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter QueueLens knows (known: %2)</source>
        <translation>„%1“ ist kein Verbindungsparameter, den QueueLens kennt (bekannt: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL address names no database; add it after the host, as in postgresql://user@host/queuelens</source>
        <translation>Die PostgreSQL-Adresse nennt keine Datenbank; fügen Sie sie nach dem Host hinzu, etwa postgresql://user@host/queuelens</translation>
    </message>
    <message>
        <source>the port of the PostgreSQL address is not a number between 1 and 65535</source>
        <translation>Der Port der PostgreSQL-Adresse ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian and Ubuntu: libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian und Ubuntu: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the database %1 holds a &quot;tasks&quot; table that is not QueueLens&apos;s; use a database of its own</source>
        <translation>Die Datenbank %1 enthält eine Tabelle „tasks“, die nicht zu QueueLens gehört; verwenden Sie eine eigene Datenbank</translation>
    </message>
    <message>
        <source>the server refused the password for %1 (%2)</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>the server %1 asks for a password: type it in Preferences, Shared history (it is kept in the system keychain), or set PGPASSWORD, or add it to ~/.pgpass</source>
        <translation>Der Server %1 verlangt ein Passwort: Geben Sie es unter Einstellungen › Gemeinsamer Verlauf ein (es wird im Schlüsselbund des Systems gespeichert), setzen Sie PGPASSWORD oder tragen Sie es in ~/.pgpass ein</translation>
    </message>
    <message>
        <source>the database of %1 does not exist on the server; create it once with createdb (%2)</source>
        <translation>Die Datenbank von %1 existiert nicht auf dem Server; legen Sie sie einmalig mit createdb an (%2)</translation>
    </message>
    <message>
        <source>the server %1 knows no such user (%2)</source>
        <translation>Der Server %1 kennt diesen Benutzer nicht (%2)</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server name of %1 is unknown (%2)</source>
        <translation>Der Servername von %1 ist unbekannt (%2)</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2)</source>
        <translation>Der Server %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2)</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2)</translation>
    </message>
    <message>
        <source>the database %1 is busy: another QueueLens holds its write lock (%2)</source>
        <translation>Die Datenbank %1 ist belegt: Eine andere QueueLens-Instanz hält ihre Schreibsperre (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>Die Datenbank %1 ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s disk holding %1 is full (%2)</source>
        <translation>Der Datenträger des Servers, auf dem %1 liegt, ist voll (%2)</translation>
    </message>
    <message>
        <source>the user of %1 may not do this; grant it the rights on the database (%2)</source>
        <translation>Der Benutzer von %1 hat dafür keine Berechtigung; erteilen Sie ihm die Rechte für die Datenbank (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>Datenbankfehler in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the provider this profile talks to.</source>
        <translation>Wählen Sie den Anbieter, mit dem dieses Profil kommuniziert.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Geben Sie die Umgebungsvariable an, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, and do not start with a digit.</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable: Verwenden Sie Buchstaben, Ziffern und _ und beginnen Sie nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>Poll interval must be between %1 and %2 seconds.</source>
        <translation>Das Abfrageintervall muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1 requests at a time.</source>
        <translation>Die Parallelität muss zwischen 1 und %1 gleichzeitigen Anfragen liegen.</translation>
    </message>
    <message>
        <source>The deadline must be between 0 (none) and %1 minutes (7 days).</source>
        <translation>Die Frist muss zwischen 0 (keine) und %1 Minuten (7 Tage) liegen.</translation>
    </message>
    <message>
        <source>Plain http:// sends the API key unencrypted. Use https:// unless this is a trusted local server.</source>
        <translation>Mit einfachem http:// wird der API-Schlüssel unverschlüsselt übertragen. Verwenden Sie https://, sofern es sich nicht um einen vertrauenswürdigen lokalen Server handelt.</translation>
    </message>
    <message>
        <source>%1 is not set in QueueLens&apos;s environment; requests will be refused until it is.</source>
        <translation>%1 ist in der Umgebung von QueueLens nicht gesetzt; Anfragen werden abgelehnt, bis die Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>The key is read from %1 each time it is needed.</source>
        <translation>Der Schlüssel wird bei jedem Bedarf aus %1 gelesen.</translation>
    </message>
    <message>
        <source>The new key is saved in the system keychain when you press OK.</source>
        <translation>Der neue Schlüssel wird im Schlüsselbund des Systems gespeichert, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>The new key is kept in memory until QueueLens quits; it is never saved.</source>
        <translation>Der neue Schlüssel wird bis zum Beenden von QueueLens im Arbeitsspeicher gehalten und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Save in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Read from an environment variable:</source>
        <translation>Aus einer Umgebungsvariablen lesen:</translation>
    </message>
    <message>
        <source>Variable name, e.g. %1</source>
        <translation>Variablenname, z. B. %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Leer lassen, um den aktuellen Schlüssel zu behalten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Sandbox profile: it talks to the built-in test server, and any key works.</source>
        <translation>Sandbox-Profil: Es kommuniziert mit dem integrierten Testserver, jeder Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Save the key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Schlüssel aus einer Umgebungsvariablen lesen</translation>
    </message>
    <message>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>Maximum requests at a time</source>
        <translation>Maximale gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Deadline in minutes</source>
        <translation>Frist in Minuten</translation>
    </message>
    <message>
        <source>How often each running task is checked (1–3600 s). Providers may ask for slower.</source>
        <translation>Wie oft jeder laufende Auftrag geprüft wird (1–3600 s). Anbieter können ein langsameres Intervall verlangen.</translation>
    </message>
    <message>
        <source>How many requests this profile may have in flight at once.</source>
        <translation>Wie viele Anfragen dieses Profil gleichzeitig laufen haben darf.</translation>
    </message>
    <message>
        <source>Give up on a task that has not finished after this long (0 = never).</source>
        <translation>Einen Auftrag aufgeben, der nach dieser Zeit nicht beendet ist (0 = nie).</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is %1 KB; a profiles file is at most %2 KB. Is it the right file?</source>
        <translation>Die Datei ist %1 KB groß; eine Profildatei ist höchstens %2 KB groß. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: its format is “%1”.</source>
        <translation>Dies ist keine QueueLens-Profildatei: Ihr Format ist „%1“.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>This profiles file was written by a newer QueueLens (format version %1). This version reads version %2; update QueueLens to import it.</source>
        <translation>Diese Profildatei wurde von einer neueren QueueLens-Version geschrieben (Formatversion %1). Diese Version liest Version %2; aktualisieren Sie QueueLens, um sie zu importieren.</translation>
    </message>
    <message>
        <source>This is not a QueueLens profiles file: it has no “profiles” list.</source>
        <translation>Dies ist keine QueueLens-Profildatei: Sie enthält keine Liste „profiles“.</translation>
    </message>
    <message>
        <source>The profiles file has no “profiles” list.</source>
        <translation>Die Profildatei enthält keine Liste „profiles“.</translation>
    </message>
    <message>
        <source>The file lists %1 profiles; only the first %2 were read.</source>
        <translation>Die Datei enthält %1 Profile; nur die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile and was skipped.</source>
        <translation>Eintrag %1 ist kein Profil und wurde übersprungen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a profile entry without name or id, inside &quot;Profile %1 names no provider…&quot;.</extracomment>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Profile %1 names no provider and was skipped.</source>
        <translation>Profil %1 nennt keinen Anbieter und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Profile %1 has a base URL that is not text and was skipped.</source>
        <translation>Profil %1 hat eine Basis-URL, die kein Text ist, und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Profile %1: the id “%2” cannot be used here; a new one is chosen.</source>
        <translation>Profil %1: Die ID „%2“ kann hier nicht verwendet werden; es wird eine neue gewählt.</translation>
    </message>
    <message>
        <source>Profile %1 repeats the id “%2” of an earlier entry and was skipped.</source>
        <translation>Profil %1 wiederholt die ID „%2“ eines früheren Eintrags und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Profile %1: “%2” is not a number; the default is used.</source>
        <translation>Profil %1: „%2“ ist keine Zahl; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>Profile %1 contains an API key. Keys are never imported from a file: enter it in Settings, where it is kept in the system keychain.</source>
        <translation>Profil %1 enthält einen API-Schlüssel. Schlüssel werden nie aus einer Datei importiert: Geben Sie ihn in den Einstellungen ein, wo er im Schlüsselbund des Systems gespeichert wird.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 KB, too large for a profiles file. Is it the right file?</source>
        <translation>„%1“ ist größer als %2 KB und damit zu groß für eine Profildatei. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…und %n weiteres.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>Es wurde kein Profil importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>%n Profil hinzugefügt.</numerusform>
            <numerusform>%n Profile hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>%n Profil aktualisiert.</numerusform>
            <numerusform>%n Profile aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys are never part of a profiles file: enter each new profile&apos;s key. Nothing is saved until you press OK.</source>
        <translation>API-Schlüssel sind nie Teil einer Profildatei: Geben Sie den Schlüssel für jedes neue Profil ein. Gespeichert wird erst, wenn Sie auf OK klicken.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>%n Profil in „%1“ gespeichert.</numerusform>
            <numerusform>%n Profile in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no API key: whoever imports it enters their own.</source>
        <translation>Die Datei enthält keinen API-Schlüssel: Wer sie importiert, gibt seinen eigenen ein.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n Profil aus der Datei ist hier bereits vorhanden: %1.</numerusform>
            <numerusform>%n Profile aus der Datei sind hier bereits vorhanden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their settings with the file&apos;s (their API keys stay), or keep both and add the file&apos;s as new profiles?</source>
        <translation>Ihre Einstellungen durch die aus der Datei ersetzen (ihre API-Schlüssel bleiben erhalten) oder beide behalten und die Profile aus der Datei als neue hinzufügen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>QueueLens profiles (*.json);;All files (*)</source>
        <translation>QueueLens-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Es gibt kein Profil zum Exportieren.</translation>
    </message>
    <message>
        <source>Sandbox profiles are left out: they only work while this QueueLens runs.</source>
        <translation>Sandbox-Profile werden ausgelassen: Sie funktionieren nur, solange diese QueueLens-Instanz läuft.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
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
        <translation>„%1“ verwendet den Anbieter „%2“, den diese QueueLens-Version nicht kennt; es wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
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
        <translation>Wählen Sie ein Modell oder einen Endpunkt.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Schreiben Sie einen Prompt.</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>a kind of task</comment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <comment>a kind of task</comment>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Submit a failed, cancelled, timed-out, rejected or lost task again as a new attempt.</source>
        <translation>Einen fehlgeschlagenen, abgebrochenen, wegen Zeitüberschreitung beendeten, abgelehnten oder verlorenen Auftrag als neuen Versuch erneut senden.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Lokale Auftrags-ID (aus submit oder list).</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Den neuen Versuch verfolgen, bis er beendet ist.</translation>
    </message>
    <message>
        <source>task %1 cannot be retried: %2</source>
        <translation>Auftrag %1 kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>SeaArtAdapter</name>
    <message>
        <source>&quot;%1&quot; is not a SeaArt endpoint id. Use the model id from the SeaCloud catalog, for example nano_banana_2.</source>
        <translation>„%1“ ist keine SeaArt-Endpunkt-ID. Verwenden Sie die Modell-ID aus dem SeaCloud-Katalog, zum Beispiel nano_banana_2.</translation>
    </message>
    <message>
        <source>SeaArt does not support webhooks: remove the parameter &quot;%1&quot;.</source>
        <translation>SeaArt unterstützt keine Webhooks: Entfernen Sie den Parameter „%1“.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is unavailable (%1), so saved API keys cannot be read. Enter the key in the profile settings or set the profile&apos;s environment variable.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher können gespeicherte API-Schlüssel nicht gelesen werden. Geben Sie den Schlüssel in den Profileinstellungen ein oder setzen Sie die Umgebungsvariable des Profils.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>No system keychain is available; the API key for &quot;%1&quot; is kept only until QueueLens quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar; der API-Schlüssel für „%1“ wird nur bis zum Beenden von QueueLens aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); the API key for &quot;%2&quot; is kept only until QueueLens quits.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1); der API-Schlüssel für „%2“ wird nur bis zum Beenden von QueueLens aufbewahrt.</translation>
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
        <translation>Downloadordner</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>No key store is connected, so keys cannot be changed here.</source>
        <translation>Kein Schlüsselspeicher verbunden, daher können Schlüssel hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A key is set for this session only; it is not saved.</source>
        <translation>Ein Schlüssel ist nur für diese Sitzung festgelegt; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>Sandbox profile: no key is needed.</source>
        <translation>Sandbox-Profil: Es wird kein Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>No key yet: the provider will refuse requests until you enter one.</source>
        <translation>Noch kein Schlüssel: Der Anbieter lehnt Anfragen ab, bis Sie einen eingeben.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>Choose a folder for downloaded results.</source>
        <translation>Wählen Sie einen Ordner für heruntergeladene Ergebnisse.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, for example %1</source>
        <translation>Der Downloadordner muss ein vollständiger Pfad sein, zum Beispiel %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>QueueLens cannot write to “%1”.</source>
        <translation>QueueLens kann nicht in „%1“ schreiben.</translation>
    </message>
    <message>
        <source>The folder will be created when the first result is downloaded.</source>
        <translation>Der Ordner wird angelegt, sobald das erste Ergebnis heruntergeladen wird.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Profile “%1”: the key cannot be saved because no key store is connected.</source>
        <translation>Profil „%1“: Der Schlüssel kann nicht gespeichert werden, weil kein Schlüsselspeicher verbunden ist.</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Allgemein: %1</translation>
    </message>
    <message>
        <source>Shared history: %1</source>
        <translation>Gemeinsamer Verlauf: %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key, so it is kept in memory until QueueLens quits. To keep it across restarts, put it in an environment variable and choose “Read from an environment variable”.
Details: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel nicht angenommen, daher wird er bis zum Beenden von QueueLens im Arbeitsspeicher gehalten. Um ihn über Neustarts hinweg zu behalten, legen Sie ihn in einer Umgebungsvariablen ab und wählen Sie „Aus einer Umgebungsvariablen lesen“.
Details: %1</translation>
    </message>
    <message>
        <source>The key was not saved in the keychain. Press OK to continue with a session-only key.</source>
        <translation>Der Schlüssel wurde nicht im Schlüsselbund gespeichert. Klicken Sie auf OK, um mit einem Schlüssel nur für diese Sitzung fortzufahren.</translation>
    </message>
    <message>
        <source>%1
To keep a key across restarts, put it in an environment variable and choose “Read from an environment variable”.</source>
        <translation>%1
Um einen Schlüssel über Neustarts hinweg zu behalten, legen Sie ihn in einer Umgebungsvariablen ab und wählen Sie „Aus einer Umgebungsvariablen lesen“.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Shared history</source>
        <translation>Gemeinsamer Verlauf</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Provider profiles:</source>
        <translation>Anbieterprofile:</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Anbieterprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Ausgewähltes Profil entfernen</translation>
    </message>
    <message>
        <source>Removes the profile when you press OK. Its tasks stay in the history.</source>
        <translation>Entfernt das Profil, wenn Sie auf OK klicken. Seine Aufträge bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Profile aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Adds the profiles of a QueueLens profiles file. API keys are never part of one.</source>
        <translation>Fügt die Profile einer QueueLens-Profildatei hinzu. API-Schlüssel sind darin nie enthalten.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Profile in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Saves these profiles, without their API keys, to share or keep.</source>
        <translation>Speichert diese Profile ohne ihre API-Schlüssel, zum Weitergeben oder Aufbewahren.</translation>
    </message>
    <message>
        <source>No provider profile yet.
Press “Add” to connect QueueLens to a provider, or “Import” to read a profiles file.</source>
        <translation>Noch kein Anbieterprofil.
Klicken Sie auf „Hinzufügen“, um QueueLens mit einem Anbieter zu verbinden, oder auf „Importieren“, um eine Profildatei einzulesen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Applies immediately.</source>
        <translation>Wird sofort übernommen.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>When tasks &amp;succeed</source>
        <translation>Wenn Aufträge &amp;erfolgreich sind</translation>
    </message>
    <message>
        <source>When tasks &amp;fail</source>
        <translation>Wenn Aufträge &amp;fehlschlagen</translation>
    </message>
    <message>
        <source>Notify when tasks succeed</source>
        <translation>Benachrichtigen, wenn Aufträge erfolgreich sind</translation>
    </message>
    <message>
        <source>Notify when tasks fail</source>
        <translation>Benachrichtigen, wenn Aufträge fehlschlagen</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Downloadordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Downloadordner auswählen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SharedHistoryPage</name>
    <message>
        <source>The address must start with postgresql:// (a shared history lives on a PostgreSQL server).</source>
        <translation>Die Adresse muss mit postgresql:// beginnen (ein gemeinsamer Verlauf liegt auf einem PostgreSQL-Server).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: QueueLens never keeps it in its settings. Type it in the password field (it goes to the system keychain), or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Lassen Sie das Passwort in der Adresse weg: QueueLens speichert es nie in seinen Einstellungen. Geben Sie es im Passwortfeld ein (es wird im Schlüsselbund des Systems abgelegt) oder verwenden Sie PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot use this address: %1</source>
        <translation>Diese Adresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>A team can share one task history on a PostgreSQL server: everyone sees every task, who submitted it and what became of it. API keys never leave this computer.</source>
        <translation>Ein Team kann einen Auftragsverlauf auf einem PostgreSQL-Server gemeinsam nutzen: Alle sehen jeden Auftrag, wer ihn gesendet hat und was daraus wurde. API-Schlüssel verlassen diesen Computer nie.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>Shared history server address</source>
        <translation>Serveradresse des gemeinsamen Verlaufs</translation>
    </message>
    <message>
        <source>Empty: the history stays in this computer&apos;s file.</source>
        <translation>Leer: Der Verlauf bleibt in der Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connects and reads the schema version; changes nothing on the server.</source>
        <translation>Stellt eine Verbindung her und liest die Schemaversion; ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Shared history server password</source>
        <translation>Passwort für den Server des gemeinsamen Verlaufs</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>No keychain: use PGPASSWORD or ~/.pgpass</source>
        <translation>Kein Schlüsselbund: PGPASSWORD oder ~/.pgpass verwenden</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Your name in the shared history</source>
        <translation>Ihr Name im gemeinsamen Verlauf</translation>
    </message>
    <message>
        <source>Recorded on every task you submit. If empty, %1 is used.</source>
        <translation>Wird bei jedem Auftrag gespeichert, den Sie senden. Wenn leer, wird %1 verwendet.</translation>
    </message>
    <message>
        <source>A new server address applies when QueueLens starts again; your name applies at once.</source>
        <translation>Eine neue Serveradresse gilt ab dem nächsten Start von QueueLens; Ihr Name gilt sofort.</translation>
    </message>
</context>
<context>
    <name>SqliteBackend</name>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database %1 cannot be switched to write-ahead logging; it may be read-only</source>
        <translation>Die Datenbank %1 kann nicht auf Write-Ahead-Logging umgestellt werden; sie ist möglicherweise schreibgeschützt</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program, perhaps a second QueueLens (%2)</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt, vielleicht von einer zweiten QueueLens-Instanz (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2)</source>
        <translation>Die Datenbank %1 ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>the database %1 is damaged or not a QueueLens database (%2)</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine QueueLens-Datenbank (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full or failing (%2)</source>
        <translation>Der Datenträger, auf dem %1 liegt, ist voll oder defekt (%2)</translation>
    </message>
    <message>
        <source>database error in %1 (%2)</source>
        <translation>Datenbankfehler in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>%n Auftrag in „%1“ wiederholen</numerusform>
            <numerusform>Alle %n Aufträge in „%1“ wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>%n Auftrag in „%1“ abbrechen</numerusform>
            <numerusform>Alle %n Aufträge in „%1“ abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>%n Auftrag in „%1“ aus der Liste entfernen</numerusform>
            <numerusform>Alle %n Aufträge in „%1“ aus der Liste entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Task filters</source>
        <translation>Auftragsfilter</translation>
    </message>
    <message>
        <source>Click an entry to show only those tasks</source>
        <translation>Klicken Sie auf einen Eintrag, um nur diese Aufträge anzuzeigen</translation>
    </message>
    <message>
        <source>Counts the tasks that need you: %1.
Click to show only these.</source>
        <extracomment>%1 lists task states, e.g. &quot;Failed, Timed out, Rejected, Unknown, Lost&quot;.</extracomment>
        <translation>Zählt die Aufträge, die Ihr Eingreifen erfordern: %1.
Klicken Sie, um nur diese anzuzeigen.</translation>
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
        <translation>Abfragen pausiert</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>No status requests are sent until polling is resumed.</source>
        <translation>Es werden keine Statusabfragen gesendet, bis das Abfragen fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Task states are being polled.</source>
        <translation>Der Auftragsstatus wird abgefragt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume polling</source>
        <translation>Abfragen fortsetzen</translation>
    </message>
    <message>
        <source>Pause polling (tasks keep running at the provider)</source>
        <translation>Abfragen pausieren (Aufträge laufen beim Anbieter weiter)</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Abfragen pausieren</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <source>Rate limited: %1</source>
        <translation>Ratenlimit: %1</translation>
    </message>
    <message>
        <source>These profiles asked us to wait (HTTP 429 / Retry-After); their calls resume after the countdown.</source>
        <translation>Diese Profile wurden gebeten zu warten (HTTP 429 / Retry-After); ihre Aufrufe werden nach Ablauf des Countdowns fortgesetzt.</translation>
    </message>
    <message>
        <source>Polling state</source>
        <translation>Abfragestatus</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>Rate-limited profiles</source>
        <translation>Profile im Ratenlimit</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Ask the provider for a task&apos;s state now and print it.</source>
        <translation>Den Anbieter sofort nach dem Status eines Auftrags fragen und ihn ausgeben.</translation>
    </message>
    <message>
        <source>Local task id (from submit or list).</source>
        <translation>Lokale Auftrags-ID (aus submit oder list).</translation>
    </message>
    <message>
        <source>Print what the database knows without asking the provider.</source>
        <translation>Ausgeben, was die Datenbank weiß, ohne den Anbieter zu fragen.</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>the provider did not answer the status request in time</source>
        <translation>Der Anbieter hat auf die Statusabfrage nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the status request failed: %1</source>
        <translation>Die Statusabfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The task database is not taking changes right now: %1
The list stays as it was last read. QueueLens keeps its own changes (request ids above all) on this computer and writes them as soon as the database is back.</source>
        <translation>Die Auftragsdatenbank nimmt derzeit keine Änderungen an: %1
Die Liste bleibt auf dem zuletzt gelesenen Stand. QueueLens hält eigene Änderungen (vor allem Anfrage-IDs) auf diesem Computer fest und schreibt sie, sobald die Datenbank wieder verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>SubmitAnywayCommand</name>
    <message>
        <source>Send an unknown task&apos;s submit again, accepting that the provider may run (and bill) it twice.</source>
        <translation>Die Sendeanfrage eines Auftrags im Status „unknown“ erneut senden; der Anbieter führt ihn dann möglicherweise doppelt aus (und rechnet doppelt ab).</translation>
    </message>
    <message>
        <source>Local id of a task in state “unknown”.</source>
        <translation>Lokale ID eines Auftrags im Status „unknown“.</translation>
    </message>
    <message>
        <source>Follow the new attempt until it has finished.</source>
        <translation>Den neuen Versuch verfolgen, bis er beendet ist.</translation>
    </message>
    <message>
        <source>task %1 cannot be submitted again: %2</source>
        <translation>Auftrag %1 kann nicht erneut gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Submit a generation task (and with --wait, follow it to the end).</source>
        <translation>Einen Generierungsauftrag senden (und mit --wait bis zum Ende verfolgen).</translation>
    </message>
    <message>
        <source>--param needs key=value, not “%1”</source>
        <translation>--param erwartet key=value, nicht „%1“</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Anbieter: %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The provider&apos;s API base URL, e.g. https://api.vidu.com or a sandbox URL.</source>
        <translation>Die API-Basis-URL des Anbieters, z. B. https://api.vidu.com oder eine Sandbox-URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model, or for SeaArt the endpoint id.</source>
        <translation>Modell bzw. bei SeaArt die Endpunkt-ID.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>Der Prompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What to generate: image, video, text2video, img2video, ... (default: the provider&apos;s first kind).</source>
        <translation>Was erzeugt werden soll: image, video, text2video, img2video, ... (Standard: die erste Art des Anbieters).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are sent as JSON, anything else as text.</source>
        <translation>Zusätzlicher Anfrageparameter; wiederholbar. JSON-Werte (5, true, [..], {..}) werden als JSON gesendet, alles andere als Text.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: QUEUELENS_API_KEY). Only the variable&apos;s name is stored.</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel (Standard: QUEUELENS_API_KEY). Gespeichert wird nur der Name der Variablen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The base URL is a QueueLens sandbox: no API key needed.</source>
        <translation>Die Basis-URL ist eine QueueLens-Sandbox: kein API-Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Milliseconds between status requests for this provider and base URL (stored in its profile).</source>
        <translation>Millisekunden zwischen Statusabfragen für diesen Anbieter und diese Basis-URL (im Profil gespeichert).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Give up on a task after this many seconds (0: never; stored in the profile).</source>
        <translation>Einen Auftrag nach so vielen Sekunden aufgeben (0: nie; im Profil gespeichert).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the submit request itself; without an answer the task becomes unknown (exit 4) and is never sent twice.</source>
        <translation>Sekunden, die auf die Antwort auf die Sendeanfrage selbst gewartet wird; ohne Antwort wird der Auftrag unbekannt (Exitcode 4) und nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>Follow the task until it has finished and print the final state.</source>
        <translation>Den Auftrag verfolgen, bis er beendet ist, und den Endstatus ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>--base-url “%1”: %2</source>
        <translation>--base-url „%1“: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--poll-interval needs milliseconds between 50 and 3600000</source>
        <translation>--poll-interval erwartet Millisekunden zwischen 50 und 3600000</translation>
    </message>
    <message>
        <source>--deadline needs seconds between 0 and 604800</source>
        <translation>--deadline erwartet Sekunden zwischen 0 und 604800</translation>
    </message>
    <message>
        <source>--timeout needs seconds between 0.1 and 3600</source>
        <translation>--timeout erwartet Sekunden zwischen 0.1 und 3600</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>Für die Sendeanfrage von Auftrag %1 wurde nicht rechtzeitig eine Antwort erfasst</translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Noch kein Anbieterprofil. Fügen Sie zuerst in den Einstellungen eines hinzu.</translation>
    </message>
    <message>
        <source>Choose or type a model (or endpoint).</source>
        <translation>Wählen Sie ein Modell (oder einen Endpunkt) oder geben Sie es ein.</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>%n Auftrag wird gesendet…</numerusform>
            <numerusform>%n Aufträge werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine refused the task.</source>
        <translation>Die Engine hat den Auftrag abgelehnt.</translation>
    </message>
    <message>
        <source>Submitting… %1 of %2</source>
        <translation>Senden… %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>%n Auftrag gesendet: %1</numerusform>
            <numerusform>%n Aufträge gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1 of %2, then stopped: %3</source>
        <translation>%1 von %2 gesendet, danach gestoppt: %3</translation>
    </message>
    <message>
        <source>Task #%1 used a profile that no longer exists; choose another one.</source>
        <translation>Auftrag #%1 verwendete ein Profil, das nicht mehr existiert; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Filled from task #%1. Submit creates a new task; the original stays as it is.</source>
        <translation>Aus Auftrag #%1 übernommen. „Senden“ legt einen neuen Auftrag an; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>Param&amp;eter:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Kopien:</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the task(s) to the provider (Ctrl+Enter)</source>
        <translation>Aufträge an den Anbieter senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Anbieterprofil</translation>
    </message>
    <message>
        <source>Model or endpoint</source>
        <translation>Modell oder Endpunkt</translation>
    </message>
    <message>
        <source>model id or endpoint</source>
        <translation>Modell-ID oder Endpunkt</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe the image or video…</source>
        <translation>Beschreiben Sie das Bild oder Video…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Anzahl der Kopien</translation>
    </message>
    <message>
        <source>Submit the same task this many times (1–%1)</source>
        <translation>Denselben Auftrag so oft senden (1–%1)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Add a provider profile</source>
        <translation>Anbieterprofil hinzufügen</translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message>
        <source>Bulk action progress</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit and resubmit</source>
        <translation>Bearbeiten und neu senden</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on other operators&apos; tasks?</source>
        <translation>Auch Aufträge anderer Benutzer bearbeiten?</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>%n dieser Aufträge wurde von anderen Benutzern gesendet (%1). „%2“ auch darauf anwenden?</numerusform>
            <numerusform>%n dieser Aufträge wurden von anderen Benutzern gesendet (%1). „%2“ auch darauf anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 why it did not work.</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Task #%1 is submitted again.</source>
        <translation>Auftrag #%1 wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Cancel requested for task #%1.</source>
        <translation>Abbruch für Auftrag #%1 angefordert.</translation>
    </message>
    <message>
        <source>Submit anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>Die erste Sendeanfrage von %n Auftrag hat keine eindeutige Antwort erhalten: Der Anbieter hat ihn möglicherweise bereits angelegt. Erneutes Senden kann Duplikate erzeugen, die jeweils abgerechnet werden können.

Verwenden Sie zuerst „Erneut prüfen“, wenn Sie unsicher sind.</numerusform>
            <numerusform>Die ersten Sendeanfragen von %n Aufträgen haben keine eindeutige Antwort erhalten: Der Anbieter hat sie möglicherweise bereits angelegt. Erneutes Senden kann Duplikate erzeugen, die jeweils abgerechnet werden können.

Verwenden Sie zuerst „Erneut prüfen“, wenn Sie unsicher sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks that are still running?</source>
        <translation>Noch laufende Aufträge entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>%n der zu entfernenden Aufträge ist nicht beendet. Durch das Entfernen wird er hier nur nicht mehr verfolgt; der Anbieter führt ihn weiter aus (und rechnet ihn ab). Brechen Sie ihn zuerst ab, um ihn zu stoppen.</numerusform>
            <numerusform>%n der zu entfernenden Aufträge sind nicht beendet. Durch das Entfernen werden sie hier nur nicht mehr verfolgt; der Anbieter führt sie weiter aus (und rechnet sie ab). Brechen Sie sie zuerst ab, um sie zu stoppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tasks?</source>
        <translation>Aufträge entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>%n Auftrag samt Verlauf aus der Liste entfernen? Bereits heruntergeladene Ergebnisdateien bleiben im Downloadordner.</numerusform>
            <numerusform>%n Aufträge samt Verlauf aus der Liste entfernen? Bereits heruntergeladene Ergebnisdateien bleiben im Downloadordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the whole group?</source>
        <translation>Die ganze Gruppe wiederholen?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>%n Auftrag mit denselben Parametern wiederholen? Jede Wiederholung ist eine neue Sendeanfrage und kann abgerechnet werden.</numerusform>
            <numerusform>%n Aufträge mit denselben Parametern wiederholen? Jede Wiederholung ist eine neue Sendeanfrage und kann abgerechnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alle wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>%n ID kopiert.</numerusform>
            <numerusform>%n IDs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Bulk actions: %1 of %2</source>
        <translation>Sammelaktionen: %1 von %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: erledigt für %2 von %n Auftrag.</numerusform>
            <numerusform>%1: erledigt für %2 von %n Aufträgen.</numerusform>
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
            <numerusform>Nicht erledigt: %n Auftrag.</numerusform>
            <numerusform>Nicht erledigt: %n Aufträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A window title: %1 is the action&apos;s name (Retry, Cancel task…).</extracomment>
        <translation>%1 abgeschlossen</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation>&amp;Bearbeiten und neu senden…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Submit any&amp;way…</source>
        <translation>&amp;Trotzdem senden…</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Status a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>ID k&amp;opieren</translation>
    </message>
    <message>
        <source>Only finished tasks that did not succeed can be retried.</source>
        <translation>Nur beendete Aufträge, die nicht erfolgreich waren, können wiederholt werden.</translation>
    </message>
    <message>
        <source>Only queued or running tasks can be cancelled.</source>
        <translation>Nur wartende oder laufende Aufträge können abgebrochen werden.</translation>
    </message>
    <message>
        <source>The task is %1: there is nothing to look up.</source>
        <translation>Der Auftrag hat den Status „%1“: Es gibt nichts nachzuschlagen.</translation>
    </message>
    <message>
        <source>Only a task whose submit got no clear answer (state Unknown) can be submitted anyway.</source>
        <translation>Nur ein Auftrag, dessen Sendeanfrage keine eindeutige Antwort erhielt (Status „Unbekannt“), kann trotzdem gesendet werden.</translation>
    </message>
    <message>
        <source>The task is %1: its status no longer changes.</source>
        <translation>Der Auftrag hat den Status „%1“: Sein Status ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>Select a single task to edit and resubmit it.</source>
        <translation>Wählen Sie einen einzelnen Auftrag aus, um ihn zu bearbeiten und neu zu senden.</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Aufträge aus.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>%n ausgewählter Auftrag kommt nicht infrage: %1</numerusform>
            <numerusform>Keiner der %n ausgewählten Aufträge kommt infrage: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>Gilt für %1 von %n ausgewählten Auftrag; die anderen werden übersprungen: %2</numerusform>
            <numerusform>Gilt für %1 von %n ausgewählten Aufträgen; die anderen werden übersprungen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Sprache der Oberfläche, z. B. zh_CN oder ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name recorded on the tasks this run submits (default: the QUEUELENS_OPERATOR environment variable, else user@host).</source>
        <translation>Name, der bei den in diesem Lauf gesendeten Aufträgen gespeichert wird (Standard: die Umgebungsvariable QUEUELENS_OPERATOR, sonst user@host).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Task database: a file (default: the desktop app&apos;s, %1) or a shared PostgreSQL server, postgresql://user@host:port/database.</source>
        <translation>Auftragsdatenbank: eine Datei (Standard: die der Desktop-App, %1) oder ein gemeinsamer PostgreSQL-Server, postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>Datei oder URI</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>give exactly one task id</source>
        <translation>Es muss genau eine Auftrags-ID angegeben werden</translation>
    </message>
    <message>
        <source>“%1” is not a task id (a positive number, as printed by submit and list)</source>
        <translation>„%1“ ist keine Auftrags-ID (eine positive Zahl, wie von submit und list ausgegeben)</translation>
    </message>
    <message>
        <source>Stopped waiting; task %1 is %2 and stays in the database. Follow it with “queuelens-cli watch”.</source>
        <translation>Warten beendet; Auftrag %1 hat den Status „%2“ und bleibt in der Datenbank. Verfolgen Sie ihn mit „queuelens-cli watch“.</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>Es gibt keinen Auftrag %1 in %2</translation>
    </message>
    <message>
        <source>the profile “%1” of task %2 no longer exists</source>
        <translation>Das Profil „%1“ von Auftrag %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>no answer to the submit of task %1 was recorded in time</source>
        <translation>Für die Sendeanfrage von Auftrag %1 wurde nicht rechtzeitig eine Antwort erfasst</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <source>Task #%1</source>
        <translation>Auftrag #%1</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2 % erledigt</translation>
    </message>
    <message>
        <source>%1, position %2</source>
        <translation>%1, Position %2</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>The provider returned no result files.</source>
        <translation>Der Anbieter hat keine Ergebnisdateien zurückgegeben.</translation>
    </message>
    <message>
        <source>Results appear here when the task succeeds.</source>
        <translation>Ergebnisse erscheinen hier, sobald der Auftrag erfolgreich ist.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>%n Datei wird nach %1 heruntergeladen…</numerusform>
            <numerusform>%n Dateien werden nach %1 heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1. Double-click to open.</source>
        <translation>In %1 gespeichert. Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Select a task to see its parameters, timeline, results and errors.</source>
        <translation>Wählen Sie einen Auftrag aus, um Parameter, Zeitverlauf, Ergebnisse und Fehler zu sehen.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Remote id:</source>
        <translation>Remote-ID:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s task id</source>
        <translation>Auftrags-ID des Anbieters kopieren</translation>
    </message>
    <message>
        <source>Copy remote id</source>
        <translation>Remote-ID kopieren</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Result files</source>
        <translation>Ergebnisdateien</translation>
    </message>
    <message>
        <source>Task parameters as JSON</source>
        <translation>Auftragsparameter als JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
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
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this task no longer exists.</source>
        <translation>Das Profil „%1“ dieses Auftrags existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key on this machine.</source>
        <translation>Das Profil „%1“ hat auf diesem Computer keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>No adapter for provider &quot;%1&quot;.</source>
        <translation>Kein Adapter für den Anbieter „%1“.</translation>
    </message>
    <message>
        <source>A request for this task is still on its way; try again in a moment.</source>
        <translation>Eine Anfrage für diesen Auftrag ist noch unterwegs; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 has no way to cancel a task.</source>
        <translation>%1 bietet keine Möglichkeit, einen Auftrag abzubrechen.</translation>
    </message>
    <message>
        <source>The provider is already cancelling this task.</source>
        <translation>Der Anbieter bricht diesen Auftrag bereits ab.</translation>
    </message>
    <message>
        <source>The submit has not been answered yet; cancel once the task has an id.</source>
        <translation>Die Sendeanfrage wurde noch nicht beantwortet; brechen Sie ab, sobald der Auftrag eine ID hat.</translation>
    </message>
    <message>
        <source>QueueLens does not know whether this task exists; use Check again first.</source>
        <translation>QueueLens weiß nicht, ob dieser Auftrag existiert; verwenden Sie zuerst „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>The task has already ended.</source>
        <translation>Der Auftrag ist bereits beendet.</translation>
    </message>
    <message>
        <source>The task cannot be cancelled in its current state.</source>
        <translation>Der Auftrag kann in seinem aktuellen Status nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>%1 can only cancel a task that has not started running yet.</source>
        <translation>%1 kann nur Aufträge abbrechen, deren Ausführung noch nicht begonnen hat.</translation>
    </message>
    <message>
        <source>The task has no provider id yet.</source>
        <translation>Der Auftrag hat noch keine ID des Anbieters.</translation>
    </message>
    <message>
        <source>A cancel of this task is already on its way.</source>
        <translation>Ein Abbruch dieses Auftrags ist bereits unterwegs.</translation>
    </message>
    <message>
        <source>The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.</source>
        <translation>Das Ergebnis der Sendeanfrage ist unbekannt: Verwenden Sie „Erneut prüfen“ – oder „Trotzdem senden“, wenn Sie sicher sind, dass kein Auftrag angelegt wurde.</translation>
    </message>
    <message>
        <source>Only failed, cancelled, timed-out, rejected or lost tasks can be retried.</source>
        <translation>Nur fehlgeschlagene, abgebrochene, wegen Zeitüberschreitung beendete, abgelehnte oder verlorene Aufträge können wiederholt werden.</translation>
    </message>
    <message>
        <source>The provider has not given this task an id yet, so it cannot be looked up.</source>
        <translation>Der Anbieter hat diesem Auftrag noch keine ID gegeben, daher kann er nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>The task has ended; there is nothing to refresh.</source>
        <translation>Der Auftrag ist beendet; es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 cannot look a task up without its id, and QueueLens never received an id for this task. Look for it on the provider&apos;s website; use Submit anyway only if you are sure that no task was created, because a second task may be billed.</source>
        <translation>%1 kann einen Auftrag ohne seine ID nicht nachschlagen, und QueueLens hat für diesen Auftrag nie eine ID erhalten. Suchen Sie ihn auf der Website des Anbieters; verwenden Sie „Trotzdem senden“ nur, wenn Sie sicher sind, dass kein Auftrag angelegt wurde, denn ein zweiter Auftrag kann abgerechnet werden.</translation>
    </message>
    <message>
        <source>Submit anyway is only for tasks whose submit outcome is unknown.</source>
        <translation>„Trotzdem senden“ gilt nur für Aufträge, bei denen das Ergebnis der Sendeanfrage unbekannt ist.</translation>
    </message>
    <message>
        <source>Another bulk action is already working on this task.</source>
        <translation>Eine andere Sammelaktion bearbeitet diesen Auftrag bereits.</translation>
    </message>
    <message>
        <source>No API key is set for the profile &quot;%1&quot;. Enter it in the profile settings.</source>
        <translation>Für das Profil „%1“ ist kein API-Schlüssel festgelegt. Geben Sie ihn in den Profileinstellungen ein.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s task id.</source>
        <translation>Geben Sie die Auftrags-ID des Anbieters ein.</translation>
    </message>
    <message>
        <source>The submit got no clear answer (%1). The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>Die Sendeanfrage hat keine eindeutige Antwort erhalten (%1). Der Anbieter hat den Auftrag möglicherweise angelegt: Verwenden Sie „Erneut prüfen“ oder sehen Sie auf der Website des Anbieters nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>An HTML page came back instead of the provider&apos;s JSON: often a network login page, a proxy, or a base URL that points at a website instead of the API. Open the profile&apos;s base URL in a browser and check it in the profile settings.</source>
        <translation>Statt des JSON des Anbieters kam eine HTML-Seite zurück: oft eine Anmeldeseite des Netzwerks, ein Proxy oder eine Basis-URL, die auf eine Website statt auf die API zeigt. Öffnen Sie die Basis-URL des Profils im Browser und prüfen Sie sie in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>The provider accepted the submit (HTTP %1) but sent no task id.</source>
        <translation>Der Anbieter hat die Sendeanfrage angenommen (HTTP %1), aber keine Auftrags-ID gesendet.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>Der Anbieter hat %n Mal geantwortet, dass er den Auftrag %1 nicht kennt.</numerusform>
            <numerusform>Der Anbieter hat %n Mal hintereinander geantwortet, dass er den Auftrag %1 nicht kennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task had already ended; its final state is adopted.</source>
        <translation>Der Auftrag war bereits beendet; sein Endstatus wird übernommen.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Ein Profil benötigt eine ID.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address.</source>
        <translation>Die Basis-URL muss eine vollständige http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The request id %1 of task %2 could not be saved: %3 Note it down: QueueLens keeps it in memory and tries to save it again.</source>
        <translation>Die Anfrage-ID %1 von Auftrag %2 konnte nicht gespeichert werden: %3 Notieren Sie sie: QueueLens hält sie im Arbeitsspeicher und versucht erneut, sie zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>Änderungen an %n Auftrag konnten nicht gespeichert werden: %1 QueueLens hält sie im Arbeitsspeicher und versucht es erneut; solange QueueLens läuft, geht nichts verloren.</numerusform>
            <numerusform>Änderungen an %n Aufträgen konnten nicht gespeichert werden: %1 QueueLens hält sie im Arbeitsspeicher und versucht es erneut; solange QueueLens läuft, geht nichts verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the key of profile &quot;%1&quot; on this machine; left to an operator who has it.</source>
        <translation>Benötigt den Schlüssel des Profils „%1“ auf diesem Computer; bleibt einem Benutzer überlassen, der ihn hat.</translation>
    </message>
    <message>
        <source>QueueLens stopped before the submit was answered. The provider may have created the task: use Check again, or look on the provider&apos;s website, before submitting again.</source>
        <translation>QueueLens wurde beendet, bevor die Sendeanfrage beantwortet wurde. Der Anbieter hat den Auftrag möglicherweise angelegt: Verwenden Sie „Erneut prüfen“ oder sehen Sie auf der Website des Anbieters nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The task was removed.</source>
        <translation>Der Auftrag wurde entfernt.</translation>
    </message>
    <message>
        <source>Another QueueLens process (%1, process %2 on %3) is following this task right now; act on it there, or wait until that process exits.</source>
        <translation>Ein anderer QueueLens-Prozess (%1, Prozess %2 auf %3) verfolgt diesen Auftrag gerade; bearbeiten Sie ihn dort oder warten Sie, bis dieser Prozess beendet ist.</translation>
    </message>
    <message>
        <source>The task database could not hand this task over: %1</source>
        <translation>Die Auftragsdatenbank konnte diesen Auftrag nicht übergeben: %1</translation>
    </message>
    <message>
        <source>Result downloaded with the profile&apos;s key: %1</source>
        <translation>Ergebnis mit dem Schlüssel des Profils heruntergeladen: %1</translation>
    </message>
    <message>
        <source>The result could not be downloaded (%1); it stays at %2, which needs the profile&apos;s key.</source>
        <translation>Das Ergebnis konnte nicht heruntergeladen werden (%1); es bleibt unter %2 und erfordert den Schlüssel des Profils.</translation>
    </message>
    <message>
        <source>The network seems to be down. QueueLens checks it now and then and resumes polling when it is back.</source>
        <translation>Das Netzwerk scheint ausgefallen zu sein. QueueLens prüft es regelmäßig und setzt das Abfragen fort, sobald es wieder verfügbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>Der Auftrag wurde nicht innerhalb von %n Sekunde beendet, der Frist des Profils „%1“. Der Anbieter kann ihn trotzdem noch abschließen.</numerusform>
            <numerusform>Der Auftrag wurde nicht innerhalb von %n Sekunden beendet, der Frist des Profils „%1“. Der Anbieter kann ihn trotzdem noch abschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in the provider&apos;s task list as %1.</source>
        <translation>In der Auftragsliste des Anbieters als %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>Die Auftragsliste des Anbieters reicht nicht bis zur Sendeanfrage dieses Auftrags zurück: Sie lieferte eine volle Seite mit %n neueren Auftrag. Der Auftrag existiert möglicherweise; suchen Sie ihn auf der Website des Anbieters, bevor Sie ihn erneut senden.</numerusform>
            <numerusform>Die Auftragsliste des Anbieters reicht nicht bis zur Sendeanfrage dieses Auftrags zurück: Sie lieferte eine volle Seite mit %n neueren Aufträgen. Der Auftrag existiert möglicherweise; suchen Sie ihn auf der Website des Anbieters, bevor Sie ihn erneut senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>Der Auftrag wurde nicht in der Auftragsliste des Anbieters gefunden: Innerhalb von %n Minute nach seiner Sendeanfrage wurde kein Auftrag mit demselben Modell und Prompt angelegt. Er wurde vermutlich nie angelegt.</numerusform>
            <numerusform>Der Auftrag wurde nicht in der Auftragsliste des Anbieters gefunden: Innerhalb von %n Minuten nach seiner Sendeanfrage wurde kein Auftrag mit demselben Modell und Prompt angelegt. Er wurde vermutlich nie angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>Die Auftragsliste des Anbieters ist nicht eindeutig: %n Auftrag hat dasselbe Modell und denselben Prompt und wurde um den Zeitpunkt der Sendeanfrage dieses Auftrags angelegt. QueueLens rät nicht, welcher davon dieser Auftrag ist; suchen Sie ihn auf der Website des Anbieters.</numerusform>
            <numerusform>Die Auftragsliste des Anbieters ist nicht eindeutig: %n Aufträge haben dasselbe Modell und denselben Prompt und wurden um den Zeitpunkt der Sendeanfrage dieses Auftrags angelegt. QueueLens rät nicht, welcher davon dieser Auftrag ist; suchen Sie ihn auf der Website des Anbieters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed; the result is being downloaded with the profile&apos;s key before the task is marked succeeded.</source>
        <translation>Abgeschlossen; das Ergebnis wird mit dem Schlüssel des Profils heruntergeladen, bevor der Auftrag als erfolgreich markiert wird.</translation>
    </message>
    <message>
        <source>The cancel could not be passed on: %1</source>
        <translation>Der Abbruch konnte nicht weitergegeben werden: %1</translation>
    </message>
    <message>
        <source>Cancel passed on to the QueueLens process that follows this task.</source>
        <translation>Abbruch an den QueueLens-Prozess weitergegeben, der diesen Auftrag verfolgt.</translation>
    </message>
    <message>
        <source>The task could not be removed: %1</source>
        <translation>Der Auftrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The task history could not be read completely: %1</source>
        <translation>Der Auftragsverlauf konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>The task database accepts changes again; everything kept in memory is now saved.</source>
        <translation>Die Auftragsdatenbank nimmt wieder Änderungen an; alles im Arbeitsspeicher Gehaltene ist jetzt gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>%n Änderung, die auf diesem Computer zwischengespeichert wurde, während der gemeinsame Verlauf nicht erreichbar war, wurde jetzt dorthin geschrieben.</numerusform>
            <numerusform>%n Änderungen, die auf diesem Computer zwischengespeichert wurden, während der gemeinsame Verlauf nicht erreichbar war, wurden jetzt dorthin geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes kept on this computer while the shared history was out of reach could not be written yet (%1); QueueLens tries again at its next start.</source>
        <translation>Änderungen, die auf diesem Computer zwischengespeichert wurden, während der gemeinsame Verlauf nicht erreichbar war, konnten noch nicht geschrieben werden (%1); QueueLens versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n Auftrag dieses Profils ist noch nicht beendet. Brechen Sie ihn zuerst ab oder entfernen Sie ihn.</numerusform>
            <numerusform>%n Aufträge dieses Profils sind noch nicht beendet. Brechen Sie sie zuerst ab oder entfernen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be removed: %1</source>
        <translation>Das Profil konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The task could not be saved, so it was not sent: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The task could not be saved: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The task database is not available. Tasks are kept only until QueueLens quits.</source>
        <translation>Die Auftragsdatenbank ist nicht verfügbar. Aufträge bleiben nur erhalten, bis QueueLens beendet wird.</translation>
    </message>
    <message>
        <source>The task database is not available (%1). Tasks are kept only until QueueLens quits.</source>
        <translation>Die Auftragsdatenbank ist nicht verfügbar (%1). Aufträge bleiben nur erhalten, bis QueueLens beendet wird.</translation>
    </message>
</context>
<context>
    <name>TaskExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Showing only tasks that failed with %1 (%2)</source>
        <translation>Nur Aufträge, die mit %1 (%2) fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Search id, prompt, error code…</source>
        <translation>ID, Prompt, Fehlercode suchen…</translation>
    </message>
    <message>
        <source>Shows tasks whose remote id, prompt, model or error code contain every word typed (%1)</source>
        <translation>Zeigt Aufträge, deren Remote-ID, Prompt, Modell oder Fehlercode alle eingegebenen Wörter enthält (%1)</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Clear this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter entfernen</translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message>
        <source>An id cannot contain spaces. Put one id on each line.</source>
        <translation>Eine ID darf keine Leerzeichen enthalten. Geben Sie eine ID pro Zeile ein.</translation>
    </message>
    <message>
        <source>Too long for a task id (more than %1 characters).</source>
        <translation>Zu lang für eine Auftrags-ID (mehr als %1 Zeichen).</translation>
    </message>
    <message>
        <source>Same id as line %1; imported once.</source>
        <translation>Gleiche ID wie in Zeile %1; wird einmal importiert.</translation>
    </message>
    <message>
        <source>Already tracked as task #%1.</source>
        <translation>Wird bereits als Auftrag #%1 verfolgt.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The JSON file holds no task list: expected an array of tasks, or an object with a &quot;tasks&quot; array.</source>
        <translation>Die JSON-Datei enthält keine Auftragsliste: Erwartet wird ein Array von Aufträgen oder ein Objekt mit einem Array „tasks“.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load task ids</source>
        <translation>Auftrags-IDs laden</translation>
    </message>
    <message>
        <source>Text, CSV or JSON files (*.txt *.csv *.json);;All files (*)</source>
        <translation>Text-, CSV- oder JSON-Dateien (*.txt *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No provider profile yet. Add one in Settings first.</source>
        <translation>Noch kein Anbieterprofil. Fügen Sie zuerst in den Einstellungen eines hinzu.</translation>
    </message>
    <message>
        <source>Paste remote task ids, one per line, or load a text, CSV or JSON file.</source>
        <translation>Fügen Sie Remote-IDs von Aufträgen ein, eine pro Zeile, oder laden Sie eine Text-, CSV- oder JSON-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n ID bereit zum Import.</numerusform>
            <numerusform>%n IDs bereit zum Import.</numerusform>
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
            <numerusform>%n ID bereit zum Import</numerusform>
            <numerusform>%n IDs bereit zum Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n Zeile wird übersprungen (siehe unten).</numerusform>
            <numerusform>%n Zeilen werden übersprungen (siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the tasks already tracked…</source>
        <translation>Bereits verfolgte Aufträge werden ermittelt…</translation>
    </message>
    <message>
        <source>Tracking as task #%1</source>
        <translation>Wird als Auftrag #%1 verfolgt</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
    <message>
        <source>Imported %1 of %2…</source>
        <translation>%1 von %2 importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>%n Auftrag wird jetzt verfolgt.</numerusform>
            <numerusform>%n Aufträge werden jetzt verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Aufträge importieren</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Profile the tasks belong to</source>
        <translation>Profil, zu dem die Aufträge gehören</translation>
    </message>
    <message>
        <source>Model of the imported tasks</source>
        <translation>Modell der importierten Aufträge</translation>
    </message>
    <message>
        <source>Kind of the imported tasks</source>
        <translation>Art der importierten Aufträge</translation>
    </message>
    <message>
        <source>Remote task ids</source>
        <translation>Remote-IDs der Aufträge</translation>
    </message>
    <message>
        <source>task-unified-1757165031-uyujaw3d
…</source>
        <translation>task-unified-1757165031-uyujaw3d
…</translation>
    </message>
    <message>
        <source>Result per line</source>
        <translation>Ergebnis pro Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Some providers need the model or kind to find a task; use what it was created with.</source>
        <translation>Manche Anbieter benötigen Modell oder Art, um einen Auftrag zu finden; verwenden Sie die Werte, mit denen er angelegt wurde.</translation>
    </message>
    <message>
        <source>Remote task i&amp;ds (one per line):</source>
        <translation>Remote-I&amp;Ds der Aufträge (eine pro Zeile):</translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Position in der Warteschlange</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Task %1 · %2 · %3</source>
        <translation>Auftrag %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Provider said: %1</source>
        <translation>Meldung des Anbieters: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>queue position %1</source>
        <translation>Position %1 in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
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
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Loading the task history…</source>
        <translation>Auftragsverlauf wird geladen…</translation>
    </message>
    <message>
        <source>No tasks yet.
Press %1 to submit one, or %2 to track tasks created elsewhere.</source>
        <translation>Noch keine Aufträge.
Drücken Sie %1, um einen zu senden, oder %2, um anderswo angelegte Aufträge zu verfolgen.</translation>
    </message>
    <message>
        <source>No task matches the current filter.
%1 shows all tasks again.</source>
        <translation>Kein Auftrag entspricht dem aktuellen Filter.
%1 zeigt wieder alle Aufträge an.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TaskStates</name>
    <message>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>TaskStatistics</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Entscheidung nötig</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The task database is not open.</source>
        <translation>Die Auftragsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>task %1 changed while it was being saved</source>
        <translation>Auftrag %1 wurde während des Speicherns geändert</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3)</source>
        <translation>Die Datenbank %1 wurde von einer neueren QueueLens-Version geschrieben (Schema %2, diese Version kennt Schemas bis %3)</translation>
    </message>
    <message>
        <source>Connected. The database is empty: QueueLens creates its tables the first time it starts with this database.</source>
        <translation>Verbunden. Die Datenbank ist leer: QueueLens legt seine Tabellen beim ersten Start mit dieser Datenbank an.</translation>
    </message>
    <message>
        <source>Connected. The database holds a QueueLens history (schema %1).</source>
        <translation>Verbunden. Die Datenbank enthält einen QueueLens-Verlauf (Schema %1).</translation>
    </message>
    <message>
        <source>QueueLens cannot use its task database: %1.</source>
        <translation>QueueLens kann seine Auftragsdatenbank nicht verwenden: %1.</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer QueueLens (schema %2, this version knows up to %3); update QueueLens or choose another database</source>
        <translation>Die Datenbank %1 wurde von einer neueren QueueLens-Version geschrieben (Schema %2, diese Version kennt Schemas bis %3); aktualisieren Sie QueueLens oder wählen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>the database %1 was updated meanwhile by a newer QueueLens (schema %2)</source>
        <translation>Die Datenbank %1 wurde zwischenzeitlich von einer neueren QueueLens-Version aktualisiert (Schema %2)</translation>
    </message>
    <message>
        <source>updating it to schema %1 failed: %2</source>
        <translation>Die Aktualisierung auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database %1 gave the new task no id</source>
        <translation>Die Datenbank %1 hat dem neuen Auftrag keine ID gegeben</translation>
    </message>
    <message>
        <source>task %1 is no longer running</source>
        <translation>Auftrag %1 läuft nicht mehr</translation>
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
        <translation>Empfohlene Schritte:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a task state, then why the task needs attention</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The submit got no clear answer, so the provider may or may not have created the task. Use Check again to look it up, or Submit anyway to send it again.</source>
        <translation>Die Sendeanfrage hat keine eindeutige Antwort erhalten; der Anbieter hat den Auftrag also möglicherweise angelegt. Schlagen Sie ihn mit „Erneut prüfen“ nach oder senden Sie ihn mit „Trotzdem senden“ erneut.</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>Platz %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>working</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider / profile</source>
        <translation>Anbieter / Profil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Gesendet von</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Die Datei %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only http and https results can be downloaded.</source>
        <translation>Nur http- und https-Ergebnisse können heruntergeladen werden.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Auftrag #%1 erfolgreich</translation>
    </message>
    <message>
        <source>Task #%1: %2</source>
        <translation>Auftrag #%1: %2</translation>
    </message>
    <message>
        <source>Task #%1 failed</source>
        <translation>Auftrag #%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n Auftrag erfolgreich</numerusform>
            <numerusform>%n Aufträge erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen</numerusform>
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
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n braucht eine Entscheidung</numerusform>
            <numerusform>%n brauchen eine Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>QueueLens: no tasks</source>
        <translation>QueueLens: keine Aufträge</translation>
    </message>
    <message>
        <source>QueueLens: %1</source>
        <translation>QueueLens: %1</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfragen pausiert</translation>
    </message>
    <message>
        <source>&amp;Show QueueLens</source>
        <translation>QueueLens &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ViduAdapter</name>
    <message>
        <source>Vidu has no &quot;%1&quot; endpoint. Choose one of: %2.</source>
        <translation>Vidu hat keinen Endpunkt „%1“. Wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Vidu text2video takes no images: remove &quot;images&quot; or choose img2video.</source>
        <translation>Vidu text2video akzeptiert keine Bilder: Entfernen Sie „images“ oder wählen Sie img2video.</translation>
    </message>
    <message>
        <source>Vidu img2video needs &quot;images&quot; as an array with exactly one image URL.</source>
        <translation>Vidu img2video benötigt „images“ als Array mit genau einer Bild-URL.</translation>
    </message>
    <message>
        <source>Vidu start-end2video needs &quot;images&quot; as an array of two image URLs: the first and the last frame.</source>
        <translation>Vidu start-end2video benötigt „images“ als Array mit zwei Bild-URLs: dem ersten und dem letzten Frame.</translation>
    </message>
    <message>
        <source>Vidu reference2video needs &quot;images&quot; as an array of one to seven image URLs, or &quot;subjects&quot;.</source>
        <translation>Vidu reference2video benötigt „images“ als Array mit einer bis sieben Bild-URLs oder „subjects“.</translation>
    </message>
    <message>
        <source>Vidu template2video needs the template&apos;s name in &quot;template&quot; (the template picks the model).</source>
        <translation>Vidu template2video benötigt den Namen der Vorlage in „template“ (die Vorlage bestimmt das Modell).</translation>
    </message>
    <message>
        <source>Vidu template2video needs &quot;images&quot; as an array of image URLs.</source>
        <translation>Vidu template2video benötigt „images“ als Array von Bild-URLs.</translation>
    </message>
    <message>
        <source>Vidu reference2image with viduq1 needs &quot;images&quot; as an array of reference image URLs.</source>
        <translation>Vidu reference2image mit viduq1 benötigt „images“ als Array von Referenzbild-URLs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Vidu model name (for example viduq1).</source>
        <translation>„%1“ ist kein Vidu-Modellname (zum Beispiel viduq1).</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Video aus Text</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Video aus Bild</translation>
    </message>
    <message>
        <source>Reference images to video</source>
        <translation>Video aus Referenzbildern</translation>
    </message>
    <message>
        <source>First and last frame to video</source>
        <translation>Video aus erstem und letztem Frame</translation>
    </message>
    <message>
        <source>Template to video</source>
        <translation>Video aus Vorlage</translation>
    </message>
    <message>
        <source>Reference images to image</source>
        <translation>Bild aus Referenzbildern</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follow every live task (or the ones named) until all have finished; one line per change. Tasks that other QueueLens processes submit meanwhile are followed too.</source>
        <translation>Alle aktiven Aufträge (oder die genannten) verfolgen, bis alle beendet sind; eine Zeile pro Änderung. Aufträge, die andere QueueLens-Prozesse währenddessen senden, werden ebenfalls verfolgt.</translation>
    </message>
    <message>
        <source>Only these tasks (default: every live task).</source>
        <translation>Nur diese Aufträge (Standard: alle aktiven Aufträge).</translation>
    </message>
    <message>
        <source>Only tasks of this provider.</source>
        <translation>Nur Aufträge dieses Anbieters.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep running when nothing is live, waiting for tasks that other processes submit (stop with Ctrl+C).</source>
        <translation>Weiterlaufen, wenn nichts aktiv ist, und auf Aufträge warten, die andere Prozesse senden (Beenden mit Strg+C).</translation>
    </message>
    <message>
        <source>Without task ids, watch follows every live task in the database, including tasks that other QueueLens processes (the desktop app, other queuelens-cli runs) add while it runs, and takes over the polling of tasks whose process has exited or died. It exits when no task in the database is live any more (with --follow: only on Ctrl+C). With task ids, it exits when those tasks have finished.</source>
        <translation>Ohne Auftrags-IDs verfolgt watch alle aktiven Aufträge in der Datenbank, auch solche, die andere QueueLens-Prozesse (die Desktop-App, andere queuelens-cli-Aufrufe) während der Laufzeit hinzufügen, und übernimmt das Abfragen von Aufträgen, deren Prozess beendet oder abgestürzt ist. Der Befehl endet, wenn in der Datenbank kein Auftrag mehr aktiv ist (mit --follow: nur bei Strg+C). Mit Auftrags-IDs endet er, wenn diese Aufträge beendet sind.</translation>
    </message>
    <message>
        <source>“%1” is not a task id</source>
        <translation>„%1“ ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>there is no task %1 in %2</source>
        <translation>Es gibt keinen Auftrag %1 in %2</translation>
    </message>
    <message>
        <source>the profile “%1” no longer exists</source>
        <translation>Das Profil „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <source>Not watching task %1: %2</source>
        <translation>Auftrag %1 wird nicht verfolgt: %2</translation>
    </message>
    <message>
        <source>No live tasks to watch.</source>
        <translation>Keine aktiven Aufträge zu verfolgen.</translation>
    </message>
    <message>
        <source>Stopped watching; the tasks keep running at the provider.</source>
        <translation>Verfolgung beendet; die Aufträge laufen beim Anbieter weiter.</translation>
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
        <translation>Desktop-Cockpit für asynchrone KI-Bild- und Videogenerierung.</translation>
    </message>
    <message>
        <source>Run the built-in provider sandbox and use it for every provider.</source>
        <translation>Die integrierte Anbieter-Sandbox starten und für alle Anbieter verwenden.</translation>
    </message>
    <message>
        <source>Task database: a file, or a team&apos;s PostgreSQL server as postgresql://user@host:port/database.</source>
        <translation>Auftragsdatenbank: eine Datei oder der PostgreSQL-Server eines Teams als postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>Datei oder URI</translation>
    </message>
    <message>
        <source>UI language, e.g. zh_CN or ru.</source>
        <translation>Sprache der Oberfläche, z. B. zh_CN oder ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after start-up, then quit.</source>
        <translation>Nach dem Start ein Bild des Fensters in &lt;Datei&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Seed for the sandbox&apos;s random outcome mix.</source>
        <translation>Startwert für die zufällige Ergebnismischung der Sandbox.</translation>
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
        <translation>Die Auftragsdatenbank konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>The shared history could not be opened:
%1</source>
        <translation>Der gemeinsame Verlauf konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Open this computer&apos;s history</source>
        <translation>Verlauf dieses Computers öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
</TS>
