// Vidu adapter: ent/v2 endpoints, "Token" auth, reason/metadata envelope (protocols.md section 5).

#include "builtinproviders.h"
#include "parsetestsupport.h"
#include "vidu/viduadapter.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace ParseTest;

namespace {

const QUrl Base(QStringLiteral("http://127.0.0.1:8080/vidu"));

QByteArray headerOf(const ProviderRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

class TestViduAdapter : public QObject
{
    Q_OBJECT

private slots:
    void identity();
    void validate_data();
    void validate();
    void submitRequest_data();
    void submitRequest();
    void templateNeedsNoModel();
    void statusAndCancelRequests();
    void parseSubmit_data();
    void parseSubmit();
    void parseStatus_data();
    void parseStatus();
    void successKeepsCovers();
    void parseCancel_data();
    void parseCancel();
    void listRequest();
    void findInList_data();
    void findInList();
    void findInListErrors();

private:
    ViduAdapter m_adapter;
};

void TestViduAdapter::identity()
{
    QCOMPARE(m_adapter.id(), QStringLiteral("vidu"));
    QVERIFY(m_adapter.capabilities().canCancel);
    QCOMPARE(m_adapter.kinds(),
             (QStringList{QStringLiteral("text2video"), QStringLiteral("img2video"), QStringLiteral("reference2video"),
                          QStringLiteral("start-end2video"), QStringLiteral("template2video"),
                          QStringLiteral("reference2image")}));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("viduq1")));
    QVERIFY(m_adapter.suggestedModels().contains(QStringLiteral("viduq2")));
}

void TestViduAdapter::validate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<bool>("ok");
    QTest::newRow("text2video") << "text2video" << QJsonObject() << true;
    QTest::newRow("default kind") << "" << QJsonObject() << true;
    QTest::newRow("img2video") << "img2video" << obj("{'images':['https://x/a.png']}") << true;
    QTest::newRow("img2video without image") << "img2video" << QJsonObject() << false;
    QTest::newRow("reference2video empty images") << "reference2video" << obj("{'images':[]}") << false;
    QTest::newRow("reference2video") << "reference2video" << obj("{'images':['https://x/a.png','https://x/b.png']}") << true;
    QTest::newRow("img2video two images") << "img2video" << obj("{'images':['https://x/a.png','https://x/b.png']}") << false;
    QTest::newRow("img2video string") << "img2video" << obj("{'images':'https://x/a.png'}") << false;
    QTest::newRow("text2video with images") << "text2video" << obj("{'images':['https://x/a.png']}") << false;
    QTest::newRow("image kind") << "image" << QJsonObject() << false;
    QTest::newRow("path injection") << "text2video/../x" << QJsonObject() << false;
    QTest::newRow("start-end2video") << "start-end2video" << obj("{'images':['https://x/a.png','https://x/b.png']}") << true;
    QTest::newRow("start-end2video one frame") << "start-end2video" << obj("{'images':['https://x/a.png']}") << false;
    QTest::newRow("template2video") << "template2video" << obj("{'template':'hug','images':['https://x/a.png']}") << true;
    QTest::newRow("template2video without template") << "template2video" << obj("{'images':['https://x/a.png']}") << false;
    QTest::newRow("reference2image viduq1 without images") << "reference2image" << QJsonObject() << false;
    QTest::newRow("reference2image") << "reference2image" << obj("{'images':['https://x/a.png']}") << true;
    QTest::newRow("reference2video subjects")
        << "reference2video" << obj("{'subjects':[{'name':'cat','images':['https://x/a.png']}]}") << true;
}

void TestViduAdapter::validate()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, params);
    QFETCH(bool, ok);
    QCOMPARE(m_adapter.validate(TaskSpec{QStringLiteral("viduq1"), kind, QStringLiteral("a dragon"), params}).isEmpty(), ok);
}

void TestViduAdapter::submitRequest_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::newRow("default") << "" << "/vidu/ent/v2/text2video";
    QTest::newRow("text2video") << "text2video" << "/vidu/ent/v2/text2video";
    QTest::newRow("img2video") << "img2video" << "/vidu/ent/v2/img2video";
    QTest::newRow("reference2video") << "reference2video" << "/vidu/ent/v2/reference2video";
    QTest::newRow("start-end2video") << "start-end2video" << "/vidu/ent/v2/start-end2video";
    QTest::newRow("reference2image") << "reference2image" << "/vidu/ent/v2/reference2image";
}

