// BaseUrlNormalizer with the real adapters' path suffixes: base URLs as users paste them from
// each provider's docs become the root the adapter appends its API path to.

#include "baseurlnormalizer.h"
#include "builtinproviders.h"
#include "provideradapterregistry.h"

#include <QtTest>

class TestBaseUrlNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suffixesAreWellFormed_data() { providerRows(); }
    void suffixesAreWellFormed();
    void docsFormsBecomeTheRoot_data();
    void docsFormsBecomeTheRoot();
    void pastedSuffixesAreStripped_data() { providerRows(); }
    void pastedSuffixesAreStripped();
    void rootsAndPrefixesAreKept_data() { providerRows(); }
    void rootsAndPrefixesAreKept();
    void unusableInputIsRefused_data();
    void unusableInputIsRefused();
    void storedUrlIsChecked();

private:
    void providerRows();
    const ProviderAdapter *adapter(const QString &provider) const { return m_registry.adapter(provider); }

    ProviderAdapterRegistry m_registry;
};

void TestBaseUrlNormalizer::initTestCase()
{
    registerBuiltinProviders(m_registry);
    QCOMPARE(m_registry.providerIds().size(), 5);
}

void TestBaseUrlNormalizer::providerRows()
{
    QTest::addColumn<QString>("provider");
    for (const QString &provider : m_registry.providerIds())
        QTest::newRow(qPrintable(provider)) << provider;
}

void TestBaseUrlNormalizer::suffixesAreWellFormed()
{
    QFETCH(QString, provider);
    const QStringList suffixes = adapter(provider)->apiPathSuffixes();
    QVERIFY(!suffixes.isEmpty());
    for (qsizetype i = 0; i < suffixes.size(); ++i) {
        QVERIFY2(suffixes.at(i).startsWith(QLatin1Char('/')) && !suffixes.at(i).endsWith(QLatin1Char('/')),
                 qPrintable(suffixes.at(i)));
        if (i > 0)   // longest first, or "/v1" would win over "/v1/queue"
            QVERIFY(suffixes.at(i - 1).size() >= suffixes.at(i).size());
    }
}

void TestBaseUrlNormalizer::docsFormsBecomeTheRoot_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("removed");   // empty: no note expected

    QTest::newRow("vidu ent/v2") << "vidu" << "https://api.vidu.com/ent/v2" << "https://api.vidu.com" << "/ent/v2";
    QTest::newRow("vidu ent/v2/") << "vidu" << "https://api.vidu.com/ent/v2/" << "https://api.vidu.com" << "/ent/v2";
    QTest::newRow("vidu ent") << "vidu" << "https://api.vidu.com/ent" << "https://api.vidu.com" << "/ent";
    QTest::newRow("vidu root") << "vidu" << "https://api.vidu.com" << "https://api.vidu.com" << "";
    QTest::newRow("seaart queue") << "seaart" << "https://cloud.seaart.ai/model/v1/queue"
                                  << "https://cloud.seaart.ai/model" << "/v1/queue";
    QTest::newRow("seaart v1") << "seaart" << "https://cloud.seaart.ai/model/v1/" << "https://cloud.seaart.ai/model"
                               << "/v1";
    QTest::newRow("seaart root") << "seaart" << "https://cloud.seaart.ai/model" << "https://cloud.seaart.ai/model"
                                 << "";
    for (const char *provider : {"newapi", "foxapi", "llmapi"}) {
        QTest::addRow("%s v1", provider) << provider << "https://host/v1" << "https://host" << "/v1";
        QTest::addRow("%s v1/", provider) << provider << "https://host/v1/" << "https://host" << "/v1";
        QTest::addRow("%s v1//", provider) << provider << "https://host/v1//" << "https://host" << "/v1";
        QTest::addRow("%s root/", provider) << provider << "https://host/" << "https://host" << "";
        QTest::addRow("%s root//", provider) << provider << "https://host//" << "https://host" << "";
        QTest::addRow("%s upper case", provider) << provider << "  HTTPS://Gateway.Example.COM/V1/ \n"
                                                 << "https://gateway.example.com" << "/V1";
        QTest::addRow("%s port", provider) << provider << "http://127.0.0.1:8080/newapi/v1"
                                           << "http://127.0.0.1:8080/newapi" << "/v1";
        QTest::addRow("%s gateway/v1", provider) << provider << "https://host/gateway/v1" << "https://host/gateway"
                                                 << "/v1";
        QTest::addRow("%s not a segment", provider) << provider << "https://host/gateway-v1"
                                                    << "https://host/gateway-v1" << "";
    }
    QTest::newRow("foxapi default") << "foxapi" << "https://api.foxapi.cc" << "https://api.foxapi.cc" << "";
    QTest::newRow("llmapi default") << "llmapi" << "https://llmapi.site/v1" << "https://llmapi.site" << "/v1";
}

void TestBaseUrlNormalizer::docsFormsBecomeTheRoot()
{
    QFETCH(QString, provider);
    QFETCH(QString, pasted);
    QFETCH(QString, root);
    QFETCH(QString, removed);
    const BaseUrlNormalizer::Result result = BaseUrlNormalizer::normalize(pasted, adapter(provider));
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.url.toString(), root);
    if (removed.isEmpty())
        QCOMPARE(result.note, QString());
    else
        QCOMPARE(result.note, QStringLiteral("Removed “%1” from the end: QueueLens adds the API path itself.").arg(removed));
}

