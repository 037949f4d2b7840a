// The admin API over HTTP, the seeded demo mix end to end, and the queuelens-sandbox executable.

#include "sandboxtestsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

class TestSandboxAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void health();
    void tasksAndCounters();
    void queueNextOutcomeOverHttp();
    void resetForgetsEverything();
    void releaseLetsStuckTasksCarryOn();
    void concurrentPollsOfOneTaskAreCounted();
    void sequentialPollsNeverOverlap();
    void abandonedPollEndsWithItsConnection();
    void seedOverHttpReplaysTheSameDemo();
    void catalogListing();
    void unknownAdminRoute();
    void resultFilesOfUnknownTasks();
    void executablePrintsOneLinePerProvider();

private:
    HttpResult admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QStringList demoOutcomes(int count);
    QString submitFoxTask(const QString &scenario);
    QJsonObject adminTask(const QString &id);
    int overlappingPolls();

    SandboxServer m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxAdmin::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = std::make_unique<SandboxClient>(m_server, QStringLiteral("foxapi"), QByteArrayLiteral("Bearer sk-admin"));
}

void TestSandboxAdmin::init()
{
    m_server.reset();
    m_server.clearSeed();
}

HttpResult TestSandboxAdmin::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const QString url = m_server.origin().toString() + QStringLiteral("/__sandbox") + path;
    return m_client->send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestSandboxAdmin::health()
{
    const HttpResult r = admin("GET", QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QVERIFY(body.value(QLatin1String("ok")).toBool());
    QCOMPARE(body.value(QLatin1String("scenario_syntax")).toString(), QStringLiteral("v1"));
    QCOMPARE(body.value(QLatin1String("port")).toInt(), int(m_server.port()));
    const QJsonObject providers = body.value(QLatin1String("providers")).toObject();
    QCOMPARE(providers.size(), 5);
    QCOMPARE(providers.value(QLatin1String("vidu")).toString(), m_server.baseUrl(QStringLiteral("vidu")).toString());
    QCOMPARE(m_server.baseUrl(QStringLiteral("vidu")).toString(),
             QStringLiteral("http://127.0.0.1:%1/vidu").arg(m_server.port()));
}

void TestSandboxAdmin::tasksAndCounters()
{
    const QString prompt = directive(QStringLiteral("admin probe"), QStringLiteral("queue=10s fail=timeout"));
    const HttpResult submit = m_client->post(QStringLiteral("/v1/images/generations"),
                                             {{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), prompt}});
    const QString id = submit.json().value(QLatin1String("id")).toString();
    m_client->get(QStringLiteral("/v1/tasks/") + id);
    m_client->get(QStringLiteral("/v1/tasks/") + id);
    m_client->get(QStringLiteral("/v1/tasks/nothere"));

    const QJsonArray tasks = admin("GET", QStringLiteral("/tasks?provider=foxapi")).json().value(QLatin1String("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    const QJsonObject task = tasks.first().toObject();
    QCOMPARE(task.value(QLatin1String("id")).toString(), id);
    QCOMPARE(task.value(QLatin1String("phase")).toString(), QStringLiteral("queued"));
    QCOMPARE(task.value(QLatin1String("outcome")).toString(), QStringLiteral("fail"));
    QCOMPARE(task.value(QLatin1String("fail_code")).toString(), QStringLiteral("timeout"));
    QCOMPARE(task.value(QLatin1String("prompt")).toString(), QStringLiteral("admin probe"));
    QVERIFY(task.value(QLatin1String("scenario")).toString().contains(QLatin1String("queue=10s")));
    QCOMPARE(admin("GET", QStringLiteral("/tasks?provider=vidu")).json().value(QLatin1String("tasks")).toArray().size(), 0);
    QCOMPARE(admin("GET", QStringLiteral("/tasks/") + id).json().value(QLatin1String("id")).toString(), id);
    QCOMPARE(admin("GET", QStringLiteral("/tasks/nothere")).status, 404);

    const QJsonObject counters = admin("GET", QStringLiteral("/counters")).json();
    QCOMPARE(counters.value(QLatin1String("total")).toInt(), 4);   // admin calls are not counted
    QHash<QString, int> byKey;
    for (const QJsonValue &row : counters.value(QLatin1String("counters")).toArray()) {
        const QJsonObject o = row.toObject();
        byKey.insert(o.value(QLatin1String("method")).toString() + QLatin1Char(' ') + o.value(QLatin1String("route")).toString()
                         + QLatin1Char(' ') + QString::number(o.value(QLatin1String("status")).toInt()),
                     o.value(QLatin1String("count")).toInt());
    }
    QCOMPARE(byKey.value(QStringLiteral("POST /foxapi/v1/images/generations 200")), 1);
    QCOMPARE(byKey.value(QStringLiteral("GET /foxapi/v1/tasks/{id} 200")), 2);
    QCOMPARE(byKey.value(QStringLiteral("GET /foxapi/v1/tasks/{id} 404")), 1);
    QCOMPARE(m_server.requestCount(QStringLiteral("GET"), QStringLiteral("/foxapi/v1/tasks/{id}")), quint64(3));
}

void TestSandboxAdmin::queueNextOutcomeOverHttp()
{
    HttpResult r = admin("POST", QStringLiteral("/next"),
                         {{QStringLiteral("provider"), QStringLiteral("foxapi")},
                          {QStringLiteral("route"), QStringLiteral("POST /v1/images/generations")},
                          {QStringLiteral("scenario"), QStringLiteral("error=http_402")},
                          {QStringLiteral("count"), 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(admin("GET", QStringLiteral("/next")).json().value(QLatin1String("outcomes")).toArray().size(), 1);

    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), QStringLiteral("x")}};
    r = m_client->post(QStringLiteral("/v1/images/generations"), body);
    QCOMPARE(r.status, 402);
    QCOMPARE(parsedError(QStringLiteral("foxapi"), r).category, ErrorCategory::Billing);
    QCOMPARE(m_client->post(QStringLiteral("/v1/images/generations"), body).status, 200);   // used up
    QCOMPARE(admin("GET", QStringLiteral("/next")).json().value(QLatin1String("outcomes")).toArray().size(), 0);

    // Task settings in a rule shape the next submit's task.
    admin("POST", QStringLiteral("/next"),
          {{QStringLiteral("provider"), QStringLiteral("foxapi")}, {QStringLiteral("route"), QStringLiteral("submit")},
           {QStringLiteral("scenario"), QStringLiteral("queue=0ms run=0ms fail=content_policy_violation")}});
    const QString id = m_client->post(QStringLiteral("/v1/images/generations"), body).json().value(QLatin1String("id")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + id).json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("content_policy_violation"));

    // Bad requests to the admin API are explained.
    r = admin("POST", QStringLiteral("/next"), {{QStringLiteral("provider"), QStringLiteral("acme")}, {QStringLiteral("scenario"), QString()}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json().value(QLatin1String("error")).toString().contains(QLatin1String("acme")));
    r = admin("POST", QStringLiteral("/next"), {{QStringLiteral("provider"), QStringLiteral("vidu")}, {QStringLiteral("scenario"), QStringLiteral("bogus=1")}});
    QCOMPARE(r.status, 400);
    admin("POST", QStringLiteral("/next"), {{QStringLiteral("provider"), QStringLiteral("*")}, {QStringLiteral("scenario"), QStringLiteral("fault=503")}});
    QCOMPARE(admin("DELETE", QStringLiteral("/next")).status, 200);
    QCOMPARE(m_server.queuedOutcomes().size(), 0);
}

void TestSandboxAdmin::resetForgetsEverything()
{
    m_client->post(QStringLiteral("/v1/images/generations"), {{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), QStringLiteral("x")}});
    QVERIFY(m_server.queueOutcome(QStringLiteral("vidu"), QStringLiteral("*"), QStringLiteral("fault=500"), 5));
    QCOMPARE(m_server.taskCount(), 1);
    const HttpResult r = admin("POST", QStringLiteral("/reset"));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server.taskCount(), 0);
    QCOMPARE(m_server.totalRequests(), quint64(0));
    QCOMPARE(m_server.queuedOutcomes().size(), 0);
}

