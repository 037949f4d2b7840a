// LLMAPI async image task protocol of the sandbox.

#include "sandboxtestsupport.h"

class TestSandboxLlmApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPathThroughEveryStatus();
    void everyCatalogCodeAtSubmit_data();
    void everyCatalogCodeAtSubmit();
    void everyInTaskCode_data();
    void everyInTaskCode();
    void timeoutEndsInTimeoutStatus();
    void cancelLiveFinishedAndUnknown();
    void tasksBelongToTheirKey();
    void listPagesAndFilters();
    void submitValidation_data();
    void submitValidation();
    void platformRestrictionEnvelopes();
    void eventStreamSnapshot();
    void resultsDefaultToB64Json();
    void badResponseFormat();
    void listFindsATaskWithoutItsId();
    void plainServerErrorOnSubmit();

private:
    HttpResult submit(const QString &scenario, int n = 1, const QString &responseFormat = {});

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxLlmApi::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("llmapi"), QByteArrayLiteral("Bearer llm-key-a"));
}

void TestSandboxLlmApi::init()
{
    m_server.reset();
}

HttpResult TestSandboxLlmApi::submit(const QString &scenario, int n, const QString &responseFormat)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-image-2")},
                     {QStringLiteral("prompt"), directive(QStringLiteral("a watercolor map of an island"), scenario)},
                     {QStringLiteral("size"), QStringLiteral("1024x768")},
                     {QStringLiteral("n"), n}};
    if (!responseFormat.isEmpty())
        body.insert(QStringLiteral("response_format"), responseFormat);
    return m_client->post(QStringLiteral("/v1/images/tasks"), body);
}

void TestSandboxLlmApi::happyPathThroughEveryStatus()
{
    const HttpResult created = submit(QStringLiteral("queue=200ms run=300ms"), 2, QStringLiteral("url"));
    QCOMPARE(created.status, 202);
    const QJsonObject task = created.json();
    const QString id = task.value(QLatin1String("id")).toString();
    QCOMPARE(task.value(QLatin1String("task_id")).toString(), id);
    QCOMPARE(task.value(QLatin1String("object")).toString(), QStringLiteral("image.task"));
    QCOMPARE(task.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(task.value(QLatin1String("n")).toInt(), 2);
    QVERIFY(created.header("location").endsWith(id.toLatin1()));

    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(QStringLiteral("/v1/images/tasks/") + id); },
                                              [](const HttpResult &r) { return r.json().value(QLatin1String("status")) == QLatin1String("succeeded"); });
    const QStringList statuses = distinctValues(polls, [](const QJsonObject &o) { return o.value(QLatin1String("status")).toString(); });
    QCOMPARE(statuses, (QStringList{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("succeeded")}));
    const QJsonArray data = polls.last().json().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    for (const QJsonValue &item : data) {
        const HttpResult file = m_client->get(item.toObject().value(QLatin1String("url")).toString());
        QVERIFY(file.isPng());
        QCOMPARE(QImage::fromData(file.body).size(), QSize(512, 384));   // the requested 4:3, scaled down
    }
}

void TestSandboxLlmApi::everyCatalogCodeAtSubmit_data()
{
    QTest::addColumn<QString>("code");
    // Every code of the sandbox's own table (written from the provider's error page).
    const auto entries = SandboxErrorTables::of(u"llmapi");
    QVERIFY(!entries.empty());
    for (const SandboxErrorCode &entry : entries)
        QTest::newRow(entry.code) << QString::fromUtf8(entry.code);
}