void TestBaseUrlNormalizer::pastedSuffixesAreStripped()
{
    QFETCH(QString, provider);
    for (const QString &suffix : adapter(provider)->apiPathSuffixes()) {
        for (const QString &prefix : {QStringLiteral("https://gw.example.com"), QStringLiteral("https://gw.example.com/gateway")}) {
            for (const QString &ending : {QString(), QStringLiteral("/"), QStringLiteral("///")}) {
                const QString pasted = prefix + suffix + ending;
                const BaseUrlNormalizer::Result result = BaseUrlNormalizer::normalize(pasted, adapter(provider));
                QVERIFY2(result.isValid(), qPrintable(pasted + QLatin1String(": ") + result.error));
                QCOMPARE(result.url.toString(), prefix);
                QVERIFY2(result.note.contains(suffix), qPrintable(pasted + QLatin1String(": ") + result.note));
            }
        }
    }
}

void TestBaseUrlNormalizer::rootsAndPrefixesAreKept()
{
    QFETCH(QString, provider);
    QStringList roots{QStringLiteral("https://gw.example.com"), QStringLiteral("https://gw.example.com/gateway"),
                      QStringLiteral("http://127.0.0.1:8765/") + provider};
    if (const QUrl defaultUrl = adapter(provider)->defaultBaseUrl(); !defaultUrl.isEmpty())
        roots.append(defaultUrl.toString());   // what a new profile starts with must stay as it is
    for (const QString &root : std::as_const(roots)) {
        for (const QString &pasted : {root, root + QLatin1Char('/'), QStringLiteral(" %1// ").arg(root)}) {
            const BaseUrlNormalizer::Result result = BaseUrlNormalizer::normalize(pasted, adapter(provider));
            QVERIFY2(result.isValid(), qPrintable(pasted + QLatin1String(": ") + result.error));
            QCOMPARE(result.url.toString(), root);
            QVERIFY2(result.note.isEmpty(), qPrintable(pasted + QLatin1String(": ") + result.note));
        }
    }
}

void TestBaseUrlNormalizer::unusableInputIsRefused_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("error");   // a part of the message that names the problem
    for (const QString &provider : m_registry.providerIds()) {
        const QByteArray p = provider.toUtf8();
        QTest::addRow("%s empty", p.constData()) << provider << "" << "Enter the provider's base URL";
        QTest::addRow("%s blank", p.constData()) << provider << "  \t" << "Enter the provider's base URL";
        QTest::addRow("%s ftp", p.constData()) << provider << "ftp://host/v1" << "must start with http:// or https://";
        QTest::addRow("%s no scheme", p.constData()) << provider << "api.vidu.com/ent/v2"
                                                     << "must start with http:// or https://";
        QTest::addRow("%s no host", p.constData()) << provider << "https://" << "needs a host name";
        QTest::addRow("%s no host, path", p.constData()) << provider << "https:///v1" << "needs a host name";
        QTest::addRow("%s query", p.constData()) << provider << "https://host/v1?x=1" << "query (“?x=1”)";
        QTest::addRow("%s empty query", p.constData()) << provider << "https://host?" << "query";
        QTest::addRow("%s fragment", p.constData()) << provider << "https://host/v1#top" << "fragment (“#top”)";
        QTest::addRow("%s user info", p.constData()) << provider << "https://user:secret@host/v1" << "user name or password";
        QTest::addRow("%s empty user info", p.constData()) << provider << "https://@host" << "user name or password";
        QTest::addRow("%s space in path", p.constData()) << provider << "https://host/my gateway" << "is not valid";
    }
}

void TestBaseUrlNormalizer::unusableInputIsRefused()
{
    QFETCH(QString, provider);
    QFETCH(QString, pasted);
    QFETCH(QString, error);
    const BaseUrlNormalizer::Result result = BaseUrlNormalizer::normalize(pasted, adapter(provider));
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.url.isEmpty());
    QVERIFY(result.note.isEmpty());
}

void TestBaseUrlNormalizer::storedUrlIsChecked()
{
    // A profile's QUrl that never parsed keeps QUrl's reason instead of reading as "empty".
    const QUrl broken(QStringLiteral("https://host/my gateway"), QUrl::StrictMode);
    QVERIFY(!broken.isValid());
    QVERIFY(BaseUrlNormalizer::normalize(broken, QStringList()).error.contains(QLatin1String("is not valid")));
    QVERIFY(BaseUrlNormalizer::normalize(QUrl(), QStringList()).error.contains(QLatin1String("Enter the provider's base URL")));
    const BaseUrlNormalizer::Result stored =
        BaseUrlNormalizer::normalize(QUrl(QStringLiteral("https://api.vidu.com/ent/v2/")),
                                     adapter(QStringLiteral("vidu"))->apiPathSuffixes());
    QCOMPARE(stored.url, QUrl(QStringLiteral("https://api.vidu.com")));
    // Without suffixes nothing but the trailing slash goes.
    QCOMPARE(BaseUrlNormalizer::normalize(QStringLiteral("https://host/v1/"), QStringList()).url,
             QUrl(QStringLiteral("https://host/v1")));
}

QTEST_GUILESS_MAIN(TestBaseUrlNormalizer)
#include "tst_baseurlnormalizer.moc"
