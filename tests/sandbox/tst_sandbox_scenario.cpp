// The sandbox's building blocks without HTTP: the v1 scenario syntax, task timing, the seeded
// mix, scenario files, the APNG writer and the fault transformations.

#include "apngwriter.h"
#include "faultlayer.h"
#include "sandboxserver.h"
#include "sandboxtask.h"
#include "scenariomix.h"
#include "scenarioparser.h"

#include "retryafter.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRandomGenerator64>
#include <QSet>
#include <QTest>
#include <QtEndian>

using namespace QueueLensSandbox;

class TestSandboxScenario : public QObject
{
    Q_OBJECT

private slots:
    void durations_data();
    void durations();
    void tokens();
    void quotedValuesAndRoundTrip();
    void badTokens_data();
    void badTokens();
    void promptDirective();
    void headerForms_data();
    void headerForms();
    void layering();
    void taskPhasesFollowTheClock();
    void cancelStuckAndVanish();
    void seededMixIsReproducible();
    void scenarioFile();
    void scenarioFileErrors_data();
    void scenarioFileErrors();
    void apngIsWellFormed();
    void faultTransformations();
    void retryAfterHeader();
    void newApiFailShapeAndNoUrl();
};

void TestSandboxScenario::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::newRow("ms") << QStringLiteral("250ms") << qint64(250) << qint64(250);
    QTest::newRow("s") << QStringLiteral("2s") << qint64(2000) << qint64(2000);
    QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500) << qint64(1500);
    QTest::newRow("minutes") << QStringLiteral("1m") << qint64(60000) << qint64(60000);
    QTest::newRow("bare seconds") << QStringLiteral("3") << qint64(3000) << qint64(3000);
    QTest::newRow("range") << QStringLiteral("1s..4s") << qint64(1000) << qint64(4000);
}

void TestSandboxScenario::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    const auto d = ScenarioParser::parseDuration(text);
    QVERIFY(d);
    QCOMPARE(d->minMs, min);
    QCOMPARE(d->maxMs, max);
    QRandomGenerator64 rng(7);
    for (int i = 0; i < 50; ++i) {
        const qint64 picked = d->pick(rng);
        QVERIFY(picked >= min && picked <= max);
    }
    QVERIFY(!ScenarioParser::parseDuration(QStringLiteral("4s..1s")));
    QVERIFY(!ScenarioParser::parseDuration(QStringLiteral("soon")));
}

void TestSandboxScenario::tokens()
{
    QString error;
    const auto s = ScenarioParser::parseTokens(
        QStringLiteral("queue=2s, run=5s; steps=10 fail=CreditInsufficient stuck vanish=30s poll-fault=503 poll_count=3 "
                       "retry-after=date:9 media=video outputs=2 shape=urls timeout hang"),
        &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->queue->minMs, 2000);
    QCOMPARE(s->run->minMs, 5000);
    QCOMPARE(*s->steps, 10);
    QCOMPARE(*s->fail, QStringLiteral("CreditInsufficient"));
    QCOMPARE(*s->stuck, StuckPhase::Run);
    QCOMPARE(s->vanish->minMs, 30000);
    QCOMPARE(s->pollFault->status, 503);
    QCOMPARE(*s->pollCount, 3);   // "_" and "-" are the same in keys
    QCOMPARE(s->retryAfter->form, RetryAfterSpec::Form::HttpDate);
    QCOMPARE(s->retryAfter->seconds, 9);
    QCOMPARE(*s->media, MediaKind::Video);
    QCOMPARE(*s->outputs, 2);
    QCOMPARE(*s->shape, QStringLiteral("urls"));
    QVERIFY(*s->timeout);
    QCOMPARE(s->fault->kind, FaultSpec::Kind::Hang);   // bare fault names are flags
    QVERIFY(!s->rejectsRequest());
    QVERIFY(ScenarioParser::parseTokens(QStringLiteral("fault=429"), nullptr)->rejectsRequest());
    QVERIFY(ScenarioParser::parseTokens(QStringLiteral("error=Forbidden"), nullptr)->rejectsRequest());
    QVERIFY(ScenarioParser::parseTokens(QString(), nullptr)->isEmpty());
}

