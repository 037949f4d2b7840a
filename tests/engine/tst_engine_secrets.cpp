// SecretStore (key sources and their order, keychain failure) and Redactor. No real keychain
// job is ever started: the backend is the in-memory fake.

#include "redactor.h"
#include "engine/secretstore.h"
#include "fakekeychain.h"

#include "apierror.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ProviderProfile profile(const QString &id, const QString &env = {}, bool sandbox = false)
{
    ProviderProfile p;
    p.id = id;
    p.provider = QStringLiteral("vidu");
    p.baseUrl = QUrl(QStringLiteral("https://api.example"));
    p.keyEnvironmentVariable = env;
    p.sandbox = sandbox;
    return p;
}

} // namespace

class TestEngineSecrets : public QObject
{
    Q_OBJECT

private slots:
    void keychainKeysArePreloaded();
    void orderSessionEnvironmentKeychain();
    void sandboxProfilesWorkWithoutKey();
    void persistedKeyGoesToKeychain();
    void unavailableKeychainKeepsKeyInMemoryWithNotice();
    void unavailableKeychainAtStartNoticesOnlyWhenNeeded();
    void removeKeyForgetsEverywhere();
    void redactsKeysAndAuthorizationValues();
    void redactsApiErrors();
    void excerptIsShortSingleLine();
};

void TestEngineSecrets::keychainKeysArePreloaded()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    shared->entries.insert(QStringLiteral("p1"), QStringLiteral("sk-from-keychain"));
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    const ProviderProfile p1 = profile(QStringLiteral("p1"));
    QSignalSpy loaded(&store, &SecretStore::loadingFinished);
    store.preload({p1, profile(QStringLiteral("p2"))});
    QVERIFY(store.isLoading());
    QCOMPARE(store.key(p1), QString());   // asynchronous: nothing yet
    QVERIFY(loaded.wait(2000));
    QVERIFY(!store.isLoading());
    QCOMPARE(store.key(p1), QStringLiteral("sk-from-keychain"));
    QCOMPARE(store.source(p1), SecretStore::Source::Keychain);
    QVERIFY(!store.hasKey(profile(QStringLiteral("p2"))));
}

void TestEngineSecrets::orderSessionEnvironmentKeychain()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    shared->entries.insert(QStringLiteral("p1"), QStringLiteral("keychain-key"));
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    const ProviderProfile p1 = profile(QStringLiteral("p1"), QStringLiteral("QUEUELENS_TEST_KEY_P1"));
    QSignalSpy loaded(&store, &SecretStore::loadingFinished);
    store.preload({p1});
    QVERIFY(loaded.wait(2000));
    QCOMPARE(store.key(p1), QStringLiteral("keychain-key"));

    qputenv("QUEUELENS_TEST_KEY_P1", "env-key");
    QCOMPARE(store.key(p1), QStringLiteral("env-key"));
    QCOMPARE(store.source(p1), SecretStore::Source::Environment);

    store.setKey(QStringLiteral("p1"), QStringLiteral("session-key"), false);
    QCOMPARE(store.key(p1), QStringLiteral("session-key"));
    QCOMPARE(store.source(p1), SecretStore::Source::Session);
    qunsetenv("QUEUELENS_TEST_KEY_P1");
    QCOMPARE(shared->writes, 0);   // persist=false never touches the keychain
    QVERIFY(store.knownSecrets({p1}).contains(QStringLiteral("session-key")));
}

void TestEngineSecrets::sandboxProfilesWorkWithoutKey()
{
    SecretStore store(nullptr);
    const ProviderProfile p = profile(QStringLiteral("sb"), {}, true);
    QVERIFY(store.hasKey(p));
    QCOMPARE(store.source(p), SecretStore::Source::Sandbox);
    QVERIFY(!store.key(p).isEmpty());
}

void TestEngineSecrets::persistedKeyGoesToKeychain()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    QSignalSpy notices(&store, &SecretStore::notice);
    store.setKey(QStringLiteral("p1"), QStringLiteral("sk-persist-me"), true);
    // Usable at once, before the keychain answers.
    QCOMPARE(store.key(profile(QStringLiteral("p1"))), QStringLiteral("sk-persist-me"));
    QTRY_COMPARE(shared->entries.value(QStringLiteral("p1")), QStringLiteral("sk-persist-me"));
    QTRY_COMPARE(store.source(profile(QStringLiteral("p1"))), SecretStore::Source::Keychain);
    QCOMPARE(notices.count(), 0);
}

