// Network and service faults of the sandbox, seen from a real HTTP client: hang, drop,
// malformed, truncated, oversize, slow, stuck, vanish, 429 (both Retry-After forms and none),
// 5xx bursts, special keys and header scenarios.

#include "sandboxtestsupport.h"

#include <QDateTime>
#include <QTcpSocket>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void hangingSubmitNeverAnswersButCountsOnce();
    void droppedConnectionMidBody();
    void malformedJson();
    void truncatedJson();
    void oversizedBody();
    void delayedAndTrickledAnswers();
    void stuckTaskNeverFinishes();
    void vanishedTaskIsNotFound_data();
    void vanishedTaskIsNotFound();
    void rateLimitRetryAfterForms_data();
    void rateLimitRetryAfterForms();
    void serverErrorBurstFromAdminRule();
    void serverErrorBurstFromTaskPollFaults();
    void bareStatusFaultsUseTheProviderEnvelope_data();
    void bareStatusFaultsUseTheProviderEnvelope();
    void specialKeys_data();
    void specialKeys();
    void headerScenarioOnPoll();
    void invalidScenarioIsRejected_data();
    void invalidScenarioIsRejected();

private:
    HttpResult submitFox(const QString &scenario, int timeoutMs = 5000);
    QString foxPollPath(const HttpResult &submit) const;

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_fox;
};

namespace {

// Minimal valid submit per provider, with a scenario directive in the prompt.
struct ProviderCall
{
    QByteArray auth;
    QString submitPath;
    QJsonObject body;
};

ProviderCall callFor(const QString &provider, const QString &scenario)
{
    const QString prompt = directive(QStringLiteral("fault probe"), scenario);
    if (provider == QLatin1String("seaart"))
        return {QByteArrayLiteral("Key k"), QStringLiteral("/v1/queue/nano_banana_2"), {{QStringLiteral("prompt"), prompt}}};
    if (provider == QLatin1String("foxapi"))
        return {QByteArrayLiteral("Bearer k"), QStringLiteral("/v1/images/generations"),
                {{QStringLiteral("model"), QStringLiteral("wan-2.7-image")}, {QStringLiteral("prompt"), prompt}}};
    if (provider == QLatin1String("newapi"))
        return {QByteArrayLiteral("Bearer k"), QStringLiteral("/v1/videos"),
                {{QStringLiteral("model"), QStringLiteral("sora-2")}, {QStringLiteral("prompt"), prompt}}};
    if (provider == QLatin1String("llmapi"))
        return {QByteArrayLiteral("Bearer k"), QStringLiteral("/v1/images/tasks"), {{QStringLiteral("prompt"), prompt}}};
    return {QByteArrayLiteral("Token k"), QStringLiteral("/ent/v2/text2video"),
            {{QStringLiteral("model"), QStringLiteral("viduq1")}, {QStringLiteral("prompt"), prompt}}};
}

// The poll path of a submitted task, whatever the provider.
QString pollPathFor(const QString &provider, const QJsonObject &submitted)
{
    if (provider == QLatin1String("seaart"))
        return submitted.value(QLatin1String("status_url")).toString();
    if (provider == QLatin1String("foxapi"))
        return QStringLiteral("/v1/tasks/") + submitted.value(QLatin1String("id")).toString();
    if (provider == QLatin1String("newapi"))
        return QStringLiteral("/v1/videos/") + submitted.value(QLatin1String("id")).toString();
    if (provider == QLatin1String("llmapi"))
        return QStringLiteral("/v1/images/tasks/") + submitted.value(QLatin1String("id")).toString();
    return QStringLiteral("/ent/v2/tasks/%1/creations").arg(submitted.value(QLatin1String("task_id")).toString());
}

bool parsesAsJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

const QString foxSubmitRoute = QStringLiteral("/foxapi/v1/images/generations");

} // namespace

void TestSandboxFaults::initTestCase()
{
    QVERIFY(m_server.start());
    m_fox = std::make_unique<SandboxClient>(m_server, QStringLiteral("foxapi"), QByteArrayLiteral("Bearer sk-faults"));
}

void TestSandboxFaults::init()
{
    m_server.reset();
}

HttpResult TestSandboxFaults::submitFox(const QString &scenario, int timeoutMs)
{
    const ProviderCall call = callFor(QStringLiteral("foxapi"), scenario);
    return m_fox->post(call.submitPath, call.body, {}, timeoutMs);
}