void TestSandboxScenario::quotedValuesAndRoundTrip()
{
    const auto s = ScenarioParser::parseTokens(QStringLiteral("error=\"App not found\" status=404 queue=1s..3s"), nullptr);
    QVERIFY(s);
    QCOMPARE(*s->error, QStringLiteral("App not found"));
    const auto again = ScenarioParser::parseTokens(s->toText(), nullptr);
    QVERIFY(again);
    QCOMPARE(*again->error, QStringLiteral("App not found"));
    QCOMPARE(*again->status, 404);
    QCOMPARE(*again->queue, (DurationRange{1000, 3000}));
    QCOMPARE(s->toText(), again->toText());

    // Regression (fuzz_scenario): a single-quoted value holding a double quote came back from
    // toText() unquoted or double-quoted, which does not parse again.
    for (const QString &tokens : {QStringLiteral("fail='x\"y'"), QStringLiteral("error='say \"hi\"'"),
                                  QStringLiteral("fail=\"it's\"")}) {
        const auto quoted = ScenarioParser::parseTokens(tokens, nullptr);
        QVERIFY2(quoted, qPrintable(tokens));
        const auto reread = ScenarioParser::parseTokens(quoted->toText(), nullptr);
        QVERIFY2(reread, qPrintable(quoted->toText()));
        QCOMPARE(reread->toText(), quoted->toText());
    }
}

void TestSandboxScenario::badTokens_data()
{
    QTest::addColumn<QString>("tokens");
    QTest::newRow("unknown key") << QStringLiteral("colour=red");
    QTest::newRow("bad duration") << QStringLiteral("queue=fast");
    QTest::newRow("missing value") << QStringLiteral("fail=");
    QTest::newRow("bad fault") << QStringLiteral("fault=explode");
    QTest::newRow("status out of range") << QStringLiteral("status=200");
    QTest::newRow("too many outputs") << QStringLiteral("outputs=9");
    // Regression (fuzz_scenario): the unit multiplication overflowed qint64 (undefined behaviour).
    QTest::newRow("size overflowing qint64") << QStringLiteral("size=9000000000000000MB");
    QTest::newRow("bad shape") << QStringLiteral("shape=tree");
    QTest::newRow("stray quote") << QStringLiteral("error=\"open");
}

void TestSandboxScenario::badTokens()
{
    QFETCH(QString, tokens);
    QString error;
    QVERIFY(!ScenarioParser::parseTokens(tokens, &error));
    QVERIFY(error.startsWith(QLatin1String("sandbox scenario: ")));
}

void TestSandboxScenario::promptDirective()
{
    auto r = ScenarioParser::fromPrompt(QStringLiteral("a red fox [sandbox v1: queue=2s run=5s fail=CreditInsufficient] in snow"));
    QVERIFY(r.found);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.cleanPrompt, QStringLiteral("a red fox in snow"));
    QCOMPARE(*r.scenario.fail, QStringLiteral("CreditInsufficient"));

    r = ScenarioParser::fromPrompt(QStringLiteral("plain prompt [not a directive]"));
    QVERIFY(!r.found);
    QCOMPARE(r.cleanPrompt, QStringLiteral("plain prompt [not a directive]"));

    r = ScenarioParser::fromPrompt(QStringLiteral("x [Sandbox V2: queue=1s]"));
    QVERIFY(r.found);
    QVERIFY(r.error.contains(QLatin1String("v2")));
}

void TestSandboxScenario::headerForms_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::newRow("short") << QByteArrayLiteral("v1: queue=200ms run=300ms") << true;
    QTest::newRow("with sandbox") << QByteArrayLiteral("sandbox v1: queue=200ms run=300ms") << true;
    QTest::newRow("bracketed") << QByteArrayLiteral("[sandbox v1: queue=200ms run=300ms]") << true;
    QTest::newRow("no colon") << QByteArrayLiteral("v1 queue=200ms run=300ms") << true;
    QTest::newRow("future version") << QByteArrayLiteral("v2: queue=200ms") << false;
    QTest::newRow("no version") << QByteArrayLiteral("queue=200ms") << false;
}

