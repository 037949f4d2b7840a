// ProfileImport: what a profiles file would do to the profiles already here.

#include "builtinproviders.h"
#include "profileimport.h"
#include "testprofiles.h"

#include <QtTest>

namespace {

ProfileFile::ReadResult fileWith(const QList<ProviderProfile> &profiles)
{
    ProfileFile::ReadResult file;
    file.profiles = profiles;
    return file;
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerBuiltinProvidersOnce(); }
    void newProfilesAreAdded();
    void sameIdReplaces();
    void sandboxIsNeverReplaced();
    void unknownProviderIsSkipped();
    void namesAreMadeUnique();
    void skippedProfileReplacesNothing();
    void copiesGetNewIdsAndNames();
};

void TestProfileImport::newProfilesAreAdded()
{
    ProfileFile::ReadResult file = fileWith(
        {testProfile(QStringLiteral("fox"), QStringLiteral("Fox"), QStringLiteral("foxapi"), QStringLiteral("https://api.foxapi.cc/v1/")),
         testProfile(QString(), QString(), QStringLiteral("vidu"), QStringLiteral("https://api.vidu.com/ent/v2"))});
    file.notes.append(QStringLiteral("a note from the file"));
    const ProfileImport::Plan plan = ProfileImport::plan(file, {});
    QCOMPARE(plan.added.size(), 2);
    QVERIFY(plan.replacing.isEmpty());
    QCOMPARE(plan.notes, QStringList{QStringLiteral("a note from the file")});
    // Base URLs pasted from the docs are cut back to the root, as in Settings.
    QCOMPARE(plan.added.at(0).baseUrl, QUrl(QStringLiteral("https://api.foxapi.cc")));
    QCOMPARE(plan.added.at(1).baseUrl, QUrl(QStringLiteral("https://api.vidu.com")));
    // No name at all: the provider's name.
    QCOMPARE(plan.added.at(1).name, QStringLiteral("Vidu"));
}

void TestProfileImport::sameIdReplaces()
{
    const QList<ProviderProfile> existing{
        testProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"), QStringLiteral("https://api.vidu.com"))};
    // Same id, same name: the name goes with the profile it replaces, so it is not "Alpha (2)".
    const ProfileImport::Plan plan = ProfileImport::plan(
        fileWith({testProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"), QStringLiteral("https://eu.vidu.example"))}),
        existing);
    QVERIFY(plan.added.isEmpty());
    QCOMPARE(plan.replacing.size(), 1);
    QCOMPARE(plan.replacing.first().name, QStringLiteral("Alpha"));
    QCOMPARE(plan.replacing.first().baseUrl, QUrl(QStringLiteral("https://eu.vidu.example")));
}

void TestProfileImport::sandboxIsNeverReplaced()
{
    ProviderProfile sandbox = testProfile(QStringLiteral("sandbox-vidu"), QStringLiteral("Sandbox · Vidu"),
                                      QStringLiteral("vidu"), QStringLiteral("http://127.0.0.1:4000/vidu"));
    sandbox.sandbox = true;
    const ProfileImport::Plan plan = ProfileImport::plan(
        fileWith({testProfile(QStringLiteral("sandbox-vidu"), QStringLiteral("Sandbox · Vidu"), QStringLiteral("vidu"),
                          QStringLiteral("https://api.vidu.com"))}),
        {sandbox});
    QVERIFY(plan.replacing.isEmpty());
    QCOMPARE(plan.added.size(), 1);
    QVERIFY(plan.added.first().id.isEmpty());
    QCOMPARE(plan.added.first().name, QStringLiteral("Sandbox · Vidu (2)"));
}

void TestProfileImport::unknownProviderIsSkipped()
{
    const ProfileImport::Plan plan = ProfileImport::plan(
        fileWith({testProfile(QStringLiteral("m"), QStringLiteral("Midjourney"), QStringLiteral("midjourney"), QStringLiteral("https://x.example"))}),
        {});
    QVERIFY(plan.added.isEmpty());
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY2(plan.notes.first().contains(QStringLiteral("“midjourney”")), qPrintable(plan.notes.first()));
}

void TestProfileImport::namesAreMadeUnique()
{
    const QList<ProviderProfile> existing{
        testProfile(QStringLiteral("a"), QStringLiteral("Main"), QStringLiteral("vidu"), QStringLiteral("https://api.vidu.com"))};
    const ProfileImport::Plan plan = ProfileImport::plan(
        fileWith({testProfile(QStringLiteral("b"), QStringLiteral("main"), QStringLiteral("seaart"), QStringLiteral("https://s.example")),
                  testProfile(QStringLiteral("c"), QStringLiteral("Main"), QStringLiteral("llmapi"), QStringLiteral("https://l.example"))}),
        existing);
    QCOMPARE(plan.added.size(), 2);
    QCOMPARE(plan.added.at(0).name, QStringLiteral("main (2)"));
    QCOMPARE(plan.added.at(1).name, QStringLiteral("Main (3)"));
    QCOMPARE(plan.added.at(0).id, QStringLiteral("b"));   // ids that collide with nothing are kept
}

// Found by fuzz_profile_import: an entry with an existing id but an unknown provider was skipped,
// yet the existing profile's name was treated as freed, so a second entry took it.
void TestProfileImport::skippedProfileReplacesNothing()
{
    const QList<ProviderProfile> existing{
        testProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"), QStringLiteral("https://api.vidu.com"))};
    const ProfileImport::Plan plan = ProfileImport::plan(
        fileWith({testProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu,"), QStringLiteral("https://x.example")),
                  testProfile(QStringLiteral("b"), QStringLiteral("Alpha"), QStringLiteral("seaart"), QStringLiteral("https://s.example"))}),
        existing);
    QVERIFY(plan.replacing.isEmpty());
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.added.first().name, QStringLiteral("Alpha (2)"));
}

void TestProfileImport::copiesGetNewIdsAndNames()
{
    const QList<ProviderProfile> replacing{
        testProfile(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("vidu"), QStringLiteral("https://eu.vidu.example"))};
    const QList<ProviderProfile> copies =
        ProfileImport::asCopies(replacing, {QStringLiteral("Alpha"), QStringLiteral("Alpha (2)")});
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().id.isEmpty());
    QCOMPARE(copies.first().name, QStringLiteral("Alpha (3)"));
    QCOMPARE(copies.first().baseUrl, replacing.first().baseUrl);
}

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
