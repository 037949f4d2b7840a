// What all adapters share: registration, request hygiene (auth header, URL building, key
// handling), excerpt redaction, and robustness of every parse function on hostile input.

#include "builtinproviders.h"
#include "adapterkit.h"
#include "builtinproviders.h"
#include "parsetestsupport.h"
#include "provideradapterregistry.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace ParseTest;

class TestProvidersCommon : public QObject
{
    Q_OBJECT

private slots:
    void registryHasAllFive();
    void everyAdapterDescribesItself();
    void authSchemes_data();
    void authSchemes();
    void keyIsSanitised();
    void noKeyNoAuthorization();
    void basePathPrefixIsKept_data();
    void basePathPrefixIsKept();
    void trustedUrl_data();
    void trustedUrl();
    void progressValues_data();
    void progressValues();
    void collectUrlsSkipsJunk();
    void redaction_data();
    void redaction();
    void excerptShape();
    void clientErrorsAreCatalogued();
    void clientErrorsNameWhatIsMissing();
    void hostileBodiesNeverCrash();

private:
    ProviderAdapterRegistry m_registry;

public:
    TestProvidersCommon() { registerBuiltinProviders(m_registry); }
};

void TestProvidersCommon::registryHasAllFive()
{
    QCOMPARE(m_registry.providerIds(), (QStringList{QStringLiteral("seaart"), QStringLiteral("foxapi"), QStringLiteral("newapi"),
                                                    QStringLiteral("llmapi"), QStringLiteral("vidu")}));
    for (const QString &id : m_registry.providerIds()) {
        QVERIFY(m_registry.adapter(id));
        QCOMPARE(m_registry.adapter(id)->id(), id);
    }
    QVERIFY(!m_registry.adapter(QStringLiteral("fal")));
}

void TestProvidersCommon::everyAdapterDescribesItself()
{
    for (const QString &id : m_registry.providerIds()) {
        const ProviderAdapter *adapter = m_registry.adapter(id);
        QVERIFY(!adapter->displayName().isEmpty());
        QVERIFY(adapter->suggestedModels().size() >= 2);
        QVERIFY(!adapter->kinds().isEmpty());
        const ProviderCapabilities caps = adapter->capabilities();
        // A provider without a cancel call says why, and has no cancel request.
        QCOMPARE(caps.canCancel, adapter->cancelRequest({QUrl(QStringLiteral("http://h")), QStringLiteral("k")},
                                                        task(id, QStringLiteral("r")))
                                     .has_value());
        QCOMPARE(caps.cancelUnsupportedReason.isEmpty(), caps.canCancel);
        QVERIFY(!caps.submitIsIdempotent);
        // The first suggested model with the first kind is a valid spec.
        TaskSpec spec{adapter->suggestedModels().first(), adapter->kinds().first(), QStringLiteral("a cat"), {}};
        if (id == QLatin1String("vidu"))
            spec.kind = QStringLiteral("text2video");
        QVERIFY2(adapter->validate(spec).isEmpty(), qPrintable(id + QLatin1String(": ") + adapter->validate(spec)));
        spec.prompt.clear();
        QVERIFY(!adapter->validate(spec).isEmpty());
    }
}

void TestProvidersCommon::authSchemes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("scheme");
    QTest::newRow("seaart") << "seaart" << QByteArray("Key");
    QTest::newRow("foxapi") << "foxapi" << QByteArray("Bearer");
    QTest::newRow("newapi") << "newapi" << QByteArray("Bearer");
    QTest::newRow("llmapi") << "llmapi" << QByteArray("Bearer");
    QTest::newRow("vidu") << "vidu" << QByteArray("Token");
}

void TestProvidersCommon::authSchemes()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, scheme);
    const ProviderAdapter *adapter = m_registry.adapter(provider);
    const ProviderEndpoint endpoint{QUrl(QStringLiteral("http://127.0.0.1:1/p")), QStringLiteral("secret-1")};
    const Task t = task(provider, QStringLiteral("r1"), adapter->suggestedModels().first());
    QList<ProviderRequest> requests{adapter->submitRequest(endpoint, t.spec), adapter->statusRequest(endpoint, t)};
    if (auto result = adapter->resultRequest(endpoint, t))
        requests << *result;
    if (auto cancel = adapter->cancelRequest(endpoint, t))
        requests << *cancel;
    for (const ProviderRequest &request : requests) {
        QByteArray auth;
        QByteArray contentType;
        for (const auto &header : request.headers) {
            if (header.first == "Authorization")
                auth = header.second;
            if (header.first == "Content-Type")
                contentType = header.second;
        }
        QCOMPARE(auth, scheme + " secret-1");
        // JSON bodies are declared; GETs carry none.
        QCOMPARE(contentType.isEmpty(), request.body.isEmpty());
        if (request.method == "GET")
            QVERIFY(request.body.isEmpty());
        else if (!request.body.isEmpty())
            QVERIFY(QJsonDocument::fromJson(request.body).isObject());
        QCOMPARE(request.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(request.url.path().startsWith(QStringLiteral("/p/")));
    }
}

