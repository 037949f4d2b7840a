#include "actiontext.h"

#include <QRegularExpression>

QString ActionText::withoutAccelerator(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^)）]+[)）]"));
    QString result = text;
    result.remove(bracketed);
    QString plain;
    plain.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i) == QLatin1Char('&')) {
            if (i + 1 < result.size() && result.at(i + 1) == QLatin1Char('&'))
                plain.append(QLatin1Char('&'));   // "&&" is a literal ampersand
            else
                continue;
            ++i;
            continue;
        }
        plain.append(result.at(i));
    }
    return plain;
}

QString ActionText::plain(const QString &text)
{
    QString result = withoutAccelerator(text);
    if (result.endsWith(QChar(0x2026)))
        result.chop(1);
    return result.trimmed();
}
