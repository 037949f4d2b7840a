// ActionPolicy: every reason an operator action is refused, with the real adapters'
// capabilities (FoxAPI and new-api have no cancel call, Vidu cancels live tasks in any state).

#include "engine/actionpolicy.h"
#include "engine/errorpolicy.h"

#include "builtinproviders.h"
#include "provideradapterregistry.h"

#include <QTest>

namespace {

ProviderProfile profileFor(const QString &provider, const QString &name = QStringLiteral("My profile"))
{
    ProviderProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = name;
    profile.provider = provider;
    profile.baseUrl = QUrl(QStringLiteral("https://api.example"));
    return profile;
}

Task taskIn(const QString &provider, TaskState state, const QString &remoteId = QStringLiteral("r1"))
{
    Task task;
    task.id = 3;
    task.provider = provider;
    task.profileId = QStringLiteral("p1");
    task.remoteId = remoteId;
    task.state = state;
    return task;
}

} // namespace

class TestActionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelBlockedReason_data();
    void cancelBlockedReason();
    void cancelUnsupportedUsesTheAdaptersReason();
    void retryBlockedReason_data();
    void retryBlockedReason();
    void refreshBlockedReason_data();
    void refreshBlockedReason();
    void checkAgainWithoutIdNamesTheProvider();
    void checkAgainWithoutIdSearchesTheList();
    void submitAnywayBlockedReason();
    void bulkBusyReason();
    void submitBlockedReason();
    void trackBlockedReason();
    void profilesAreNamedByNameOrId();

private:
    ActionContext context(const QString &provider, TaskState state, const QString &remoteId = QStringLiteral("r1")) const
    {
        ActionContext c;
        c.task = TaskSummary::of(taskIn(provider, state, remoteId));
        c.adapter = m_registry.adapter(provider);
        c.profile = profileFor(provider);
        return c;
    }

    ProviderAdapterRegistry m_registry;
};

void TestActionPolicy::initTestCase()
{
    registerBuiltinProviders(m_registry);
}

void TestActionPolicy::cancelBlockedReason_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<bool>("cancelPending");
    QTest::addColumn<QString>("reason");   // "" = allowed

    const auto row = [](const char *name, const char *provider, const char *state, const char *remoteId,
                        bool cancelPending, const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(provider) << QString::fromLatin1(state) << QString::fromLatin1(remoteId)
                            << cancelPending << QString::fromLatin1(reason);
    };
    row("seaart queued", "seaart", "queued", "r1", false, "");
    row("seaart running", "seaart", "running", "r1", false, "");
    row("llmapi running", "llmapi", "running", "r1", false, "");
    row("vidu queued", "vidu", "queued", "r1", false, "");
    row("no adapter", "midjourney", "queued", "r1", false, "No adapter for provider \"midjourney\".");
    row("cancelling", "seaart", "cancelling", "r1", false, "The provider is already cancelling this task.");
    row("submitting", "seaart", "submitting", "", false,
        "The submit has not been answered yet; cancel once the task has an id.");
    row("unknown", "llmapi", "unknown", "", false,
        "QueueLens does not know whether this task exists; use Check again first.");
    row("succeeded", "seaart", "succeeded", "r1", false, "The task has already ended.");
    row("lost", "vidu", "lost", "r1", false, "The task has already ended.");
    row("vidu running", "vidu", "running", "r1", false, "");   // Vidu documents no such limit
    row("no remote id", "seaart", "queued", "", false, "The task has no provider id yet.");
    row("cancel on its way", "llmapi", "running", "r1", true, "A cancel of this task is already on its way.");
}

void TestActionPolicy::cancelBlockedReason()
{
    QFETCH(QString, provider);
    QFETCH(QString, state);
    QFETCH(QString, remoteId);
    QFETCH(bool, cancelPending);
    QFETCH(QString, reason);
    ActionContext c = context(provider, *TaskStates::fromId(state), remoteId);
    c.cancelPending = cancelPending;
    QCOMPARE(ActionPolicy::cancelBlockedReason(c), reason);
}

void TestActionPolicy::cancelUnsupportedUsesTheAdaptersReason()
{
    for (const QString &provider : {QStringLiteral("foxapi"), QStringLiteral("newapi")}) {
        const ActionContext c = context(provider, TaskState::Running);
        const QString expected = c.adapter->capabilities().cancelUnsupportedReason;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ActionPolicy::cancelBlockedReason(c), expected);
    }
}

