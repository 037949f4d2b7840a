// ProfileRegistry: the rules a profile must meet, order and replacement, loopback detection.

#include "engine/profileregistry.h"

#include "builtinproviders.h"
#include "provideradapterregistry.h"
#include "testprofiles.h"

#include <QTest>

namespace {

ProviderProfile profile(const QString &id, const QString &provider = QStringLiteral("vidu"),
                        const QString &url = QStringLiteral("https://api.vidu.com"))
{
    return testProfile(id, id.toUpper(), provider, url);
}

} // namespace

class TestProfileRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void withoutAdaptersNoProviderIsKnown();
    void keepsInsertionOrderAndReplacesInPlace();
    void removeForgetsTheProfile();
    void storedBaseUrlsReachTheRoot();
    void isLoopback_data();
    void isLoopback();

private:
    ProviderAdapterRegistry m_adapters;
};

void TestProfileRegistry::initTestCase()
{
    registerBuiltinProviders(m_adapters);
}

void TestProfileRegistry::validate_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    const QString badUrl = QStringLiteral("The base URL must be a full http:// or https:// address.");
    QTest::newRow("https") << "a" << "vidu" << "https://api.vidu.com" << "";
    QTest::newRow("http loopback with path") << "a" << "seaart" << "http://127.0.0.1:8080/seaart/" << "";
    QTest::newRow("empty id") << "" << "vidu" << "https://api.vidu.com" << "A profile needs an id.";
    QTest::newRow("blank id") << "  " << "vidu" << "https://api.vidu.com" << "A profile needs an id.";
    QTest::newRow("unknown provider") << "a" << "midjourney" << "https://x.example"
                                      << "Unknown provider \"midjourney\".";
    QTest::newRow("ftp") << "a" << "vidu" << "ftp://api.vidu.com" << badUrl;
    QTest::newRow("no host") << "a" << "vidu" << "https://" << badUrl;
    QTest::newRow("relative") << "a" << "vidu" << "api.vidu.com/v2" << badUrl;
    QTest::newRow("empty") << "a" << "vidu" << "" << badUrl;
}

void TestProfileRegistry::validate()
{
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, url);
    QFETCH(QString, reason);
    QCOMPARE(ProfileRegistry::validate(profile(id, provider, url), &m_adapters), reason);
}

void TestProfileRegistry::withoutAdaptersNoProviderIsKnown()
{
    QCOMPARE(ProfileRegistry::validate(profile(QStringLiteral("a")), nullptr), QStringLiteral("Unknown provider \"vidu\"."));
}

void TestProfileRegistry::keepsInsertionOrderAndReplacesInPlace()
{
    ProfileRegistry registry;
    registry.insert(profile(QStringLiteral("b")));
    registry.insert(profile(QStringLiteral("a")));
    registry.insert(profile(QStringLiteral("c")));
    ProviderProfile changed = profile(QStringLiteral("a"), QStringLiteral("seaart"));
    changed.pollIntervalMs = 500;
    registry.insert(changed);

    QCOMPARE(registry.size(), 3);
    const QList<ProviderProfile> list = registry.list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, QStringLiteral("b"));
    QCOMPARE(list.at(1).id, QStringLiteral("a"));
    QCOMPARE(list.at(2).id, QStringLiteral("c"));
    QCOMPARE(list.at(1), changed);
    QCOMPARE(registry.find(QStringLiteral("a"))->pollIntervalMs, 500);
    QVERIFY(registry.contains(QStringLiteral("c")));
    QVERIFY(!registry.find(QStringLiteral("zz")));
}

void TestProfileRegistry::storedBaseUrlsReachTheRoot()
{
    // A profile saved by an older version with the docs' "/ent/v2" still calls the right routes.
    ProfileRegistry registry;
    ProviderProfile vidu = profile(QStringLiteral("v"));
    vidu.provider = QStringLiteral("vidu");
    vidu.baseUrl = QUrl(QStringLiteral("https://api.vidu.com/ent/v2/"));
    registry.insert(vidu);
    QCOMPARE(registry.find(QStringLiteral("v"))->baseUrl, QUrl(QStringLiteral("https://api.vidu.com")));
    // An unusable URL is kept as it is: validation reports it where the operator sees it.
    ProviderProfile broken = profile(QStringLiteral("b"));
    broken.baseUrl = QUrl(QStringLiteral("ftp://host/x"));
    registry.insert(broken);
    QCOMPARE(registry.find(QStringLiteral("b"))->baseUrl, QUrl(QStringLiteral("ftp://host/x")));
}

void TestProfileRegistry::removeForgetsTheProfile()
{
    ProfileRegistry registry;
    registry.insert(profile(QStringLiteral("a")));
    registry.insert(profile(QStringLiteral("b")));
    QVERIFY(registry.remove(QStringLiteral("a")));
    QVERIFY(!registry.remove(QStringLiteral("a")));
    QVERIFY(!registry.contains(QStringLiteral("a")));
    QCOMPARE(registry.size(), 1);
    QCOMPARE(registry.list().at(0).id, QStringLiteral("b"));
    // Added again, it goes to the end.
    registry.insert(profile(QStringLiteral("a")));
    QCOMPARE(registry.list().at(1).id, QStringLiteral("a"));
}

void TestProfileRegistry::isLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/vidu" << true;
    QTest::newRow("127.1.2.3") << "http://127.1.2.3/" << true;
    QTest::newRow("localhost") << "http://LocalHost:9000" << true;
    QTest::newRow("::1") << "http://[::1]:8080/" << true;
    QTest::newRow("lan") << "http://192.168.1.5/" << false;
    QTest::newRow("public name") << "https://api.vidu.com" << false;
    QTest::newRow("localhost lookalike") << "https://localhost.example.com" << false;
}

void TestProfileRegistry::isLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(ProfileRegistry::isLoopback(QUrl(url)), loopback);
}

QTEST_GUILESS_MAIN(TestProfileRegistry)
#include "tst_engine_profileregistry.moc"
