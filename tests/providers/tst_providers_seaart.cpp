// SeaArt adapter: requests as data, and every answer shape of protocols.md section 1.

#include "builtinproviders.h"
#include "parsetestsupport.h"
#include "seaart/seaartadapter.h"

#include <QJsonArray>
#include <QTest>

using namespace ParseTest;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8080/seaart/"));

QByteArray headerOf(const ProviderRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

class TestSeaArtAdapter : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void validate_data();
    void validate();
    void submitRequest();
    void followUpRequestsUseStoredUrls();
    void followUpRequestsFallBackToBuiltUrls();
    void foreignStoredUrlsAreIgnored();
    void remoteIdIsOneSegment();
    void parseSubmit_data();
    void parseSubmit();
    void submitKeepsFollowUpUrls();
    void submitErrorKeepsRetryAfter();
    void parseStatus_data();
    void parseStatus();
    void inTaskFailureKeepsDetails();
    void parseResult_data();
    void parseResult();
    void parseCancel_data();
    void parseCancel();
    void alreadyCompletedSaysSo();
    void excerptIsRedacted();

private:
    SeaArtAdapter m_adapter;
};

void TestSeaArtAdapter::identity()
{
    QCOMPARE(m_adapter.id(), QStringLiteral("seaart"));
    QVERIFY(m_adapter.capabilities().canCancel);
    QVERIFY(!m_adapter.capabilities().submitIsIdempotent);
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("nano_banana_2")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("wan26_i2v")));
    QVERIFY(!m_adapter.kinds().isEmpty());
}

void TestSeaArtAdapter::validate_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<bool>("ok");

    QTest::newRow("endpoint id") << "nano_banana_2" << "a cat" << QJsonObject() << true;
    QTest::newRow("fal-style path") << "fal-ai/flux/dev" << "a cat" << QJsonObject() << true;
    QTest::newRow("i2v with image") << "wan26_i2v" << "a cat" << obj("{'img_url':'https://x/y.png'}") << true;
    QTest::newRow("empty model") << "" << "a cat" << QJsonObject() << false;
    QTest::newRow("empty prompt") << "nano_banana_2" << "  " << QJsonObject() << false;
    QTest::newRow("spaces") << "nano banana" << "a cat" << QJsonObject() << false;
    QTest::newRow("url") << "https://x/y" << "a cat" << QJsonObject() << false;
    QTest::newRow("traversal") << "a/../b" << "a cat" << QJsonObject() << false;
    QTest::newRow("query") << "model?x=1" << "a cat" << QJsonObject() << false;
    QTest::newRow("webhook") << "nano_banana_2" << "a cat" << obj("{'webhook_url':'https://x'}") << false;
}

void TestSeaArtAdapter::validate()
{
    QFETCH(QString, model);
    QFETCH(QString, prompt);
    QFETCH(QJsonObject, params);
    QFETCH(bool, ok);
    TaskSpec spec{model, QStringLiteral("image"), prompt, params};
    const QString message = m_adapter.validate(spec);
    QCOMPARE(message.isEmpty(), ok);
}

void TestSeaArtAdapter::submitRequest()
{
    TaskSpec spec{QStringLiteral("nano_banana_2"), QStringLiteral("image"), QStringLiteral("a cat"),
                  obj("{'width':1024,'prompt':'ignored'}")};
    const ProviderRequest request = m_adapter.submitRequest({Base, QStringLiteral("k-123")}, spec);
    QCOMPARE(request.phase, ApiPhase::Submit);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toString(), QStringLiteral("http://127.0.0.1:8080/seaart/v1/queue/nano_banana_2"));
    QCOMPARE(headerOf(request, "Authorization"), QByteArray("Key k-123"));
    QCOMPARE(headerOf(request, "Content-Type"), QByteArray("application/json"));
    // The body is the parameter object itself: prompt added, no "input" wrapper, no model.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cat"));
    QCOMPARE(body.value(QStringLiteral("width")).toInt(), 1024);
    QVERIFY(!body.contains(QStringLiteral("input")));
    QVERIFY(!body.contains(QStringLiteral("model")));
}

