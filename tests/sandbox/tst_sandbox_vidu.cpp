// Vidu enterprise API protocol of the sandbox.

#include "sandboxtestsupport.h"

class TestSandboxVidu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPathThroughEveryState();
    void fieldErrorsNameTheField_data();
    void fieldErrorsNameTheField();
    void everyCatalogCodeAtSubmit_data();
    void everyCatalogCodeAtSubmit();
    void everyInTaskCode_data();
    void everyInTaskCode();
    void cancelQueuedRunningAndUnknown();
    void listWithPager();
    void tokenSchemeOnly();
    void creditsReportQueue();
    void everyGenerationEndpoint_data();
    void everyGenerationEndpoint();

private:
    HttpResult submit(const QString &scenario, const QString &templ = QStringLiteral("text2video"));

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxVidu::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("vidu"), QByteArrayLiteral("Token vidu-test"));
}

void TestSandboxVidu::init()
{
    m_server.reset();
}

HttpResult TestSandboxVidu::submit(const QString &scenario, const QString &templ)
{
    return m_client->post(QStringLiteral("/ent/v2/") + templ,
                          {{QStringLiteral("model"), QStringLiteral("viduq1")},
                           {QStringLiteral("prompt"), directive(QStringLiteral("a hummingbird in slow motion"), scenario)},
                           {QStringLiteral("duration"), 5},
                           {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}});
}

void TestSandboxVidu::happyPathThroughEveryState()
{
    const HttpResult created = submit(QStringLiteral("queue=400ms run=300ms"));
    QCOMPARE(created.status, 200);
    const QJsonObject body = created.json();
    QCOMPARE(body.value(QLatin1String("state")).toString(), QStringLiteral("created"));
    const QString id = body.value(QLatin1String("task_id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(QDateTime::fromString(body.value(QLatin1String("created_at")).toString(), Qt::ISODate).isValid());

    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(id)); },
                                              [](const HttpResult &r) { return r.json().value(QLatin1String("state")) == QLatin1String("success"); });
    const QStringList states = distinctValues(polls, [](const QJsonObject &o) { return o.value(QLatin1String("state")).toString(); });
    QCOMPARE(states, (QStringList{QStringLiteral("created"), QStringLiteral("queueing"), QStringLiteral("processing"),
                                  QStringLiteral("success")}));
    const QJsonObject done = polls.last().json();
    QCOMPARE(done.value(QLatin1String("err_code")).toString(), QString());
    const QJsonObject creation = done.value(QLatin1String("creations")).toArray().first().toObject();
    const HttpResult video = m_client->get(creation.value(QLatin1String("url")).toString());
    QVERIFY(video.isApng());
    const HttpResult cover = m_client->get(creation.value(QLatin1String("cover_url")).toString());
    QVERIFY(cover.isPng());
    QCOMPARE(QImage::fromData(cover.body).size(), QSize(320, 180));
}

