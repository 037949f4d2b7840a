<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartsWidget</name>
    <message numerus="yes">
        <source>%1 · %2
%3
%n task(s)</source>
        <translation>
            <numerusform>%1 · %2
%3
%n task</numerusform>
            <numerusform>%1 · %2
%3
%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message numerus="yes">
        <source>Retry-After: %n s</source>
        <translation>
            <numerusform>Retry-After: %n s</numerusform>
            <numerusform>Retry-After: %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Retry in %n s</numerusform>
            <numerusform>Retry in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureGroupsModel</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n task failed with %1 (%2)</numerusform>
            <numerusform>%n tasks failed with %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureGroupsView</name>
    <message numerus="yes">
        <source>%n task(s) failed with %1 (%2)</source>
        <translation>
            <numerusform>%n task failed with %1 (%2)</numerusform>
            <numerusform>%n tasks failed with %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Submitted %n task(s).</source>
        <translation>
            <numerusform>Submitted %n task.</numerusform>
            <numerusform>Submitted %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n task selected</numerusform>
            <numerusform>%n tasks selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n task(s)</source>
        <translation>
            <numerusform>Export %n task</numerusform>
            <numerusform>Export %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFileActions</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <extracomment>The last line of a list of import notes; %n counts the notes not shown.</extracomment>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n profile(s).</source>
        <translation>
            <numerusform>Added %n profile.</numerusform>
            <numerusform>Added %n profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n profile(s).</source>
        <translation>
            <numerusform>Updated %n profile.</numerusform>
            <numerusform>Updated %n profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to “%1”.</source>
        <translation>
            <numerusform>Saved %n profile to “%1”.</numerusform>
            <numerusform>Saved %n profiles to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) in the file already exist here: %1.</source>
        <translation>
            <numerusform>%n profile in the file already exists here: %1.</numerusform>
            <numerusform>%n profiles in the file already exist here: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateSidebar</name>
    <message numerus="yes">
        <source>Retry all %n in “%1”</source>
        <extracomment>A context menu of the sidebar: %1 is a state (&quot;Failed&quot;), a provider or a profile; %n the number of tasks in it.</extracomment>
        <translation>
            <numerusform>Retry the %n task in “%1”</numerusform>
            <numerusform>Retry all %n in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n in “%1”</source>
        <translation>
            <numerusform>Cancel the %n task in “%1”</numerusform>
            <numerusform>Cancel all %n in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n in “%1” from the list</source>
        <translation>
            <numerusform>Remove the %n task in “%1” from the list</numerusform>
            <numerusform>Remove all %n in “%1” from the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitPanel</name>
    <message numerus="yes">
        <source>Submitting %n task(s)…</source>
        <translation>
            <numerusform>Submitting %n task…</numerusform>
            <numerusform>Submitting %n tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n task(s): %1</source>
        <translation>
            <numerusform>Submitted %n task: %1</numerusform>
            <numerusform>Submitted %n tasks: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActionController</name>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a list of operator names: &quot;Ana, Li and 3 more&quot; (%n counts operators).</extracomment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</source>
        <translation>
            <numerusform>One of these tasks was submitted by another operator (%1). Apply “%2” to it too?</numerusform>
            <numerusform>%n of these tasks were submitted by other operators (%1). Apply “%2” to them too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first submit of %n task(s) got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</source>
        <translation>
            <numerusform>The first submit of this task got no clear answer: the provider may already have created it. Submitting again can create a duplicate, and it may be billed.

Use Check again first if you are not sure.</numerusform>
            <numerusform>The first submit of %n tasks got no clear answer: the provider may already have created them. Submitting again can create duplicates, and each one may be billed.