void TestSeaArtAdapter::followUpRequestsUseStoredUrls()
{
    const QJsonObject data = obj("{'status_url':'http://127.0.0.1:8080/seaart/v1/queue/nano_banana_2/requests/r1/status',"
                                 "'response_url':'http://127.0.0.1:8080/seaart/v1/queue/nano_banana_2/requests/r1/response',"
                                 "'cancel_url':'http://127.0.0.1:8080/seaart/v1/queue/nano_banana_2/requests/r1/cancel'}");
    const Task t = task(QStringLiteral("seaart"), QStringLiteral("r1"), QStringLiteral("nano_banana_2"), data);
    const ProviderEndpoint endpoint{Base, QStringLiteral("k")};

    const ProviderRequest status = m_adapter.statusRequest(endpoint, t);
    QCOMPARE(status.method, QByteArray("GET"));
    QCOMPARE(status.phase, ApiPhase::Poll);
    QCOMPARE(status.url.toString(), data.value(QStringLiteral("status_url")).toString());
    QCOMPARE(headerOf(status, "Authorization"), QByteArray("Key k"));

    const auto result = m_adapter.resultRequest(endpoint, t);
    QVERIFY(result);
    QCOMPARE(result->phase, ApiPhase::Result);
    QCOMPARE(result->url.toString(), data.value(QStringLiteral("response_url")).toString());

    const auto cancel = m_adapter.cancelRequest(endpoint, t);
    QVERIFY(cancel);
    QCOMPARE(cancel->method, QByteArray("PUT"));
    QCOMPARE(cancel->phase, ApiPhase::Cancel);
    QCOMPARE(cancel->url.toString(), data.value(QStringLiteral("cancel_url")).toString());
}

void TestSeaArtAdapter::followUpRequestsFallBackToBuiltUrls()
{
    const Task t = task(QStringLiteral("seaart"), QStringLiteral("r1"), QStringLiteral("wan26_i2v"));
    const ProviderEndpoint endpoint{Base, QStringLiteral("k")};
    const QString prefix = QStringLiteral("http://127.0.0.1:8080/seaart/v1/queue/wan26_i2v/requests/r1/");
    QCOMPARE(m_adapter.statusRequest(endpoint, t).url.toString(), prefix + QStringLiteral("status"));
    QCOMPARE(m_adapter.resultRequest(endpoint, t)->url.toString(), prefix + QStringLiteral("response"));
    QCOMPARE(m_adapter.cancelRequest(endpoint, t)->url.toString(), prefix + QStringLiteral("cancel"));
}

void TestSeaArtAdapter::foreignStoredUrlsAreIgnored()
{
    // The key must not be sent to a host the profile does not name.
    const QJsonObject data = obj("{'status_url':'https://evil.example/steal','cancel_url':'not a url at all ::'}");
    const Task t = task(QStringLiteral("seaart"), QStringLiteral("r1"), QStringLiteral("nano_banana_2"), data);
    const ProviderEndpoint endpoint{Base, QStringLiteral("k")};
    QCOMPARE(m_adapter.statusRequest(endpoint, t).url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_adapter.statusRequest(endpoint, t).url.path().endsWith(QStringLiteral("/requests/r1/status")));
    QVERIFY(m_adapter.cancelRequest(endpoint, t)->url.path().endsWith(QStringLiteral("/requests/r1/cancel")));
}

void TestSeaArtAdapter::remoteIdIsOneSegment()
{
    const Task t = task(QStringLiteral("seaart"), QStringLiteral("../../admin?x=1"), QStringLiteral("nano_banana_2"));
    const QUrl url = m_adapter.statusRequest({Base, QStringLiteral("k")}, t).url;
    QVERIFY(url.query().isEmpty());
    QVERIFY2(url.path(QUrl::FullyEncoded).contains(QStringLiteral("/requests/..%2F..%2Fadmin%3Fx%3D1/status")),
             qPrintable(url.toString(QUrl::FullyEncoded)));
}