QString TestSandboxAdmin::submitFoxTask(const QString &scenario)
{
    return m_client->post(QStringLiteral("/v1/images/generations"),
                          {{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), directive(QStringLiteral("poll probe"), scenario)}})
        .json().value(QLatin1String("id")).toString();
}

void TestSandboxAdmin::releaseLetsStuckTasksCarryOn()
{
    const QString heldRun = submitFoxTask(QStringLiteral("queue=0ms run=1ms stuck"));
    const QString heldQueue = submitFoxTask(QStringLiteral("stuck=queue run=0ms fail=content_policy_violation"));
    const QString timed = submitFoxTask(QStringLiteral("queue=1h"));
    QCOMPARE(adminTask(heldRun).value(QLatin1String("phase")).toString(), QStringLiteral("running"));
    QCOMPARE(adminTask(heldQueue).value(QLatin1String("phase")).toString(), QStringLiteral("queued"));

    // Another provider's tasks only: nothing here is released.
    HttpResult r = admin("POST", QStringLiteral("/release?provider=vidu"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("released")).toInt(), 0);
    QCOMPARE(adminTask(heldRun).value(QLatin1String("phase")).toString(), QStringLiteral("running"));

    r = admin("POST", QStringLiteral("/release"));
    QCOMPARE(r.json().value(QLatin1String("released")).toInt(), 2);
    // Each carries on as its scenario says; the timed task was never held.
    QCOMPARE(adminTask(heldRun).value(QLatin1String("phase")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(adminTask(heldRun).value(QLatin1String("stuck")).toBool(), false);
    QCOMPARE(adminTask(heldQueue).value(QLatin1String("phase")).toString(), QStringLiteral("failed"));
    QCOMPARE(adminTask(heldQueue).value(QLatin1String("fail_code")).toString(), QStringLiteral("content_policy_violation"));
    QCOMPARE(adminTask(timed).value(QLatin1String("phase")).toString(), QStringLiteral("queued"));
    QCOMPARE(admin("POST", QStringLiteral("/release")).json().value(QLatin1String("released")).toInt(), 0);
    QCOMPARE(admin("GET", QStringLiteral("/release")).status, 404);
}

QJsonObject TestSandboxAdmin::adminTask(const QString &id)
{
    return admin("GET", QStringLiteral("/tasks/") + id).json();
}

int TestSandboxAdmin::overlappingPolls()
{
    const QJsonObject counters = admin("GET", QStringLiteral("/counters")).json();
    // -1 tells "field missing" apart from a real 0.
    return counters.contains(QLatin1String("overlapping_polls")) ? counters.value(QLatin1String("overlapping_polls")).toInt() : -1;
}

void TestSandboxAdmin::concurrentPollsOfOneTaskAreCounted()
{
    // poll-delay keeps each answer unsent for a while, so two polls sent together overlap.
    const QString id = submitFoxTask(QStringLiteral("queue=10s poll-delay=400ms"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(adminTask(id).value(QLatin1String("max_concurrent_polls")).toInt(), 0);

    QNetworkAccessManager nam;   // HTTP/1.1 without pipelining: the second GET opens a second connection
    QNetworkRequest request(QUrl(m_server.baseUrl(QStringLiteral("foxapi")).toString() + QStringLiteral("/v1/tasks/") + id));
    request.setRawHeader("Authorization", "Bearer sk-admin");
    QNetworkReply *first = nam.get(request);
    QNetworkReply *second = nam.get(request);
    QSignalSpy firstDone(first, &QNetworkReply::finished);
    QSignalSpy secondDone(second, &QNetworkReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.size() == 1 && secondDone.size() == 1, 10000);
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete first;
    delete second;

    QCOMPARE(overlappingPolls(), 1);
    QCOMPARE(adminTask(id).value(QLatin1String("max_concurrent_polls")).toInt(), 2);
    QCOMPARE(m_server.overlappingPolls(), quint64(1));
    QCOMPARE(m_server.maxConcurrentPolls(id), 2);

    // Both answers are out: the next poll overlaps with nothing.
    QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + id).status, 200);
    QCOMPARE(overlappingPolls(), 1);

    QCOMPARE(admin("POST", QStringLiteral("/reset")).status, 200);
    QCOMPARE(overlappingPolls(), 0);
    QCOMPARE(m_server.maxConcurrentPolls(id), 0);
}

void TestSandboxAdmin::sequentialPollsNeverOverlap()
{
    const QString slow = submitFoxTask(QStringLiteral("queue=10s poll-delay=200ms"));
    const QString other = submitFoxTask(QStringLiteral("queue=10s poll-delay=200ms"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + slow).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + other).status, 200);
    }
    QCOMPARE(overlappingPolls(), 0);
    QCOMPARE(adminTask(slow).value(QLatin1String("max_concurrent_polls")).toInt(), 1);

    // Polls of two different tasks at the same time are not an overlap either.
    QNetworkAccessManager nam;
    const QString base = m_server.baseUrl(QStringLiteral("foxapi")).toString() + QStringLiteral("/v1/tasks/");
    QNetworkRequest slowRequest(QUrl(base + slow));
    QNetworkRequest otherRequest(QUrl(base + other));
    slowRequest.setRawHeader("Authorization", "Bearer sk-admin");
    otherRequest.setRawHeader("Authorization", "Bearer sk-admin");
    QNetworkReply *a = nam.get(slowRequest);
    QNetworkReply *b = nam.get(otherRequest);
    QSignalSpy aDone(a, &QNetworkReply::finished);
    QSignalSpy bDone(b, &QNetworkReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(aDone.size() == 1 && bDone.size() == 1, 10000);
    delete a;
    delete b;
    QCOMPARE(overlappingPolls(), 0);
    QCOMPARE(adminTask(other).value(QLatin1String("max_concurrent_polls")).toInt(), 1);
}

void TestSandboxAdmin::abandonedPollEndsWithItsConnection()
{
    // The first poll hangs: it stays in flight while its client waits...
    const QString id = submitFoxTask(QStringLiteral("queue=10s poll-fault=hang poll-count=1"));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_server.baseUrl(QStringLiteral("foxapi")).toString() + QStringLiteral("/v1/tasks/") + id));
    request.setRawHeader("Authorization", "Bearer sk-admin");
    QNetworkReply *hung = nam.get(request);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.heldConnectionCount(), 1, 5000);
    QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + id).status, 200);
    QCOMPARE(overlappingPolls(), 1);
    QCOMPARE(adminTask(id).value(QLatin1String("max_concurrent_polls")).toInt(), 2);

    // ...and ends when the client gives up: later polls overlap with nothing.
    hung->abort();
    delete hung;
    QTRY_COMPARE_WITH_TIMEOUT(m_server.heldConnectionCount(), 0, 5000);
    QCOMPARE(m_client->get(QStringLiteral("/v1/tasks/") + id).status, 200);
    QCOMPARE(overlappingPolls(), 1);
    QCOMPARE(adminTask(id).value(QLatin1String("max_concurrent_polls")).toInt(), 2);
}