void TestSandboxVidu::fieldErrorsNameTheField_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("no prompt") << QStringLiteral("text2video") << QByteArrayLiteral("{\"model\":\"viduq1\"}")
                               << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: prompt");
    QTest::newRow("no model") << QStringLiteral("text2video") << QByteArrayLiteral("{\"prompt\":\"x\"}")
                              << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: model");
    QTest::newRow("no images") << QStringLiteral("img2video") << QByteArrayLiteral("{\"model\":\"viduq1\"}")
                               << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: images");
    QTest::newRow("two images") << QStringLiteral("img2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"images\":[\"a\",\"b\"]}")
                                << QStringLiteral("FieldItemCountOutOfRange") << QStringLiteral("field item count out of range: images");
    QTest::newRow("unwanted images") << QStringLiteral("text2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"prompt\":\"x\",\"images\":[\"a\"]}")
                                     << QStringLiteral("FieldUnwanted") << QStringLiteral("unwanted field: images");
    QTest::newRow("start-end needs two") << QStringLiteral("start-end2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"images\":[\"a\"]}")
                                         << QStringLiteral("FieldItemCountOutOfRange") << QStringLiteral("field item count out of range: images");
    QTest::newRow("reference needs prompt") << QStringLiteral("reference2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"images\":[\"a\"]}")
                                            << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: prompt");
    QTest::newRow("eight references") << QStringLiteral("reference2video")
                                      << QByteArrayLiteral("{\"model\":\"vidu2.0\",\"prompt\":\"x\",\"images\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\"]}")
                                      << QStringLiteral("FieldItemCountOutOfRange") << QStringLiteral("field item count out of range: images");
    QTest::newRow("subject without images") << QStringLiteral("reference2video")
                                            << QByteArrayLiteral("{\"model\":\"viduq3\",\"prompt\":\"x\",\"subjects\":[{\"name\":\"a\"}]}")
                                            << QStringLiteral("FieldInvalid") << QStringLiteral("invalid field: subjects");
    QTest::newRow("template needs template") << QStringLiteral("template2video") << QByteArrayLiteral("{\"images\":[\"a\"]}")
                                             << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: template");
    QTest::newRow("template needs images") << QStringLiteral("template2video") << QByteArrayLiteral("{\"template\":\"hugging\"}")
                                           << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: images");
    QTest::newRow("image needs prompt") << QStringLiteral("reference2image") << QByteArrayLiteral("{\"model\":\"viduq2\"}")
                                        << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: prompt");
    QTest::newRow("viduq1 image needs references") << QStringLiteral("reference2image") << QByteArrayLiteral("{\"model\":\"viduq1\",\"prompt\":\"x\"}")
                                                   << QStringLiteral("FieldLacking") << QStringLiteral("field is missing or empty: images");
    QTest::newRow("bad duration") << QStringLiteral("text2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"prompt\":\"x\",\"duration\":99}")
                                  << QStringLiteral("FieldInvalid") << QStringLiteral("invalid field: duration");
}

void TestSandboxVidu::fieldErrorsNameTheField()
{
    QFETCH(QString, templ);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const HttpResult r = m_client->send("POST", QStringLiteral("/ent/v2/") + templ, body);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(error.value(QLatin1String("reason")).toString(), reason);
    QCOMPARE(error.value(QLatin1String("message")).toString(), message);
    QVERIFY(!error.value(QLatin1String("metadata")).toObject().value(QLatin1String("trace_id")).toString().isEmpty());
    const ApiError parsed = parsedError(QStringLiteral("vidu"), r);
    QCOMPARE(parsed.code, reason);
    QVERIFY(!parsed.requestId.isEmpty());
    QCOMPARE(tableEntry(QStringLiteral("vidu"), reason).status, 400);
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxVidu::everyCatalogCodeAtSubmit_data()
{
    QTest::addColumn<QString>("code");
    // Every code of the sandbox's own table (written from the provider's error page).
    const auto entries = SandboxErrorTables::of(u"vidu");
    QVERIFY(!entries.empty());
    for (const SandboxErrorCode &entry : entries)
        QTest::newRow(entry.code) << QString::fromUtf8(entry.code);
}

void TestSandboxVidu::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const SandboxErrorCode &entry = tableEntry(QStringLiteral("vidu"), code);
    const HttpResult r = submit(QStringLiteral("error=") + code);
    QCOMPARE(r.status, entry.status);
    QCOMPARE(r.json().value(QLatin1String("code")).toInt(), r.status);   // Vidu repeats the status in "code"
    // http_<status> codes are a bare status; every other code travels in the envelope.
    if (!code.startsWith(QLatin1String("http_")))
        QVERIFY2(envelopeCode(r) == code, r.body.constData());
    QVERIFY(!r.json().value(QLatin1String("message")).toString().contains(QLatin1String("{{")));
}

