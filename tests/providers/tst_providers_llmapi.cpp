// LLMAPI adapter: async image tasks, IMAGE_TASK_* reasons in error.type (protocols.md section 4).

#include "builtinproviders.h"
#include "llmapi/llmapiadapter.h"
#include "parsetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ParseTest;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8080/llmapi"));

QByteArray headerOf(const ProviderRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

const QString Png = QStringLiteral("https://oss.example/0.png");

} // namespace

class TestLlmApiAdapter : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void validate_data();
    void validate();
    void requests();
    void parseSubmit_data();
    void parseSubmit();
    void submitRetryAfterIsAPollHint();
    void parseStatus_data();
    void parseStatus();
    void parseCancel_data();
    void parseCancel();
    void listRequest();
    void findInList_data();
    void findInListFullPage();
    void findInList();
    void findInListErrors();

private:
    LlmApiAdapter m_adapter;
};

void TestLlmApiAdapter::identity()
{
    QCOMPARE(m_adapter.id(), QStringLiteral("llmapi"));
    QVERIFY(m_adapter.capabilities().canCancel);
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("gpt-image-2")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("gemini-2.5-flash-image")));
    QCOMPARE(m_adapter.kinds(), QStringList{QStringLiteral("image")});
}

void TestLlmApiAdapter::validate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "image" << obj("{'size':'1024x1024','n':1}") << true;
    QTest::newRow("no kind") << "" << QJsonObject() << true;
    QTest::newRow("video") << "video" << QJsonObject() << false;
    QTest::newRow("stream") << "image" << obj("{'stream':true}") << false;
    QTest::newRow("stream false") << "image" << obj("{'stream':false}") << true;
    QTest::newRow("n zero") << "image" << obj("{'n':0}") << false;
    QTest::newRow("n text") << "image" << obj("{'n':'many'}") << false;
}

void TestLlmApiAdapter::validate()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, params);
    QFETCH(bool, ok);
    QCOMPARE(m_adapter.validate(TaskSpec{QStringLiteral("gpt-image-2"), kind, QStringLiteral("a cat"), params}).isEmpty(), ok);
}

void TestLlmApiAdapter::requests()
{
    const ProviderEndpoint endpoint{Base, QStringLiteral("sk-img")};
    const ProviderRequest submit = m_adapter.submitRequest(
        endpoint, TaskSpec{QStringLiteral("gpt-image-2"), QStringLiteral("image"), QStringLiteral("a cat"), obj("{'n':2}")});
    QCOMPARE(submit.method, QByteArray("POST"));
    QCOMPARE(submit.url.toString(), QStringLiteral("http://127.0.0.1:8080/llmapi/v1/images/tasks"));
    QCOMPARE(headerOf(submit, "Authorization"), QByteArray("Bearer sk-img"));
    const QJsonObject body = QJsonDocument::fromJson(submit.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-image-2"));
    QCOMPARE(body.value(QStringLiteral("n")).toInt(), 2);
    // Links rather than inline images, unless the operator chose a format; Gemini takes none.
    QCOMPARE(body.value(QStringLiteral("response_format")).toString(), QStringLiteral("url"));
    auto formatOf = [&](const QString &model, const QJsonObject &params) {
        const ProviderRequest request =
            m_adapter.submitRequest(endpoint, TaskSpec{model, QStringLiteral("image"), QStringLiteral("a cat"), params});
        return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("response_format"));
    };
    QCOMPARE(formatOf(QStringLiteral("gpt-image-2"), obj("{'response_format':'b64_json'}")).toString(),
             QStringLiteral("b64_json"));
    QVERIFY(formatOf(QStringLiteral("gemini-2.5-flash-image"), {}).isUndefined());

    const Task t = task(QStringLiteral("llmapi"), QStringLiteral("imgtask_1"));
    QCOMPARE(m_adapter.statusRequest(endpoint, t).url.toString(),
             QStringLiteral("http://127.0.0.1:8080/llmapi/v1/images/tasks/imgtask_1"));
    const auto cancel = m_adapter.cancelRequest(endpoint, t);
    QVERIFY(cancel);
    QCOMPARE(cancel->method, QByteArray("POST"));
    QCOMPARE(cancel->phase, ApiPhase::Cancel);
    QCOMPARE(cancel->url.toString(), QStringLiteral("http://127.0.0.1:8080/llmapi/v1/images/tasks/imgtask_1/cancel"));
}

