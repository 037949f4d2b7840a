#include "retryafter.h"

#include <QLocale>
#include <QTest>

namespace {

// A fixed "now" (a Sunday) so every expected wait is exact.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 1), QTime(12, 0, 0), Qt::UTC);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void parse_data();
    void parse();

    void parseHttpDate_data();
    void parseHttpDate();

    void invalidNowFallsBackToCurrentTime();
    void germanLocaleStillParsesEnglishNames();

    void formatHttpDate_data();
    void formatHttpDate();
    void formatParseRoundTrip_data();
    void formatParseRoundTrip();
    void formatInvalidIsEmpty();
};

void TestRetryAfter::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestRetryAfter::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");   // -1: nullopt

    const int max = RetryAfter::MaxSeconds;

    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("leading zeros") << QByteArray("007") << 7;
    QTest::newRow("surrounding whitespace") << QByteArray("  45 \t") << 45;
    QTest::newRow("crlf") << QByteArray("7\r\n") << 7;
    QTest::newRow("exactly max") << QByteArray::number(max) << max;
    QTest::newRow("max plus one clamped") << QByteArray::number(max + 1) << max;
    QTest::newRow("huge clamped") << QByteArray("999999999") << max;
    QTest::newRow("overflowing digits clamped") << QByteArray("99999999999999999999999999") << max;

    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("plus sign") << QByteArray("+5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("unit suffix") << QByteArray("12s") << -1;
    QTest::newRow("two numbers") << QByteArray("1 2") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("only whitespace") << QByteArray(" \t ") << -1;
    QTest::newRow("hex") << QByteArray("0x10") << -1;

    QTest::newRow("imf-fixdate") << QByteArray("Sun, 01 Nov 2026 12:02:00 GMT") << 120;
    QTest::newRow("rfc850") << QByteArray("Sunday, 01-Nov-26 12:05:00 GMT") << 300;
    QTest::newRow("asctime one-digit day") << QByteArray("Sun Nov  1 13:00:00 2026") << 3600;
    QTest::newRow("date with whitespace") << QByteArray("  Sun, 01 Nov 2026 12:00:30 GMT  ") << 30;
    QTest::newRow("date just under max") << QByteArray("Mon, 02 Nov 2026 11:59:59 GMT") << max - 1;
    QTest::newRow("date far ahead clamped") << QByteArray("Fri Nov  6 12:00:00 2026") << max;
    QTest::newRow("date equal to now") << QByteArray("Sun, 01 Nov 2026 12:00:00 GMT") << 0;
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0;
    QTest::newRow("date a second ago") << QByteArray("Sun, 01 Nov 2026 11:59:59 GMT") << 0;

    QTest::newRow("date impossible day") << QByteArray("Sun, 31 Feb 2026 12:00:00 GMT") << -1;
    QTest::newRow("date unknown month") << QByteArray("Sun, 01 Noe 2026 12:00:00 GMT") << -1;
    QTest::newRow("date bad hour") << QByteArray("Sun, 01 Nov 2026 25:00:00 GMT") << -1;
    QTest::newRow("date without zone") << QByteArray("Sun, 01 Nov 2026 12:00:00") << -1;
    QTest::newRow("date local zone") << QByteArray("Sun, 01 Nov 2026 12:00:00 CET") << -1;
    QTest::newRow("date german names") << QByteArray("So, 01 Nov 2026 12:02:00 GMT") << -1;
    QTest::newRow("iso 8601 is not an http-date") << QByteArray("2026-11-01T12:02:00Z") << -1;
}

void TestRetryAfter::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);

    const std::optional<int> seconds = RetryAfter::parse(value, fixedNow());
    if (expected < 0) {
        QVERIFY2(!seconds.has_value(), qPrintable(QStringLiteral("got %1").arg(seconds.value_or(-1))));
    } else {
        QVERIFY(seconds.has_value());
        QCOMPARE(*seconds, expected);
    }
}