QStringList TestSandboxAdmin::demoOutcomes(int count)
{
    // Undirected submits: what happens is up to the seeded mix.
    QStringList outcomes;
    SandboxClient vidu(m_server, QStringLiteral("vidu"), QByteArrayLiteral("Token demo"));
    for (int i = 0; i < count; ++i) {
        const HttpResult r = vidu.post(QStringLiteral("/ent/v2/text2video"),
                                       {{QStringLiteral("model"), QStringLiteral("viduq1")}, {QStringLiteral("prompt"), QStringLiteral("demo")}});
        outcomes << QString::number(r.status) + QLatin1Char(' ') + r.json().value(QLatin1String("task_id")).toString();
    }
    for (const QJsonValue &task : m_server.tasksJson(QStringLiteral("vidu")))
        outcomes << task.toObject().value(QLatin1String("scenario")).toString();
    return outcomes;
}

void TestSandboxAdmin::seedOverHttpReplaysTheSameDemo()
{
    QCOMPARE(admin("POST", QStringLiteral("/seed"), {{QStringLiteral("seed"), 1234}}).json().value(QLatin1String("seed")).toString(),
             QStringLiteral("1234"));
    m_server.reset();
    const QStringList first = demoOutcomes(30);
    QCOMPARE(admin("POST", QStringLiteral("/reset"), {{QStringLiteral("seed"), 1234}}).status, 200);
    const QStringList again = demoOutcomes(30);
    QCOMPARE(again, first);   // same ids, same statuses, same scenarios
    QVERIFY(first.join(QLatin1Char('\n')).contains(QLatin1String("fail=random")) || first.join(QLatin1Char('\n')).contains(QLatin1String("fail=")));
    QVERIFY(first.filter(QRegularExpression(QStringLiteral("^(4|5)\\d\\d "))).size() >= 1);   // the mix rejects some submits

    admin("POST", QStringLiteral("/reset"), {{QStringLiteral("seed"), 99}});
    QVERIFY(demoOutcomes(30) != first);
    QCOMPARE(admin("POST", QStringLiteral("/seed"), {{QStringLiteral("seed"), QJsonValue()}}).status, 200);
    QVERIFY(!m_server.seed());
    QCOMPARE(admin("POST", QStringLiteral("/seed"), {{QStringLiteral("seed"), QStringLiteral("x")}}).status, 400);
    // Regression (fuzz_sandbox_request): numbers that are no quint64 were cast anyway (undefined
    // behaviour); both routes now refuse them.
    QCOMPARE(admin("POST", QStringLiteral("/seed"), {{QStringLiteral("seed"), 1e30}}).status, 400);
    QCOMPARE(admin("POST", QStringLiteral("/reset"), {{QStringLiteral("seed"), -1}}).status, 400);
    QVERIFY(!m_server.seed());
}