Use Check again first if you are not sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</source>
        <translation>
            <numerusform>One of the tasks to remove is not finished. Removing it only stops tracking it here; the provider keeps running (and billing) it. Cancel it first to stop it.</numerusform>
            <numerusform>%n of the tasks to remove are not finished. Removing them only stops tracking them here; the provider keeps running (and billing) them. Cancel them first to stop them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n task(s) and their history from the list? Result files already downloaded stay in the download folder.</source>
        <translation>
            <numerusform>Remove %n task and its history from the list? Result files already downloaded stay in the download folder.</numerusform>
            <numerusform>Remove %n tasks and their history from the list? Result files already downloaded stay in the download folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n task(s) with the same parameters? Each retry is a new submit and may be billed.</source>
        <translation>
            <numerusform>Retry %n task with the same parameters? Each retry is a new submit and may be billed.</numerusform>
            <numerusform>Retry %n tasks with the same parameters? Each retry is a new submit and may be billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Copied %n id.</numerusform>
            <numerusform>Copied %n ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %2 of %n task(s).</source>
        <extracomment>%1 is an action&apos;s name (Retry, Cancel task…), %2 how many tasks it worked for, %n how many were asked.</extracomment>
        <translation>
            <numerusform>%1: done for %2 of %n task.</numerusform>
            <numerusform>%1: done for %2 of %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n.</source>
        <translation>
            <numerusform>Not done: %n.</numerusform>
            <numerusform>Not done: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message numerus="yes">
        <source>None of the %n selected tasks qualifies: %1</source>
        <translation>
            <numerusform>The selected task does not qualify: %1</numerusform>
            <numerusform>None of the %n selected tasks qualifies: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to %1 of %n selected tasks; the others are skipped: %2</source>
        <translation>
            <numerusform>Applies to %1 of %n selected task: %2</numerusform>
            <numerusform>Applies to %1 of %n selected tasks; the others are skipped: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message numerus="yes">
        <source>Downloading %n file(s) to %1…</source>
        <translation>
            <numerusform>Downloading %n file to %1…</numerusform>
            <numerusform>Downloading %n files to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message numerus="yes">
        <source>The provider answered %n time(s) in a row that it does not know the task %1.</source>
        <translation>
            <numerusform>The provider answered that it does not know the task %1.</numerusform>
            <numerusform>The provider answered %n times in a row that it does not know the task %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes to %n task(s) could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</source>
        <translation>
            <numerusform>Changes to %n task could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</numerusform>
            <numerusform>Changes to %n tasks could not be saved: %1 QueueLens keeps them in memory and tries again; nothing is lost while it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task did not finish within %n second(s), the deadline of the profile &quot;%1&quot;. The provider may still complete it.</source>
        <translation>
            <numerusform>The task did not finish within %n second, the deadline of the profile &quot;%1&quot;. The provider may still complete it.</numerusform>
            <numerusform>The task did not finish within %n seconds, the deadline of the profile &quot;%1&quot;. The provider may still complete it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task(s). The task may exist; look for it on the provider&apos;s website before submitting it again.</source>
        <translation>
            <numerusform>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer task. The task may exist; look for it on the provider&apos;s website before submitting it again.</numerusform>
            <numerusform>The provider&apos;s task list does not go back as far as this task&apos;s submit: it returned a full page of %n newer tasks. The task may exist; look for it on the provider&apos;s website before submitting it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute(s) of its submit. It was probably never created.</source>
        <translation>
            <numerusform>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minute of its submit. It was probably never created.</numerusform>
            <numerusform>The task was not found in the provider&apos;s task list: no task with the same model and prompt was created within %n minutes of its submit. It was probably never created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider&apos;s task list is ambiguous: %n task(s) have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</source>
        <translation>
            <numerusform>The provider&apos;s task list is ambiguous: %n task has the same model and prompt and was created around this task&apos;s submit. QueueLens does not guess whether it is this task; look for it on the provider&apos;s website.</numerusform>
            <numerusform>The provider&apos;s task list is ambiguous: %n tasks have the same model and prompt and were created around this task&apos;s submit. QueueLens does not guess which one is this task; look for it on the provider&apos;s website.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this computer while the shared history was out of reach were written to it now.</source>
        <translation>
            <numerusform>%n change kept on this computer while the shared history was out of reach was written to it now.</numerusform>
            <numerusform>%n changes kept on this computer while the shared history was out of reach were written to it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of this profile are not finished yet. Cancel or remove them first.</source>
        <translation>
            <numerusform>%n task of this profile is not finished yet. Cancel or remove it first.</numerusform>
            <numerusform>%n tasks of this profile are not finished yet. Cancel or remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskImportDialog</name>
    <message numerus="yes">
        <source>%n id(s) ready to import.</source>
        <translation>
            <numerusform>%n id ready to import.</numerusform>
            <numerusform>%n ids ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) ready to import</source>
        <translation>
            <numerusform>%n id ready to import</numerusform>
            <numerusform>%n ids ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be skipped (see below).</source>
        <translation>
            <numerusform>%n line will be skipped (see below).</numerusform>
            <numerusform>%n lines will be skipped (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now tracked.</source>
        <translation>
            <numerusform>%n task now tracked.</numerusform>
            <numerusform>%n tasks now tracked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskJson</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>%n task(s) succeeded</source>
        <extracomment>Grouped notification, e.g. &quot;12 tasks succeeded, 3 failed&quot;</extracomment>
        <translation>
            <numerusform>%n task succeeded</numerusform>
            <numerusform>%n tasks succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n task failed</numerusform>
            <numerusform>%n tasks failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 failed&quot;); the same words end &quot;12 tasks succeeded, 3 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>%n needs a decision</numerusform>
            <numerusform>%n need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <extracomment>One count in the tray&apos;s summary (&quot;3 running, 2 succeeded&quot;).</extracomment>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
</context>
</TS>
