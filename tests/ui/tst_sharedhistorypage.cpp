// Preferences, "Shared history": the address is checked as it is typed (never with a password),
// Test connection tells a reachable server from each kind of failure without changing anything,
// and OK stores the address and the operator's name.

#include "appsettings.h"
#include "databasepassword.h"
#include "keychainbackend.h"
#include "postgresbackend.h"
#include "postgrescluster.h"
#include "sharedhistorypage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString shown(QWidget *page, const char *labelName)
{
    auto *label = child<QLabel>(page, labelName);
    return label && !label->isHidden() ? label->text() : QString();
}

// The OS keychain stand-in: answers on the next turn of the event loop, as the real one does.
class MemoryKeychain : public KeychainBackend
{
public:
    QHash<QString, QString> entries;

    void read(const QString &name, Callback done) override
    {
        const Result result = entries.contains(name) ? Result{Status::Ok, entries.value(name), {}} : Result{Status::NotFound, {}, {}};
        QTimer::singleShot(0, [done, result] { done(result); });
    }
    void write(const QString &name, const QString &secret, Callback done) override
    {
        entries.insert(name, secret);
        QTimer::singleShot(0, [done] { done({}); });
    }
    void remove(const QString &name, Callback done) override
    {
        entries.remove(name);
        QTimer::singleShot(0, [done] { done({}); });
    }
};

} // namespace

class TestSharedHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addressIsCheckedAsTyped_data();
    void addressIsCheckedAsTyped();
    void applyStoresAddressAndName();
    void testConnectionReachesTheServer();
    void testConnectionExplainsFailures();
    void passwordGoesToTheKeychainOnly();

private:
    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
    bool m_haveCluster = false;
};

void TestSharedHistoryPage::initTestCase()
{
    QString error;
    if (PostgresCluster::available(&error)) {
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        m_haveCluster = true;
    } else if (PostgresCluster::required()) {
        QFAIL(qPrintable(error));
    }
}

void TestSharedHistoryPage::addressIsCheckedAsTyped_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("problem");   // a part of the inline message; empty: none
    QTest::newRow("empty: this computer's file") << "" << "";
    QTest::newRow("good") << "postgresql://ann@db.example/queuelens?sslmode=require" << "";
    QTest::newRow("not postgres") << "mysql://db.example/queuelens" << "must start with postgresql://";
    QTest::newRow("password in it") << "postgresql://ann:pw@db.example/queuelens" << "Leave the password out";
    QTest::newRow("password parameter") << "postgresql://ann@db.example/queuelens?password=pw" << "Leave the password out";
    QTest::newRow("typo") << "postgresql://db.example/queuelens?sslmod=require" << "sslmod";
    QTest::newRow("no database") << "postgresql://db.example" << "names no database";
}

void TestSharedHistoryPage::addressIsCheckedAsTyped()
{
    QFETCH(QString, address);
    QFETCH(QString, problem);
    AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")), nullptr);
    SharedHistoryPage page(&settings);
    page.show();
    child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(address);
    if (problem.isEmpty()) {
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        QVERIFY(shown(&page, "sharedDatabaseError").isEmpty());
    } else {
        QVERIFY2(page.problem().contains(problem), qPrintable(page.problem()));
        QVERIFY2(shown(&page, "sharedDatabaseError").contains(problem), qPrintable(shown(&page, "sharedDatabaseError")));
    }
    // Testing makes sense only for a usable address.
    QCOMPARE(child<QPushButton>(&page, "testConnectionButton")->isEnabled(), problem.isEmpty() && !address.isEmpty());
}

void TestSharedHistoryPage::applyStoresAddressAndName()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")), nullptr);
    SharedHistoryPage page(&settings);
    QSignalSpy renamed(&settings, &AppSettings::operatorNameChanged);
    child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(QStringLiteral("postgresql://ann@db.example/queuelens"));
    child<QLineEdit>(&page, "operatorNameEdit")->setText(QStringLiteral("  Ann Example "));
    page.apply();
    QCOMPARE(settings.sharedDatabase(), QStringLiteral("postgresql://ann@db.example/queuelens"));
    QCOMPARE(settings.operatorName(), QStringLiteral("Ann Example"));
    QCOMPARE(renamed.count(), 1);

    // An address with a password is never stored.
    child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(QStringLiteral("postgresql://ann:secret@db.example/other"));
    page.apply();
    QCOMPARE(settings.sharedDatabase(), QStringLiteral("postgresql://ann@db.example/queuelens"));
}