void TestSandboxVidu::everyInTaskCode_data()
{
    QTest::addColumn<QString>("code");
    SandboxServer server;
    const QStringList codes = server.inTaskCodes(QStringLiteral("vidu"));
    QVERIFY(codes.contains(QStringLiteral("CreationPolicyViolation")));
    for (const QString &code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestSandboxVidu::everyInTaskCode()
{
    QFETCH(QString, code);
    const QString id = submit(quickTiming() + QStringLiteral(" fail=") + code).json().value(QLatin1String("task_id")).toString();
    const QJsonObject task = m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(id)).json();
    QCOMPARE(task.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(task.value(QLatin1String("err_code")).toString(), code);
    QVERIFY(task.value(QLatin1String("creations")).toArray().isEmpty());
    QVERIFY(tableEntry(QStringLiteral("vidu"), code).isInTask());
}

void TestSandboxVidu::cancelQueuedRunningAndUnknown()
{
    const QString queued = submit(QStringLiteral("queue=10s")).json().value(QLatin1String("task_id")).toString();
    const HttpResult cancelled = m_client->send("POST", QStringLiteral("/ent/v2/tasks/%1/cancel").arg(queued),
                                                QByteArrayLiteral("{\"id\":\"") + queued.toLatin1() + QByteArrayLiteral("\"}"));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.body, QByteArrayLiteral("{}"));
    const QJsonObject after = m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(queued)).json();
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(after.value(QLatin1String("err_code")).toString(), QStringLiteral("UserCancelled"));

    // The docs do not say which unfinished states refuse a cancel: a running task is cancelled too.
    const QString running = submit(QStringLiteral("queue=0ms run=10s")).json().value(QLatin1String("task_id")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(running)).json().value(QLatin1String("state")).toString(),
             QStringLiteral("processing"));
    QCOMPARE(m_client->send("POST", QStringLiteral("/ent/v2/tasks/%1/cancel").arg(running)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(running)).json().value(QLatin1String("err_code")).toString(),
             QStringLiteral("UserCancelled"));

    const QString finished = submit(quickTiming()).json().value(QLatin1String("task_id")).toString();
    for (const QString &id : {finished, queued, running}) {
        const HttpResult refused = m_client->send("POST", QStringLiteral("/ent/v2/tasks/%1/cancel").arg(id));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QLatin1String("reason")).toString(), QStringLiteral("BadRequest"));
        QVERIFY2(refused.json().value(QLatin1String("message")).toString().endsWith(QLatin1String("can not cancel")), refused.body.constData());
    }
    const HttpResult unknown = m_client->send("POST", QStringLiteral("/ent/v2/tasks/1234/cancel"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("reason")).toString(), QStringLiteral("TaskNotFound"));
}

void TestSandboxVidu::listWithPager()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << submit(i == 4 ? QStringLiteral("queue=10s") : quickTiming()).json().value(QLatin1String("task_id")).toString();

    QJsonObject page = m_client->get(QStringLiteral("/ent/v2/tasks?pager.pagesz=2")).json();
    QJsonArray tasks = page.value(QLatin1String("tasks")).toArray();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.first().toObject().value(QLatin1String("id")).toString(), ids.last());
    const QString token = page.value(QLatin1String("next_page_token")).toString();
    QVERIFY(!token.isEmpty());
    page = m_client->get(QStringLiteral("/ent/v2/tasks?pager.pagesz=2&pager.page_token=") + token).json();
    QCOMPARE(page.value(QLatin1String("tasks")).toArray().size(), 2);
    page = m_client->get(QStringLiteral("/ent/v2/tasks?pager.pagesz=2&pager.page=2")).json();
    QCOMPARE(page.value(QLatin1String("tasks")).toArray().size(), 1);
    QVERIFY(page.value(QLatin1String("next_page_token")).toString().isEmpty());

    tasks = m_client->get(QStringLiteral("/ent/v2/tasks?states=success")).json().value(QLatin1String("tasks")).toArray();
    QCOMPARE(tasks.size(), 4);
    tasks = m_client->get(QStringLiteral("/ent/v2/tasks?task_ids=") + ids.first()).json().value(QLatin1String("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().toObject().value(QLatin1String("prompt")).toString(), QStringLiteral("a hummingbird in slow motion"));

    const HttpResult tooBig = m_client->get(QStringLiteral("/ent/v2/tasks?pager.pagesz=101"));
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.json().value(QLatin1String("reason")).toString(), QStringLiteral("PageSizeOutOfRange"));
}

