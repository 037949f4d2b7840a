#include "builtinproviders.h"
#include "errorcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUEUELENS_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void explainKnownCodeAsJson();
    void explainWithoutProviderListsMatches();
    void explainFillsFieldNames();
    void explainUnknownCodeExitsOneWithFallback();
    void explainTextOutputInChinese();
    void codesListsWholeCatalog();
    void codesInEveryShippedLanguage_data();
    void codesInEveryShippedLanguage();
    void languageOptionBeforeCommand();
    void usageErrors_data();
    void usageErrors();
};

void TestCliCatalog::explainKnownCodeAsJson()
{
    const CliRun run = runCli({"explain", "CreditInsufficient", "--provider", "vidu", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value("provider").toString(), QStringLiteral("vidu"));
    QCOMPARE(object.value("code").toString(), QStringLiteral("CreditInsufficient"));
    QCOMPARE(object.value("http_status").toInt(), 400);
    QCOMPARE(object.value("category").toString(), QStringLiteral("billing"));
    QCOMPARE(object.value("retry").toString(), QStringLiteral("fix_account"));
    QVERIFY(!object.value("title").toString().isEmpty());
    QVERIFY(!object.value("explanation").toString().isEmpty());
    QVERIFY(!object.value("fix").toString().isEmpty());
}

void TestCliCatalog::explainWithoutProviderListsMatches()
{
    const CliRun run = runCli({"explain", "invalid_request_error", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QStringList providers;
    for (const QJsonValue &value : array)
        providers << value.toObject().value("provider").toString();
    QVERIFY2(providers.contains("foxapi") && providers.contains("llmapi"), qPrintable(providers.join(',')));

    const CliRun text = runCli({"explain", "channel:no_available_key"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("newapi"));
    QVERIFY(text.out.contains("channel:no_available_key"));
}

void TestCliCatalog::explainFillsFieldNames()
{
    const CliRun run = runCli({"explain", "FieldLacking", "--provider", "vidu", "--message",
                               "field is missing or empty: prompt", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QString explanation = QJsonDocument::fromJson(run.out).object().value("explanation").toString();
    QVERIFY2(explanation.contains("prompt"), qPrintable(explanation));
}

void TestCliCatalog::explainUnknownCodeExitsOneWithFallback()
{
    const CliRun run = runCli({"explain", "totally_new_code", "--provider", "foxapi", "--status", "503", "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value("documented").toBool(), false);
    QCOMPARE(object.value("category").toString(), QStringLiteral("server"));
    QVERIFY(object.value("explanation").toString().contains("totally_new_code"));
    QVERIFY(!object.value("fix").toString().isEmpty());

    const CliRun text = runCli({"explain", "nope_nope"});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.err.contains("nope_nope"));
    QVERIFY(!text.out.trimmed().isEmpty());
}

void TestCliCatalog::explainTextOutputInChinese()
{
    const CliRun english = runCli({"explain", "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", "--provider", "llmapi"});
    const CliRun chinese = runCli({"explain", "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", "--provider", "llmapi", "--lang", "zh_CN"});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY(english.out != chinese.out);
    const QString text = QString::fromUtf8(chinese.out);
    bool hasHan = false;
    for (const QChar c : text)
        hasHan = hasHan || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
    QVERIFY2(hasHan, qPrintable(text));
}

void TestCliCatalog::codesListsWholeCatalog()
{
    const CliRun run = runCli({"codes", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), qsizetype(ErrorCatalog::instance().entries().size()));
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.keys().size(), 8);
        for (const char *key : {"provider", "code", "category", "retry", "title", "explanation", "fix"})
            QVERIFY2(!object.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(object.value("http_status").isNull() || object.value("http_status").toInt() >= 100);
    }

    const CliRun vidu = runCli({"codes", "--provider", "vidu", "--json"});
    QCOMPARE(vidu.exitCode, 0);
    const QJsonArray viduArray = QJsonDocument::fromJson(vidu.out).array();
    QVERIFY(viduArray.size() >= 39);
    for (const QJsonValue &value : viduArray)
        QCOMPARE(value.toObject().value("provider").toString(), QStringLiteral("vidu"));
}

void TestCliCatalog::codesInEveryShippedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("ru") << "ru";
}

void TestCliCatalog::codesInEveryShippedLanguage()
{
    QFETCH(QString, language);
    const QJsonArray english = QJsonDocument::fromJson(runCli({"codes", "--json"}).out).array();
    const CliRun run = runCli({"codes", "--json", "--lang", language});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonArray translated = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(translated.size(), english.size());
    for (qsizetype i = 0; i < translated.size(); ++i) {
        const QJsonObject a = english.at(i).toObject();
        const QJsonObject b = translated.at(i).toObject();
        QCOMPARE(b.value("code"), a.value("code"));
        for (const char *key : {"title", "explanation", "fix"}) {
            const QString where = a.value("provider").toString() + '/' + a.value("code").toString() + ' ' + key;
            QVERIFY2(!b.value(QLatin1String(key)).toString().isEmpty(), qPrintable(where));
            QVERIFY2(b.value(QLatin1String(key)) != a.value(QLatin1String(key)), qPrintable(where + " is untranslated"));
        }
    }
}

void TestCliCatalog::languageOptionBeforeCommand()
{
    const CliRun after = runCli({"explain", "TaskNotFound", "--provider", "vidu", "--lang", "ru", "--json"});
    const CliRun before = runCli({"--lang", "ru", "explain", "TaskNotFound", "--provider", "vidu", "--json"});
    const CliRun joined = runCli({"--lang=ru", "explain", "TaskNotFound", "--provider", "vidu", "--json"});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(joined.exitCode, 0);
    QCOMPARE(before.out, after.out);
    QCOMPARE(joined.out, after.out);
    const CliRun english = runCli({"explain", "TaskNotFound", "--provider", "vidu", "--json"});
    QVERIFY(english.out != after.out);
}

void TestCliCatalog::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("explain without identifier") << QStringList{"explain"};
    QTest::newRow("explain two identifiers") << QStringList{"explain", "a", "b"};
    QTest::newRow("explain bad provider") << QStringList{"explain", "x", "--provider", "nosuch"};
    QTest::newRow("explain bad status") << QStringList{"explain", "x", "--status", "abc"};
    QTest::newRow("explain unknown option") << QStringList{"explain", "x", "--bogus"};
    QTest::newRow("codes bad provider") << QStringList{"codes", "--provider", "nosuch", "--json"};
}

void TestCliCatalog::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

// The providers' catalogs come from their folders, as in queuelens-cli.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