QString TestSandboxFaults::foxPollPath(const HttpResult &submit) const
{
    return pollPathFor(QStringLiteral("foxapi"), submit.json());
}

void TestSandboxFaults::hangingSubmitNeverAnswersButCountsOnce()
{
    const HttpResult r = submitFox(QStringLiteral("fault=hang"), 400);
    QVERIFY(r.timedOut);
    QCOMPARE(r.status, 0);
    QVERIFY(r.elapsedMs >= 400);
    // Exactly one submit reached the sandbox, and it did create the task: the ambiguous case.
    QCOMPARE(m_server.requestCount(QStringLiteral("POST"), foxSubmitRoute), quint64(1));
    QCOMPARE(m_server.taskCount(QStringLiteral("foxapi")), 1);
    bool sawHang = false;
    for (const auto &row : m_server.counters())
        sawHang = sawHang || (row.route == foxSubmitRoute && row.status == 0 && row.fault == QLatin1String("hang"));
    QVERIFY(sawHang);
    // The client gave up and closed its connection; the sandbox notices.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.heldConnectionCount(), 0, 3000);

    // Held connections never block the event loop: hang one (a raw socket, so no client-side
    // resend muddies the picture), keep serving others, then reset() closes it.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(raw.waitForConnected(2000));
    const QByteArray payload = QByteArrayLiteral("{\"model\":\"m\",\"prompt\":\"xy\"}");
    raw.write("POST /foxapi/v1/images/generations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
              "X-Sandbox-Scenario: v1: fault=hang\r\nContent-Type: application/json\r\nContent-Length: "
              + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.heldConnectionCount(), 1, 3000);
    SandboxClient other(m_server, QStringLiteral("foxapi"), QByteArrayLiteral("Bearer sk-faults"));
    const HttpResult quick = other.get(QStringLiteral("/v1/tasks/unknown"));
    QCOMPARE(quick.status, 404);
    QCOMPARE(m_server.heldConnectionCount(), 1);   // answered while the hanging one is still held
    QCOMPARE(raw.bytesAvailable(), 0);
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(raw.readAll(), QByteArray());   // not a single byte was ever answered
}

void TestSandboxFaults::droppedConnectionMidBody()
{
    const HttpResult r = submitFox(QStringLiteral("fault=drop"));
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, "a connection closed mid-body must be an error");
    QVERIFY(!parsesAsJson(r.body) || r.body.isEmpty());
    QCOMPARE(m_server.requestCount(QStringLiteral("POST"), foxSubmitRoute), quint64(1));
    QCOMPARE(m_server.taskCount(QStringLiteral("foxapi")), 1);   // created, answer lost

    // Polls can be dropped too.
    const HttpResult submitted = submitFox(QStringLiteral("queue=10s"));
    const HttpResult poll = m_fox->get(foxPollPath(submitted), {{QByteArrayLiteral("X-Sandbox-Scenario"), QByteArrayLiteral("v1: fault=drop")}});
    QVERIFY(poll.error != QNetworkReply::NoError);
}

