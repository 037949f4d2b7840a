// FoxAPI protocol of the sandbox: happy path to a downloaded file, the three result shapes,
// every catalog code at submit and inside a task, and the absence of a cancel route.

#include "sandboxtestsupport.h"

class TestSandboxFoxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPathThroughEveryStatus();
    void resultShapes_data();
    void resultShapes();
    void videoTaskServesAnimation();
    void everyCatalogCodeAtSubmit_data();
    void everyCatalogCodeAtSubmit();
    void everyInTaskCode_data();
    void everyInTaskCode();
    void validationErrors();
    void unknownTaskIsNotFound();
    void noCancelRoute();

private:
    HttpResult submitImage(const QString &scenario, const QString &model = QStringLiteral("wan-2.7-image"));

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxFoxApi::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("foxapi"), QByteArrayLiteral("Bearer sk-test"));
}

void TestSandboxFoxApi::init()
{
    m_server.reset();
}

HttpResult TestSandboxFoxApi::submitImage(const QString &scenario, const QString &model)
{
    return m_client->post(QStringLiteral("/v1/images/generations"),
                          {{QStringLiteral("model"), model},
                           {QStringLiteral("prompt"), directive(QStringLiteral("a lighthouse at dusk"), scenario)}});
}

void TestSandboxFoxApi::happyPathThroughEveryStatus()
{
    const HttpResult submit = submitImage(QStringLiteral("queue=200ms run=500ms steps=4"));
    QCOMPARE(submit.status, 200);
    const QJsonObject created = submit.json();
    const QString id = created.value(QLatin1String("id")).toString();
    QVERIFY2(id.startsWith(QLatin1String("task-unified-")), qPrintable(id));
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created.value(QLatin1String("object")).toString(), QStringLiteral("image.generation.task"));
    QVERIFY(created.value(QLatin1String("task_info")).toObject().value(QLatin1String("can_cancel")).toBool());

    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(QStringLiteral("/v1/tasks/") + id); },
                                              [](const HttpResult &r) { return r.json().value(QLatin1String("status")) == QLatin1String("completed"); });
    const QStringList statuses = distinctValues(polls, [](const QJsonObject &o) { return o.value(QLatin1String("status")).toString(); });
    QCOMPARE(statuses, (QStringList{QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("completed")}));

    // Progress only grows, in 25 % steps, and ends at 100.
    int last = -1;
    for (const HttpResult &poll : polls) {
        const int progress = poll.json().value(QLatin1String("progress")).toInt();
        QVERIFY(progress >= last);
        QCOMPARE(progress % 25, 0);
        last = progress;
    }
    QCOMPARE(last, 100);

    const QJsonObject done = polls.last().json();
    const QString url = done.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("url")).toString();
    QVERIFY(!url.isEmpty());
    const HttpResult file = m_client->get(url);
    QCOMPARE(file.status, 200);
    QVERIFY(file.isPng());
    QVERIFY2(file.body.size() > 2000, QByteArray::number(file.body.size()).constData());
    QCOMPARE(file.header("content-type"), QByteArrayLiteral("image/png"));
    const QImage image = QImage::fromData(file.body);
    QCOMPARE(image.size(), QSize(512, 512));
}

void TestSandboxFoxApi::resultShapes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("shape");
    QTest::newRow("objects by default") << QStringLiteral("wan-2.7-image") << QString() << QStringLiteral("objects");
    QTest::newRow("urls for gpt-image") << QStringLiteral("gpt-image-1") << QString() << QStringLiteral("urls");
    QTest::newRow("output for -legacy") << QStringLiteral("flux-legacy") << QString() << QStringLiteral("output");
    QTest::newRow("directive wins") << QStringLiteral("wan-2.7-image") << QStringLiteral("shape=output") << QStringLiteral("output");
}

void TestSandboxFoxApi::resultShapes()
{
    QFETCH(QString, model);
    QFETCH(QString, scenario);
    QFETCH(QString, shape);
    const HttpResult submit = submitImage(quickTiming() + QStringLiteral(" outputs=2 ") + scenario, model);
    QCOMPARE(submit.status, 200);
    const HttpResult poll = m_client->get(QStringLiteral("/v1/tasks/") + submit.json().value(QLatin1String("id")).toString());
    const QJsonObject task = poll.json();
    QCOMPARE(task.value(QLatin1String("status")).toString(), QStringLiteral("completed"));

    QStringList urls;
    if (shape == QLatin1String("objects")) {
        for (const QJsonValue &v : task.value(QLatin1String("results")).toArray())
            urls << v.toObject().value(QLatin1String("url")).toString();
    } else if (shape == QLatin1String("urls")) {
        for (const QJsonValue &v : task.value(QLatin1String("results")).toArray())
            urls << v.toString();
    } else {
        QVERIFY(!task.contains(QLatin1String("results")));
        const QJsonObject output = task.value(QLatin1String("output")).toObject();
        QCOMPARE(output.value(QLatin1String("url")).toString(), output.value(QLatin1String("urls")).toArray().first().toString());
        for (const QJsonValue &v : output.value(QLatin1String("urls")).toArray())
            urls << v.toString();
    }
    QCOMPARE(urls.size(), 2);
    QVERIFY(urls.at(0) != urls.at(1));
    for (const QString &url : std::as_const(urls))
        QVERIFY(m_client->get(url).isPng());
}

