#include "retryafter.h"

#include <QByteArrayList>
#include <QDate>
#include <QTime>

#include <array>

namespace {

// HTTP dates are always English; QLocale (system or default) must never be involved.
constexpr std::array<const char *, 7> ShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> LongDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
constexpr std::array<const char *, 12> Months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A fixed-width or bounded run of digits; -1 when it is not one.
int number(const QByteArray &text, qsizetype minDigits, qsizetype maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits || !isDigits(text))
        return -1;
    return text.toInt();
}

bool isDayName(const QByteArray &text, bool allowShort, bool allowLong)
{
    for (std::size_t i = 0; i < ShortDays.size(); ++i) {
        if (allowShort && text.compare(ShortDays[i], Qt::CaseInsensitive) == 0)
            return true;
        if (allowLong && text.compare(LongDays[i], Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int monthNumber(const QByteArray &text)
{
    for (std::size_t i = 0; i < Months.size(); ++i) {
        if (text.compare(Months[i], Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return -1;
}

QTime clockTime(const QByteArray &text)
{
    const QByteArrayList parts = text.split(':');
    if (parts.size() != 3)
        return {};
    const int h = number(parts.at(0), 2, 2);
    const int m = number(parts.at(1), 2, 2);
    const int s = number(parts.at(2), 2, 2);
    if (h < 0 || m < 0 || s < 0)
        return {};
    return QTime(h, m, s);   // invalid for 24:00:00 or 08:61:00
}

bool isGmt(const QByteArray &zone)
{
    return zone == "GMT" || zone == "UTC";
}

QDateTime utc(int year, int month, int day, const QTime &time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// RFC 9110: a two-digit year more than 50 years in the future means the past century.
int expandTwoDigitYear(int yy)
{
    const int currentYear = QDate::currentDate().year();
    int year = currentYear - currentYear % 100 + yy;
    if (year > currentYear + 50)
        year -= 100;
    return year;
}

} // namespace

std::optional<int> RetryAfter::parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    if (isDigits(text)) {
        // Overlong digit strings overflow toLongLong: they are still "a very long wait".
        bool ok = false;
        const qlonglong seconds = text.toLongLong(&ok);
        if (!ok || seconds > MaxSeconds)
            return MaxSeconds;
        return static_cast<int>(seconds);
    }

    const std::optional<QDateTime> when = parseHttpDate(text);
    if (!when)
        return std::nullopt;   // negative numbers and garbage end up here
    const QDateTime base = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const qint64 wait = base.secsTo(*when);
    if (wait <= 0)
        return 0;
    return wait > MaxSeconds ? MaxSeconds : static_cast<int>(wait);
}

std::optional<QDateTime> RetryAfter::parseHttpDate(const QByteArray &value)
{
    // simplified() also folds asctime's double space before a one-digit day.
    const QByteArrayList tokens = value.simplified().split(' ');
    QDateTime result;

    if (tokens.size() == 6 && tokens.at(0).endsWith(',')) {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        if (!isDayName(tokens.at(0).chopped(1), true, false) || !isGmt(tokens.at(5)))
            return std::nullopt;
        const int day = number(tokens.at(1), 1, 2);
        const int month = monthNumber(tokens.at(2));
        const int year = number(tokens.at(3), 4, 4);
        if (day < 0 || month < 0 || year < 0)
            return std::nullopt;
        result = utc(year, month, day, clockTime(tokens.at(4)));
    } else if (tokens.size() == 4 && tokens.at(0).endsWith(',')) {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        if (!isDayName(tokens.at(0).chopped(1), false, true) || !isGmt(tokens.at(3)))
            return std::nullopt;
        const QByteArrayList date = tokens.at(1).split('-');
        if (date.size() != 3)
            return std::nullopt;
        const int day = number(date.at(0), 1, 2);
        const int month = monthNumber(date.at(1));
        int year = number(date.at(2), 2, 4);
        if (day < 0 || month < 0 || year < 0 || date.at(2).size() == 3)
            return std::nullopt;
        if (date.at(2).size() == 2)
            year = expandTwoDigitYear(year);
        result = utc(year, month, day, clockTime(tokens.at(2)));
    } else if (tokens.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994
        if (!isDayName(tokens.at(0), true, false))
            return std::nullopt;
        const int month = monthNumber(tokens.at(1));
        const int day = number(tokens.at(2), 1, 2);
        const int year = number(tokens.at(4), 4, 4);
        if (day < 0 || month < 0 || year < 0)
            return std::nullopt;
        result = utc(year, month, day, clockTime(tokens.at(3)));
    }

    if (!result.isValid())
        return std::nullopt;
    return result;
}

QByteArray RetryAfter::formatHttpDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime t = when.toUTC();
    const QDate d = t.date();
    const QTime c = t.time();
    if (d.year() < 0 || d.year() > 9999)
        return {};
    const QString text = QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d GMT",
                                           ShortDays[static_cast<std::size_t>(d.dayOfWeek() - 1)], d.day(),
                                           Months[static_cast<std::size_t>(d.month() - 1)], d.year(),
                                           c.hour(), c.minute(), c.second());
    return text.toLatin1();
}