void TestLlmApiAdapter::parseSubmit_data()
{
    addColumns();
    row("202 task", 202, j("{'id':'imgtask_1','task_id':'imgtask_1','object':'image.task','status':'queued','model':'gpt-image-2','n':1}"),
        "queued");
    row("200 task_id only", 200, j("{'task_id':'imgtask_1','status':'queued'}"), "queued");
    row("id only", 202, j("{'id':'imgtask_1'}"), "queued");
    row("data wrapped", 202, j("{'data':{'task_id':'imgtask_1','status':'queued'}}"), "queued");
    row("no id", 202, j("{'status':'queued'}"), "-", "unexpected_response", "server");
    row("400 invalid", 400, j("{'error':{'type':'IMAGE_TASK_INVALID_REQUEST','message':'size not allowed'}}"), "-",
        "IMAGE_TASK_INVALID_REQUEST", "validation");
    row("403 balance", 403, j("{'error':{'type':'IMAGE_TASK_INSUFFICIENT_BALANCE','message':'top up'}}"), "-",
        "IMAGE_TASK_INSUFFICIENT_BALANCE", "billing");
    row("429 queue", 429, j("{'error':{'type':'IMAGE_TASK_QUEUE_LIMIT_EXCEEDED','message':'queue full'}}"), "-",
        "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", "rate_limit");
    row("503 disabled", 503, j("{'error':{'type':'IMAGE_TASKS_DISABLED','message':'off'}}"), "-", "IMAGE_TASKS_DISABLED",
        "server");
    row("anthropic shape", 401, j("{'type':'error','error':{'type':'authentication_error','message':'bad key'}}"), "-",
        "authentication_error", "auth");
    addMalformedRows(202);
}

void TestLlmApiAdapter::parseSubmit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseSubmit(reply(status, body));
    check(update);
    QFETCH(QString, state);
    if (state != QLatin1String("-"))
        QCOMPARE(update.remoteId, QStringLiteral("imgtask_1"));
}

void TestLlmApiAdapter::submitRetryAfterIsAPollHint()
{
    const TaskUpdate update = m_adapter.parseSubmit(
        reply(202, j("{'task_id':'imgtask_1','status':'queued'}"), {{"retry-after", "3"}, {"location", "/v1/images/tasks/imgtask_1"}}));
    QCOMPARE(update.estimatedSeconds, 3);
    QVERIFY(!update.error);
}

void TestLlmApiAdapter::parseStatus_data()
{
    addColumns();
    row("queued", 200, j("{'task_id':'imgtask_1','status':'queued'}"), "queued");
    row("running", 200, j("{'task_id':'imgtask_1','status':'running'}"), "running");
    row("running progress", 200, j("{'task_id':'imgtask_1','status':'running','progress':30}"), "running", "", "", false,
        false, 30);
    // The result layout is undocumented: every plausible shape is read.
    row("openai data", 200, j("{'status':'succeeded','data':[{'url':'https://oss.example/0.png','revised_prompt':'x'}]}"),
        "succeeded", "", "", false, false, 100, -1, {Png});
    row("result urls", 200, j("{'status':'succeeded','result':{'urls':['https://oss.example/0.png']}}"), "succeeded", "",
        "", false, false, 100, -1, {Png});
    row("result data", 200, j("{'status':'succeeded','result':{'data':[{'url':'https://oss.example/0.png'}]}}"),
        "succeeded", "", "", false, false, 100, -1, {Png});
    row("result url", 200, j("{'status':'succeeded','result':{'url':'https://oss.example/0.png'}}"), "succeeded", "", "",
        false, false, 100, -1, {Png});
    row("results", 200, j("{'status':'succeeded','results':[{'url':'https://oss.example/0.png'}]}"), "succeeded", "", "",
        false, false, 100, -1, {Png});
    row("images strings", 200, j("{'status':'succeeded','images':['https://oss.example/0.png']}"), "succeeded", "", "",
        false, false, 100, -1, {Png});
    row("urls", 200, j("{'status':'succeeded','urls':['https://oss.example/0.png']}"), "succeeded", "", "", false, false,
        100, -1, {Png});
    // Inline images (the API's default format) travel on as data: URLs; the engine writes them to files.
    row("b64 only", 200, j("{'status':'succeeded','data':[{'b64_json':'iVBORw0KGgo='}]}"), "succeeded", "", "", false,
        false, 100, -1, {QStringLiteral("data:image/png;base64,iVBORw0KGgo=")});
    row("b64 webp", 200, j("{'status':'succeeded','output_format':'webp','data':[{'b64_json':'UklGRg=='}]}"), "succeeded",
        "", "", false, false, 100, -1, {QStringLiteral("data:image/webp;base64,UklGRg==")});
    row("nothing", 200, j("{'status':'succeeded','data':[]}"), "failed", "unexpected_response", "server");
    row("failed typed", 200,
        j("{'status':'failed','error':{'type':'api_error','message':'upstream returned no generated images'},'http_status':502}"),
        "failed", "api_error", "upstream");
    row("failed bare", 200, j("{'status':'failed'}"), "failed", "failed", "server");
    row("timeout", 200, j("{'status':'timeout'}"), "timed_out", "timeout", "timeout");
    row("canceled", 200, j("{'status':'canceled'}"), "cancelled", "canceled", "cancelled");
    row("unknown", 200, j("{'status':'sleeping'}"), "-", "unexpected_response", "server");
    row("404 not found", 404, j("{'error':{'type':'IMAGE_TASK_NOT_FOUND','message':'no such task'}}"), "-",
        "IMAGE_TASK_NOT_FOUND", "not_found", true);
    row("401", 401, j("{'error':{'type':'authentication_error','message':'bad key'}}"), "-", "authentication_error", "auth");
    addMalformedRows();
}

