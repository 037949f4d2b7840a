// The task commands of queuelens-cli, end to end: the real executable against a real
// queuelens-sandbox process, one database per test function.

#include "clitasksupport.h"

#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace CliTest;

namespace {

// Terminal cells a character takes, written out here rather than taken from the CLI's own
// TerminalText so that the test does not share its mistakes: CJK ideographs, kana, Hangul,
// CJK punctuation and full-width forms take two.
int cells(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF) || (u >= 0x3400 && u <= 0x9FFF)
                      || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xFF00 && u <= 0xFF60);
    return wide ? 2 : 1;
}

int cellsOf(const QString &text)
{
    int total = 0;
    for (const QChar c : text)
        total += cells(c);
    return total;
}

// The terminal column at which each field of a table line starts (fields are separated by at
// least two spaces; a single space belongs to the field, as in "2026-12-06 12:00:00").
QList<int> columnStarts(const QString &line)
{
    QList<int> starts;
    static const QRegularExpression field(QStringLiteral("(?:^|  )(\\S(?:\\S| (?! ))*)"));
    auto it = field.globalMatch(line);
    while (it.hasNext())
        starts.append(cellsOf(line.left(it.next().capturedStart(1))));
    return starts;
}

// In a "label: value" summary, the values of the labelled lines start in one column.
bool valuesLineUp(const QString &summary)
{
    QSet<int> starts;
    static const QRegularExpression labelled(QStringLiteral("^  (\\S[^:：]*[:：] +)\\S"));
    for (const QString &line : summary.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = labelled.match(line);
        if (match.hasMatch())
            starts.insert(cellsOf(QStringLiteral("  ") + match.captured(1)));
    }
    return starts.size() == 1;
}

} // namespace

class TestCliTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void submitWaitSucceeds_data();
    void submitWaitSucceeds();
    void submitFailureIsExplained_data();
    void submitFailureIsExplained();
    void textOutputIsTranslated();
    void hungSubmitBecomesUnknownAndIsSentOnce();
    void statusListAndCancelLiveTask();
    void cancelWithoutEndpointExplainsWhy();
    void retryFailedTaskAddsAttempt();
    void statusReportsUnreachableProvider();
    void missingKeyIsAClearError();
    void profileRecordsVariableNotKey();
    void usageErrors_data();
    void usageErrors();
    void pastedV1BaseUrlWorks();
    void keyNeverInOutputOrDatabase();

private:
    QString database() const { return m_dir.filePath(QStringLiteral("%1.sqlite").arg(m_dbCounter)); }
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment = cliEnvironment(),
               int timeoutMs = 30000);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    QByteArray m_allOutput;   // every byte the CLI printed, checked for the key at the end
};

CliRun TestCliTasks::cli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    CliRun run = runCli(arguments, environment, timeoutMs);
    m_allOutput += run.out + run.err;
    return run;
}

void TestCliTasks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), "queuelens-sandbox did not start");
}

void TestCliTasks::init()
{
    ++m_dbCounter;   // a fresh database for every test function
}

void TestCliTasks::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestCliTasks::submitWaitSucceeds_data()
{
    QTest::addColumn<QString>("provider");
    for (const ProviderCase &c : providerCases())
        QTest::newRow(qPrintable(c.provider)) << c.provider;
}