void TestProvidersCommon::keyIsSanitised()
{
    const auto headers = AdapterKit::headers("Bearer", QStringLiteral("  sk-1\r\nX-Evil: 1\n"), false);
    QCOMPARE(headers.first().second, QByteArray("Bearer sk-1X-Evil: 1"));
    QVERIFY(!headers.first().second.contains('\n'));
}

void TestProvidersCommon::noKeyNoAuthorization()
{
    const auto headers = AdapterKit::headers("Bearer", QStringLiteral("  "), true);
    for (const auto &header : headers)
        QVERIFY(header.first != "Authorization");
}

void TestProvidersCommon::basePathPrefixIsKept_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no path") << "https://api.vidu.com" << "https://api.vidu.com/ent/v2/tasks/a%20b/creations";
    QTest::newRow("slash") << "https://api.vidu.com/" << "https://api.vidu.com/ent/v2/tasks/a%20b/creations";
    QTest::newRow("prefix") << "http://127.0.0.1:9/vidu" << "http://127.0.0.1:9/vidu/ent/v2/tasks/a%20b/creations";
    QTest::newRow("prefix slashes") << "http://127.0.0.1:9/vidu//" << "http://127.0.0.1:9/vidu/ent/v2/tasks/a%20b/creations";
    QTest::newRow("query dropped") << "http://h/x?y=1#z" << "http://h/x/ent/v2/tasks/a%20b/creations";
}

void TestProvidersCommon::basePathPrefixIsKept()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const QUrl url = AdapterKit::endpointUrl(QUrl(base), {QStringLiteral("ent"), QStringLiteral("v2"), QStringLiteral("tasks"),
                                                          QStringLiteral("a b"), QStringLiteral("creations")});
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TestProvidersCommon::trustedUrl_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("expected");   // "" = rejected
    QTest::newRow("same origin") << "http://127.0.0.1:9/seaart/v1/x" << "http://127.0.0.1:9/seaart/v1/x";
    QTest::newRow("other port") << "http://127.0.0.1:10/seaart/v1/x" << "";
    QTest::newRow("other host") << "http://evil.example:9/seaart/v1/x" << "";
    QTest::newRow("https downgrade") << "https://127.0.0.1:9/x" << "";
    QTest::newRow("user info") << "http://u:p@127.0.0.1:9/x" << "";
    QTest::newRow("relative") << "/v1/queue/m/requests/r/status" << "http://127.0.0.1:9/seaart/v1/queue/m/requests/r/status";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("garbage") << "http://[::1" << "";
}

void TestProvidersCommon::trustedUrl()
{
    QFETCH(QString, candidate);
    QFETCH(QString, expected);
    const QUrl url = AdapterKit::trustedUrl(QUrl(QStringLiteral("http://127.0.0.1:9/seaart")), candidate);
    QCOMPARE(url.toString(), expected);
}

void TestProvidersCommon::progressValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("int") << QJsonValue(42) << 42;
    QTest::newRow("double") << QJsonValue(42.6) << 43;
    QTest::newRow("percent") << QJsonValue(QStringLiteral("37%")) << 37;
    QTest::newRow("padded percent") << QJsonValue(QStringLiteral(" 37 % ")) << 37;
    QTest::newRow("text") << QJsonValue(QStringLiteral("12")) << 12;
    QTest::newRow("over") << QJsonValue(180) << 100;
    QTest::newRow("negative") << QJsonValue(-3) << -1;
    QTest::newRow("garbage") << QJsonValue(QStringLiteral("soon")) << -1;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << -1;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1;
    QTest::newRow("huge") << QJsonValue(1e300) << -1;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << -1;
}

