#include "localeformat.h"

QString LocaleFormat::qtCompatible(const QString &cldrFormat)
{
    QString result;
    result.reserve(cldrFormat.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < cldrFormat.size(); ++i) {
        const QChar c = cldrFormat.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            result.append(c);
        } else if (!quoted && c == QLatin1Char('B')) {
            while (i + 1 < cldrFormat.size() && cldrFormat.at(i + 1) == QLatin1Char('B'))
                ++i;   // B, BBBB and BBBBB are all a day period
            result.append(QStringLiteral("AP"));
        } else {
            result.append(c);
        }
    }
    return result;
}

QString LocaleFormat::shortTime(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, qtCompatible(locale.timeFormat(QLocale::ShortFormat)));
}

QString LocaleFormat::shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime, qtCompatible(locale.dateTimeFormat(QLocale::ShortFormat)));
}