void TestSandboxFaults::malformedJson()
{
    const HttpResult r = submitFox(QStringLiteral("fault=malformed"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.body.startsWith("{"));
    QVERIFY(!parsesAsJson(r.body));
}

void TestSandboxFaults::truncatedJson()
{
    const HttpResult whole = submitFox(quickTiming());
    const HttpResult r = m_fox->get(foxPollPath(whole), {{QByteArrayLiteral("X-Sandbox-Scenario"), QByteArrayLiteral("v1: fault=truncated")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);   // complete at the HTTP level
    QCOMPARE(r.header("content-length").toLongLong(), r.body.size());
    QVERIFY(!parsesAsJson(r.body));
    const HttpResult intact = m_fox->get(foxPollPath(whole));
    QVERIFY(intact.body.startsWith(r.body));
}

void TestSandboxFaults::oversizedBody()
{
    const HttpResult r = submitFox(QStringLiteral("fault=oversize size=3MB"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.size() >= 3 * 1024 * 1024 - 64);
    QVERIFY(parsesAsJson(r.body));   // valid, just huge
    QVERIFY(r.json().value(QLatin1String("id")).toString().startsWith(QLatin1String("task-unified-")));
}

void TestSandboxFaults::delayedAndTrickledAnswers()
{
    HttpResult r = submitFox(QStringLiteral("delay=300ms"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, QByteArray::number(r.elapsedMs).constData());

    r = submitFox(QStringLiteral("fault=slow delay=400ms"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 300, QByteArray::number(r.elapsedMs).constData());
    QVERIFY(parsesAsJson(r.body));

    // A slow answer still loses against a client deadline.
    r = submitFox(QStringLiteral("delay=2s"), 300);
    QVERIFY(r.timedOut);
}

void TestSandboxFaults::stuckTaskNeverFinishes()
{
    const HttpResult running = submitFox(QStringLiteral("queue=0ms run=100ms stuck"));
    const HttpResult queued = submitFox(QStringLiteral("queue=0ms stuck=queue"));
    // A twin with the same timing but not stuck, submitted last: once it has completed, the
    // stuck ones have had all the time they would have needed.
    const HttpResult twin = submitFox(QStringLiteral("queue=0ms run=100ms"));
    const QList<HttpResult> twinPolls = pollUntil([&] { return m_fox->get(foxPollPath(twin)); },
                                                  [](const HttpResult &r) { return r.json().value(QLatin1String("status")) == QLatin1String("completed"); });
    QCOMPARE(twinPolls.last().json().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonObject r = m_fox->get(foxPollPath(running)).json();
    QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("processing"));
    QVERIFY(r.value(QLatin1String("progress")).toInt() <= 90);
    QCOMPARE(m_fox->get(foxPollPath(queued)).json().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
}

void TestSandboxFaults::vanishedTaskIsNotFound_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("seaart") << QStringLiteral("seaart") << 404 << QStringLiteral("Request not found");
    QTest::newRow("foxapi") << QStringLiteral("foxapi") << 404 << QStringLiteral("not_found_error");
    QTest::newRow("newapi") << QStringLiteral("newapi") << 400 << QStringLiteral("task_not_exist");
    QTest::newRow("llmapi") << QStringLiteral("llmapi") << 404 << QStringLiteral("IMAGE_TASK_NOT_FOUND");
    QTest::newRow("vidu") << QStringLiteral("vidu") << 404 << QStringLiteral("TaskNotFound");
}

void TestSandboxFaults::vanishedTaskIsNotFound()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ProviderCall call = callFor(provider, QStringLiteral("queue=0ms run=0ms vanish=250ms"));
    SandboxClient client(m_server, provider, call.auth);
    const HttpResult submitted = client.post(call.submitPath, call.body);
    QVERIFY(submitted.status == 200 || submitted.status == 202);
    const QString poll = pollPathFor(provider, submitted.json());
    QCOMPARE(client.get(poll).status, 200);   // it existed...
    HttpResult gone;
    QTRY_VERIFY_WITH_TIMEOUT((gone = client.get(poll)).status != 200, 3000);   // ...and then it did not
    QCOMPARE(gone.status, status);
    QCOMPARE(envelopeCode(gone), code);
    QCOMPARE(tableEntry(provider, code).status, status);
}

void TestSandboxFaults::rateLimitRetryAfterForms_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("expectedSeconds");   // -1: no header
    QTest::addColumn<bool>("httpDate");
    QTest::newRow("foxapi seconds") << QStringLiteral("foxapi") << QStringLiteral("fault=429 retry-after=7") << 7 << false;
    QTest::newRow("foxapi http-date") << QStringLiteral("foxapi") << QStringLiteral("fault=429 retry-after=date:30") << 30 << true;
    QTest::newRow("foxapi default") << QStringLiteral("foxapi") << QStringLiteral("fault=429") << 2 << false;
    QTest::newRow("foxapi none") << QStringLiteral("foxapi") << QStringLiteral("fault=429 retry-after=none") << -1 << false;
    QTest::newRow("seaart seconds") << QStringLiteral("seaart") << QStringLiteral("fault=429 retry-after=5") << 5 << false;
    QTest::newRow("seaart http-date") << QStringLiteral("seaart") << QStringLiteral("fault=429 retry-after=date:12") << 12 << true;
    QTest::newRow("newapi never by default") << QStringLiteral("newapi") << QStringLiteral("fault=429") << -1 << false;
    QTest::newRow("llmapi none") << QStringLiteral("llmapi") << QStringLiteral("fault=429") << -1 << false;
    QTest::newRow("vidu none") << QStringLiteral("vidu") << QStringLiteral("fault=429") << -1 << false;
}

void TestSandboxFaults::rateLimitRetryAfterForms()
{
    QFETCH(QString, provider);
    QFETCH(QString, scenario);
    QFETCH(int, expectedSeconds);
    QFETCH(bool, httpDate);
    const ProviderCall call = callFor(provider, scenario);
    SandboxClient client(m_server, provider, call.auth);
    const HttpResult r = client.post(call.submitPath, call.body);
    QCOMPARE(r.status, 429);
    const ApiError error = parsedError(provider, r);
    QCOMPARE(error.category, ErrorCategory::RateLimit);
    QCOMPARE(m_server.taskCount(), 0);
    if (expectedSeconds < 0) {
        QVERIFY(!r.headers.contains("retry-after"));
        QVERIFY(!error.retryAfterSeconds);
        return;
    }
    const QByteArray value = r.header("retry-after");
    QVERIFY(!value.isEmpty());
    if (httpDate) {
        QVERIFY2(value.endsWith(" GMT"), value.constData());
        QVERIFY(error.retryAfterSeconds);
        QVERIFY2(qAbs(*error.retryAfterSeconds - expectedSeconds) <= 2, QByteArray::number(*error.retryAfterSeconds).constData());
    } else {
        QCOMPARE(value, QByteArray::number(expectedSeconds));
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(expectedSeconds));
    }
}

void TestSandboxFaults::serverErrorBurstFromAdminRule()
{
    const HttpResult submitted = submitFox(quickTiming());
    QVERIFY(m_server.queueOutcome(QStringLiteral("foxapi"), QStringLiteral("poll"), QStringLiteral("fault=503"), 3));
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses << m_fox->get(foxPollPath(submitted)).status;
    QCOMPARE(statuses, (QList<int>{503, 503, 503, 200}));
    quint64 failures = 0;
    for (const auto &row : m_server.counters()) {
        if (row.route == QLatin1String("/foxapi/v1/tasks/{id}") && row.status == 503)
            failures = row.count;
    }
    QCOMPARE(failures, quint64(3));

    // A burst on submits rejects without creating tasks.
    QVERIFY(m_server.queueOutcome(QStringLiteral("foxapi"), QStringLiteral("POST /v1/images/generations"), QStringLiteral("fault=502"), 2));
    QCOMPARE(submitFox(quickTiming()).status, 502);
    QCOMPARE(submitFox(quickTiming()).status, 502);
    QCOMPARE(submitFox(quickTiming()).status, 200);
    QCOMPARE(m_server.taskCount(), 2);
}

void TestSandboxFaults::serverErrorBurstFromTaskPollFaults()
{
    const HttpResult submitted = submitFox(quickTiming() + QStringLiteral(" poll-fault=500 poll-count=2"));
    QCOMPARE(submitted.status, 200);
    QCOMPARE(m_fox->get(foxPollPath(submitted)).status, 500);
    QCOMPARE(m_fox->get(foxPollPath(submitted)).status, 500);
    const HttpResult ok = m_fox->get(foxPollPath(submitted));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QLatin1String("status")).toString(), QStringLiteral("completed"));

    const HttpResult slow = submitFox(quickTiming() + QStringLiteral(" poll-delay=250ms"));
    QVERIFY(m_fox->get(foxPollPath(slow)).elapsedMs >= 240);
}

void TestSandboxFaults::bareStatusFaultsUseTheProviderEnvelope_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    for (const QString &provider : SandboxServer::providerIds()) {
        for (int status : {500, 502, 503, 504})
            QTest::addRow("%s %d", qPrintable(provider), status) << provider << status;
    }
}