void TestCliTasks::submitWaitSucceeds()
{
    QFETCH(QString, provider);
    const CliRun run = cli(submitArguments(m_sandbox, database(), provider, QStringLiteral("queue=200ms run=400ms"),
                                           {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject task = run.json();
    QCOMPARE(task.value("state").toString(), QStringLiteral("succeeded"));
    QCOMPARE(task.value("provider").toString(), provider);
    QVERIFY(task.value("id").toInteger() > 0);
    QVERIFY(!task.value("remote_id").toString().isEmpty());
    QCOMPARE(task.value("attempts").toInt(), 1);
    QVERIFY(task.value("error").isNull());
    const QJsonArray results = task.value("results").toArray();
    QVERIFY2(!results.isEmpty(), run.out.constData());
    for (const QJsonValue &url : results)
        QVERIFY(url.toString().startsWith(QLatin1String("http://127.0.0.1:")));
}

void TestCliTasks::submitFailureIsExplained_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    // In-task failures (the poll reports them) and refused submits, across all five protocols.
    QTest::newRow("seaart in-task") << "seaart" << "queue=100ms run=200ms fail=CONTENT_BLOCKED" << "" << "failed"
                                    << "CONTENT_BLOCKED" << "content_policy";
    QTest::newRow("foxapi in-task") << "foxapi" << "queue=100ms run=200ms fail=generation_failed" << "" << "failed"
                                    << "generation_failed" << "server";
    QTest::newRow("newapi refused") << "newapi" << "error=insufficient_user_quota" << "" << "rejected"
                                    << "insufficient_user_quota" << "billing";
    QTest::newRow("llmapi refused zh_CN") << "llmapi" << "error=IMAGE_TASK_INSUFFICIENT_BALANCE" << "zh_CN" << "rejected"
                                          << "IMAGE_TASK_INSUFFICIENT_BALANCE" << "billing";
    QTest::newRow("vidu refused") << "vidu" << "error=CreditInsufficient" << "" << "rejected" << "CreditInsufficient"
                                  << "billing";
}

void TestCliTasks::submitFailureIsExplained()
{
    QFETCH(QString, provider);
    QFETCH(QString, scenario);
    QFETCH(QString, language);
    QFETCH(QString, state);
    QFETCH(QString, code);
    QFETCH(QString, category);
    QStringList extra{QStringLiteral("--wait"), QStringLiteral("--json")};
    if (!language.isEmpty())
        extra << QStringLiteral("--lang") << language;
    const CliRun run = cli(submitArguments(m_sandbox, database(), provider, scenario, extra));
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    const QJsonObject task = run.json();
    QCOMPARE(task.value("state").toString(), state);
    const QJsonObject error = task.value("error").toObject();
    QVERIFY2(!error.isEmpty(), run.out.constData());
    QCOMPARE(error.value("provider").toString(), provider);
    QCOMPARE(error.value("code").toString(), code);
    QCOMPARE(error.value("category").toString(), category);
    QVERIFY(!error.value("retry").toString().isEmpty());
    for (const char *key : {"title", "explanation", "fix"}) {
        const QString text = error.value(QLatin1String(key)).toString();
        QVERIFY2(!text.isEmpty(), key);
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(hasHan(text), qPrintable(QStringLiteral("%1 is not Chinese: %2").arg(QLatin1String(key), text)));
    }
    QVERIFY(error.contains("message"));
    QVERIFY(error.contains("request_id"));
    QVERIFY(error.contains("http_status"));
    if (state == QLatin1String("rejected")) {
        QVERIFY(error.value("http_status").toInt() >= 400);
        QVERIFY(task.value("remote_id").isNull());
    } else {
        QVERIFY(!task.value("remote_id").toString().isEmpty());
    }
}

void TestCliTasks::textOutputIsTranslated()
{
    const CliRun english = cli(submitArguments(m_sandbox, database(), QStringLiteral("vidu"),
                                               QStringLiteral("error=CreditInsufficient"), {QStringLiteral("--wait")}));
    QVERIFY2(english.exitCode == 3, english.describe().constData());
    QVERIFY(english.out.contains("CreditInsufficient"));
    QVERIFY(english.out.contains("Rejected"));

    const CliRun chinese = cli({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("--db"), database(),
                                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(chinese.exitCode == 0, chinese.describe().constData());
    QVERIFY(chinese.out.contains("CreditInsufficient"));
    QVERIFY2(hasHan(QString::fromUtf8(chinese.out)), chinese.out.constData());
    QVERIFY2(valuesLineUp(QString::fromUtf8(chinese.out)), chinese.out.constData());

    // list's columns line up in terminal cells: a Chinese header or state takes two a character.
    const CliRun second = cli(submitArguments(m_sandbox, database(), QStringLiteral("llmapi"), QStringLiteral("queue=0s run=0s"),
                                              {QStringLiteral("--wait")}));
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const CliRun table = cli({QStringLiteral("list"), QStringLiteral("--db"), database(), QStringLiteral("--lang"), language});
        QVERIFY2(table.exitCode == 0, table.describe().constData());
        const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // the header and two tasks
        const QList<int> header = columnStarts(lines.first());
        QCOMPARE(header.size(), 8);
        for (const QString &line : lines)
            QVERIFY2(columnStarts(line) == header, qPrintable(QString::fromUtf8(table.out)));
    }
}

void TestCliTasks::hungSubmitBecomesUnknownAndIsSentOnce()
{
    m_sandbox.reset();
    const CliRun run = cli(submitArguments(m_sandbox, database(), QStringLiteral("foxapi"), QStringLiteral("fault=hang"),
                                           {QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 4, run.describe().constData());
    const QJsonObject task = run.json();
    QCOMPARE(task.value("state").toString(), QStringLiteral("unknown"));
    QVERIFY(task.value("remote_id").isNull());
    QVERIFY(!task.value("error").toObject().value("explanation").toString().isEmpty());
    QCOMPARE(m_sandbox.submitRequests(QStringLiteral("foxapi")), 1);

    // Nothing sends it again behind the operator's back: not a later command, not a check.
    const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("unknown"),
                               QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.jsonArray().size(), 1);
    const CliRun check = cli({QStringLiteral("check"), QString::number(task.value("id").toInteger()),
                              QStringLiteral("--db"), database()});
    QVERIFY2(check.exitCode == 1, check.describe().constData());
    QVERIFY(!check.err.trimmed().isEmpty());
    QCOMPARE(m_sandbox.submitRequests(QStringLiteral("foxapi")), 1);
}

void TestCliTasks::statusListAndCancelLiveTask()
{
    // LLMAPI cancels a task in any live state.
    const CliRun submitted = cli(submitArguments(m_sandbox, database(), QStringLiteral("llmapi"),
                                                 QStringLiteral("queue=300ms run=60s"), {QStringLiteral("--json")}));
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    const QJsonObject task = submitted.json();
    const QString id = QString::number(task.value("id").toInteger());
    const QString remoteId = task.value("remote_id").toString();
    QVERIFY(!remoteId.isEmpty());
    QCOMPARE(task.value("state").toString(), QStringLiteral("queued"));

    // status asks the provider: once the provider runs the task, so does status.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.admin("GET", QStringLiteral("tasks/") + remoteId).value(QLatin1String("phase")).toString(),
                              QStringLiteral("running"), 10000);
    const CliRun status = cli({QStringLiteral("status"), id, QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.describe().constData());
    QCOMPARE(status.json().value("state").toString(), QStringLiteral("running"));
    QCOMPARE(status.json().value("remote_id").toString(), remoteId);

    const CliRun live = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("queued,running"),
                             QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QCOMPARE(live.exitCode, 0);
    QCOMPARE(live.jsonArray().size(), 1);
    QCOMPARE(live.jsonArray().first().toObject().value("remote_id").toString(), remoteId);
    const CliRun none = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("succeeded"),
                             QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.jsonArray().isEmpty());
    const CliRun table = cli({QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("llmapi"),
                              QStringLiteral("--db"), database()});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(remoteId.toUtf8()));

    const CliRun cancel = cli({QStringLiteral("cancel"), id, QStringLiteral("--wait"), QStringLiteral("--db"), database(),
                               QStringLiteral("--json")});
    QVERIFY2(cancel.exitCode == 0, cancel.describe().constData());
    QCOMPARE(cancel.json().value("state").toString(), QStringLiteral("cancelled"));

    const CliRun cancelled = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("cancelled"),
                                  QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QCOMPARE(cancelled.jsonArray().size(), 1);
    // A second cancel has nothing left to do.
    const CliRun again = cli({QStringLiteral("cancel"), id, QStringLiteral("--db"), database()});
    QCOMPARE(again.exitCode, 1);

    // Vidu documents no rule against cancelling a running task: the cancel goes out and is followed.
    const CliRun vidu = cli(submitArguments(m_sandbox, database(), QStringLiteral("vidu"), QStringLiteral("queue=100ms run=60s"),
                                            {QStringLiteral("--json")}));
    QVERIFY2(vidu.exitCode == 0, vidu.describe().constData());
    const QString viduId = QString::number(vidu.json().value("id").toInteger());
    QTRY_VERIFY_WITH_TIMEOUT(cli({QStringLiteral("status"), viduId, QStringLiteral("--db"), database(),
                                  QStringLiteral("--json")})
                                     .json()
                                     .value("state")
                                     .toString()
                                 == QStringLiteral("running"),
                             10000);
    const CliRun viduCancel = cli({QStringLiteral("cancel"), viduId, QStringLiteral("--wait"), QStringLiteral("--db"),
                                   database(), QStringLiteral("--json")});
    QVERIFY2(viduCancel.exitCode == 0, viduCancel.describe().constData());
    QCOMPARE(viduCancel.json().value("state").toString(), QStringLiteral("cancelled"));
}

void TestCliTasks::cancelWithoutEndpointExplainsWhy()
{
    const CliRun submitted = cli(submitArguments(m_sandbox, database(), QStringLiteral("newapi"),
                                                 QStringLiteral("queue=300ms run=60s"), {QStringLiteral("--json")}));
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    const QString id = QString::number(submitted.json().value("id").toInteger());
    const CliRun cancel = cli({QStringLiteral("cancel"), id, QStringLiteral("--db"), database()});
    QVERIFY2(cancel.exitCode == 1 || cancel.exitCode == 2, cancel.describe().constData());
    QVERIFY2(cancel.err.contains("no cancel endpoint"), cancel.err.constData());
    // The task itself is untouched.
    const CliRun status = cli({QStringLiteral("status"), id, QStringLiteral("--local"), QStringLiteral("--db"), database(),
                               QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.json().value("state").toString() != QLatin1String("cancelled"));
}

void TestCliTasks::retryFailedTaskAddsAttempt()
{
    // Only the first submit fails (an admin rule), so the retry's attempt succeeds.
    const QJsonObject queued = m_sandbox.admin("POST", QStringLiteral("next"),
                                               {{"provider", "llmapi"}, {"route", "submit"}, {"scenario", "fail=failed"}});
    QVERIFY2(queued.value("ok").toBool(), QJsonDocument(queued).toJson().constData());
    const CliRun failed = cli(submitArguments(m_sandbox, database(), QStringLiteral("llmapi"),
                                              QStringLiteral("queue=100ms run=200ms"),
                                              {QStringLiteral("--wait"), QStringLiteral("--json")}));
    QVERIFY2(failed.exitCode == 3, failed.describe().constData());
    QCOMPARE(failed.json().value("state").toString(), QStringLiteral("failed"));
    const QString id = QString::number(failed.json().value("id").toInteger());
    const QString firstRemoteId = failed.json().value("remote_id").toString();

    const CliRun retried = cli({QStringLiteral("retry"), id, QStringLiteral("--wait"), QStringLiteral("--db"), database(),
                                QStringLiteral("--json")});
    QVERIFY2(retried.exitCode == 0, retried.describe().constData());
    const QJsonObject task = retried.json();
    QCOMPARE(task.value("attempts").toInt(), 2);
    QCOMPARE(task.value("state").toString(), QStringLiteral("succeeded"));
    QVERIFY(task.value("remote_id").toString() != firstRemoteId);
    QVERIFY(task.value("error").isNull());

    // A succeeded task cannot be retried.
    const CliRun refused = cli({QStringLiteral("retry"), id, QStringLiteral("--db"), database()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.trimmed().isEmpty());
}

void TestCliTasks::statusReportsUnreachableProvider()
{
    // A second sandbox that goes away while its task is still running.
    SandboxProcess doomed;
    QVERIFY(doomed.start());
    const CliRun submitted = cli(submitArguments(doomed, database(), QStringLiteral("seaart"),
                                                 QStringLiteral("queue=100ms run=60s"), {QStringLiteral("--json")}));
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    const QString id = QString::number(submitted.json().value("id").toInteger());
    doomed.stop();

    const CliRun status = cli({QStringLiteral("status"), id, QStringLiteral("--db"), database(), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 1, status.describe().constData());
    QVERIFY(!status.err.trimmed().isEmpty());
    // Still printed, still known by its remote id.
    QCOMPARE(status.json().value("remote_id").toString(), submitted.json().value("remote_id").toString());

    const CliRun unknownId = cli({QStringLiteral("status"), QStringLiteral("4242"), QStringLiteral("--db"), database()});
    QCOMPARE(unknownId.exitCode, 1);
    QVERIFY(unknownId.err.contains("4242"));

    // A directory is no database.
    const CliRun badDatabase = cli({QStringLiteral("list"), QStringLiteral("--db"), m_dir.path()});
    QCOMPARE(badDatabase.exitCode, 1);
}

void TestCliTasks::missingKeyIsAClearError()
{
    const QStringList arguments = submitArguments(m_sandbox, database(), QStringLiteral("vidu"), QStringLiteral("queue=100ms run=100ms"));
    const CliRun missing = cli(arguments, cliEnvironment(false));
    QVERIFY2(missing.exitCode == 1, missing.describe().constData());
    QVERIFY2(missing.err.contains("QUEUELENS_API_KEY"), missing.err.constData());
    QVERIFY(missing.out.isEmpty());

    QStringList custom = arguments;
    custom << QStringLiteral("--key-env") << QStringLiteral("MY_VIDU_KEY");
    const CliRun missingCustom = cli(custom, cliEnvironment(false));
    QCOMPARE(missingCustom.exitCode, 1);
    QVERIFY(missingCustom.err.contains("MY_VIDU_KEY"));

    // A sandbox profile needs no key at all.
    const CliRun sandbox = cli(arguments + QStringList{QStringLiteral("--sandbox"), QStringLiteral("--wait")},
                               cliEnvironment(false));
    QVERIFY2(sandbox.exitCode == 0, sandbox.describe().constData());
}

void TestCliTasks::profileRecordsVariableNotKey()
{
    QProcessEnvironment environment = cliEnvironment(false);
    environment.insert(QStringLiteral("MY_FOX_KEY"), SecretKey);
    const QStringList arguments = submitArguments(m_sandbox, database(), QStringLiteral("foxapi"),
                                                  QStringLiteral("queue=100ms run=400ms"),
                                                  {QStringLiteral("--key-env"), QStringLiteral("MY_FOX_KEY"),
                                                   QStringLiteral("--json")});
    const CliRun submitted = cli(arguments, environment);
    QVERIFY2(submitted.exitCode == 0, submitted.describe().constData());
    const QString profile = submitted.json().value("profile").toString();
    QVERIFY2(profile.startsWith(QLatin1String("cli-foxapi-")), qPrintable(profile));

    // The same provider and base URL reuse the profile, which remembers the variable.
    const QString id = QString::number(submitted.json().value("id").toInteger());
    const CliRun watched = cli({QStringLiteral("watch"), id, QStringLiteral("--db"), database(), QStringLiteral("--json")},
                               environment);
    QVERIFY2(watched.exitCode == 0, watched.describe().constData());
    const QList<QByteArray> lines = watched.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value("state").toString(), QStringLiteral("succeeded"));
    const CliRun second = cli(arguments, environment);
    QCOMPARE(second.json().value("profile").toString(), profile);

    const QByteArray bytes = databaseBytes(database());
    QVERIFY(bytes.contains("MY_FOX_KEY"));
    QVERIFY(!containsSecret(bytes));
}

void TestCliTasks::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("unused.sqlite");
    QTest::newRow("submit without provider") << QStringList{"submit", "--base-url", "http://127.0.0.1:1/x", "--model", "m",
                                                            "--prompt", "p", "--db", db};
    QTest::newRow("submit unknown provider") << QStringList{"submit", "--provider", "nosuch", "--base-url",
                                                            "http://127.0.0.1:1/x", "--model", "m", "--prompt", "p"};
    QTest::newRow("submit bad url") << QStringList{"submit", "--provider", "vidu", "--base-url", "ftp://x", "--model",
                                                   "viduq1", "--prompt", "p"};
    QTest::newRow("submit bad kind") << QStringList{"submit", "--provider", "vidu", "--base-url", "http://127.0.0.1:1/vidu",
                                                    "--model", "viduq1", "--prompt", "p", "--kind", "opera"};
    QTest::newRow("submit bad param") << QStringList{"submit", "--provider", "vidu", "--base-url", "http://127.0.0.1:1/vidu",
                                                     "--model", "viduq1", "--prompt", "p", "--param", "novalue"};
    QTest::newRow("submit bad timeout") << QStringList{"submit", "--provider", "vidu", "--base-url",
                                                       "http://127.0.0.1:1/vidu", "--model", "viduq1", "--prompt", "p",
                                                       "--timeout", "soon"};
    QTest::newRow("status without id") << QStringList{"status"};
    QTest::newRow("status bad id") << QStringList{"status", "abc"};
    QTest::newRow("cancel two ids") << QStringList{"cancel", "1", "2"};
    QTest::newRow("list bad state") << QStringList{"list", "--state", "sleeping"};
    QTest::newRow("watch bad option") << QStringList{"watch", "--bogus"};
}

void TestCliTasks::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCliTasks::keyNeverInOutputOrDatabase()
{
    QVERIFY(!m_allOutput.isEmpty());
    QVERIFY2(!containsSecret(m_allOutput), "the API key was printed");
    for (int i = 1; i <= m_dbCounter; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(i));
        if (QFile::exists(path))
            QVERIFY2(!containsSecret(databaseBytes(path)), qPrintable(path));
    }
}

// The form new-api gateway docs give ("https://host/v1/") reaches the real routes, not /v1/v1/...
void TestCliTasks::pastedV1BaseUrlWorks()
{
    QStringList arguments = submitArguments(m_sandbox, database(), QStringLiteral("newapi"),
                                            QStringLiteral("queue=100ms run=200ms"),
                                            {QStringLiteral("--wait"), QStringLiteral("--json")});
    const qsizetype baseUrlIndex = arguments.indexOf(QStringLiteral("--base-url")) + 1;
    QVERIFY(baseUrlIndex > 0);
    arguments[baseUrlIndex] = m_sandbox.baseUrl(QStringLiteral("newapi")) + QStringLiteral("/v1/");
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json().value("state").toString(), QStringLiteral("succeeded"));
    QVERIFY2(run.err.contains("Removed “/v1” from the end"), run.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_cli_tasks.moc"
