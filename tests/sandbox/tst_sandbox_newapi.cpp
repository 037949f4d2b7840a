// new-api task relay protocol of the sandbox.

#include "sandboxtestsupport.h"

#include <QHttpMultiPart>

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
    void multipartFromQtLikeTheSdks();
    void multipartWithUnquotedBoundaryAndFile();
    void malformedMultipartIsAMalformedBody_data();
    void malformedMultipartIsAMalformedBody();
    void failShapes_data();
    void failShapes();
    void contentRoute();
    void completedVideoWithoutUrl();

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
    // Every code of the sandbox's own table (written from the provider's error page).
    const auto entries = SandboxErrorTables::of(u"newapi");
    QVERIFY(!entries.empty());
    for (const SandboxErrorCode &entry : entries)
        QTest::newRow(entry.code) << QString::fromUtf8(entry.code);
}

void TestSandboxNewApi::everyCatalogCodeAtSubmit()
{
    QFETCH(QString, code);
    const SandboxErrorCode &entry = tableEntry(QStringLiteral("newapi"), code);
    const HttpResult r = submit(QStringLiteral("error=\"%1\"").arg(code));
    QCOMPARE(r.status, entry.status);
    // http_<status> codes are a bare status; every other code travels in the envelope.
    if (!code.startsWith(QLatin1String("http_")))
        QVERIFY2(envelopeCode(r) == code, r.body.constData());
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
    // Default fail-shape "error": the adaptors' {code, message}.
    const QJsonObject error = video.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());

    // The TaskDto route only has fail_reason; the code travels in its text.
    const QJsonObject dto = m_client->get(QStringLiteral("/v1/video/generations/") + id).json();
    const QJsonObject data = dto.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("FAILURE"));
    QVERIFY(data.value(QLatin1String("fail_reason")).toString().contains(code));
}

void TestSandboxNewApi::unknownTaskIs400TaskNotExist()
{
    for (const QString &path : {QStringLiteral("/v1/videos/task_nothere"), QStringLiteral("/v1/video/generations/task_nothere")}) {
        const HttpResult r = m_client->get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("task_not_exist"));
        QCOMPARE(tableEntry(QStringLiteral("newapi"), QStringLiteral("task_not_exist")).status, 400);
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

// A multipart body the way httpx (the OpenAI Python SDK's client) builds it: unquoted boundary.
static QByteArray sdkStyleMultipart(const QByteArray &boundary, const QString &prompt, bool withFile)
{
    QByteArray body;
    auto field = [&](const char *name, const QByteArray &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    };
    field("model", "sora-2");
    field("prompt", prompt.toUtf8());
    field("seconds", "8");
    field("size", "1280x720");
    if (withFile) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"ref.png\"\r\n"
                                  "Content-Type: image/png\r\n\r\n";
        body += QByteArray("\x89PNG\r\n\x1a\n--not-a-boundary\r\n", 26);   // binary, with CRLFs inside
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

void TestSandboxNewApi::multipartFromQtLikeTheSdks()
{
    // QHttpMultiPart quotes its boundary, which RFC 2046 allows and the gateway must accept.
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto text = [multi](const char *name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"") + name + '"');
        part.setBody(value);
        multi->append(part);
    };
    text("model", "sora-2");
    text("prompt", directive(QStringLiteral("a kite over dunes"), quickTiming()).toUtf8());
    text("seconds", "4");
    text("size", "720x1280");
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"input_reference\"; filename=\"r.png\""));
    file.setBody(QByteArray(300, '\r'));
    multi->append(file);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_server.baseUrl(QStringLiteral("newapi")).toString() + QStringLiteral("/v1/videos")));
    request.setRawHeader("Authorization", "Bearer sk-newapi");
    QNetworkReply *reply = nam.post(request, multi);
    multi->setParent(reply);
    QVERIFY(request.header(QNetworkRequest::ContentTypeHeader).isNull());   // QNAM adds it with the boundary
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    QVERIFY2(status == 200, body.constData());
    const QJsonObject video = QJsonDocument::fromJson(body).object();
    QCOMPARE(video.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    // The size field reached the task: the result has its aspect ratio (portrait).
    QCOMPARE(video.value(QLatin1String("size")).toString(), QStringLiteral("180x320"));
}

void TestSandboxNewApi::multipartWithUnquotedBoundaryAndFile()
{
    const QByteArray boundary = "7a1b2c3d4e5f60718293a4b5c6d7e8f9";
    const HttpResult r = m_client->send("POST", QStringLiteral("/v1/videos"),
                                        sdkStyleMultipart(boundary, QStringLiteral("a lighthouse at dusk"), true),
                                        {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QString id = r.json().value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("task_")));
    // The prompt field (not the file's bytes) became the task's prompt.
    const QJsonArray tasks = m_server.tasksJson(QStringLiteral("newapi"));
    QCOMPARE(tasks.size(), 1);
    QVERIFY2(QJsonDocument(tasks.first().toObject()).toJson().contains("a lighthouse at dusk"),
             QJsonDocument(tasks.first().toObject()).toJson().constData());
}

void TestSandboxNewApi::malformedMultipartIsAMalformedBody_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray good = sdkStyleMultipart("b0undary", QStringLiteral("x"), false);
    QTest::newRow("no boundary") << QByteArrayLiteral("multipart/form-data") << good;
    QTest::newRow("wrong boundary") << QByteArrayLiteral("multipart/form-data; boundary=other") << good;
    QTest::newRow("no close delimiter") << QByteArrayLiteral("multipart/form-data; boundary=b0undary")
                                        << good.left(good.lastIndexOf("--b0undary--"));
    QTest::newRow("bare LF") << QByteArrayLiteral("multipart/form-data; boundary=b0undary") << QByteArray(good).replace("\r\n", "\n");
    QTest::newRow("part without name") << QByteArrayLiteral("multipart/form-data; boundary=b0undary")
                                       << QByteArrayLiteral("--b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary--\r\n");
}