void TestSandboxFaults::bareStatusFaultsUseTheProviderEnvelope()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    const ProviderCall call = callFor(provider, QStringLiteral("fault=%1").arg(status));
    SandboxClient client(m_server, provider, call.auth);
    const HttpResult r = client.post(call.submitPath, call.body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.body.isEmpty());
    const ApiError error = parsedError(provider, r);
    QVERIFY2(error.category == ErrorCategory::Server || error.category == ErrorCategory::Upstream
                 || error.category == ErrorCategory::Timeout,
             qPrintable(ErrorTaxonomy::categoryId(error.category) + QLatin1Char(' ') + error.code));
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxFaults::specialKeys_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("code");   // checked instead of the app's category where it is set
    const QList<QPair<QString, QByteArray>> schemes{{QStringLiteral("seaart"), "Key "}, {QStringLiteral("foxapi"), "Bearer "},
                                                    {QStringLiteral("newapi"), "Bearer "}, {QStringLiteral("llmapi"), "Bearer "},
                                                    {QStringLiteral("vidu"), "Token "}};
    const QHash<QString, int> billingStatus{{QStringLiteral("seaart"), 402}, {QStringLiteral("foxapi"), 402},
                                            {QStringLiteral("newapi"), 403}, {QStringLiteral("llmapi"), 403},
                                            {QStringLiteral("vidu"), 400}};
    // Billing refusals by their own codes: the app's category for them depends on its catalog.
    const QHash<QString, QString> billingCode{{QStringLiteral("seaart"), QStringLiteral("INSUFFICIENT_BALANCE")},
                                              {QStringLiteral("foxapi"), QStringLiteral("insufficient_quota")},
                                              {QStringLiteral("newapi"), QStringLiteral("insufficient_user_quota")},
                                              {QStringLiteral("llmapi"), QStringLiteral("IMAGE_TASK_INSUFFICIENT_BALANCE")},
                                              {QStringLiteral("vidu"), QStringLiteral("CreditInsufficient")}};
    for (const auto &[provider, scheme] : schemes) {
        QTest::addRow("%s missing", qPrintable(provider)) << provider << QByteArray() << 401 << int(ErrorCategory::Auth) << QString();
        QTest::addRow("%s invalid", qPrintable(provider)) << provider << scheme + "sandbox-invalid-key" << 401
                                                          << int(ErrorCategory::Auth) << QString();
        QTest::addRow("%s no credit", qPrintable(provider)) << provider << scheme + "sandbox-no-credit"
                                                            << billingStatus.value(provider) << int(ErrorCategory::Billing)
                                                            << billingCode.value(provider);
        QTest::addRow("%s forbidden", qPrintable(provider)) << provider << scheme + "sandbox-forbidden" << 403
                                                            << int(ErrorCategory::Permission) << QString();
        QTest::addRow("%s rate limited", qPrintable(provider)) << provider << scheme + "sandbox-rate-limited" << 429
                                                               << int(ErrorCategory::RateLimit) << QString();
    }
}