void TestSandboxScenario::headerForms()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QString error;
    const auto s = ScenarioParser::fromHeader(header, &error);
    QCOMPARE(bool(s), valid);
    if (valid) {
        QCOMPARE(s->queue->minMs, 200);
        QCOMPARE(s->run->minMs, 300);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestSandboxScenario::layering()
{
    Scenario low = *ScenarioParser::parseTokens(QStringLiteral("queue=1s run=2s fail=X"), nullptr);
    const Scenario high = *ScenarioParser::parseTokens(QStringLiteral("run=9s delay=1s"), nullptr);
    low.overrideWith(high);
    QCOMPARE(low.queue->minMs, 1000);
    QCOMPARE(low.run->minMs, 9000);
    QCOMPARE(*low.fail, QStringLiteral("X"));
    QCOMPARE(low.delay->minMs, 1000);
}

void TestSandboxScenario::taskPhasesFollowTheClock()
{
    SandboxTask task;
    task.createdMs = 1000;
    task.queueMs = 200;
    task.runMs = 400;
    task.steps = 4;
    task.createdUtc = QDateTime::currentDateTimeUtc();
    QCOMPARE(task.phaseAt(1000), TaskPhase::Queued);
    QCOMPARE(task.progressAt(1100), 0);
    QCOMPARE(task.phaseAt(1200), TaskPhase::Running);
    QCOMPARE(task.progressAt(1200), 0);
    QCOMPARE(task.progressAt(1300), 25);
    QCOMPARE(task.progressAt(1599), 75);
    QCOMPARE(task.phaseAt(1600), TaskPhase::Succeeded);
    QCOMPARE(task.progressAt(1600), 100);
    QCOMPARE(task.startedMsAt(1700), 1200);
    QCOMPARE(task.finishedMsAt(1700), 1600);
    QCOMPARE(task.finishedMsAt(1500), -1);
    QCOMPARE(task.queueFractionAt(1100), 0.5);

    task.outcome = TaskOutcome::Fail;
    QCOMPARE(task.phaseAt(1600), TaskPhase::Failed);
    task.outcome = TaskOutcome::Timeout;
    QCOMPARE(task.phaseAt(5000), TaskPhase::TimedOut);
    QVERIFY(task.isTerminalAt(5000));
}

void TestSandboxScenario::cancelStuckAndVanish()
{
    SandboxTask task;
    task.createdMs = 0;
    task.queueMs = 100;
    task.runMs = 100;
    task.cancelledMs = 50;
    QCOMPARE(task.phaseAt(49), TaskPhase::Queued);
    QCOMPARE(task.phaseAt(50), TaskPhase::Cancelled);
    QCOMPARE(task.startedMsAt(500), -1);   // never ran
    QCOMPARE(task.finishedMsAt(500), 50);

    SandboxTask stuck;
    stuck.runMs = 100;
    stuck.stuck = StuckPhase::Run;
    QCOMPARE(stuck.phaseAt(1000000), TaskPhase::Running);
    QVERIFY(stuck.progressAt(1000000) <= 90);
    stuck.stuck = StuckPhase::Queue;
    QCOMPARE(stuck.phaseAt(1000000), TaskPhase::Queued);

    SandboxTask vanishing;
    vanishing.vanishAfterMs = 300;
    QVERIFY(!vanishing.vanishedAt(299));
    QVERIFY(vanishing.vanishedAt(300));
}

void TestSandboxScenario::seededMixIsReproducible()
{
    auto draw = [](std::optional<quint64> seed) {
        ScenarioMix mix;
        if (seed)
            mix.setSeed(*seed);
        QStringList texts;
        for (quint64 n = 1; n <= 40; ++n) {
            QRandomGenerator64 rng = mix.taskRng(QStringLiteral("vidu"), n);
            texts << mix.baseScenario(rng).toText();
        }
        return texts;
    };
    const QStringList a = draw(42);
    QCOMPARE(draw(42), a);
    QVERIFY(draw(43) != a);
    QVERIFY(QSet<QString>(a.begin(), a.end()).size() > 5);   // a real mix, not one outcome
    // Unseeded: every task gets the plain default.
    const QStringList plain = draw(std::nullopt);
    QCOMPARE(QSet<QString>(plain.begin(), plain.end()).size(), 1);
    QCOMPARE(plain.first(), QStringLiteral("queue=2s run=6s steps=4"));

    // Per-provider streams do not depend on other providers' traffic.
    ScenarioMix mix;
    mix.setSeed(5);
    QRandomGenerator64 first = mix.taskRng(QStringLiteral("seaart"), 3);
    QRandomGenerator64 second = mix.taskRng(QStringLiteral("seaart"), 3);
    QCOMPARE(first.generate(), second.generate());
}

void TestSandboxScenario::scenarioFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
        "version": 1,
        "seed": 99,
        "defaults": "queue=100ms run=200ms",
        "mix": [ { "weight": 1, "scenario": "fail=random" } ],
        "rules": [ { "provider": "foxapi", "route": "submit", "scenario": "fault=503", "count": 2 } ]
    })");
    file.close();

    SandboxServer server;
    QString error;
    QVERIFY2(server.loadScenarioFile(path, &error), qPrintable(error));
    QCOMPARE(server.seed(), std::optional<quint64>(99));
    QCOMPARE(server.queuedOutcomes().size(), 1);
    QCOMPARE(server.queuedOutcomes().first().toObject().value(QLatin1String("remaining")).toInt(), 2);
    server.clearQueuedOutcomes();
    QCOMPARE(server.queuedOutcomes().size(), 0);
    server.reset();   // file rules come back
    QCOMPARE(server.queuedOutcomes().size(), 1);
}