void TestViduAdapter::submitRequest()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    const ProviderRequest request = m_adapter.submitRequest(
        {Base, QStringLiteral("vda_key")}, TaskSpec{QStringLiteral("viduq1"), kind, QStringLiteral("a dragon"), obj("{'duration':5}")});
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), path);
    QCOMPARE(headerOf(request, "Authorization"), QByteArray("Token vda_key"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("viduq1"));
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a dragon"));
    QCOMPARE(body.value(QStringLiteral("duration")).toInt(), 5);
}

void TestViduAdapter::templateNeedsNoModel()
{
    // A template names its model: none is sent, and the spec is valid without one.
    const TaskSpec spec{QString(), QStringLiteral("template2video"), QString(), obj("{'template':'hug','images':['https://x/a.png']}")};
    QVERIFY2(m_adapter.validate(spec).isEmpty(), qPrintable(m_adapter.validate(spec)));
    const ProviderRequest request = m_adapter.submitRequest({Base, QStringLiteral("vda_key")}, spec);
    QCOMPARE(request.url.path(), QStringLiteral("/vidu/ent/v2/template2video"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QVERIFY(!body.contains(QStringLiteral("model")));
    QCOMPARE(body.value(QStringLiteral("template")).toString(), QStringLiteral("hug"));
}

void TestViduAdapter::statusAndCancelRequests()
{
    const ProviderEndpoint endpoint{Base, QStringLiteral("vda_key")};
    const Task t = task(QStringLiteral("vidu"), QStringLiteral("8171234"));
    const ProviderRequest status = m_adapter.statusRequest(endpoint, t);
    QCOMPARE(status.method, QByteArray("GET"));
    QCOMPARE(status.url.toString(), QStringLiteral("http://127.0.0.1:8080/vidu/ent/v2/tasks/8171234/creations"));
    const auto cancel = m_adapter.cancelRequest(endpoint, t);
    QVERIFY(cancel);
    QCOMPARE(cancel->method, QByteArray("POST"));
    QCOMPARE(cancel->url.toString(), QStringLiteral("http://127.0.0.1:8080/vidu/ent/v2/tasks/8171234/cancel"));
    QCOMPARE(QJsonDocument::fromJson(cancel->body).object().value(QStringLiteral("id")).toString(), QStringLiteral("8171234"));
    QCOMPARE(headerOf(*cancel, "Authorization"), QByteArray("Token vda_key"));
}

void TestViduAdapter::parseSubmit_data()
{
    addColumns();
    row("documented", 200,
        j("{'task_id':'8171234','state':'created','model':'viduq1','prompt':'a dragon','duration':5,'credits':20,"
          "'created_at':'2025-01-01T15:41:31Z'}"),
        "queued");
    row("numeric id", 200, j("{'task_id':8171234,'state':'queueing'}"), "queued");
    row("no state", 200, j("{'task_id':'8171234'}"), "queued");
    row("no id", 200, j("{'state':'created'}"), "-", "unexpected_response", "server");
    row("400 field", 400,
        j("{'code':400,'reason':'FieldLacking','message':'field is missing or empty: prompt','metadata':{'trace_id':'t1'}}"), "-",
        "FieldLacking", "validation");
    row("400 credit", 400, j("{'code':400,'reason':'CreditInsufficient','message':'not enough','metadata':{'trace_id':'t2'}}"),
        "-", "CreditInsufficient", "billing");
    row("401", 401, j("{'code':401,'reason':'Unauthorized','message':'bad token','metadata':{'trace_id':'t3'}}"), "-",
        "Unauthorized", "auth");
    row("429", 429, j("{'code':429,'reason':'QuotaExceeded','message':'concurrency','metadata':{'trace_id':'t4'}}"), "-",
        "QuotaExceeded", "rate_limit");
    addMalformedRows();
}

void TestViduAdapter::parseSubmit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseSubmit(reply(status, body));
    check(update);
    QFETCH(QString, state);
    if (state != QLatin1String("-"))
        QCOMPARE(update.remoteId, QStringLiteral("8171234"));
}

void TestViduAdapter::parseStatus_data()
{
    addColumns();
    row("created", 200, j("{'state':'created','err_code':'','creations':[]}"), "queued");
    row("queueing", 200, j("{'state':'queueing','err_code':''}"), "queued");
    row("scheduled", 200, j("{'state':'scheduled'}"), "queued");
    row("processing", 200, j("{'state':'processing','err_code':''}"), "running");
    row("success", 200,
        j("{'id':'8171234','state':'success','err_code':'','credits':20,'creations':[{'id':'c1','url':'https://cdn.example/v.mp4',"
          "'cover_url':'https://cdn.example/v.jpg','watermarked_url':'https://cdn.example/w.mp4'}]}"),
        "succeeded", "", "", false, false, 100, -1, {QStringLiteral("https://cdn.example/v.mp4")});
    row("success two", 200,
        j("{'state':'success','creations':[{'url':'https://cdn.example/1.mp4'},{'url':'https://cdn.example/2.mp4'}]}"),
        "succeeded", "", "", false, false, 100, -1,
        {QStringLiteral("https://cdn.example/1.mp4"), QStringLiteral("https://cdn.example/2.mp4")});
    row("success without creations", 200, j("{'state':'success','creations':[]}"), "failed", "unexpected_response", "server");
    row("failed audit", 200, j("{'state':'failed','err_code':'AuditFailed','creations':[]}"), "failed", "AuditFailed",
        "content_policy");
    row("failed credit", 200, j("{'state':'failed','err_code':'CreditInsufficient'}"), "failed", "CreditInsufficient",
        "billing");
    row("failed cancelled", 200, j("{'state':'failed','err_code':'UserCancelled'}"), "cancelled", "UserCancelled",
        "cancelled");
    row("failed no code", 200, j("{'state':'failed','err_code':''}"), "failed", "Unknown", "server");
    row("unknown state", 200, j("{'state':'melting'}"), "-", "unexpected_response", "server");
    row("no state", 200, j("{'creations':[]}"), "-", "unexpected_response", "server");
    row("404 task", 404, j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'t'}}"), "-",
        "TaskNotFound", "not_found", true);
    row("500", 500, j("{'code':500,'reason':'InternalServiceFailure','message':'oops','metadata':{'trace_id':'t'}}"), "-",
        "InternalServiceFailure", "server");
    addMalformedRows();
}

