// ProfileFile: the profiles file written and read back, keys never in it, and every broken
// file or entry named instead of half-read.

#include "profilefile.h"
#include "testprofiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestProfileFile : public QObject
{
    Q_OBJECT

private slots:
    void writtenFileReadsBack();
    void sandboxProfilesAreNotWritten();
    void bareArrayIsAccepted();
    void defaultsFillMissingNumbers();
    void brokenEntriesAreSkippedWithANote();
    void keysInAFileAreNotTaken();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void hugeNumbersAreClamped();
    void tooManyProfilesAreCut();
    void fileRoundTripAndErrors();
};

void TestProfileFile::writtenFileReadsBack()
{
    ProviderProfile vidu = testProfile(QStringLiteral("vidu-main"), QStringLiteral("Vidu main"), QStringLiteral("vidu"),
                                   QStringLiteral("https://api.vidu.com"));
    vidu.pollIntervalMs = 5000;
    vidu.maxConcurrent = 2;
    vidu.deadlineSeconds = 0;
    ProviderProfile gateway = testProfile(QStringLiteral("gw"), QStringLiteral("网关"), QStringLiteral("newapi"),
                                      QStringLiteral("https://gw.example.com/prefix"));
    gateway.keyEnvironmentVariable = QStringLiteral("GW_KEY");

    const QByteArray bytes = ProfileFile::write({vidu, gateway});
    QVERIFY(bytes.contains("\"format\": \"queuelens-profiles\""));
    const ProfileFile::ReadResult result = ProfileFile::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.notes.isEmpty());
    QCOMPARE(result.profiles.size(), 2);
    QCOMPARE(result.profiles.at(0), vidu);
    QCOMPARE(result.profiles.at(1), gateway);
}

void TestProfileFile::sandboxProfilesAreNotWritten()
{
    ProviderProfile sandbox = testProfile(QStringLiteral("sandbox-vidu"), QStringLiteral("Sandbox · Vidu"),
                                      QStringLiteral("vidu"), QStringLiteral("http://127.0.0.1:41234/vidu"));
    sandbox.sandbox = true;
    const ProviderProfile real = testProfile(QStringLiteral("v"), QStringLiteral("V"), QStringLiteral("vidu"),
                                         QStringLiteral("https://api.vidu.com"));
    const ProfileFile::ReadResult result = ProfileFile::read(ProfileFile::write({sandbox, real}));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().id, QStringLiteral("v"));

    // A hand-written "sandbox": true is not honoured either: imported profiles are real ones.
    const ProfileFile::ReadResult handWritten = ProfileFile::read(
        R"([{"id": "s", "name": "S", "provider": "vidu", "baseUrl": "https://x.example", "sandbox": true}])");
    QCOMPARE(handWritten.profiles.size(), 1);
    QVERIFY(!handWritten.profiles.first().sandbox);
}

void TestProfileFile::bareArrayIsAccepted()
{
    const ProfileFile::ReadResult result =
        ProfileFile::read(R"([{"name": "Fox", "provider": "foxapi", "baseUrl": " https://api.foxapi.cc/v1 "}])");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 1);
    QVERIFY(result.profiles.first().id.isEmpty());   // the importer chooses one
    QCOMPARE(result.profiles.first().baseUrl, QUrl(QStringLiteral("https://api.foxapi.cc/v1")));
}

void TestProfileFile::defaultsFillMissingNumbers()
{
    const ProfileFile::ReadResult result = ProfileFile::read(
        R"({"profiles": [{"id": "a", "provider": "vidu", "pollIntervalMs": "fast", "maxConcurrent": null}]})");
    QVERIFY(result.ok());
    QCOMPARE(result.profiles.size(), 1);
    const ProviderProfile &a = result.profiles.first();
    QCOMPARE(a.name, QStringLiteral("a"));   // no name: the id stands in
    QCOMPARE(a.pollIntervalMs, ProviderProfile::DefaultPollIntervalMs);
    QCOMPARE(a.maxConcurrent, ProviderProfile::DefaultMaxConcurrent);
    QCOMPARE(a.deadlineSeconds, ProviderProfile::DefaultDeadlineSeconds);
    QCOMPARE(result.notes.size(), 1);   // "fast" is named; null is simply absent
    QVERIFY2(result.notes.first().contains(QLatin1String("pollIntervalMs")), qPrintable(result.notes.first()));
}

void TestProfileFile::brokenEntriesAreSkippedWithANote()
{
    const ProfileFile::ReadResult result = ProfileFile::read(R"({"format": "queuelens-profiles", "version": 1,
        "profiles": [
            42,
            {"id": "no-provider", "name": "No provider"},
            {"id": "bad-url", "provider": "vidu", "baseUrl": 7},
            {"id": "dup", "name": "First", "provider": "vidu"},
            {"id": "dup", "name": "Second", "provider": "seaart"},
            {"id": "has spaces/and slashes", "name": "Odd id", "provider": "llmapi"},
            {"id": "ok", "name": "Fine", "provider": "newapi", "extra": {"ignored": true}}
        ]})");
    QVERIFY(result.ok());
    QStringList names;
    for (const ProviderProfile &p : result.profiles)
        names.append(p.name);
    QCOMPARE(names, (QStringList{QStringLiteral("First"), QStringLiteral("Odd id"), QStringLiteral("Fine")}));
    QVERIFY(result.profiles.at(1).id.isEmpty());   // an unusable id is dropped, not the profile
    QCOMPARE(result.notes.size(), 5);
    QVERIFY(result.notes.at(0).contains(QLatin1String("Entry 1")));
    QVERIFY(result.notes.at(1).contains(QLatin1String("No provider")));
    QVERIFY(result.notes.at(2).contains(QLatin1String("bad-url")));
    QVERIFY(result.notes.at(3).contains(QLatin1String("Second")));
    QVERIFY(result.notes.at(4).contains(QLatin1String("Odd id")));
}

