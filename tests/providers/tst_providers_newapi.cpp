// new-api adapter: the OpenAI video object, the TaskDto wrapper and new-api's error quirks
// (protocols.md section 3).

#include "builtinproviders.h"
#include "newapi/newapiadapter.h"
#include "parsetestsupport.h"

#include <QTest>

using namespace ParseTest;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8080/newapi"));

QByteArray headerOf(const ProviderRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

class TestNewApiAdapter : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void validate();
    void requests();
    void parseSubmit_data();
    void parseSubmit();
    void parseStatus_data();
    void parseStatus();
    void failureMessageLosesRequestIdSuffix();
    void completedWithoutUrlKeepsContentPath();
    void cancelIsUnsupported();
    void failureReasonShapes_data();
    void failureReasonShapes();
    void completedWithoutUrlNeedsKey();

private:
    NewApiAdapter m_adapter;
};

void TestNewApiAdapter::identity()
{
    QCOMPARE(m_adapter.id(), QStringLiteral("newapi"));
    QVERIFY(!m_adapter.capabilities().canCancel);
    QVERIFY(m_adapter.capabilities().cancelUnsupportedReason.contains(QStringLiteral("cancel")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("sora-2")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("kling-v2")));
    QCOMPARE(m_adapter.kinds(), QStringList{QStringLiteral("video")});
}

void TestNewApiAdapter::validate()
{
    QVERIFY(m_adapter.validate(TaskSpec{QStringLiteral("sora-2"), QStringLiteral("video"), QStringLiteral("a wave"), {}}).isEmpty());
    QVERIFY(m_adapter.validate(TaskSpec{QStringLiteral("sora-2"), QString(), QStringLiteral("a wave"), {}}).isEmpty());
    QVERIFY(!m_adapter.validate(TaskSpec{QStringLiteral("sora-2"), QStringLiteral("image"), QStringLiteral("a wave"), {}}).isEmpty());
    QVERIFY(!m_adapter.validate(TaskSpec{QString(), QStringLiteral("video"), QStringLiteral("a wave"), {}}).isEmpty());
    QVERIFY(!m_adapter.validate(TaskSpec{QStringLiteral("sora-2"), QStringLiteral("video"), QString(), {}}).isEmpty());
}

void TestNewApiAdapter::requests()
{
    const ProviderEndpoint endpoint{Base, QStringLiteral("sk-abc")};
    const ProviderRequest submit = m_adapter.submitRequest(
        endpoint, TaskSpec{QStringLiteral("sora-2"), QStringLiteral("video"), QStringLiteral("a wave"), obj("{'seconds':'4'}")});
    QCOMPARE(submit.method, QByteArray("POST"));
    QCOMPARE(submit.url.toString(), QStringLiteral("http://127.0.0.1:8080/newapi/v1/videos"));
    QCOMPARE(headerOf(submit, "Authorization"), QByteArray("Bearer sk-abc"));
    const QJsonObject body = QJsonDocument::fromJson(submit.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("sora-2"));
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a wave"));
    QCOMPARE(body.value(QStringLiteral("seconds")).toString(), QStringLiteral("4"));

    const ProviderRequest status = m_adapter.statusRequest(endpoint, task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
    QCOMPARE(status.method, QByteArray("GET"));
    QCOMPARE(status.url.toString(), QStringLiteral("http://127.0.0.1:8080/newapi/v1/videos/task_abc"));
    QVERIFY(!m_adapter.cancelRequest(endpoint, task(QStringLiteral("newapi"), QStringLiteral("task_abc"))));
}

void TestNewApiAdapter::parseSubmit_data()
{
    addColumns();
    row("openai video", 200,
        j("{'id':'task_abc','task_id':'task_abc','object':'video','model':'sora-2','status':'queued','progress':0,'created_at':1}"),
        "queued", "", "", false, false, 0);
    row("docs variant", 200, j("{'task_id':'task_abc','status':'queued'}"), "queued");
    row("unknown at once", 200, j("{'id':'task_abc','status':'unknown'}"), "queued");
    row("no status", 200, j("{'id':'task_abc'}"), "queued");
    row("no id", 200, j("{'status':'queued'}"), "-", "unexpected_response", "server");
    row("relay 401", 401, j("{'error':{'message':'invalid token (request id: 2025X)','type':'new_api_error','code':''}}"),
        "-", "http_401", "auth");
    row("quota 403", 403,
        j("{'error':{'message':'user quota is not enough (request id: R1)','type':'new_api_error','code':'insufficient_user_quota'}}"),
        "-", "insufficient_user_quota", "billing");
    row("model 503", 503,
        j("{'error':{'message':'no channel (request id: R2)','type':'new_api_error','code':'model_not_found'}}"), "-",
        "model_not_found", "not_found");
    row("task route 400", 400, j("{'code':'invalid_request','message':'prompt is required','data':null}"), "-",
        "invalid_request", "validation");
    row("task error wrapped in 200", 200, j("{'code':'invalid_request','message':'prompt is required','data':null}"), "-",
        "invalid_request", "validation");
    row("429 rate limit", 429,
        j("{'error':{'message':'limit reached (request id: R3)','type':'new_api_error','code':''}}"), "-",
        "http_429", "rate_limit");
    addMalformedRows();
}

void TestNewApiAdapter::parseSubmit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseSubmit(reply(status, body));
    check(update);
    QFETCH(QString, state);
    QCOMPARE(update.remoteId.isEmpty(), state == QLatin1String("-"));
    if (!update.remoteId.isEmpty())
        QCOMPARE(update.remoteId, QStringLiteral("task_abc"));
}

