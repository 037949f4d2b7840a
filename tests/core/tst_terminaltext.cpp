// TerminalText: how many terminal cells text takes, for the CLI's tables.

#include "terminaltext.h"

#include <QtTest>

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void widths_data();
    void widths();
    void paddingCountsCells();
};

void TestTerminalText::widths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cells");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("running") << 7;
    QTest::newRow("cyrillic") << QStringLiteral("Выполняется") << 11;
    QTest::newRow("simplified chinese") << QStringLiteral("运行中") << 6;
    QTest::newRow("traditional chinese") << QStringLiteral("執行中") << 6;
    QTest::newRow("japanese kana and kanji") << QStringLiteral("キュー待ち") << 10;
    QTest::newRow("korean hangul") << QStringLiteral("실행 중") << 7;
    QTest::newRow("cjk punctuation") << QStringLiteral("「完了」。") << 10;
    QTest::newRow("full-width letters") << QStringLiteral("ＡＢ") << 4;
    QTest::newRow("mixed") << QStringLiteral("服务商 ID") << 9;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("ideograph beyond the BMP") << QString::fromUcs4(U"\U00020000x") << 3;
    QTest::newRow("emoji beyond the BMP") << QString::fromUcs4(U"\U0001F680") << 2;
    QTest::newRow("german umlauts") << QStringLiteral("Wiederholungsversuche für") << 25;
}

void TestTerminalText::widths()
{
    QFETCH(QString, text);
    QFETCH(int, cells);
    QCOMPARE(TerminalText::displayWidth(text), cells);
}

void TestTerminalText::paddingCountsCells()
{
    QCOMPARE(TerminalText::padded(QStringLiteral("运行"), 6), QStringLiteral("运行  "));
    QCOMPARE(TerminalText::padded(QStringLiteral("ok"), 6), QStringLiteral("ok    "));
    // Never cut: longer text stays whole.
    QCOMPARE(TerminalText::padded(QStringLiteral("已成功完成"), 4), QStringLiteral("已成功完成"));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
