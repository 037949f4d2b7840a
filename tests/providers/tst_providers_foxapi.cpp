// FoxAPI adapter: requests as data, and every answer shape of protocols.md section 2.

#include "builtinproviders.h"
#include "foxapi/foxapiadapter.h"
#include "parsetestsupport.h"

#include <QTest>

using namespace ParseTest;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8080/foxapi"));

QByteArray headerOf(const ProviderRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

class TestFoxApiAdapter : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void validate_data();
    void validate();
    void submitRequest_data();
    void submitRequest();
    void statusRequest();
    void parseSubmit_data();
    void parseSubmit();
    void submitKeepsEstimate();
    void parseStatus_data();
    void parseStatus();
    void failureKeepsProviderWords();
    void cancelIsUnsupported();

private:
    FoxApiAdapter m_adapter;
};

void TestFoxApiAdapter::identity()
{
    QCOMPARE(m_adapter.id(), QStringLiteral("foxapi"));
    const ProviderCapabilities caps = m_adapter.capabilities();
    QVERIFY(!caps.canCancel);
    QVERIFY(!caps.cancelUnsupportedReason.isEmpty());
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("wan-2.7-image")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("veo-3.1-fast")));
    QVERIFY(m_adapter.kinds().contains(QStringLiteral("image")));
    QVERIFY(m_adapter.kinds().contains(QStringLiteral("video")));
}

void TestFoxApiAdapter::validate_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("ok");
    QTest::newRow("image") << "wan-2.7-image" << "image" << true;
    QTest::newRow("video") << "veo-3.1-fast" << "video" << true;
    QTest::newRow("no kind") << "wan-2.7-image" << "" << true;
    QTest::newRow("audio") << "suno" << "audio" << false;
    QTest::newRow("no model") << "" << "image" << false;
    QTest::newRow("space") << "wan 2.7" << "image" << false;
}

void TestFoxApiAdapter::validate()
{
    QFETCH(QString, model);
    QFETCH(QString, kind);
    QFETCH(bool, ok);
    QCOMPARE(m_adapter.validate(TaskSpec{model, kind, QStringLiteral("a fox"), {}}).isEmpty(), ok);
}

void TestFoxApiAdapter::submitRequest_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("image") << "image" << "/foxapi/v1/images/generations";
    QTest::newRow("default") << "" << "/foxapi/v1/images/generations";
    QTest::newRow("video") << "video" << "/foxapi/v1/videos/generations";
    QTest::newRow("text2video") << "text2video" << "/foxapi/v1/videos/generations";
}

void TestFoxApiAdapter::submitRequest()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    const TaskSpec spec{QStringLiteral("veo-3.1-fast"), kind, QStringLiteral("a fox"), obj("{'duration':8,'model':'x'}")};
    const ProviderRequest request = m_adapter.submitRequest({Base, QStringLiteral("sk-1")}, spec);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.phase, ApiPhase::Submit);
    QCOMPARE(request.url.path(), path);
    QCOMPARE(headerOf(request, "Authorization"), QByteArray("Bearer sk-1"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("veo-3.1-fast"));
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a fox"));
    QCOMPARE(body.value(QStringLiteral("duration")).toInt(), 8);
}

void TestFoxApiAdapter::statusRequest()
{
    const ProviderRequest request =
        m_adapter.statusRequest({Base, QStringLiteral("sk-1")}, task(QStringLiteral("foxapi"), QStringLiteral("task-unified-1-abc")));
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url.toString(), QStringLiteral("http://127.0.0.1:8080/foxapi/v1/tasks/task-unified-1-abc"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!m_adapter.cancelRequest({Base, QStringLiteral("sk-1")}, task(QStringLiteral("foxapi"), QStringLiteral("t"))));
    QVERIFY(!m_adapter.resultRequest({Base, QStringLiteral("sk-1")}, task(QStringLiteral("foxapi"), QStringLiteral("t"))));
}

void TestFoxApiAdapter::parseSubmit_data()
{
    addColumns();
    row("documented", 200,
        j("{'created':1757165031,'id':'task-unified-1757165031-uyujaw3d','model':'wan-2.7-image',"
          "'object':'image.generation.task','progress':0,'status':'pending',"
          "'task_info':{'can_cancel':true,'estimated_time':45},'type':'image'}"),
        "queued");
    row("processing at once", 200, j("{'id':'t','status':'processing','progress':10}"), "running", "", "", false, false, 10);
    row("task_id tolerated", 200, j("{'task_id':'t','status':'pending'}"), "queued");
    row("no id", 200, j("{'status':'pending'}"), "-", "unexpected_response", "server");
    row("401", 401, j("{'error':{'message':'Invalid token','type':'authentication_error','code':'invalid_api_key'}}"), "-",
        "invalid_api_key", "auth");
    row("402", 402, j("{'error':{'message':'Insufficient balance','code':'insufficient_balance'}}"), "-",
        "insufficient_balance", "billing");
    row("429", 429, j("{'error':{'message':'Too many','type':'rate_limit_error','code':'rate_limit_exceeded'}}"), "-",
        "rate_limit_exceeded", "rate_limit");
    addMalformedRows();
}

void TestFoxApiAdapter::parseSubmit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseSubmit(reply(status, body));
    check(update);
    QFETCH(QString, state);
    QCOMPARE(update.remoteId.isEmpty(), state == QLatin1String("-"));
}