void TestProvidersCommon::progressValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QCOMPARE(AdapterKit::progress(value), expected);
}

void TestProvidersCommon::collectUrlsSkipsJunk()
{
    QStringList urls;
    const QJsonArray values = QJsonDocument::fromJson(
        j("['https://a.example/1.png',{'url':'https://a.example/2.png'},'ftp://a.example/3','javascript:alert(1)','',"
          "{'url':42},null,[['https://a.example/4.png']],'https://a.example/1.png','/relative.png']")).array();
    AdapterKit::collectUrls(values, &urls);
    QCOMPARE(urls, (QStringList{QStringLiteral("https://a.example/1.png"), QStringLiteral("https://a.example/2.png"),
                                QStringLiteral("https://a.example/4.png")}));
}

void TestProvidersCommon::redaction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bearer") << "Authorization: Bearer sk-live-abcdef123456" << "abcdef123456";
    QTest::newRow("token") << "Token vda_0123456789abcdef" << "0123456789abcdef";
    QTest::newRow("key") << "Key 9f8e7d6c5b4a-3210" << "9f8e7d6c5b4a";
    QTest::newRow("openai key") << "your key sk-proj-Zz9Yy8Xx7Ww6 is wrong" << "Zz9Yy8Xx7Ww6";
    QTest::newRow("json field") << "{\"api_key\":\"hunter2hunter2\"}" << "hunter2hunter2";
    QTest::newRow("signed url") << "https://oss.example/a.png?X-Amz-Signature=deadbeefcafe&x=1" << "deadbeefcafe";
}

void TestProvidersCommon::redaction()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString output = AdapterKit::redact(input);
    QVERIFY2(!output.contains(secret), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("[redacted]")));   // the one mask of the whole app
}

void TestProvidersCommon::excerptShape()
{
    QCOMPARE(AdapterKit::excerpt(reply(200, j("{\n  'status' : 'IN_QUEUE'\n}"))), QStringLiteral("HTTP 200: {\"status\":\"IN_QUEUE\"}"));
    QCOMPARE(AdapterKit::excerpt(reply(202, QByteArray())), QStringLiteral("HTTP 202: (empty body)"));
    // The telling fields lead, even where the alphabet would bury them behind long URLs.
    QCOMPARE(AdapterKit::excerpt(reply(202, j("{'cancel_url':'http://h/c','response_url':'http://h/r','status':'IN_QUEUE',"
                                              "'queue_position':0,'request_id':'r1'}"))),
             QStringLiteral("HTTP 202: {\"status\":\"IN_QUEUE\",\"queue_position\":0,\"request_id\":\"r1\","
                            "\"cancel_url\":\"http://h/c\",\"response_url\":\"http://h/r\"}"));
    QCOMPARE(AdapterKit::excerpt(reply(200, j("{'data':{'result_url':'','status':'QUEUED'},'code':'success'}"))),
             QStringLiteral("HTTP 200: {\"code\":\"success\",\"data\":{\"status\":\"QUEUED\",\"result_url\":\"\"}}"));
    QCOMPARE(AdapterKit::excerpt(reply(200, j("[{'b':1,'state':'x'}]"))), QStringLiteral("HTTP 200: [{\"state\":\"x\",\"b\":1}]"));
    QVERIFY(AdapterKit::excerpt(reply(502, QByteArray("<html>x</html>"))).contains(QStringLiteral("HTML page")));
    QCOMPARE(AdapterKit::excerpt(reply(400, j("{}")), QStringLiteral("too late")), QStringLiteral("too late (HTTP 400): {}"));
    const QString long1 = AdapterKit::excerpt(reply(200, QByteArray(5000, 'a')));
    QCOMPARE(long1.size(), AdapterKit::ExcerptLimit);
    QVERIFY(long1.endsWith(QStringLiteral("...")));
    const QString control = AdapterKit::excerpt(reply(200, QByteArray("a\x01\x02\tb\r\nc")));
    QCOMPARE(control, QStringLiteral("HTTP 200: a b c"));
}

void TestProvidersCommon::clientErrorsAreCatalogued()
{
    for (const char *code : {"malformed_response", "unexpected_response", "cancel_unsupported"}) {
        const ApiError error = AdapterKit::clientError(QString::fromLatin1(code), ApiPhase::Poll, reply(200, "x"),
                                                       QStringLiteral("why"));
        QVERIFY2(error.documented, code);
        QCOMPARE(error.provider, QStringLiteral("queuelens"));
        QCOMPARE(error.rawBody, QByteArray("x"));
    }
}