void TestSeaArtAdapter::parseSubmit_data()
{
    addColumns();
    row("documented answer", 200,
        j("{'request_id':'mmsu_01','response_url':'http://h/r','status_url':'http://h/s','cancel_url':'http://h/c',"
          "'queue_position':0}"),
        "queued", "", "", false, false, -1, 0);
    row("fal status IN_QUEUE", 200, j("{'request_id':'r','status':'IN_QUEUE','queue_position':3}"), "queued", "", "",
        false, false, -1, 3);
    row("bare id", 200, j("{'request_id':'r'}"), "queued");
    row("numeric id", 200, j("{'request_id':12345}"), "queued");
    row("no request_id", 200, j("{'status':'IN_QUEUE'}"), "-", "unexpected_response", "server");
    row("empty object", 200, j("{}"), "-", "unexpected_response", "server");
    row("401 gateway", 401, j("{'error':{'code':'UNAUTHORIZED','message':'bad key'},'request_id':'x'}"), "-",
        "UNAUTHORIZED", "auth");
    row("429 gateway", 429, j("{'error':{'code':'RATE_LIMIT_EXCEEDED','message':'slow down'}}"), "-",
        "RATE_LIMIT_EXCEEDED", "rate_limit");
    row("404 app", 404, j("{'detail':'App not found: not_exists'}"), "-", "App not found: not_exists", "not_found");
    row("400 webhook", 400, j("{'detail':'webhook not supported'}"), "-", "webhook not supported", "validation");
    row("502 html", 502, QByteArray("<html><body>Bad gateway</body></html>"), "-", "http_502", "upstream");
    addMalformedRows();
}

void TestSeaArtAdapter::parseSubmit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseSubmit(reply(status, body));
    check(update);
    QFETCH(QString, state);
    if (state != QLatin1String("-"))
        QVERIFY(!update.remoteId.isEmpty());
    if (update.error)
        QCOMPARE(update.error->phase, ApiPhase::Submit);
}

void TestSeaArtAdapter::submitKeepsFollowUpUrls()
{
    const TaskUpdate update = m_adapter.parseSubmit(
        reply(200, j("{'request_id':'mmsu_01','response_url':'http://h/r','status_url':'http://h/s','cancel_url':'http://h/c'}")));
    QCOMPARE(update.remoteId, QStringLiteral("mmsu_01"));
    QCOMPARE(update.remoteData.value(QStringLiteral("status_url")).toString(), QStringLiteral("http://h/s"));
    QCOMPARE(update.remoteData.value(QStringLiteral("response_url")).toString(), QStringLiteral("http://h/r"));
    QCOMPARE(update.remoteData.value(QStringLiteral("cancel_url")).toString(), QStringLiteral("http://h/c"));
}

void TestSeaArtAdapter::submitErrorKeepsRetryAfter()
{
    const TaskUpdate update = m_adapter.parseSubmit(
        reply(429, j("{'error':{'code':'RATE_LIMIT_EXCEEDED','message':'slow down'}}"), {{"retry-after", "7"}}));
    QVERIFY(update.error);
    QCOMPARE(update.error->retryAfterSeconds, std::optional<int>(7));
    QCOMPARE(update.error->httpStatus, 429);
    QCOMPARE(update.error->provider, QStringLiteral("seaart"));
}