void TestLlmApiAdapter::parseStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    check(m_adapter.parseStatus(reply(status, body), task(QStringLiteral("llmapi"), QStringLiteral("imgtask_1"))));
}

void TestLlmApiAdapter::parseCancel_data()
{
    addColumns();
    row("200 task running", 200, j("{'task_id':'imgtask_1','status':'running'}"), "cancelling");
    row("202 empty", 202, QByteArray(), "cancelling");
    // Cancelled at once: a success of the cancel, so no error (the engine would read one as a failed cancel).
    row("200 canceled at once", 200, j("{'task_id':'imgtask_1','status':'canceled'}"), "cancelled");
    row("200 already succeeded", 200, j("{'task_id':'imgtask_1','status':'succeeded','data':[{'url':'https://oss.example/0.png'}]}"),
        "-");
    // Already terminal: no error state, the engine re-polls.
    row("409 terminal", 409, j("{'error':{'type':'IMAGE_TASK_ALREADY_TERMINAL','message':'task already finished'}}"), "-");
    row("409 other", 409, j("{'error':{'type':'conflict','message':'busy'}}"), "-", "conflict", "conflict");
    row("404", 404, j("{'error':{'type':'IMAGE_TASK_NOT_FOUND','message':'no such task'}}"), "-", "IMAGE_TASK_NOT_FOUND",
        "not_found", true);
}

void TestLlmApiAdapter::parseCancel()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseCancel(reply(status, body), task(QStringLiteral("llmapi"), QStringLiteral("imgtask_1")));
    check(update);
    QFETCH(QString, state);
    QFETCH(QString, errorCode);
    if (state == QLatin1String("-") && errorCode.isEmpty())
        QVERIFY2(update.excerpt.contains(QStringLiteral("re-polling")), qPrintable(update.excerpt));
}