void TestSandboxScenario::scenarioFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArrayLiteral("{") << QStringLiteral("JSON");
    QTest::newRow("wrong version") << QByteArrayLiteral("{\"version\":2}") << QStringLiteral("version");
    QTest::newRow("unknown key") << QByteArrayLiteral("{\"version\":1,\"colour\":1}") << QStringLiteral("colour");
    QTest::newRow("bad defaults") << QByteArrayLiteral("{\"version\":1,\"defaults\":\"queue=x\"}") << QStringLiteral("defaults");
    QTest::newRow("bad mix") << QByteArrayLiteral("{\"version\":1,\"mix\":[{\"scenario\":\"bogus=1\"}]}") << QStringLiteral("mix[0]");
    QTest::newRow("bad rule provider") << QByteArrayLiteral("{\"version\":1,\"rules\":[{\"provider\":\"acme\",\"scenario\":\"\"}]}")
                                       << QStringLiteral("acme");
    // Regression (fuzz_scenario): a seed beyond quint64 was cast anyway (undefined behaviour).
    QTest::newRow("seed too large") << QByteArrayLiteral("{\"version\":1,\"seed\":1e30}") << QStringLiteral("seed");
}

void TestSandboxScenario::scenarioFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    SandboxServer server;
    QString error;
    QVERIFY(!server.loadScenarioJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(server.queuedOutcomes().size(), 0);   // nothing applied
    QVERIFY(!server.seed());
}