void TestViduAdapter::parseStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    check(m_adapter.parseStatus(reply(status, body), task(QStringLiteral("vidu"), QStringLiteral("8171234"))));
}

void TestViduAdapter::successKeepsCovers()
{
    const TaskUpdate update = m_adapter.parseStatus(
        reply(200, j("{'state':'success','creations':[{'url':'https://cdn.example/v.mp4','cover_url':'https://cdn.example/v.jpg'}]}")),
        task(QStringLiteral("vidu"), QStringLiteral("1")));
    QCOMPARE(update.remoteData.value(QStringLiteral("cover_urls")).toArray().first().toString(),
             QStringLiteral("https://cdn.example/v.jpg"));
}

void TestViduAdapter::parseCancel_data()
{
    addColumns();
    row("200 empty object", 200, j("{}"), "cancelling");
    row("200 no body", 200, QByteArray(), "cancelling");
    // Past the point of cancelling: no error state; the engine re-polls.
    row("400 can not cancel", 400,
        j("{'code':400,'reason':'BadRequest','message':'task state is scheduled, can not cancel','metadata':{'trace_id':'t'}}"),
        "-");
    row("400 other bad request", 400,
        j("{'code':400,'reason':'BadRequest','message':'invalid body','metadata':{'trace_id':'t'}}"), "-", "BadRequest",
        "validation");
    row("404", 404, j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'t'}}"), "-",
        "TaskNotFound", "not_found", true);
    row("200 html", 200, QByteArray("<html>login</html>"), "-", "malformed_response", "server");
}

void TestViduAdapter::parseCancel()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TaskUpdate update = m_adapter.parseCancel(reply(status, body), task(QStringLiteral("vidu"), QStringLiteral("1")));
    check(update);
    QFETCH(QString, state);
    QFETCH(QString, errorCode);
    if (state == QLatin1String("-") && errorCode.isEmpty())
        QVERIFY2(update.excerpt.contains(QStringLiteral("re-polling")), qPrintable(update.excerpt));
}