void TestSandboxLlmApi::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const SandboxErrorCode &entry = tableEntry(QStringLiteral("llmapi"), code);
    const HttpResult r = submit(QStringLiteral("error=\"%1\"").arg(code));
    QCOMPARE(r.status, entry.status);
    // http_<status> codes are a bare status; every other code travels in the envelope.
    if (!code.startsWith(QLatin1String("http_")))
        QVERIFY2(envelopeCode(r) == code || r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString() == code, r.body.constData());
    if (code.startsWith(QLatin1String("IMAGE_TASK"))) {
        // The reason lives in error.type; there is no code field.
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), code);
        QVERIFY(!error.contains(QLatin1String("code")));
    }
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxLlmApi::everyInTaskCode_data()
{
    QTest::addColumn<QString>("code");
    SandboxServer server;
    const QStringList codes = server.inTaskCodes(QStringLiteral("llmapi"));
    QVERIFY(codes.contains(QStringLiteral("timeout")));
    for (const QString &code : codes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestSandboxLlmApi::everyInTaskCode()
{
    QFETCH(QString, code);
    const QString id = submit(quickTiming() + QStringLiteral(" fail=") + code).json().value(QLatin1String("id")).toString();
    const QJsonObject task = m_client->get(QStringLiteral("/v1/images/tasks/") + id).json();
    const QString status = task.value(QLatin1String("status")).toString();
    QVERIFY2(status == QLatin1String("failed") || status == QLatin1String("timeout") || status == QLatin1String("canceled"),
             qPrintable(status));
    // The reason is the status itself (failed/timeout/canceled) or the error's type.
    const QString reason = task.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString();
    QVERIFY2(status == code || reason == code, task.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().toUtf8().constData());
}

void TestSandboxLlmApi::timeoutEndsInTimeoutStatus()
{
    const QString id = submit(quickTiming() + QStringLiteral(" timeout")).json().value(QLatin1String("id")).toString();
    const QJsonObject task = m_client->get(QStringLiteral("/v1/images/tasks/") + id).json();
    QCOMPARE(task.value(QLatin1String("status")).toString(), QStringLiteral("timeout"));
    QVERIFY(!task.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
}

void TestSandboxLlmApi::cancelLiveFinishedAndUnknown()
{
    const QString live = submit(QStringLiteral("queue=10s")).json().value(QLatin1String("id")).toString();
    const HttpResult cancelled = m_client->send("POST", QStringLiteral("/v1/images/tasks/%1/cancel").arg(live));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/images/tasks/") + live).json().value(QLatin1String("status")).toString(),
             QStringLiteral("canceled"));

    const QString done = submit(quickTiming()).json().value(QLatin1String("id")).toString();
    for (const QString &id : {live, done}) {
        const HttpResult again = m_client->send("POST", QStringLiteral("/v1/images/tasks/%1/cancel").arg(id));
        QCOMPARE(again.status, 409);
        QCOMPARE(parsedError(QStringLiteral("llmapi"), again, ApiPhase::Cancel).code, QStringLiteral("IMAGE_TASK_ALREADY_TERMINAL"));
    }
    const HttpResult unknown = m_client->send("POST", QStringLiteral("/v1/images/tasks/imgtask_nothere/cancel"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(parsedError(QStringLiteral("llmapi"), unknown, ApiPhase::Cancel).code, QStringLiteral("IMAGE_TASK_NOT_FOUND"));
}

void TestSandboxLlmApi::tasksBelongToTheirKey()
{
    const QString id = submit(quickTiming()).json().value(QLatin1String("id")).toString();
    SandboxClient other(m_server, QStringLiteral("llmapi"), QByteArrayLiteral("Bearer llm-key-b"));
    const HttpResult r = other.get(QStringLiteral("/v1/images/tasks/") + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(parsedError(QStringLiteral("llmapi"), r, ApiPhase::Poll).code, QStringLiteral("IMAGE_TASK_NOT_FOUND"));
    QCOMPARE(other.get(QStringLiteral("/v1/images/tasks")).json().value(QLatin1String("data")).toArray().size(), 0);
}

void TestSandboxLlmApi::listPagesAndFilters()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << submit(quickTiming()).json().value(QLatin1String("id")).toString();
    ids << submit(QStringLiteral("queue=10s")).json().value(QLatin1String("id")).toString();

    QJsonObject page = m_client->get(QStringLiteral("/v1/images/tasks?limit=2")).json();
    QCOMPARE(page.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    QCOMPARE(page.value(QLatin1String("data")).toArray().size(), 2);
    QVERIFY(page.value(QLatin1String("has_more")).toBool());
    QCOMPARE(page.value(QLatin1String("first_id")).toString(), ids.last());   // newest first
    page = m_client->get(QStringLiteral("/v1/images/tasks?limit=2&after=") + page.value(QLatin1String("last_id")).toString()).json();
    QCOMPARE(page.value(QLatin1String("data")).toArray().size(), 2);
    QVERIFY(!page.value(QLatin1String("has_more")).toBool());

    const QJsonArray queued = m_client->get(QStringLiteral("/v1/images/tasks?status=queued")).json().value(QLatin1String("data")).toArray();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().toObject().value(QLatin1String("id")).toString(), ids.last());
}

void TestSandboxLlmApi::submitValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty prompt") << QByteArrayLiteral("{\"prompt\":\"  \"}") << QByteArray() << 400 << QStringLiteral("IMAGE_TASK_INVALID_REQUEST");
    QTest::newRow("not json") << QByteArrayLiteral("{oops") << QByteArray() << 400 << QStringLiteral("IMAGE_TASK_INVALID_REQUEST");
    QTest::newRow("stream") << QByteArrayLiteral("{\"prompt\":\"x\",\"stream\":true}") << QByteArray() << 400
                            << QStringLiteral("IMAGE_TASK_UNSUPPORTED_FEATURE");
    QTest::newRow("multipart") << QByteArrayLiteral("--b\r\n") << QByteArrayLiteral("multipart/form-data; boundary=b") << 400
                               << QStringLiteral("IMAGE_TASK_UNSUPPORTED_FEATURE");
    QTest::newRow("model") << QByteArrayLiteral("{\"prompt\":\"x\",\"model\":\"claude-3\"}") << QByteArray() << 400
                           << QStringLiteral("IMAGE_TASK_UNSUPPORTED_MODEL");
    QTest::newRow("n too big") << QByteArrayLiteral("{\"prompt\":\"x\",\"n\":9}") << QByteArray() << 429
                               << QStringLiteral("IMAGE_TASK_QUEUE_LIMIT_EXCEEDED");
}

void TestSandboxLlmApi::submitValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxClient::HeaderList headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    const HttpResult r = m_client->send("POST", QStringLiteral("/v1/images/tasks"), body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(parsedError(QStringLiteral("llmapi"), r).code, code);
}

void TestSandboxLlmApi::platformRestrictionEnvelopes()
{
    HttpResult r = m_client->send("POST", QStringLiteral("/v1/images/generations"), QByteArrayLiteral("{\"prompt\":\"x\"}"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("not_found_error"));
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Images API is not supported for this platform"));

    r = m_client->send("POST", QStringLiteral("/v1/messages/count_tokens"), QByteArrayLiteral("{}"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("type")).toString(), QStringLiteral("error"));   // Anthropic shape

    r = m_client->send("POST", QStringLiteral("/v1/messages"), QByteArray(), {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(parsedError(QStringLiteral("llmapi"), r).message, QStringLiteral("Request body is empty"));

    r = m_client->send("POST", QStringLiteral("/v1beta/models/gemini-2.5-flash-image:generateContent"), QByteArrayLiteral("{bad"));
    QCOMPARE(r.status, 400);
    const QJsonObject google = r.json().value(QLatin1String("error")).toObject();
    QCOMPARE(google.value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(google.value(QLatin1String("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(parsedError(QStringLiteral("llmapi"), r).code, QStringLiteral("INVALID_ARGUMENT"));

    r = m_client->send("POST", QStringLiteral("/v1beta/models/gemini-2.5-flash-image:generateContent"), QByteArrayLiteral("{}"));
    QCOMPARE(r.status, 400);
    QCOMPARE(parsedError(QStringLiteral("llmapi"), r).code, QStringLiteral("API key group platform is not gemini"));
}

void TestSandboxLlmApi::eventStreamSnapshot()
{
    const QString live = submit(QStringLiteral("queue=10s")).json().value(QLatin1String("id")).toString();
    submit(quickTiming());   // finished: not part of the snapshot
    const HttpResult r = m_client->get(QStringLiteral("/v1/images/tasks/events"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    QCOMPARE(r.body.count("event: image_task.updated"), 1);
    QVERIFY(r.body.contains(live.toLatin1()));
    QVERIFY(r.body.contains(": heartbeat"));
}

void TestSandboxLlmApi::resultsDefaultToB64Json()
{
    // response_format defaults to b64_json: no URLs unless the request asks for them.
    const QString id = submit(quickTiming(), 2).json().value(QLatin1String("id")).toString();
    const QJsonObject task = m_client->get(QStringLiteral("/v1/images/tasks/") + id).json();
    QCOMPARE(task.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
    const QJsonArray data = task.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QByteArray first;
    for (const QJsonValue &item : data) {
        const QJsonObject image = item.toObject();
        QVERIFY(!image.contains(QLatin1String("url")));
        const QByteArray png = QByteArray::fromBase64(image.value(QLatin1String("b64_json")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QVERIFY(!QImage::fromData(png, "PNG").isNull());   // a real, decodable PNG
        QVERIFY(png != first);                               // each image its own
        first = png;
    }
    // Explicit b64_json is the same as the default.
    const QString explicitId = submit(quickTiming(), 1, QStringLiteral("b64_json")).json().value(QLatin1String("id")).toString();
    const QJsonObject image = m_client->get(QStringLiteral("/v1/images/tasks/") + explicitId).json()
                                  .value(QLatin1String("data")).toArray().first().toObject();
    QVERIFY(image.contains(QLatin1String("b64_json")));
}

void TestSandboxLlmApi::badResponseFormat()
{
    const HttpResult r = submit(quickTiming(), 1, QStringLiteral("gif"));
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeCode(r), QStringLiteral("IMAGE_TASK_INVALID_REQUEST"));
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxLlmApi::listFindsATaskWithoutItsId()
{
    // A submit whose answer the client never read (the guidance: look the task up, do not resubmit).
    const HttpResult lost = submit(QStringLiteral("queue=10s"));
    QCOMPARE(lost.status, 202);
    const QString id = lost.json().value(QLatin1String("id")).toString();
    const QJsonObject page = m_client->get(QStringLiteral("/v1/images/tasks?status=queued")).json();
    const QJsonArray data = page.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QLatin1String("id")).toString(), id);
    QCOMPARE(data.first().toObject().value(QLatin1String("prompt")).toString(), QStringLiteral("a watercolor map of an island"));
}

void TestSandboxLlmApi::plainServerErrorOnSubmit()
{
    for (const int status : {500, 502, 503, 504}) {
        const HttpResult r = submit(QStringLiteral("fault=%1").arg(status));
        QCOMPARE(r.status, status);
        // No IMAGE_TASK_* reason: only the status says what happened.
        QVERIFY2(!envelopeCode(r).startsWith(QLatin1String("IMAGE_TASK_")), r.body.constData());
    }
    QCOMPARE(m_server.taskCount(), 0);
}

QTEST_MAIN(TestSandboxLlmApi)
#include "tst_sandbox_llmapi.moc"
