// SeaArt (fal-style queue) protocol of the sandbox.

#include "sandboxtestsupport.h"

class TestSandboxSeaArt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPathThroughEveryStatus();
    void videoEndpointServesAnimationAndPoster();
    void everyCatalogCodeAtSubmit_data();
    void everyCatalogCodeAtSubmit();
    void everyInTaskCode_data();
    void everyInTaskCode();
    void cancelLiveFinishedAndUnknown();
    void documentedUnsupportedCapabilities();
    void requestUnderOtherEndpointIsNotFound();
    void missingInputFailsInsideTheTask();
    void bothAuthSchemes();

private:
    HttpResult submit(const QString &scenario, const QString &endpoint = QStringLiteral("nano_banana_2"));
    QString statusPath(const QString &id, const QString &endpoint = QStringLiteral("nano_banana_2")) const;

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxSeaArt::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("seaart"), QByteArrayLiteral("Key sea-test"));
}

void TestSandboxSeaArt::init()
{
    m_server.reset();
}

HttpResult TestSandboxSeaArt::submit(const QString &scenario, const QString &endpoint)
{
    return m_client->post(QStringLiteral("/v1/queue/") + endpoint,
                          {{QStringLiteral("prompt"), directive(QStringLiteral("a cinematic photo of a cat astronaut"), scenario)}});
}

QString TestSandboxSeaArt::statusPath(const QString &id, const QString &endpoint) const
{
    return QStringLiteral("/v1/queue/%1/requests/%2").arg(endpoint, id);
}