void TestEngineSecrets::unavailableKeychainKeepsKeyInMemoryWithNotice()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    shared->unavailable = true;   // headless Linux: OtherError at once
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    QSignalSpy notices(&store, &SecretStore::notice);
    store.setKey(QStringLiteral("p1"), QStringLiteral("sk-memory-only"), true);
    QVERIFY(notices.wait(2000));
    const QString text = notices.first().first().toString();
    QVERIFY2(text.contains(QStringLiteral("keychain is unavailable")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("only until QueueLens quits")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("sk-memory-only")));
    QCOMPARE(store.key(profile(QStringLiteral("p1"))), QStringLiteral("sk-memory-only"));
    QCOMPARE(store.source(profile(QStringLiteral("p1"))), SecretStore::Source::Session);
}

void TestEngineSecrets::unavailableKeychainAtStartNoticesOnlyWhenNeeded()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    shared->unavailable = true;
    {
        // Only sandbox profiles: nothing is missing, nothing to say.
        SecretStore store(std::make_unique<FakeKeychain>(shared));
        QSignalSpy notices(&store, &SecretStore::notice);
        QSignalSpy loaded(&store, &SecretStore::loadingFinished);
        store.preload({profile(QStringLiteral("sb"), {}, true)});
        QVERIFY(loaded.wait(2000));
        QCOMPARE(notices.count(), 0);
    }
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    QSignalSpy notices(&store, &SecretStore::notice);
    QSignalSpy loaded(&store, &SecretStore::loadingFinished);
    store.preload({profile(QStringLiteral("a")), profile(QStringLiteral("b"))});
    QVERIFY(loaded.wait(2000));
    QCOMPARE(notices.count(), 1);   // once, not once per profile
}

void TestEngineSecrets::removeKeyForgetsEverywhere()
{
    auto shared = std::make_shared<FakeKeychain::Shared>();
    SecretStore store(std::make_unique<FakeKeychain>(shared));
    store.setKey(QStringLiteral("p1"), QStringLiteral("sk-x"), true);
    QTRY_VERIFY(shared->entries.contains(QStringLiteral("p1")));
    store.removeKey(QStringLiteral("p1"));
    QVERIFY(!store.hasKey(profile(QStringLiteral("p1"))));
    QTRY_VERIFY(!shared->entries.contains(QStringLiteral("p1")));
}

void TestEngineSecrets::redactsKeysAndAuthorizationValues()
{
    const QStringList secrets{QStringLiteral("sk-live-0123456789")};
    const QString text = QStringLiteral("echo: key sk-live-0123456789 / Authorization: Bearer abcdefghijk / "
                                        "{\"authorization\":\"Key zyxwvutsrq\"} x-api-key: qwertyuiop");
    const QString redacted = Redactor::redact(text, secrets);
    QVERIFY2(!redacted.contains(QStringLiteral("sk-live-0123456789")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QStringLiteral("abcdefghijk")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QStringLiteral("zyxwvutsrq")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QStringLiteral("qwertyuiop")), qPrintable(redacted));
    QVERIFY(redacted.contains(Redactor::mask()));
    // Ordinary text is left alone.
    QCOMPARE(Redactor::redact(QStringLiteral("the task failed: CreditInsufficient"), secrets),
             QStringLiteral("the task failed: CreditInsufficient"));
    const QByteArray bytes = Redactor::redact(QByteArrayLiteral("{\"k\":\"sk-live-0123456789\"}"), secrets);
    QVERIFY(!bytes.contains("sk-live-0123456789"));
}

void TestEngineSecrets::redactsApiErrors()
{
    ApiError error;
    error.message = QStringLiteral("invalid key sk-live-0123456789");
    error.rawBody = QByteArrayLiteral("{\"error\":\"invalid key sk-live-0123456789\"}");
    Redactor::redact(error, {QStringLiteral("sk-live-0123456789")});
    QVERIFY(!error.message.contains(QStringLiteral("sk-live")));
    QVERIFY(!error.rawBody.contains("sk-live"));
}

void TestEngineSecrets::excerptIsShortSingleLine()
{
    const QString excerpt = Redactor::excerpt(QByteArray(2000, 'a') + "\n\nsecret-value-123", {}, 100);
    QCOMPARE(excerpt.size(), 100);
    QVERIFY(!excerpt.contains(QLatin1Char('\n')));
}

QTEST_MAIN(TestEngineSecrets)
#include "tst_engine_secrets.moc"