void TestProvidersCommon::clientErrorsNameWhatIsMissing()
{
    for (const QString &id : m_registry.providerIds()) {
        const ProviderAdapter *adapter = m_registry.adapter(id);
        const Task t = task(id, QStringLiteral("r1"));

        const TaskUpdate html = adapter->parseStatus(reply(200, QByteArray("<html><body>Login</body></html>")), t);
        QVERIFY(html.error);
        QCOMPARE(html.error->code, QStringLiteral("malformed_response"));
        QVERIFY2(html.error->message.contains(QStringLiteral("status answer")), qPrintable(html.error->message));
        QVERIFY2(html.error->message.contains(QStringLiteral("HTML")), qPrintable(html.error->message));

        const TaskUpdate empty = adapter->parseStatus(reply(200, QByteArray("{}")), t);
        QVERIFY(empty.error);
        QCOMPARE(empty.error->code, QStringLiteral("unexpected_response"));
        QVERIFY2(empty.error->message.startsWith(QStringLiteral("the status answer has no")), qPrintable(empty.error->message));

        const TaskUpdate noId = adapter->parseSubmit(reply(200, QByteArray("{\"status\":\"queued\"}")));
        QVERIFY(noId.error);
        QCOMPARE(noId.error->code, QStringLiteral("unexpected_response"));
        QCOMPARE(noId.error->phase, ApiPhase::Submit);
        QVERIFY2(noId.error->message.startsWith(QStringLiteral("the submit answer has no")), qPrintable(noId.error->message));
        QVERIFY(noId.error->message.contains(QStringLiteral("id")));
    }
}

void TestProvidersCommon::hostileBodiesNeverCrash()
{
    // Every parse function of every adapter on a spread of statuses and odd bodies: no crash,
    // always an excerpt, never a success made up from junk.
    QList<QByteArray> bodies{
        QByteArray(), QByteArray("{}"), QByteArray("[]"), QByteArray("null"), QByteArray("\"x\""), QByteArray("42"),
        QByteArray("{\"status\":null,\"state\":[],\"data\":\"x\",\"error\":42}"),
        QByteArray("{\"status\":{\"a\":1},\"outputs\":{\"url\":5},\"results\":\"x\",\"creations\":7}"),
        QByteArray("{\"code\":\"success\",\"data\":{\"status\":7,\"progress\":\"%%\"}}"),
        QByteArray("{\"error\":{},\"detail\":[]}"), QByteArray("\xff\xfe\x00{", 4), QByteArray(70000, '{'),
    };
    QRandomGenerator rng(20261101);
    for (int i = 0; i < 40; ++i) {
        QByteArray noise(static_cast<int>(rng.bounded(200)), Qt::Uninitialized);
        for (char &c : noise)
            c = static_cast<char>(rng.bounded(256));
        bodies << noise;
    }
    const QList<int> statuses{200, 201, 202, 204, 301, 400, 401, 404, 409, 422, 429, 499, 500, 502, 504, 524};
    int updates = 0;
    for (const QString &id : m_registry.providerIds()) {
        const ProviderAdapter *adapter = m_registry.adapter(id);
        const Task t = task(id, QStringLiteral("r1"));
        for (int status : statuses) {
            for (const QByteArray &body : bodies) {
                const ProviderReply r = reply(status, body);
                // Submit and status answers always say something.
                for (const TaskUpdate &update : {adapter->parseSubmit(r), adapter->parseStatus(r, t)})
                    QVERIFY(update.state || update.error || update.notFound || update.fetchResult);
                for (const TaskUpdate &update : {adapter->parseSubmit(r), adapter->parseStatus(r, t),
                                                 adapter->parseResult(r, t), adapter->parseCancel(r, t)}) {
                    ++updates;
                    QVERIFY(!update.excerpt.isEmpty());
                    QVERIFY(update.excerpt.size() <= AdapterKit::ExcerptLimit);
                    if (status >= 300 && update.error)
                        QVERIFY(update.error->httpStatus == status);
                    if (update.state == TaskState::Succeeded)
                        QVERIFY(false);   // nothing here describes a success
                }
            }
        }
    }
    QVERIFY(updates > 1000);
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestProvidersCommon)
#include "tst_providers_common.moc"