void TestSandboxSeaArt::happyPathThroughEveryStatus()
{
    const HttpResult created = submit(QStringLiteral("queue=200ms run=400ms"));
    QCOMPARE(created.status, 200);
    const QJsonObject body = created.json();
    const QString id = body.value(QLatin1String("request_id")).toString();
    QVERIFY(id.startsWith(QLatin1String("mmsu_")));
    QCOMPARE(body.value(QLatin1String("queue_position")).toInt(-1), 0);
    const QString statusUrl = body.value(QLatin1String("status_url")).toString();
    const QString responseUrl = body.value(QLatin1String("response_url")).toString();
    QVERIFY(statusUrl.endsWith(QLatin1String("/requests/") + id + QLatin1String("/status")));
    QVERIFY(responseUrl.endsWith(QLatin1String("/response")));
    QVERIFY(body.value(QLatin1String("cancel_url")).toString().endsWith(QLatin1String("/cancel")));

    // Before the end the result route answers 202 with a status-shaped body, not an error.
    const HttpResult early = m_client->get(responseUrl);
    QCOMPARE(early.status, 202);
    QCOMPARE(early.json().value(QLatin1String("status")).toString(), QStringLiteral("IN_QUEUE"));

    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(statusUrl); },
                                              [](const HttpResult &r) { return r.json().value(QLatin1String("status")) == QLatin1String("COMPLETED"); });
    const QStringList statuses = distinctValues(polls, [](const QJsonObject &o) { return o.value(QLatin1String("status")).toString(); });
    QCOMPARE(statuses, (QStringList{QStringLiteral("IN_QUEUE"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")}));
    for (const HttpResult &poll : polls)
        QCOMPARE(poll.status, poll.json().value(QLatin1String("status")) == QLatin1String("COMPLETED") ? 200 : 202);
    const QJsonObject completed = polls.last().json();
    QVERIFY(!completed.contains(QLatin1String("error")));   // COMPLETED without error = success
    QVERIFY(completed.value(QLatin1String("metrics")).toObject().contains(QLatin1String("inference_time")));

    const HttpResult result = m_client->get(responseUrl);
    QCOMPARE(result.status, 200);
    const QJsonObject output = result.json().value(QLatin1String("outputs")).toArray().first().toObject();
    QCOMPARE(output.value(QLatin1String("type")).toString(), QStringLiteral("image"));
    const HttpResult file = m_client->get(output.value(QLatin1String("url")).toString());
    QVERIFY(file.isPng());
    QCOMPARE(double(file.body.size()), output.value(QLatin1String("file_size")).toDouble());
    QCOMPARE(QImage::fromData(file.body).width(), output.value(QLatin1String("width")).toInt());
    QCOMPARE(result.json().value(QLatin1String("metadata")).toObject().value(QLatin1String("prompt")).toString(),
             QStringLiteral("a cinematic photo of a cat astronaut"));
}

void TestSandboxSeaArt::videoEndpointServesAnimationAndPoster()
{
    const HttpResult created = submit(quickTiming(), QStringLiteral("wan26_i2v"));
    const QJsonObject result = m_client->get(created.json().value(QLatin1String("response_url")).toString()).json();
    const QJsonObject output = result.value(QLatin1String("outputs")).toArray().first().toObject();
    QCOMPARE(output.value(QLatin1String("type")).toString(), QStringLiteral("video"));
    QVERIFY(output.value(QLatin1String("duration")).toDouble() > 0);
    const HttpResult video = m_client->get(output.value(QLatin1String("url")).toString());
    QVERIFY(video.isApng());
    const QString poster = output.value(QLatin1String("url")).toString().replace(QLatin1String("video.apng"), QLatin1String("poster.png"));
    const HttpResult still = m_client->get(poster);
    QVERIFY(still.isPng());
    QVERIFY(!still.isApng());
}

void TestSandboxSeaArt::everyCatalogCodeAtSubmit_data()
{
    QTest::addColumn<QString>("code");
    // Every code of the sandbox's own table (written from the provider's error page).
    const auto entries = SandboxErrorTables::of(u"seaart");
    QVERIFY(!entries.empty());
    for (const SandboxErrorCode &entry : entries)
        QTest::newRow(entry.code) << QString::fromUtf8(entry.code);
}

void TestSandboxSeaArt::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const SandboxErrorCode &entry = tableEntry(QStringLiteral("seaart"), code);
    const HttpResult r = submit(QStringLiteral("error=\"%1\"").arg(code));
    QCOMPARE(r.status, entry.status);
    // http_<status> codes are a bare status; every other code travels in the envelope.
    if (!code.startsWith(QLatin1String("http_")))
        QVERIFY2(envelopeCode(r) == code, r.body.constData());
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxSeaArt::everyInTaskCode_data()
{
    QTest::addColumn<QString>("code");
    SandboxServer server;
    for (const QString &code : server.inTaskCodes(QStringLiteral("seaart")))
        QTest::newRow(qPrintable(code)) << code;
}

void TestSandboxSeaArt::everyInTaskCode()
{
    QFETCH(QString, code);
    const HttpResult created = submit(quickTiming() + QStringLiteral(" fail=") + code);
    const QJsonObject body = created.json();
    const HttpResult status = m_client->get(body.value(QLatin1String("status_url")).toString());
    QCOMPARE(status.status, 200);
    const QJsonObject task = status.json();
    QCOMPARE(task.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));   // terminal, not success
    QCOMPARE(task.value(QLatin1String("error_type")).toString(), code);
    QVERIFY(!task.value(QLatin1String("error")).toString().isEmpty());

    // The result route reports the same failure fal-style.
    const HttpResult result = m_client->get(body.value(QLatin1String("response_url")).toString());
    QVERIFY(result.status >= 400);
    QCOMPARE(envelopeCode(result), code);
    QCOMPARE(result.status, tableEntry(QStringLiteral("seaart"), code).status);
}

void TestSandboxSeaArt::cancelLiveFinishedAndUnknown()
{
    const QJsonObject live = submit(QStringLiteral("queue=10s run=10s")).json();
    const HttpResult cancelled = m_client->put(live.value(QLatin1String("cancel_url")).toString());
    QCOMPARE(cancelled.status, 202);
    QCOMPARE(cancelled.json().value(QLatin1String("status")).toString(), QStringLiteral("CANCELLATION_REQUESTED"));
    const QJsonObject after = m_client->get(live.value(QLatin1String("status_url")).toString()).json();
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(after.value(QLatin1String("error_type")).toString(), QStringLiteral("CANCELED"));

    // Cancelling again (or a finished task) is a 400 ALREADY_COMPLETED.
    const HttpResult again = m_client->put(live.value(QLatin1String("cancel_url")).toString());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QLatin1String("status")).toString(), QStringLiteral("ALREADY_COMPLETED"));
    const QJsonObject finished = submit(quickTiming()).json();
    QCOMPARE(m_client->put(finished.value(QLatin1String("cancel_url")).toString()).status, 400);

    const HttpResult unknown = m_client->put(statusPath(QStringLiteral("mmsu_nothere")) + QStringLiteral("/cancel"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("status")).toString(), QStringLiteral("NOT_FOUND"));
}