void TestSandboxFaults::specialKeys()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, auth);
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(QString, code);
    const ProviderCall call = callFor(provider, quickTiming());
    SandboxClient client(m_server, provider, auth);
    const HttpResult r = client.post(call.submitPath, call.body);
    QCOMPARE(r.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(envelopeCode(r), code);
    } else {
        const ApiError error = parsedError(provider, r);
        QVERIFY2(int(error.category) == category, qPrintable(ErrorTaxonomy::categoryId(error.category) + QLatin1Char(' ') + error.code));
    }
    QCOMPARE(m_server.taskCount(), 0);
}

void TestSandboxFaults::headerScenarioOnPoll()
{
    const HttpResult submitted = submitFox(quickTiming());
    const HttpResult r = m_fox->get(foxPollPath(submitted), {{QByteArrayLiteral("X-Sandbox-Scenario"), QByteArrayLiteral("v1: error=server_error")}});
    QCOMPARE(r.status, 500);
    QCOMPARE(parsedError(QStringLiteral("foxapi"), r, ApiPhase::Poll).code, QStringLiteral("server_error"));
    // Without the header the same task reads normally.
    QCOMPARE(m_fox->get(foxPollPath(submitted)).status, 200);
}

void TestSandboxFaults::invalidScenarioIsRejected_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("unknown version in prompt") << QStringLiteral("x [sandbox v2: queue=1s]") << QByteArray();
    QTest::newRow("unknown key in prompt") << QStringLiteral("x [sandbox v1: colour=red]") << QByteArray();
    QTest::newRow("bad duration in prompt") << QStringLiteral("x [sandbox v1: run=soon]") << QByteArray();
    QTest::newRow("unknown version in header") << QStringLiteral("x") << QByteArrayLiteral("v9: queue=1s");
    QTest::newRow("no version in header") << QStringLiteral("x") << QByteArrayLiteral("queue=1s");
}

void TestSandboxFaults::invalidScenarioIsRejected()
{
    QFETCH(QString, prompt);
    QFETCH(QByteArray, header);
    SandboxClient::HeaderList headers;
    if (!header.isEmpty())
        headers.append({QByteArrayLiteral("X-Sandbox-Scenario"), header});
    const HttpResult r = m_fox->post(QStringLiteral("/v1/images/generations"),
                                     {{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), prompt}}, headers);
    QCOMPARE(r.status, 400);
    QVERIFY2(parsedError(QStringLiteral("foxapi"), r).message.startsWith(QLatin1String("sandbox scenario:")), r.body.constData());
    QCOMPARE(m_server.taskCount(), 0);
}

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