void TestNewApiAdapter::parseStatus_data()
{
    addColumns();
    // OpenAI video object of /v1/videos/{id}.
    row("queued", 200, j("{'id':'task_abc','status':'queued','progress':0}"), "queued", "", "", false, false, 0);
    // new-api reports a task that has not started as "unknown": not terminal (issue #5045).
    row("unknown", 200, j("{'id':'task_abc','status':'unknown','progress':0}"), "queued", "", "", false, false, 0);
    row("in progress", 200, j("{'id':'task_abc','status':'in_progress','progress':45}"), "running", "", "", false, false, 45);
    row("completed metadata.url", 200,
        j("{'id':'task_abc','status':'completed','progress':100,'metadata':{'url':'https://cdn.example/v.mp4'}}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/v.mp4")});
    row("completed url", 200, j("{'task_id':'task_abc','status':'completed','url':'https://cdn.example/v.mp4'}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/v.mp4")});
    row("failed", 200,
        j("{'id':'task_abc','status':'failed','error':{'code':'sensitive_words_detected','message':'blocked (request id: X1)'}}"),
        "failed", "sensitive_words_detected", "content_policy");
    // No timeout status in new-api, but the code says so (the catalog knows it is a timeout).
    row("failed channel timeout", 200,
        j("{'id':'task_abc','status':'failed','error':{'code':'channel:response_time_exceeded','message':'slow'}}"),
        "timed_out", "channel:response_time_exceeded", "timeout");
    row("failed without code", 200, j("{'id':'task_abc','status':'failed','error':{'message':'upstream died'}}"), "failed",
        "task_failed", "server");
    // The /v1/video/generations/{id} wrapper around a TaskDto.
    row("dto NOT_START", 200, j("{'code':'success','message':'','data':{'task_id':'task_abc','status':'NOT_START','progress':'0%'}}"),
        "queued", "", "", false, false, 0);
    row("dto SUBMITTED", 200, j("{'code':'success','data':{'task_id':'task_abc','status':'SUBMITTED','progress':'0%'}}"),
        "queued", "", "", false, false, 0);
    row("dto QUEUED", 200, j("{'code':'success','data':{'task_id':'task_abc','status':'QUEUED','progress':'5%'}}"), "queued",
        "", "", false, false, 5);
    row("dto IN_PROGRESS", 200, j("{'code':'success','data':{'task_id':'task_abc','status':'IN_PROGRESS','progress':'60%'}}"),
        "running", "", "", false, false, 60);
    row("dto SUCCESS", 200,
        j("{'code':'success','data':{'task_id':'task_abc','status':'SUCCESS','progress':'100%','result_url':'https://cdn.example/d.mp4'}}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/d.mp4")});
    // Without a URL the file is fetched from /content with the key (completedWithoutUrlKeepsContentPath).
    row("dto SUCCESS without url", 200, j("{'code':'success','data':{'task_id':'task_abc','status':'SUCCESS'}}"), "succeeded",
        "", "", false, false, 100, -1, {QStringLiteral("v1/videos/task_abc/content")});
    row("dto SUCCESS without url or id", 200, j("{'code':'success','data':{'status':'SUCCESS'}}"), "failed",
        "unexpected_response", "server");
    row("dto FAILURE", 200,
        j("{'code':'success','data':{'task_id':'task_abc','status':'FAILURE','progress':'100%','fail_reason':'upstream rejected'}}"),
        "failed", "task_failed", "server", false, false, 100);
    row("dto docs variant", 200,
        j("{'code':'success','data':{'task_id':'task_abc','status':'completed','url':'https://cdn.example/e.mp4'}}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/e.mp4")});
    // Unknown ids: HTTP 400 task_not_exist, not 404.
    row("400 task_not_exist", 400, j("{'code':'task_not_exist','message':'task_not_exist','data':null}"), "-",
        "task_not_exist", "not_found", true);
    row("404 plain", 404, j("{'error':{'message':'Not Found','type':'new_api_error','code':''}}"), "-", "http_404",
        "not_found", true);
    row("200 task_not_exist", 200, j("{'code':'task_not_exist','message':'task_not_exist','data':null}"), "-",
        "task_not_exist", "not_found", true);
    row("500 channel", 500, j("{'error':{'message':'x (request id: Q)','type':'new_api_error','code':'get_channel_failed'}}"),
        "-", "get_channel_failed", "upstream");
    row("unknown status", 200, j("{'id':'task_abc','status':'dreaming'}"), "-", "unexpected_response", "server");
    row("no status", 200, j("{'id':'task_abc'}"), "-", "unexpected_response", "server");
    addMalformedRows();
}