void TestActionPolicy::retryBlockedReason_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("profile");
    QTest::addColumn<bool>("adapter");
    QTest::addColumn<bool>("keyMissing");
    QTest::addColumn<bool>("inFlight");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const char *state, bool profile, bool adapter, bool keyMissing, bool inFlight,
                        const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(state) << profile << adapter << keyMissing << inFlight
                            << QString::fromLatin1(reason);
    };
    row("failed", "failed", true, true, false, false, "");
    row("cancelled", "cancelled", true, true, false, false, "");
    row("timed out", "timed_out", true, true, false, false, "");
    row("rejected", "rejected", true, true, false, false, "");
    row("lost", "lost", true, true, false, false, "");
    row("unknown", "unknown", true, true, false, false,
        "The submit outcome is unknown: use Check again, or Submit anyway if you are sure no task was created.");
    row("running", "running", true, true, false, false,
        "Only failed, cancelled, timed-out, rejected or lost tasks can be retried.");
    row("succeeded", "succeeded", true, true, false, false,
        "Only failed, cancelled, timed-out, rejected or lost tasks can be retried.");
    row("profile gone", "failed", false, true, false, false, "The profile \"p1\" of this task no longer exists.");
    row("no adapter", "failed", true, false, false, false, "No adapter for provider \"seaart\".");
    row("no key", "failed", true, true, true, false, "The profile \"My profile\" has no API key on this machine.");
    row("in flight", "failed", true, true, false, true, "A request for this task is still on its way; try again in a moment.");
}

void TestActionPolicy::retryBlockedReason()
{
    QFETCH(QString, state);
    QFETCH(bool, profile);
    QFETCH(bool, adapter);
    QFETCH(bool, keyMissing);
    QFETCH(bool, inFlight);
    QFETCH(QString, reason);
    ActionContext c = context(QStringLiteral("seaart"), *TaskStates::fromId(state));
    if (!profile)
        c.profile.reset();
    if (!adapter)
        c.adapter = nullptr;
    c.keyMissing = keyMissing;
    c.requestInFlight = inFlight;
    QCOMPARE(ActionPolicy::retryBlockedReason(c), reason);
}

void TestActionPolicy::refreshBlockedReason_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("lastErrorCode");
    QTest::addColumn<QString>("reason");
    const char *ended = "The task has ended; there is nothing to refresh.";
    QTest::newRow("running") << "running" << "r1" << "" << "";
    QTest::newRow("cancelling") << "cancelling" << "r1" << "" << "";
    QTest::newRow("unknown with id") << "unknown" << "r1" << "" << "";
    QTest::newRow("lost") << "lost" << "r1" << "" << "";
    QTest::newRow("timed out by us") << "timed_out" << "r1" << "client_deadline" << "";
    QTest::newRow("timed out by provider") << "timed_out" << "r1" << "timeout" << "";
    QTest::newRow("no id") << "queued" << "" << ""
                           << "The provider has not given this task an id yet, so it cannot be looked up.";
    QTest::newRow("succeeded") << "succeeded" << "r1" << "" << ended;
    QTest::newRow("failed") << "failed" << "r1" << "" << ended;
    QTest::newRow("rejected") << "rejected" << "r1" << "" << ended;
}

void TestActionPolicy::refreshBlockedReason()
{
    QFETCH(QString, state);
    QFETCH(QString, remoteId);
    QFETCH(QString, lastErrorCode);
    QFETCH(QString, reason);
    Task task = taskIn(QStringLiteral("vidu"), *TaskStates::fromId(state), remoteId);
    if (!lastErrorCode.isEmpty())
        task.lastError = ErrorPolicy::clientError(lastErrorCode, ApiPhase::Poll, QStringLiteral("x"));
    QCOMPARE(ActionPolicy::refreshBlockedReason(TaskSummary::of(task)), reason);
    ActionContext c = context(QStringLiteral("vidu"), task.state, remoteId);
    c.task = TaskSummary::of(task);
    // Check again says the same once the task has an id.
    if (!remoteId.isEmpty())
        QCOMPARE(ActionPolicy::checkAgainBlockedReason(c), reason);
}

void TestActionPolicy::checkAgainWithoutIdNamesTheProvider()
{
    // SeaArt has no task list (LLMAPI and Vidu search theirs: checkAgainWithoutIdSearchesTheList).
    ActionContext c = context(QStringLiteral("seaart"), TaskState::Unknown, QString());
    const QString reason = ActionPolicy::checkAgainBlockedReason(c);
    QVERIFY2(reason.startsWith(QStringLiteral("SeaArt cannot look a task up without its id")), qPrintable(reason));
    c.adapter = nullptr;
    QVERIFY(ActionPolicy::checkAgainBlockedReason(c).startsWith(QStringLiteral("seaart cannot look")));
}

void TestActionPolicy::submitAnywayBlockedReason()
{
    ActionContext c = context(QStringLiteral("seaart"), TaskState::Unknown, QString());
    QCOMPARE(ActionPolicy::submitAnywayBlockedReason(c), QString());
    c.requestInFlight = true;
    QCOMPARE(ActionPolicy::submitAnywayBlockedReason(c),
             QStringLiteral("A request for this task is still on its way; try again in a moment."));
    c.requestInFlight = false;
    c.profile.reset();
    QCOMPARE(ActionPolicy::submitAnywayBlockedReason(c), QStringLiteral("The profile \"p1\" of this task no longer exists."));
    c = context(QStringLiteral("seaart"), TaskState::Failed);
    QCOMPARE(ActionPolicy::submitAnywayBlockedReason(c),
             QStringLiteral("Submit anyway is only for tasks whose submit outcome is unknown."));
}