void TestProfileFile::keysInAFileAreNotTaken()
{
    const QByteArray secret = "sk-live-0123456789abcdef";
    const ProfileFile::ReadResult result = ProfileFile::read(
        R"([{"id": "v", "name": "Vidu", "provider": "vidu", "API_KEY": ")" + secret + R"("}])");
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.first().contains(QLatin1String("keychain")), qPrintable(result.notes.first()));
    QVERIFY(!result.notes.first().contains(QString::fromLatin1(secret)));
    // Nothing read from the file carries the key on.
    QVERIFY(!ProfileFile::write(result.profiles).contains(secret));
}

void TestProfileFile::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("id,name\nv,Vidu\n") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray(R"({"format": "keepassxc"})") << QStringLiteral("“keepassxc”");
    QTest::newRow("newer version") << QByteArray(R"({"format": "queuelens-profiles", "version": 3, "profiles": []})")
                                   << QStringLiteral("newer QueueLens (format version 3)");
    QTest::newRow("no list") << QByteArray(R"({"tasks": []})") << QStringLiteral("no “profiles” list");
    QTest::newRow("list not array") << QByteArray(R"({"format": "queuelens-profiles", "profiles": {}})")
                                    << QStringLiteral("no “profiles” list");
    QTest::newRow("too big") << QByteArray(ProfileFile::MaxFileBytes + 1, ' ').append('[') << QStringLiteral("at most");
}

void TestProfileFile::wholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ProfileFile::ReadResult result = ProfileFile::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY(result.profiles.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestProfileFile::hugeNumbersAreClamped()
{
    const ProfileFile::ReadResult result = ProfileFile::read(
        R"([{"id": "a", "provider": "vidu", "pollIntervalMs": 1e300, "maxConcurrent": -1e300, "deadlineSeconds": 2.6}])");
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().pollIntervalMs, std::numeric_limits<int>::max());
    QCOMPARE(result.profiles.first().maxConcurrent, std::numeric_limits<int>::min());
    QCOMPARE(result.profiles.first().deadlineSeconds, 3);
}

void TestProfileFile::tooManyProfilesAreCut()
{
    QByteArray bytes = "[";
    for (int i = 0; i < ProfileFile::MaxProfiles + 5; ++i)
        bytes += QByteArray(i ? "," : "") + R"({"id": "p)" + QByteArray::number(i) + R"(", "provider": "vidu"})";
    bytes += "]";
    const ProfileFile::ReadResult result = ProfileFile::read(bytes);
    QCOMPARE(result.profiles.size(), ProfileFile::MaxProfiles);
    QCOMPARE(result.notes.size(), 1);
    QVERIFY(result.notes.first().contains(QString::number(ProfileFile::MaxProfiles + 5)));
}

void TestProfileFile::fileRoundTripAndErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    const ProviderProfile p = testProfile(QStringLiteral("s"), QStringLiteral("SeaArt"), QStringLiteral("seaart"),
                                      QStringLiteral("https://sea.example"));
    QString error;
    QVERIFY2(ProfileFile::writeFile(path, {p}, &error), qPrintable(error));
    const ProfileFile::ReadResult back = ProfileFile::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.profiles, QList<ProviderProfile>{p});

    const ProfileFile::ReadResult missing = ProfileFile::readFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QLatin1String("nope.json")), qPrintable(missing.error));

    // A folder that does not exist: the reason names the file.
    QVERIFY(!ProfileFile::writeFile(dir.filePath(QStringLiteral("no/such/folder/p.json")), {p}, &error));
    QVERIFY2(error.contains(QLatin1String("p.json")), qPrintable(error));

    QFile big(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(ProfileFile::MaxFileBytes + 10, ' '));
    big.close();
    const ProfileFile::ReadResult tooBig = ProfileFile::readFile(big.fileName());
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error.contains(QLatin1String("too large")), qPrintable(tooBig.error));
}

QTEST_GUILESS_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