void TestSandboxFoxApi::videoTaskServesAnimation()
{
    const HttpResult submit = m_client->post(QStringLiteral("/v1/videos/generations"),
                                             {{QStringLiteral("model"), QStringLiteral("kling-v2")},
                                              {QStringLiteral("prompt"), directive(QStringLiteral("waves"), quickTiming())},
                                              {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}});
    QCOMPARE(submit.status, 200);
    QCOMPARE(submit.json().value(QLatin1String("object")).toString(), QStringLiteral("video.generation.task"));
    const QJsonObject task = m_client->get(QStringLiteral("/v1/tasks/") + submit.json().value(QLatin1String("id")).toString()).json();
    const QString url = task.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("url")).toString();
    const HttpResult video = m_client->get(url);
    QVERIFY(video.isApng());
    QCOMPARE(video.header("content-type"), QByteArrayLiteral("image/apng"));
    QCOMPARE(QImage::fromData(video.body).size(), QSize(320, 180));   // first frame doubles as a still
}

void TestSandboxFoxApi::everyCatalogCodeAtSubmit_data()
{
    QTest::addColumn<QString>("code");
    // Every code of the sandbox's own table (written from the provider's error page).
    const auto entries = SandboxErrorTables::of(u"foxapi");
    QVERIFY(!entries.empty());
    for (const SandboxErrorCode &entry : entries)
        QTest::newRow(entry.code) << QString::fromUtf8(entry.code);
}

void TestSandboxFoxApi::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const SandboxErrorCode &entry = tableEntry(QStringLiteral("foxapi"), code);
    const HttpResult r = submitImage(QStringLiteral("error=\"%1\"").arg(code));
    QCOMPARE(r.status, entry.status);
    // FoxAPI's documented envelope: {"error":{"message","type","code"}}
    QVERIFY(r.json().value(QLatin1String("error")).toObject().contains(QLatin1String("type")));
    // http_<status> codes are a bare status; every other code travels in the envelope.
    if (!code.startsWith(QLatin1String("http_")))
        QVERIFY2(envelopeCode(r) == code, r.body.constData());
    if (r.status == 429)
        QVERIFY(!r.header("retry-after").isEmpty());   // FoxAPI documents Retry-After
    QCOMPARE(m_server.taskCount(QStringLiteral("foxapi")), 0);   // a rejected submit creates nothing
}

void TestSandboxFoxApi::everyInTaskCode_data()
{
    QTest::addColumn<QString>("code");
    SandboxServer server;
    const QStringList codes = server.inTaskCodes(QStringLiteral("foxapi"));
    QVERIFY(codes.contains(QStringLiteral("content_policy_violation")));
    for (const QString &code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestSandboxFoxApi::everyInTaskCode()
{
    QFETCH(QString, code);
    const HttpResult submit = submitImage(quickTiming() + QStringLiteral(" fail=\"%1\"").arg(code));
    QCOMPARE(submit.status, 200);
    const HttpResult poll = m_client->get(QStringLiteral("/v1/tasks/") + submit.json().value(QLatin1String("id")).toString());
    QCOMPARE(poll.status, 200);
    QCOMPARE(poll.json().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    // In-task failure: error.code, with a message.
    const QJsonObject error = poll.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
}

void TestSandboxFoxApi::validationErrors()
{
    HttpResult r = m_client->post(QStringLiteral("/v1/images/generations"), {{QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(parsedError(QStringLiteral("foxapi"), r).code, QStringLiteral("invalid_request_error"));
    r = m_client->send("POST", QStringLiteral("/v1/images/generations"), QByteArrayLiteral("{not json"));
    QCOMPARE(r.status, 400);
    r = submitImage(QStringLiteral("queue=banana"));
    QCOMPARE(r.status, 400);
    QVERIFY2(parsedError(QStringLiteral("foxapi"), r).message.contains(QLatin1String("queue")), r.body.constData());
}

void TestSandboxFoxApi::unknownTaskIsNotFound()
{
    const HttpResult r = m_client->get(QStringLiteral("/v1/tasks/task-unified-0-nothere"));
    QCOMPARE(r.status, 404);
    QCOMPARE(parsedError(QStringLiteral("foxapi"), r, ApiPhase::Poll).category, ErrorCategory::NotFound);
}

void TestSandboxFoxApi::noCancelRoute()
{
    const HttpResult submit = submitImage(QStringLiteral("queue=10s run=10s"));
    const QString id = submit.json().value(QLatin1String("id")).toString();
    const HttpResult cancel = m_client->send("POST", QStringLiteral("/v1/tasks/%1/cancel").arg(id));
    QCOMPARE(cancel.status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + id).json().value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));
}

QTEST_MAIN(TestSandboxFoxApi)
#include "tst_sandbox_foxapi.moc"