void TestSandboxSeaArt::documentedUnsupportedCapabilities()
{
    // Webhook information in the body, the query or a header is rejected.
    HttpResult r = m_client->post(QStringLiteral("/v1/queue/nano_banana_2"),
                                  {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("webhook_url"), QStringLiteral("https://example.com/hook")}});
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("webhook not supported"));
    r = m_client->post(QStringLiteral("/v1/queue/nano_banana_2?fal_webhook=https://example.com"), {{QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("webhook not supported"));
    r = m_client->post(QStringLiteral("/v1/queue/nano_banana_2"), {{QStringLiteral("prompt"), QStringLiteral("x")}},
                       {{QByteArrayLiteral("X-Webhook-Url"), QByteArrayLiteral("https://example.com")}});
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("webhook not supported"));
    QCOMPARE(m_server.taskCount(), 0);

    r = m_client->send("POST", QStringLiteral("/v1/queue/nano_banana_2/sync"), QByteArrayLiteral("{}"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("Not Found"));

    const QJsonObject created = submit(quickTiming()).json();
    r = m_client->get(created.value(QLatin1String("status_url")).toString() + QStringLiteral("/stream"));
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("SSE streaming not supported"));

    r = submit(quickTiming(), QStringLiteral("not_exists"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("App not found: not_exists"));
}

void TestSandboxSeaArt::requestUnderOtherEndpointIsNotFound()
{
    const QString id = submit(quickTiming()).json().value(QLatin1String("request_id")).toString();
    const HttpResult r = m_client->get(statusPath(id, QStringLiteral("other_model")) + QStringLiteral("/status"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("detail")).toString(), QStringLiteral("Request not found"));
}

void TestSandboxSeaArt::missingInputFailsInsideTheTask()
{
    // Like fal: accepted, then COMPLETED with REQUEST_INVALID.
    const HttpResult created = m_client->send("POST", QStringLiteral("/v1/queue/nano_banana_2"), QByteArrayLiteral("{}"),
                                              {{QByteArrayLiteral("X-Sandbox-Scenario"), QByteArrayLiteral("v1: queue=0ms run=0ms")}});
    QCOMPARE(created.status, 200);
    const QJsonObject task = m_client->get(created.json().value(QLatin1String("status_url")).toString()).json();
    QCOMPARE(task.value(QLatin1String("error_type")).toString(), QStringLiteral("REQUEST_INVALID"));
}

void TestSandboxSeaArt::bothAuthSchemes()
{
    SandboxClient bearer(m_server, QStringLiteral("seaart"), QByteArrayLiteral("Bearer sea-test"));
    QCOMPARE(bearer.post(QStringLiteral("/v1/queue/nano_banana_2"), {{QStringLiteral("prompt"), QStringLiteral("x")}}).status, 200);
    SandboxClient token(m_server, QStringLiteral("seaart"), QByteArrayLiteral("Token sea-test"));
    const HttpResult r = token.post(QStringLiteral("/v1/queue/nano_banana_2"), {{QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(parsedError(QStringLiteral("seaart"), r).code, QStringLiteral("UNAUTHORIZED"));
}

QTEST_MAIN(TestSandboxSeaArt)
#include "tst_sandbox_seaart.moc"