void TestNewApiAdapter::parseStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    check(m_adapter.parseStatus(reply(status, body), task(QStringLiteral("newapi"), QStringLiteral("task_abc"))));
}

void TestNewApiAdapter::failureMessageLosesRequestIdSuffix()
{
    const TaskUpdate update = m_adapter.parseStatus(
        reply(200, j("{'id':'task_abc','status':'failed','error':{'code':'sensitive_words_detected','message':'blocked (request id: X1)'}}")),
        task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
    QVERIFY(update.error);
    QCOMPARE(update.error->message, QStringLiteral("blocked"));
    QCOMPARE(update.error->requestId, QStringLiteral("X1"));
    QCOMPARE(update.error->phase, ApiPhase::InTask);
}

void TestNewApiAdapter::completedWithoutUrlKeepsContentPath()
{
    // The file is then served by {base}/v1/videos/{id}/content, whichever shape said so.
    for (const QByteArray &body : {j("{'id':'task_abc','status':'completed','progress':100}"),
                                   j("{'code':'success','data':{'task_id':'task_abc','status':'SUCCESS'}}")}) {
        const TaskUpdate update = m_adapter.parseStatus(reply(200, body), task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
        QCOMPARE(stateId(update.state), QStringLiteral("succeeded"));
        QVERIFY(!update.error);
        QCOMPARE(update.remoteData.value(QStringLiteral("content_path")).toString(),
                 QStringLiteral("v1/videos/task_abc/content"));
        QCOMPARE(update.resultUrlsNeedingKey, QStringList{QStringLiteral("v1/videos/task_abc/content")});
    }
}

void TestNewApiAdapter::cancelIsUnsupported()
{
    const TaskUpdate update = m_adapter.parseCancel(reply(200, j("{}")), task(QStringLiteral("newapi"), QStringLiteral("t")));
    QVERIFY(!update.state);
    QVERIFY(update.error);
    QCOMPARE(update.error->code, QStringLiteral("cancel_unsupported"));
}

// Every place a new-api version puts a failed task's reason (dto OpenAIVideo, Task.ToOpenAIVideo
// with GetResultURL's FailReason fallback, channel ConvertToOpenAIVideo, TaskDto, Midjourney DTO).
void TestNewApiAdapter::failureReasonShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");   // empty: the "no reason" text
    QTest::newRow("error code+message")
        << j("{'id':'task_abc','status':'failed','error':{'code':'generation_failed','message':'upstream refused'}}")
        << "generation_failed" << "upstream refused";
    QTest::newRow("error empty code")
        << j("{'id':'task_abc','status':'failed','error':{'code':'','message':'upstream refused'}}") << "task_failed"
        << "upstream refused";
    QTest::newRow("error numeric code")
        << j("{'id':'task_abc','status':'failed','error':{'code':400,'message':'bad frame'}}") << "400" << "bad frame";
    QTest::newRow("error as text") << j("{'id':'task_abc','status':'failed','error':'quota gone'}") << "task_failed"
                                   << "quota gone";
    QTest::newRow("video fail_reason") << j("{'id':'task_abc','status':'failed','fail_reason':'nsfw input'}")
                                       << "task_failed" << "nsfw input";
    QTest::newRow("empty error, fail_reason")
        << j("{'id':'task_abc','status':'failed','error':{'code':'','message':''},'fail_reason':'nsfw input'}")
        << "task_failed" << "nsfw input";
    QTest::newRow("metadata.url reason")
        << j("{'id':'task_abc','object':'video','status':'failed','progress':100,'metadata':{'url':'content moderation failed'}}")
        << "task_failed" << "content moderation failed";
    QTest::newRow("metadata.url link is no reason")
        << j("{'id':'task_abc','status':'failed','metadata':{'url':'https://cdn.example/old.mp4'}}") << "task_failed" << "";
    QTest::newRow("metadata.fail_reason")
        << j("{'id':'task_abc','status':'failed','metadata':{'url':'','fail_reason':'upstream timeout'}}") << "task_failed"
        << "upstream timeout";
    QTest::newRow("no reason") << j("{'id':'task_abc','status':'failed','progress':100}") << "task_failed" << "";
    QTest::newRow("empty metadata") << j("{'id':'task_abc','status':'failed','metadata':{'url':''}}") << "task_failed"
                                    << "";
    QTest::newRow("dto fail_reason")
        << j("{'code':'success','message':'','data':{'task_id':'task_abc','status':'FAILURE','progress':'100%','fail_reason':'upstream rejected','result_url':''}}")
        << "task_failed" << "upstream rejected";
    QTest::newRow("dto empty fail_reason")
        << j("{'code':'success','data':{'task_id':'task_abc','status':'FAILURE','fail_reason':''}}") << "task_failed" << "";
    QTest::newRow("mj failReason")
        << j("{'code':'success','data':{'id':'1712','status':'FAILURE','progress':'0%','failReason':'banned prompt'}}")
        << "task_failed" << "banned prompt";
    QTest::newRow("docs variant error")
        << j("{'code':'success','data':{'task_id':'task_abc','status':'failed','error':{'code':'invalid_request','message':'bad size'}}}")
        << "invalid_request" << "bad size";
}

void TestNewApiAdapter::failureReasonShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const TaskUpdate update = m_adapter.parseStatus(reply(200, body), task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
    QVERIFY(update.state);
    QVERIFY2(*update.state == TaskState::Failed || *update.state == TaskState::TimedOut, qPrintable(stateId(update.state)));
    QVERIFY(update.error);
    QCOMPARE(update.error->phase, ApiPhase::InTask);
    QCOMPARE(update.error->code, code);
    if (message.isEmpty())
        QVERIFY2(update.error->message.contains(QStringLiteral("no reason")), qPrintable(update.error->message));
    else
        QCOMPARE(update.error->message, message);
    QVERIFY(update.resultUrls.isEmpty());
}

void TestNewApiAdapter::completedWithoutUrlNeedsKey()
{
    // Task.ToOpenAIVideo sets metadata.url to "" when no result URL is stored (OpenAI/Sora channels).
    const TaskUpdate update = m_adapter.parseStatus(
        reply(200, j("{'id':'task_abc','object':'video','status':'completed','progress':100,'metadata':{'url':''}}")),
        task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
    QCOMPARE(stateId(update.state), QStringLiteral("succeeded"));
    QVERIFY(!update.error);
    QCOMPARE(update.resultUrls, QStringList{QStringLiteral("v1/videos/task_abc/content")});
    QCOMPARE(update.resultUrlsNeedingKey, update.resultUrls);
    // A public link needs no key.
    const TaskUpdate linked = m_adapter.parseStatus(
        reply(200, j("{'id':'task_abc','status':'completed','metadata':{'url':'https://cdn.example/v.mp4'}}")),
        task(QStringLiteral("newapi"), QStringLiteral("task_abc")));
    QVERIFY(linked.resultUrlsNeedingKey.isEmpty());
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestNewApiAdapter)
#include "tst_providers_newapi.moc"
