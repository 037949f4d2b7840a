// new-api task relay protocol of the sandbox.

#include "sandboxtestsupport.h"

class TestSandboxNewApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openAiVideoRouteThroughEveryStatus();
    void taskDtoRouteThroughEveryStatus();
    void everyCatalogCodeAtSubmit_data();
    void everyCatalogCodeAtSubmit();
    void everyInTaskCode_data();
    void everyInTaskCode();
    void unknownTaskIs400TaskNotExist();
    void rateLimitHasNoRetryAfter();
    void noCancelRoute();
    void rawTokenIsAccepted();

private:
    HttpResult submit(const QString &scenario, const QString &path = QStringLiteral("/v1/videos"));

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxNewApi::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("newapi"), QByteArrayLiteral("Bearer sk-newapi"));
}

void TestSandboxNewApi::init()
{
    m_server.reset();
}

HttpResult TestSandboxNewApi::submit(const QString &scenario, const QString &path)
{
    return m_client->post(path, {{QStringLiteral("model"), QStringLiteral("sora-2")},
                                 {QStringLiteral("prompt"), directive(QStringLiteral("a paper boat on a river"), scenario)},
                                 {QStringLiteral("seconds"), QStringLiteral("4")}});
}

void TestSandboxNewApi::openAiVideoRouteThroughEveryStatus()
{
    const HttpResult created = submit(QStringLiteral("queue=600ms run=300ms"));
    QCOMPARE(created.status, 200);
    const QJsonObject video = created.json();
    const QString id = video.value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("task_")));
    QCOMPARE(id.size(), 5 + 32);
    QCOMPARE(video.value(QLatin1String("task_id")).toString(), id);
    QCOMPARE(video.value(QLatin1String("object")).toString(), QStringLiteral("video"));
    QCOMPARE(video.value(QLatin1String("status")).toString(), QStringLiteral("queued"));

    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(QStringLiteral("/v1/videos/") + id); },
                                              [](const HttpResult &r) { return r.json().value(QLatin1String("status")) == QLatin1String("completed"); });
    const QStringList statuses = distinctValues(polls, [](const QJsonObject &o) { return o.value(QLatin1String("status")).toString(); });
    // A task that has not started yet is "unknown" (new-api issue 5045): clients must wait on it.
    QCOMPARE(statuses, (QStringList{QStringLiteral("unknown"), QStringLiteral("queued"), QStringLiteral("in_progress"),
                                    QStringLiteral("completed")}));
    for (const HttpResult &poll : polls)
        QVERIFY(poll.json().value(QLatin1String("progress")).isDouble());   // an int on this route

    const QString url = polls.last().json().value(QLatin1String("metadata")).toObject().value(QLatin1String("url")).toString();
    QVERIFY(m_client->get(url).isApng());
    const HttpResult content = m_client->get(QStringLiteral("/v1/videos/%1/content").arg(id));
    QCOMPARE(content.status, 200);
    QVERIFY(content.isApng());
}

void TestSandboxNewApi::taskDtoRouteThroughEveryStatus()
{
    const HttpResult created = submit(QStringLiteral("queue=600ms run=300ms steps=2"), QStringLiteral("/v1/video/generations"));
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(QLatin1String("task_id")).toString();
    auto data = [](const QJsonObject &o) { return o.value(QLatin1String("data")).toObject(); };
    const QList<HttpResult> polls = pollUntil([&] { return m_client->get(QStringLiteral("/v1/video/generations/") + id); },
                                              [&](const HttpResult &r) { return data(r.json()).value(QLatin1String("status")) == QLatin1String("SUCCESS"); });
    for (const HttpResult &poll : polls)
        QCOMPARE(poll.json().value(QLatin1String("code")).toString(), QStringLiteral("success"));
    const QStringList statuses = distinctValues(polls, [&](const QJsonObject &o) { return data(o).value(QLatin1String("status")).toString(); });
    QCOMPARE(statuses, (QStringList{QStringLiteral("NOT_START"), QStringLiteral("SUBMITTED"), QStringLiteral("QUEUED"),
                                    QStringLiteral("IN_PROGRESS"), QStringLiteral("SUCCESS")}));
    const QStringList progress = distinctValues(polls, [&](const QJsonObject &o) { return data(o).value(QLatin1String("progress")).toString(); });
    QCOMPARE(progress.first(), QStringLiteral("0%"));
    QCOMPARE(progress.last(), QStringLiteral("100%"));
    const QJsonObject done = data(polls.last().json());
    QVERIFY(m_client->get(done.value(QLatin1String("result_url")).toString()).isApng());
    QVERIFY(done.value(QLatin1String("finish_time")).toDouble() >= done.value(QLatin1String("submit_time")).toDouble());
}