void TestFoxApiAdapter::submitKeepsEstimate()
{
    const TaskUpdate update = m_adapter.parseSubmit(reply(
        200, j("{'id':'task-unified-1','status':'pending','task_info':{'can_cancel':true,'estimated_time':45},'type':'video'}")));
    QCOMPARE(update.remoteId, QStringLiteral("task-unified-1"));
    QCOMPARE(update.estimatedSeconds, 45);
    QCOMPARE(update.remoteData.value(QStringLiteral("type")).toString(), QStringLiteral("video"));
}

void TestFoxApiAdapter::parseStatus_data()
{
    addColumns();
    row("pending", 200, j("{'id':'t','status':'pending','progress':0}"), "queued");
    row("processing", 200, j("{'id':'t','status':'processing','progress':40}"), "running", "", "", false, false, 40);
    row("processing string progress", 200, j("{'status':'processing','progress':'55'}"), "running", "", "", false, false, 55);
    row("processing clamped", 200, j("{'status':'processing','progress':250}"), "running", "", "", false, false, 100);
    row("processing negative", 200, j("{'status':'processing','progress':-5}"), "running");
    row("processing no progress", 200, j("{'status':'processing'}"), "running");
    // The three documented result shapes.
    row("results objects", 200,
        j("{'status':'completed','progress':100,'results':[{'url':'https://cdn.example/a.png'},{'url':'https://cdn.example/b.png','seed':1}]}"),
        "succeeded", "", "", false, false, 100, -1,
        {QStringLiteral("https://cdn.example/a.png"), QStringLiteral("https://cdn.example/b.png")});
    row("results strings", 200, j("{'status':'completed','results':['https://cdn.example/a.png']}"), "succeeded", "", "",
        false, false, 100, -1, {QStringLiteral("https://cdn.example/a.png")});
    row("output object", 200,
        j("{'status':'completed','output':{'url':'https://cdn.example/v.mp4','urls':['https://cdn.example/v.mp4','https://cdn.example/w.mp4'],'duration':8}}"),
        "succeeded", "", "", false, false, 100, -1,
        {QStringLiteral("https://cdn.example/v.mp4"), QStringLiteral("https://cdn.example/w.mp4")});
    row("output urls only", 200, j("{'status':'completed','output':{'urls':['https://cdn.example/v.mp4']}}"), "succeeded",
        "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/v.mp4")});
    row("completed without url", 200, j("{'status':'completed','results':[{'voice_id':'v1'}]}"), "failed",
        "unexpected_response", "server");
    // In-task failures: error.code decides the state and the category.
    row("failed content", 200,
        j("{'status':'failed','error':{'code':'content_policy_violation','message':'blocked'}}"), "failed",
        "content_policy_violation", "content_policy");
    row("failed generic", 200, j("{'status':'failed','error':{'code':'generation_failed','message':'boom'}}"), "failed",
        "generation_failed", "server");
    row("failed timeout", 200, j("{'status':'failed','error':{'code':'timeout','message':'slow'}}"), "timed_out",
        "timeout", "timeout");
    row("failed generation_timeout", 200, j("{'status':'failed','error':{'code':'generation_timeout','message':'slow'}}"),
        "timed_out", "generation_timeout", "timeout");
    row("failed request_cancelled", 200, j("{'status':'failed','error':{'code':'request_cancelled','message':'bye'}}"),
        "cancelled", "request_cancelled", "cancelled");
    row("failed no error object", 200, j("{'status':'failed'}"), "failed", "generation_failed", "server");
    row("failed unknown code", 200, j("{'status':'failed','error':{'code':'brand_new_code','message':'?'}}"), "failed",
        "brand_new_code");
    row("cancelled", 200, j("{'status':'cancelled'}"), "cancelled", "request_cancelled", "cancelled");
    row("unknown status", 200, j("{'status':'thinking'}"), "-", "unexpected_response", "server");
    row("no status", 200, j("{'id':'t'}"), "-", "unexpected_response", "server");
    row("404", 404, j("{'error':{'message':'Task not found','type':'not_found_error','code':'task_not_found'}}"), "-",
        "task_not_found", "not_found", true);
    row("500", 500, j("{'error':{'message':'oops','type':'server_error','code':'internal_error'}}"), "-", "internal_error");
    addMalformedRows();
}

void TestFoxApiAdapter::parseStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    check(m_adapter.parseStatus(reply(status, body), task(QStringLiteral("foxapi"), QStringLiteral("t"))));
}

void TestFoxApiAdapter::failureKeepsProviderWords()
{
    const TaskUpdate update = m_adapter.parseStatus(
        reply(200, j("{'status':'failed','task_info':{'estimated_time':3},'error':{'code':'invalid_image_url','message':'cannot fetch image'}}")),
        task(QStringLiteral("foxapi"), QStringLiteral("t")));
    QVERIFY(update.error);
    QCOMPARE(update.error->phase, ApiPhase::InTask);
    QCOMPARE(update.error->provider, QStringLiteral("foxapi"));
    QCOMPARE(update.error->message, QStringLiteral("cannot fetch image"));
    QCOMPARE(ErrorTaxonomy::categoryId(update.error->category), QStringLiteral("validation"));
    QCOMPARE(update.estimatedSeconds, 3);
}

void TestFoxApiAdapter::cancelIsUnsupported()
{
    const TaskUpdate update = m_adapter.parseCancel(reply(200, j("{}")), task(QStringLiteral("foxapi"), QStringLiteral("t")));
    QVERIFY(!update.state);
    QVERIFY(update.error);
    QCOMPARE(update.error->code, QStringLiteral("cancel_unsupported"));
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestFoxApiAdapter)
#include "tst_providers_foxapi.moc"