void TestSandboxVidu::tokenSchemeOnly()
{
    SandboxClient bearer(m_server, QStringLiteral("vidu"), QByteArrayLiteral("Bearer vidu-test"));
    const HttpResult r = bearer.post(QStringLiteral("/ent/v2/text2video"), {{QStringLiteral("model"), QStringLiteral("viduq1")}, {QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QLatin1String("reason")).toString(), QStringLiteral("Unauthorized"));
}

void TestSandboxVidu::creditsReportQueue()
{
    submit(QStringLiteral("queue=10s"));
    submit(QStringLiteral("queue=0ms run=10s"));
    const QJsonObject remain = m_client->get(QStringLiteral("/ent/v2/credits")).json().value(QLatin1String("remains")).toArray().first().toObject();
    QCOMPARE(remain.value(QLatin1String("queue_count")).toInt(), 1);
    QCOMPARE(remain.value(QLatin1String("current_concurrency")).toInt(), 1);
    QCOMPARE(remain.value(QLatin1String("concurrency_limit")).toInt(), 5);
}

void TestSandboxVidu::everyGenerationEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("image");
    QTest::newRow("text2video") << QStringLiteral("text2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"prompt\":\"PROMPT\"}") << false;
    // Image endpoints need no prompt.
    QTest::newRow("img2video") << QStringLiteral("img2video") << QByteArrayLiteral("{\"model\":\"viduq1\",\"images\":[\"https://x/a.png\"]}") << false;
    QTest::newRow("start-end2video") << QStringLiteral("start-end2video")
                                     << QByteArrayLiteral("{\"model\":\"viduq1\",\"images\":[\"https://x/a.png\",\"https://x/b.png\"]}") << false;
    QTest::newRow("reference2video images") << QStringLiteral("reference2video")
                                            << QByteArrayLiteral("{\"model\":\"vidu2.0\",\"prompt\":\"PROMPT\",\"images\":[\"https://x/a.png\"]}") << false;
    QTest::newRow("reference2video subjects") << QStringLiteral("reference2video")
                                              << QByteArrayLiteral("{\"model\":\"viduq3\",\"prompt\":\"PROMPT\",\"subjects\":[{\"name\":\"a\",\"images\":[\"https://x/a.png\"]}]}") << false;
    // template2video takes no model: the template decides.
    QTest::newRow("template2video") << QStringLiteral("template2video")
                                    << QByteArrayLiteral("{\"template\":\"hugging\",\"images\":[\"https://x/a.png\"],\"prompt\":\"PROMPT\"}") << false;
    QTest::newRow("reference2image") << QStringLiteral("reference2image") << QByteArrayLiteral("{\"model\":\"viduq2\",\"prompt\":\"PROMPT\"}") << true;
}

void TestSandboxVidu::everyGenerationEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(bool, image);
    body.replace("PROMPT", "a fox");
    // Timing by header: not every endpoint has a prompt to carry a directive.
    const HttpResult created = m_client->send("POST", QStringLiteral("/ent/v2/") + endpoint, body,
                                              {{"X-Sandbox-Scenario", "v1: queue=0ms run=0ms"}});
    QVERIFY2(created.status == 200, created.body.constData());
    QCOMPARE(created.json().value(QLatin1String("state")).toString(), QStringLiteral("created"));
    const QString id = created.json().value(QLatin1String("task_id")).toString();
    const QJsonObject task = m_client->get(QStringLiteral("/ent/v2/tasks/%1/creations").arg(id)).json();
    QCOMPARE(task.value(QLatin1String("state")).toString(), QStringLiteral("success"));
    const QJsonObject creation = task.value(QLatin1String("creations")).toArray().first().toObject();
    const HttpResult file = m_client->get(creation.value(QLatin1String("url")).toString());
    QVERIFY(file.isPng());
    QCOMPARE(file.isApng(), !image);
    // The list reports the template (or the endpoint) of every task.
    const QJsonArray listed = m_client->get(QStringLiteral("/ent/v2/tasks?task_ids=") + id).json().value(QLatin1String("tasks")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("template")).toString(),
             endpoint == QLatin1String("template2video") ? QStringLiteral("hugging") : endpoint);
}

QTEST_MAIN(TestSandboxVidu)
#include "tst_sandbox_vidu.moc"