void TestSeaArtAdapter::parseStatus_data()
{
    addColumns();
    row("in queue", 200, j("{'status':'IN_QUEUE','queue_position':2,'request_id':'r'}"), "queued", "", "", false,
        false, -1, 2);
    row("in queue 202", 202, j("{'status':'IN_QUEUE','queue_position':0}"), "queued", "", "", false, false, -1, 0);
    row("in queue no position", 200, j("{'status':'IN_QUEUE'}"), "queued");
    row("in progress", 200, j("{'status':'IN_PROGRESS','logs':[{'message':'step 1'}]}"), "running");
    row("in progress 202", 202, j("{'status':'IN_PROGRESS'}"), "running");
    // COMPLETED is only "terminal": the outputs decide success.
    row("completed", 200, j("{'status':'COMPLETED','metrics':{'inference_time':1.5}}"), "-", "", "", false, true);
    row("completed error null", 200, j("{'status':'COMPLETED','error':null,'error_type':null}"), "-", "", "", false, true);
    row("inference failure", 200,
        j("{'status':'COMPLETED','error':'Task execution failed','error_type':'INFERENCE_FAILURE'}"), "failed",
        "INFERENCE_FAILURE", "server");
    row("inference timeout", 200, j("{'status':'COMPLETED','error':'took too long','error_type':'INFERENCE_TIMEOUT'}"),
        "timed_out", "INFERENCE_TIMEOUT", "timeout");
    row("canceled", 200, j("{'status':'COMPLETED','error':'Request canceled','error_type':'CANCELED'}"), "cancelled",
        "CANCELED", "cancelled");
    row("content blocked", 200, j("{'status':'COMPLETED','error':'nsfw','error_type':'CONTENT_BLOCKED'}"), "failed",
        "CONTENT_BLOCKED", "content_policy");
    row("request invalid", 200, j("{'status':'COMPLETED','error':'bad size','error_type':'REQUEST_INVALID'}"), "failed",
        "REQUEST_INVALID", "validation");
    row("error without type", 200, j("{'status':'COMPLETED','error':'Task execution failed'}"), "failed",
        "INFERENCE_FAILURE", "server");
    row("undocumented error type", 200, j("{'status':'COMPLETED','error':'x','error_type':'GPU_ON_FIRE'}"), "failed",
        "GPU_ON_FIRE");
    row("tolerated FAILED", 200, j("{'status':'FAILED'}"), "failed", "INFERENCE_FAILURE", "server");
    row("tolerated CANCELED", 200, j("{'status':'CANCELED'}"), "cancelled", "CANCELED", "cancelled");
    row("unknown status", 200, j("{'status':'WAITING_FOR_GODOT'}"), "-", "unexpected_response", "server");
    row("no status", 200, j("{'request_id':'r'}"), "-", "unexpected_response", "server");
    row("numeric status", 200, j("{'status':3}"), "-", "unexpected_response", "server");
    row("404 request not found", 404, j("{'detail':'Request not found'}"), "-", "Request not found", "not_found", true);
    row("404 html", 404, QByteArray("<html>nope</html>"), "-", "http_404", "not_found", true);
    row("401", 401, j("{'error':{'code':'UNAUTHORIZED','message':'no'}}"), "-", "UNAUTHORIZED", "auth");
    row("500 runtime", 500, j("{'detail':'Runtime execution failed'}"), "-", "Runtime execution failed", "server");
    row("503 empty", 503, QByteArray(), "-", "http_503", "server");
    addMalformedRows();
}

void TestSeaArtAdapter::parseStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseStatus(reply(status, body), task(QStringLiteral("seaart"), QStringLiteral("r")));
    check(update);
    if (update.error && update.error->provider != QLatin1String("queuelens") && status < 300)
        QCOMPARE(update.error->phase, ApiPhase::InTask);
}

void TestSeaArtAdapter::inTaskFailureKeepsDetails()
{
    const TaskUpdate update = m_adapter.parseStatus(
        reply(200, j("{'status':'COMPLETED','error':'Task execution failed','error_type':'INFERENCE_FAILURE',"
                     "'request_id':'mmsu_9'}")),
        task(QStringLiteral("seaart"), QStringLiteral("mmsu_9")));
    QVERIFY(update.error);
    QCOMPARE(update.error->phase, ApiPhase::InTask);
    QCOMPARE(update.error->provider, QStringLiteral("seaart"));
    QCOMPARE(update.error->message, QStringLiteral("Task execution failed"));
    QCOMPARE(update.error->requestId, QStringLiteral("mmsu_9"));
    QVERIFY(update.error->documented);
}

void TestSeaArtAdapter::parseResult_data()
{
    addColumns();
    // 202 = not ready yet: no news, no error.
    row("202 in progress", 202, j("{'status':'IN_PROGRESS'}"), "-");
    row("202 in queue", 202, j("{'status':'IN_QUEUE','queue_position':1}"), "-", "", "", false, false, -1, 1);
    row("202 empty", 202, QByteArray(), "-");
    row("202 html", 202, QByteArray("<html>wait</html>"), "-");
    row("one image", 200,
        j("{'request_id':'r','outputs':[{'type':'image','url':'https://cdn.example/0.png','content_type':'image/png',"
          "'width':1024,'height':1024}],'metadata':{'prompt':'a cat'}}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/0.png")});
    row("two outputs in order", 200,
        j("{'outputs':[{'url':'https://cdn.example/0.png'},{'url':'https://cdn.example/1.png'}]}"), "succeeded", "",
        "", false, false, 100, -1, {QStringLiteral("https://cdn.example/0.png"), QStringLiteral("https://cdn.example/1.png")});
    row("video output", 200, j("{'outputs':[{'type':'video','url':'https://cdn.example/v.mp4','duration':5}]}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/v.mp4")});
    row("fal images shape", 200, j("{'images':[{'url':'https://cdn.example/f.png'}]}"), "succeeded", "", "", false,
        false, 100, -1, {QStringLiteral("https://cdn.example/f.png")});
    row("fal video shape", 200, j("{'video':{'url':'https://cdn.example/f.mp4'}}"), "succeeded", "", "", false, false,
        100, -1, {QStringLiteral("https://cdn.example/f.mp4")});
    row("outputs empty", 200, j("{'outputs':[]}"), "failed", "unexpected_response", "server");
    row("outputs without url", 200, j("{'outputs':[{'type':'image','url':'javascript:alert(1)'}]}"), "failed",
        "unexpected_response", "server");
    row("failure at response", 200, j("{'status':'COMPLETED','error':'bad','error_type':'INFERENCE_FAILURE'}"), "failed",
        "INFERENCE_FAILURE", "server");
    row("completed no outputs", 200, j("{'status':'COMPLETED'}"), "failed", "unexpected_response", "server");
    row("422 validation", 422, j("{'detail':[{'loc':['body','width'],'msg':'too big','type':'value_error'}]}"), "failed",
        "value_error", "validation");
    row("404", 404, j("{'detail':'Request not found'}"), "-", "Request not found", "not_found", true);
    row("500", 500, j("{'detail':'Runtime execution failed'}"), "-", "Runtime execution failed", "server");
    addMalformedRows();
}