void TestRetryAfter::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");   // invalid: nullopt

    // The three forms RFC 9110 gives for the same instant.
    const QDateTime rfcExample = utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("asctime single space") << QByteArray("Sun Nov 6 08:49:37 1994") << rfcExample;
    QTest::newRow("rfc850 four-digit year") << QByteArray("Sunday, 06-Nov-1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("rfc850 recent two-digit year") << QByteArray("Sunday, 01-Nov-26 12:00:00 GMT")
                                                  << utc(2026, 11, 1, 12, 0, 0);
    QTest::newRow("leap day") << QByteArray("Tue, 29 Feb 2028 23:59:59 GMT") << utc(2028, 2, 29, 23, 59, 59);
    QTest::newRow("midnight") << QByteArray("Sun, 01 Nov 2026 00:00:00 GMT") << utc(2026, 11, 1, 0, 0, 0);

    QTest::newRow("not a leap year") << QByteArray("Thu, 29 Feb 2029 12:00:00 GMT") << QDateTime();
    QTest::newRow("short day name in rfc850") << QByteArray("Sun, 06-Nov-94 08:49:37 GMT") << QDateTime();
    QTest::newRow("missing seconds") << QByteArray("Sun, 06 Nov 1994 08:49 GMT") << QDateTime();
    QTest::newRow("three-digit year") << QByteArray("Sunday, 06-Nov-994 08:49:37 GMT") << QDateTime();
    QTest::newRow("seconds only") << QByteArray("120") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRetryAfter::parseHttpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> parsed = RetryAfter::parseHttpDate(value);
    if (!expected.isValid()) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toUTC(), expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestRetryAfter::invalidNowFallsBackToCurrentTime()
{
    // With no usable "now", a far-future date still clamps and a past date gives 0.
    QCOMPARE(RetryAfter::parse("Fri, 01 Jan 2100 00:00:00 GMT", QDateTime()), std::optional<int>(RetryAfter::MaxSeconds));
    QCOMPARE(RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT", QDateTime()), std::optional<int>(0));
    QCOMPARE(RetryAfter::parse("30", QDateTime()), std::optional<int>(30));
}

void TestRetryAfter::germanLocaleStillParsesEnglishNames()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // Make sure the switch took effect, otherwise this test proves nothing.
    QCOMPARE_NE(QLocale().dayName(7, QLocale::ShortFormat), QStringLiteral("Sun"));
    QCOMPARE_NE(QLocale().monthName(3, QLocale::ShortFormat), QStringLiteral("Mar"));

    QCOMPARE(RetryAfter::parse("Sun, 01 Nov 2026 12:02:00 GMT", fixedNow()), std::optional<int>(120));
    QCOMPARE(RetryAfter::parse("Sunday, 01-Nov-26 12:05:00 GMT", fixedNow()), std::optional<int>(300));
    QCOMPARE(RetryAfter::parse("Sun Nov  1 13:00:00 2026", fixedNow()), std::optional<int>(3600));
    QCOMPARE(RetryAfter::parseHttpDate("Tue, 03 Mar 2026 10:00:00 GMT"), std::optional<QDateTime>(utc(2026, 3, 3, 10, 0, 0)));
    QCOMPARE(RetryAfter::formatHttpDate(utc(2026, 3, 3, 10, 0, 0)), QByteArray("Tue, 03 Mar 2026 10:00:00 GMT"));
}

void TestRetryAfter::formatHttpDate_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("rfc example") << utc(1994, 11, 6, 8, 49, 37) << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("leap day") << utc(2028, 2, 29, 0, 0, 5) << QByteArray("Tue, 29 Feb 2028 00:00:05 GMT");
    QTest::newRow("new year eve") << utc(2026, 12, 31, 23, 59, 59) << QByteArray("Thu, 31 Dec 2026 23:59:59 GMT");
    // A zoned time is written in UTC: 09:30 at +09:00 is 00:30 GMT.
    QTest::newRow("offset converted to utc")
        << QDateTime(QDate(2026, 5, 4), QTime(9, 30, 0), Qt::OffsetFromUTC, 9 * 3600)
        << QByteArray("Mon, 04 May 2026 00:30:00 GMT");
    QTest::newRow("offset crossing midnight")
        << QDateTime(QDate(2026, 1, 1), QTime(1, 0, 0), Qt::OffsetFromUTC, 2 * 3600)
        << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT");
}

void TestRetryAfter::formatHttpDate()
{
    QFETCH(QDateTime, when);
    QFETCH(QByteArray, expected);
    QCOMPARE(RetryAfter::formatHttpDate(when), expected);
}

void TestRetryAfter::formatParseRoundTrip_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::newRow("now") << fixedNow();
    QTest::newRow("one-digit day") << utc(2026, 11, 6, 8, 9, 7);
    QTest::newRow("leap day") << utc(2028, 2, 29, 23, 59, 59);
    QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0);
    QTest::newRow("far future") << utc(2099, 7, 15, 6, 30, 0);
}

void TestRetryAfter::formatParseRoundTrip()
{
    QFETCH(QDateTime, when);
    const QByteArray text = RetryAfter::formatHttpDate(when);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.endsWith(" GMT"));
    QCOMPARE(RetryAfter::parseHttpDate(text), std::optional<QDateTime>(when));

    // As a header relative to a "now" 90 s earlier it means "wait 90 s".
    QCOMPARE(RetryAfter::parse(text, when.addSecs(-90)), std::optional<int>(90));
}

void TestRetryAfter::formatInvalidIsEmpty()
{
    QVERIFY(RetryAfter::formatHttpDate(QDateTime()).isEmpty());
}

QTEST_APPLESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