void TestSharedHistoryPage::testConnectionReachesTheServer()
{
    if (!m_haveCluster)
        QSKIP("PostgreSQL is not installed");
    AppSettings settings(m_dir.filePath(QStringLiteral("c.ini")), nullptr);
    SharedHistoryPage page(&settings);
    page.show();
    child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(m_cluster.uri(QStringLiteral("team")));
    QSignalSpy finished(&page, &SharedHistoryPage::testFinished);
    QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY2(shown(&page, "testConnectionResult").contains(QStringLiteral("The database is empty")),
             qPrintable(shown(&page, "testConnectionResult")));
    // Testing changed nothing: the database is still empty.
    QSignalSpy again(&page, &SharedHistoryPage::testFinished);
    page.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 20000);
    QVERIFY(shown(&page, "testConnectionResult").contains(QStringLiteral("The database is empty")));
    if (!qEnvironmentVariableIsEmpty("QUEUELENS_SCREENSHOT_DIR"))
        QVERIFY(page.grab().save(qEnvironmentVariable("QUEUELENS_SCREENSHOT_DIR") + QStringLiteral("/preferences-shared-history.png")));
}

void TestSharedHistoryPage::testConnectionExplainsFailures()
{
    if (!m_haveCluster)
        QSKIP("PostgreSQL is not installed");
    AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")), nullptr);
    SharedHistoryPage page(&settings);
    page.show();
    const struct
    {
        QString address;
        QString says;
    } cases[] = {
        {QStringLiteral("postgresql://queuelens_test@127.0.0.1:1/team"), QStringLiteral("cannot be reached")},
        {QStringLiteral("postgresql://queuelens_test@127.0.0.1:%1/missing").arg(m_cluster.port()), QStringLiteral("createdb")},
    };
    for (const auto &c : cases) {
        child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(c.address);
        QSignalSpy finished(&page, &SharedHistoryPage::testFinished);
        page.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!finished.first().at(0).toBool());
        const QString result = shown(&page, "testConnectionResult");
        QVERIFY2(result.startsWith(QStringLiteral("Cannot use this address")) && result.contains(c.says), qPrintable(result));
    }
}

// A server that wants a password: refused without one, reached with the typed one, which then
// lives in the keychain (never in the settings file) and is found there at the next start.
void TestSharedHistoryPage::passwordGoesToTheKeychainOnly()
{
    if (!m_haveCluster)
        QSKIP("PostgreSQL is not installed");
    qunsetenv("PGPASSWORD");
    QString error;
    const QString secret = QStringLiteral("correct-horse-7731");
    QVERIFY2(m_cluster.setPassword(QStringLiteral("keyed_user"), secret, &error), qPrintable(error));
    const QString address = QStringLiteral("postgresql://keyed_user@127.0.0.1:%1/team").arg(m_cluster.port());
    const QString iniFile = m_dir.filePath(QStringLiteral("e.ini"));
    MemoryKeychain keychain;
    {
        AppSettings settings(iniFile, nullptr);
        SharedHistoryPage page(&settings);
        page.setKeychain(&keychain);
        page.show();
        child<QLineEdit>(&page, "sharedDatabaseEdit")->setText(address);
        QSignalSpy refused(&page, &SharedHistoryPage::testFinished);
        page.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
        QVERIFY2(shown(&page, "testConnectionResult").contains(QStringLiteral("asks for a password")),
                 qPrintable(shown(&page, "testConnectionResult")));

        child<QLineEdit>(&page, "databasePasswordEdit")->setText(secret);
        QSignalSpy reached(&page, &SharedHistoryPage::testFinished);
        page.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(reached.count(), 1, 20000);
        QVERIFY2(reached.first().at(0).toBool(), qPrintable(shown(&page, "testConnectionResult")));
        page.apply();
        QTRY_COMPARE_WITH_TIMEOUT(keychain.entries.value(DatabasePassword::keychainName(address)), secret, 5000);
        QCOMPARE(settings.sharedDatabase(), address);
    }
    QFile ini(iniFile);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(secret.toUtf8()));

    // The next start: nothing remembered yet in this process, the keychain has it.
    PostgresBackend::rememberPassword(address, {});
    QVERIFY(DatabasePassword::load(&keychain, address));
    QCOMPARE(PostgresBackend::rememberedPassword(address), secret);
    qputenv("PGPASSWORD", "from-the-environment");
    PostgresBackend::rememberPassword(address, {});
    QVERIFY(!DatabasePassword::load(&keychain, address));   // PGPASSWORD wins: libpq reads it
    qunsetenv("PGPASSWORD");
}

QTEST_MAIN(TestSharedHistoryPage)
#include "tst_sharedhistorypage.moc"