void TestSandboxNewApi::everyCatalogCodeAtSubmit_data()
{
    QTest::addColumn<QString>("code");
    const auto entries = ErrorCatalog::instance().entriesOf(u"newapi");
    QVERIFY(!entries.isEmpty());
    for (const ErrorCatalogEntry *entry : entries)
        QTest::newRow(entry->code) << QString::fromUtf8(entry->code);
}

void TestSandboxNewApi::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const ErrorCatalogEntry *entry = ErrorCatalog::instance().find(u"newapi", code);
    QVERIFY(entry);
    const HttpResult r = submit(QStringLiteral("error=\"%1\"").arg(code));
    if (entry->httpStatus > 0)
        QCOMPARE(r.status, entry->httpStatus);
    else
        QVERIFY(r.status >= 400);
    QString why;
    QVERIFY2(resolvesTo(QStringLiteral("newapi"), r, entry, &why), qPrintable(why));
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        // Relay errors carry new-api's request id suffix, which the parser strips into requestId.
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(QLatin1String(" (request id: ")), r.body.constData());
        QVERIFY(!parsedError(QStringLiteral("newapi"), r).requestId.isEmpty());
    }
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxNewApi::everyInTaskCode_data()
{
    QTest::addColumn<QString>("code");
    SandboxServer server;
    for (const QString &code : server.inTaskCodes(QStringLiteral("newapi")))
        QTest::newRow(qPrintable(code)) << code;
}

void TestSandboxNewApi::everyInTaskCode()
{
    QFETCH(QString, code);
    const QString id = submit(quickTiming() + QStringLiteral(" fail=\"%1\"").arg(code)).json().value(QLatin1String("id")).toString();
    const QJsonObject video = m_client->get(QStringLiteral("/v1/videos/") + id).json();
    QCOMPARE(video.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    const auto failure = EnvelopeParser::parseInTaskFailure(QStringLiteral("newapi"), video);
    QVERIFY(failure);
    QCOMPARE(failure->code, code);
    QVERIFY(failure->documented);

    // The TaskDto route only has fail_reason; the code travels in its text.
    const QJsonObject dto = m_client->get(QStringLiteral("/v1/video/generations/") + id).json();
    const QJsonObject data = dto.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
    QVERIFY(data.value(QLatin1String("fail_reason")).toString().contains(code));
    const auto dtoFailure = EnvelopeParser::parseInTaskFailure(QStringLiteral("newapi"), dto);
    QVERIFY(dtoFailure);
    QCOMPARE(dtoFailure->code, QStringLiteral("task_failed"));
}

void TestSandboxNewApi::unknownTaskIs400TaskNotExist()
{
    for (const QString &path : {QStringLiteral("/v1/videos/task_nothere"), QStringLiteral("/v1/video/generations/task_nothere"),
                                QStringLiteral("/v1/videos/task_nothere/content")}) {
        const HttpResult r = m_client->get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("task_not_exist"));
        QCOMPARE(parsedError(QStringLiteral("newapi"), r, ApiPhase::Poll).category, ErrorCategory::NotFound);
    }
}

void TestSandboxNewApi::rateLimitHasNoRetryAfter()
{
    const HttpResult r = submit(QStringLiteral("fault=429"));
    QCOMPARE(r.status, 429);
    QVERIFY(!r.headers.contains("retry-after"));
    const ApiError error = parsedError(QStringLiteral("newapi"), r);
    QCOMPARE(error.category, ErrorCategory::RateLimit);
    QVERIFY(!error.retryAfterSeconds.has_value());
}

void TestSandboxNewApi::noCancelRoute()
{
    const QString id = submit(QStringLiteral("queue=10s")).json().value(QLatin1String("id")).toString();
    QCOMPARE(m_client->send("POST", QStringLiteral("/v1/videos/%1/cancel").arg(id)).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/videos/") + id).json().value(QLatin1String("status")).toString(), QStringLiteral("unknown"));
}

void TestSandboxNewApi::rawTokenIsAccepted()
{
    SandboxClient raw(m_server, QStringLiteral("newapi"), QByteArrayLiteral("sk-raw-token"));
    QCOMPARE(raw.post(QStringLiteral("/v1/videos"), {{QStringLiteral("model"), QStringLiteral("sora-2")}, {QStringLiteral("prompt"), QStringLiteral("x")}}).status,
             200);
    SandboxClient none(m_server, QStringLiteral("newapi"), QByteArray());
    const HttpResult r = none.post(QStringLiteral("/v1/videos"), {{QStringLiteral("model"), QStringLiteral("sora-2")}, {QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(parsedError(QStringLiteral("newapi"), r).category, ErrorCategory::Auth);
}

QTEST_MAIN(TestSandboxNewApi)
#include "tst_sandbox_newapi.moc"