void TestViduAdapter::listRequest()
{
    QVERIFY(m_adapter.capabilities().canList);
    Task lost = task(QStringLiteral("vidu"), QString(), QStringLiteral("viduq1"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    const auto request = m_adapter.listRequest(ProviderEndpoint{Base, QStringLiteral("vk-1")}, lost);
    QVERIFY(request);
    QCOMPARE(request->method, QByteArray("GET"));
    QCOMPARE(request->phase, ApiPhase::List);
    QCOMPARE(request->url.path(), QStringLiteral("/vidu/ent/v2/tasks"));
    const QUrlQuery query(request->url);
    QCOMPARE(query.queryItemValue(QStringLiteral("created_at.from")), QStringLiteral("2026-01-02T09:55:00Z"));
    QCOMPARE(query.queryItemValue(QStringLiteral("created_at.to")), QStringLiteral("2026-01-02T10:05:00Z"));
    QCOMPARE(query.queryItemValue(QStringLiteral("pager.pagesz")), QStringLiteral("100"));
    QCOMPARE(headerOf(*request, "Authorization"), QByteArray("Token vk-1"));
}

void TestViduAdapter::findInList_data()
{
    // The task: model viduq1, prompt "a cat", submitted 2026-01-02T10:00:00Z.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one match") << j("{'next_page_token':'','tasks':[{'id':'900','model':'viduq1','prompt':'a cat','images':[],"
                                    "'created_at':'2026-01-02T10:00:03Z','state':'processing'},"
                                    "{'id':'901','model':'viduq2','prompt':'a cat','created_at':'2026-01-02T10:00:03Z'}]}")
                               << QStringList{QStringLiteral("900")};
    QTest::newRow("fractional seconds") << j("{'tasks':[{'id':'900','model':'viduq1','prompt':'a cat','created_at':'2026-01-02T10:01:00.250Z'}]}")
                                        << QStringList{QStringLiteral("900")};
    QTest::newRow("none") << j("{'next_page_token':'','tasks':[]}") << QStringList{};
    QTest::newRow("other prompt") << j("{'tasks':[{'id':'900','model':'viduq1','prompt':'A cat','created_at':'2026-01-02T10:00:03Z'}]}")
                                  << QStringList{};
    QTest::newRow("outside window") << j("{'tasks':[{'id':'900','model':'viduq1','prompt':'a cat','created_at':'2026-01-02T09:54:59Z'}]}")
                                    << QStringList{};
    QTest::newRow("two matches") << j("{'tasks':[{'id':'900','model':'viduq1','prompt':'a cat','created_at':'2026-01-02T10:00:03Z'},"
                                      "{'id':'902','model':'viduq1','prompt':'a cat','created_at':'2026-01-02T10:00:09Z'}]}")
                                 << QStringList{QStringLiteral("900"), QStringLiteral("902")};
    // Regression (fuzz_adapter_vidu): a created_at number beyond qint64 was cast anyway (undefined
    // behaviour); it now counts as "no time", so the task cannot be matched.
    QTest::newRow("absurd numeric created_at") << j("{'tasks':[{'id':'900','model':'viduq1','prompt':'a cat','created_at':1e300}]}")
                                               << QStringList{};
}

void TestViduAdapter::findInList()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    Task lost = task(QStringLiteral("vidu"), QString(), QStringLiteral("viduq1"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    const TaskListMatch match = m_adapter.findInList(reply(200, body), lost);
    QVERIFY2(!match.error, match.error ? qPrintable(match.error->message) : "");
    QCOMPARE(match.remoteIds, ids);
}

void TestViduAdapter::findInListErrors()
{
    Task lost = task(QStringLiteral("vidu"), QString(), QStringLiteral("viduq1"));
    lost.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    TaskListMatch match = m_adapter.findInList(reply(400, j("{'reason':'PageSizeOutOfRange','message':'page size out of range'}")), lost);
    QVERIFY(match.error);
    QCOMPARE(match.error->phase, ApiPhase::List);
    match = m_adapter.findInList(reply(200, j("{'next_page_token':''}")), lost);
    QVERIFY(match.error);
    QVERIFY(match.remoteIds.isEmpty());
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_MAIN(TestViduAdapter)
#include "tst_providers_vidu.moc"