void TestSandboxAdmin::catalogListing()
{
    const QJsonArray codes = admin("GET", QStringLiteral("/catalog?provider=vidu")).json().value(QLatin1String("codes")).toArray();
    QCOMPARE(codes.size(), qsizetype(SandboxErrorTables::of(u"vidu").size()));
    bool sawInTask = false;
    bool sawInferred = false;
    for (const QJsonValue &value : codes) {
        const QJsonObject code = value.toObject();
        QCOMPARE(code.value(QLatin1String("provider")).toString(), QStringLiteral("vidu"));
        const int documented = code.value(QLatin1String("documented_status")).toInt();
        QVERIFY(documented == 0 || documented == code.value(QLatin1String("sandbox_status")).toInt());
        // An inferred status is never reported as documented.
        QCOMPARE(code.value(QLatin1String("inferred")).toBool(), documented == 0);
        sawInferred = sawInferred || code.value(QLatin1String("inferred")).toBool();
        sawInTask = sawInTask || code.value(QLatin1String("in_task")).toBool();
    }
    QVERIFY(sawInTask);
    QVERIFY(sawInferred);   // Vidu's newer codes have no documented status
    // Facts from Vidu's error-code page (seed 004 / protocols.md 5.8).
    for (const auto &[reason, status] : {std::pair{"CreditInsufficient", 400}, std::pair{"TaskNotFound", 404},
                                         std::pair{"Conflict", 409}, std::pair{"QuotaExceeded", 429},
                                         std::pair{"Canceled", 499}, std::pair{"InternalServiceFailure", 500}}) {
        const SandboxErrorCode &entry = tableEntry(QStringLiteral("vidu"), QString::fromLatin1(reason));
        QCOMPARE(entry.status, status);
        QVERIFY(!entry.inferred);
    }
}

