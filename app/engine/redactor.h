#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct ApiError;

// Removes secrets from text that is kept or shown: the API keys in use, and whatever follows
// "Authorization", "Bearer" or "Key" in headers that a provider or proxy echoed back.
// Everything the engine writes to the store, the timeline or a log passes through here.
class Redactor
{
public:
    static constexpr qsizetype DefaultExcerptChars = 300;

    static QString redact(const QString &text, const QStringList &secrets);
    static QByteArray redact(const QByteArray &bytes, const QStringList &secrets);
    static void redact(ApiError &error, const QStringList &secrets);

    // A single-line, redacted excerpt of at most maxChars characters.
    static QString excerpt(const QByteArray &body, const QStringList &secrets,
                           qsizetype maxChars = DefaultExcerptChars);
    static QString excerpt(const QString &text, const QStringList &secrets,
                           qsizetype maxChars = DefaultExcerptChars);

    static QString mask() { return QStringLiteral("[redacted]"); }
};