void TestSandboxScenario::apngIsWellFormed()
{
    // The standard CRC-32 check value.
    QCOMPARE(ApngWriter::crc32("123456789", 9), 0xCBF43926u);

    QList<QImage> frames;
    for (int i = 0; i < 3; ++i) {
        QImage frame(16, 8, QImage::Format_RGB32);
        frame.fill(QColor(80 * i, 20, 200));
        frames << frame;
    }
    const QByteArray apng = ApngWriter::write(frames, 100);
    QVERIFY(apng.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QCOMPARE(apng.count("fcTL"), 3);
    QCOMPARE(apng.count("fdAT"), 2);
    QVERIFY(apng.indexOf("acTL") < apng.indexOf("IDAT"));
    // Every chunk's CRC checks out.
    qsizetype pos = 8;
    int chunks = 0;
    while (pos < apng.size()) {
        const quint32 length = qFromBigEndian<quint32>(apng.constData() + pos);
        const quint32 crc = qFromBigEndian<quint32>(apng.constData() + pos + 8 + length);
        QCOMPARE(ApngWriter::crc32(apng.constData() + pos + 4, qsizetype(length) + 4), crc);
        pos += 12 + qsizetype(length);
        ++chunks;
    }
    QCOMPARE(pos, apng.size());
    QCOMPARE(chunks, 1 + 1 + 3 + 1 + 2 + 1);   // IHDR acTL fcTL*3 IDAT fdAT*2 IEND
    // Readers without APNG support see the first frame.
    const QImage still = QImage::fromData(apng);
    QCOMPARE(still.size(), QSize(16, 8));
    QCOMPARE(still.pixelColor(3, 3), QColor(0, 20, 200));
}

void TestSandboxScenario::faultTransformations()
{
    const QByteArray json = QByteArrayLiteral("{\"id\":\"t1\",\"status\":\"pending\"}");
    auto shaped = [&](FaultSpec::Kind kind, qint64 delay = 0) {
        SandboxReply reply = SandboxReply::raw(200, "application/json", json);
        FaultLayer::shapeFault(reply, FaultSpec{kind, 0}, delay, 4096);
        return reply;
    };
    QJsonParseError error;
    SandboxReply r = shaped(FaultSpec::Kind::Malformed);
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(r.body.contains("pending"));

    r = shaped(FaultSpec::Kind::Truncated);
    QVERIFY(json.startsWith(r.body));
    QVERIFY(r.body.size() < json.size());

    r = shaped(FaultSpec::Kind::Oversize);
    QVERIFY(r.body.size() >= 4000);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("id")).toString(), QStringLiteral("t1"));

    QCOMPARE(shaped(FaultSpec::Kind::Hang).mode, DeliveryMode::Hang);
    QCOMPARE(shaped(FaultSpec::Kind::Drop).mode, DeliveryMode::Drop);
    r = shaped(FaultSpec::Kind::Slow);
    QCOMPARE(r.mode, DeliveryMode::Trickle);
    QCOMPARE(r.delayMs, FaultLayer::DefaultSlowMs);
    r = shaped(FaultSpec::Kind::None, 120);
    QCOMPARE(r.mode, DeliveryMode::Delayed);
    QCOMPARE(r.delayMs, 120);
}

void TestSandboxScenario::retryAfterHeader()
{
    SandboxReply reply = SandboxReply::json(429, QJsonObject{});
    FaultLayer::applyRetryAfter(reply, std::nullopt, true);
    QCOMPARE(reply.header("Retry-After"), QByteArrayLiteral("2"));

    reply = SandboxReply::json(429, QJsonObject{});
    FaultLayer::applyRetryAfter(reply, std::nullopt, false);
    QVERIFY(reply.header("Retry-After").isEmpty());

    reply = SandboxReply::json(429, QJsonObject{});
    FaultLayer::applyRetryAfter(reply, RetryAfterSpec{RetryAfterSpec::Form::HttpDate, 60}, false);
    const auto seconds = RetryAfter::parse(reply.header("Retry-After"), QDateTime::currentDateTimeUtc());
    QVERIFY(seconds);
    QVERIFY(*seconds >= 59 && *seconds <= 61);
}

void TestSandboxScenario::newApiFailShapeAndNoUrl()
{
    QString error;
    const auto parsed = ScenarioParser::parseTokens(u"fail=task_failed fail-shape=metadata no-url", &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->failShape, std::optional<QString>(QStringLiteral("metadata")));
    QCOMPARE(parsed->noUrl, std::optional<bool>(true));
    QVERIFY(parsed->hasTaskSettings());
    // toText() parses back to the same scenario.
    const auto again = ScenarioParser::parseTokens(parsed->toText(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->failShape, parsed->failShape);
    QCOMPARE(again->noUrl, parsed->noUrl);
    QVERIFY(ScenarioParser::parseTokens(u"fail_shape=none", &error));   // underscores work like dashes
    QVERIFY(!ScenarioParser::parseTokens(u"fail-shape=somewhere", &error));
    QVERIFY(error.contains(QLatin1String("fail-shape")));
    QVERIFY(!ScenarioParser::parseTokens(u"no-url=maybe", &error));
}

QTEST_MAIN(TestSandboxScenario)
#include "tst_sandbox_scenario.moc"
