// ResultsFolder: the folder is the user's, so nothing in it is ever replaced; the CLI and the app
// find the same folder.

#include "resultsfolder.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestResultsFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesUnderTheTaskName();
    void neverReplacesAFile();
    void folderThatCannotBeMadeIsExplained();
    void configuredFollowsEnvironmentThenPreference();
};

namespace {
QByteArray contentsOf(const QString &fileUrl)
{
    QFile file(QUrl(fileUrl).toLocalFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestResultsFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // the preference below goes to a test location
}

void TestResultsFolder::savesUnderTheTaskName()
{
    QTemporaryDir folder;
    const QString sub = folder.filePath(QStringLiteral("made/on/demand"));
    QString error;
    const QString url = ResultsFolder::save(sub, 12, 3, QStringLiteral("mp4"), "video bytes", &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(QUrl(url).toLocalFile(), QDir(sub).filePath(QStringLiteral("task-12-3.mp4")));
    QCOMPARE(contentsOf(url), QByteArray("video bytes"));
}

void TestResultsFolder::neverReplacesAFile()
{
    QTemporaryDir folder;
    QFile mine(folder.filePath(QStringLiteral("task-5-0.png")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("the operator's own file");
    mine.close();
    QString error;
    const QString second = ResultsFolder::save(folder.path(), 5, 0, QStringLiteral("png"), "result", &error);
    const QString third = ResultsFolder::save(folder.path(), 5, 0, QStringLiteral("png"), "again", &error);
    QVERIFY2(!second.isEmpty() && !third.isEmpty(), qPrintable(error));
    QVERIFY(QUrl(second).toLocalFile().endsWith(QStringLiteral("task-5-0-2.png")));
    QVERIFY(QUrl(third).toLocalFile().endsWith(QStringLiteral("task-5-0-3.png")));
    QCOMPARE(contentsOf(QUrl::fromLocalFile(mine.fileName()).toString()), QByteArray("the operator's own file"));
    QCOMPARE(contentsOf(second), QByteArray("result"));
    QCOMPARE(contentsOf(third), QByteArray("again"));
}

void TestResultsFolder::folderThatCannotBeMadeIsExplained()
{
    QTemporaryDir folder;
    QFile blocker(folder.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(ResultsFolder::save(blocker.fileName() + QStringLiteral("/sub"), 1, 0, QStringLiteral("png"), "x", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("blocker")), qPrintable(error));
}

void TestResultsFolder::configuredFollowsEnvironmentThenPreference()
{
    qunsetenv("QUEUELENS_RESULTS_FOLDER");
    QSettings desktop(QStringLiteral("QueueLens"), QStringLiteral("QueueLens"));
    desktop.remove(ResultsFolder::preferenceKey());
    desktop.sync();
    QCOMPARE(ResultsFolder::configured(), ResultsFolder::defaultPath());

    desktop.setValue(ResultsFolder::preferenceKey(), QStringLiteral("/chosen/in/preferences"));
    desktop.sync();
    QCOMPARE(ResultsFolder::configured(), QStringLiteral("/chosen/in/preferences"));

    qputenv("QUEUELENS_RESULTS_FOLDER", "/from/the/environment");
    QCOMPARE(ResultsFolder::configured(), QStringLiteral("/from/the/environment"));
    qunsetenv("QUEUELENS_RESULTS_FOLDER");
    desktop.remove(ResultsFolder::preferenceKey());
}

QTEST_GUILESS_MAIN(TestResultsFolder)
#include "tst_engine_resultsfolder.moc"