void TestSandboxNewApi::malformedMultipartIsAMalformedBody()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const HttpResult badJson = m_client->send("POST", QStringLiteral("/v1/videos"), QByteArrayLiteral("{\"model\":"));
    const HttpResult r = m_client->send("POST", QStringLiteral("/v1/videos"), body, {{"Content-Type", contentType}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.status, badJson.status);
    QCOMPARE(envelopeCode(r), envelopeCode(badJson));
    QCOMPARE(envelopeCode(r), QStringLiteral("bad_request_body"));
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxNewApi::failShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("error") << QStringLiteral("error");
    QTest::newRow("message") << QStringLiteral("message");
    QTest::newRow("metadata") << QStringLiteral("metadata");
    QTest::newRow("none") << QStringLiteral("none");
}

void TestSandboxNewApi::failShapes()
{
    QFETCH(QString, shape);
    const QString id = submit(quickTiming() + QStringLiteral(" fail=sensitive_words_detected fail-shape=") + shape)
                           .json().value(QLatin1String("id")).toString();
    const QJsonObject video = m_client->get(QStringLiteral("/v1/videos/") + id).json();
    QCOMPARE(video.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    const QJsonObject error = video.value(QLatin1String("error")).toObject();
    const QString metadataUrl = video.value(QLatin1String("metadata")).toObject().value(QLatin1String("url")).toString();
    if (shape == QLatin1String("error")) {
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("sensitive_words_detected"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!video.contains(QLatin1String("metadata")));
    } else if (shape == QLatin1String("message")) {
        // Go marshals the unset code as "" (no omitempty on OpenAIVideoError.Code).
        QVERIFY(error.value(QLatin1String("code")).isString());
        QCOMPARE(error.value(QLatin1String("code")).toString(), QString());
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    } else if (shape == QLatin1String("metadata")) {
        // The reason in metadata.url, and it is not a URL.
        QVERIFY(!video.contains(QLatin1String("error")));
        QVERIFY2(metadataUrl.contains(QLatin1String("sensitive_words_detected")), qPrintable(metadataUrl));
        QVERIFY(!metadataUrl.startsWith(QLatin1String("http")));
    } else {
        QVERIFY(!video.contains(QLatin1String("error")));
        QVERIFY(!video.contains(QLatin1String("metadata")));
    }
    // Whatever the video object says, the TaskDto route keeps fail_reason.
    const QJsonObject data = m_client->get(QStringLiteral("/v1/video/generations/") + id).json().value(QLatin1String("data")).toObject();
    QVERIFY(data.value(QLatin1String("fail_reason")).toString().contains(QLatin1String("sensitive_words_detected")));
}

void TestSandboxNewApi::contentRoute()
{
    // Unknown id: video_proxy.go's own 404, without a code.
    const HttpResult unknown = m_client->get(QStringLiteral("/v1/videos/task_nothere/content"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));

    const QString waiting = submit(QStringLiteral("queue=0ms run=10s")).json().value(QLatin1String("id")).toString();
    const HttpResult early = m_client->get(QStringLiteral("/v1/videos/%1/content").arg(waiting));
    QCOMPARE(early.status, 400);
    QVERIFY2(early.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()
                 .contains(QLatin1String("not completed yet, current status: IN_PROGRESS")),
             early.body.constData());

    const QString done = submit(quickTiming()).json().value(QLatin1String("id")).toString();
    SandboxClient anonymous(m_server, QStringLiteral("newapi"), QByteArray());
    QCOMPARE(anonymous.get(QStringLiteral("/v1/videos/%1/content").arg(done)).status, 401);   // the key is required
    const HttpResult content = m_client->get(QStringLiteral("/v1/videos/%1/content").arg(done));
    QCOMPARE(content.status, 200);
    QVERIFY(content.isApng());
    // Headers copied from the upstream file: the sandbox's "video" is an APNG.
    QCOMPARE(content.header("content-type"), QByteArrayLiteral("image/apng"));

    const QString failed = submit(quickTiming() + QStringLiteral(" fail=task_failed")).json().value(QLatin1String("id")).toString();
    const HttpResult refused = m_client->get(QStringLiteral("/v1/videos/%1/content").arg(failed));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().endsWith(QLatin1String("FAILURE")));
}

void TestSandboxNewApi::completedVideoWithoutUrl()
{
    const QString id = submit(quickTiming() + QStringLiteral(" no-url")).json().value(QLatin1String("id")).toString();
    const QJsonObject video = m_client->get(QStringLiteral("/v1/videos/") + id).json();
    QCOMPARE(video.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(video.value(QLatin1String("metadata")).toObject().value(QLatin1String("url")).toString(), QString());
    const QJsonObject data = m_client->get(QStringLiteral("/v1/video/generations/") + id).json().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(data.value(QLatin1String("result_url")).toString(), QString());
    // The only way to the file is the content route.
    QVERIFY(m_client->get(QStringLiteral("/v1/videos/%1/content").arg(id)).isApng());

    // Without the flag the same route carries a link.
    const QString linked = submit(quickTiming()).json().value(QLatin1String("id")).toString();
    QVERIFY(m_client->get(QStringLiteral("/v1/videos/") + linked).json().value(QLatin1String("metadata")).toObject()
                .value(QLatin1String("url")).toString().startsWith(QLatin1String("http://127.0.0.1")));
}

QTEST_MAIN(TestSandboxNewApi)
#include "tst_sandbox_newapi.moc"