void TestActionPolicy::bulkBusyReason()
{
    QCOMPARE(ActionPolicy::bulkBusyReason(false), QString());
    QCOMPARE(ActionPolicy::bulkBusyReason(true), QStringLiteral("Another bulk action is already working on this task."));
}

void TestActionPolicy::submitBlockedReason()
{
    const ProviderAdapter *vidu = m_registry.adapter(QStringLiteral("vidu"));
    TaskSpec spec;
    spec.model = QStringLiteral("viduq1");
    spec.kind = QStringLiteral("text2video");
    spec.prompt = QStringLiteral("a dragon");
    const ProviderProfile profile = profileFor(QStringLiteral("vidu"));
    QCOMPARE(ActionPolicy::submitBlockedReason(QStringLiteral("p1"), profile, vidu, spec, false), QString());
    QCOMPARE(ActionPolicy::submitBlockedReason(QStringLiteral("nope"), std::nullopt, nullptr, spec, false),
             QStringLiteral("There is no profile \"nope\"."));
    QCOMPARE(ActionPolicy::submitBlockedReason(QStringLiteral("p1"), profile, nullptr, spec, false),
             QStringLiteral("Unknown provider \"vidu\"."));
    QCOMPARE(ActionPolicy::submitBlockedReason(QStringLiteral("p1"), profile, vidu, spec, true),
             QStringLiteral("No API key is set for the profile \"My profile\". Enter it in the profile settings."));
    TaskSpec invalid = spec;
    invalid.kind = QStringLiteral("img2video");   // needs an image
    const QString reason = ActionPolicy::submitBlockedReason(QStringLiteral("p1"), profile, vidu, invalid, true);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(reason, vidu->validate(invalid));   // the spec is checked before the key
}

void TestActionPolicy::trackBlockedReason()
{
    QCOMPARE(ActionPolicy::trackBlockedReason(QStringLiteral("p1"), true, QStringLiteral(" r1 ")), QString());
    QCOMPARE(ActionPolicy::trackBlockedReason(QStringLiteral("p1"), true, QStringLiteral("  ")),
             QStringLiteral("Enter the provider's task id."));
    QCOMPARE(ActionPolicy::trackBlockedReason(QStringLiteral("p9"), false, QStringLiteral("r1")),
             QStringLiteral("There is no profile \"p9\"."));
}

void TestActionPolicy::profilesAreNamedByNameOrId()
{
    QCOMPARE(ActionPolicy::displayName(profileFor(QStringLiteral("vidu"))), QStringLiteral("My profile"));
    QCOMPARE(ActionPolicy::displayName(profileFor(QStringLiteral("vidu"), QString())), QStringLiteral("p1"));
    QCOMPARE(ActionPolicy::noApiKey(profileFor(QStringLiteral("vidu"), QString())),
             QStringLiteral("The profile \"p1\" has no API key on this machine."));
    QCOMPARE(ActionPolicy::noSuchTask(42), QStringLiteral("There is no task 42."));
}

void TestActionPolicy::checkAgainWithoutIdSearchesTheList()
{
    for (const QString &provider : {QStringLiteral("llmapi"), QStringLiteral("vidu")}) {
        ActionContext c = context(provider, TaskState::Unknown, QString());
        QVERIFY(c.adapter && c.adapter->capabilities().canList);
        QCOMPARE(ActionPolicy::checkAgainBlockedReason(c), QString());
        c.requestInFlight = true;
        QCOMPARE(ActionPolicy::checkAgainBlockedReason(c),
                 QStringLiteral("A request for this task is still on its way; try again in a moment."));
        c.requestInFlight = false;
        c.keyMissing = true;
        QVERIFY(ActionPolicy::checkAgainBlockedReason(c).endsWith(QStringLiteral("has no API key on this machine.")));
        c.keyMissing = false;
        c.profile.reset();
        QCOMPARE(ActionPolicy::checkAgainBlockedReason(c), QStringLiteral("The profile \"p1\" of this task no longer exists."));
        // Only an Unknown task is searched for; one still submitting has no id to look up yet.
        c = context(provider, TaskState::Queued, QString());
        QVERIFY(ActionPolicy::checkAgainBlockedReason(c).contains(QStringLiteral("without its id")));
        // Without an adapter nothing can be listed.
        c = context(provider, TaskState::Unknown, QString());
        c.adapter = nullptr;
        QVERIFY(ActionPolicy::checkAgainBlockedReason(c).startsWith(provider + QStringLiteral(" cannot look")));
    }
}

QTEST_GUILESS_MAIN(TestActionPolicy)
#include "tst_engine_actionpolicy.moc"