void TestLlmApiAdapter::listRequest()
{
    QVERIFY(m_adapter.capabilities().canList);
    Task lost = task(QStringLiteral("llmapi"), QString(), QStringLiteral("gpt-image-2"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    const auto request = m_adapter.listRequest(ProviderEndpoint{Base, QStringLiteral("sk-1")}, lost);
    QVERIFY(request);
    QCOMPARE(request->method, QByteArray("GET"));
    QCOMPARE(request->url.toString(), QStringLiteral("http://127.0.0.1:8080/llmapi/v1/images/tasks?limit=100"));
    QCOMPARE(request->phase, ApiPhase::List);
    QCOMPARE(headerOf(*request, "Authorization"), QByteArray("Bearer sk-1"));
    QVERIFY(request->body.isEmpty());
}

void TestLlmApiAdapter::findInList_data()
{
    // The task: model gpt-image-2, prompt "a cat", submitted 2026-01-02 10:00:00 UTC (1767348000).
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one match") << j("{'object':'list','data':[{'id':'t1','model':'gpt-image-2','prompt':'a cat','created_at':1767348002},"
                                    "{'id':'t2','model':'gpt-image-2','prompt':'a dog','created_at':1767348002}]}")
                               << QStringList{QStringLiteral("t1")};
    QTest::newRow("task_id wins") << j("{'data':[{'task_id':'imgtask_9','id':'x','model':'gpt-image-2','prompt':'a cat','created_at':1767348000}]}")
                                  << QStringList{QStringLiteral("imgtask_9")};
    QTest::newRow("none") << j("{'object':'list','data':[]}") << QStringList{};
    QTest::newRow("other model") << j("{'data':[{'id':'t1','model':'gemini-2.5-flash-image','prompt':'a cat','created_at':1767348000}]}")
                                 << QStringList{};
    // The prompt must be the very same text: nothing is trimmed.
    QTest::newRow("prompt with space") << j("{'data':[{'id':'t1','model':'gpt-image-2','prompt':'a cat ','created_at':1767348000}]}")
                                       << QStringList{};
    QTest::newRow("outside window") << j("{'data':[{'id':'t1','model':'gpt-image-2','prompt':'a cat','created_at':1767348301}]}")
                                    << QStringList{};
    QTest::newRow("edge of window") << j("{'data':[{'id':'t1','model':'gpt-image-2','prompt':'a cat','created_at':1767347700}]}")
                                    << QStringList{QStringLiteral("t1")};
    QTest::newRow("no created_at") << j("{'data':[{'id':'t1','model':'gpt-image-2','prompt':'a cat'}]}") << QStringList{};
    QTest::newRow("two matches") << j("{'data':[{'id':'t2','model':'gpt-image-2','prompt':'a cat','created_at':1767348010},"
                                      "{'id':'t1','model':'gpt-image-2','prompt':'a cat','created_at':1767348001}]}")
                                 << QStringList{QStringLiteral("t2"), QStringLiteral("t1")};
}

void TestLlmApiAdapter::findInList()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    Task lost = task(QStringLiteral("llmapi"), QString(), QStringLiteral("gpt-image-2"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    const TaskListMatch match = m_adapter.findInList(reply(200, body), lost);
    QVERIFY2(!match.error, match.error ? qPrintable(match.error->message) : "");
    QCOMPARE(match.remoteIds, ids);
    QVERIFY(match.coversWindow);   // short pages are the whole list
}

// A full page of newer tasks does not reach back to the submit: finding nothing there proves
// nothing. A full page that reaches past the window does.
void TestLlmApiAdapter::findInListFullPage()
{
    Task lost = task(QStringLiteral("llmapi"), QString(), QStringLiteral("gpt-image-2"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    auto page = [](qint64 oldest) {
        QJsonArray data;
        for (int i = 0; i < ProviderAdapter::ListPageSize; ++i)
            data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
                                    {QStringLiteral("model"), QStringLiteral("gpt-image-2")},
                                    {QStringLiteral("prompt"), QStringLiteral("another")},
                                    {QStringLiteral("created_at"), double(oldest + (ProviderAdapter::ListPageSize - i))}});
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson();
    };
    TaskListMatch match = m_adapter.findInList(reply(200, page(1767348000 + 3600)), lost);
    QVERIFY(match.remoteIds.isEmpty());
    QVERIFY(!match.coversWindow);
    match = m_adapter.findInList(reply(200, page(1767348000 - 400 - ProviderAdapter::ListPageSize)), lost);
    QVERIFY(match.remoteIds.isEmpty());
    QVERIFY(match.coversWindow);
}

void TestLlmApiAdapter::findInListErrors()
{
    Task lost = task(QStringLiteral("llmapi"), QString(), QStringLiteral("gpt-image-2"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    TaskListMatch match = m_adapter.findInList(reply(401, j("{'error':{'type':'authentication_error','message':'bad key'}}")), lost);
    QVERIFY(match.error);
    QCOMPARE(match.error->phase, ApiPhase::List);
    QVERIFY(match.remoteIds.isEmpty());
    match = m_adapter.findInList(reply(200, QByteArray("not json")), lost);
    QVERIFY(match.error);
    match = m_adapter.findInList(reply(200, j("{'object':'list'}")), lost);
    QVERIFY(match.error);
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestLlmApiAdapter)
#include "tst_providers_llmapi.moc"