void TestSandboxAdmin::unknownAdminRoute()
{
    const HttpResult r = admin("GET", QStringLiteral("/nothing"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.json().contains(QLatin1String("error")));
    const HttpResult provider = m_client->get(m_server.origin().toString() + QStringLiteral("/acme/v1/x"));
    QCOMPARE(provider.status, 404);
}

void TestSandboxAdmin::resultFilesOfUnknownTasks()
{
    const HttpResult r = m_client->get(m_server.origin().toString() + QStringLiteral("/files/nothere/0.png"));
    QCOMPARE(r.status, 404);
    const QString id = m_client->post(QStringLiteral("/v1/images/generations"),
                                      {{QStringLiteral("model"), QStringLiteral("m")}, {QStringLiteral("prompt"), directive(QStringLiteral("x"), quickTiming())}})
                           .json().value(QLatin1String("id")).toString();
    QCOMPARE(m_client->get(m_server.origin().toString() + QStringLiteral("/files/%1/7.png").arg(id)).status, 404);
    const QString file = m_server.origin().toString() + QStringLiteral("/files/%1/0.png").arg(id);
    const HttpResult head = m_client->send("HEAD", file);
    QVERIFY(head.finished);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    const HttpResult get = m_client->get(file);
    QCOMPARE(get.status, 200);
    QVERIFY(get.isPng());
    QCOMPARE(head.header("content-length").toLongLong(), get.body.size());
    QCOMPARE(m_server.requestCount(QStringLiteral("GET"), QStringLiteral("/files/{id}/{name}")), quint64(3));
}

void TestSandboxAdmin::executablePrintsOneLinePerProvider()
{
    const QString program = QStringLiteral(QUEUELENS_BINARY_DIR "/app/sandbox/queuelens-sandbox");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7")});
    process.start();
    QVERIFY(process.waitForStarted(5000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).count('\n') >= 5, 10000);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QStringList providers;
    QUrl vidu;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        QCOMPARE(parts.size(), 2);
        providers << QString::fromLatin1(parts.at(0));
        const QUrl url(QString::fromLatin1(parts.at(1)));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(url.path(), QLatin1Char('/') + providers.last());
        if (providers.last() == QLatin1String("vidu"))
            vidu = url;
    }
    QCOMPARE(providers, SandboxServer::providerIds());

    // It answers, and it is seeded.
    QNetworkAccessManager nam;
    QUrl healthUrl = vidu;
    healthUrl.setPath(QStringLiteral("/__sandbox/health"));
    QNetworkReply *reply = nam.get(QNetworkRequest(healthUrl));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(health.value(QLatin1String("seed")).toString(), QStringLiteral("7"));
    delete reply;

    process.terminate();
    QVERIFY(process.waitForFinished(5000));

    // Bad arguments fail fast with a message.
    QProcess bad;
    bad.start(program, {QStringLiteral("--port"), QStringLiteral("99999")});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--port"));
}

QTEST_MAIN(TestSandboxAdmin)
#include "tst_sandbox_admin.moc"
