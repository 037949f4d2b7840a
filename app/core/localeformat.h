#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

// Times and dates in the locale's short format, made safe for Qt 6.4: some CLDR formats use
// the day-period letter "B" (Traditional Chinese: "Bh:mm"), which Qt does not know and prints
// as a literal "B". It becomes Qt's AM/PM ("AP"), the nearest Qt has: "下午10:27".
class LocaleFormat
{
public:
    static QString shortTime(const QTime &time, const QLocale &locale = QLocale());
    static QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // The format with day periods replaced, as used by the two above.
    static QString qtCompatible(const QString &cldrFormat);
};
