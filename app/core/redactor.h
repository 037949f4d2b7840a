#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct ApiError;

// The one rule for secrets in text that is kept or shown (store, timeline, logs, error card,
// exports): the API keys in use; whatever follows "Authorization", "Bearer", "Basic", "Token"
// or "Key"; key-shaped tokens a provider echoes in its own words ("sk-...", "key_..."); values of
// JSON fields named like secrets; signed URL parameters. Every secret becomes mask().
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
    // A field or parameter name that holds a secret ("api_key", "Authorization", "password", ...).
    static bool isSecretName(const QString &name);
};
