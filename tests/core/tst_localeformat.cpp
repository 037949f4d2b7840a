// LocaleFormat: short times in every shipped language, without Qt 6.4's literal "B".

#include "localeformat.h"

#include <QtTest>

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void dayPeriodBecomesAmPm();
    void shippedLanguagesPrintNoStrayLetters_data();
    void shippedLanguagesPrintNoStrayLetters();
};

void TestLocaleFormat::dayPeriodBecomesAmPm()
{
    QCOMPARE(LocaleFormat::qtCompatible(QStringLiteral("Bh:mm")), QStringLiteral("APh:mm"));
    QCOMPARE(LocaleFormat::qtCompatible(QStringLiteral("BBBB h:mm")), QStringLiteral("AP h:mm"));
    QCOMPARE(LocaleFormat::qtCompatible(QStringLiteral("HH:mm 'Be'")), QStringLiteral("HH:mm 'Be'"));   // quoted text stays
    QCOMPARE(LocaleFormat::qtCompatible(QStringLiteral("HH:mm")), QStringLiteral("HH:mm"));
}

void TestLocaleFormat::shippedLanguagesPrintNoStrayLetters_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN", "zh_TW", "ja", "ko", "ru", "de", "fr", "es", "pt_BR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLocaleFormat::shippedLanguagesPrintNoStrayLetters()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    const QTime evening(22, 27);
    const QString time = LocaleFormat::shortTime(evening, locale);
    QVERIFY2(!time.contains(QLatin1Char('B')), qPrintable(time));
    QVERIFY2(time.contains(QStringLiteral("27")), qPrintable(time));
    const QString stamp = LocaleFormat::shortDateTime(QDateTime(QDate(2026, 12, 6), evening), locale);
    QVERIFY2(!stamp.contains(QLatin1Char('B')), qPrintable(stamp));
    if (language == QLatin1String("zh_TW"))
        QVERIFY2(time.contains(QStringLiteral("下午")), qPrintable(time));
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