void TestSeaArtAdapter::parseResult()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseResult(reply(status, body), task(QStringLiteral("seaart"), QStringLiteral("r")));
    // Succeeded carries progress 100; every other row expects "no progress".
    check(update);
}

void TestSeaArtAdapter::parseCancel_data()
{
    addColumns();
    row("202 requested", 202, j("{'status':'CANCELLATION_REQUESTED'}"), "cancelling");
    row("202 no body", 202, QByteArray(), "cancelling");
    row("200 OK", 200, j("{'status':'OK'}"), "cancelling");
    // Too late: no error and no state; the engine re-polls and adopts the real state.
    row("400 already completed", 400, j("{'status':'ALREADY_COMPLETED'}"), "-");
    row("400 already completed gateway", 400, j("{'error':{'code':'ALREADY_COMPLETED','message':'done'}}"), "-");
    row("404 not found", 404, j("{'status':'NOT_FOUND'}"), "-", "NOT_FOUND", "not_found", true);
    row("401", 401, j("{'error':{'code':'UNAUTHORIZED','message':'no'}}"), "-", "UNAUTHORIZED", "auth");
    row("400 other", 400, j("{'detail':'bad request'}"), "-", "bad request", "validation");
    row("200 html", 200, QByteArray("<html>hi</html>"), "-", "malformed_response", "server");
}

void TestSeaArtAdapter::parseCancel()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    check(m_adapter.parseCancel(reply(status, body), task(QStringLiteral("seaart"), QStringLiteral("r"))));
}

void TestSeaArtAdapter::alreadyCompletedSaysSo()
{
    const TaskUpdate update = m_adapter.parseCancel(reply(400, j("{'status':'ALREADY_COMPLETED'}")),
                                                    task(QStringLiteral("seaart"), QStringLiteral("r")));
    QVERIFY(!update.error);
    QVERIFY(!update.state);
    QVERIFY2(update.excerpt.contains(QStringLiteral("already completed")), qPrintable(update.excerpt));
}

void TestSeaArtAdapter::excerptIsRedacted()
{
    const TaskUpdate update = m_adapter.parseStatus(
        reply(401, j("{'detail':'bad header Authorization: Key sk-abcdef0123456789 rejected','api_key':'sk-zzzzzzzz1234'}")),
        task(QStringLiteral("seaart"), QStringLiteral("r")));
    QVERIFY2(!update.excerpt.contains(QStringLiteral("abcdef0123456789")), qPrintable(update.excerpt));
    QVERIFY2(!update.excerpt.contains(QStringLiteral("zzzzzzzz1234")), qPrintable(update.excerpt));
    QVERIFY(update.excerpt.startsWith(QStringLiteral("HTTP 401")));

    QByteArray huge = "{\"status\":\"IN_QUEUE\",\"logs\":\"";
    huge += QByteArray(100000, 'x');
    huge += "\"}";
    const TaskUpdate big = m_adapter.parseStatus(reply(200, huge), task(QStringLiteral("seaart"), QStringLiteral("r")));
    QCOMPARE(stateId(big.state), QStringLiteral("queued"));
    QVERIFY(big.excerpt.size() <= 300);
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestSeaArtAdapter)
#include "tst_providers_seaart.moc"
